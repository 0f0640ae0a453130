"""Benchmark: the engine's own limit for reading a graph folder, to set the index build beside.

Reads every TriG file of a synthetic graph and loads it into an in-memory pyoxigraph store:
through Python quads file by file (what the index build did before), with ``Store.load`` file by
file from one thread and from two (Oxigraph parses outside its write lock with the GIL
released, so two threads parse at once while the inserts take turns), as one ``bulk_load`` and
as one ``load`` of all files, and with kgpart's own loader (``index_build.load_files``: the same
``Store.load`` calls plus stat, hash and graph names per file). Then it dumps the store as
N-Quads and loads that back, strictly and leniently (the index snapshot's reopen). Last, kgpart's
whole index build from scratch (load, derive, write; on disk, auto's index, and as a memory
snapshot), with its rate as a fraction of the engine's file-by-file ``Store.load`` in the same
run. Prints wall and CPU seconds, triples/s and the load average (the machine is shared:
compare within a run).

    python bench/bench_parse.py [--triples 1000000] [--cache $KGPART_BENCH_CACHE, else /tmp/kgpart-bench]
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument(
        "--cache", type=Path, default=Path(os.environ.get("KGPART_BENCH_CACHE", "/tmp/kgpart-bench"))
    )
    args = parser.parse_args()
    folder = args.cache / f"synth-{args.triples}"
    if not folder.is_dir():
        synthesize(args.triples, folder, seed=0)
    files = graph_files(folder)
    start = time.perf_counter()
    blobs = [f.read_bytes() for f in files]
    read = time.perf_counter() - start
    print(f"{len(files)} files read in {read:.2f} s; load average {os.getloadavg()[0]:.1f}")
    print(f"{'way':<34}{'quads':>10}{'wall s':>8}{'CPU s':>7}{'triples/s':>11}{'load':>6}")
    store = ox.Store()
    loaded: dict[str, tuple[int, float]] = {}  # quads and wall seconds of each way

    def report(name: str, load: Callable[[ox.Store], None], fresh: bool = True) -> None:
        nonlocal store
        if fresh:
            store = ox.Store()
        wall, cpu = time.perf_counter(), time.process_time()
        load(store)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        loaded[name] = (len(store), wall)
        print(
            f"{name:<34}{len(store):>10}{wall:>8.2f}{cpu:>7.2f}{len(store) / wall:>11,.0f}"
            f"{os.getloadavg()[0]:>6.1f}"
        )

    report("Python quads, file by file", lambda s: [s.extend(list(ox.parse(b, format=TRIG))) for b in blobs])
    report("Store.load, file by file", _threads(blobs, 1))
    report("Store.load, file by file, 2 thr.", _threads(blobs, 2))
    report("one bulk_load", lambda s: s.bulk_load(b"\n".join(blobs), format=TRIG))
    report("one load", lambda s: s.load(b"\n".join(blobs), format=TRIG))
    report("kgpart load_files", lambda s: load_files(s, folder, files) and None)
    with tempfile.TemporaryDirectory() as tmp:
        snapshot = Path(tmp) / "snapshot.nq"
        store.dump(output=str(snapshot), format=ox.RdfFormat.N_QUADS)
        for lenient in (False, True):
            name = f"N-Quads reload{' (lenient)' if lenient else ''}"
            report(
                name,
                lambda s, le=lenient: s.load(path=str(snapshot), format=ox.RdfFormat.N_QUADS, lenient=le),
            )
    # kgpart's whole index build (load, derive, write the index) from scratch, in the same run:
    # its rate counts the files' triples, as the engine's lines above do (#15 item 2: >= 0.75).
    triples, seconds = loaded["Store.load, file by file"]
    engine = triples / seconds
    for mode in ("disk", "memory"):
        shutil.rmtree(folder / ".index", ignore_errors=True)
        wall, cpu = time.perf_counter(), time.process_time()
        KnowledgeGraph.open(folder, index=mode).close()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        rate = triples / wall
        print(
            f"{'kgpart index build, ' + mode:<34}{triples:>10}{wall:>8.2f}{cpu:>7.2f}{rate:>11,.0f}"
            f"{os.getloadavg()[0]:>6.1f}  = {rate / engine:.2f} of Store.load, file by file"
        )
    shutil.rmtree(folder / ".index", ignore_errors=True)  # auto's index is built again when next used


if __name__ == "__main__":
    main()
