"""WARC files written here with warcio: HTML responses and text resources become articles with their URL and
date; other records are passed over; a truncated or damaged WARC keeps what came before, with one line."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ingest.readers import read_articles
from ingest.records import Article, Skipped
from ingest.sources import SourceOptions, read_url
from ingest.sources.pages import url_id

from .site import FISHING, RAIL, TALKS, WARC_RECORDS, Site, warc

TITLES = ["Coastal states sign fishing accord", "Rail link deadline set", None]


def split(items) -> tuple[list[Article], list[Skipped]]:
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


@pytest.mark.parametrize(("name", "packed"), [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_records_become_articles(tmp_path: Path, name: str, packed: bool) -> None:
    (tmp_path / name).write_bytes(warc(gzip=packed))
    (fishing, rail, talks), skipped = split(read_articles([tmp_path / name]))
    assert skipped == []
    assert [fishing.title, rail.title, talks.title] == TITLES
    assert (fishing.url, fishing.id, fishing.path) == (WARC_RECORDS[0].url, url_id(WARC_RECORDS[0].url), name)
    assert fishing.published == "2025-03-04"  # the page's own date
    assert rail.published == "2025-04-01T12:30:00Z"  # no date on the page: when it was captured (WARC-Date)
    assert all(s in fishing.text for s in FISHING) and all(s in rail.text for s in RAIL)
    assert (talks.text, talks.url, talks.published) == (TALKS, "urn:text:talks", "2025-03-05T18:00:00Z")


def _cuts(data: bytes) -> list[int]:
    return [len(data) - 120, len(data) - 30, len(data) // 2, 40]  # in the last record, the middle, the first


@pytest.mark.parametrize("packed", [True, False])
def test_a_truncated_warc_keeps_what_came_before(tmp_path: Path, packed: bool) -> None:
    data = warc(gzip=packed)
    whole, _ = split(read_articles([_write(tmp_path, "whole", data, packed)]))
    for cut in _cuts(data):
        path = _write(tmp_path, f"cut-{cut}", data[:cut], packed)
        articles, [skipped] = split(read_articles([path]))
        assert articles == [dataclasses.replace(a, path=path.name) for a in whole[: len(articles)]]
        assert len(articles) < len(whole)
        assert skipped.path == str(path)
        assert skipped.reason.startswith("the WARC is truncated or damaged (")
        assert f"kept the {len(articles)} article(s) read before it. Download the file again" in skipped.reason


def _write(folder: Path, stem: str, data: bytes, packed: bool) -> Path:
    path = folder / (f"{stem}.warc.gz" if packed else f"{stem}.warc")
    path.write_bytes(data)
    return path


def test_a_file_that_is_not_a_warc(tmp_path: Path) -> None:
    (tmp_path / "notes.warc").write_text("Minutes of the harbour board meeting.\n", encoding="utf8")
    [skipped] = read_articles([tmp_path / "notes.warc"])
    assert isinstance(skipped, Skipped)
    assert skipped.reason == (
        "not a WARC file (record 1 at byte 0 is not a WARC record); pass .warc or .warc.gz files, such as CC-NEWS"
    )


def test_a_record_over_the_size_cap_is_skipped(tmp_path: Path) -> None:
    from ingest.sources import FetchPolicy

    (tmp_path / "crawl.warc.gz").write_bytes(warc())
    options = SourceOptions(fetch=FetchPolicy(max_bytes=300))
    articles, skipped = split(read_articles([tmp_path / "crawl.warc.gz"], sources=options))
    assert [a.text for a in articles] == [TALKS]  # the short text record
    assert len(skipped) == 2 and all("bytes; skipped it (raise --max-mb)" in s.reason for s in skipped)


def test_a_directory_scan_finds_warc_files(tmp_path: Path) -> None:
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "a.warc.gz").write_bytes(warc())
    articles, _ = split(read_articles([tmp_path]))
    assert [a.title for a in articles] == TITLES and {a.path for a in articles} == {"crawl/a.warc.gz"}


def test_a_warc_by_url_is_streamed(site: Site, trusted: SourceOptions) -> None:
    url = site.url("/crawl/small.warc.gz")
    articles, skipped = split(read_url(url, options=trusted))
    assert skipped == [] and [a.title for a in articles] == TITLES and {a.path for a in articles} == {url}


def test_a_truncated_warc_by_url(site: Site, trusted: SourceOptions) -> None:
    url = site.url("/crawl/cut.warc.gz")
    articles, [skipped] = split(read_url(url, options=trusted))
    assert [a.title for a in articles] == TITLES[:2]
    assert skipped.path == url and "truncated or damaged" in skipped.reason
