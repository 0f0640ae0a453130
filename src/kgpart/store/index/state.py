"""The index of a graph folder in ``graph/.index/``: rebuilt from the files, only where they changed.

The files are the truth; the index is a cache that can always be thrown away. It holds the
files' quads, the vocabulary and the derived network, in one of two forms:

- ``snapshot.nq``: the whole derived store as N-Quads, loaded into an in-memory Oxigraph store
  (fastest queries; about 0.4 GB per million triples);
- ``store/``: an on-disk Oxigraph (RocksDB) store, opened read-only, for graphs beyond memory.

``manifest.json`` records each file's size, modification time, hash and named graphs, and the
form it was built into: the snapshot's size and CRC-32, or the size of each of the store's
``.sst`` files. Before an index is trusted it is checked against this record (the snapshot read
once more, the store's files only listed: a graph too large for memory is not read whole at each
open; RocksDB checks its blocks' checksums as it reads them). Beside it, ``fresh.json`` sums the
manifest up for a reader (see :func:`read_summary`), so that a warm open need not parse the
3.7 MB manifest of a million triples. When files
change, only the named graphs they hold are dropped and reloaded; the derived edges are then
recomputed over the whole store, because a rule joins across graphs (a meeting in one source,
the posts of its people in the reference graph) and a change in one graph can add or retract
edges in another. Deriving costs about 2 s per million triples; reloading everything costs 3x more.

Concurrency: an exclusive ``flock`` on ``.index/lock`` serialises rebuilds; readers take it
shared, for as long as they read (the whole life of a read-only on-disk store). A corrupt index
(or a damaged manifest) is reported once (a warning on the ``kgpart`` logger, which the CLI
shows on stderr) and rebuilt; a
locked one (another process rebuilding, or serving it) is reported and the graph loaded in memory
from the files. The graph files are never written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import time
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from kgpart.errors import IndexLockedError, KgpartError, OutputError
from kgpart.store.folder import INDEX_DIRNAME, names_a_graph_twice, ontology_dir

IndexMode = Literal["auto", "memory", "disk"]
INDEX_ENV = "KGPART_INDEX"
WAIT_ENV = "KGPART_INDEX_WAIT"
MANIFEST_VERSION = 2  # 2: the snapshot's or the store's record
SUMMARY_NAME = "fresh.json"
SUMMARY_VERSION = 1


class DamagedIndexError(Exception):
    """A part of the index is not what its manifest says (never leaves the index: it is rebuilt)."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path, self.problem = path, problem
        super().__init__(f"the index {path} is corrupt ({problem})")


@dataclass
class Manifest:
    """What the index was built from (per file, its stat, hash and graphs) and into what."""

    vocabulary: str = ""
    state: str = "clean"
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    snapshot: dict[str, int] | None = None  # size and crc32 of snapshot.nq, when built into one
    store: dict[str, int] | None = None  # the size of each .sst file of store/, when built into it

    @classmethod
    def read(cls, path: Path, *, to_change: bool = True) -> Manifest | None:
        """The manifest at ``path``; ``None`` if there is none, or one of another kgpart version.
        With ``to_change=False`` the caller only reads it, and may get the very object this
        process read before (no copy of 17,771 records at 1M triples).

        Raises
        ------
        DamagedIndexError
            When ``path`` holds something else than a manifest this version wrote in full.
        """
        try:
            st = os.stat(path)
            key = (st.st_ino, st.st_size, st.st_mtime_ns)
            cached = _READ.get(os.fspath(path))
            if cached is not None and cached[0] == key:  # read before in this process, unchanged
                return cached[1].copy() if to_change else cached[1]
            data = json.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except OSError as exc:  # a folder where the manifest should be
            raise DamagedIndexError(path, exc.strerror or str(exc)) from None
        except ValueError:
            raise DamagedIndexError(path, "not JSON") from None
        if (
            isinstance(data, dict)
            and isinstance(data.get("version"), int)
            and data["version"] != MANIFEST_VERSION
        ):
            return None  # an older format: rebuilt without a word
        problem = _manifest_problem(data)
        if problem:
            raise DamagedIndexError(path, problem)
        manifest = cls(data["vocabulary"], data["state"], data["files"], data["snapshot"], data["store"])
        _READ[os.fspath(path)] = (key, manifest.copy())
        return manifest

    def copy(self) -> Manifest:
        """A copy whose file records can be changed without changing this one's."""
        files = {rel: {**record, "graphs": list(record["graphs"])} for rel, record in self.files.items()}
        snapshot = None if self.snapshot is None else dict(self.snapshot)
        store = None if self.store is None else dict(self.store)
        return Manifest(self.vocabulary, self.state, files, snapshot, store)

    def write(self, path: Path) -> None:
        """Write atomically: a crash leaves the old manifest or the new one, never half of one."""
        from kgpart.store.files import write_atomic

        # No summary may outlive the manifest it sums up (a crash before the new one is written).
        summary = path.parent / SUMMARY_NAME
        if summary.is_dir():
            reset_folder(summary)
        summary.unlink(missing_ok=True)
        if path.is_dir():
            reset_folder(path)  # damage: a folder where the manifest goes
        doc = {
            "version": MANIFEST_VERSION,
            "vocabulary": self.vocabulary,
            "state": self.state,
            "files": self.files,
            "snapshot": self.snapshot,
            "store": self.store,
        }
        # No indent: json then uses its C encoder (0.14 s -> 0.04 s CPU for 17,771 files).
        write_atomic(path, json.dumps(doc, sort_keys=True, separators=(",", ":")))
        write_summary(self, path)


def listing_digest(stats: Mapping[str, tuple[int, int]]) -> str:
    """A hash of the graph files' names, sizes and times (``{relative path: (size, mtime_ns)}``).

    Two listings have the same digest exactly when they name the same files with the same sizes
    and times: what :func:`~kgpart.store.index.build._fresh` compares one by one.
    """
    parts = [f"{rel}\0{size}\0{mtime_ns}\0" for rel, (size, mtime_ns) in sorted(stats.items())]
    return hashlib.sha256("".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def _manifest_key(path: Path) -> list[int]:
    """What identifies one written manifest: a new one is renamed into place, so has another inode."""
    st = os.stat(path)
    return [st.st_ino, st.st_size, st.st_mtime_ns]


def write_summary(manifest: Manifest, path: Path) -> None:
    """Write ``fresh.json`` beside the manifest at ``path``, summing it up for :func:`read_summary`.

    Written after the manifest (which :meth:`Manifest.write` removes it before), and tied to
    that manifest's inode, size and time: a summary of any other manifest is never read. A
    summary that cannot be written is only said nowhere: its readers read the manifest instead.
    """
    from kgpart.store.files import write_atomic

    stats = {rel: (record["size"], record["mtime_ns"]) for rel, record in manifest.files.items()}
    try:
        key = _manifest_key(path)
    except OSError:
        return
    doc = {
        "version": SUMMARY_VERSION,
        "manifest": key,
        "state": manifest.state,
        "vocabulary": manifest.vocabulary,
        "listing": listing_digest(stats),
        "store": manifest.store,
        "graph_in_two_files": names_a_graph_twice(manifest.files.values()),
    }
    with contextlib.suppress(OSError, OutputError):
        write_atomic(path.parent / SUMMARY_NAME, json.dumps(doc, sort_keys=True))


def read_summary(manifest_path: Path) -> dict[str, Any] | None:
    """The summary of the manifest at ``manifest_path`` as it is now; ``None`` if there is none.

    What it holds: the manifest's ``state``, ``vocabulary`` and ``store`` record, the
    :func:`listing_digest` of the files it records (``listing``), and whether one of kgpart's
    graphs is named by two files' records (``graph_in_two_files``). Anything amiss (no summary,
    a damaged one, one of another manifest) is ``None``, and the caller reads the manifest.
    """
    try:
        doc = json.loads((manifest_path.parent / SUMMARY_NAME).read_bytes())
        key = _manifest_key(manifest_path)
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("version") != SUMMARY_VERSION or doc.get("manifest") != key:
        return None
    kinds = {"state": str, "vocabulary": str, "listing": str, "graph_in_two_files": bool}
    if any(not isinstance(doc.get(k), kind) for k, kind in kinds.items()):
        return None
    store = doc.get("store")
    if store is not None and not (
        isinstance(store, dict) and all(isinstance(v, int) for v in store.values())
    ):
        return None
    return doc


# Manifests this process has read, by path, with the (inode, size, time) they were read at: an
# ingest reads the same 3.7 MB manifest three times at 1M triples (parsed and checked, ~0.1 s
# each). A manifest is only ever replaced by a rename, so a new one has another inode.
_READ: dict[str, tuple[tuple[int, int, int], Manifest]] = {}

_FILE_RECORD = {"size": int, "mtime_ns": int, "sha256": str, "graphs": list}


def _manifest_problem(data: Any) -> str | None:
    """What makes ``data`` no manifest of this version (a missing, null or ill-typed field), if anything."""
    if not isinstance(data, dict):
        return "not a JSON object"
    optional: tuple[type, ...] = (dict, type(None))
    fields: dict[str, type | tuple[type, ...]] = {
        "version": int,
        "vocabulary": str,
        "state": str,
        "files": dict,
        "snapshot": optional,
        "store": optional,
    }
    for key, kind in fields.items():
        if key not in data or not isinstance(data[key], kind):
            return f"{key!r} missing or of the wrong type"
    for rel, record in data["files"].items():  # plain loops: 17,771 records at 1M triples, each open
        if not isinstance(record, dict):
            return f"the record of {rel!r} is incomplete"
        for key, kind in _FILE_RECORD.items():
            if not isinstance(record.get(key), kind):
                return f"the record of {rel!r} is incomplete"
        for graph in record["graphs"]:
            if not isinstance(graph, str):
                return f"the graphs of {rel!r} are not names"
    for key in ("snapshot", "store"):
        if data[key] is not None and not all(isinstance(v, int) for v in data[key].values()):
            return f"{key!r} holds something else than numbers"
    return None


def snapshot_record(path: Path) -> dict[str, int]:
    """The size and CRC-32 of a snapshot file, as its manifest keeps them."""
    crc, size = 0, 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            crc, size = zlib.crc32(chunk, crc), size + len(chunk)
    return {"size": size, "crc32": crc}


def snapshot_problem(path: Path, expected: dict[str, int]) -> str | None:
    """How the snapshot at ``path`` differs from its manifest's record, if it does."""
    if not path.is_file():
        return "not a file" if path.exists() else "missing"
    size = path.stat().st_size
    if size != expected.get("size"):
        return f"{size:,} bytes where the manifest says {expected.get('size', 0):,}"
    if snapshot_record(path) != expected:
        return "its checksum is not the manifest's"
    return None


def store_record(location: Path) -> dict[str, int]:
    """The size of each ``.sst`` file of an on-disk store (RocksDB never changes one once written)."""
    return {p.name: p.stat().st_size for p in location.glob("*.sst")}


def store_problem(location: Path, expected: dict[str, int]) -> str | None:
    """How the on-disk store at ``location`` differs from its manifest's record, if it does."""
    if not location.is_dir():
        return "not a folder" if location.exists() else "missing"
    found = store_record(location)
    for name, size in sorted(expected.items()):
        if found.get(name) != size:
            return f"{name} is missing" if name not in found else f"{name} is not {size:,} bytes"
    return None


def choose_mode(graph_dir: Path, mode: IndexMode | None = None) -> IndexMode:
    """``memory`` or ``disk``: the one asked for (or ``$KGPART_INDEX``); ``auto`` is ``disk``.

    The on-disk store opens in a tenth of a second at any size, where the in-memory snapshot is
    read whole at every open (4.8 s at 1M triples): a command line that starts a process per
    query wants the disk (see bench/README.md). A long-lived process may ask for memory, whose
    queries are faster once loaded.
    """
    chosen = mode or os.environ.get(INDEX_ENV) or "auto"
    if chosen not in ("auto", "memory", "disk"):
        raise KgpartError(f"${INDEX_ENV} must be auto, memory or disk, not {chosen!r}")
    return "disk" if chosen == "auto" else chosen  # type: ignore[return-value]


def vocabulary_signature() -> str:
    """A hash of what every index depends on besides the files: ontology, topics, rules, this format."""
    from kgpart.store.derive import derivation_rules

    digest = hashlib.sha256(f"v{MANIFEST_VERSION}".encode())
    for name in ("kgpart.ttl", "topics.ttl"):
        digest.update((ontology_dir() / name).read_bytes())
    for text in derivation_rules().values():
        digest.update(text.encode())
    return digest.hexdigest()


def derived_predicates() -> list[str]:
    """The predicates the derivation rules write (``kgp:meets`` ...), as full IRIs."""
    from kgpart.store.derive import derivation_rules
    from kgpart.terms import kgp_iri

    pattern = re.compile(r"INSERT\s*\{\s*GRAPH\s*\?\w+\s*\{\s*\?\w+\s+kgp:(\w+)")
    names = {m for text in derivation_rules().values() for m in pattern.findall(text)}
    return sorted(kgp_iri(name) for name in names)


class IndexLock:
    """An advisory ``flock`` on ``.index/lock``: shared to read, exclusive to rebuild."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.handle: IO[bytes] | None = open(folder / "lock", "ab")  # noqa: SIM115  held beyond a block

    def acquire(self, *, exclusive: bool, wait: float | None = None) -> None:
        """Take the lock, polling until ``wait`` seconds (``$KGPART_INDEX_WAIT``, default 10) pass."""
        import fcntl

        assert self.handle is not None
        flag = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + (wait if wait is not None else float(os.environ.get(WAIT_ENV, "10")))
        while True:
            try:
                fcntl.flock(self.handle.fileno(), flag)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexLockedError(
                        f"the index {self.handle.name} is locked by another process"
                    ) from None
                time.sleep(0.05)

    def release(self) -> None:
        """Let go of the lock and its file."""
        if self.handle is not None:
            self.handle.close()  # closing the file drops the flock
            self.handle = None


@contextmanager
def locked(folder: Path, *, exclusive: bool) -> Iterator[IndexLock]:
    """Hold the index lock for a block."""
    lock = IndexLock(folder)
    try:
        lock.acquire(exclusive=exclusive)
        yield lock
    finally:
        lock.release()


def file_record(path: Path, *, with_hash: bool = True) -> dict[str, Any]:
    """Size, modification time and (optionally) the SHA-256 of a file."""
    st = path.stat()
    record: dict[str, Any] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns}
    if with_hash:
        record["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return record


def changed_files(
    graph_dir: Path, files: Sequence[str | Path], manifest: Manifest
) -> tuple[list[str], list[str]]:
    """Relative paths of the files that changed (or are new), and of those removed since the manifest.

    A file whose size and time match is unchanged; one whose time moved but content did not is
    unchanged too (its new time is recorded when the manifest is next written).
    """
    changed, present = [], set()
    top = os.fspath(graph_dir).rstrip(os.sep) + os.sep
    for path in files:  # strings, not paths: 17,771 files at 1M triples, at every update
        name = os.fspath(path)
        if os.sep == "/" and name.startswith(top):
            rel = name[len(top) :]
        else:
            rel = Path(path).relative_to(graph_dir).as_posix()
        present.add(rel)
        old = manifest.files.get(rel)
        if old is None:
            changed.append(rel)
            continue
        st = os.stat(name)
        if (st.st_size, st.st_mtime_ns) == (old["size"], old["mtime_ns"]):
            continue
        if file_record(Path(path))["sha256"] != old.get("sha256"):
            changed.append(rel)
        else:
            old.update({"size": st.st_size, "mtime_ns": st.st_mtime_ns})
    removed = sorted(set(manifest.files) - present)
    return changed, removed


def index_dir(graph_dir: Path) -> Path:
    """``graph_dir/.index``."""
    return graph_dir / INDEX_DIRNAME


def reset_folder(path: Path) -> None:
    """Remove a broken store folder, or whatever stands in its place, so it can be rebuilt.

    Only ever inside ``.index``.
    """
    assert INDEX_DIRNAME in path.parts, path
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
