"""RSS and Atom feeds by URL and from files: item fields, links fetched, entity bombs and external entities
refused, a 10,000-item feed cut at --max-items."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest

from ingest.readers import read_articles
from ingest.records import Article, Skipped
from ingest.sources import SourceOptions, read_url
from ingest.sources.feeds import read_feed
from ingest.sources.pages import url_id

from .conftest import SECRET
from .site import FISHING, GRAIN, LAUGHS, RAIL, TALKS, Site, atom, big_rss, rss


def split(items) -> tuple[list[Article], list[Skipped]]:
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


def test_rss_items_become_articles(site: Site, trusted: SourceOptions) -> None:
    url = site.url("/feeds/world.rss")
    (fishing, talks), [gallery] = split(read_url(url, options=trusted))
    assert (fishing.id, fishing.title, fishing.url, fishing.published, fishing.source, fishing.path) == (
        url_id("hw-101"),
        "Coastal states sign fishing accord",
        site.url("/news/fishing-accord.html"),
        "2025-03-04T08:15:00Z",
        "Harbour Wire World Desk",
        url,
    )
    assert fishing.text == FISHING[0]  # the HTML of the description taken out
    assert talks.text == TALKS  # the full content before the teaser, without its script
    assert str(gallery) == (
        f"{url}: item 3 ({site.url('/gallery/spring.html')}) has no text; pass --fetch-links to read its page"
    )


def test_atom_entries_become_articles(site: Site, trusted: SourceOptions) -> None:
    (rail, grain), skipped = split(read_url(site.url("/feeds/region.atom"), options=trusted))
    assert skipped == []
    assert (rail.id, rail.text, rail.published, rail.source) == (
        url_id("tag:plains.example,2025:7"),
        RAIL[0],
        "2025-04-01T12:00:00Z",  # updated, when there is no published
        "Plains Daily",
    )
    assert (grain.text, grain.published, grain.url) == (GRAIN, "2025-04-02T07:30:00Z", site.url("/news/grain.html"))


def test_a_feed_served_as_plain_xml_is_still_a_feed(site: Site, trusted: SourceOptions) -> None:
    articles, _ = split(read_url(site.url("/feeds/plain.xml"), options=trusted))
    assert [a.title for a in articles] == ["Coastal states sign fishing accord", "Border talks resume"]


def test_fetch_links_reads_each_items_page(site: Site, trusted: SourceOptions) -> None:
    options = dataclasses.replace(trusted, fetch_links=True)
    (fishing, talks), [gallery] = split(read_url(site.url("/feeds/world.rss"), options=options))
    assert fishing.id == url_id("hw-101") and fishing.source == "Harbour Wire World Desk"
    assert all(sentence in fishing.text for sentence in FISHING)  # the whole page, not the one-line summary
    assert "Cookie settings" not in fishing.text and "Sign in" not in fishing.text
    assert fishing.published == "2025-03-04T08:15:00Z"  # the feed's time, which is more precise than the page's
    assert TALKS in talks.text
    assert "item 3" in gallery.reason and "the server answered HTTP 404" in gallery.reason


def test_fetch_links_obeys_the_address_rules(site: Site) -> None:
    """The feed is given as bytes (no fetch), its links point at loopback: refused, one line each."""
    options = SourceOptions(fetch_links=True)
    articles, skipped = split(read_feed(rss(site.base), where="world.rss", fetch_links=True, policy=options.fetch))
    assert articles == []
    assert len(skipped) == 3 and all("refused, the host resolves to a loopback address" in s.reason for s in skipped)


@pytest.mark.parametrize("path", ["/feeds/laughs.rss", "/feeds/xxe.rss", "/feeds/xxe-param.rss"])
def test_entity_declarations_are_refused(site: Site, trusted: SourceOptions, path: str) -> None:
    started = time.monotonic()
    items = list(read_url(site.url(path), options=trusted))
    assert time.monotonic() - started < 2
    [skipped] = items
    assert isinstance(skipped, Skipped)
    assert skipped.path == site.url(path)
    assert "declares the entity" in skipped.reason and "refused, nothing expanded" in skipped.reason
    assert SECRET not in str(skipped) and "ha ha" not in str(skipped)


def test_an_entity_in_a_feed_that_is_not_well_formed_is_refused() -> None:
    # "--" in a comment is not XML, and it comes before the declarations: loose parsers would go on
    broken = LAUGHS.replace(b'<?xml version="1.0"?>', b'<?xml version="1.0"?>\n<!-- top -- news -->')
    [skipped] = read_feed(broken, where="broken.rss")
    assert isinstance(skipped, Skipped) and "declares an entity (an XML bomb" in skipped.reason


def test_a_feed_that_is_not_well_formed_is_read_loosely(site: Site) -> None:
    sloppy = rss(site.base).replace(b"<description>", b"<description>&nbsp;", 1)  # an HTML entity XML lacks
    articles, _ = split(read_feed(sloppy, where="sloppy.rss"))
    assert [a.title for a in articles] == ["Coastal states sign fishing accord", "Border talks resume"]


def test_ten_thousand_items_are_cut_at_max_items(site: Site, trusted: SourceOptions) -> None:
    started = time.monotonic()
    articles, [rest] = split(read_url(site.url("/feeds/big.rss"), options=trusted))
    took = time.monotonic() - started
    assert len(articles) == 1000 and articles[-1].title == "Bulletin 999"
    assert (
        rest.reason
        == "the feed has 10,000 items; read the first 1,000 and skipped 9,000; raise --max-items to read more"
    )
    assert took < 5, took


def test_max_items_and_a_utf16_feed(site: Site) -> None:
    data = big_rss(30).decode().replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>')
    articles, [rest] = split(read_feed(data.encode("utf-16"), where="wide.rss", max_items=5))
    assert [a.title for a in articles] == [f"Bulletin {i}" for i in range(5)]
    assert "the feed has 30 items; read the first 5 and skipped 25" in rest.reason


def test_feed_files_and_directories(tmp_path: Path, site: Site) -> None:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "world.rss").write_bytes(rss(site.base))
    (tmp_path / "feeds" / "region.atom").write_bytes(atom(site.base))
    (tmp_path / "feeds" / "other.xml").write_bytes(rss(site.base))  # .xml only when named
    articles, skipped = split(read_articles([tmp_path / "feeds"]))
    assert sorted(a.title for a in articles) == sorted(
        [
            "Coastal states sign fishing accord",
            "Border talks resume",
            "Rail link deadline set",
            "Grain corridor reopens",
        ]
    )
    assert {a.path for a in articles} == {"world.rss", "region.atom"}
    assert [s.reason for s in skipped] == ["item 3 (" + site.url("/gallery/spring.html") + ") has no text; "
                                           "pass --fetch-links to read its page"]  # fmt: skip
    named, _ = split(read_articles([tmp_path / "feeds" / "other.xml"]))
    assert len(named) == 2


def test_not_a_feed(tmp_path: Path) -> None:
    (tmp_path / "notes.xml").write_text("<notes><note>Call the embassy.</note></notes>", encoding="utf8")
    [skipped] = read_articles([tmp_path / "notes.xml"])
    assert isinstance(skipped, Skipped) and "not an RSS or Atom feed" in skipped.reason


def test_a_feed_file_over_the_size_cap(tmp_path: Path, site: Site) -> None:
    from ingest.sources import FetchPolicy

    (tmp_path / "world.rss").write_bytes(rss(site.base))
    options = SourceOptions(fetch=FetchPolicy(max_bytes=100))
    [skipped] = read_articles([tmp_path / "world.rss"], sources=options)
    assert isinstance(skipped, Skipped) and "over the limit of 100; raise --max-mb" in skipped.reason
