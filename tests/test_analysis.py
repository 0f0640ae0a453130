"""Projections and their analysis: on the tiny graph, the shipped graph and graphs small enough to reason about."""

from __future__ import annotations

import json
from pathlib import Path

import click
import networkx as nx
import pytest
from click.testing import CliRunner

from kgpart.analysis import (
    bridges,
    centrality,
    communities,
    ego,
    explain_path,
    find_node,
    resolve_node,
)
from kgpart.cli.analysis import analyze
from kgpart.cli.app import KgpartGroup
from kgpart.errors import NotConnectedError, ParameterError, UnknownNameError
from kgpart.network.projection import network_projection
from kgpart.store.graph import KnowledgeGraph

ORG = "https://w3id.org/kgpart/id/org/"
HU, STU, EMB = (
    ORG + "harbour-university",
    ORG + "steppe-technical-university",
    ORG + "embassy-of-kazakhstan-in-france",
)
FACULTY = ORG + "harbour-university-faculty-of-sciences"
KZ, FR = "https://w3id.org/kgpart/id/country/KZ", "https://w3id.org/kgpart/id/country/FR"


# --- projections ---------------------------------------------------------------------------


def test_institutions_fold_the_faculty_into_its_university(tiny: KnowledgeGraph) -> None:
    G = network_projection(tiny)
    assert set(G) == {HU, STU, EMB}
    assert G.nodes[HU]["label"] == "Harbour University" and G.nodes[HU]["units"] == [FACULTY]
    assert G.nodes[EMB]["kind"] == "Embassy" and G.nodes[EMB]["country"] == "Kazakhstan"
    assert set(G.edges) == {(HU, EMB), (HU, STU)}
    # The partnership with the faculty and the programme with the university both link STU and HU.
    assert sorted(f.kind for f in G.edges[HU, STU]["facts"]) == ["partnership", "programme"]
    assert G.edges[HU, STU]["weight"] == 2


def test_kept_units_are_linked_to_their_institution(tiny: KnowledgeGraph) -> None:
    G = network_projection(tiny, fold_units=False)
    assert FACULTY in G and G.edges[FACULTY, HU]["kinds"] == ["part of"]
    assert [f.kind for f in G.edges[FACULTY, STU]["facts"]] == ["partnership"]


def test_proposed_cooperation_links_nothing(tiny: KnowledgeGraph) -> None:
    facts = [f for _, _, d in network_projection(tiny).edges(data=True) for f in d["facts"]]
    assert not any("proposed" in f.label for f in facts)


def test_meeting_is_dated_and_sourced(tiny: KnowledgeGraph) -> None:
    (meeting,) = network_projection(tiny).edges[HU, EMB]["facts"]
    assert (meeting.kind, meeting.date) == ("meeting", "2025-05-12")
    assert meeting.source == "https://w3id.org/kgpart/id/source/tiny-news-1"


def test_countries_are_weighted_by_institution_links(tiny: KnowledgeGraph) -> None:
    G = network_projection(tiny, "countries")
    assert set(G) == {KZ, FR} and G.edges[KZ, FR]["weight"] == 2
    assert sorted(G.edges[KZ, FR]["links"]) == sorted([(HU, EMB), (HU, STU)])


def test_unknown_projection(tiny: KnowledgeGraph) -> None:
    with pytest.raises(UnknownNameError, match="unknown projection 'people'"):
        network_projection(tiny, "people")


# --- centrality and communities ---------------------------------------------------------------


def test_centrality_ranks_the_hub_first(tiny: KnowledgeGraph, shipped: KnowledgeGraph) -> None:
    top = centrality(network_projection(tiny)).scores[0]
    assert (top.label, top.degree, top.betweenness) == ("Harbour University", 2, 1.0)
    result = centrality(network_projection(shipped))
    assert result.method == "exact betweenness" and result.scores[0].label == "Ghent University"


def test_large_graphs_get_sampled_betweenness_reproducibly() -> None:
    G = nx.karate_club_graph()
    first, again = centrality(G, k=8, seed=3), centrality(G, k=8, seed=3)
    assert first.method.startswith("sampled betweenness, k=8") and first == again


def test_sampling_is_chosen_by_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kgpart.analysis.BETWEENNESS_SECONDS", 1e-6)
    assert "sampled betweenness, k=5 sources of 50" in centrality(nx.path_graph(50)).method


def test_communities_are_deterministic_with_a_seed() -> None:
    G = nx.les_miserables_graph()
    first = communities(G, seed=7)
    assert first == communities(G, seed=7) and first.method.startswith("louvain")
    assert sum(c.size for c in first.communities) == G.number_of_nodes()


def test_two_triangles_are_two_communities() -> None:
    found = communities(nx.barbell_graph(3, 0), seed=1).communities
    assert sorted(sorted(c.members) for c in found) == [["0", "1", "2"], ["3", "4", "5"]]


def test_label_propagation_on_request(shipped: KnowledgeGraph) -> None:
    result = communities(network_projection(shipped), method="label-propagation", seed=1)
    assert result.method.startswith("fast label propagation")


# --- paths, ego networks, names --------------------------------------------------------------


def test_path_is_explained_by_the_facts_along_it(tiny: KnowledgeGraph) -> None:
    result = explain_path(tiny, network_projection(tiny), "STU", "embassy of kazakhstan in france")
    assert result.labels == [
        "Steppe Technical University",
        "Harbour University",
        "Embassy of Kazakhstan in France",
    ]
    first, second = result.steps
    assert {f.iri.rsplit("/", 1)[-1] for f in first.facts} == {"tiny-news-1-e1", "stu-hu-double-degree"}
    assert [f.label for f in second.facts] == ["Aida Serikova meets Jean Martin and Claire Dubois"]
    assert "2025-05-12 meeting: Aida Serikova meets" in result.text()
    # each fact cites its article by title and URL, not kgpart's internal source IRI (#12 item 6)
    assert "(source: Ambassador visits Harbour University <https://news.example.org/1>)" in result.text()
    assert "/id/source/" not in result.text()


def test_a_person_stands_for_the_organisation_of_their_post(shipped: KnowledgeGraph) -> None:
    result = explain_path(shipped, network_projection(shipped), "Roman Vassilenko", "Nazarbayev University")
    assert result.labels == ["Embassy of Kazakhstan in Belgium", "Ghent University", "Nazarbayev University"]


def test_an_organisation_stands_for_its_country(tiny: KnowledgeGraph) -> None:
    G = network_projection(tiny, "countries")
    assert explain_path(tiny, G, "HU", "STU").labels == ["France", "Kazakhstan"]


def test_unconnected_entities_are_said_to_be_so(shipped: KnowledgeGraph) -> None:
    with pytest.raises(NotConnectedError) as info:
        explain_path(shipped, network_projection(shipped), "UGent", "Almaty Management University")
    assert str(info.value) == (
        "'Ghent University' and 'Almaty Management University' are not connected in the institutions projection"
    )


def test_unknown_entity_suggests_close_names(tiny: KnowledgeGraph) -> None:
    with pytest.raises(UnknownNameError, match="Did you mean: Harbour University"):
        resolve_node(tiny, network_projection(tiny), "Harbor University")


def test_an_entity_outside_the_projection(tiny: KnowledgeGraph) -> None:
    with pytest.raises(ParameterError, match="not an organisation or country of the institutions projection"):
        resolve_node(tiny, network_projection(tiny), "France")


def test_ego_lists_the_neighbourhood_nearest_first(shipped: KnowledgeGraph) -> None:
    G = network_projection(shipped)
    result = ego(G, "Ghent University", 1)
    assert result.nodes[0].label == "Ghent University" and result.nodes[0].distance == 0
    assert {n.label for n in result.nodes if n.distance == 1} >= {
        "Nazarbayev University",
        "Embassy of Kazakhstan in Belgium",
    }
    assert "University of Antwerp" in {n.label for n in ego(G, "Ghent University", 2).nodes}


def test_find_node_by_alias_and_unknown(tiny: KnowledgeGraph) -> None:
    G = network_projection(tiny)
    assert find_node(G, "stu") == STU
    with pytest.raises(UnknownNameError, match="Did you mean: Steppe Technical University"):
        find_node(G, "Steppe Technical Univ")


# --- bridges ------------------------------------------------------------------------------------


def test_two_triangles_joined_by_one_edge() -> None:
    G = nx.barbell_graph(3, 0)  # triangles 0-1-2 and 3-4-5, joined by 2-3
    result = bridges(G)
    assert sorted(c.id for c in result.articulation_points) == ["2", "3"]
    assert all(c.splits_into == 2 for c in result.articulation_points)
    assert [(b.source, b.target, b.pendant) for b in result.bridges] == [("2", "3", False)]


def test_pendant_bridges_come_last(shipped: KnowledgeGraph) -> None:
    result = bridges(network_projection(shipped))
    assert result.articulation_points[0].label == "Ghent University"
    first = result.bridges[0]
    assert {first.source_label, first.target_label} == {
        "Ghent University",
        "Embassy of Kazakhstan in Belgium",
    }
    assert not first.pendant and all(b.pendant for b in result.bridges[1:])


# --- the command line -------------------------------------------------------------------------


@click.group(cls=KgpartGroup)
def kgpart() -> None:
    """A stand-in for the kgpart group, with the analysis commands."""


kgpart.add_command(analyze)
SUBCOMMANDS = sorted(analyze.commands)  # from the CLI itself


@pytest.mark.parametrize("command", [None, *SUBCOMMANDS])
def test_help_ends_with_an_example(runner: CliRunner, command: str | None) -> None:
    args = ["analyze", command] if command else ["analyze"]
    result = runner.invoke(kgpart, [*args, "--help"])
    body = result.stdout.split("Options:")[0]
    assert result.exit_code == 0
    assert "Example" in body and f"kgpart {' '.join(args)}" in body.split("Example")[-1]


def test_cli_centrality_csv(runner: CliRunner, tiny_dir: Path) -> None:
    result = runner.invoke(
        kgpart, ["analyze", "centrality", "--graph", str(tiny_dir), "-f", "csv"], catch_exceptions=False
    )
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and lines[0].startswith("rank,label,kind")
    assert lines[1].startswith("1,Harbour University,University,France,2,")
    assert "method: exact betweenness" in result.stderr and "method" not in result.stdout


def test_cli_path_json(runner: CliRunner, tiny_dir: Path) -> None:
    args = ["analyze", "path", "STU", "HU", "--graph", str(tiny_dir), "-f", "json"]
    result = runner.invoke(kgpart, args, catch_exceptions=False)
    data = json.loads(result.stdout)
    assert data["labels"] == ["Steppe Technical University", "Harbour University"]
    assert {f["kind"] for f in data["steps"][0]["facts"]} == {"partnership", "programme"}


@pytest.mark.parametrize("command", ["communities", "bridges"])
def test_cli_table_and_json(runner: CliRunner, tiny_dir: Path, command: str) -> None:
    for fmt in ("table", "json", "csv"):
        args = ["analyze", command, "--graph", str(tiny_dir), "-f", fmt, "--projection", "countries"]
        assert runner.invoke(kgpart, args, catch_exceptions=False).exit_code == 0


def test_cli_ego(runner: CliRunner, tiny_dir: Path) -> None:
    result = runner.invoke(
        kgpart, ["analyze", "ego", "Jean Martin", "--graph", str(tiny_dir)], catch_exceptions=False
    )
    assert result.exit_code == 0 and result.stdout.splitlines()[2].startswith("0         Harbour University")


def test_cli_unknown_entity(runner: CliRunner, tiny_dir: Path) -> None:
    result = runner.invoke(kgpart, ["analyze", "ego", "Harbor Univ", "--graph", str(tiny_dir)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: unknown entity 'Harbor Univ'. Did you mean: Harbour University, Rector of Harbour University, "
        "Vice-Rector of Harbour University?"
    )


def test_cli_not_connected(runner: CliRunner) -> None:
    result = runner.invoke(kgpart, ["analyze", "path", "UGent", "Almaty Management University"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        "Error: 'Ghent University' and 'Almaty Management University' are not connected in the institutions projection"
    )


def test_modularity_does_not_depend_on_the_order_edges_came_in() -> None:
    # One weighted graph built in two orders (as rows from two engines): Louvain finds the same
    # communities, and the modularity's sum, walked in another order, must not show it.
    edges = [
        ("u2", "u8", 3), ("u1", "u7", 1), ("u4", "u7", 3), ("u3", "u7", 2), ("u2", "u6", 1),
        ("u0", "u1", 1), ("u0", "u4", 1), ("u2", "u7", 2), ("u4", "u6", 3), ("u6", "u8", 2),
    ]  # fmt: skip
    forward, backward = nx.Graph(), nx.Graph()
    forward.add_weighted_edges_from(edges)
    backward.add_weighted_edges_from(reversed(edges))
    found = [communities(G, seed=0) for G in (forward, backward)]
    assert [c.members for c in found[0].communities] == [c.members for c in found[1].communities]
    assert found[0].modularity == found[1].modularity
