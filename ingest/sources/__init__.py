"""Sources beyond article files: RSS and Atom feeds, web pages by URL, and WARC files (CC-NEWS).

:func:`ingest.readers.read_articles` hands these here:

- an ``http://`` or ``https://`` argument is fetched (:mod:`.net`: public addresses only unless
  allowed, timeouts, a size cap) and read as a WARC when it is one (streamed, any size), as a feed when it
  is one, else as a web page;
- ``.rss``, ``.atom`` and ``.xml`` files are read as feeds (:mod:`.feeds`);
- ``.warc`` and ``.warc.gz`` files are streamed record by record (:mod:`.warc`).

Like every reader, these yield :class:`~ingest.records.Article` or, for input they cannot use, a
:class:`~ingest.records.Skipped` line naming the input and the fix, and never stop at a bad input.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..records import Article, Skipped
from .feeds import DEFAULT_MAX_ITEMS, looks_like_feed, read_feed, read_feed_file
from .net import USER_AGENT, Fetched, FetchError, FetchPolicy, Opened, is_url, open_url, read_capped
from .pages import page_article
from .warc import WARC_SUFFIXES, WARC_TYPES, is_warc, read_warc, read_warc_stream

__all__ = [
    "DEFAULT_MAX_ITEMS",
    "FEED_SUFFIXES",
    "SCANNED_SUFFIXES",
    "USER_AGENT",
    "WARC_SUFFIXES",
    "FetchError",
    "FetchPolicy",
    "SourceOptions",
    "handles",
    "is_url",
    "read_source_file",
    "read_url",
    "scanned",
]

FEED_SUFFIXES = (".rss", ".atom", ".xml")
# the suffixes a directory is searched for (besides the article files); .xml only when named, as a folder
# of articles may hold other XML
SCANNED_SUFFIXES = (".rss", ".atom", *WARC_SUFFIXES)

Item = Article | Skipped


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """How feeds, pages and WARC files are read: the fetch policy (also the size cap of feed files and WARC
    records), the most items read from one feed, and whether a feed item's page is fetched for its text."""

    fetch: FetchPolicy = field(default_factory=FetchPolicy)
    max_items: int = DEFAULT_MAX_ITEMS
    fetch_links: bool = False


def handles(path: Path) -> bool:
    """Whether ``path`` is a feed or WARC file (read here rather than by :mod:`ingest.readers`)."""
    return is_warc(path) or path.suffix.lower() in FEED_SUFFIXES


def scanned(path: Path) -> bool:
    """Whether a file found in a directory is a feed or WARC file to read."""
    return path.name.lower().endswith(SCANNED_SUFFIXES)


def read_source_file(path: Path, *, options: SourceOptions | None = None) -> Iterator[Item]:
    """The articles of one feed or WARC file."""
    options = options or SourceOptions()
    if is_warc(path):
        yield from read_warc(path, max_bytes=options.fetch.max_bytes)
    else:
        yield from read_feed_file(
            path, max_items=options.max_items, fetch_links=options.fetch_links, policy=options.fetch
        )


def _is_warc_answer(opened: Opened) -> bool:
    return opened.media_type in WARC_TYPES or is_warc(urlsplit(opened.url).path)


def read_url(url: str, *, options: SourceOptions | None = None) -> Iterator[Item]:
    """The articles at ``url``: a WARC's records, a feed's items, or the one article on a web page."""
    options = options or SourceOptions()
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        yield Skipped(url, None, "only http and https URLs are fetched; download it and pass the file")
        return
    try:
        with open_url(url, policy=options.fetch) as opened:
            if _is_warc_answer(opened):
                yield from read_warc_stream(opened.stream(), where=url, max_bytes=options.fetch.max_bytes)
                return
            got = Fetched(opened.url, url, opened.content_type, read_capped(opened, options.fetch), opened.fetched)
    except FetchError as exc:
        yield Skipped(url, None, exc.reason)
        return
    if looks_like_feed(got.media_type, got.body):
        yield from read_feed(
            got.body,
            where=url,
            base_url=got.url,
            max_items=options.max_items,
            fetch_links=options.fetch_links,
            policy=options.fetch,
        )
    else:
        yield page_article(got, where=url)
