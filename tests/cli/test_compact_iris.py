"""Compact IRIs as the README and the table output show them (``kgr:org/ghent-university``).

In SPARQL text a ``/`` cannot stand in a prefixed name, so the error says which forms work; every
option and parameter that takes an entity, a country or an IRI takes the compact form as it is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.query.bundled import resolve_query
from kgpart.query.run import run_query
from kgpart.store.graph import KnowledgeGraph
from kgpart.terms import expand_prefixed

GHENT = "https://w3id.org/kgpart/id/org/ghent-university"


@pytest.mark.parametrize(
    ("value", "expanded"),
    [
        ("kgr:org/ghent-university", GHENT),
        ("kgr:org\\/ghent-university", GHENT),
        (f"<{GHENT}>", GHENT),
        ("kgp:University", "https://w3id.org/kgpart/ontology#University"),
        ("Ghent University", "Ghent University"),
        ("UGhent", "UGhent"),
        ("https://example.org/x", "https://example.org/x"),
        ("KZ", "KZ"),
    ],
)
def test_expand_prefixed(value: str, expanded: str) -> None:
    assert expand_prefixed(value) == expanded


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("viz", "--focus", "kgr:org/ghent-university", "-o", "ghent.html"),
        ("viz", "--country", "kgr:country/KZ", "-o", "kz.html"),
        ("timeline", "--country", "kgr:country/KZ", "-o", "kz-timeline.html"),
        ("analyze", "ego", "kgr:org/ghent-university"),
        ("analyze", "path", "kgr:org/ghent-university", "kgr:org/nazarbayev-university"),
        ("query", "partners_of", "--param", "org=kgr:org/ghent-university"),
        ("query", "source_of", "--param", "subject=kgr:org/ghent-university"),
    ],
    ids=" ".join,
)
def test_every_entity_option_takes_the_compact_form(
    args: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = invoke(*args)
    assert code == 0, err


def test_an_ad_hoc_query_parameter_takes_the_compact_form(shipped: KnowledgeGraph) -> None:
    query = resolve_query("SELECT ?u ?name WHERE { ?u rdfs:label ?name }")
    assert run_query(shipped, query, {"u": "kgr:org/ghent-university"}).values("name") == ["Ghent University"]


def test_the_cli_query_parameter_takes_the_compact_form() -> None:
    code, out, err = invoke(
        "query",
        "SELECT ?u ?name WHERE { ?u rdfs:label ?name }",
        "-p",
        "u=kgr:org/ghent-university",
        "-f",
        "json",
    )
    assert code == 0, err
    [row] = json.loads(out)["results"]["bindings"]
    assert row["u"]["value"] == GHENT and row["name"]["value"] == "Ghent University"


def test_a_slash_in_a_prefixed_name_is_explained() -> None:
    code, _, err = invoke("query", "SELECT ?name WHERE { kgr:org/ghent-university rdfs:label ?name }")
    assert code == 2
    assert err.startswith("Error: invalid SPARQL in (inline): error at 1:")
    assert err.rstrip().endswith(
        f"(a prefixed name cannot hold '/': write kgr:org\\/ghent-university or <{GHENT}>)"
    )
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?name WHERE { kgr:org\\/ghent-university rdfs:label ?name }",
        f"SELECT ?name WHERE {{ <{GHENT}> rdfs:label ?name }}",
    ],
)
def test_the_forms_the_hint_gives_work(shipped: KnowledgeGraph, sparql: str) -> None:
    assert run_query(shipped, resolve_query(sparql), {}).values("name") == ["Ghent University"]


def test_no_hint_for_a_property_path() -> None:
    code, _, err = invoke("query", "SELECT ?c WHERE { ?u kgp:country/rdfs:label ?c ")
    assert code == 2 and "prefixed name" not in err


@pytest.mark.parametrize(
    "iri", ["kgr:source/mfa-kz-university-of-antwerp", "kgr:graph/mfa-kz-university-of-antwerp"]
)
def test_retract_takes_a_compact_source_or_graph_iri(tmp_path: Path, iri: str) -> None:
    import shutil

    from kgpart.store.folder import shipped_graph_dir

    graph = tmp_path / "graph"
    shutil.copytree(shipped_graph_dir(), graph)
    code, _, err = invoke("retract", iri, "--graph", str(graph))
    assert code == 0, err
    assert not (graph / "sources" / "mfa-kz-university-of-antwerp.trig").exists()
