"""Imported actors matched to geokg's: CAMEO country code first, then name, else a new actor of their own."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from graph.imports import ImportedActor, MatchKind, load_matcher
from graph.rdf.mint import actor_iri
from graph.rdf.vocab import GEO
from ingest.actors.gazetteer import load_gazetteer
from ingest.places import PHOENIX_PATH

A = "https://w3id.org/geokg/actor/"
G = ox.NamedNode("urn:test:import")


@pytest.mark.parametrize(
    ("actor", "iri", "kind"),
    [
        (ImportedActor(name="RUSSIA", code="RUSMIL", country="RUS"), "russia", MatchKind.COUNTRY),
        (ImportedActor(name="KREMLIN", code="RUSGOV"), "russia", MatchKind.COUNTRY),  # the code's first letters
        (ImportedActor(name="Vladimir Putin", country="Russia"), "russia", MatchKind.COUNTRY),  # a country written out
        (ImportedActor(name="UNITED NATIONS", code="IGOUNO"), "united-nations", MatchKind.NAME),
        (ImportedActor(name="the Houthis"), "houthis", MatchKind.NAME),
        (ImportedActor(name="Vladimir Putin"), "vladimir-putin", MatchKind.NAME),
    ],
)
def test_known_actors_get_geokgs_iri(actor: ImportedActor, iri: str, kind: MatchKind) -> None:
    match = load_matcher().match(actor)
    assert (match.iri, match.kind) == (actor_iri(iri), kind)
    assert str(match.iri) == A + iri and list(match.quads(G)) == []  # the background graph describes it


def test_unknown_actors_are_new_labelled_and_typed() -> None:
    matcher = load_matcher()
    crowd = matcher.match(ImportedActor(name="VILLAGER", code="CVL"))
    fund = matcher.match(ImportedActor(name="Lakeside Relief Fund", code="NGOLRF"))
    assert (str(crowd.iri), crowd.kind, crowd.actor_type) == (A + "imported-villager", MatchKind.NEW, "NORP")
    assert (str(fund.iri), fund.actor_type) == (A + "imported-lakeside-relief-fund", "ORG")
    # one name, one actor, whichever coder wrote it and however
    assert matcher.match(ImportedActor(name="Villager")).iri == crowd.iri
    quads = {(q.predicate.value, q.object.value) for q in crowd.quads(G)}
    assert (str(GEO.actorType), "NORP") in quads and ("http://www.w3.org/2000/01/rdf-schema#label", "VILLAGER") in quads


def test_every_cameo_country_code_is_a_country_of_the_gazetteer_and_no_sector_code_is_one() -> None:
    gazetteer = load_gazetteer()
    countries = json.loads(PHOENIX_PATH.read_text(encoding="utf8"))["countries"]
    matcher = load_matcher()
    assert {matcher.country(code) for code in countries} == set(countries.values())
    assert all(gazetteer.actors[key].kind == "Country" for key in countries.values())
    # CAMEO's agent codes (GOV, MIL, REB ...) and group codes never read as a country
    agents = json.loads(PHOENIX_PATH.read_text(encoding="utf8"))["sectors"]
    assert not [code for code in [*agents, "IGO", "NGO", "NGM", "MNC"] if matcher.country(code)]
