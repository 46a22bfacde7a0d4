"""The map page (graph/viz/map.py): events grouped by place, sizes, colours, the date window, the row cap,
text kept as data, nothing fetched, the policy; the bundled outlines and their build; ``geokg viz --map``."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from geokg.cli import cli
from graph.store.store import Store
from graph.viz import QUAD_COLOURS, R_MAX, R_MIN, map_csp, map_data, point_radius, render_map_html, write_map_html
from graph.viz.build_worldmap import build, decode_countries, svg_path
from ingest.errors import GeoKGError, QueryError
from tests.conftest import ROOT
from tests.graph.viz.places import HOSTILE, located_store

DATA = ROOT / "graph" / "viz" / "data" / "countries-110m.json"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    return located_store(tmp_path_factory.mktemp("map") / "kg")


@pytest.fixture()
def store(store_dir: Path) -> Iterator[Store]:
    with Store(store_dir, read_only=True) as s:
        yield s


def _page_data(page: str) -> dict:
    block = re.search(r'<script id="geokg-data" type="application/json">(.*?)</script>', page, re.DOTALL)
    assert block is not None
    return json.loads(block.group(1))


def _by_name(points) -> dict:
    return {p.name: p for p in points}


def test_events_are_grouped_by_place(store: Store) -> None:
    data = map_data(store)
    places = _by_name(data.points)
    assert set(places) == {"Kharkiv", "Istanbul", "Cairo", "Paris", "Iran", "Geneva", "Tokyo"}  # Beijing: denied
    assert data.events == 8 and sum(p.count for p in data.points) == 8
    kharkiv = places["Kharkiv"]
    assert kharkiv.count == 2 and kharkiv.quad_counts == {4: 2} and kharkiv.quad_class == 4
    assert kharkiv.dates == ["2025-03-04", "2025-07-02"] and data.points[0] is kharkiv  # most events first
    assert (kharkiv.lat, kharkiv.lon, kharkiv.country, kharkiv.approximate) == (49.98081, 36.25272, "UA", False)
    assert [ev.sentence for e in kharkiv.events for ev in e.evidence] == [
        "Russia shelled Ukraine near Kharkiv overnight.",
        "Russia again struck Ukraine around Kharkiv.",
    ]
    first = kharkiv.events[0]
    assert (first.cameo, first.actor, first.target, first.predicate) == ("19", "Russia", "Ukraine", "attack")
    assert first.evidence[0].article_id == "m1" and first.evidence[0].title == "Night shelling"
    # a place that is only a country is drawn at a point inside it
    iran = places["Iran"]
    assert iran.approximate and 25 < iran.lat < 40 and 44 < iran.lon < 63
    assert places["Paris"].events[0].evidence[0].url == "https://example.org/briefing"
    assert places["Tokyo"].dates == []  # undated
    assert data.note == "1 event(s) at places with no point and no known country are not drawn"


def test_date_window_leaves_out_other_and_undated_events(store: Store) -> None:
    data = map_data(store, since="2025-03-01", until="2025-06-15")
    places = _by_name(data.points)
    assert set(places) == {"Kharkiv", "Geneva", "Istanbul", "Iran"}
    assert places["Kharkiv"].dates == ["2025-03-04"] and data.events == 4
    assert {p.name for p in map_data(store, since="2025-07-01").points} == {"Kharkiv"}


def test_the_row_cap_keeps_the_latest_events(store: Store) -> None:
    data = map_data(store, max_events=3)
    assert data.events == 3
    assert sorted(d for p in data.points for d in p.dates) == ["2025-06-13", "2025-06-20", "2025-07-02"]
    assert data.note is not None and data.note.startswith("showing the 3 most recent of 8 located events")


def test_radius_grows_with_the_square_root() -> None:
    assert point_radius(16, 16) == R_MAX
    assert point_radius(4, 16) == R_MAX / 2  # a quarter of the events, a quarter of the area
    assert point_radius(1, 10_000) == R_MIN  # never too small to click
    assert point_radius(0, 5) == 0.0
    a, b = point_radius(5, 10), point_radius(10, 10)
    assert math.isclose((a / b) ** 2, 0.5, rel_tol=1e-3)


def test_page_data_has_sizes_colours_and_the_date_range(store: Store) -> None:
    data = _page_data(render_map_html(map_data(store)))
    points = {p["name"]: p for p in data["points"]}
    assert points["Kharkiv"]["r"] == R_MAX and points["Cairo"]["r"] == point_radius(1, 2)
    assert [points[name]["quad"] for name in ("Kharkiv", "Cairo", "Paris", "Istanbul")] == [4, 2, 3, 1]
    assert {q: v["colour"] for q, v in data["quads"].items()} == QUAD_COLOURS
    assert data["range"] == ["2025-02-10", "2025-07-02"]
    assert [e["date"] for e in points["Kharkiv"]["events"]] == ["2025-03-04", "2025-07-02"]
    assert points["Iran"]["approx"] is True and points["Tokyo"]["events"][0]["date"] == ""
    assert len(data["countries"]) > 170 and any(c["iso"] == "UA" for c in data["countries"])


def test_hostile_text_is_data_never_markup(store: Store) -> None:
    page = render_map_html(map_data(store), title=HOSTILE, note=HOSTILE)
    assert "<img" not in page and "</script><img" not in page and 'onerror="' not in page
    assert len(re.findall(r"<script", page)) == 2  # the data and the page's own script, nothing else
    assert "&lt;/script&gt;&lt;img" in page  # the title and the note, escaped
    geneva = next(p for p in _page_data(page)["points"] if p["name"] == "Geneva")
    evidence = geneva["events"][0]["evidence"][0]
    assert HOSTILE in evidence["sentence"] and evidence["title"] == HOSTILE
    assert evidence["url"] == ""  # a javascript: URL is no link


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf8")).digest()).decode() + "'"


def test_page_is_offline_with_a_strict_policy(store: Store, tmp_path: Path) -> None:
    page = write_map_html(store, tmp_path / "deep" / "map.html").read_text(encoding="utf8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.IGNORECASE)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", page, re.IGNORECASE) and "@import" not in page
    outside_data = re.sub(r'<script id="geokg-data".*?</script>', "", page, flags=re.DOTALL)
    assert set(re.findall(r"https?://[^\s\"'<>)]+", outside_data)) == {"http://www.w3.org/2000/svg"}
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    csp = policy.group(1).replace("&#39;", "'")
    assert csp == map_csp() and "default-src 'none'" in csp and "unsafe-inline" not in csp
    script = re.search(r"<script>(.*?)</script>", page, re.DOTALL)
    style = re.search(r"<style>(.*?)</style>", page, re.DOTALL)
    assert script is not None and style is not None
    assert f"script-src {_hash(script.group(1))};" in csp and f"style-src {_hash(style.group(1))};" in csp


def test_bundled_outlines_are_small_and_credited() -> None:
    data = json.loads(DATA.read_text(encoding="utf8"))
    assert DATA.stat().st_size < 300_000
    assert "Natural Earth" in data["source"] and "world-atlas" in data["source"]
    countries = {c["iso"]: c for c in data["countries"] if c["iso"]}
    assert len(data["countries"]) == 177 and {"UA", "US", "FR", "RU", "FJ", "XK"} <= set(countries)
    for c in data["countries"]:
        assert c["d"].startswith("M") and c["d"].endswith("z")
        lon, lat = c["anchor"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    lon, lat = countries["FR"]["anchor"]
    assert -5 < lon < 8 and 42 < lat < 51  # mainland France, not between it and French Guiana


def _square(x0: int, y0: int, size: int) -> list[list[int]]:
    return [[x0, y0], [size, 0], [0, size], [-size, 0], [0, -size]]


def test_topology_is_decoded_and_cut_at_the_antimeridian(tmp_path: Path) -> None:
    # quantized arcs with an identity transform: a square, and a ring from 170 to -175 degrees across 180,
    # cut there as Natural Earth's are (-180 and 180 both on it)
    across = [[170, -10], [10, 0], [-360, 0], [5, 0], [0, 5], [-5, 0], [360, 0], [-10, 0], [0, -5]]
    topology = {
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [_square(10, 20, 4), across],
        "objects": {
            "countries": {
                "geometries": [
                    {"type": "Polygon", "arcs": [[0]], "id": "250", "properties": {"name": "Squareland"}},
                    {"type": "MultiPolygon", "arcs": [[[1]]], "id": "242", "properties": {"name": "Dateline"}},
                    {"type": "Polygon", "arcs": [[~0]], "properties": {"name": "Kosovo"}},
                ]
            }
        },
    }
    square, dateline, kosovo = decode_countries(topology, {250: "FR", 242: "FJ"})
    assert (square.iso, square.name, square.anchor) == ("FR", "Squareland", (12.0, 22.0))
    assert svg_path(square.rings) == "M10 -20l4 0 0 -4 -4 0z"
    assert kosovo.iso == "XK" and svg_path(kosovo.rings).startswith("M10 -20l0 -4")
    assert len(dateline.rings) == 2  # one piece on each side of the antimeridian
    assert sorted((min(x for x, _ in r), max(x for x, _ in r)) for r in dateline.rings) == [(-180, -175), (170, 180)]
    source = tmp_path / "topo.json"
    source.write_text(json.dumps(topology), encoding="utf8")
    assert build(source, tmp_path / "out.json") > 0
    out = json.loads((tmp_path / "out.json").read_text(encoding="utf8"))
    assert [c["name"] for c in out["countries"]] == ["Dateline", "Kosovo", "Squareland"]
    with pytest.raises(GeoKGError, match=r"cannot read .*missing\.json.*countries-110m\.json"):
        build(tmp_path / "missing.json", tmp_path / "x.json")


def test_cli_writes_the_map(store_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    done = CliRunner().invoke(cli, ["viz", "--map", "--since", "2025-06-01", "-o", str(out), "--store", str(store_dir)])
    assert done.exit_code == 0, done.output
    assert str(out.resolve()) in done.output
    page = out.read_text(encoding="utf8")
    assert "<title>geokg: where events happened</title>" in page
    assert {p["name"] for p in _page_data(page)["points"]} == {"Kharkiv", "Paris", "Iran"}


def test_cli_map_refuses_graph_options_and_bad_dates(store_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["viz", "--map", "--store", str(store_dir), "-o", str(tmp_path / "m.html")]
    refused = runner.invoke(cli, [*args, "--actor", "Iran", "--quad-class", "4"])
    assert refused.exit_code == 2 and "--map shows every located event; drop --actor, --quad-class" in refused.output
    bad = runner.invoke(cli, [*args, "--until", "June"])
    assert isinstance(bad.exception, QueryError)
    with pytest.raises(QueryError, match=r"--until='June' is not a date; use YYYY-MM-DD"):
        raise bad.exception
    assert not (tmp_path / "m.html").exists()
