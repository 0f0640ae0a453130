"""``kgpart serve``: a SPARQL endpoint over the graph, run by Oxigraph's own server.

Read-only by default: the graph's on-disk index is served with ``oxigraph serve-read-only`` (an
update is answered 403). With ``allow_update`` a copy of the graph in a temporary on-disk store
is served read-write; updates then live in that copy only (the graph folder stays the truth) and
go with it when the server stops. Either way the Oxigraph server listens on a private loopback
port behind kgpart's guard (``guard.py``), which listens on 127.0.0.1 unless told otherwise,
refuses SERVICE and LOAD unless allowed, and holds queries and updates to ``timeout`` seconds: one
with no complete answer by then is answered 503 ("kgpart serve stopped the query at its time
limit") and the Oxigraph process running it is replaced (``backend.py``), since Oxigraph's own
``--timeout-s`` (set a second later, as a backstop) does not stop every query; so is a process
grown past ``max_memory_mb``. The server treats
the union of the graphs as the default graph and serves a query page (YASGUI) at ``/``.
"""

from __future__ import annotations

import math
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgpart.errors import KgpartError

MAX_TIMEOUT = 86_400
"""The longest query time limit, a day (a socket cannot wait for ever, nor for 1e300 s)."""


@dataclass(frozen=True)
class ServeOptions:
    """How to serve: where to listen, how long a query may run, whether writes are allowed."""

    port: int = 7878
    bind: str = "127.0.0.1"
    timeout: float = 30.0
    allow_update: bool = False
    allow_service: bool = False
    max_memory_mb: float = 2048.0

    def __post_init__(self) -> None:
        if not (math.isfinite(self.timeout) and 0 < self.timeout <= MAX_TIMEOUT):
            raise ValueError(
                f"timeout must be a number of seconds from 1 to {MAX_TIMEOUT}, not {self.timeout}"
            )
        if not (math.isfinite(self.max_memory_mb) and self.max_memory_mb >= 64):
            raise ValueError(f"max_memory_mb must be a number of megabytes from 64, not {self.max_memory_mb}")

    @property
    def url(self) -> str:
        host = f"[{self.bind}]" if ":" in self.bind else self.bind
        return f"http://{host}:{self.port}"


def oxigraph_binary() -> str:
    """The ``oxigraph`` server program: beside this Python (a venv), else on ``$PATH``."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise KgpartError("kgpart serve needs Oxigraph's server: pip install oxigraph")
    return found


def server_command(options: ServeOptions, location: Path | None, port: int) -> list[str]:
    """The ``oxigraph`` command line for these options and store ``location`` (``None``: in memory).

    The server listens on a private loopback ``port``; kgpart's guard listens where the user asked.
    Its own time limit is a backstop a second past the guard's, which answers first.
    """
    mode = "serve" if options.allow_update or location is None else "serve-read-only"
    cmd = [oxigraph_binary(), mode]
    if location is not None:
        cmd += ["--location", str(location)]
    limit = f"{math.ceil(options.timeout) + 1}"
    return [*cmd, "--bind", f"127.0.0.1:{port}", "--timeout-s", limit, "--union-default-graph"]


def serve(
    graph: str | Path | None = None,
    options: ServeOptions | None = None,
    *,
    on_ready: Callable[[str], None] | None = None,
) -> int:
    """Serve the graph until the server stops (or Ctrl-C); returns the server's exit status.

    Raises
    ------
    KgpartError
        When the server program is missing or does not come up (for instance, the port is taken).
    """
    from kgpart.serve.backend import Backend, free_loopback_port
    from kgpart.serve.guard import start_guard
    from kgpart.store.folder import resolve_graph_dir

    options = options or ServeOptions()
    graph_dir = resolve_graph_dir(graph)
    guard = _listen(options)  # first, so a taken port is said before anything starts
    started = False
    try:
        with _served_location(graph_dir, options) as location:
            backend = Backend(
                lambda port: server_command(options, location, port),
                free_loopback_port(),
                side_by_side=not options.allow_update,  # read-only: a replacement may open it alongside
                max_memory_mb=options.max_memory_mb,
                drain_seconds=options.timeout + 30,
                popen=_start_server,
            )
            try:
                try:
                    backend.wait_until_up()
                except RuntimeError as exc:
                    raise KgpartError(str(exc)) from None
                guard.backend = backend
                start_guard(guard)
                started = True
                if on_ready is not None:
                    on_ready(options.url)
                return backend.wait()
            except KeyboardInterrupt:
                return 0
            finally:
                backend.stop()
    finally:
        if started:  # shutdown() waits for a loop that ran: called before it, it would never return
            guard.shutdown()
        guard.server_close()


def _start_server(cmd: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_end_with_parent
    )


def _listen(options: ServeOptions) -> Any:
    """Take the address the user asked for, naming it when it is taken."""
    from kgpart.serve.guard import Guard

    try:
        return Guard(
            (options.bind, options.port),
            allow_service=options.allow_service,
            timeout=options.timeout,
        )
    except OSError as exc:
        raise KgpartError(f"cannot listen on {options.url}: {exc.strerror or exc}") from exc


@contextmanager
def _served_location(graph_dir: Path, options: ServeOptions) -> Iterator[Path | None]:
    """The on-disk store to serve: the index read-only (held under a shared lock), or a copy.

    A writable copy (``allow_update``) is on disk rather than in the server's memory so that it
    keeps the updates when the server process is replaced after a query overran.
    """
    if options.allow_update:
        with tempfile.TemporaryDirectory(prefix="kgpart-serve-") as tmp:
            _copy_to_disk(graph_dir, Path(tmp) / "store")
            yield Path(tmp) / "store"
        return
    from kgpart.store.index.build import open_indexed
    from kgpart.store.index.state import index_dir

    store, lock = open_indexed(graph_dir, "disk")
    if store is not None and lock is not None:
        del store  # the server opens it read-only itself; our lock keeps rebuilders out meanwhile
        try:
            yield index_dir(graph_dir) / "store"
        finally:
            lock.release()
        return
    with tempfile.TemporaryDirectory(prefix="kgpart-serve-") as tmp:  # read-only or locked graph folder
        _copy_to_disk(graph_dir, Path(tmp) / "store")
        yield Path(tmp) / "store"


def _copy_to_disk(graph_dir: Path, location: Path) -> None:
    import gc

    import pyoxigraph as ox

    from kgpart.store.graph import KnowledgeGraph

    kg = KnowledgeGraph.open(graph_dir, index="memory")
    disk = ox.Store(str(location))
    disk.bulk_extend(kg.store)
    disk.flush()
    del disk
    gc.collect()


def _end_with_parent() -> None:
    """In the server's process, before it runs: have Linux end it when kgpart ends.

    Without this a SIGTERM (a service manager stopping kgpart) or a SIGKILL ends kgpart before
    its ``finally`` runs, and the Oxigraph server lives on, holding the port and the index.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
