# title: involves, from a programme's cohorts
INSERT { GRAPH ?g { ?p kgp:involves ?c } }
WHERE { GRAPH ?g { ?p a kgp:Programme ; kgp:cohort ?c } }
