"""Web pages: an article's text from HTML (trafilatura), fetched by URL or found in a WARC record.

The text, title, date and site name come from trafilatura; a page it finds no text in is read with the
plain HTML reader of :mod:`ingest.readers` instead. A page's identity is its URL: ``id`` is a hash of it,
so fetching the same page again replaces what was stored from it. A page with no date of its own takes the
date it was fetched (or, in a WARC, captured).
"""

from __future__ import annotations

import logging
import re

from ..readers import _PlainText
from ..records import Article, Skipped, content_hash
from .net import Fetched

__all__ = ["HTML_TYPES", "article_from_html", "decode_html", "page_article", "url_id"]

log = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def url_id(url: str) -> str:
    """An article id for a web page or feed item: the first 16 hex digits of the SHA-256 of its URL."""
    return content_hash(url)[:16]


def decode_html(data: bytes, charset: str | None) -> str:
    """HTML bytes as text: the server's charset, else the page's ``<meta charset>``, else UTF-8 (bad bytes
    replaced, never an error)."""
    for name in (charset, _meta_charset(data), "utf-8"):
        if not name:
            continue
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", errors="ignore") if m else None


def article_from_html(
    html: str,
    *,
    url: str,
    where: str,
    dated: str | None,
    title: str | None = None,
    source: str | None = None,
    article_id: str | None = None,
) -> Article | Skipped:
    """The article on one HTML page. ``dated`` (ISO) is used when the page has no date of its own; ``title``
    and ``source`` when the page has none; ``article_id`` instead of the URL's hash."""
    import trafilatura

    quiet = logging.getLogger("trafilatura")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # its warnings are ours to report, as one line
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    finally:
        quiet.setLevel(level)
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        parser = _PlainText()
        parser.feed(html)
        parser.close()
        body = parser.text()
    if not body:
        return Skipped(where, None, "no article text found in the HTML; check that it is a news page")
    return Article(
        id=article_id or url_id(url),
        text=body,
        title=getattr(doc, "title", None) or title,
        url=url,
        published=getattr(doc, "date", None) or dated,
        source=getattr(doc, "sitename", None) or source,
        path=where,
    )


def page_article(page: Fetched, *, where: str, article_id: str | None = None) -> Article | Skipped:
    """The article on a fetched page (HTML, or plain text as it is); ``article_id`` instead of the URL's hash."""
    if page.media_type and page.media_type not in HTML_TYPES and not page.media_type.startswith("text/"):
        return Skipped(where, None, f"the answer is {page.media_type}, not a web page; pass HTML pages or feeds")
    html = decode_html(page.body, page.charset)
    if page.media_type != "text/plain":
        return article_from_html(html, url=page.url, where=where, dated=page.fetched, article_id=article_id)
    if not html.strip():
        return Skipped(where, None, "the answer is empty; check the URL")
    return Article(
        id=article_id or url_id(page.url), text=html.strip(), url=page.url, published=page.fetched, path=where
    )
