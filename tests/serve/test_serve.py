"""``kgpart serve``: a real Oxigraph server over the graph, read-only by default, with a time limit."""

from __future__ import annotations

import math
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kgpart.cli.app import cli
from kgpart.cli.store import serve as serve_command
from kgpart.errors import EndpointError
from kgpart.serve.server import ServeOptions, server_command
from kgpart.store.remote import RemoteGraph
from kgpart.synth import synthesize

cli.add_command(serve_command)  # until cli.py registers it
# The kgpart CLI with serve registered (the same as the console script once cli.py registers it).
KGPART = [sys.executable, "-c", "import sys; from kgpart.cli.app import cli; from kgpart.cli.store import serve; "
          "cli.add_command(serve); cli.main(prog_name='kgpart')"]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(graph: Path, *extra: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen([*KGPART, "serve", "--graph", str(graph), "--port", str(port), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "exited"
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).close()
            if "--allow-update" not in extra or _count(url) > 0:
                return proc, url
        except OSError:
            pass
        time.sleep(0.2)
    stop(proc)
    raise AssertionError("kgpart serve did not come up")


def _count(url: str) -> int:
    client = SPARQLWrapper(url + "/query")
    client.setReturnFormat(JSON)
    client.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?m a <https://w3id.org/kgpart/ontology#Meeting> }")
    return int(client.queryAndConvert()["results"]["bindings"][0]["n"]["value"])  # type: ignore[index,call-overload]


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stderr:
        proc.stderr.close()  # the pipe start() opened


@pytest.fixture
def served(tiny_dir: Path) -> Iterator[str]:
    proc, url = start(tiny_dir, "--timeout", "1")
    try:
        yield url
    finally:
        stop(proc)


def update(url: str) -> None:
    client = SPARQLWrapper(url + "/update")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }")
    client.query()


def test_answers_sparqlwrapper_over_the_union_of_graphs(served: str) -> None:
    assert _count(served) == 1
    with urllib.request.urlopen(served + "/", timeout=5) as page:  # the query page for the browser
        assert page.headers.get_content_type() == "text/html"


def test_refuses_updates_by_default(served: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as caught:
        update(served)
    caught.value.close()  # the error holds the response and its connection
    assert caught.value.code == 403
    assert _count(served) == 1


def test_allow_update_accepts_them(tiny_dir: Path) -> None:
    proc, url = start(tiny_dir, "--allow-update")
    try:
        update(url)
        assert bool(RemoteGraph(url).query("ASK { <http://e/a> <http://e/b> <http://e/c> }"))
    finally:
        stop(proc)
    assert "http://e/a" not in (tiny_dir / "tiny.trig").read_text()  # the files stay the truth


def children(pid: int) -> set[int]:
    """Processes whose parent is ``pid`` (the Oxigraph servers kgpart serve runs)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find the server process")
def test_a_query_past_the_limit_is_answered_503_and_its_server_process_replaced(tmp_path: Path) -> None:
    folder = synthesize(20_000, tmp_path / "graph", seed=1).folder
    proc, url = start(folder, "--timeout", "1")
    try:
        first = children(proc.pid)
        assert len(first) == 1
        # An aggregate over 400M rows (Oxigraph's own limit does not stop it) and a stream of them.
        for runaway in (
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }",
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }",
        ):
            started = time.monotonic()
            with pytest.raises(EndpointError, match="stopped the query at its time limit of 1 s"):
                RemoteGraph(url, timeout=20).query(runaway)
            took = time.monotonic() - started
            assert took < 1 + 1.5, f"answered after {took:.1f} s"
        client = SPARQLWrapper(url + "/query")  # a plain client sees a 503 with one line
        client.setReturnFormat(JSON)
        client.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        with pytest.raises(urllib.error.HTTPError) as caught:
            client.queryAndConvert()
        with caught.value as answer:  # the error holds the response and its connection
            assert answer.code == 503
            assert answer.read().decode().strip() == "kgpart serve stopped the query at its time limit of 1 s"
        # The process that ran the first runaway is gone; one other serves (two for a moment while a
        # replacement starts beside the one it replaces).
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and (first & children(proc.pid) or len(children(proc.pid)) != 1):
            time.sleep(0.1)
        now = children(proc.pid)
        assert not first & now
        assert len(now) == 1
        assert RemoteGraph(url, timeout=10).query("ASK { ?s a kgp:Meeting }")
    finally:
        stop(proc)


def test_updates_survive_a_replaced_server_process(tiny_dir: Path) -> None:
    proc, url = start(tiny_dir, "--allow-update", "--timeout", "1")
    try:
        update(url)
        with pytest.raises(EndpointError, match="stopped the query"):
            RemoteGraph(url, timeout=20).query(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
            )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                assert bool(
                    RemoteGraph(url, timeout=5).query("ASK { <http://e/a> <http://e/b> <http://e/c> }")
                )
                break
            except EndpointError:
                time.sleep(0.2)
        else:
            raise AssertionError("the server did not come back")
    finally:
        stop(proc)


def test_binds_to_localhost_by_default() -> None:
    assert ServeOptions().bind == "127.0.0.1"
    cmd = server_command(ServeOptions(port=7000), Path("/tmp/store"), 7001)
    assert cmd[1:] == ["serve-read-only", "--location", "/tmp/store", "--bind", "127.0.0.1:7001", "--timeout-s", "31",
                       "--union-default-graph"]  # fmt: skip


def test_help_and_a_taken_port(runner: CliRunner, tiny_dir: Path) -> None:
    assert (
        "kgpart serve"
        in runner.invoke(cli, ["serve", "--help"]).stdout.split("Options:")[0].split("Example")[-1]
    )
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = runner.invoke(cli, ["serve", "--graph", str(tiny_dir), "--port", str(port)])
    assert (result.exit_code, result.stderr.strip()) == (
        1,
        f"Error: cannot listen on http://127.0.0.1:{port}: Address already in use",
    )


def test_only_queries_are_held_to_the_time_limit() -> None:
    from kgpart.serve.guard import is_query

    assert is_query("GET", "/query?query=ASK%7B%7D", "", b"")
    assert is_query("POST", "/query", "application/sparql-query", b"ASK {}")
    assert is_query("POST", "/query", "application/x-www-form-urlencoded", b"query=ASK%7B%7D")
    assert not is_query("POST", "/update", "application/x-www-form-urlencoded", b"update=DROP+ALL")
    assert not is_query("POST", "/update", "application/sparql-update", b"DROP ALL")
    assert not is_query("PUT", "/store?default", "text/turtle", b"<urn:a> <urn:b> <urn:c> .")
    assert not is_query("GET", "/", "", b"")


def run_serve(*args: str, seconds: float = 30) -> subprocess.CompletedProcess[str]:
    """``kgpart serve`` that must end by itself; a hang fails the test instead of wedging it."""
    try:
        return subprocess.run([*KGPART, "serve", "--port", str(free_port()), *args],
                              capture_output=True, text=True, timeout=seconds)  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"kgpart serve {' '.join(args)} hung") from exc


def test_a_broken_graph_file_fails_fast_naming_it(tiny_dir: Path) -> None:
    broken = Path(__file__).parents[1] / "data" / "bad" / "broken-graph.trig"
    (tiny_dir / "broken-graph.trig").write_bytes(broken.read_bytes())
    result = run_serve("--graph", str(tiny_dir))
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: {tiny_dir / 'broken-graph.trig'}:7: ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "0", "-1", "1e400"])
def test_a_timeout_that_is_not_a_finite_number_of_seconds_is_a_usage_error(
    tiny_dir: Path, value: str
) -> None:
    result = run_serve("--graph", str(tiny_dir), "--timeout", value, seconds=15)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("Error: Invalid value for '--timeout'")


@pytest.mark.parametrize("value", [math.nan, math.inf, 0.0])
def test_serve_options_refuse_a_timeout_that_is_not_finite_and_positive(value: float) -> None:
    with pytest.raises(ValueError, match="timeout"):
        ServeOptions(timeout=value)
