"""Streaming writes (issue 21, item 6): an article's quads go from its records into the store without a list of
them, transactions hold whole articles only, and the graph is the same however the articles are grouped."""

from __future__ import annotations

import tracemalloc
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF

from graph.rdf.rdf import N, article_quads, graph_of, iter_article_quads
from graph.rdf.vocab import GEO
from graph.store.store import Store
from graph.store.writer import add_new, graph_size
from ingest import build_background
from ingest.records import Article, Extraction
from tests.conftest import relation

SENTENCE = "Iran supplied drones to Russia."


def _report(article_id: str, day: str, *, n: int = 1, every: int = 3) -> Extraction:
    """An article of ``n`` sentences, each reporting Iran supplying Russia, ``every`` days apart from ``day``."""
    first = date.fromisoformat(day)
    rels = [
        relation(
            SENTENCE,
            "Iran",
            "iran",
            "supply",
            "Russia",
            "russia",
            cameo="07",
            quad=2,
            goldstein=7.0,
            date=(first + timedelta(days=every * i)).isoformat(),
            offset=i * (len(SENTENCE) + 1),
        )
        for i in range(n)
    ]
    return Extraction(Article(id=article_id, text=" ".join([SENTENCE] * n), published=day), relations=rels)


def _events(store: Store, article_id: str) -> set[ox.NamedNode]:
    g = graph_of(article_id)
    return {q.subject for q in store.oxigraph.quads_for_pattern(None, N(RDF.type), N(GEO.Event), g)}


def test_writing_an_article_holds_no_list_of_its_quads(tmp_path: Path) -> None:
    ex = _report("long", "2020-01-01", n=2_000)
    quads = len(article_quads(ex))
    with Store(tmp_path / "kg") as store:
        tracemalloc.start()
        try:
            [outcome] = store.add_batch([ex])
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert outcome.quads == quads > 40_000
    # Python objects only (Oxigraph's own transaction is not traced): a list of the quads costs ~470 bytes each
    assert peak < 100 * quads, f"the write held {peak / quads:.0f} bytes of Python objects per quad"


def test_each_quad_comes_once(fixture_extractions) -> None:
    twice = _report("twice", "2025-03-01", n=2, every=0)  # one event, two reports
    for ex in [*fixture_extractions, twice, _report("long", "2020-01-01", n=300)]:
        quads = list(iter_article_quads(ex))
        assert len(quads) == len(set(quads)) == len(article_quads(ex))


def test_the_graph_is_the_same_however_articles_share_transactions(tmp_path: Path, fixture_extractions) -> None:
    # b and c report a's event a day later and earlier: they join it only if a is known when they are written
    articles = [
        *fixture_extractions,
        _report("a", "2025-03-01"),
        _report("b", "2025-03-02"),
        _report("c", "2025-02-28"),
    ]
    results = []
    for name, transaction_quads in [("together", 10**9), ("apart", 1)]:
        with Store(tmp_path / name) as store:
            store.transaction_quads = transaction_quads
            store.ensure_background(build_background())
            outcomes = store.add_batch(articles)
            results.append((store.canonical_hash(), outcomes))
    with Store(tmp_path / "one-by-one") as store:
        store.ensure_background(build_background())
        outcomes = [store.add(ex) for ex in articles]
        results.append((store.canonical_hash(), outcomes))
        assert _events(store, "a") == _events(store, "b") == _events(store, "c")  # one event, three reports
    assert results[0] == results[1] == results[2]
    assert [o.quads for o in results[0][1]] == [len(article_quads(ex)) for ex in articles]


@pytest.mark.parametrize(("max_quads", "stored"), [(10**9, []), (1, ["a"])])
def test_a_failed_transaction_leaves_none_of_its_articles(tmp_path: Path, max_quads: int, stored: list[str]) -> None:
    a, b = _report("a", "2025-03-01"), _report("b", "2025-04-01")
    calls = []

    def lookup(event) -> bool:  # a's report asks three times (same day, day before, day after), then b's
        calls.append(event)
        if len(calls) > 3:
            raise RuntimeError("stopped while writing b")
        return False

    with Store(tmp_path / "kg") as store:
        with pytest.raises(RuntimeError, match="while writing b"):
            list(add_new(store.oxigraph, [a, b], known_event=lookup, max_quads=max_quads))
        written = [ex.article.id for ex in (a, b) if graph_size(store.oxigraph, graph_of(ex.article.id))]
        assert written == stored
        for ex in (a, b):
            assert graph_size(store.oxigraph, graph_of(ex.article.id)) in (0, len(article_quads(ex)))
