"""Validate a graph: the SHACL shapes (pySHACL) plus integrity checks written as SPARQL.

Each ``checks/check_*.rq`` query returns ``?focus ?message`` rows for what is wrong; a valid
graph returns none.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import pyoxigraph as ox
import rdflib
from rdflib.namespace import SH

from kgpart.query.results import shorten
from kgpart.store.folder import ontology_dir
from kgpart.store.source import GraphSource


@dataclass(frozen=True)
class Violation:
    """One thing wrong with the graph: where, along which property, and why."""

    focus: str
    message: str
    path: str = ""
    rule: str = ""

    def __str__(self) -> str:
        path = f" {shorten(self.path)}" if self.path else ""
        return f"{shorten(self.focus)}{path}: {self.message} [{shorten(self.rule)}]"


@dataclass
class ValidationReport:
    """The outcome of validating a graph."""

    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    @property
    def conforms(self) -> bool:
        return not self.violations

    def text(self) -> str:
        """A readable report: one line per violation."""
        if self.conforms:
            return f"valid: {self.triples} triples conform to the shapes and pass the checks\n"
        lines = [f"invalid: {len(self.violations)} problem(s)"]
        lines += [f"  {v}" for v in self.violations]
        return "\n".join(lines) + "\n"


def validate_graph(kg: GraphSource) -> ValidationReport:
    """Run the shapes and the integrity checks over a whole graph."""
    data = rdflib_union_graph(kg)
    violations = shacl_violations(data) + check_violations(kg)
    return ValidationReport(sorted(set(violations), key=lambda v: (v.focus, v.path, v.message)), len(data))


#: The longest literal handed to rdflib whole. Its N-Triples reader is slow on long literals
#: (429 s for one of 10 MB); no shape allows more than 10,000 characters, so a longer literal is
#: cut to one character past this, which its shape still refuses, and reads in no time.
MAX_LITERAL = 20_000


def _cut(
    term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple,
) -> ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple:
    if not isinstance(term, ox.Literal) or len(term.value) <= MAX_LITERAL:
        return term
    if term.language:
        return ox.Literal(term.value[: MAX_LITERAL + 1], language=term.language)
    return ox.Literal(term.value[: MAX_LITERAL + 1], datatype=term.datatype)


def rdflib_union_graph(kg: GraphSource) -> rdflib.Graph:
    """The facts as one rdflib graph (union of the named graphs), for pySHACL (literals cut to
    :data:`MAX_LITERAL` + 1 characters)."""
    triples = (ox.Triple(q.subject, q.predicate, _cut(q.object)) for q in kg.quads())
    data = rdflib.Graph()
    with quiet_ill_typed_literals():
        data.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return data


@contextmanager
def quiet_ill_typed_literals() -> Iterator[None]:
    """Silence rdflib's logged traceback for each ill-typed literal (a date "2025-13-45") it reads.

    The shapes report those literals as violations, so the traceback is noise that breaks the
    one-line error rule. Only for the duration of the block: kgpart leaves the logging
    configuration of the program that imports it as it found it.
    """
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


@cache
def shapes_and_vocabulary() -> tuple[rdflib.Graph, rdflib.Graph]:
    folder = ontology_dir()
    shapes = rdflib.Graph().parse(folder / "shapes.ttl", format="turtle")
    vocabulary = rdflib.Graph().parse(folder / "kgpart.ttl", format="turtle")
    vocabulary.parse(folder / "topics.ttl", format="turtle")
    return shapes, vocabulary


def shacl_violations(
    data: rdflib.Graph, *, focus: list[str | rdflib.URIRef] | None = None, with_vocabulary: bool = True
) -> list[Violation]:
    """Validate with pySHACL; the ontology joins the data so subclass targets and topics resolve.

    ``focus`` limits validation to those nodes (the new facts of an article), which keeps an
    ingest of many articles linear in their size.
    """
    import pyshacl

    shapes, vocabulary = shapes_and_vocabulary()
    with quiet_ill_typed_literals():
        conforms, report, _ = pyshacl.validate(
            data + vocabulary if with_vocabulary else data,
            shacl_graph=shapes,
            inference="none",
            allow_warnings=True,
            focus_nodes=focus,
            inplace=True,
        )
    if conforms:
        return []
    assert isinstance(report, rdflib.Graph)
    return [_violation(report, shapes, result) for result in report.subjects(SH.resultSeverity, SH.Violation)]


def _violation(report: rdflib.Graph, shapes: rdflib.Graph, result: rdflib.term.Node) -> Violation:
    def value(prop: rdflib.URIRef) -> str:
        found = report.value(result, prop)
        return "" if found is None or isinstance(found, rdflib.BNode) else str(found)

    shape = value(SH.sourceShape)
    if not shape:  # property shapes are blank nodes: name the node shape that holds them
        holder = shapes.value(predicate=SH.property, object=report.value(result, SH.sourceShape))
        shape = "" if holder is None else str(holder)
    return Violation(value(SH.focusNode), value(SH.resultMessage), value(SH.resultPath), shape)


@cache
def integrity_checks() -> dict[str, str]:
    """The ``check_*.rq`` queries by name."""
    folder = resources.files("kgpart.validate") / "checks"
    return {
        e.name.removesuffix(".rq"): e.read_text(encoding="utf-8")
        for e in sorted(folder.iterdir(), key=lambda e: e.name)
        if e.name.startswith("check_") and e.name.endswith(".rq")
    }


def check_violations(kg: GraphSource, *, only: Iterable[str] | None = None) -> list[Violation]:
    """Run the integrity checks (all, or the named ones); each row returned is a violation."""
    found = []
    wanted = set(only) if only is not None else None
    # A store's graphs that are not kgpart's (Virtuoso's own, another dataset's) are not judged.
    foreign: frozenset[str] = getattr(kg, "foreign_graphs", frozenset)()
    for name, text in integrity_checks().items():
        if wanted is not None and name not in wanted:
            continue
        for row in kg.select(text):
            if row["focus"].value not in foreign:
                found.append(Violation(row["focus"].value, row["message"].value, rule=name))
    return found
