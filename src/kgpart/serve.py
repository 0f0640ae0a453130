"""``kgpart serve``: a SPARQL endpoint over the graph, run by Oxigraph's own server.

Read-only by default: the graph's on-disk index is served with ``oxigraph serve-read-only`` (an
update is answered 403). With ``allow_update`` an in-memory ``oxigraph serve`` is started and the
graph uploaded into it; updates then live in that server only (the graph folder stays the truth).
Either way the Oxigraph server listens on a private loopback port behind kgpart's guard
(``serve_guard.py``), which listens on 127.0.0.1 unless told otherwise and refuses SERVICE and
LOAD from URLs unless allowed. The server treats the union of the graphs as the default graph,
stops queries after ``timeout`` seconds (Oxigraph's ``--timeout-s``: a query past it is cancelled
and its answer cut short), and serves a query page (YASGUI) at ``/``.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import KgpartError


@dataclass(frozen=True)
class ServeOptions:
    """How to serve: where to listen, how long a query may run, whether writes are allowed."""

    port: int = 7878
    bind: str = "127.0.0.1"
    timeout: float = 30.0
    allow_update: bool = False
    allow_service: bool = False

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
    """The ``oxigraph`` command line for these options (read-only needs a store ``location``).

    The server listens on a private loopback ``port``; kgpart's guard listens where the user asked.
    """
    cmd = [oxigraph_binary(), "serve-read-only" if location is not None else "serve"]
    if location is not None:
        cmd += ["--location", str(location)]
    limit = f"{max(1, round(options.timeout))}"
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
    from .locations import resolve_graph_dir
    from .serve_guard import free_loopback_port, start_guard

    options = options or ServeOptions()
    graph_dir = resolve_graph_dir(graph)
    backend = free_loopback_port()
    guard = _listen(options, backend)  # first, so a taken port is said before anything starts
    try:
        with _served_location(graph_dir, options) as location:
            proc = subprocess.Popen(
                server_command(options, location, backend),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                preexec_fn=_end_with_parent,
            )
            try:
                _wait_until_up(proc, f"http://127.0.0.1:{backend}")
                if options.allow_update:
                    _upload(graph_dir, f"http://127.0.0.1:{backend}")
                start_guard(guard)
                if on_ready is not None:
                    on_ready(options.url)
                return proc.wait()
            except KeyboardInterrupt:
                return 0
            finally:
                _stop(proc)
    finally:
        guard.shutdown()
        guard.server_close()


def _listen(options: ServeOptions, backend: int) -> Any:
    """Take the address the user asked for, naming it when it is taken."""
    from .serve_guard import Guard

    try:
        return Guard(
            (options.bind, options.port),
            backend,
            allow_service=options.allow_service,
            timeout=options.timeout,
        )
    except OSError as exc:
        raise KgpartError(f"cannot listen on {options.url}: {exc.strerror or exc}") from exc


@contextmanager
def _served_location(graph_dir: Path, options: ServeOptions) -> Iterator[Path | None]:
    """The on-disk index to serve read-only (held under a shared lock), or ``None`` for read-write."""
    if options.allow_update:
        yield None
        return
    from .index import index_dir
    from .index_build import open_indexed

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

    from .store import KnowledgeGraph

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


def _wait_until_up(proc: subprocess.Popen[bytes], url: str, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace").strip() if proc.stderr else ""
            last = err.splitlines()[-1] if err else f"exit status {proc.returncode}"
            raise KgpartError(f"the SPARQL server at {url} did not start: {last}")
        try:
            with urllib.request.urlopen(url + "/", timeout=1):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise KgpartError(f"the SPARQL server at {url} did not answer within {seconds:g} s")


def _upload(graph_dir: Path, url: str) -> None:
    from .remote import RemoteGraph, push
    from .store import KnowledgeGraph

    push(KnowledgeGraph.open(graph_dir), RemoteGraph(url))


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
