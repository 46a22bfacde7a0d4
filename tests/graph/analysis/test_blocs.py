"""Blocs, balance, brokers and dyad series on graphs whose answers are known."""

from __future__ import annotations

import doctest
import random

import networkx as nx
import pytest

import graph.analysis.blocs
import graph.analysis.signed
import graph.rdf.sparql
import graph.store.results
import ingest.parallel
from graph.analysis.blocs import (
    adjusted_rand,
    brokers,
    centrality,
    cooperation_blocs,
    frustration,
    signed_blocs,
    triads,
)
from graph.analysis.signed import monthly_series, roll_up, signed_graph


def planted(sizes: list[int], *, p_in: float = 0.7, p_out: float = 0.5, flip: float = 0.05, seed: int = 1):
    """Blocs of the given sizes: cooperation inside, conflict across, a share of ties with the wrong sign."""
    rng = random.Random(seed)
    S = nx.Graph()
    truth = []
    start = 0
    for size in sizes:
        truth.append({f"n{i}" for i in range(start, start + size)})
        start += size
    bloc = {n: i for i, b in enumerate(truth) for n in b}
    nodes = sorted(bloc, key=lambda n: int(n[1:]))
    S.add_nodes_from(nodes)
    for u, v in ((u, v) for i, u in enumerate(nodes) for v in nodes[i + 1 :]):
        same = bloc[u] == bloc[v]
        if rng.random() < (p_in if same else p_out):
            w = rng.uniform(1, 5) * (1 if same else -1)
            if rng.random() < flip:
                w = -w
            S.add_edge(u, v, weight=w)
    return S, truth


def _same(found: list[set[str]], truth: list[set[str]]) -> bool:
    return sorted(sorted(b) for b in found) == sorted(sorted(b) for b in truth)


@pytest.mark.parametrize("sizes", [[10, 10], [8, 7, 6]])
def test_planted_blocs_are_recovered(sizes: list[int]) -> None:
    S, truth = planted(sizes)
    assert _same(cooperation_blocs(S, seed=0), truth)
    blocs, f = signed_blocs(S, k=len(sizes), seed=0)
    assert _same(blocs, truth)
    assert f == pytest.approx(frustration(S, truth))  # the noise is all that is left
    assert f > 0
    assert adjusted_rand(blocs, truth) == 1.0


def test_frustration_by_hand() -> None:
    S = nx.Graph()
    S.add_edge("a", "b", weight=2.0)  # inside, positive: fine
    S.add_edge("a", "c", weight=-1.0)  # across, negative: fine
    S.add_edge("b", "c", weight=3.0)  # across, positive: 3
    S.add_edge("c", "d", weight=-4.0)  # inside, negative: 4
    assert frustration(S, [{"a", "b"}, {"c", "d"}]) == 7.0
    assert frustration(S, [{"a", "b"}, {"c", "d"}], weighted=False) == 2.0
    assert frustration(S, [{"a", "b", "c", "d"}]) == 1.0 + 4.0


def test_triads_by_hand() -> None:
    S = nx.Graph()
    # +++ balanced, ++- unbalanced, +-- balanced, --- unbalanced
    S.add_weighted_edges_from([("a", "b", 1), ("b", "c", 1), ("a", "c", 1)])
    S.add_weighted_edges_from([("d", "e", 2), ("e", "f", 2), ("d", "f", -2)])
    S.add_weighted_edges_from([("g", "h", 3), ("h", "i", -3), ("g", "i", -3)])
    S.add_weighted_edges_from([("j", "k", -4), ("k", "l", -4), ("j", "l", -4)])
    found = {t.actors: t.balanced for t in triads(S)}
    assert found == {("a", "b", "c"): True, ("d", "e", "f"): False, ("g", "h", "i"): True, ("j", "k", "l"): False}
    assert next(t.actors for t in triads(S)) == ("j", "k", "l")  # strongest first


def test_brokers_and_centrality() -> None:
    S, truth = planted([6, 6], flip=0.0)
    S.add_edge("n0", "n11", weight=10.0)  # one strong tie across
    found = brokers(S, truth)
    assert [b[0] for b in found] == ["n0", "n11"]
    scores = centrality(S)
    assert max(scores, key=lambda n: scores[n]["betweenness"]) in {"n0", "n11"}


def test_signed_graph_windows_and_decay() -> None:
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", goldstein=7.0, quadClass="2", date="2025-01-01", negated="false")
    G.add_edge("b", "a", goldstein=-9.0, quadClass="4", date="2025-07-01", negated="false")
    G.add_edge("a", "b", goldstein=7.0, quadClass="2", date="2025-07-01", negated="true")
    assert signed_graph(G).edges["a", "b"]["weight"] == -2.0
    assert signed_graph(G, since="2025-03-01").edges["a", "b"]["weight"] == -9.0
    assert signed_graph(G, weight="count").edges["a", "b"]["weight"] == 0.0
    decayed = signed_graph(G, half_life_days=181).edges["a", "b"]["weight"]
    assert decayed == pytest.approx(7.0 * 0.5 - 9.0)  # Jan 1 is 181 days before Jul 1
    with pytest.raises(Exception, match="weight 'x' is not known; use one of goldstein, count"):
        signed_graph(G, weight="x")


def test_roll_up_people_to_countries() -> None:
    G = nx.MultiDiGraph()
    G.add_node("putin", label="Vladimir Putin")
    G.add_node("russia", label="Russia")
    G.add_edge("putin", "trump", goldstein=1.0)
    G.add_edge("putin", "russia", goldstein=1.0)  # becomes a self-loop: dropped
    H = roll_up(G, {"putin": "russia", "trump": "united-states"})
    assert list(H.edges()) == [("russia", "united-states")]
    assert H.nodes["russia"]["label"] == "Russia"


def test_monthly_series_fills_gaps() -> None:
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", goldstein=4.0, date="2024-12-05")
    G.add_edge("b", "a", goldstein=-10.0, date="2025-02-20")
    G.add_edge("b", "a", goldstein=3.0, date="2025-02-21", negated="true")
    assert monthly_series(G, "a", "b") == [("2024-12", 4.0, 1), ("2025-01", 0.0, 0), ("2025-02", -10.0, 1)]
    assert monthly_series(G, "a", "zz") == []


@pytest.mark.parametrize(
    "module",
    [graph.analysis.signed, graph.analysis.blocs, graph.store.results, graph.rdf.sparql, ingest.parallel],
    ids=lambda m: m.__name__,
)
def test_doctests(module) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
