"""``kgpart ingest --jobs N``: extraction in N processes, the same graph and report as one job.

The articles are our own writing: invented institutions and people, in the genre's sentences.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import kgpart.ingest.folder as folder
import kgpart.ingest.jobs as jobs_module
from kgpart.cli.app import cli
from kgpart.extract import KnownEntity, extract_article, extract_parsed, extract_text
from kgpart.ingest.folder import ingest_articles
from kgpart.store.folder import init_graph_dir
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import ValidationReport, Violation, validate_graph
from kgpart.validate.source import SourceGraphChecker

TAGUS_VISIT = """URL: https://news.example.org/tagus-visit
DATE: 2025-05-14

Ambassador of Kazakhstan to Portugal Marat Olzhas met the Rector of Tagus Polytechnic University (TPU), \
Sofia Reis, in Lisbon on 12 May 2025. The parties discussed academic mobility and joint research.
"""

# Names TPU and Sofia Reis only as the article before it does: what it yields depends on the
# gazetteer that article grows, so a worker that read it too early must be overruled.
TPU_SUMMER_SCHOOL = """URL: https://news.example.org/tpu-summer-school
DATE: 2025-05-20

Sofia Reis welcomed a delegation of Steppe Technical University to Lisbon. Steppe Technical \
University and TPU agreed to run a joint summer school on water engineering.
"""

TAGUS_STUDENTS = """# Students from Kazakhstan at Tagus

DATE: 2025-06-02

Currently, 23 students from Kazakhstan are studying at Tagus Polytechnic University. \
Steppe Technical University cooperates with Tagus Polytechnic University in hydrology.
"""

MEADOWBANK_HTML = """<html><head><title>Meadowbank University signs a memorandum | Campus News</title></head>
<body><h1>Meadowbank University signs a memorandum</h1>
<p>A memorandum of cooperation was signed between Meadowbank University and Steppe Technical University
on 3 March 2025.</p>
<p>Ambassador of Kazakhstan to Ireland Dana Akhmet met with the Rector of Meadowbank University,
Ciaran Walsh, to discuss PhD co-supervision.</p></body></html>
"""

DANA_AGAIN = """URL: https://news.example.org/dana-again
DATE: 2025-03-09

Dana Akhmet and Ciaran Walsh opened a reading room of Kazakh literature at Meadowbank University.
"""

NOTHING = "The weather in the valley was mild and the rivers ran high all spring.\n"

RUSSIAN = """URL: https://news.example.org/lissabon
DATE: 2025-06-01

Посол Казахстана в Португалии Марат Олжас встретился с ректором Лиссабонского технического \
университета Софией Рейш. Стороны обсудили академическую мобильность и совместные научные проекты. \
В университете обучаются 40 студентов из Казахстана.
"""


@pytest.fixture(autouse=True)
def small_batches_use_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The batches here are small; workers are started for them all the same, from a fork server
    already warm (a cold one lets this process read the first articles itself meanwhile: see
    test_a_cold_fork_server_leaves_the_first_articles_to_this_process)."""
    monkeypatch.setattr(jobs_module, "POOL_FROM", 2)
    jobs_module.start_fork_server()


def write_batch(folder_: Path) -> list[Path]:
    """A batch with every kind of line: added, kept (the same text again), failed (empty,
    binary, nothing recognisable), English and Russian, Markdown and HTML."""
    texts: list[tuple[str, str | bytes]] = [
        ("01-tagus-visit.txt", TAGUS_VISIT),
        ("02-tpu-summer-school.txt", TPU_SUMMER_SCHOOL),
        ("03-empty.txt", ""),
        ("04-tagus-students.md", TAGUS_STUDENTS),
        ("05-meadowbank.html", MEADOWBANK_HTML),
        ("06-dana-again.txt", DANA_AGAIN),
        ("07-copy-of-the-visit.txt", TAGUS_VISIT.replace("tagus-visit", "tagus-visit-copy")),
        ("08-binary.txt", b"\x00\x01\x02 not text"),
        ("09-nothing.txt", NOTHING),
        ("10-lissabon.txt", RUSSIAN),
    ]
    texts += [(f"{11 + i:02d}-generated.txt", text) for i, text in enumerate(generated_articles(8, seed=3))]
    folder_.mkdir()
    for name, text in texts:
        path = folder_ / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return sorted(folder_.iterdir())


UNIVERSITIES = [
    "Harrowgate University",
    "Ostrava Mining University",
    "Lagoon State University",
    "Pinecrest Medical University",
    "Tagus Polytechnic University",
    "Caspian Engineering University",
    "Northmoor University",
    "Sandvik Technical University",
]
PEOPLE = ["Ilse Brandt", "Tomas Novak", "Arman Seitkali", "Greta Lind", "Omar Haddad", "Lena Fischer"]
COUNTRIES = ["Germany", "Czechia", "Sweden", "Austria", "Poland", "Norway"]
TOPICS = ["artificial intelligence", "hydrology", "medicine", "mining engineering", "economics"]


def generated_articles(count: int, *, seed: int) -> Iterator[str]:
    """Article-like texts of a few sentences each, names drawn from small invented pools so
    that later articles meet the entities earlier ones introduced."""
    rng = random.Random(seed)
    for i in range(count):
        host, guest = rng.sample(UNIVERSITIES, 2)
        ambassador, rector = rng.sample(PEOPLE, 2)
        country = rng.choice(COUNTRIES)
        students = 5 + i
        yield (
            f"URL: https://news.example.org/generated/{seed}/{i}\nDATE: 2025-{1 + i % 12:02d}-{1 + i % 27:02d}\n\n"
            f"Ambassador of Kazakhstan to {country} {ambassador} met the Rector of {host}, {rector}, "
            f"on {1 + i % 27} {['May', 'June', 'October'][i % 3]} 2025. "
            f"The parties discussed academic mobility and {rng.choice(TOPICS)}.\n\n"
            f"{host} cooperates with {guest} in {rng.choice(TOPICS)}.\n\n"
            f"Currently, {students} students from Kazakhstan are studying at {host}.\n"
        )


def ingest_with(jobs: int, articles: list[Path], graph_dir: Path) -> tuple[str, dict[str, bytes]]:
    """The report and every written file of one ingest into a new graph folder."""
    init_graph_dir(graph_dir)
    report = ingest_articles(articles, graph_dir, jobs=jobs)
    files = {str(p.relative_to(graph_dir)): p.read_bytes() for p in sorted(graph_dir.rglob("*.trig"))}
    return report.text(), files


def test_two_and_three_jobs_write_the_same_graph_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(folder, "now", lambda: "2026-01-02T03:04:05+00:00")  # the time of ingest
    articles = write_batch(tmp_path / "articles")
    one_report, one_files = ingest_with(1, articles, tmp_path / "one")
    lines = [line for line in one_report.splitlines() if not line.startswith(" ")]  # not warnings
    assert [line.split()[0] for line in lines[:10]] == [
        *["added", "added", "failed", "added", "added", "added", "kept", "failed", "failed", "added"]
    ], one_report
    assert "TPU" in one_files[next(k for k in one_files if "tpu-summer-school" in k)].decode()
    here: list[Path] = []  # articles extracted in this process: with workers, few if any
    extract_here = extract_parsed

    def counted(article: Any, path: Path, **options: Any) -> Any:
        here.append(path)
        return extract_here(article, path, **options)

    monkeypatch.setattr(jobs_module, "extract_parsed", counted)
    checked_here: list[int] = []  # sources checked against the shapes in this process: none
    check_here = SourceGraphChecker.check

    def check_counted(self: SourceGraphChecker, quads: list[Any]) -> Any:
        checked_here.append(len(quads))
        return check_here(self, quads)

    monkeypatch.setattr(SourceGraphChecker, "check", check_counted)
    for jobs in (2, 3):
        here.clear()
        checked_here.clear()
        report, files = ingest_with(jobs, articles, tmp_path / f"jobs-{jobs}")
        assert len(here) < 5, here
        assert checked_here == [], "the check process checks each source while this one converts the next"
        assert report == one_report
        assert files.keys() == one_files.keys()
        different = [name for name in files if files[name] != one_files[name]]
        assert different == [], f"--jobs {jobs} wrote other bytes in {different}"


def test_a_second_run_with_jobs_changes_nothing(tmp_path: Path) -> None:
    articles = write_batch(tmp_path / "articles")
    graph_dir = tmp_path / "graph"
    _, before = ingest_with(2, articles, graph_dir)
    report = ingest_articles(articles, graph_dir, jobs=2)
    assert {r.status for r in report.results} == {"unchanged", "failed", "kept"}
    assert {
        str(p.relative_to(graph_dir)): p.read_bytes() for p in sorted(graph_dir.rglob("*.trig"))
    } == before


def test_the_extractor_uses_a_known_entity_only_where_one_of_its_names_is_written() -> None:
    """What lets a worker's record stand (kgpart.ingest.jobs.still_valid): entities of the
    gazetteer that the text does not name change nothing, even a person whose surname alone
    is written, or an organisation of the same words in another order."""
    absent = [
        KnownEntity("Sofia Reis", (), None, None, "person"),
        KnownEntity("Olzhas Marat", (), None, None, "person"),
        KnownEntity("Polytechnic University of Tagus", ("PUT",), "University", "Portugal"),
        KnownEntity("Dana Akhmetova", ("D. Akhmetova",), None, None, "person"),
    ]
    texts = [TAGUS_VISIT.replace("Sofia Reis", "Professor Reis"), DANA_AGAIN, *generated_articles(4, seed=5)]
    for text in texts:
        body = text.split("\n\n", 1)[1]
        present = [e for e in absent if any(name in body for name in (e.name, *e.aliases))]
        assert present == []
        assert extract_text(body, known=absent) == extract_text(body, known=[])


def test_the_russian_extractor_uses_no_known_entity() -> None:
    """Why a worker's record of a Russian article always stands (kgpart.ingest.jobs.still_valid)."""
    body = RUSSIAN.split("\n\n", 1)[1]
    named = [  # each named in the article as written there
        KnownEntity("Марат Олжас", ("Marat Olzhas",), None, None, "person"),
        KnownEntity(
            "Лиссабонского технического университета", ("Lisbon Technical University",), "University"
        ),
    ]
    assert all(entity.name in body for entity in named)
    assert extract_text(body, known=named) == extract_text(body, known=[])


def test_a_worker_reads_the_first_article_it_holds_with_every_entry_it_was_sent(tmp_path: Path) -> None:
    """Sent articles 3, 1, 2 and 1 again (prepare's copy, with one more gazetteer entry) before
    it starts, a worker answers 1 (both copies, one reading, with both entries), then 2 (with the
    stored entry sent with it first) and 3, in that order; below the floor (articles the main
    process read itself) it answers without reading; between articles it says it reads none."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    texts = list(generated_articles(3, seed=9))
    paths = []
    for i, text in enumerate(texts, start=1):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    options = jobs_module.ExtractOptions(None, None, 1_000_000, "auto")
    first = KnownEntity("Harrowgate University", (), "University", "United Kingdom")
    second = KnownEntity("Ilse Brandt", (), None, None, "person")
    conn, child = context.Pipe()
    reading, floor = context.RawValue("q", -1), context.RawValue("q", 0)
    stored = KnownEntity("Tomas Novak", (), None, None, "person")  # article 2's, looked up by key
    for key, learned in ((3, [first]), (1, []), (2, []), (1, [second])):
        conn.send((key, paths[key - 1], learned, [stored] if key == 2 else []))
    worker = context.Process(target=jobs_module._work, args=(child, options, [conn], reading, floor))
    worker.start()
    child.close()
    try:
        answers = [conn.recv() for _ in range(4)]
        assert [key for key, _ in answers] == [1, 1, 2, 3]
        assert answers[0][1] == answers[1][1] and answers[0][1].known == 2
        for key, answer in answers:
            known = [stored, first, second] if key == 2 else [first, second]
            assert answer.record == extract_article(paths[key - 1], known=known)
        assert reading.value == -1
        floor.value = 3
        conn.send((2, paths[1], [], []))
        key, skipped = conn.recv()
        assert key == 2 and skipped.record is None and skipped.error is None
    finally:
        jobs_module.stop_child(worker, conn)


def test_the_pool_keeps_every_worker_busy_when_an_answer_is_ready(tmp_path: Path) -> None:
    """Taking an answer that is already there still collects the others and gives each worker
    its IN_FLIGHT articles, so no worker idles until the main process next waits; every answer
    is the record one job makes."""
    # enough for every worker to be refilled at each of the four takes with a wide margin: with 44 the
    # queue once ran dry under a loaded CI ([4, 3]: the pool refills the first worker first, so the
    # second came up short), the workers having answered more than the eight a take usually sees
    paths = []
    for i, text in enumerate(generated_articles(2 * jobs_module.IN_FLIGHT * 20, seed=5)):
        paths.append(tmp_path / f"{i:03}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    options = jobs_module.ExtractOptions(None, None, 1_000_000, "auto")
    pool = jobs_module.ExtractionPool(2, options)
    try:
        for key, path in enumerate(paths):
            pool.submit(key, path)
        answers = [pool.take(0, [])]
        for key in range(1, 4):
            deadline = time.monotonic() + 30
            while any(w.reading.value != -1 for w in pool.workers) and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.2)  # every worker has answered what it held
            answers.append(pool.take(key, []))
            assert [len(w.keys) for w in pool.workers] == [jobs_module.IN_FLIGHT] * 2
        for path, answer in zip(paths[: len(answers)], answers, strict=True):
            assert answer is not None and answer.record == extract_article(path, known=[])
    finally:
        pool.close()


def test_jobs_must_be_one_or_more(runner: CliRunner, tmp_path: Path) -> None:
    for value in ("0", "-2", "two", "1.5"):
        result = runner.invoke(
            cli, ["ingest", str(tmp_path), "--graph", str(tmp_path / "g"), "--jobs", value]
        )
        assert result.exit_code == 2, result.output
        assert (
            result.output == f"Error: --jobs must be a whole number of processes, 1 or more, got '{value}'\n"
        )


def test_help_names_jobs_with_an_example(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ingest", "--help"])
    assert "-j, --jobs N" in result.output
    assert "kgpart ingest news/ --graph graph/ --jobs 2" in result.output


# -- real processes: a worker killed, the batch interrupted ---------------------------------------


def big_batch(folder_: Path, count: int) -> list[Path]:
    """``count`` short articles. A new process's fork server imports the extractor before the
    workers start (about a second), and the ingest process reads articles itself meanwhile
    (~100 a second): the tests that watch the workers give them hundreds."""
    folder_.mkdir()
    paths = []
    for i, text in enumerate(generated_articles(count, seed=8)):
        paths.append(folder_ / f"article-{i:03d}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def start_ingest(articles: Path, graph_dir: Path) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "kgpart", "ingest", str(articles), "--graph", str(graph_dir), "--jobs", "2"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def descendants(pid: int) -> list[int]:
    """Processes below ``pid`` (its fork server and the workers forked from that)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        children = [p for p, pp in parents.items() if pp == parent]
        found += children
        todo += children
    return found


def wait_for_workers(pid: int, count: int = 2) -> list[int]:
    """The workers (forked by the fork server, a child of ``pid``), once all have started."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        children = set(descendants(pid)) - {p for c in descendants(pid) for p in descendants(c)}
        workers = [p for c in children for p in descendants(c)]
        if len(workers) >= count:
            return workers
        time.sleep(0.05)
    raise AssertionError(f"the workers of {pid} did not start")


def assert_intact_and_finished(articles: Path, graph_dir: Path, count: int) -> None:
    """Every file of the folder reads, the graph conforms, nothing temporary is left, and a
    second run finishes the batch."""
    files = {str(p.relative_to(graph_dir)) for p in graph_dir.rglob("*") if p.is_file()}
    made = {f for f in files if f.startswith("sources/") or f == "entities.trig"}
    assert {f for f in made if not f.endswith(".trig")} == set()  # no temporary file left
    assert files - made <= {"reference.trig", ".gitignore", ".kgpart.lock"} | {
        f
        for f in files
        if f.startswith(".index/")  # the query index: its own sweeps, not ingest's
    }
    assert validate_graph(KnowledgeGraph.open(graph_dir)).conforms
    done = subprocess.run(
        [sys.executable, "-m", "kgpart", "ingest", str(articles), "--graph", str(graph_dir), "--jobs", "2"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{count} article(s) ok, 0 failed" in done.stdout
    assert len(list((graph_dir / "sources").glob("*.trig"))) == count


def wait_for_a_write(graph_dir: Path) -> None:
    """Until the first sources are written (every 25 articles): well into the batch."""
    deadline = time.monotonic() + 120
    while not any((graph_dir / "sources").glob("*.trig")):
        assert time.monotonic() < deadline, "nothing written in two minutes"
        time.sleep(0.02)


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime + stime


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def worker_reading_while_the_ingest_waits(pid: int) -> int:
    """The extraction worker that runs while the ingest process ``pid`` has used no CPU for half a
    second: the ingest process waits for the article that worker is reading."""
    deadline = time.monotonic() + 120
    window = 0.5
    while time.monotonic() < deadline:
        workers = [p for p in descendants(pid) if _comm(p) == "kgpart-extract"]
        before = {p: _cpu_ticks(p) for p in [pid, *workers]}
        time.sleep(window)
        after = {p: _cpu_ticks(p) for p in [pid, *workers]}
        ticks = os.sysconf("SC_CLK_TCK")
        if after[pid] == before[pid]:
            busy = [p for p in workers if after[p] - before[p] >= 0.2 * window * ticks]
            if len(busy) == 1:
                return busy[0]
    raise AssertionError("no worker was reading while the ingest process waited")


def gone(pids: list[int]) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{p}").exists() and "Z" not in _state(p) for p in pids):
            return True
        time.sleep(0.05)
    return False


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_a_killed_worker_fails_its_article_and_the_batch_goes_on(tmp_path: Path) -> None:
    articles, graph_dir = tmp_path / "articles", tmp_path / "graph"
    count = 400
    paths = big_batch(articles, count)
    # one long article well past the first write and the workers' start (~1.6 MB, seconds to
    # read, whole copies of the first 100 short ones): the ingest process waits
    # for it while one worker reads it, and that worker is the one killed, in mid-article (a
    # worker killed between articles holds none, and the batch would fail nothing)
    bodies = [path.read_text(encoding="utf-8").split("\n\n", 1)[1] for path in paths[:100]]
    head = paths[300].read_text(encoding="utf-8").split("\n\n", 1)[0]
    paths[300].write_text(head + "\n\n" + "\n\n".join(bodies * 50), encoding="utf-8")
    init_graph_dir(graph_dir)
    ingest = start_ingest(articles, graph_dir)
    wait_for_workers(ingest.pid)
    wait_for_a_write(graph_dir)
    os.kill(worker_reading_while_the_ingest_waits(ingest.pid), signal.SIGKILL)
    out, err = ingest.communicate(timeout=600)
    assert ingest.returncode == 1, out + err
    died = [line for line in out.splitlines() if "the extraction process died (killed by signal 9)" in line]
    assert len(died) == 1 and died[0].startswith("failed"), out
    assert f"{count - 1} article(s) ok, 1 failed" in out
    assert gone(descendants(ingest.pid))
    assert_intact_and_finished(articles, graph_dir, count)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_ctrl_c_mid_batch_keeps_what_finished_and_leaves_no_process(tmp_path: Path) -> None:
    articles, graph_dir = tmp_path / "articles", tmp_path / "graph"
    count = 400
    big_batch(articles, count)
    init_graph_dir(graph_dir)
    ingest = start_ingest(articles, graph_dir)
    below = wait_for_workers(ingest.pid)
    wait_for_a_write(graph_dir)
    below = descendants(ingest.pid)
    ingest.send_signal(signal.SIGINT)
    out, err = ingest.communicate(timeout=120)
    assert ingest.returncode != 0 and "article(s) ok" not in out, out + err  # stopped mid-batch
    assert gone(below), "workers left running after Ctrl-C"
    assert_intact_and_finished(articles, graph_dir, count)


def test_workers_forked_from_this_process_write_the_same_graph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where this Python cannot be started again (a virtualenv behind a folder the user may not
    enter), the workers are forked: each must still see its pipe close and answer the same."""
    import multiprocessing

    import kgpart.ingest.jobs as jobs

    monkeypatch.setattr(folder, "now", lambda: "2026-01-02T03:04:05+00:00")
    monkeypatch.setattr(jobs, "_context", lambda: multiprocessing.get_context("fork"))
    articles = write_batch(tmp_path / "articles")
    assert ingest_with(2, articles, tmp_path / "forked") == ingest_with(1, articles, tmp_path / "one")


def test_workers_that_die_as_they_start_leave_the_batch_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A worker that cannot run at all (its start fails in the child) is not replaced again
    and again: one warning, and this process extracts the batch, with the same outcome."""
    import multiprocessing

    import kgpart.ingest.jobs as jobs

    monkeypatch.setattr(folder, "now", lambda: "2026-01-02T03:04:05+00:00")
    monkeypatch.setattr(jobs, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(jobs, "_work", lambda *args: os._exit(3))
    articles = write_batch(tmp_path / "articles")
    with caplog.at_level("WARNING", logger="kgpart"):
        broken = ingest_with(2, articles, tmp_path / "broken")
    assert broken == ingest_with(1, articles, tmp_path / "one")
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == ["an extraction process ended as it started (exit code 3): extracting in one process"]


LONE = """URL: https://news.example.org/lone
DATE: 2025-04-04

Ambassador of Kazakhstan to Finland Aida Nurlan met the Rector of Saimaa Forestry University, \
Veikko Lahti, on 3 April 2025. The parties discussed forestry research.
"""


def test_a_source_refused_while_the_next_is_converted_is_left_out_as_with_one_job(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shapes refuse an article (here: a rule added for the test, in every process) whose
    verdict comes while the next article is converted: its new entities stay out of the
    entities graph and of the next check's base, and the same text right after it, under
    another URL, goes in; the same text right after one that passed is kept out. Report and
    files are those of one job."""
    import multiprocessing

    import kgpart.ingest.jobs as jobs

    monkeypatch.setattr(folder, "now", lambda: "2026-01-02T03:04:05+00:00")
    monkeypatch.setattr(jobs, "_context", lambda: multiprocessing.get_context("fork"))  # the rule reaches it
    check = SourceGraphChecker.check

    def refusing_lone(self: SourceGraphChecker, quads: list[Any]) -> ValidationReport:
        report = check(self, quads)
        if any(q.object.value == "https://news.example.org/lone" for q in quads):
            report.violations.append(Violation("lone", "refused for the test"))
        return report

    monkeypatch.setattr(SourceGraphChecker, "check", refusing_lone)
    texts = [*generated_articles(3, seed=5)]
    texts += [LONE, LONE.replace("/lone", "/lone-again"), TAGUS_VISIT]
    texts += [TAGUS_VISIT.replace("tagus-visit", "tagus-visit-copy"), *generated_articles(3, seed=6)]
    (tmp_path / "articles").mkdir()
    articles = []
    for i, text in enumerate(texts):
        articles.append(tmp_path / "articles" / f"{i:02d}.txt")
        articles[-1].write_text(text, encoding="utf-8")
    one = ingest_with(1, articles, tmp_path / "one")
    statuses = [line.split()[0] for line in one[0].splitlines() if not line.startswith(" ")]
    assert statuses[3:7] == ["failed", "added", "added", "kept"], one[0]
    assert "refused by the shapes: lone: refused for the test" in one[0]
    assert ingest_with(2, articles, tmp_path / "two") == one


def test_a_check_process_that_dies_leaves_the_checks_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The shape-check process ends before its first verdict: one warning, this process checks
    that article and the rest, with the same outcome as one job."""
    import multiprocessing

    import kgpart.ingest.jobs as jobs

    monkeypatch.setattr(folder, "now", lambda: "2026-01-02T03:04:05+00:00")
    monkeypatch.setattr(jobs, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(jobs, "_check", lambda *args: os._exit(3))
    articles = write_batch(tmp_path / "articles")
    with caplog.at_level("WARNING", logger="kgpart"):
        broken = ingest_with(2, articles, tmp_path / "broken")
    assert broken == ingest_with(1, articles, tmp_path / "one")
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == ["the shape-check process died: checking in this process"]


# -- the fork server starts warm, and each process says what it is -----------------------------


def test_the_fork_servers_module_warms_the_extractor_and_the_shapes() -> None:
    """Importing kgpart.ingest.warm (as the fork server does) parses and compiles the shapes and
    reads the integrity checks once, so the processes forked from it do not; importing the
    jobs module alone (as the main process does) does not."""
    probe = (
        "import kgpart.ingest.jobs{}\n"
        "from kgpart.validate.graph import integrity_checks, shapes_and_vocabulary\n"
        "from kgpart.validate.source import shape_screen\n"
        "print([f.cache_info().currsize for f in (shapes_and_vocabulary, shape_screen, integrity_checks)])\n"
    )
    for module, expected in (("", "[0, 0, 0]"), (", kgpart.ingest.warm", "[1, 1, 1]")):
        done = subprocess.run(
            [sys.executable, "-c", probe.format(module)], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == expected


@pytest.mark.skipif(not Path("/proc/self/comm").exists(), reason="reads the process name from /proc")
def test_importing_the_warm_module_elsewhere_changes_nothing(tmp_path: Path) -> None:
    """The doctests import every module: outside a fork server (``python -c``) the warm module
    neither builds the tables nor renames the process."""
    script = tmp_path / "imports_everything.py"
    script.write_text(
        "from pathlib import Path\n"
        "import kgpart.ingest.warm\n"
        "from kgpart.validate.source import shape_screen\n"
        "print(shape_screen.cache_info().currsize, Path('/proc/self/comm').read_text().strip())\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    size, name = done.stdout.split()
    assert size == "0" and name != "kgpart-fork", done.stdout


def test_a_warm_up_that_fails_leaves_the_server_serving(monkeypatch: pytest.MonkeyPatch) -> None:
    """A slower start, never a server that cannot fork workers: warm_up swallows its own errors."""

    def broken(text: str, **options: Any) -> Any:
        raise RuntimeError("the extractor broke while warming up")

    monkeypatch.setattr(jobs_module, "extract_text", broken)
    monkeypatch.setattr(jobs_module, "name_process", lambda name: None)  # this is pytest's process
    jobs_module.warm_up()


# A fork server held back until a file exists: Python runs sitecustomize as it starts, and the
# server is the one process here started as ``python -c``.
GATE_SITE = """
import os, sys, time
if sys.argv[:1] == ["-c"] and os.environ.get("KGPART_TEST_GATE"):
    end = time.monotonic() + 60
    while not os.path.exists(os.environ["KGPART_TEST_GATE"]) and time.monotonic() < end:
        time.sleep(0.02)
"""

COLD_START = """
import sys, threading, time
from pathlib import Path
import kgpart.ingest.folder as folder
import kgpart.ingest.jobs as jobs
from kgpart.extract import extract_article
from kgpart.ingest.folder import ingest_articles
from kgpart.store.folder import init_graph_dir


def written(graph_dir, articles, n):
    init_graph_dir(graph_dir)
    report = ingest_articles(articles, graph_dir, jobs=n)
    files = {str(p.relative_to(graph_dir)): p.read_bytes() for p in sorted(graph_dir.rglob("*.trig"))}
    return report.text(), files


def main():
    mode, root, gate = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    articles = [Path(a) for a in sys.argv[4:]]
    if mode == "pool":
        pool = jobs.ExtractionPool(2, jobs.ExtractOptions(None, None, 10**6, "auto"))
        pool.submit(0, articles[0])
        pool.submit(1, articles[1])
        assert pool.take(0, []) is None, "it waited for a fork server that is not serving"
        assert not pool.ready(), "workers up while their fork server was held back"
        gate.touch()
        end = time.monotonic() + 60
        while not pool.ready():
            assert time.monotonic() < end, "the workers never started"
            time.sleep(0.02)
        answer = pool.take(1, [])
        assert answer is not None and answer.record == extract_article(articles[1]), answer
        pool.close()
    else:  # the server let go mid-batch: this process read the first articles, workers the rest
        folder.now = lambda: "2026-01-02T03:04:05+00:00"
        jobs.POOL_FROM = 2
        threading.Timer(0.3, gate.touch).start()
        two = written(root / "two", articles, 2)
        assert two == written(root / "one", articles, 1), (two[0], "differs from one job")
    print("ok")


if __name__ == "__main__":
    main()
"""


def test_a_cold_fork_server_leaves_the_first_articles_to_this_process(tmp_path: Path) -> None:
    """A new process's fork server imports the extractor before it serves (half a second idle,
    seconds busy): the pool does not wait for it, this process reads those articles itself, and
    once the workers are up they answer; the graph is the one a single job writes."""
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(GATE_SITE, encoding="utf-8")
    script = tmp_path / "cold.py"
    script.write_text(COLD_START, encoding="utf-8")
    articles = [str(p) for p in write_batch(tmp_path / "articles")]
    for mode in ("pool", "ingest"):
        gate = tmp_path / f"gate-{mode}"
        paths = [p for p in articles if p.endswith(".txt")][:2] if mode == "pool" else articles
        env = {**os.environ, "KGPART_TEST_GATE": str(gate)}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tmp_path / "site"), env.get("PYTHONPATH")]))
        done = subprocess.run(
            [sys.executable, str(script), mode, str(tmp_path / mode), str(gate), *paths],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )
        assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
        assert gate.exists()


@pytest.mark.skipif(not Path("/proc/self/comm").exists(), reason="reads process names from /proc")
def test_workers_check_process_and_fork_server_are_named(tmp_path: Path) -> None:
    articles, graph_dir = tmp_path / "articles", tmp_path / "graph"
    big_batch(articles, 400)
    init_graph_dir(graph_dir)
    ingest = start_ingest(articles, graph_dir)
    names: set[str] = set()
    try:
        wait_for_workers(ingest.pid)
        deadline = time.monotonic() + 60
        while "kgpart-check" not in names and time.monotonic() < deadline and ingest.poll() is None:
            for pid in descendants(ingest.pid):
                with contextlib.suppress(OSError):
                    names.add(Path(f"/proc/{pid}/comm").read_text().strip())
            time.sleep(0.02)
    finally:
        out, err = ingest.communicate(timeout=600)
    assert ingest.returncode == 0, out + err
    assert {"kgpart-fork", "kgpart-extract", "kgpart-check"} <= names, names


# -- beside an on-disk index: names looked up by key, as with one job ----------------------------

# Name the tiny graph's entities by the short names only its gazetteer knows (HU, STU), and
# entities that an earlier article of the batch adds.
KEYED_TEXTS = [
    """URL: https://news.example.org/hu-stu-laboratory
DATE: 2025-09-03

Claire Dubois of HU opened a water laboratory together with STU. HU and STU agreed to exchange \
ten doctoral students in hydrology.
""",
    """URL: https://news.example.org/northmoor-memorandum
DATE: 2025-09-10

The Rector of Harbour University, Jean Martin, met Ilse Brandt, Vice-Rector of Northmoor \
University. Northmoor University and HU signed a memorandum on marine biology.
""",
    """URL: https://news.example.org/northmoor-students
DATE: 2025-09-12

Ilse Brandt said that Northmoor University would send eight students to STU next spring.
""",
]


def test_jobs_beside_an_on_disk_index_look_names_up_by_key(
    tiny_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With an on-disk index, the pool's ingest looks the stored entities up by key (it never
    reads the whole graph), sends each worker the stored ones its article names, has the check
    process read the checker's base from known.sqlite, and writes what one job writes, by key
    or reading every file."""
    import shutil

    monkeypatch.setattr(folder, "now", lambda: "2026-01-02T03:04:05+00:00")
    (tmp_path / "articles").mkdir()
    articles = []
    for i, text in enumerate([*KEYED_TEXTS, *generated_articles(4, seed=4), *KEYED_TEXTS[1:]]):
        articles.append(tmp_path / "articles" / f"{i:02d}.txt")
        articles[-1].write_text(text.replace("example.org/", f"example.org/{i}/"), encoding="utf-8")
    whole_reads: list[Path] = []
    open_whole = KnowledgeGraph.open.__func__  # type: ignore[attr-defined]

    def counted(cls: type[KnowledgeGraph], *args: Any, **options: Any) -> KnowledgeGraph:
        whole_reads.append(Path(args[0]) if args else Path())
        return open_whole(cls, *args, **options)  # type: ignore[no-any-return]

    here: list[Path] = []  # articles extracted in this process
    extract_here = extract_parsed

    def counted_extract(article: Any, path: Path, **options: Any) -> Any:
        here.append(path)
        return extract_here(article, path, **options)

    checked_here: list[int] = []  # sources checked in this process: with workers, none
    check_here = SourceGraphChecker.check

    def check_counted(self: SourceGraphChecker, quads: list[Any]) -> Any:
        checked_here.append(len(quads))
        return check_here(self, quads)

    monkeypatch.setattr(SourceGraphChecker, "check", check_counted)
    outcomes = {}
    for name, jobs, mode in (("plain", 1, "memory"), ("keyed-1", 1, "disk"), ("keyed-2", 2, "disk")):
        graph_dir = tmp_path / name
        shutil.copytree(tiny_dir, graph_dir)
        monkeypatch.setenv("KGPART_INDEX", mode)
        if mode == "disk":
            KnowledgeGraph.open(graph_dir).close()  # builds the on-disk index
        monkeypatch.setattr(KnowledgeGraph, "open", classmethod(counted))
        monkeypatch.setattr(jobs_module, "extract_parsed", counted_extract)
        whole_reads.clear()
        here.clear()
        checked_here.clear()
        report = ingest_articles(articles, graph_dir, jobs=jobs)
        monkeypatch.setattr(KnowledgeGraph, "open", classmethod(open_whole))
        assert (whole_reads == []) == (mode == "disk"), whole_reads
        assert len(here) < (len(articles) if jobs == 1 else 4), here  # with workers, few if any
        assert (checked_here == []) == (jobs == 2), checked_here
        written = {str(p.relative_to(graph_dir)): p.read_bytes() for p in sorted(graph_dir.glob("**/*.trig"))}
        outcomes[name] = (report.text(), written)
    assert "HU" in outcomes["plain"][1][next(k for k in outcomes["plain"][1] if "hu-stu" in k)].decode()
    assert outcomes["keyed-2"] == outcomes["keyed-1"]
    assert outcomes["keyed-1"] == outcomes["plain"]
