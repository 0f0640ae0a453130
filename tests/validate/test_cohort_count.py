"""A cohort named without a number has no kgp:count and is valid; a count stays one non-negative integer."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import ValidationReport, validate_graph

TINY = Path(__file__).parent.parent / "data" / "tiny.trig"
KGS = "https://w3id.org/kgpart/shapes#"

HEAD = """@prefix kgp: <https://w3id.org/kgpart/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://w3id.org/kgpart/id/example/> .
@prefix inst: <https://w3id.org/kgpart/id/org/> .
@prefix country: <https://w3id.org/kgpart/id/country/> .

ex:g {
    ex:g a kgp:FactGraph ; kgp:source ex:s ; kgp:extractedBy "test" .
    ex:s a kgp:Source ; rdfs:label "A note on students" ; schema:url "https://news.example.org/n" .
    ex:e a kgp:Evidence ; kgp:source ex:s ; kgp:charStart 0 ; kgp:charEnd 30 .
    ex:c a kgp:StudentCohort ; rdfs:label "students at Harbour University" ; kgp:who "students" ;
        kgp:at inst:harbour-university ; kgp:fromCountry country:KZ ; kgp:evidence ex:e %s .
}
"""


def _report(tmp_path: Path, extra: str) -> ValidationReport:
    path = tmp_path / "cohort.trig"
    path.write_text(HEAD % extra)
    return validate_graph(KnowledgeGraph.from_files([TINY, path]))


def test_a_cohort_with_no_count_conforms(tmp_path: Path) -> None:
    report = _report(tmp_path, "")
    assert report.conforms, report.text()


@pytest.mark.parametrize("extra", ["; kgp:count 3, 4", '; kgp:count "three"', "; kgp:count -2"])
def test_a_count_is_still_one_non_negative_integer(tmp_path: Path, extra: str) -> None:
    report = _report(tmp_path, extra)
    assert not report.conforms
    assert {v.rule for v in report.violations} == {KGS + "FigureShape"}, report.text()
