"""Curation: a person's corrections to the entities of a graph folder, kept so they last.

A graph built from many articles needs a person to merge two IRIs of one entity, rename one,
add or remove an alias, fix its type or country, or delete a junk entity. Each act is applied
to the graph files when it is made (the affected files rewritten atomically under the graph
lock) and recorded in ``graph/curation.jsonl``; every later ``ingest`` and ``add`` applies the
recorded acts again to what an article brings (:meth:`Curation.prepare` gives the resolver the
curated names, :meth:`Curation.apply` rewrites a source's quads right before they are checked
and written), so a merged name resolves to the kept entity forever, a renamed entity keeps its
label, and a deleted one does not come back: its IRI and its names are remembered as rejected,
and the facts of a new article that use it are left out.

The record is JSON Lines: one act a line, each with its UTC time. It is under version control
with the rest of the folder and is meant to be read (and, with care, edited) by a person: a
line-per-act file gives one-line diffs, an error names the line at fault, and appending never
rewrites earlier acts. RDF would do, but a correction is not a fact about the world, and a
Turtle file in the folder would be loaded into the graph as one. What ``undo`` needs (the
affected files as they were) is kept beside it in ``.curation-undo/``, which git ignores.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgpart.errors import GraphFileError, KgpartError, OptionError, UnknownNameError
from kgpart.ids import normalise_name
from kgpart.store.source import GraphSource
from kgpart.terms import ID_BASE, KGP_IRI, PREFIXES, WRITE_PREFIXES
from kgpart.vocab import ORGANIZATION_CLASSES

CURATION_FILE = "curation.jsonl"
UNDO_DIR = ".curation-undo"
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
# What a dropped entity's own description says that the kept one says for itself.
_OWN = {RDF_TYPE, COUNTRY, ISO_CODE, UNIT_OF}


class AmbiguousNameError(OptionError):
    """A name that belongs to several entities: the user must say which (exit 2)."""


class RefusedActError(OptionError):
    """A correction that cannot be made as asked (merge into itself, into another type): exit 2."""


# -- finding and describing an entity ------------------------------------------------------------

_FIND = f"""
SELECT DISTINCT ?e ?label WHERE {{
  ?e a ?t ; rdfs:label ?label . VALUES ?t {{ {_VALUES} }}
  {{ ?e rdfs:label|skos:altLabel ?n }} FILTER(LCASE(STR(?n)) = LCASE(?name))
}}"""
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


def find_entity(kg: GraphSource, name: str) -> str:
    """The IRI of the one entity (organisation, person, country) that ``name`` names: its IRI
    (full or prefixed), its label or one of its aliases, case aside.

    Raises
    ------
    AmbiguousNameError
        When the name belongs to several entities (the message lists them).
    UnknownNameError
        When no entity has that name.
    """
    iri = expand_entity_iri(name)
    if iri is not None:
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            node = None
        if node is not None and kg.query(_IS_ENTITY, substitutions={ox.Variable("e"): node}):
            return iri
    rows = kg.select(_FIND, name=ox.Literal(name.strip()))
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
    view.facts = facts_using(kg, iri)
    articles: dict[str, str] = {}
    for row in kg.select(_ARTICLES, e=node):
        shown = row.get("url") or row.get("title")
        articles.setdefault(row["src"].value, shown.value if shown is not None else "")
    view.articles = sorted(articles.items())
    if not view.labels:
        raise KgpartError(f"{short_iri(iri)} has no label")
    return view


def facts_using(kg: GraphSource, iri: str) -> list[tuple[str, str, str]]:
    """(fact IRI, its class, the property) of every fact that points at the entity."""
    rows = kg.select(_FACTS, e=ox.NamedNode(iri))
    found = {(r["f"].value, r["t"].value, r["p"].value) for r in rows}
    return sorted((f, t.removeprefix(KGP_IRI), p.removeprefix(KGP_IRI)) for f, t, p in found)


# -- the record of acts ----------------------------------------------------------------------------

# Each act's fields: name -> (kind of value, required). "iri" is written kgr:... or in full.
_FIELDS: dict[str, dict[str, tuple[str, bool]]] = {
    "merge": {
        "keep": ("iri", True),
        "drop": ("iri", True),
        "keep_label": ("str", False),
        "keep_type": ("class", False),
        "drop_label": ("str", True),
        "drop_aliases": ("strs", False),
    },
    "rename": {"entity": ("iri", True), "label": ("str", True), "old_label": ("str", True)},
    "alias": {"entity": ("iri", True), "alias": ("str", True), "remove": ("bool", False)},
    "set": {
        "entity": ("iri", True),
        "type": ("class", False),
        "country": ("iri", False),
        "old_type": ("str", False),
        "old_country": ("str", False),
    },
    "delete": {
        "entity": ("iri", True),
        "label": ("str", True),
        "aliases": ("strs", False),
        "with_facts": ("bool", False),
    },
}


def check_act(data: Any) -> str | None:
    """What is wrong with one act as read from the record, or None."""
    if not isinstance(data, dict):
        return "an act is a JSON object"
    act = data.get("act")
    if act not in _FIELDS:
        return f"unknown act {act!r} (one of {', '.join(_FIELDS)})"
    at = data.get("at")
    try:
        when = datetime.fromisoformat(at) if isinstance(at, str) else None
    except ValueError:
        when = None
    if when is None or when.utcoffset() is None or when.utcoffset().total_seconds() != 0:  # type: ignore[union-attr]
        return f"'at' must be a UTC time such as 2026-12-05T07:30:00Z, got {at!r}"
    fields = _FIELDS[act]
    for name in set(data) - set(fields) - {"act", "at"}:
        return f"{act}: unknown field {name!r}"
    for name, (kind, required) in fields.items():
        value = data.get(name)
        if value is None:
            if required:
                return f"{act}: missing field {name!r}"
            continue
        problem = _check_value(kind, value)
        if problem:
            return f"{act}: {name!r} {problem}"
    if act == "set" and data.get("type") is None and data.get("country") is None:
        return "set: give 'type' or 'country'"
    return None


def _check_value(kind: str, value: Any) -> str | None:
    if kind == "str":
        return None if isinstance(value, str) and value.strip() else "must be a non-empty string"
    if kind == "strs":
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        return None if ok else "must be a list of strings"
    if kind == "bool":
        return None if isinstance(value, bool) else "must be true or false"
    if kind == "class":
        return None if value in ENTITY_CLASSES else f"must be one of {', '.join(ENTITY_CLASSES)}"
    if not isinstance(value, str) or not full_iri(value).startswith(("http://", "https://")):
        return f"must be an IRI (kgr:... or https://...), got {value!r}"
    try:
        ox.NamedNode(full_iri(value))
    except ValueError:
        return f"is not a valid IRI: {value!r}"
    return None


def read_acts(path: Path) -> list[dict[str, Any]]:
    """The acts of a curation record, checked; none when the file does not exist.

    Raises
    ------
    GraphFileError
        For the first line that is not a well-formed act: its file and line, exit 1.
    """
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return []
    except UnicodeDecodeError as exc:
        raise GraphFileError(path, f"not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise GraphFileError(path, f"cannot read: {exc.strerror or exc}") from exc
    acts = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GraphFileError(path, f"not a JSON act ({exc.msg})", line=number) from None
        problem = check_act(data)
        if problem:
            raise GraphFileError(path, problem, line=number)
        acts.append(data)
    return acts


def now_utc() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def act_line(act: dict[str, Any]) -> str:
    """One act as its line in the record: ``at`` and ``act`` first, IRIs short."""
    return json.dumps(act, ensure_ascii=False)


def describe_act(act: dict[str, Any]) -> str:
    """An act in words, for what a command prints."""
    kind = act["act"]
    if kind == "merge":
        return f"merged {act['drop']} ({act['drop_label']}) into {act['keep']}"
    if kind == "rename":
        return f"renamed {act['entity']} from {act['old_label']!r} to {act['label']!r}"
    if kind == "alias":
        return f"{'removed' if act.get('remove') else 'added'} alias {act['alias']!r} of {act['entity']}"
    if kind == "set":
        said = [f"type {act['type']}" if act.get("type") else "", f"country {act.get('country') or ''}"]
        return f"set {act['entity']}: " + ", ".join(s for s in said if s and not s.endswith(" "))
    return f"deleted {act['entity']} ({act['label']}){' with its facts' if act.get('with_facts') else ''}"


# -- what the acts amount to ---------------------------------------------------------------------


@dataclass
class Curation:
    """The acts of a graph folder's record, folded into what they say now."""

    path: Path
    acts: list[dict[str, Any]] = field(default_factory=list)
    merged: dict[str, str] = field(default_factory=dict)  # dropped IRI -> kept IRI
    labels: dict[str, str] = field(default_factory=dict)  # IRI -> curated label
    aliases: dict[str, dict[str, bool]] = field(default_factory=dict)  # IRI -> alias -> kept?
    types: dict[str, str] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    kept: dict[str, tuple[str, str]] = field(default_factory=dict)  # kept IRI -> its label, class
    resolver: Any = None  # the resolver of an ingest (see prepare)
    rejected: set[tuple[str, str]] = field(default_factory=set)  # (kind, normalised name)

    @classmethod
    def load(cls, graph_dir: Path) -> Curation:
        """Read and check ``graph_dir/curation.jsonl`` (see :func:`read_acts`)."""
        curation = cls(graph_dir / CURATION_FILE)
        for act in read_acts(curation.path):
            curation.fold(act)
        return curation

    def canonical(self, iri: str) -> str:
        """The entity an IRI stands for now, following merges (a chain ends: a loop is cut)."""
        seen = {iri}
        while iri in self.merged and self.merged[iri] not in seen:
            iri = self.merged[iri]
            seen.add(iri)
        return iri

    def fold(self, act: dict[str, Any]) -> None:
        """Take one more act into account."""
        self.acts.append(act)
        kind = act["act"]
        if kind == "merge":
            keep, drop = self.canonical(full_iri(act["keep"])), full_iri(act["drop"])
            if keep != drop:
                self.merged[drop] = keep
            names = self.aliases.setdefault(keep, {})
            for name in (act["drop_label"], *act.get("drop_aliases", [])):
                names[name] = True
            if act.get("keep_label"):  # a label is not an alias too
                names[act["keep_label"]] = False
                self.kept[keep] = (act["keep_label"], act.get("keep_type") or "")
            return
        entity = self.canonical(full_iri(act["entity"]))
        names = self.aliases.setdefault(entity, {})
        if kind == "rename":
            self.labels[entity] = act["label"]
            names[act["old_label"]] = True
            names[act["label"]] = False
        elif kind == "alias":
            names[act["alias"]] = not act.get("remove", False)
        elif kind == "set":
            if act.get("type"):
                self.types[entity] = act["type"]
            if act.get("country"):
                self.countries[entity] = full_iri(act["country"])
        else:
            self.deleted.add(entity)
            for name in (act["label"], *act.get("aliases", [])):
                self.rejected.add((kind_of(entity), normalise_name(name)))

    # -- applied to a resolver, and to quads --------------------------------------------------

    def prepare(self, resolver: Any) -> None:
        """Give a :class:`~kgpart.resolve.Resolver` the curated names: a merged entity's names
        and the aliases added resolve to the entity kept, even in a graph rebuilt from its
        articles where no article has named the kept entity yet."""
        from kgpart.resolve import Entity

        self.resolver = resolver
        for iri, (label, cls) in sorted(self.kept.items()):
            if self.canonical(iri) == iri and iri not in resolver.entities and iri not in self.deleted:
                kind = kind_of(iri)
                resolver.add(Entity(iri, label, kind, type=cls if kind == "org" else "", new=True))
        for iri, names in self.aliases.items():
            entity = resolver.entities.get(self.canonical(iri))
            if entity is None:
                continue
            for name, kept in sorted(names.items()):
                if kept:
                    resolver.add_alias(entity, name)

    def apply(self, quads: Iterable[ox.Quad], *, new: Iterable[str] = ()) -> list[ox.Quad]:
        """The quads as the acts say they must be.

        A dropped entity's IRI becomes the kept one's (its labels that one's aliases, its own
        type and country left out); a curated label, type or country replaces another; a
        removed alias is left out; a deleted entity, every statement about it and every fact
        that uses it (with that fact's evidence) are left out. ``new`` are the entities an
        article just minted: one named as a deleted entity was is taken as that entity.
        """
        quads = list(quads)
        deleted = self.deleted_among(quads, new)
        out: list[ox.Quad] = []
        for quad in quads:
            out += self._rewrite(quad)
        if deleted:
            out = _without(out, deleted)
        out += self._completed(out)
        labels = {(q.subject, q.object) for q in out if q.predicate.value == LABEL}
        seen: set[ox.Quad] = set()
        result = []
        for quad in out:  # an alias that is the entity's label, or said twice, once
            if quad.predicate.value == ALT_LABEL and (quad.subject, quad.object) in labels:
                continue
            if quad not in seen:
                seen.add(quad)
                result.append(quad)
        return result

    def _completed(self, quads: list[ox.Quad]) -> list[ox.Quad]:
        """What a curated entity's description lacks, where it is described (its label's graph):
        the aliases and the country the acts gave it (a graph rebuilt from its articles has them)."""
        have = {(q.subject, q.predicate.value) for q in quads}
        more = []
        for quad in quads:
            entity = _iri(quad.subject)
            if quad.predicate.value != LABEL or not entity:
                continue
            for name, kept in sorted(self.aliases.get(entity, {}).items()):
                if kept and name != self.labels.get(entity, _text(quad.object)):
                    more.append(
                        ox.Quad(quad.subject, ox.NamedNode(ALT_LABEL), ox.Literal(name), quad.graph_name)
                    )
            country = self.countries.get(entity)
            if country and (quad.subject, COUNTRY) not in have:
                more.append(
                    ox.Quad(quad.subject, ox.NamedNode(COUNTRY), ox.NamedNode(country), quad.graph_name)
                )
        return more

    def deleted_among(self, quads: list[ox.Quad], new: Iterable[str] = ()) -> set[str]:
        """The deleted entities the quads name: by their IRI, or just minted (``new``) under a
        name a deleted entity had."""
        named = {_iri(q.subject) for q in quads} | {_iri(q.object) for q in quads}
        return (self.deleted & named) | self._rejected_among(quads, set(new))

    def _rejected_among(self, quads: list[ox.Quad], new: set[str]) -> set[str]:
        """Entities just minted under a name a deleted entity had."""
        if not self.rejected or not new:
            return set()
        return {
            _iri(q.subject)
            for q in quads
            if q.predicate.value == LABEL
            and _iri(q.subject) in new
            and (kind_of(_iri(q.subject)), normalise_name(_text(q.object))) in self.rejected
        }

    def _rewrite(self, quad: ox.Quad) -> list[ox.Quad]:
        s, p, o, g = quad.subject, quad.predicate, quad.object, quad.graph_name
        entity, target = self.canonical(_iri(s)), _iri(o)
        if entity != _iri(s):  # a dropped entity's statement: the kept one's, bar its own class and country
            if p.value in _OWN:
                return []
            s = ox.NamedNode(entity)
            p = ox.NamedNode(ALT_LABEL) if p.value == LABEL else p
        if target and self.canonical(target) != target:
            o = ox.NamedNode(self.canonical(target))
        names, text = self.aliases.get(entity, {}), _text(o)
        if p.value == LABEL and entity in self.labels and text != self.labels[entity]:
            curated = ox.Quad(s, p, ox.Literal(self.labels[entity]), g)
            if names.get(text) is False:
                return [curated]
            return [curated, ox.Quad(s, ox.NamedNode(ALT_LABEL), o, g)]
        if p.value == ALT_LABEL and (names.get(text) is False or text == self.labels.get(entity)):
            return []
        if p.value == RDF_TYPE and entity in self.types and text.removeprefix(KGP_IRI) in ENTITY_CLASSES:
            o = ox.NamedNode(KGP_IRI + self.types[entity])
        if p.value == COUNTRY and entity in self.countries:
            o = ox.NamedNode(self.countries[entity])
        return [ox.Quad(s, p, o, g)]


def _iri(term: object) -> str:
    """An IRI's text; "" for a literal, so a label never passes for an entity."""
    return term.value if isinstance(term, ox.NamedNode) else ""


def _text(term: object) -> str:
    """An IRI's or a literal's text."""
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else ""


def _without(quads: list[ox.Quad], deleted: set[str]) -> list[ox.Quad]:
    """The quads without the deleted entities, the facts that use them and those facts' evidence."""
    fact_classes = {KGP_IRI + c for c in FACT_CLASSES}
    facts = {
        _iri(q.subject) for q in quads if q.predicate.value == RDF_TYPE and _iri(q.object) in fact_classes
    }
    gone = set(deleted) | {_iri(q.subject) for q in quads if _iri(q.object) in deleted} & facts
    evidence = {_iri(q.object) for q in quads if _iri(q.subject) in gone and q.predicate.value == EVIDENCE}
    kept = [q for q in quads if _iri(q.subject) not in gone and _iri(q.object) not in gone]
    orphans = evidence - {_iri(q.object) for q in kept if q.predicate.value == EVIDENCE}
    return [q for q in kept if _iri(q.subject) not in orphans]


def load_curation(graph_dir: Path) -> Curation:
    """The curation of a graph folder (empty when it has no record); see :meth:`Curation.load`."""
    return Curation.load(graph_dir)


# -- making an act: check it, apply it to the files, record it ----------------------------------


def writable_graph_dir(graph: str | Path | None) -> Path:
    """The graph folder a correction writes: a folder of the user's, never the shipped graph.

    Raises
    ------
    NoWritableGraphError
        When only the shipped graph would be found (exit 2).
    """
    from kgpart.errors import NoWritableGraphError
    from kgpart.store.folder import resolve_graph_dir, shipped_graph_dir

    path = resolve_graph_dir(graph)
    if path == shipped_graph_dir() and not graph:
        raise NoWritableGraphError("no graph folder to correct: give --graph DIR (or set KGPART_GRAPH)")
    return path


@dataclass
class Entry:
    """What an act needs to know of an entity in the graph."""

    iri: str
    label: str
    aliases: list[str]
    types: list[str]
    country: str | None
    home: str  # the named graph that holds its label: where new statements about it go

    @property
    def kind(self) -> str:
        if "Person" in self.types:
            return "person"
        return "country" if "Country" in self.types else "org"

    @property
    def type(self) -> str:
        """Its most specific class (``Organization`` when it has no other)."""
        return next((t for t in ENTITY_CLASSES if t in self.types), "Organization")


_HOME = "SELECT ?g ?l WHERE { GRAPH ?g { ?e rdfs:label ?l } }"


def entry(kg: GraphSource, name: str) -> Entry:
    """The entity ``name`` names, as :class:`Entry` (see :func:`find_entity` for what it raises)."""
    iri = find_entity(kg, name)
    view = describe_entity(kg, iri)
    homes = sorted(row["g"].value for row in kg.select(_HOME, e=ox.NamedNode(iri)))
    country = next(iter(sorted(kg_countries(kg, iri))), None)
    return Entry(iri, view.labels[0], view.aliases, view.types, country, homes[0] if homes else "")


def kg_countries(kg: GraphSource, iri: str) -> set[str]:
    rows = kg.select("SELECT ?c WHERE { ?e kgp:country ?c }", e=ox.NamedNode(iri))
    return {row["c"].value for row in rows}


def _act(kind: str, **fields: Any) -> dict[str, Any]:
    return {"at": now_utc(), "act": kind, **{k: v for k, v in fields.items() if v not in (None, [], False)}}


def merge_entities(graph_dir: Path, keep_name: str, drop_name: str) -> dict[str, Any]:
    """Merge DROP into KEEP: every fact that names DROP names KEEP, DROP's names become KEEP's
    aliases, and every later article that names DROP resolves to KEEP.

    Raises
    ------
    RefusedActError
        An entity merged into itself, or into one of another type (exit 2).
    """

    def build(kg: GraphSource) -> tuple[dict[str, Any], list[ox.Quad], list[str]]:
        keep, drop = entry(kg, keep_name), entry(kg, drop_name)
        if keep.iri == drop.iri:
            raise RefusedActError(f"cannot merge {short_iri(keep.iri)} ({keep.label}) into itself")
        if keep.kind != drop.kind or (
            "Organization" not in (keep.type, drop.type) and keep.type != drop.type
        ):
            raise RefusedActError(
                f"cannot merge {short_iri(drop.iri)} ({drop.label}, {drop.type}) into "
                f"{short_iri(keep.iri)} ({keep.label}, {keep.type}): another type "
                f"(`kgpart entity set` one of them first if they are one entity)"
            )
        act = _act(
            "merge",
            keep=short_iri(keep.iri),
            keep_label=keep.label,
            keep_type=keep.type,
            drop=short_iri(drop.iri),
            drop_label=drop.label,
            drop_aliases=drop.aliases,
        )
        extra = []
        if drop.country and not keep.country and keep.home:  # where it is, kept
            extra.append(
                ox.Quad(
                    ox.NamedNode(keep.iri),
                    ox.NamedNode(COUNTRY),
                    ox.NamedNode(drop.country),
                    ox.NamedNode(keep.home),
                )
            )
        return act, extra, [keep.iri, drop.iri]

    return perform(graph_dir, build)


def rename_entity(graph_dir: Path, name: str, label: str) -> dict[str, Any]:
    """Give an entity another label; the old one stays an alias, so articles still find it."""

    def build(kg: GraphSource) -> tuple[dict[str, Any], list[ox.Quad], list[str]]:
        found = entry(kg, name)
        if not label.strip():
            raise RefusedActError("a label cannot be empty")
        if label == found.label:
            raise RefusedActError(f"{short_iri(found.iri)} is already labelled {label!r}")
        _check_free(kg, label, found.iri)
        act = _act("rename", entity=short_iri(found.iri), label=label, old_label=found.label)
        return act, [], [found.iri]

    return perform(graph_dir, build)


def alias_entity(graph_dir: Path, name: str, alias: str, *, remove: bool = False) -> dict[str, Any]:
    """Add an alias to an entity (later articles that use it resolve to the entity), or remove one
    (it is not taken again from later articles)."""

    def build(kg: GraphSource) -> tuple[dict[str, Any], list[ox.Quad], list[str]]:
        found = entry(kg, name)
        if not alias.strip():
            raise RefusedActError("an alias cannot be empty")
        if remove:
            stored = next((a for a in found.aliases if a.casefold() == alias.casefold()), None)
            if stored is None:
                raise RefusedActError(
                    f"{short_iri(found.iri)} ({found.label}) has no alias {alias!r}"
                    f" (its aliases: {', '.join(found.aliases) or 'none'})"
                )
            return _act("alias", entity=short_iri(found.iri), alias=stored, remove=True), [], [found.iri]
        if alias.casefold() in {n.casefold() for n in (found.label, *found.aliases)}:
            raise RefusedActError(f"{short_iri(found.iri)} ({found.label}) is already named {alias!r}")
        _check_free(kg, alias, found.iri)
        node = ox.NamedNode(found.iri)
        extra = [ox.Quad(node, ox.NamedNode(ALT_LABEL), ox.Literal(alias), ox.NamedNode(found.home))]
        return _act("alias", entity=short_iri(found.iri), alias=alias), extra, [found.iri]

    return perform(graph_dir, build)


def set_entity(
    graph_dir: Path, name: str, *, type: str | None = None, country: str | None = None
) -> dict[str, Any]:
    """Correct an organisation's class (``University``, ``Ministry``...) or its country (a name
    or an ISO code)."""
    from kgpart.resolve import country_name, iso_code

    if not type and not country:
        raise OptionError("say what to set: --type T and/or --country C")

    def build(kg: GraphSource) -> tuple[dict[str, Any], list[ox.Quad], list[str]]:
        found = entry(kg, name)
        if found.kind != "org":
            raise RefusedActError(
                f"{short_iri(found.iri)} ({found.label}) is a {found.kind}: only an organisation's type and country can be set"
            )
        chosen = None
        if type:
            chosen = next((c for c in ORGANIZATION_CLASSES if c.casefold() == type.casefold()), None)
            if chosen is None:
                raise RefusedActError(f"unknown type {type!r} (one of {', '.join(ORGANIZATION_CLASSES)})")
        extra: list[ox.Quad] = []
        country_iri = None
        if country:
            code = country.upper() if len(country) == 2 and country.isalpha() else iso_code(country)
            if code is None or country_name(code) == code:
                raise RefusedActError(f"unknown country {country!r} (give its name or ISO code)")
            country_iri = f"{ID_BASE}country/{code}"
            home, node = ox.NamedNode(found.home), ox.NamedNode(country_iri)
            if not kg.query("ASK { ?c a kgp:Country }", substitutions={ox.Variable("c"): node}):
                extra += [
                    ox.Quad(node, ox.NamedNode(RDF_TYPE), ox.NamedNode(KGP_IRI + "Country"), home),
                    ox.Quad(node, ox.NamedNode(LABEL), ox.Literal(country_name(code)), home),
                    ox.Quad(node, ox.NamedNode(ISO_CODE), ox.Literal(code), home),
                ]
            if not found.country:
                extra.append(ox.Quad(ox.NamedNode(found.iri), ox.NamedNode(COUNTRY), node, home))
        act = _act(
            "set",
            entity=short_iri(found.iri),
            type=chosen,
            country=short_iri(country_iri) if country_iri else None,
            old_type=found.type if chosen else None,
            old_country=(short_iri(found.country) if found.country else "none") if country_iri else None,
        )
        return act, extra, [found.iri]

    return perform(graph_dir, build)


def delete_entity(graph_dir: Path, name: str, *, with_facts: bool = False) -> dict[str, Any]:
    """Delete an entity, refused while facts use it unless ``with_facts`` (then they go too).
    Its IRI and names are remembered: a later ingest does not bring it back.

    Raises
    ------
    RefusedActError
        When facts use it and not ``with_facts`` (exit 2; the message names some).
    """

    def build(kg: GraphSource) -> tuple[dict[str, Any], list[ox.Quad], list[str]]:
        found = entry(kg, name)
        facts = facts_using(kg, found.iri)
        if facts and not with_facts:
            shown = ", ".join(short_iri(f) for f, _, _ in facts[:3]) + (", ..." if len(facts) > 3 else "")
            raise RefusedActError(
                f"{len(facts)} fact(s) use {short_iri(found.iri)} ({found.label}): {shown}; "
                "merge it into another entity, or delete it --with-facts"
            )
        act = _act(
            "delete",
            entity=short_iri(found.iri),
            label=found.label,
            aliases=found.aliases,
            with_facts=with_facts,
        )
        return act, [], [found.iri]

    return perform(graph_dir, build)


def _check_free(kg: GraphSource, name: str, iri: str) -> None:
    """Refuse a name another entity already has: one name, one entity."""
    rows = kg.select(_FIND, name=ox.Literal(name.strip()))
    others = sorted({(r["e"].value, r["label"].value) for r in rows if r["e"].value != iri})
    if others:
        shown = ", ".join(f"{short_iri(e)} ({label})" for e, label in others)
        raise RefusedActError(f"{name!r} already names {shown}: merge them, or remove it there first")


Builder = Callable[[GraphSource], tuple[dict[str, Any], list[ox.Quad], list[str]]]


def perform(graph_dir: Path, build: Builder) -> dict[str, Any]:
    """Check and make one act under the graph lock: the record of acts first read (a malformed
    one stops everything), the act built from the graph as it is, the files it changes
    rewritten, what undo needs kept, and the act appended to the record."""
    from kgpart.store.files import graph_lock
    from kgpart.store.graph import KnowledgeGraph

    with graph_lock(graph_dir):
        curation = Curation.load(graph_dir)
        kg = KnowledgeGraph.open(graph_dir)
        try:
            act, extra, focus = build(kg)
        finally:
            kg.close()
        curation.fold(act)
        changes = rewritten_files(graph_dir, curation, extra, focus)
        line = act_line(act)
        before = curation.path.read_text(encoding="utf-8") if curation.path.exists() else None
        save_undo(graph_dir, line, before, changes)
        write_record(curation.path, (before or "") + line + "\n", before)
        for path, (_, after, _, _) in changes.items():
            write_file(path, after)
    return act


def write_record(path: Path, text: str, before: str | None) -> None:
    from kgpart.store.files import write_atomic

    if before and not before.endswith("\n"):  # a hand-edited last line without its newline
        text = before + "\n" + text[len(before) :]
    write_atomic(path, text)


def write_file(path: Path, data: bytes) -> None:
    from kgpart.store.files import write_atomic

    write_atomic(path, data)


Change = tuple[bytes, bytes, list[ox.Quad], list[ox.Quad]]  # before, after, added, removed


def rewritten_files(
    graph_dir: Path, curation: Curation, extra: list[ox.Quad], focus: list[str]
) -> dict[Path, Change]:
    """The graph files the acts change, with their new content: only files that name one of the
    ``focus`` entities are read; ``extra`` quads go into the file that holds their graph."""
    from kgpart.store.folder import graph_files
    from kgpart.store.graph import parse_file, read_file

    marks = [iri.rsplit("/", 1)[-1].encode() for iri in focus]
    pending = list(extra)
    changes: dict[Path, Change] = {}
    for path in graph_files(graph_dir):
        data = read_file(path)
        if not any(mark in data for mark in marks):
            continue
        quads = parse_file(path)
        graphs = {q.graph_name for q in quads}
        here = [q for q in pending if q.graph_name in graphs]
        pending = [q for q in pending if q not in here]
        new = curation.apply([*quads, *here])
        if set(new) != set(quads):
            added = [q for q in new if q not in set(quads)]
            removed = [q for q in quads if q not in set(new)]
            changes[path] = (data, serialize_file(path, new), added, removed)
    return changes


def serialize_file(path: Path, quads: list[ox.Quad]) -> bytes:
    """A graph file's quads as kgpart writes them (TriG sorted, as ingest does; else its format)."""
    from kgpart.store.graph import file_format

    fmt = file_format(path)
    ordered = sorted(quads, key=str)
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in ordered]
        data = ox.serialize(
            triples, format=fmt, prefixes=WRITE_PREFIXES if fmt == ox.RdfFormat.TURTLE else None
        )
    else:
        data = ox.serialize(
            ordered, format=fmt, prefixes=WRITE_PREFIXES if fmt == ox.RdfFormat.TRIG else None
        )
    assert data is not None
    return data


# -- undo ----------------------------------------------------------------------------------------


class NothingToUndoError(KgpartError):
    """``kgpart entity undo`` with no act recorded (exit 1: nothing was undone)."""


def _undo_path(graph_dir: Path, line: str) -> Path:
    return graph_dir / UNDO_DIR / f"{hashlib.sha256(line.encode()).hexdigest()[:16]}.json"


def save_undo(graph_dir: Path, line: str, record_before: str | None, changes: dict[Path, Change]) -> None:
    """Keep what undoing this act needs: each file as it was, its content after, and the quads
    the act added and removed (to undo it in a file a later ingest rewrote)."""
    from kgpart.store.files import write_atomic

    folder = graph_dir / UNDO_DIR
    folder.mkdir(exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():  # local to this copy of the folder: git never sees it
        ignore.write_text("*\n", encoding="utf-8")
    files = {
        str(path.relative_to(graph_dir)): {
            "before": before.decode("utf-8"),
            "after": hashlib.sha256(after).hexdigest(),
            "added": [str(q) for q in added],
            "removed": [str(q) for q in removed],
        }
        for path, (before, after, added, removed) in changes.items()
    }
    record = {"act": line, "record_before": record_before, "files": files}
    write_atomic(_undo_path(graph_dir, line), json.dumps(record, ensure_ascii=False))


def undo_last(graph_dir: Path) -> dict[str, Any]:
    """Undo the last act of the record: the files it changed as they were (exactly, when nothing
    changed them since; else its added and removed statements reversed), the act taken out.

    Raises
    ------
    NothingToUndoError
        When the record holds no act.
    KgpartError
        When what undo needs was not kept here (the act was made elsewhere, or by hand).
    """
    from kgpart.store.files import graph_lock

    with graph_lock(graph_dir):
        path = graph_dir / CURATION_FILE
        acts = read_acts(path)
        if not acts:
            raise NothingToUndoError(f"nothing to undo: {path} records no correction")
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        last = max(i for i, line in enumerate(lines) if line.strip())
        line = lines[last]
        saved = _undo_path(graph_dir, line)
        try:
            record = json.loads(saved.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise KgpartError(
                f"cannot undo the last correction ({describe_act(acts[-1])}): what undo needs "
                f"({saved}) was not kept here; make the opposite correction instead"
            ) from None
        for name, info in record["files"].items():
            restore_file(graph_dir / name, info)
        before = record.get("record_before")
        if (
            before is not None
            and text == (before if before.endswith("\n") or not before else before + "\n") + line + "\n"
        ):
            write_file(path, before.encode("utf-8"))
        elif before is None and len([x for x in lines if x.strip()]) == 1:
            path.unlink()
        else:
            write_file(
                path, ("\n".join(lines[:last] + lines[last + 1 :]) + "\n").lstrip("\n").encode("utf-8")
            )
        saved.unlink()
    return acts[-1]


def restore_file(path: Path, info: dict[str, Any]) -> None:
    """One file as it was before an act (see :func:`undo_last`); a file gone since stays gone."""
    from kgpart.store.graph import parse_file, read_file

    if not path.exists():
        return
    data = read_file(path)
    if hashlib.sha256(data).hexdigest() == info["after"]:
        write_file(path, info["before"].encode("utf-8"))
        return
    added = set(_nquads(info["added"]))
    quads = [q for q in parse_file(path) if q not in added]
    quads += [q for q in _nquads(info["removed"]) if q not in set(quads)]
    write_file(path, serialize_file(path, quads))


def _nquads(lines: list[str]) -> list[ox.Quad]:
    if not lines:
        return []
    return list(ox.parse(("".join(f"{line} .\n" for line in lines)).encode(), format=ox.RdfFormat.N_QUADS))


def curate_conversion(curation: Curation, conversion: Any) -> None:
    """Apply the acts to what one article brings (a :class:`~kgpart.convert.Conversion`: its
    source graph's quads and its entities' descriptions), in place, before they are checked and
    written: the one place ingest and add apply curation."""
    if not curation.acts:
        return
    from kgpart.terms import ENTITIES_GRAPH

    entities_graph = ox.NamedNode(ENTITIES_GRAPH)
    given = [*conversion.quads, *conversion.entity_quads]
    for iri in sorted(curation.deleted_among(given, conversion.new_entities)):
        conversion.warnings.append(
            f"left out {short_iri(iri)}, deleted in {CURATION_FILE}, and the facts that would use it"
        )
    both = curation.apply(given, new=conversion.new_entities)
    conversion.quads = [q for q in both if q.graph_name != entities_graph]
    conversion.entity_quads = [q for q in both if q.graph_name == entities_graph]
    conversion.entity_quads += _countries_described(curation, conversion.entity_quads)
    described = {_iri(q.subject) for q in both}
    conversion.new_entities = [
        e for e in conversion.new_entities if e in described and curation.canonical(e) == e
    ]


def _countries_described(curation: Curation, quads: list[ox.Quad]) -> list[ox.Quad]:
    """Descriptions of the curated countries the quads point at that the graph does not know yet
    (a graph rebuilt from its articles), which the resolver then knows too."""
    resolver = curation.resolver
    if resolver is None:
        return []
    more = []
    for quad in quads:
        country = _iri(quad.object)
        if quad.predicate.value != COUNTRY or country in resolver.entities:
            continue
        found = resolver.country(country.rsplit("/", 1)[-1])
        if found is None or found.entity.iri != country:
            continue
        node, graph = ox.NamedNode(country), quad.graph_name
        more += [
            ox.Quad(node, ox.NamedNode(RDF_TYPE), ox.NamedNode(KGP_IRI + "Country"), graph),
            ox.Quad(node, ox.NamedNode(LABEL), ox.Literal(found.entity.label), graph),
            ox.Quad(node, ox.NamedNode(ISO_CODE), ox.Literal(found.entity.country or ""), graph),
        ]
    return more
