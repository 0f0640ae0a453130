"""Benchmark ``kgpart analyze``: each subcommand on a synthetic graph, loading and projection included.

Run: ``.venv/bin/python bench/bench_analysis.py [--sizes 100000 1000000] [--cache DIR]``. For each
size, ``kgpart.synth.synthesize`` writes a graph (kept in ``--cache`` if given, so a second run
skips it), kgpart loads and derives it as the CLI does, projects it to institutions and to
countries, and runs every analysis on each projection. The table gives the seconds of each phase
and the total a ``kgpart analyze`` command would take (load + projection + algorithm), with the
method each algorithm chose for the size. The target is under 60 s per command at 1M triples.

``--random N`` also runs the algorithms on a random scale-free graph of N nodes and about 2N edges
(``networkx.barabasi_albert_graph``): the size of the whole entity network at 1M triples (200k
nodes, 450k edges), where the size switches (sampled betweenness, label propagation) apply.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kgpart import analysis
from kgpart.network.projection import network_projection
from kgpart.store.graph import KnowledgeGraph
from kgpart.synth import synthesize


def timed(func: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = func()
    return result, time.perf_counter() - started


def commands(kg: KnowledgeGraph, G: Any) -> dict[str, Callable[[], str]]:
    """Each subcommand as a call returning the method it used."""
    ranked = sorted(G, key=lambda v: (-G.degree(v), str(v)))
    hub = ranked[0]
    far = next(v for v in reversed(ranked) if G.degree(v) > 0)
    return {
        "centrality": lambda: analysis.centrality(G).method,
        "communities": lambda: analysis.communities(G).method,
        "path": lambda: analysis.explain_path(kg, G, hub, far).method,
        "ego": lambda: analysis.ego(G, hub, 2).method,
        "bridges": lambda: analysis.bridges(G).method,
    }


def run(size: int, folder: Path) -> list[str]:
    if not (folder / "reference.trig").exists():
        summary, seconds = timed(lambda: synthesize(size, folder, seed=1))
        print(f"synthesised {summary.triples} triples in {seconds:.1f} s", flush=True)
    kg, load = timed(lambda: KnowledgeGraph.open(folder))
    rows = []
    for kind in ("institutions", "countries"):
        G, project = timed(lambda kind=kind: network_projection(kg, kind))
        for name, call in commands(kg, G).items():
            method, seconds = timed(call)
            total = load + project + seconds
            rows.append(
                f"| {size:>9,} | {kind:<12} | {G.number_of_nodes():>6} | {G.number_of_edges():>6} | {name:<11} "
                f"| {load:5.1f} | {project:5.1f} | {seconds:6.1f} | {total:6.1f} | {method} |"
            )
            print(rows[-1], flush=True)
    return rows


def run_exports(size: int, folder: Path, out: Path) -> list[str]:
    """Seconds and bytes of each network export and of the timeline (page and PNG)."""
    from kgpart.network.export import NETWORK_FORMATS, NETWORK_KINDS, write_network_export
    from kgpart.render.timeline import write_timeline

    kg = KnowledgeGraph.open(folder)
    jobs: dict[str, Callable[[], list[Path]]] = {
        f"export {kind} {fmt}": lambda kind=kind, fmt=fmt: write_network_export(
            kg, fmt, out / f"{kind}.{fmt}", kind=kind
        )
        for kind in NETWORK_KINDS
        for fmt in NETWORK_FORMATS
    }
    for suffix in ("html", "png"):
        jobs[f"timeline {suffix}"] = lambda suffix=suffix: [write_timeline(kg, out / f"timeline.{suffix}")]
    rows = []
    for name, job in jobs.items():
        paths, seconds = timed(job)
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        rows.append(f"| {size:>9,} | {name:<30} | {seconds:6.1f} | {size_mb:7.1f} |")
        print(rows[-1], flush=True)
    return rows


def run_random(n: int) -> list[str]:
    """The algorithms alone on a random scale-free graph of ``n`` nodes."""
    import networkx as nx

    G, build = timed(lambda: nx.barabasi_albert_graph(n, 2, seed=1))
    nx.set_node_attributes(G, {v: f"node {v}" for v in G}, "label")
    hub = max(G, key=G.degree)
    calls = {
        "centrality": lambda: analysis.centrality(G).method,
        "communities": lambda: analysis.communities(G).method,
        "ego": lambda: analysis.ego(G, hub, 1).method,
        "bridges": lambda: analysis.bridges(G).method,
    }
    rows = []
    for name, call in calls.items():
        method, seconds = timed(call)
        rows.append(
            f"| random {n:,} | scale-free | {n:>6} | {G.number_of_edges():>6} | {name:<11} "
            f"| - | {build:5.1f} | {seconds:6.1f} | {build + seconds:6.1f} | {method} |"
        )
        print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000], help="Triples per graph.")
    parser.add_argument("--random", type=int, help="Also a random scale-free graph of this many nodes.")
    parser.add_argument("--exports", action="store_true", help="Also time the network exports and timeline.")
    parser.add_argument("--cache", type=Path, help="Keep the synthetic graphs here (one folder per size).")
    args = parser.parse_args()
    header = (
        "| triples | projection | nodes | edges | command | load s | project s | algorithm s | total s | method |\n"
        "|---:|---|---:|---:|---|---:|---:|---:|---:|---|"
    )
    with tempfile.TemporaryDirectory() as scratch:
        base = args.cache or Path(scratch)
        rows = [row for size in args.sizes for row in run(size, base / f"synth-{size}")]
        exports = []
        if args.exports:
            for size in args.sizes:
                exports += run_exports(size, base / f"synth-{size}", Path(scratch))
    if args.random:
        rows += run_random(args.random)
    print("\n" + header)
    print("\n".join(rows))
    if exports:
        print("\n| triples | output | seconds | MB |\n|---:|---|---:|---:|")
        print("\n".join(exports))


if __name__ == "__main__":
    main()
