"""Two sources of one programme written to a real Oxigraph server: linked there too (#12 item 4).

The link (kgp:sameFactAs) reads every graph, so the store re-runs that one rule after each write
(cheap), while the other edges still come with the written graphs ("network edges included").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.store.remote import RemoteGraph
from support.servers import oxigraph_server
from support.virtuoso import Virtuoso

FIRST = (
    "URL: https://campus.example.org/n/5\nDATE: 2025-02-11\n\nOrchard University and Dune Institute of "
    "Technology signed a double-degree programme in water engineering.\n"
)
SECOND = (
    "URL: https://wire.example.com/item/9\nDATE: 2025-02-14\n\nDune Institute of Technology and Orchard "
    "University run a double-degree programme, the wire reports.\n"
)
LINKS = "SELECT ?a ?b WHERE { GRAPH ?g { ?a kgp:sameFactAs ?b } }"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph-same-fact")) as url:
        yield url


def test_reports_of_one_programme_are_linked_in_the_store(server: str, tmp_path: Path) -> None:
    RemoteGraph(server).update("DROP ALL")
    runner = CliRunner()
    paths = []
    for name, text in (("a.txt", FIRST), ("b.txt", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    first = runner.invoke(cli, ["ingest", paths[0], "--endpoint", server])
    assert first.exit_code == 0, first.stderr
    assert RemoteGraph(server).select(LINKS) == []
    second = runner.invoke(cli, ["ingest", paths[1], "--endpoint", server])
    assert second.exit_code == 0, second.stderr
    assert "network edges included" in second.stderr  # not a re-derivation of every edge
    assert len(RemoteGraph(server).select(LINKS)) == 2  # each report links to the other
    gone = runner.invoke(cli, ["retract", "https://wire.example.com/item/9", "--endpoint", server])
    assert gone.exit_code == 0, gone.stderr
    assert RemoteGraph(server).select(LINKS) == []


def test_reports_of_one_programme_are_linked_in_virtuoso(virtuoso: Virtuoso, tmp_path: Path) -> None:
    # the same rule, run by the store after each write, on the second engine the tests run
    if not virtuoso.alive():
        virtuoso.restart()
    virtuoso.clear()
    store = RemoteGraph(
        query_url=virtuoso.query_url, update_url=virtuoso.query_url, store_url=virtuoso.store_url
    )
    runner = CliRunner()
    for name, text in (("a.txt", FIRST), ("b.txt", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        done = runner.invoke(cli, ["ingest", str(tmp_path / name), *virtuoso.options()])
        assert done.exit_code == 0, done.stderr
    assert len(store.select(LINKS)) == 2
    gone = runner.invoke(cli, ["retract", "https://wire.example.com/item/9", *virtuoso.options()])
    assert gone.exit_code == 0, gone.stderr
    assert store.select(LINKS) == []
