# title: partnersWith, from partnerships in force and from programmes
# Only existing (active) or agreed partnerships count; proposed cooperation is not a partnership yet.
INSERT { GRAPH ?g { ?a kgp:partnersWith ?b } }
WHERE {
  {
    GRAPH ?g { ?p a kgp:Partnership ; kgp:status ?status ; kgp:party ?a, ?b }
    VALUES ?status { kgp:Active kgp:Agreed }
  } UNION {
    GRAPH ?g { ?p a kgp:Programme ; kgp:partner ?a, ?b }
  }
  FILTER(?a != ?b)
}
