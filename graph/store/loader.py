"""Stream articles through extraction (in-process, worker processes or Dask) into a store.

One writer: whatever runs the extraction, results come back in input order and are written in batches
(one transaction per batch of new articles), so the graph is the same as a single-process run. A batch ends
at ``batch`` articles or ``batch_chars`` characters of text, whichever comes first, so a run of long articles
is not held in memory all at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ingest import Article, Skipped, build_background, extract, load_pipeline
from ingest.parallel import Failure, extract_parallel
from ingest.records import Extraction

from .protocol import GraphStore

__all__ = ["IngestReport", "ingest_articles"]

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What one ingest run did: counts per outcome, the inputs skipped and the articles that failed."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.added + self.replaced


BATCH_CHARS = 1_000_000


def _chars(item: Any) -> int:
    article = item if isinstance(item, Article) else getattr(item, "article", None)
    return len(article.text) if isinstance(article, Article) else 0


def _batched(items: Iterable[Any], size: int, chars: int = BATCH_CHARS) -> Iterator[list[Any]]:
    """Lists of at most ``size`` items, ended early once their articles add up to ``chars`` characters."""
    batch: list[Any] = []
    total = 0
    for item in items:
        batch.append(item)
        total += _chars(item)
        if len(batch) >= size or total >= chars:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def ingest_articles(
    store: GraphStore,
    items: Iterable[Article | Skipped],
    *,
    model: str | None = None,
    workers: int = 1,
    dask: Any = None,
    timeout: float = 120.0,
    force: bool = False,
    batch: int = 32,
    batch_chars: int = BATCH_CHARS,
    factory: str | None = None,
    on_result: Callable[[Extraction | Failure], None] | None = None,
) -> IngestReport:
    """Extract and store ``items`` (from :func:`ingest.read_articles`), streaming.

    Unchanged articles are skipped by content hash before any extraction. ``workers > 1`` extracts in
    that many processes, ``dask`` (a scheduler address or a ``distributed.Client``) on a Dask cluster.
    ``on_result`` sees each extraction or failure as it is written (progress bars, notes). A batch is written
    at ``batch`` articles or once its articles hold ``batch_chars`` characters.
    """
    report = IngestReport()
    store.ensure_background(build_background())

    def todo() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Skipped):
                report.skipped.append(item)
            elif not force and store.is_current(item.id, item.hash):
                report.unchanged += 1
            else:
                yield item

    results: Iterable[Extraction | Failure]
    if dask is not None:
        from ingest.distributed import extract_dask

        results = extract_dask(todo(), dask, model=model, factory=factory)
    elif workers > 1 or factory is not None:
        results = extract_parallel(
            todo(), model=model, workers=workers, timeout=timeout, factory=factory, window=batch + 8 * workers
        )
    else:
        results = _in_process(todo(), model)
    wrote = False
    for chunk in _batched(results, batch, batch_chars):
        good = [r for r in chunk if isinstance(r, Extraction)]
        report.failed.extend(r for r in chunk if isinstance(r, Failure))
        for outcome in store.add_batch(good, force=True):
            if outcome.status == "added":
                report.added += 1
            elif outcome.status == "replaced":
                report.replaced += 1
        wrote = wrote or bool(good)
        if on_result is not None:
            for r in chunk:
                on_result(r)
    if wrote:
        store.optimize()
    return report


def _in_process(articles: Iterable[Article], model: str | None) -> Iterator[Extraction]:
    """Extraction in this process; the pipeline is loaded only when there is an article to extract."""
    it = iter(articles)
    first = next(it, None)
    if first is None:
        return
    nlp = load_pipeline(model)

    def again() -> Iterator[Article]:
        yield first
        yield from it

    # strings made for a chunk of articles are freed after it (spaCy memory zones): the vocabulary stays flat
    for chunk in _batched(again(), 64, 4 * BATCH_CHARS):
        with nlp.memory_zone():
            yield from extract(nlp, chunk)
