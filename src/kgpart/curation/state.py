"""What the recorded acts amount to (:class:`Curation`), applied to a resolver and to quads: the
one place every ingest and add applies curation (:func:`curate_conversion`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgpart.curation.lookup import (
    ALT_LABEL,
    COUNTRY,
    ENTITY_CLASSES,
    EVIDENCE,
    FACT_CLASSES,
    ISO_CODE,
    LABEL,
    RDF_TYPE,
    UNIT_OF,
    EntityView,
    describe_entity,
    find_entity,
    full_iri,
    kind_of,
    short_iri,
)
from kgpart.curation.record import CURATION_FILE, describe_act, read_acts
from kgpart.ids import normalise_name
from kgpart.terms import KGP_IRI

_LABEL, _ALT_LABEL, _COUNTRY = ox.NamedNode(LABEL), ox.NamedNode(ALT_LABEL), ox.NamedNode(COUNTRY)
# What a dropped entity's own description says that the kept one says for itself.
_OWN = {RDF_TYPE, COUNTRY, ISO_CODE, UNIT_OF}


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
        """The entity an IRI stands for now, following merges (a chain ends: a loop is cut).

        >>> c = Curation(Path("graph/curation.jsonl"), merged={"a": "b", "b": "c"})
        >>> c.canonical("a"), c.canonical("z")
        ('c', 'z')
        """
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
            for name, kept in self.aliases.pop(drop, {}).items():  # what earlier acts said of it
                names.setdefault(name, kept)
            for name in (act["drop_label"], *act.get("drop_aliases", [])):
                names[name] = True
            if act.get("keep_label"):  # a label is not an alias too
                names[act["keep_label"]] = False
                self.kept[keep] = (act["keep_label"], act.get("keep_type") or "")
            if act.get("keep_type"):  # an entity typed only as an organisation takes the other's class
                self.types[keep] = act["keep_type"]
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

    def acts_about(self, iri: str) -> list[str]:
        """The acts about an entity (or an entity merged into it), each in words with its time."""
        about = []
        for act in self.acts:
            named = [act.get("entity"), act.get("keep"), act.get("drop")]
            if any(n and self.canonical(full_iri(n)) == iri for n in named):
                about.append(f"{act['at']} {describe_act(act)}")
        return about

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
        # A statement about an entity no act names, pointing at no entity merged away, is kept
        # as it is (what _rewrite gives it): the reference graph holds 116k at 1M triples.
        touched = {*self.merged, *self.labels, *self.aliases, *self.types, *self.countries}
        merged = self.merged
        out: list[ox.Quad] = []
        for quad in quads:
            s, o = quad.subject, quad.object
            if (isinstance(s, ox.NamedNode) and s.value in touched) or (
                isinstance(o, ox.NamedNode) and o.value in merged
            ):
                out += self._rewrite(quad)
            else:
                out.append(quad)
        if deleted:
            out = _without(out, deleted)
        out += self._completed(out)
        labels = {(q.subject, q.object) for q in out if q.predicate == _LABEL}
        seen: set[ox.Quad] = set()
        result = []
        for quad in out:  # an alias that is the entity's label, or said twice, once
            if quad in seen or (quad.predicate == _ALT_LABEL and (quad.subject, quad.object) in labels):
                continue
            seen.add(quad)
            result.append(quad)
        return result

    def _completed(self, quads: list[ox.Quad]) -> list[ox.Quad]:
        """What a curated entity's description lacks, where it is described (its label's graph):
        the aliases and the country the acts gave it (a graph rebuilt from its articles has them)."""
        have: set[object] | None = None  # the subjects that have a country
        more = []
        for quad in quads:
            if quad.predicate != _LABEL:
                continue
            entity = _iri(quad.subject)
            if not entity or (entity not in self.aliases and entity not in self.countries):
                continue
            for name, kept in sorted(self.aliases.get(entity, {}).items()):
                if kept and name != self.labels.get(entity, _text(quad.object)):
                    more.append(
                        ox.Quad(quad.subject, ox.NamedNode(ALT_LABEL), ox.Literal(name), quad.graph_name)
                    )
            country = self.countries.get(entity)
            if country and have is None:
                have = {q.subject for q in quads if q.predicate == _COUNTRY}
            if country and quad.subject not in (have or ()):
                more.append(
                    ox.Quad(quad.subject, ox.NamedNode(COUNTRY), ox.NamedNode(country), quad.graph_name)
                )
        return more

    def deleted_among(self, quads: list[ox.Quad], new: Iterable[str] = ()) -> set[str]:
        """The deleted entities the quads name: by their IRI, or just minted (``new``) under a
        name a deleted entity had."""
        found = set()
        if self.deleted:
            named = {_iri(q.subject) for q in quads} | {_iri(q.object) for q in quads}
            found = self.deleted & named
        return found | self._rejected_among(quads, set(new))

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


def entity_view(kg: Any, name: str, curation: Curation | None = None) -> EntityView:
    """What ``kgpart entity show`` prints: the entity ``name`` names (an IRI merged away leads to
    the entity kept) described, with the corrections the record holds about it."""
    iri = find_entity(kg, name, merged=curation.canonical if curation else None)
    view = describe_entity(kg, iri)
    view.corrections = curation.acts_about(iri) if curation else []
    return view
