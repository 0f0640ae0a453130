"""Benchmark: what `kgpart ingest` of one article and `kgpart retract` cost as the graph grows,
for this tree and for another one (``--before``, a ``src`` folder), side by side in one run.

For each size the cached synthetic graph (``kgpart synth``, in ``$KGPART_BENCH_CACHE``) is copied
once per tree and its on-disk index built (``kgpart stats``); a first article is ingested and
retracted (what a first ingest on a big graph pays once: ``kgpart/ingest/known.py`` builds its
database then), then each repeat ingests a generated ~3 KB article and retracts it, each a
``kgpart`` process timed from start to exit; the two trees take turns, article by article.

    python bench/bench_ingest_growth.py --sizes 10000,100000,1000000 --repeats 3 --before /tmp/before/src
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
from bench_update import synth

KGPART = str(Path(sys.executable).parent / "kgpart")


def timed(tree: str | None, *args: str) -> tuple[float, int]:
    """Wall seconds of one ``kgpart`` process (``tree``: the ``src`` it imports) and its exit code."""
    env = dict(os.environ)
    if tree:
        env["PYTHONPATH"] = tree
    started = time.perf_counter()
    done = subprocess.run([KGPART, *args], capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"kgpart {' '.join(args)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return seconds, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--before", help="the src folder of the tree to compare with")
    args = parser.parse_args()
    trees = {"before": args.before, "after": None} if args.before else {"after": None}
    print(f"load average at start: {os.getloadavg()}")
    print("| triples | tree | first ingest (once) | `ingest one.txt` | `retract URL` |")
    print("|---:|---|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="kgpart-bench-growth-") as tmp:
            graphs = {}
            for name, tree in trees.items():
                graphs[name] = Path(tmp) / name
                shutil.copytree(synth(size), graphs[name], ignore=shutil.ignore_patterns(".index"))
                timed(tree, "stats", "--graph", str(graphs[name]))
            first: dict[str, float] = {}
            ingests: dict[str, list[float]] = {n: [] for n in trees}
            retracts: dict[str, list[float]] = {n: [] for n in trees}
            for i in range(3 * args.repeats + 3):
                if all(len(v) == args.repeats for v in ingests.values()):
                    break
                article = Path(tmp) / f"article-{i}.txt"
                url = f"https://bench.example.org/growth/{size}/{i}"
                text = generated_article(random.Random(i))
                article.write_text(f"URL: {url}\nDATE: 2026-01-{i % 28 + 1:02d}\n\n{text}", encoding="utf-8")
                for name, tree in trees.items():
                    g = ("--graph", str(graphs[name]))
                    seconds, code = timed(tree, "ingest", str(article), *g)
                    if code:
                        continue  # refused by the checks (a generated name clash)
                    if name not in first:
                        first[name] = seconds
                    elif len(ingests[name]) < args.repeats:
                        ingests[name].append(seconds)
                    retracts[name].append(timed(tree, "retract", url, *g)[0])
            for name in trees:
                m = statistics.median
                print(
                    f"| {size:,} | {name} | {first.get(name, float('nan')):.2f} | {m(ingests[name]):.2f} | "
                    f"{m(retracts[name][1:] or retracts[name]):.2f} |",
                    flush=True,
                )
    print(f"load average at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
