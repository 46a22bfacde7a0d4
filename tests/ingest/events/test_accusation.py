"""Accusations made by reporting a blameworthy predicate of an actor, on hand-built parses
(ingest.events.accusation)."""

from __future__ import annotations

import pytest

from tests.conftest import parsed

# text, heads (absolute), deps, pos, lemmas, expected {(subject, CAMEO root, object)} of root 11
CASES = [
    pytest.param(
        "Chile said Peru acted recklessly .",
        [1, 1, 3, 1, 3, 1],
        "nsubj ROOT nsubj ccomp advmod punct",
        "PROPN VERB PROPN VERB ADV PUNCT",
        "chile say peru act recklessly .",
        {("chile", "11", "peru")},
        id="manner-of-blame",
    ),
    pytest.param(
        "Chile said Peru was lying .",
        [1, 1, 4, 4, 1, 1],
        "nsubj ROOT nsubj aux ccomp punct",
        "PROPN VERB PROPN AUX VERB PUNCT",
        "chile say peru be lie .",
        {("chile", "11", "peru")},
        id="act-of-blame",
    ),
    pytest.param(
        "Chile said Peru was dangerous .",
        [1, 1, 4, 4, 1, 1],
        "nsubj ROOT nsubj cop ccomp punct",
        "PROPN VERB PROPN AUX ADJ PUNCT",
        "chile say peru be dangerous .",
        {("chile", "11", "peru")},
        id="quality-of-blame",
    ),
    pytest.param(
        "Chile said the Peruvian plan was dangerous .",
        [1, 1, 4, 4, 6, 6, 1, 1],
        "nsubj ROOT det amod nsubj cop ccomp punct",
        "PROPN VERB DET ADJ NOUN AUX ADJ PUNCT",
        "chile say the peruvian plan be dangerous .",
        {("chile", "11", "peru")},
        id="maker-of-the-act",
    ),
    pytest.param(
        "Chile said Peru was behind the bombing .",
        [1, 1, 6, 6, 6, 6, 1, 1],
        "nsubj ROOT nsubj cop case det ccomp punct",
        "PROPN VERB PROPN AUX ADP DET NOUN PUNCT",
        "chile say peru be behind the bombing .",
        {("chile", "11", "peru")},
        id="behind-a-harm",
    ),
    pytest.param(
        "Chile said Peru was behind the talks .",
        [1, 1, 6, 6, 6, 6, 1, 1],
        "nsubj ROOT nsubj cop case det ccomp punct",
        "PROPN VERB PROPN AUX ADP DET NOUN PUNCT",
        "chile say peru be behind the talk .",
        set(),
        id="behind-no-harm",
    ),
    pytest.param(
        "Chile said Peru was worried .",
        [1, 1, 4, 4, 1, 1],
        "nsubj ROOT nsubj cop ccomp punct",
        "PROPN VERB PROPN AUX ADJ PUNCT",
        "chile say peru be worried .",
        set(),
        id="a-state-undergone",
    ),
    pytest.param(
        "Chile said Peru was in crisis .",
        [1, 1, 5, 5, 5, 1, 1],
        "nsubj ROOT nsubj cop case ccomp punct",
        "PROPN VERB PROPN AUX ADP NOUN PUNCT",
        "chile say peru be in crisis .",
        set(),
        id="a-place-or-state",
    ),
    pytest.param(
        "Chile said Peru was not dangerous .",
        [1, 1, 5, 5, 5, 1, 1],
        "nsubj ROOT nsubj cop advmod ccomp punct",
        "PROPN VERB PROPN AUX PART ADJ PUNCT",
        "chile say peru be not dangerous .",
        set(),
        id="denied",
    ),
    pytest.param(
        "Chile said Peru was threatened .",
        [1, 1, 4, 4, 1, 1],
        "nsubj ROOT nsubj:pass aux:pass ccomp punct",
        "PROPN VERB PROPN AUX VERB PUNCT",
        "chile say peru be threaten .",
        set(),
        id="passive-victim",
    ),
]


@pytest.mark.parametrize(("text", "heads", "deps", "pos", "lemmas", "expected"), CASES)
def test_reported_conduct(nlp, text: str, heads: list[int], deps: str, pos: str, lemmas: str, expected) -> None:
    doc = parsed(nlp, text.split(), heads, deps.split(), pos.split(), lemmas.split())
    found = {(e.subject.kb_id_, e.root.code if e.root else None, e.object.kb_id_) for e in doc._.geokg_events}
    assert {f for f in found if f[1] == "11"} == expected
