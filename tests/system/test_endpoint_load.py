"""``kgpart serve`` under load and under attack, on loopback only, bounded in count and time.

One real server (``kgpart serve`` over a copy of the shipped graph, query time limit 2 s) is
shared by the module and always stopped at teardown, with the whole process group it started.

- 20 concurrent clients send the bundled queries for 30 s: zero errors; requests/s and the p99
  latency are printed (run with ``-rA`` or ``-s`` to see them).
- A pathological query is cut at the time limit while other clients keep being answered.
- Updates and Graph Store writes are refused unless ``--allow-update``.
- ``FROM <http...>``, ``SERVICE`` and ``LOAD`` never make the server fetch a URL (a loopback trap
  counts the requests), however they are written (``support/bypasses.py``) and sent (media types
  in any case, with parameters; a compressed body is refused unread).
- Parameters sent to the endpoint through kgpart's remote client are values, not query text.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgpart.errors import EndpointError
from kgpart.query.bundled import NamedQuery, bundled_queries, parse_query_file
from kgpart.query.run import run_query
from kgpart.store.folder import shipped_graph_dir
from kgpart.store.remote import RemoteGraph
from support.bypasses import BYPASSES, UPDATE_BYPASSES, fill

pytestmark = pytest.mark.slow

CLIENTS = 20
SECONDS = 30.0
TIME_LIMIT = 2
GHENT = "https://w3id.org/kgpart/id/org/ghent-university"
# Run the CLI with serve registered, whether or not cli.py has registered it yet.
KGPART = [
    sys.executable,
    "-c",
    "from kgpart.cli.app import cli; from kgpart.cli.store import serve\n"
    "if 'serve' not in cli.commands: cli.add_command(serve)\n"
    "cli.main(prog_name='kgpart')",
]
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 1.8 billion rows to count


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    url: str
    graph: Path


def start_server(graph: Path, *extra: str) -> Server:
    port = free_port()
    proc = subprocess.Popen(
        [*KGPART, "serve", "--graph", str(graph), "--port", str(port), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: teardown stops oxigraph with it
    )
    server = Server(proc, f"http://127.0.0.1:{port}", graph)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(proc.stderr.read().decode() if proc.stderr else "kgpart serve exited")
        try:
            urllib.request.urlopen(server.url + "/query?query=ASK%7B%7D", timeout=1).close()
            if "--allow-update" not in extra or meetings(server.url) > 0:
                return server
        except OSError:
            pass
        time.sleep(0.2)
    stop_server(server)
    raise AssertionError("kgpart serve did not come up in 60 s")


def stop_server(server: Server) -> None:
    """Ctrl-C first (kgpart stops its server), then SIGKILL to the whole group, whatever is left."""
    if server.proc.poll() is None:
        server.proc.send_signal(signal.SIGINT)
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.proc.wait(timeout=10)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.proc.pid, signal.SIGKILL)
    server.proc.wait(timeout=10)
    if server.proc.stderr:
        server.proc.stderr.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    graph = tmp_path_factory.mktemp("served") / "graph"
    shutil.copytree(shipped_graph_dir(), graph, ignore=shutil.ignore_patterns(".*"))
    server = start_server(graph, "--timeout", str(TIME_LIMIT))
    try:
        yield server
    finally:
        stop_server(server)


def meetings(url: str) -> int:
    rows = RemoteGraph(url, timeout=10).query("SELECT (COUNT(*) AS ?n) WHERE { ?m a kgp:Meeting }")
    return int(next(iter(rows))["n"].value)


def triples(url: str) -> int:
    rows = RemoteGraph(url, timeout=10).query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(next(iter(rows))["n"].value)


# --- load -------------------------------------------------------------------------------------


def workload() -> list[tuple[NamedQuery, dict[str, str]]]:
    """Every bundled query, parameters filled with IRIs of the shipped graph."""
    params = {"partners_of": {"org": GHENT}, "source_of": {"subject": GHENT}}
    return [(q, params.get(name, {})) for name, q in sorted(bundled_queries().items())]


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.append(seconds)
            if error:
                self.errors.append(error)


def client(url: str, tally: Tally, until: float, offset: int) -> None:
    remote = RemoteGraph(url, timeout=30)
    jobs = workload()
    i = offset
    while time.monotonic() < until:
        query, params = jobs[i % len(jobs)]
        i += 1
        started = time.perf_counter()
        try:
            result = run_query(remote, query, params)  # type: ignore[arg-type]
            error = None if result.kind == "select" else f"{query.name}: {result.kind}"
        except Exception as exc:  # counted, never raised: the tally says what failed
            error = f"{query.name}: {type(exc).__name__}: {exc}"
        tally.record(time.perf_counter() - started, error)


def run_clients(url: str, count: int, seconds: float) -> tuple[Tally, list[threading.Thread]]:
    tally = Tally()
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client, args=(url, tally, until, n), daemon=True) for n in range(count)
    ]
    for t in threads:
        t.start()
    return tally, threads


def p99(latencies: list[float]) -> float:
    return statistics.quantiles(latencies, n=100)[98]


def test_twenty_clients_for_thirty_seconds_without_error(served: Server) -> None:
    started = time.monotonic()
    tally, threads = run_clients(served.url, CLIENTS, SECONDS)
    for t in threads:
        t.join(timeout=SECONDS + 60)
    elapsed = time.monotonic() - started
    assert not any(t.is_alive() for t in threads)
    assert tally.errors == [], tally.errors[:5]
    rate = len(tally.latencies) / elapsed
    print(
        f"\nload: {CLIENTS} clients, {elapsed:.1f} s, {len(tally.latencies)} requests, {rate:.0f} requests/s, "
        f"p50 {statistics.median(tally.latencies) * 1000:.0f} ms, p99 {p99(tally.latencies) * 1000:.0f} ms"
    )
    assert len(tally.latencies) > 20 * len(workload())
    assert p99(tally.latencies) < TIME_LIMIT


def test_pathological_query_is_cut_while_others_are_served(served: Server) -> None:
    tally, threads = run_clients(served.url, 5, TIME_LIMIT + 6)
    time.sleep(0.5)
    started = time.monotonic()
    with pytest.raises(EndpointError, match="stopped the query"):
        RemoteGraph(served.url, timeout=30).query(CROSS)
    cut_after = time.monotonic() - started
    answered = len(tally.latencies)
    for t in threads:
        t.join(timeout=60)
    assert cut_after < TIME_LIMIT + 3, f"the query ran {cut_after:.1f} s past a {TIME_LIMIT} s limit"
    assert answered > 10, "other clients were starved while the pathological query ran"
    assert tally.errors == [], tally.errors[:5]
    assert max(tally.latencies) < TIME_LIMIT
    assert meetings(served.url) == 2  # and the server still answers


# --- writes -----------------------------------------------------------------------------------


def post(url: str, data: bytes, content_type: str, method: str = "POST") -> int:
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


@pytest.mark.parametrize(
    ("path", "body", "ctype", "method"),
    [
        ("/update", b"update=INSERT+DATA+%7B+%3Curn%3Aa%3E+%3Curn%3Ab%3E+%3Curn%3Ac%3E+%7D", "application/x-www-form-urlencoded", "POST"),
        ("/update", b"DROP ALL", "application/sparql-update", "POST"),
        ("/store?default", b"<urn:a> <urn:b> <urn:c> .", "text/turtle", "POST"),
        ("/store?default", b"<urn:a> <urn:b> <urn:c> .", "text/turtle", "PUT"),
        (f"/store?graph={urllib.parse.quote(GHENT)}", b"", "text/turtle", "DELETE"),
    ],
)  # fmt: skip
def test_writes_are_refused_unless_enabled(
    served: Server, path: str, body: bytes, ctype: str, method: str
) -> None:
    before = triples(served.url)
    assert post(served.url + path, body, ctype, method) == 403
    assert triples(served.url) == before


def test_updates_are_accepted_when_enabled(tiny_dir: Path) -> None:
    server = start_server(tiny_dir, "--allow-update", "--timeout", str(TIME_LIMIT))
    try:
        body = b"INSERT DATA { <urn:a> <urn:b> <urn:c> }"
        assert post(server.url + "/update", body, "application/sparql-update") in (200, 204)
        assert bool(RemoteGraph(server.url).query("ASK { <urn:a> <urn:b> <urn:c> }"))
    finally:
        stop_server(server)
    assert "urn:a" not in (tiny_dir / "tiny.trig").read_text()  # the files stay the truth


# --- fetching ---------------------------------------------------------------------------------


def form_query(url: str, text: str) -> int:
    return post(
        url + "/query", urllib.parse.urlencode({"query": text}).encode(), "application/x-www-form-urlencoded"
    )


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * FROM <{trap}/data.ttl> WHERE {{ ?s ?p ?o }} LIMIT 1",
        "SELECT * FROM NAMED <{trap}/data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} LIMIT 1",
        "DESCRIBE <{trap}/thing>",
    ],
)
def test_http_iris_in_queries_are_not_fetched(
    served: Server, trap: tuple[str, list[str]], template: str
) -> None:
    url, hits = trap
    assert form_query(served.url, template.format(trap=url)) == 200
    assert hits == []


def test_load_is_refused_and_fetches_nothing(served: Server, trap: tuple[str, list[str]]) -> None:
    url, hits = trap
    assert post(served.url + "/update", f"LOAD <{url}/data.ttl>".encode(), "application/sparql-update") == 403
    assert hits == []


def test_service_cannot_make_the_server_fetch(served: Server, trap: tuple[str, list[str]]) -> None:
    url, hits = trap
    form_query(served.url, f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}")
    assert hits == []


def send(url: str, text: str, transport: str) -> int:
    """Send SPARQL ``text`` to the endpoint one way or another; the HTTP status."""
    kind = "update" if transport.startswith("update") else "query"
    if transport == "GET query string":
        return post(f"{url}/query?{urllib.parse.urlencode({'query': text})}", b"", "", "GET")
    if transport.endswith("form, upper case type"):
        form = urllib.parse.urlencode({kind: text}).encode()
        return post(f"{url}/{kind}", form, "APPLICATION/X-WWW-FORM-URLENCODED")
    ctype = {"query": "Application/SPARQL-Query", "update": "application/SPARQL-update"}[kind]
    if transport.endswith("with charset"):
        ctype = f"application/sparql-{kind}; charset=UTF-8"
    return post(f"{url}/{kind}", text.encode(), ctype)


QUERY_TRANSPORTS = [
    "query form, upper case type",
    "query body, mixed case type",
    "query body with charset",
    "GET query string",
]


@pytest.mark.parametrize("transport", QUERY_TRANSPORTS)
@pytest.mark.parametrize("case", sorted(BYPASSES))
def test_the_server_refuses_service_however_it_is_sent(
    served: Server, trap: tuple[str, list[str]], case: str, transport: str
) -> None:
    url, hits = trap
    assert send(served.url, fill(BYPASSES[case], url), transport) == 403
    assert hits == []


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    graph = tmp_path_factory.mktemp("writable") / "graph"
    graph.mkdir()
    shutil.copy(Path(__file__).parents[1] / "data" / "tiny.trig", graph)
    server = start_server(graph, "--allow-update", "--timeout", str(TIME_LIMIT))
    try:
        yield server
    finally:
        stop_server(server)


@pytest.mark.parametrize(
    "transport", ["update form, upper case type", "update body, mixed case type", "update body with charset"]
)
@pytest.mark.parametrize("case", sorted(UPDATE_BYPASSES))
def test_a_writable_server_refuses_load_however_it_is_sent(
    writable: Server, trap: tuple[str, list[str]], case: str, transport: str
) -> None:
    url, hits = trap
    before = triples(writable.url)
    assert send(writable.url, fill(UPDATE_BYPASSES[case], url), transport) == 403
    assert hits == []
    assert triples(writable.url) == before


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "GZIP, identity"])
def test_an_encoded_body_is_refused_unread(
    served: Server, trap: tuple[str, list[str]], encoding: str
) -> None:
    """Oxigraph unpacks a gzip body itself; the guard, which cannot read it, refuses it."""
    url, hits = trap
    body = gzip.compress(f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}".encode())
    request = urllib.request.Request(
        served.url + "/query",
        data=body,
        headers={"Content-Type": "application/sparql-query", "Content-Encoding": encoding},
    )
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=10).close()
    with caught.value as answer:
        assert answer.code == 415
    assert hits == []


# --- injection through the remote client ------------------------------------------------------


@pytest.mark.parametrize(
    "value", ['"} ; DROP ALL ; #', '" } } ; DELETE WHERE { ?s ?p ?o } ; #', "'} ; CLEAR ALL"]
)
def test_remote_parameters_are_values_not_text(served: Server, value: str) -> None:
    query = NamedQuery(
        "lookup",
        "SELECT ?name ?e WHERE { ?e rdfs:label ?name }",
        parameters=(parse_query_file("x", "# param: ?name string a label").parameters[0],),
    )
    remote = RemoteGraph(served.url, timeout=10)
    before = triples(served.url)
    assert run_query(remote, query, {"name": value}).rows == []  # type: ignore[arg-type]
    assert run_query(remote, query, {"name": "Ghent University"}).values("e") == [GHENT]  # type: ignore[arg-type]
    assert triples(served.url) == before
    assert ox.Literal(value)  # the value was a literal all along


# --- stopping ---------------------------------------------------------------------------------


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_stopping_kgpart_serve_stops_its_server(tiny_dir: Path, sig: signal.Signals) -> None:
    """A service manager sends SIGTERM: the Oxigraph server must not outlive kgpart serve."""
    server = start_server(tiny_dir, "--timeout", str(TIME_LIMIT))
    try:
        oxigraph = children(server.proc.pid)
        assert oxigraph, "kgpart serve runs Oxigraph as a child process"
        server.proc.send_signal(sig)
        server.proc.wait(timeout=15)
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in oxigraph) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(pid) for pid in oxigraph), f"Oxigraph outlived kgpart serve after {sig.name}"
    finally:
        stop_server(server)
