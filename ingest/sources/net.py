"""Fetch one http(s) URL safely: public addresses only, timeouts, a size cap, few redirects, a clear agent.

The host is resolved once and the connection goes to that very address (the ``Host`` header and TLS
server name keep the host name), so a name that resolves to a public address when checked cannot point
somewhere else when connected (DNS rebinding). The address actually connected is checked again, and so is
every redirect hop. Loopback, private, link-local, shared, multicast and reserved addresses are refused
unless the policy allows private addresses. The body is read in pieces and reading stops at the cap, so a
page that never ends costs ``max_bytes`` and no more; a watchdog ends a fetch that outlasts its deadline.
"""

from __future__ import annotations

import http.client
import ipaddress
import logging
import re
import socket
import ssl
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit

from ..errors import InputError

__all__ = [
    "USER_AGENT",
    "FetchError",
    "FetchPolicy",
    "Fetched",
    "Opened",
    "blocked_reason",
    "fetch",
    "is_url",
    "open_url",
    "read_capped",
]

log = logging.getLogger(__name__)


def _version() -> str:
    try:
        return version("geokg")
    except PackageNotFoundError:  # a source tree that is not installed
        return "0"


USER_AGENT = f"geokg/{_version()} (+research; offline-first event coder)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, text/html;q=0.9, application/xhtml+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


class FetchError(InputError):
    """A URL could not be fetched, or was refused; the message is one line naming the URL and the fix."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How a URL may be fetched. ``timeout`` bounds connecting and each read; ``deadline`` the whole fetch.
    ``allowed_addresses``: addresses fetched from even when not public (one trusted server, not all)."""

    allow_private: bool = False
    allowed_addresses: frozenset[str] = frozenset()
    timeout: float = 15.0
    deadline: float = 60.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body with where it finally came from (after redirects) and when."""

    url: str
    requested: str
    content_type: str
    body: bytes
    fetched: str  # ISO 8601 date-time, UTC

    @property
    def charset(self) -> str | None:
        m = _CHARSET.search(self.content_type)
        return m.group(1) if m else None

    @property
    def media_type(self) -> str:
        return self.content_type.split(";", 1)[0].strip().lower()


def is_url(value: object) -> bool:
    """Whether a command-line argument names a URL (any scheme) rather than a file."""
    return isinstance(value, str) and re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value) is not None


def blocked_reason(ip: str) -> str | None:
    """Why ``ip`` may not be fetched from without ``allow_private`` (None: a public address)."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    for kind, hit in (
        ("a loopback", addr.is_loopback),
        ("a link-local", addr.is_link_local),
        ("an unspecified", addr.is_unspecified),
        ("a multicast", addr.is_multicast),
        ("a reserved", addr.is_reserved),
        ("a private", addr.is_private),
    ):
        if hit:
            return f"{kind} address ({addr})"
    if not addr.is_global:
        return f"a non-public address ({addr})"
    return None


def _canonical(ip: str) -> str:
    return str(ipaddress.ip_address(ip.split("%", 1)[0]))


def _check(url: str, ip: str, policy: FetchPolicy) -> None:
    """Refuse ``ip`` unless it is public or the policy allows it."""
    if policy.allow_private or _canonical(ip) in {_canonical(a) for a in policy.allowed_addresses}:
        return
    if why := blocked_reason(ip):
        raise FetchError(
            url,
            f"refused, the host resolves to {why}; geokg fetches public addresses only "
            "(pass --allow-address IP or --allow-private for a server you trust on your own network)",
        )


def _resolve(url: str, host: str, port: int, policy: FetchPolicy) -> tuple[str, ...]:
    """The addresses to connect to (in the resolver's order), after checking every one of them."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve host {host!r} ({exc}); check the URL and the network") from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise FetchError(url, f"host {host!r} has no address; check the URL")
    for ip in addresses:
        _check(url, ip, policy)
    return tuple(addresses)


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to the given addresses (the first that answers), with the host name kept for the
    ``Host`` header: the name is never resolved again."""

    def __init__(self, host: str, port: int, ips: tuple[str, ...], *, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.ips = ips

    def connect(self) -> None:
        error: OSError | None = None
        for ip in self.ips:
            try:
                self.sock = socket.create_connection((ip, self.port), self.timeout)
                break
            except OSError as exc:
                error = exc
        else:
            raise error or OSError("no address to connect to")
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _PinnedHTTPS(_PinnedHTTP):
    """As :class:`_PinnedHTTP`, over TLS with the host name for SNI and certificate checks."""

    default_port = http.client.HTTPS_PORT

    def __init__(self, host: str, port: int, ips: tuple[str, ...], *, timeout: float) -> None:
        super().__init__(host, port, ips, timeout=timeout)
        self.context = ssl.create_default_context()

    def connect(self) -> None:
        super().connect()
        self.sock = self.context.wrap_socket(self.sock, server_hostname=self.host)


class _Watchdog:
    """Shuts the current connection's socket once the deadline passes, so no slow server holds a fetch past
    it (each read is bounded by the timeout; this bounds them all together)."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self.conn: http.client.HTTPConnection | None = None
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def _fire(self) -> None:
        self.fired = True
        sock = self.conn.sock if self.conn is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self.timer.cancel()


@dataclass(slots=True)
class Opened:
    """An answer being read: where it finally came from (after redirects), its type, and the response."""

    url: str
    requested: str
    content_type: str
    fetched: str  # ISO 8601 date-time, UTC
    response: http.client.HTTPResponse
    watchdog: _Watchdog

    @property
    def media_type(self) -> str:
        return self.content_type.split(";", 1)[0].strip().lower()

    def stream(self) -> http.client.HTTPResponse:
        """The response to read as a stream of any length (a WARC): the deadline no longer applies, each read
        still has the timeout. Content-encoded answers are refused."""
        encoding = (self.response.getheader("Content-Encoding") or "identity").strip().lower()
        if encoding != "identity":
            raise FetchError(
                self.requested, f"the server sent it encoded as {encoding!r}; download it and pass the file"
            )
        self.watchdog.cancel()
        return self.response


def _decoder(url: str, encoding: str) -> zlib._Decompress | None:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(wbits=47)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise FetchError(url, f"the server sent content encoded as {encoding!r}, which geokg cannot read; save it first")


def _too_big(url: str, policy: FetchPolicy) -> FetchError:
    return FetchError(
        url,
        f"stopped reading at {policy.max_bytes:,} bytes (the page is larger or never ends); "
        "raise --max-mb if it is a real page",
    )


def _too_slow(url: str, policy: FetchPolicy) -> FetchError:
    return FetchError(url, f"took longer than {policy.deadline:g} s; raise --fetch-timeout if the server is slow")


def read_capped(opened: Opened, policy: FetchPolicy) -> bytes:
    """The whole body, decoded (gzip, deflate), or a :class:`FetchError` once it passes ``policy.max_bytes``
    or the deadline."""
    url, resp = opened.requested, opened.response
    length = resp.getheader("Content-Length")
    if length and length.isdigit() and int(length) > policy.max_bytes:
        raise _too_big(url, policy)
    decoder = _decoder(url, resp.getheader("Content-Encoding") or "")
    body = bytearray()
    while chunk := resp.read1(_CHUNK):
        pending = chunk
        while pending:
            if decoder is None:
                piece, pending = pending, b""
            else:
                piece = decoder.decompress(pending, policy.max_bytes - len(body) + 1)
                pending = decoder.unconsumed_tail
            body += piece
            if len(body) > policy.max_bytes:
                raise _too_big(url, policy)
        if opened.watchdog.fired:
            raise _too_slow(url, policy)
    if opened.watchdog.fired:
        raise _too_slow(url, policy)
    return bytes(body)


def _target(url: str) -> tuple[str, str, int, str]:
    """``(scheme, host, port, request target)`` of an http(s) URL."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(url, f"only http and https URLs are fetched, not {scheme}:; download it and pass the file")
    if not parts.hostname:
        raise FetchError(url, "the URL names no host; check it")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(url, f"bad port ({exc}); check the URL") from exc
    return scheme, parts.hostname, port, (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _request(url: str, policy: FetchPolicy, watchdog: _Watchdog) -> http.client.HTTPResponse:
    """Connect to the checked address and send the GET; the caller closes ``watchdog.conn``."""
    scheme, host, port, target = _target(url)
    ips = _resolve(url, host, port, policy)
    kind = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
    conn = kind(host, port, ips, timeout=policy.timeout)
    watchdog.conn = conn
    conn.connect()
    _check(url, conn.sock.getpeername()[0], policy)  # the address actually connected
    headers = {"User-Agent": policy.user_agent, "Accept": ACCEPT, "Accept-Encoding": "identity", "Connection": "close"}
    conn.request("GET", target, headers=headers)
    return conn.getresponse()


def _translated(url: str, exc: BaseException, policy: FetchPolicy, watchdog: _Watchdog) -> FetchError:
    if isinstance(exc, FetchError):
        return exc
    if watchdog.fired:
        return _too_slow(url, policy)
    if isinstance(exc, ssl.SSLError):
        return FetchError(url, f"TLS failed ({exc.reason or exc}); check the URL, or save the page and pass it")
    if isinstance(exc, TimeoutError):
        return FetchError(url, f"no answer within {policy.timeout:g} s; raise --fetch-timeout")
    return FetchError(url, f"fetch failed ({type(exc).__name__}: {exc}); check the URL and the network")


_NETWORK_ERRORS = (OSError, http.client.HTTPException, zlib.error)


@contextmanager
def open_url(url: str, *, policy: FetchPolicy) -> Iterator[Opened]:
    """GET ``url`` under ``policy``, following at most ``policy.max_redirects`` redirects (each hop checked
    anew), and hand over the answer to read. Errors, also those while reading it, are :class:`FetchError`
    with one line naming the URL, what went wrong and what to do."""
    fetched = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    watchdog = _Watchdog(policy.deadline)
    hops = 0
    current = url
    try:
        while True:
            try:
                resp = _request(current, policy, watchdog)
            except (*_NETWORK_ERRORS, FetchError) as exc:
                err = _translated(current, exc, policy, watchdog)
                if current == url:
                    raise err from exc
                raise FetchError(url, f"redirected to {current}, {err.reason}") from exc
            if resp.status in _REDIRECTS:
                location = resp.getheader("Location")
                if not location:
                    raise FetchError(url, f"HTTP {resp.status} redirect without a Location; check the URL")
                hops += 1
                if hops > policy.max_redirects:
                    raise FetchError(url, f"more than {policy.max_redirects} redirects; fetch the final URL directly")
                nxt = urljoin(current, location)
                log.info("%s: redirected to %s", current, nxt)
                if urlsplit(nxt).scheme.lower() not in ("http", "https"):
                    raise FetchError(url, f"redirected to {nxt}, which is not http or https; refused")
                watchdog.conn.close()
                current = nxt
                continue
            if not 200 <= resp.status < 300:
                raise FetchError(url, f"the server answered HTTP {resp.status} {resp.reason}; check the URL")
            ctype = resp.getheader("Content-Type") or ""
            try:
                yield Opened(current, url, ctype, fetched, resp, watchdog)
            except _NETWORK_ERRORS as exc:
                raise _translated(url, exc, policy, watchdog) from exc
            return
    finally:
        watchdog.cancel()
        if watchdog.conn is not None:
            watchdog.conn.close()


def fetch(url: str, *, policy: FetchPolicy) -> Fetched:
    """The body at ``url`` (at most ``policy.max_bytes``, within ``policy.deadline`` seconds); see
    :func:`open_url`."""
    with open_url(url, policy=policy) as opened:
        body = read_capped(opened, policy)
        return Fetched(opened.url, url, opened.content_type, body, opened.fetched)
