"""Who may talk to ``geokg serve``: an ASGI middleware that checks ``Host``, ``Origin`` and ``Sec-Fetch-Site``.

- ``Host`` must name the server: the host it was started on (``127.0.0.1`` also answers to ``localhost`` and
  ``[::1]``) or one given with ``--allowed-host``. This stops DNS rebinding, where a hostile name is made to
  resolve to 127.0.0.1.
- A request a browser sends from another origin is refused (403), unless that origin was allowed with
  ``--cors-origin``. Browsers mark such requests with ``Origin`` (POST, and every CORS request) and with
  ``Sec-Fetch-Site`` (every request, ``no-cors`` ones included); two loopback ports are different origins
  even though they are the same site. Opening the page from a link (a top-level navigation) is allowed.
- Updates (POST with ``update=`` or ``application/sparql-update``) are never taken from another origin.
- CORS headers go only to the allowed origins; preflights from them are answered.

Clients that are not browsers (curl, SPARQLWrapper, rdflib) send none of these headers and pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ["OriginGuard", "OriginPolicy", "host_names"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")
_PAGES = ("/", "/graph")  # what a link from elsewhere may open
_CORS_METHODS = "GET, POST, OPTIONS"
_CORS_HEADERS = "Accept, Content-Type, Authorization"


def host_names(host: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The names a server bound to ``host`` answers to: the host itself, loopback aliases for a loopback
    host, and the extra names given (``--allowed-host``)."""
    names = {host.strip("[]").lower()}
    if names & set(LOOPBACK):
        names |= set(LOOPBACK)
    names |= {h.strip("[]").lower() for h in extra}
    return frozenset(names)


def _split_host(value: str) -> tuple[str, int | None]:
    """``host[:port]`` (IPv6 in brackets) into a lower-case name and a port."""
    try:
        parts = urlsplit("//" + value)
        return (parts.hostname or "").lower(), parts.port
    except ValueError:
        return "", None


@dataclass(frozen=True, slots=True)
class OriginPolicy:
    """The host names and port the server answers on, and the origins allowed to use it from a browser."""

    hosts: frozenset[str]
    port: int
    cors_origins: frozenset[str] = frozenset()

    def own_origin(self, origin: str) -> bool:
        parts = urlsplit(origin)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            return False
        return parts.scheme == "http" and (parts.hostname or "").lower() in self.hosts and port == self.port

    def allowed_origin(self, origin: str) -> bool:
        return origin.rstrip("/") in self.cors_origins


def _refuse(status: int, message: str) -> Response:
    return PlainTextResponse(message + "\n", status_code=status)


def _is_update(scope: Scope, headers: Headers) -> bool:
    if scope["method"] != "POST":
        return False
    ctype = headers.get("content-type", "").split(";")[0].strip().lower()
    return ctype in ("application/sparql-update", "application/x-www-form-urlencoded") and scope["path"] == "/sparql"


class OriginGuard:
    """ASGI middleware applying an :class:`OriginPolicy` (see the module docstring)."""

    def __init__(self, app: ASGIApp, *, policy: OriginPolicy) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        refusal, cors = self.check(scope, headers)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        if cors is None:
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS":
            preflight = Response(status_code=204, headers={**cors, "Access-Control-Max-Age": "600"})
            preflight.headers["Access-Control-Allow-Methods"] = _CORS_METHODS
            preflight.headers["Access-Control-Allow-Headers"] = _CORS_HEADERS
            await preflight(scope, receive, send)
            return

        async def send_with_cors(message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message.get("headers", []),
                    *((k.lower().encode(), v.encode()) for k, v in cors.items()),
                ]
            await send(message)

        await self.app(scope, receive, send_with_cors)

    def check(self, scope: Scope, headers: Headers) -> tuple[Response | None, dict[str, str] | None]:
        """A refusal (or None) and the CORS headers to add (None when the request is not cross-origin)."""
        policy = self.policy
        host, _ = _split_host(headers.get("host", ""))
        if host not in policy.hosts:
            shown = headers.get("host", "") or "none"
            return _refuse(
                400,
                f"this server does not answer to host {shown!r}; it answers to {', '.join(sorted(policy.hosts))} "
                "(start it with --allowed-host NAME to add one)",
            ), None
        origin = headers.get("origin")
        site = headers.get("sec-fetch-site", "").lower()
        if origin is not None and origin != "null" and policy.own_origin(origin):
            return None, None
        cross = origin is not None or site in ("cross-site", "same-site")
        if not cross:
            return None, None
        navigation = headers.get("sec-fetch-mode") == "navigate" and scope["method"] == "GET"
        if origin is None and navigation and scope["path"] in _PAGES:
            return None, None  # a link from elsewhere opens the page; its own requests are same-origin
        if origin is not None and policy.allowed_origin(origin) and not _is_update(scope, headers):
            return None, {"Access-Control-Allow-Origin": origin.rstrip("/"), "Vary": "Origin"}
        if origin is not None and policy.allowed_origin(origin):
            return _refuse(403, f"updates are not taken from another origin ({origin}); send them from a client"), None
        named = (
            origin if origin not in (None, "null") else f"a page of another origin (Sec-Fetch-Site: {site or 'none'})"
        )
        return _refuse(
            403,
            f"cross-origin request from {named} refused; start the server with --cors-origin ORIGIN to allow a "
            "page of yours to query it",
        ), None
