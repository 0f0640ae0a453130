# title: partOf, from unit-of
INSERT { GRAPH ?g { ?unit kgp:partOf ?whole } }
WHERE { GRAPH ?g { ?unit kgp:unitOf ?whole } }
