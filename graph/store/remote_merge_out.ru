# Remote store: take one article graph ?g out of the merged graph: the triples that no other graph holds.
# ?g comes in as a VALUES block (graph.rdf.sparql.with_values), never as text.
PREFIX gg: <https://w3id.org/geokg/graph/>
DELETE { GRAPH gg:merged { ?s ?p ?o } }
WHERE {
  GRAPH ?g { ?s ?p ?o }
  FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } FILTER (?other != ?g && ?other != gg:merged) }
}
