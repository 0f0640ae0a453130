# title: meets, from meetings
# Two parties of the same meeting meet when they share no organisation: the ambassador meets the
# rector and her university, the embassy meets both; a rector does not "meet" her own university.
# A party's organisations are itself and the organisations of the posts it holds (possibly
# described in another graph, hence the GRAPH patterns). "Share an organisation" is spelt out case
# by case (one works for the other, either way round, or both work for the same one) as MINUS
# blocks, which Oxigraph evaluates once and hash-joins: as one NOT EXISTS with a UNION inside it
# took 9 s at 100k triples and minutes at 1M. The first two blocks need not repeat the meeting:
# MINUS removes a pair when ?a and ?b match, and "?a holds a post in ?b" over all posts is a
# small join (a quarter less time at 1M than joining each with the meeting's pairs); the third
# keeps it, as all pairs of people with a post in the same organisation would be quadratic.
INSERT { GRAPH ?g { ?a kgp:meets ?b } }
WHERE {
  GRAPH ?g { ?m a kgp:Meeting ; kgp:participant|kgp:participantOrganization ?a, ?b }
  FILTER(?a != ?b)
  MINUS { GRAPH ?g1 { ?a kgp:holds ?pa } GRAPH ?g2 { ?pa kgp:postIn ?b } }
  MINUS { GRAPH ?g3 { ?b kgp:holds ?pb } GRAPH ?g4 { ?pb kgp:postIn ?a } }
  MINUS {
    GRAPH ?g { ?m kgp:participant|kgp:participantOrganization ?a, ?b }
    GRAPH ?g5 { ?a kgp:holds ?pc } GRAPH ?g6 { ?pc kgp:postIn ?o }
    GRAPH ?g7 { ?b kgp:holds ?pd } GRAPH ?g8 { ?pd kgp:postIn ?o }
  }
}
