"""Checking one new source graph at a time, fast, against the shapes and the integrity checks.

Validating the whole graph for every article would make an ingest quadratic. Instead each new
source graph is validated on its own nodes, in a small data graph: the vocabulary, the new
quads, and what the graph already says about the entities they mention (types, labels, and the
full description of entities the new quads extend). The integrity checks that look at one graph
run on the new quads; the one that looks across graphs (one name, one entity) runs on an index.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
import rdflib

from .namespaces import PREFIXES
from .store import KnowledgeGraph
from .validate import (
    ValidationReport,
    Violation,
    check_violations,
    integrity_checks,
    shacl_violations,
    shapes_and_vocabulary,
)
from .vocab import NAMED_ENTITY_CLASSES

KGP = PREFIXES["kgp"]
XSD_STRING = PREFIXES["xsd"] + "string"
RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
NAME_PREDICATES = {PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "altLabel"}
ENTITY_CLASSES = {PREFIXES["kgp"] + c for c in NAMED_ENTITY_CLASSES}
CROSS_GRAPH_CHECK = "check_alias_one_entity"


def vocabulary_core() -> list[tuple[rdflib.term.Node, rdflib.term.Node, rdflib.term.Node]]:
    """The part of the vocabulary the shapes need: the class tree, and the types of topics,
    statuses and meeting kinds (their objects must be of those classes)."""
    _, vocabulary = shapes_and_vocabulary()
    return [
        (s, p, o)
        for s, p, o in vocabulary
        if p == rdflib.RDFS.subClassOf
        or (p == rdflib.RDF.type and o != rdflib.OWL.Class and str(o).startswith(KGP))
    ]


def to_rdflib(term: object) -> rdflib.term.Node:
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
        self.types: dict[str, set[str]] = defaultdict(set)
        self.names: dict[str, set[str]] = defaultdict(set)
        self._remember(base)

    def commit(self, quads: list[ox.Quad]) -> None:
        """Make quads part of the base (entities described by a source that passed)."""
        self.base.extend(quads)
        self._remember(quads)

    def check(self, quads: list[ox.Quad]) -> ValidationReport:
        """Violations of the shapes and checks by these quads (the base itself is not judged)."""
        data = rdflib.Graph()
        for triple in self.core:
            data.add(triple)
        for q in (*quads, *self._context(quads)):
            data.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        focus: list[str | rdflib.URIRef] = sorted(
            {rdflib.URIRef(q.subject.value) for q in quads if isinstance(q.subject, ox.NamedNode)}
        )
        found = shacl_violations(data, focus=focus, with_vocabulary=False)
        found += self._local_checks(quads) + self._name_clashes(quads)
        return ValidationReport(sorted(set(found), key=lambda v: (v.focus, v.path, v.message)), len(quads))

    def _context(self, quads: list[ox.Quad]) -> list[ox.Quad]:
        """What the base says about the nodes the quads mention."""
        subjects = {q.subject for q in quads if isinstance(q.subject, ox.NamedNode)}
        objects = {q.object for q in quads if isinstance(q.object, ox.NamedNode)} - subjects
        context = [c for s in subjects for c in self.base.quads_for_pattern(s, None, None)]
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
        types = defaultdict(set, {k: set(v) for k, v in self.types.items()})
        for subject, cls in entity_types(quads):
            types[subject].add(cls)
        found = []
        for subject, name in entity_names(quads):
            for other in self.names.get(name.lower(), set()) - {subject}:
                if types[other] & types[subject]:
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
