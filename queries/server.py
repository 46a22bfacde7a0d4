"""``geokg serve``: the SPARQL 1.1 Protocol and a browsing page over a store (Starlette on uvicorn).

Every query (``/sparql``, ``/graph``, ``/map``, ``/api/*``) runs in a pool of worker processes (:mod:`queries.pool`)
with a timeout, a row cap and a memory cap, and is checked from its parse before it runs
(:mod:`queries.guard`). Who may call the server is decided by :mod:`queries.origins`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import re
from pathlib import Path
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from graph.store.store import Store
from graph.viz import map_csp, templates
from ingest.errors import GeoKGError, StoreLockedError

from .guard import RequestKind, check_request
from .jobs import ActorsJob, GraphJob, MapJob, SavedJob, SparqlJob
from .origins import OriginGuard, OriginPolicy, host_names
from .pool import BusyError, PoolConfig, WorkerPool, default_pool_size
from .protocol import Outcome
from .runner import QUERY_DIR, list_queries

__all__ = ["ServerConfig", "create_app"]

log = logging.getLogger(__name__)

PAGE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src data:"
RETRY_AFTER = "2"
_SAVED_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")


class ServerConfig:
    """Options of ``geokg serve``; ``token`` is required for updates when ``allow_update`` is set."""

    def __init__(
        self,
        store_path: str | Path,
        *,
        host: str = "127.0.0.1",
        port: int = 8000,
        timeout: float = 30.0,
        max_rows: int = 10_000,
        max_body: int = 1_000_000,
        allow_update: bool = False,
        token: str | None = None,
        workers: int | None = None,
        queue: int = 16,
        max_memory_mb: int = 2048,
        allowed_hosts: tuple[str, ...] = (),
        cors_origins: tuple[str, ...] = (),
        isolate_network: bool = True,
    ) -> None:
        if allow_update and not token:
            raise GeoKGError("--allow-update needs --token SECRET (clients send 'Authorization: Bearer SECRET')")
        for value, flag in ((timeout, "--timeout"), (max_rows, "--max-rows"), (max_body, "--max-body")):
            if value <= 0:
                raise GeoKGError(f"{flag} {value} must be positive; pass a number above 0")
        if workers is not None and workers < 1:
            raise GeoKGError(f"--query-workers {workers} must be at least 1")
        if queue < 0:
            raise GeoKGError(f"--queue {queue} must be 0 or more")
        for origin in cors_origins:
            if not re.fullmatch(r"https?://[^/\s]+", origin.rstrip("/")):
                raise GeoKGError(
                    f"--cors-origin {origin!r} is not an origin; pass scheme://host[:port], e.g. http://localhost:5173"
                )
        self.store_path = Path(store_path)
        self.host = host
        self.port = port
        self.timeout = timeout
        self.max_rows = max_rows
        self.max_body = max_body
        self.allow_update = allow_update
        self.token = token
        self.workers = workers or default_pool_size()
        self.queue = queue
        self.max_memory_mb = max_memory_mb
        self.allowed_hosts = allowed_hosts
        self.cors_origins = tuple(o.rstrip("/") for o in cors_origins)
        self.isolate_network = isolate_network

    def pool_config(self) -> PoolConfig:
        return PoolConfig(
            str(self.store_path),
            size=self.workers,
            queue=self.queue,
            timeout=self.timeout,
            max_rows=self.max_rows,
            max_memory_mb=self.max_memory_mb,
            isolate_network=self.isolate_network,
        )

    def origin_policy(self) -> OriginPolicy:
        hosts = host_names(self.host, self.allowed_hosts)
        return OriginPolicy(hosts, self.port, frozenset(self.cors_origins))


def _text(status: int, message: str, **headers: str) -> PlainTextResponse:
    return PlainTextResponse(message.rstrip("\n") + "\n", status_code=status, headers=headers or None)


async def _read_body(request: Request, limit: int) -> bytes | None:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return body


def _response(outcome: Outcome, max_rows: int) -> Response:
    headers = {"Cache-Control": "no-store"}
    status = outcome.status
    if outcome.truncated:
        status = 206
        headers["X-GeoKG-Truncated"] = str(max_rows)
    return Response(outcome.body, status_code=status, media_type=outcome.media_type, headers=headers)


def _saved_names() -> set[str]:
    return {p.stem for p in QUERY_DIR.glob("*.rq")}


def create_app(config: ServerConfig) -> Starlette:
    """The ASGI application: ``/sparql``, ``/``, ``/graph``, ``/map`` and ``/api/...``."""
    with Store(config.store_path, read_only=True):
        pass  # fail now, with geokg's message, when the store is missing
    pool = WorkerPool(config.pool_config())
    write_lock = asyncio.Lock()

    async def answer(job: object) -> Response:
        try:
            outcome = await pool.run(job)
        except BusyError as exc:
            return _text(503, f"{exc}; try again shortly", **{"Retry-After": RETRY_AFTER})
        return _response(outcome, config.max_rows)

    async def sparql(request: Request) -> Response:
        query = update = None
        params = request.query_params
        if request.method == "GET":
            query = params.get("query")
            if "update" in params:
                return _text(405, "updates go by POST; send update=... in a form body or application/sparql-update")
        else:
            body = await _read_body(request, config.max_body)
            if body is None:
                return _text(413, f"request body over {config.max_body:,} bytes; send a shorter query")
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype == "application/x-www-form-urlencoded":
                form = parse_qs(body.decode("utf8", "replace"), keep_blank_values=True)
                query = (form.get("query") or [None])[0]
                update = (form.get("update") or [None])[0]
            elif ctype == "application/sparql-query":
                query = body.decode("utf8", "replace")
            elif ctype == "application/sparql-update":
                update = body.decode("utf8", "replace")
            else:
                return _text(
                    415,
                    f"content type {ctype or 'none'!r} is not a SPARQL request; use application/sparql-query, "
                    "application/sparql-update or application/x-www-form-urlencoded",
                )
        if update is not None:
            return await _update(request, update)
        if not query:
            return _text(400, "no query; pass ?query=SELECT ... (GET) or a query in the POST body")
        return await answer(SparqlJob(query, request.headers.get("accept", "*/*"), params.get("format")))

    async def _update(request: Request, update: str) -> Response:
        if not config.allow_update:
            return _text(403, "this server is read-only; start it with --allow-update --token SECRET to allow updates")
        sent = request.headers.get("authorization", "")
        if not hmac.compare_digest(sent.encode(), f"Bearer {config.token}".encode()):
            return _text(403, "updates need 'Authorization: Bearer TOKEN' with the server's --token")
        if write_lock.locked():
            return _text(503, "another update is being written; try again shortly", **{"Retry-After": RETRY_AFTER})
        async with write_lock:
            try:
                await run_in_threadpool(_write, update)
            except StoreLockedError:
                return _text(
                    503,
                    f"store {config.store_path} is being written by another process (an ingest?); "
                    "try again when it has finished",
                    **{"Retry-After": RETRY_AFTER},
                )
            except GeoKGError as exc:
                return _text(400, str(exc))
        return Response(status_code=204)

    def _write(update: str) -> None:
        checked = check_request(update, kind=RequestKind.UPDATE)
        with Store(config.store_path) as store:
            store.apply_update(checked.text)

    async def index(request: Request) -> Response:
        examples = {q.name: {"text": q.text, "description": q.description} for q in list_queries()}
        page = templates("queries", "static").get_template("index.html").render(examples=examples)
        return HTMLResponse(page, headers={"Content-Security-Policy": PAGE_CSP})

    async def graph_page(request: Request) -> Response:
        return await answer(GraphJob())

    async def map_page(request: Request) -> Response:
        response = await answer(MapJob())
        if response.status_code in (200, 206):  # the page's own policy, also as a header (it may frame only here)
            response.headers["Content-Security-Policy"] = map_csp() + "; frame-ancestors 'self'"
        return response

    async def actors(request: Request) -> Response:
        return await answer(ActorsJob(request.query_params.get("q", "")))

    async def saved(request: Request) -> Response:
        name = request.path_params["name"]
        if not _SAVED_NAME.fullmatch(name) or name not in _saved_names():
            valid = ", ".join(sorted(_saved_names()))
            return _text(400, f"unknown saved query; use one of: {valid}")
        return await answer(SavedJob(name, dict(request.query_params)))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        await pool.start()
        isolated = pool.network_isolated
        log.info("query workers: %d, network isolated: %s", config.workers, isolated)
        try:
            yield
        finally:
            await pool.close()

    routes = [
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/", index),
        Route("/graph", graph_page),
        Route("/map", map_page),
        Route("/api/actors", actors),
        Route("/api/query/{name}", saved),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[Middleware(OriginGuard, policy=config.origin_policy())],
    )
    app.state.config = config
    app.state.pool = pool
    return app
