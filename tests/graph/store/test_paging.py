"""Whole-store reads of the remote store (export, the canonical hash, pattern reads) go in pages, so a
server's row cap never cuts them short: a Virtuoso started with a cap of 500 rows, Oxigraph's server read in
small pages, and a server that caps its answers without saying so, each give the embedded store's graph."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from graph.rdf.rdf import N
from graph.rdf.vocab import GEO
from graph.store.export import export
from graph.store.remote import RemoteStore
from graph.store.results import analysis_graph
from graph.store.store import Store
from ingest.errors import StoreError
from tests.conftest import make_fixture_extractions, missing, open_backend

pytestmark = pytest.mark.remote

CAP = 500  # the capped Virtuoso's ResultSetMaxRows
BIG = analysis_graph("paging")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
BIG_TRIPLES = 10_500  # with the fixture graph, more than Virtuoso's MaxSortedTopRows (10,000) in the merged graph


def _big_quads() -> list[ox.Quad]:
    """One large named graph: IRIs, plain, language-tagged, typed and long literals."""
    quads = [ox.Quad(BIG, RDF_TYPE, N(GEO.AnalysisRun), BIG)]
    for i in range(BIG_TRIPLES - 1):
        s = ox.NamedNode(f"https://example.org/item/{i // 5}")
        p = ox.NamedNode(f"https://example.org/p{i % 5}")
        o = (
            ox.NamedNode(f"https://example.org/item/{i}"),
            ox.Literal(f"item {i}"),
            ox.Literal(f"élément {i}", language="fr"),
            ox.Literal(str(i), datatype=XSD_INTEGER),
            ox.Literal(f"{i} " + "long text " * 300),
        )[i % 5]
        quads.append(ox.Quad(s, p, o, BIG))
    return quads


def _fill(store) -> None:
    """The fixture articles and the big graph; no background graph, whose 24,000 triples only add pages."""
    store.add_batch(make_fixture_extractions())
    store.replace_graph(BIG, _big_quads())


def _nquads(store) -> set[bytes]:
    out = io.BytesIO()
    export(store, "nq", out)
    return set(out.getvalue().splitlines())


@pytest.fixture(scope="module")
def embedded(tmp_path_factory) -> Iterator[Store]:
    with Store(tmp_path_factory.mktemp("paging") / "kg") as store:
        _fill(store)
        yield store


@pytest.fixture(scope="module")
def capped_virtuoso(tmp_path_factory) -> Iterator[RemoteStore]:
    """A Virtuoso of its own, answering at most CAP rows, with the graph written in."""
    from tests import virtuoso as vt

    reason = vt.available()
    if reason:
        missing(reason)
    server = vt.start(tmp_path_factory.mktemp("virtuoso-capped"), max_rows=CAP)
    try:
        store = RemoteStore(server.query_endpoint, update_endpoint=server.update_endpoint, auth=server.auth)
        _fill(store)
        yield store
        store.close()
    finally:
        server.stop()


def test_capped_virtuoso_reads_whole(capped_virtuoso: RemoteStore, embedded: Store) -> None:
    assert capped_virtuoso.triple_count() == embedded.triple_count() > BIG_TRIPLES
    assert capped_virtuoso.canonical_hash() == embedded.canonical_hash()
    assert capped_virtuoso.page_rows == CAP  # learnt from Virtuoso's X-SPARQL-MaxRows on the first page
    assert _nquads(capped_virtuoso) == _nquads(embedded)
    assert len(capped_virtuoso.triples(None, RDF_TYPE, None)) == len(list(embedded.triples(None, RDF_TYPE)))


def test_capped_virtuoso_refuses_a_cut_query(capped_virtuoso: RemoteStore) -> None:
    """A user's query is one request: an answer cut at the cap is an error, never a short result."""
    with pytest.raises(StoreError, match=r"partial results.*row cap of 500"):
        capped_virtuoso.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")


def test_oxigraph_server_in_small_pages(request, tmp_path: Path, embedded: Store) -> None:
    with open_backend("oxigraph-server", request, tmp_path) as store:
        _fill(store)
        store.page_rows = 5_000
        assert store.canonical_hash() == embedded.canonical_hash()
        assert store.page_rows == 5_000


class _SilentCap(BaseHTTPRequestHandler):
    """Forwards a query to the real server and keeps the first ``cap`` rows of its answer, saying nothing:
    the behaviour of a server that caps results silently (neither Virtuoso nor Oxigraph does)."""

    upstream = ""
    cap = 0

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        headers = {k: self.headers[k] for k in ("Content-Type", "Accept")}
        answer = httpx.post(self.upstream, content=body, headers=headers, timeout=60)
        content = answer.content
        if answer.headers.get("content-type", "").startswith("application/sparql-results+json"):
            data = answer.json()
            if "results" in data:
                data["results"]["bindings"] = data["results"]["bindings"][: self.cap]
            content = httpx.Response(200, json=data).content
        self.send_response(answer.status_code)
        self.send_header("Content-Type", answer.headers.get("content-type", "text/plain"))
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, *args: object) -> None:
        pass


def test_a_silent_cap_is_found_by_the_count(request, tmp_path: Path, embedded: Store) -> None:
    with open_backend("oxigraph-server", request, tmp_path) as writer:
        _fill(writer)
        handler = type("Handler", (_SilentCap,), {"upstream": writer.endpoint, "cap": 4_000})
        proxy = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=proxy.serve_forever, daemon=True)
        thread.start()
        try:
            with RemoteStore(f"http://127.0.0.1:{proxy.server_port}/query") as reader:
                assert reader.canonical_hash() == embedded.canonical_hash()
                assert reader.page_rows == 4_000
        finally:
            proxy.shutdown()
            proxy.server_close()
