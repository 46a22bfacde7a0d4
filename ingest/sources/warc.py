"""WARC files (``.warc``, ``.warc.gz``), such as Common Crawl's CC-NEWS, read as a stream with warcio.

Each ``response`` record holding an HTML page (and each ``resource`` or ``conversion`` record holding HTML
or plain text) becomes an article with ``url`` from ``WARC-Target-URI`` and ``published`` from the page's
own date, else ``WARC-Date`` (when it was captured). Other records (requests, metadata, images, PDFs) are
passed over. Records are read one at a time, so a WARC of any size takes the memory of its largest page.

warcio reads a truncated file without complaint, so every record's length is checked against its
``Content-Length`` and the end of the last record against the file's end: a truncated or damaged WARC
gives one Skipped line naming the file and where it breaks, and the records before that are kept.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..records import Article, Skipped
from .pages import HTML_TYPES, article_from_html, decode_html, url_id

__all__ = ["WARC_SUFFIXES", "WARC_TYPES", "is_warc", "read_warc", "read_warc_stream"]

log = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
WARC_TYPES = frozenset({"application/warc", "application/warc+gzip"})
_KEPT = frozenset({"response", "resource", "conversion"})
_CHUNK = 64 * 1024
DEFAULT_MAX_BYTES = 10_000_000

Item = Article | Skipped


def is_warc(path: Path | str) -> bool:
    """Whether a file name (or a URL's path) ends in ``.warc`` or ``.warc.gz``."""
    return str(path).lower().endswith(WARC_SUFFIXES)


class _Counting:
    """A byte stream that counts what was read from it (a file, or a fetched answer that cannot seek)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        return data

    def tell(self) -> int:
        return self.count


class _DamagedError(Exception):
    """The WARC breaks at a record; the message says where."""


class _NotWarcError(Exception):
    """The file is not a WARC (an ARC file, or no web archive at all)."""


def _media_type(record) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if headers is None:
        return ""
    return (headers.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()


def _charset(record) -> str | None:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = (headers.get_header("Content-Type") or "") if headers is not None else ""
    _, _, rest = value.partition("charset=")
    return rest.split(";", 1)[0].strip(" \"'") or None


def _drain(record, n: int, offset: int) -> None:
    """Read the rest of a record's block; a block shorter than its Content-Length means a cut file."""
    while record.raw_stream.read(_CHUNK):
        pass
    left = getattr(record.raw_stream, "limit", None)  # warcio limits a record's stream to its Content-Length
    if left is None:
        raise _DamagedError(f"record {n} at byte {offset:,} has no Content-Length")
    if left > 0:
        raise _DamagedError(f"record {n} at byte {offset:,} ends {left:,} bytes early")


def _wanted(record) -> bool:
    """An HTML page in a response, resource or conversion record, or plain text in the last two."""
    if record.rec_type not in _KEPT or (record.rec_type == "response" and record.http_headers is None):
        return False  # a response that is not HTTP (dns:, whois:) has no page
    media = _media_type(record)
    return media in HTML_TYPES or (media == "text/plain" and record.rec_type != "response")


def _article(record, payload: bytes, n: int, where: str, max_bytes: int) -> Item | None:
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    date = record.rec_headers.get_header("WARC-Date")
    if len(payload) > max_bytes:
        return Skipped(where, None, f"record {n} ({url}) is over {max_bytes:,} bytes; skipped it (raise --max-mb)")
    text = decode_html(payload, _charset(record))
    if _media_type(record) == "text/plain":
        body = text.strip()
        if not body:
            return None
        return Article(id=url_id(url or f"{where}#{n}"), text=body, url=url or None, published=date, path=where)
    item = article_from_html(text, url=url, where=where, dated=date)
    if isinstance(item, Skipped):
        log.info("%s: record %d (%s) has no article text; passed over", where, n, url)
        return None
    return item


def _records(fh: _Counting, where: str, max_bytes: int) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(fh)
    n = 0
    for n, record in enumerate(records, start=1):
        offset = records.offset  # where this record starts (the iterator sets it at the end of the one before)
        if record.format != "warc":
            raise _NotWarcError(f"record {n} at byte {offset:,} is not a WARC record")
        payload = record.content_stream().read(max_bytes + 1) if _wanted(record) else None
        _drain(record, n, offset)  # before the record is used: a cut record is never read as a whole one
        if payload is not None and (item := _article(record, payload, n, where, max_bytes)) is not None:
            yield item
    end = records.offset
    while fh.read(_CHUNK):
        pass
    size = fh.count
    if size - end > 4:  # more than the blank lines after the last record
        raise _DamagedError(f"the file goes on for {size - end:,} bytes after record {n} that are not a whole record")


def read_warc_stream(raw: BinaryIO, *, where: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The articles in a WARC read from ``raw`` (a file or a fetched answer); a damaged WARC's good records,
    then one Skipped line."""
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.recordloader import StatusAndHeadersParserException

    kept = 0
    try:
        for item in _records(_Counting(raw), where, max_bytes):
            kept += isinstance(item, Article)
            yield item
    except _NotWarcError as exc:
        yield Skipped(where, None, f"not a WARC file ({exc}); pass .warc or .warc.gz files, such as CC-NEWS")
    except (_DamagedError, ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, zlib.error, ValueError) as exc:
        yield _damaged(where, str(exc).splitlines()[0] if str(exc) else type(exc).__name__, kept)
    except (AttributeError, TypeError):  # how warcio fails on a record whose headers are cut off
        yield _damaged(where, "a record's headers are cut off or garbled", kept)


def _damaged(where: str, what: str, kept: int) -> Skipped:
    return Skipped(
        where,
        None,
        f"the WARC is truncated or damaged ({what}); kept the {kept} article(s) read before it. "
        "Download the file again (check its size or digest)",
    )


def read_warc(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The articles in one WARC file (see :func:`read_warc_stream`)."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Skipped(str(path), None, f"cannot read file ({exc.strerror or exc}); check permissions")
        return
    with fh:
        yield from read_warc_stream(fh, where=str(path), max_bytes=max_bytes)
