"""Analysis results as RDF: ``geokg analyze ... --write NAME`` stores blocs and centrality scores in the
named graph ``graph/analysis/NAME``, so SPARQL can join them with the events (the merged default graph
holds them too). Re-running with the same name replaces the run.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import pyoxigraph as ox
from rdflib.namespace import RDF, RDFS, XSD

from ..rdf.mint import analysis_iri, analysis_part_iri
from ..rdf.rdf import N
from ..rdf.vocab import GEO

__all__ = ["analysis_graph", "bloc_quads", "score_quads"]


def analysis_graph(name: str) -> ox.NamedNode:
    """The named graph of one analysis run (also the run's node).

    Examples
    --------
    >>> analysis_graph("blocs-2025").value
    'https://w3id.org/geokg/graph/analysis/blocs-2025'
    """
    return N(analysis_iri(name))


def _lit(value: object, datatype) -> ox.Literal:
    text = str(value).lower() if isinstance(value, bool) else str(value)
    return ox.Literal(text, datatype=N(datatype))


def _run_quads(g: ox.NamedNode, method: str, window: tuple[str | None, str | None], by_country: bool) -> list[ox.Quad]:
    quads = [
        ox.Quad(g, N(RDF.type), N(GEO.AnalysisRun), g),
        ox.Quad(g, N(GEO.method), ox.Literal(method), g),
        ox.Quad(g, N(GEO.byCountry), _lit(by_country, XSD.boolean), g),
    ]
    for prop, day in ((GEO.windowStart, window[0]), (GEO.windowEnd, window[1])):
        if day:
            quads.append(ox.Quad(g, N(prop), _lit(day, XSD.date), g))
    return quads


def bloc_quads(
    name: str,
    partitions: Mapping[str, Sequence[Iterable[str]]],
    *,
    frustration: float | None = None,
    window: tuple[str | None, str | None] = (None, None),
    by_country: bool = False,
) -> list[ox.Quad]:
    """Quads of a blocs run: one ``geo:Bloc`` per bloc and method, ``actor geo:inBloc bloc`` for members.

    Parameters
    ----------
    name : str
        The run's slug (``blocs-2025``); its graph is :func:`analysis_graph` of it.
    partitions : mapping of str to sequence of sets of actor IRIs
        Blocs per method, e.g. ``{"louvain": [...], "least-frustration": [...]}``.
    frustration : float, optional
        The frustration index of the ``least-frustration`` partition, stored on the run.
    window : (str or None, str or None)
        The ``since``/``until`` dates the signed graph was built for.
    by_country : bool
        Whether people were rolled up to the country they lead.

    Returns
    -------
    list of pyoxigraph.Quad
        Every quad in the run's named graph.

    Examples
    --------
    >>> qs = bloc_quads("t", {"louvain": [{"https://w3id.org/geokg/actor/iran"}]})
    >>> sum(1 for q in qs if q.predicate.value.endswith("#inBloc"))
    1
    """
    g = analysis_graph(name)
    quads = _run_quads(g, "blocs", window, by_country)
    if frustration is not None:
        quads.append(ox.Quad(g, N(GEO.frustrationIndex), _lit(round(frustration, 6), XSD.decimal), g))
    for method, blocs in partitions.items():
        for i, members in enumerate(blocs, 1):
            members = sorted(members)
            bloc = N(analysis_part_iri(g.value, "bloc", method, i))
            quads += [
                ox.Quad(bloc, N(RDF.type), N(GEO.Bloc), g),
                ox.Quad(bloc, N(GEO.fromRun), g, g),
                ox.Quad(bloc, N(GEO.method), ox.Literal(method), g),
                ox.Quad(bloc, N(RDFS.label), ox.Literal(f"{method} bloc {i}"), g),
                ox.Quad(bloc, N(GEO.blocSize), _lit(len(members), XSD.integer), g),
            ]
            quads += [ox.Quad(ox.NamedNode(m), N(GEO.inBloc), bloc, g) for m in members]
    return quads


def score_quads(
    name: str,
    scores: Mapping[str, Mapping[str, float]],
    *,
    blocs_reached: Mapping[str, int] | None = None,
    window: tuple[str | None, str | None] = (None, None),
    by_country: bool = False,
) -> list[ox.Quad]:
    """Quads of a centrality run: one ``geo:ActorScore`` per actor with PageRank and betweenness.

    Parameters
    ----------
    name : str
        The run's slug.
    scores : mapping of actor IRI to {"pagerank": float, "betweenness": float}
        As :func:`graph.analysis.blocs.centrality` returns them.
    blocs_reached : mapping of actor IRI to int, optional
        For brokers: how many cooperation blocs the actor has cooperative ties into.
    window, by_country
        As for :func:`bloc_quads`.

    Returns
    -------
    list of pyoxigraph.Quad

    Examples
    --------
    >>> qs = score_quads("c", {"https://w3id.org/geokg/actor/iran": {"pagerank": 0.5, "betweenness": 0.0}})
    >>> sorted(q.predicate.value.rsplit("#", 1)[-1] for q in qs if "ontology" in q.predicate.value)[:3]
    ['betweenness', 'byCountry', 'fromRun']
    """
    g = analysis_graph(name)
    quads = _run_quads(g, "centrality", window, by_country)
    for actor, values in sorted(scores.items()):
        node = N(analysis_part_iri(g.value, "score", actor))
        quads += [
            ox.Quad(node, N(RDF.type), N(GEO.ActorScore), g),
            ox.Quad(node, N(GEO.fromRun), g, g),
            ox.Quad(node, N(GEO.scoreOf), ox.NamedNode(actor), g),
            ox.Quad(node, N(GEO.pagerank), _lit(round(values.get("pagerank", 0.0), 6), XSD.decimal), g),
            ox.Quad(node, N(GEO.betweenness), _lit(round(values.get("betweenness", 0.0), 6), XSD.decimal), g),
        ]
        if blocs_reached and actor in blocs_reached:
            quads.append(ox.Quad(node, N(GEO.blocsReached), _lit(blocs_reached[actor], XSD.integer), g))
    return quads
