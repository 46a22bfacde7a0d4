"""``geokg serve``: the SPARQL 1.1 Protocol and a browsing page over a store (Starlette on uvicorn)."""

from __future__ import annotations

import hmac
import json
import logging
from pathlib import Path
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from graph.focus import Focus, focus
from graph.network import article_info, event_graph
from graph.store import Store
from graph.viz import render_html
from ingest.errors import GeoKGError

from .protocol import QueryRunner, forbidden_keyword
from .runner import format_result, list_queries, load_query, run_query

__all__ = ["ServerConfig", "create_app"]

log = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
PAGE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src data:"


class ServerConfig:
    """Options of ``geokg serve``; ``token`` is required for updates when ``allow_update`` is set."""

    def __init__(
        self,
        store_path: str | Path,
        *,
        timeout: float = 30.0,
        max_rows: int = 10_000,
        max_body: int = 1_000_000,
        allow_update: bool = False,
        token: str | None = None,
    ) -> None:
        if allow_update and not token:
            raise GeoKGError("--allow-update needs --token SECRET (clients send 'Authorization: Bearer SECRET')")
        self.store_path = Path(store_path)
        self.timeout = timeout
        self.max_rows = max_rows
        self.max_body = max_body
        self.allow_update = allow_update
        self.token = token


def _text(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message.rstrip("\n") + "\n", status_code=status)


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


def create_app(config: ServerConfig) -> Starlette:
    """The ASGI application: ``/sparql``, ``/``, ``/graph`` and ``/api/...``."""
    runner = QueryRunner(config.store_path, timeout=config.timeout, max_rows=config.max_rows)
    with Store(config.store_path, read_only=True):
        pass  # fail now, with geokg's message, when the store is missing

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
            return _update(request, update)
        if not query:
            return _text(400, "no query; pass ?query=SELECT ... (GET) or a query in the POST body")
        bad = forbidden_keyword(query)
        if bad:
            return _text(400, f"{bad} is not allowed on this server: it reaches outside the store")
        outcome = runner.run(query, accept=request.headers.get("accept", "*/*"), explicit=params.get("format"))
        headers = {"Cache-Control": "no-store"}
        status = outcome.status
        if outcome.truncated:
            status = 206
            headers["X-GeoKG-Truncated"] = str(config.max_rows)
        return Response(outcome.body, status_code=status, media_type=outcome.media_type, headers=headers)

    def _update(request: Request, update: str) -> Response:
        if not config.allow_update:
            return _text(403, "this server is read-only; start it with --allow-update --token SECRET to allow updates")
        sent = request.headers.get("authorization", "")
        if not hmac.compare_digest(sent.encode(), f"Bearer {config.token}".encode()):
            return _text(403, "updates need 'Authorization: Bearer TOKEN' with the server's --token")
        bad = forbidden_keyword(update)
        if bad:
            return _text(400, f"{bad} is not allowed on this server: it reaches outside the store")
        try:
            with Store(config.store_path) as store:
                store.apply_update(update)
        except SyntaxError as exc:
            return _text(400, f"SPARQL syntax error: {exc}; fix the update")
        return Response(status_code=204)

    async def index(request: Request) -> Response:
        page = (STATIC / "index.html").read_text(encoding="utf8")
        examples = {q.name: {"text": q.text, "description": q.description} for q in list_queries()}
        data = json.dumps(examples, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")
        page = page.replace("{{ examples_json }}", data.replace("&", "\\u0026"))
        return HTMLResponse(page, headers={"Content-Security-Policy": PAGE_CSP})

    async def graph_page(request: Request) -> Response:
        with Store(config.store_path, read_only=True) as store:
            focused = focus(event_graph(store), Focus())
            page = render_html(focused.graph, title="geokg graph", note=focused.note, articles=article_info(store))
        return HTMLResponse(page)

    async def actors(request: Request) -> Response:
        text = request.query_params.get("q", "")
        with Store(config.store_path, read_only=True) as store:
            result = run_query(store, load_query("search_actors"), {"text": text})
        rows = [{"iri": r[0].value, "label": r[1].value, "type": r[2].value if r[2] else ""} for r in result.rows]
        return JSONResponse(rows[:50])

    async def saved(request: Request) -> Response:
        name = request.path_params["name"]
        try:
            with Store(config.store_path, read_only=True) as store:
                query = load_query(name)
                result = run_query(store, query, dict(request.query_params))
        except GeoKGError as exc:
            return _text(400, str(exc))
        return Response(format_result(result, "json"), media_type="application/sparql-results+json")

    routes = [
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/", index),
        Route("/graph", graph_page),
        Route("/api/actors", actors),
        Route("/api/query/{name}", saved),
    ]
    app = Starlette(routes=routes, on_shutdown=[runner.close])
    app.state.config = config
    return app
