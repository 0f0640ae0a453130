"""ingest, add and retract against a private Virtuoso, as on a folder; and its bad cases: no update
rights, a wrong Graph Store URL, the server gone in the middle of a push or an ingest."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.ingest import remote as remote_ingest
from kgpart.ingest.folder import add_record_file, ingest_articles, retract, source_slug
from kgpart.store.folder import graph_files, shipped_graph_dir
from kgpart.store.graph import KnowledgeGraph
from kgpart.store.remote import RemoteGraph
from support.virtuoso import GRANTS, REVOKES, Virtuoso

DATA = Path(__file__).parent.parent / "data"
HARBOUR = DATA / "ingest" / "harbour-visit.txt"
LAKESIDE = DATA / "ingest" / "lakeside-memorandum.md"
G = "https://w3id.org/kgpart/id/graph/"
HARBOUR_GRAPH = G + source_slug(None, "https://news.example.org/harbour-visit")


@pytest.fixture
def store(virtuoso: Virtuoso) -> Virtuoso:
    """The private Virtuoso, running, with its rights, holding nothing of kgpart's."""
    if not virtuoso.alive():
        virtuoso.restart()
    virtuoso.clear()
    return virtuoso


def remote(server: Virtuoso) -> RemoteGraph:
    return RemoteGraph(query_url=server.query_url, update_url=server.query_url, store_url=server.store_url)


def counts(server: Virtuoso) -> Counter[str]:
    return Counter(q.graph_name.value for q in remote(server).quads(include_vocabulary=True))  # type: ignore[union-attr]


def local_counts(folder: Path) -> Counter[str]:
    kg = KnowledgeGraph.from_files(graph_files(folder))
    return Counter(q.graph_name.value for q in kg.store)  # type: ignore[union-attr]


def run(
    runner: CliRunner, server: Virtuoso, *args: str, options: list[str] | None = None
) -> tuple[int, str, str]:
    result = runner.invoke(cli, [*args, *(server.options() if options is None else options)])
    return result.exit_code, result.stdout, result.stderr


def test_ingest_add_retract_as_on_a_folder(store: Virtuoso, runner: CliRunner, tmp_path: Path) -> None:
    code, out, err = run(runner, store, "ingest", str(HARBOUR), str(LAKESIDE))
    assert code == 0 and out.count("added") == 2, out + err
    assert err.splitlines()[-1].startswith("wrote 5 graph(s), ")
    ingest_articles([HARBOUR, LAKESIDE], tmp_path / "graph")
    assert counts(store) == local_counts(tmp_path / "graph")
    # unchanged articles: nothing written
    code, out, err = run(runner, store, "ingest", str(HARBOUR), str(LAKESIDE))
    assert (
        code == 0
        and out.count("unchanged") == 2
        and err.splitlines()[-1] == f"nothing to write to {store.store_url}"
    )
    # a reviewed record
    record = yaml.safe_load(runner.invoke(cli, ["extract", str(LAKESIDE), "--format", "yaml"]).stdout)
    record["cohorts"] = [
        {"count": 3, "who": "PhD candidates", "at": "Lakeside University", "status": "studying"}
    ]
    path = tmp_path / "lakeside.yaml"
    path.write_text(yaml.safe_dump(record))
    code, out, err = run(runner, store, "add", str(path))
    assert code == 0 and out.startswith("replaced ") and "(3 facts" in out, out + err  # the same article
    found = remote(store).select("SELECT ?n WHERE { ?c kgp:who 'PhD candidates' ; kgp:count ?n }")
    assert [r["n"].value for r in found] == ["3"]
    # retract one source: its graph goes, and the store is what the same steps give in a folder
    code, out, err = run(runner, store, "retract", "https://news.example.org/harbour-visit")
    assert (code, out) == (0, f"removed <{HARBOUR_GRAPH}> from {store.store_url}\n"), err
    add_record_file(path, tmp_path / "graph")
    retract("https://news.example.org/harbour-visit", tmp_path / "graph")
    assert HARBOUR_GRAPH not in counts(store) and counts(store) == local_counts(tmp_path / "graph")
    code, out, _ = run(runner, store, "validate")
    assert code == 0, out


def test_without_update_rights_nothing_is_written(store: Virtuoso, runner: CliRunner) -> None:
    store.sql(REVOKES)
    try:
        code, _, err = run(runner, store, "ingest", str(HARBOUR))
        assert code == 1 and err.count("\n") == 1, err
        assert err.startswith(f"Error: {store.query_url}: ") and "update" in err.lower(), err
        assert "SPARQL query:" not in err and "INSERT DATA" not in err  # the server's echo left out
        assert not counts(store)
    finally:
        store.sql(GRANTS)
    assert run(runner, store, "ingest", str(HARBOUR))[0] == 0


def test_a_wrong_graph_store_url_is_found_before_the_first_write(store: Virtuoso, runner: CliRunner) -> None:
    for wrong in (store.url + "/sparql-graph-crud-nope", store.query_url):
        options = [*store.options()[:-1], wrong]
        code, _, err = run(runner, store, "ingest", str(HARBOUR), options=options)
        assert code == 1 and err.startswith(f"Error: {wrong}") and err.count("\n") == 1, err
        assert not counts(store)


def test_the_server_gone_in_the_middle_of_an_ingest(
    store: Virtuoso, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real, calls = RemoteGraph.put_graph, []

    def put_then_die(self: RemoteGraph, graph: str, triples: object) -> None:
        calls.append(graph)
        if len(calls) == 4:  # ontology, topics, entities written: the server goes
            assert store.proc is not None
            store.proc.kill()
            store.proc.wait()
        real(self, graph, triples)  # type: ignore[arg-type]

    monkeypatch.setattr(RemoteGraph, "put_graph", put_then_die)
    code, _, err = run(runner, store, "ingest", str(HARBOUR), str(LAKESIDE))
    last = err.splitlines()[-1]
    assert code == 1 and err.count("Error") == 1 and last.startswith(f"Error: {store.store_url}?graph="), err
    assert last.endswith("(after 3 of 5 graphs were written; run the same command again to finish)")
    monkeypatch.undo()
    store.restart()
    assert counts(store)[remote_ingest.PENDING_GRAPH] == 1
    code, out, err = run(runner, store, "ingest", str(HARBOUR), str(LAKESIDE))
    assert code == 0 and out.count("added") == 2, out + err
    ingest_articles([HARBOUR, LAKESIDE], tmp_path / "graph")
    assert counts(store) == local_counts(tmp_path / "graph")


def test_the_server_gone_in_the_middle_of_a_push(
    store: Virtuoso, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    real, calls = RemoteGraph.put_graph, []

    def put_then_die(self: RemoteGraph, graph: str, triples: object) -> None:
        calls.append(graph)
        if len(calls) == 3:
            assert store.proc is not None
            store.proc.kill()
            store.proc.wait()
        real(self, graph, triples)  # type: ignore[arg-type]

    monkeypatch.setattr(RemoteGraph, "put_graph", put_then_die)
    folder = str(shipped_graph_dir())
    code, _, err = run(runner, store, "push", "--graph", folder)
    assert code == 1 and err.count("\n") == 1 and err.startswith(f"Error: {store.store_url}?graph="), err
    assert "cannot connect" in err or "not a usable" in err
    monkeypatch.undo()
    store.restart()
    code, _, err = run(runner, store, "push", "--graph", folder)
    assert code == 0, err
    expected = KnowledgeGraph.open(shipped_graph_dir())
    assert set(remote(store).quads(include_vocabulary=True)) == set(expected.store)


def test_virtuoso_logins_by_digest(
    store: Virtuoso, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Virtuoso's -auth endpoints want HTTP Digest: the credentials of the environment are used for it,
    and only for the endpoint's origin."""
    store.sql(REVOKES)
    try:
        auth = [f"--query-url={store.url}/sparql-auth", f"--update-url={store.url}/sparql-auth",
                f"--store-url={store.url}/sparql-graph-crud-auth"]  # fmt: skip
        code, _, err = run(runner, store, "ingest", str(HARBOUR), options=auth)
        assert code == 1 and "HTTP 401: the server wants credentials" in err and err.count("\n") == 1, err
        monkeypatch.setenv("KGPART_ENDPOINT_USER", "dba")
        monkeypatch.setenv("KGPART_ENDPOINT_PASSWORD", "wrong")
        code, _, err = run(runner, store, "ingest", str(HARBOUR), options=auth)
        assert code == 1 and "HTTP 401" in err and err.count("\n") == 1, err
        monkeypatch.setenv("KGPART_ENDPOINT_PASSWORD", "dba")
        code, out, err = run(runner, store, "ingest", str(HARBOUR), options=auth)
        assert code == 0 and out.startswith("added "), out + err
        assert HARBOUR_GRAPH in counts(store)
    finally:
        store.sql(GRANTS)


def test_a_write_stopped_before_its_edges_are_right_is_finished_by_the_next_one(
    store: Virtuoso, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With nothing new to write, the next ingest re-derives every edge: here, not by the rules run
    as updates in the store (Virtuoso 7.2 fails on them)."""
    real = RemoteGraph.update

    def die_at_the_end(self: RemoteGraph, sparql: str) -> None:
        if "DROP SILENT GRAPH" in sparql:
            assert store.proc is not None
            store.proc.kill()
            store.proc.wait()
        real(self, sparql)

    monkeypatch.setattr(RemoteGraph, "update", die_at_the_end)
    code, _, err = run(runner, store, "ingest", str(HARBOUR))
    assert code == 1 and err.count("Error") == 1 and "the network edges were not re-derived" in err, err
    monkeypatch.undo()
    store.restart()
    assert counts(store)[remote_ingest.PENDING_GRAPH] == 1
    code, out, err = run(runner, store, "ingest", str(HARBOUR))
    assert code == 0 and out.startswith("unchanged ") and "re-derived the network edges" in err, out + err
    ingest_articles([HARBOUR], tmp_path / "graph")
    assert counts(store) == local_counts(tmp_path / "graph")
