# Remote store: copy one article graph ?g into the merged graph (the default graph of every query).
# ?g comes in as a VALUES block (graph.rdf.sparql.with_values), never as text. (Virtuoso 7.2 fails on a
# template graph bound by VALUES, so the merged graph is written as a constant.)
PREFIX gg: <https://w3id.org/geokg/graph/>
INSERT { GRAPH gg:merged { ?s ?p ?o } }
WHERE { GRAPH ?g { ?s ?p ?o } }
