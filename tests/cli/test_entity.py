"""``kgpart entity``: show, merge, rename, alias, set, delete and undo as a user types them, each
correction surviving ``kgpart ingest --force``, and every bad input one ``Error:`` line with its
exit code and nothing changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.store.folder import shipped_graph_dir

# An invented article naming a shipped university in a way of its own.
VISIT = """URL: https://news.example.org/entity-cli/visit
DATE: 2026-04-02

Rector of Scheldt Polytechnic University Ines Maes met Rector of Nazarbayev University \
Daniyar Omarov on 1 April 2026. Scheldt Polytechnic University and Nazarbayev University signed \
a memorandum on joint research in port logistics.
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    """A copy of the shipped graph, with one invented article ingested into it."""
    folder = tmp_path / "graph"
    shutil.copytree(shipped_graph_dir(), folder, ignore=shutil.ignore_patterns(".*"))
    article = tmp_path / "visit.txt"
    article.write_text(VISIT, encoding="utf-8")
    code, out, err = run("ingest", str(article), "--graph", str(folder))
    assert code == 0, out + err
    return folder


def files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".curation-undo" not in p.parts and p.name != ".kgpart.lock"
    }


def test_show_lists_labels_aliases_type_country_facts_and_articles(graph: Path) -> None:
    code, out, _ = run("entity", "show", "UGhent", "--graph", str(graph))
    assert code == 0
    assert out.startswith("kgr:org/ghent-university\n")
    assert "  label:   Ghent University\n" in out and "UGhent" in out.split("aliases:")[1].split("\n")[0]
    assert "  type:    University\n" in out and "  country: kgr:country/BE\n" in out
    assert "Partnership (party)" in out and "articles (1):" in out
    assert "studiesAt" not in out  # derived network edges are not facts of their own
    assert run("entity", "show", "kgr:org/ghent-university", "--graph", str(graph))[1] == out
    assert run("entity", "show", "inst:ghent-university", "--graph", str(graph))[1] == out


def test_merge_then_forced_reingest_keeps_the_merge(graph: Path, tmp_path: Path) -> None:
    code, out, _ = run(
        "entity", "merge", "Nazarbayev University", "Scheldt Polytechnic University", "--graph", str(graph)
    )
    assert code == 0 and out.startswith("merged kgr:org/scheldt-polytechnic-university")
    article = tmp_path / "visit.txt"
    article.write_text(VISIT + "\nBoth rectors will meet again in autumn.\n", encoding="utf-8")
    code, out, err = run("ingest", str(article), "--force", "--graph", str(graph))
    assert code == 0, out + err
    code, out, _ = run("entity", "show", "Scheldt Polytechnic University", "--graph", str(graph))
    assert out.startswith("kgr:org/nazarbayev-university\n")
    assert "scheldt-polytechnic-university ;" not in "".join(p.read_text() for p in graph.rglob("*.trig"))
    # the IRI merged away still finds its entity
    shown = run("entity", "show", "kgr:org/scheldt-polytechnic-university", "--graph", str(graph))[1]
    assert shown.startswith("kgr:org/nazarbayev-university\n")
    corrections = shown.split("  corrections (1):\n")[1]
    assert (
        corrections.startswith("    20") and "Z merged kgr:org/scheldt-polytechnic-university" in corrections
    )
    assert run("validate", "--graph", str(graph))[0] == 0


def test_each_correction_and_its_undo(graph: Path) -> None:
    start = files(graph)
    steps = [
        (("rename", "UGhent", "Ghent University (UGent)"), "renamed kgr:org/ghent-university"),
        (("alias", "Ghent University (UGent)", "Gent University"), "added alias 'Gent University'"),
        (("alias", "Ghent University", "UGhent", "--remove"), "removed alias 'UGhent'"),
        (
            ("set", "Ghent University", "--type", "ResearchInstitute", "--country", "NL"),
            "set kgr:org/ghent-university",
        ),
        (("delete", "Daniyar Omarov", "--with-facts"), "deleted kgr:person/daniyar-omarov"),
    ]
    for args, said in steps:
        code, out, err = run("entity", *args, "--graph", str(graph))
        assert code == 0 and out.startswith(said), out + err
        if args[0] == "rename":  # the shipped reference file is written by hand, with comments
            assert "reference.trig is rewritten as kgpart writes RDF: its comments" in err
    shown = run("entity", "show", "Gent University", "--graph", str(graph))[1]
    assert (
        "label:   Ghent University (UGent)" in shown
        and "UGhent" not in shown.split("aliases:")[1].split("\n")[0]
    )
    assert "corrections (4):" in shown and "removed alias 'UGhent' of kgr:org/ghent-university" in shown
    assert "type:    ResearchInstitute" in shown and "country: kgr:country/NL" in shown
    assert run("entity", "show", "Daniyar Omarov", "--graph", str(graph))[0] == 2
    record = (graph / "curation.jsonl").read_text(encoding="utf-8").splitlines()
    assert [line.split('"act": "')[1].split('"')[0] for line in record] == [
        "rename",
        "alias",
        "alias",
        "set",
        "delete",
    ]
    assert all('"at": "20' in line and 'Z"' in line for line in record)  # each act with its UTC time
    for _ in steps:
        code, out, _ = run("entity", "undo", "--graph", str(graph))
        assert code == 0 and out.startswith("undid: ")
    assert files(graph) == start


@pytest.mark.parametrize("index", ["memory", "disk"])
def test_the_index_sees_each_correction_and_its_undo(
    graph: Path, index: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KGPART_INDEX", index)
    where = ("--graph", str(graph))
    assert run("entity", "show", "Scheldt Polytechnic University", *where)[1].startswith("kgr:org/scheldt")
    assert run("entity", "merge", "Nazarbayev University", "Scheldt Polytechnic University", *where)[0] == 0
    assert run("entity", "show", "Scheldt Polytechnic University", *where)[1].startswith("kgr:org/nazarbayev")
    assert run("entity", "undo", *where)[0] == 0
    assert run("entity", "show", "Scheldt Polytechnic University", *where)[1].startswith("kgr:org/scheldt")


# -- bad input: one line, its exit code, nothing changed ---------------------------------------------


def refused(graph: Path, *args: str) -> tuple[int, str]:
    before = files(graph)
    code, out, err = run(*args, "--graph", str(graph))
    assert out == "" and err.count("\n") == 1 and err.startswith("Error: "), err
    assert files(graph) == before
    return code, err


def test_merge_into_itself(graph: Path) -> None:
    code, err = refused(graph, "entity", "merge", "UGhent", "Ghent University")
    assert code == 2 and "cannot merge kgr:org/ghent-university (Ghent University) into itself" in err


def test_merge_into_another_type(graph: Path) -> None:
    code, err = refused(graph, "entity", "merge", "Ghent University", "Roman Vassilenko")
    assert code == 2 and "another type" in err
    code, err = refused(graph, "entity", "merge", "Ghent University", "Belgium")
    assert code == 2 and "another type" in err


def test_a_name_of_several_entities(graph: Path) -> None:
    reference = graph / "reference.trig"
    reference.write_text(
        reference.read_text(encoding="utf-8") + "\n<https://w3id.org/kgpart/id/graph/reference> {\n"
        '  <https://w3id.org/kgpart/id/org/harbour-institute-a> a kgp:ResearchInstitute ; rdfs:label "Harbour Institute" .\n'
        '  <https://w3id.org/kgpart/id/org/harbour-institute-b> a kgp:ResearchInstitute ; rdfs:label "Harbour Institute" .\n}\n',
        encoding="utf-8",
    )
    code, err = refused(graph, "entity", "delete", "harbour institute")
    assert code == 2
    assert (
        "names 2 entities: kgr:org/harbour-institute-a (Harbour Institute), kgr:org/harbour-institute-b"
        in err
    )


def test_an_unknown_entity(graph: Path) -> None:
    code, err = refused(graph, "entity", "rename", "Atlantis University", "Atlantis")
    assert code == 2 and "unknown entity 'Atlantis University'" in err


def test_delete_while_facts_use_it(graph: Path) -> None:
    code, err = refused(graph, "entity", "delete", "Ghent University")
    assert code == 2 and "fact(s) use kgr:org/ghent-university" in err and "--with-facts" in err


def test_a_name_another_entity_has(graph: Path) -> None:
    code, err = refused(graph, "entity", "alias", "Ghent University", "UAntwerp")
    assert code == 2 and "'UAntwerp' already names kgr:org/university-of-antwerp" in err


def test_a_malformed_record_names_its_file_and_line(graph: Path, tmp_path: Path) -> None:
    assert run("entity", "alias", "Ghent University", "Gent University", "--graph", str(graph))[0] == 0
    record = graph / "curation.jsonl"
    record.write_text(
        record.read_text(encoding="utf-8") + '{"act": "merge", "at": "now"}\n', encoding="utf-8"
    )
    code, err = refused(graph, "entity", "rename", "Ghent University", "University of Ghent")
    assert code == 1 and f"{record}:2: 'at' must be a UTC time" in err
    assert refused(graph, "entity", "undo")[0] == 1
    article = tmp_path / "visit.txt"
    article.write_text(VISIT + "\nA second visit is planned.\n", encoding="utf-8")
    code, err = refused(graph, "ingest", str(article), "--force")
    assert code == 1 and "curation.jsonl:2:" in err


def test_undo_with_nothing_to_undo(graph: Path) -> None:
    code, err = refused(graph, "entity", "undo")
    assert code == 1 and "nothing to undo" in err


def test_the_shipped_graph_is_not_corrected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KGPART_GRAPH", raising=False)
    code, _, err = run("entity", "alias", "Ghent University", "Gent University")
    assert code == 2 and err.startswith("Error: no graph folder to correct")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("set", "Ghent University"), "say what to set: --type T and/or --country C"),
        (("set", "Ghent University", "--country", "Atlantis"), "unknown country 'Atlantis'"),
        (("set", "Ghent University", "--type", "Castle"), "unknown type 'Castle' (one of University, "),
        (("set", "Roman Vassilenko", "--type", "University"), "is a person: only an organisation's"),
        (("rename", "UGhent", " "), "a label cannot be empty"),
        (("alias", "UGhent", "ughent"), "is already named 'ughent'"),
        (("alias", "UGhent", "Nope", "--remove"), "has no alias 'Nope' (its aliases: UGent, UGhent,"),
    ],
)
def test_a_correction_that_cannot_be_made_as_asked(graph: Path, args: tuple[str, ...], said: str) -> None:
    code, err = refused(graph, "entity", *args)
    assert code == 2 and said in err
