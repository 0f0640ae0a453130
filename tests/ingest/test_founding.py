"""Ingesting the founding articles (retold in our own words) reproduces the curated graph's facts.

The same questions go to the shipped, hand-curated graph and to a graph built by ``ingest`` from
text alone; the answers must agree, up to what the text says.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kgpart.ingest.folder import ingest_articles
from kgpart.query.bundled import NamedQuery
from kgpart.query.run import run_query
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import validate_graph

FOUNDING = Path(__file__).parent.parent / "data" / "founding"

QUESTIONS = {
    "who met the rector of Ghent University": """
        SELECT DISTINCT ?name WHERE { VALUES ?ghent_university { "Ghent University" "Ghent University"@en }
          ?m a kgp:Meeting ; kgp:participantOrganization/rdfs:label ?ghent_university ;
          kgp:participant/rdfs:label ?name }""",
    "who met at the University of Antwerp": """
        SELECT DISTINCT ?name WHERE { VALUES ?university_of_antwerp { "University of Antwerp" "University of Antwerp"@en }
          ?m a kgp:Meeting ; kgp:participantOrganization/rdfs:label ?university_of_antwerp ;
          kgp:participant/rdfs:label ?name }""",
    "which institutions cooperate with Ghent University or its units": """
        SELECT DISTINCT ?name WHERE { VALUES ?ghent_university { "Ghent University" "Ghent University"@en }
          ?unit kgp:partOf* ?g . ?g rdfs:label ?ghent_university .
          ?unit kgp:partnersWith ?p . ?p rdfs:label ?name FILTER NOT EXISTS { ?p kgp:partOf* ?g } }""",
    "how many from Kazakhstan are at the University of Antwerp": """
        SELECT DISTINCT ?n WHERE { VALUES ?kazakhstan { "Kazakhstan" "Kazakhstan"@en } VALUES ?university_of_antwerp { "University of Antwerp" "University of Antwerp"@en }
          ?c kgp:count ?n ; kgp:at/rdfs:label ?university_of_antwerp ;
          kgp:fromCountry/rdfs:label ?kazakhstan ; kgp:who "students" }""",
    "how many Kazakh researchers completed internships at Ghent": """
        SELECT DISTINCT ?n WHERE { VALUES ?ghent_university { "Ghent University" "Ghent University"@en }
          ?c kgp:count ?n ; kgp:at/rdfs:label ?ghent_university ;
          kgp:status kgp:Completed }""",
    "international students in Kazakhstan": """
        SELECT DISTINCT ?n WHERE { VALUES ?kazakhstan { "Kazakhstan" "Kazakhstan"@en }
          ?c kgp:count ?n ; kgp:inCountry/rdfs:label ?kazakhstan ; kgp:status kgp:Active ;
          kgp:who "international students" }""",
    "who runs the double-degree programme of eight students": """
        SELECT DISTINCT ?name WHERE { ?p a kgp:Programme ; kgp:involves/kgp:count 8 ; kgp:partner/rdfs:label ?name }""",
    "what is part of the University of Antwerp": """
        SELECT DISTINCT ?name WHERE { VALUES ?c_mat { "C-MAT" "C-MAT"@en } VALUES ?university_of_antwerp { "University of Antwerp" "University of Antwerp"@en }
          ?c kgp:partOf/rdfs:label ?university_of_antwerp ; rdfs:label ?name ;
          skos:altLabel ?c_mat }""",
    "how many people are named Roman Vassilenko": """
        SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { VALUES ?roman_vassilenko { "Roman Vassilenko" "Roman Vassilenko"@en }
          ?p a kgp:Person ; rdfs:label ?roman_vassilenko }""",
}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    graph_dir = tmp_path_factory.mktemp("empty-graph")
    report = ingest_articles(
        [FOUNDING], graph_dir, publisher="Ministry of Foreign Affairs of the Republic of Kazakhstan"
    )
    assert not report.failed, report.text()
    return KnowledgeGraph.open(graph_dir)


def answers(kg: KnowledgeGraph, sparql: str) -> set[str]:
    result = run_query(kg, NamedQuery("q", sparql), {})
    return {value.value for row in result.rows for value in row.values()}


def test_ingested_graph_is_valid(ingested: KnowledgeGraph) -> None:
    assert validate_graph(ingested).conforms, validate_graph(ingested).text()


@pytest.mark.parametrize("question", sorted(QUESTIONS))
def test_ingest_answers_like_the_curated_graph(
    ingested: KnowledgeGraph, shipped: KnowledgeGraph, question: str
) -> None:
    expected = answers(shipped, QUESTIONS[question])
    assert expected, "the curated graph must answer the question"
    assert answers(ingested, QUESTIONS[question]) == expected
