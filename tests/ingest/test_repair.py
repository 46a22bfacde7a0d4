"""Repairs of noun-rooted short clauses (ingest.repair), on hand-built parses."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from ingest.repair import repair_noun_roots


def _doc(nlp, text: str, heads: list[int], deps: str, pos: str, tags: str) -> Doc:
    words = text.split()
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps.split(), pos=pos.split(), tags=tags.split())


@pytest.mark.parametrize(
    ("text", "heads", "deps", "pos", "tags", "expected"),
    [
        pytest.param(
            "The Houthis fired missiles at Haifa .",
            [1, 2, 3, 3, 5, 3, 3],
            "det nsubj amod ROOT case nmod punct",
            "DET PROPN VERB NOUN ADP PROPN PUNCT",
            "DT NNP VBD NNS IN NNP .",
            {"fired": ("ROOT", "fired"), "missiles": ("obj", "fired"), "Haifa": ("obl", "fired")},
            id="repaired:verb-read-as-modifier-with-a-subject",
        ),
        pytest.param(
            "Russia threatened strikes on Kyiv .",
            [2, 2, 2, 4, 2, 2],
            "compound amod ROOT case nmod punct",
            "PROPN VERB NOUN ADP PROPN PUNCT",
            "NNP VBD NNS IN NNP .",
            {"threatened": ("ROOT", "threatened"), "Russia": ("nsubj", "threatened"), "strikes": ("obj", "threatened")},
            id="repaired:past-tense-verb-after-a-compound-name",
        ),
        pytest.param(
            "Turkish jets bombed Afrin .",
            [1, 1, 1, 2, 1],
            "amod ROOT acl xcomp punct",
            "ADJ NOUN VERB PROPN PUNCT",
            "JJ NNS VBN NNP .",
            {"bombed": ("ROOT", "bombed"), "jets": ("nsubj", "bombed"), "Afrin": ("obj", "bombed")},
            id="repaired:verb-read-as-reduced-relative",
        ),
        pytest.param(
            "Jets , stationed in Syria .",
            [0, 2, 0, 4, 2, 0],
            "ROOT punct acl case obl punct",
            "NOUN PUNCT VERB ADP PROPN PUNCT",
            "NNS , VBN IN NNP .",
            {"stationed": ("acl", "Jets"), "Jets": ("ROOT", "Jets")},
            id="set-off-by-a-comma",
        ),
        pytest.param(
            "Jets that were sent to Syria .",
            [0, 3, 3, 0, 5, 3, 0],
            "ROOT nsubj:pass aux:pass acl case obl punct",
            "NOUN PRON AUX VERB ADP PROPN PUNCT",
            "NNS WDT VBD VBN IN NNP .",
            {"sent": ("acl", "Jets"), "Jets": ("ROOT", "Jets")},
            id="a-relative-clause",
        ),
        pytest.param(
            "Iran said Turkish jets bombed Afrin .",
            [1, 1, 3, 1, 3, 4, 1],
            "nsubj ROOT amod ccomp acl xcomp punct",
            "PROPN VERB ADJ NOUN VERB PROPN PUNCT",
            "NNP VBD JJ NNS VBN NNP .",
            {"said": ("ROOT", "said"), "bombed": ("acl", "jets")},
            id="a-verbal-root-is-left-alone",
        ),
    ],
)
def test_repair(nlp, request, text: str, heads, deps: str, pos: str, tags: str, expected) -> None:
    doc = _doc(nlp, text, heads, deps, pos, tags)
    changed = repair_noun_roots(doc)
    got = {t.text: (t.dep_, t.head.text) for t in doc if t.text in expected}
    assert got == expected
    assert changed == (1 if "repaired" in request.node.callspec.id else 0)
    assert sum(1 for t in doc if t.head == t) == 1  # still one tree
