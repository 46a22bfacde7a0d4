"""Dated offices: who held which office when, and descriptions read on the article's date."""

from __future__ import annotations

import pytest

from ingest.actors.coref import _leader_of_country
from ingest.actors.gazetteer import load_gazetteer
from ingest.records import Tenure

# facts written for the test: Russia's presidents and prime ministers around 2008-2012
OFFICES = {
    "offices": [
        {"person": "Vladimir Putin", "key": "vladimir-putin", "country": "russia", "office": "President",
         "role": "head_of_state", "start": "2000-05-07", "end": "2008-05-07"},
        {"person": "Dmitry Medvedev", "key": "dmitry-medvedev", "aliases": ["Dmitri Medvedev"], "country": "russia",
         "office": "President", "role": "head_of_state", "start": "2008-05-07", "end": "2012-05-07"},
        {"person": "Vladimir Putin", "key": "vladimir-putin", "country": "russia", "office": "Prime Minister",
         "role": "head_of_government", "start": "2008-05-08", "end": "2012-05-07"},
        {"person": "Vladimir Putin", "key": "vladimir-putin", "country": "russia", "office": "President",
         "role": "head_of_state", "start": "2012-05-07", "end": None},
        {"person": "Nobody Known", "key": "nobody-known", "country": "no-such-country", "office": "President",
         "role": "head_of_state", "start": "2001-01-01", "end": None},
    ]
}  # fmt: skip


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer().with_offices(OFFICES)


def test_people_of_the_offices_become_actors_and_names(gazetteer) -> None:
    assert gazetteer.actors["dmitry-medvedev"].type == "PERSON"
    assert gazetteer.lookup("Dmitri Medvedev").key == "dmitry-medvedev"
    assert gazetteer.actors["vladimir-putin"] == load_gazetteer().actors["vladimir-putin"]  # the gazetteer's wins
    assert all(t.owner != "no-such-country" for t in gazetteer.tenures)  # an unknown owner is left out


@pytest.mark.parametrize(
    ("day", "title", "expected"),
    [
        ("2009-05-01", "president", "dmitry-medvedev"),
        ("2005-03-01", "president", "vladimir-putin"),
        ("2015-03-01", "president", "vladimir-putin"),
        ("2009-05-01", "prime", "vladimir-putin"),
        ("2009-05-01", "leader", None),  # two people led Russia that day: no guess
    ],
)
def test_the_description_names_who_held_the_office_that_day(gazetteer, day: str, title: str, expected) -> None:
    assert _leader_of_country(gazetteer, "russia", title, day) == expected


def test_without_a_date_the_gazetteer_leader_stands(gazetteer) -> None:
    assert _leader_of_country(gazetteer, "russia", "president") == "vladimir-putin"


def test_a_tenure_covers_its_first_and_last_day() -> None:
    t = Tenure("a", "b", "President", "head_of_state", "2008-05-07", "2012-05-07")
    assert t.held_on("2008-05-07") and t.held_on("2012-05-07")
    assert not t.held_on("2008-05-06") and not t.held_on("2012-05-08")
    assert Tenure("a", "b", "President", "head_of_state", "2012-05-07").held_on("2030-01-01")


def test_the_background_graph_has_the_tenures(gazetteer) -> None:
    from graph.rdf.rdf import background_quads
    from graph.rdf.vocab import GEO
    from ingest import load_lexicon

    lexicon = load_lexicon()
    quads = background_quads(gazetteer.background(tuple(lexicon.roots[c] for c in sorted(lexicon.roots))))
    tenures = [q for q in quads if q.predicate.value == str(GEO.holder)]
    assert len(tenures) == len(gazetteer.tenures) >= 4
    open_ended = {q.subject for q in quads if q.predicate.value == str(GEO.validUntil)}
    assert len({q.subject for q in tenures} - open_ended) == sum(t.until is None for t in gazetteer.tenures)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The Russian president praised China on Monday.", "2009-05-01", "dmitry-medvedev"),
        ("The Russian president praised China on Monday.", "2015-05-01", "vladimir-putin"),
        ("The Russian president praised China on Monday.", None, "vladimir-putin"),  # undated: today's
        ("The American president criticized Iran.", "2010-03-01", "barack-obama"),
        ("The French president visited Algeria.", "2005-12-01", "jacques-chirac"),
    ],
)
def test_descriptions_are_read_on_the_article_date(text: str, published, expected: str) -> None:
    """ "the Russian president" in an article of May 2009 is Dmitry Medvedev (ingest/data/offices.json)."""
    from ingest import Article, extract, load_pipeline

    [ex] = extract(load_pipeline(), [Article(id="d", text=text, published=published)])
    assert [r.subject.actor.key for r in ex.relations if r.cameo] == [expected]
