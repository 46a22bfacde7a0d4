"""``geokg serve`` over real HTTP: curl-like requests with httpx, SPARQLWrapper and rdflib's SPARQLStore.

The whole module runs beside CPU-bound processes, one per core, so that what it checks (timeouts, the
worker pool, a page that answers while a query runs) holds on a busy machine, not only on an idle one.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from graph.store.store import Store
from tests.conftest import serve_store

A = "https://w3id.org/geokg/actor/"
LABELS = "SELECT ?l WHERE { <https://w3id.org/geokg/actor/iran> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module", autouse=True)
def busy_machine() -> Iterator[None]:
    """One spinning process per core for the length of the module."""
    spinners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(max(2, os.cpu_count() or 2))
    ]
    yield
    for proc in spinners:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    from tests.conftest import build_fixture_store

    return build_fixture_store(tmp_path_factory.mktemp("served") / "kg")


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


# ---------------------------------------------------------------- nothing reaches outside the store

OUTSIDE = {
    "long double-quoted string": 'SELECT * {{ ?s ?p """one"two""" . SERVICE <{url}> {{ ?s ?p "x" }} }}',
    "long single-quoted string": "SELECT * {{ ?s ?p '''it's''' . SERVICE <{url}> {{ ?s ?p 'x' }} }}",
    "escaped quote": 'SELECT * {{ ?s ?p "a\\u0022 . SERVICE <{url}> {{ ?s ?p ?o }} ?x ?y "b" }}',
    "inside EXISTS": "ASK {{ FILTER EXISTS {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }}",
}


@pytest.fixture()
def listener() -> Iterator[tuple[str, list[bytes]]]:
    """A TCP listener on loopback that records every connection made to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.1)
    seen: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    seen.append(conn.recv(4096) or b"(connected)")
                except OSError:
                    seen.append(b"(connected)")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/sparql", seen
    stop.set()
    thread.join(2)
    sock.close()


@pytest.mark.parametrize("how", sorted(OUTSIDE))
def test_service_is_refused_by_every_transport_and_no_connection_is_made(server: str, listener, how: str) -> None:
    url, seen = listener
    query = OUTSIDE[how].format(url=url)
    answers = [
        httpx.get(server + "/sparql", params={"query": query}, timeout=30),
        httpx.post(server + "/sparql", data={"query": query}, timeout=30),
        httpx.post(server + "/sparql", content=query, headers={"Content-Type": "application/sparql-query"}, timeout=30),
    ]
    for r in answers:
        assert r.status_code == 400 and "SERVICE is not allowed" in r.text, r.text
    time.sleep(0.5)
    assert seen == []


def test_load_with_the_token_is_refused_and_no_connection_is_made(writable: str, listener) -> None:
    url, seen = listener
    auth = {"Authorization": "Bearer s3cret"}
    for update in (
        f"LOAD <{url}>",
        f'INSERT DATA {{ GRAPH <u:g> {{ <u:a> <u:b> """x"y""" }} }} ; LOAD <{url}> ; CLEAR SILENT GRAPH <u:x> #"',
    ):
        r = httpx.post(writable + "/sparql", data={"update": update}, headers=auth, timeout=30)
        assert r.status_code == 400 and "LOAD is not allowed" in r.text
    time.sleep(0.5)
    assert seen == []


def test_from_may_only_name_the_stores_own_graphs(server: str) -> None:
    graphs = httpx.get(
        server + "/sparql",
        params={"query": "SELECT DISTINCT ?g { GRAPH ?g {} } LIMIT 1"},
        headers={"Accept": "text/csv"},
    )
    own = graphs.text.splitlines()[1]
    ok = httpx.get(server + "/sparql", params={"query": f"ASK FROM <{own}> {{ ?s ?p ?o }}"}, timeout=30)
    assert ok.status_code == 200 and ok.json()["boolean"] is True
    for clause in ("FROM", "FROM NAMED"):
        query = f"ASK {clause} <http://127.0.0.1:9/data.ttl> {{ ?s ?p ?o }}"
        r = httpx.get(server + "/sparql", params={"query": query}, timeout=30)
        assert r.status_code == 400 and "names no graph of this store" in r.text


def test_query_workers_have_no_network() -> None:
    import multiprocessing as mp

    with mp.get_context("spawn").Pool(1) as child:
        isolated, reached = child.apply(_isolated_connect)
    if not isolated and os.geteuid() != 0:
        pytest.skip("unprivileged network namespaces are off here; the parser check alone guards the workers")
    assert isolated is True and reached is False


def _isolated_connect() -> tuple[bool, bool]:
    from queries.pool import _isolate_network

    with socket.socket() as server_sock:
        server_sock.bind(("127.0.0.1", 0))
        server_sock.listen(1)
        port = server_sock.getsockname()[1]
        isolated = _isolate_network()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2):
                return isolated, True
        except OSError:
            return isolated, False


# ---------------------------------------------------------------- who may call it


def test_only_the_servers_own_host_names_are_answered(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"):
        assert httpx.get(server + "/", headers={"Host": host}).status_code == 200
    for host in (f"attacker.example:{port}", "rebound.test", ""):
        r = httpx.get(server + "/sparql", params={"query": LABELS}, headers={"Host": host})
        assert r.status_code == 400 and "does not answer to host" in r.text


@pytest.mark.parametrize(
    ("method", "path", "headers", "status"),
    [
        ("GET", "/sparql", {"Sec-Fetch-Site": "same-site", "Sec-Fetch-Mode": "no-cors"}, 403),
        (
            "GET",
            "/sparql",
            {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "cors", "Origin": "http://evil.test"},
            403,
        ),
        ("POST", "/sparql", {"Origin": "http://127.0.0.1:1"}, 403),
        ("POST", "/sparql", {"Origin": "null"}, 403),
        (
            "GET",
            "/api/actors",
            {"Sec-Fetch-Site": "same-site", "Sec-Fetch-Mode": "cors", "Origin": "http://localhost:9"},
            403,
        ),
        ("GET", "/", {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}, 200),
        ("GET", "/sparql", {"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors"}, 200),
        ("GET", "/sparql", {"Sec-Fetch-Site": "none", "Sec-Fetch-Mode": "navigate"}, 200),
    ],
)
def test_requests_from_other_origins_are_refused(
    server: str, method: str, path: str, headers: dict, status: int
) -> None:
    kwargs = {"data": {"query": LABELS}} if method == "POST" else {"params": {"query": LABELS, "q": "ira"}}
    r = httpx.request(method, server + path, headers=headers, timeout=30, **kwargs)
    assert r.status_code == status, r.text
    assert "access-control-allow-origin" not in r.headers
    if status == 403:
        assert "--cors-origin" in r.text


def test_the_servers_own_origin_may_post(server: str) -> None:
    r = httpx.post(server + "/sparql", data={"query": LABELS}, headers={"Origin": server, "Accept": "text/csv"})
    assert r.status_code == 200 and "Iran" in r.text


@pytest.fixture(scope="module")
def cors(store_dir: Path) -> Iterator[str]:
    yield from serve_store(store_dir, "--cors-origin", "http://localhost:5173", "--allow-update", "--token", "t0ken")


def test_cors_headers_only_for_allowed_origins(cors: str) -> None:
    allowed = {"Origin": "http://localhost:5173", "Sec-Fetch-Site": "same-site", "Sec-Fetch-Mode": "cors"}
    r = httpx.get(cors + "/sparql", params={"query": LABELS}, headers=allowed)
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "http://localhost:5173"
    pre = httpx.options(
        cors + "/sparql",
        headers={**allowed, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"},
    )
    assert pre.status_code == 204 and "POST" in pre.headers["access-control-allow-methods"]
    other = httpx.get(
        cors + "/sparql", params={"query": LABELS}, headers={**allowed, "Origin": "http://localhost:5174"}
    )
    assert other.status_code == 403 and "access-control-allow-origin" not in other.headers
    write = httpx.post(
        cors + "/sparql",
        data={"update": "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"},
        headers={**allowed, "Authorization": "Bearer t0ken"},
    )
    assert write.status_code == 403 and "updates are not taken from another origin" in write.text


# ---------------------------------------------------------------- one query does not stop everyone


@pytest.fixture(scope="module")
def single(store_dir: Path) -> Iterator[str]:
    yield from serve_store(store_dir, "--query-workers", "1", "--queue", "0", "--timeout", "4")


def test_the_page_and_other_queries_answer_while_a_query_runs(server: str) -> None:
    with ThreadPoolExecutor(1) as ex:
        heavy = ex.submit(httpx.get, server + "/sparql", params={"query": HEAVY}, timeout=60)
        time.sleep(0.5)
        page = httpx.get(server + "/", timeout=60)
        labels = httpx.get(server + "/sparql", params={"query": LABELS}, headers={"Accept": "text/csv"}, timeout=60)
        running = not heavy.done()
        assert heavy.result().status_code == 503
    assert page.status_code == 200 and labels.status_code == 200 and "Iran" in labels.text
    assert running, "the page waited for the slow query"


def test_a_full_queue_answers_503_with_retry_after(single: str) -> None:
    for _attempt in range(3):  # the slow query must reach the one worker first; on a busy machine it may not
        with ThreadPoolExecutor(1) as ex:
            heavy = ex.submit(httpx.get, single + "/sparql", params={"query": HEAVY}, timeout=60)
            time.sleep(0.5)
            busy = {}
            while not heavy.done() and len(busy) < 3:
                for path, params in (("/sparql", {"query": LABELS}), ("/graph", {}), ("/api/actors", {"q": "ira"})):
                    r = httpx.get(single + path, params=params, timeout=60)
                    if r.status_code == 503:
                        busy[path] = r
                time.sleep(0.05)
            slow = heavy.result()
        if "busy" not in slow.text:
            break
    assert slow.status_code == 503 and "timed out after 4 s" in slow.text
    assert set(busy) == {"/sparql", "/graph", "/api/actors"}
    for r in busy.values():
        assert r.headers["retry-after"].isdigit() and "busy" in r.text
    again = httpx.get(single + "/sparql", params={"query": LABELS}, headers={"Accept": "text/csv"}, timeout=60)
    assert again.status_code == 200 and "Iran" in again.text


@pytest.fixture(scope="module")
def capped(store_dir: Path) -> Iterator[str]:
    yield from serve_store(store_dir, "--query-workers", "1", "--max-memory", "500", "--timeout", "60")


def test_a_query_past_the_memory_cap_is_stopped_and_the_server_goes_on(capped: str) -> None:
    greedy = "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY DESC(?a) ?d LIMIT 1"
    r = httpx.get(capped + "/sparql", params={"query": greedy}, timeout=120)
    assert r.status_code == 503 and "memory cap of 500 MB" in r.text and "--max-memory" in r.text
    again = httpx.get(capped + "/sparql", params={"query": LABELS}, headers={"Accept": "text/csv"}, timeout=60)
    assert again.status_code == 200 and "Iran" in again.text, again.text


# ---------------------------------------------------------------- the page's API


def test_the_api_runs_saved_queries_only(store_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "leak.rq").write_text("# name: leak\nSELECT * WHERE { ?s ?p ?o } # TOPSECRET\n", encoding="utf8")
    for base in serve_store(store_dir, cwd=tmp_path):
        for name in ("leak.rq", "leak", "..%2Fleak.rq", "LEAK"):
            r = httpx.get(base + "/api/query/" + name, timeout=60)
            assert r.status_code in (400, 404) and "TOPSECRET" not in r.text
            assert r.status_code == 404 or "unknown saved query" in r.text


def test_the_api_has_the_row_cap_and_reports_bad_iris(server: str, store_dir: Path) -> None:
    from queries.runner import load_query, run_query

    with Store(store_dir, read_only=True) as store:
        total = len(run_query(store, load_query("leaders")).rows)
    assert total > 5
    r = httpx.get(server + "/api/query/leaders", timeout=60)
    assert r.status_code == 206 and r.headers["x-geokg-truncated"] == "5"
    assert len(r.json()["results"]["bindings"]) == 5
    bad = httpx.get(server + "/api/query/actor_profile", params={"actor": "http://bad iri/x"}, timeout=60)
    assert bad.status_code == 400 and "not a valid IRI" in bad.text


def test_update_errors_point_into_the_clients_text(writable: str, store_dir: Path) -> None:
    auth = {"Authorization": "Bearer s3cret"}
    broken = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> } }"
    r = httpx.post(writable + "/sparql", data={"update": broken}, headers=auth, timeout=60)
    assert r.status_code == 400 and "line 1, column" in r.text
    trailing = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } } ;"
    assert httpx.post(writable + "/sparql", data={"update": trailing}, headers=auth, timeout=60).status_code == 204


def test_an_update_while_another_process_writes_is_503(tmp_path: Path, store_dir: Path) -> None:
    import shutil

    copy = tmp_path / "kg"
    shutil.copytree(store_dir, copy)
    update = {"update": "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"}
    auth = {"Authorization": "Bearer s3cret"}
    for base in serve_store(copy, "--allow-update", "--token", "s3cret"):
        with Store(copy):  # an ingest holds the store
            r = httpx.post(base + "/sparql", data=update, headers=auth, timeout=60)
        assert r.status_code == 503 and r.headers["retry-after"].isdigit() and "another process" in r.text
        assert httpx.post(base + "/sparql", data=update, headers=auth, timeout=60).status_code == 204
