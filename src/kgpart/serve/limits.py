"""Bounds on what clients can make ``kgpart serve``'s guard hold: connections, time, bytes.

The guard reads each request whole before it checks and forwards it, one thread per connection.
Unbounded, a 300 MB body took it to 674 MB, and 3,000 connections that sent half a request
starved every other client for minutes. So: a connection is refused (503) past a number per
client address and in all; a request's line and headers must arrive within seconds of its first
byte, its body at a modest rate after that (else 408, and the connection is closed: a partial
body is never forwarded); a body is at most :data:`MAX_BODY` bytes (413), and the bodies held at
once together at most :data:`MAX_BODIES` (503); an answer at most :data:`MAX_ANSWER` (503).
"""

from __future__ import annotations

import io
import math
import socket
import threading
import time
from collections import Counter

MAX_BODY = 64 * 2**20
"""The largest request body, in bytes (Oxigraph's own limit is 128 MB)."""
MAX_BODIES = 256 * 2**20
"""The bytes of request bodies the guard holds at once, all clients together."""
MAX_ANSWER = 256 * 2**20
"""The largest answer the guard holds (it reads each answer whole, to replace it by a 503 if late)."""
MAX_CONNECTIONS = 256
MAX_PER_CLIENT = 32
IDLE_SECONDS = 15.0
"""How long a kept-alive connection may wait before the first byte of its next request."""
HEAD_SECONDS = 5.0
"""How long a request's line and headers may take to arrive, from their first byte."""
BODY_BYTES_PER_SECOND = 256 * 1024
"""The slowest a body may arrive, after :data:`HEAD_SECONDS` of grace."""
WRITE_SECONDS = 60.0
"""How long a client may take to read an answer."""


def body_seconds(length: int) -> float:
    """The time a body of ``length`` bytes may take to arrive."""
    return HEAD_SECONDS + length / BODY_BYTES_PER_SECOND


class DeadlineReader(io.RawIOBase):
    """A socket's reading side that gives up at ``deadline``, however slowly bytes trickle in.

    A socket timeout bounds each wait, not their sum: a client sending a byte a second would hold
    a reader for ever. Here each wait is only what is left until the deadline.
    """

    def __init__(self, sock: socket.socket) -> None:
        super().__init__()
        self.sock = sock
        self.deadline = math.inf

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the client took too long to send its request")
        self.sock.settimeout(min(left, IDLE_SECONDS + HEAD_SECONDS))
        return self.sock.recv_into(buffer)


class Admission:
    """Open connections counted per client address and in all; :meth:`enter` says if one more may."""

    def __init__(self, total: int = MAX_CONNECTIONS, per_client: int = MAX_PER_CLIENT) -> None:
        self.total = total
        self.per_client = per_client
        self._open: Counter[str] = Counter()
        self._lock = threading.Lock()

    def enter(self, client: str) -> bool:
        with self._lock:
            if self._open.total() >= self.total or self._open[client] >= self.per_client:
                return False
            self._open[client] += 1
            return True

    def leave(self, client: str) -> None:
        with self._lock:
            self._open[client] -= 1
            if self._open[client] <= 0:
                del self._open[client]


class Budget:
    """Bytes that may be held at once: :meth:`take` some (or be told no), :meth:`give` them back."""

    def __init__(self, total: int = MAX_BODIES) -> None:
        self.left = total
        self._lock = threading.Lock()

    def take(self, count: int) -> bool:
        with self._lock:
            if count > self.left:
                return False
            self.left -= count
            return True

    def give(self, count: int) -> None:
        with self._lock:
            self.left += count


def turn_away(sock: socket.socket, message: bytes) -> None:
    """Answer 503 on a connection the guard will not serve, without waiting on the client."""
    answer = (
        b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Retry-After: 5\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(message), message)
    )
    try:
        sock.setblocking(False)
        sock.send(answer)  # a few hundred bytes fit in any socket buffer; if not, the client loses them
    except OSError:
        pass
    finally:
        sock.close()
