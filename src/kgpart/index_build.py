"""Open a graph folder through its index, building or updating the index first when files changed.

See ``index.py`` for the layout, the locking and why derived edges are recomputed whole.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from .derive import derive_network
from .index import (
    INDEX_ENV,
    IndexLock,
    IndexLockedError,
    IndexMode,
    Manifest,
    changed_files,
    choose_mode,
    derived_predicates,
    file_record,
    index_dir,
    reset_folder,
    vocabulary_signature,
    warn,
)
from .locations import graph_files
from .store import load_vocabulary, parse_file

# Below this many bytes of files (~50k triples) reading the files beats any index.
SMALL_BYTES = 5_000_000
_DEFAULT = "DEFAULT"


def open_indexed(graph_dir: Path, mode: IndexMode | None = None) -> tuple[ox.Store | None, IndexLock | None]:
    """A store for ``graph_dir`` through its index, and the lock it holds (on-disk stores only).

    Returns ``(None, None)`` when the graph should simply be read from its files: it is small
    and no mode was asked for, the index folder cannot be created, or the index is locked by
    another process (said on stderr).
    """
    asked = mode or os.environ.get(INDEX_ENV) or "auto"
    if asked == "auto" and sum(p.stat().st_size for p in graph_files(graph_dir)) < SMALL_BYTES:
        return None, None
    chosen = choose_mode(graph_dir, mode)
    try:
        index_dir(graph_dir).mkdir(exist_ok=True)
    except OSError:
        return None, None  # a read-only graph folder (an installed package): no index, read the files
    try:
        if chosen == "disk":
            return _open_disk(graph_dir)
        return _open_memory(graph_dir), None
    except IndexLockedError as exc:
        warn(f"{exc}; reading the graph files into memory instead")
        return None, None


def _fresh(graph_dir: Path, manifest: Manifest | None) -> bool:
    if manifest is None or manifest.state != "clean" or manifest.vocabulary != vocabulary_signature():
        return False
    changed, removed = changed_files(graph_dir, graph_files(graph_dir), manifest)
    return not changed and not removed


def _open_memory(graph_dir: Path) -> ox.Store:
    folder = index_dir(graph_dir)
    snapshot, manifest_path = folder / "snapshot.nq", folder / "manifest.json"
    lock = IndexLock(folder)
    try:
        lock.acquire(exclusive=False)
        if _fresh(graph_dir, Manifest.read(manifest_path)):
            store = _load_snapshot(snapshot)
            if store is not None:
                return store
        lock.release()
        lock = IndexLock(folder)
        lock.acquire(exclusive=True)
        manifest = Manifest.read(manifest_path)
        store = _load_snapshot(snapshot) if manifest is not None else None
        if store is not None and _fresh(graph_dir, manifest):
            return store  # another process brought it up to date while we waited
        if store is None:
            store, manifest = ox.Store(), None
        manifest = refresh(store, graph_dir, manifest)
        tmp = folder / f".snapshot.{os.getpid()}.tmp"
        store.dump(output=str(tmp), format=ox.RdfFormat.N_QUADS)
        os.replace(tmp, snapshot)
        manifest.write(manifest_path)
        return store
    finally:
        lock.release()


def _load_snapshot(path: Path) -> ox.Store | None:
    if not path.exists():
        return None
    store = ox.Store()
    try:
        store.load(path=str(path), format=ox.RdfFormat.N_QUADS)
    except (SyntaxError, OSError, ValueError) as exc:
        warn(f"the index {path} is corrupt ({str(exc).splitlines()[0]}); rebuilding it from the graph files")
        return None
    return store


def _open_disk(graph_dir: Path) -> tuple[ox.Store, IndexLock]:
    folder = index_dir(graph_dir)
    location, manifest_path = folder / "store", folder / "manifest.json"
    lock = IndexLock(folder)
    try:
        lock.acquire(exclusive=False)
        if _fresh(graph_dir, Manifest.read(manifest_path)):
            try:
                return ox.Store.read_only(str(location)), lock
            except (OSError, RuntimeError) as exc:  # RocksDB reports corruption as RuntimeError
                warn(f"the index {location} is corrupt ({exc}); rebuilding it from the graph files")
        lock.release()
        lock = IndexLock(folder)
        lock.acquire(exclusive=True)
        _update_disk(graph_dir, location, manifest_path)
        lock.acquire(exclusive=False)  # downgrade: readers may join, rebuilders wait for us
        return ox.Store.read_only(str(location)), lock
    except BaseException:
        lock.release()
        raise


def _update_disk(graph_dir: Path, location: Path, manifest_path: Path) -> None:
    manifest = Manifest.read(manifest_path)
    try:
        store = ox.Store(str(location))
    except (OSError, RuntimeError) as exc:
        if "lock" in str(exc).lower():
            raise IndexLockedError(f"the index {location} is in use by another program ({exc})") from exc
        warn(f"the index {location} is corrupt ({exc}); rebuilding it from the graph files")
        reset_folder(location)
        store, manifest = ox.Store(str(location)), None

    def mark_dirty() -> None:  # a crash from here on makes the next open rebuild it all
        if manifest is not None:
            Manifest(manifest.vocabulary, "updating", manifest.files).write(manifest_path)

    manifest = refresh(store, graph_dir, manifest, before_change=mark_dirty)
    store.flush()
    del store
    gc.collect()  # close RocksDB before reopening read-only
    manifest.write(manifest_path)


def refresh(
    store: ox.Store,
    graph_dir: Path,
    manifest: Manifest | None,
    *,
    before_change: Callable[[], None] | None = None,
) -> Manifest:
    """Bring ``store`` in line with the files: all of it, or only the graphs of changed files.

    ``before_change`` is called once the changed files have parsed, just before the store changes.
    """
    signature = vocabulary_signature()
    files = graph_files(graph_dir)
    if manifest is None or manifest.state != "clean" or manifest.vocabulary != signature:
        if before_change is not None:
            before_change()
        return full_build(store, graph_dir, files, signature)
    changed, removed = changed_files(graph_dir, files, manifest)
    if changed or removed:
        update_graphs(store, graph_dir, manifest, changed, removed, before_change=before_change)
    return manifest


def full_build(store: ox.Store, graph_dir: Path, files: list[Path], signature: str) -> Manifest:
    """Load every file and the vocabulary into an emptied store, then derive the network."""
    store.clear()
    load_vocabulary(store)
    manifest = Manifest(signature, "clean")
    for path in files:
        quads = parse_file(path)
        store.extend(quads)
        manifest.files[path.relative_to(graph_dir).as_posix()] = _record(path, quads)
    derive_network(store)
    return manifest


def _record(path: Path, quads: list[ox.Quad]) -> dict[str, object]:
    return {**file_record(path), "graphs": sorted(_record_graphs(quads))}


def update_graphs(
    store: ox.Store,
    graph_dir: Path,
    manifest: Manifest,
    changed: list[str],
    removed: list[str],
    *,
    before_change: Callable[[], None] | None = None,
) -> None:
    """Drop the graphs of changed and removed files, reload every file holding those graphs, re-derive.

    Every changed file is parsed before the store is touched, so a broken file raises
    :class:`GraphFileError` and leaves the index as it was.
    """
    parsed = {rel: parse_file(graph_dir / rel) for rel in changed}
    affected = {g for rel in changed + removed for g in manifest.files.get(rel, {}).get("graphs", [])}
    affected |= {g for rel in changed for g in _record_graphs(parsed[rel])}
    for rel, record in manifest.files.items():
        if rel not in parsed and rel not in removed and affected & set(record["graphs"]):
            parsed[rel] = parse_file(graph_dir / rel)  # shares a graph with a changed file
    if before_change is not None:
        before_change()
    _drop_derived(store)
    for name in affected:
        store.remove_graph(ox.DefaultGraph() if name == _DEFAULT else ox.NamedNode(name))
    for rel, quads in parsed.items():
        store.extend(quads)
        manifest.files[rel] = _record(graph_dir / rel, quads)
    for rel in removed:
        del manifest.files[rel]
    derive_network(store)


def _record_graphs(quads: list[ox.Quad]) -> set[str]:
    names = {q.graph_name for q in quads}
    return {g.value if isinstance(g, ox.NamedNode) else _DEFAULT for g in names}


def _drop_derived(store: ox.Store) -> None:
    # The network edges are never typed into files (DESIGN: derived, never typed in twice), so
    # every quad with a derived predicate came from a rule and is recomputed after the reload.
    for predicate in derived_predicates():
        store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{predicate}> ?o }} }}")
