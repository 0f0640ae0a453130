"""One graph of kgpart's, one file (issue 17 item 17).

An identical copy of a source file passed ``validate`` (the copies' triples merge), and
``retract`` then removed one file and left every triple in place. Two files holding one of
kgpart's graphs (its id space: sources, entities, reference) is now an error naming both, for
every command that reads the folder, with or without the index, and before retract deletes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.errors import KgpartError
from kgpart.store.graph import KnowledgeGraph

HEAD = (
    "@prefix ex: <http://example.org/> .\n"
    "@prefix graph: <https://w3id.org/kgpart/id/graph/> .\n"
    "@prefix kgp: <https://w3id.org/kgpart/ontology#> .\n"
)


def run(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def copied(tiny_dir: Path) -> tuple[Path, Path]:
    """The tiny graph folder with an identical copy of its one file under sources/."""
    (tiny_dir / "sources").mkdir()
    copy = tiny_dir / "sources" / "copy.trig"
    shutil.copy(tiny_dir / "tiny.trig", copy)
    return tiny_dir, copy


def expected(graph: Path, copy: Path) -> str:
    return (
        "Error: the graph <https://w3id.org/kgpart/id/graph/reference> is in two files, "
        f"{copy} and {graph / 'tiny.trig'}: one graph, one file (remove the copy)\n"
    )


@pytest.mark.parametrize("index", ["memory", "disk", "auto"])
def test_validate_names_both_files(copied: tuple[Path, Path], index: str) -> None:
    graph, copy = copied
    code, out, err = run("validate", "--graph", graph, env={"KGPART_INDEX": index})
    assert (code, out, err) == (1, "", expected(graph, copy))


def test_other_commands_and_the_library_refuse_too(copied: tuple[Path, Path]) -> None:
    graph, copy = copied
    assert run("stats", "--graph", graph)[2] == expected(graph, copy)
    with pytest.raises(KgpartError, match="one graph, one file"):
        KnowledgeGraph.open(graph, derive=False)


def test_retract_refuses_and_deletes_nothing(copied: tuple[Path, Path]) -> None:
    graph, copy = copied
    shutil.copy(copy, graph / "sources" / "tiny-news-1.trig")
    code, _, err = run("retract", "tiny-news-1", "--graph", graph)
    assert code == 1 and "one graph, one file" in err and err.count("\n") == 1
    assert sorted(p.name for p in (graph / "sources").iterdir()) == ["copy.trig", "tiny-news-1.trig"]


def test_graphs_outside_kgparts_id_space_may_span_files(tiny_dir: Path) -> None:
    """A user's own dataset may split a graph across files, as TriG allows (the index keeps that)."""
    (tiny_dir / "a.trig").write_text(HEAD + "ex:g { ex:a ex:p ex:b . }\n")
    (tiny_dir / "b.trig").write_text(HEAD + "ex:g { ex:c ex:p ex:d . }\n")
    kg = KnowledgeGraph.open(tiny_dir, derive=False)
    assert len(kg.select("SELECT ?s WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }")) == 2


def test_an_empty_block_does_not_count_as_holding_the_graph(tiny_dir: Path) -> None:
    (tiny_dir / "empty.trig").write_text(HEAD + "graph:tiny-news-1 { }\n")
    KnowledgeGraph.open(tiny_dir, derive=False)
    assert run("validate", "--graph", tiny_dir)[0] == 0
