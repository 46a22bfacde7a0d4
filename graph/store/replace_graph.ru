# Replace one named graph by the content of a staging graph and keep the default graph equal to the
# de-duplicated union of all named graphs, in one transaction (Oxigraph applies an update atomically).
# The two graph names come in through the functions geokgfn:target() and geokgfn:staging(), never as text.
# Removing a graph is the same update with an empty staging graph.
PREFIX geokgfn: <urn:geokg:fn:>

# 1. triples only the target graph holds (and the new content does not) leave the default graph
DELETE { ?s ?p ?o }
WHERE {
  BIND(geokgfn:target() AS ?g)
  BIND(geokgfn:staging() AS ?st)
  GRAPH ?g { ?s ?p ?o }
  FILTER NOT EXISTS { GRAPH ?st { ?s ?p ?o } }
  FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } FILTER(?other != ?g && ?other != ?st) }
} ;

# 2. the old content of the target graph goes
DELETE { GRAPH ?g { ?s ?p ?o } }
WHERE { BIND(geokgfn:target() AS ?g) GRAPH ?g { ?s ?p ?o } } ;

# 3. the new content enters the target graph and the default graph
INSERT { ?s ?p ?o . GRAPH ?g { ?s ?p ?o } }
WHERE { BIND(geokgfn:target() AS ?g) BIND(geokgfn:staging() AS ?st) GRAPH ?st { ?s ?p ?o } } ;

# 4. the staging graph is emptied
DELETE { GRAPH ?st { ?s ?p ?o } }
WHERE { BIND(geokgfn:staging() AS ?st) GRAPH ?st { ?s ?p ?o } }
