"""Facts belong to their source and every entity an article names links to it (#12 items 4 and 6).

Two invented articles report one exchange programme and one meeting: each keeps a fact of its
own (never one IRI merged by partners and kind), the two reports are linked by kgp:sameFactAs,
and a lecturer named only in passing is still linked to the article that names her.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kgpart.ingest.folder import ingest_articles
from kgpart.store.folder import init_graph_dir
from kgpart.store.graph import KnowledgeGraph
from kgpart.terms import ID_BASE

FIRST = """URL: https://news.example.org/harbour-1
DATE: 2025-04-02

Harbour Technical University and Steppe State University launch an exchange programme

Harbour Technical University and Steppe State University launched an exchange programme for \
engineering students. On 2 April 2025 Rector Mara Olsen of Harbour Technical University met \
Rector Timur Bekov of Steppe State University in Aktau.
"""
SECOND = """URL: https://agency.example.net/stories/77
DATE: 2025-04-05

Steppe State University widens its ties

Steppe State University and Harbour Technical University run an exchange programme for \
engineering students. Lecturer Ines Vale of Lakeside College wrote about the region's universities \
last year. On 2 April 2025 Rector Mara Olsen of Harbour Technical University met Rector Timur \
Bekov of Steppe State University in Aktau.
"""


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    root = tmp_path_factory.mktemp("two-reports")
    graph_dir = init_graph_dir(root / "graph")
    paths = []
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        (root / name).write_text(text, encoding="utf-8")
        paths.append(root / name)
    report = ingest_articles(paths, graph_dir)
    assert [r.status for r in report.results] == ["added", "added"], report.text()
    return KnowledgeGraph.open(graph_dir)


def _sources_of(kg: KnowledgeGraph, cls: str) -> dict[str, set[str]]:
    """Each fact of a class -> the URLs of the sources its evidence names."""
    rows = kg.select(
        f"""SELECT ?f ?url WHERE {{ ?f a kgp:{cls} ; kgp:evidence/kgp:source/schema:url ?url }}"""
    )
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["f"].value, set()).add(row["url"].value)
    return found


@pytest.mark.parametrize("cls", ["Programme", "Meeting"])
def test_two_sources_of_one_fact_keep_a_fact_each(two_reports: KnowledgeGraph, cls: str) -> None:
    facts = _sources_of(two_reports, cls)
    exchange = {f: urls for f, urls in facts.items() if f.startswith(f"{ID_BASE}{cls.lower()}/")}
    # one fact per source, each read from its own article only (it was one programme IRI, both sources)
    assert sorted(map(sorted, exchange.values())) == [
        ["https://agency.example.net/stories/77"],
        ["https://news.example.org/harbour-1"],
    ]


@pytest.mark.parametrize("cls", ["Programme", "Meeting"])
def test_two_reports_of_one_fact_are_linked_with_both_sources(two_reports: KnowledgeGraph, cls: str) -> None:
    rows = two_reports.select(
        f"""SELECT ?a ?b ?ua ?ub WHERE {{ ?a a kgp:{cls} ; kgp:sameFactAs ?b .
             ?a kgp:evidence/kgp:source/schema:url ?ua . ?b kgp:evidence/kgp:source/schema:url ?ub }}"""
    )
    pairs = {(r["ua"].value, r["ub"].value) for r in rows}
    assert pairs == {
        ("https://news.example.org/harbour-1", "https://agency.example.net/stories/77"),
        ("https://agency.example.net/stories/77", "https://news.example.org/harbour-1"),
    }


def test_a_programme_of_another_kind_is_not_the_same_fact(two_reports: KnowledgeGraph) -> None:
    # the same partners alone are not the same programme: the kind must agree too
    linked = two_reports.select(
        "SELECT ?a ?b WHERE { ?a kgp:sameFactAs ?b . ?a kgp:programmeKind ?k1 . "
        "?b kgp:programmeKind ?k2 FILTER(?k1 != ?k2) }"
    )
    assert linked == []


def test_every_entity_an_article_names_is_linked_to_it_in_its_graph(two_reports: KnowledgeGraph) -> None:
    rows = two_reports.select(
        """SELECT ?label ?url WHERE { GRAPH ?g { ?g kgp:source ?s . ?s kgp:mentions ?e }
             ?s schema:url ?url . ?e rdfs:label ?label }"""
    )
    named = {(r["label"].value, r["url"].value) for r in rows}
    second = "https://agency.example.net/stories/77"
    # named only in passing, in no fact: still linked to the article (it was linked to none)
    assert ("Lakeside College", second) in named
    assert ("Ines Vale", second) in named
    for name in ("Mara Olsen", "Steppe State University", "Harbour Technical University"):
        assert {(name, "https://news.example.org/harbour-1"), (name, second)} <= named


def test_no_entity_of_the_articles_is_left_unlinked(two_reports: KnowledgeGraph) -> None:
    orphans = two_reports.select(
        """SELECT ?e WHERE { GRAPH ?eg { ?e a ?c } FILTER(?c IN (kgp:Person, kgp:University, kgp:Organization))
             FILTER NOT EXISTS { ?s kgp:mentions ?e } }"""
    )
    assert orphans == []


def test_retracting_a_source_removes_its_links(tmp_path: Path) -> None:
    graph_dir = init_graph_dir(tmp_path / "graph")
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    ingest_articles([tmp_path / "first.txt", tmp_path / "second.txt"], graph_dir)
    from kgpart.ingest.folder import retract

    retract("https://agency.example.net/stories/77", graph_dir)
    kg = KnowledgeGraph.open(graph_dir)
    assert kg.select("SELECT ?a WHERE { ?a kgp:sameFactAs ?b }") == []
    lakeside = ox.NamedNode(f"{ID_BASE}org/lakeside-college")
    assert kg.select("SELECT ?s WHERE { ?s kgp:mentions ?e }", e=lakeside) == []


@pytest.mark.parametrize("index", ["memory", "disk"])
def test_links_follow_each_write_through_the_index(tmp_path: Path, index: str) -> None:
    # the index is refreshed for the files that changed: the links, which read every graph, must
    # still appear when the second report arrives and go when it is retracted
    from kgpart.ingest.folder import retract

    graph_dir = init_graph_dir(tmp_path / "graph")
    for name, text in (("first.txt", FIRST), ("second.txt", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")

    def links() -> int:
        kg = KnowledgeGraph.open(graph_dir, index=index)
        try:
            return len(kg.select("SELECT ?a ?b WHERE { GRAPH ?g { ?a kgp:sameFactAs ?b } }"))
        finally:
            kg.close()

    ingest_articles([tmp_path / "first.txt"], graph_dir)
    assert links() == 0
    ingest_articles([tmp_path / "second.txt"], graph_dir)
    assert links() == 4  # the programme and the meeting, each way round
    retract("https://agency.example.net/stories/77", graph_dir)
    assert links() == 0
