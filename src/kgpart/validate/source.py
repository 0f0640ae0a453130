"""Checking one new source graph at a time, fast, against the shapes and the integrity checks.

Validating the whole graph for every article would make an ingest quadratic. Instead each new
source graph is validated on its own nodes, in a small data graph: the vocabulary, the new
quads, and what the graph already says about the entities they mention (their types and the
predicates the shapes read, and the types and labels of the nodes they point to). The shapes
first go through a conservative screen (``screen.py``) that only says "certainly conforms" or
"not sure"; when not sure, pySHACL validates the same data and reports why. The integrity checks
that look at one graph run on the new quads; the one that looks across graphs (one name, one
entity) runs on an index.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from itertools import chain

import pyoxigraph as ox
import rdflib

from kgpart.store.folder import ontology_dir
from kgpart.store.graph import KnowledgeGraph
from kgpart.terms import KGP_IRI, PREFIXES, kgp_iri
from kgpart.validate.graph import (
    ValidationReport,
    Violation,
    check_violations,
    integrity_checks,
    quiet_ill_typed_literals,
    shacl_violations,
    shapes_and_vocabulary,
)
from kgpart.validate.screen import ShapeScreen, Triple
from kgpart.vocab import NAMED_ENTITY_CLASSES

XSD_STRING = PREFIXES["xsd"] + "string"
RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
NAME_PREDICATES = {PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "altLabel"}
ENTITY_CLASSES = {kgp_iri(c) for c in NAMED_ENTITY_CLASSES}
CROSS_GRAPH_CHECK = "check_alias_one_entity"


def vocabulary_core() -> list[tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node]]:
    """The part of the vocabulary the shapes need: the class tree, and the types of topics,
    statuses and meeting kinds (their objects must be of those classes)."""
    _, vocabulary = shapes_and_vocabulary()
    return [
        (s, p, o)
        for s, p, o in vocabulary
        if p == rdflib.RDFS.subClassOf
        or (p == rdflib.RDF.type and o != rdflib.OWL.Class and str(o).startswith(KGP_IRI))
    ]


def node_value(node: ox.NamedNode) -> str:
    return node.value


@cache
def shape_screen() -> ShapeScreen | None:
    """The shapes compiled for the quick screen (None: the screen cannot read them, use pySHACL)."""
    return ShapeScreen.compile(ontology_dir() / "shapes.ttl")


def to_oxigraph(triple: tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node]) -> Triple:
    """A vocabulary triple as Oxigraph terms (IRIs and blank nodes: the class tree and types)."""

    def term(node: rdflib.term.Node) -> ox.NamedNode | ox.BlankNode:
        if isinstance(node, rdflib.URIRef):
            return ox.NamedNode(str(node))
        if isinstance(node, rdflib.BNode):
            return ox.BlankNode(str(node))
        raise TypeError(f"unexpected vocabulary term {node!r}")

    s, p, o = (term(n) for n in triple)
    assert isinstance(p, ox.NamedNode)
    return (s, p, o)


def rdflib_term(term: object) -> rdflib.term.Node:
    """An Oxigraph term as rdflib's, without a round trip through text."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:  # rdflib keeps plain strings apart from xsd:string ones
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    raise TypeError(f"unexpected RDF term {term!r}")


class SourceGraphChecker:
    """Checks new source graphs one by one against what the graph already holds (the base)."""

    def __init__(self, base: list[ox.Quad]) -> None:
        self.base = ox.Store()
        self.base.extend(base)
        self.core = vocabulary_core()
        self.core_ox = [to_oxigraph(t) for t in self.core]
        self.screen = shape_screen()
        self.types: dict[str, set[str]] = defaultdict(set)
        self.names: dict[str, set[str]] = defaultdict(set)
        self._remember(base)

    def commit(self, quads: list[ox.Quad]) -> None:
        """Make quads part of the base (entities described by a source that passed)."""
        self.base.extend(quads)
        self._remember(quads)

    def check(self, quads: list[ox.Quad]) -> ValidationReport:
        """Violations of the shapes and checks by these quads (the base itself is not judged)."""
        context = self._context(quads)
        focus = sorted({q.subject for q in quads if isinstance(q.subject, ox.NamedNode)}, key=node_value)
        found: list[Violation] = []
        if not (focus and self.screen and self.screen.conforms(self._triples(quads, context), focus)):
            found = self._shacl(quads, context, focus)  # not sure: pySHACL judges, and says why
        found += self._local_checks(quads) + self._name_clashes(quads)
        return ValidationReport(sorted(set(found), key=lambda v: (v.focus, v.path, v.message)), len(quads))

    def _triples(self, quads: list[ox.Quad], context: list[ox.Quad]) -> Iterator[Triple]:
        """The data graph the shapes see: the vocabulary, the new quads and their context, as
        triples (the screen keeps values in sets, so a triple in two graphs counts once)."""
        yield from self.core_ox
        for q in chain(quads, context):
            yield (q.subject, q.predicate, q.object)  # type: ignore[misc]

    def _shacl(
        self, quads: list[ox.Quad], context: list[ox.Quad], focus: list[ox.NamedNode]
    ) -> list[Violation]:
        """pySHACL on the new quads, their context and the vocabulary, for the focus nodes."""
        data = rdflib.Graph()
        for triple in self.core:
            data.add(triple)
        with quiet_ill_typed_literals():
            for q in (*quads, *context):
                data.add((rdflib_term(q.subject), rdflib_term(q.predicate), rdflib_term(q.object)))
        nodes: list[str | rdflib.URIRef] = [rdflib.URIRef(n.value) for n in focus]
        return shacl_violations(data, focus=nodes, with_vocabulary=False)

    def _context(self, quads: list[ox.Quad]) -> list[ox.Quad]:
        """What the base says about the nodes the quads mention: of the subjects, what the shapes
        read (types and the predicates on their paths; everything when the shapes cannot say),
        and of the other nodes, types and labels."""
        subjects = {q.subject for q in quads if isinstance(q.subject, ox.NamedNode)}
        context = [c for s in subjects for c in self.base.quads_for_pattern(s, None, None)]
        if self.screen is not None:
            read = self.screen.predicates | {RDF_TYPE}
            context = [c for c in context if c.predicate in read]
        # the objects of the context too: an entity that only gains an alias keeps its country,
        # whose type sh:class must see
        objects = {q.object for q in chain(quads, context) if isinstance(q.object, ox.NamedNode)} - subjects
        for node in objects:
            context += self.base.quads_for_pattern(node, RDF_TYPE, None)
            context += self.base.quads_for_pattern(node, LABEL, None)
        return context

    def _local_checks(self, quads: list[ox.Quad]) -> list[Violation]:
        """The checks that look inside one graph, on the new quads and their graphs' headers."""
        kg = KnowledgeGraph(ox.Store())
        kg.store.extend(quads)
        for graph in {q.graph_name for q in quads if isinstance(q.graph_name, ox.NamedNode)}:
            kg.store.extend(self.base.quads_for_pattern(graph, None, None, graph))
        names = [n for n in integrity_checks() if n != CROSS_GRAPH_CHECK]
        return check_violations(kg, only=names)

    def _name_clashes(self, quads: list[ox.Quad]) -> list[Violation]:
        """One name, one entity: a new label or alias must not name another entity of its class."""
        new_types: dict[str, set[str]] = defaultdict(set)
        for subject, cls in entity_types(quads):
            new_types[subject].add(cls)

        def types(entity: str) -> set[str]:
            return self.types.get(entity, set()) | new_types.get(entity, set())

        found = []
        for subject, name in entity_names(quads):
            for other in self.names.get(name.lower(), set()) - {subject}:
                if types(other) & types(subject):
                    message = f"The name '{name}' also names <{other}>: merge them or drop the alias."
                    found.append(Violation(subject, message, rule=CROSS_GRAPH_CHECK))
        return found

    def _remember(self, quads: list[ox.Quad]) -> None:
        for subject, cls in entity_types(quads):
            self.types[subject].add(cls)
        for subject, name in entity_names(quads):
            self.names[name.lower()].add(subject)


def entity_types(quads: list[ox.Quad]) -> list[tuple[str, str]]:
    """(entity, class) for the quads that type an entity of a named class."""
    return [
        (q.subject.value, q.object.value)
        for q in quads
        if isinstance(q.subject, ox.NamedNode)
        and isinstance(q.object, ox.NamedNode)
        and q.predicate == RDF_TYPE
        and q.object.value in ENTITY_CLASSES
    ]


def entity_names(quads: list[ox.Quad]) -> list[tuple[str, str]]:
    """(entity, name) for the quads that give a label or an alias."""
    return [
        (q.subject.value, q.object.value)
        for q in quads
        if isinstance(q.subject, ox.NamedNode)
        and isinstance(q.object, ox.Literal)
        and q.predicate.value in NAME_PREDICATES
    ]
