"""Run SPARQL over a :class:`~kgpart.store.source.GraphSource`: common prefixes pre-bound, parameters bound as terms.

The default graph is the union of all named graphs (as in Oxigraph's and Fuseki's
union-default-graph mode); ``GRAPH ?g { ... }`` reaches one source's facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal as TypingLiteral

import pyoxigraph as ox

from kgpart.errors import KgpartError, ParameterError, QuerySyntaxError, RefusedQueryError, UnknownNameError
from kgpart.query.bundled import NamedQuery, Parameter, prefixed_name_hint
from kgpart.query.fetches import UncheckableSparqlError, fetching_clauses
from kgpart.query.fetches import uses_service as uses_service
from kgpart.store.source import GraphSource, QueryAnswer, Row, Term, solution_rows
from kgpart.terms import PREFIXES, expand_prefixed

XSD = PREFIXES["xsd"]
ResultKind = TypingLiteral["select", "ask", "graph"]
_VAR_RE = re.compile(r"[?$](\w+)")


@dataclass
class QueryResult:
    """The answer to a query, materialised: rows of terms, a boolean, or triples."""

    kind: ResultKind
    variables: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def values(self, variable: str) -> list[str]:
        """The lexical values of one column, for quick checks (``None`` rows skipped)."""
        return [row[variable].value for row in self.rows if variable in row]


def run_query(
    kg: GraphSource,
    query: NamedQuery,
    params: dict[str, str] | None = None,
    *,
    allow_service: bool = False,
) -> QueryResult:
    """Run a query with its parameters bound as RDF terms (never pasted into the text).

    Oxigraph would answer ``SERVICE <url>`` by fetching the URL; kgpart refuses such a query
    unless ``allow_service``, so a query (or a query file from elsewhere) never makes it reach
    out to another server.

    Raises
    ------
    RefusedQueryError
        The query calls ``SERVICE`` and ``allow_service`` is false.
    ParameterError
        A declared parameter is missing, or an undeclared one is given.
    QuerySyntaxError
        The SPARQL does not parse (the message carries line and column).
    """
    refuse_fetching(query, allow_service=allow_service)
    substitutions = bind_parameters(kg, query, params or {})
    try:
        answer = kg.query(query.text, substitutions=substitutions)
    except SyntaxError as exc:
        hint = prefixed_name_hint(query.text)  # kgr:org/x, as kgpart shows IRIs, is not SPARQL
        message = short_syntax_message(exc) + (f" ({hint})" if hint else "")
        raise QuerySyntaxError(f"invalid SPARQL in {query.name}: {message}") from exc
    except RuntimeError as exc:
        # Oxigraph binds parameters only to variables the query projects (SEP-0007).
        raise ParameterError(f"cannot bind parameters of {query.name}: {exc}") from exc
    try:
        return _materialise(answer)
    except (RuntimeError, OSError) as exc:  # raised while it runs: a SERVICE that failed, for one
        raise KgpartError(f"query {query.name} failed: {short_syntax_message(exc)}") from exc


def refuse_fetching(query: NamedQuery, *, allow_service: bool) -> None:
    """Raise unless the query's SERVICE calls are allowed and Oxigraph can make them.

    Decided on the parsed query (:mod:`kgpart.query.fetches`), never on its text.
    """
    try:
        clauses = fetching_clauses(query.text)
    except UncheckableSparqlError as exc:
        if allow_service:
            return  # nothing is refused, so nothing needs telling apart; Oxigraph says what is wrong
        raise RefusedQueryError(f"query {query.name} is refused: {exc}") from None
    if clauses and not allow_service:
        raise RefusedQueryError(
            f"query {query.name} calls SERVICE, which would fetch from another server; "
            "kgpart does not unless allowed (--allow-service)"
        )
    if "SERVICE ?variable" in clauses:
        raise KgpartError(
            f"query {query.name} calls SERVICE with a variable; Oxigraph calls only a service "
            "whose IRI is written in the query"
        )


def short_syntax_message(exc: Exception) -> str:
    """Oxigraph's parse (or evaluation) error on one line: the position and the start of what it expected."""
    text = " ".join(str(exc).split())
    return text if len(text) <= 160 else text[:157] + "..."


def _materialise(answer: QueryAnswer) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        return QueryResult("select", variables=variables, rows=solution_rows(answer))
    return QueryResult("graph", triples=list(answer))


def bind_parameters(kg: GraphSource, query: NamedQuery, params: dict[str, str]) -> dict[ox.Variable, Term]:
    """Turn ``name=value`` strings into RDF terms by the kinds the query declares."""
    declared = {p.name: p for p in query.parameters}
    if declared:
        unknown = sorted(set(params) - set(declared))
        if unknown:
            raise ParameterError(
                f"query {query.name} has no parameter {unknown[0]!r} (its parameters: {', '.join(declared)})"
            )
        missing = [name for name in declared if name not in params]
        if missing:
            p = declared[missing[0]]
            raise ParameterError(
                f"query {query.name} needs --param {p.name}=VALUE ({p.kind}: {p.description})"
            )
    else:
        used = set(_VAR_RE.findall(query.text))
        for name in params:
            if name not in used:
                raise ParameterError(f"the query has no variable ?{name} to bind")
    return {
        ox.Variable(name): to_term(kg, declared.get(name, Parameter(name, "auto")), value)
        for name, value in params.items()
    }


_INTEGER = re.compile(r"-?[0-9]+")


def to_term(kg: GraphSource, param: Parameter, value: str) -> ox.NamedNode | ox.Literal:
    """Convert one parameter value to the RDF term its kind says."""
    kind = param.kind
    if kind == "auto":
        iri = value.startswith(("http://", "https://", "urn:", "<")) or expand_prefixed(value) != value
        kind = "iri" if iri else "string"
        if _INTEGER.fullmatch(value):
            kind = "integer"
    if kind == "entity":
        return find_entity_iri(kg, value)
    if kind == "iri":
        return expand_iri(value)
    if kind == "integer":
        if not _INTEGER.fullmatch(value):  # not "--5" (int() refuses it) nor "٣" (int() reads 3)
            raise ParameterError(f"parameter {param.name} must be an integer, got {value!r}")
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
    if kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ParameterError(f"parameter {param.name} must be a date YYYY-MM-DD, got {value!r}") from None
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    return ox.Literal(value)


def expand_iri(value: str) -> ox.NamedNode:
    """An IRI from ``<...>``, a full IRI or a prefixed name such as ``kgr:org/ghent-university``."""
    value = expand_prefixed(value.strip().removeprefix("<").removesuffix(">"))
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise ParameterError(f"not a valid IRI: {value!r}") from exc


_FIND_ENTITY = """
SELECT DISTINCT ?e ?name WHERE {
  ?e rdfs:label|skos:altLabel|skos:prefLabel|schema:url ?l .  # a source by its URL too
  FILTER(LCASE(STR(?l)) = LCASE(?name))
}"""

_ALL_LABELS = "SELECT DISTINCT ?l WHERE { ?e rdfs:label ?l FILTER(!STRSTARTS(STR(?e), STR(kgp:))) }"


def find_entity_iri(kg: GraphSource, value: str) -> ox.NamedNode:
    """Find an entity by IRI, prefixed name, label or alias (case does not matter).

    Raises
    ------
    UnknownNameError
        Nothing has that name; the message lists the closest labels.
    ParameterError
        The name belongs to more than one entity.
    """
    if value.startswith(("http://", "https://", "<")) or value.startswith(tuple(p + ":" for p in PREFIXES)):
        node = expand_iri(value)
        if kg.query("ASK { ?node ?p ?o }", substitutions={ox.Variable("node"): node}):
            return node
    # Only an IRI can be bound as a parameter (a blank node cannot be named in a query).
    rows = kg.select(_FIND_ENTITY, name=ox.Literal(value.strip()))
    found = [row["e"] for row in rows if isinstance(row["e"], ox.NamedNode)]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        names = ", ".join(sorted(n.value for n in found))
        raise ParameterError(f"{value!r} names more than one entity ({names}); give an IRI")
    labels = {s["l"].value for s in kg.select(_ALL_LABELS)}
    raise UnknownNameError("entity", value, labels)
