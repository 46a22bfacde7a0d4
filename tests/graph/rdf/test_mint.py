from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal

from graph.rdf.mint import actor_iri, article_iri, cameo_iri, event_iri, rel_iri
from ingest.actors.gazetteer import slugify, unknown_actor

names = st.text(min_size=1, max_size=80)


@settings(max_examples=200, deadline=None)
@given(name=names, type_=st.sampled_from(["PERSON", "ORG", "GPE", "LOC"]))
def test_minted_iris_round_trip_turtle_and_ntriples(name: str, type_: str) -> None:
    actor = unknown_actor(name, type_)
    iris = [
        actor_iri(actor.key),
        actor_iri(slugify(name) or "x"),
        actor_iri(name),
        article_iri(name),
        event_iri(name, 1, 2),
        rel_iri(name),
    ]
    g = Graph()
    for iri in iris:
        g.add((iri, iri, Literal(name)))
    for fmt in ("turtle", "nt"):
        back = Graph().parse(data=g.serialize(format=fmt), format=fmt)
        assert set(back) == set(g)


@settings(max_examples=100, deadline=None)
@given(name=names)
def test_raw_text_never_appears_in_iris(name: str) -> None:
    for iri in (actor_iri(name), article_iri(name), rel_iri(name)):
        tail = str(iri).rsplit("/", 1)[1]
        assert tail.replace("-", "").isalnum() and tail.isascii()


def test_unknown_actors_are_deterministic_and_drop_titles() -> None:
    a, b = unknown_actor("Dr. Neil Melvin", "PERSON"), unknown_actor("Neil  Melvin", "PERSON")
    assert a == b and a.label == "Neil Melvin" and a.key.startswith("ent-")
    assert unknown_actor("Neil Melvin", "ORG").key != a.key


def test_slugify() -> None:
    assert slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"


@pytest.mark.parametrize("bad", ["7", "abc", "100", ""])
def test_cameo_iri_rejects_bad_codes(bad: str) -> None:
    with pytest.raises(ValueError, match="not two digits"):
        cameo_iri(bad)
