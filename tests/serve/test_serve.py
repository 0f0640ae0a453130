"""``kgpart serve``: a real Oxigraph server over the graph, read-only by default, with a time limit."""

from __future__ import annotations

import math
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
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
from support.servers import stop_process

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
    stop_process(proc, wait=10)
    raise AssertionError("kgpart serve did not come up")


def _count(url: str) -> int:
    client = SPARQLWrapper(url + "/query")
    client.setReturnFormat(JSON)
    client.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?m a <https://w3id.org/kgpart/ontology#Meeting> }")
    return int(client.queryAndConvert()["results"]["bindings"][0]["n"]["value"])  # type: ignore[index,call-overload]


@pytest.fixture
def served(tiny_dir: Path) -> Iterator[str]:
    proc, url = start(tiny_dir, "--timeout", "1")
    try:
        yield url
    finally:
        stop_process(proc, wait=10)


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
        stop_process(proc, wait=10)
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
        stop_process(proc, wait=10)


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
        stop_process(proc, wait=10)


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


def test_queries_and_updates_are_held_to_the_time_limit() -> None:
    """SPARQL of either kind is (an update over a cross product runs away too); Graph Store requests are not."""
    from kgpart.serve.guard import sparql_texts

    assert sparql_texts("/query?query=ASK%7B%7D", "", b"") == [("query", "ASK{}")]
    assert sparql_texts("/query", "application/sparql-query", b"ASK {}") == [("query", "ASK {}")]
    assert sparql_texts("/query", "Application/SPARQL-Query; charset=UTF-8", b"ASK {}") == [
        ("query", "ASK {}")
    ]
    assert sparql_texts("/query", "application/x-www-form-urlencoded", b"query=ASK%7B%7D") == [
        ("query", "ASK{}")
    ]
    assert sparql_texts("/update", "APPLICATION/X-WWW-FORM-URLENCODED", b"update=DROP+ALL") == [
        ("update", "DROP ALL")
    ]
    assert sparql_texts("/update", "application/sparql-update", b"DROP ALL") == [("update", "DROP ALL")]
    assert sparql_texts("/store?default", "text/turtle", b"<urn:a> <urn:b> <urn:c> .") == []
    assert sparql_texts("/", "", b"") == []


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


# --- runaway queries and updates (#17 item 3) ---------------------------------------------------

CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def alive(pid: int) -> bool:
    try:
        return "\nState:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return 0.0
    line = next((s for s in status.splitlines() if s.startswith("VmRSS:")), "VmRSS: 0 kB")
    return int(line.split()[1]) / 1024


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthesize(20_000, tmp_path_factory.mktemp("synth") / "graph", seed=1).folder


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find the server process")
def test_a_runaway_query_whose_client_hung_up_is_still_stopped(synthetic: Path) -> None:
    proc, url = start(synthetic, "--timeout", "1")
    try:
        (first,) = children(proc.pid)
        port = int(url.rsplit(":", 1)[1])
        body = CROSS.encode()
        with socket.create_connection(("127.0.0.1", port)) as client:  # sends the query, then hangs up
            client.sendall(b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                           b"Content-Length: %d\r\n\r\n%s" % (len(body), body))  # fmt: skip
            time.sleep(0.3)
        assert wait_for(lambda: not alive(first), 6), "the process running the runaway query lives on"
        assert RemoteGraph(url, timeout=10).query("ASK { ?s a kgp:Meeting }")
    finally:
        stop_process(proc, wait=10)


def test_a_mixed_case_content_type_is_held_to_the_limit(synthetic: Path) -> None:
    proc, url = start(synthetic, "--timeout", "1")
    try:
        request = urllib.request.Request(url + "/query", data=CROSS.encode(),
                                         headers={"Content-Type": "Application/SPARQL-Query"})  # fmt: skip
        started = time.monotonic()
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(request, timeout=30).close()
        with caught.value as answer:
            assert answer.code == 503
        assert time.monotonic() - started < 2.5
    finally:
        stop_process(proc, wait=10)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find the server process")
def test_a_runaway_update_is_stopped_at_the_limit(synthetic: Path) -> None:
    proc, url = start(synthetic, "--allow-update", "--timeout", "1")
    try:
        (first,) = children(proc.pid)
        runaway = "INSERT { ?a <urn:x> ?f } WHERE { ?a ?b ?c . ?d ?e ?f }"
        request = urllib.request.Request(url + "/update", data=runaway.encode(),
                                         headers={"Content-Type": "application/sparql-update"})  # fmt: skip
        started = time.monotonic()
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(request, timeout=60).close()
        with caught.value as answer:
            assert answer.code == 503
            assert (
                answer.read().decode().strip() == "kgpart serve stopped the update at its time limit of 1 s"
            )
        assert time.monotonic() - started < 2.5
        assert wait_for(lambda: not alive(first), 5)
        assert not RemoteGraph(url, timeout=10).query("ASK { ?a <urn:x> ?f }")  # nothing half-written
    finally:
        stop_process(proc, wait=10)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to watch the server's memory")
def test_a_runaway_update_is_stopped_at_the_memory_bound(synthetic: Path) -> None:
    proc, url = start(synthetic, "--allow-update", "--timeout", "120", "--max-memory", "400")
    try:
        (first,) = children(proc.pid)
        runaway = "INSERT { ?a <urn:x> ?f } WHERE { ?a ?b ?c . ?d ?e ?f }"
        request = urllib.request.Request(url + "/update", data=runaway.encode(),
                                         headers={"Content-Type": "application/sparql-update"})  # fmt: skip
        peak = 0.0
        answered: list[int] = []

        def send() -> None:
            try:
                urllib.request.urlopen(request, timeout=120).close()
                answered.append(200)
            except urllib.error.HTTPError as exc:
                answered.append(exc.code)
                exc.close()

        sender = threading.Thread(target=send)
        sender.start()
        while sender.is_alive():
            peak = max(peak, rss_mb(first))
            time.sleep(0.05)
        assert answered == [503]
        assert peak < 400 + 300, f"the server grew to {peak:.0f} MB"
        assert not alive(first)
        assert RemoteGraph(url, timeout=10).query("ASK { ?s a kgp:Meeting }")
    finally:
        stop_process(proc, wait=10)


# --- under load: the limit is the query's own time, and a restart costs bystanders nothing (#17 item 14)


def post_sparql(url: str, kind: str, text: str) -> int | str:
    request = urllib.request.Request(f"{url}/{kind}", data=text.encode(),
                                     headers={"Content-Type": f"application/sparql-{kind}"})  # fmt: skip
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            answer.read()
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        with exc:
            return f"{exc.code} {exc.read().decode().strip()}"


def at_once(calls: list[Callable[[], object]]) -> list[object]:
    results: list[object] = [None] * len(calls)

    def run(i: int) -> None:
        results[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_time_spent_waiting_for_the_server_does_not_count_against_the_limit(synthetic: Path) -> None:
    proc, url = start(synthetic, "--timeout", "3")
    try:
        # A query whose own time is about 0.3 s, found by measuring (the machine's speed varies):
        # a tenth of the limit, so a busy machine slowing it down does not cut it.
        rows = 25_000
        took = 0.0
        while took < 0.3 and rows < 64_000_000:
            rows *= 2
            started = time.monotonic()
            assert (
                post_sparql(
                    url,
                    "query",
                    f"SELECT (COUNT(*) AS ?n) {{ SELECT * {{ ?a ?b ?c . ?d ?e ?f }} LIMIT {rows} }}",
                )
                == 200
            )
            took = time.monotonic() - started
        query = (
            f"SELECT (COUNT(*) AS ?n) {{ SELECT * {{ ?a ?b ?c . ?d ?e ?f }} LIMIT {int(rows * 0.3 / took)} }}"
        )
        # Thirty-two at once: together they need several times the limit, each far less than it.
        answers = at_once([lambda: post_sparql(url, "query", query)] * 32)
        assert answers == [200] * 32
    finally:
        stop_process(proc, wait=10)


def test_a_restart_does_not_cut_other_clients_updates(synthetic: Path) -> None:
    proc, url = start(synthetic, "--allow-update", "--timeout", "2")
    try:
        until = time.monotonic() + 5
        answers: list[object] = []

        def writer(n: int) -> None:
            i = 0
            while time.monotonic() < until:
                i += 1
                answers.append(post_sparql(url, "update", f"INSERT DATA {{ <urn:w{n}> <urn:i> {i} }}"))

        writers = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for w in writers:
            w.start()
        time.sleep(0.5)
        runaway = post_sparql(url, "query", CROSS)
        for w in writers:
            w.join()
        assert runaway == "503 kgpart serve stopped the query at its time limit of 2 s"
        assert answers and set(answers) == {204}, [a for a in answers if a != 204][:3]
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?w <urn:i> ?i }"
        assert int(next(iter(RemoteGraph(url, timeout=10).query(count)))["n"].value) == len(answers)
    finally:
        stop_process(proc, wait=10)
