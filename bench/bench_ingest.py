"""Benchmark: ingest throughput, end to end, on generated articles of about 3 KB, with 1 and 2 jobs.

Writes N articles to a temporary folder (generated, or real ones from ``--corpus`` taken in
turn, each copy with its own URL), ingests them into a copy of the shipped graph
(extraction, resolution, conversion, shape checks, atomic writes) with ``--jobs 1``, then into
another copy with ``--jobs 2`` (extraction in two worker processes), then ingests them again
(every article unchanged), and prints a table, the ratio of the two rates (the goal: 2 jobs
ingest >= 1.7 times as many articles per second as 1 on two cores) and whether both wrote the
same graph. Articles per second count every article (added or failed): each is read,
extracted, resolved and checked. Beside the wall clock, the CPU milliseconds per article of
the ingest process and of its worker and check processes, and the speedup over one job those
CPU seconds allow on two idle cores (the main process's work is serial; all of it shares the
two): on a shared machine the wall clock follows the load, the CPU seconds much less.

    python bench/bench_ingest.py [--articles 1000] [--jobs 1 2] [--worker-nice 5]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_extract import generated_article

import kgpart.ingest.jobs as jobs_module
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


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


class ChildCPU:
    """CPU seconds (user + system) of every process below this one, read from /proc every 20 ms
    while a run goes on (the workers are the fork server's children, never this process's, so
    ``RUSAGE_CHILDREN`` does not see them); the last 20 ms of a process that ends may be missed."""

    def __init__(self) -> None:
        self.seen: dict[int, float] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> ChildCPU:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()
        self._sample()

    @property
    def seconds(self) -> float:
        return sum(self.seen.values())

    def _run(self) -> None:
        while not self.stop.wait(0.02):
            self._sample()

    def _sample(self) -> None:
        stats: dict[int, tuple[int, float]] = {}
        for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                stats[int(entry)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICK)
        below, todo = set(), [os.getpid()]
        while todo:
            parent = todo.pop()
            children = [pid for pid, (ppid, _) in stats.items() if ppid == parent and pid not in below]
            below.update(children)
            todo += children
        for pid in below:
            self.seen[pid] = max(self.seen.get(pid, 0.0), stats[pid][1])


def timed_ingest(paths: list[Path], graph_dir: Path, jobs: int) -> tuple[float, float, float, int, int]:
    """Seconds (wall clock, the CPU of this process: with 2 jobs, what stays serial, and the CPU
    of the worker and check processes), articles that went in, and articles that failed.

    On a shared machine the wall clock follows the load; the CPU seconds much less."""
    start, cpu = time.perf_counter(), time.process_time()
    with ChildCPU() as children:
        report = ingest_articles(paths, graph_dir, jobs=jobs)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return elapsed, cpu, children.seconds, len(report.results) - len(report.failed), len(report.failed)


def cpu_bound(single: float, main: float, workers: float) -> float:
    """The speedup over one job that two idle cores allow, from CPU seconds alone: the main
    process's work is serial, and all of it (main and workers) shares two cores."""
    return single / max(main, (main + workers) / 2)


_INGEST_TIME = re.compile(rb'"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00"\^\^xsd:dateTime')


def graph_bytes(graph_dir: Path) -> dict[str, bytes]:
    """Every TriG file of a graph folder, the time of ingest masked (it differs between runs)."""
    return {
        str(p.relative_to(graph_dir)): _INGEST_TIME.sub(b"TIME", p.read_bytes())
        for p in sorted(graph_dir.rglob("*.trig"))
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, help="a folder of real articles (*.txt) to cycle through")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="the --jobs values to compare")
    parser.add_argument(
        "--worker-nice",
        type=int,
        default=jobs_module.WORKER_NICE,
        help=f"niceness the extraction workers add (default {jobs_module.WORKER_NICE}; 0: as the main process)",
    )
    args = parser.parse_args()
    jobs_module.WORKER_NICE = args.worker_nice
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "articles").mkdir()
        paths = write_articles(root / "articles", args.articles, corpus=args.corpus)
        kb = sum(p.stat().st_size for p in paths) / len(paths) / 1024
        print(f"{len(os.sched_getaffinity(0))} CPUs; {len(paths)} articles of {kb:.1f} KB on average")
        print(f"extraction workers at nice +{args.worker_nice}")
        print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        print(
            f"{'run':<34}{'ok':>7}{'failed':>8}{'seconds':>9}{'articles/s':>12}"
            f"{'main cpu ms/art':>17}{'others cpu ms/art':>19}"
        )
        rates, graphs, cpus = {}, {}, {}
        for jobs in args.jobs:
            graph_dir = root / f"graph-{jobs}"
            shutil.copytree(shipped_graph_dir(), graph_dir, ignore=shutil.ignore_patterns(".*"))
            for label in ("first ingest", "again (all unchanged)"):
                elapsed, cpu, others_cpu, ok, failed = timed_ingest(paths, graph_dir, jobs)
                rate = (ok + failed) / elapsed
                rates.setdefault(jobs, rate)
                cpus.setdefault(jobs, (cpu, others_cpu))
                row = f"{label}, --jobs {jobs}"
                per = 1000 / (ok + failed)
                print(
                    f"{row:<34}{ok:>7}{failed:>8}{elapsed:>9.2f}{rate:>12.1f}"
                    f"{cpu * per:>17.1f}{others_cpu * per:>19.1f}"
                )
            graphs[jobs] = graph_bytes(graph_dir)
        first, *others = args.jobs
        for jobs in others:
            same = "the same graph" if graphs[jobs] == graphs[first] else "A DIFFERENT GRAPH"
            single = sum(cpus[first])
            bound = cpu_bound(single, *cpus[jobs]) if jobs == 2 else float("nan")
            print(
                f"--jobs {jobs} / --jobs {first}: {rates[jobs] / rates[first]:.2f}x articles/s; {same}; "
                f"CPU seconds allow {bound:.2f}x on two idle cores"
            )
        files = len(list((root / f"graph-{first}" / "sources").glob("*.trig")))
        size = sum(p.stat().st_size for p in (root / f"graph-{first}").rglob("*.trig")) / 1e6
        print(f"graph folder: {files} source files, {size:.1f} MB of TriG")
        print(
            "load average after: {:.2f} {:.2f} {:.2f} (timings are noisy on a shared machine)".format(
                *os.getloadavg()
            )
        )


if __name__ == "__main__":
    main()
