"""``kgpart serve``'s guard bounds what a client can make it hold (#17 item 13).

One real ``kgpart serve --allow-update`` over the tiny graph, its log in a file, is shared by the
module. Requests are written by hand on raw sockets, as a hostile client would: bad
``Content-Length`` values, a body over the limit, a request that stalls half-sent, a body cut
short, many connections from one address.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kgpart.serve.limits import HEAD_SECONDS, MAX_BODIES, MAX_BODY, MAX_PER_CLIENT
from kgpart.store.remote import RemoteGraph

KGPART = [sys.executable, "-c", "from kgpart.cli.app import cli; from kgpart.cli.store import serve\n"
          "if 'serve' not in cli.commands: cli.add_command(serve)\ncli.main(prog_name='kgpart')"]  # fmt: skip
TINY = Path(__file__).parents[1] / "data" / "tiny.trig"
UPDATE = b"INSERT DATA { <urn:cut> <urn:b> <urn:c> }"


@dataclass
class Served:
    proc: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("limits")
    (folder / "graph").mkdir()
    shutil.copy(TINY, folder / "graph")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = folder / "serve.log"
    with log.open("wb") as err:
        proc = subprocess.Popen([*KGPART, "serve", "--graph", str(folder / "graph"), "--port", str(port),
                                 "--allow-update", "--timeout", "5"], stdout=subprocess.DEVNULL, stderr=err)  # fmt: skip
    served = Served(proc, port, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text()
        try:
            urllib.request.urlopen(served.url + "/query?query=ASK%7B%7D", timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    try:
        yield served
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    assert "Traceback" not in log.read_text(), log.read_text()


def connect(served: Served, source: str = "127.0.0.1") -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", served.port), timeout=HEAD_SECONDS + 10,
                                    source_address=(source, 0))  # fmt: skip
    return sock


def answer(sock: socket.socket) -> tuple[int, str, bool]:
    """The status, the body, and whether the guard then closed the connection."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise AssertionError(f"no answer: {data!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(
        next(
            line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")
        )
    )
    while len(body) < length:
        body += sock.recv(65536)
    try:
        closed = sock.recv(1) == b""
    except TimeoutError:
        closed = False
    return int(head.split()[1]), body.decode().strip(), closed


def head(path: str, *headers: str) -> bytes:
    return ("\r\n".join([f"POST {path} HTTP/1.1", "Host: x", *headers]) + "\r\n\r\n").encode()


def stored(served: Served) -> bool:
    return bool(RemoteGraph(served.url, timeout=10).query("ASK { <urn:cut> ?p ?o }"))


@pytest.mark.parametrize(
    ("value", "status"),
    [("abc", 400), ("-5", 400), ("10^20", 400), ("1e3", 400), ("٣", 400), ("100000000000000000000", 413),
     (str(MAX_BODY + 1), 413)],
)  # fmt: skip
def test_a_bad_content_length_is_answered_and_the_connection_closed(
    served: Served, value: str, status: int
) -> None:
    with connect(served) as sock:
        sock.sendall(
            head("/update", "Content-Type: application/sparql-update", f"Content-Length: {value}") + UPDATE
        )
        code, text, closed = answer(sock)
    assert (code, closed) == (status, True)
    assert text in (
        "Content-Length is not a number of bytes",
        f"the request body is over {MAX_BODY // 2**20} MB",
    )
    assert not stored(served)


def test_chunked_bodies_are_not_read(served: Served) -> None:
    with connect(served) as sock:
        sock.sendall(head("/update", "Content-Type: application/sparql-update", "Transfer-Encoding: chunked")
                     + b"%x\r\n%s\r\n0\r\n\r\n" % (len(UPDATE), UPDATE))  # fmt: skip
        assert answer(sock) == (411, "kgpart serve needs a Content-Length, not Transfer-Encoding", True)
    assert not stored(served)


def test_a_request_that_stalls_half_sent_is_answered_408(served: Served) -> None:
    with connect(served) as sock:
        sock.sendall(b"POST /query HTTP/1.1\r\nHost: x\r\n")
        started = time.monotonic()
        assert answer(sock) == (408, "the request did not arrive in time", True)
    assert time.monotonic() - started < HEAD_SECONDS + 2


def test_a_head_sent_a_byte_at_a_time_is_cut_at_its_deadline(served: Served) -> None:
    with connect(served) as sock:
        sock.settimeout(0.5)
        started = time.monotonic()
        for byte in b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n" + b"X" * 200:
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                break
            time.sleep(0.1)
            if time.monotonic() - started > HEAD_SECONDS + 3:
                break
        sock.settimeout(5)
        code, _, closed = answer(sock)
    assert (code, closed) == (408, True)
    assert time.monotonic() - started < HEAD_SECONDS + 3


def test_a_body_cut_short_is_never_forwarded(served: Served) -> None:
    with connect(served) as sock:  # a valid update, announced as longer than it is
        sock.sendall(
            head("/update", "Content-Type: application/sparql-update", f"Content-Length: {len(UPDATE) + 40}")
            + UPDATE
        )
        code, text, closed = answer(sock)
    assert (code, text, closed) == (408, "the request's body did not arrive in time", True)
    with connect(served) as sock:  # the same, and the client hangs up
        sock.sendall(
            head("/update", "Content-Type: application/sparql-update", f"Content-Length: {len(UPDATE) + 40}")
            + UPDATE
        )
    time.sleep(0.5)
    assert not stored(served)
    assert RemoteGraph(served.url, timeout=10).query("ASK { ?s ?p ?o }")  # and the server is not wedged


def threads(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("Threads:")))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="counts threads in /proc")
def test_many_half_sent_connections_from_one_client_do_not_starve_others(served: Served) -> None:
    before = threads(served.proc.pid)
    held = []
    try:
        for _ in range(200):  # another address on loopback stands for another client
            sock = connect(served, source="127.0.0.2")
            with contextlib.suppress(OSError):  # turned away already
                sock.sendall(b"POST /query HTTP/1.1\r\nHost: x\r\n")
            held.append(sock)
        time.sleep(0.5)
        assert threads(served.proc.pid) <= before + MAX_PER_CLIENT + 2
        started = time.monotonic()
        assert RemoteGraph(served.url, timeout=10).query("ASK { ?s ?p ?o }")
        assert time.monotonic() - started < 2
        statuses = []
        for sock in held[: MAX_PER_CLIENT + 5]:
            try:
                statuses.append(answer(sock)[0])
            except (AssertionError, OSError):
                statuses.append(None)  # turned away before reading: reset
        assert set(statuses) <= {408, 503, None} and 408 in statuses and (503 in statuses or None in statuses)
    finally:
        for sock in held:
            sock.close()


def test_bodies_held_at_once_are_bounded(served: Served) -> None:
    """Four clients announce 64 MB bodies and send them slowly: a fifth body waits for none of them."""
    update = b"INSERT DATA { <urn:budget> <urn:b> <urn:c> }"
    held = []
    try:
        for _ in range(MAX_BODIES // MAX_BODY):
            sock = connect(served)
            sock.sendall(
                head("/update", "Content-Type: application/sparql-update", f"Content-Length: {MAX_BODY}")
                + b"INSERT"
            )
            held.append(sock)
        time.sleep(0.5)
        with connect(served, source="127.0.0.3") as sock:
            sock.sendall(
                head("/update", "Content-Type: application/sparql-update", f"Content-Length: {len(update)}")
                + update
            )
            assert answer(sock) == (
                503,
                "kgpart serve holds too many request bodies at once; try again",
                True,
            )
    finally:
        for sock in held:
            sock.close()
    time.sleep(0.5)  # the guard gives the bytes back when their clients hang up
    with connect(served) as sock:
        sock.sendall(
            head("/update", "Content-Type: application/sparql-update", f"Content-Length: {len(update)}")
            + update
        )
        assert answer(sock)[0] == 204
    assert RemoteGraph(served.url, timeout=10).query("ASK { <urn:budget> ?p ?o }")


def test_an_answer_past_the_bound_is_503_not_held(tmp_path: Path) -> None:
    """The guard reads an answer whole; one past ``max_answer`` is dropped and said in one line.

    A guard and its Oxigraph run in this process, the bound set low (the real one is 256 MB).
    """
    import pyoxigraph as ox

    from kgpart.serve.backend import Backend, free_loopback_port
    from kgpart.serve.guard import Guard, start_guard
    from kgpart.serve.server import ServeOptions, server_command

    store = ox.Store(str(tmp_path / "store"))
    store.extend(ox.parse(path=str(TINY), format=ox.RdfFormat.TRIG))
    store.flush()
    del store
    options = ServeOptions(timeout=5)
    guard = Guard(("127.0.0.1", 0), allow_service=False, timeout=5)
    backend = Backend(lambda port: server_command(options, tmp_path / "store", port), free_loopback_port(),
                      side_by_side=True)  # fmt: skip
    try:
        backend.wait_until_up()
        guard.backend, guard.max_answer = backend, 20_000
        start_guard(guard)
        url = f"http://127.0.0.1:{guard.server_address[1]}"
        assert RemoteGraph(url, timeout=10).query("ASK { ?s ?p ?o }")
        request = urllib.request.Request(url + "/query", data=b"SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }",
                                         headers={"Content-Type": "application/sparql-query"})  # fmt: skip
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(request, timeout=10).close()
        with caught.value as answer:
            assert answer.code == 503
            assert answer.read().decode().strip() == (
                "the answer is over 0.0190735 MB, more than kgpart serve holds; ask for less (LIMIT)"
            )
        assert RemoteGraph(url, timeout=10).query("ASK { ?s ?p ?o }")  # and the server goes on
    finally:
        backend.stop()
        guard.shutdown()
        guard.server_close()
