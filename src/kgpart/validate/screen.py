"""A quick, conservative screen of a small data graph against the shapes, before pySHACL.

pySHACL costs about 25 ms per article on an ingest, mostly fixed work per focus node and
property shape. Almost every article conforms, so ingest first asks this screen, which reads
``ontology/shapes.ttl`` once and evaluates the SHACL Core subset the shapes use (class targets,
property shapes on IRI or alternative paths, min/max counts, class, datatype, pattern, in,
minInclusive, maxLength, and ``or`` of datatype shapes) on Oxigraph terms: one small check per constraint
kind, read from the shapes by one reader per kind (both in ``_CONSTRAINTS``).

The screen only ever answers "certainly conforms" or "not sure": anything it does not fully
understand (a literal it cannot prove well-typed, a value it cannot compare) is "not sure", and
then pySHACL judges the same data and writes the report. So the screen can make a check
faster, never more lenient. A shapes graph with any triple the screen does not understand (a new
constraint kind, another target, a severity) turns the screen off: every check goes to pySHACL.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = ox.NamedNode(RDF + "type")
SUBCLASS_OF = ox.NamedNode(RDFS + "subClassOf")
XSD_STRING = XSD + "string"
LANG_STRING = RDF + "langString"

Triple = tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, ox.NamedNode | ox.BlankNode | ox.Literal]

_INTEGER = re.compile(r"[+-]?[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YEAR = re.compile(r"[0-9]{4}")


class Unsupported(Exception):
    """The shapes use something the screen does not evaluate."""


@dataclass
class PropertyShape:
    """One ``sh:property``: a path of one or more predicates (an alternative path) and its constraints."""

    predicates: tuple[ox.NamedNode, ...]
    min_count: int = 0
    max_count: int | None = None
    classes: list[ox.NamedNode] = field(default_factory=list)
    datatype: str | None = None
    patterns: list[re.Pattern[str]] = field(default_factory=list)
    allowed: frozenset[ox.NamedNode | ox.Literal] | None = None
    min_inclusive: int | None = None
    max_length: int | None = None
    any_datatype: list[str] | None = None  # sh:or of shapes that each give one sh:datatype
    checks: tuple[Check, ...] = ()  # one per constraint kind the shape uses, from _CONSTRAINTS


@dataclass
class NodeShape:
    classes: frozenset[ox.NamedNode]
    properties: list[PropertyShape]


class ShapeScreen:
    """The shapes, compiled for the screen. ``compile`` returns None when the screen cannot run."""

    def __init__(self, shapes: list[NodeShape]) -> None:
        self.shapes = shapes
        self.by_class: dict[object, list[NodeShape]] = defaultdict(list)
        for shape in shapes:
            for cls in shape.classes:
                self.by_class[cls].append(shape)
        self.predicates = frozenset(p for s in shapes for prop in s.properties for p in prop.predicates)

    @classmethod
    def compile(cls, path: Path) -> ShapeScreen | None:
        try:
            return cls(_Compiler(ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE)).node_shapes())
        except Unsupported:
            return None

    def conforms(self, triples: Iterable[Triple], focus: Iterable[ox.NamedNode]) -> bool:
        """True when the focus nodes certainly conform to every shape in this data; False when not
        sure (pySHACL must then judge)."""
        values: dict[tuple[object, ox.NamedNode], set[object]] = defaultdict(set)
        types: dict[object, set[object]] = defaultdict(set)
        parents: dict[object, set[object]] = defaultdict(set)
        read = self.predicates
        for s, p, o in triples:
            if p in read:
                values[s, p].add(o)
            if p == RDF_TYPE:
                types[s].add(o)
            elif p == SUBCLASS_OF:
                parents[s].add(o)
        closure = _Closure(parents)
        data = _Data(types, closure)
        for node in focus:
            shapes: dict[int, NodeShape] = {}
            for cls in closure.of(types.get(node, ())):
                shapes.update((id(shape), shape) for shape in self.by_class.get(cls, ()))
            for shape in shapes.values():
                for prop in shape.properties:
                    found: set[object] = set()
                    for predicate in prop.predicates:
                        found |= values.get((node, predicate), set())
                    if not _satisfied(prop, found, data):
                        return False
        return True


class _Closure:
    """Classes with their superclasses (``rdfs:subClassOf*``), memoised."""

    def __init__(self, parents: dict[object, set[object]]) -> None:
        self.parents = parents
        self.memo: dict[object, frozenset[object]] = {}

    def up(self, cls: object) -> frozenset[object]:
        if cls not in self.memo:
            seen = {cls}
            todo = [cls]
            while todo:
                for parent in self.parents.get(todo.pop(), ()):
                    if parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            self.memo[cls] = frozenset(seen)
        return self.memo[cls]

    def of(self, classes: Iterable[object]) -> set[object]:
        out: set[object] = set()
        for cls in classes:
            out |= self.up(cls)
        return out


@dataclass
class _Data:
    """What a check may look up in the data graph besides the values: types and the class hierarchy."""

    types: dict[object, set[object]]
    closure: _Closure

    def classes(self, node: object) -> set[object]:
        """The node's classes with their superclasses."""
        return self.closure.of(self.types.get(node, ()))


def _satisfied(prop: PropertyShape, found: set[object], data: _Data) -> bool:
    """True when the values ``found`` certainly meet every constraint of ``prop`` (False: not sure)."""
    return all(check(prop, found, data) for check in prop.checks)


#: A constraint kind's check: True when the property's values certainly meet it (False: not sure).
Check = Callable[[PropertyShape, set[object], _Data], bool]


def _check_min_count(prop: PropertyShape, found: set[object], data: _Data) -> bool:
    """At least sh:minCount values, and (above one) none that rdflib might merge."""
    if len(found) < prop.min_count:
        return False
    # rdflib may merge typed literals ("05" and "5"): fewer values than counted
    return prop.min_count <= 1 or all(_kept_as_is(v) for v in found)


def _check_max_count(prop: PropertyShape, found: set[object], data: _Data) -> bool:
    """At most sh:maxCount values."""
    return prop.max_count is None or len(found) <= prop.max_count


def _check_class(prop: PropertyShape, found: set[object], data: _Data) -> bool:
    """Every value is a node whose classes hold each sh:class (a literal: not sure)."""
    for value in found:
        if isinstance(value, ox.Literal):
            return False
        classes = data.classes(value)
        if not all(c in classes for c in prop.classes):
            return False
    return True


def _check_datatype(prop: PropertyShape, found: set[object], data: _Data) -> bool:
    """Every value is a literal certainly of sh:datatype, with a valid lexical form."""
    datatype = prop.datatype
    return datatype is not None and all(isinstance(v, ox.Literal) and _well_typed(v, datatype) for v in found)


def _check_any_datatype(prop: PropertyShape, found: set[object], data: _Data) -> bool:
    """sh:or of single-datatype shapes: each value is well typed for one of them."""
    datatypes = prop.any_datatype or []
    return all(isinstance(v, ox.Literal) and any(_well_typed(v, d) for d in datatypes) for v in found)


def _check_pattern(prop: PropertyShape, found: set[object], data: _Data) -> bool:
    """Every value is a plain or language string that each sh:pattern matches."""
    # pySHACL matches rdflib's lexical form, normalised for typed literals: only plain strings are sure
    return all(
        isinstance(v, ox.Literal) and _kept_as_is(v) and all(p.search(v.value) for p in prop.patterns)
        for v in found
    )


def _check_in(prop: PropertyShape, found: set[object], data: _Data) -> bool:
    """Every value is one of sh:in's members: an IRI, or a plain string (no language, xsd:string)."""
    allowed = prop.allowed or frozenset()
    return all(
        (v.language is None and v.datatype.value == XSD_STRING and v in allowed)
        if isinstance(v, ox.Literal)
        else (isinstance(v, ox.NamedNode) and v in allowed)
        for v in found
    )


def _check_min_inclusive(prop: PropertyShape, found: set[object], data: _Data) -> bool:
    """Every value is an xsd:integer literal of a valid form, at least sh:minInclusive."""
    low = prop.min_inclusive
    return low is not None and all(
        isinstance(v, ox.Literal)
        and v.datatype.value == XSD + "integer"
        and _INTEGER.fullmatch(v.value) is not None
        and int(v.value) >= low
        for v in found
    )


def _check_max_length(prop: PropertyShape, found: set[object], data: _Data) -> bool:
    """Every value is an IRI or a plain or language string of at most sh:maxLength characters."""
    # rdflib may normalise a typed literal's lexical form (a longer or shorter string): not sure
    limit = prop.max_length
    return limit is not None and all(
        isinstance(v, ox.NamedNode | ox.Literal) and _kept_as_is(v) and len(v.value) <= limit for v in found
    )


def _kept_as_is(term: object) -> bool:
    """Whether rdflib keeps this term's lexical form as it is (IRIs, plain and language strings)."""
    return not isinstance(term, ox.Literal) or term.datatype.value in (XSD_STRING, LANG_STRING)


def _well_typed(value: ox.Literal, datatype: str) -> bool:
    """Whether the literal certainly has this datatype and a valid lexical form (False: not sure)."""
    if datatype == LANG_STRING:
        return value.language is not None
    if value.language is not None or value.datatype.value != datatype:
        return False
    text = value.value
    if datatype == XSD_STRING:
        return True
    if datatype == XSD + "integer":
        return _INTEGER.fullmatch(text) is not None
    if datatype == XSD + "date":
        if _DATE.fullmatch(text) is None:
            return False
        try:
            date.fromisoformat(text)
        except ValueError:
            return False
        return True
    if datatype == XSD + "gYear":
        return _YEAR.fullmatch(text) is not None
    return False


class _Compiler:
    """Reads the shapes graph; every triple must be understood, or the screen is off."""

    IGNORED = frozenset({RDFS + "comment", RDFS + "label", SH + "message", SH + "name", SH + "description"})

    def __init__(self, triples: Iterable[ox.Quad]) -> None:
        self.out: dict[object, list[tuple[str, object]]] = defaultdict(list)
        self.all: set[tuple[object, str, object]] = set()
        for q in triples:
            self.out[q.subject].append((q.predicate.value, q.object))
            self.all.add((q.subject, q.predicate.value, q.object))
        self.used: set[tuple[object, str, object]] = set()

    def node_shapes(self) -> list[NodeShape]:
        shapes = [
            s
            for s, p, o in sorted(self.all, key=str)
            if p == RDF + "type" and o == ox.NamedNode(SH + "NodeShape")
        ]
        compiled = [self._node_shape(s) for s in shapes]
        ignored = {t for t in self.all if t[1] in self.IGNORED}
        if self.all - self.used - ignored:
            raise Unsupported(
                f"shapes triples not understood: {sorted(self.all - self.used - ignored, key=str)[:3]}"
            )
        return compiled

    def _take(self, subject: object) -> list[tuple[str, object]]:
        pairs = self.out.get(subject, [])
        self.used.update((subject, p, o) for p, o in pairs)
        return [(p, o) for p, o in pairs if p not in self.IGNORED]

    def _node_shape(self, node: object) -> NodeShape:
        classes: set[ox.NamedNode] = set()
        props = []
        for p, o in self._take(node):
            if p == RDF + "type" and o == ox.NamedNode(SH + "NodeShape"):
                continue
            if p == SH + "targetClass" and isinstance(o, ox.NamedNode):
                classes.add(o)
            elif p == SH + "property":
                props.append(self._property(o))
            else:
                raise Unsupported(p)
        return NodeShape(frozenset(classes), props)

    def _property(self, node: object) -> PropertyShape:
        pairs = self._take(node)
        paths = [o for p, o in pairs if p == SH + "path"]
        if len(paths) != 1:
            raise Unsupported("a property shape without exactly one path")
        prop = PropertyShape(self._path(paths[0]))
        kinds: set[str] = set()
        for p, o in pairs:
            name = p.removeprefix(SH)
            if name == "path":
                continue
            if name not in _CONSTRAINTS:
                raise Unsupported(p)
            _CONSTRAINTS[name][0](self, prop, o)
            kinds.add(name)
        prop.checks = tuple(check for kind, (_, check) in _CONSTRAINTS.items() if kind in kinds)
        return prop

    def datatype_only(self, node: object) -> str:
        pairs = self._take(node)
        if len(pairs) != 1 or pairs[0][0] != SH + "datatype" or not isinstance(pairs[0][1], ox.NamedNode):
            raise Unsupported("sh:or of other than single-datatype shapes")
        return pairs[0][1].value

    def _path(self, node: object) -> tuple[ox.NamedNode, ...]:
        if isinstance(node, ox.NamedNode):
            return (node,)
        pairs = self._take(node)
        if len(pairs) != 1 or pairs[0][0] != SH + "alternativePath":
            raise Unsupported("a path other than an IRI or an alternative of IRIs")
        members = self.rdf_list(pairs[0][1])
        if not members or not all(isinstance(m, ox.NamedNode) for m in members):
            raise Unsupported("an alternative path of other than IRIs")
        return tuple(members)  # type: ignore[arg-type]

    def rdf_list(self, node: object) -> list[object]:
        members = []
        while node != ox.NamedNode(RDF + "nil"):
            pairs = dict(self._take(node))
            if set(pairs) != {RDF + "first", RDF + "rest"}:
                raise Unsupported("a malformed RDF list")
            members.append(pairs[RDF + "first"])
            node = pairs[RDF + "rest"]
        return members

    @staticmethod
    def integer(term: object) -> int:
        if not (
            isinstance(term, ox.Literal)
            and term.datatype.value == XSD + "integer"
            and _INTEGER.fullmatch(term.value)
        ):
            raise Unsupported(f"not an integer: {term}")
        return int(term.value)


def _plain_or_iri(term: object) -> bool:
    return isinstance(term, ox.NamedNode) or (
        isinstance(term, ox.Literal) and term.language is None and term.datatype.value == XSD_STRING
    )


#: Reads one constraint of a property shape into it; raises Unsupported for a form the checks do not know.
Reader = Callable[[_Compiler, PropertyShape, object], None]


def _read_min_count(compiler: _Compiler, prop: PropertyShape, term: object) -> None:
    prop.min_count = max(prop.min_count, compiler.integer(term))


def _read_max_count(compiler: _Compiler, prop: PropertyShape, term: object) -> None:
    number = compiler.integer(term)
    prop.max_count = number if prop.max_count is None else min(prop.max_count, number)


def _read_min_inclusive(compiler: _Compiler, prop: PropertyShape, term: object) -> None:
    number = compiler.integer(term)
    if prop.min_inclusive is not None:
        raise Unsupported("two sh:minInclusive")
    prop.min_inclusive = number


def _read_max_length(compiler: _Compiler, prop: PropertyShape, term: object) -> None:
    number = compiler.integer(term)
    prop.max_length = number if prop.max_length is None else min(prop.max_length, number)


def _read_class(compiler: _Compiler, prop: PropertyShape, term: object) -> None:
    if not isinstance(term, ox.NamedNode):
        raise Unsupported(f"sh:class {term}")
    prop.classes.append(term)


def _read_datatype(compiler: _Compiler, prop: PropertyShape, term: object) -> None:
    if not isinstance(term, ox.NamedNode) or prop.datatype is not None:
        raise Unsupported(f"sh:datatype {term}")
    prop.datatype = term.value


def _read_pattern(compiler: _Compiler, prop: PropertyShape, term: object) -> None:
    if not isinstance(term, ox.Literal):
        raise Unsupported(f"sh:pattern {term}")
    prop.patterns.append(re.compile(term.value))


def _read_in(compiler: _Compiler, prop: PropertyShape, term: object) -> None:
    if prop.allowed is not None:
        raise Unsupported("two sh:in")
    members = compiler.rdf_list(term)
    if not all(_plain_or_iri(m) for m in members):
        raise Unsupported("sh:in with other than IRIs and plain strings")
    prop.allowed = frozenset(members)  # type: ignore[arg-type]


def _read_or(compiler: _Compiler, prop: PropertyShape, term: object) -> None:
    if prop.any_datatype is not None:
        raise Unsupported("two sh:or")
    prop.any_datatype = [compiler.datatype_only(m) for m in compiler.rdf_list(term)]


#: SHACL constraint (its sh: local name) -> how ``_Compiler`` reads it and how it is checked;
#: a shape using any other kind turns the screen off.
_CONSTRAINTS: dict[str, tuple[Reader, Check]] = {
    "minCount": (_read_min_count, _check_min_count),
    "maxCount": (_read_max_count, _check_max_count),
    "class": (_read_class, _check_class),
    "datatype": (_read_datatype, _check_datatype),
    "or": (_read_or, _check_any_datatype),
    "pattern": (_read_pattern, _check_pattern),
    "in": (_read_in, _check_in),
    "minInclusive": (_read_min_inclusive, _check_min_inclusive),
    "maxLength": (_read_max_length, _check_max_length),
}
