# Embedded store, after a user's update (geokg serve --allow-update), in the same transaction: the default
# graph derived again as the de-duplicated union of the named graphs.
DROP SILENT DEFAULT ;
INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }
