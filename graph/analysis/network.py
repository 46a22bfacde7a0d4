"""The store as networkx graphs: actors as nodes, events as edges."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS

from ..rdf.rdf import N
from ..rdf.vocab import GEO, PROV, WGS
from ..store.protocol import GraphStore

__all__ = ["article_info", "dyad_graph", "event_graph", "leader_map", "members"]


def _one(store: GraphStore, s: ox.NamedNode, p: ox.NamedNode) -> ox.NamedNode | ox.Literal | None:
    for q in store.triples(s, p, None):
        return q.object
    return None


def _all(store: GraphStore, s: ox.NamedNode, p: ox.NamedNode) -> list[str]:
    return sorted(q.object.value for q in store.triples(s, p, None))


def event_graph(store: GraphStore) -> nx.MultiDiGraph:
    """A MultiDiGraph with one edge per event; node and edge attributes from the graph."""
    ox_store = store
    G = nx.MultiDiGraph()
    labels: dict[str, str] = {}
    types: dict[str, str] = {}
    for q in ox_store.triples(None, N(RDFS.label), None):
        labels.setdefault(q.subject.value, q.object.value)
    for q in ox_store.triples(None, N(GEO.actorType), None):
        types.setdefault(q.subject.value, q.object.value)
    seen: set[str] = set()
    for q in ox_store.triples(None, N(RDF.type), N(GEO.Event)):
        ev = q.subject
        if ev.value in seen:
            continue
        seen.add(ev.value)
        actor, target = _one(ox_store, ev, N(GEO.actor)), _one(ox_store, ev, N(GEO.target))
        if actor is None or target is None:
            continue
        attrs: dict[str, object] = {"event": ev.value}
        for name in ("quadClass", "goldstein", "negated", "date"):
            term = _one(ox_store, ev, N(getattr(GEO, name)))
            if term is not None:
                attrs[name] = term.value
        # reports may word one event differently: every predicate, modality and theme is kept
        for name in ("predicate", "modality", "theme"):
            values = _all(ox_store, ev, N(getattr(GEO, name)))
            if values:
                attrs[name] = values[0]
                attrs[name + "s"] = values
        cameo = _one(ox_store, ev, N(GEO.cameo))
        attrs["cameo"] = cameo.value.rsplit("/", 1)[-1] if cameo is not None else None
        location = _one(ox_store, ev, N(GEO.location))
        if location is not None:  # the GeoNames place: name, ISO country code, latitude and longitude
            attrs["location"] = location.value
            for name, prop in (("place", RDFS.label), ("country_code", GEO.countryCode), ("lat", WGS.lat)):
                term = _one(ox_store, location, N(prop))
                if term is not None:
                    attrs[name] = term.value
            lon = _one(ox_store, location, N(WGS.long))
            if lon is not None:
                attrs["lon"] = lon.value
        sentences = []
        articles = set()
        for m in sorted(ox_store.triples(ev, N(GEO.mention), None), key=str):
            src = _one(ox_store, m.object, N(PROV.wasDerivedFrom))
            if src is not None:
                articles.add(src.value)
            s = _one(ox_store, m.object, N(GEO.sentence))
            if s is not None:
                sentences.append(s.value)
        attrs["sentences"] = sentences
        attrs["mentions"] = len(sentences)  # number of reports: a weight for analytics
        attrs["articles"] = sorted(articles)
        for node in (actor.value, target.value):
            if node not in G:
                G.add_node(node, label=labels.get(node, node.rsplit("/", 1)[-1]), type=types.get(node, ""))
        G.add_edge(actor.value, target.value, **attrs)
    return G


def dyad_graph(G: nx.MultiDiGraph, *, include_negated: bool = False) -> nx.DiGraph:
    """Aggregate events per ordered pair: events, mentions, Goldstein sum, predicates, CAMEO codes, quad
    classes, dates, evidence sentences and article graphs."""
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    agg: dict[tuple[str, str], dict] = defaultdict(
        lambda: {
            "events": 0,
            "mentions": 0,
            "goldstein": 0.0,
            "predicates": {},
            "cameos": {},
            "sentences": [],
            "quad_classes": {},
            "dates": [],
            "articles": set(),
        }
    )
    for u, v, data in G.edges(data=True):
        if data.get("negated") == "true" and not include_negated:
            continue
        a = agg[(u, v)]
        a["events"] += 1
        a["goldstein"] += float(data.get("goldstein") or 0.0)
        pred = str(data.get("predicate", ""))
        a["predicates"][pred] = a["predicates"].get(pred, 0) + 1
        qc = str(data.get("quadClass", ""))
        a["quad_classes"][qc] = a["quad_classes"].get(qc, 0) + 1
        cameo = str(data.get("cameo") or "")
        if cameo:
            a["cameos"][cameo] = a["cameos"].get(cameo, 0) + 1
        a["sentences"].extend(data.get("sentences", []))
        a["mentions"] += int(data.get("mentions") or 0)
        if data.get("date"):
            a["dates"].append(str(data["date"]))
        a["articles"].update(data.get("articles", []))
    for (u, v), a in agg.items():
        a["dates"] = sorted(a["dates"])
        a["articles"] = sorted(a["articles"])
        D.add_edge(u, v, **a)
    return D


def article_info(store: GraphStore) -> dict[str, dict[str, str]]:
    """Article graph IRI -> its headline, URL, publication date and id (whichever are stored)."""
    from ..rdf.vocab import SCHEMA

    fields = {"title": SCHEMA.headline, "url": SCHEMA.url, "date": SCHEMA.datePublished, "id": GEO.articleId}
    info: dict[str, dict[str, str]] = defaultdict(dict)
    for name, prop in fields.items():
        for q in store.triples(None, N(prop), None):
            info[q.subject.value].setdefault(name, q.object.value)
    return dict(info)


def leader_map(store: GraphStore) -> dict[str, str]:
    """Person IRI -> the country or organisation they lead (background and article ``geo:leaderOf``);
    when a person leads several, the first in IRI order. Only people are rolled up: a state that leads an
    alliance ("Russia and Saudi Arabia lead OPEC+") stays itself."""
    people = {q.subject.value for q in store.triples(None, N(RDF.type), N(GEO.Person))}
    out: dict[str, str] = {}
    for q in sorted(store.triples(None, N(GEO.leaderOf), None), key=str):
        if q.subject.value in people:
            out.setdefault(q.subject.value, q.object.value)
    return out


def members(store: GraphStore, organisation: str) -> set[str]:
    """The actors that are ``geo:memberOf`` an organisation or alliance (IRIs)."""
    return {q.subject.value for q in store.triples(None, N(GEO.memberOf), N(organisation))}
