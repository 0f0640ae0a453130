"""Bundled queries rewritten for speed return the rows their earlier, plainer text returned.

The earlier texts are kept here verbatim; both run on a synthetic graph of ~10k triples (with hub
institutions, many sources and the derived network) and on the tiny graph.
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

# GROUP_CONCAT columns: SPARQL leaves the order of the joined values to the plan, so they are
# compared as sets.
CONCATENATED = {"people", "organizations", "topics", "partners", "at", "atCountry"}

BEFORE = {
    # The honest-figures query (#12 item 5) in its plainest form: labels looked up per cohort,
    # later figures found by pairing cohorts pattern by pattern, in the union graph.
    "mobility": """
SELECT ?cohort ?count ?qualifier ?who ?activity ?from ?at ?atCountry ?status ?asOf ?targetYear ?counted ?note ?source ?url
WHERE {
  {
    SELECT ?cohort (GROUP_CONCAT(DISTINCT STR(?orgName); SEPARATOR="; ") AS ?all_at)
           (GROUP_CONCAT(DISTINCT ?countryName; SEPARATOR="; ") AS ?all_countries)
    WHERE {
      ?cohort a kgp:StudentCohort .
      OPTIONAL { ?cohort kgp:at ?org . ?org rdfs:label ?orgName . OPTIONAL { ?org kgp:country/rdfs:label ?orgCountry } }
      OPTIONAL { ?cohort kgp:inCountry/rdfs:label ?inCountry }
      BIND(STR(COALESCE(?inCountry, ?orgCountry)) AS ?countryName)
    }
    GROUP BY ?cohort
  }
  # Plain strings, unbound when empty, as on every engine (see meetings.rq).
  BIND(IF(STRLEN(?all_at) > 0, ?all_at, ?none) AS ?at)
  BIND(IF(STRLEN(?all_countries) > 0, ?all_countries, ?none) AS ?atCountry)
  ?cohort kgp:count ?count ; kgp:who ?who .
  OPTIONAL { ?cohort kgp:countQualifier ?qualifier }
  OPTIONAL { ?cohort kgp:activity ?activity }
  OPTIONAL { ?cohort kgp:fromCountry/rdfs:label ?from }
  OPTIONAL { ?cohort kgp:status ?st . OPTIONAL { ?st rdfs:label ?status } }
  OPTIONAL { ?cohort kgp:targetYear ?targetYear }
  OPTIONAL { ?cohort kgp:evidence/kgp:source ?src . ?src rdfs:label ?source . OPTIONAL { ?src schema:url ?url } OPTIONAL { ?src dcterms:issued ?issued } }
  OPTIONAL { ?cohort kgp:asOf ?stated }
  BIND(COALESCE(?stated, ?issued) AS ?asOf)
  OPTIONAL {
    SELECT ?cohort (MIN(?newerDate) AS ?supersededOn) WHERE {
      ?cohort a kgp:StudentCohort ; kgp:who ?w .
      ?newer a kgp:StudentCohort ; kgp:who ?w .
      { ?cohort kgp:at ?place . ?newer kgp:at ?place } UNION { ?cohort kgp:inCountry ?place . ?newer kgp:inCountry ?place }
      FILTER(?newer != ?cohort)
      FILTER NOT EXISTS { ?newer kgp:targetYear ?t }
      FILTER NOT EXISTS { ?newer kgp:status ?ns FILTER(?ns != kgp:Active) }
      OPTIONAL { ?cohort kgp:fromCountry ?f1 }
      OPTIONAL { ?newer kgp:fromCountry ?f2 }
      FILTER(COALESCE(STR(?f1), "") = COALESCE(STR(?f2), ""))
      OPTIONAL { ?cohort kgp:asOf ?d1 }
      OPTIONAL { ?cohort kgp:evidence/kgp:source/dcterms:issued ?i1 }
      OPTIONAL { ?newer kgp:asOf ?d2 }
      OPTIONAL { ?newer kgp:evidence/kgp:source/dcterms:issued ?i2 }
      BIND(STR(COALESCE(?d1, ?i1, "")) AS ?mine)
      BIND(STR(COALESCE(?d2, ?i2, "")) AS ?newerDate)
      FILTER(?newerDate > ?mine || (?newerDate = ?mine && STR(?newer) < STR(?cohort)))
    }
    GROUP BY ?cohort
  }
  OPTIONAL {
    ?cohort kgp:subsetOf ?whole .
    FILTER NOT EXISTS { ?whole kgp:targetYear ?wt }
    FILTER NOT EXISTS { ?whole kgp:status ?ws FILTER(?ws != kgp:Active) }
    OPTIONAL { ?whole rdfs:label ?wholeLabel }
  }
  BIND(
    IF(BOUND(?targetYear), CONCAT("a target for ", STR(?targetYear)),
    IF(BOUND(?st) && ?st = kgp:Planned, "planned, not current",
    IF(BOUND(?st) && ?st = kgp:Completed, "completed, not current",
    IF(BOUND(?st) && ?st != kgp:Active, "not current",
    IF(BOUND(?supersededOn), CONCAT("superseded by a figure of ", IF(?supersededOn = "", "no date", ?supersededOn)),
    IF(BOUND(?whole), CONCAT("part of ", COALESCE(STR(?wholeLabel), STR(?whole))), ""))))))
    AS ?note)
  BIND(IF(?note = "", "yes", "no") AS ?counted)
}
ORDER BY ?atCountry ?at DESC(?count) ?cohort
""",
    "programmes": """
SELECT ?programme ?name ?kind ?level ?partners ?count ?who ?source
WHERE {
  {
    SELECT ?programme (GROUP_CONCAT(DISTINCT ?partnerName; SEPARATOR="; ") AS ?partners)
    WHERE { ?programme a kgp:Programme ; kgp:partner/rdfs:label ?partnerName }
    GROUP BY ?programme
  }
  ?programme rdfs:label ?name .
  OPTIONAL { ?programme kgp:programmeKind ?kind }
  OPTIONAL { ?programme kgp:level ?level }
  OPTIONAL { ?programme kgp:involves ?cohort . ?cohort kgp:count ?count ; kgp:who ?who }
  OPTIONAL { ?programme kgp:evidence/kgp:source/rdfs:label ?source }
}
ORDER BY ?name
""",
    "meetings": """
SELECT DISTINCT ?meeting ?date ?reported ?people ?organizations ?topics ?source
WHERE {
  {
    SELECT ?meeting (SAMPLE(?d) AS ?date)
           (GROUP_CONCAT(DISTINCT ?personName; SEPARATOR="; ") AS ?people)
           (GROUP_CONCAT(DISTINCT ?orgName; SEPARATOR="; ") AS ?organizations)
           (GROUP_CONCAT(DISTINCT ?topicName; SEPARATOR="; ") AS ?topics)
    WHERE {
      ?meeting a kgp:Meeting .
      OPTIONAL { ?meeting kgp:date ?d }
      OPTIONAL { ?meeting kgp:participant/rdfs:label ?personName }
      OPTIONAL { ?meeting kgp:participantOrganization/rdfs:label ?orgName }
      OPTIONAL { ?meeting kgp:discussed/rdfs:label ?topicName }
    }
    GROUP BY ?meeting
  }
  OPTIONAL {
    ?meeting kgp:evidence/kgp:source ?src .
    ?src rdfs:label ?source .
    OPTIONAL { ?src dcterms:issued ?reported }
  }
}
ORDER BY ?date ?reported ?meeting
""",
}
# The ORDER BY keys of each query: rows must come in the same order of these (ties may swap).
ORDER_KEYS = {
    "mobility": ("atCountry", "at", "count"),
    "programmes": ("name",),
    "meetings": ("date", "reported", "meeting"),
}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    folder = synthesize(10_000, tmp_path_factory.mktemp("synth") / "g", seed=0).folder
    return KnowledgeGraph.open(folder, index="memory")


Row = tuple[tuple[str, str | None], ...]


def _rows(kg: KnowledgeGraph, query: NamedQuery) -> list[Row]:
    result = run_query(kg, query)
    out = []
    for row in result.rows:
        cells = []
        for name in result.variables:
            term = row.get(name)
            value = None if term is None else str(term)
            if name in CONCATENATED and isinstance(term, ox.Literal):
                value = "; ".join(sorted(term.value.split("; ")))
            cells.append((name, value))
        out.append(tuple(cells))
    return out


@pytest.mark.parametrize("name", sorted(BEFORE))
@pytest.mark.parametrize("graph", ["synthetic", "tiny"])
def test_rewritten_query_returns_the_rows_of_the_plain_one(
    name: str, graph: str, request: pytest.FixtureRequest
) -> None:
    kg: KnowledgeGraph = request.getfixturevalue(graph)
    before = _rows(kg, NamedQuery(name, BEFORE[name]))
    after = _rows(kg, get_query(name))
    assert before, "the graph must exercise the query"
    assert Counter(after) == Counter(before)
    keys = ORDER_KEYS[name]
    assert [[dict(r)[k] for k in keys] for r in after] == [[dict(r)[k] for k in keys] for r in before]


def test_the_synthetic_graph_has_the_hubs_the_rewrites_are_for(synthetic: KnowledgeGraph) -> None:
    # Several cohorts at one institution, several programmes sharing a partner: the case where the
    # rewritten queries look a label up once instead of per row.
    shared = run_query(
        synthetic,
        NamedQuery(
            "shared",
            "SELECT (MAX(?n) AS ?most) { SELECT ?org (COUNT(*) AS ?n) { ?c kgp:at ?org } GROUP BY ?org }",
        ),
    )
    assert int(shared.values("most")[0]) > 1
    assert Path(synthetic.graph_dir or ".").is_dir()
