"""RSS and Atom feeds (feedparser), from a file or a fetched URL: one article per item.

Before feedparser sees a feed, expat scans it once without building anything: a feed that declares
entities (the "billion laughs" bomb, an external entity that would read a local file or URL) is refused
outright, and a feed with more than ``max_items`` items is cut after that many, closed off, and only the
cut part is parsed, so a feed of 10,000 items costs no more than one of ``max_items``.

An item becomes an :class:`~ingest.records.Article`: its title, its link as ``url``, its published (else
updated) time as ``published``, the feed's title as ``source``, an ``id`` hashed from the item's id (else
its link), and the text of its content (else its summary) with the HTML taken out. With ``fetch_links``
each item's page is fetched and read instead, keeping the item's id, title, date and feed.
"""

from __future__ import annotations

import dataclasses
import io
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from ..readers import _PlainText
from ..records import Article, Skipped, content_hash
from .net import FetchError, FetchPolicy, fetch
from .pages import page_article, url_id

__all__ = ["DEFAULT_MAX_ITEMS", "FEED_TYPES", "looks_like_feed", "read_feed", "read_feed_file"]

DEFAULT_MAX_ITEMS = 1000
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_ITEMS = frozenset({"item", "entry"})
_ITEM_PARENTS = frozenset({"channel", "feed", "RDF", "rss"})
_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_TAG = re.compile(r"<[a-zA-Z!/?]")

Item = Article | Skipped


class _EntityError(Exception):
    """The feed declares entities; the message says so."""


@dataclass(frozen=True, slots=True)
class _Scan:
    """What the pre-scan found: how many items, and the feed to parse."""

    items: int
    data: bytes  # the feed, cut after ``max_items`` items and closed off when it had more


def _head(data: bytes, size: int = 4096) -> bytes:
    """The start of ``data`` lower-cased, NUL bytes dropped (so UTF-16 looks like ASCII)."""
    return data[:size].replace(b"\x00", b"").lower()


def looks_like_feed(media_type: str, data: bytes) -> bool:
    """Whether a fetched body is a feed: its root element is ``rss``, ``feed`` or ``rdf:RDF``, or it is
    served as RSS or Atom."""
    head = _head(data)
    if any(root in head for root in _ROOTS):
        return True
    return media_type in FEED_TYPES and b"<html" not in head


def _close_tags(names: list[str], data: bytes) -> bytes:
    text = "".join(f"</{name}>" for name in reversed(names))
    if data.startswith(b"\xff\xfe") or data[:2] == b"<\x00":
        return text.encode("utf-16-le")
    if data.startswith(b"\xfe\xff") or data[:2] == b"\x00<":
        return text.encode("utf-16-be")
    return text.encode("ascii")


def _scan(data: bytes, max_items: int) -> _Scan:
    """Count the items and refuse entity declarations, without expanding anything."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[str] = []
    count = 0
    cut: tuple[int, list[str]] | None = None

    def declared(name: str | None, *args: object) -> None:
        what = f"the entity {name!r}" if name else "an entity"
        raise _EntityError(
            f"the feed declares {what} (an XML bomb or an external entity); refused, nothing expanded. "
            "Feeds need no entity declarations: ask the publisher for a plain feed"
        )

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal count, cut
        if name.rsplit(":", 1)[-1] in _ITEMS and stack and stack[-1].rsplit(":", 1)[-1] in _ITEM_PARENTS:
            count += 1
            if count == max_items + 1:
                cut = (parser.CurrentByteIndex, list(stack))
        stack.append(name)

    def end(name: str) -> None:
        stack.pop()

    parser.EntityDeclHandler = declared
    parser.UnparsedEntityDeclHandler = declared
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        # not well-formed XML: feedparser reads it loosely, but never with an entity declaration in it
        if _ENTITY.search(data.replace(b"\x00", b"")):
            declared(None)
    if cut is None:
        return _Scan(count, data)
    at, open_elements = cut
    return _Scan(count, data[:at] + _close_tags(open_elements, data))


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None


def _strip(value: str) -> str:
    if not _TAG.search(value):
        return " ".join(value.split())
    parser = _PlainText()
    parser.feed(value)
    parser.close()
    return parser.text()


def _item_text(entry: dict) -> str:
    parts = [c.get("value", "") for c in entry.get("content") or [] if isinstance(c, dict)]
    text = "\n\n".join(t for t in (_strip(p) for p in parts) if t)
    return text or _strip(entry.get("summary") or "")


def _item(entry: dict, n: int, *, where: str, source: str | None, fetch_links: bool, policy: FetchPolicy) -> Item:
    link = entry.get("link") or None
    key = entry.get("id") or link
    title = _strip(entry.get("title") or "") or None
    published = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
    name = f"item {n}" + (f" ({link})" if link else f" ({title})" if title else "")
    if fetch_links:
        if not link:
            return Skipped(where, None, f"{name} has no link to fetch; read the feed without --fetch-links")
        try:
            page = fetch(link, policy=policy)
        except FetchError as exc:
            return Skipped(where, None, f"{name}: {exc.reason}")
        item = page_article(page, where=where, article_id=url_id(key or link))
        if isinstance(item, Skipped):
            return Skipped(where, None, f"{name}: {item.reason}")
        # the feed's own title, date and name come first; the page fills what the feed lacks
        return dataclasses.replace(
            item, title=title or item.title, published=published or item.published, source=source or item.source
        )
    text = _item_text(entry)
    if not text:
        return Skipped(where, None, f"{name} has no text; pass --fetch-links to read its page")
    return Article(
        id=url_id(key) if key else content_hash(text)[:16],
        text=text,
        title=title,
        url=link,
        published=published,
        source=source,
        path=where,
    )


def read_feed(
    data: bytes,
    *,
    where: str,
    base_url: str | None = None,
    max_items: int = DEFAULT_MAX_ITEMS,
    fetch_links: bool = False,
    policy: FetchPolicy | None = None,
) -> Iterator[Item]:
    """The items of a feed's bytes (``where``: the file or URL, for messages and each article's ``path``)."""
    import feedparser

    try:
        scan = _scan(data, max_items)
    except _EntityError as exc:
        yield Skipped(where, None, str(exc))
        return
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(
        io.BytesIO(scan.data), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    entries = parsed.get("entries") or []
    version = parsed.get("version") or ""
    if not entries and not version:
        problem = parsed.get("bozo_exception")
        why = f" ({str(problem).splitlines()[0]})" if problem and str(problem).strip() else ""
        yield Skipped(where, None, f"not an RSS or Atom feed{why}; check that it is a feed")
        return
    source = _strip(parsed.get("feed", {}).get("title") or "") or None
    policy = policy or FetchPolicy()
    for n, entry in enumerate(entries[:max_items], start=1):
        yield _item(entry, n, where=where, source=source, fetch_links=fetch_links, policy=policy)
    total = max(scan.items, len(entries))
    if total > max_items:
        yield Skipped(
            where,
            None,
            f"the feed has {total:,} items; read the first {max_items:,} and skipped {total - max_items:,}; "
            "raise --max-items to read more",
        )
    elif not entries:
        yield Skipped(where, None, "the feed has no items; check that it is the right feed")


def read_feed_file(
    path: Path, *, max_items: int = DEFAULT_MAX_ITEMS, fetch_links: bool = False, policy: FetchPolicy | None = None
) -> Iterator[Item]:
    """The items of a feed saved as a file (``.rss``, ``.atom``, ``.xml``)."""
    policy = policy or FetchPolicy()
    try:
        size = path.stat().st_size
        if size > policy.max_bytes:
            yield Skipped(
                str(path),
                None,
                f"the feed file has {size:,} bytes, over the limit of {policy.max_bytes:,}; raise --max-mb",
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(str(path), None, f"cannot read file ({exc.strerror}); check permissions")
        return
    yield from read_feed(data, where=str(path), max_items=max_items, fetch_links=fetch_links, policy=policy)
