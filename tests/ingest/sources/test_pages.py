"""Web pages by URL through read_articles: text, title, date and site; the fetch date for an undated page;
bad URLs as one Skipped line each while the rest is read."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ingest.readers import read_articles
from ingest.records import Article, Skipped
from ingest.sources import SourceOptions
from ingest.sources.pages import article_from_html, decode_html, url_id

from .site import FISHING, RAIL, Site


def test_a_page_becomes_one_article(site: Site, trusted: SourceOptions) -> None:
    url = site.url("/news/fishing-accord.html")
    [art] = read_articles([url], sources=trusted)
    assert isinstance(art, Article)
    assert (art.id, art.title, art.url, art.published, art.source, art.path) == (
        url_id(url),
        "Coastal states sign fishing accord",
        url,
        "2025-03-04",
        "Harbour Wire",
        url,  # a URL is kept as it is, never made relative like a file
    )
    assert all(sentence in art.text for sentence in FISHING)
    assert "Sign in" not in art.text and "Cookie settings" not in art.text


def test_an_undated_page_takes_the_day_it_was_fetched(site: Site, trusted: SourceOptions) -> None:
    before = datetime.now(UTC).strftime("%Y-%m-%d")
    [art] = read_articles([site.url("/news/undated.html")], sources=trusted)
    after = datetime.now(UTC).strftime("%Y-%m-%d")
    assert isinstance(art, Article) and art.published is not None
    assert before <= art.published[:10] <= after and art.published.endswith("Z")


def test_bad_urls_are_one_line_each_and_the_rest_is_read(tmp_path: Path, site: Site, trusted: SourceOptions) -> None:
    (tmp_path / "local.txt").write_text("Title: Local\n\nChile and Peru opened a new border crossing.\n", "utf8")
    endless, image, missing = (site.url(p) for p in ("/endless", "/logo.png", "/missing"))
    ftp = "ftp://files.example/world.rss"
    good = site.url("/news/rail-link.html")
    items = list(read_articles([str(tmp_path / "local.txt"), endless, image, good, missing, ftp], sources=trusted))
    articles = [i for i in items if isinstance(i, Article)]
    skipped = {i.path: i.reason for i in items if isinstance(i, Skipped)}
    assert [a.title for a in articles] == ["Local", "Rail link deadline set"]
    assert articles[0].path == "local.txt" and articles[1].path == good
    assert "stopped reading at 10,000,000 bytes" in skipped[endless]
    assert skipped[image] == "the answer is image/png, not a web page; pass HTML pages or feeds"
    assert "HTTP 404" in skipped[missing]
    assert "only http and https URLs are fetched" in skipped[ftp]
    assert all("\n" not in reason for reason in skipped.values())


def test_loopback_is_refused_without_allow_private(site: Site) -> None:
    [skipped] = read_articles([site.url("/news/rail-link.html")])
    assert isinstance(skipped, Skipped)
    assert "refused, the host resolves to a loopback address (127.0.0.1)" in skipped.reason


def test_a_page_with_no_text_is_skipped() -> None:
    item = article_from_html(
        "<html><body><script>track()</script></body></html>", url="https://x.example/", where="w", dated=None
    )
    assert isinstance(item, Skipped) and "no article text found in the HTML" in item.reason


def test_charsets_from_the_server_then_the_page() -> None:
    latin = "<html><head><meta charset='iso-8859-1'></head><body><p>Bogotá</p></body></html>".encode("latin-1")
    assert "Bogotá" in decode_html(latin, None)
    assert "Bogotá" in decode_html("<p>Bogotá</p>".encode("cp1252"), "cp1252")
    assert decode_html(b"<p>\xff</p>", None) == "<p>\ufffd</p>"
    assert RAIL[0] in decode_html(RAIL[0].encode("utf-8"), "no-such-charset")
