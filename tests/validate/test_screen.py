"""The quick shape screen ingest runs before pySHACL: never more lenient than pySHACL.

The screen answers "certainly conforms" or "not sure"; on "not sure" pySHACL judges. So every
test here checks one direction: whatever the screen lets through, pySHACL lets through too; and
the examples the shapes refuse still reach pySHACL and are refused with its report.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml

from kgpart.convert import SourceInfo, convert, reference_iris
from kgpart.errors import ValidationError
from kgpart.extract import extract_article
from kgpart.ingest.folder import add_record_file, ingest_articles
from kgpart.resolve import Resolver
from kgpart.store.folder import ontology_dir
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.screen import ShapeScreen
from kgpart.validate.source import SourceGraphChecker, node_value, shape_screen

DATA = Path(__file__).parent.parent / "data"
TINY = DATA / "tiny.trig"
SHAPES = DATA / "shapes"
HARBOUR = DATA / "ingest" / "harbour-visit.txt"
KGS = "https://w3id.org/kgpart/shapes#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"


def tiny_quads() -> list[ox.Quad]:
    return list(ox.parse(TINY.read_bytes(), format=ox.RdfFormat.TRIG))


def screen_and_shacl(checker: SourceGraphChecker, quads: list[ox.Quad]) -> tuple[bool, list[object]]:
    """The screen's verdict and pySHACL's violations, on the same data the checker builds."""
    context = checker._context(quads)
    focus = sorted({q.subject for q in quads if isinstance(q.subject, ox.NamedNode)}, key=node_value)
    assert checker.screen is not None
    verdict = checker.screen.conforms(checker._triples(quads, context), focus)
    return verdict, list(checker._shacl(quads, context, focus))


def shape_names() -> list[str]:
    return sorted(p.name.removesuffix("-valid.trig") for p in SHAPES.glob("*-valid.trig"))


def test_the_screen_reads_every_shipped_shape() -> None:
    fast = shape_screen()
    assert fast is not None, "the shapes use something the screen does not know: ingest falls back to pySHACL"
    assert len(fast.shapes) == len(shape_names())


@pytest.mark.parametrize(
    "extra",
    [
        "kgs:X a sh:NodeShape ; sh:targetClass kgp:Person ; sh:property [ sh:path rdfs:label ; sh:nodeKind sh:IRI ] .",
        "kgs:X a sh:NodeShape ; sh:targetClass kgp:Person ; sh:severity sh:Warning .",
        "kgs:X a sh:NodeShape ; sh:targetNode kgp:Person .",
        "kgs:X a sh:NodeShape ; sh:targetClass kgp:Person ; sh:property [ sh:path [ sh:inversePath rdfs:label ] ; sh:minCount 1 ] .",
        "kgs:X a sh:NodeShape ; sh:targetClass kgp:Person ; sh:property [ sh:path rdfs:label ; sh:pattern 'a' ; sh:flags 'i' ] .",
    ],
)
def test_the_screen_turns_off_for_shapes_it_does_not_understand(tmp_path: Path, extra: str) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text((ontology_dir() / "shapes.ttl").read_text(encoding="utf-8") + "\n" + extra + "\n")
    assert ShapeScreen.compile(shapes) is None


@pytest.mark.parametrize("name", shape_names())
def test_valid_examples_pass_the_screen(name: str) -> None:
    checker = SourceGraphChecker(tiny_quads())
    quads = list(ox.parse((SHAPES / f"{name}-valid.trig").read_bytes(), format=ox.RdfFormat.TRIG))
    verdict, violations = screen_and_shacl(checker, quads)
    assert violations == []
    assert verdict, f"the screen should let {name}-valid through without pySHACL"


@pytest.mark.parametrize("name", shape_names())
def test_invalid_examples_go_to_pyshacl_and_are_refused(name: str) -> None:
    checker = SourceGraphChecker(tiny_quads())
    quads = list(ox.parse((SHAPES / f"{name}-invalid.trig").read_bytes(), format=ox.RdfFormat.TRIG))
    verdict, violations = screen_and_shacl(checker, quads)
    assert not verdict
    assert violations
    report = checker.check(quads)
    assert KGS + name in {v.rule for v in report.violations}, report.text()


def harbour_conversion() -> tuple[SourceGraphChecker, list[ox.Quad]]:
    """The harbour article converted against the tiny graph, as ingest would check it."""
    kg = KnowledgeGraph.from_files([TINY])
    record = extract_article(HARBOUR)
    source = SourceInfo(
        slug="harbour",
        title="Harbour",
        url=record.source.url,
        published=record.source.published,
        content_hash="x",
        ingested_at="2025-01-01T00:00:00+00:00",
    )
    conversion = convert(record, source, Resolver.from_graph(kg), reference=reference_iris(kg.store))
    checker = SourceGraphChecker(tiny_quads())
    new = [q for q in conversion.entity_quads if q not in set(tiny_quads())]
    return checker, conversion.quads + new


def mutations(quads: list[ox.Quad]) -> list[tuple[str, list[ox.Quad]]]:
    """Each quad dropped, and each object replaced by something of the wrong kind."""
    bad_objects: list[ox.NamedNode | ox.Literal] = [
        ox.Literal("2025-13-45", datatype=ox.NamedNode(XSD + "date")),
        ox.Literal("-3", datatype=ox.NamedNode(XSD + "integer")),
        ox.Literal("12", language="en"),
        ox.NamedNode("https://w3id.org/kgpart/id/untyped"),
        ox.NamedNode("https://w3id.org/kgpart/ontology#Agreed"),
    ]
    out = []
    for i, quad in enumerate(quads):
        rest = quads[:i] + quads[i + 1 :]
        out.append((f"drop {quad}", rest))
        for obj in bad_objects:
            changed = ox.Quad(quad.subject, quad.predicate, obj, quad.graph_name)
            out.append((f"replace {quad} by {obj}", [*rest, changed]))
    duplicate = [ox.Quad(q.subject, q.predicate, ox.Literal("2"), q.graph_name) for q in quads]
    out.append(("second values everywhere", quads + duplicate))
    return out


def test_the_screen_is_never_more_lenient_than_pyshacl() -> None:
    checker, quads = harbour_conversion()
    verdict, violations = screen_and_shacl(checker, quads)
    assert verdict and violations == []
    screened = not_sure = 0
    for label, mutated in mutations(quads):
        context = checker._context(mutated)
        focus = sorted({q.subject for q in mutated if isinstance(q.subject, ox.NamedNode)}, key=node_value)
        assert checker.screen is not None
        if checker.screen.conforms(checker._triples(mutated, context), focus):
            violations = checker._shacl(mutated, context, focus)
            assert violations == [], f"the screen let through what pySHACL refuses: {label}: {violations}"
            screened += 1
        else:
            not_sure += 1
    assert screened > 100 and not_sure > 100  # both ways were exercised


def test_a_record_breaking_a_shape_is_refused_on_the_fast_path(tiny_dir: Path, tmp_path: Path) -> None:
    calls: list[bool] = []
    fast = shape_screen()
    assert fast is not None
    original = fast.conforms

    def spy(*args: object) -> bool:
        calls.append(original(*args))  # type: ignore[arg-type]
        return calls[-1]

    fast.conforms = spy  # type: ignore[method-assign]
    try:
        assert [r.status for r in ingest_articles([HARBOUR], tiny_dir).results] == ["added"]
        assert calls == [True]  # a good article: the screen alone
        record = {
            "persons": [],
            "organizations": [{"name": "Lakeside University", "type": "University"}],
            "meetings": [
                {
                    "participants": [],
                    "organizations": ["Lakeside University", "Harbour University"],
                    "date": "2025-02-30",
                }
            ],
            "partnerships": [],
            "programmes": [],
            "topics": [],
            "cohorts": [],
        }
        path = tmp_path / "bad-date.yaml"
        path.write_text(yaml.safe_dump(record))
        with pytest.raises(ValidationError, match=r"refused by the shapes: .*xsd:date.*MeetingShape"):
            add_record_file(path, tiny_dir)
        assert calls == [True, False]  # not sure: pySHACL judged and refused
    finally:
        del fast.conforms


@pytest.mark.parametrize(
    ("cls", "clash"),
    [("University", True), ("Embassy", False)],
)
def test_a_new_name_of_another_entity_of_its_class_is_refused(cls: str, clash: bool) -> None:
    """One name, one entity, checked against what the base knows and what the new quads type."""
    checker = SourceGraphChecker(tiny_quads())
    kgp, graph = (
        "https://w3id.org/kgpart/ontology#",
        ox.NamedNode("https://w3id.org/kgpart/id/graph/entities"),
    )
    node = ox.NamedNode("https://w3id.org/kgpart/id/org/another")
    quads = [
        ox.Quad(node, ox.NamedNode(RDF_TYPE), ox.NamedNode(kgp + cls), graph),
        ox.Quad(node, ox.NamedNode(LABEL), ox.Literal("Another"), graph),
        ox.Quad(node, ox.NamedNode(ALT_LABEL), ox.Literal("hu"), graph),  # Harbour University's alias
    ]
    rules = {v.rule for v in checker.check(quads).violations}
    assert ("check_alias_one_entity" in rules) == clash


@pytest.mark.parametrize(
    ("constraint", "values"),
    [
        ("sh:minCount 2", ['"05"^^xsd:integer', '"5"^^xsd:integer']),  # rdflib reads one value
        ("sh:pattern '^0'", ['"05"^^xsd:integer']),  # rdflib's lexical form is "5"
    ],
)
def test_typed_literals_rdflib_normalises_are_left_to_pyshacl(
    tmp_path: Path, constraint: str, values: list[str]
) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n"
        f"ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; {constraint} ] .\n"
    )
    fast = ShapeScreen.compile(shapes)
    assert fast is not None
    data = (
        "@prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        f"ex:x a ex:C ; ex:p {', '.join(values)} .\n"
    )
    triples = [
        (q.subject, q.predicate, q.object) for q in ox.parse(data.encode(), format=ox.RdfFormat.TURTLE)
    ]
    assert not fast.conforms(triples, [ox.NamedNode("http://example.org/x")])  # type: ignore[arg-type]
