"""The Oxigraph server process behind ``kgpart serve``'s guard, replaced when a request overruns.

Oxigraph cannot cancel every query (an aggregate over a huge join runs on past its own
``--timeout-s``), and an update over a cross product grows it by gigabytes. Ending the process is
the only stop, so :class:`Backend` replaces it: when the guard reports a request past its time
limit (:meth:`Backend.retire`), or when the process outgrows ``max_memory_mb`` (a watcher reads
its resident size from ``/proc``).

Other clients' requests are not cut by a replacement for time: the old process takes no new
requests and is ended once those it is running have finished (each is held to its own limit). A
process over its memory bound is ended at once; the guard sends the queries it was running
again.
"""

from __future__ import annotations

import queue
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

Why = Literal["time", "memory"]


class BackendDownError(Exception):
    """No server process came back after a replacement."""


class Backend:
    """The Oxigraph server process behind the guard, which can be replaced while serving.

    ``command(port)`` is its command line for a loopback port. With ``side_by_side`` (a read-only
    store, which several processes may open at once) a replacement starts on a new port and takes
    new requests at once; otherwise (a writable store) the old process is ended first and the new
    one opens the same store on the same port, new requests waiting meanwhile. Replacements are
    started by one long-lived thread: Linux sends a child its parent-death signal when the
    *thread* that started it ends.
    """

    def __init__(
        self,
        command: Callable[[int], list[str]],
        port: int,
        *,
        side_by_side: bool,
        max_memory_mb: float | None = None,
        drain_seconds: float = 60.0,
        popen: Callable[[list[str]], subprocess.Popen[bytes]] | None = None,
    ) -> None:
        self.command = command
        self.side_by_side = side_by_side
        self.max_memory_mb = max_memory_mb
        self.drain_seconds = drain_seconds
        self.restarts = 0
        self._popen = popen or _popen
        self._cond = threading.Condition()
        self._ready = threading.Event()
        self._stopped = False
        self._in_flight: Counter[int] = Counter()
        self._retired: dict[int, Why] = {}
        self._requests: queue.Queue[int] = queue.Queue()
        self.proc = self._popen(command(port))
        self._procs = {0: self.proc}  # live processes by generation: the current one and draining ones
        self._target = (port, 0)  # (port, generation), replaced as one value
        threading.Thread(target=self._replacer, name="kgpart-serve-replacer", daemon=True).start()
        if max_memory_mb is not None and Path("/proc/self/status").exists():
            threading.Thread(target=self._watch_memory, name="kgpart-serve-memory", daemon=True).start()

    @property
    def port(self) -> int:
        return self._target[0]

    @property
    def generation(self) -> int:
        return self._target[1]

    def wait_until_up(self, seconds: float = 20.0) -> None:
        """Wait for the server to answer; raises ``RuntimeError`` (with its last words) if it does not."""
        _wait_until_up(self.proc, self.port, seconds)
        self._ready.set()

    @contextmanager
    def session(self, seconds: float = 60.0) -> Iterator[tuple[int, int]]:
        """The port and generation to send one request to, counted as in flight inside the block.

        Waits while a replacement starts; raises :class:`BackendDownError` if none comes up in ``seconds``.
        """
        if not self._ready.wait(seconds):
            raise BackendDownError("the SPARQL server did not come back")
        with self._cond:
            port, generation = self._target
            self._in_flight[generation] += 1
        try:
            yield port, generation
        finally:
            with self._cond:
                self._in_flight[generation] -= 1
                self._cond.notify_all()

    def retire(self, generation: int, why: Why = "time") -> None:
        """Have the process of ``generation`` replaced (a request on it overran); once per process."""
        with self._cond:
            if generation in self._retired and why == "time":
                return
            self._retired[generation] = why
            if generation == self.generation:
                self._ready.clear()
            self._cond.notify_all()
        self._requests.put(generation)

    def why_retired(self, generation: int) -> Why | None:
        """``"time"`` or ``"memory"`` if the process of ``generation`` was (or is being) replaced."""
        with self._cond:
            return self._retired.get(generation)

    def wait(self) -> int:
        """Wait until the server stops on its own (not by a replacement); its exit status."""
        while True:
            proc = self.proc
            status = proc.wait()
            time.sleep(0.05)  # a replacement swaps ``proc`` right after ending the old one
            if proc is self.proc and (self._stopped or self._ready.is_set()):
                return status

    def stop(self) -> None:
        """End every server process; no replacement starts after this."""
        self._stopped = True
        self._requests.put(-1)
        for proc in list(self._procs.values()):
            _end(proc)

    def _replacer(self) -> None:
        while True:
            generation = self._requests.get()
            if self._stopped:
                return
            if generation != self.generation:
                continue
            try:
                self._replace(generation)
            except RuntimeError:  # the new process did not start: serve() sees the old one gone
                self._ready.set()
                _end(self.proc)
                return

    def _replace(self, generation: int) -> None:
        old, port = self.proc, self.port
        if self.side_by_side:
            new_port = free_loopback_port()
            new = self._popen(self.command(new_port))
            try:
                _wait_until_up(new, new_port)
            except RuntimeError:
                _end(new)
                raise
            self._switch(new, new_port, generation + 1)
            threading.Thread(target=self._end_when_drained, args=(generation, old), daemon=True).start()
        else:
            self._end_when_drained(generation, old)  # the store is free only once it has ended
            new = self._popen(self.command(port))
            self._switch(new, port, generation + 1, ready=False)
            _wait_until_up(new, port)
        self.restarts += 1
        self._ready.set()
        if self._stopped:
            _end(self.proc)

    def _switch(
        self, new: subprocess.Popen[bytes], port: int, generation: int, *, ready: bool = True
    ) -> None:
        with self._cond:
            self.proc, self._target = new, (port, generation)
            self._procs[generation] = new
        if ready:
            self._ready.set()

    def _end_when_drained(self, generation: int, proc: subprocess.Popen[bytes]) -> None:
        """End ``proc`` once the requests it runs have finished (at once if over its memory)."""
        deadline = time.monotonic() + self.drain_seconds
        with self._cond:
            while self._in_flight[generation] > 0 and self._retired.get(generation) != "memory":
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
        _end(proc)
        with self._cond:
            self._procs.pop(generation, None)

    def _watch_memory(self) -> None:
        limit = (self.max_memory_mb or 0) * 1024  # kB, as /proc says
        while not self._stopped:
            for generation, proc in list(self._procs.items()):
                if proc.poll() is None and resident_kb(proc.pid) > limit:
                    proc.kill()
                    self.retire(generation, "memory")
            time.sleep(0.05)


def resident_kb(pid: int) -> int:
    """A process's resident memory in kB (Linux ``/proc``), 0 if it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def free_loopback_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _popen(cmd: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _end(proc: subprocess.Popen[bytes]) -> None:
    """Stop a server process now: a query that overran may keep it from hearing a polite request."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=1)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stderr:
        proc.stderr.close()


def _wait_until_up(proc: subprocess.Popen[bytes], port: int, seconds: float = 20.0) -> None:
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace").strip() if proc.stderr else ""
            last = err.splitlines()[-1] if err else f"exit status {proc.returncode}"
            raise RuntimeError(f"the SPARQL server at {url} did not start: {last}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.05)
    raise RuntimeError(f"the SPARQL server at {url} did not answer within {seconds:g} s")
