"""Meets edges by key lookups (store/index/meets.py) are the edges rules/meets.ru derives."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kgpart.store.folder import graph_files
from kgpart.store.graph import KnowledgeGraph
from kgpart.store.index.meets import MEETING, MEETS, RDF_TYPE, meets_quads
from kgpart.synth import synthesize

REPO = Path(__file__).resolve().parents[2]

# Each pair of parties below is a case of the rule: who meets whom, and who does not.
CASES = """
@prefix kgp: <https://w3id.org/kgpart/ontology#> .
@prefix ex: <https://example.org/> .
ex:people {
  ex:envoy kgp:holds ex:envoyPost . ex:envoyPost kgp:postIn ex:embassy .
  ex:rector kgp:holds ex:rectorPost . ex:rectorPost kgp:postIn ex:uni .
  ex:dean kgp:holds ex:deanPost . ex:deanPost kgp:postIn ex:faculty .
  ex:faculty kgp:unitOf ex:uni .
  ex:consul kgp:holds ex:consulPost . ex:consulPost kgp:postIn ex:embassy .
  ex:lab kgp:unitOf ex:faculty .
}
ex:m1 {
  ex:meeting1 a kgp:Meeting ;
    kgp:participant ex:envoy, ex:rector, ex:dean, ex:consul, ex:stranger ;
    kgp:participantOrganization ex:uni, ex:embassy, ex:faculty, ex:lab, ex:ministry .
}
ex:m2 {
  ex:meeting2 a kgp:Meeting ; kgp:participant ex:rector, ex:visitor ;
    kgp:participantOrganization ex:ministry .
}
ex:visitor kgp:holds ex:visitorPost . ex:visitorPost kgp:postIn ex:ministry .
"""


def derived_by_rule(store: ox.Store, graphs: set[str]) -> set[ox.Quad]:
    return {q for q in store.quads_for_pattern(None, MEETS, None) if q.graph_name.value in graphs}  # type: ignore[union-attr]


def meeting_graphs(store: ox.Store) -> set[str]:
    return {q.graph_name.value for q in store.quads_for_pattern(None, RDF_TYPE, MEETING)}  # type: ignore[union-attr]


@pytest.mark.parametrize("source", ["synthetic", "shipped"])
def test_same_edges_as_the_rule_in_every_meeting_graph(tmp_path: Path, source: str) -> None:
    folder = (
        synthesize(4_000, tmp_path / "graph", seed=11).folder if source == "synthetic" else REPO / "graph"
    )
    store = KnowledgeGraph.from_files(graph_files(folder)).store
    graphs = meeting_graphs(store)
    expected = derived_by_rule(store, graphs)
    assert expected, "the graph has meets edges to compare"
    got = meets_quads(store, graphs)
    assert len(got) == len(set(got))
    assert set(got) == expected


def test_each_case_of_the_rule(tmp_path: Path) -> None:
    path = tmp_path / "cases.trig"
    path.write_text(CASES, encoding="utf-8")
    store = KnowledgeGraph.from_files([path]).store
    graphs = {"https://example.org/m1", "https://example.org/m2"}
    expected = derived_by_rule(store, graphs)
    got = set(meets_quads(store, graphs))
    assert got == expected

    def meets(a: str, b: str, graph: str = "m1") -> bool:
        ex = "https://example.org/"
        return ox.Quad(ox.NamedNode(ex + a), MEETS, ox.NamedNode(ex + b), ox.NamedNode(ex + graph)) in got

    assert meets("envoy", "rector") and meets("rector", "envoy")
    assert meets("envoy", "uni") and meets("embassy", "uni") and meets("embassy", "lab")
    assert not meets("rector", "uni")  # works for it
    assert not meets("dean", "uni")  # works for a unit of it
    assert not meets("faculty", "uni") and not meets("lab", "faculty")  # a unit and its parent
    assert not meets("rector", "dean")  # both of the university (a unit counted as its parent)
    assert not meets("envoy", "consul")  # both of the embassy
    assert not any(str(q.subject).endswith("stranger>") for q in got)  # no post: no side
    assert meets("ministry", "uni") and meets("stranger", "uni") is False
    # a post stated in the default graph counts for nothing, as GRAPH ?x in the rule
    assert not meets("visitor", "rector", "m2") and not meets("rector", "visitor", "m2")
    assert meets("rector", "ministry", "m2")
