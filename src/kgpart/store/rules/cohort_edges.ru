# title: studiesAt, studiesIn and comesFrom, from a cohort's place and origin
INSERT { GRAPH ?g { ?c kgp:studiesAt ?org } }
WHERE { GRAPH ?g { ?c a kgp:StudentCohort ; kgp:at ?org } } ;
INSERT { GRAPH ?g { ?c kgp:comesFrom ?country } }
WHERE { GRAPH ?g { ?c a kgp:StudentCohort ; kgp:fromCountry ?country } } ;
# A cohort counted for a whole country ("international students in X") is linked to that country,
# so country-level mobility is an edge of the network rather than an isolated node.
INSERT { GRAPH ?g { ?c kgp:studiesIn ?country } }
WHERE { GRAPH ?g { ?c a kgp:StudentCohort ; kgp:inCountry ?country } }
