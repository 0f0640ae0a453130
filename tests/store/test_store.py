"""Loading graph folders, reporting broken files, and deriving the network from the detail."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kgpart.errors import GraphFileError, KgpartError
from kgpart.store.derive import derive_network
from kgpart.store.folder import graph_files, resolve_graph_dir, shipped_graph_dir
from kgpart.store.graph import KnowledgeGraph
from kgpart.terms import KGP

NETWORK = [
    KGP.meets,
    KGP.partnersWith,
    KGP.involves,
    KGP.partOf,
    KGP.studiesAt,
    KGP.studiesIn,
    KGP.comesFrom,
    KGP.locatedIn,
]


def edges(kg: KnowledgeGraph, predicate: str) -> set[tuple[str, str]]:
    return {
        (q.subject.value, q.object.value)
        for q in kg.store.quads_for_pattern(None, ox.NamedNode(str(predicate)), None)
    }


def test_malformed_trig_names_file_and_line(tiny_dir: Path) -> None:
    bad = tiny_dir / "broken.trig"
    bad.write_text('@prefix ex: <http://example.org/> .\nex:g {\n  ex:a ex:b "unterminated .\n}\n')
    with pytest.raises(GraphFileError) as caught:
        KnowledgeGraph.open(tiny_dir)
    assert caught.value.path == bad and caught.value.line == 3
    assert str(caught.value).startswith(f"{bad}:3: ")


def test_missing_graph_folder(tmp_path: Path) -> None:
    with pytest.raises(KgpartError, match="graph folder not found"):
        KnowledgeGraph.open(tmp_path / "nope")


def test_a_directory_named_like_a_graph_file_is_reported(tiny_dir: Path) -> None:
    (tiny_dir / "folder.trig").mkdir()
    with pytest.raises(GraphFileError, match=r"folder\.trig: cannot read"):
        KnowledgeGraph.open(tiny_dir)


def test_index_and_hidden_folders_are_not_graph_files(tiny_dir: Path) -> None:
    (tiny_dir / ".index").mkdir()
    (tiny_dir / ".index" / "junk.trig").write_text("not rdf")
    assert [p.name for p in graph_files(tiny_dir)] == ["tiny.trig"]


def test_graph_folder_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_dir: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KGPART_GRAPH", raising=False)
    assert resolve_graph_dir() == tiny_dir  # ./graph with TriG files in it
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert resolve_graph_dir() == shipped_graph_dir()
    monkeypatch.setenv("KGPART_GRAPH", str(tiny_dir))
    assert resolve_graph_dir() == tiny_dir
    assert resolve_graph_dir(str(tmp_path)) == tmp_path


def test_network_edges_are_never_typed_into_graph_files() -> None:
    kg = KnowledgeGraph.from_files(graph_files(shipped_graph_dir()), derive=False)
    for predicate in NETWORK:
        assert not edges(kg, predicate), f"{predicate} typed into a graph file: derive it instead"


def test_derivation_is_idempotent(tiny: KnowledgeGraph) -> None:
    before = len(tiny)
    derive_network(tiny.store)
    assert len(tiny) == before


def test_meets_links_parties_of_different_organisations(tiny: KnowledgeGraph) -> None:
    person = "https://w3id.org/kgpart/id/person/"
    org = "https://w3id.org/kgpart/id/org/"
    meets = edges(tiny, KGP.meets)
    assert (person + "aida-serikova", person + "jean-martin") in meets
    assert (org + "embassy-of-kazakhstan-in-france", org + "harbour-university") in meets
    assert (person + "aida-serikova", org + "harbour-university") in meets
    # colleagues of one university, and a person and their own organisation, do not "meet"
    assert (person + "jean-martin", person + "claire-dubois") not in meets
    assert (person + "jean-martin", org + "harbour-university") not in meets
    assert all((b, a) in meets for a, b in meets), "meets is stored both ways"
    assert len(meets) == 12


def test_partners_with_only_for_partnerships_in_force_and_programmes(tiny: KnowledgeGraph) -> None:
    org = "https://w3id.org/kgpart/id/org/"
    assert edges(tiny, KGP.partnersWith) == {
        (org + "steppe-technical-university", org + "harbour-university-faculty-of-sciences"),
        (org + "harbour-university-faculty-of-sciences", org + "steppe-technical-university"),
        (org + "steppe-technical-university", org + "harbour-university"),
        (org + "harbour-university", org + "steppe-technical-university"),
    }


def test_derived_edges_live_in_the_graph_of_their_fact(tiny: KnowledgeGraph) -> None:
    graphs = {
        q.graph_name.value for q in tiny.store.quads_for_pattern(None, ox.NamedNode(str(KGP.involves)), None)
    }
    assert graphs == {"https://w3id.org/kgpart/id/graph/tiny-news-1"}
    part_of = {
        q.graph_name.value for q in tiny.store.quads_for_pattern(None, ox.NamedNode(str(KGP.partOf)), None)
    }
    assert part_of == {"https://w3id.org/kgpart/id/graph/reference"}


def test_embassy_is_located_in_its_host_country(tiny: KnowledgeGraph) -> None:
    located = dict(edges(tiny, KGP.locatedIn))
    assert located["https://w3id.org/kgpart/id/org/embassy-of-kazakhstan-in-france"].endswith("/country/FR")


def test_fact_graphs_exclude_the_vocabulary(shipped: KnowledgeGraph) -> None:
    assert [g.rsplit("/", 1)[1] for g in shipped.fact_graphs()] == [
        "mfa-kz-2026-03-01-ghent-university",
        "mfa-kz-university-of-antwerp",
        "reference",
    ]
