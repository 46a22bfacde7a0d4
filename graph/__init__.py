"""geokg.graph: RDF vocabulary, the store, networkx views and HTML.

Sub-packages, one per concern: ``graph.rdf`` (vocabulary, IRI minting, records to quads, SPARQL text,
SHACL validation), ``graph.store`` (the embedded and remote stores, the loader, analysis results, export),
``graph.analysis`` (networkx views, signed graphs, blocs, alliances, focus, plots) and ``graph.viz``
(the HTML page).

Builds on ``ingest``'s record types; never imports ``queries``.
"""

from .analysis.network import dyad_graph, event_graph
from .rdf.rdf import article_quads, background_quads
from .rdf.vocab import GEO
from .store.store import DEFAULT_STORE, IngestOutcome, Store, default_store_path
from .viz import render_html, write_html

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
