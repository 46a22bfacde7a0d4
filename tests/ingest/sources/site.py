"""A small news site on loopback for the source tests: feeds, pages, hostile inputs and a WARC file.

Everything it serves is made up here (short news-style sentences written for these tests). The server is a
real ``http.server`` in a thread on 127.0.0.1; nothing reaches outside.
"""

from __future__ import annotations

import gzip as gz
import io
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta name="date" content="{date}"><meta property="og:site_name" content="Harbour Wire"></head>
<body><nav>Home | World | Sign in</nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>Cookie settings | Contact the newsroom</footer></body></html>"""

FISHING = (
    "Norway and Iceland signed an accord on Tuesday to share cod quotas in the northern sea.",
    "The agreement ends a dispute that had kept trawlers from both countries in port for two seasons.",
    "Officials in Reykjavik said inspectors would meet every quarter to review the catch.",
)
RAIL = (
    "Kenya and Uganda agreed on Friday to finish the rail link between Nairobi and Kampala by next year.",
    "Engineers from both countries will share the cost of the last stretch of track near the border.",
)
TALKS = "Armenia and Azerbaijan resumed border talks in Tbilisi on Wednesday."
GRAIN = "Turkey said on Wednesday that grain ships could again leave the port of Odesa."


def page(title: str, date: str, paragraphs: tuple[str, ...]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return PAGE.format(title=title, date=date, paragraphs=body).encode("utf8")


def rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Wire World Desk</title><link>{base}/</link><description>World news</description>
<item><title>Coastal states sign fishing accord</title><link>{base}/news/fishing-accord.html</link>
<guid isPermaLink="false">hw-101</guid><pubDate>Tue, 04 Mar 2025 08:15:00 GMT</pubDate>
<description>&lt;p&gt;{FISHING[0]}&lt;/p&gt;</description></item>
<item><title>Border talks resume</title><link>{base}/news/border-talks.html</link><guid>hw-102</guid>
<pubDate>Wed, 05 Mar 2025 17:40:00 GMT</pubDate><description>Short teaser only.</description>
<content:encoded><![CDATA[<p>{TALKS}</p><script>track("talks")</script>]]></content:encoded></item>
<item><title>Photo gallery: spring in the port</title><link>{base}/gallery/spring.html</link></item>
</channel></rss>""".encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Plains Daily</title><id>tag:plains.example,2025:feed</id>
<updated>2025-04-02T09:00:00Z</updated>
<entry><title>Rail link deadline set</title><id>tag:plains.example,2025:7</id>
<link href="{base}/news/rail-link.html"/><updated>2025-04-01T12:00:00Z</updated>
<summary type="html">&lt;p&gt;{RAIL[0]}&lt;/p&gt;</summary></entry>
<entry><title>Grain corridor reopens</title><id>tag:plains.example,2025:8</id>
<link href="{base}/news/grain.html"/><published>2025-04-02T07:30:00Z</published>
<content type="html">&lt;p&gt;{GRAIN}&lt;/p&gt;</content>
</entry></feed>""".encode()


def big_rss(items: int) -> bytes:
    rows = "".join(
        f"<item><title>Bulletin {i}</title><link>http://wire.example/b/{i}</link><guid>b{i}</guid>"
        f"<description>Harbour officials logged ship number {i} arriving before dawn.</description></item>"
        for i in range(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bulletins</title>{rows}</channel></rss>'.encode()


LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY a "ha ha ha ha ha ha ha ha ha ha">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><title>&f;</title><description>&f;</description></item></channel></rss>"""


def xxe(secret_path: str) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret_path}">]>
<rss version="2.0"><channel><title>Leaky</title>
<item><title>Leak</title><description>Contents: &leak;</description></item></channel></rss>""".encode()


def xxe_parameter(secret_path: str) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % remote SYSTEM "file://{secret_path}"> %remote;]>
<rss version="2.0"><channel><title>Leaky</title>
<item><title>Leak</title><description>Nothing here.</description></item></channel></rss>""".encode()


@dataclass(frozen=True)
class WarcRecord:
    url: str
    date: str
    content_type: str
    body: bytes
    kind: str = "response"


WARC_RECORDS = (
    WarcRecord("https://wire.example/news/fishing-accord", "2025-03-04T09:00:00Z", "text/html; charset=utf-8",
               page("Coastal states sign fishing accord", "2025-03-04", FISHING)),
    WarcRecord("https://wire.example/logo.png", "2025-03-04T09:00:01Z", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    WarcRecord("https://plains.example/news/rail-link", "2025-04-01T12:30:00Z", "text/html",
               page("Rail link deadline set", "", RAIL)),
    WarcRecord("urn:text:talks", "2025-03-05T18:00:00Z", "text/plain", TALKS.encode(), kind="resource"),
)  # fmt: skip


def warc(records: tuple[WarcRecord, ...] = WARC_RECORDS, *, gzip: bool = True) -> bytes:
    """A WARC file written with warcio: each record, with a request record before every response."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for rec in records:
        headers = {"WARC-Date": rec.date}
        if rec.kind == "response":
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", urlsplit(rec.url).netloc)], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(rec.url, "request", http_headers=req, warc_headers_dict=headers)
            )
            http = StatusAndHeaders("200 OK", [("Content-Type", rec.content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                rec.url, "response", payload=io.BytesIO(rec.body), http_headers=http, warc_headers_dict=headers
            )
        else:
            record = writer.create_warc_record(
                rec.url,
                rec.kind,
                payload=io.BytesIO(rec.body),
                warc_content_type=rec.content_type,
                warc_headers_dict=headers,
            )
        writer.write_record(record)
    return buf.getvalue()


Route = Callable[[BaseHTTPRequestHandler], None]


def _send(handler: BaseHTTPRequestHandler, body: bytes, content_type: str, status: int = 200) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    handler.wfile.write(b"<html><body>")
    chunk = b"<p>The harbour master kept reading out arrivals.</p>" * 1000
    for _ in range(20_000):  # about 1 GB, should the reader never stop
        handler.wfile.write(chunk)


def _trickle(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(300):  # a byte every 0.1 s for 30 s at most
        handler.wfile.write(b"<")
        handler.wfile.flush()
        time.sleep(0.1)


def _gzipped(body: bytes) -> Route:
    packed = gz.compress(body)

    def send(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(packed)))
        handler.end_headers()
        handler.wfile.write(packed)

    return send


def _echo(handler: BaseHTTPRequestHandler) -> None:
    seen = f"host={handler.headers.get('Host')}\nagent={handler.headers.get('User-Agent')}\n"
    _send(handler, seen.encode(), "text/plain; charset=utf-8")


def _redirect(handler: BaseHTTPRequestHandler) -> None:
    target = parse_qs(urlsplit(handler.path).query)["to"][0]
    handler.send_response(302)
    handler.send_header("Location", target)
    handler.send_header("Content-Length", "0")
    handler.end_headers()


@dataclass
class Site:
    """The running server: its base URL, the routes it serves, and how often each path was asked for."""

    base: str
    routes: dict[str, Route]
    hits: dict[str, int] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes, content_type: str) -> str:
        self.routes[path] = lambda h: _send(h, body, content_type)
        return self.url(path)


def start(secret_path: str, *, tls: ssl.SSLContext | None = None) -> tuple[Site, ThreadingHTTPServer]:
    """Start the site on 127.0.0.1 (a free port), over TLS with ``tls``; the caller shuts the server down."""
    site = Site("", {})

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            site.hits[path] = site.hits.get(path, 0) + 1
            route = site.routes.get(path)
            try:
                if route is None:
                    _send(self, b"not here", "text/plain", status=404)
                else:
                    route(self)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the reader stopped, as it should

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    site.base = f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"
    base = site.base
    site.add("/feeds/world.rss", rss(base), "application/rss+xml")
    site.add("/feeds/region.atom", atom(base), "application/atom+xml; charset=utf-8")
    site.add("/feeds/plain.xml", rss(base), "text/xml")
    site.add("/feeds/big.rss", big_rss(10_000), "application/rss+xml")
    site.add("/feeds/laughs.rss", LAUGHS, "application/rss+xml")
    site.add("/feeds/xxe.rss", xxe(secret_path), "application/rss+xml")
    site.add("/feeds/xxe-param.rss", xxe_parameter(secret_path), "application/rss+xml")
    fishing = page("Coastal states sign fishing accord", "2025-03-04", FISHING)
    site.add("/news/fishing-accord.html", fishing, "text/html")
    site.add("/news/border-talks.html", page("Border talks resume", "2025-03-05", (TALKS,)), "text/html")
    site.add("/news/rail-link.html", page("Rail link deadline set", "2025-04-01", RAIL), "text/html")
    site.add("/news/undated.html", page("Undated notice", "", RAIL), "text/html; charset=utf-8")
    site.add("/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(32), "image/png")
    data = warc()
    site.add("/crawl/small.warc.gz", data, "application/warc")
    site.add("/crawl/cut.warc.gz", data[: len(data) - 120], "application/octet-stream")
    site.routes["/gzipped.html"] = _gzipped(page("Rail link deadline set", "2025-04-01", RAIL))
    site.routes["/bomb.html"] = _gzipped(b"<html><body><p>" + b" " * 50_000_000)  # 50 MB in about 50 kB
    site.routes["/endless"] = _endless
    site.routes["/trickle"] = _trickle
    site.routes["/echo"] = _echo
    site.routes["/redirect"] = _redirect
    site.routes["/loop"] = lambda h: _redirect_to(h, "/loop")
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return site, server


def _redirect_to(handler: BaseHTTPRequestHandler, path: str) -> None:
    handler.send_response(302)
    handler.send_header("Location", path)
    handler.send_header("Content-Length", "0")
    handler.end_headers()
