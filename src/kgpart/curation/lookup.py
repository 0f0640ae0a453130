"""Finding an entity of the graph by a name, an alias or an IRI, and describing it (``kgpart entity show``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kgpart.errors import KgpartError, OptionError, UnknownNameError
from kgpart.store.source import GraphSource, Row
from kgpart.terms import ID_BASE, KGP_IRI, PREFIXES, WRITE_PREFIXES
from kgpart.vocab import ORGANIZATION_CLASSES

# Classes an entity of curation may have: organisations, people, countries.
ENTITY_CLASSES: tuple[str, ...] = (*ORGANIZATION_CLASSES, "Person", "Country")
_POSTS = ("Post", "Ambassador", "Rector", "ViceRector", "Dean", "Minister", "Director")
# What "a fact that uses an entity" is: these point at entities (a post at its organisation).
FACT_CLASSES: tuple[str, ...] = ("Meeting", "Partnership", "Programme", "Figure", "StudentCohort", *_POSTS)
# The network's edges, derived from the detail when the graph loads: never a fact of their own.
DERIVED = ("meets", "partnersWith", "involves", "partOf", "studiesAt", "studiesIn", "comesFrom", "locatedIn")
_VALUES = " ".join(f"kgp:{c}" for c in ENTITY_CLASSES)

RDF_TYPE = PREFIXES["rdf"] + "type"
LABEL = PREFIXES["rdfs"] + "label"
ALT_LABEL = PREFIXES["skos"] + "altLabel"
COUNTRY = KGP_IRI + "country"
ISO_CODE = KGP_IRI + "isoCode"
UNIT_OF = KGP_IRI + "unitOf"
EVIDENCE = KGP_IRI + "evidence"


class AmbiguousNameError(OptionError):
    """A name that belongs to several entities: the user must say which (exit 2)."""


# -- finding and describing an entity ------------------------------------------------------------

# The names are matched first, then their entities kept: every label of the graph is read either
# way (116k at 1M triples), but not joined first to its subject's classes (1.4 -> 1.0 s of CPU
# on disk). NAME is the name as a SPARQL literal: a bound ?name would not reach the subquery.
_FIND_ENTITY = f"""
SELECT DISTINCT ?e ?label WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{
    {{ ?e rdfs:label ?n }} UNION {{ ?e skos:altLabel ?n }} FILTER(LCASE(STR(?n)) = LCASE(NAME))
  }} }}
  ?e a ?t ; rdfs:label ?label . VALUES ?t {{ {_VALUES} }}
}}"""


def entities_named(kg: GraphSource, name: str) -> list[Row]:
    """The rows (``e``, ``label``) of the entities whose label or alias is ``name``, case aside."""
    return kg.select(_FIND_ENTITY.replace("NAME", str(ox.Literal(name.strip()))))


_ALL = f"SELECT DISTINCT ?label WHERE {{ ?e a ?t ; rdfs:label ?label . VALUES ?t {{ {_VALUES} }} }}"
_IS_ENTITY = f"ASK {{ ?e a ?t . VALUES ?t {{ {_VALUES} }} }}"


def expand_entity_iri(value: str) -> str | None:
    """The full IRI ``value`` spells (``<...>``, a full IRI, or a prefixed name such as
    ``kgr:org/x`` or ``inst:x``), or None when it is not written as an IRI.

    >>> expand_entity_iri("inst:ghent-university")
    'https://w3id.org/kgpart/id/org/ghent-university'
    >>> expand_entity_iri("Ghent University") is None
    True
    """
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    if text.startswith(("http://", "https://")):
        return text
    prefix, sep, local = text.partition(":")
    known = {**PREFIXES, **WRITE_PREFIXES}
    if sep and prefix in known and local and not any(c.isspace() for c in local):
        return known[prefix] + local.replace("\\/", "/")
    return None


def find_entity(kg: GraphSource, name: str, *, merged: Callable[[str], str] | None = None) -> str:
    """The IRI of the one entity (organisation, person, country) that ``name`` names: its IRI
    (full or prefixed), its label or one of its aliases, case aside. ``merged`` maps an IRI to
    the entity it was merged into (:meth:`~kgpart.curation.state.Curation.canonical`), so an
    IRI merged away still finds its entity.

    Raises
    ------
    AmbiguousNameError
        When the name belongs to several entities (the message lists them).
    UnknownNameError
        When no entity has that name.

    Examples
    --------
    >>> from kgpart.store.graph import KnowledgeGraph
    >>> find_entity(KnowledgeGraph.open(), "ughent")
    'https://w3id.org/kgpart/id/org/ghent-university'
    """
    iri = expand_entity_iri(name)
    if iri is not None:
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            node = None
        if node is not None and kg.query(_IS_ENTITY, substitutions={ox.Variable("e"): node}):
            return iri
        if merged is not None and merged(iri) != iri:
            return find_entity(kg, merged(iri))
    rows = entities_named(kg, name)
    found = sorted({(row["e"].value, row["label"].value) for row in rows})
    iris = sorted({e for e, _ in found})
    if len(iris) == 1:
        return iris[0]
    if iris:
        shown = ", ".join(f"{short_iri(e)} ({label})" for e, label in found)
        raise AmbiguousNameError(f"{name!r} names {len(iris)} entities: {shown}; give one of these IRIs")
    raise UnknownNameError("entity", name, {row["label"].value for row in kg.select(_ALL)})


def short_iri(iri: str) -> str:
    """An IRI as kgpart shows it: ``kgr:org/ghent-university``."""
    return "kgr:" + iri.removeprefix(ID_BASE) if iri.startswith(ID_BASE) else iri


def full_iri(text: str) -> str:
    """The inverse of :func:`short_iri`."""
    return ID_BASE + text.removeprefix("kgr:") if text.startswith("kgr:") else text


def kind_of(iri: str) -> str:
    """``org``, ``person`` or ``country``, from where kgpart mints the IRI (``org`` otherwise)."""
    part = iri.removeprefix(ID_BASE).split("/", 1)[0]
    return part if part in ("person", "country") else "org"


@dataclass
class EntityView:
    """What ``kgpart entity show`` tells of an entity."""

    iri: str
    labels: list[str]
    aliases: list[str]
    types: list[str]
    country: str | None
    facts: list[tuple[str, str, str]] = field(default_factory=list)  # (fact IRI, its class, how it uses it)
    articles: list[tuple[str, str]] = field(default_factory=list)  # (source IRI, URL or title)
    corrections: list[str] = field(default_factory=list)  # the acts of curation.jsonl about it

    def text(self) -> str:
        """The description, one item a line."""
        lines = [f"{short_iri(self.iri)}", f"  label:   {' | '.join(self.labels)}"]
        lines.append(f"  aliases: {', '.join(self.aliases) if self.aliases else '(none)'}")
        lines.append(f"  type:    {', '.join(self.types)}")
        lines.append(f"  country: {self.country or '(none)'}")
        lines.append(f"  facts ({len(self.facts)}):")
        lines += [f"    {short_iri(f)} {kind} ({role})" for f, kind, role in self.facts]
        lines.append(f"  articles ({len(self.articles)}):")
        lines += [f"    {shown} [{short_iri(src)}]" for src, shown in self.articles]
        if self.corrections:
            lines.append(f"  corrections ({len(self.corrections)}):")
            lines += [f"    {act}" for act in self.corrections]
        return "\n".join(lines) + "\n"


_DESCRIBE = """
SELECT ?p ?o WHERE { ?e ?p ?o . VALUES ?p { rdfs:label skos:altLabel rdf:type kgp:country } }"""
_FACTS = f"""
SELECT DISTINCT ?f ?t ?p WHERE {{
  ?f ?p ?e . ?f a ?t . VALUES ?t {{ {" ".join(f"kgp:{c}" for c in FACT_CLASSES)} }}
  FILTER NOT EXISTS {{ VALUES ?p {{ {" ".join(f"kgp:{p}" for p in DERIVED)} }} }}
}}"""
_ARTICLES = """
SELECT DISTINCT ?src ?url ?title WHERE {
  { GRAPH ?g { ?f ?p ?e } } UNION { GRAPH ?g { ?e ?p ?o } }
  GRAPH ?g { ?g kgp:source ?src } FILTER(?g != kgr:graph\\/entities && ?g != kgr:graph\\/reference)
  OPTIONAL { ?src schema:url ?url } OPTIONAL { ?src rdfs:label ?title }
}"""


def describe_entity(kg: GraphSource, iri: str) -> EntityView:
    """Labels, aliases, types, country, the facts that use the entity and the articles naming it."""
    view = name_entity(kg, iri)
    view.facts = facts_using(kg, iri)
    articles: dict[str, str] = {}
    for row in kg.select(_ARTICLES, e=ox.NamedNode(iri)):
        shown = row.get("url") or row.get("title")
        articles.setdefault(row["src"].value, shown.value if shown is not None else "")
    view.articles = sorted(articles.items())
    return view


def name_entity(kg: GraphSource, iri: str) -> EntityView:
    """Labels, aliases, types and country of the entity, without its facts and articles (what an
    act needs: for a hub those read a good part of the graph)."""
    node = ox.NamedNode(iri)
    values: dict[str, set[str]] = {}
    for row in kg.select(_DESCRIBE, e=node):
        values.setdefault(row["p"].value, set()).add(row["o"].value)
    types = sorted(t.removeprefix(KGP_IRI) for t in values.get(RDF_TYPE, set()) if t.startswith(KGP_IRI))
    countries = sorted(values.get(COUNTRY, set()))
    view = EntityView(
        iri,
        sorted(values.get(LABEL, set())),
        sorted(values.get(ALT_LABEL, set())),
        [t for t in types if t in ENTITY_CLASSES],
        ", ".join(short_iri(c) for c in countries) or None,
    )
    if not view.labels:
        raise KgpartError(f"{short_iri(iri)} has no label")
    return view


def facts_using(kg: GraphSource, iri: str) -> list[tuple[str, str, str]]:
    """(fact IRI, its class, the property) of every fact that points at the entity."""
    rows = kg.select(_FACTS, e=ox.NamedNode(iri))
    found = {(r["f"].value, r["t"].value, r["p"].value) for r in rows}
    return sorted((f, t.removeprefix(KGP_IRI), p.removeprefix(KGP_IRI)) for f, t, p in found)
