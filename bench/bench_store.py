"""Benchmark: index build, every bundled query, cold starts and peak memory, side by side.

For each size a synthetic graph (``kgpart synth``) is indexed, then every bundled query runs
through kgpart (``run_query``), through raw pyoxigraph on the same store, and through rdflib's
in-memory engine (each query in a forked child killed at the time limit). Each configuration runs
in its own process so peak memory is its own.

    python bench/bench_store.py [--sizes 10000,100000,1000000] [--repeats 3] [--timeout 60] [--disk]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

CACHE = Path(os.environ.get("KGPART_BENCH_CACHE", "/tmp/kgpart-bench"))
HERE = Path(__file__).resolve()


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _hub(kg: object) -> str:
    from kgpart.store.graph import KnowledgeGraph

    assert isinstance(kg, KnowledgeGraph)
    rows = kg.query(
        "SELECT ?u (COUNT(*) AS ?d) { ?u a kgp:University ; kgp:partnersWith ?x } GROUP BY ?u ORDER BY DESC(?d) ?u LIMIT 1"
    )
    return str(next(iter(rows))["u"].value)


def worker_kgpart(folder: Path, mode: str, repeats: int) -> dict[str, object]:
    """Build the index from scratch, then time every bundled query through kgpart and raw pyoxigraph."""
    import shutil

    import pyoxigraph as ox

    from kgpart.query.bind import bind_values
    from kgpart.query.bundled import bundled_queries
    from kgpart.query.run import bind_parameters, run_query
    from kgpart.store.graph import KnowledgeGraph
    from kgpart.terms import PREFIXES

    shutil.rmtree(folder / ".index", ignore_errors=True)
    files = sum(1 for _ in folder.rglob("*.trig"))
    started = time.perf_counter()
    kg = KnowledgeGraph.open(folder, index=mode)  # type: ignore[arg-type]
    build = time.perf_counter() - started
    kg.close()
    started = time.perf_counter()
    kg = KnowledgeGraph.open(folder, index=mode)  # type: ignore[arg-type]
    reopen = time.perf_counter() - started
    hub = _hub(kg)
    out: dict[str, object] = {
        "build_s": build,
        "reopen_s": reopen,
        "quads": len(kg),
        "files": files,
        "hub": hub,
    }
    for name, query in bundled_queries().items():
        params = {p.name: hub for p in query.parameters}
        subs = bind_parameters(kg, query, params)
        ours, raw = [], []
        for _ in range(repeats):
            t = time.perf_counter()
            rows = run_query(kg, query, params).rows
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            answer = kg.store.query(
                bind_values(query.text, subs), prefixes=PREFIXES, use_default_graph_as_union=True
            )
            n = sum(1 for s in answer if isinstance(s, ox.QuerySolution) and [s[v] for v in answer.variables])  # type: ignore[union-attr]
            raw.append(time.perf_counter() - t)
        out[name] = {
            "kgpart": statistics.median(ours),
            "raw": statistics.median(raw),
            "rows": len(rows),
            "raw_rows": n,
        }
    out["rss_mb"] = _rss_mb()
    return out


def worker_rdflib(folder: Path, hub: str, timeout: float) -> dict[str, object]:
    """Load the same quads into rdflib's Dataset, then run each query in a child killed at ``timeout``."""
    import rdflib

    from kgpart.query.bundled import bundled_queries
    from kgpart.terms import PREFIXES

    started = time.perf_counter()
    data = rdflib.Dataset(default_union=True)
    data.parse(str(folder / ".index" / "snapshot.nq"), format="nquads")
    out: dict[str, object] = {"load_s": time.perf_counter() - started, "rss_mb": _rss_mb()}
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    for name, query in bundled_queries().items():
        bindings = {p.name: rdflib.URIRef(hub) for p in query.parameters}
        out[name] = _forked(
            lambda q=query, b=bindings: len(list(data.query(prologue + q.text, initBindings=b))), timeout
        )
    return out


def _forked(job: object, timeout: float) -> float | None:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child runs the query and reports its time
        t = time.perf_counter()
        job()  # type: ignore[operator]
        os.write(write, str(time.perf_counter() - t).encode())
        os._exit(0)
    os.close(write)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            text = os.read(read, 64).decode()
            os.close(read)
            return float(text) if text else None
        time.sleep(0.05)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(read)
    return None


def _run_worker(*args: str, timeout: float = 3600) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, str(HERE), *args], capture_output=True, text=True, timeout=timeout, check=False
    )
    if proc.returncode != 0:
        raise SystemExit(f"worker {args} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _synth(size: int) -> Path:
    folder = CACHE / f"synth-{size}"
    if not (folder / "reference.trig").exists():
        from kgpart.synth import synthesize

        synthesize(size, folder, seed=0)
    return folder


def cold_starts(repeats: int = 5) -> dict[str, float]:
    """Median wall time of ``kgpart --help`` and ``kgpart query meetings`` on the shipped graph."""
    exe = str(Path(sys.executable).parent / "kgpart")
    env = {k: v for k, v in os.environ.items() if k not in ("KGPART_GRAPH", "KGPART_INDEX")}
    out = {}
    for label, cmd in {
        "kgpart --help": [exe, "--help"],
        "kgpart query meetings": [exe, "query", "meetings"],
    }.items():
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            subprocess.run(cmd, env=env, capture_output=True, check=True, cwd="/")
            times.append(time.perf_counter() - t)
        out[label] = statistics.median(times)
    return out


def _load() -> str:
    """The 1, 5 and 15 minute load averages: the machine is shared, so timings need them beside."""
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def _fmt(seconds: object, limit: float) -> str:
    if seconds is None:
        return f">{limit:g} s"
    value = float(seconds)  # type: ignore[arg-type]
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def report(size: int, mem: dict[str, object], rdf: dict[str, object] | None, disk: dict[str, object] | None,
           limit: float) -> list[str]:  # fmt: skip
    """Markdown rows for one size."""
    from kgpart.query.bundled import bundled_queries

    files = int(mem["files"])  # type: ignore[call-overload]
    lines = [
        f"\n### {size:,} triples requested: {mem['quads']:,} quads with vocabulary and derived edges, {files:,} files\n"
    ]
    rate = size / float(mem["build_s"])  # type: ignore[arg-type]
    lines.append(
        f"- index build (memory snapshot, from scratch): {float(mem['build_s']):.2f} s = {rate:,.0f} triples/s; "  # type: ignore[arg-type]
        f"reopen from the index: {float(mem['reopen_s']):.2f} s; peak RSS {float(mem['rss_mb']):.0f} MB"
    )  # type: ignore[arg-type]
    if disk:
        lines.append(
            f"- on-disk store: build {float(disk['build_s']):.2f} s = {size / float(disk['build_s']):,.0f} triples/s; "  # type: ignore[arg-type]
            f"reopen {float(disk['reopen_s']):.2f} s; peak RSS {float(disk['rss_mb']):.0f} MB"
        )  # type: ignore[arg-type]
    if rdf:
        lines.append(f"- rdflib: load {float(rdf['load_s']):.1f} s, peak RSS {float(rdf['rss_mb']):.0f} MB")  # type: ignore[arg-type]
    head = "| query | rows | kgpart (memory) | raw pyoxigraph (memory) | kgpart/raw |"
    head += " kgpart (disk) | raw (disk) |" if disk else ""
    head += " rdflib | rdflib/kgpart |"
    lines += [
        "",
        head,
        "|" + "---|" * head.count("|")[:-1] if False else "|" + "---|" * (head.count("|") - 1),
    ]
    for name in bundled_queries():
        m = mem[name]  # type: ignore[index]
        row = f"| {name} | {m['rows']} | {_fmt(m['kgpart'], limit)} | {_fmt(m['raw'], limit)} | {m['kgpart'] / m['raw']:.2f} |"
        if disk:
            d = disk[name]  # type: ignore[index]
            row += f" {_fmt(d['kgpart'], limit)} | {_fmt(d['raw'], limit)} |"
        if rdf is None:
            lines.append(row + " not run | |")
            continue
        r = rdf.get(name)
        ratio = f"{float(r) / m['kgpart']:.0f}x" if r is not None else f">{limit / m['kgpart']:.0f}x"  # type: ignore[arg-type]
        row += f" {_fmt(r, limit)} | {ratio} |"
        lines.append(row)
    return lines


def main(argv: list[str] | None = None) -> None:
    """Run every size and print the tables (markdown) to stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60.0, help="per-query limit for rdflib (s)")
    parser.add_argument("--disk", action="store_true", help="also time the on-disk store (slow to build)")
    parser.add_argument("--no-rdflib", action="store_true")
    args = parser.parse_args(argv)
    print(
        f"# kgpart storage benchmark ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]})"
    )
    print(f"- load average at the start: {_load()}")
    for label, seconds in cold_starts().items():
        print(f"- `{label}` on the shipped graph, end to end: {seconds * 1000:.0f} ms (median of 5)")
    for size in (int(s) for s in args.sizes.split(",")):
        folder = _synth(size)
        mem = _run_worker("worker-kgpart", str(folder), "memory", str(args.repeats))
        # rdflib reads the memory snapshot, so it runs before the on-disk build replaces the index.
        rdf = (
            None
            if args.no_rdflib
            else _run_worker("worker-rdflib", str(folder), str(mem["hub"]), str(args.timeout))
        )
        disk = _run_worker("worker-kgpart", str(folder), "disk", str(args.repeats)) if args.disk else None
        print("\n".join(report(size, mem, rdf, disk, args.timeout)), flush=True)
        print(f"- load average after this size: {_load()}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "worker-kgpart":
        print(json.dumps(worker_kgpart(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]))))
    elif len(sys.argv) > 1 and sys.argv[1] == "worker-rdflib":
        print(json.dumps(worker_rdflib(Path(sys.argv[2]), sys.argv[3], float(sys.argv[4]))))
    else:
        main()
