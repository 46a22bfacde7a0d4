"""Criticism and praise by naming and by nouns of disapproval, on hand-built parses (ingest.events.evaluation)."""

from __future__ import annotations

import pytest

from ingest.events.evaluation import valence
from tests.conftest import parsed

# text, heads (absolute), deps, pos, lemmas, expected {(subject, CAMEO root, object)}
CASES = [
    pytest.param(
        "Chile called Peru a pariah .",
        [1, 1, 1, 4, 1, 1],
        "nsubj ROOT obj det xcomp punct",
        "PROPN VERB PROPN DET NOUN PUNCT",
        "chile call peru a pariah .",
        {("chile", "11", "peru")},
        id="pejorative-noun",
    ),
    pytest.param(
        "Chile called the Peruvian decision reckless .",
        [1, 1, 4, 4, 1, 1, 1],
        "nsubj ROOT det amod obj xcomp punct",
        "PROPN VERB DET ADJ NOUN ADJ PUNCT",
        "chile call the peruvian decision reckless .",
        {("chile", "11", "peru")},
        id="act-of-a-maker",
    ),
    pytest.param(
        "Chile described Peru as a friend .",
        [1, 1, 1, 5, 5, 1, 1],
        "nsubj ROOT obj case det obl punct",
        "PROPN VERB PROPN ADP DET NOUN PUNCT",
        "chile describe peru as a friend .",
        {("chile", "05", "peru")},
        id="praise",
    ),
    pytest.param(
        "Chile called the attack on Peru reckless .",
        [1, 1, 3, 1, 5, 3, 1, 1],
        "nsubj ROOT det obj case nmod xcomp punct",
        "PROPN VERB DET NOUN ADP PROPN ADJ PUNCT",
        "chile call the attack on peru reckless .",
        set(),
        id="the-victim-is-not-blamed",
    ),
    pytest.param(
        "Chile expressed outrage over the Peruvian strike .",
        [1, 1, 1, 6, 6, 6, 1, 1],
        "nsubj ROOT obj case det amod obl punct",
        "PROPN VERB NOUN ADP DET ADJ NOUN PUNCT",
        "chile express outrage over the peruvian strike .",
        {("chile", "11", "peru")},
        id="stated-outrage",
    ),
    pytest.param(
        "Chile expressed concern over Peru .",
        [1, 1, 1, 4, 1, 1],
        "nsubj ROOT obj case obl punct",
        "PROPN VERB NOUN ADP PROPN PUNCT",
        "chile express concern over peru .",
        set(),
        id="concern-about-a-topic",
    ),
]


@pytest.mark.parametrize(("text", "heads", "deps", "pos", "lemmas", "expected"), CASES)
def test_evaluation(nlp, text: str, heads: list[int], deps: str, pos: str, lemmas: str, expected) -> None:
    doc = parsed(nlp, text.split(), heads, deps.split(), pos.split(), lemmas.split())
    found = {(e.subject.kb_id_, e.root.code if e.root else None, e.object.kb_id_) for e in doc._.geokg_events}
    assert {f for f in found if f[1] in ("11", "05")} == expected


@pytest.mark.parametrize(
    ("word", "sign"),
    [("reckless", -1), ("pariah", -1), ("aggressor", -1), ("friend", 1), ("table", 0)],
)
def test_valence(nlp, word: str, sign: int) -> None:
    token = nlp.make_doc(word)[0]
    score = valence(token)
    assert (score > 0) - (score < 0) == sign
