"""Reading the store into networkx: who is rolled up into what they lead."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import RDF

from graph.analysis.network import leader_map
from graph.rdf.rdf import N
from graph.rdf.vocab import GEO

A = "https://w3id.org/geokg/actor/"


def test_leader_map_rolls_up_people_only(kg_store) -> None:
    g = ox.NamedNode("https://w3id.org/geokg/test/leading")
    president = ox.NamedNode(A + "ent-new-president")
    kg_store.replace_graph(
        g,
        [
            # a state leading an alliance is no person: it stays itself in a rolled-up graph
            ox.Quad(ox.NamedNode(A + "russia"), N(GEO.leaderOf), ox.NamedNode(A + "opec-plus"), g),
            ox.Quad(president, N(GEO.leaderOf), ox.NamedNode(A + "chile"), g),
            ox.Quad(president, N(RDF.type), N(GEO.Person), g),
        ],
    )
    leaders = leader_map(kg_store)
    assert A + "russia" not in leaders
    assert leaders[president.value] == A + "chile"
    people = {q.subject.value for q in kg_store.triples(None, N(RDF.type), N(GEO.Person))}
    assert len(leaders) > 1 and set(leaders) <= people
