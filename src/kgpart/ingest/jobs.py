"""Extraction and shape checks in worker processes, for ``kgpart ingest --jobs N``.

Text -> :class:`~kgpart.extract.Record` runs in the workers, and the shape checks of each
converted source in one more process (:class:`CheckProcess`; beside an on-disk index it reads
the checker's base from ``known.sqlite``, as the main process would); the main process resolves, converts and writes each article in the batch's order, as
with one job, so the graph written is the same. Beside an on-disk index the main process looks
names up by key as one job does (``known.py``), never reading every file: each article goes to
a worker with the stored entities its text may name. Workers extract ahead of the main process with the gazetteer it had when
it sent the article, plus what it learned since (sent along with later articles, each entry
once per worker). The main process takes each result in order and keeps it only when no
entity the worker did not know yet is named in the article (:func:`still_valid`), so the record
is the one a single job would make. As soon as an article's names are resolved, the next
article is sent again if its answer is outdated (:meth:`ExtractionPool.prepare`), to be read
while the main process checks and writes the one before (a worker reads the first article of
the batch it holds, so that copy goes before those queued ahead); only an answer still
outdated when it is needed is extracted again in the main process, as is an article no worker
is on while each is busy with another (the workers then skip it). Workers run at
:data:`WORKER_NICE`: on a busy CPU the main process, the serial part, goes first.

Workers are started by a fork server (or spawned where there is none), not forked from the
main process: they hold neither its graph store nor its lock on the graph folder. The fork
server warms itself as it starts (:func:`warm_up`, while the main process reads the graph), so
the processes forked from it do not each build the extractor's tables and the shapes again;
each names itself (``kgpart-fork``, ``kgpart-extract``, ``kgpart-check``) for ``ps`` and ``top``.
A new process's fork server imports the extractor before it serves (about half a second idle,
seconds busy): the workers are started from a background thread, and until they are up the
main process reads and checks the articles itself, as one job does (a batch of a few dozen
short articles may finish before they are); later batches of the process wait the milliseconds
its warm server takes. Where this
Python cannot be started again they are forked, and close the main process's pipe ends. A
worker ignores Ctrl-C (the main process stops it after writing what finished); one that dies
is that article's ``failed`` line and is replaced; workers that die before answering at all
leave the batch to the main process.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import multiprocessing.forkserver
import multiprocessing.spawn
import os
import pickle
import signal
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgpart.errors import KgpartError
from kgpart.extract import KnownEntity, Record, extract_parsed, extract_text
from kgpart.extract.article import Article, read_article
from kgpart.ingest.name_index import NameIndex, is_named_in, named_in
from kgpart.validate.graph import ValidationReport, integrity_checks
from kgpart.validate.source import SourceGraphChecker

IN_FLIGHT = 4  # articles sent to a worker at once, so it never waits for the main process (bench_ingest: 4 ingests ~4 % more articles/s than 2)
WORKER_NICE = 5  # extraction workers' niceness: on a busy CPU the main process, the serial part, goes first
POOL_FROM = 50  # articles: a smaller batch loses more to starting the workers than they save

#: whether this process's fork server has started workers (so it is up and warm): later pools
#: wait for theirs (milliseconds) instead of reading their first articles themselves
_server = {"warm": False}

log = logging.getLogger(__name__)  # warnings reach the CLI through the "kgpart" logger


def default_jobs() -> int:
    """The CPUs this process may run on (the default of ``--jobs``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class ExtractOptions:
    """What every article of the batch is extracted with (as ``extract_article`` takes it)."""

    url: str | None
    published: str | None
    max_bytes: int
    lang: str

    def extract(self, path: Path, known: Sequence[KnownEntity], article: Article) -> Record:
        """The record of the article at ``path`` (``article``: the file as read, not read again)
        with ``known`` entities, as one job extracts it."""
        return extract_parsed(
            article, path, url=self.url, published=self.published, known=known, lang=self.lang
        )


@dataclass
class Extracted:
    """A worker's answer: the record or the error, how much of the gazetteer it knew, and the
    article's text (to tell whether what it did not know is named there)."""

    record: Record | None
    error: BaseException | None
    known: int
    text: str = ""


def still_valid(result: Extracted, gazetteer: Sequence[KnownEntity], text: str) -> bool:
    """Whether a record extracted with the first ``result.known`` entries of ``gazetteer`` is the
    one the whole gazetteer gives: the English extractor uses a known entity only where one of
    its names occurs in the text, the Russian one uses none (tests/ingest/test_jobs.py holds
    both to that)."""
    if result.record is not None and result.record.source.language == "ru":
        return True
    return not any(is_named_in(entity, text) for entity in gazetteer[result.known :])


def _work(
    conn: Connection,
    options: ExtractOptions,
    inherited: Sequence[Connection] = (),
    reading: Any = None,
    floor: Any = None,
    nice: int = 0,
) -> None:
    """A worker's loop: take (key, path, new gazetteer entries, the article's stored entries),
    answer each with an :class:`Extracted`.

    Of the articles it was sent and has not answered, it reads the first of the batch (the one
    the main process needs soonest: an article sent again with a newer gazetteer goes before
    those queued ahead), with the stored entities sent with it (looked up by key for its text;
    none when the graph was read whole) and every batch gazetteer entry it has been sent so
    far, and answers each copy of it with that one record. ``reading`` (shared memory) says which article it is on,
    so that one alone fails if the worker dies; an article below ``floor`` is one the main
    process no longer needs (it read it itself): answered without reading it. ``nice`` is
    added to its niceness (:data:`WORKER_NICE`).

    ``inherited``: the main process's ends of the pipes, when forked from it; closed, so each
    worker sees its pipe end when the main process goes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    name_process("kgpart-extract")
    with contextlib.suppress(OSError):  # the process that resolves and writes goes first
        os.nice(nice)
    for other in inherited:
        other.close()
    known = NameIndex()
    waiting: list[tuple[int, Path, list[KnownEntity]]] = []  # sent, not answered, in order received
    while True:
        try:
            while not waiting or conn.poll(0):  # wait only when there is nothing to read
                key, path, learned, stored = conn.recv()
                known.extend(learned)
                waiting.append((key, path, stored))
        except (EOFError, OSError):  # the main process has gone or closed the pipe
            return
        key, path, stored = min(waiting, key=lambda item: item[0])
        copies = sum(item[0] == key for item in waiting)
        waiting = [item for item in waiting if item[0] != key]
        if floor is not None and key < floor.value:
            answer = Extracted(None, None, len(known))  # not needed any more
        else:
            if reading is not None:
                reading.value = key
            answer = _extracted(options, path, stored, known)
        if reading is not None:
            reading.value = -1
        try:
            for _ in range(copies):
                conn.send((key, answer))
        except OSError:  # the main process has gone
            return


def name_process(name: str) -> None:
    """Name this process as ``ps`` and ``top`` show it (Linux; elsewhere it keeps its name), so
    a user, and bench/bench_ingest.py, can tell the workers, the check process and the fork
    server apart."""
    with contextlib.suppress(OSError), open("/proc/self/comm", "w", encoding="ascii") as comm:
        comm.write(name[:15])


def _extracted(
    options: ExtractOptions, path: Path, stored: Sequence[KnownEntity], known: NameIndex
) -> Extracted:
    """The article's record with ``stored`` and ``known`` entities, in that order, as the main
    process's gazetteer has them (those named in the text: the only ones the extractor uses);
    ``known`` counts as what the worker knew of the batch's. The file is read once, for its
    text and its record; one that cannot be read fails the same way whatever the gazetteer."""
    try:
        article = read_article(path, max_bytes=options.max_bytes)
    except Exception as exc:  # the same error whatever the gazetteer
        return Extracted(None, _picklable(exc), len(known), "")
    text = article.text
    try:
        record = options.extract(path, [*named_in(stored, text), *known.named_in(text)], article)
        return Extracted(record, None, len(known), text)
    except Exception as exc:  # the main process reports it as one job would (a newer gazetteer may not fail)
        return Extracted(None, _picklable(exc), len(known), text)


def _picklable(exc: Exception) -> BaseException:
    """``exc`` if it survives the pipe, else the same message as a plain error of its family."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        kind = KgpartError if isinstance(exc, KgpartError) else RuntimeError
        return kind(str(exc))


def stop_child(process: Any, conn: Connection) -> None:
    """Close the pipe to a child process, then end it: politely, and by force after five seconds."""
    conn.close()
    if process.is_alive():
        process.terminate()
    process.join(timeout=5)
    if process.is_alive():
        process.kill()
        process.join()


class WorkerDiedError(KgpartError):
    """The worker reading an article died (killed, out of memory): that article's failed line."""


class _Worker:
    """One worker process, its end of the pipe, and what it was sent."""

    def __init__(
        self, context: Any, options: ExtractOptions, others: Sequence[_Worker] = (), floor: Any = None
    ) -> None:
        self.conn, child = context.Pipe()
        forked = context.get_start_method() == "fork"  # else nothing of this process is inherited
        inherited = [self.conn, *(w.conn for w in others)] if forked else []
        self.reading = context.RawValue("q", -1)  # the article it is reading (set by the worker)
        args = (child, options, inherited, self.reading, floor, WORKER_NICE)
        self.process = context.Process(target=_work, args=args, daemon=True)
        self.process.start()
        child.close()
        self.keys: deque[int] = deque()  # articles sent, not answered, in the order sent
        self.known = 0  # gazetteer entries sent
        self.answered = 0

    def send(
        self, key: int, path: Path, gazetteer: Sequence[KnownEntity], stored: Sequence[KnownEntity]
    ) -> None:
        self.conn.send((key, path, list(gazetteer[self.known :]), list(stored)))
        self.known = len(gazetteer)
        self.keys.append(key)

    def busy_with_another(self, key: int) -> bool:
        """Whether it is reading an article other than ``key`` (not answered yet)."""
        on = self.reading.value
        return on != key and on in self.keys

    def stop(self) -> None:
        stop_child(self.process, self.conn)


class ExtractionPool:
    """``jobs`` worker processes that extract articles ahead of the main process.

    ``submit`` queues an article; ``take`` gives its result, waiting for it, while the workers
    go on with the articles after it. Keys are the articles' positions in the batch. The
    gazetteer given to ``take`` and ``prepare`` is the part that grows with the batch (sent to
    each worker once, then what it gained); an article's stored part, fixed for the batch,
    comes with it in ``submit``.
    """

    def __init__(self, jobs: int, options: ExtractOptions) -> None:
        self.jobs = jobs
        self.options = options
        self.context = _context()
        self.workers: list[_Worker] = []  # started with the first article to extract
        self.queue: deque[tuple[int, Path]] = deque()
        self.paths: dict[int, Path] = {}
        self.stored: dict[int, list[KnownEntity]] = {}  # article -> its stored gazetteer entries
        self.done: dict[int, Extracted] = {}
        self.sent: dict[int, int] = {}  # article -> the gazetteer's length it was last sent with
        self.broken = False  # workers die as they start: this process extracts the rest
        self.floor: Any = None  # shared with the workers: the articles below it are not needed
        self._starting: threading.Thread | None = None  # starts the workers (see ready)
        if self.context.get_start_method() == "forkserver":
            with contextlib.suppress(OSError):  # started now, it imports the extractor meanwhile
                multiprocessing.forkserver.ensure_running()

    @property
    def window(self) -> int:
        """How many articles ahead of the one ingested to queue for the workers."""
        return self.jobs * (IN_FLIGHT + 1)

    def submit(self, key: int, path: Path, stored: Sequence[KnownEntity] = ()) -> None:
        if self.broken:
            return
        self.queue.append((key, path))
        self.paths[key] = path
        self.stored[key] = list(stored)

    def take(self, key: int, gazetteer: Sequence[KnownEntity]) -> Extracted | None:
        """The result of article ``key``, or None when this process had better read it itself: it
        was not submitted, or no worker is reading it and every one is busy with another article
        (waiting would take longer than reading it here), or the answer is outdated and no other
        is coming. Waits for an answer the gazetteer has outdated when :meth:`prepare` asked for
        a newer one. Results of earlier articles not taken are dropped, and the workers skip
        the articles up to ``key`` they still hold."""
        for old in [k for k in self.done if k < key]:
            del self.done[old]
        for old in [k for k in self.paths if k < key]:
            del self.paths[old]
            self.stored.pop(old, None)
            self.sent.pop(old, None)
        self.queue = deque(item for item in self.queue if item[0] >= key)
        while True:
            if key not in self.paths or self.broken or not self.ready():
                return self._past(key, None)
            # keep every worker busy, not only while this process waits: take the answers ready,
            # then give each worker its IN_FLIGHT articles (else one that answered all it held
            # idles until this process next waits for an answer)
            self._collect(block=False)
            if not self.broken:
                self._dispatch(gazetteer)
            if self.broken:
                return self._past(key, None)
            answer = self.done.get(key)
            if answer is not None and still_valid(answer, gazetteer, answer.text):
                break
            pending = [w for w in self.workers if key in w.keys]
            if not pending and all(k != key for k, _ in self.queue):
                return self._past(key, None)  # outdated, and no newer answer coming
            if all(w.busy_with_another(key) for w in self.workers):
                return self._past(key, None)
            self._dispatch(gazetteer)
            if not self.broken:
                self._collect()
        del self.paths[key]
        self.stored.pop(key, None)
        return self._past(key, self.done.pop(key))

    def _past(self, key: int, answer: Extracted | None) -> Extracted | None:
        """``answer``, once the workers are told to skip ``key`` and the articles before it."""
        if self.floor is not None:
            self.floor.value = max(self.floor.value, key + 1)
        return answer

    def prepare(self, after: int, gazetteer: Sequence[KnownEntity]) -> None:
        """Called once the names of article ``after`` are resolved, when the gazetteer the next
        article will be read with is known: if the workers' answer for it is outdated, or was
        sent with an older gazetteer, or not sent yet, send it now (ahead of the others) with
        this one, so that it is extracted while this process checks and writes ``after``."""
        key = min((k for k in self.paths if k > after), default=None)
        if key is None or self.broken or not self.ready():
            return
        answer = self.done.get(key)
        if answer is not None and still_valid(answer, gazetteer, answer.text):
            return
        if self.sent.get(key, -1) >= len(gazetteer):
            return  # already asked with this gazetteer
        self.queue = deque(item for item in self.queue if item[0] != key)
        # a worker holding it unread reads it next, with this gazetteer, and answers both copies
        holding = [w for w in self.workers if key in w.keys and w.reading.value != key]
        worker = holding[0] if holding else min(self.workers, key=lambda w: len(w.keys))
        try:
            self._send(worker, key, gazetteer)
        except OSError:
            self.queue.appendleft((key, self.paths[key]))
            self._replace(worker)

    def ready(self) -> bool:
        """Whether the workers are up; False while they start and when they cannot (said once).

        The first call starts them in a background thread: a fork server first imports the
        extractor (about half a second on an idle machine, seconds on a busy one), and this
        process reads the first articles itself meanwhile instead of waiting for it."""
        if self.broken:
            return False
        if self.workers:
            return True
        if self._starting is None:
            if self.context.get_start_method() == "fork":  # instant: nothing to wait for
                self._start_workers()
                return not self.broken
            self._starting = threading.Thread(target=self._start_workers, name="kgpart-start", daemon=True)
            self._starting.start()
        if _server["warm"]:  # it forks them in milliseconds: wait, as the batch's order wants
            self._starting.join()
        return not self._starting.is_alive() and not self.broken

    def _start_workers(self) -> None:
        workers: list[_Worker] = []
        try:
            floor = self.context.RawValue("q", 0)
            for _ in range(self.jobs):
                workers.append(_Worker(self.context, self.options, workers, floor))
        except OSError as exc:
            log.warning("cannot start extraction processes (%s): extracting in one process", exc)
            for worker in workers:
                worker.stop()
            self.broken = True
            return
        self.floor = floor
        self.workers = workers  # last: the main thread takes a non-empty list as "up"
        _server["warm"] = True

    def close(self) -> None:
        """Stop every worker (an interrupted batch: they may be mid-article)."""
        if self._starting is not None:
            self._starting.join()
        for worker in self.workers:
            worker.stop()

    def _dispatch(self, gazetteer: Sequence[KnownEntity]) -> None:
        for worker in list(self.workers):
            while self.queue and len(worker.keys) < IN_FLIGHT:
                key, path = self.queue.popleft()
                try:
                    self._send(worker, key, gazetteer)
                except OSError:  # it died: its replacement takes the article
                    self.queue.appendleft((key, path))
                    self._replace(worker)
                    if self.broken:
                        return
                    break

    def _send(self, worker: _Worker, key: int, gazetteer: Sequence[KnownEntity]) -> None:
        worker.send(key, self.paths[key], gazetteer, self.stored.get(key, []))
        self.sent[key] = len(gazetteer)

    def _collect(self, block: bool = True) -> None:
        """Wait for at least one answer (``block``; else take those there are); replace a worker
        that died, failing its articles."""
        busy = {w.conn: w for w in self.workers if w.keys}
        if not busy:
            return
        ready = wait(list(busy), None if block else 0)
        while not block and ready:  # every answer there is, not one a worker
            self._receive([busy[conn] for conn in ready])
            busy = {w.conn: w for w in self.workers if w.keys}
            ready = wait(list(busy), 0) if busy and not self.broken else []
        if block:
            self._receive([busy[conn] for conn in ready])

    def _receive(self, workers: list[_Worker]) -> None:
        """One answer from each of ``workers`` (its pipe readable)."""
        for worker in workers:
            if self.broken:
                return
            try:
                key, answer = worker.conn.recv()
            except (EOFError, OSError):
                self._replace(worker)
                if self.broken:
                    return
                continue
            worker.keys.remove(key)
            worker.answered += 1
            if key not in self.done or answer.known >= self.done[key].known:  # the newer gazetteer's
                self.done[key] = answer

    def _replace(self, worker: _Worker) -> None:
        """Start a worker in place of one that died; the article it was reading fails. One that
        died before its first answer says workers cannot run here: this process extracts the rest."""
        worker.process.join(timeout=5)
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        if not worker.answered:
            log.warning("an extraction process ended as it started (%s): extracting in one process", how)
            self.broken = True
            self.queue.clear()
            self.close()
            for each in self.workers:
                each.keys.clear()
            return
        reading = worker.reading.value
        if reading not in worker.keys and worker.keys:  # between two: the one it would read next
            reading = min(worker.keys)
        if reading in worker.keys:  # that article, and no other, fails
            while reading in worker.keys:
                worker.keys.remove(reading)
            if reading not in self.done:
                error = WorkerDiedError(f"the extraction process died ({how}) while reading it")
                self.done[reading] = Extracted(None, error, 0)
        if worker.keys:
            unread = [(key, self.paths[key]) for key in worker.keys if key in self.paths]
            self.queue.extendleft(reversed(unread))  # sent to it, not read: another worker reads them
        worker.keys.clear()
        worker.stop()
        others = [w for w in self.workers if w is not worker]
        self.workers[self.workers.index(worker)] = _Worker(self.context, self.options, others, self.floor)


def _nquads(quads: list[ox.Quad]) -> bytes:
    """Quads for the pipe: N-Quads is exact for Oxigraph's terms and ~40x faster than pickling them."""
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def _quads(data: bytes) -> list[ox.Quad]:
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def _check(
    conn: Connection, base: bytes, inherited: Sequence[Connection] = (), database: Path | None = None
) -> None:
    """The check process's loop: take (key, quads of the sources that passed since, quads to
    check), answer with the :class:`ValidationReport` (or the error; None: quads it could not
    read, which the main process checks). Its checker sees the same base and the same passed
    sources, in the same order, as the main process's own: ``base`` alone, or beside an on-disk
    index ``base`` (the entities graph) and the rest of it read from ``database``
    (``known.sqlite``, opened read-only: the main process does not change it during a batch)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    name_process("kgpart-check")
    for other in inherited:
        other.close()
    checker = _checker(_quads(base), database)
    while True:
        try:
            key, passed, data = conn.recv()
        except (EOFError, OSError):  # the main process has gone or closed the pipe
            return
        answer: ValidationReport | BaseException | None = None
        try:
            checker.commit(_quads(passed))
            quads = _quads(data)
        except (SyntaxError, ValueError):  # not for what Oxigraph wrote; the main process checks
            quads = None
        try:
            answer = None if quads is None else checker.check(quads)
        except Exception as exc:  # the main process raises it as one job would
            answer = _picklable(exc)
        try:
            conn.send((key, answer))
        except OSError:
            return


def _checker(base: list[ox.Quad], database: Path | None) -> SourceGraphChecker:
    if database is None:
        return SourceGraphChecker(base)
    import sqlite3

    from kgpart.ingest.known import Known

    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True, isolation_level=None)
    return Known(db).checker(base)


class CheckProcess:
    """A process that checks one converted source against the shapes while this process converts
    the next article (the shape checks are about a fifth of an article's serial work).

    One check at a time: a source is sent once the one before has its verdict, with the new
    entities of the sources that passed since, so the check process's base is this process's.
    """

    def __init__(
        self, base: list[ox.Quad], others: Sequence[Connection] = (), *, database: Path | None = None
    ) -> None:
        context = _context()
        self.conn, child = context.Pipe()
        forked = context.get_start_method() == "fork"
        inherited = [self.conn, *others] if forked else []
        args = (child, _nquads(base), inherited, database)
        self.process = context.Process(target=_check, args=args, daemon=True)
        self.process.start()
        child.close()
        self.passed: list[ox.Quad] = []  # new entities of sources that passed, not sent yet
        self.key: int | None = None  # the source sent, its verdict not taken

    def commit(self, quads: list[ox.Quad]) -> None:
        """The new entities of a source that passed: part of the base of the next check."""
        self.passed += quads

    def send(self, key: int, quads: list[ox.Quad]) -> None:
        self.conn.send((key, _nquads(self.passed), _nquads(quads)))
        self.passed = []
        self.key = key

    def verdict(self) -> ValidationReport:
        """The report on the source sent (its error raised).

        Raises
        ------
        WorkerDiedError
            When the check process died or could not read the quads (the caller checks the
            source itself)."""
        try:
            key, answer = self.conn.recv()
        except (EOFError, OSError):
            raise WorkerDiedError("the shape-check process died") from None
        assert key == self.key
        self.key = None
        if isinstance(answer, BaseException):
            raise answer
        if not isinstance(answer, ValidationReport):
            raise WorkerDiedError("the shape-check process could not read a source")
        return answer

    def stop(self) -> None:
        stop_child(self.process, self.conn)


def start_pool(jobs: int, articles: int, options: ExtractOptions) -> ExtractionPool | None:
    """A pool of ``jobs`` workers for a batch of ``articles``, None when one process does as well
    (one job, or fewer than :data:`POOL_FROM` articles: starting the workers, a fork server that
    imports the extractor, costs about half a second). The workers start with the first article
    to extract: none for a batch of unchanged articles."""
    if jobs < 2 or articles < POOL_FROM:
        return None
    return ExtractionPool(min(jobs, articles), options)


# Our own sentences, in the genre's constructions, for :func:`warm_up`.
WARM_TEXT = (
    "Ambassador of Kazakhstan to Norway Aigerim Sultan met the Rector of Fjordheim University, "
    "Ola Berg, on 4 March 2025. The parties discussed academic mobility and joint research in "
    "hydrology. Fjordheim University and Steppe Technical University signed a memorandum of "
    "understanding on a dual degree programme. Currently, 12 students from Kazakhstan are "
    "studying at Fjordheim University."
)


def warm_up() -> None:
    """Build, once, what each process forked from the fork server would otherwise build on its
    first article: the extractor's lazily made tables and compiled patterns, the shapes parsed
    and compiled for the screen, pySHACL imported (the screen's fallback), the integrity checks
    read. Run by the fork server as it starts (``kgpart.ingest.warm``), while the main process
    reads the graph; the workers and the check process are forked from it warm (measured: the
    check process spent ~0.5 s of CPU setting itself up, each worker ~0.1-0.3 s)."""
    name_process("kgpart-fork")
    with contextlib.suppress(Exception):  # a cold start is slower, never wrong: the server must serve
        extract_text(WARM_TEXT)
        SourceGraphChecker([])
        integrity_checks()
        import pyshacl  # noqa: F401


def start_fork_server() -> None:
    """Start this process's fork server and wait until it serves: the pools of later batches
    start their workers at once (a caller that ingests batch after batch, the tests)."""
    pool = ExtractionPool(1, ExtractOptions(None, None, 1, "en"))
    pool._start_workers()
    pool.close()


def _context() -> Any:
    """A fork server where there is one (workers start in milliseconds, with the extractor's
    modules already imported, and inherit nothing of the main process), else spawn. Both start
    this Python again: where it cannot (a virtualenv behind a folder this user may not enter),
    the workers are forked from this process."""
    methods = multiprocessing.get_all_start_methods()
    if not os.access(multiprocessing.spawn.get_executable(), os.X_OK) and "fork" in methods:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["kgpart.ingest.jobs", "kgpart.ingest.warm"])
        return context
    return multiprocessing.get_context("spawn")
