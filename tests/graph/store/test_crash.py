"""Killing an ingest with SIGKILL leaves a store with whole articles only; a re-run finishes the job."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.rdf.rdf import graph_of
from graph.store.store import Store
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

COUNTRIES = ["Iran", "Russia", "Ukraine", "China", "France", "Germany", "Poland", "Turkey", "Israel", "Egypt"]


def _articles(path: Path, n: int) -> None:
    with path.open("w", encoding="utf8") as fh:
        for i in range(n):
            a, b = COUNTRIES[i % 10], COUNTRIES[(i * 3 + 1) % 10]
            text = " ".join(f"{a} supplied drones to {b} on day {i}." for _ in range(20))
            fh.write(json.dumps({"id": f"a{i:05d}", "text": text, "published": "2025-01-01"}) + "\n")


def _ingest(articles: Path, store: Path) -> subprocess.Popen:
    env = {**os.environ, "GEOKG_STORE": str(store)}
    return subprocess.Popen(
        [sys.executable, "-m", "geokg", "ingest", str(articles), "--model", "blank"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _disk_size(path: Path) -> int:
    """Bytes under ``path`` while the store writes: RocksDB deletes compacted files between listing and stat."""
    total = 0
    for p in path.rglob("*") if path.exists() else ():
        try:
            total += p.stat().st_size if p.is_file() else 0
        except FileNotFoundError:
            continue
    return total


def _graph_sizes(store_dir: Path, ids: list[str]) -> dict[str, int]:
    with Store(store_dir, read_only=True) as store:
        return {i: len(list(store.oxigraph.quads_for_pattern(None, None, None, graph_of(i)))) for i in ids}


def test_sigkill_mid_ingest_leaves_whole_articles_and_rerun_completes(tmp_path: Path) -> None:
    articles = tmp_path / "a.jsonl"
    n = 600
    _articles(articles, n)
    ids = [f"a{i:05d}" for i in range(n)]

    clean = tmp_path / "clean"
    proc = _ingest(articles, clean)
    assert proc.wait(timeout=600) == 0, proc.stderr.read().decode()
    expected = _graph_sizes(clean, ids)
    with Store(clean, read_only=True) as store:
        clean_hash, clean_len = store.canonical_hash(), len(store)

    one = tmp_path / "one.jsonl"
    _articles(one, 1)
    base = tmp_path / "base"  # the background graph and one article: what a store holds before most articles
    assert _ingest(one, base).wait(timeout=600) == 0

    crashed = tmp_path / "crashed"
    proc = _ingest(articles, crashed)
    floor = _disk_size(base)
    target = floor + 0.4 * (_disk_size(clean) - floor)  # kill once the store holds a good part of the articles
    deadline = time.monotonic() + 300
    while _disk_size(crashed) < target and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed; make the corpus larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    sizes = _graph_sizes(crashed, ids)  # the store opens
    stored = [i for i in ids if sizes[i]]
    assert 0 < len(stored) < n, "the kill should land mid-ingest"
    assert all(sizes[i] == expected[i] for i in stored), "an article was stored partly"

    proc = _ingest(articles, crashed)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()
    assert f"{n - len(stored)} added" in out.decode() or f"ingested {n - len(stored)} article(s)" in out.decode()
    with Store(crashed, read_only=True) as store:
        assert (store.canonical_hash(), len(store)) == (clean_hash, clean_len)
