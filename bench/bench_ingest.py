"""Benchmark: ingest throughput, end to end, on generated articles of about 3 KB, with 1 and 2 jobs.

Writes N articles to a temporary folder (generated, or real ones from ``--corpus`` taken in
turn, each copy with its own URL), ingests them into a copy of the shipped graph
(extraction, resolution, conversion, shape checks, atomic writes) with ``--jobs 1``, then into
another copy with ``--jobs 2`` (extraction in two worker processes), then ingests them again
(every article unchanged); ``--rounds`` repeats this in turn. Prints a table, the line
``RATIO --jobs 2 / --jobs 1`` (the goal: 2 jobs ingest >= 1.7 times as many articles per
second as 1 on two cores; the median over the rounds) and whether both wrote the same graph.
With ``--ceiling``, each round also runs two ``--jobs 1`` ingests of all the articles at the
same time, each into its own copy of the graph: the most two processes get from this machine's
two CPUs for this work (no sharing of a gazetteer, no pipes, no check process), the ratio
``--jobs 2`` is measured against beside the ideal 2.0.
Articles per second count every article (added or failed): each is read, extracted, resolved
and checked. Beside the wall clock, the CPU milliseconds per article of each process: the
ingest process, the extraction workers, the check process and the fork server they are
forked from (told apart by the names kgpart gives them), their sum against one job's, and the
speedup those CPU seconds allow on two idle cores (the ingest process's work is serial; all
of it shares the two): on a shared machine the wall clock follows the load, the CPU seconds
much less.

    python bench/bench_ingest.py [--articles 1000] [--jobs 1 2] [--rounds 3] [--worker-nice 5] [--ceiling]
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from multiprocessing.synchronize import Event as EventType
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_extract import generated_article

import kgpart.ingest.jobs as jobs_module
from kgpart.ingest.folder import ingest_articles
from kgpart.ingest.known import Known
from kgpart.store.folder import shipped_graph_dir
from kgpart.store.graph import KnowledgeGraph


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
ROLES = {"kgpart-extract": "workers", "kgpart-check": "check", "kgpart-fork": "fork server"}
COLUMNS = ("ingest", "workers", "check", "fork server", "other")


class ChildCPU:
    """CPU seconds (user + system) of every process below this one, read from /proc every 50 ms
    while a run goes on (the workers are the fork server's children, never this process's, so
    ``RUSAGE_CHILDREN`` does not see them); the last 50 ms of a process that ends may be missed.

    The processes below are found through each task's ``children`` file, not by reading every
    process of the machine: that walk cost ~10 % of a core, which the sampling thread took from
    the runs it measured (and which ``time.process_time`` counted as the ingest process's).
    ``own`` is the sampling thread's CPU seconds, to take out of this process's."""

    def __init__(self) -> None:
        self.seen: dict[int, float] = {}
        self.names: dict[int, str] = {}  # the process's name: kgpart-extract, kgpart-check, kgpart-fork
        self.own = 0.0
        self.before: dict[int, float] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> ChildCPU:
        self._sample()  # processes already running (a fork server of an earlier run) count from now
        self.before = dict(self.seen)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()
        self._sample()

    @property
    def seconds(self) -> float:
        return sum(self.by_role().values())

    def by_role(self) -> dict[str, float]:
        """CPU seconds by process name (``other``: a process kgpart did not name)."""
        roles: dict[str, float] = {}
        for pid, seconds in self.seen.items():
            role = ROLES.get(self.names.get(pid, ""), "other")
            roles[role] = roles.get(role, 0.0) + seconds - self.before.get(pid, 0.0)
        return roles

    def _run(self) -> None:
        start = time.thread_time()
        while not self.stop.wait(0.05):
            self._sample()
        self.own = time.thread_time() - start

    def _sample(self) -> None:
        todo = children_of(os.getpid())
        while todo:
            pid = todo.pop()
            try:
                with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            cpu = (int(fields[11]) + int(fields[12])) / _TICK
            self.seen[pid] = max(self.seen.get(pid, 0.0), cpu)
            with contextlib.suppress(OSError), open(f"/proc/{pid}/comm", encoding="ascii") as f:
                self.names[pid] = f.read().strip()
            todo += children_of(pid)


def children_of(pid: int) -> list[int]:
    """The processes ``pid``'s threads started (Linux's ``/proc/PID/task/TID/children``)."""
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
                found += [int(child) for child in f.read().split()]
        except OSError:
            continue
    return found


@dataclass
class Run:
    """One ingest: wall seconds, articles in and failed, and CPU seconds by process (``ingest``:
    the process that resolves, converts and writes, this one; with jobs, also the workers, the
    check process and the fork server they are forked from)."""

    elapsed: float
    ok: int
    failed: int
    cpu: dict[str, float]

    @property
    def articles(self) -> int:
        return self.ok + self.failed

    @property
    def rate(self) -> float:
        return self.articles / self.elapsed

    def cpu_ms(self, role: str | None = None) -> float:
        """CPU milliseconds per article: of one process role, or of all (None)."""
        seconds = sum(self.cpu.values()) if role is None else self.cpu.get(role, 0.0)
        return 1000 * seconds / self.articles


def timed_ingest(paths: list[Path], graph_dir: Path, jobs: int) -> Run:
    """Ingest ``paths`` into ``graph_dir`` with ``jobs``, timed (wall clock, and the CPU of each
    process: on a shared machine the wall clock follows the load; the CPU seconds much less)."""
    start, cpu = time.perf_counter(), time.process_time()
    with ChildCPU() as children:
        report = ingest_articles(paths, graph_dir, jobs=jobs)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu - children.own
    failed = len(report.failed)
    return Run(elapsed, len(report.results) - failed, failed, {"ingest": cpu, **children.by_role()})


def _ingest_when(go: EventType, paths: list[Path], graph_dir: Path) -> None:
    go.wait()
    ingest_articles(paths, graph_dir, jobs=1)


def side_by_side(paths: list[Path], start: Path, root: Path) -> float:
    """Wall seconds of two ``--jobs 1`` ingests of ``paths`` run at the same time, each into its
    own copy of ``start`` (copied before the clock starts; both begin together)."""
    context = multiprocessing.get_context("fork")
    go = context.Event()
    processes = []
    for n in (1, 2):
        graph_dir = root / f"graph-side-{n}"
        shutil.copytree(start, graph_dir)
        process = context.Process(target=_ingest_when, args=(go, paths, graph_dir))
        process.start()
        processes.append((process, graph_dir))
    time.sleep(0.5)  # both forked and waiting
    began = time.perf_counter()
    go.set()
    for process, _ in processes:
        process.join()
    elapsed = time.perf_counter() - began
    for process, graph_dir in processes:
        if process.exitcode != 0:
            raise SystemExit(f"a side-by-side ingest failed (exit code {process.exitcode})")
        shutil.rmtree(graph_dir)
    return elapsed


def cpu_bound(single: float, main: float, total: float) -> float:
    """The speedup over one job that two idle cores allow, from CPU seconds alone: the ingest
    process's work is serial, and all of it (with the workers') shares two cores."""
    return single / max(main, total / 2)


_INGEST_TIME = re.compile(rb'"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00"\^\^xsd:dateTime')


def indexed_copy(source: Path, target: Path) -> None:
    """A copy of a graph folder with its on-disk index and ``known.sqlite`` built, so that the
    ingests timed look names up by key (as on a big graph) and pay no first build."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".index", ".kgpart.lock"))
    os.environ["KGPART_INDEX"] = "disk"
    kg = KnowledgeGraph.open(target)
    try:
        known = Known.open(target, kg)
        if known is not None:
            known.close()
    finally:
        kg.close()


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
    parser.add_argument(
        "--into",
        type=Path,
        help="a graph folder to ingest into (a copy of it, its on-disk index and known.sqlite built "
        "first, untimed), e.g. a kgpart synth graph; default: the shipped graph, read whole",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="rounds of the --jobs values in turn, each into new graphs (the median ratio is printed)",
    )
    parser.add_argument(
        "--ceiling",
        action="store_true",
        help="each round, also two --jobs 1 ingests at the same time (the machine's own ceiling)",
    )
    args = parser.parse_args()
    for folder in (args.into, args.corpus):
        if folder is not None and not folder.is_dir():
            parser.error(f"{folder}: no such folder")
    jobs_module.WORKER_NICE = args.worker_nice
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "articles").mkdir()
        paths = write_articles(root / "articles", args.articles, corpus=args.corpus)
        kb = sum(p.stat().st_size for p in paths) / len(paths) / 1024
        print(f"{len(os.sched_getaffinity(0))} CPUs; {len(paths)} articles of {kb:.1f} KB on average")
        print(f"extraction workers at nice +{args.worker_nice}")
        start = root / "start"
        if args.into:
            indexed_copy(args.into, start)
        else:
            shutil.copytree(shipped_graph_dir(), start, ignore=shutil.ignore_patterns(".*"))
        files = sum(1 for _ in start.rglob("*.trig"))
        print(f"into {args.into or 'the shipped graph'}: {files} graph files")
        print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        header = "".join(f"{c:>12}" for c in COLUMNS)
        print(f"{'':<74}{'CPU ms per article, by process':^68}")
        print(f"{'run':<44}{'ok':>6}{'failed':>7}{'seconds':>9}{'art/s':>8}{header}{'all':>8}")
        firsts: dict[int, list[Run]] = {jobs: [] for jobs in args.jobs}
        graphs: dict[int, dict[str, bytes]] = {}
        ceilings: list[float] = []
        for round_ in range(1, args.rounds + 1):
            for jobs in args.jobs:
                graph_dir = root / f"graph-{jobs}-{round_}"
                shutil.copytree(start, graph_dir)
                for label in ("first ingest", "again (all unchanged)"):
                    run = timed_ingest(paths, graph_dir, jobs)
                    if label == "first ingest":
                        firsts[jobs].append(run)
                    row = f"{label}, --jobs {jobs}" + (f", round {round_}" if args.rounds > 1 else "")
                    cells = "".join(f"{run.cpu_ms(c):>12.1f}" for c in COLUMNS)
                    print(
                        f"{row:<44}{run.ok:>6}{run.failed:>7}{run.elapsed:>9.2f}{run.rate:>8.1f}"
                        f"{cells}{run.cpu_ms():>8.1f}"
                    )
                graphs.setdefault(jobs, graph_bytes(graph_dir))
                shutil.rmtree(graph_dir)
            if args.ceiling:
                elapsed = side_by_side(paths, start, root)
                rate = 2 * len(paths) / elapsed
                one = firsts[args.jobs[0]][-1].rate
                ceilings.append(rate / one)
                row = "two --jobs 1 ingests at once" + (f", round {round_}" if args.rounds > 1 else "")
                print(f"{row:<44}{2 * len(paths):>6}{'':>7}{elapsed:>9.2f}{rate:>8.1f}")
        print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        summary(args.jobs, firsts, graphs)
        if ceilings:
            each = f" (rounds: {', '.join(f'{r:.2f}' for r in ceilings)})" if len(ceilings) > 1 else ""
            print(
                f"CEILING two --jobs 1 ingests side by side / one alone: {statistics.median(ceilings):.2f}x "
                f"articles/s{each}: what two processes get from this machine for this work"
            )


def summary(
    jobs_values: list[int], firsts: dict[int, list[Run]], graphs: dict[int, dict[str, bytes]]
) -> None:
    """The ratios of the first ingests (median over the rounds) and the CPU per article they rest on."""
    first, *others = jobs_values
    base = firsts[first]
    for jobs in others:
        runs = firsts[jobs]
        ratios = [run.rate / one.rate for run, one in zip(runs, base, strict=True)]
        same = "the same graph" if graphs[jobs] == graphs[first] else "A DIFFERENT GRAPH"
        each = f" (rounds: {', '.join(f'{r:.2f}' for r in ratios)})" if len(ratios) > 1 else ""
        print(
            f"RATIO --jobs {jobs} / --jobs {first}: {statistics.median(ratios):.2f}x articles/s{each}; {same}"
        )
        one_cpu = statistics.median(one.cpu_ms() for one in base)
        all_cpu = statistics.median(run.cpu_ms() for run in runs)
        main_cpu = statistics.median(run.cpu_ms("ingest") for run in runs)
        parts = ", ".join(
            f"{c} {statistics.median(run.cpu_ms(c) for run in runs):.1f}"
            for c in COLUMNS
            if any(run.cpu.get(c) for run in runs)
        )
        print(
            f"CPU ms per article: --jobs {first} {one_cpu:.1f}; --jobs {jobs} {all_cpu:.1f} ({parts}), "
            f"{all_cpu / one_cpu:.2f}x the CPU of --jobs {first}"
        )
        if first == 1 and jobs == 2:
            print(
                f"  two idle cores allow {cpu_bound(one_cpu, main_cpu, all_cpu):.2f}x from these CPU "
                "seconds (the ingest process is serial; all processes share two cores)"
            )
    print("wall-clock ratios follow the load on a shared machine; CPU ms per article much less")


if __name__ == "__main__":
    main()
