"""Open a graph folder through its index, building or updating the index first when files changed.

See ``state.py`` for the layout, the locking and why derived edges are recomputed whole.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import itertools
import logging
import os
import re
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, cast
from urllib.parse import quote_from_bytes

import pyoxigraph as ox

from kgpart.errors import GraphFileError, IndexLockedError, OutputError
from kgpart.store.derive import derive_network
from kgpart.store.files import process_alive
from kgpart.store.folder import graph_file_names, graph_file_stats, graph_files
from kgpart.store.graph import file_format, load_bytes, load_vocabulary, parse_file, read_file
from kgpart.store.index.rederive import FileEdit, apply_edits, post_quads, rederive
from kgpart.store.index.state import (
    INDEX_ENV,
    DamagedIndexError,
    IndexLock,
    IndexMode,
    Manifest,
    changed_files,
    choose_mode,
    derived_predicates,
    file_record,
    index_dir,
    listing_digest,
    read_summary,
    reset_folder,
    snapshot_problem,
    snapshot_record,
    store_problem,
    store_record,
    vocabulary_signature,
    write_summary,
)
from kgpart.store.index.trig_scan import BLANK_GRAPH, DEFAULT, graph_key, trig_graphs
from kgpart.terms import ONTOLOGY_GRAPH, TOPICS_GRAPH

log = logging.getLogger(__name__)  # warnings reach the CLI through the "kgpart" logger

# Below this many bytes of files (~50k triples) reading the files beats any index.
SMALL_BYTES = 5_000_000
# Threads loading files: Oxigraph parses outside its write lock with the GIL released, so
# parsing runs on every core while the inserts take turns.
LOAD_THREADS = max(1, min(4, os.cpu_count() or 1))
# Quads given to RocksDB's bulk loader at once: at 370k triples, all at once peaked 330 MB above
# the in-memory store, parts of 100k quads 125 MB, in the same time.
BULK_QUADS = 200_000


def open_indexed(graph_dir: Path, mode: IndexMode | None = None) -> tuple[ox.Store | None, IndexLock | None]:
    """A store for ``graph_dir`` through its index, and the lock it holds (on-disk stores only).

    Returns ``(None, None)`` when the graph should simply be read from its files: it is small
    and no mode was asked for, the index folder cannot be created, or the index is locked by
    another process (logged as a warning).
    """
    asked = mode or os.environ.get(INDEX_ENV) or "auto"
    stats = graph_file_stats(graph_dir)  # listed once: the size here, the freshness below
    if asked == "auto" and sum(size for size, _ in stats.values()) < SMALL_BYTES:
        return None, None
    chosen = choose_mode(graph_dir, mode)
    try:
        index_dir(graph_dir).mkdir(exist_ok=True)
    except OSError:
        return None, None  # a read-only graph folder (an installed package): no index, read the files
    try:
        if chosen == "disk":
            return _open_disk(graph_dir, stats)
        return _open_memory(graph_dir, stats), None
    except IndexLockedError as exc:
        log.warning(f"{exc}; reading the graph files into memory instead")
        return None, None
    except (OSError, OutputError) as exc:  # graph files fail as GraphFileError: this is the index
        log.warning(_unwritable(index_dir(graph_dir), exc))
        return None, None


def update_index(graph_dir: Path, edits: dict[str, FileEdit] | None = None) -> bool:
    """Bring the on-disk index of ``graph_dir`` in line with its files now, in place (after a write).

    Only the graphs of files that changed are reloaded and derived again (milliseconds to a
    second at a million triples), so the next command opens a fresh index instead of updating it.
    Returns whether it did: nothing is done when the folder has no on-disk index (small graphs,
    or a memory snapshot: the next open updates those), when another process holds the index (a
    reader, or a rebuild: the next open updates it), or when the index would have to be rebuilt
    whole or cannot be read (damaged, another vocabulary: the next open rebuilds it and says so).
    A graph file that cannot be read is left for the next open to report. ``edits`` (by path
    relative to ``graph_dir``) say what a writer changed in files, applied as diffs where they
    hold (see ``rederive.apply_edits``).
    """
    folder = index_dir(graph_dir)
    manifest_path, location = folder / "manifest.json", folder / "store"
    try:
        manifest = Manifest.read(manifest_path)
    except DamagedIndexError:
        return False
    if manifest is None or manifest.store is None or store_problem(location, manifest.store):
        return False
    lock = IndexLock(folder)
    try:
        lock.acquire(exclusive=True, wait=0)
        manifest = Manifest.read(manifest_path)  # as it is now that no one else writes it
        damage = _Damage()
        if manifest is None or manifest.store is None or not _store_matches(location, manifest, damage):
            return False
        updated = _update_disk_in_place(graph_dir, location, manifest_path, manifest, damage, edits)
        if damage.found:  # said once here; without a manifest the next open rebuilds it silently
            reset_folder(manifest_path)
        return updated
    except (IndexLockedError, DamagedIndexError, GraphFileError):
        return False
    except (OSError, OutputError) as exc:
        log.warning(_unwritable(folder, exc))
        return False
    finally:
        lock.release()


def _unwritable(folder: Path, exc: OSError | OutputError) -> str:
    """One line for an index that cannot be written (a full disk, a file size limit)."""
    reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0].rsplit(": ", 1)[-1]
    reason = re.sub(r" \(os error \d+\)$", "", reason)  # how Rust's io::Error ends its text
    return f"cannot write the index {folder} ({reason}); the graph was read from its files this time"


def _out_of_room(exc: BaseException) -> bool:
    """Whether ``exc`` says the disk (or a quota or file size limit) has no room, however worded."""
    codes = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    return getattr(exc, "errno", None) in codes or any(os.strerror(c) in str(exc) for c in codes)


def _remove_dead_temporaries(folder: Path) -> None:
    """Remove ``.snapshot.<pid>.tmp`` files of builds whose process is gone (killed, or out of room)."""
    for path in folder.glob(".snapshot.*.tmp"):
        pid = path.name.split(".")[2]
        if pid.isdigit() and not process_alive(int(pid)):
            path.unlink(missing_ok=True)


def _fresh(
    graph_dir: Path, manifest: Manifest | None, stats: dict[str, tuple[int, int]] | None = None
) -> bool:
    """Whether the index was built from the files as they are (same names, sizes and times).

    A file whose time moved but not its content is not fresh here: the update that follows finds
    it unchanged by its hash and records its new time.
    """
    if manifest is None or manifest.state != "clean" or manifest.vocabulary != vocabulary_signature():
        return False
    stats = graph_file_stats(graph_dir) if stats is None else stats
    if len(stats) != len(manifest.files):
        return False
    for rel, (size, mtime_ns) in stats.items():
        old = manifest.files.get(rel)
        if old is None or old["size"] != size or old["mtime_ns"] != mtime_ns:
            return False
    return True


class _Damage:
    """The damage found while opening one index: said once, however often it is met."""

    def __init__(self) -> None:
        self.found = False

    def say(self, path: Path, problem: str) -> None:
        if not self.found:
            problem = problem if len(problem) <= 160 else problem[:157] + "..."
            log.warning(f"the index {path} is corrupt ({problem}); rebuilding it from the graph files")
        self.found = True

    def manifest(self, path: Path) -> Manifest | None:
        """The manifest at ``path``; ``None`` (said, if damaged) when there is none to trust."""
        if self.found:
            return None  # something is already damaged: everything is rebuilt
        try:
            return Manifest.read(path)
        except DamagedIndexError as exc:
            self.say(exc.path, exc.problem)
            return None


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0]


def _open_memory(graph_dir: Path, stats: dict[str, tuple[int, int]]) -> ox.Store:
    folder = index_dir(graph_dir)
    snapshot, manifest_path = folder / "snapshot.nq", folder / "manifest.json"
    damage = _Damage()
    lock = IndexLock(folder)
    try:
        lock.acquire(exclusive=False)
        manifest = damage.manifest(manifest_path)
        if _fresh(graph_dir, manifest, stats):
            store = _load_snapshot(snapshot, manifest, damage)
            if store is not None:
                return store
        lock.release()
        lock = IndexLock(folder)
        lock.acquire(exclusive=True)
        manifest = damage.manifest(manifest_path)
        store = _load_snapshot(snapshot, manifest, damage)
        if store is not None and _fresh(graph_dir, manifest):
            return store  # another process brought it up to date while we waited
        if store is None:
            store, manifest = ox.Store(), None
        _build_snapshot(store, graph_dir, manifest)
        return store
    finally:
        lock.release()


def _build_snapshot(store: ox.Store, graph_dir: Path, manifest: Manifest | None) -> None:
    """Bring ``store`` up to date and write it as the snapshot; on a full disk, only say so."""
    folder = index_dir(graph_dir)
    snapshot, manifest_path = folder / "snapshot.nq", folder / "manifest.json"
    _remove_dead_temporaries(folder)
    tmp = folder / f".snapshot.{os.getpid()}.tmp"
    dumped: list[bool] = []
    failed: list[OSError] = []

    def derive(store: ox.Store) -> None:
        try:
            derive_and_dump(store, tmp)
        except OSError as exc:  # only the dump failed: the network is derived all the same
            failed.append(exc)
        dumped.append(True)

    manifest = refresh(store, graph_dir, manifest, derive=derive)
    try:
        if failed:
            raise failed[0]
        if not dumped:  # nothing changed (a file touched, not edited): the snapshot as it is
            store.dump(output=str(tmp), format=ox.RdfFormat.N_QUADS)
        manifest.snapshot, manifest.store = snapshot_record(tmp), None
        reset_folder(folder / "store")  # an on-disk store the manifest no longer describes
        if snapshot.is_dir():
            reset_folder(snapshot)  # damage: a folder where the snapshot goes
        os.replace(tmp, snapshot)
        manifest.write(manifest_path)
    except (OSError, OutputError) as exc:  # the store is built: answer from it, keep no litter
        tmp.unlink(missing_ok=True)
        log.warning(_unwritable(folder, exc))


def _load_snapshot(path: Path, manifest: Manifest | None, damage: _Damage) -> ox.Store | None:
    """The snapshot in a store, if the manifest describes one and it is what the manifest says."""
    if manifest is None or manifest.snapshot is None:
        return None  # never built (or built on disk): built now, nothing to say
    problem = snapshot_problem(path, manifest.snapshot)
    if problem is None:
        store = ox.Store()
        try:
            # lenient: the snapshot is our own dump of IRIs the files' load already validated, and
            # checking every IRI again took a third of the reopen (6.0 -> 4.1 s CPU at 1M triples).
            store.load(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=True)
            return store
        except (SyntaxError, OSError, ValueError) as exc:
            problem = _first_line(exc)
    damage.say(path, problem)
    return None


# On-disk indexes this process opened: RocksDB finds a damaged data block only when a query
# reads it, long after the open checked the store's files against its manifest.
_OPENED_ON_DISK: list[Path] = []


def forget_damaged_index(exc: BaseException) -> Path | None:
    """If ``exc`` is RocksDB reporting corruption, drop the manifest of the on-disk index in use.

    The next run then rebuilds that index from the graph files (it is a cache). Returns the
    index folder, or ``None`` when ``exc`` is not about a damaged index.
    """
    if "Corruption:" not in str(exc) or not _OPENED_ON_DISK:
        return None
    folder = _OPENED_ON_DISK[-1]
    (folder / "manifest.json").unlink(missing_ok=True)
    return folder


def _open_disk(graph_dir: Path, stats: dict[str, tuple[int, int]]) -> tuple[ox.Store, IndexLock]:
    store, lock = _open_disk_store(graph_dir, stats)
    _OPENED_ON_DISK.append(index_dir(graph_dir))
    return store, lock


def _open_disk_store(graph_dir: Path, stats: dict[str, tuple[int, int]]) -> tuple[ox.Store, IndexLock]:
    folder = index_dir(graph_dir)
    location, manifest_path = folder / "store", folder / "manifest.json"
    damage = _Damage()
    lock = IndexLock(folder)
    try:
        lock.acquire(exclusive=False)
        if _fresh_by_summary(location, manifest_path, stats):
            try:
                return ox.Store.read_only(str(location)), lock
            except (OSError, RuntimeError):  # said below, where the manifest is read
                pass
        manifest = damage.manifest(manifest_path)
        if _fresh(graph_dir, manifest, stats) and _store_matches(location, manifest, damage):
            assert manifest is not None
            try:
                store = ox.Store.read_only(str(location))
            except (OSError, RuntimeError) as exc:  # RocksDB reports corruption as RuntimeError
                damage.say(location, _first_line(exc))
            else:
                if read_summary(manifest_path) is None:  # for the readers after this one: the
                    write_summary(manifest, manifest_path)  # shared lock keeps writers out
                return store, lock
        lock.release()
        lock = IndexLock(folder)
        lock.acquire(exclusive=True)
        _update_disk(graph_dir, location, manifest_path, damage)
        try:
            store = ox.Store.read_only(str(location))
        except RuntimeError as exc:  # a damaged block the update did not read: built afresh
            if "Corruption" not in str(exc) or damage.found:
                raise
            damage.say(location, _first_line(exc))
            _build_disk(graph_dir, location, manifest_path, damage)
            store = ox.Store.read_only(str(location))
        lock.acquire(exclusive=False)  # downgrade: readers may join, rebuilders wait for us
        return store, lock
    except BaseException:
        lock.release()
        raise


def _fresh_by_summary(location: Path, manifest_path: Path, stats: dict[str, tuple[int, int]]) -> bool:
    """:func:`_fresh` and :func:`_store_matches` from the manifest's summary, without reading the
    manifest (0.09 s of CPU at 1M triples); ``False`` whenever the summary cannot tell (then the
    manifest is read, and any damage said)."""
    summary = read_summary(manifest_path)
    return (
        summary is not None
        and summary["state"] == "clean"
        and summary["vocabulary"] == vocabulary_signature()
        and summary["store"] is not None
        and summary["listing"] == listing_digest(stats)
        and store_problem(location, summary["store"]) is None
    )


def _store_matches(location: Path, manifest: Manifest | None, damage: _Damage) -> bool:
    if manifest is None or manifest.store is None:
        return False  # never built on disk (or built as a snapshot): built now, nothing to say
    problem = store_problem(location, manifest.store)
    if problem is not None:
        damage.say(location, problem)
    return problem is None


def _update_disk(graph_dir: Path, location: Path, manifest_path: Path, damage: _Damage) -> None:
    """Bring the on-disk store in line with the files: in place where only some files changed,
    else built afresh (in memory first, then written in one bulk load)."""
    manifest = damage.manifest(manifest_path)
    matches = _store_matches(location, manifest, damage)
    if (
        manifest is not None
        and matches
        and _update_disk_in_place(graph_dir, location, manifest_path, manifest, damage)
    ):
        return
    _build_disk(graph_dir, location, manifest_path, damage)


def _update_disk_in_place(
    graph_dir: Path,
    location: Path,
    manifest_path: Path,
    manifest: Manifest,
    damage: _Damage,
    edits: dict[str, FileEdit] | None = None,
) -> bool:
    """Reload the graphs of changed files in the on-disk store; ``False`` when it must be rebuilt."""
    if manifest.state != "clean" or manifest.vocabulary != vocabulary_signature():
        return False
    changed, removed = changed_files(graph_dir, graph_file_names(graph_dir), manifest)
    if not changed and not removed:
        manifest.write(manifest_path)  # new times of touched files, so they are not hashed again
        return True
    store = _writable_store(location, damage)
    if damage.found:
        return False  # it was corrupt and is now empty: built afresh

    def mark_dirty() -> None:  # a crash from here on makes the next open rebuild it all
        Manifest(manifest.vocabulary, "updating").write(manifest_path)  # no files: all is rebuilt

    try:
        # a writer's known edits as diffs (see rederive.apply_edits), else the graphs reloaded
        diffed = (
            bool(edits)
            and not removed
            and apply_edits(store, graph_dir, manifest, changed, edits or {}, before_change=mark_dirty)
        )
        updated = diffed or update_graphs(
            store, graph_dir, manifest, changed, removed, before_change=mark_dirty
        )
        store.flush()
    except RuntimeError as exc:  # RocksDB met a bad checksum while updating: rebuild it all
        if "Corruption" not in str(exc):
            raise
        damage.say(location, _first_line(exc))
        updated = False
    except (OSError, OutputError):  # out of room: a half-updated store is litter that holds the space
        del store
        gc.collect()
        reset_folder(location)
        reset_folder(manifest_path)
        raise
    del store
    gc.collect()  # close RocksDB before reopening read-only
    if updated:
        _record_disk(location, manifest, manifest_path)
    return updated


def _build_disk(graph_dir: Path, location: Path, manifest_path: Path, damage: _Damage) -> None:
    """Build the on-disk store afresh: the files loaded and derived in memory (several times faster
    than RocksDB transactions), then written to disk by Oxigraph's bulk loader."""
    memory = ox.Store()
    manifest = full_build(memory, graph_dir, graph_files(graph_dir), vocabulary_signature())
    reset_folder(manifest_path)  # from here on the old store is gone: no manifest may describe it
    reset_folder(location)
    store = _writable_store(location, damage)
    try:
        quads = iter(memory)  # in parts: the bulk loader holds all it is given in memory at once
        while part := list(itertools.islice(quads, BULK_QUADS)):
            store.bulk_extend(part)
        store.flush()
        # The bulk loader leaves overlapping files: compacted, a query at 1M triples reads half as
        # much (partners_of of the hub 0.59 -> 0.30 s) for 3-7 s more of a 50-90 s build. Before
        # the manifest records the .sst files: compacting replaces them.
        store.optimize()
    except (OSError, OutputError):  # out of room: a half-built store is litter that holds the space
        del store
        gc.collect()
        reset_folder(location)
        raise
    del store, memory
    gc.collect()  # close RocksDB before reopening read-only
    _record_disk(location, manifest, manifest_path)


def _record_disk(location: Path, manifest: Manifest, manifest_path: Path) -> None:
    manifest.snapshot, manifest.store = None, store_record(location)
    reset_folder(location.parent / "snapshot.nq")  # a snapshot the manifest no longer describes
    manifest.write(manifest_path)


def _writable_store(location: Path, damage: _Damage) -> ox.Store:
    """The on-disk store opened for writing; if it is corrupt, said, removed and made empty."""
    try:
        return ox.Store(str(location))
    except (OSError, RuntimeError) as exc:
        # RocksDB's own lock: "While lock file: .../LOCK: Resource temporarily unavailable"
        # (not any message with "lock" in it: "block checksum mismatch" is corruption)
        if isinstance(exc, OSError) and "lock file" in str(exc).lower():
            raise IndexLockedError(f"the index {location} is in use by another program ({exc})") from exc
        if _out_of_room(exc):
            reset_folder(location)
            raise
        damage.say(location, _first_line(exc))
        reset_folder(location)
        return ox.Store(str(location))


def refresh(
    store: ox.Store,
    graph_dir: Path,
    manifest: Manifest | None,
    *,
    before_change: Callable[[], None] | None = None,
    derive: Callable[[ox.Store], None] = derive_network,
    threads: int | None = None,
) -> Manifest:
    """Bring ``store`` in line with the files: all of it, or only the graphs of changed files.

    ``before_change`` is called once the changed files have parsed, just before the store changes;
    ``derive`` (when anything changed) to derive the network once the files are in.
    """
    signature = vocabulary_signature()
    files = graph_files(graph_dir)
    if manifest is None or manifest.state != "clean" or manifest.vocabulary != signature:
        if before_change is not None:
            before_change()
        return full_build(store, graph_dir, files, signature, derive=derive, threads=threads)
    changed, removed = changed_files(graph_dir, files, manifest)
    if (changed or removed) and not update_graphs(
        store, graph_dir, manifest, changed, removed, before_change=before_change
    ):
        # a blank-node graph changed
        return full_build(store, graph_dir, files, signature, derive=derive, threads=threads)
    return manifest


def full_build(
    store: ox.Store,
    graph_dir: Path,
    files: list[Path],
    signature: str,
    *,
    derive: Callable[[ox.Store], None] = derive_network,
    threads: int | None = None,
) -> Manifest:
    """Load every file and the vocabulary into an emptied store, then derive the network.

    Each file goes straight into the store in Rust, one transaction per file (its blank nodes
    its own), from ``threads`` threads (default ``LOAD_THREADS``); its graph names come from its
    layout (see :func:`trig_graphs`), so its quads never become Python objects.
    """
    store.clear()
    load_vocabulary(store)
    manifest = Manifest(signature, "clean")
    manifest.files.update(load_files(store, graph_dir, files, threads=threads))
    _check_graphs(store, graph_dir, manifest)
    derive(store)
    return manifest


def load_files(
    store: ox.Store, graph_dir: Path, files: list[Path], *, threads: int | None = None
) -> dict[str, dict[str, object]]:
    """Load ``files`` into ``store``; their manifest records by relative path.

    Raises the :class:`GraphFileError` of the first broken file (in ``files`` order); the files
    before it may then be in the store.
    """
    records: list[tuple[str, dict[str, object]] | None] = [None] * len(files)
    errors: dict[int, BaseException] = {}
    bases = _BaseIris()

    def work(first: int) -> None:
        for i in range(first, len(files), count):
            if errors and min(errors) < i:
                return
            try:
                records[i] = _load_one(store, graph_dir, files[i], bases)
            except BaseException as exc:  # re-raised in the calling thread
                errors[i] = exc
                return

    count = threads or LOAD_THREADS
    helpers = [threading.Thread(target=work, args=(n,)) for n in range(1, count)]
    for helper in helpers:
        helper.start()
    work(0)
    for helper in helpers:
        helper.join()
    if errors:
        raise errors[min(errors)]
    return dict(r for r in records if r is not None)


def _load_one(
    store: ox.Store, graph_dir: Path, path: Path, bases: _BaseIris
) -> tuple[str, dict[str, object]]:
    name = os.fspath(path)
    st = os.lstat(name)
    if stat.S_ISLNK(st.st_mode):
        st = os.stat(name)
        base = path.resolve().as_uri()
    else:
        base = bases.of(path)
    data = read_file(path)
    load_bytes(store, path, data, base_iri=base)
    fmt = file_format(path)
    graphs: set[str] | None
    if fmt == ox.RdfFormat.TRIG:
        graphs = trig_graphs(data, base)
    elif fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
        graphs = {DEFAULT}  # may be empty of triples: naming a graph a file lacks is harmless
    else:
        graphs = None
    if graphs is None:
        graphs = _record_graphs(parse_file(path, base_iri=base))
    record = {
        "size": st.st_size,
        "mtime_ns": st.st_mtime_ns,
        "sha256": hashlib.sha256(data).hexdigest(),
        "graphs": sorted(graphs),
    }
    return bases.relative(path, graph_dir), record


class _BaseIris:
    """``path.resolve().as_uri()`` (``path`` no symlink) for many files, resolving each folder once."""

    def __init__(self) -> None:
        self.folders: dict[Path, str] = {}
        self.lock = threading.Lock()

    def of(self, path: Path) -> str:
        with self.lock:
            folder = self.folders.get(path.parent)
            if folder is None:
                folder = path.parent.resolve().as_uri()
                folder = self.folders[path.parent] = folder if folder.endswith("/") else folder + "/"
        return folder + quote_from_bytes(os.fsencode(path.name))

    @staticmethod
    def relative(path: Path, graph_dir: Path) -> str:
        """``path.relative_to(graph_dir).as_posix()``, without building paths."""
        name, top = os.fspath(path), os.fspath(graph_dir).rstrip(os.sep) + os.sep
        if os.sep == "/" and name.startswith(top):
            return name[len(top) :]
        return path.relative_to(graph_dir).as_posix()


def _check_graphs(store: ox.Store, graph_dir: Path, manifest: Manifest) -> None:
    """Every graph in the store must be named by some file's record; if not, read the names exactly."""
    named = {g for r in manifest.files.values() for g in r["graphs"]}
    vocabulary = {ONTOLOGY_GRAPH, TOPICS_GRAPH}
    present = {graph_key(g) for g in store.named_graphs()} - vocabulary
    if present <= named:
        return
    for rel, record in manifest.files.items():  # pragma: no cover - a layout the scanner misread
        record["graphs"] = sorted(_record_graphs(parse_file(graph_dir / rel)))


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
) -> bool:
    """Drop the graphs of changed and removed files, reload every file holding those graphs, and
    derive the network edges of those graphs again (see ``rederive.py``).

    Every changed file is parsed before the store is touched, so a broken file raises
    :class:`GraphFileError` and leaves the index as it was. Returns ``False``, the store
    untouched, when a graph named by a blank node is involved: it cannot be dropped by name,
    so the caller rebuilds everything.
    """
    parsed = {rel: parse_file(graph_dir / rel) for rel in changed}
    affected = {g for rel in changed + removed for g in manifest.files.get(rel, {}).get("graphs", [])}
    affected |= {g for rel in changed for g in _record_graphs(parsed[rel])}
    # Every file holding an affected graph is reloaded whole, so every graph it holds is affected
    # too (else its quads elsewhere, blank nodes renamed, would be added twice): to a fixed point.
    reload: set[str] = set()
    grew = True
    while grew:
        grew = False
        for rel, record in manifest.files.items():
            graphs = set(record["graphs"])
            if rel not in parsed and rel not in removed and rel not in reload and affected & graphs:
                reload.add(rel)
                grew |= not graphs <= affected
                affected |= graphs
    if BLANK_GRAPH in affected:
        return False
    for rel in sorted(reload):
        parsed[rel] = parse_file(graph_dir / rel)  # shares a graph with a changed file
    if before_change is not None:
        before_change()
    named = affected - {DEFAULT}  # the rules read and write named graphs only
    changed_quads = post_quads(store, named)
    for name in affected:
        store.remove_graph(ox.DefaultGraph() if name == DEFAULT else ox.NamedNode(name))
    for rel, quads in parsed.items():
        store.extend(quads)
        changed_quads += quads
        manifest.files[rel] = _record(graph_dir / rel, quads)
    for rel in removed:
        del manifest.files[rel]
    rederive(store, named, changed_quads)
    return True


def derive_and_dump(store: ox.Store, path: Path) -> None:
    """Derive the network into ``store`` and write the whole store to ``path`` as N-Quads.

    The dump reads a snapshot of the store, so it runs in a second thread while the rules write
    (both in Rust, the GIL released); the derived quads are then appended from one SPARQL query
    whose TSV results are N-Quads once each row ends in " ." (the dump's snapshot may already
    hold some of them: a quad twice in the file is one in the store).
    """
    failed: list[BaseException] = []

    def dump() -> None:
        try:
            store.dump(output=str(path), format=ox.RdfFormat.N_QUADS)
        except BaseException as exc:  # re-raised below
            failed.append(exc)

    thread = threading.Thread(target=dump)
    thread.start()
    try:
        derive_network(store)
    finally:
        thread.join()
    if failed:
        raise failed[0]
    predicates = " ".join(f"<{p}>" for p in derived_predicates())
    where = f"VALUES ?p {{ {predicates} }} GRAPH ?g {{ ?s ?p ?o }}"
    terms = store.query(f"SELECT ?s ?p ?o ?g {{ {where} FILTER(!isLiteral(?o)) }}")
    literals = store.query(f"SELECT ?s ?p ?o ?g {{ {where} FILTER(isLiteral(?o)) }}")
    assert isinstance(terms, ox.QuerySolutions) and isinstance(literals, ox.QuerySolutions)
    with open(path, "ab") as out:
        terms.serialize(cast(IO[bytes], _NQuadsFromTsv(out)), format=ox.QueryResultsFormat.TSV)
        # TSV writes "1"^^xsd:integer as 1: literal objects (if a rule ever yields one) the slow way
        quads = [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in literals]
        out.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")


class _NQuadsFromTsv:
    """A binary writer turning SPARQL TSV results (``?s ?p ?o ?g``, no literal) into N-Quads.

    TSV writes IRIs and blank nodes as N-Quads does, so past the header line each tab becomes a
    space and each row ends in " ." : byte for byte, whatever the chunks the writer is given.
    """

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.in_header = True

    def write(self, data: bytes) -> int:
        size = len(data)
        if self.in_header:
            end = data.find(b"\n")
            if end < 0:
                return size
            self.in_header, data = False, data[end + 1 :]
        self.out.write(bytes(data).replace(b"\t", b" ").replace(b"\n", b" .\n"))
        return size

    def flush(self) -> None:
        self.out.flush()


def _record_graphs(quads: list[ox.Quad]) -> set[str]:
    return {graph_key(g) for g in {q.graph_name for q in quads}}
