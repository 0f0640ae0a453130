# title: meets, from meetings
# Two parties of the same meeting meet when they share no organisation: the ambassador meets the
# rector and her university, the embassy meets both; a rector does not "meet" her own university.
# A party's organisations are itself and the organisations of the posts it holds (possibly
# described in another graph, hence the GRAPH patterns).
INSERT { GRAPH ?g { ?a kgp:meets ?b } }
WHERE {
  GRAPH ?g { ?m a kgp:Meeting ; kgp:participant|kgp:participantOrganization ?a, ?b }
  FILTER(?a != ?b)
  FILTER NOT EXISTS {
    { BIND(?a AS ?sa) } UNION { GRAPH ?g1 { ?a kgp:holds ?pa } GRAPH ?g2 { ?pa kgp:postIn ?sa } }
    { BIND(?b AS ?sb) } UNION { GRAPH ?g3 { ?b kgp:holds ?pb } GRAPH ?g4 { ?pb kgp:postIn ?sb } }
    FILTER(?sa = ?sb)
  }
}
