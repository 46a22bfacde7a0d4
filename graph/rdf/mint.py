"""Mint IRIs from hashes and slugs, never from raw text."""

from __future__ import annotations

import hashlib
import re

from rdflib import URIRef

from .vocab import (
    ACTOR,
    ANALYSIS,
    ARTICLE,
    CAMEO,
    EVENT,
    GEOMETRY,
    GEONAMES,
    IMPORT_GRAPH,
    IMPORTED,
    MENTION,
    PLACE,
    PUBLISHER,
    REL,
    TENURE,
)

__all__ = [
    "actor_iri",
    "analysis_iri",
    "analysis_part_iri",
    "article_iri",
    "cameo_iri",
    "check_coder",
    "event_iri",
    "import_graph_iri",
    "imported_event_iri",
    "imported_geometry_iri",
    "imported_place_iri",
    "location_geometry_iri",
    "location_iri",
    "mention_iri",
    "publisher_iri",
    "rel_iri",
    "tenure_iri",
]

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf8")).hexdigest()[:16]


def _safe(key: str) -> str:
    """Keep a slug as it is; hash anything else."""
    return key if _SLUG.fullmatch(key) else "h-" + _digest(key)


def actor_iri(key: str) -> URIRef:
    return ACTOR[_safe(key)]


def article_iri(article_id: str) -> URIRef:
    return ARTICLE[_digest(article_id)]


def publisher_iri(name: str) -> URIRef:
    return PUBLISHER[_digest(name.casefold())]


def event_iri(*parts: object) -> URIRef:
    return EVENT[_digest(*parts)]


def tenure_iri(*parts: object) -> URIRef:
    """A dated office: the person, the owner, the role and the start."""
    return TENURE[_digest(*parts)]


def mention_iri(*parts: object) -> URIRef:
    return MENTION[_digest(*parts)]


def rel_iri(predicate: str) -> URIRef:
    return REL[_safe(re.sub(r"[^a-z0-9]+", "-", predicate.lower()).strip("-") or "related")]


def cameo_iri(code: str) -> URIRef:
    if not re.fullmatch(r"\d{2}", code):
        raise ValueError(f"CAMEO root code {code!r} is not two digits 01-20")
    return CAMEO[code]


_RUN_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


def analysis_iri(name: str) -> URIRef:
    """The named graph (and run node) of one stored analysis; ``name`` is a slug such as ``blocs-2025``."""
    if not _RUN_NAME.fullmatch(name):
        raise ValueError(
            f"analysis name {name!r} is not a slug; use lower-case letters, digits and '-' (e.g. blocs-2025)"
        )
    return ANALYSIS[name]


def analysis_part_iri(run: URIRef, *parts: object) -> URIRef:
    """A bloc or score node inside an analysis run, minted from a hash of its parts."""
    return URIRef(f"{run}/{_digest(*parts)}")


def geonames_iri(geonameid: int) -> URIRef:
    """GeoNames' own IRI of a place."""
    return GEONAMES[f"{int(geonameid)}/"]


def geometry_iri(geonameid: int) -> URIRef:
    """The point geokg writes for a GeoNames place."""
    return GEOMETRY[f"geonames-{int(geonameid)}"]


def location_iri(geonameid: int | None, name: str, lat: float | None, lon: float | None) -> URIRef:
    """Where an event happened: GeoNames' IRI when the place has a GeoNames id, else geokg's, from its name and
    point (a region GeoNames gives no id for, such as disputed Kashmir): ``place/<hash>``."""
    return geonames_iri(geonameid) if geonameid is not None else PLACE[_digest(name, lat, lon)]


def location_geometry_iri(geonameid: int | None, name: str, lat: float | None, lon: float | None) -> URIRef:
    """The point of :func:`location_iri`'s place."""
    return geometry_iri(geonameid) if geonameid is not None else GEOMETRY[f"place-{_digest(name, lat, lon)}"]


_CODER = re.compile(r"[a-z][a-z0-9-]{0,31}")


def check_coder(name: str) -> str:
    """``name`` when it is a coder's slug (``gdelt``, ``plover``, ``polecat``), else a ValueError."""
    if not _CODER.fullmatch(name) or name == "geokg":
        raise ValueError(
            f"coder name {name!r} is not a slug other than 'geokg'; use lower-case letters, digits and '-' "
            "(e.g. polecat)"
        )
    return name


def import_graph_iri(coder: str, file_name: str) -> URIRef:
    """The named graph of one imported file: ``graph/import/gdelt/20250110-export``; the file's name as a slug
    (lower-cased, other characters '-'), hashed when that is no slug."""
    slug = re.sub(r"[^a-z0-9]+", "-", file_name.lower()).strip("-")
    return IMPORT_GRAPH[f"{check_coder(coder)}/{_safe(slug)}"]


def imported_event_iri(coder: str, event_id: str) -> URIRef:
    """An event another coder reported, by its id there: ``imported/gdelt/event/1234``."""
    return IMPORTED[f"{check_coder(coder)}/event/{_safe(event_id)}"]


def imported_place_iri(*parts: object) -> URIRef:
    """A place another coder gave (its name and point), not one of GeoNames: ``imported/place/<hash>``."""
    return IMPORTED[f"place/{_digest(*parts)}"]


def imported_geometry_iri(place: URIRef) -> URIRef:
    """The point of a place another coder gave."""
    return GEOMETRY[f"imported-{_digest(place)}"]
