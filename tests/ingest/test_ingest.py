"""Ingesting articles: resolution against the graph, provenance, idempotence, bad input, retraction."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.errors import GraphBusyError, UnknownNameError, ValidationError
from kgpart.ingest.folder import add_record_file, ingest_articles, retract, source_slug
from kgpart.query.bundled import NamedQuery
from kgpart.query.run import run_query
from kgpart.store.files import graph_lock
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import validate_graph

ARTICLES = Path(__file__).parent.parent / "data" / "ingest"
HARBOUR = ARTICLES / "harbour-visit.txt"
LAKESIDE = ARTICLES / "lakeside-memorandum.md"
HARBOUR_SLUG = source_slug(None, "https://news.example.org/harbour-visit")


def ask(graph_dir: Path, sparql: str) -> list[dict[str, str]]:
    result = run_query(KnowledgeGraph.open(graph_dir), NamedQuery("t", sparql), {})
    return [{k: v.value for k, v in row.items()} for row in result.rows]


def snapshot(graph_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(graph_dir)): p.read_bytes() for p in sorted(graph_dir.rglob("*.trig"))}


def test_ingest_resolves_names_against_the_graph(tiny_dir: Path) -> None:
    report = ingest_articles([HARBOUR], tiny_dir)
    assert [r.status for r in report.results] == ["added"]
    assert (tiny_dir / "sources" / f"{HARBOUR_SLUG}.trig").is_file()
    # HU, the ambassador and the rector join the tiny graph's entities: no second Harbour University
    rows = ask(tiny_dir, 'SELECT ?u WHERE { ?u a kgp:University ; rdfs:label "Harbour University" }')
    assert [r["u"] for r in rows] == ["https://w3id.org/kgpart/id/org/harbour-university"]
    people = ask(
        tiny_dir,
        f"SELECT DISTINCT ?p WHERE {{ GRAPH <https://w3id.org/kgpart/id/graph/{HARBOUR_SLUG}> "
        "{ ?m a kgp:Meeting ; kgp:participant ?p } }",
    )
    assert {r["p"].rsplit("/", 1)[1] for r in people} == {"aida-serikova", "jean-martin"}
    assert validate_graph(KnowledgeGraph.open(tiny_dir)).conforms


def test_distinct_institutions_that_share_words_stay_distinct(tiny_dir: Path) -> None:
    ingest_articles([HARBOUR], tiny_dir)
    rows = ask(
        tiny_dir,
        "SELECT ?s WHERE { ?s rdfs:label ?l ; a kgp:School FILTER(STR(?l) = 'Harbour Business School') }",
    )
    assert [r["s"].rsplit("/", 1)[1] for r in rows] == ["harbour-business-school"]


def test_facts_carry_provenance_and_evidence(tiny_dir: Path) -> None:
    ingest_articles([HARBOUR], tiny_dir, publisher="Harbour News")
    rows = ask(
        tiny_dir,
        """SELECT ?count ?url ?issued ?publisher ?sentence ?start ?by WHERE {
             GRAPH ?g { ?g kgp:extractedBy ?by ; kgp:source ?src .
               ?c a kgp:StudentCohort ; kgp:count ?count ; kgp:fromCountry <https://w3id.org/kgpart/id/country/KZ> ;
                  kgp:at <https://w3id.org/kgpart/id/org/harbour-university> ;
                  kgp:evidence [ kgp:sentence ?sentence ; kgp:charStart ?start ; kgp:source ?src ] .
               ?src schema:url ?url ; dcterms:issued ?issued ; dcterms:publisher ?publisher } }""",
    )
    assert len(rows) == 1
    row = rows[0]
    assert (row["count"], row["url"], row["issued"], row["publisher"]) == (
        "14",
        "https://news.example.org/harbour-visit",
        "2025-09-10",
        "Harbour News",
    )
    assert row["sentence"] == "Currently, 14 students from Kazakhstan are studying at Harbour University."
    assert row["by"].startswith("kgpart-extract ")


def test_reingesting_an_unchanged_article_changes_nothing(tiny_dir: Path) -> None:
    ingest_articles([HARBOUR, LAKESIDE], tiny_dir, published=None)
    before = snapshot(tiny_dir)
    report = ingest_articles([HARBOUR, LAKESIDE], tiny_dir)
    assert [r.status for r in report.results] == ["unchanged", "unchanged"]
    assert snapshot(tiny_dir) == before


def test_a_changed_article_replaces_its_graph(tiny_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "harbour-visit.txt"
    shutil.copy(HARBOUR, article)
    ingest_articles([article], tiny_dir)
    article.write_text(HARBOUR.read_text().replace("14 students", "16 students"))
    report = ingest_articles([article], tiny_dir)
    assert report.results[0].status == "replaced"
    counts = ask(
        tiny_dir,
        f"SELECT ?n WHERE {{ GRAPH <https://w3id.org/kgpart/id/graph/{HARBOUR_SLUG}> "
        "{ ?c kgp:count ?n ; kgp:who 'students' ; kgp:fromCountry ?k } }",
    )
    assert [r["n"] for r in counts] == ["16"]


def test_dry_run_writes_nothing(tiny_dir: Path) -> None:
    before = snapshot(tiny_dir)
    report = ingest_articles([HARBOUR], tiny_dir, dry_run=True)
    assert report.results[0].status == "would add" and report.results[0].facts > 0
    assert snapshot(tiny_dir) == before


def test_person_keeps_one_iri_across_articles(tiny_dir: Path) -> None:
    ingest_articles([HARBOUR, LAKESIDE], tiny_dir)
    rows = ask(
        tiny_dir,
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?m kgp:participant ?p } ?p rdfs:label 'Aida Serikova' }",
    )
    assert len(rows) == 3  # the tiny graph's meeting and one meeting in each new article


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02binary", "binary"),
        ("latin1.txt", "Universit\xe9 de Lyon".encode("latin-1"), "UTF-8"),
        ("nothing.txt", b"The weather was pleasant and nobody met anybody.", "no recognisable"),
    ],
)
def test_bad_articles_fail_alone_while_good_ones_go_in(
    tiny_dir: Path, tmp_path: Path, name: str, content: bytes, error: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    report = ingest_articles([bad, HARBOUR], tiny_dir)
    assert [r.status for r in report.results] == ["failed", "added"]
    assert error in report.results[0].error
    assert "\n" not in report.results[0].line()


def test_size_limit(tiny_dir: Path) -> None:
    report = ingest_articles([HARBOUR], tiny_dir, max_bytes=100)
    assert report.results[0].status == "failed"
    assert "larger than 100 bytes" in report.results[0].error


def test_missing_file_is_one_line(tiny_dir: Path, tmp_path: Path) -> None:
    report = ingest_articles([tmp_path / "nope.txt"], tiny_dir)
    assert report.results[0].line() == f"failed     {tmp_path / 'nope.txt'}: no such file"


def test_retract_removes_one_source_and_nothing_else(tiny_dir: Path) -> None:
    before = snapshot(tiny_dir)
    ingest_articles([HARBOUR, LAKESIDE], tiny_dir)
    retract("https://news.example.org/harbour-visit", tiny_dir)
    retract("lakeside-memorandum", tiny_dir)
    after = snapshot(tiny_dir)
    # the entities the articles introduced stay (they are not facts); every fact is gone
    assert after.pop("entities.trig") and after == before
    assert ask(tiny_dir, "SELECT ?c WHERE { ?c kgp:count 14 }") == []
    assert validate_graph(KnowledgeGraph.open(tiny_dir)).conforms
    with pytest.raises(UnknownNameError, match="unknown source 'lakeside'"):
        retract("lakeside", tiny_dir)


def test_reviewed_record_is_added(tiny_dir: Path, tmp_path: Path, runner: CliRunner) -> None:
    out = runner.invoke(cli, ["extract", str(LAKESIDE), "--format", "yaml", "--published", "2025-03-05"])
    record = yaml.safe_load(out.stdout)
    record["cohorts"] = [
        {
            "count": 3,
            "who": "PhD candidates",
            "at": "Lakeside University",
            "from_country": "Kazakhstan",
            "status": "studying",
        }
    ]
    path = tmp_path / "lakeside.yaml"
    path.write_text(yaml.safe_dump(record))
    report = add_record_file(path, tiny_dir)
    assert report.results[0].status == "added"
    rows = ask(tiny_dir, "SELECT ?n WHERE { ?c kgp:who 'PhD candidates' ; kgp:count ?n }")
    assert rows == [{"n": "3"}]


def test_record_that_fails_the_shapes_is_refused_and_nothing_stored(tiny_dir: Path, tmp_path: Path) -> None:
    record = {
        "persons": [],
        "organizations": [{"name": "Lakeside University", "type": "University"}],
        "meetings": [
            {
                "participants": [],
                "organizations": ["Lakeside University", "Embassy of Kazakhstan in France"],
                "date": "2025-02-30",
            }
        ],
        "partnerships": [],
        "programmes": [],
        "topics": [],
        "cohorts": [],
    }
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(record))
    before = snapshot(tiny_dir)
    with pytest.raises(ValidationError, match=r"refused by the shapes: .*xsd:date"):
        add_record_file(path, tiny_dir)
    assert snapshot(tiny_dir) == before


def test_second_writer_is_told_the_graph_is_busy(tiny_dir: Path) -> None:
    with graph_lock(tiny_dir), pytest.raises(GraphBusyError, match="is busy"):
        ingest_articles([HARBOUR], tiny_dir)


def test_cli_ingest_summary_and_exit_code(tiny_dir: Path, tmp_path: Path, runner: CliRunner) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(cli, ["ingest", str(HARBOUR), str(empty), "--graph", str(tiny_dir)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"added      {HARBOUR} -> sources/{HARBOUR_SLUG}.trig")
    assert lines[1].startswith(f"failed     {empty}: ")
    assert lines[-1].startswith("1 article(s) ok, 1 failed;")


def test_cli_ingest_folder_and_glob(tiny_dir: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ingest", str(ARTICLES), "--graph", str(tiny_dir), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("would add") == 2
    result = runner.invoke(cli, ["ingest", str(ARTICLES / "*.md"), "--graph", str(tiny_dir)])
    assert result.exit_code == 0 and result.stdout.count("added") == 1


def test_cli_refuses_to_write_the_shipped_graph(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KGPART_GRAPH", raising=False)
    result = runner.invoke(cli, ["ingest", str(HARBOUR)])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: no graph folder to write: give --graph DIR (or set KGPART_GRAPH)"


def test_cli_extract_bad_date_and_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["extract", str(HARBOUR), "--published", "March 2025"])
    assert (result.exit_code, result.stderr.strip()) == (
        2,
        "Error: --published must be a date YYYY-MM-DD, got 'March 2025'",
    )
    result = runner.invoke(cli, ["extract", str(tmp_path / "none.txt")])
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and "none.txt" in result.stderr


def test_cli_retract_unknown_source(runner: CliRunner, tiny_dir: Path) -> None:
    result = runner.invoke(cli, ["retract", "no-such-source", "--graph", str(tiny_dir)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: unknown source 'no-such-source'.")


def test_names_one_letter_apart_stay_distinct_but_misspellings_join() -> None:
    from kgpart.resolve import Entity, Resolver

    resolver = Resolver()
    resolver.add(Entity("https://example.org/aaa", "Aaa University", "org", "University"))
    resolver.add(Entity("https://example.org/antwerp", "University of Antwerp", "org", "University"))
    assert resolver.organization("Aab University", type="University").how == "new"
    assert (
        resolver.organization("Universty of Antwerp", type="University").entity.label
        == "University of Antwerp"
    )


def test_written_graph_files_are_readable_by_others(tiny_dir: Path) -> None:
    ingest_articles([HARBOUR], tiny_dir)
    for path in tiny_dir.rglob("*.trig"):
        assert path.stat().st_mode & 0o044 == 0o044, path
