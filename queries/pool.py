"""A small pool of query worker processes for ``geokg serve``, driven from asyncio without blocking it.

Each worker is a child process that answers one job at a time (:mod:`queries.jobs`). It runs with

- a memory cap: the parent reads the worker's resident memory 20 times a second while a job runs and kills
  it past ``--max-memory``; the worker's address space is also limited (``RLIMIT_AS``, the cap plus
  :data:`ADDRESS_HEADROOM_MB` for the thread stacks and maps RocksDB reserves) as a backstop for a burst
  between two readings. Either way the client gets 503 naming ``--max-memory`` and a fresh worker takes
  the place of the old one;
- no network where the system allows it (its own empty network namespace, loopback down), so even a request
  the parser check let through could not connect anywhere;
- a timeout counted from the moment the job reaches a ready worker (not while it waits, nor while a worker
  starts): past it the worker is killed, 503 is answered, and a replacement starts at once.

Requests wait for a free worker in a bounded queue; when the queue is full, or the wait passes the timeout,
the answer is 503 with ``Retry-After``. Waiting happens in the event loop (``await``), the blocking pipe in
a thread per busy worker, so the page and static files keep answering while queries run.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import multiprocessing as mp
import os
import resource
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from .protocol import Outcome

__all__ = ["BusyError", "PoolConfig", "WorkerPool", "default_pool_size"]

log = logging.getLogger(__name__)

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
START_TIMEOUT = 120.0
ADDRESS_HEADROOM_MB = 1024
_POLL = 0.05
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class BusyError(Exception):
    """Every worker is busy and the queue is full (or the wait passed the timeout): answer 503."""


@dataclass(frozen=True, slots=True)
class PoolConfig:
    """How many workers, how long a job may run, how many rows and how much memory it may use."""

    store_path: str
    size: int = 2
    queue: int = 16
    timeout: float = 30.0
    max_rows: int = 10_000
    max_memory_mb: int = 2048
    isolate_network: bool = True


@dataclass(frozen=True, slots=True)
class _Ready:
    network_isolated: bool


def _isolate_network() -> bool:
    """Move this process into a network namespace of its own (no interfaces up); True when it worked."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    for flags in (_CLONE_NEWNET, _CLONE_NEWUSER | _CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return True
    return False


def _text(status: int, message: str) -> Outcome:
    return Outcome(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode())


def _worker_main(conn, config: PoolConfig) -> None:  # runs in the child process
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    isolated = _isolate_network() if config.isolate_network else False
    if config.max_memory_mb > 0:
        cap = (config.max_memory_mb + ADDRESS_HEADROOM_MB) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    from .jobs import run_job  # imported under the cap, so the cap covers the worker as a whole

    conn.send(_Ready(isolated))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            outcome = run_job(job, config.store_path, max_rows=config.max_rows)
        except MemoryError:
            outcome = _memory_outcome(config)
        except Exception as exc:  # reported to the client as a 500; the worker lives on
            outcome = _text(500, f"query failed: {type(exc).__name__}: {exc}")
        conn.send(outcome)


def _memory_outcome(config: PoolConfig) -> Outcome:
    return _text(
        503,
        f"the query needed more than the worker's memory cap of {config.max_memory_mb:,} MB and was stopped; "
        "narrow it (LIMIT, filters, no cross products) or start the server with a larger --max-memory",
    )


class _Worker:
    """One child process and its end of the pipe."""

    def __init__(self, config: PoolConfig) -> None:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        self.config = config
        self.proc = ctx.Process(target=_worker_main, args=(child, config), daemon=True, name="geokg-query-worker")
        self.proc.start()
        child.close()
        self.conn = parent
        if not parent.poll(START_TIMEOUT):
            self.kill()
            raise RuntimeError(f"a query worker did not start within {START_TIMEOUT:g} s")
        try:
            ready = parent.recv()
        except (EOFError, OSError) as exc:
            self.proc.join(5)
            code = self.proc.exitcode
            self.kill()
            raise RuntimeError(f"a query worker failed to start (exit code {code}); see the messages above") from exc
        self.network_isolated = ready.network_isolated

    @property
    def alive(self) -> bool:
        return self.proc.is_alive()

    def resident_mb(self) -> float | None:
        """The worker's resident memory in MB (None where /proc is not there)."""
        try:
            with open(f"/proc/{self.proc.pid}/statm", encoding="ascii") as fh:
                return int(fh.read().split()[1]) * _PAGE / 2**20
        except (OSError, ValueError, IndexError):
            return None

    def call(self, job: object) -> Outcome:
        """Send a job and wait for its answer at most the timeout, watching the worker's memory (blocking;
        called in a thread)."""
        config = self.config
        deadline = time.monotonic() + config.timeout
        try:
            self.conn.send(job)
            while (left := deadline - time.monotonic()) > 0:
                if self.conn.poll(min(_POLL, left)):
                    return self.conn.recv()
                used = self.resident_mb()
                if config.max_memory_mb > 0 and used is not None and used > config.max_memory_mb:
                    log.warning("query passed the %d MB memory cap; stopping its worker", config.max_memory_mb)
                    self.kill()
                    return _memory_outcome(config)
        except (EOFError, OSError, BrokenPipeError):
            self.proc.join(5)
            code = self.proc.exitcode
            self.kill()
            if code is not None and code in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV):
                return _memory_outcome(config)  # Rust aborts when an allocation fails under the cap
            return _text(500, f"the query worker stopped (exit code {code}); try again")
        log.warning("query passed the %.0f s timeout; stopping its worker", config.timeout)
        self.kill()
        return _text(503, f"query timed out after {config.timeout:g} s; narrow it (LIMIT, filters) or raise --timeout")

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.proc.kill()
            self.proc.join(5)
        with contextlib.suppress(OSError):
            self.conn.close()


START_WAIT = 30.0  # seconds a request waits for a replacement worker to start (a busy machine is slow)


class WorkerPool:
    """``await pool.run(job)`` answers a job in a free worker; see the module docstring for the rules."""

    def __init__(self, config: PoolConfig) -> None:
        self.config = config
        self._threads = ThreadPoolExecutor(max_workers=2 * config.size + 2, thread_name_prefix="geokg-pool")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: set[_Worker] = set()
        self._waiting = 0
        self._starting = 0  # replacements on their way: a request may wait for one even when the queue is 0
        self._tasks: set[asyncio.Task] = set()
        self._closed = False

    @property
    def network_isolated(self) -> bool | None:
        """Whether the running workers have no network (None before any started)."""
        workers = list(self._all)
        return all(w.network_isolated for w in workers) if workers else None

    async def start(self) -> None:
        """Start every worker (in threads) and wait until they are ready."""
        self._idle = asyncio.Queue()
        await asyncio.gather(*(self._add() for _ in range(self.config.size)))
        if not self.network_isolated:
            log.info("query workers run without a network namespace of their own; the parser check still applies")

    async def _add(self, *, counted: bool = False) -> None:
        loop = asyncio.get_running_loop()
        if not counted:
            self._starting += 1
        try:
            worker = await loop.run_in_executor(self._threads, _Worker, self.config)
        except (RuntimeError, OSError) as exc:
            log.error("could not start a query worker: %s", exc)
            return
        finally:
            self._starting -= 1
        if self._closed:
            worker.kill()
            return
        self._all.add(worker)
        self._idle.put_nowait(worker)

    def _replace(self, worker: _Worker) -> None:
        self._all.discard(worker)
        # counted now, not when the task first runs: a request that comes in between must see it on its way
        self._starting += 1
        task = asyncio.get_running_loop().create_task(self._add(counted=True))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def run(self, job: object) -> Outcome:
        """The job's outcome; :class:`BusyError` when no worker frees up in time or the queue is full."""
        if self._idle is None:
            await self.start()
        if self._idle.empty() and self._waiting >= self.config.queue + self._starting:
            raise BusyError(f"all {self.config.size} query workers are busy and {self._waiting} requests wait")
        self._waiting += 1
        # a worker on its way (after a timeout or a crash) takes a process start: wait for it that long at least
        wait = max(self.config.timeout, START_WAIT) if self._starting else self.config.timeout
        try:
            worker = await asyncio.wait_for(self._idle.get(), wait)
        except TimeoutError as exc:
            raise BusyError(f"no query worker was free within {wait:g} s") from exc
        finally:
            self._waiting -= 1
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._threads, worker.call, job)
        finally:
            if worker.alive and not self._closed:
                self._idle.put_nowait(worker)
            else:
                self._replace(worker)

    async def close(self) -> None:
        self._closed = True
        for worker in list(self._all):
            worker.kill()
        self._all.clear()
        self._threads.shutdown(wait=False, cancel_futures=True)


def default_pool_size() -> int:
    """Two workers, or one on a single-core machine."""
    return max(1, min(2, os.cpu_count() or 1))
