"""From the event graph to a signed, undirected actor graph: who cooperates with whom, who fights whom.

Each pair's weight is the sum of its events' Goldstein scores (or the number of cooperative minus
conflictual events), over a time window, optionally decayed so that recent events count more.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Mapping

import networkx as nx

from ingest.errors import GeoKGError

__all__ = ["WEIGHTS", "between_groups", "monthly_series", "roll_up", "shifts", "signed_graph"]

WEIGHTS = ("goldstein", "count")


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _score(data: Mapping, weight: str) -> float:
    if weight == "goldstein":
        return float(data.get("goldstein") or 0.0)
    quad = str(data.get("quadClass") or "")
    return 1.0 if quad in ("1", "2") else -1.0 if quad in ("3", "4") else 0.0


def roll_up(G: nx.MultiDiGraph, leader_of: Mapping[str, str]) -> nx.MultiDiGraph:
    """People replaced by the country (or organisation) they lead; others kept. Self-loops are dropped.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The event graph (:func:`graph.analysis.network.event_graph`).
    leader_of : mapping of str to str
        Person IRI to the IRI of what they lead (:func:`graph.analysis.network.leader_map`).

    Returns
    -------
    networkx.MultiDiGraph
        A new graph; edge attributes are kept.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("putin", "trump", goldstein=1.0)
    0
    >>> sorted(roll_up(G, {"putin": "russia", "trump": "usa"}).edges())
    [('russia', 'usa')]
    """
    H = nx.MultiDiGraph()
    for node, data in G.nodes(data=True):
        target = leader_of.get(node, node)
        if target not in H:
            H.add_node(target, **(G.nodes[target] if target in G else data))
    for u, v, data in G.edges(data=True):
        a, b = leader_of.get(u, u), leader_of.get(v, v)
        if a != b:
            H.add_edge(a, b, **data)
    return H


def signed_graph(
    G: nx.MultiDiGraph,
    *,
    weight: str = "goldstein",
    since: str | None = None,
    until: str | None = None,
    half_life_days: float | None = None,
    reference: str | None = None,
    include_negated: bool = False,
) -> nx.Graph:
    """An undirected graph whose edge ``weight`` is the pair's summed score (both directions).

    Edges also carry ``events``, ``cooperation`` and ``conflict`` (event counts by quad class).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        One edge per event, with ``goldstein``, ``quadClass``, ``date`` and ``negated``.
    weight : {'goldstein', 'count'}, default 'goldstein'
        What each event adds to its pair: its Goldstein score, or 1.
    since, until : str, optional
        ``YYYY-MM-DD`` bounds; events without a date are left out when either is given.
    half_life_days : float, optional
        Decay each event by ``0.5 ** (age / half_life_days)``, age counted back from ``reference``.
    reference : str, optional
        The day ages are counted from (default: the newest event date in the window).
    include_negated : bool, default False
        Count denied or negated events too.

    Returns
    -------
    networkx.Graph
        Actors as nodes (attributes kept), one edge per pair with events.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", goldstein=7.0, quadClass="2", date="2025-01-01", negated="false")
    0
    >>> G.add_edge("b", "a", goldstein=-9.0, quadClass="4", date="2025-02-01", negated="false")
    0
    >>> signed_graph(G).edges["a", "b"]["weight"]
    -2.0
    """
    if weight not in WEIGHTS:
        raise GeoKGError(f"weight {weight!r} is not known; use one of {', '.join(WEIGHTS)}")
    if half_life_days is not None and half_life_days <= 0:
        raise GeoKGError(f"half-life {half_life_days} must be positive days; try 180")
    kept = []
    for u, v, data in G.edges(data=True):
        if u == v or (str(data.get("negated")) == "true" and not include_negated):
            continue
        day = _day(data.get("date"))
        if (since or until) and day is None:
            continue
        if since and day < dt.date.fromisoformat(since):
            continue
        if until and day > dt.date.fromisoformat(until):
            continue
        kept.append((u, v, data, day))
    ref = _day(reference) if reference else max((d for *_, d in kept if d is not None), default=None)
    S = nx.Graph()
    S.add_nodes_from(G.nodes(data=True))
    agg: dict[tuple[str, str], dict[str, float]] = defaultdict(
        lambda: {"weight": 0.0, "events": 0, "cooperation": 0, "conflict": 0}
    )
    for u, v, data, day in kept:
        factor = 1.0
        if half_life_days is not None and ref is not None and day is not None:
            factor = math.pow(0.5, max((ref - day).days, 0) / half_life_days)
        a = agg[tuple(sorted((u, v)))]
        a["weight"] += factor * _score(data, weight)
        a["events"] += 1
        quad = str(data.get("quadClass") or "")
        a["cooperation"] += quad in ("1", "2")
        a["conflict"] += quad in ("3", "4")
    for (u, v), a in agg.items():
        S.add_edge(u, v, **a)
    return S


def monthly_series(G: nx.MultiDiGraph, a: str, b: str, *, weight: str = "goldstein") -> list[tuple[str, float, int]]:
    """A pair's score per month, both directions; months without events between the first and the last
    are included with zero.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The event graph.
    a, b : str
        The two actors' IRIs.
    weight : str, default 'goldstein'
        As for :func:`signed_graph`.

    Returns
    -------
    list of (str, float, int)
        ``(YYYY-MM, score, events)`` in month order.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", goldstein=4.0, date="2025-01-05")
    0
    >>> G.add_edge("b", "a", goldstein=-10.0, date="2025-03-20")
    0
    >>> monthly_series(G, "a", "b")
    [('2025-01', 4.0, 1), ('2025-02', 0.0, 0), ('2025-03', -10.0, 1)]
    """
    months: dict[str, list[float]] = defaultdict(list)
    for u, v in ((a, b), (b, a)):
        if not G.has_edge(u, v):
            continue
        for data in G.get_edge_data(u, v).values():
            if str(data.get("negated")) == "true":
                continue
            day = _day(data.get("date"))
            if day is not None:
                months[f"{day.year:04d}-{day.month:02d}"].append(_score(data, weight))
    if not months:
        return []
    first, last = min(months), max(months)
    out = []
    year, month = int(first[:4]), int(first[5:])
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        values = months.get(key, [])
        out.append((key, float(sum(values)), len(values)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def shifts(
    G: nx.MultiDiGraph, before: tuple[str, str], after: tuple[str, str], *, weight: str = "goldstein"
) -> list[tuple[str, str, float, float, float]]:
    """Pairs whose alignment changed most between two periods.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The event graph.
    before, after : (str, str)
        Each period's ``(since, until)`` dates.
    weight : str, default 'goldstein'
        As for :func:`signed_graph`.

    Returns
    -------
    list of (str, str, float, float, float)
        ``(a, b, score before, score after, change)``, largest absolute change first.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", goldstein=7.0, date="2025-01-10")
    0
    >>> G.add_edge("a", "b", goldstein=-9.0, date="2025-06-10")
    1
    >>> shifts(G, ("2025-01-01", "2025-03-31"), ("2025-04-01", "2025-12-31"))
    [('a', 'b', 7.0, -9.0, -16.0)]
    """
    first = signed_graph(G, weight=weight, since=before[0], until=before[1])
    second = signed_graph(G, weight=weight, since=after[0], until=after[1])
    pairs = {tuple(sorted(e)) for e in first.edges} | {tuple(sorted(e)) for e in second.edges}
    out = []
    for u, v in pairs:
        w0 = first.edges[u, v]["weight"] if first.has_edge(u, v) else 0.0
        w1 = second.edges[u, v]["weight"] if second.has_edge(u, v) else 0.0
        out.append((u, v, float(w0), float(w1), float(w1 - w0)))
    return sorted(out, key=lambda r: (-abs(r[4]), r[0], r[1]))


def between_groups(S: nx.Graph, group_a: set[str], group_b: set[str]) -> dict[str, float]:
    """How two groups of actors treat each other (NATO members and Russia, or BRICS with itself).

    Parameters
    ----------
    S : networkx.Graph
        A signed graph from :func:`signed_graph`.
    group_a, group_b : set of str
        Actor IRIs; pass the same set twice for relations among a group's members.

    Returns
    -------
    dict of str to float
        ``pairs``, ``events``, ``cooperation``, ``conflict`` (event counts) and ``weight`` (summed score)
        over the ties between the groups, each pair counted once.

    Examples
    --------
    >>> S = nx.Graph([("fr", "ru", {"weight": -5.0, "events": 2, "cooperation": 0, "conflict": 2})])
    >>> between_groups(S, {"fr", "de"}, {"ru"})["weight"]
    -5.0
    """
    total = {"weight": 0.0, "events": 0.0, "cooperation": 0.0, "conflict": 0.0, "pairs": 0.0}
    seen = set()
    for u in group_a:
        if u not in S:
            continue
        for v, data in S[u].items():
            key = tuple(sorted((u, v)))
            if v in group_b and v != u and key not in seen:
                seen.add(key)
                total["pairs"] += 1
                for name in ("weight", "events", "cooperation", "conflict"):
                    total[name] += float(data.get(name) or 0.0)
    return total
