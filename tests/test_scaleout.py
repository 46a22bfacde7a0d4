"""Scale-out paths end to end with the trained pipeline: worker processes, a real Dask LocalCluster, a remote
store on Oxigraph's server and on Virtuoso, and a server that goes away in the middle of an ingest. Each must
give the graph a single-process run gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.store.loader import ingest_articles
from graph.store.remote import RemoteStore
from graph.store.store import Store
from ingest import read_articles
from ingest.errors import StoreError
from tests.conftest import REMOTE_BACKENDS, missing, open_backend
from tests.test_cli import EXAMPLES, geokg

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def single_hash(tmp_path_factory) -> str:
    """The graph of the examples ingested in this process, one article after another."""
    path = tmp_path_factory.mktemp("single") / "kg"
    with Store(path) as store:
        report = ingest_articles(store, read_articles([str(EXAMPLES)]), batch=1)
        assert report.added == 8 and not report.failed
        return store.canonical_hash()


def test_workers_build_the_same_graph(tmp_path: Path, single_hash: str) -> None:
    out = geokg("ingest", str(EXAMPLES), "--workers", "2", store=tmp_path / "kg")
    assert "8 added" in out.stdout and "0 failed" in out.stdout
    with Store(tmp_path / "kg", read_only=True) as store:
        assert store.canonical_hash() == single_hash


def test_dask_local_cluster_builds_the_same_graph(tmp_path: Path, single_hash: str) -> None:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
        Store(tmp_path / "kg") as store,
    ):
        report = ingest_articles(store, read_articles([str(EXAMPLES)]), dask=client)
        assert report.added == 8 and not report.failed
        # every worker process did some of the work
        assert len(cluster.workers) == 2
        assert store.canonical_hash() == single_hash


def test_dask_cli_with_a_scheduler_address(tmp_path: Path, single_hash: str) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        out = geokg("ingest", str(EXAMPLES), "--dask", c.scheduler_address, store=tmp_path / "kg")
    assert "8 added" in out.stdout
    with Store(tmp_path / "kg", read_only=True) as store:
        assert store.canonical_hash() == single_hash
    bad = geokg("ingest", str(EXAMPLES), "--dask", "tcp://127.0.0.1:9", store=tmp_path / "kg2", check=False)
    assert bad.returncode != 0 and "no Dask scheduler answers there" in bad.stderr


@pytest.mark.remote
@pytest.mark.parametrize("kind", REMOTE_BACKENDS)
def test_cli_against_a_server(request, tmp_path: Path, kind: str, single_hash: str) -> None:
    open_backend(kind, request, tmp_path).close()  # cleared
    server = request.getfixturevalue("virtuoso" if kind == "virtuoso" else "oxigraph_server")
    remote = ("--endpoint", server.query_endpoint, "--update-endpoint", server.update_endpoint)
    if kind == "virtuoso":
        remote += ("--auth", server.auth)
    out = geokg("ingest", str(EXAMPLES), *remote)
    assert "8 added" in out.stdout
    again = geokg("ingest", str(EXAMPLES), *remote)
    assert "nothing to ingest: all 8 article(s)" in again.stdout
    stats = geokg("query", "stats", "--endpoint", server.query_endpoint, "--format", "csv").stdout
    assert stats.splitlines()[1].startswith("8,")
    with RemoteStore(server.query_endpoint) as rs:
        assert rs.canonical_hash() == single_hash
    denied = geokg("remove", "x", "--endpoint", server.query_endpoint, check=False)
    assert denied.returncode != 0 and "read-only; pass --update-endpoint" in denied.stderr


@pytest.mark.remote
def test_server_going_away_mid_ingest_loses_nothing(tmp_path: Path, single_hash: str) -> None:
    from tests import virtuoso as vt

    reason = vt.available()
    if reason:
        missing(reason)
    server = vt.start(tmp_path / "db")
    try:
        store = RemoteStore(server.query_endpoint, update_endpoint=server.update_endpoint, auth=server.auth, timeout=20)
        written: list[str] = []

        def stop_after_three(result) -> None:
            written.append(result.article.id)
            if len(written) == 3:
                server.stop()

        with pytest.raises(StoreError, match=r"cannot be reached|did not answer"):
            ingest_articles(store, read_articles([str(EXAMPLES)]), batch=1, on_result=stop_after_three)
        store.close()
    finally:
        server.stop()
    # the server comes back on its database: the three articles written are whole, a re-run does the rest
    server = vt.start(tmp_path / "db")
    try:
        store = RemoteStore(server.query_endpoint, update_endpoint=server.update_endpoint, auth=server.auth)
        assert len(store.article_graphs()) == 3
        report = ingest_articles(store, read_articles([str(EXAMPLES)]))
        assert (report.unchanged, report.added) == (3, 5)
        assert store.canonical_hash() == single_hash
        store.close()
    finally:
        server.stop()
