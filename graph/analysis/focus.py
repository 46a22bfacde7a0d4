"""Narrow an event graph before drawing it: dates, CAMEO codes, quad classes, an ego graph, a node cap."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import networkx as nx

from ingest.errors import GeoKGError

from .network import dyad_graph

__all__ = ["DEFAULT_MAX_NODES", "Focus", "FocusedGraph", "filter_events", "focus"]

log = logging.getLogger(__name__)

DEFAULT_MAX_NODES = 1500


@dataclass(frozen=True, kw_only=True)
class Focus:
    """What part of the graph to show. ``actor`` is an actor IRI; dates are ``YYYY-MM-DD``."""

    actor: str | None = None
    depth: int = 1
    since: str | None = None
    until: str | None = None
    cameo: tuple[str, ...] = ()
    quad_class: tuple[int, ...] = ()
    min_events: int = 1
    max_nodes: int = DEFAULT_MAX_NODES
    include_negated: bool = False

    def __post_init__(self) -> None:
        if self.depth < 0:
            raise GeoKGError(f"--depth {self.depth} is negative; use 0 (the actor alone), 1, 2, ...")
        if self.min_events < 1:
            raise GeoKGError(f"--min-events {self.min_events} is below 1; use 1 or more")
        if self.max_nodes < 1:
            raise GeoKGError(f"--max-nodes {self.max_nodes} is below 1; use 1 or more")
        bad = [q for q in self.quad_class if q not in (1, 2, 3, 4)]
        if bad:
            raise GeoKGError(f"--quad-class {bad[0]} is not a quad class; use 1, 2, 3 or 4")
        bad_codes = [c for c in self.cameo if not (c.isdigit() and 1 <= int(c) <= 20)]
        if bad_codes:
            raise GeoKGError(f"--cameo {bad_codes[0]!r} is not a CAMEO root; use 01 to 20")


@dataclass(frozen=True)
class FocusedGraph:
    """The dyad graph to draw and a note on what was left out (None when nothing was)."""

    graph: nx.DiGraph
    note: str | None
    total_nodes: int


def filter_events(G: nx.MultiDiGraph, f: Focus) -> nx.MultiDiGraph:
    """The events (edges) within the date window, CAMEO codes and quad classes; all nodes kept."""
    codes = {c.zfill(2) for c in f.cameo}
    H = nx.MultiDiGraph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, key, data in G.edges(keys=True, data=True):
        date = str(data.get("date") or "")
        if f.since and (not date or date < f.since):
            continue
        if f.until and (not date or date > f.until):
            continue
        if codes and data.get("cameo") not in codes:
            continue
        if f.quad_class and int(data.get("quadClass") or 0) not in f.quad_class:
            continue
        H.add_edge(u, v, key, **data)
    return H


def _strength(D: nx.DiGraph) -> dict[str, float]:
    return dict(D.degree(weight="events"))


def focus(G: nx.MultiDiGraph, f: Focus | None = None) -> FocusedGraph:
    """Filter events, aggregate per pair, keep the ego graph and the strongest ``max_nodes`` actors."""
    f = f or Focus()
    if f.actor is not None and f.actor not in G:
        raise GeoKGError(f"actor {f.actor} has no events in the store; check --actor or drop it")
    D = dyad_graph(filter_events(G, f), include_negated=f.include_negated)
    weak = [(u, v) for u, v, n in D.edges(data="events") if n < f.min_events]
    D.remove_edges_from(weak)
    if f.actor is not None:
        D = nx.ego_graph(D, f.actor, radius=f.depth, undirected=True).copy()
    else:
        D.remove_nodes_from([n for n in list(D.nodes) if D.degree(n) == 0])
    total = D.number_of_nodes()
    note = None
    if total > f.max_nodes:
        strength = _strength(D)
        keep = sorted(D.nodes, key=lambda n: (-strength.get(n, 0.0), n))[: f.max_nodes]
        if f.actor is not None and f.actor not in keep:
            keep[-1] = f.actor
        D = D.subgraph(keep).copy()
        note = (
            f"showing the {f.max_nodes:,} most active of {total:,} actors; "
            "narrow with --actor, --since, --cameo or --min-events, or raise --max-nodes"
        )
        log.info(note)
    return FocusedGraph(D, note, total)
