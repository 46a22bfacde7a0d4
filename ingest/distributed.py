"""Extraction on a Dask distributed cluster: each worker process loads the pipeline once, results stream
back to the caller in input order.

Install the extra first: ``pip install 'geokg[dask]'``. The scheduler address is what
``dask scheduler`` prints (``tcp://host:8786``); a :class:`distributed.Client` or ``LocalCluster`` works
too. A task whose worker dies is retried on another worker by Dask; when it cannot finish (the cluster
gives up, or the task raises) the article comes back as a :class:`~ingest.parallel.Failure`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import InputError
from .parallel import Failure, PipelineLoader, extract_one
from .records import Article, Extraction

__all__ = ["extract_dask"]

log = logging.getLogger(__name__)

_PIPELINES: dict[PipelineLoader, Any] = {}
_LOCK = threading.Lock()


def _extract_on_worker(article: Article, loader: PipelineLoader) -> Extraction:  # pragma: no cover - on workers
    """Runs on a Dask worker: the pipeline is loaded once per worker process and kept."""
    with _LOCK:
        nlp = _PIPELINES.get(loader)
        if nlp is None:
            nlp = _PIPELINES[loader] = loader()
        return extract_one(nlp, article)


def _client(address: Any):
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise InputError("--dask needs the 'distributed' package; install it with pip install 'geokg[dask]'") from exc
    if isinstance(address, Client):
        return address, False
    try:
        return Client(address, timeout="20s"), True
    except (OSError, TimeoutError) as exc:
        raise InputError(
            f"--dask {address}: no Dask scheduler answers there ({exc}); start one with 'dask scheduler' "
            "or check the address"
        ) from exc


def extract_dask(
    articles: Iterable[Article],
    address: Any,
    *,
    model: str | None = None,
    factory: str | None = None,
    window: int | None = None,
) -> Iterator[Extraction | Failure]:
    """Extract ``articles`` on a Dask cluster (a scheduler address or a ``Client``); yields in input order.

    At most ``window`` articles (default: 4 per worker thread) are submitted and not yet yielded, so
    neither the client nor the cluster holds the whole corpus.
    """
    from distributed import as_completed

    client, owned = _client(address)
    try:
        loader = PipelineLoader(model, factory)
        threads = sum(client.nthreads().values()) or 1
        window = window or 4 * threads
        source = iter(articles)
        futures: dict[Any, tuple[int, Article]] = {}
        done: dict[int, Extraction | Failure] = {}
        pool = as_completed()
        next_in = next_out = 0
        exhausted = False

        def submit() -> None:
            nonlocal next_in, exhausted
            while not exhausted and next_in - next_out < window:
                try:
                    article = next(source)
                except StopIteration:
                    exhausted = True
                    return
                future = client.submit(_extract_on_worker, article, loader, pure=False)
                futures[future] = (next_in, article)
                pool.add(future)
                next_in += 1

        submit()
        while not (exhausted and next_out == next_in):
            future = next(pool)
            seq, article = futures.pop(future)
            try:
                done[seq] = future.result()
            except Exception as exc:
                reason = f"failed on the Dask cluster ({type(exc).__name__}: {exc}); run again to retry it"
                log.warning("article %s: %s", article.id, reason)
                done[seq] = Failure(article, reason)
            future.release()
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            submit()
    finally:
        if owned:
            client.close()
