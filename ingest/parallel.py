"""Extraction in worker processes: one pipeline per worker, results in input order, faults isolated.

Each worker is a ``spawn``-started process that loads the pipeline once and then takes one article at a
time over its own pipe, so the parent always knows which article a worker holds. A worker that dies or
runs past the per-article timeout is killed and replaced, its article comes back as a :class:`Failure`,
and the rest goes on. Articles are read lazily from the input iterator and at most ``window`` of them are
in flight or waiting to be yielded, so memory does not grow with the corpus; inside each worker every
article is processed in a spaCy memory zone, so the vocabulary does not grow either.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from spacy.language import Language

from .errors import InputError
from .extract import extract
from .records import Article, Extraction

__all__ = ["Failure", "PipelineLoader", "WorkerPool", "extract_one", "extract_parallel"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Failure:
    """An article whose extraction did not finish: the worker crashed, hung or raised."""

    article: Article
    reason: str


@dataclass(frozen=True, slots=True)
class PipelineLoader:
    """A picklable recipe for the pipeline a worker loads once: ``load_pipeline(model)`` by default, or
    ``factory`` (an importable ``module:function`` taking the model) when given."""

    model: str | None = None
    factory: str | None = None

    def __call__(self) -> Language:
        if self.factory:
            import importlib

            module, _, name = self.factory.partition(":")
            return getattr(importlib.import_module(module), name)(self.model)
        from .pipeline import load_pipeline

        return load_pipeline(self.model)


def extract_one(nlp: Language, article: Article) -> Extraction:
    """One article through ``nlp`` inside a memory zone (strings made for it are freed afterwards)."""
    zone = getattr(nlp, "memory_zone", None)
    if zone is None:  # pragma: no cover - spaCy < 3.8
        return next(extract(nlp, [article]))
    with zone():
        return next(extract(nlp, [article]))


def _worker(loader: PipelineLoader, conn: Connection) -> None:  # pragma: no cover - runs in a child process
    logging.basicConfig(level=logging.WARNING)
    try:
        nlp = loader()
    except Exception as exc:
        conn.send(("load-error", None, f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", None, None))
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        seq, article = item
        try:
            conn.send(("ok", seq, extract_one(nlp, article)))
        except Exception as exc:
            conn.send(("error", seq, f"{type(exc).__name__}: {exc}"))


@dataclass
class _Slot:
    process: mp.process.BaseProcess
    conn: Connection
    ready: bool = False
    started: float = 0.0
    job: tuple[int, Article] | None = None


class WorkerPool:
    """Worker processes that each hold one pipeline. Use :func:`extract_parallel` unless you need the
    process ids (tests kill a worker through :attr:`pids`)."""

    def __init__(
        self, loader: PipelineLoader, *, workers: int, timeout: float = 120.0, load_timeout: float = 600.0
    ) -> None:
        if workers < 1:
            raise InputError(f"--workers {workers}: need at least 1 worker process; try --workers 2")
        self.loader = loader
        self.timeout = timeout
        self.load_timeout = load_timeout
        self._ctx = mp.get_context("spawn")
        self.slots = [self._start() for _ in range(workers)]

    def _start(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker, args=(self.loader, child), daemon=True, name="geokg-extract")
        process.start()
        child.close()
        return _Slot(process, parent, started=time.monotonic())

    @property
    def pids(self) -> list[int]:
        return [s.process.pid for s in self.slots if s.process.pid is not None]

    def _restart(self, i: int) -> None:
        slot = self.slots[i]
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        slot.conn.close()
        self.slots[i] = self._start()

    def close(self) -> None:
        for slot in self.slots:
            try:
                if slot.process.is_alive():
                    slot.conn.send(None)
            except OSError:
                pass
        for slot in self.slots:
            slot.process.join(5)
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(5)
            slot.conn.close()

    def run(self, articles: Iterable[Article], *, window: int | None = None) -> Iterator[Extraction | Failure]:
        """Extractions (or failures) in the order of ``articles``."""
        window = window or 4 * len(self.slots)
        source = iter(articles)
        queue: list[tuple[int, Article]] = []  # read, not yet sent
        done: dict[int, Extraction | Failure] = {}
        next_in = next_out = 0
        exhausted = False
        while True:
            # keep the window full: articles read but not yet yielded stay below ``window``
            while not exhausted and next_in - next_out < window:
                try:
                    queue.append((next_in, next(source)))
                    next_in += 1
                except StopIteration:
                    exhausted = True
            for slot in self.slots:
                if slot.ready and slot.job is None and queue:
                    slot.job = queue.pop(0)
                    slot.started = time.monotonic()
                    slot.conn.send(slot.job)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            if exhausted and next_out == next_in:
                return
            self._collect(done)

    def _collect(self, done: dict[int, Extraction | Failure]) -> None:
        """Wait briefly for messages; turn dead or overdue workers into failures and replace them."""
        ready = wait([s.conn for s in self.slots] + [s.process.sentinel for s in self.slots], timeout=0.5)
        for i, slot in enumerate(self.slots):
            if slot.conn in ready:
                try:
                    kind, seq, payload = slot.conn.recv()
                except (EOFError, OSError):
                    kind, seq, payload = "dead", None, None
                if kind == "ready":
                    slot.ready = True
                    continue
                if kind == "load-error":
                    raise InputError(f"the pipeline could not be loaded in a worker ({payload}); check --model")
                if kind in ("ok", "error") and slot.job is not None and seq == slot.job[0]:
                    article = slot.job[1]
                    done[seq] = payload if kind == "ok" else Failure(article, f"extraction failed: {payload}")
                    slot.job = None
                    continue
            overdue = slot.job is not None and time.monotonic() - slot.started > self.timeout
            loading_too_long = not slot.ready and time.monotonic() - slot.started > self.load_timeout
            if not slot.ready and not slot.process.is_alive():
                raise InputError(
                    f"a worker died while loading the pipeline (exit code {slot.process.exitcode}); check --model"
                )
            if loading_too_long:
                raise InputError(f"a worker did not load the pipeline within {self.load_timeout:.0f} s; check --model")
            if not slot.process.is_alive() or overdue:
                if slot.job is not None:
                    seq, article = slot.job
                    reason = (
                        f"timed out after {self.timeout:g} s (the worker was stopped); raise --timeout or drop it"
                        if overdue
                        else f"the worker process died (exit code {slot.process.exitcode}); run again to retry it"
                    )
                    log.warning("article %s: %s", article.id, reason)
                    done[seq] = Failure(article, reason)
                elif slot.ready:
                    log.warning("a worker process died (exit code %s); starting another", slot.process.exitcode)
                self._restart(i)


def extract_parallel(
    articles: Iterable[Article],
    *,
    model: str | Path | None = None,
    workers: int = 2,
    timeout: float = 120.0,
    factory: str | None = None,
    on_start: Callable[[WorkerPool], None] | None = None,
) -> Iterator[Extraction | Failure]:
    """Extract ``articles`` in ``workers`` processes; yields in input order.

    Examples
    --------
    >>> from ingest.records import Article
    >>> arts = [Article(id="a", text="Iran supplied drones to Russia.")]
    >>> [type(r).__name__ for r in extract_parallel(arts, model="blank", workers=1)]
    ['Extraction']
    """
    pool = WorkerPool(PipelineLoader(None if model is None else str(model), factory), workers=workers, timeout=timeout)
    try:
        if on_start is not None:
            on_start(pool)
        yield from pool.run(articles)
    finally:
        pool.close()
