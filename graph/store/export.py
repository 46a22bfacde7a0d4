"""Export the store: RDF serialisations, GraphML/GEXF for Gephi, CSV and PLOVER JSON Lines."""

from __future__ import annotations

import csv
import io
import json
import logging
from typing import BinaryIO

import networkx as nx
import pyoxigraph as ox

from ingest.errors import GeoKGError

from ..analysis.network import dyad_graph, event_graph
from ..rdf.rdf import graph_of
from .protocol import GraphStore
from .store import Store

__all__ = ["FORMATS", "export"]

log = logging.getLogger(__name__)

RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
FORMATS = (*RDF_FORMATS, "graphml", "gexf", "csv", "plover")
QUAD_NAMES = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict", "4": "material conflict"}
PLOVER = {
    "01": "ACCUSE",
    "02": "REQUEST",
    "03": "AGREE",
    "04": "CONSULT",
    "05": "COOPERATE",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",
    "09": "REQUEST",
    "10": "REQUEST",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}
CSV_COLUMNS = (
    "event",
    "date",
    "source",
    "source_label",
    "predicate",
    "target",
    "target_label",
    "cameo",
    "quad_class",
    "goldstein",
    "negated",
    "modality",
    "sentences",
    "place",
    "country_code",
    "lat",
    "lon",
)


def _rdf(store: GraphStore, fmt: str, out: BinaryIO, article_id: str | None) -> None:
    rdf_format = RDF_FORMATS[fmt]
    if article_id is not None:
        g = graph_of(article_id)
        if g not in store.named_graphs():
            raise GeoKGError(f"article {article_id!r} is not in the store; list ids with 'geokg query stats'")
        quads = store.graph_quads(g)
        if not rdf_format.supports_datasets:
            quads = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        ox.serialize(quads, out, rdf_format)
        return
    if rdf_format.supports_datasets:
        # the named graphs (articles, background); the merged default graph is derived from them
        graphs = sorted(store.named_graphs(), key=str)
        ox.serialize((q for g in graphs for q in store.graph_quads(g)), out, rdf_format)
        return
    # a triple format for the whole store: the merged default graph, each triple once
    if isinstance(store, Store):
        store.oxigraph.dump(out, rdf_format, from_graph=ox.DefaultGraph())
    else:
        ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in store.triples()), out, rdf_format)


def _gephi_graph(store: GraphStore) -> nx.DiGraph:
    """The dyad graph with only scalar attributes, as GraphML and GEXF need."""
    D = dyad_graph(event_graph(store))
    G = nx.DiGraph()
    for node, data in D.nodes(data=True):
        G.add_node(node, label=str(data.get("label", "")), type=str(data.get("type", "")))
    for u, v, data in D.edges(data=True):
        top = max(data["predicates"], key=data["predicates"].get) if data["predicates"] else ""
        G.add_edge(
            u,
            v,
            weight=float(data["events"]),
            events=int(data["events"]),
            goldstein=float(data["goldstein"]),
            label=top,
            predicates=", ".join(sorted(data["predicates"])),
        )
    return G


def _event_rows(store: GraphStore) -> list[dict]:
    G = event_graph(store)
    rows = []
    for u, v, data in G.edges(data=True):
        rows.append(
            {
                "event": data["event"],
                "date": data.get("date", ""),
                "source": u,
                "source_label": G.nodes[u]["label"],
                "predicate": data.get("predicate", ""),
                "target": v,
                "target_label": G.nodes[v]["label"],
                "cameo": data.get("cameo") or "",
                "quad_class": data.get("quadClass", ""),
                "goldstein": data.get("goldstein", ""),
                "negated": data.get("negated", ""),
                "modality": data.get("modality", ""),
                "sentences": data.get("sentences", []),
                "place": data.get("place", ""),
                "country_code": data.get("country_code", ""),
                "lat": data.get("lat", ""),
                "lon": data.get("lon", ""),
            }
        )
    rows.sort(key=lambda r: (r["date"], r["event"]))
    return rows


def _event_loc(row: dict) -> dict | None:
    if not row["place"]:
        return None
    return {
        "name": row["place"],
        "country": row["country_code"] or None,
        "lat": float(row["lat"]) if row["lat"] != "" else None,
        "lon": float(row["lon"]) if row["lon"] != "" else None,
    }


def export(store: GraphStore, fmt: str, out: BinaryIO, *, article_id: str | None = None) -> None:
    """Write the store (or one article's graph, for RDF formats) to a binary stream."""
    if fmt not in FORMATS:
        raise GeoKGError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt in RDF_FORMATS:
        _rdf(store, fmt, out, article_id)
        return
    if article_id is not None:
        raise GeoKGError(f"--article works with RDF formats only ({', '.join(RDF_FORMATS)}); drop it for {fmt}")
    if fmt == "graphml":
        nx.write_graphml(_gephi_graph(store), out)
    elif fmt == "gexf":
        nx.write_gexf(_gephi_graph(store), out)
    elif fmt == "csv":
        text = io.StringIO()
        writer = csv.DictWriter(text, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in _event_rows(store):
            writer.writerow({**row, "sentences": " | ".join(row["sentences"])})
        out.write(text.getvalue().encode("utf8"))
    else:  # plover
        for row in _event_rows(store):
            record = {
                "id": row["event"].rsplit("/", 1)[-1],
                "date": row["date"],
                "actor": row["source_label"],
                "recipient": row["target_label"],
                "event_type": PLOVER.get(row["cameo"], ""),
                "cameo": row["cameo"],
                "quad_code": row["quad_class"],
                "quad_name": QUAD_NAMES.get(str(row["quad_class"]), ""),
                "negated": row["negated"] == "true",
                "event_text": row["sentences"][0] if row["sentences"] else "",
                # POLECAT's event_loc: where it happened, when the report says so (GeoNames)
                "event_loc": _event_loc(row),
                "cite_info": row["event"],
            }
            out.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf8"))
