"""kgp:meets joins the sides of a meeting, never two members of one delegation (#12 item 8)."""

from __future__ import annotations

from pathlib import Path

from kgpart.store.graph import KnowledgeGraph

# Invented: a consul of Arlandia in Borovia with his vice-consul (no post given) visits a Borovian
# university; an Arlandian ambassador and an Arlandian ministry official visit its rector; Borovia's
# president receives the rector at home (one country only: both sides are Borovian).
GRAPH = """
@prefix kgp: <https://w3id.org/kgpart/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix x: <https://w3id.org/kgpart/id/> .

x:graph\\/reference {
  x:graph\\/reference a kgp:FactGraph ; kgp:source x:source\\/reference ; kgp:extractedBy "curated" .
  x:source\\/reference a kgp:Source ; rdfs:label "sides" .
  x:country\\/AA a kgp:Country ; rdfs:label "Arlandia" ; kgp:isoCode "AA" .
  x:country\\/BB a kgp:Country ; rdfs:label "Borovia" ; kgp:isoCode "BB" .
  x:org\\/consulate a kgp:Embassy ; rdfs:label "Consulate of Arlandia in Borovia" ; kgp:country x:country\\/AA .
  x:org\\/embassy a kgp:Embassy ; rdfs:label "Embassy of Arlandia in Borovia" ; kgp:country x:country\\/AA .
  x:org\\/ministry a kgp:Ministry ; rdfs:label "Arlandian Ministry of Education" ; kgp:country x:country\\/AA .
  x:org\\/government a kgp:Government ; rdfs:label "Government of Borovia" ; kgp:country x:country\\/BB .
  x:org\\/university a kgp:University ; rdfs:label "Borovia State University" ; kgp:country x:country\\/BB .
  x:org\\/faculty a kgp:Faculty ; rdfs:label "Faculty of Law" ; kgp:unitOf x:org\\/university ;
      kgp:country x:country\\/BB .
  x:person\\/consul a kgp:Person ; rdfs:label "Consul" ; kgp:holds x:post\\/consul .
  x:post\\/consul a kgp:Post ; rdfs:label "Consul" ; kgp:postIn x:org\\/consulate .
  x:person\\/vice-consul a kgp:Person ; rdfs:label "Vice-consul" .
  x:person\\/ambassador a kgp:Person ; rdfs:label "Ambassador" ; kgp:holds x:post\\/ambassador .
  x:post\\/ambassador a kgp:Ambassador ; rdfs:label "Ambassador" ; kgp:postIn x:org\\/embassy .
  x:person\\/official a kgp:Person ; rdfs:label "Official" ; kgp:holds x:post\\/official .
  x:post\\/official a kgp:Post ; rdfs:label "Official" ; kgp:postIn x:org\\/ministry .
  x:person\\/president a kgp:Person ; rdfs:label "President" ; kgp:holds x:post\\/president .
  x:post\\/president a kgp:Post ; rdfs:label "President" ; kgp:postIn x:org\\/government .
  x:person\\/rector a kgp:Person ; rdfs:label "Rector" ; kgp:holds x:post\\/rector .
  x:post\\/rector a kgp:Rector ; rdfs:label "Rector" ; kgp:postIn x:org\\/university .
  x:person\\/dean a kgp:Person ; rdfs:label "Dean" ; kgp:holds x:post\\/dean .
  x:post\\/dean a kgp:Post ; rdfs:label "Dean" ; kgp:postIn x:org\\/faculty .
}

x:graph\\/visits {
  x:meeting\\/consular a kgp:Meeting ; rdfs:label "consular visit" ;
      kgp:participant x:person\\/consul, x:person\\/vice-consul, x:person\\/rector ;
      kgp:participantOrganization x:org\\/consulate, x:org\\/university .
  x:meeting\\/delegation a kgp:Meeting ; rdfs:label "delegation" ;
      kgp:participant x:person\\/ambassador, x:person\\/official, x:person\\/rector, x:person\\/dean .
  x:meeting\\/at-home a kgp:Meeting ; rdfs:label "at home" ;
      kgp:participant x:person\\/president, x:person\\/rector .
}
"""


def _meets(tmp_path: Path) -> set[frozenset[str]]:
    folder = tmp_path / "graph"
    folder.mkdir()
    (folder / "sides.trig").write_text(GRAPH, encoding="utf-8")
    rows = KnowledgeGraph.open(folder).select("SELECT ?a ?b WHERE { ?a kgp:meets ?b }")
    return {frozenset(r[k].value.rsplit("/", 1)[1] for k in ("a", "b")) for r in rows}


def test_the_sides_of_a_meeting_meet(tmp_path: Path) -> None:
    meets = _meets(tmp_path)
    assert {
        frozenset(p) for p in [("consul", "rector"), ("consulate", "university"), ("consul", "university")]
    } <= meets
    assert frozenset(("ambassador", "rector")) in meets and frozenset(("official", "dean")) in meets
    assert frozenset(("president", "rector")) in meets  # a meeting within one country


def test_members_of_one_delegation_do_not_meet(tmp_path: Path) -> None:
    meets = _meets(tmp_path)
    assert not {p for p in meets if "vice-consul" in p}  # no post: no side known, never joined
    assert frozenset(("rector", "dean")) not in meets  # a faculty is part of its university
    assert frozenset(("consul", "consulate")) not in meets
