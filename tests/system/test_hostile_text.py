"""Hostile labels shown in a terminal or opened in a spreadsheet (issue 17, item 18).

A copy of the tiny graph whose labels carry terminal escape sequences (ANSI CSI, the 8-bit CSI
``\\x9b``, a bidirectional override) and spreadsheet formulas (``=HYPERLINK(...)``, ``+``, ``-``,
``@``, a leading tab or carriage return). Tables printed by ``query`` and ``analyze`` show the
escapes as text (``\\x1b[2J``), never the bytes a terminal obeys; every CSV kgpart writes (``query
-f csv``, ``analyze --format csv``, ``export -f csv`` and its node table) starts such a cell with
``'`` so a spreadsheet shows it as text, while numbers (``-5``) stay numbers.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli

TINY = Path(__file__).parent.parent / "data" / "tiny.trig"
ESCAPES = r"\u001B[2J\u001B]0;pwned\u0007\u009B31mHarbour\u202E University"
HOSTILE = {
    '"Harbour University"': f'"{ESCAPES}"',
    '"Steppe Technical University"': r'"=HYPERLINK(\"http://evil.example/\",\"click\")"',
    '"Embassy of Kazakhstan in France"': '"@SUM(1+1)"',
    '"Faculty of Sciences"': '"+33 Faculty"',
    '"Aida Serikova"': r'"-2+3+cmd|\u0027 /C calc\u0027!A0"',
    '"Jean Martin"': r'"\tJean Martin"',
    '"Claire Dubois"': r'"\rClaire Dubois"',
}
FORMULAS = ("=", "+", "-", "@", "\t", "\r")
TERMINAL_CONTROLS = ("\x1b", "\x9b", "\x07", "\u202e", "\r")


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-text") / "graph"
    folder.mkdir()
    text = TINY.read_text(encoding="utf-8")
    for label, hostile in HOSTILE.items():
        assert f"rdfs:label {label}" in text
        text = text.replace(f"rdfs:label {label}", f"rdfs:label {hostile}", 1)
    (folder / "tiny.trig").write_text(text, encoding="utf-8")
    return folder


def run(*args: str | Path) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


LABELS = "SELECT ?label WHERE { ?x rdfs:label ?label } ORDER BY ?label"


@pytest.mark.parametrize(
    "args",
    [
        ["query", LABELS],
        ["query", "SELECT ?x ?label WHERE { ?x rdfs:label ?label }"],
        ["analyze", "centrality"],
        ["analyze", "ego", "kgr:org/harbour-university"],
    ],
)
def test_tables_show_escapes_as_text(hostile_graph: Path, args: list[str]) -> None:
    out = run(*args, "--graph", hostile_graph)
    assert not [c for c in TERMINAL_CONTROLS if c in out], repr(out)
    assert "\\x1b[2J" in out and "\\x9b31mHarbour\\u202e University" in out


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _assert_no_formula(cells: list[str]) -> None:
    risky = [c for c in cells if c.startswith(FORMULAS) and not _number(c)]
    assert not risky, risky


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_query_csv_quotes_formulas(hostile_graph: Path) -> None:
    cells = _cells(run("query", LABELS, "-f", "csv", "--graph", hostile_graph))
    _assert_no_formula(cells)
    assert '\'=HYPERLINK("http://evil.example/","click")' in cells
    assert "'@SUM(1+1)" in cells and "'+33 Faculty" in cells and "'\tJean Martin" in cells


def test_query_csv_keeps_numbers(hostile_graph: Path) -> None:
    out = run("query", "SELECT ?n WHERE { VALUES ?n { -5 +7 -2.5 } }", "-f", "csv", "--graph", hostile_graph)
    assert _cells(out) == ["n", "-5", "7", "-2.5"]


def test_analyze_csv_quotes_formulas(hostile_graph: Path) -> None:
    cells = _cells(run("analyze", "centrality", "--format", "csv", "--graph", hostile_graph))
    _assert_no_formula(cells)
    assert '\'=HYPERLINK("http://evil.example/","click")' in cells


def test_network_csv_export_quotes_formulas(hostile_graph: Path, tmp_path: Path) -> None:
    edges = tmp_path / "edges.csv"
    run("export", "-f", "csv", "-o", edges, "--graph", hostile_graph)
    for table in (edges, tmp_path / "edges.nodes.csv"):
        cells = _cells(table.read_text(encoding="utf-8"))
        _assert_no_formula(cells)
        assert '\'=HYPERLINK("http://evil.example/","click")' in cells


@pytest.mark.parametrize(
    "args",
    [["viz", "--focus", "Harbour Univ"], ["query", "partners_of", "-p", "org=Harbour Univ"]],
)
def test_error_lines_show_escapes_as_text(hostile_graph: Path, tmp_path: Path, args: list[str]) -> None:
    """An unknown name's error line lists the graph's labels ("Known: ..."): one line, no controls."""
    extra = ["-o", str(tmp_path / "x.html")] if args[0] == "viz" else []
    result = CliRunner().invoke(cli, [*args, *extra, "--graph", str(hostile_graph)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: unknown entity")
    assert not [c for c in TERMINAL_CONTROLS if c in result.stderr], repr(result.stderr)


def test_ingest_summary_shows_escapes_in_a_file_name_as_text(tmp_path: Path) -> None:
    # A file name is as untrusted as the article inside it (a downloaded batch names its files).
    article = tmp_path / "harbour\x1b]0;pwned\x07\x1b[2J.txt"
    article.write_text(
        "TITLE: Harbour visit\nDATE: 2025-03-04\n\n"
        "The Ambassador of Norway to Chile, Anna Berg, met the rector of Harbour University.\n",
        encoding="utf-8",
    )
    out = run("ingest", article, "--dry-run", "--graph", tmp_path / "graph")
    assert not [c for c in TERMINAL_CONTROLS if c in out], repr(out)
    assert "harbour\\x1b]0;pwned\\x07\\x1b[2J.txt" in out
