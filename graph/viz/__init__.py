"""The interactive HTML graph page (``viz``) and its Jinja2 templates (``templates/``).

The page's public names are re-exported here, so ``graph.viz.render_html`` and
``graph.viz.templates(package, folder)`` (also used by ``queries`` for its own pages) keep working."""

from .viz import (
    CAMEO_NAMES,
    QUAD_COLOURS,
    SIZE_BY,
    TYPE_STYLE,
    NotebookPage,
    graph_from_rows,
    graph_from_triples,
    notebook_html,
    render_html,
    script_json,
    templates,
    write_html,
)

__all__ = [
    "CAMEO_NAMES",
    "QUAD_COLOURS",
    "SIZE_BY",
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
