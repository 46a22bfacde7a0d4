from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.rdf.rdf import N, graph_of
from graph.rdf.validate import validate_store
from graph.rdf.vocab import GEO
from graph.store.store import Store

EVENT = "https://w3id.org/geokg/event/"


@pytest.fixture()
def store(kg_store: Store) -> Store:
    return kg_store


def _first_event(store: Store) -> ox.NamedNode:
    return next(iter(store.oxigraph.quads_for_pattern(None, N(GEO.actor), None, graph_of("f2")))).subject


def test_fixture_graph_conforms(store: Store) -> None:
    result = validate_store(store)
    assert result.conforms, result.report
    assert result.violations == 0


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (
            lambda s, ev: (
                s.oxigraph.remove_graph(graph_of("f2"))
                or s.extend(
                    [
                        ox.Quad(
                            ox.NamedNode(EVENT + "x"),
                            N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                            N(GEO.Event),
                        )
                    ]
                )
            ),
            "Less than 1 values on <https://w3id.org/geokg/event/x>",
        ),
        (lambda s, ev: s.extend([ox.Quad(ev, N(GEO.modality), ox.Literal("maybe"), graph_of("f2"))]), "maybe"),
        (
            lambda s, ev: s.extend(
                [
                    ox.Quad(
                        ev,
                        N(GEO.quadClass),
                        ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                        graph_of("f2"),
                    )
                ]
            ),
            "quadClass",
        ),
        (
            lambda s, ev: s.extend(
                [
                    ox.Quad(
                        ox.NamedNode("https://w3id.org/geokg/actor/iran"),
                        N("http://www.w3.org/2002/07/owl#sameAs"),
                        ox.NamedNode("https://example.org/not-wikidata"),
                        graph_of("f1"),
                    )
                ]
            ),
            "sameAs",
        ),
    ],
)
def test_broken_graphs_are_reported(store: Store, break_it, message: str) -> None:
    break_it(store, _first_event(store))
    result = validate_store(store)
    assert not result.conforms and result.violations >= 1
    assert message in result.report


def test_reports_of_one_act_at_two_full_codes_are_two_events(tmp_path, fixture_extractions) -> None:
    """An event is keyed by its full CAMEO code (as GDELT's EventCode): reports coded 070 and 072 on one day
    are two events, each with one code and one Goldstein score, and the graph conforms."""
    import dataclasses

    from ingest import build_background

    ex = next(e for e in fixture_extractions if any(r.cameo == "07" for r in e.relations))
    rel = next(r for r in ex.relations if r.cameo == "07")
    aid = dataclasses.replace(rel, code="070", goldstein=7.0, date="2025-01-10")
    arms = dataclasses.replace(rel, code="072", goldstein=8.3, date="2025-01-10", sentence_start=rel.sentence_start + 1)
    with Store(tmp_path / "kg") as store:
        store.ensure_background(build_background())
        store.add(dataclasses.replace(ex, relations=[aid, arms]))
        codes = {str(q.object.value) for q in store.oxigraph.quads_for_pattern(None, N(GEO.cameoCode), None)}
        result = validate_store(store)
    assert codes == {"070", "072"}
    assert result.conforms, result.report


def test_entail_types_follows_domain_range_and_superclasses() -> None:
    from rdflib import RDF, RDFS, Graph, Literal, Namespace

    from graph.rdf.validate import entail_types

    ex = Namespace("https://example.org/")
    ontology = Graph()
    ontology.add((ex.Leader, RDFS.subClassOf, ex.Person))
    ontology.add((ex.Person, RDFS.subClassOf, ex.Agent))
    ontology.add((ex.leads, RDFS.domain, ex.Leader))
    ontology.add((ex.leads, RDFS.range, ex.State))
    ontology.add((ex.name, RDFS.range, ex.Text))
    g = Graph()
    g.add((ex.a, ex.leads, ex.b))
    g.add((ex.a, ex.name, Literal("A")))
    g.add((ex.c, RDF.type, ex.Person))
    added = entail_types(g, ontology)
    types = set(g.subject_objects(RDF.type))
    assert {(ex.a, ex.Leader), (ex.a, ex.Person), (ex.a, ex.Agent), (ex.b, ex.State), (ex.c, ex.Agent)} <= types
    assert (ex.c, ex.Leader) not in types and not any(isinstance(s, Literal) for s, _ in types)
    assert added == 5
