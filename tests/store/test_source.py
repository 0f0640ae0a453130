"""GraphSource: the folder graph and a remote store answer ``select`` alike; opening picks the right one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgpart.errors import EndpointError, NoWritableGraphError
from kgpart.store.graph import KnowledgeGraph
from kgpart.store.remote import RemoteGraph, push
from kgpart.store.source import GraphSource, open_graph, open_target
from support.servers import oxigraph_server

# An optional variable, so unbound ones must be absent the same way in both.
_UNITS = """SELECT ?org ?name ?parent WHERE {
  ?org kgp:country ?country ; rdfs:label ?name OPTIONAL { ?org kgp:unitOf ?parent }
}"""


@pytest.fixture(scope="module")
def pushed(tmp_path_factory: pytest.TempPathFactory, tiny: KnowledgeGraph) -> Iterator[RemoteGraph]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        remote = RemoteGraph(url)
        push(tiny, remote)
        yield remote


def test_both_graph_kinds_are_graph_sources(tiny: KnowledgeGraph) -> None:
    assert isinstance(tiny, GraphSource)
    assert isinstance(RemoteGraph("http://127.0.0.1:9"), GraphSource)  # nothing is sent
    assert not isinstance(ox.Store(), GraphSource)


def test_select_rows_are_the_same_locally_and_remotely(tiny: KnowledgeGraph, pushed: RemoteGraph) -> None:
    local, remote = tiny.select(_UNITS), pushed.select(_UNITS)
    assert sorted(local, key=str) == sorted(remote, key=str)
    assert len(local) == 4 and sum("parent" in row for row in local) == 1
    country = ox.NamedNode("https://w3id.org/kgpart/id/country/KZ")
    bound = [tiny.select(_UNITS, country=country), pushed.select(_UNITS, country=country)]
    assert sorted(bound[0], key=str) == sorted(bound[1], key=str) and len(bound[0]) == 2


def test_select_refuses_other_query_forms(tiny: KnowledgeGraph) -> None:
    with pytest.raises(ValueError, match=r"select\(\) runs SELECT queries; this one gave QueryBoolean"):
        tiny.select("ASK { ?s ?p ?o }")


def test_open_graph_picks_remote_or_local(tiny_dir: Path) -> None:
    assert isinstance(open_graph(tiny_dir, endpoint="http://127.0.0.1:9"), RemoteGraph)
    assert isinstance(open_graph(tiny_dir, query_url="http://127.0.0.1:9/sparql"), RemoteGraph)
    local = open_graph(tiny_dir)
    assert isinstance(local, KnowledgeGraph) and local.graph_dir == tiny_dir


def test_open_target_picks_a_store_or_a_folder(
    tiny_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert isinstance(open_target(tiny_dir, endpoint="http://127.0.0.1:9"), RemoteGraph)
    assert open_target(tmp_path / "new") == tmp_path / "new"  # created when written
    with pytest.raises(EndpointError, match=r"no Graph Store URL to write to: give --store-url$"):
        open_target(query_url="http://127.0.0.1:9/sparql", update_url="http://127.0.0.1:9/update")
    monkeypatch.delenv("KGPART_GRAPH", raising=False)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")  # no ./graph here: only the shipped graph, which is not written
    with pytest.raises(NoWritableGraphError, match=r"^no graph folder to write: give --graph DIR"):
        open_target()
