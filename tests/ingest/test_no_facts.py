"""An article that yields no fact is not silent: the ingest summary warns, with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.store.folder import init_graph_dir

NAMES_ONLY = "Ghent University opened a new library building in the city centre on Monday.\n"
LEFT_OUT = (
    "Ghent University signed a memorandum of understanding on cooperation in research on 3 March 2026.\n"
)


def ingest(tmp_path: Path, text: str) -> tuple[int, str]:
    graph = init_graph_dir(tmp_path / "graph")
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(article), "--graph", str(graph)])
    return result.exit_code, result.stdout + result.stderr


def test_an_article_that_names_but_relates_nothing_is_a_warning(tmp_path: Path) -> None:
    code, out = ingest(tmp_path, NAMES_ONLY)
    assert code == 0, out
    first, warning = out.splitlines()[:2]  # the warning right under its article's line
    assert first.startswith("added") and first.endswith(" 1 warning(s))") and "(0 facts," in first
    assert warning == (
        "  warning: no fact: the article names 1 organisation(s) and 0 person(s) but no meeting, "
        "partnership, programme or cohort was found between them"
    )
    assert out.rstrip().endswith(" 1 warning(s)")


@pytest.mark.parametrize("text", [NAMES_ONLY, LEFT_OUT])
def test_every_article_without_facts_says_why(tmp_path: Path, text: str) -> None:
    code, out = ingest(tmp_path, text)
    assert code == 0 and "(0 facts" in out, out
    assert any(line.startswith("  warning: no fact: ") for line in out.splitlines()), out
