"""What a user typed as QUERY is told apart: SPARQL text, a bundled name or a ``.rq`` path."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgpart.errors import KgpartError, UnknownNameError
from kgpart.query.bundled import bundled_queries, get_query, query_kind, resolve_query
from kgpart.query.run import run_query
from kgpart.store.graph import KnowledgeGraph

# One line, well past the 255 bytes a file name may have.
LONG_QUERY = (
    "SELECT ?name WHERE { ?u a kgp:University ; rdfs:label ?name . "
    + " ".join(f'FILTER(?name != "not a university number {i}")' for i in range(8))
    + " } ORDER BY ?name"
)


def test_a_long_one_line_query_runs_without_touching_the_file_system(tiny: KnowledgeGraph) -> None:
    assert len(LONG_QUERY.encode()) > 255 and "\n" not in LONG_QUERY
    result = run_query(tiny, resolve_query(LONG_QUERY), {})
    assert result.values("name") == ["Harbour University", "Steppe Technical University"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("meetings", "bundled"),
        ("  partners_of ", "bundled"),
        ("meetngs", "bundled"),  # an unknown name: the error lists the known ones
        ("SELECT * WHERE { ?s ?p ?o }", "sparql"),
        ("ask{}", "sparql"),
        ("PREFIX ex: <http://example.org/> SELECT * {}", "sparql"),
        ("# title: pasted\nSELECT * {}", "sparql"),
        ("describe <http://example.org/x>", "sparql"),
        ("mine.rq", "file"),
        ("queries/mine.rq", "file"),
        ("my queries/mine.rq", "file"),
        ("./mine", "file"),
        ("x" * 300 + ".rq", "file"),
    ],
)
def test_query_kind(text: str, kind: str) -> None:
    assert query_kind(text) == kind


def test_every_bundled_name_is_bundled() -> None:
    assert {query_kind(name) for name in bundled_queries()} == {"bundled"}


def test_an_unknown_name_suggests_the_bundled_ones() -> None:
    with pytest.raises(UnknownNameError, match="Did you mean: meetings"):
        resolve_query("meetngs")


def test_a_path_too_long_for_the_file_system_is_one_clear_error() -> None:
    with pytest.raises(KgpartError, match=r"cannot read query file x+\.rq: file name too long") as caught:
        resolve_query("x" * 300 + ".rq")
    assert "Errno" not in str(caught.value)


def test_a_missing_rq_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KgpartError, match=r"cannot read query file .*nothing\.rq: no such file"):
        resolve_query(str(tmp_path / "nothing.rq"))


def test_a_file_named_like_a_word_is_read_when_it_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine").write_text("# title: Mine\nSELECT ?x WHERE {}\n")
    assert resolve_query("mine").title == "Mine"


PLAIN_ORGANIZATION = """
@prefix kgp: <https://w3id.org/kgpart/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/kgpart/id/graph/entities> {
  <https://w3id.org/kgpart/id/org/steppe-rowing-club> a kgp:Organization ;
      rdfs:label "Steppe Rowing Club" ; skos:altLabel "SRC" .
}
"""


def test_the_entities_query_lists_plain_organisations(tmp_path: Path) -> None:
    club = tmp_path / "club.trig"
    club.write_text(PLAIN_ORGANIZATION, encoding="utf-8")
    kg = KnowledgeGraph.from_files([Path(__file__).parent.parent / "data" / "tiny.trig", club])
    rows = {row["label"].value: row for row in run_query(kg, get_query("entities"), {}).rows}
    assert rows["Steppe Rowing Club"]["class"].value == "Organization"
    assert rows["Steppe Rowing Club"]["aliases"].value == "SRC"
    assert "Harbour University" in rows
