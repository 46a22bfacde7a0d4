"""Stores: the embedded Oxigraph store (``store``), a remote SPARQL 1.1 store (``remote``), what both offer
(``protocol.GraphStore``), the streaming loader (``loader``), analysis results as quads (``results``) and
export (``export``). The SPARQL they run is in the ``.rq`` (query) and ``.ru`` (update) files beside them,
read with ``graph.rdf.sparql.sparql_file``.

Import from the modules (``from graph.store.store import Store``); this package imports nothing."""
