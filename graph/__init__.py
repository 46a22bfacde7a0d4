"""geokg.graph: RDF vocabulary, the store, networkx views and HTML.

Builds on ``ingest``'s record types; never imports ``queries``.
"""

from .network import dyad_graph, event_graph
from .rdf import article_quads, background_quads
from .store import DEFAULT_STORE, IngestOutcome, Store, default_store_path
from .viz import render_html, write_html
from .vocab import GEO

__all__ = [
    "DEFAULT_STORE",
    "GEO",
    "IngestOutcome",
    "Store",
    "article_quads",
    "background_quads",
    "default_store_path",
    "dyad_graph",
    "event_graph",
    "render_html",
    "write_html",
]
