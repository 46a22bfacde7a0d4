"""The same store behaviour on the embedded Oxigraph store and on the remote store (SPARQL protocols) on two
real servers: Oxigraph's own (``oxigraph serve``) and Virtuoso."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from graph.rdf.rdf import graph_of
from graph.store.export import export
from graph.store.remote import RemoteStore
from graph.store.remote_http import graph_store_url
from graph.store.results import analysis_graph, bloc_quads
from ingest import build_background
from ingest.errors import QueryError, StoreError
from queries import load_query, run_query
from tests.conftest import REMOTE_BACKENDS, open_backend

A = "https://w3id.org/geokg/actor/"
BLOCS = {"louvain": [{A + "iran", A + "russia"}, {A + "ukraine"}]}


def _merged(store) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in store.triples()}


def test_ingest_counts_and_hashes(any_store, fixture_extractions) -> None:
    any_store.ensure_background(build_background())
    outcomes = any_store.add_batch(fixture_extractions)
    assert [o.status for o in outcomes] == ["added"] * 3
    assert set(any_store.article_graphs()) == {graph_of(ex.article.id) for ex in fixture_extractions}
    for ex in fixture_extractions:
        assert any_store.is_current(ex.article.id, ex.article.hash)
    assert any_store.triple_count() == len(_merged(any_store)) > 3000


def test_reingest_is_idempotent(any_store, fixture_extractions) -> None:
    any_store.ensure_background(build_background())
    any_store.add_batch(fixture_extractions)
    before = (any_store.canonical_hash(), any_store.triple_count())
    assert [o.status for o in any_store.add_batch(fixture_extractions)] == ["unchanged"] * 3
    any_store.ensure_background(build_background())
    assert [o.status for o in any_store.add_batch(fixture_extractions, force=True)] == ["replaced"] * 3
    assert (any_store.canonical_hash(), any_store.triple_count()) == before


def test_changed_article_replaces_its_facts(any_store, fixture_extractions) -> None:
    any_store.add_batch(fixture_extractions)
    first = fixture_extractions[0]
    changed = dataclasses.replace(first.article, text=first.article.text + " Later text.")
    edited = dataclasses.replace(first, article=changed, relations=first.relations[:0])
    [outcome] = any_store.add_batch([edited])
    assert outcome.status == "replaced"
    assert any_store.is_current(changed.id, changed.hash)
    # its events (Iran supplies Russia, Russia attacks Ukraine) are gone from the merged graph; f2's stay
    assert run_query(any_store, load_query("events_between"), {"a": "Iran", "b": "Russia"}).rows == []
    assert run_query(any_store, load_query("events_between"), {"a": "Russia", "b": "Ukraine"}).rows == []
    assert run_query(any_store, load_query("events_between"), {"a": "Donald Trump", "b": "Vladimir Putin"}).rows


def test_remove_keeps_shared_triples(any_store, fixture_extractions) -> None:
    any_store.ensure_background(build_background())
    any_store.add_batch(fixture_extractions)
    with_all = _merged(any_store)
    assert any_store.remove("f1") is True
    assert any_store.remove("f1") is False
    assert graph_of("f1") not in any_store.article_graphs()
    after = _merged(any_store)
    assert after < with_all
    # Russia's label is also in the background graph and the other articles: it stays
    assert any("actor/russia" in s and "label" in p for s, p, _ in after)
    assert not any("Iran supplied drones" in o for _, _, o in after)


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("nq", "nquads"), ("trig", "trig"), ("ttl", "turtle")])
def test_export_round_trips(kg_any_store, fmt: str, rdflib_format: str) -> None:
    out = io.BytesIO()
    export(kg_any_store, fmt, out)
    if fmt == "ttl":
        assert len(Graph().parse(data=out.getvalue(), format=rdflib_format)) == kg_any_store.triple_count()
    else:
        ds = Dataset().parse(data=out.getvalue(), format=rdflib_format)
        names = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert {g.value for g in kg_any_store.article_graphs()} <= names


@pytest.mark.remote
@pytest.mark.parametrize("kind", REMOTE_BACKENDS)
def test_embedded_and_remote_hold_the_same_graph(request, tmp_path: Path, fixture_extractions, kind: str) -> None:
    stores = []
    for backend in ("oxigraph", kind):
        store = open_backend(backend, request, tmp_path)
        store.ensure_background(build_background())
        store.add_batch(fixture_extractions)
        store.replace_graph(analysis_graph("run"), bloc_quads("run", BLOCS, frustration=0.25))
        stores.append(store)
    try:
        assert _merged(stores[0]) == _merged(stores[1])
        assert set(stores[0].named_graphs()) == set(stores[1].named_graphs())
        assert stores[0].canonical_hash() == stores[1].canonical_hash()
        assert len(stores[0]) == len(stores[1])
    finally:
        for s in stores:
            s.close()


@pytest.mark.remote
@pytest.mark.parametrize("kind", REMOTE_BACKENDS)
def test_remote_errors_are_clear(request, tmp_path: Path, kind: str) -> None:
    with pytest.raises(StoreError, match=r"cannot be reached.*check that it runs"):
        RemoteStore("http://127.0.0.1:9/sparql", timeout=2)
    with pytest.raises(StoreError, match="not an http"):
        RemoteStore("ftp://example.org/sparql")
    writer = open_backend(kind, request, tmp_path)
    reader = RemoteStore(writer.endpoint)
    with pytest.raises(StoreError, match="read-only; pass --update-endpoint"):
        reader.remove("f1")
    with pytest.raises(QueryError, match="rejected the query"):
        reader.query("SELECT ?x WHERE { ?x ?y }")
    for s in (reader, writer):
        s.close()


@pytest.mark.remote
def test_virtuoso_caps_and_credentials_are_clear(request, tmp_path: Path, virtuoso) -> None:
    with open_backend("virtuoso", request, tmp_path) as writer:
        writer.ensure_background(build_background())
    reader = RemoteStore(virtuoso.query_endpoint)
    # Virtuoso stops a query at its row cap (100,000 here) and says so in a header: an error, never a short answer
    with pytest.raises(StoreError, match="partial results"):
        reader.query("SELECT ?a ?b WHERE { ?a ?p ?x . ?b ?q ?y }")
    wrong = RemoteStore(virtuoso.query_endpoint, update_endpoint=virtuoso.update_endpoint, auth="geokg:wrong")
    with pytest.raises(StoreError, match=r"refused the request.*check --auth"):
        wrong.update("INSERT DATA { GRAPH <https://w3id.org/geokg/test/auth> { <urn:a> <urn:b> <urn:c> } }")
    for s in (reader, wrong):
        s.close()


@pytest.mark.parametrize(
    ("update", "graph_store"),
    [
        ("http://h:8890/sparql-auth", "http://h:8890/sparql-graph-crud-auth"),  # Virtuoso
        ("http://h:7878/update", "http://h:7878/store"),  # oxigraph serve
        ("http://h:3030/ds/update", "http://h:3030/ds/data"),  # Fuseki
    ],
)
def test_graph_store_endpoint_is_guessed(update: str, graph_store: str) -> None:
    assert graph_store_url(update) == graph_store
    with pytest.raises(StoreError, match="pass --graph-store URL"):
        graph_store_url("http://h/somewhere")
