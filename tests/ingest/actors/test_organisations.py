"""Names of political bodies the tagger misses (ingest/actors/organisations.py), and who belongs to them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ingest.actors.organisations import organisation_spans
from ingest.events.standing import find_standing_relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Freedom Party won.", ["Freedom Party"]),
        ("She joined the National Liberation Front in 1990.", ["National Liberation Front"]),
        ("The All Progressives Congress named a candidate.", ["All Progressives Congress"]),
        ("Leaders of the Green Party and the Centre Party met.", ["Green Party", "Centre Party"]),
        # no name before the head word, or a lower-case one
        ("Party leaders met on Monday.", []),
        ("The party met on Monday.", []),
        ("The ruling party and the opposition front met.", []),
    ],
)
def test_organisation_spans(nlp: Language, text: str, expected: list[str]) -> None:
    doc = nlp.make_doc(text)
    assert [s.text for s in organisation_spans(doc, set())] == expected
    assert all(s.label_ == "ORG" for s in organisation_spans(doc, set()))


def test_taken_tokens_are_left_alone(nlp: Language) -> None:
    doc = nlp.make_doc("The Freedom Party won.")
    assert organisation_spans(doc, {1}) == []  # "Freedom" belongs to another mention
    assert [s.text for s in organisation_spans(doc, {0})] == ["Freedom Party"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Olaf Scholz of the Social Democratic Party spoke.",
            {("olaf-scholz", "member_of", "Social Democratic Party")},
        ),
        (
            "Olaf Scholz of the ruling Social Democratic Party spoke.",
            {("olaf-scholz", "member_of", "Social Democratic Party")},
        ),
        ("The Social Democratic Party of Olaf Scholz won.", {("olaf-scholz", "leader_of", "Social Democratic Party")}),
        # a state after "of" is left to office words ("President X of Chile")
        ("Olaf Scholz of Germany spoke.", set()),
        # a person between: no relation
        ("The Social Democratic Party of Germany met Olaf Scholz.", set()),
    ],
)
def test_of_phrases(nlp: Language, text: str, expected: set) -> None:
    doc = nlp(text)
    found = {
        (r.person.kb_id_, r.predicate, r.owner.text)
        for r in find_standing_relations(doc, list(doc.spans["geokg_actors"]))
    }
    assert found == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("UN World Food Programme", "wfp"),  # the parent by its acronym
        ("United Nations UNICEF", "unicef"),  # by its name
        ("NATO Kosovo Force", "kfor"),
        ("UN Mongolia Office", None),  # the rest is no organisation the gazetteer knows
        ("World Food Programme", None),  # no parent named first: the gazetteer's lookup answers it
    ],
)
def test_parented(nlp: Language, name: str, key: str | None) -> None:
    from ingest.actors.gazetteer import load_gazetteer
    from ingest.actors.organisations import parented

    doc = nlp.make_doc(name)
    actor = parented(doc[:], load_gazetteer())
    assert (actor.key if actor is not None else None) == key
