"""Read articles from .txt, .md, .html, .jsonl and .csv files and from directories; feeds, web pages by URL
and WARC files are read by :mod:`ingest.sources`.

Every reader yields :class:`~ingest.records.Article` objects or, for input it
cannot use, :class:`~ingest.records.Skipped` records with a one-line reason
that names the file (and line) and the fix. Reading never stops at a bad file.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

from .records import Article, Skipped, content_hash

if TYPE_CHECKING:
    from .sources import SourceOptions

__all__ = ["DEFAULT_MAX_CHARS", "SUFFIXES", "common_root", "read_articles", "read_file"]

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".csv")
CSV_COLUMNS = ("id", "title", "text", "url", "published", "source")
_FRONT = re.compile(r"^(title|date|published|source|url|id)\s*:\s*(.+)$", re.IGNORECASE)

Item = Article | Skipped


def _article_id(given: str | None, text: str) -> str:
    return given.strip() if given and given.strip() else content_hash(text)[:16]


def _decode(path: Path) -> str | Skipped:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(str(path), None, f"cannot read file ({exc.strerror}); check permissions")
    encoding = "utf-8-sig"
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    else:
        head = data[:8192]
        if b"\x00" in head:
            if len(head) > 8 and head[1::2].count(0) > 0.9 * len(head[1::2]):
                return Skipped(
                    str(path),
                    None,
                    "looks like UTF-16 without a byte-order mark; re-save it as UTF-8 (iconv -f utf-16le -t utf-8)",
                )
            return Skipped(str(path), None, "binary file, not text; pass .txt, .md, .html, .jsonl or .csv articles")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        return Skipped(
            str(path),
            None,
            f"not UTF-8 (invalid byte at offset {exc.start}); re-save the file as UTF-8, e.g. iconv -f latin1 -t utf-8",
        )
    if not text.strip():
        return Skipped(str(path), None, "empty file; add article text or remove the file")
    return text


_CSV_FIELD_LIMIT = 2**31 - 1
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Leading ``Key: value`` lines (title, date, source, url, id) then a blank line."""
    meta: dict[str, str] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines) and (m := _FRONT.match(lines[i].strip())):
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if meta and i < len(lines) and not lines[i].strip():
        return meta, "\n".join(lines[i + 1 :])
    return {}, text


def _read_plain(path: Path, text: str) -> Iterator[Item]:
    meta, body = _front_matter(text)
    if path.suffix == ".md" and not meta.get("title"):
        first = body.lstrip().split("\n", 1)[0]
        if first.startswith("#"):
            meta["title"] = first.lstrip("#").strip()
    if not body.strip():
        yield Skipped(str(path), None, "no article text after the header lines; add the text")
        return
    yield Article(
        id=_article_id(meta.get("id"), body),
        text=body,
        title=meta.get("title") or path.stem,
        url=meta.get("url"),
        published=meta.get("published") or meta.get("date"),
        source=meta.get("source"),
        path=str(path),
    )


class _PlainText(HTMLParser):
    """Text of an HTML page without a tree (so no depth limit): paragraphs on their own lines, no scripts,
    styles or navigation."""

    SKIP = frozenset({"script", "style", "nav", "header", "footer", "noscript", "template", "head"})
    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        return "\n\n".join(line for line in lines if line)


def _read_html(path: Path, text: str) -> Iterator[Item]:
    import trafilatura

    quiet = logging.getLogger("trafilatura")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # its "discarding data" warnings are ours to report, as one line
    try:
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    finally:
        quiet.setLevel(level)
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:  # a page lxml cannot build (nesting past its depth limit): read its text without a tree
        parser = _PlainText()
        parser.feed(text)
        parser.close()
        body = parser.text()
        if body:
            log.info("%s: read the page's text without its layout (the HTML could not be parsed as a tree)", path)
    if not body:
        yield Skipped(str(path), None, "no article text found in the HTML; check that it is a news page")
        return
    yield Article(
        id=_article_id(None, body),
        text=body,
        title=getattr(doc, "title", None) or path.stem,
        url=getattr(doc, "url", None),
        published=getattr(doc, "date", None),
        source=getattr(doc, "sitename", None),
        path=str(path),
    )


def _from_mapping(path: Path, line: int | None, row: dict[str, object]) -> Item:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(str(path), line, "record has no 'text'; every article needs a non-empty text field")
    given = row.get("id")

    def opt(key: str) -> str | None:
        value = row.get(key)
        return str(value) if value not in (None, "") else None

    return Article(
        id=_article_id(str(given) if given not in (None, "") else None, text),
        text=text,
        title=opt("title"),
        url=opt("url"),
        published=opt("published"),
        source=opt("source"),
        path=str(path),
    )


def _read_jsonl(path: Path, text: str) -> Iterator[Item]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(str(path), n, f"malformed JSON ({exc.msg} at column {exc.colno}); fix or remove the line")
            continue
        if not isinstance(row, dict):
            yield Skipped(str(path), n, "expected a JSON object with 'id' and 'text'; fix the line")
            continue
        yield _from_mapping(path, n, row)


def _read_csv(path: Path, text: str) -> Iterator[Item]:
    csv.field_size_limit(_CSV_FIELD_LIMIT)  # long articles are fields too; their length is checked later
    reader = csv.DictReader(io.StringIO(text))
    try:
        if not reader.fieldnames or "text" not in reader.fieldnames:
            yield Skipped(
                str(path), 1, f"CSV needs a 'text' column (columns: {', '.join(CSV_COLUMNS)}); add a header row"
            )
            return
        for row in reader:
            yield _from_mapping(path, reader.line_num, dict(row))
    except csv.Error as exc:
        yield Skipped(str(path), reader.line_num, f"malformed CSV ({exc}); fix the quoting of that row")


_READERS = {
    ".txt": _read_plain,
    ".md": _read_plain,
    ".html": _read_html,
    ".htm": _read_html,
    ".jsonl": _read_jsonl,
    ".csv": _read_csv,
}


def read_file(path: Path, *, sources: SourceOptions | None = None) -> Iterator[Item]:
    """Articles of one file, chosen by its suffix (feeds and WARC files: :mod:`ingest.sources`)."""
    from . import sources as more  # it imports this module

    if more.handles(path):
        yield from more.read_source_file(path, options=sources)
        return
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        kinds = ", ".join((*SUFFIXES, *more.FEED_SUFFIXES, *more.WARC_SUFFIXES))
        yield Skipped(str(path), None, f"unknown file type {path.suffix!r}; use one of {kinds}")
        return
    text = _decode(path)
    if isinstance(text, Skipped):
        yield text
        return
    yield from reader(path, text)


def common_root(paths: Iterable[str | Path]) -> Path | None:
    """The deepest folder holding every given path (a folder itself, a file's parent), resolved; None when
    none of them exists."""
    folders = [str(p.resolve() if p.is_dir() else p.resolve().parent) for p in map(Path, paths) if p.exists()]
    return Path(os.path.commonpath(folders)) if folders else None


def _relative(item: Item, root: Path | None) -> Item:
    if not isinstance(item, Article) or item.path is None or root is None or "://" in item.path:
        return item
    try:
        rel = Path(item.path).resolve().relative_to(root).as_posix()
    except ValueError:
        return item
    return dataclasses.replace(item, path=rel)


DEFAULT_MAX_CHARS = 1_000_000


def read_articles(
    paths: Iterable[str | Path],
    *,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    sources: SourceOptions | None = None,
) -> Iterator[Item]:
    """Articles from files and directories (recursively, in sorted order) and from URLs (feeds and pages,
    fetched as ``sources`` allows; see :mod:`ingest.sources`). An article's ``path`` is relative to the common
    root of the paths given, so ``examples/`` and ``/abs/examples`` give the same graphs.

    Skipped, each with its reason: an article over ``max_chars`` characters (None: no limit), an id seen
    before in this run (the first one is kept), and paths that are not regular files (a pipe, a device).
    """
    paths = list(paths)
    root = common_root(paths)
    seen: dict[str, str] = {}

    def checked(items: Iterable[Item]) -> Iterator[Item]:
        for item in items:
            if isinstance(item, Article):
                where = _relative(item, root).path or "an earlier article"
                if max_chars is not None and len(item.text) > max_chars:
                    item = Skipped(
                        item.path or item.id,
                        None,
                        f"article {item.id!r} has {len(item.text):,} characters, over the limit of {max_chars:,}; "
                        "split it, or raise --max-chars",
                    )
                elif item.id in seen:
                    item = Skipped(
                        item.path or item.id,
                        None,
                        f"article id {item.id!r} was already read from {seen[item.id]}; give each article its own "
                        "id (or leave it out to use the text's hash)",
                    )
                else:
                    seen[item.id] = where
            yield _relative(item, root)

    from . import sources as more  # it imports this module

    for raw in paths:
        if more.is_url(raw):
            yield from checked(more.read_url(str(raw), options=sources))
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and (p.suffix.lower() in SUFFIXES or more.scanned(p))
            )
            if not files:
                yield Skipped(str(path), None, f"directory holds no {', '.join(SUFFIXES)} files; point to articles")
            for file in files:
                yield from checked(read_file(file, sources=sources))
        elif path.is_file():
            yield from checked(read_file(path, sources=sources))
        elif path.exists():
            yield Skipped(str(path), None, "not a regular file (a pipe, socket or device); save the articles to a file")
        else:
            yield Skipped(str(path), None, "no such file or directory; check the path")
