"""A guard in front of Oxigraph's server: it refuses what would make the server fetch URLs, and
holds queries to the time limit.

Oxigraph's server answers ``SERVICE <url>`` (and, when writable, ``LOAD <url>``) by fetching the
URL, and has no switch to refuse it. ``kgpart serve`` therefore listens itself, on the address
the user asked for, and forwards each request to the server on a private loopback port, unless
the request's SPARQL calls SERVICE or LOAD and that was not allowed.

Oxigraph's own ``--timeout-s`` does not stop every query (an aggregate over a huge join, or a
``SELECT *`` streaming the whole store, run on past it). So the guard keeps the clock itself: a
query with no complete answer at the limit is answered 503 with one line saying so, and the
server process is replaced (:class:`Backend`), since that is the only way to stop a query that
Oxigraph does not cancel. Other requests in flight on the old process are sent again to the new
one if they are queries, so other clients only see a short delay.
"""

from __future__ import annotations

import http.client
import queue
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kgpart.query.fetches import UncheckableSparqlError, fetching_clauses
from kgpart.serve.page import is_query_page, with_prefixes

# Headers the guard and Oxigraph must read alike: a second copy could be read by one, not the other.
_SINGLE = ("Content-Type", "Content-Length", "Content-Encoding", "Transfer-Encoding")
_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
    "proxy-connection",
}


def free_loopback_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def media_type(content_type: str) -> str:
    """``Application/SPARQL-Query; charset=UTF-8`` -> ``application/sparql-query`` (as Oxigraph reads it)."""
    return content_type.split(";", 1)[0].strip().lower()


def sparql_texts(path: str, content_type: str, body: bytes) -> list[tuple[str, str]]:
    """The SPARQL a request carries, as (``query`` or ``update``, text) pairs.

    From the query string, a form body or a direct body, whatever the method (Oxigraph answers
    only GET and POST there; reading more than it does only makes the check stricter).
    """
    fields = urllib.parse.parse_qsl(urllib.parse.urlsplit(path).query, keep_blank_values=True)
    kind = media_type(content_type)
    if kind == "application/x-www-form-urlencoded":
        fields += urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    texts = [(key.lower(), value) for key, value in fields if key.lower() in ("query", "update")]
    if kind in ("application/sparql-query", "application/sparql-update"):
        texts.append((kind.removeprefix("application/sparql-"), body.decode("utf-8", "replace")))
    return texts


def refusal(texts: list[tuple[str, str]], *, allow_service: bool) -> str | None:
    """Why a request's SPARQL must not reach the server, or ``None`` when it may.

    Decided on the parsed SPARQL (:func:`kgpart.query.fetches.fetching_clauses`); a text that
    mentions SERVICE or LOAD but cannot be parsed is refused too.
    """
    if allow_service:
        return None
    for kind, text in texts:
        try:
            clauses = fetching_clauses(text, update=kind == "update")
        except UncheckableSparqlError as exc:
            return f"this {kind} is refused: {exc}"
        if any(clause.startswith("SERVICE") for clause in clauses):
            return "SERVICE would make this server fetch from another server; it is not allowed here"
        if "LOAD" in clauses:
            return "LOAD would make this server fetch a URL; it is not allowed here"
    return None


def is_query(method: str, path: str, content_type: str, body: bytes) -> bool:
    """Whether a request is a SPARQL query (held to the time limit)."""
    return any(kind == "query" for kind, _ in sparql_texts(path, content_type, body))


class Backend:
    """The Oxigraph server process behind the guard, which can be replaced while serving.

    ``command(port)`` is its command line for a loopback port. With ``side_by_side`` (a read-only
    store, which several processes may open at once) a replacement starts on a new port and takes
    over before the old process is ended; otherwise (a writable store) the old one is ended first
    and the new one opens the same store on the same port. Replacements are started by one
    long-lived thread: Linux sends a child its parent-death signal when the *thread* that started
    it ends.
    """

    def __init__(
        self,
        command: Callable[[int], list[str]],
        port: int,
        *,
        side_by_side: bool,
        popen: Callable[[list[str]], subprocess.Popen[bytes]] | None = None,
    ) -> None:
        self.command = command
        self.side_by_side = side_by_side
        self.restarts = 0
        self._popen = popen or _popen
        self._ready = threading.Event()
        self._stopped = False
        self._requests: queue.Queue[int] = queue.Queue()
        self.proc = self._popen(command(port))
        self._target = (port, 0)  # (port, generation), replaced as one value
        threading.Thread(target=self._replacer, name="kgpart-serve-replacer", daemon=True).start()

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

    def current(self, seconds: float = 20.0) -> tuple[int, int]:
        """The port and generation to send a request to (waiting while a replacement starts)."""
        self._ready.wait(seconds)
        return self._target

    def replace(self, generation: int) -> None:
        """Have the process of ``generation`` (running a query past the limit) replaced.

        Overruns on one process at once replace it once.
        """
        self._requests.put(generation)

    def _replacer(self) -> None:
        while True:
            generation = self._requests.get()
            if self._stopped:
                return
            if generation != self.generation:
                continue
            try:
                self._replace()
            except RuntimeError:  # the new process did not start: serve() sees the old one gone
                self._ready.set()
                _end(self.proc)
                return

    def _replace(self) -> None:
        old, (port, generation) = self.proc, self._target
        if self.side_by_side:
            new_port = free_loopback_port()
            new = self._popen(self.command(new_port))
            try:
                _wait_until_up(new, new_port)
            except RuntimeError:
                _end(new)
                raise
            self.proc, self._target = new, (new_port, generation + 1)
        else:
            self._ready.clear()
            self._target = (port, generation + 1)  # requests failing on the old one now go again
            _end(old)
            self.proc = self._popen(self.command(port))
            _wait_until_up(self.proc, port)
        self.restarts += 1
        self._ready.set()
        if old is not self.proc:
            _end(old)
        if self._stopped:
            _end(self.proc)

    def wait(self) -> int:
        """Wait until the server stops on its own (not by a replacement); its exit status."""
        while True:
            proc = self.proc
            status = proc.wait()
            time.sleep(0.05)  # a replacement swaps ``proc`` right after ending the old one
            if proc is self.proc and (self._stopped or self._ready.is_set()):
                return status

    def stop(self) -> None:
        """End the server process; no replacement starts after this."""
        self._stopped = True
        self._requests.put(-1)
        _end(self.proc)


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


class Overrun(Exception):
    """The backend had not answered a query completely by its deadline."""


class Guard(ThreadingHTTPServer):
    """The listening side of ``kgpart serve``: checks each request, then forwards it."""

    daemon_threads = True
    request_queue_size = 128  # many clients connect at once; the default backlog of 5 resets them

    def __init__(
        self, address: tuple[str, int], backend_port: int, *, allow_service: bool, timeout: float
    ) -> None:
        self.backend: Backend | None = None  # set by ``kgpart serve``; else requests go to backend_port
        self.backend_port = backend_port
        self.allow_service = allow_service
        self.query_timeout = timeout
        self.backend_timeout = timeout + 30  # for requests other than queries: only ends hung sockets
        super().__init__(address, GuardHandler)

    def target(self) -> tuple[int, int]:
        """The backend's port and generation for the next request."""
        return self.backend.current() if self.backend else (self.backend_port, 0)

    def overran(self, generation: int) -> None:
        """A query on the process of ``generation`` ran past the limit: have that process replaced."""
        if self.backend is not None:
            self.backend.replace(generation)


class GuardHandler(BaseHTTPRequestHandler):
    """Forwards GET, POST, PUT, DELETE and HEAD once the request's SPARQL passed the check."""

    server: Guard
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._forward()

    def do_POST(self) -> None:
        self._forward()

    def do_PUT(self) -> None:
        self._forward()

    def do_DELETE(self) -> None:
        self._forward()

    def do_HEAD(self) -> None:
        self._forward()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the server is a tool, not a log producer."""

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        content_type = self.headers.get("Content-Type", "")
        if any(len(self.headers.get_all(name, [])) > 1 for name in _SINGLE):
            self._answer(400, b"a header that may appear once appears more than once\n")
            return
        if self.headers.get("Content-Encoding", "identity").strip().lower() != "identity":
            self._answer(415, b"kgpart serve reads request bodies as sent: no Content-Encoding\n")
            return
        reason = refusal(sparql_texts(self.path, content_type, body), allow_service=self.server.allow_service)
        if reason:
            self._answer(403, reason.encode())
            return
        query = is_query(self.command, self.path, content_type, body)
        deadline = time.monotonic() + self.server.query_timeout if query else None
        # A query cut off by a replaced server process (another client's overrun) is sent again.
        tries = 2 if query or self.command in ("GET", "HEAD") else 1
        for attempt in range(tries):
            port, generation = self.server.target()
            try:
                status, data, headers = self._exchange(port, body, deadline)
            except Overrun:
                limit = f"{self.server.query_timeout:g}"
                self._answer(503, f"kgpart serve stopped the query at its time limit of {limit} s\n".encode())
                self.server.overran(generation)
                return
            except (OSError, http.client.HTTPException) as exc:
                replaced = self.server.target()[1] != generation
                if replaced and attempt + 1 < tries:
                    continue
                why = "it was restarted (another query overran)" if replaced else str(exc)
                self._answer(502, f"the SPARQL server did not answer: {why}\n".encode())
                return
            if status == 200 and is_query_page(self.command, self.path):
                data = with_prefixes(data)  # the page opens with kgpart's prefixes (serve/page.py)
            self._answer(status, data, headers)
            return

    def _exchange(
        self, port: int, body: bytes, deadline: float | None
    ) -> tuple[int, bytes, list[tuple[str, str]]]:
        """Send the request to the backend and read the whole answer, by ``deadline`` if given."""

        def left() -> float:
            if deadline is None:
                return self.server.backend_timeout
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Overrun
            return remaining

        backend = http.client.HTTPConnection("127.0.0.1", port, timeout=left())
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            backend.request(self.command, self.path, body=body or None, headers=headers)
            reply = backend.getresponse()
            chunks = []
            while self.command != "HEAD":
                if backend.sock is not None:
                    backend.sock.settimeout(left())
                chunk = reply.read1(65536)
                if not chunk:
                    break
                chunks.append(chunk)
            return reply.status, b"".join(chunks), reply.getheaders()
        except TimeoutError:
            if deadline is not None:
                raise Overrun from None
            raise
        finally:
            backend.close()

    def _answer(self, status: int, data: bytes, headers: list[tuple[str, str]] | None = None) -> None:
        self.send_response(status)
        sent = {"content-length"}
        for key, value in headers or [("Content-Type", "text/plain; charset=utf-8")]:
            if key.lower() not in _HOP_BY_HOP | sent:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def start_guard(guard: Guard) -> None:
    """Answer requests in a background thread; ``guard.shutdown()`` stops it."""
    threading.Thread(target=guard.serve_forever, name="kgpart-serve-guard", daemon=True).start()
