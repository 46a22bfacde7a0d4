"""Where events happened: an offline world map page of the events that have a GeoNames place.

Events are grouped by place into points, coloured by their most frequent quad class and sized by their count
(circle area grows with the count). The page draws Natural Earth's 1:110m country outlines (bundled in
``data/countries-110m.json``, see :mod:`graph.viz.build_worldmap`) and the points in SVG with its own small
script (``templates/map.js``); a date filter hides and resizes the points, a click lists the evidence.

As on the graph page, article text is data, never markup: it travels as JSON in a
``<script type="application/json">`` block and the script writes it with ``textContent``. The
Content-Security-Policy allows only the page's own script and style, by their hashes, and nothing outside.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..rdf.mint import _digest
from ..rdf.sparql import sparql_file
from ..store.protocol import GraphStore
from .viz import CAMEO_NAMES, QUAD_COLOURS, QUAD_NAMES, templates

__all__ = [
    "R_MAX",
    "R_MIN",
    "Evidence",
    "MapData",
    "MapEvent",
    "MapPoint",
    "country_anchors",
    "map_csp",
    "map_data",
    "point_radius",
    "render_map_html",
    "write_map_html",
]

log = logging.getLogger(__name__)

_MAP_EVENTS = sparql_file(__file__, "map_events.rq")
R_MIN, R_MAX = 3.0, 18.0  # circle radius in screen pixels: the fewest events, the most
EVIDENCE_PER_EVENT = 5
DEFAULT_TITLE = "geokg: where events happened"


@dataclass(frozen=True)
class Evidence:
    """One report of an event: its sentence and the article it is from."""

    sentence: str
    article_id: str = ""
    title: str = ""
    url: str = ""
    published: str = ""


@dataclass
class MapEvent:
    """An event at a place: date, quad class (1-4), CAMEO root and code, who did what to whom, its reports."""

    iri: str
    date: str | None
    quad_class: int | None
    cameo: str
    code: str
    predicate: str
    actor: str
    target: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class MapPoint:
    """A place on the map and its events; ``approximate`` when the reports name only a country, drawn at a
    point inside it (its anchor)."""

    iri: str
    name: str
    country: str
    lat: float
    lon: float
    approximate: bool = False
    events: list[MapEvent] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.events)

    @property
    def quad_counts(self) -> dict[int, int]:
        """Events per quad class (classes with none left out)."""
        return dict(sorted(Counter(e.quad_class for e in self.events if e.quad_class is not None).items()))

    @property
    def quad_class(self) -> int | None:
        """The most frequent quad class (a tie goes to the lower class, as on the graph page)."""
        counts = self.quad_counts
        return max(sorted(counts), key=lambda q: counts[q]) if counts else None

    @property
    def dates(self) -> list[str]:
        return sorted({e.date for e in self.events if e.date})


@dataclass(frozen=True)
class MapData:
    """The points to draw, how many events they hold, and a note on what was left out (None when nothing)."""

    points: list[MapPoint]
    events: int
    note: str | None = None


def point_radius(count: int, top: int) -> float:
    """A point's radius in pixels: area in proportion to its events (square root scale), at least
    :data:`R_MIN`, :data:`R_MAX` for the point with the most (``top``)."""
    if count <= 0 or top <= 0:
        return 0.0
    return round(max(R_MIN, R_MAX * math.sqrt(min(count, top) / top)), 2)


@lru_cache(maxsize=1)
def _outlines() -> dict:
    return json.loads((resources.files("graph.viz") / "data" / "countries-110m.json").read_text(encoding="utf8"))


def country_anchors() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 code -> (lat, lon) of a point inside the country, from the bundled outlines."""
    return {c["iso"]: (c["anchor"][1], c["anchor"][0]) for c in _outlines()["countries"] if c["iso"]}


def _value(solution, name: str) -> str:
    term = solution[name]
    return "" if term is None else str(term.value)


def _in_window(date: str | None, since: str | None, until: str | None) -> bool:
    if since and (not date or date < since):
        return False
    return not (until and (not date or date > until))


def _points(rows: Iterable, since: str | None, until: str | None) -> tuple[dict[str, MapPoint], int]:
    """Rows of ``map_events.rq`` grouped into points; also the number of events with no point to draw."""
    anchors = country_anchors()
    points: dict[str, MapPoint] = {}
    events: dict[tuple[str, str], MapEvent] = {}
    unplaced: set[str] = set()
    for row in rows:
        iri, location = _value(row, "event"), _value(row, "location")
        date = _value(row, "date") or None
        if not _in_window(date, since, until):
            continue
        point = points.get(location)
        if point is None:
            country = _value(row, "country")
            lat, lon = _value(row, "lat"), _value(row, "lon")
            if lat and lon:
                point = MapPoint(location, _value(row, "place"), country, float(lat), float(lon))
            elif country in anchors:
                lat_c, lon_c = anchors[country]
                point = MapPoint(location, _value(row, "place") or country, country, lat_c, lon_c, approximate=True)
            else:
                unplaced.add(iri)
                continue
            points[location] = point
        event = events.get((location, iri))
        if event is None:
            quad = _value(row, "quad")
            event = MapEvent(
                iri=iri,
                date=date,
                quad_class=int(quad) if quad.isdigit() else None,
                cameo=_value(row, "cameo"),
                code=_value(row, "code"),
                predicate=_value(row, "predicate"),
                actor=_value(row, "actorLabel"),
                target=_value(row, "targetLabel"),
            )
            events[(location, iri)] = event
            point.events.append(event)
        evidence = Evidence(
            _value(row, "sentence"),
            _value(row, "articleId"),
            _value(row, "headline"),
            _value(row, "url"),
            _value(row, "published")[:10],
        )
        if evidence not in event.evidence and len(event.evidence) < EVIDENCE_PER_EVENT:
            event.evidence.append(evidence)
    return points, len(unplaced)


def map_data(
    store: GraphStore, *, since: str | None = None, until: str | None = None, max_events: int | None = None
) -> MapData:
    """The store's located events between ``since`` and ``until`` (``YYYY-MM-DD``, inclusive; an undated
    event is left out when either is set) grouped by place. With ``max_events``, the most recent events up
    to that many are kept and the note says so."""
    points, unplaced = _points(store.query(_MAP_EVENTS), since, until)
    total = sum(p.count for p in points.values())
    notes = []
    if max_events is not None and total > max_events:
        ranked = sorted((e.date or "", e.iri) for p in points.values() for e in p.events)
        kept = {iri for _, iri in ranked[-max_events:]} if max_events > 0 else set()
        for p in points.values():
            p.events = [e for e in p.events if e.iri in kept]
        notes.append(f"showing the {max_events:,} most recent of {total:,} located events")
        total = sum(p.count for p in points.values())
    if unplaced:
        notes.append(f"{unplaced:,} event(s) at places with no point and no known country are not drawn")
    drawn = sorted((p for p in points.values() if p.events), key=lambda p: (-p.count, p.name, p.iri))
    return MapData(drawn, total, "; ".join(notes) or None)


def _safe_url(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else ""


def _page_data(data: MapData) -> dict:
    top = max((p.count for p in data.points), default=0)
    points = []
    for p in data.points:
        points.append(
            {
                "id": "p" + _digest(p.iri),
                "iri": p.iri,
                "name": p.name,
                "country": p.country,
                "lat": round(p.lat, 4),
                "lon": round(p.lon, 4),
                "approx": p.approximate,
                "quad": p.quad_class,
                "r": point_radius(p.count, top),
                "events": [
                    {
                        "date": e.date or "",
                        "quad": e.quad_class,
                        "cameo": e.cameo,
                        "code": e.code,
                        "what": f"{e.actor} \u2192 {e.target}" + (f": {e.predicate}" if e.predicate else ""),
                        "evidence": [
                            {
                                "sentence": ev.sentence,
                                "article": ev.article_id,
                                "title": ev.title or ev.article_id,
                                "url": _safe_url(ev.url),
                                "published": ev.published,
                            }
                            for ev in e.evidence
                        ],
                    }
                    for e in sorted(p.events, key=lambda e: (e.date or "", e.iri))
                ],
            }
        )
    dates = sorted({d for p in data.points for d in p.dates})
    return {
        "countries": [{"iso": c["iso"], "name": c["name"], "d": c["d"]} for c in _outlines()["countries"]],
        "points": points,
        "quads": {q: {"name": QUAD_NAMES[q], "colour": c} for q, c in QUAD_COLOURS.items()},
        "cameo": CAMEO_NAMES,
        "radius": {"min": R_MIN, "max": R_MAX},
        "range": [dates[0], dates[-1]] if dates else [],
    }


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf8")).digest()).decode("ascii") + "'"


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    folder = resources.files("graph.viz") / "templates"
    js = (folder / "map.js").read_text(encoding="utf8")
    css = (folder / "map.css").read_text(encoding="utf8")
    if "</script" in js.lower() or "</style" in css.lower():
        raise ValueError("map.js or map.css closes its own element; remove the closing tag from it")
    return js, css


def map_csp() -> str:
    """The page's Content-Security-Policy: its own script and style (by hash), nothing from anywhere."""
    js, css = _assets()
    return (
        f"default-src 'none'; script-src {_csp_hash(js)}; style-src {_csp_hash(css)}; img-src data:; "
        "connect-src 'none'; form-action 'none'; base-uri 'none'"
    )


def render_map_html(data: MapData, *, title: str = DEFAULT_TITLE, note: str | None = None) -> str:
    """A self-contained HTML page of the map (``note`` is shown above it, after the data's own note)."""
    js, css = _assets()
    n_places = len(data.points)
    summary = f"{data.events:,} event(s) at {n_places:,} place(s)"
    quads = [{"name": QUAD_NAMES[q], "colour": c} for q, c in QUAD_COLOURS.items()]
    return (
        templates()
        .get_template("map.html")
        .render(
            title=title,
            summary=summary,
            note="; ".join(n for n in (data.note, note) if n),
            csp=map_csp(),
            quads=quads,
            data=_page_data(data),
            map_js=js,
            map_css=css,
        )
    )


def write_map_html(
    store: GraphStore,
    output: str | Path,
    *,
    since: str | None = None,
    until: str | None = None,
    title: str = DEFAULT_TITLE,
    max_events: int | None = None,
) -> Path:
    """Write the map page of the store's located events (between ``since`` and ``until``); returns the path."""
    data = map_data(store, since=since, until=until, max_events=max_events)
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_map_html(data, title=title), encoding="utf8")
    log.info("wrote %s (%d events at %d places)", out, data.events, len(data.points))
    return out
