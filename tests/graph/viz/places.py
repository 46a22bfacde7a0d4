"""Hand-written articles whose events happened at known places, for the map tests (no NLP involved).

Kharkiv has two attacks (quad class 4, March and July 2025), Istanbul talks (1), Cairo aid (2), Paris
criticism (3, with a URL), Iran a strike placed only by its country (drawn at the country's anchor), Geneva
a hostile sentence and title, Tokyo an undated meeting, Beijing a denied (negated) supply that must not be
drawn, and one place with neither a point nor a country that cannot be drawn.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from graph.store.store import Store
from ingest.places import GeoPlace
from ingest.records import Article, Extraction
from tests.conftest import relation

HOSTILE = '</script><img src=x onerror="window.__pwned=1">'
KHARKIV = GeoPlace("Kharkiv", "UA", 706483, 49.98081, 36.25272)
ISTANBUL = GeoPlace("Istanbul", "TR", 745044, 41.01384, 28.94966)
CAIRO = GeoPlace("Cairo", "EG", 360630, 30.06263, 31.24967)
PARIS = GeoPlace("Paris", "FR", 2988507, 48.85341, 2.3488)
IRAN = GeoPlace("Iran", "IR", 130758, None, None)
GENEVA = GeoPlace("Geneva", "CH", 2660646, 46.20222, 6.14569)
TOKYO = GeoPlace("Tokyo", "JP", 1850147, 35.6895, 139.69171)
BEIJING = GeoPlace("Beijing", "CN", 1816670, 39.9075, 116.39723)
NOWHERE = GeoPlace("Nowhere Bay", None, 99999991, None, None)


def _event(
    aid: str,
    sentence: str,
    who: tuple[str, str],
    pred: str,
    whom: tuple[str, str],
    *,
    cameo: str,
    quad: int,
    where: GeoPlace,
    date: str | None,
    title: str,
    published: str,
    url: str | None = None,
    negated: bool = False,
) -> Extraction:
    """One article of one sentence reporting one event (``who`` and ``whom``: text and gazetteer key)."""
    rel = relation(sentence, *who, pred, *whom, cameo=cameo, quad=quad, goldstein=0.0, negated=negated, date=date)
    rel = dataclasses.replace(rel, where=where)
    article = Article(id=aid, text=sentence, title=title, published=published, source="Map Desk", url=url)
    return Extraction(article, mentions=[rel.subject, rel.object], relations=[rel])


RUSSIA, UKRAINE, IRAN_ = ("Russia", "russia"), ("Ukraine", "ukraine"), ("Iran", "iran")


def located_extractions() -> list[Extraction]:
    """Ten short articles, one event each, each at a place."""
    return [
        _event(
            "m1",
            "Russia shelled Ukraine near Kharkiv overnight.",
            RUSSIA,
            "attack",
            UKRAINE,
            cameo="19",
            quad=4,
            where=KHARKIV,
            date="2025-03-04",
            title="Night shelling",
            published="2025-03-04",
        ),
        _event(
            "m2",
            "Russia again struck Ukraine around Kharkiv.",
            RUSSIA,
            "attack",
            UKRAINE,
            cameo="18",
            quad=4,
            where=KHARKIV,
            date="2025-07-02",
            title="Another strike",
            published="2025-07-02",
        ),
        _event(
            "m3",
            "Russia met Ukraine for talks in Istanbul.",
            RUSSIA,
            "meet",
            UKRAINE,
            cameo="04",
            quad=1,
            where=ISTANBUL,
            date="2025-05-16",
            title="Talks",
            published="2025-05-16",
        ),
        _event(
            "m4",
            "China sent food aid to Egypt through Cairo.",
            ("China", "china"),
            "aid",
            ("Egypt", "egypt"),
            cameo="07",
            quad=2,
            where=CAIRO,
            date="2025-02-10",
            title="Food aid",
            published="2025-02-10",
        ),
        _event(
            "m5",
            "France criticised Iran at a press briefing in Paris.",
            ("France", "france"),
            "criticise",
            IRAN_,
            cameo="11",
            quad=3,
            where=PARIS,
            date="2025-06-20",
            title="Briefing",
            published="2025-06-20",
            url="https://example.org/briefing",
        ),
        _event(
            "m6",
            "Israel bombed Iran.",
            ("Israel", "israel"),
            "attack",
            IRAN_,
            cameo="19",
            quad=4,
            where=IRAN,
            date="2025-06-13",
            title="Strike",
            published="2025-06-13",
        ),
        _event(
            "m7",
            f"Switzerland hosted {HOSTILE} Iran in Geneva.",
            ("Switzerland", "switzerland"),
            "host",
            IRAN_,
            cameo="04",
            quad=1,
            where=GENEVA,
            date="2025-04-01",
            title=HOSTILE,
            published="2025-04-01",
            url="javascript:window.__pwned=2",
        ),
        _event(
            "m8",
            "Japan consulted India in Tokyo.",
            ("Japan", "japan"),
            "consult",
            ("India", "india"),
            cameo="04",
            quad=1,
            where=TOKYO,
            date=None,
            title="Consultation",
            published="2025-05-01",
        ),
        _event(
            "m9",
            "China denied sending arms to Russia from Beijing.",
            ("China", "china"),
            "supply",
            RUSSIA,
            cameo="07",
            quad=2,
            where=BEIJING,
            date="2025-03-20",
            title="Denial",
            published="2025-03-20",
            negated=True,
        ),
        _event(
            "m10",
            "Qatar mediated for Egypt at Nowhere Bay.",
            ("Qatar", "qatar"),
            "mediate",
            ("Egypt", "egypt"),
            cameo="04",
            quad=1,
            where=NOWHERE,
            date="2025-01-15",
            title="Mediation",
            published="2025-01-15",
        ),
    ]


def located_store(path: Path) -> Path:
    """A store on disk holding :func:`located_extractions`; returns its path."""
    with Store(path) as store:
        store.add_batch(located_extractions())
    return path
