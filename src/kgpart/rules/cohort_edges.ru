# title: studiesAt and comesFrom, from a cohort's place and origin
INSERT { GRAPH ?g { ?c kgp:studiesAt ?org } }
WHERE { GRAPH ?g { ?c a kgp:StudentCohort ; kgp:at ?org } } ;
INSERT { GRAPH ?g { ?c kgp:comesFrom ?country } }
WHERE { GRAPH ?g { ?c a kgp:StudentCohort ; kgp:fromCountry ?country } }
