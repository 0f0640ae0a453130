"""The index of a graph folder in ``graph/.index/``: rebuilt from the files, only where they changed.

The files are the truth; the index is a cache that can always be thrown away. It holds the
files' quads, the vocabulary and the derived network, in one of two forms:

- ``snapshot.nq``: the whole derived store as N-Quads, loaded into an in-memory Oxigraph store
  (fastest queries; about 0.4 GB per million triples);
- ``store/``: an on-disk Oxigraph (RocksDB) store, opened read-only, for graphs beyond memory.

``manifest.json`` records each file's size, modification time, hash and named graphs. When files
change, only the named graphs they hold are dropped and reloaded; the derived edges are then
recomputed over the whole store, because a rule joins across graphs (a meeting in one source,
the posts of its people in the reference graph) and a change in one graph can add or retract
edges in another. Deriving costs about 2 s per million triples; reloading everything costs 3x more.

Concurrency: an exclusive ``flock`` on ``.index/lock`` serialises rebuilds; readers take it
shared, for as long as they read (the whole life of a read-only on-disk store). A corrupt index
is reported (a warning on the ``kgpart`` logger, which the CLI shows on stderr) and rebuilt; a
locked one (another process rebuilding, or serving it) is reported and the graph loaded in memory
from the files. The graph files are never written.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from kgpart.errors import IndexLockedError, KgpartError
from kgpart.store.folder import INDEX_DIRNAME, graph_files, ontology_dir

IndexMode = Literal["auto", "memory", "disk"]
INDEX_ENV = "KGPART_INDEX"
WAIT_ENV = "KGPART_INDEX_WAIT"
MANIFEST_VERSION = 1
# Above this many bytes of graph files (~3.5M triples) "auto" picks the on-disk store; below it,
# memory. See bench/README.md: on-disk builds and queries are several times slower, so memory
# wins wherever it fits; the disk store is for graphs that do not.
DISK_THRESHOLD_BYTES = 400_000_000


@dataclass
class Manifest:
    """What the index was built from: per file, its stat, hash and graphs."""

    vocabulary: str = ""
    state: str = "clean"
    files: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Manifest | None:
        """The manifest at ``path``, or ``None`` if missing or unreadable (then the index is rebuilt)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != MANIFEST_VERSION:
                return None
            return cls(data["vocabulary"], data["state"], data["files"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, path: Path) -> None:
        """Write atomically: a crash leaves the old manifest or the new one, never half of one."""
        from kgpart.store.files import write_atomic

        doc = {
            "version": MANIFEST_VERSION,
            "vocabulary": self.vocabulary,
            "state": self.state,
            "files": self.files,
        }
        # No indent: json then uses its C encoder (0.14 s -> 0.04 s CPU for 17,771 files).
        write_atomic(path, json.dumps(doc, sort_keys=True, separators=(",", ":")))


def choose_mode(graph_dir: Path, mode: IndexMode | None = None) -> IndexMode:
    """``memory`` or ``disk``: the one asked for (or ``$KGPART_INDEX``), else by the files' size."""
    chosen = mode or os.environ.get(INDEX_ENV) or "auto"
    if chosen not in ("auto", "memory", "disk"):
        raise KgpartError(f"${INDEX_ENV} must be auto, memory or disk, not {chosen!r}")
    if chosen != "auto":
        return chosen  # type: ignore[return-value]
    size = sum(p.stat().st_size for p in graph_files(graph_dir))
    return "disk" if size > DISK_THRESHOLD_BYTES else "memory"


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


def changed_files(graph_dir: Path, files: list[Path], manifest: Manifest) -> tuple[list[str], list[str]]:
    """Relative paths of the files that changed (or are new), and of those removed since the manifest.

    A file whose size and time match is unchanged; one whose time moved but content did not is
    unchanged too (its new time is recorded when the manifest is next written).
    """
    changed, present = [], set()
    for path in files:
        rel = path.relative_to(graph_dir).as_posix()
        present.add(rel)
        old = manifest.files.get(rel)
        if old is None:
            changed.append(rel)
            continue
        now = file_record(path, with_hash=False)
        if (now["size"], now["mtime_ns"]) == (old["size"], old["mtime_ns"]):
            continue
        if file_record(path)["sha256"] != old.get("sha256"):
            changed.append(rel)
        else:
            old.update(now)
    removed = sorted(set(manifest.files) - present)
    return changed, removed


def index_dir(graph_dir: Path) -> Path:
    """``graph_dir/.index``."""
    return graph_dir / INDEX_DIRNAME


def reset_folder(path: Path) -> None:
    """Remove a broken store folder so it can be rebuilt (only ever inside ``.index``)."""
    assert INDEX_DIRNAME in path.parts, path
    shutil.rmtree(path, ignore_errors=True)
