"""``partners_of`` is written for Oxigraph's planner; it must return the rows of its plain text.

The plain text (kept here) says each source with one three-step OPTIONAL and each branch in its
natural order. The bundled text nests one-step OPTIONALs and starts a branch from the unit
(bench/README.md, "A second at a million triples"). Both run on a graph written here with the
cases the rewrite could get wrong (evidence without a source, a source without a label, a country
without a label, a proposed partnership, a programme without a status, a unit's unit, a partner
inside the institution), in memory and in an on-disk store, and on a synthetic graph of ~10k
triples for many institutions.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgpart.query.bundled import NamedQuery, get_query
from kgpart.query.run import run_query
from kgpart.store.graph import KnowledgeGraph
from kgpart.synth import synthesize
from kgpart.terms import PREFIXES

PLAIN = """
SELECT DISTINCT ?org ?partner ?partnerName ?country ?through ?kind ?status ?source
WHERE {
  ?unit kgp:partOf* ?org .
  {
    ?p a kgp:Partnership ; kgp:party ?unit, ?partner ; kgp:status ?st .
    VALUES ?st { kgp:Active kgp:Agreed }
    ?st rdfs:label ?status .
    OPTIONAL { ?p kgp:partnershipKind ?kind }
  } UNION {
    ?p a kgp:Programme ; kgp:partner ?unit, ?partner .
    OPTIONAL { ?p kgp:status/rdfs:label ?status }
    OPTIONAL { ?p kgp:programmeKind ?kind }
  }
  FILTER(?partner != ?unit)
  ?partner rdfs:label ?partnerName .
  ?unit rdfs:label ?through .
  OPTIONAL { ?partner kgp:country/rdfs:label ?country }
  OPTIONAL { ?p kgp:evidence/kgp:source/rdfs:label ?source }
  FILTER NOT EXISTS { ?partner kgp:partOf* ?org }
}
"""

EX = "https://example.org/plan/"

# Made-up institutions: the university has a faculty, whose department signs; each fact tries
# one case of the rewrite.
CASES = f"""
@prefix kgp: <{PREFIXES["kgp"]}> .
@prefix rdfs: <{PREFIXES["rdfs"]}> .
@prefix ex: <{EX}> .

ex:g {{
  kgp:Active rdfs:label "active" . kgp:Agreed rdfs:label "agreed" . kgp:Proposed rdfs:label "proposed" .
  ex:uni rdfs:label "Lakeside University" .
  ex:faculty rdfs:label "Faculty of Rivers" ; kgp:partOf ex:uni .
  ex:dept rdfs:label "Department of Deltas" ; kgp:partOf ex:faculty .
  # Two countries, one without a label.
  ex:north rdfs:label "Northfield Institute" ; kgp:country ex:nowhere, ex:unnamed .
  ex:nowhere rdfs:label "Nowhereland" .
  ex:south rdfs:label "Southgate College" ; kgp:country ex:unnamed .
  ex:east rdfs:label "Eastmoor Academy" .
  ex:west rdfs:label "Westbrook School" ; kgp:country ex:nowhere .
  ex:s1 rdfs:label "Delta Weekly" .
  ex:s2 rdfs:label "River Post", "River Post (print)" .
  ex:s3 kgp:url "https://example.org/unlabelled" .

  # Two evidences, one whose source has two labels, one whose source has none.
  ex:p1 a kgp:Partnership ; kgp:party ex:dept, ex:north ; kgp:status kgp:Active ;
        kgp:partnershipKind "exchange" ; kgp:evidence ex:e1, ex:e2 .
  ex:e1 kgp:source ex:s2, ex:s3 .  # two sources, one without a label
  ex:e2 kgp:source ex:s3 .
  # Evidence without a source, and evidence whose only source has no label.
  ex:p2 a kgp:Partnership ; kgp:party ex:faculty, ex:south ; kgp:status kgp:Agreed ;
        kgp:evidence ex:e3, ex:e4 .
  ex:e4 kgp:source ex:s3 .
  # Proposed: not listed.
  ex:p3 a kgp:Partnership ; kgp:party ex:uni, ex:east ; kgp:status kgp:Proposed .
  # A programme without status or kind, with a labelled source.
  ex:g1 a kgp:Programme ; kgp:partner ex:uni, ex:east, ex:west ; kgp:evidence ex:e5 .
  ex:e5 kgp:source ex:s1 .
  # A programme whose status is set, and a partner inside the university: only the partner outside is listed.
  ex:g2 a kgp:Programme ; kgp:partner ex:dept, ex:faculty, ex:west ; kgp:status kgp:Agreed ;
        kgp:programmeKind "joint degree" .
  # A party given as a programme's partner is no partnership party: not listed through p4.
  ex:p4 a kgp:Partnership ; kgp:partner ex:uni, ex:south ; kgp:status kgp:Active .
}}
"""

Row = tuple[tuple[str, str | None], ...]


def rows(kg: KnowledgeGraph, query: NamedQuery, org: str) -> Counter[Row]:
    result = run_query(kg, query, {"org": org})
    return Counter(
        tuple((name, None if row.get(name) is None else str(row.get(name))) for name in result.variables)
        for row in result.rows
    )


def plain_and_bundled(kg: KnowledgeGraph, org: str) -> tuple[Counter[Row], Counter[Row]]:
    plain = NamedQuery("partners_of", PLAIN, parameters=get_query("partners_of").parameters)
    return rows(kg, plain, org), rows(kg, get_query("partners_of"), org)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    folder = synthesize(10_000, tmp_path_factory.mktemp("synth") / "g", seed=0).folder
    return KnowledgeGraph.open(folder, index="memory")


def cases_graph(where: Path | None) -> KnowledgeGraph:
    store = ox.Store(str(where)) if where else ox.Store()
    store.load(CASES.encode(), ox.RdfFormat.TRIG)
    return KnowledgeGraph(store)


@pytest.mark.parametrize("storage", ["memory", "disk"])
def test_the_cases_give_the_rows_of_the_plain_text(storage: str, tmp_path: Path) -> None:
    kg = cases_graph(tmp_path / "store" if storage == "disk" else None)
    for org in ("uni", "faculty", "dept", "north"):
        before, after = plain_and_bundled(kg, EX + org)
        assert after == before, org
    before, after = plain_and_bundled(kg, EX + "uni")
    listed = {
        (dict(r)["partnerName"], dict(r)["source"], dict(r)["country"], dict(r)["status"]) for r in after
    }
    assert listed == {
        ('"Northfield Institute"', '"River Post"', '"Nowhereland"', '"active"'),
        ('"Northfield Institute"', '"River Post (print)"', '"Nowhereland"', '"active"'),
        ('"Southgate College"', None, None, '"agreed"'),
        ('"Eastmoor Academy"', '"Delta Weekly"', None, None),
        ('"Westbrook School"', '"Delta Weekly"', '"Nowhereland"', None),
        ('"Westbrook School"', None, '"Nowhereland"', '"agreed"'),
    }


def test_many_institutions_of_a_synthetic_graph_give_the_rows_of_the_plain_text(
    synthetic: KnowledgeGraph,
) -> None:
    orgs = [r["u"].value for r in synthetic.select("SELECT ?u { ?u a kgp:University } ORDER BY ?u LIMIT 40")]
    assert len(orgs) == 40
    found = 0
    for org in orgs:
        before, after = plain_and_bundled(synthetic, org)
        assert after == before, org
        found += sum(before.values())
    assert found > 100, "the synthetic graph must exercise the query"
