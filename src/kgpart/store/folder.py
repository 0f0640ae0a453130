"""Where the ontology and the graph folder are: one place that knows the layout."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pyoxigraph import NamedNode

from kgpart.errors import KgpartError
from kgpart.terms import ID_BASE

# The package ships the project's ontology/ and graph/ under data/ (links in a source checkout).
_PACKAGE_DATA = Path(__file__).resolve().parent.parent / "data"

GRAPH_ENV = "KGPART_GRAPH"
KGPART_GRAPHS = ID_BASE + "graph/"  # the graphs kgpart writes, each to a file of its own
INDEX_DIRNAME = ".index"
RDF_SUFFIXES = (".trig", ".ttl", ".nq", ".nt")


def ontology_dir() -> Path:
    """The folder holding ``kgpart.ttl``, ``shapes.ttl`` and ``topics.ttl``."""
    return _PACKAGE_DATA / "ontology"


def shipped_graph_dir() -> Path:
    """The curated graph that ships with kgpart."""
    return _PACKAGE_DATA / "graph"


def resolve_graph_dir(graph: str | Path | None = None, *, must_exist: bool = True) -> Path:
    """Pick the graph folder: the argument, else ``$KGPART_GRAPH``, else ``./graph``, else the shipped one.

    Raises
    ------
    KgpartError
        If an explicitly named folder does not exist (and ``must_exist``).
    """
    chosen = graph or os.environ.get(GRAPH_ENV)
    if chosen:
        path = Path(chosen).expanduser()
        if must_exist and not path.is_dir():
            raise KgpartError(f"graph folder not found: {path}")
        return path
    local = Path.cwd() / "graph"
    if local.is_dir() and any(local.glob("**/*.trig")):
        return local
    return shipped_graph_dir()


def graph_files(graph_dir: Path) -> list[Path]:
    """The RDF files of a graph folder, in a stable order, ignoring the index and hidden folders."""
    return [Path(graph_dir, *rel.split("/")) for rel, _ in _graph_entries(graph_dir)]


def graph_file_names(graph_dir: Path) -> list[str]:
    """The paths :func:`graph_files` lists, as strings: no ``Path`` built per file (17,771 at 1M
    triples, 0.15 s at every index update)."""
    return [entry.path for _, entry in _graph_entries(graph_dir)]


def graph_file_stats(graph_dir: Path) -> dict[str, tuple[int, int]]:
    """The size and modification time (ns) of each file :func:`graph_files` lists, in its order,
    by its path relative to ``graph_dir`` (with "/"): what tells whether an index is still fresh.

    Each file stat'ed from its directory entry, as listed: it runs at every open of an index
    (17,771 files at 1M triples).
    """
    found: dict[str, tuple[int, int]] = {}
    for rel, entry in _graph_entries(graph_dir):
        st = entry.stat()  # follows a symlink, as os.stat does
        found[rel] = (st.st_size, st.st_mtime_ns)
    return found


def _graph_entries(graph_dir: Path) -> list[tuple[str, os.DirEntry[str]]]:
    """Each graph file's path relative to ``graph_dir`` (with "/") and directory entry, in the
    order of their paths' parts: each folder's entries sorted by name, a folder's files right
    after the folder's own name.

    Hidden folders (the index holds ~20k files at 1M triples) are never entered, and folders
    reached through symlinks are; a folder named like a file is listed, so reading it is
    reported. A folder that cannot be read is passed over, as ``os.walk`` does.
    """
    found: list[tuple[str, os.DirEntry[str]]] = []

    def walk(folder: str, prefix: str) -> None:
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            if name.endswith(RDF_SUFFIXES):
                found.append((prefix + name, entry))
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                walk(entry.path, prefix + name + "/")

    walk(os.fspath(graph_dir), "")
    return found


# What a new graph folder starts with: a reference file to curate (its presence makes ./graph
# the folder the commands read), sources/ for the articles, and an ignore file for git.
_NEW_REFERENCE = """# The curated reference entities of this graph (countries, institutions, people, their aliases).
# `kgpart ingest` writes what articles introduce to entities.trig and one file per article under
# sources/; add here by hand only what no article says.
@prefix kgp: <https://w3id.org/kgpart/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""
_NEW_GITIGNORE = f"{INDEX_DIRNAME}/\n.kgpart.lock\n"


def init_graph_dir(folder: str | Path) -> Path:
    """Start an empty graph folder: ``reference.trig`` (no entities yet) and ``sources/``.

    Raises
    ------
    KgpartError
        When ``folder`` exists and holds anything, or cannot be created.

    Examples
    --------
    >>> sorted(p.name for p in init_graph_dir("new-graph").iterdir())
    ['.gitignore', 'reference.trig', 'sources']
    """
    path = Path(folder).expanduser()
    if path.exists() and not path.is_dir():
        raise KgpartError(f"cannot start a graph in {path}: it is a file")
    if path.is_dir() and any(path.iterdir()):
        raise KgpartError(f"cannot start a graph in {path}: it is not empty")
    try:
        (path / "sources").mkdir(parents=True, exist_ok=True)
        (path / ".gitignore").write_text(_NEW_GITIGNORE, encoding="utf-8")
        (path / "reference.trig").write_text(_NEW_REFERENCE, encoding="utf-8")
    except OSError as exc:
        raise KgpartError(f"cannot start a graph in {path}: {exc.strerror or exc}") from exc
    return path


class GraphOwners:
    """Which file holds each of kgpart's graphs: a second file holding one is an error naming both.

    kgpart writes each of its graphs (a source's, the entities', the reference) to one file, and
    ``retract`` and a re-ingest remove or replace that file: a copy elsewhere would keep its
    triples while every check passes (the copies' triples merge). A user's own graphs (other
    IRIs) may span files, as TriG allows.
    """

    def __init__(self) -> None:
        self.owner: dict[str, Path] = {}

    def add(self, path: Path, graphs: Iterable[str] | None = None, *, data: bytes | None = None) -> None:
        """Note the graphs ``path`` holds (scanned from ``data``, its bytes, or the file when not given).

        Raises
        ------
        KgpartError
            When another file already holds one of them.
        """
        found = scanned_graphs(path, data) if graphs is None else graphs
        for graph in sorted(g for g in found if g.startswith(KGPART_GRAPHS)):
            first = self.owner.setdefault(graph, path)
            if first == path or graph not in exact_graphs(path):
                continue  # the scan may name a graph whose block is empty: the parse decides
            if graph not in exact_graphs(first):
                self.owner[graph] = path
                continue
            raise KgpartError(
                f"the graph <{graph}> is in two files, {first} and {path}: one graph, one file (remove the copy)"
            )


def scanned_graphs(path: Path, data: bytes | None = None) -> set[str]:
    """The named graphs of a graph file (``data``: its bytes, if read), by the index's quick scan,
    or exactly when the scan cannot tell."""
    from kgpart.store.index.trig_scan import trig_graphs

    suffix = path.suffix.lower()
    if suffix in (".ttl", ".nt"):
        return set()
    if suffix == ".trig":
        try:
            # absolute, not resolved: a base only relative graph IRIs need, without a syscall per part
            found = trig_graphs(path.read_bytes() if data is None else data, path.absolute().as_uri())
        except OSError:
            found = None  # the parse names the problem
        if found is not None:
            return found
    return exact_graphs(path)


def exact_graphs(path: Path) -> set[str]:
    """The named graphs a graph file has quads in (a full parse)."""
    from kgpart.store.graph import parse_file

    graphs = (q.graph_name for q in parse_file(path))
    return {g.value for g in graphs if isinstance(g, NamedNode)}


def check_graph_owners(files: Iterable[Path]) -> None:
    """Refuse two files holding one of kgpart's graphs (see :class:`GraphOwners`).

    Raises
    ------
    KgpartError
        Naming the graph and both files.
    """
    owners = GraphOwners()
    for path in files:
        owners.add(path)


def names_a_graph_twice(records: Iterable[Mapping[str, Any]]) -> bool:
    """Whether one of kgpart's graphs is among the ``"graphs"`` of two of a manifest's file
    records (then :class:`GraphOwners` says which files)."""
    seen: set[str] = set()
    for record in records:
        for graph in record.get("graphs") or ():
            if graph.startswith(KGPART_GRAPHS):
                if graph in seen:
                    return True
                seen.add(graph)
    return False


def check_indexed_graph_owners(graph_dir: Path) -> None:
    """:func:`check_graph_owners` from the graphs the index's manifest records for each file."""
    from kgpart.store.index.state import DamagedIndexError, Manifest, index_dir, read_summary

    manifest_path = index_dir(graph_dir) / "manifest.json"
    summary = read_summary(manifest_path)  # what a warm open trusted, without the manifest
    if summary is not None and not summary["graph_in_two_files"]:
        return
    try:  # the open that just trusted the index has read the manifest: this process's copy of it
        manifest = Manifest.read(manifest_path, to_change=False)
    except DamagedIndexError:
        return
    if manifest is None:
        return
    files = manifest.files
    if not names_a_graph_twice(files.values()):  # nothing to check
        return
    owners = GraphOwners()
    for rel, record in sorted(files.items()):
        owners.add(graph_dir / rel, record.get("graphs") or ())
