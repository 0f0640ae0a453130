"""A guard in front of Oxigraph's server: it refuses what would make the server fetch URLs, and
holds queries to the time limit.

Oxigraph's server answers ``SERVICE <url>`` (and, when writable, ``LOAD <url>``) by fetching the
URL, and has no switch to refuse it. ``kgpart serve`` therefore listens itself, on the address
the user asked for, and forwards each request to the server on a private loopback port, unless
the request's SPARQL calls SERVICE or LOAD and that was not allowed.

Oxigraph's own ``--timeout-s`` does not stop every query (an aggregate over a huge join, or a
``SELECT *`` streaming the whole store, run on past it). So the guard keeps the clock itself: a
query or update with no complete answer at the limit is answered 503 with one line saying so,
and the server process is replaced (:mod:`kgpart.serve.backend`), whatever the client did
meanwhile (one that hung up is not written to, but its query is stopped all the same).
"""

from __future__ import annotations

import contextlib
import http.client
import io
import os
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from kgpart.query.fetches import UncheckableSparqlError, fetching_clauses
from kgpart.serve.backend import Backend, BackendDownError
from kgpart.serve.limits import (
    HEAD_SECONDS,
    IDLE_SECONDS,
    MAX_ANSWER,
    MAX_BODY,
    WRITE_SECONDS,
    Admission,
    Budget,
    DeadlineReader,
    body_seconds,
    turn_away,
)
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


QUEUE_SECONDS = 60
"""How long a request may wait for its turn at the server before it is answered 503 (busy)."""
Answer = tuple[int, bytes, list[tuple[str, str]] | None]
"""An HTTP status, body and headers (``None``: a plain-text answer of the guard's own)."""


class Overrun(Exception):
    """The backend had not answered a query completely by its deadline."""


class TooLargeAnswer(Exception):
    """The backend's answer grew past what the guard holds (it reads an answer whole before passing it on)."""


class Guard(ThreadingHTTPServer):
    """The listening side of ``kgpart serve``: checks each request, then forwards it to ``backend``."""

    daemon_threads = True
    request_queue_size = 128  # many clients connect at once; the default backlog of 5 resets them

    def __init__(self, address: tuple[str, int], *, allow_service: bool, timeout: float) -> None:
        self.backend: Backend | None = None  # set by ``kgpart serve`` before the guard starts
        self.allow_service = allow_service
        self.query_timeout = timeout
        self.backend_timeout = timeout + 30  # for requests other than SPARQL: only ends hung sockets
        # As many requests at the server at once as it has processors to run them: a query then
        # runs about as fast as alone, and its limit is its own time, not time spent queueing.
        self.slots = threading.BoundedSemaphore(max(2, os.cpu_count() or 2))
        self.admission = Admission()
        self.bodies = Budget()
        self.max_answer = MAX_ANSWER
        super().__init__(address, GuardHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Serve the connection in a thread of its own, unless its client (or everyone) has enough."""
        if not self.admission.enter(client_address[0]):
            turn_away(request, b"kgpart serve has too many connections open; try again\n")
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.admission.leave(client_address[0])


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

    def setup(self) -> None:
        super().setup()
        self.reader = DeadlineReader(self.connection)
        self.buffered = io.BufferedReader(self.reader, 65536)
        self.rfile = self.buffered

    def handle_one_request(self) -> None:
        """Read one request by its deadlines (408 for one that stalls half-sent), then answer it.

        The standard library's, but a request line that stalls is answered 408 too, and the
        first byte of a request may take :data:`IDLE_SECONDS`, the rest :data:`HEAD_SECONDS`.
        """
        self.close_connection = True
        self.reader.deadline = time.monotonic() + IDLE_SECONDS
        try:
            if not self.buffered.peek(1):
                return  # the client closed the connection
        except OSError:  # idle past IDLE_SECONDS, or reset: nothing was asked, nothing to answer
            return
        self.requestline, self.request_version, self.command = "", "HTTP/1.1", ""
        self.reader.deadline = time.monotonic() + HEAD_SECONDS
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.parse_request():
                return
        except TimeoutError:
            self._refuse(408, "the request did not arrive in time")
            return
        except OSError:  # the client went away mid-request
            return
        handler = getattr(self, "do_" + self.command, None)
        if handler is None:
            self.send_error(HTTPStatus.NOT_IMPLEMENTED, f"Unsupported method ({self.command!r})")
            return
        try:
            handler()
            self.wfile.flush()
        except OSError:  # a write past WRITE_SECONDS, or the client went away
            self.close_connection = True

    def _forward(self) -> None:
        if any(len(self.headers.get_all(name, [])) > 1 for name in _SINGLE):
            self._refuse(400, "a header that may appear once appears more than once")
            return
        length = self._content_length()
        if length is None:
            return
        if not self.server.bodies.take(length):
            self._refuse(503, "kgpart serve holds too many request bodies at once; try again")
            return
        try:
            self._forward_body(length)
        finally:
            self.server.bodies.give(length)

    def _content_length(self) -> int | None:
        """The body's length as the headers give it, or ``None`` once a bad one was answered."""
        if "Transfer-Encoding" in self.headers:
            self._refuse(411, "kgpart serve needs a Content-Length, not Transfer-Encoding")
            return None
        given = self.headers.get("Content-Length", "0").strip()
        if not re.fullmatch(r"[0-9]+", given):
            self._refuse(400, "Content-Length is not a number of bytes")
            return None
        if len(given) > 12 or int(given) > MAX_BODY:
            self._refuse(413, f"the request body is over {MAX_BODY // 2**20} MB")
            return None
        return int(given)

    def _forward_body(self, length: int) -> None:
        self.reader.deadline = time.monotonic() + body_seconds(length)
        try:
            body = self.rfile.read(length) if length else b""
        except TimeoutError:
            self._refuse(408, "the request's body did not arrive in time")
            return
        if len(body) < length:  # the client closed mid-body: nothing to forward, no one to answer
            self.close_connection = True
            return
        content_type = self.headers.get("Content-Type", "")
        if self.headers.get("Content-Encoding", "identity").strip().lower() != "identity":
            self._answer(415, b"kgpart serve reads request bodies as sent: no Content-Encoding\n")
            return
        texts = sparql_texts(self.path, content_type, body)
        reason = refusal(texts, allow_service=self.server.allow_service)
        if reason:
            self._answer(403, reason.encode())
            return
        kind = "update" if any(k == "update" for k, _ in texts) else "query" if texts else "request"
        answer = self._in_turn(body, kind)
        status, data, headers = answer
        if status == 200 and is_query_page(self.command, self.path):
            data = with_prefixes(data)  # the page opens with kgpart's prefixes (serve/page.py)
        try:
            self._answer(status, data, headers)
        except OSError:  # the client hung up first; the backend has been dealt with already
            self.close_connection = True

    def _in_turn(self, body: bytes, kind: str) -> Answer:
        """The backend's answer once a slot is free: time spent waiting for one is not the request's."""
        slots = self.server.slots
        if not slots.acquire(timeout=QUEUE_SECONDS):
            return (
                503,
                f"kgpart serve is busy: no turn came within {QUEUE_SECONDS} s; try again\n".encode(),
                None,
            )
        try:
            # A read cut off by its server process going over the memory bound is sent again, once.
            tries = 2 if kind == "query" or (kind == "request" and self.command in ("GET", "HEAD")) else 1
            for _ in range(tries):
                answer = self._try(body, kind)
                if answer is not None:
                    return answer
            bound = self.server.backend.max_memory_mb if self.server.backend else 0
            message = (
                f"kgpart serve stopped the {kind}: the server went over its memory bound of {bound:g} MB\n"
            )
            return 503, message.encode(), None
        finally:
            slots.release()

    def _try(self, body: bytes, kind: str) -> Answer | None:
        """One attempt at the backend: its answer, or ours; ``None`` if cut by the memory bound."""
        backend = self.server.backend
        assert backend is not None
        limit = self.server.backend_timeout if kind == "request" else self.server.query_timeout
        try:
            with backend.session() as (port, generation):
                try:
                    return self._exchange(port, body, time.monotonic() + limit)
                except TooLargeAnswer:
                    mb = self.server.max_answer / 2**20
                    return (
                        503,
                        f"the answer is over {mb:g} MB, more than kgpart serve holds; ask for less (LIMIT)\n".encode(),
                        None,
                    )
                except Overrun:
                    backend.retire(generation, "time")  # before answering: the client may be gone
                    return (
                        503,
                        f"kgpart serve stopped the {kind} at its time limit of {limit:g} s\n".encode(),
                        None,
                    )
                except (OSError, http.client.HTTPException) as exc:
                    if backend.why_retired(generation) != "memory":
                        return 502, f"the SPARQL server did not answer: {exc}\n".encode(), None
            return None
        except BackendDownError as exc:
            return 502, f"{exc}\n".encode(), None

    def _exchange(self, port: int, body: bytes, deadline: float) -> Answer:
        """Send the request to the backend and read the whole answer by ``deadline``."""

        def left() -> float:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Overrun
            return remaining

        backend = http.client.HTTPConnection("127.0.0.1", port, timeout=left())
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            backend.request(self.command, self.path, body=body or None, headers=headers)
            reply = backend.getresponse()
            chunks, size = [], 0
            while self.command != "HEAD":
                if backend.sock is not None:
                    backend.sock.settimeout(left())
                chunk = reply.read1(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > self.server.max_answer:
                    raise TooLargeAnswer  # closing the connection ends the server's streaming
                chunks.append(chunk)
            return reply.status, b"".join(chunks), reply.getheaders()
        except TimeoutError:
            raise Overrun from None
        finally:
            backend.close()

    def _refuse(self, status: int, reason: str) -> None:
        """Answer with one line and close the connection (what follows on it cannot be trusted)."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self._answer(status, f"{reason}\n".encode())

    def _answer(self, status: int, data: bytes, headers: list[tuple[str, str]] | None = None) -> None:
        self.connection.settimeout(WRITE_SECONDS)
        self.send_response(status)
        sent = {"content-length"}
        for key, value in headers or [("Content-Type", "text/plain; charset=utf-8")]:
            if key.lower() not in _HOP_BY_HOP | sent:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def start_guard(guard: Guard) -> None:
    """Answer requests in a background thread; ``guard.shutdown()`` stops it."""
    threading.Thread(target=guard.serve_forever, name="kgpart-serve-guard", daemon=True).start()
