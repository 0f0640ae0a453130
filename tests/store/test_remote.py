"""A real Oxigraph server on loopback: push the graph, query it like a local one, and fail clearly."""

from __future__ import annotations

import base64
import contextlib
import http.server
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner
from SPARQLWrapper import JSON, SPARQLWrapper

from kgpart.cli.app import cli
from kgpart.cli.store import push as push_command
from kgpart.errors import EndpointError, KgpartError
from kgpart.query.bundled import bundled_queries
from kgpart.query.results import format_result
from kgpart.query.run import run_query
from kgpart.store.graph import KnowledgeGraph
from kgpart.store.remote import RemoteGraph, bind_values, push
from support.servers import Refuse, free_port, oxigraph_server, unordered

cli.add_command(push_command)  # until cli.py registers it
PARAMS = {"partners_of": {"org": "HU"}, "source_of": {"subject": "Harbour University"}}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.fixture(scope="module")
def pushed(server: str, tiny: KnowledgeGraph) -> RemoteGraph:
    remote = RemoteGraph(server)
    summary = push(tiny, remote)
    assert summary.graphs == len(list(tiny.store.named_graphs())) and summary.triples == len(tiny)
    return remote


@pytest.mark.parametrize("name", sorted(bundled_queries()))
def test_bundled_queries_answer_the_same_remotely(
    pushed: RemoteGraph, tiny: KnowledgeGraph, name: str
) -> None:
    query = bundled_queries()[name]
    local = format_result(run_query(tiny, query, PARAMS.get(name)), "json")
    remote = format_result(run_query(pushed, query, PARAMS.get(name)), "json")  # type: ignore[arg-type]
    rows = [
        sorted(map(unordered, json.loads(doc)["results"]["bindings"]), key=json.dumps)
        for doc in (local, remote)
    ]
    assert rows[0] == rows[1] and rows[0]


def test_graphs_counts_and_ask(pushed: RemoteGraph, tiny: KnowledgeGraph) -> None:
    assert pushed.fact_graphs() == tiny.fact_graphs()
    assert len(pushed) == len(tiny)
    assert set(pushed.quads()) == set(tiny.quads())
    assert bool(pushed.query("ASK { ?m a kgp:Meeting }"))
    triples = pushed.query("CONSTRUCT { ?u a kgp:University } WHERE { ?u a kgp:University }")
    assert len(triples) == 2


def test_sparqlwrapper_sees_one_named_graph_per_source(pushed: RemoteGraph, server: str) -> None:
    client = SPARQLWrapper(server + "/query")
    client.setReturnFormat(JSON)
    client.setQuery(
        "SELECT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/kgpart/ontology#FactGraph> } } ORDER BY ?g"
    )
    found = [b["g"]["value"] for b in client.queryAndConvert()["results"]["bindings"]]  # type: ignore[index,call-overload]
    assert found == [
        "https://w3id.org/kgpart/id/graph/reference",
        "https://w3id.org/kgpart/id/graph/tiny-news-1",
    ]


def test_pushing_twice_changes_nothing(pushed: RemoteGraph, tiny: KnowledgeGraph) -> None:
    before = len(pushed)
    push(tiny, pushed)
    assert len(pushed) == before


def test_values_are_escaped_not_pasted(pushed: RemoteGraph) -> None:
    import pyoxigraph as ox

    hostile = ox.Literal('x" } ; DROP ALL ; SELECT * { "')
    rows = list(
        pushed.query(
            "SELECT ?n WHERE { ?e rdfs:label ?n FILTER(?n = ?v) }", substitutions={ox.Variable("v"): hostile}
        )
    )
    assert rows == [] and len(pushed) > 0
    text = bind_values(
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {ox.Variable("s"): ox.NamedNode("http://e/x")}
    )
    assert text == "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<http://e/x>) }  ?s ?p ?o }"


def test_cli_push(runner: CliRunner, server: str, tiny_dir: Path) -> None:
    result = runner.invoke(
        cli, ["push", "--endpoint", server, "--graph", str(tiny_dir)], catch_exceptions=False
    )
    assert result.exit_code == 0 and result.stderr.startswith("pushed ")
    assert "kgpart push" in runner.invoke(cli, ["push", "--help"]).stdout.split("Options:")[0]


def test_unreachable_endpoint() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(EndpointError, match=rf"^{url}/query: cannot connect \(Connection refused\)$"):
        RemoteGraph(url).query("ASK {}")


def test_wrong_url(server: str) -> None:
    with pytest.raises(EndpointError, match=r"/nope/query: HTTP 404: not found: is the URL right\?"):
        RemoteGraph(server + "/nope").query("ASK {}")
    with pytest.raises(EndpointError, match="not an http"):
        RemoteGraph("ftp://example.org/sparql")


@pytest.fixture
def refusing_server() -> Iterator[str]:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), Refuse)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_401_names_the_endpoint_and_credentials_come_from_the_environment(
    refusing_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KGPART_ENDPOINT_USER", "ana")
    monkeypatch.setenv("KGPART_ENDPOINT_PASSWORD", "s3cret")
    with pytest.raises(
        EndpointError, match=rf"^{refusing_server}/query: HTTP 401: the server wants credentials"
    ):
        RemoteGraph(refusing_server).query("ASK {}")
    assert Refuse.seen[-1] == "Basic " + base64.b64encode(b"ana:s3cret").decode()
    monkeypatch.setenv("KGPART_ENDPOINT_TOKEN", "tok")
    with pytest.raises(EndpointError):
        RemoteGraph(refusing_server).query("ASK {}")
    assert Refuse.seen[-1] == "Bearer tok"


def test_a_server_that_never_answers_times_out() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(EndpointError, match=rf"^{url}/query: no answer within 0.5 s"):
            RemoteGraph(url, timeout=0.5).query("ASK {}")
        assert time.monotonic() - started < 5


def test_cli_error_is_one_line(runner: CliRunner, tiny_dir: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = runner.invoke(cli, ["push", "--endpoint", url, "--graph", str(tiny_dir)])
    assert result.exit_code == 1
    assert (
        result.stderr.strip().startswith(f"Error: {url}/store?graph=") and "cannot connect" in result.stderr
    )
    assert issubclass(EndpointError, KgpartError)


@pytest.mark.parametrize(
    "args",
    [
        ["query", "partners_of", "--param", "org=HU", "-f", "csv"],
        ["stats"],
        ["validate"],
        ["analyze", "centrality", "-f", "csv"],
    ],
)
def test_reading_commands_work_against_the_endpoint(
    runner: CliRunner, pushed: RemoteGraph, server: str, tiny_dir: Path, args: list[str]
) -> None:
    remote = runner.invoke(cli, [*args, "--endpoint", server])
    local = runner.invoke(cli, [*args, "--graph", str(tiny_dir)])
    assert remote.exit_code == 0, remote.output
    if args[0] == "query":
        assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())
    else:
        assert remote.stdout.strip()


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Another origin: records what it is sent and answers every query with ``true``."""

    seen: ClassVar[list[dict[str, str]]] = []

    def _answer(self) -> None:
        _Recorder.seen.append(dict(self.headers.items()))
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b'{"head": {}, "boolean": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, *args: object) -> None:
        pass


class _Redirect(http.server.BaseHTTPRequestHandler):
    """The endpoint: ``/query`` and ``/store`` redirect to ``target`` (another origin or itself)."""

    target = ""
    code = 302

    def _redirect(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.startswith("/moved"):
            return _Recorder._answer(self)  # type: ignore[arg-type]
        self.send_response(self.code)
        self.send_header("Location", self.target + "/moved" + self.path)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_PUT = do_DELETE = _redirect

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def _serving(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("secret", [("KGPART_ENDPOINT_TOKEN", "tok"), ("KGPART_ENDPOINT_USER", "ana")])
def test_credentials_never_follow_a_redirect_to_another_origin(
    monkeypatch: pytest.MonkeyPatch, runner: CliRunner, tiny_dir: Path, code: int, secret: tuple[str, str]
) -> None:
    monkeypatch.setenv(*secret)
    monkeypatch.setenv("KGPART_ENDPOINT_PASSWORD", "s3cret")
    _Recorder.seen.clear()
    with _serving(_Recorder) as other, _serving(type("R", (_Redirect,), {"code": code})) as endpoint:
        _Redirect.target = other
        remote = RemoteGraph(endpoint)
        refused = rf"^{endpoint}/query: redirected to another origin \({endpoint} -> {other}\)"
        with pytest.raises(EndpointError, match=refused):
            remote.query("ASK {}")
        with pytest.raises(EndpointError, match="redirected to another origin"):
            remote.put_graph("https://w3id.org/kgpart/id/graph/x", [])
        result = runner.invoke(cli, ["stats", "--endpoint", endpoint])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"Error: {endpoint}/query: redirected to another origin")
    assert all("Authorization" not in h for h in _Recorder.seen), _Recorder.seen
    assert _Recorder.seen == []  # nothing reached the other origin, so its answer was not taken


def test_a_redirect_within_the_endpoint_is_followed_with_its_credentials(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KGPART_ENDPOINT_TOKEN", "tok")
    _Recorder.seen.clear()
    with _serving(_Redirect) as endpoint:
        _Redirect.target = endpoint
        assert bool(RemoteGraph(endpoint).query("ASK {}"))
    assert [h.get("Authorization") for h in _Recorder.seen] == ["Bearer tok"]
