"""The queryable graph: the graph folder's files loaded into Oxigraph, with the network derived.

The files under ``graph/`` are the truth; this module loads them into Oxigraph, adds the
ontology and the topic scheme as named graphs of their own (so labels of classes and topics
resolve), and derives the network edges from the detail (see ``derive.py``). Small graphs are
read from their files each time; bigger ones through the index in ``graph/.index/`` (see
``index/``), which is updated only where files changed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kgpart.errors import GraphFileError
from kgpart.store.folder import (
    GraphOwners,
    check_indexed_graph_owners,
    graph_files,
    ontology_dir,
    resolve_graph_dir,
)
from kgpart.store.source import QueryAnswer, Row, Term, select_rows

if TYPE_CHECKING:
    from kgpart.store.index.state import IndexMode
from kgpart.terms import ONTOLOGY_GRAPH, PREFIXES, TOPICS_GRAPH

_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
}


class KnowledgeGraph:
    """A graph folder loaded into an Oxigraph store, ready for SPARQL.

    Examples
    --------
    >>> kg = KnowledgeGraph.open()          # the shipped graph
    >>> len(kg) > 0
    True
    """

    def __init__(self, store: ox.Store, *, graph_dir: Path | None = None, lock: Any = None) -> None:
        self.store = store
        self.graph_dir = graph_dir
        self._lock = lock  # a shared IndexLock, held while a read-only on-disk store is open

    @classmethod
    def open(
        cls, graph: str | Path | None = None, *, derive: bool = True, index: IndexMode | None = None
    ) -> KnowledgeGraph:
        """Load a graph folder (see ``resolve_graph_dir``) with the ontology and topic scheme.

        ``index`` is ``"memory"`` (an in-memory store restored from ``graph/.index``), ``"disk"``
        (an on-disk store there, opened read-only) or ``"auto"`` (by size: small graphs straight
        from their files, then memory, then disk); the default is ``$KGPART_INDEX`` or ``"auto"``.
        Without ``derive`` the files are read as they are, with no index.
        """
        graph_dir = resolve_graph_dir(graph)
        if derive:
            from kgpart.store.index.build import open_indexed

            store, lock = open_indexed(graph_dir, index)
            if store is not None:
                kg = cls(store, graph_dir=graph_dir, lock=lock)
                try:
                    check_indexed_graph_owners(graph_dir)  # a copy of a file: one graph, two files
                except BaseException:
                    kg.close()
                    raise
                return kg
        kg = cls.from_files(graph_files(graph_dir), derive=derive)
        kg.graph_dir = graph_dir
        return kg

    def close(self) -> None:
        """Release the index lock (an on-disk store holds it while open); the object is unusable after."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @classmethod
    def from_files(cls, files: Iterable[Path], *, derive: bool = True) -> KnowledgeGraph:
        """Load the given RDF files (and the vocabulary) into a fresh in-memory store."""
        store = ox.Store()
        load_vocabulary(store)
        owners = GraphOwners()  # a copy of a file: one of kgpart's graphs in two files
        for path in files:
            data = read_file(path)
            load_bytes(store, path, data)
            owners.add(path, data=data)
        kg = cls(store)
        if derive:
            from kgpart.store.derive import derive_network

            derive_network(store)
        return kg

    def __len__(self) -> int:
        return len(self.store)

    def query(self, sparql: str, *, substitutions: Mapping[ox.Variable, Term] | None = None) -> QueryAnswer:
        """Run SPARQL with kgpart's prefixes and the union of all graphs as the default graph.

        ``substitutions`` binds variables to RDF terms (Oxigraph's SEP-0007 support), so values
        never need to be pasted into the query text. Raises ``SyntaxError`` on bad SPARQL.
        """
        from kgpart.query.bind import bind_values

        # VALUES rather than Oxigraph's substitutions, which evaluate the query unbound first.
        return self.store.query(
            bind_values(sparql, substitutions or {}), prefixes=PREFIXES, use_default_graph_as_union=True
        )

    def select(self, sparql: str, **bindings: Term) -> list[Row]:
        """The rows of a SELECT query (variable name -> term), with ``bindings`` bound by name."""
        return select_rows(self, sparql, bindings)

    def fact_graphs(self) -> list[str]:
        """IRIs of the named graphs that hold facts (everything but the vocabulary)."""
        vocab = {ONTOLOGY_GRAPH, TOPICS_GRAPH}
        return sorted(g.value for g in self.store.named_graphs() if g.value not in vocab)

    def quads(self, *, include_vocabulary: bool = False) -> Iterator[ox.Quad]:
        """Every quad of the facts (and of the vocabulary when asked)."""
        vocab = {ONTOLOGY_GRAPH, TOPICS_GRAPH}
        for quad in self.store:
            if include_vocabulary or getattr(quad.graph_name, "value", None) not in vocab:
                yield quad


def load_vocabulary(store: ox.Store) -> None:
    """Add the ontology and the topic scheme, each as a named graph of its own."""
    folder = ontology_dir()
    load_file(store, folder / "kgpart.ttl", graph=ox.NamedNode(ONTOLOGY_GRAPH))
    load_file(store, folder / "topics.ttl", graph=ox.NamedNode(TOPICS_GRAPH))


def load_file(store: ox.Store, path: Path, *, graph: ox.NamedNode | None = None) -> None:
    """Parse one RDF file into the store, naming the file and line of any syntax error.

    The store parses the whole file before inserting any of it (a broken file leaves nothing
    half-loaded) and gives its blank nodes fresh names, so two files never share one.
    """
    fmt = file_format(path)
    if graph is not None and fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        store.extend(parse_file(path, graph=graph))  # force every quad of a dataset into ``graph``
        return
    load_bytes(store, path, read_file(path), to_graph=graph)


def load_bytes(
    store: ox.Store,
    path: Path,
    data: bytes,
    *,
    base_iri: str | None = None,
    to_graph: ox.NamedNode | None = None,
) -> None:
    """Load ``data``, the content of ``path``, into the store in one transaction (in Rust, GIL released)."""
    try:
        store.load(
            data,
            format=file_format(path),
            base_iri=base_iri or path.resolve().as_uri(),
            to_graph=to_graph,
        )
    except SyntaxError as exc:
        raise _syntax_error(path, exc) from exc
    except MemoryError as exc:
        raise _too_long(path) from exc


def file_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a graph file, by its extension."""
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphFileError(path, f"unsupported file type {path.suffix!r} (use .trig, .ttl, .nt or .nq)")
    return fmt


def read_file(path: Path) -> bytes:
    """The bytes of a graph file, or :class:`GraphFileError`; a device or a pipe is refused (a
    symlink to /dev/zero would be read until memory ran out)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # opening a named pipe must not block
        with os.fdopen(fd, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise GraphFileError(path, "cannot read: Is a directory")
            if not stat.S_ISREG(mode):
                raise GraphFileError(path, "cannot read: not a regular file (a device or a pipe?)")
            return handle.read()
    except OSError as exc:
        raise GraphFileError(path, f"cannot read: {exc.strerror or exc}") from exc


def _too_long(path: Path) -> GraphFileError:
    # Oxigraph's parser raises MemoryError("Reached the buffer maximal size of 16777216") on a
    # single token (a literal, an IRI) or line longer than its buffer, whatever memory is free.
    return GraphFileError(
        path, "cannot read: a literal, IRI or line over 16777216 bytes, more than the RDF parser reads"
    )


def _syntax_error(path: Path, exc: SyntaxError) -> GraphFileError:
    message = str(exc).splitlines()[0] if str(exc) else "syntax error"
    return GraphFileError(path, message, line=exc.lineno)


def parse_file(
    path: Path, *, graph: ox.NamedNode | None = None, base_iri: str | None = None
) -> list[ox.Quad]:
    """The quads of one RDF file (into ``graph`` if given), naming the file and line of any error.

    Blank nodes get fresh names at each call, as :func:`load_file` gives them: two files (or two
    reads of one file) never share a blank node.
    """
    fmt = file_format(path)
    data = read_file(path)
    try:
        quads = list(
            ox.parse(data, format=fmt, base_iri=base_iri or path.resolve().as_uri(), rename_blank_nodes=True)
        )
    except SyntaxError as exc:
        raise _syntax_error(path, exc) from exc
    except MemoryError as exc:
        raise _too_long(path) from exc
    if graph is not None:
        quads = [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]
    return quads
