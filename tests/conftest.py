"""Shared fixtures: the shipped graph, the tiny invented graph, a CLI runner, a loopback trap."""

from __future__ import annotations

import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.store.folder import shipped_graph_dir
from kgpart.store.graph import KnowledgeGraph

# Fixtures of the browser tests (Debian's Chromium through Playwright) and of unprivileged runs
# (a folder under /tmp that uid 65534 may enter) and a private Virtuoso server, for every folder.
pytest_plugins = ["support.browser", "support.unprivileged", "support.virtuoso"]

DATA = Path(__file__).parent / "data"
TINY = DATA / "tiny.trig"


@pytest.fixture(scope="session")
def shipped() -> KnowledgeGraph:
    """The curated graph of the two founding articles, as users get it."""
    return KnowledgeGraph.open(shipped_graph_dir())


@pytest.fixture(scope="session")
def tiny() -> KnowledgeGraph:
    """A small invented graph: two universities, an embassy, three people, one meeting."""
    return KnowledgeGraph.from_files([TINY])


@pytest.fixture
def tiny_dir(tmp_path: Path) -> Path:
    """A graph folder on disk holding the tiny graph, free to break."""
    folder = tmp_path / "graph"
    folder.mkdir()
    shutil.copy(TINY, folder / "tiny.trig")
    return folder


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every request with an empty SPARQL result and remembers it."""

    hits: list[str]

    def do_GET(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.hits.append(f"{self.command} {self.path} {self.rfile.read(length).decode()}")
        body = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def trap() -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server that records every request it gets: nothing may fetch from it."""
    hits: list[str] = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), type("Handler", (Recorder,), {"hits": hits}))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()
