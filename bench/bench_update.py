"""Benchmark: what one command costs as the graph grows, end to end (a ``kgpart`` process each).

For each size a synthetic graph (``kgpart synth``, cached in ``$KGPART_BENCH_CACHE``) is copied
to a temporary folder and its index built by a first ``kgpart stats``. Then, each timed from
process start to exit and repeated: ``kgpart --help`` (the floor of any process), two light
queries on the warm index (``partners_of`` with a parameter, a COUNT by class) beside the
engine's own time for them (in process, the same index), the first ``kgpart ingest`` into the
graph (on disk it builds ``.index/known.sqlite`` once, timed apart), ``kgpart ingest`` of one
generated article of ~3 KB, ``kgpart retract`` of it, an entity edit (``kgpart entity alias``), and after
each change the next query (what a user waits for next: it pays any index update the change
left behind).

    python bench/bench_update.py [--sizes 10000,100000,1000000] [--repeats 3] [--queries-only]

Prints markdown with the load average: the machine may be shared, so compare within a run.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_extract import generated_article

CACHE = Path(os.environ.get("KGPART_BENCH_CACHE", "/tmp/kgpart-bench"))
KGPART = str(Path(sys.executable).parent / "kgpart")
COUNT_BY_CLASS = "SELECT ?c (COUNT(*) AS ?n) { ?x a ?c } GROUP BY ?c"


def synth(size: int) -> Path:
    """The cached synthetic graph of ``size`` triples (seed 0, as bench_store.py uses)."""
    folder = CACHE / f"synth-{size}"
    if not (folder / "reference.trig").exists():
        from kgpart.synth import synthesize

        synthesize(size, folder, seed=0)
    return folder


def timed(*args: str, allow_fail: bool = False) -> float | None:
    """Wall seconds of one ``kgpart`` process, start to exit (a failure stops the benchmark, or
    is ``None`` with ``allow_fail``)."""
    started = time.perf_counter()
    done = subprocess.run([KGPART, *args], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode == 1 and allow_fail:
        return None
    if done.returncode != 0:
        raise SystemExit(f"kgpart {' '.join(args)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return seconds


def must(*args: str) -> float:
    """:func:`timed`, a failure stopping the benchmark."""
    seconds = timed(*args)
    assert seconds is not None
    return seconds


def median_of(repeats: int, *args: str) -> float:
    return statistics.median(must(*args) for _ in range(repeats))


def hub_and_engine(graph: Path, repeats: int) -> tuple[str, float, float]:
    """The most connected university's IRI, and the engine's own time (in process, on the index)
    of the two light queries."""
    from kgpart.query.bundled import get_query
    from kgpart.query.run import run_query
    from kgpart.store.graph import KnowledgeGraph

    kg = KnowledgeGraph.open(graph)
    try:
        rows = kg.select(
            "SELECT ?u (COUNT(*) AS ?d) { ?u a kgp:University ; kgp:partnersWith ?x } GROUP BY ?u ORDER BY DESC(?d) ?u LIMIT 1"
        )
        hub = rows[0]["u"].value
        query, times = get_query("partners_of"), []
        for _ in range(repeats):
            started = time.perf_counter()
            run_query(kg, query, {"org": hub})
            times.append(time.perf_counter() - started)
        counts = []
        for _ in range(repeats):
            started = time.perf_counter()
            kg.select(COUNT_BY_CLASS)
            counts.append(time.perf_counter() - started)
        return hub, statistics.median(times), statistics.median(counts)
    finally:
        kg.close()


def one_size(size: int, repeats: int, *, queries_only: bool = False) -> list[str]:
    """Markdown rows for one size (the build and the light queries only, with ``queries_only``)."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="kgpart-bench-update-") as tmp:
        graph = Path(tmp) / "graph"
        shutil.copytree(synth(size), graph, ignore=shutil.ignore_patterns(".index"))
        g = ("--graph", str(graph))

        def row(step: str, seconds: float, engine: float | None = None, after: float | None = None) -> None:
            over = f"{seconds - engine:.2f}" if engine is not None else ""
            rows.append(
                f"| {size:,} | {step} | {seconds:.2f} | {'' if engine is None else f'{engine:.3f}'} | {over} | "
                f"{'' if after is None else f'{after:.2f}'} |"
            )

        row("index build from scratch (`kgpart stats`)", must("stats", *g))
        hub, engine_partners, engine_count = hub_and_engine(graph, repeats)
        partners = ("query", "partners_of", "--param", f"org={hub}", *g)
        row("`kgpart --help`", median_of(repeats, "--help"))
        row(
            "`kgpart query partners_of --param org=...` (warm)",
            median_of(repeats, *partners),
            engine_partners,
        )
        row(
            "`kgpart query` COUNT by class (warm)",
            median_of(repeats, "query", COUNT_BY_CLASS, *g),
            engine_count,
        )
        if queries_only:
            return rows
        # The first ingest into a graph builds .index/known.sqlite (the resolver's keys) once;
        # it is timed on its own, and the article retracted again.
        first = Path(tmp) / "article-first.txt"
        first_url = f"https://bench.example.org/update/{size}/first"
        first.write_text(
            f"URL: {first_url}\nDATE: 2026-02-01\n\n{generated_article(random.Random(1000))}",
            encoding="utf-8",
        )
        row(
            "first `kgpart ingest` into the graph (builds the key database once)",
            must("ingest", str(first), *g),
        )
        must("retract", first_url, *g)
        ingests: list[float] = []
        retracts: list[float] = []
        after_ingest: list[float] = []
        after_retract: list[float] = []
        for i in range(3 * repeats):  # each article is retracted before the next goes in
            if len(ingests) == repeats:
                break
            article = Path(tmp) / f"article-{i}.txt"
            url = f"https://bench.example.org/update/{size}/{i}"
            text = generated_article(random.Random(i))
            article.write_text(f"URL: {url}\nDATE: 2026-01-{i + 1:02d}\n\n{text}", encoding="utf-8")
            seconds = timed("ingest", str(article), *g, allow_fail=True)
            if seconds is None:
                continue  # refused by the checks (a generated name clash): another article
            ingests.append(seconds)
            after_ingest.append(must(*partners))
            retracts.append(must("retract", url, *g))
            after_retract.append(must(*partners))
        m = statistics.median
        row("`kgpart ingest one.txt` (~3 KB, one article)", m(ingests), after=m(after_ingest))
        row("`kgpart retract URL`", m(retracts), after=m(after_retract))
        edits, afters = [], []
        for i in range(repeats):
            edits.append(must("entity", "alias", hub, f"Bench Alias {i}", *g))
            afters.append(must(*partners))
        row("`kgpart entity alias ENTITY ALIAS`", statistics.median(edits), after=statistics.median(afters))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--queries-only", action="store_true", help="time the build and the two light queries only (goal 1)"
    )
    args = parser.parse_args()
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"# kgpart update benchmark ({time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs; load {load})\n"
    )
    print(
        "| triples | command | seconds (median) | engine's own query s | over the engine s | next query after it s |"
    )
    print("|---:|---|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        for line in one_size(size, args.repeats, queries_only=args.queries_only):
            print(line, flush=True)
    print(f"\n- load average at the end: {' / '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
