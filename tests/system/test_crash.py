"""Crash safety: an ingest of 1,000 articles killed (SIGKILL) at random moments loses nothing.

A real ``kgpart`` process ingests the articles and is killed at seeded random points of its
progress, four times; each kill is followed by checks and the ingest is resumed until it
completes. After every kill:

- every ``.trig`` file of the graph folder parses with pyoxigraph and with rdflib;
- ``kgpart validate`` passes (so no fact points at an entity whose description was lost);
- no temporary file of an interrupted write is counted as a graph file;
- each article is fully in or fully out: its named graph lives only in its own file, and the file
  holds exactly the quads an uninterrupted ingest of the same articles writes (ingest timestamps
  aside): compared at the end, against a reference ingest run alongside;
- the index (``graph/.index``), where the library has one, rebuilds from the files with the same
  quads as reading the files directly.

A second test runs two ingests at once: the second waits or says the graph is busy (exit 75).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kgpart.ingest.folder import readable_part
from kgpart.store.folder import graph_files
from kgpart.store.graph import KnowledgeGraph

pytestmark = pytest.mark.slow

KGPART = str(Path(sys.executable).with_name("kgpart"))
TINY = Path(__file__).parent.parent / "data" / "tiny.trig"
ARTICLES = 1000
KILLS = 4
SEED = 20250907
VOLATILE = ("ingestedAt", "generatedAtTime")  # the time of ingest: differs between runs

PLACES = ["Harbour", "Lakeside", "Steppe", "Northfield", "Riverside", "Hillcrest", "Oakmont", "Seaview"]
FIRST = ["Anna", "Marat", "Lukas", "Aigerim", "Tomas", "Elena", "Dana", "Peter"]
LAST = ["Berg", "Sarsenov", "Peeters", "Nurlanova", "Kairys", "Ivanova", "Omarova", "Smit"]
COUNTRIES = ["Kazakhstan", "Belgium", "France", "Lithuania", "Estonia", "Poland"]
SENTENCES = [
    "Ambassador of {c1} to {c2} {p1} met the Rector of {u1}, {p2}.",
    "Currently, {n} students from {c1} are studying at {u1}.",
    "{u1} and {u2} signed a memorandum on academic mobility.",
    "The double-degree programme between {u1} and {u2} involves {n} master's students.",
    "The parties discussed joint research and artificial intelligence.",
]


def small_article(rng: random.Random) -> str:
    """Two to four sentences: a meeting, then some of a cohort, a memorandum, a programme, topics."""
    u = rng.sample(PLACES, 2)
    c, f, last = rng.sample(COUNTRIES, 2), rng.sample(FIRST, 2), rng.sample(LAST, 2)
    values = {
        "u1": f"{u[0]} University",
        "u2": f"{u[1]} University",
        "c1": c[0],
        "c2": c[1],
        "p1": f"{f[0]} {last[0]}",
        "p2": f"{f[1]} {last[1]}",
        "n": rng.randint(2, 90),
    }
    chosen = [SENTENCES[0], *rng.sample(SENTENCES[1:], rng.randint(1, 3))]
    return " ".join(s.format(**values) for s in chosen)


def write_articles(folder: Path, count: int, seed: int = SEED) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"a-{i:04d}.txt"
        header = f"URL: https://news.example.org/{i}\nDATE: 2025-{1 + i % 12:02d}-{1 + i % 28:02d}\n\n"
        path.write_text(header + small_article(rng) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def new_graph(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(TINY, folder / "tiny.trig")
    return folder


def start_ingest(articles: Path, graph: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [KGPART, "ingest", str(articles), "--graph", str(graph)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Processes a test starts; any still running at teardown are killed."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)


def normalised(data: bytes) -> frozenset[str]:
    quads = ox.parse(data, format=ox.RdfFormat.TRIG)
    return frozenset(str(q) for q in quads if not q.predicate.value.endswith(VOLATILE))


class Checker:
    """The checks after each kill; files already parsed (same bytes) are not parsed again."""

    def __init__(self, graph: Path) -> None:
        self.graph = graph
        self.parsed: set[bytes] = set()
        self.snapshots: list[dict[str, bytes]] = []

    def sources(self) -> dict[str, bytes]:
        return {p.stem: p.read_bytes() for p in sorted((self.graph / "sources").glob("*.trig"))}

    def all_parse(self) -> None:
        for path in sorted(self.graph.rglob("*.trig")):
            data = path.read_bytes()
            if data in self.parsed:
                continue
            quads = list(ox.parse(data, format=ox.RdfFormat.TRIG))
            dataset = rdflib.Dataset()
            dataset.parse(data=data, format="trig")
            assert len(quads) == sum(len(g) for g in dataset.graphs()) > 0, path
            self.parsed.add(data)

    def no_temp_file_is_a_graph_file(self) -> None:
        files = graph_files(self.graph)
        assert all(p.suffix == ".trig" and not p.name.startswith(".") for p in files)
        assert {p.name for p in files} - {"tiny.trig", "entities.trig"} == {
            p.name for p in (self.graph / "sources").glob("*.trig")
        }

    def each_graph_in_its_own_file(self) -> None:
        """A source's named graph appears in its file and nowhere else: no half-moved facts."""
        for path in (self.graph / "sources").glob("*.trig"):
            names = {q.graph_name.value for q in ox.parse(path.read_bytes(), format=ox.RdfFormat.TRIG)}
            assert names == {f"https://w3id.org/kgpart/id/graph/{path.stem}"}, path

    def validates(self) -> None:
        done = subprocess.run(
            [KGPART, "validate", "--graph", str(self.graph)], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stdout[:2000] + done.stderr[:2000]

    def index_rebuilds(self) -> None:
        if not _has_index():
            return
        shutil.rmtree(self.graph / ".index", ignore_errors=True)
        direct = KnowledgeGraph.from_files(graph_files(self.graph))
        indexed = KnowledgeGraph.open(self.graph, index="memory")  # type: ignore[call-arg]
        assert len(indexed) == len(direct)
        assert set(indexed.fact_graphs()) == set(direct.fact_graphs())

    def after_kill(self) -> None:
        self.all_parse()
        self.no_temp_file_is_a_graph_file()
        self.each_graph_in_its_own_file()
        self.validates()
        self.snapshots.append(self.sources())


def _has_index() -> bool:
    import inspect

    return "index" in inspect.signature(KnowledgeGraph.open).parameters


def kill_when(proc: subprocess.Popen[bytes], sources: Path, count: int, lag: float) -> bool:
    """SIGKILL ``proc`` ``lag`` seconds after ``sources`` holds ``count`` files; False when it
    finished first. Kills follow the ingest's progress, not the clock, so they land mid-ingest
    however fast or loaded the machine is; the random lag puts them at any point of a write."""
    while proc.poll() is None:
        if sources.is_dir() and sum(1 for _ in sources.glob("*.trig")) >= count:
            time.sleep(lag)
            if proc.poll() is not None:
                break
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            return True
        time.sleep(0.01)
    return False


def test_sigkill_during_ingest_loses_nothing(
    tmp_path: Path, processes: list[subprocess.Popen[bytes]]
) -> None:
    articles = tmp_path / "articles"
    write_articles(articles, ARTICLES)
    reference = start_ingest(articles, new_graph(tmp_path / "reference"))
    processes.append(reference)
    crash = new_graph(tmp_path / "graph")
    checker = Checker(crash)
    rng = random.Random(SEED)
    # Kill points spread over the run: after 5-20 %, 25-45 %, 50-70 % and 75-95 % of the articles.
    targets = [int(ARTICLES * rng.uniform(0.05 + 0.25 * k, 0.20 + 0.25 * k)) for k in range(KILLS)]
    kills = 0
    while kills < KILLS:
        proc = start_ingest(articles, crash)
        processes.append(proc)
        if not kill_when(proc, crash / "sources", targets[kills], rng.uniform(0.0, 0.3)):
            break
        kills += 1
        assert proc.returncode == -signal.SIGKILL
        checker.after_kill()
        checker.index_rebuilds()
    final = start_ingest(articles, crash)
    processes.append(final)
    _, err = final.communicate(timeout=240)
    assert final.returncode == 0, err.decode()[-2000:]
    assert kills == KILLS, "the ingest finished before it could be killed often enough"
    checker.after_kill()
    reference.communicate(timeout=240)
    assert reference.returncode == 0
    compare_with_reference(checker, tmp_path / "reference")
    counts = [len(s) for s in checker.snapshots]
    temps = len(list(crash.rglob("*.tmp")))
    print(f"sources stored at each kill: {counts[:-1]}; temporary files left by kills: {temps}")
    assert temps == 0, "the last ingest removes what killed writers left (issue 17, item 18)"
    assert counts == sorted(counts) and counts[-1] == ARTICLES
    assert 0 < counts[KILLS - 1] < ARTICLES, f"every kill should land mid-ingest: {counts}"


def compare_with_reference(checker: Checker, reference: Path, *, articles: int = ARTICLES) -> None:
    """Every source file seen after any kill is complete: the same quads as the reference's."""
    expected = {p.stem: normalised(p.read_bytes()) for p in (reference / "sources").glob("*.trig")}
    assert len(expected) == articles
    for i, snapshot in enumerate(checker.snapshots):
        for slug, data in snapshot.items():
            assert normalised(data) == expected[slug], f"{slug} after kill {i + 1} differs from the reference"
    entities = normalised((reference / "entities.trig").read_bytes())
    assert normalised((checker.graph / "entities.trig").read_bytes()) == entities


def test_the_checks_catch_a_half_written_source(tmp_path: Path) -> None:
    """A source file cut at a line boundary still parses; the comparison must still refuse it."""
    from kgpart.ingest.folder import ingest_articles

    articles = tmp_path / "articles"
    write_articles(articles, 5)
    reference = new_graph(tmp_path / "reference")
    ingest_articles([articles], reference)
    graph = tmp_path / "graph"
    shutil.copytree(reference, graph)
    victim = sorted((graph / "sources").glob("*.trig"))[2]
    lines = victim.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = next(i for i in range(len(lines) // 2, 0, -1) if lines[i].rstrip().endswith("."))
    victim.write_text("".join(lines[: cut + 1]) + "}\n", encoding="utf-8")
    checker = Checker(graph)
    checker.all_parse()  # still well-formed TriG ...
    checker.snapshots.append(checker.sources())
    with pytest.raises(AssertionError, match=f"{victim.stem} after kill 1 differs"):
        compare_with_reference(checker, reference, articles=5)


def test_two_ingests_at_once_wait_or_say_busy(
    tmp_path: Path, processes: list[subprocess.Popen[bytes]]
) -> None:
    first_batch, second_batch = tmp_path / "first", tmp_path / "second"
    paths = write_articles(tmp_path / "all", 400)
    first_batch.mkdir()
    second_batch.mkdir()
    for path in paths[:300]:
        path.rename(first_batch / path.name)
    for path in paths[300:]:
        path.rename(second_batch / path.name)
    graph = new_graph(tmp_path / "graph")
    first = start_ingest(first_batch, graph)
    processes.append(first)
    time.sleep(1.5)  # the first holds the lock: its startup is well under this, its batch well over
    second = start_ingest(second_batch, graph)
    processes.append(second)
    _, second_err = second.communicate(timeout=120)
    _, first_err = first.communicate(timeout=120)
    assert first.returncode == 0, first_err.decode()[-2000:]
    stored = {readable_part(p.stem).rsplit("-", 1)[1] for p in (graph / "sources").glob("*.trig")}
    if second.returncode == 75:
        lines = second_err.decode().strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Error: the graph {graph} is busy")
        assert stored == {str(i) for i in range(300)}, "the refused ingest wrote something"
    else:  # it waited for the first, then went in whole
        assert second.returncode == 0, second_err.decode()[-2000:]
        assert stored == {str(i) for i in range(400)}
    Checker(graph).validates()
