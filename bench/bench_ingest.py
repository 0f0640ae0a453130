"""Benchmark: ingest throughput, end to end, on generated articles of about 3 KB.

Writes N articles to a temporary folder (generated, or real ones from ``--corpus`` taken in
turn, each copy with its own URL), ingests them into a copy of the shipped graph
(extraction, resolution, conversion, shape checks, atomic writes), then ingests them again
(every article unchanged), and prints a table.

    python bench/bench_ingest.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_extract import generated_article

from kgpart.ingest.folder import ingest_articles
from kgpart.store.folder import shipped_graph_dir


def write_articles(folder: Path, count: int, seed: int = 11, corpus: Path | None = None) -> list[Path]:
    """``count`` articles, each with its own URL and date header: generated ones, or the bodies
    of a folder of real articles (``*.txt``) taken in turn."""
    rng = random.Random(seed)
    bodies = [body_of(p) for p in sorted(corpus.glob("*.txt"))] if corpus else []
    paths = []
    for i in range(count):
        path = folder / f"article-{i:05d}.txt"
        header = f"URL: https://news.example.org/{i}\nDATE: 2025-{1 + i % 12:02d}-{1 + i % 28:02d}\n\n"
        text = bodies[i % len(bodies)] if bodies else generated_article(rng)
        path.write_text(header + text, encoding="utf-8")
        paths.append(path)
    return paths


def body_of(path: Path) -> str:
    """An article's text without its ``URL:``/``DATE:`` header lines."""
    lines = path.read_text(encoding="utf-8").split("\n")
    while lines and lines[0].startswith(("URL:", "DATE:")):
        lines.pop(0)
    return "\n".join(lines)


def timed_ingest(paths: list[Path], graph_dir: Path) -> tuple[float, float, int, int]:
    """Seconds (wall clock and this process's CPU), articles that went in, and articles that failed.

    On a shared machine the wall clock follows the load; the CPU seconds much less so."""
    start, cpu = time.perf_counter(), time.process_time()
    report = ingest_articles(paths, graph_dir)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return elapsed, cpu, len(report.results) - len(report.failed), len(report.failed)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, help="a folder of real articles (*.txt) to cycle through")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "articles").mkdir()
        paths = write_articles(root / "articles", args.articles, corpus=args.corpus)
        graph_dir = root / "graph"
        shutil.copytree(shipped_graph_dir(), graph_dir, ignore=shutil.ignore_patterns(".*"))
        kb = sum(p.stat().st_size for p in paths) / len(paths) / 1024
        print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        print(
            f"{'run':<28}{'articles':>10}{'mean KB':>9}{'failed':>8}{'seconds':>9}{'articles/s':>12}{'cpu s':>8}"
        )
        for label in ("first ingest", "again (all unchanged)"):
            elapsed, cpu, ok, failed = timed_ingest(paths, graph_dir)
            print(f"{label:<28}{ok:>10}{kb:>9.1f}{failed:>8}{elapsed:>9.2f}{ok / elapsed:>12.1f}{cpu:>8.2f}")
        files = len(list((graph_dir / "sources").glob("*.trig")))
        size = sum(p.stat().st_size for p in graph_dir.rglob("*.trig")) / 1e6
        print(f"graph folder: {files} source files, {size:.1f} MB of TriG")
        print(
            "load average after: {:.2f} {:.2f} {:.2f} (timings are noisy on a shared machine)".format(
                *os.getloadavg()
            )
        )


if __name__ == "__main__":
    main()
