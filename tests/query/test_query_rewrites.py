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
CONCATENATED = {"people", "organizations", "topics", "partners"}

BEFORE = {
    "mobility": """
SELECT ?cohort ?count ?qualifier ?who ?activity ?from ?at ?atCountry ?status ?asOf ?targetYear ?source
WHERE {
  ?cohort a kgp:StudentCohort ; kgp:count ?count ; kgp:who ?who .
  OPTIONAL { ?cohort kgp:countQualifier ?qualifier }
  OPTIONAL { ?cohort kgp:activity ?activity }
  OPTIONAL { ?cohort kgp:fromCountry/rdfs:label ?from }
  OPTIONAL { ?cohort kgp:at ?org . ?org rdfs:label ?at . OPTIONAL { ?org kgp:country/rdfs:label ?orgCountry } }
  OPTIONAL { ?cohort kgp:inCountry/rdfs:label ?inCountry }
  BIND(COALESCE(?inCountry, ?orgCountry) AS ?atCountry)
  OPTIONAL { ?cohort kgp:status/rdfs:label ?status }
  OPTIONAL { ?cohort kgp:asOf ?asOf }
  OPTIONAL { ?cohort kgp:targetYear ?targetYear }
  OPTIONAL { ?cohort kgp:evidence/kgp:source/rdfs:label ?source }
}
ORDER BY ?atCountry ?at DESC(?count)
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
