"""Standing relations confirmed by the gazetteer's dated offices (ingest/events/offices.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.components import DATE_KEY
from ingest.events.offices import OFFICES_KEY, HeldOffice, KnownOffices, known_offices
from ingest.events.types import Standing

STANDING = {Standing.LEADER_OF, Standing.MEMBER_OF}


def _run(nlp: Language, text: str, published: str | None = None) -> Doc:
    doc = nlp.make_doc(text)
    if published:
        doc.user_data[DATE_KEY] = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def _standing(doc: Doc) -> set[tuple[str, str, str]]:
    return {
        (e.subject.kb_id_, str(e.predicate), e.object.kb_id_) for e in doc._.geokg_events if e.predicate in STANDING
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's possessive before the name: the office decides leader or member
        ("Germany's Olaf Scholz criticized Russia.", {("olaf-scholz", "leader_of", "germany")}),
        ("Russia's Sergei Lavrov flew to Delhi.", {("sergei-lavrov", "member_of", "russia")}),
        # office words before the name, the state named elsewhere in the sentence
        ("President Emmanuel Macron said that France would help.", {("emmanuel-macron", "leader_of", "france")}),
        ("Foreign Minister Sergei Lavrov said that Russia would reply.", {("sergei-lavrov", "member_of", "russia")}),
        # no office words and no possessive: the text does not present the person by office
        ("Emmanuel Macron said that France would help.", set()),
        # the state is not named, or only through a city that stands for it
        ("President Emmanuel Macron met Vladimir Putin.", set()),
        ("President Emmanuel Macron arrived in Paris.", set()),
        # an office held before
        ("Former President Emmanuel Macron said that France would help.", set()),
        # the person holds no office of the state named
        ("President Emmanuel Macron criticized Russia.", set()),
    ],
)
def test_known_offices(nlp: Language, text: str, expected: set) -> None:
    assert _standing(_run(nlp, text)) == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2015-03-01", {("fumio-kishida", "member_of", "japan")}),  # foreign minister then
        ("2023-03-01", {("fumio-kishida", "leader_of", "japan")}),  # prime minister then
        ("2026-03-01", set()),  # no office of Japan that day
    ],
)
def test_the_article_date_decides_the_office(nlp: Language, published: str, expected: set) -> None:
    doc = _run(nlp, "Japan's Fumio Kishida visited Australia.", published)
    assert _standing(doc) == expected


def test_the_relation_is_read_once_per_person_and_owner(nlp: Language) -> None:
    doc = _run(nlp, "Germany's Olaf Scholz spoke. Later Germany's Olaf Scholz left.")
    found = [e for e in doc._.geokg_events if e.predicate in STANDING]
    assert [(e.subject.start, e.object.kb_id_) for e in found] == [(2, "germany")]


def test_without_the_linker_s_offices_nothing_is_found(nlp: Language) -> None:
    doc = _run(nlp, "Germany's Olaf Scholz criticized Russia.")
    spans = list(doc.spans["geokg_actors"])
    assert known_offices(doc, spans, None) == []
    assert known_offices(doc, spans, KnownOffices({}, frozenset())) == []
    held = KnownOffices({"olaf-scholz": (HeldOffice("germany", "Chancellor", "head_of_government"),)}, frozenset())
    [rel] = known_offices(doc, spans, held)
    assert (rel.person.text, rel.predicate, rel.owner.text) == ("Olaf Scholz", "leader_of", "Germany")
    assert isinstance(doc._.get(OFFICES_KEY), KnownOffices)
    assert isinstance(rel.owner, Span)
