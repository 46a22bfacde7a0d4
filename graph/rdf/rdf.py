"""Extraction records -> RDF quads, one named graph per article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, XSD, URIRef

from ingest.places import GeoPlace
from ingest.records import Actor, Article, Background, Extraction, Relation

from .mint import (
    actor_iri,
    article_iri,
    cameo_iri,
    event_iri,
    location_geometry_iri,
    location_iri,
    mention_iri,
    publisher_iri,
    rel_iri,
    tenure_iri,
)
from .vocab import CAMEO, GEO, GRAPH, GSP, PROV, SCHEMA, WD, WGS

__all__ = [
    "BACKGROUND_GRAPH",
    "KIND_CLASS",
    "KnownEvent",
    "N",
    "article_quads",
    "background_quads",
    "event_identity",
    "graph_of",
    "iter_article_quads",
]

BACKGROUND_GRAPH = GRAPH["background"]
KIND_CLASS = {
    "Country": GEO.Country,
    "Person": GEO.Person,
    "IGO": GEO.IGO,
    "ArmedGroup": GEO.ArmedGroup,
    "Organisation": GEO.Organisation,
    "GroupActor": GEO.GroupActor,
    "Location": GEO.Location,
}
TYPE_CLASS = {
    "PERSON": GEO.Person,
    "ORG": GEO.Organisation,
    "GPE": GEO.Location,
    "LOC": GEO.Location,
    "FAC": GEO.Location,
    "NORP": GEO.GroupActor,
}


def N(iri: URIRef | str) -> ox.NamedNode:  # noqa: N802  (a term constructor)
    """An Oxigraph IRI term from an rdflib URIRef."""
    return ox.NamedNode(str(iri))


def decimal_form(value: object) -> str:
    """The canonical xsd:decimal form, as stores hand it back: ``4`` for 4.0, ``-2.5``, ``50.4501`` (no exponent,
    no trailing zeros). Writing it so keeps a graph equal to what is read back (the background graph is
    rewritten only when it changed)."""
    text = format(Decimal(str(value)).normalize(), "f")
    return "0" if text in ("-0", "") else text


def _lit(value: object, datatype: URIRef | None = None) -> ox.Literal:
    if datatype == XSD.decimal and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return ox.Literal(decimal_form(value), datatype=N(datatype))
    if datatype is not None:
        return ox.Literal(str(value).lower() if isinstance(value, bool) else str(value), datatype=N(datatype))
    return ox.Literal(str(value))


def graph_of(article_id: str) -> ox.NamedNode:
    """The named graph that holds one article's facts."""
    return N(article_iri(article_id))


def _actor_quads(actor: Actor, g: ox.NamedNode) -> Iterator[ox.Quad]:
    node = N(actor_iri(actor.key))
    yield ox.Quad(node, N(RDF.type), N(GEO.Actor), g)
    cls = KIND_CLASS.get(actor.kind or "") or TYPE_CLASS.get(actor.type)
    if cls is not None:
        yield ox.Quad(node, N(RDF.type), N(cls), g)
    yield ox.Quad(node, N(RDFS.label), ox.Literal(actor.label), g)
    yield ox.Quad(node, N(GEO.actorType), ox.Literal(actor.type), g)
    if actor.wikidata:
        yield ox.Quad(node, N(OWL.sameAs), N(WD[actor.wikidata]), g)
    if actor.sector:
        yield ox.Quad(node, N(GEO.sector), ox.Literal(actor.sector), g)
    if actor.country:
        yield ox.Quad(node, N(GEO.country), N(actor_iri(actor.country)), g)


def _article_node_quads(article: Article, g: ox.NamedNode) -> Iterator[ox.Quad]:
    node = g
    yield ox.Quad(node, N(RDF.type), N(SCHEMA.NewsArticle), g)
    yield ox.Quad(node, N(GEO.articleId), ox.Literal(article.id), g)
    yield ox.Quad(node, N(GEO.contentHash), ox.Literal(article.hash), g)
    if article.title:
        yield ox.Quad(node, N(SCHEMA.headline), ox.Literal(article.title), g)
    if article.published:
        date = article.published[:10]
        yield ox.Quad(node, N(SCHEMA.datePublished), _lit(date, XSD.date), g)
    if article.url:
        yield ox.Quad(node, N(SCHEMA.url), ox.Literal(article.url), g)
    if article.source:
        pub = N(publisher_iri(article.source))
        yield ox.Quad(node, N(SCHEMA.publisher), pub, g)
        yield ox.Quad(pub, N(RDF.type), N(SCHEMA.Organization), g)
        yield ox.Quad(pub, N(SCHEMA.name), ox.Literal(article.source), g)
    if article.path:
        yield ox.Quad(node, N(GEO.sourcePath), ox.Literal(article.path), g)


STANDING = {"leader_of": GEO.leaderOf, "member_of": GEO.memberOf}


KnownEvent = Callable[[ox.NamedNode], bool]


def _shift(date: str, days: int) -> str | None:
    try:
        return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def event_identity(rel: Relation, article: Article, known: KnownEvent | None = None) -> tuple[URIRef, str | None]:
    """The event node a relation reports, and the event's date.

    One event, many reports (as GDELT's Mentions table): the same actors, CAMEO code (the full code, as
    GDELT's EventCode; else the root, else the predicate) and polarity on the same date are one event,
    whichever article or sentence tells it. ``known`` says whether
    an event node is already stored; a report dated one day off an event already stored joins that event
    (the same day is tried first, then the day before, then the day after). Undated reports stay per article."""
    kind = rel.code or rel.cameo or rel.predicate
    parts = (rel.subject.actor.key, rel.object.actor.key, kind, rel.negated)
    if not rel.date:
        return event_iri(*parts, "undated", article.id), None
    if known is not None:
        for days in (0, -1, 1):
            date = _shift(rel.date, days)
            if date is not None and known(N(event_iri(*parts, date))):
                return event_iri(*parts, date), date
    return event_iri(*parts, rel.date), rel.date


def _link(rel: Relation, g: ox.NamedNode) -> ox.Quad | None:
    """The actor-to-actor triple a relation asserts (none when it is negated)."""
    if rel.negated:
        return None
    predicate = STANDING.get(rel.predicate) or rel_iri(rel.predicate)
    return ox.Quad(N(actor_iri(rel.subject.actor.key)), N(predicate), N(actor_iri(rel.object.actor.key)), g)


def _place_quads(where: GeoPlace, g: ox.NamedNode) -> Iterator[ox.Quad]:
    """A located place (GeoNames', or a region with no GeoNames id) as a GeoSPARQL feature: its name, ISO
    country code and, for a city or region, its point (WKT,
    and WGS84 latitude and longitude as numbers)."""
    feature = N(location_iri(where.geonameid, where.name, where.lat, where.lon))
    yield ox.Quad(feature, N(RDF.type), N(GSP.Feature), g)
    yield ox.Quad(feature, N(RDFS.label), ox.Literal(where.name), g)
    if where.country:
        yield ox.Quad(feature, N(GEO.countryCode), ox.Literal(where.country), g)
    wkt = where.wkt()
    if wkt is not None:
        geometry = N(location_geometry_iri(where.geonameid, where.name, where.lat, where.lon))
        yield ox.Quad(feature, N(GSP.hasGeometry), geometry, g)
        yield ox.Quad(feature, N(WGS.lat), _lit(where.lat, XSD.decimal), g)
        yield ox.Quad(feature, N(WGS.long), _lit(where.lon, XSD.decimal), g)
        yield ox.Quad(geometry, N(RDF.type), N(GSP.Geometry), g)
        yield ox.Quad(geometry, N(GSP.asWKT), _lit(wkt, GSP.wktLiteral), g)


def _event_quads(rel: Relation, article: Article, g: ox.NamedNode, iri: URIRef, date: str | None) -> Iterator[ox.Quad]:
    """The event node ``iri`` (dated ``date``) and the mention of it that ``rel`` is."""
    subj, obj = N(actor_iri(rel.subject.actor.key)), N(actor_iri(rel.object.actor.key))
    ev = N(iri)
    mention = N(mention_iri(article.id, rel.sentence_start, rel.subject.start, rel.object.start, rel.predicate))
    yield ox.Quad(ev, N(RDF.type), N(GEO.Event), g)
    yield ox.Quad(ev, N(GEO.actor), subj, g)
    yield ox.Quad(ev, N(GEO.target), obj, g)
    yield ox.Quad(ev, N(GEO.predicate), ox.Literal(rel.predicate), g)
    if rel.cameo:
        yield ox.Quad(ev, N(GEO.cameo), N(cameo_iri(rel.cameo)), g)
    if rel.code:
        yield ox.Quad(ev, N(GEO.cameoCode), ox.Literal(rel.code), g)
    if rel.quad_class is not None:
        yield ox.Quad(ev, N(GEO.quadClass), _lit(rel.quad_class, XSD.integer), g)
    if rel.goldstein is not None:
        yield ox.Quad(ev, N(GEO.goldstein), _lit(rel.goldstein, XSD.decimal), g)
    if rel.theme:
        yield ox.Quad(ev, N(GEO.theme), ox.Literal(rel.theme), g)
    if rel.place is not None:
        yield ox.Quad(ev, N(GEO.place), N(actor_iri(rel.place.actor.key)), g)
    where = rel.where
    if where is not None and (where.geonameid is not None or where.lat is not None):
        yield ox.Quad(ev, N(GEO.location), N(location_iri(where.geonameid, where.name, where.lat, where.lon)), g)
        yield from _place_quads(rel.where, g)
    yield ox.Quad(ev, N(GEO.negated), _lit(rel.negated, XSD.boolean), g)
    yield ox.Quad(ev, N(GEO.modality), ox.Literal(rel.modality), g)
    if date:
        yield ox.Quad(ev, N(GEO.date), _lit(date, XSD.date), g)
    yield ox.Quad(ev, N(PROV.wasDerivedFrom), g, g)
    yield ox.Quad(ev, N(GEO.mention), mention, g)
    yield ox.Quad(mention, N(RDF.type), N(GEO.Mention), g)
    yield ox.Quad(mention, N(PROV.wasDerivedFrom), g, g)
    yield ox.Quad(mention, N(GEO.sentence), ox.Literal(rel.sentence), g)
    yield ox.Quad(mention, N(GEO.start), _lit(rel.sentence_start, XSD.integer), g)
    yield ox.Quad(mention, N(GEO.end), _lit(rel.sentence_end, XSD.integer), g)
    yield ox.Quad(mention, N(GEO.subjectText), ox.Literal(rel.subject.text), g)
    yield ox.Quad(mention, N(GEO.objectText), ox.Literal(rel.object.text), g)
    yield ox.Quad(mention, N(GEO.predicate), ox.Literal(rel.predicate), g)
    yield ox.Quad(mention, N(GEO.modality), ox.Literal(rel.modality), g)
    if rel.theme:
        yield ox.Quad(mention, N(GEO.theme), ox.Literal(rel.theme), g)
    if rel.place is not None:
        yield ox.Quad(mention, N(GEO.place), N(actor_iri(rel.place.actor.key)), g)
        yield ox.Quad(mention, N(GEO.placeText), ox.Literal(rel.place.text), g)
    if rel.speaker is not None:
        yield ox.Quad(mention, N(GEO.reportedBy), N(actor_iri(rel.speaker.actor.key)), g)
    if rel.date:
        yield ox.Quad(mention, N(GEO.date), _lit(rel.date, XSD.date), g)


def iter_article_quads(extraction: Extraction, *, known_event: KnownEvent | None = None) -> Iterator[ox.Quad]:
    """The quads of one article's named graph as they are made, in a stable order, without a list of them.

    Reports of one event come together, so each quad comes once while holding only one event's quads (a
    quad may still come twice in a rare case, one sentence's mention in two events; a store keeps it once).
    ``known_event`` (the store's lookup) lets reports join events already stored within a day."""
    article = extraction.article
    g = graph_of(article.id)
    yield from _article_node_quads(article, g)
    actors = {m.actor.key: m.actor for m in extraction.mentions}
    for rel in extraction.relations:
        actors.setdefault(rel.subject.actor.key, rel.subject.actor)
        actors.setdefault(rel.object.actor.key, rel.object.actor)
        for extra in (rel.place, rel.speaker):
            if extra is not None:
                actors.setdefault(extra.actor.key, extra.actor)
    for key in sorted(actors):
        yield from _actor_quads(actors[key], g)
        yield ox.Quad(N(actor_iri(key)), N(GEO.mentionedIn), g, g)
    events: dict[tuple[URIRef, str | None], list[Relation]] = {}  # event -> its reports, in order of the first
    links: dict[ox.Quad, None] = {}  # actor-to-actor triples: pairs of actors times predicates, few
    for rel in extraction.relations:
        if (link := _link(rel, g)) is not None:
            links[link] = None
        if rel.predicate not in STANDING:
            events.setdefault(event_identity(rel, article, known_event), []).append(rel)
    for (iri, date), reports in events.items():
        seen: set[ox.Quad] = set()
        for rel in reports:
            for q in _event_quads(rel, article, g, iri, date):
                if q not in seen:
                    seen.add(q)
                    yield q
    yield from links


def article_quads(extraction: Extraction, *, known_event: KnownEvent | None = None) -> list[ox.Quad]:
    """All quads of one article's named graph, duplicates removed, in a stable order.

    ``known_event`` (the store's lookup) lets reports join events already stored within a day."""
    return list(dict.fromkeys(iter_article_quads(extraction, known_event=known_event)))


def _cameo_quads(background: Background, g: ox.NamedNode) -> Iterator[ox.Quad]:
    scheme = N(CAMEO["scheme"])
    yield ox.Quad(scheme, N(RDF.type), N(SKOS.ConceptScheme), g)
    yield ox.Quad(scheme, N(SKOS.prefLabel), ox.Literal("CAMEO root codes", language="en"), g)
    for root in background.cameo_roots:
        node = N(cameo_iri(root.code))
        yield ox.Quad(node, N(RDF.type), N(SKOS.Concept), g)
        yield ox.Quad(node, N(SKOS.inScheme), scheme, g)
        yield ox.Quad(node, N(SKOS.notation), ox.Literal(root.code), g)
        yield ox.Quad(node, N(SKOS.prefLabel), ox.Literal(root.name, language="en"), g)
        yield ox.Quad(node, N(GEO.goldstein), _lit(root.goldstein, XSD.decimal), g)
        yield ox.Quad(node, N(GEO.quadClass), _lit(root.quad_class, XSD.integer), g)
        yield ox.Quad(node, N(GEO.plover), ox.Literal(root.plover), g)


def background_quads(background: Background) -> list[ox.Quad]:
    """Knowledge not drawn from articles (actors, aliases, leaders, memberships, CAMEO) for its own graph."""
    g = N(BACKGROUND_GRAPH)
    quads: list[ox.Quad] = []
    for actor in background.actors:
        quads.extend(_actor_quads(actor, g))
        for alias in background.aliases.get(actor.key, ()):
            quads.append(ox.Quad(N(actor_iri(actor.key)), N(SKOS.altLabel), ox.Literal(alias), g))
    for person, org in sorted(background.leaders.items()):
        quads.append(ox.Quad(N(actor_iri(person)), N(GEO.leaderOf), N(actor_iri(org)), g))
    for person, office in sorted(background.offices.items()):
        if office:
            quads.append(ox.Quad(N(actor_iri(person)), N(GEO.office), ox.Literal(office), g))
    for org, members in sorted(background.memberships.items()):
        for member in members:
            quads.append(ox.Quad(N(actor_iri(member)), N(GEO.memberOf), N(actor_iri(org)), g))
    for t in background.tenures:
        node = N(tenure_iri(t.person, t.owner, t.role, t.start))
        quads += [
            ox.Quad(node, N(RDF.type), N(GEO.Tenure), g),
            ox.Quad(node, N(GEO.holder), N(actor_iri(t.person)), g),
            ox.Quad(node, N(GEO.heldIn), N(actor_iri(t.owner)), g),
            ox.Quad(node, N(GEO.office), ox.Literal(t.office), g),
            ox.Quad(node, N(GEO.officeRole), ox.Literal(t.role), g),
            ox.Quad(node, N(GEO.validFrom), _lit(t.start, XSD.date), g),
        ]
        if t.until:
            quads.append(ox.Quad(node, N(GEO.validUntil), _lit(t.until, XSD.date), g))
    quads.extend(_cameo_quads(background, g))
    return quads
