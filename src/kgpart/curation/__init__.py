"""Curation: a person's corrections to the entities of a graph folder, kept so they last.

A graph built from many articles needs a person to merge two IRIs of one entity, rename one,
add or remove an alias, fix its type or country, or delete a junk entity. Each act is applied
to the graph files when it is made (the affected files rewritten atomically under the graph
lock) and recorded in ``graph/curation.jsonl``; every later ``ingest`` and ``add`` applies the
recorded acts again to what an article brings (:meth:`Curation.prepare` gives the resolver the
curated names, :func:`curate_conversion` rewrites a source's quads right before they are
checked and written), so a merged name resolves to the kept entity forever, a renamed entity keeps its
label, and a deleted one does not come back: its IRI and its names are remembered as rejected,
and the facts of a new article that use it are left out.

The record is JSON Lines: one act a line, each with its UTC time. It is under version control
with the rest of the folder and is meant to be read (and, with care, edited) by a person: a
line-per-act file gives one-line diffs, an error names the line at fault, and appending never
rewrites earlier acts. RDF would do, but a correction is not a fact about the world, and a
Turtle file in the folder would be loaded into the graph as one. What ``undo`` needs (the
affected files as they were) is kept beside it in ``.curation-undo/``, which git ignores.

The modules: ``lookup`` (an entity by name, alias or IRI; ``entity show``), ``record`` (the
file of acts), ``state`` (what the acts amount to, applied to a resolver and to quads),
``acts`` (making one), ``files`` (rewriting graph files), ``undo``.
"""

from __future__ import annotations

from kgpart.curation.acts import (
    RefusedActError,
    alias_entity,
    delete_entity,
    merge_entities,
    rename_entity,
    set_entity,
    writable_graph_dir,
)
from kgpart.curation.lookup import (
    AmbiguousNameError,
    EntityView,
    describe_entity,
    expand_entity_iri,
    facts_using,
    find_entity,
    kind_of,
    short_iri,
)
from kgpart.curation.record import CURATION_FILE, check_act, describe_act, read_acts
from kgpart.curation.state import Curation, curate_conversion, entity_view, load_curation
from kgpart.curation.undo import UNDO_DIR, NothingToUndoError, undo_last

__all__ = [
    "CURATION_FILE",
    "UNDO_DIR",
    "AmbiguousNameError",
    "Curation",
    "EntityView",
    "NothingToUndoError",
    "RefusedActError",
    "alias_entity",
    "check_act",
    "curate_conversion",
    "delete_entity",
    "describe_act",
    "describe_entity",
    "entity_view",
    "expand_entity_iri",
    "facts_using",
    "find_entity",
    "kind_of",
    "load_curation",
    "merge_entities",
    "read_acts",
    "rename_entity",
    "set_entity",
    "short_iri",
    "undo_last",
    "writable_graph_dir",
]
