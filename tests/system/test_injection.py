"""Query parameters cannot inject, and queries cannot make kgpart fetch a URL.

A parameter value is bound as an RDF term by Oxigraph, never pasted into the query text: a value
that closes the pattern and appends an update (``"} ; DROP ALL ; #``) is a string that matches
nothing, through the library and through the command line, and the graph is unchanged. A query
with ``SERVICE <http://...>`` is refused unless allowed, ``FROM <http://...>`` only names a graph
of the store, and ``LOAD`` is not a query: a loopback server counts the requests, and none come.
"""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgpart.cli.app import cli
from kgpart.errors import ParameterError, RefusedQueryError, UnknownNameError
from kgpart.query.bundled import NamedQuery, get_query, parse_query_file
from kgpart.query.run import run_query, uses_service
from kgpart.store.graph import KnowledgeGraph
from support.bypasses import BYPASSES, fill

HARBOUR = "https://w3id.org/kgpart/id/org/harbour-university"
LOOKUP = "SELECT ?name ?e WHERE { ?e rdfs:label ?name }"
HOSTILE = [
    '"} ; DROP ALL ; #',
    "'} ; DROP ALL ; #",
    '" } } ; DELETE WHERE { ?s ?p ?o } ; #',
    '"} INSERT DATA { <urn:x> <urn:y> <urn:z> } #',
    '\\" ) } UNION { ?e ?p ?name } #',
    'Harbour University" } UNION { ?e ?p ?name } #',
    '"""} ; CLEAR DEFAULT ; #',
    "> } ; DROP ALL ; #",
]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def lookup_query() -> NamedQuery:
    param = parse_query_file("x", "# param: ?name string a label").parameters[0]
    return NamedQuery("lookup", LOOKUP, parameters=(param,))


def cli_rows(*args: str) -> tuple[int, list[dict[str, dict[str, str]]], str]:
    result = CliRunner().invoke(cli, ["query", *args, "-f", "json"])
    rows = json.loads(result.stdout)["results"]["bindings"] if result.exit_code == 0 else []
    return result.exit_code, rows, result.stderr


@pytest.mark.parametrize("value", HOSTILE)
def test_library_binds_hostile_values_as_literals(tiny: KnowledgeGraph, value: str) -> None:
    before = len(tiny)
    assert run_query(tiny, lookup_query(), {"name": value}).rows == []
    assert len(tiny) == before
    # The binding is live: the same query finds a real label (so the empty answer means something).
    assert run_query(tiny, lookup_query(), {"name": "Harbour University"}).values("e") == [HARBOUR]


@pytest.mark.parametrize("value", HOSTILE)
def test_cli_ad_hoc_query_binds_hostile_values_and_changes_nothing(tiny_dir: Path, value: str) -> None:
    before = snapshot(tiny_dir)
    code, rows, err = cli_rows(LOOKUP, "--param", f"name={value}", "--graph", str(tiny_dir))
    assert (code, rows, err) == (0, [], "")
    code, rows, _ = cli_rows(LOOKUP, "--param", "name=Harbour University", "--graph", str(tiny_dir))
    assert [r["e"]["value"] for r in rows] == [HARBOUR]
    assert snapshot(tiny_dir) == before


@pytest.mark.parametrize("value", HOSTILE)
def test_cli_entity_parameter_is_looked_up_never_pasted(tiny_dir: Path, value: str) -> None:
    before = snapshot(tiny_dir)
    code, _, err = cli_rows("partners_of", "--param", f"org={value}", "--graph", str(tiny_dir))
    assert code == 2 and err.startswith(("Error: unknown entity", "Error: not a valid IRI"))
    code, rows, _ = cli_rows("partners_of", "--param", "org=HU", "--graph", str(tiny_dir))
    assert code == 0 and len(rows) == 2
    assert snapshot(tiny_dir) == before


def test_the_query_text_never_contains_the_value(tiny_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What reaches Oxigraph is the query as written plus the value as a term, separately."""
    seen: list[tuple[str, dict[ox.Variable, object]]] = []
    original = KnowledgeGraph.query

    def spy(self: KnowledgeGraph, sparql: str, *, substitutions: dict[ox.Variable, object] | None = None):  # type: ignore[no-untyped-def]
        seen.append((sparql, dict(substitutions or {})))
        return original(self, sparql, substitutions=substitutions)  # type: ignore[arg-type]

    monkeypatch.setattr(KnowledgeGraph, "query", spy)
    value = HOSTILE[0]
    code, _, _ = cli_rows(LOOKUP, "--param", f"name={value}", "--graph", str(tiny_dir))
    assert code == 0
    sparql, bound = seen[-1]
    assert sparql == LOOKUP and value not in sparql
    assert bound == {ox.Variable("name"): ox.Literal(value)}


@pytest.mark.parametrize(
    "update",
    [
        "DROP ALL",
        "CLEAR DEFAULT",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
        "LOAD <http://127.0.0.1:9/data.ttl>",
    ],
)
def test_an_update_given_as_a_query_is_refused(tiny_dir: Path, update: str) -> None:
    before = snapshot(tiny_dir)
    result = CliRunner().invoke(cli, ["query", update, "--graph", str(tiny_dir)])
    assert result.exit_code == 2 and result.stderr.startswith("Error: invalid SPARQL in (inline)")
    assert snapshot(tiny_dir) == before
    assert len(KnowledgeGraph.open(tiny_dir)) == len(KnowledgeGraph.from_files([tiny_dir / "tiny.trig"]))


@pytest.mark.parametrize("value", ["<urn:x> } ; DROP ALL ; #", "http://x/> } DROP ALL { <y"])
def test_iri_parameters_must_be_iris(tiny: KnowledgeGraph, value: str) -> None:
    query = NamedQuery(
        "byiri",
        "SELECT ?e ?l WHERE { ?e rdfs:label ?l }",
        parameters=(parse_query_file("x", "# param: ?e iri an entity").parameters[0],),
    )
    with pytest.raises(ParameterError, match="not a valid IRI"):
        run_query(tiny, query, {"e": value})


def test_unknown_entity_with_hostile_name(tiny: KnowledgeGraph) -> None:
    with pytest.raises(UnknownNameError):
        run_query(tiny, get_query("partners_of"), {"org": HOSTILE[0]})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_any_text_value_matches_only_itself(tiny: KnowledgeGraph, value: str) -> None:
    """For every string, the lookup answers exactly the entities labelled with that string."""
    before = len(tiny)
    rows = run_query(tiny, lookup_query(), {"name": value}).rows
    assert all(row["name"].value == value for row in rows)
    assert len(tiny) == before


# --- no fetching ------------------------------------------------------------------------------


FETCHING = {
    "SERVICE": "SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "SERVICE SILENT": "SELECT * WHERE {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }}",
    "service, lower case, no spaces": "select * where {{ service<{url}/sparql>{{ ?s ?p ?o }} }}",
    "SERVICE in a sub-select": "SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}/q> {{ ?s ?p ?o }} }} }} }}",
    "SERVICE after a comment": "SELECT * WHERE {{ # a comment\n SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
}


@pytest.mark.parametrize("case", sorted(FETCHING))
def test_cli_query_with_service_is_refused_and_fetches_nothing(
    tiny_dir: Path, trap: tuple[str, list[str]], case: str
) -> None:
    url, hits = trap
    result = CliRunner().invoke(cli, ["query", FETCHING[case].format(url=url), "--graph", str(tiny_dir)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "Error: query (inline) calls SERVICE, which would fetch from another server; "
        "kgpart does not unless allowed (--allow-service)"
    )
    assert hits == []


def test_service_is_reached_only_when_allowed(tiny_dir: Path, trap: tuple[str, list[str]]) -> None:
    """The control: with --allow-service the same query does reach the (loopback) server."""
    url, hits = trap
    query = FETCHING["SERVICE"].format(url=url)
    result = CliRunner().invoke(cli, ["query", query, "--allow-service", "--graph", str(tiny_dir)])
    assert result.exit_code == 0, result.stderr
    assert len(hits) == 1 and hits[0].startswith(("GET /sparql", "POST /sparql"))


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
        "SELECT * FROM NAMED <{url}/data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "DESCRIBE <{url}/thing>",
        "SELECT * WHERE {{ GRAPH <{url}/g> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?s rdfs:label 'SERVICE <{url}/x> {{ }}' }}",
    ],
)
def test_http_iris_elsewhere_are_names_not_fetches(
    tiny_dir: Path, trap: tuple[str, list[str]], template: str
) -> None:
    url, hits = trap
    result = CliRunner().invoke(cli, ["query", template.format(url=url), "--graph", str(tiny_dir)])
    assert result.exit_code == 0, result.stderr
    assert hits == []


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", True),
        ("select * where { service<http://x/>{} }", True),
        ("SELECT * WHERE { SERVICE SILENT ?endpoint { ?s ?p ?o } }", True),
        ("SELECT * WHERE { \\u0053ERVICE <http://x/> { } }", True),
        ("SELECT ?service WHERE { ?service a ex:SERVICE }", False),
        ('SELECT * WHERE { ?s rdfs:label "SERVICE <http://x/> {}" } # SERVICE', False),
        ("SELECT * WHERE { <http://x/SERVICE> ?p ?o }", False),
        ("SELECT * WHERE { ?s service:x ?o }", False),
    ],
)
def test_service_detection(text: str, calls: bool) -> None:
    assert uses_service(text) is calls


def test_library_refuses_service_unless_allowed(tiny: KnowledgeGraph) -> None:
    from kgpart.query.bundled import resolve_query

    with pytest.raises(RefusedQueryError, match="calls SERVICE"):
        run_query(tiny, resolve_query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"), {})


@pytest.mark.parametrize("case", sorted(BYPASSES))
def test_cli_refuses_service_however_it_is_written(
    tiny_dir: Path, trap: tuple[str, list[str]], case: str
) -> None:
    url, hits = trap
    result = CliRunner().invoke(cli, ["query", fill(BYPASSES[case], url), "--graph", str(tiny_dir)])
    assert result.exit_code == 2, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("Error: query (inline) ") and "SERVICE" in result.stderr
    assert hits == []


@pytest.mark.parametrize("case", sorted(BYPASSES))
def test_each_bypass_is_a_query_oxigraph_would_fetch_for(
    tiny_dir: Path, trap: tuple[str, list[str]], case: str
) -> None:
    """The control: allowed, each of them does reach the (loopback) server."""
    url, hits = trap
    result = CliRunner().invoke(
        cli, ["query", fill(BYPASSES[case], url), "--allow-service", "--graph", str(tiny_dir)]
    )
    assert result.exit_code == 0, result.stderr
    assert hits, "Oxigraph did not fetch: the case does not test a bypass"


def test_service_with_a_variable_is_one_line_even_when_allowed(
    tiny_dir: Path, trap: tuple[str, list[str]]
) -> None:
    url, hits = trap
    query = f"SELECT * WHERE {{ VALUES ?e {{ <{url}/sparql> }} SERVICE ?e {{ ?s ?p ?o }} }}"
    refused = CliRunner().invoke(cli, ["query", query, "--graph", str(tiny_dir)])
    assert refused.exit_code == 2 and refused.stderr.startswith("Error: query (inline) calls SERVICE")
    allowed = CliRunner().invoke(cli, ["query", query, "--allow-service", "--graph", str(tiny_dir)])
    assert (allowed.exit_code, allowed.stderr) == (
        1,
        "Error: query (inline) calls SERVICE with a variable; Oxigraph calls only a service whose IRI is "
        "written in the query\n",
    )
    assert hits == []


def test_a_failing_service_is_one_line(tiny_dir: Path) -> None:
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    result = CliRunner().invoke(cli, ["query", query, "--allow-service", "--graph", str(tiny_dir)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: query (inline) failed: ") and result.stderr.count("\n") == 1


def test_a_long_text_that_mentions_service_is_refused_without_parsing_it(tiny_dir: Path) -> None:
    """rdflib's parser takes about 50 ms per KB: a long text is refused, not parsed for seconds."""
    literals = " ".join(f'"download service {i}"' for i in range(2000))
    query = f"SELECT * WHERE {{ VALUES ?x {{ {literals} }} }}"
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["query", query, "--graph", str(tiny_dir)])
    assert time.monotonic() - started < 5
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: query (inline) is refused: it mentions SERVICE but kgpart cannot check it: "
        "it is over 16 KB, more than kgpart parses\n"
    )
