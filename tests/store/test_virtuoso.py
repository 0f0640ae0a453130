"""Debian's Virtuoso as a second real engine: push the shipped graph, and every bundled query, validate,
stats, viz and analyze answer as on Oxigraph (tests/support/virtuoso.py starts the server)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.query.bundled import bundled_queries
from kgpart.store.folder import shipped_graph_dir
from kgpart.store.remote import RemoteGraph
from support.servers import oxigraph_server, unordered
from support.virtuoso import Virtuoso


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A loopback Oxigraph server holding the shipped graph, pushed by kgpart."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        result = CliRunner().invoke(cli, ["push", "--graph", str(shipped_graph_dir()), "--endpoint", url])
        assert result.exit_code == 0, result.stderr
        yield url


@pytest.fixture(scope="module")
def shipped_in_virtuoso(virtuoso: Virtuoso) -> Virtuoso:
    """The private Virtuoso, emptied, then the shipped graph pushed with ``kgpart push``."""
    if not virtuoso.alive():  # an earlier module crashed it: start it again on its database
        virtuoso.restart()
    virtuoso.clear()
    result = CliRunner().invoke(cli, ["push", "--graph", str(shipped_graph_dir()), *virtuoso.options()])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("pushed ") and virtuoso.store_url in result.stderr
    return virtuoso


def entity_names() -> list[str]:
    """Names to give an entity parameter: every organisation of the shipped graph, and an alias."""
    from kgpart.store.graph import KnowledgeGraph

    rows = KnowledgeGraph.open(shipped_graph_dir()).select(
        "SELECT DISTINCT ?name WHERE { ?o a/rdfs:subClassOf* org:Organization ; rdfs:label ?name }"
    )
    return sorted({row["name"].value for row in rows} | {"UGhent"})


def runs() -> list[tuple[str, list[str]]]:
    """Each bundled query once per entity name (for each parameter it declares), else once."""
    found = []
    for name, query in sorted(bundled_queries().items()):
        if not query.parameters:
            found.append((name, []))
        for value in entity_names() if query.parameters else []:
            found.append((name, [arg for p in query.parameters for arg in ("--param", f"{p.name}={value}")]))
    return found


def rows(runner: CliRunner, name: str, params: list[str], where: list[str]) -> list[dict[str, object]]:
    result = runner.invoke(cli, ["query", name, *params, "--format", "json", *where])
    assert result.exit_code == 0, result.stderr
    return sorted(map(unordered, json.loads(result.stdout)["results"]["bindings"]), key=json.dumps)


@pytest.mark.parametrize(("name", "params"), runs(), ids=lambda v: v if isinstance(v, str) else " ".join(v))
def test_every_bundled_query_answers_as_on_oxigraph(
    shipped_in_virtuoso: Virtuoso, oxigraph: str, runner: CliRunner, name: str, params: list[str]
) -> None:
    on_oxigraph = rows(runner, name, params, ["--endpoint", oxigraph])
    on_virtuoso = rows(runner, name, params, shipped_in_virtuoso.options())
    assert shipped_in_virtuoso.alive(), f"Virtuoso crashed on {name} {params}"
    assert on_virtuoso == on_oxigraph


def test_the_bundled_queries_find_something(oxigraph: str, runner: CliRunner) -> None:
    """The comparison means something: each query has rows for some name of the shipped graph."""
    for name in bundled_queries():
        assert any(rows(runner, n, p, ["--endpoint", oxigraph]) for n, p in runs() if n == name), name


def test_push_twice_changes_nothing(shipped_in_virtuoso: Virtuoso, runner: CliRunner) -> None:
    remote = RemoteGraph(**_urls(shipped_in_virtuoso))
    before = set(remote.quads(include_vocabulary=True))
    result = runner.invoke(cli, ["push", "--graph", str(shipped_graph_dir()), *shipped_in_virtuoso.options()])
    assert result.exit_code == 0 and set(remote.quads(include_vocabulary=True)) == before


def test_reading_commands_answer_as_on_oxigraph(
    shipped_in_virtuoso: Virtuoso, oxigraph: str, runner: CliRunner
) -> None:
    analyses = [["analyze", a, "--format", "json"] for a in ("centrality", "communities", "bridges")]
    for command in (["validate"], ["stats"], *analyses, ["analyze", "path", "UGhent", "UAntwerp"]):
        on_oxigraph = runner.invoke(cli, [*command, "--endpoint", oxigraph])
        on_virtuoso = runner.invoke(cli, [*command, *shipped_in_virtuoso.options()])
        assert on_virtuoso.exit_code == on_oxigraph.exit_code == 0, on_virtuoso.stdout + on_virtuoso.stderr
        assert on_virtuoso.stdout == on_oxigraph.stdout


def test_viz_draws_the_same_network(
    shipped_in_virtuoso: Virtuoso, oxigraph: str, runner: CliRunner, tmp_path: Path
) -> None:
    pages = []
    for where, name in (
        (["--endpoint", oxigraph], "oxigraph.html"),
        (shipped_in_virtuoso.options(), "virtuoso.html"),
    ):
        result = runner.invoke(cli, ["viz", "-o", str(tmp_path / name), *where])
        assert result.exit_code == 0, result.stderr
        pages.append((tmp_path / name).read_text(encoding="utf-8"))
    assert "Ghent University" in pages[1]
    assert page_data(pages[1]) == page_data(pages[0])  # nodes and edges in any order, the rest alike


def page_data(page: str) -> tuple[str, dict[str, list[str]]]:
    """A network page's HTML without its JSON blocks, and each block's items sorted."""
    blocks = dict(
        re.findall(r'<script type="application/json" id="([\w-]+)">(.*?)</script>', page, re.DOTALL)
    )
    assert blocks, "no data in the page"
    data = {}
    for name, text in blocks.items():
        value = json.loads(text)
        data[name] = sorted(map(json.dumps, value)) if isinstance(value, list) else [json.dumps(value)]
    return re.sub(
        r'(<script type="application/json" id="[\w-]+">).*?</script>', r"\1", page, flags=re.DOTALL
    ), data


def _urls(server: Virtuoso) -> dict[str, str]:
    return {"query_url": server.query_url, "update_url": server.query_url, "store_url": server.store_url}


def test_ask_construct_and_counts_answer_as_on_oxigraph(shipped_in_virtuoso: Virtuoso, oxigraph: str) -> None:
    """Virtuoso answers ASK as a SELECT of __ASK_RETVAL and CONSTRUCT as rows unless asked for the
    right formats, and holds graphs of its own, which are not kgpart's."""
    remote, local = RemoteGraph(**_urls(shipped_in_virtuoso)), RemoteGraph(oxigraph)
    for graph in (remote, local):
        assert bool(graph.query("ASK { ?m a kgp:Meeting }")) is True
        assert bool(graph.query("ASK { ?m a kgp:NoSuchClass }")) is False
    construct = "CONSTRUCT { ?u a kgp:University } WHERE { ?u a kgp:University }"
    assert set(remote.query(construct)) == set(local.query(construct))  # type: ignore[arg-type]
    assert remote.foreign_graphs() == shipped_in_virtuoso.own_graphs and not local.foreign_graphs()
    assert remote.fact_graphs() == local.fact_graphs() and len(remote) == len(local)
    assert set(remote.quads(include_vocabulary=True)) == set(local.quads(include_vocabulary=True))
