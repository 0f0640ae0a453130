"""Benchmark: the engine's own limit for reading a graph folder, to set the index build beside.

Reads every TriG file of a synthetic graph and loads it into an in-memory pyoxigraph store:
through Python quads file by file (what the index build did before), with ``Store.load`` file by
file from one thread and from two (Oxigraph parses outside its write lock with the GIL
released, so two threads parse at once while the inserts take turns), as one ``bulk_load`` and
as one ``load`` of all files, and with kgpart's own loader (``index_build.load_files``: the same
``Store.load`` calls plus stat, hash and graph names per file). Then it dumps the store as
N-Quads and loads that back, strictly and leniently (the index snapshot's reopen). Prints wall
and CPU seconds, triples/s and the load average (the machine is shared: compare within a run).

    python bench/bench_parse.py [--triples 1000000] [--cache /tmp/kgpart-bench]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kgpart.store.folder import graph_files
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
    parser.add_argument("--cache", type=Path, default=Path("/tmp/kgpart-bench"))
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

    def report(name: str, load: Callable[[ox.Store], None], fresh: bool = True) -> None:
        nonlocal store
        if fresh:
            store = ox.Store()
        wall, cpu = time.perf_counter(), time.process_time()
        load(store)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
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


if __name__ == "__main__":
    main()
