"""Reciprocal objects on hand-built parses (ingest.events.reciprocal)."""

from __future__ import annotations

import pytest

from tests.conftest import parsed

# text, heads (absolute), deps, pos, lemmas, expected {(subject, predicate, object, negated)}
CASES = [
    pytest.param(
        "Chile and Peru blamed each other .",
        [3, 2, 0, 3, 3, 4, 3],
        "nsubj cc conj ROOT obj fixed punct",
        "PROPN CCONJ PROPN VERB DET ADJ PUNCT",
        "chile and peru blame each other .",
        {("chile", "blame", "peru", False), ("peru", "blame", "chile", False)},
        id="each-other-fixed",
    ),
    pytest.param(
        "Chile and Peru recognised each other 's borders .",
        [3, 2, 0, 3, 7, 7, 5, 3, 3],
        "nsubj cc conj ROOT det nmod:poss case obj punct",
        "PROPN CCONJ PROPN VERB DET ADJ PART NOUN PUNCT",
        "chile and peru recognise each other 's border .",
        {("chile", "recognise", "peru", False), ("peru", "recognise", "chile", False)},
        id="each-others-object",
    ),
    pytest.param(
        "Chile and Peru did not criticise one another .",
        [5, 2, 0, 5, 5, 5, 7, 5, 5],
        "nsubj cc conj aux advmod ROOT nummod obj punct",
        "PROPN CCONJ PROPN AUX PART VERB NUM DET PUNCT",
        "chile and peru do not criticise one another .",
        {("chile", "criticise", "peru", True), ("peru", "criticise", "chile", True)},
        id="one-another-negated",
    ),
    pytest.param(
        "Chile and Peru fought each other .",
        [3, 2, 0, 3, 3, 4, 3],
        "nsubj cc conj ROOT obj fixed punct",
        "PROPN CCONJ PROPN VERB DET ADJ PUNCT",
        "chile and peru fight each other .",
        {("chile", "fight", "peru", False)},
        id="mutual-code-once",
    ),
    pytest.param(
        "Chile blamed each other .",
        [1, 1, 1, 2, 1],
        "nsubj ROOT obj fixed punct",
        "PROPN VERB DET ADJ PUNCT",
        "chile blame each other .",
        set(),
        id="one-subject-nothing",
    ),
]


@pytest.mark.parametrize(("text", "heads", "deps", "pos", "lemmas", "expected"), CASES)
def test_reciprocal(nlp, text: str, heads: list[int], deps: str, pos: str, lemmas: str, expected) -> None:
    doc = parsed(nlp, text.split(), heads, deps.split(), pos.split(), lemmas.split())
    found = {(e.subject.kb_id_, e.predicate, e.object.kb_id_, e.negated) for e in doc._.geokg_events}
    assert found == expected
