"""The network projection: nodes, deduplicated edges, facts and sources, and the view options."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgpart.errors import ParameterError, UnknownNameError
from kgpart.network.views import network_view, to_networkx, top_nodes
from kgpart.store.graph import KnowledgeGraph
from kgpart.vocab import NODE_CLASSES

ORG = "https://w3id.org/kgpart/id/org/"
GHENT = ORG + "ghent-university"
EMBASSY = ORG + "embassy-of-kazakhstan-in-belgium"
HOSTILE = Path(__file__).parent.parent / "data" / "hostile.trig"


def test_whole_network_of_the_shipped_graph(shipped: KnowledgeGraph) -> None:
    net = network_view(shipped)
    kinds = {n.kind for n in net.nodes}
    assert {"University", "Embassy", "Person", "Country", "Programme", "StudentCohort"} <= kinds
    assert kinds <= set(NODE_CLASSES)
    # Literals never become nodes: every node is an IRI with a label.
    assert all(n.id.startswith("https://") and n.label for n in net.nodes)
    ids = {n.id for n in net.nodes}
    assert all(e.source in ids and e.target in ids for e in net.edges)
    assert len(net.nodes) == 29


def test_symmetric_edges_appear_once(shipped: KnowledgeGraph) -> None:
    net = network_view(shipped)
    pairs = [
        (e.kind, frozenset((e.source, e.target))) for e in net.edges if e.kind in ("meets", "partnersWith")
    ]
    assert len(pairs) == len(set(pairs))
    # 20 stored kgp:meets triples (both directions) are 10 edges; 10 partnersWith are 5.
    assert sum(1 for k, _ in pairs if k == "meets") == 10
    assert sum(1 for k, _ in pairs if k == "partnersWith") == 5


def test_every_cohort_is_linked(shipped: KnowledgeGraph) -> None:
    # A cohort counted for a whole country has no institution: it studies in the country.
    net = network_view(shipped)
    cohorts = {n.id for n in net.nodes if n.kind == "StudentCohort"}
    linked = {end for e in net.edges for end in (e.source, e.target)}
    assert cohorts and cohorts <= linked
    country_level = next(
        n for n in net.nodes if n.label.startswith("More than 35,000 international students")
    )
    edge = next(e for e in net.edges if e.source == country_level.id)
    assert (edge.kind, edge.target) == ("studiesIn", "https://w3id.org/kgpart/id/country/KZ")
    assert "More than 35,000 international students in Kazakhstan" in edge.facts


def test_meeting_edge_carries_date_topics_and_source(shipped: KnowledgeGraph) -> None:
    net = network_view(shipped)
    edge = next(e for e in net.edges if e.kind == "meets" and {e.source, e.target} == {EMBASSY, GHENT})
    assert edge.dates == ("2026-03-01",)
    title = edge.title(net.labels())
    assert "Embassy of Kazakhstan in Belgium — meets — Ghent University" in title
    assert "2026-03-01" in title and "joint research" in title
    assert "Source: Kazakhstan's ambassador to Belgium meets the Rector of Ghent University" in title


def test_node_tooltip_has_facts_counts_and_source(shipped: KnowledgeGraph) -> None:
    net = network_view(shipped)
    ghent = next(n for n in net.nodes if n.id == GHENT)
    title = ghent.title()
    assert title.startswith("Ghent University\nUniversity · Belgium")
    assert "UGent" in title and "partners with 3" in title
    # the article that names it, not the reference graph that describes it (#12 item 6)
    assert "Source: Kazakhstan's ambassador to Belgium meets the Rector of Ghent University" in title
    assert "reference entities" not in title
    cohort = next(n for n in net.nodes if n.label.startswith("11 students"))
    assert "Count: 11" in cohort.title() and "Status: active" in cohort.title()


@pytest.mark.parametrize("name", ["Ghent University", "ugent", "Universiteit Gent", GHENT])
def test_focus_accepts_label_alias_or_iri(shipped: KnowledgeGraph, name: str) -> None:
    net = network_view(shipped, focus=name, depth=1)
    assert net.focus == GHENT
    labels = {n.label for n in net.nodes}
    assert {"Ghent University", "Nazarbayev University", "Embassy of Kazakhstan in Belgium"} <= labels
    assert "University of Antwerp" not in labels  # two hops away


def test_focus_depth_does_not_walk_through_countries(shipped: KnowledgeGraph) -> None:
    one = network_view(shipped, focus="Ghent University", depth=1)
    two = network_view(shipped, focus="Ghent University", depth=2)
    assert "Belgium" in {n.label for n in one.nodes}
    # Depth 2 reaches the ambassador's other meetings, not every Belgian organisation.
    labels = {n.label for n in two.nodes}
    assert "University of Antwerp" in labels and "Antwerp Management School" not in labels
    assert [n.id for n in network_view(shipped, focus="UGent", depth=0).nodes] == [GHENT]


def test_unknown_focus_names_close_matches(shipped: KnowledgeGraph) -> None:
    with pytest.raises(UnknownNameError) as info:
        network_view(shipped, focus="Gent University")
    assert "unknown entity 'Gent University'" in str(info.value)
    assert "Did you mean: Ghent University" in str(info.value)


def test_time_window_keeps_dated_facts_only(shipped: KnowledgeGraph) -> None:
    net = network_view(shipped, since="2026-03-01", until="2026-03-31")
    labels = {n.label for n in net.nodes}
    assert "Ghent University" in labels
    # The Antwerp article is undated, so its meeting is outside every window.
    assert "Herwig Leirs" not in labels
    assert network_view(shipped, since="2027-01-01").nodes == []
    with pytest.raises(ParameterError):
        network_view(shipped, since="March 2026")


def test_country_and_types(shipped: KnowledgeGraph) -> None:
    net = network_view(shipped, country="BE", types=["University"])
    assert {n.kind for n in net.nodes} == {"University"}
    belgian = {n.id for n in net.nodes if n.country == "Belgium"}
    assert all(e.source in belgian or e.target in belgian for e in net.edges)
    assert {n.label for n in net.nodes} >= {"Ghent University", "University of Antwerp"}
    assert {n.kind for n in network_view(shipped, types=["organization"]).nodes} <= {
        "University",
        "Embassy",
        "Ministry",
        "ResearchInstitute",
        "Faculty",
        "Centre",
        "School",
    }
    with pytest.raises(UnknownNameError):
        network_view(shipped, types=["Universe"])
    with pytest.raises(UnknownNameError):
        network_view(shipped, country="Atlantis")


def test_top_nodes_keeps_the_best_connected(shipped: KnowledgeGraph) -> None:
    net = network_view(shipped)
    cut = top_nodes(net, 5)
    assert len(cut.nodes) == 5 and cut.truncated and cut.total_nodes == len(net.nodes)
    threshold = sorted((n.degree for n in net.nodes), reverse=True)[4]
    kept = {n.id for n in cut.nodes}
    assert all(n.degree >= threshold for n in net.nodes if n.id in kept)


def test_to_networkx_matches_the_network(shipped: KnowledgeGraph) -> None:
    net = network_view(shipped)
    graph = to_networkx(net)
    assert graph.number_of_nodes() == len(net.nodes)
    assert graph.number_of_edges() == len(net.edges)
    assert graph.nodes[GHENT]["kind"] == "University"
    assert dict(graph.degree())[GHENT] == next(n.degree for n in net.nodes if n.id == GHENT)


def test_hostile_strings_are_kept_verbatim_as_data() -> None:
    net = network_view(KnowledgeGraph.from_files([HOSTILE]))
    labels = {n.label for n in net.nodes}
    assert "<img src=x onerror=\"window.__pwned='img'\">" in labels
    assert any(e.kind == "meets" for e in net.edges)


def test_an_ingested_entity_lists_the_article_that_names_it(tmp_path: Path) -> None:
    # #12 item 6: an entity described in entities.trig listed "Entities found by kgpart ingest"
    from kgpart.ingest.folder import ingest_articles
    from kgpart.store.folder import init_graph_dir

    graph_dir = init_graph_dir(tmp_path / "graph")
    article = tmp_path / "a.txt"
    article.write_text(
        "URL: https://bulletin.example.org/7\nDATE: 2025-10-03\n\nRector Lina Park of Birch Valley University "
        "met Ambassador Omar Daud of the Embassy of Kazakhstan in Korea on 2 October 2025. Professor Eva Stone "
        "of Quarry Institute of Mining attended.\n",
        encoding="utf-8",
    )
    ingest_articles([article], graph_dir)
    net = network_view(KnowledgeGraph.open(graph_dir))
    by_label = {n.label: n for n in net.nodes}
    for name in ("Birch Valley University", "Quarry Institute of Mining"):
        assert [(s.url, s.date) for s in by_label[name].sources] == [
            ("https://bulletin.example.org/7", "2025-10-03")
        ]
    assert all("Entities found" not in s.title for n in net.nodes for s in n.sources)
