"""Extraction in worker processes: one pipeline per worker, results in input order, faults isolated.

Each worker is a ``spawn``-started process that loads the pipeline once and then works through the
articles queued on its own pipe (``depth`` at a time, in order), so the parent always knows which article
a worker holds. A feeder thread in the parent keeps the workers busy while the caller writes results. A
worker that dies or runs past the per-article timeout is killed and replaced, its article comes back as a
:class:`Failure`, the articles queued behind it go to the next free worker, and the rest goes on.
Articles are read lazily from the input iterator and at most ``window`` of them are in flight or waiting
to be yielded, so memory does not grow with the corpus; inside each worker every article is processed in
a spaCy memory zone, so the vocabulary does not grow either.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
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
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it stops the pool and says so
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


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ignore SIGINT while a worker is spawned, so that Ctrl-C reaches only the parent (which then stops the
    pool and says so in one line); outside the main thread this is a no-op."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@dataclass
class _Slot:
    process: mp.process.BaseProcess
    conn: Connection
    ready: bool = False
    started: float = 0.0  # when the head job started (or the worker, while it loads)
    jobs: deque[tuple[int, Article]] = field(default_factory=deque)  # sent, in the worker's order


class _End:
    """Marks the end of the results on the hand-over queue."""


class WorkerPool:
    """Worker processes that each hold one pipeline. Use :func:`extract_parallel` unless you need the
    process ids (tests kill a worker through :attr:`pids`).

    A feeder thread keeps every worker busy (``depth`` articles queued on each) while the caller works
    on the results it has been given, e.g. writing them to a store.
    """

    def __init__(
        self,
        loader: PipelineLoader,
        *,
        workers: int,
        timeout: float = 120.0,
        load_timeout: float = 600.0,
        depth: int = 2,
    ) -> None:
        if workers < 1:
            raise InputError(f"--workers {workers}: need at least 1 worker process; try --workers 2")
        self.loader = loader
        self.timeout = timeout
        self.load_timeout = load_timeout
        self.depth = max(1, depth)
        self._ctx = mp.get_context("spawn")
        self.slots = [self._start() for _ in range(workers)]

    def _start(self) -> _Slot:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker, args=(self.loader, child), daemon=True, name="geokg-extract")
        with _sigint_ignored():  # the child starts with Ctrl-C ignored (kept across exec), before Python's handler
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
        """Extractions (or failures) in the order of ``articles``; at most ``window`` articles are read
        but not yet handed to the caller."""
        window = max(window or 8 * len(self.slots), self.depth * len(self.slots))
        room = threading.Semaphore(window)
        handover: queue.SimpleQueue[Extraction | Failure | BaseException | type[_End]] = queue.SimpleQueue()
        stop = threading.Event()
        feeder = threading.Thread(
            target=self._feed, args=(iter(articles), room, handover, stop), name="geokg-feeder", daemon=True
        )
        feeder.start()
        try:
            while True:
                item = handover.get()
                if item is _End:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item  # type: ignore[misc]
                room.release()
        finally:
            stop.set()
            feeder.join()

    def _feed(
        self,
        source: Iterator[Article],
        room: threading.Semaphore,
        handover: queue.SimpleQueue,
        stop: threading.Event,
    ) -> None:
        """The feeder thread: read articles while there is room, keep workers busy, hand results over in order."""
        try:
            waiting: deque[tuple[int, Article]] = deque()  # read, not yet sent
            done: dict[int, Extraction | Failure] = {}
            next_in = next_out = 0
            exhausted = False
            source_error: Exception | None = None
            while not stop.is_set():
                while not exhausted and room.acquire(blocking=False):
                    try:
                        waiting.append((next_in, next(source)))
                        next_in += 1
                    except StopIteration:
                        room.release()
                        exhausted = True
                    except Exception as exc:  # the input failed: finish what was read, then raise it
                        room.release()
                        exhausted, source_error = True, exc
                for slot in self.slots:
                    while slot.ready and len(slot.jobs) < self.depth and waiting:
                        job = waiting.popleft()
                        if not slot.jobs:
                            slot.started = time.monotonic()
                        slot.jobs.append(job)
                        slot.conn.send(job)
                while next_out in done:
                    handover.put(done.pop(next_out))
                    next_out += 1
                if exhausted and next_out == next_in:
                    if source_error is not None:
                        handover.put(source_error)
                    break
                # nothing to send and no room to read more: poll soon, the caller may free room any moment
                starved = not waiting and not exhausted and any(s.ready and not s.jobs for s in self.slots)
                self._collect(done, waiting, 0.02 if starved else 0.5)
        except BaseException as exc:  # handed to the caller's thread, raised there
            handover.put(exc)
        handover.put(_End)

    def _collect(
        self, done: dict[int, Extraction | Failure], waiting: deque[tuple[int, Article]], timeout: float
    ) -> None:
        """Wait briefly for messages; turn dead or overdue workers into failures and replace them."""
        ready = wait([s.conn for s in self.slots] + [s.process.sentinel for s in self.slots], timeout=timeout)
        for i, slot in enumerate(self.slots):
            if slot.conn in ready:
                try:
                    while True:  # drain: a worker may have finished several queued articles
                        kind, seq, payload = slot.conn.recv()
                        if kind == "ready":
                            slot.ready = True
                        elif kind == "load-error":
                            raise InputError(f"the pipeline could not be loaded in a worker ({payload}); check --model")
                        elif kind in ("ok", "error") and slot.jobs and seq == slot.jobs[0][0]:
                            article = slot.jobs.popleft()[1]
                            done[seq] = payload if kind == "ok" else Failure(article, f"extraction failed: {payload}")
                            slot.started = time.monotonic()  # the next queued article starts now
                        if not slot.conn.poll():
                            break
                except (EOFError, OSError):
                    pass
            overdue = bool(slot.jobs) and time.monotonic() - slot.started > self.timeout
            loading_too_long = not slot.ready and time.monotonic() - slot.started > self.load_timeout
            if not slot.ready and not slot.process.is_alive():
                raise InputError(
                    f"a worker died while loading the pipeline (exit code {slot.process.exitcode}); check --model"
                )
            if loading_too_long:
                raise InputError(f"a worker did not load the pipeline within {self.load_timeout:.0f} s; check --model")
            if not slot.process.is_alive() or overdue:
                if slot.jobs:
                    seq, article = slot.jobs.popleft()
                    reason = (
                        f"timed out after {self.timeout:g} s (the worker was stopped); raise --timeout or drop it"
                        if overdue
                        else f"the worker process died (exit code {slot.process.exitcode}); run again to retry it"
                    )
                    log.warning("article %s: %s", article.id, reason)
                    done[seq] = Failure(article, reason)
                    waiting.extendleft(reversed(slot.jobs))  # queued behind it, never started: send again
                    slot.jobs.clear()
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
    window: int | None = None,
    on_start: Callable[[WorkerPool], None] | None = None,
) -> Iterator[Extraction | Failure]:
    """Extract ``articles`` in ``workers`` processes; yields in input order, reading at most ``window``
    articles ahead of the caller (default 8 per worker).

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
        yield from pool.run(articles, window=window)
    finally:
        pool.close()
