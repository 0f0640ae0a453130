"""Loopback servers for the endpoint tests: a real ``oxigraph serve`` and a server that refuses."""

from __future__ import annotations

import contextlib
import http.server
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

OXIGRAPH = str(Path(sys.executable).parent / "oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, proc: subprocess.Popen[bytes], seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the server exited"
        try:
            urllib.request.urlopen(url + "/", timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{url} did not come up")


def stop_process(proc: subprocess.Popen[bytes], wait: float = 20) -> None:
    """Ask a server process to end, kill it if it has not within ``wait`` s, close its stderr pipe."""
    proc.terminate()
    try:
        proc.wait(timeout=wait)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stderr:
        proc.stderr.close()


@contextlib.contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """``oxigraph serve`` on ``location`` and a free loopback port, killed afterwards."""
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_for(f"http://127.0.0.1:{port}", proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.kill()
        proc.wait(timeout=10)


def unordered(row: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    # GROUP_CONCAT lists come in whatever order the engine met them.
    return {k: {**v, "value": "; ".join(sorted(v["value"].split("; ")))} for k, v in row.items()}


class Refuse(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[str | None]] = []

    def do_POST(self) -> None:
        Refuse.seen.append(self.headers.get("Authorization"))
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="kgpart"')
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass
