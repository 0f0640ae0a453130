"""The shapes and the integrity checks: each with a valid and an invalid example, run against the tiny graph."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF, SH

from kgpart.store.folder import ontology_dir
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import integrity_checks, validate_graph

DATA = Path(__file__).parent.parent / "data"
TINY = DATA / "tiny.trig"
SHAPES = DATA / "shapes"
KGS = "https://w3id.org/kgpart/shapes#"


def shape_names() -> list[str]:
    graph = rdflib.Graph().parse(ontology_dir() / "shapes.ttl")
    return sorted(str(s).removeprefix(KGS) for s in graph.subjects(RDF.type, SH.NodeShape))


def test_shipped_graph_is_valid(shipped: KnowledgeGraph) -> None:
    report = validate_graph(shipped)
    assert report.conforms, report.text()


def test_tiny_graph_is_valid(tiny: KnowledgeGraph) -> None:
    assert validate_graph(tiny).conforms, validate_graph(tiny).text()


def test_every_shape_has_an_id_a_message_and_both_examples() -> None:
    graph = rdflib.Graph().parse(ontology_dir() / "shapes.ttl")
    for prop in graph.objects(None, SH.property):
        assert graph.value(prop, SH.message), f"a property shape has no sh:message: {prop}"
    for name in shape_names():
        assert (SHAPES / f"{name}-valid.trig").is_file(), name
        assert (SHAPES / f"{name}-invalid.trig").is_file(), name


@pytest.mark.parametrize("name", shape_names())
def test_valid_example_passes(name: str) -> None:
    report = validate_graph(KnowledgeGraph.from_files([TINY, SHAPES / f"{name}-valid.trig"]))
    assert report.conforms, report.text()


@pytest.mark.parametrize("name", shape_names())
def test_invalid_example_is_refused_by_its_shape(name: str) -> None:
    report = validate_graph(KnowledgeGraph.from_files([TINY, SHAPES / f"{name}-invalid.trig"]))
    assert not report.conforms
    rules = {v.rule for v in report.violations}
    assert rules == {KGS + name}, report.text()
    assert all(v.message and v.focus for v in report.violations)


@pytest.mark.parametrize("name", sorted(integrity_checks()))
def test_integrity_check_catches_its_example(name: str) -> None:
    example = DATA / "checks" / f"{name}.trig"
    assert example.is_file(), f"every check needs a broken example: {example}"
    report = validate_graph(KnowledgeGraph.from_files([TINY, example]))
    assert name in {v.rule for v in report.violations}, report.text()


def test_report_names_focus_path_and_message() -> None:
    report = validate_graph(KnowledgeGraph.from_files([TINY, SHAPES / "FigureShape-invalid.trig"]))
    line = report.text().splitlines()[1].strip()
    assert line == (
        "kgr:example/f kgp:count: A figure has at most one count, a non-negative xsd:integer. "
        "[https://w3id.org/kgpart/shapes#FigureShape]"
    )


def test_shapes_file_parses_and_targets_ontology_classes() -> None:
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl")
    ontology = rdflib.Graph().parse(ontology_dir() / "kgpart.ttl")
    for target in shapes.objects(None, SH.targetClass):
        assert (target, RDF.type, rdflib.OWL.Class) in ontology, target


def test_validation_of_a_broken_example_does_not_touch_files(tmp_path: Path) -> None:
    broken = tmp_path / "broken.trig"
    broken.write_bytes((SHAPES / "CohortShape-invalid.trig").read_bytes())
    before = broken.read_bytes()
    validate_graph(KnowledgeGraph.from_files([TINY, broken]))
    assert broken.read_bytes() == before
