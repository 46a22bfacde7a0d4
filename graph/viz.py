"""Interactive HTML graph of the store (pyvis data, vis-network inlined, no CDN)."""

from __future__ import annotations

import html
import json
import logging
from importlib import resources
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from .mint import _digest
from .network import dyad_graph, event_graph
from .store import Store

__all__ = ["QUAD_COLOURS", "TYPE_STYLE", "render_html", "write_html"]

log = logging.getLogger(__name__)

QUAD_COLOURS = {"1": "#4c9be8", "2": "#1a7f37", "3": "#e3a008", "4": "#cf222e"}
QUAD_NAMES = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict", "4": "material conflict"}
TYPE_STYLE = {
    "GPE": ("#6f42c1", "dot"),
    "PERSON": ("#d63384", "diamond"),
    "ORG": ("#0d6efd", "square"),
    "LOC": ("#20c997", "triangle"),
    "NORP": ("#fd7e14", "star"),
    "FAC": ("#6c757d", "triangle"),
}


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf8"), (lib / "vis-network.css").read_text(encoding="utf8")


def _tooltip(*lines: str) -> str:
    # vis-network shows string titles as text; escaping keeps them inert everywhere else too
    return "\n".join(html.escape(line, quote=True) for line in lines)


def _network(D: nx.DiGraph) -> Network:
    net = Network(directed=True, cdn_resources="local")
    degree = dict(D.degree())
    ids = {n: "n" + _digest(n) for n in D.nodes}
    for node, data in D.nodes(data=True):
        colour, shape = TYPE_STYLE.get(data.get("type", ""), ("#999999", "dot"))
        label = str(data.get("label", ""))
        net.add_node(
            ids[node],
            label=html.escape(label),
            title=_tooltip(label, data.get("type", "")),
            color=colour,
            shape=shape,
            size=10 + 4 * degree.get(node, 0),
        )
    for u, v, data in D.edges(data=True):
        quad = max(data["quad_classes"], key=data["quad_classes"].get) if data["quad_classes"] else ""
        pred = max(data["predicates"], key=data["predicates"].get) if data["predicates"] else ""
        lines = [
            f"{D.nodes[u].get('label')} -> {D.nodes[v].get('label')}: {pred}",
            f"events: {data['events']}, Goldstein sum: {data['goldstein']:.1f}",
        ]
        lines += [f"- {s}" for s in data["sentences"][:5]]
        net.add_edge(
            ids[u],
            ids[v],
            label=html.escape(pred),
            title=_tooltip(*lines),
            color=QUAD_COLOURS.get(quad, "#888888"),
            width=1 + data["events"],
        )
    return net


def render_html(D: nx.DiGraph, *, title: str = "geokg graph") -> str:
    """A self-contained HTML page for an aggregated actor graph."""
    net = _network(D)
    options = {
        "physics": {"stabilization": {"iterations": 300}, "barnesHut": {"springLength": 160}},
        "edges": {"arrows": {"to": {"enabled": True}}, "smooth": False, "font": {"size": 11}},
        "interaction": {"hover": True, "tooltipDelay": 100},
    }
    data = {"nodes": net.nodes, "edges": net.edges, "options": options}
    data_json = (
        json.dumps(data, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )
    legend = "".join(
        f'<span><i style="background:{c}"></i>{html.escape(QUAD_NAMES[q])}</span>' for q, c in QUAD_COLOURS.items()
    ) + "".join(f'<span style="color:{c}">&#9679; {t}</span>' for t, (c, _) in TYPE_STYLE.items())
    vis_js, vis_css = _vis_assets()
    template = (Path(__file__).parent / "templates" / "graph.html").read_text(encoding="utf8")
    page = template.replace("{{ title }}", html.escape(title)).replace("{{ legend }}", legend)
    page = page.replace("{{ data_json }}", data_json).replace("{{ vis_css }}", vis_css)
    return page.replace("{{ vis_js }}", vis_js.replace("</script", "<\\/script"))


def write_html(store: Store, path: str | Path, *, title: str = "geokg graph") -> Path:
    """Write the store's actor graph as an offline HTML page; returns the path."""
    D = dyad_graph(event_graph(store))
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(D, title=title), encoding="utf8")
    log.info("wrote %s (%d actors, %d edges)", out, D.number_of_nodes(), D.number_of_edges())
    return out
