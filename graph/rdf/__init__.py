"""RDF: geokg's vocabulary (``vocab``, ``ontology.ttl``), IRI minting (``mint``), records to quads (``rdf``),
SPARQL text helpers (``sparql``) and SHACL validation (``validate``, ``shapes.ttl``).

Import from the modules (``from graph.rdf.rdf import article_quads``); this package imports nothing, so
``graph.store`` and ``graph.rdf`` can import each other's modules without a cycle."""
