"""Interactive HTML graph: pyvis builds the node and edge data, vis-network is inlined, nothing is fetched.

Article text is data, never markup: labels, tooltips and evidence travel as JSON inside a
``<script type="application/json">`` block (``<``, ``>`` and ``&`` escaped) and the page writes them with
``textContent``; node ids are hashes; links are kept only for http(s) URLs; a Content-Security-Policy
forbids every outside resource.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from ..analysis.focus import Focus, focus
from ..analysis.network import article_info, event_graph
from ..rdf.mint import _digest
from ..store.store import Store

__all__ = [
    "CAMEO_NAMES",
    "QUAD_COLOURS",
    "TYPE_STYLE",
    "NotebookPage",
    "graph_from_rows",
    "graph_from_triples",
    "notebook_html",
    "render_html",
    "script_json",
    "templates",
    "write_html",
]

log = logging.getLogger(__name__)

QUAD_COLOURS = {"1": "#4c9be8", "2": "#1a7f37", "3": "#e3a008", "4": "#cf222e"}
QUAD_NAMES = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict", "4": "material conflict"}
TYPE_STYLE = {
    "GPE": ("#6f42c1", "dot", "country or place"),
    "PERSON": ("#d63384", "diamond", "person"),
    "ORG": ("#0d6efd", "square", "organisation"),
    "NORP": ("#fd7e14", "star", "group"),
    "LOC": ("#20c997", "triangle", "location"),
    "FAC": ("#6c757d", "triangle", "facility"),
}
CAMEO_NAMES = {
    "01": "make public statement",
    "02": "appeal",
    "03": "express intent to cooperate",
    "04": "consult",
    "05": "engage in diplomatic cooperation",
    "06": "engage in material cooperation",
    "07": "provide aid",
    "08": "yield",
    "09": "investigate",
    "10": "demand",
    "11": "disapprove",
    "12": "reject",
    "13": "threaten",
    "14": "protest",
    "15": "exhibit force posture",
    "16": "reduce relations",
    "17": "coerce",
    "18": "assault",
    "19": "fight",
    "20": "use unconventional mass violence",
}
SIZE_BY = ("degree", "pagerank")


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf8"), (lib / "vis-network.css").read_text(encoding="utf8")


def _node_id(node: str) -> str:
    return "n" + _digest(node)


def _sizes(D: nx.DiGraph, size_by: str) -> dict[str, float]:
    if size_by not in SIZE_BY:
        raise ValueError(f"size_by={size_by!r}; use one of {', '.join(SIZE_BY)}")
    if D.number_of_nodes() == 0:
        return {}
    if size_by == "pagerank":
        rank = nx.pagerank(D, weight="events") if D.number_of_edges() else {n: 1.0 for n in D}
        top = max(rank.values()) or 1.0
        return {n: 10 + 40 * r / top for n, r in rank.items()}
    degree = dict(D.degree())
    top = max(degree.values()) or 1
    return {n: 10 + 40 * d / top for n, d in degree.items()}


def _top(counts: dict[str, int]) -> str:
    return max(sorted(counts), key=counts.get) if counts else ""


def _edge_detail(D: nx.DiGraph, u: str, v: str, data: dict, articles: dict[str, dict[str, str]]) -> dict:
    cameos = data.get("cameos", {})
    dates = data.get("dates", [])
    lines = [
        f"{D.nodes[u].get('label', u)} \u2192 {D.nodes[v].get('label', v)}: {_top(data.get('predicates', {}))}",
        f"events: {data.get('events', 0)}, reports: {data.get('mentions', 0)}, "
        f"Goldstein sum: {float(data.get('goldstein', 0.0)):.1f}",
    ]
    if cameos:
        lines.append("CAMEO: " + ", ".join(f"{c} {CAMEO_NAMES.get(c, '')} ({n})" for c, n in sorted(cameos.items())))
    if dates:
        lines.append(f"dates: {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else ""))
    sentences = list(dict.fromkeys(data.get("sentences", [])))
    links = []
    for a in data.get("articles", []):
        info = articles.get(a, {})
        url = info.get("url", "")
        links.append(
            {
                "title": info.get("title") or info.get("id") or a.rsplit("/", 1)[-1],
                "url": url if url.startswith(("http://", "https://")) else "",
                "date": info.get("date", ""),
            }
        )
    return {"lines": lines, "sentences": sentences[:20], "articles": links[:20]}


def _network(D: nx.DiGraph, *, size_by: str, articles: dict[str, dict[str, str]]) -> tuple[Network, dict]:
    net = Network(directed=True, cdn_resources="local")
    sizes = _sizes(D, size_by)
    details: dict[str, dict] = {}
    for node, data in D.nodes(data=True):
        colour, shape, kind = TYPE_STYLE.get(str(data.get("type", "")), ("#999999", "dot", "other"))
        label = str(data.get("label", ""))
        nid = _node_id(node)
        net.add_node(nid, label=label, color=colour, shape=shape, size=round(sizes.get(node, 10), 1))
        counts: dict[str, int] = {}
        for a, b, n in [*D.out_edges(node, data="events"), *D.in_edges(node, data="events")]:
            other = b if a == node else a
            counts[other] = counts.get(other, 0) + int(n or 0)
        neighbours = sorted(((D.nodes[n].get("label", n), c) for n, c in counts.items()), key=lambda x: (-x[1], x[0]))
        details[nid] = {
            "lines": [label, f"{kind}; {D.degree(node)} relation(s)", str(node)],
            "sentences": [f"{name}: {n} event(s)" for name, n in neighbours[:15]],
            "articles": [],
        }
    for i, (u, v, data) in enumerate(D.edges(data=True)):
        quad = _top(data.get("quad_classes", {}))
        eid = f"e{i}"
        net.add_edge(
            _node_id(u),
            _node_id(v),
            id=eid,
            label=_top(data.get("predicates", {})),
            color=QUAD_COLOURS.get(quad, "#888888"),
            width=min(1 + data.get("events", 1), 12),
        )
        details[eid] = _edge_detail(D, u, v, data, articles)
    return net, details


def _iterations(n_nodes: int) -> int:
    if n_nodes <= 500:
        return 250
    if n_nodes <= 1000:
        return 150
    return 70


def _options(n_nodes: int) -> dict:
    return {
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
        "physics": {
            "solver": "barnesHut",
            "barnesHut": {"springLength": 160, "gravitationalConstant": -6000},
            # fewer iterations as graphs grow: a 2,000-node page settles in seconds, then physics stops
            "stabilization": {"enabled": True, "iterations": _iterations(n_nodes), "updateInterval": 25},
        },
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": False, "font": {"size": 11}},
        "nodes": {"font": {"size": 14}},
        "interaction": {"hover": True, "tooltipDelay": 100, "hideEdgesOnDrag": n_nodes > 500},
    }


def script_json(data: object) -> Markup:
    """JSON that cannot end its ``<script>`` element or open markup (a Jinja filter)."""
    text = json.dumps(data, ensure_ascii=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@lru_cache(maxsize=4)
def templates(package: str = "graph.viz", folder: str = "templates") -> Environment:
    """Page templates of a package folder (geokg's graph page by default), rendered by Jinja2 with autoescape
    on: a value is text unless the template marks it ``safe`` (the bundled library, the legend geokg writes)
    or passes it through ``script_json``."""
    env = Environment(
        loader=PackageLoader(package, folder),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
    )
    env.filters["script_json"] = script_json
    return env


def _legend() -> str:
    quads = "".join(
        f'<span class="q"><i style="background:{c}"></i>{html.escape(QUAD_NAMES[q])}</span>'
        for q, c in QUAD_COLOURS.items()
    )
    kinds = "".join(f'<span style="color:{c}">&#9679; {html.escape(k)}</span>' for c, _, k in TYPE_STYLE.values())
    return quads + kinds + "<span>width: events; size: degree or PageRank</span>"


def render_html(
    D: nx.DiGraph,
    *,
    title: str = "geokg graph",
    note: str | None = None,
    size_by: str = "degree",
    articles: dict[str, dict[str, str]] | None = None,
) -> str:
    """A self-contained HTML page for an aggregated actor graph (``note`` is shown above the graph)."""
    net, details = _network(D, size_by=size_by, articles=articles or {})
    data = {"nodes": net.nodes, "edges": net.edges, "options": _options(D.number_of_nodes()), "details": details}
    vis_js, vis_css = _vis_assets()
    summary = f"{D.number_of_nodes():,} actors, {D.number_of_edges():,} relations"
    return (
        templates()
        .get_template("graph.html")
        .render(
            title=title,
            summary=summary,
            note=note or "",
            legend=_legend(),
            data=data,
            vis_css=vis_css.replace("</style", "<\\/style"),
            vis_js=vis_js.replace("</script", "<\\/script"),
        )
    )


def write_html(
    store: Store,
    path: str | Path,
    *,
    title: str = "geokg graph",
    focus_on: Focus | None = None,
    size_by: str = "degree",
) -> Path:
    """Write the store's actor graph (narrowed by ``focus_on``) as an offline HTML page; returns the path."""
    focused = focus(event_graph(store), focus_on)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    page = render_html(focused.graph, title=title, note=focused.note, size_by=size_by, articles=article_info(store))
    out.write_text(page, encoding="utf8")
    log.info("wrote %s (%d actors, %d edges)", out, focused.graph.number_of_nodes(), focused.graph.number_of_edges())
    return out


def _label_of(term: object) -> str:
    value = getattr(term, "value", str(term))
    return value.rsplit("/", 1)[-1].rsplit("#", 1)[-1] if isinstance(term, ox.NamedNode) else value


def graph_from_triples(triples: Iterable[ox.Triple]) -> nx.DiGraph:
    """A CONSTRUCT result as a drawable graph: IRI-to-IRI triples are edges, ``rdfs:label`` names nodes."""
    label_iri = "http://www.w3.org/2000/01/rdf-schema#label"
    D = nx.DiGraph()
    labels: dict[str, str] = {}
    for t in triples:
        if t.predicate.value == label_iri and isinstance(t.object, ox.Literal):
            labels[t.subject.value] = t.object.value
        elif isinstance(t.subject, ox.NamedNode) and isinstance(t.object, ox.NamedNode):
            name = _label_of(t.predicate)
            if D.has_edge(t.subject.value, t.object.value):
                preds = D.edges[t.subject.value, t.object.value]["predicates"]
                preds[name] = preds.get(name, 0) + 1
                D.edges[t.subject.value, t.object.value]["events"] += 1
            else:
                D.add_edge(t.subject.value, t.object.value, predicates={name: 1}, events=1)
    for n in D.nodes:
        D.nodes[n]["label"] = labels.get(n, _label_of(ox.NamedNode(n)))
        D.nodes[n]["type"] = ""
    return D


def graph_from_rows(variables: Sequence[str], rows: Iterable[Sequence[object]]) -> nx.DiGraph:
    """A SELECT result as a graph: the first two IRI columns are the ends of an edge, one edge per row."""
    D = nx.DiGraph()
    for row in rows:
        iris = [(v, t) for v, t in zip(variables, row, strict=False) if isinstance(t, ox.NamedNode)]
        if len(iris) < 2:
            continue
        (_, a), (_, b) = iris[:2]
        rest = [f"{v}={getattr(t, 'value', '')}" for v, t in zip(variables, row, strict=False) if t not in (a, b)]
        if D.has_edge(a.value, b.value):
            D.edges[a.value, b.value]["events"] += 1
            D.edges[a.value, b.value]["sentences"].append("; ".join(rest))
        else:
            D.add_edge(a.value, b.value, events=1, predicates={}, sentences=["; ".join(rest)])
    for n in D.nodes:
        D.nodes[n]["label"] = _label_of(ox.NamedNode(n))
        D.nodes[n]["type"] = ""
    return D


@dataclass(frozen=True)
class NotebookPage:
    """A rendered page that Jupyter (classic, Notebook 7 and Lab) shows inline through ``_repr_html_``."""

    page: str = field(repr=False)
    height: int = 650

    def _repr_html_(self) -> str:
        # an <iframe srcdoc> needs no server; without allow-same-origin the page cannot reach the notebook
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" '
            f'style="width:100%;height:{int(self.height)}px;border:0" sandbox="allow-scripts"></iframe>'
        )


def notebook_html(page: str, *, height: int = 650) -> NotebookPage:
    """Show a rendered page inline in Jupyter: return it as the last expression of a cell."""
    return NotebookPage(page, height)
