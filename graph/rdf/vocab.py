"""geokg's RDF vocabulary. Code writes ``GEO.Event``, never IRI strings."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "ACTOR",
    "ANALYSIS",
    "ARTICLE",
    "BASE",
    "CAMEO",
    "EVENT",
    "GEO",
    "GEOMETRY",
    "GEONAMES",
    "GRAPH",
    "GSP",
    "IMPORTED",
    "IMPORT_GRAPH",
    "MENTION",
    "PROV",
    "PUBLISHER",
    "REL",
    "SCHEMA",
    "TENURE",
    "WD",
    "WGS",
]

BASE = "https://w3id.org/geokg/"


class GEO(DefinedNamespace):
    """Classes and properties of the geokg ontology."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # classes
    Actor: URIRef
    Country: URIRef
    Person: URIRef
    Organisation: URIRef
    IGO: URIRef
    ArmedGroup: URIRef
    GroupActor: URIRef
    Location: URIRef
    Event: URIRef
    Mention: URIRef
    # actor properties
    actorType: URIRef
    mentionedIn: URIRef
    leaderOf: URIRef
    memberOf: URIRef
    office: URIRef
    sector: URIRef
    country: URIRef
    # event properties
    actor: URIRef
    target: URIRef
    predicate: URIRef
    cameo: URIRef
    cameoCode: URIRef
    quadClass: URIRef
    goldstein: URIRef
    plover: URIRef
    theme: URIRef
    place: URIRef
    placeText: URIRef
    location: URIRef
    countryCode: URIRef
    reportedBy: URIRef
    # dated offices
    Tenure: URIRef
    holder: URIRef
    heldIn: URIRef
    officeRole: URIRef
    validFrom: URIRef
    validUntil: URIRef
    negated: URIRef
    modality: URIRef
    date: URIRef
    mention: URIRef
    # provenance
    sentence: URIRef
    start: URIRef
    end: URIRef
    subjectText: URIRef
    objectText: URIRef
    # analysis results (geokg analyze --write NAME), each run in its own named graph
    AnalysisRun: URIRef
    Bloc: URIRef
    ActorScore: URIRef
    method: URIRef
    windowStart: URIRef
    windowEnd: URIRef
    byCountry: URIRef
    frustrationIndex: URIRef
    fromRun: URIRef
    inBloc: URIRef
    blocSize: URIRef
    scoreOf: URIRef
    pagerank: URIRef
    betweenness: URIRef
    blocsReached: URIRef
    # articles
    articleId: URIRef
    contentHash: URIRef
    sourcePath: URIRef
    # other coders' events (geokg import gdelt|plover), each imported file in its own named graph
    CodedEvent: URIRef
    ImportedEvent: URIRef
    EventImport: URIRef
    coder: URIRef
    coderEventId: URIRef
    sourceUrl: URIRef
    ploverMode: URIRef
    ploverContext: URIRef
    importedEvents: URIRef
    skippedRecords: URIRef
    fileHash: URIRef


ACTOR = Namespace(BASE + "actor/")
EVENT = Namespace(BASE + "event/")
MENTION = Namespace(BASE + "mention/")
ARTICLE = Namespace(BASE + "article/")
PUBLISHER = Namespace(BASE + "publisher/")
GRAPH = Namespace(BASE + "graph/")
ANALYSIS = Namespace(BASE + "graph/analysis/")
IMPORT_GRAPH = Namespace(BASE + "graph/import/")  # one imported file: IMPORT_GRAPH["gdelt/20250110-export"]
IMPORTED = Namespace(BASE + "imported/")  # other coders' events and places: IMPORTED["gdelt/event/1234"]
REL = Namespace(BASE + "rel/")
CAMEO = Namespace(BASE + "cameo/")
TENURE = Namespace(BASE + "tenure/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
WD = Namespace("http://www.wikidata.org/entity/")
GEONAMES = Namespace("https://sws.geonames.org/")  # a GeoNames place: GEONAMES["706483/"]
GEOMETRY = Namespace(BASE + "geometry/")
PLACE = Namespace(BASE + "place/")  # a located place with no GeoNames id (a disputed region): PLACE["<hash>"]


class GSP(DefinedNamespace):
    """The GeoSPARQL terms geokg writes (OGC GeoSPARQL 1.1)."""

    _fail = True
    _NS = Namespace("http://www.opengis.net/ont/geosparql#")

    Feature: URIRef
    Geometry: URIRef
    hasGeometry: URIRef
    asWKT: URIRef
    wktLiteral: URIRef


class WGS(DefinedNamespace):
    """W3C's basic geo vocabulary (WGS84 latitude and longitude as numbers, for box queries in plain SPARQL)."""

    _fail = True
    _NS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")

    lat: URIRef
    long: URIRef
