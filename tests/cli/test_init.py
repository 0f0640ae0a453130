"""``kgpart init DIR`` starts an empty graph folder that every command takes as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.errors import KgpartError
from kgpart.query.stats import graph_stats
from kgpart.store.folder import init_graph_dir, resolve_graph_dir
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import validate_graph

ARTICLE = """URL: https://example.org/n/1
DATE: 2026-03-01

Kazakhstan's Ambassador to Belgium Roman Vassilenko met the Rector of Ghent University Petra De
Sutter on 1 March 2026. They discussed cooperation in artificial intelligence.
"""


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_init_graph_dir_makes_an_empty_valid_graph(tmp_path: Path) -> None:
    folder = init_graph_dir(tmp_path / "new")
    assert (folder / "sources").is_dir() and (folder / "reference.trig").is_file()
    kg = KnowledgeGraph.open(folder)
    assert graph_stats(kg).text().startswith("0 triples of facts from 0 source graph(s)")
    assert validate_graph(kg).conforms


def test_init_refuses_a_folder_that_holds_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(KgpartError, match=r"cannot start a graph in .*: it is not empty"):
        init_graph_dir(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_init_then_ingest_query_and_validate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = invoke("init", "graph")
    assert (code, out) == (0, "") and err.startswith("started an empty graph in graph")
    # ./graph is now the graph every command reads, not the shipped one.
    assert resolve_graph_dir() == tmp_path / "graph"
    code, out, _ = invoke("stats")
    assert code == 0 and out.startswith("0 triples of facts from 0 source graph(s)")
    code, out, _ = invoke("query", "meetings", "-f", "csv")
    assert code == 0 and len(out.splitlines()) == 1
    Path("article.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = invoke("ingest", "article.txt", "--graph", "graph")
    assert code == 0, err
    code, out, _ = invoke("query", "meetings", "-f", "csv")
    assert code == 0 and len(out.splitlines()) == 2
    code, out, _ = invoke("validate")
    assert code == 0 and out.startswith("valid: ")


def test_init_on_a_file_says_so(tmp_path: Path) -> None:
    (tmp_path / "graph").write_text("not a folder")
    with pytest.raises(KgpartError, match=r"cannot start a graph in .*graph: it is a file"):
        init_graph_dir(tmp_path / "graph")


def test_init_an_existing_graph_is_one_error_line(tmp_path: Path) -> None:
    init_graph_dir(tmp_path / "g")
    code, _, err = invoke("init", str(tmp_path / "g"))
    assert code == 1
    assert err == f"Error: cannot start a graph in {tmp_path / 'g'}: it is not empty\n"
