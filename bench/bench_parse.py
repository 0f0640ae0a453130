"""Benchmark: the engine's own limit for reading a graph folder, to set the index build beside.

Reads every TriG file of a synthetic graph (a copy of the cached folder: the cache is never
written) and loads it with the engine alone: into an in-memory pyoxigraph store through Python
quads file by file (what the index build did before), with ``Store.load`` file by file from one
thread and from two (Oxigraph parses outside its write lock with the GIL released, so two threads
parse at once while the inserts take turns), as one ``bulk_load`` and as one ``load`` of all
files; into an on-disk (RocksDB) store with ``Store.load`` file by file (a transaction per file)
and as one ``bulk_load`` of all files joined (the engine's fastest way to disk; correct here only
because the synthetic files share no blank-node labels or relative IRIs); and with kgpart's own
loader (``index_build.load_files``: the same ``Store.load`` calls plus stat, hash and graph names
per file). Then it dumps the store as N-Quads and loads that back, strictly and leniently (the
index snapshot's reopen).

Last, kgpart's whole index build from scratch (load, derive, write: on disk, auto's index, and as
a memory snapshot), ``--repeats`` times, each time right after the engine's file-by-file load
into the same kind of store, best wall time of each kept. #15 item 2 asks for the build at >= 0.75
of "the engine's own file-by-file load rate"; this prints the ratios like for like, which is what
that asks: **the on-disk build against the engine's file-by-file load into an on-disk store**, and
**the memory snapshot against its file-by-file load into memory**. Two unlike ratios follow for
context, so nothing is hidden: the on-disk build against the engine's in-memory load (the figure
the issue and bench/README.md quoted before, 0.20 at 100k: it compares a RocksDB write with none)
and against the engine's one ``bulk_load`` into an on-disk store. Every rate counts the files'
triples (the index holds ~25% more quads: the derived edges and the vocabulary). Prints wall and
CPU seconds, triples/s and the load average (the machine is shared: compare within a run).

    python bench/bench_parse.py [--triples 1000000] [--repeats 3]
        [--cache $KGPART_BENCH_CACHE, else /tmp/kgpart-bench]
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kgpart.store.folder import graph_files
from kgpart.store.graph import KnowledgeGraph
from kgpart.store.index.build import load_files
from kgpart.synth import synthesize

TRIG = ox.RdfFormat.TRIG


def _threads(blobs: list[bytes], count: int) -> Callable[[ox.Store], None]:
    def load(store: ox.Store) -> None:
        def work(first: int) -> None:
            for blob in blobs[first::count]:
                store.load(blob, format=TRIG)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    return load


def _load_each(paths: list[Path]) -> Callable[[ox.Store], None]:
    def load(store: ox.Store) -> None:
        for path in paths:
            store.load(path=str(path), format=TRIG)
        store.flush()

    return load


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def _row(name: str, quads: int, wall: float, cpu: float, note: str = "") -> None:
    print(
        f"{name:<38}{quads:>10}{wall:>8.2f}{cpu:>7.2f}{quads / wall:>11,.0f}{os.getloadavg()[0]:>6.1f}{note}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3, help="kgpart builds of each kind (best kept)")
    parser.add_argument(
        "--cache", type=Path, default=Path(os.environ.get("KGPART_BENCH_CACHE", "/tmp/kgpart-bench"))
    )
    args = parser.parse_args()
    cached = args.cache / f"synth-{args.triples}"
    if not cached.is_dir():
        synthesize(args.triples, cached, seed=0)
    with tempfile.TemporaryDirectory(prefix="kgpart-bench-parse-") as tmp:
        folder = shutil.copytree(cached, Path(tmp) / "graph", ignore=shutil.ignore_patterns(".index"))
        _run(folder, Path(tmp), max(1, args.repeats))


def _run(folder: Path, tmp: Path, repeats: int) -> None:
    files = graph_files(folder)
    start = time.perf_counter()
    blobs = [f.read_bytes() for f in files]
    read = time.perf_counter() - start
    print(f"{len(files)} files read in {read:.2f} s; load average {os.getloadavg()[0]:.1f}")
    print(f"{'way':<38}{'quads':>10}{'wall s':>8}{'CPU s':>7}{'triples/s':>11}{'load':>6}")
    store = ox.Store()
    loaded: dict[str, tuple[int, float]] = {}  # quads and wall seconds of each way
    stores = itertools.count()

    def on_disk() -> ox.Store:
        return ox.Store(str(tmp / f"store-{next(stores)}"))

    def report(
        name: str, load: Callable[[ox.Store], object], make: Callable[[], ox.Store] = ox.Store
    ) -> None:
        nonlocal store
        store = make()
        wall, cpu = _timed(lambda: load(store))
        loaded[name] = (len(store), wall)
        _row(name, len(store), wall, cpu)

    report("Python quads, file by file", lambda s: [s.extend(list(ox.parse(b, format=TRIG))) for b in blobs])
    report("Store.load, file by file", _threads(blobs, 1))
    report("Store.load, file by file, 2 thr.", _threads(blobs, 2))
    report("one bulk_load", lambda s: s.bulk_load(b"\n".join(blobs), format=TRIG))
    report("one load", lambda s: s.load(b"\n".join(blobs), format=TRIG))
    report("on disk: Store.load, file by file", _load_each(files), on_disk)

    def bulk_to_disk(s: ox.Store) -> None:
        s.bulk_load(b"\n".join(blobs), format=TRIG)
        s.flush()

    report("on disk: one bulk_load", bulk_to_disk, on_disk)
    report("kgpart load_files", lambda s: load_files(s, folder, files) and None)
    snapshot = tmp / "snapshot.nq"
    store.dump(output=str(snapshot), format=ox.RdfFormat.N_QUADS)
    for lenient in (False, True):
        name = f"N-Quads reload{' (lenient)' if lenient else ''}"
        report(
            name,
            lambda s, le=lenient: s.load(path=str(snapshot), format=ox.RdfFormat.N_QUADS, lenient=le),
        )
    store = ox.Store()
    # kgpart's whole index build (load, derive, write the index) from scratch, each right after the
    # engine's file-by-file load into the same kind of store; best walls kept (#15 item 2: >= 0.75).
    triples = loaded["Store.load, file by file"][0]
    best: dict[str, tuple[float, float]] = {}
    engines = {
        "disk": ("on disk: Store.load, file by file", on_disk),
        "memory": ("Store.load, file by file", ox.Store),
    }
    for _ in range(repeats):
        for mode in ("disk", "memory"):
            name, make = engines[mode]
            engine = make()
            wall, cpu = _timed(lambda e=engine: _load_each(files)(e))
            del engine
            best[name] = min(best.get(name, (wall, cpu)), (wall, cpu))
            shutil.rmtree(folder / ".index", ignore_errors=True)
            wall, cpu = _timed(lambda m=mode: KnowledgeGraph.open(folder, index=m).close())
            best[mode] = min(best.get(mode, (wall, cpu)), (wall, cpu))
    print(f"best of {repeats}, each kgpart build right after the engine's load into the same kind of store:")
    for name in ("on disk: Store.load, file by file", "Store.load, file by file", "disk", "memory"):
        label = name if name in engines["disk"] + engines["memory"] else f"kgpart index build, {name}"
        _row(label, triples, *best[name])

    def rate(name: str) -> float:
        return triples / best[name][0]

    engine_disk, engine_memory = rate("on disk: Store.load, file by file"), rate("Store.load, file by file")
    bulk_disk = triples / loaded["on disk: one bulk_load"][1]
    print("kgpart's build as a fraction of the engine's rate (>= 0.75 asked):")
    print(
        f"  like for like: on disk {rate('disk') / engine_disk:.2f} of the engine's file-by-file load on disk;"
    )
    print(
        f"                 memory snapshot {rate('memory') / engine_memory:.2f} of its file-by-file load in memory"
    )
    print(
        f"  unlike, for context: on disk {rate('disk') / engine_memory:.2f} of the engine's file-by-file load in memory,"
    )
    print(
        f"                 {rate('disk') / bulk_disk:.2f} of its one bulk_load on disk (measured once, above)"
    )
    # CPU seconds (all threads) are less swayed by other processes on a shared machine than wall
    # time, but count kgpart's second loading thread where wall time would overlap it.
    cpu = {name: seconds for name, (_, seconds) in best.items()}
    print(
        f"  like for like by CPU seconds: on disk {cpu['on disk: Store.load, file by file'] / cpu['disk']:.2f},"
        f" memory snapshot {cpu['Store.load, file by file'] / cpu['memory']:.2f}"
    )


if __name__ == "__main__":
    main()
