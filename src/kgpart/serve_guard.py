"""A guard in front of Oxigraph's server: it refuses what would make the server fetch URLs.

Oxigraph's server answers ``SERVICE <url>`` (and, when writable, ``LOAD <url>``) by fetching the
URL, and has no switch to refuse it. ``kgpart serve`` therefore listens itself, on the address
the user asked for, and forwards each request to the server on a private loopback port, unless
the request's SPARQL calls SERVICE or LOAD and that was not allowed.
"""

from __future__ import annotations

import http.client
import re
import socket
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .sparql import uses_service

_LOAD = re.compile(r"(?<![\w?$:])LOAD(?![\w:-])", re.IGNORECASE)
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


def refusal(sparql: str, *, allow_service: bool) -> str | None:
    """Why a query or update must not reach the server, or ``None`` when it may."""
    if not allow_service and uses_service(sparql):
        return "SERVICE would make this server fetch from another server; it is not allowed here"
    if not allow_service and _LOAD.search(sparql) and "://" in sparql:
        return "LOAD from a URL would make this server fetch it; it is not allowed here"
    return None


def sparql_of(method: str, path: str, content_type: str, body: bytes) -> str:
    """The SPARQL text a request carries (query string, form body or direct body)."""
    parsed = urllib.parse.urlsplit(path)
    texts = [
        v for k, vs in urllib.parse.parse_qs(parsed.query).items() if k in ("query", "update") for v in vs
    ]
    if method == "POST":
        if content_type.startswith("application/x-www-form-urlencoded"):
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
            texts += [v for k, vs in form.items() if k in ("query", "update") for v in vs]
        elif content_type.startswith(("application/sparql-query", "application/sparql-update")):
            texts.append(body.decode("utf-8", "replace"))
    return "\n".join(texts)


class Guard(ThreadingHTTPServer):
    """The listening side of ``kgpart serve``: checks each request, then forwards it."""

    daemon_threads = True
    request_queue_size = 128  # many clients connect at once; the default backlog of 5 resets them

    def __init__(
        self, address: tuple[str, int], backend_port: int, *, allow_service: bool, timeout: float
    ) -> None:
        self.backend_port = backend_port
        self.allow_service = allow_service
        self.backend_timeout = timeout + 30  # the server cuts queries itself; this only ends hung sockets
        super().__init__(address, GuardHandler)


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
        sparql = sparql_of(self.command, self.path, self.headers.get("Content-Type", ""), body)
        reason = refusal(sparql, allow_service=self.server.allow_service)
        if reason:
            self._answer(403, reason.encode())
            return
        backend = http.client.HTTPConnection(
            "127.0.0.1", self.server.backend_port, timeout=self.server.backend_timeout
        )
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            backend.request(self.command, self.path, body=body or None, headers=headers)
            reply = backend.getresponse()
            data = reply.read()
            self._answer(reply.status, data, reply.getheaders())
        except (OSError, http.client.HTTPException) as exc:
            self._answer(502, f"the SPARQL server did not answer: {exc}".encode())
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
