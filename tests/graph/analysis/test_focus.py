"""Narrowing the graph before drawing it."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.analysis.focus import Focus, filter_events, focus
from ingest.errors import GeoKGError

A = "https://w3id.org/geokg/actor/"


def _events(*rows: tuple[str, str, str, str, int]) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for i, (u, v, date, cameo, quad) in enumerate(rows):
        for n in (u, v):
            G.add_node(A + n, label=n.title(), type="GPE")
        G.add_edge(
            A + u,
            A + v,
            event=f"e{i}",
            date=date,
            cameo=cameo,
            quadClass=str(quad),
            goldstein="1.0",
            predicate="p",
            negated="false",
            sentences=[f"s{i}"],
            mentions=1,
            articles=[],
        )
    return G


CHAIN = _events(
    ("iran", "russia", "2025-01-10", "07", 2),
    ("iran", "russia", "2025-03-01", "07", 2),
    ("russia", "ukraine", "2025-02-01", "18", 4),
    ("ukraine", "poland", "2025-05-01", "04", 1),
    ("poland", "germany", "2025-06-01", "04", 1),
)


@pytest.mark.parametrize(
    ("options", "edges"),
    [
        ({}, 5),
        ({"since": "2025-02-01"}, 4),
        ({"until": "2025-02-01"}, 2),
        ({"since": "2025-02-01", "until": "2025-03-01"}, 2),
        ({"cameo": ("07",)}, 2),
        ({"cameo": ("7", "18")}, 3),
        ({"quad_class": (1,)}, 2),
        ({"quad_class": (2, 4)}, 3),
    ],
)
def test_filter_events(options: dict, edges: int) -> None:
    assert filter_events(CHAIN, Focus(**options)).number_of_edges() == edges


@pytest.mark.parametrize(
    ("options", "nodes"),
    [
        ({}, {"iran", "russia", "ukraine", "poland", "germany"}),
        ({"min_events": 2}, {"iran", "russia"}),
        ({"actor": A + "ukraine", "depth": 1}, {"russia", "ukraine", "poland"}),
        ({"actor": A + "ukraine", "depth": 2}, {"iran", "russia", "ukraine", "poland", "germany"}),
        ({"actor": A + "iran", "depth": 0}, {"iran"}),
        ({"actor": A + "iran", "depth": 1, "cameo": ("18",)}, {"iran"}),
    ],
)
def test_focus_nodes(options: dict, nodes: set[str]) -> None:
    got = focus(CHAIN, Focus(**options))
    assert {n.rsplit("/", 1)[-1] for n in got.graph.nodes} == nodes
    assert got.note is None


def test_node_cap_keeps_the_strongest_and_says_so() -> None:
    got = focus(CHAIN, Focus(max_nodes=2))
    assert set(got.graph.nodes) == {A + "iran", A + "russia"}  # russia: 3 events, iran: 2
    assert got.total_nodes == 5
    assert got.note is not None and "showing the 2 most active of 5 actors" in got.note


def test_node_cap_keeps_the_focus_actor() -> None:
    got = focus(CHAIN, Focus(actor=A + "germany", depth=4, max_nodes=2))
    assert A + "germany" in got.graph


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"depth": -1}, "--depth -1 is negative"),
        ({"min_events": 0}, "--min-events 0 is below 1"),
        ({"quad_class": (5,)}, "--quad-class 5 is not a quad class; use 1, 2, 3 or 4"),
        ({"cameo": ("21",)}, "--cameo '21' is not a CAMEO root; use 01 to 20"),
    ],
)
def test_bad_focus(options: dict, message: str) -> None:
    with pytest.raises(GeoKGError, match=message):
        Focus(**options)


def test_unknown_actor() -> None:
    with pytest.raises(GeoKGError, match="has no events in the store"):
        focus(CHAIN, Focus(actor=A + "atlantis"))
