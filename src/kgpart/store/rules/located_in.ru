# title: locatedIn, from an organisation's country (an embassy is located in its host country)
INSERT { GRAPH ?g { ?org kgp:locatedIn ?where } }
WHERE {
  GRAPH ?g { ?org kgp:country ?country }
  OPTIONAL { GRAPH ?g { ?org kgp:hostCountry ?host } }
  BIND(COALESCE(?host, ?country) AS ?where)
}
