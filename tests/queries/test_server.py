"""``geokg serve`` over real HTTP: curl-like requests with httpx, SPARQLWrapper and rdflib's SPARQLStore."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graph.store import Store
from ingest import build_background
from tests.conftest import serve_store

A = "https://w3id.org/geokg/actor/"
LABELS = "SELECT ?l WHERE { <https://w3id.org/geokg/actor/iran> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    from tests.conftest import make_fixture_extractions

    path = tmp_path_factory.mktemp("served") / "kg"
    with Store(path) as store:
        store.ensure_background(build_background())
        for ex in make_fixture_extractions():
            store.add(ex)
    return path


@pytest.fixture(scope="module")
def server(store_dir: Path) -> Iterator[str]:
    yield from serve_store(store_dir, "--max-rows", "5", "--max-body", "2000", "--timeout", "2")


@pytest.fixture(scope="module")
def writable(tmp_path_factory, store_dir: Path) -> Iterator[str]:
    import shutil

    copy = tmp_path_factory.mktemp("writable") / "kg"
    shutil.copytree(store_dir, copy)
    yield from serve_store(copy, "--allow-update", "--token", "s3cret")


@pytest.mark.parametrize(
    ("accept", "media", "needle"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", '"value": "Iran"'),
        ("application/sparql-results+xml", "application/sparql-results+xml", "<literal>Iran</literal>"),
        ("text/csv", "text/csv", "l\r\nIran"),
        ("text/tab-separated-values", "text/tab-separated-values", '?l\n"Iran"'),
        ("*/*", "application/sparql-results+json", '"Iran"'),
    ],
)
def test_select_in_every_results_format(server: str, accept: str, media: str, needle: str) -> None:
    r = httpx.get(server + "/sparql", params={"query": LABELS}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    assert needle in r.text


def test_post_urlencoded_direct_and_construct(server: str) -> None:
    form = httpx.post(server + "/sparql", data={"query": LABELS}, headers={"Accept": "text/csv"})
    direct = httpx.post(
        server + "/sparql", content=LABELS, headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"}
    )
    assert form.text == direct.text == "l\r\nIran\r\n"
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . FILTER(?s = <https://w3id.org/geokg/actor/iran>) } LIMIT 3"
    r = httpx.get(server + "/sparql", params={"query": construct}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle") and "actor/iran" in r.text
    ask = httpx.get(server + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"})
    assert ask.json() == {"head": {}, "boolean": True}


@pytest.mark.parametrize(
    ("method", "kwargs", "status", "message"),
    [
        ("GET", {"params": {"query": "SELECT * WHERE { ?s ?p }"}}, 400, "SPARQL syntax error"),
        ("GET", {"params": {"query": "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }"}}, 400, "SERVICE is not allowed"),
        ("GET", {}, 400, "no query"),
        ("POST", {"data": {"update": "DROP ALL"}}, 403, "read-only"),
        ("GET", {"params": {"update": "DROP ALL"}}, 405, "updates go by POST"),
        ("GET", {"params": {"query": LABELS}, "headers": {"Accept": "image/png"}}, 406, "ask for JSON"),
        ("POST", {"data": {"query": LABELS + " #" + "x" * 3000}}, 413, "over 2,000 bytes"),
        ("POST", {"content": LABELS, "headers": {"Content-Type": "text/plain"}}, 415, "not a SPARQL request"),
        ("GET", {"params": {"query": HEAVY}}, 503, "timed out after 2 s"),
    ],
)
def test_status_codes(server: str, method: str, kwargs: dict, status: int, message: str) -> None:
    r = httpx.request(method, server + "/sparql", timeout=30, **kwargs)
    assert r.status_code == status and message in r.text


def test_result_cap_is_signalled(server: str) -> None:
    r = httpx.get(server + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers={"Accept": "text/csv"})
    assert r.status_code == 206 and r.headers["x-geokg-truncated"] == "5"
    assert len(r.text.strip().splitlines()) == 1 + 5


def test_the_server_recovers_after_a_timeout(server: str) -> None:
    assert httpx.get(server + "/sparql", params={"query": HEAVY}, timeout=30).status_code == 503
    again = httpx.get(server + "/sparql", params={"query": LABELS}, headers={"Accept": "text/csv"})
    assert again.status_code == 200 and "Iran" in again.text


def test_sparqlwrapper_reads_it(server: str) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(server + "/sparql")
    client.setQuery(LABELS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [r["l"]["value"] for r in rows] == ["Iran"]


def test_rdflib_sparqlstore_reads_it(server: str) -> None:
    from rdflib import Graph, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(store=SPARQLStore(server + "/sparql", returnFormat="xml"))
    rows = list(g.query(LABELS))
    assert [str(r[0]) for r in rows] == ["Iran"]
    labels = list(g.objects(URIRef(A + "russia"), URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
    assert [str(x) for x in labels] == ["Russia"]


def test_updates_need_the_token_and_keep_the_merged_graph(writable: str) -> None:
    insert = 'INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:says> "hello" } }'
    assert httpx.post(writable + "/sparql", data={"update": insert}).status_code == 403
    wrong = httpx.post(writable + "/sparql", data={"update": insert}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    ok = httpx.post(
        writable + "/sparql",
        content=insert,
        headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer s3cret"},
    )
    assert ok.status_code == 204
    query = {"query": "SELECT ?o WHERE { <urn:x:a> ?p ?o }"}
    seen = httpx.get(writable + "/sparql", params=query, headers={"Accept": "text/csv"})
    assert seen.text == "o\r\nhello\r\n"  # the default graph was re-derived from the named graphs
    load = httpx.post(
        writable + "/sparql", data={"update": "LOAD <http://example.org/x>"}, headers={"Authorization": "Bearer s3cret"}
    )
    assert load.status_code == 400 and "LOAD is not allowed" in load.text


def test_page_and_api(server: str) -> None:
    page = httpx.get(server + "/")
    assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
    assert "who_supplies_whom" in page.text
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page.text, re.IGNORECASE)
    assert httpx.get(server + "/api/actors", params={"q": "ira"}).json()[0]["label"] == "Iran"
    profile = httpx.get(server + "/api/query/actor_profile", params={"actor": A + "russia"}).json()
    assert profile["results"]["bindings"][0]["label"]["value"] == "Russia"
    bad = httpx.get(server + "/api/query/nope")
    assert bad.status_code == 400 and "unknown saved query" in bad.text
    graph = httpx.get(server + "/graph")
    assert graph.status_code == 200 and "vis.Network" in graph.text
