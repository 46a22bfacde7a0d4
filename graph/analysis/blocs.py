"""Blocs, structural balance and brokers on a signed actor graph (see ``graph.analysis.signed``).

Two ways to find blocs: communities of the cooperative part (Louvain, fixed seed), and the partition of the
signed graph that minimises frustration (cooperation inside blocs, conflict across). Triads tell how
balanced the graph is ("the enemy of my enemy is my friend").
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import networkx as nx

__all__ = [
    "Triad",
    "adjusted_rand",
    "brokers",
    "centrality",
    "cooperation_blocs",
    "frustration",
    "signed_blocs",
    "triads",
]

Partition = list[set[str]]


def cooperation_blocs(S: nx.Graph, *, seed: int = 0, resolution: float = 1.0) -> Partition:
    """Louvain communities of the positive (cooperative) edges; isolated actors are left out.

    Parameters
    ----------
    S : networkx.Graph
        A signed graph (:func:`graph.analysis.signed.signed_graph`).
    seed : int, default 0
        Random seed, for the same blocs on every run.
    resolution : float, default 1.0
        Louvain resolution: higher gives more, smaller blocs.

    Returns
    -------
    list of set of str
        Blocs, largest first.

    Examples
    --------
    >>> S = nx.Graph([("a", "b", {"weight": 5}), ("c", "d", {"weight": 5}), ("b", "c", {"weight": -5})])
    >>> sorted(sorted(b) for b in cooperation_blocs(S))
    [['a', 'b'], ['c', 'd']]
    """
    P = nx.Graph()
    P.add_edges_from((u, v, {"weight": w}) for u, v, w in S.edges(data="weight") if w and w > 0)
    if P.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(P, weight="weight", seed=seed, resolution=resolution)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(c)))


def frustration(S: nx.Graph, partition: Iterable[Iterable[str]], *, weighted: bool = True) -> float:
    """The frustration of a partition: negative edges inside blocs plus positive edges across them.

    Parameters
    ----------
    S : networkx.Graph
        A signed graph.
    partition : iterable of iterables of str
        The blocs; actors in no bloc stand alone.
    weighted : bool, default True
        Count by absolute weight (else by number of edges).

    Returns
    -------
    float
        The frustration index (0.0: perfectly balanced).

    Examples
    --------
    >>> S = nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": -1}), ("a", "c", {"weight": 3})])
    >>> frustration(S, [{"a", "b"}, {"c"}])
    3.0
    """
    bloc = {n: i for i, members in enumerate(partition) for n in members}
    total = 0.0
    for u, v, w in S.edges(data="weight"):
        w = float(w or 0.0)
        same = u in bloc and v in bloc and bloc[u] == bloc[v]
        if (w < 0 and same) or (w > 0 and not same):
            total += abs(w) if weighted else 1.0
    return total


def _local_search(S: nx.Graph, labels: dict[str, int], k: int) -> dict[str, int]:
    improved = True
    nodes = sorted(S.nodes)
    while improved:
        improved = False
        for n in nodes:
            gain = [0.0] * k
            for m, data in S[n].items():
                if m == n:
                    continue
                w = float(data.get("weight") or 0.0)
                for c in range(k):
                    # frustration n would add with label c: positive edges across, negative inside
                    gain[c] += (abs(w) if labels[m] != c else 0.0) if w > 0 else (abs(w) if labels[m] == c else 0.0)
            best = min(range(k), key=lambda c: (gain[c], c != labels[n], c))
            if gain[best] < gain[labels[n]]:
                labels[n] = best
                improved = True
    return labels


def signed_blocs(S: nx.Graph, *, k: int = 2, restarts: int = 20, seed: int = 0) -> tuple[Partition, float]:
    """The partition into at most ``k`` blocs with the least frustration found by local search.

    Parameters
    ----------
    S : networkx.Graph
        A signed graph.
    k : int, default 2
        Most blocs.
    restarts : int, default 20
        Random starts of the local search.
    seed : int, default 0
        Random seed.

    Returns
    -------
    (list of set of str, float)
        The blocs, largest first, and their weighted frustration.

    Examples
    --------
    >>> S = nx.Graph([("a", "b", {"weight": 5}), ("c", "d", {"weight": 5}), ("b", "c", {"weight": -5})])
    >>> blocs, f = signed_blocs(S)
    >>> sorted(sorted(b) for b in blocs), f
    ([['a', 'b'], ['c', 'd']], 0.0)
    """
    rng = random.Random(seed)
    nodes = sorted(n for n in S.nodes if S.degree(n) > 0)
    if not nodes:
        return [], 0.0
    best_labels, best_f = None, float("inf")
    for _ in range(max(restarts, 1)):
        labels = _local_search(S.subgraph(nodes), {n: rng.randrange(k) for n in nodes}, k)
        blocs = [{n for n in nodes if labels[n] == c} for c in range(k)]
        f = frustration(S, blocs)
        if f < best_f - 1e-12:
            best_labels, best_f = labels, f
    blocs = [{n for n in nodes if best_labels[n] == c} for c in range(k)]
    return sorted((b for b in blocs if b), key=lambda c: (-len(c), sorted(c))), best_f


def adjusted_rand(a: Partition, b: Partition) -> float:
    """Adjusted Rand index of two partitions over the actors both cover.

    Parameters
    ----------
    a, b : list of set of str
        Two partitions.

    Returns
    -------
    float
        1.0 for identical partitions, about 0.0 for unrelated ones.

    Examples
    --------
    >>> adjusted_rand([{"a", "b"}, {"c", "d"}], [{"c", "d"}, {"a", "b"}])
    1.0
    """
    la = {n: i for i, s in enumerate(a) for n in s}
    lb = {n: i for i, s in enumerate(b) for n in s}
    common = sorted(set(la) & set(lb))
    if len(common) < 2:
        return 1.0

    def comb2(x: int) -> float:
        return x * (x - 1) / 2

    table: dict[tuple[int, int], int] = {}
    for n in common:
        table[(la[n], lb[n])] = table.get((la[n], lb[n]), 0) + 1
    rows: dict[int, int] = {}
    cols: dict[int, int] = {}
    for (i, j), c in table.items():
        rows[i] = rows.get(i, 0) + c
        cols[j] = cols.get(j, 0) + c
    index = sum(comb2(c) for c in table.values())
    sum_rows, sum_cols = sum(comb2(c) for c in rows.values()), sum(comb2(c) for c in cols.values())
    expected = sum_rows * sum_cols / comb2(len(common))
    maximum = (sum_rows + sum_cols) / 2
    return 1.0 if maximum == expected else (index - expected) / (maximum - expected)


@dataclass(frozen=True, slots=True)
class Triad:
    """Three actors all linked; balanced when the product of the three signs is positive."""

    actors: tuple[str, str, str]
    signs: tuple[int, int, int]
    strength: float  # the weakest of the three ties, in absolute weight

    @property
    def balanced(self) -> bool:
        return self.signs[0] * self.signs[1] * self.signs[2] > 0


def triads(S: nx.Graph) -> list[Triad]:
    """Every triangle with three non-zero ties, strongest first.

    Parameters
    ----------
    S : networkx.Graph
        A signed graph.

    Returns
    -------
    list of Triad
        Balanced when the product of the three signs is positive ("the enemy of my enemy is my friend").

    Examples
    --------
    >>> S = nx.Graph([("a", "b", {"weight": 1}), ("b", "c", {"weight": -1}), ("a", "c", {"weight": -2})])
    >>> [(t.actors, t.balanced) for t in triads(S)]
    [(('a', 'b', 'c'), True)]
    """
    out = []
    for a, b, c in (tuple(sorted(t)) for t in _triangles(S)):
        ws = (S[a][b]["weight"], S[b][c]["weight"], S[a][c]["weight"])
        if any(not w for w in ws):
            continue
        out.append(Triad((a, b, c), tuple(1 if w > 0 else -1 for w in ws), min(abs(w) for w in ws)))
    return sorted(out, key=lambda t: (-t.strength, t.actors))


def _triangles(S: nx.Graph) -> Iterable[tuple[str, str, str]]:
    for u in S:
        for v, w in itertools.combinations(sorted(n for n in S[u] if n > u), 2):
            if S.has_edge(v, w):
                yield (u, v, w)


def centrality(S: nx.Graph) -> dict[str, dict[str, float]]:
    """PageRank on the cooperative ties and betweenness on all ties.

    Parameters
    ----------
    S : networkx.Graph
        A signed graph.

    Returns
    -------
    dict of str to dict
        Per actor, ``pagerank`` (positive weights) and ``betweenness`` (distance ``1/|weight|``).
    """
    P = nx.Graph()
    P.add_nodes_from(S.nodes)
    P.add_edges_from((u, v, {"weight": w}) for u, v, w in S.edges(data="weight") if w and w > 0)
    rank = nx.pagerank(P, weight="weight") if P.number_of_edges() else {n: 0.0 for n in S}
    D = nx.Graph()
    D.add_nodes_from(S.nodes)
    D.add_edges_from((u, v, {"distance": 1.0 / abs(w)}) for u, v, w in S.edges(data="weight") if w)
    between = nx.betweenness_centrality(D, weight="distance") if D.number_of_edges() else {n: 0.0 for n in S}
    return {n: {"pagerank": rank.get(n, 0.0), "betweenness": between.get(n, 0.0)} for n in S}


def brokers(S: nx.Graph, blocs: Sequence[set[str]]) -> list[tuple[str, int, float]]:
    """Actors with cooperative ties into more than one bloc.

    Parameters
    ----------
    S : networkx.Graph
        A signed graph.
    blocs : sequence of set of str
        Blocs, e.g. from :func:`cooperation_blocs`.

    Returns
    -------
    list of (str, int, float)
        ``(actor, blocs reached, cooperation outside its own bloc)``, strongest first.

    Examples
    --------
    >>> S = nx.Graph([("a", "b", {"weight": 1}), ("b", "c", {"weight": 2}), ("c", "d", {"weight": 1})])
    >>> brokers(S, [{"a", "b"}, {"c", "d"}])
    [('b', 2, 2.0), ('c', 2, 2.0)]
    """
    bloc = {n: i for i, members in enumerate(blocs) for n in members}
    out = []
    for n in S:
        reached: dict[int, float] = {}
        for m, data in S[n].items():
            w = float(data.get("weight") or 0.0)
            if w > 0 and m in bloc:
                reached[bloc[m]] = reached.get(bloc[m], 0.0) + w
        own = bloc.get(n)
        outside = sum(w for b, w in reached.items() if b != own)
        if len(set(reached) | ({own} if own is not None else set())) > 1 and outside > 0:
            out.append((n, len(set(reached) | ({own} if own is not None else set())), outside))
    return sorted(out, key=lambda x: (-x[1], -x[2], x[0]))
