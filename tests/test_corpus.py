"""The research corpus (corpus/news-2022-2025.jsonl): well-formed, balanced, and read by geokg's reader."""

from __future__ import annotations

import collections
import json
from datetime import date
from pathlib import Path

from ingest.readers import read_articles
from ingest.records import Article

CORPUS = Path(__file__).parent.parent / "examples" / "news-2022-2025.jsonl"
KEYS = ["id", "title", "published", "source", "url", "region", "text"]
REGIONS = {"Europe": 80, "Middle East": 60, "Africa": 40, "Asia": 50, "Americas": 25}


def _rows() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf8").splitlines() if line.strip()]


def test_every_article_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 300
    assert all(list(r) == KEYS for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(date(2022, 1, 1) <= date.fromisoformat(r["published"]) <= date(2025, 12, 31) for r in rows)
    assert all(70 <= len(r["text"].split()) <= 180 for r in rows)


def test_regions_and_years_are_covered() -> None:
    rows = _rows()
    regions = collections.Counter(r["region"] for r in rows)
    assert all(regions[name] >= least for name, least in REGIONS.items()), regions
    years = collections.Counter(r["published"][:4] for r in rows)
    assert all(years[str(y)] >= 50 for y in range(2022, 2026)), years


def test_the_reader_takes_every_article() -> None:
    read = [item for item in read_articles([str(CORPUS)]) if isinstance(item, Article)]
    assert len(read) == len(_rows())
