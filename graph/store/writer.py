"""Streaming writes into the embedded Oxigraph store: an article's quads go from its records into the store as
they are made, with no list of them in between (issue 21, item 6).

Each new article still goes in whole or not at all: its quads and their share of the merged default graph are
one Oxigraph transaction, so a crash (even SIGKILL) leaves no half article. Oxigraph keeps an open
transaction in memory (about 1 KB per quad written, measured in docs/performance.md), so that part of the
write phase grows with the article; ``--max-chars`` bounds it. Everything else is bounded: several new
articles share a transaction only while it stays under :data:`TRANSACTION_QUADS` quads, and the content of an
article that replaces a stored one is staged in transactions of :data:`STAGING_BATCH` quads (the staging graph
is invisible to queries and dropped after a crash).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import pyoxigraph as ox

from ingest.records import Extraction

from ..rdf.rdf import KnownEvent, N, iter_article_quads
from ..rdf.vocab import GEO

__all__ = ["STAGING_BATCH", "TRANSACTION_QUADS", "add_new", "graph_size", "stage", "with_merged"]

TRANSACTION_QUADS = 50_000
STAGING_BATCH = 10_000


def with_merged(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """Each quad followed by its triple in the merged default graph."""
    for q in quads:
        yield q
        yield ox.Quad(q.subject, q.predicate, q.object)


def graph_size(store: ox.Store, g: ox.NamedNode) -> int:
    """The number of quads in one named graph, counted without holding them."""
    return sum(1 for _ in store.quads_for_pattern(None, None, None, g))


def add_new(
    store: ox.Store,
    extractions: Iterable[Extraction],
    *,
    known_event: KnownEvent | None = None,
    max_quads: int = TRANSACTION_QUADS,
) -> Iterator[Extraction]:
    """Write articles that are not stored yet, in order, yielding each once its transaction is committed.

    A transaction holds whole articles only, and no more articles once it holds ``max_quads`` quads (one
    larger article goes alone). ``known_event`` (the store's lookup, or None not to merge events) also sees
    the events of the articles written before in the same transaction, as if each had been stored alone."""
    todo = iter(extractions)
    while written := _transaction(store, todo, known_event, max_quads):
        yield from written


def _transaction(
    store: ox.Store, todo: Iterator[Extraction], known_event: KnownEvent | None, max_quads: int
) -> list[Extraction]:
    """One transaction of the articles next in ``todo`` (none when it is empty); returns those written."""
    mention = N(GEO.mention)
    pending: set[ox.NamedNode] = set()  # events of the articles before, in this transaction
    written: list[Extraction] = []

    def known(event: ox.NamedNode) -> bool:
        return event in pending or (known_event is not None and known_event(event))

    def stream() -> Iterator[ox.Quad]:
        count = 0
        for extraction in todo:
            events: set[ox.NamedNode] = set()
            for q in iter_article_quads(extraction, known_event=known if known_event is not None else None):
                if q.predicate == mention:
                    events.add(q.subject)
                count += 1
                yield q
            pending.update(events)  # known to the next article, not to this one's own reports
            written.append(extraction)
            if count >= max_quads:
                return

    store.extend(with_merged(stream()))
    return written


def stage(store: ox.Store, staging: ox.NamedNode, quads: Iterable[ox.Quad], *, batch: int = STAGING_BATCH) -> int:
    """Write ``quads`` into the graph ``staging``, ``batch`` quads per transaction; returns how many were written."""
    it = iter(quads)
    n = 0
    while chunk := [ox.Quad(q.subject, q.predicate, q.object, staging) for q in islice(it, batch)]:
        store.extend(chunk)
        n += len(chunk)
    return n
