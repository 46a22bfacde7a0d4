"""Imported events -> quads of their file's named graph, in geokg's ontology (docs/imports.md).

An imported event is a ``geo:ImportedEvent`` (not a ``geo:Event``: geokg's own counts leave it out) with the
properties geokg's events have: ``geo:actor`` and ``geo:target`` (actors matched to geokg's,
:mod:`graph.imports.actors`), ``geo:cameo``, ``geo:cameoCode``, ``geo:quadClass``, ``geo:goldstein``,
``geo:date``, ``geo:location`` (a GeoSPARQL feature), and ``geo:coder``, ``geo:coderEventId``,
``geo:sourceUrl``, ``prov:wasDerivedFrom`` the import. The graph's own node, a ``geo:EventImport``, comes last,
with the number of events: an import cut short has none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, URIRef

from ingest.places import wkt_point
from ingest.records import Skipped

from ..rdf.mint import (
    cameo_iri,
    geometry_iri,
    geonames_iri,
    imported_event_iri,
    imported_geometry_iri,
    imported_place_iri,
)
from ..rdf.rdf import N, decimal_form
from ..rdf.vocab import GEO, GSP, PROV, SCHEMA, WGS
from .actors import ActorMatcher, MatchKind
from .records import ImportedEvent, ImportedPlace

__all__ = ["ImportTally", "import_quads"]


@dataclass
class ImportTally:
    """What one file gave: events, skipped lines, and how their actors were matched."""

    events: int = 0
    skipped: int = 0
    actors: Counter[MatchKind] = field(default_factory=Counter)


def _lit(value: object, datatype: URIRef) -> ox.Literal:
    return ox.Literal(str(value).lower() if isinstance(value, bool) else str(value), datatype=N(datatype))


def _place_quads(place: ImportedPlace, g: ox.NamedNode) -> tuple[ox.NamedNode, list[ox.Quad]]:
    """A place as a GeoSPARQL feature: GeoNames' IRI when the coder gives its id, else one minted from the name
    and point; its name, ISO country code and point (WKT, and WGS84 numbers)."""
    if place.geonameid is not None:
        feature = N(geonames_iri(place.geonameid))
    else:
        feature = N(imported_place_iri(place.name, place.country, place.lat, place.lon))
    quads = [
        ox.Quad(feature, N(RDF.type), N(GSP.Feature), g),
        ox.Quad(feature, N(RDFS.label), ox.Literal(place.name), g),
    ]
    if place.country:
        quads.append(ox.Quad(feature, N(GEO.countryCode), ox.Literal(place.country), g))
    if place.lat is not None and place.lon is not None:
        if place.geonameid is not None:
            geometry = N(geometry_iri(place.geonameid))
        else:
            geometry = N(imported_geometry_iri(URIRef(feature.value)))
        quads += [
            ox.Quad(feature, N(GSP.hasGeometry), geometry, g),
            ox.Quad(feature, N(WGS.lat), _lit(decimal_form(place.lat), XSD.decimal), g),
            ox.Quad(feature, N(WGS.long), _lit(decimal_form(place.lon), XSD.decimal), g),
            ox.Quad(geometry, N(RDF.type), N(GSP.Geometry), g),
            ox.Quad(geometry, N(GSP.asWKT), _lit(wkt_point(place.lon, place.lat), GSP.wktLiteral), g),
        ]
    return feature, quads


def _event_quads(
    event: ImportedEvent,
    g: ox.NamedNode,
    coder: str,
    matcher: ActorMatcher,
    tally: ImportTally,
    seen: set[ox.NamedNode | URIRef],
) -> Iterator[ox.Quad]:
    """One event's quads; the new actors and places not ``seen`` yet in this file come with it."""
    ev = N(imported_event_iri(coder, event.event_id))
    yield ox.Quad(ev, N(RDF.type), N(GEO.ImportedEvent), g)
    yield ox.Quad(ev, N(GEO.coder), ox.Literal(coder), g)
    yield ox.Quad(ev, N(GEO.coderEventId), ox.Literal(event.event_id), g)
    yield ox.Quad(ev, N(PROV.wasDerivedFrom), g, g)
    for prop, side in ((GEO.actor, event.actor), (GEO.target, event.target)):
        if side is None:
            continue
        match = matcher.match(side)
        tally.actors[match.kind] += 1
        yield ox.Quad(ev, N(prop), N(match.iri), g)
        if match.kind is MatchKind.NEW and match.iri not in seen:
            seen.add(match.iri)
            yield from match.quads(g)
    coded = event.coded
    yield ox.Quad(ev, N(GEO.cameo), N(cameo_iri(coded.root)), g)
    if coded.code:
        yield ox.Quad(ev, N(GEO.cameoCode), ox.Literal(coded.code), g)
    if coded.quad_class is not None:
        yield ox.Quad(ev, N(GEO.quadClass), _lit(coded.quad_class, XSD.integer), g)
    if coded.goldstein is not None:
        yield ox.Quad(ev, N(GEO.goldstein), _lit(decimal_form(coded.goldstein), XSD.decimal), g)
    if event.date:
        yield ox.Quad(ev, N(GEO.date), _lit(event.date, XSD.date), g)
    if event.negated:
        yield ox.Quad(ev, N(GEO.negated), _lit(True, XSD.boolean), g)
    if event.plover:
        yield ox.Quad(ev, N(GEO.plover), ox.Literal(event.plover), g)
    for mode in event.modes:
        yield ox.Quad(ev, N(GEO.ploverMode), ox.Literal(mode), g)
    for context in event.contexts:
        yield ox.Quad(ev, N(GEO.ploverContext), ox.Literal(context), g)
    if event.source_url:
        yield ox.Quad(ev, N(GEO.sourceUrl), ox.Literal(event.source_url), g)
    if event.place is not None:
        feature, quads = _place_quads(event.place, g)
        yield ox.Quad(ev, N(GEO.location), feature, g)
        if feature not in seen:
            seen.add(feature)
            yield from quads


def import_quads(
    items: Iterable[ImportedEvent | Skipped],
    g: ox.NamedNode,
    *,
    coder: str,
    file_name: str,
    file_hash: str,
    matcher: ActorMatcher,
    tally: ImportTally,
    on_item: Callable[[ImportedEvent | Skipped], None] | None = None,
) -> Iterator[ox.Quad]:
    """The quads of one imported file's graph as the reader gives its events, the graph's own node last.

    ``tally`` counts as they go; ``on_item`` sees each event and each skipped line (progress, messages). Only
    the new actors and places seen so far are held, not the quads."""
    seen: set[ox.NamedNode | URIRef] = set()
    for item in items:
        if isinstance(item, Skipped):
            tally.skipped += 1
        else:
            tally.events += 1
            yield from _event_quads(item, g, coder, matcher, tally, seen)
        if on_item is not None:
            on_item(item)
    yield ox.Quad(g, N(RDF.type), N(GEO.EventImport), g)
    yield ox.Quad(g, N(GEO.coder), ox.Literal(coder), g)
    yield ox.Quad(g, N(SCHEMA.name), ox.Literal(file_name), g)
    yield ox.Quad(g, N(GEO.fileHash), ox.Literal(file_hash), g)
    yield ox.Quad(g, N(GEO.skippedRecords), _lit(tally.skipped, XSD.integer), g)
    yield ox.Quad(g, N(GEO.importedEvents), _lit(tally.events, XSD.integer), g)
