"""``geokg ingest`` and ``geokg extract`` with URLs from the loopback site: the options reach the readers, a bad
input is one line and exit code 1 while the good one is ingested."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.sources.pages import url_id
from tests.test_cli import geokg

from .site import Site


def _skipped_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("skipped ")]


def test_a_bad_allow_address_is_a_usage_error() -> None:
    from click.testing import CliRunner

    from geokg.cli import cli

    result = CliRunner().invoke(cli, ["ingest", "https://news.example/", "--allow-address", "intranet"])
    assert result.exit_code == 2 and "'intranet' is not an IP address" in result.output


@pytest.mark.slow
def test_ingest_a_feed_and_report_a_bomb(site: Site, tmp_path: Path) -> None:
    good, bomb = site.url("/feeds/region.atom"), site.url("/feeds/laughs.rss")
    proc = geokg("ingest", good, bomb, "--allow-private", "--store", str(tmp_path / "kg"), check=False)
    assert proc.returncode == 1, proc.stderr
    assert "ingested 2 article(s): 2 added" in proc.stdout
    [line] = _skipped_lines(proc.stderr)
    assert line.startswith(f"skipped {bomb}: the feed declares the entity 'a'")
    assert "1 input(s) skipped; fix them and run again" in proc.stderr


@pytest.mark.slow
def test_extract_with_one_trusted_address_and_an_item_cap(site: Site) -> None:
    feed = site.url("/feeds/region.atom")
    other = feed.replace("127.0.0.1", "127.0.0.2")  # loopback too, but not the address trusted
    proc = geokg("extract", feed, other, "--allow-address", "127.0.0.1", "--max-items", "1", check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    capped, refused = _skipped_lines(proc.stderr)
    assert capped == (
        f"skipped {feed}: the feed has 2 items; read the first 1 and skipped 1; raise --max-items to read more"
    )
    assert refused.startswith(f"skipped {other}: refused, the host resolves to a loopback address (127.0.0.2)")
    records = [json.loads(row) for row in proc.stdout.splitlines()]
    assert {r["doc"] for r in records} == {url_id("tag:plains.example,2025:7")}  # the first item only
    assert {"Kenya", "Uganda"} <= {r["text"] for r in records if r["kind"] == "entity"}
