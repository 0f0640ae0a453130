"""Making an act: find the entities, refuse what cannot be done, rewrite the files it changes,
keep what undo needs and append the act to the record, all under the graph lock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgpart.curation.files import file_edits, graphs_naming, rewritten_files, write_file, write_record
from kgpart.curation.lookup import (
    ALT_LABEL,
    COUNTRY,
    ENTITY_CLASSES,
    ISO_CODE,
    LABEL,
    RDF_TYPE,
    entities_named,
    facts_using,
    find_entity,
    name_entity,
    short_iri,
)
from kgpart.curation.record import act_line, now_utc
from kgpart.curation.state import Curation
from kgpart.curation.undo import forget_old, save_undo
from kgpart.errors import OptionError
from kgpart.store.source import GraphSource
from kgpart.terms import ID_BASE, KGP_IRI
from kgpart.vocab import ORGANIZATION_CLASSES

log = logging.getLogger(__name__)  # warnings reach the CLI through the "kgpart" logger


class RefusedActError(OptionError):
    """A correction that cannot be made as asked (merge into itself, into another type): exit 2."""


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


def entry(kg: GraphSource, name: str, curation: Curation) -> Entry:
    """The entity ``name`` names, as :class:`Entry` (see :func:`find_entity` for what it raises)."""
    iri = find_entity(kg, name, merged=curation.canonical)
    view = name_entity(kg, iri)
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

    def build(kg: GraphSource, curation: Curation) -> tuple[dict[str, Any], list[ox.Quad], list[str]]:
        keep, drop = entry(kg, keep_name, curation), entry(kg, drop_name, curation)
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
            keep_type=drop.type if keep.type == "Organization" else keep.type,  # the more specific
            drop=short_iri(drop.iri),
            drop_label=drop.label,
            drop_aliases=drop.aliases,
        )
        _warn_collapsing(kg, keep, drop)
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


def _warn_collapsing(kg: GraphSource, keep: Entry, drop: Entry) -> None:
    """Say which facts name both entities: after the merge they name one twice (a meeting of
    one party), which the shapes may refuse; a person decides what they were."""
    both = sorted({f for f, _, _ in facts_using(kg, keep.iri)} & {f for f, _, _ in facts_using(kg, drop.iri)})
    if both:
        shown = ", ".join(short_iri(f) for f in both[:3]) + (", ..." if len(both) > 3 else "")
        log.warning(
            "%d fact(s) name both %s and %s, and after the merge name one entity twice: %s "
            "(run `kgpart validate`; correct or retract their sources if they break the shapes)",
            len(both),
            short_iri(keep.iri),
            short_iri(drop.iri),
            shown,
        )


def rename_entity(graph_dir: Path, name: str, label: str) -> dict[str, Any]:
    """Give an entity another label; the old one stays an alias, so articles still find it."""

    def build(kg: GraphSource, curation: Curation) -> tuple[dict[str, Any], list[ox.Quad], list[str]]:
        found = entry(kg, name, curation)
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

    def build(kg: GraphSource, curation: Curation) -> tuple[dict[str, Any], list[ox.Quad], list[str]]:
        found = entry(kg, name, curation)
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

    def build(kg: GraphSource, curation: Curation) -> tuple[dict[str, Any], list[ox.Quad], list[str]]:
        found = entry(kg, name, curation)
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

    def build(kg: GraphSource, curation: Curation) -> tuple[dict[str, Any], list[ox.Quad], list[str]]:
        found = entry(kg, name, curation)
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
    rows = entities_named(kg, name)
    others = sorted({(r["e"].value, r["label"].value) for r in rows if r["e"].value != iri})
    if others:
        shown = ", ".join(f"{short_iri(e)} ({label})" for e, label in others)
        raise RefusedActError(f"{name!r} already names {shown}: merge them, or remove it there first")


Builder = Callable[[GraphSource, Curation], tuple[dict[str, Any], list[ox.Quad], list[str]]]


def perform(graph_dir: Path, build: Builder) -> dict[str, Any]:
    """Check and make one act under the graph lock: the record of acts first read (a malformed
    one stops everything), the act built from the graph as it is, the files it changes
    rewritten, what undo needs kept, and the act appended to the record."""
    from kgpart.store.files import graph_lock
    from kgpart.store.graph import KnowledgeGraph
    from kgpart.store.index.build import update_index

    with graph_lock(graph_dir):
        curation = Curation.load(graph_dir)
        kg = KnowledgeGraph.open(graph_dir)
        try:
            act, extra, focus = build(kg, curation)
            # the graphs that can change: where the entities are described (and, for a merge or
            # a delete, named at all), so only their files are read, not every file
            graphs = graphs_naming(kg, focus, anywhere=act["act"] in ("merge", "delete"))
        finally:
            kg.close()
        curation.fold(act)
        changes = rewritten_files(graph_dir, curation, extra, focus, graphs=graphs)
        line = act_line(act)
        before = curation.path.read_text(encoding="utf-8") if curation.path.exists() else None
        save_undo(graph_dir, line, before, changes)
        write_record(curation.path, (before or "") + line + "\n", before)
        for path, (_, after, _, _) in changes.items():
            write_file(path, after)
        forget_old(graph_dir)
        update_index(
            graph_dir, file_edits(graph_dir, changes)
        )  # in place, while no other writer can change the files
    return act
