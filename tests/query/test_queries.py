"""Every bundled query runs against the tiny graph and returns the rows in tests/data/expected/."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgpart.errors import ParameterError, QuerySyntaxError, UnknownNameError
from kgpart.query.bundled import NamedQuery, bundled_queries, get_query, parse_query_file, resolve_query
from kgpart.query.results import format_result
from kgpart.query.run import run_query
from kgpart.store.graph import KnowledgeGraph

EXPECTED = Path(__file__).parent.parent / "data" / "expected"
PARAMS = {
    "partners_of": {"org": "Harbour University"},
    "source_of": {"subject": "Steppe Technical University"},
}


# Columns made by GROUP_CONCAT: SPARQL leaves the order of the joined values to the engine's plan.
CONCATENATED = {"aliases", "people", "organizations", "topics", "partners", "parties"}


def _rows(csv_text: str) -> list[tuple[str, ...]]:
    """CSV rows, sorted, with the values inside GROUP_CONCAT columns sorted too."""
    import csv
    import io

    reader = csv.reader(io.StringIO(csv_text))
    header = next(reader)
    concatenated = [i for i, name in enumerate(header) if name in CONCATENATED]
    rows = []
    for row in reader:
        for i in concatenated:
            row[i] = "; ".join(sorted(row[i].split("; ")))
        rows.append(tuple(row))
    return [tuple(header), *sorted(rows)]


@pytest.mark.parametrize("name", sorted(bundled_queries()))
def test_bundled_query_matches_expected_rows(tiny: KnowledgeGraph, name: str) -> None:
    got = format_result(run_query(tiny, get_query(name), PARAMS.get(name, {})), "csv")
    expected = (EXPECTED / f"{name}.csv").read_text(encoding="utf-8")
    assert _rows(got) == _rows(expected)


@pytest.mark.parametrize("name", sorted(bundled_queries()))
def test_bundled_query_has_a_title_and_declares_what_it_binds(name: str) -> None:
    query = get_query(name)
    assert query.title
    for param in query.parameters:
        assert f"?{param.name}" in query.text.split("WHERE")[0], "Oxigraph binds projected variables only"


def test_the_required_questions_are_bundled() -> None:
    assert {"meetings", "partners_of", "programmes", "mobility", "proposed_cooperation", "source_of"} <= set(
        bundled_queries()
    )


def test_parameter_is_bound_as_a_literal_never_pasted(tiny: KnowledgeGraph) -> None:
    query = NamedQuery(
        "lookup",
        "SELECT ?name ?e WHERE { ?e rdfs:label ?name }",
        parameters=(parse_query_file("x", "# param: ?name string a label").parameters[0],),
    )
    hostile = '"} ; DROP ALL ; #'
    assert run_query(tiny, query, {"name": hostile}).rows == []
    assert run_query(tiny, query, {"name": "Harbour University"}).values("e") == [
        "https://w3id.org/kgpart/id/org/harbour-university"
    ]
    assert len(tiny) > 0


def test_entity_parameter_accepts_alias_iri_and_prefixed_name(tiny: KnowledgeGraph) -> None:
    query = get_query("partners_of")
    for value in ("hu", "https://w3id.org/kgpart/id/org/harbour-university", "kgr:org/harbour-university"):
        assert len(run_query(tiny, query, {"org": value}).rows) == 2, value


def test_unknown_entity_suggests_close_names(tiny: KnowledgeGraph) -> None:
    with pytest.raises(UnknownNameError, match="Did you mean: Harbour University"):
        run_query(tiny, get_query("partners_of"), {"org": "Harbor Universty"})


def test_missing_and_unknown_parameters(tiny: KnowledgeGraph) -> None:
    with pytest.raises(ParameterError, match=r"needs --param org=VALUE"):
        run_query(tiny, get_query("partners_of"), {})
    with pytest.raises(ParameterError, match="has no parameter 'country'"):
        run_query(tiny, get_query("partners_of"), {"org": "HU", "country": "FR"})


def test_invalid_sparql_names_the_position(tiny: KnowledgeGraph) -> None:
    with pytest.raises(QuerySyntaxError, match=r"error at 1:\d+"):
        run_query(tiny, resolve_query("SELECT ?x WHERE { ?x ?y }"), {})


def test_union_default_graph_and_named_graphs(tiny: KnowledgeGraph) -> None:
    union = run_query(tiny, resolve_query("SELECT (COUNT(*) AS ?n) WHERE { ?m a kgp:Meeting }"), {})
    assert union.values("n") == ["1"]
    per_graph = run_query(tiny, resolve_query("SELECT ?g WHERE { GRAPH ?g { ?m a kgp:Meeting } }"), {})
    assert per_graph.values("g") == ["https://w3id.org/kgpart/id/graph/tiny-news-1"]


def test_resolve_query_reads_rq_files(tmp_path: Path) -> None:
    path = tmp_path / "mine.rq"
    path.write_text("# title: Mine\n# param: ?n integer how many\nSELECT ?n WHERE {}\n")
    query = resolve_query(str(path))
    assert (query.name, query.title, query.parameters[0].kind) == ("mine", "Mine", "integer")


def test_json_results_follow_the_w3c_format(tiny: KnowledgeGraph) -> None:
    import json

    text = format_result(run_query(tiny, get_query("programmes"), {}), "json")
    doc = json.loads(text)
    assert doc["head"]["vars"][:2] == ["programme", "name"]
    binding = doc["results"]["bindings"][0]
    assert binding["programme"]["type"] == "uri"
    assert binding["count"] == {
        "type": "literal",
        "value": "12",
        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
    }


def test_a_proposal_settled_by_a_partnership_in_force_is_no_longer_open(tmp_path: Path) -> None:
    settled = tmp_path / "settled.trig"
    settled.write_text(
        (Path(__file__).parent.parent / "data" / "shapes" / "PartnershipShape-valid.trig")
        .read_text()
        .replace(
            "inst:harbour-university, inst:steppe-technical-university",
            "inst:harbour-university, inst:embassy-of-kazakhstan-in-france",
        )
        .replace(
            "kgp:status kgp:Agreed ;", "kgp:status kgp:Agreed ; kgp:concerns kgt:artificial-intelligence ;"
        )
    )
    kg = KnowledgeGraph.from_files([Path(__file__).parent.parent / "data" / "tiny.trig", settled])
    assert run_query(kg, get_query("proposed_cooperation"), {}).rows == []
