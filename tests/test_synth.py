"""The synthetic graph: deterministic, the size asked for, valid, and heavy-tailed like real networks."""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.cli.store import synth
from kgpart.errors import OutputError
from kgpart.store.graph import KnowledgeGraph
from kgpart.synth import synthesize, word
from kgpart.validate.graph import validate_graph

cli.add_command(synth)  # until cli.py registers it


def _digest(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.trig"))}


def test_same_seed_same_files_other_seed_other_files(tmp_path: Path) -> None:
    a, b, c = (
        synthesize(3_000, tmp_path / name, seed=seed).folder for name, seed in [("a", 7), ("b", 7), ("c", 8)]
    )
    assert _digest(a) == _digest(b)
    assert _digest(a) != _digest(c)


@pytest.mark.parametrize("size", [1_000, 20_000])
def test_triple_count_within_ten_percent(tmp_path: Path, size: int) -> None:
    summary = synthesize(size, tmp_path / "g", seed=1)
    kg = KnowledgeGraph.from_files(sorted((tmp_path / "g").rglob("*.trig")), derive=False)
    assert sum(1 for _ in kg.quads()) == summary.triples
    assert abs(summary.triples - size) <= size * 0.1


def test_small_synthetic_graph_is_valid(tmp_path: Path) -> None:
    folder = synthesize(5_000, tmp_path / "g", seed=3).folder
    assert (folder / "reference.trig").is_file() and len(list((folder / "sources").glob("*.trig"))) > 10
    report = validate_graph(KnowledgeGraph.open(folder))
    assert report.conforms, report.text()


def test_every_source_is_its_own_graph_with_provenance(tmp_path: Path) -> None:
    folder = synthesize(2_000, tmp_path / "g", seed=2).folder
    kg = KnowledgeGraph.open(folder)
    rows = kg.query(
        "SELECT ?g ?by WHERE { GRAPH ?g { ?g a kgp:FactGraph ; kgp:source ?s ; kgp:extractedBy ?by } }"
    )
    found = {r["g"].value: r["by"].value for r in rows}
    assert len(found) == len(kg.fact_graphs()) == 1 + len(list((folder / "sources").glob("*.trig")))
    assert set(found.values()) == {"synth"}
    assert not any(isinstance(t, ox.BlankNode) for q in kg.quads() for t in (q.subject, q.object))


def test_degree_distribution_is_heavy_tailed(tmp_path: Path) -> None:
    kg = KnowledgeGraph.open(synthesize(60_000, tmp_path / "g", seed=4).folder)
    rows = kg.query(
        "SELECT ?u (COUNT(*) AS ?d) WHERE { ?u a kgp:University ; kgp:partnersWith|kgp:meets ?x } GROUP BY ?u"
    )
    degrees = sorted(int(r["d"].value) for r in rows)
    assert degrees[-1] >= 10 * statistics.median(degrees)
    top = degrees[-len(degrees) // 20 :]  # the best-connected 5% hold far more than 5% of the links
    assert sum(top) >= 0.2 * sum(degrees)


def test_words_are_unique_and_readable() -> None:
    words = [word(i) for i in range(20_000)]
    assert len(set(w.lower() for w in words)) == len(words)
    assert all(w.isalpha() and w[0].isupper() for w in words[:100])


def test_refuses_to_overwrite_a_folder_that_is_not_synthetic(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep me")
    with pytest.raises(OutputError, match="not empty"):
        synthesize(1_000, tmp_path)
    assert (tmp_path / "mine.txt").read_text() == "keep me"


def test_cli_synth(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        cli, ["synth", "--triples", "1000", "-o", str(tmp_path / "g")], catch_exceptions=False
    )
    assert result.exit_code == 0 and result.stderr.startswith(f"wrote {tmp_path / 'g'}: ")
    assert Counter(p.suffix for p in (tmp_path / "g").rglob("*.*"))[".trig"] > 2


def test_cli_synth_help_and_bad_input(runner: CliRunner, tmp_path: Path) -> None:
    out = runner.invoke(cli, ["synth", "--help"]).stdout
    assert "kgpart synth" in out.split("Options:")[0].split("Example")[-1]
    (tmp_path / "f").write_text("x")
    result = runner.invoke(cli, ["synth", "--triples", "1000", "-o", str(tmp_path / "f")])
    assert result.exit_code != 0
