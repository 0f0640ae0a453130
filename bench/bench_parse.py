"""Benchmark: the engine's own limit for reading a graph folder, to set the index build beside.

Reads every TriG file of a synthetic graph and loads it into an in-memory pyoxigraph store three
ways: file by file (what an incremental index needs, to know which file each quad came from),
all files as one ``bulk_load``, and all files as one ``load``. Prints triples/s for each.

    python bench/bench_parse.py [--triples 1000000] [--cache /tmp/kgpart-bench]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pyoxigraph as ox

from kgpart.locations import graph_files
from kgpart.synth import synthesize


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
    print(f"{len(files)} files read in {read:.2f} s")
    print(f"{'way':<24}{'triples':>10}{'seconds':>9}{'triples/s':>11}")
    for name, load in (
        ("file by file", lambda s: [s.extend(ox.parse(b, format=ox.RdfFormat.TRIG)) for b in blobs]),
        ("one bulk_load", lambda s: s.bulk_load(b"\n".join(blobs), format=ox.RdfFormat.TRIG)),
        ("one load", lambda s: s.load(b"\n".join(blobs), format=ox.RdfFormat.TRIG)),
    ):
        store = ox.Store()
        start = time.perf_counter()
        load(store)
        elapsed = time.perf_counter() - start
        print(f"{name:<24}{len(store):>10}{elapsed:>9.2f}{len(store) / elapsed:>11,.0f}")


if __name__ == "__main__":
    main()
