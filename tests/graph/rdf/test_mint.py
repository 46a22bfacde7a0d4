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


def test_an_event_place_becomes_a_geosparql_feature_with_a_point() -> None:
    from graph.rdf.rdf import article_quads
    from graph.rdf.vocab import GEO, GSP, WGS
    from tests.conftest import make_fixture_extractions

    summit = make_fixture_extractions()[1]  # "Donald Trump met Vladimir Putin in Anchorage."
    triples = {(q.subject.value, q.predicate.value, q.object.value) for q in article_quads(summit)}
    place, point = "https://sws.geonames.org/5879400/", "https://w3id.org/geokg/geometry/geonames-5879400"
    assert any(p == str(GEO.location) and o == place for _, p, o in triples)
    assert (place, str(GEO.countryCode), "US") in triples
    assert (place, str(WGS.lat), "61.21806") in triples and (place, str(WGS.long), "-149.90028") in triples
    assert (place, str(GSP.hasGeometry), point) in triples
    assert (point, str(GSP.asWKT), "POINT(-149.9003 61.2181)") in triples  # four decimals
    # an event whose report names no place has no location
    drones = make_fixture_extractions()[0]
    assert not any(q.predicate.value == str(GEO.location) for q in article_quads(drones))


def test_a_region_without_a_geonames_id_is_located_by_a_place_iri_of_its_own() -> None:
    import dataclasses

    from graph.rdf.rdf import article_quads
    from graph.rdf.vocab import GEO, GSP
    from ingest.places import GeoPlace
    from tests.conftest import make_fixture_extractions

    summit = make_fixture_extractions()[1]
    region = GeoPlace("Kashmir", None, None, 35.3792, 77.2889)  # disputed: no country, no GeoNames id
    relations = [dataclasses.replace(r, where=region) if r.where is not None else r for r in summit.relations]
    moved = dataclasses.replace(summit, relations=relations)
    triples = {(q.subject.value, q.predicate.value, q.object.value) for q in article_quads(moved)}
    [place] = {o for _, p, o in triples if p == str(GEO.location)}
    assert place.startswith("https://w3id.org/geokg/place/")
    assert not any(s == place and p == str(GEO.countryCode) for s, p, _ in triples)
    [point] = {o for s, p, o in triples if s == place and p == str(GSP.hasGeometry)}
    assert (point, str(GSP.asWKT), "POINT(77.2889 35.3792)") in triples
