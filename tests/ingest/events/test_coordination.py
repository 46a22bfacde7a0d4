"""Conjoined subjects the parser folded into one noun phrase (ingest/events/coordination.py)."""

from __future__ import annotations

import pytest

from tests.conftest import parsed

WORDS = "Emmanuel Macron and Olaf Scholz criticized Russia .".split()
POS = "PROPN PROPN CCONJ PROPN PROPN VERB PROPN PUNCT".split()
LEMMAS = ["emmanuel", "macron", "and", "olaf", "scholz", "criticize", "russia", "."]


def _events(nlp, heads: list[int], deps: str) -> set[tuple[str, str, str]]:
    doc = parsed(nlp, WORDS, heads, deps.split(), POS, LEMMAS)
    return {(e.subject.kb_id_, e.predicate, e.object.kb_id_) for e in doc._.geokg_events if e.root is not None}


BOTH = {("emmanuel-macron", "criticize", "russia"), ("olaf-scholz", "criticize", "russia")}


@pytest.mark.parametrize(
    ("heads", "deps", "expected"),
    [
        # the first name read as a compound of the second: still two subjects
        ([1, 4, 4, 4, 5, 5, 5, 5], "compound compound cc compound nsubj ROOT obj punct", BOTH),
        # the first name as a possessor of the second
        ([1, 4, 4, 4, 5, 5, 5, 5], "compound nmod:poss cc compound nsubj ROOT obj punct", BOTH),
        # the parser saw the coordination: each conjunct once
        ([1, 5, 4, 4, 1, 5, 5, 5], "compound nsubj cc compound conj ROOT obj punct", BOTH),
    ],
)
def test_folded_conjuncts(nlp, heads: list[int], deps: str, expected: set) -> None:
    assert _events(nlp, heads, deps) == expected


def test_a_name_outside_the_subject_phrase_is_left_alone(nlp) -> None:
    # "Emmanuel Macron" hangs off the verb as an oblique, not inside the subject's phrase
    heads = [1, 5, 4, 4, 5, 5, 5, 5]
    found = _events(nlp, heads, "compound obl cc compound nsubj ROOT obj punct")
    assert found == {("olaf-scholz", "criticize", "russia")}


def test_a_finite_verb_tagged_as_an_adjective_is_a_window_verb(nlp) -> None:
    from spacy.tokens import Doc

    from ingest.events.surface import finite_not_verbs

    words = "Kim met Putin in Vostochny .".split()
    doc = Doc(
        nlp.vocab,
        words=words,
        pos="PROPN ADJ PROPN ADP PROPN PUNCT".split(),
        tags="NNP VBD NNP IN NNP .".split(),
    )
    assert [t.text for t in finite_not_verbs(doc)] == ["met"]
    doc = Doc(
        nlp.vocab, words=words, pos="PROPN VERB PROPN ADP PROPN PUNCT".split(), tags="NNP VBD NNP IN NNP .".split()
    )
    assert finite_not_verbs(doc) == []  # already a verb
    assert finite_not_verbs(Doc(nlp.vocab, words=words)) == []  # no tagger


@pytest.mark.parametrize(
    ("keys", "widened"),
    [
        (("kim-jong-un", "vladimir-putin"), False),  # two people the gazetteer knows: no apposition of one person
        (("ent-aaaa", "vladimir-putin"), True),  # an office read as a name, and the name
    ],
)
def test_two_known_people_are_no_apposition(nlp, keys: tuple[str, str], widened: bool) -> None:
    from spacy.tokens import Doc, Span

    from ingest.events.arguments import appositive_phrase

    words = "Kim Jong Un , Vladimir Putin spoke .".split()
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[6, 0, 0, 4, 0, 4, 6, 6],
        deps="nsubj flat flat punct appos flat ROOT punct".split(),
        pos="PROPN PROPN PROPN PUNCT PROPN PROPN VERB PUNCT".split(),
    )
    first, second = Span(doc, 0, 3, label="PERSON", kb_id=keys[0]), Span(doc, 4, 6, label="PERSON", kb_id=keys[1])
    index = {t.i: s for s in (first, second) for t in s}
    assert (appositive_phrase(second, index).text != "Vladimir Putin") is widened
