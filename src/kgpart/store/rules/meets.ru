# title: meets, from meetings
# Two parties of the same meeting meet when they come from different sides: the ambassador meets
# the rector and her university, the embassy meets both; a rector does not "meet" her own
# university, nor a dean her faculty's university or its rector, nor a consul his vice-consul.
# A party's side is known from its organisations: an organisation is its own side (a unit is its
# parent's too); a person has the organisations of the posts she holds (possibly described in
# another graph, hence the GRAPH patterns). A person with no post has no known side and is joined
# to no one: the article may have named a colleague of the other (a consul's vice-consul).
# "The same side" is spelt out case by case as MINUS blocks, which Oxigraph evaluates once and
# hash-joins: as one NOT EXISTS with a UNION inside it took 9 s at 100k triples and minutes at 1M.
INSERT { GRAPH ?g { ?a kgp:meets ?b } }
WHERE {
  GRAPH ?g { ?m a kgp:Meeting ; kgp:participant|kgp:participantOrganization ?a, ?b }
  FILTER(?a != ?b)
  # a person with no post: no side known
  MINUS { GRAPH ?g { ?m kgp:participant ?a } FILTER NOT EXISTS { GRAPH ?g0 { ?a kgp:holds ?p0 } } }
  MINUS { GRAPH ?g { ?m kgp:participant ?b } FILTER NOT EXISTS { GRAPH ?g0 { ?b kgp:holds ?p0 } } }
  # one works for the other, or for a unit of it
  MINUS {
    GRAPH ?g1 { ?a kgp:holds ?pa }
    { GRAPH ?g2 { ?pa kgp:postIn ?b } } UNION { GRAPH ?g2 { ?pa kgp:postIn ?ua } GRAPH ?g3 { ?ua kgp:unitOf ?b } }
  }
  MINUS {
    GRAPH ?g4 { ?b kgp:holds ?pb }
    { GRAPH ?g5 { ?pb kgp:postIn ?a } } UNION { GRAPH ?g5 { ?pb kgp:postIn ?ub } GRAPH ?g6 { ?ub kgp:unitOf ?a } }
  }
  # one is a unit of the other
  MINUS { { GRAPH ?g7 { ?a kgp:unitOf ?b } } UNION { GRAPH ?g7 { ?b kgp:unitOf ?a } } }
  # both work for one organisation (a unit counted as its parent)
  MINUS {
    GRAPH ?g { ?m kgp:participant ?a, ?b }
    {
      SELECT ?a ?o WHERE {
        GRAPH ?g8 { ?a kgp:holds ?pc } GRAPH ?g9 { ?pc kgp:postIn ?oc }
        OPTIONAL { GRAPH ?g10 { ?oc kgp:unitOf ?wc } }
        BIND(COALESCE(?wc, ?oc) AS ?o)
      }
    }
    {
      SELECT ?b ?o WHERE {
        GRAPH ?g11 { ?b kgp:holds ?pd } GRAPH ?g12 { ?pd kgp:postIn ?od }
        OPTIONAL { GRAPH ?g13 { ?od kgp:unitOf ?wd } }
        BIND(COALESCE(?wd, ?od) AS ?o)
      }
    }
  }
}
