"""Rewriting the graph files an act changes (atomically), and the record, as kgpart writes them."""

from __future__ import annotations

import logging
from pathlib import Path

import pyoxigraph as ox

from kgpart.curation.state import Curation
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
