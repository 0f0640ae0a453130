"""Rewriting the graph files an act changes (atomically), and the record, as kgpart writes them."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kgpart.curation.state import Curation
from kgpart.store.index.rederive import FileEdit
from kgpart.store.source import GraphSource
from kgpart.terms import WRITE_PREFIXES

log = logging.getLogger(__name__)  # warnings reach the CLI through the "kgpart" logger


def write_record(path: Path, text: str, before: str | None) -> None:
    from kgpart.store.files import write_atomic

    if before and not before.endswith("\n"):  # a hand-edited last line without its newline
        text = before + "\n" + text[len(before) :]
    write_atomic(path, text)


def write_file(path: Path, data: bytes) -> None:
    from kgpart.store.files import write_atomic

    write_atomic(path, data)


Change = tuple[bytes, bytes, list[ox.Quad], list[ox.Quad]]  # before, after, added, removed


_DESCRIBED_IN = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e ?p ?o } FILTER(?p NOT IN (DERIVED)) }"
_NAMED_IN = """SELECT DISTINCT ?g WHERE {
  { GRAPH ?g { ?e ?p ?o } } UNION { GRAPH ?g { ?s ?p ?e } } FILTER(?p NOT IN (DERIVED))
}"""


def graphs_naming(kg: GraphSource, entities: Iterable[str], *, anywhere: bool) -> set[str]:
    """The named graphs where the entities are the subject of a statement (``anywhere``: or
    its object too), the network's derived edges aside (a hub is the subject of an edge in
    every source that names it)."""
    from kgpart.store.index.state import derived_predicates

    derived = ", ".join(f"<{p}>" for p in derived_predicates())
    text = (_NAMED_IN if anywhere else _DESCRIBED_IN).replace("DERIVED", derived)
    return {row["g"].value for iri in entities for row in kg.select(text, e=ox.NamedNode(iri))}


def files_holding(graph_dir: Path, graphs: set[str]) -> list[Path] | None:
    """The graph files (in :func:`graph_files` order) that hold one of the named ``graphs``, or
    the default graph or a blank-node graph (which hold no named graph to look for), as the
    index's manifest records them; ``None`` when there is no manifest describing the files as
    they are now (no index, or files changed since): then every file must be read."""
    from kgpart.store.folder import graph_file_stats
    from kgpart.store.index.state import DamagedIndexError, Manifest, index_dir
    from kgpart.store.index.trig_scan import BLANK_GRAPH, DEFAULT

    try:
        manifest = Manifest.read(index_dir(graph_dir) / "manifest.json")
    except DamagedIndexError:
        return None
    if manifest is None or manifest.state != "clean":
        return None
    stats = graph_file_stats(graph_dir)
    if len(stats) != len(manifest.files):
        return None
    wanted = graphs | {DEFAULT, BLANK_GRAPH}
    found = []
    for rel, (size, mtime_ns) in stats.items():
        record = manifest.files.get(rel)
        if record is None or (record["size"], record["mtime_ns"]) != (size, mtime_ns):
            return None
        if wanted.intersection(record["graphs"]):
            found.append(Path(graph_dir, rel))
    return found


def rewritten_files(
    graph_dir: Path,
    curation: Curation,
    extra: list[ox.Quad],
    focus: list[str],
    *,
    graphs: set[str] | None = None,
) -> dict[Path, Change]:
    """The graph files the acts change, with their new content: only files that name one of the
    ``focus`` entities are read (and, given the named ``graphs`` the acts can change, only the
    files the index says hold them); ``extra`` quads go into the file that holds their graph."""
    from kgpart.store.folder import graph_files
    from kgpart.store.graph import parse_file, read_file

    marks = [iri.rsplit("/", 1)[-1].encode() for iri in focus]
    pending = list(extra)
    changes: dict[Path, Change] = {}
    paths = files_holding(graph_dir, graphs) if graphs is not None else None
    for path in graph_files(graph_dir) if paths is None else paths:
        data = read_file(path)
        if not any(mark in data for mark in marks):
            continue
        quads = parse_file(path)
        held = {q.graph_name for q in quads}
        here = [q for q in pending if q.graph_name in held]
        pending = [q for q in pending if q not in here]
        new = curation.apply([*quads, *here])
        old_set, new_set = set(quads), set(new)
        if new_set != old_set:
            added = [q for q in new if q not in old_set]
            removed = [q for q in quads if q not in new_set]
            changes[path] = (data, serialize_file(path, new), added, removed)
            if _has_comments(data):
                log.warning(
                    "%s is rewritten as kgpart writes RDF: its comments and layout are not kept "
                    "(`kgpart entity undo` gives them back)",
                    path,
                )
    return changes


def _has_comments(data: bytes) -> bool:
    """Whether a graph file has comment lines (a hand-written one: kgpart writes none)."""
    return any(line.lstrip().startswith(b"#") for line in data.splitlines())


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


def file_edits(graph_dir: Path, changes: dict[Path, Change]) -> dict[str, FileEdit]:
    """What the rewritten files changed, by path relative to ``graph_dir``, for the index."""
    return {
        path.relative_to(graph_dir).as_posix(): FileEdit.of(before, after, added, removed)
        for path, (before, after, added, removed) in changes.items()
    }
