"""Resolution over a corpus, end to end: articles of our own ingested into a copy of tiny.trig (#12 item 1)."""

from __future__ import annotations

from pathlib import Path

from kgpart.ingest.folder import ingest_articles
from kgpart.store.graph import KnowledgeGraph

FIRST = (
    "DATE: 2025-04-02\n\n"
    "Rector of Volga Federal University Ivan Petrov met the Ambassador of Mongolia to Russia "
    "Bat-Erdene Sukhbaatar on Tuesday. The sides discussed student exchanges. Volga Federal "
    "University (VFU) and the Mongolian National University of Medical Sciences signed a "
    "memorandum of cooperation.\n"
)
SECOND = (
    "DATE: 2025-05-20\n\n"
    "Ambassador of Mongolia to Russia Bat-Erdene Sukhbaatar visited Volga University. He met "
    "Petrov Ivan Sergeyevich, the rector of the university, and discussed joint research. The "
    "Embassy of Mongolia in Russia and Volga University agreed to open a Mongolian language centre.\n"
)


def _iris(graph: Path, cls: str, pattern: str) -> set[str]:
    rows = KnowledgeGraph.open(graph).select(
        f"SELECT DISTINCT ?e WHERE {{ ?e a kgp:{cls} ; rdfs:label|skos:altLabel ?n . "
        f"FILTER(CONTAINS(LCASE(STR(?n)), '{pattern}')) }}"
    )
    return {row["e"].value for row in rows}


def test_two_articles_name_one_university_and_one_rector_in_their_own_ways(
    tiny_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    report = ingest_articles([tmp_path / "a.txt", tmp_path / "b.txt"], tiny_dir)
    assert [r.status for r in report.results] == ["added", "added"]
    assert len(_iris(tiny_dir, "University", "volga")) == 1
    assert len(_iris(tiny_dir, "Person", "petrov")) == 1
    assert len(_iris(tiny_dir, "Embassy", "mongolia in russia")) == 1


def _two_tobol_universities(folder: Path) -> list[Path]:
    """Two articles naming two universities whose names differ by one subject word."""
    a, b = folder / "a.txt", folder / "b.txt"
    a.write_text(
        "DATE: 2025-04-02\n\nThe rector of Tobol University Dana Omarova met the Ambassador "
        "of Peru to Kazakhstan Luis Quispe. They signed a memorandum of cooperation.\n",
        encoding="utf-8",
    )
    b.write_text(
        "DATE: 2025-04-09\n\nThe rector of Tobol Pedagogical University Aigerim Bekova met the Ambassador "
        "of Peru to Kazakhstan Luis Quispe. They signed a memorandum of cooperation.\n",
        encoding="utf-8",
    )
    return [a, b]


def test_a_weak_likeness_is_a_line_of_the_ingest_summary(tiny_dir: Path, tmp_path: Path) -> None:
    text = ingest_articles(_two_tobol_universities(tmp_path), tiny_dir).text()
    assert "  possible same entity: Tobol University ~ Tobol Pedagogical University (articles " in text
    assert len(_iris(tiny_dir, "University", "tobol")) == 2


def test_entity_suggest_lists_what_may_be_one_entity(tiny_dir: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kgpart.cli.app import cli

    ingest_articles(_two_tobol_universities(tmp_path), tiny_dir)
    result = CliRunner().invoke(cli, ["entity", "suggest", "--graph", str(tiny_dir)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(
        "possible same entity: Tobol Pedagogical University ~ Tobol University (articles "
    )
    assert lines[1] == "  kgpart entity merge kgr:org/tobol-pedagogical-university kgr:org/tobol-university"
    clean = CliRunner().invoke(cli, ["entity", "suggest"], catch_exceptions=False)  # the shipped graph
    assert (clean.exit_code, clean.stdout) == (0, "") and "no possible duplicates" in clean.stderr


def test_a_changed_article_finds_again_what_its_earlier_version_named(tiny_dir: Path, tmp_path: Path) -> None:
    # "the Embassy of Peru" (no host) is no identity across articles, but it is within one article,
    # including the earlier version of the same article that a changed one replaces
    article = tmp_path / "peru.txt"
    text = (
        "URL: https://news.example.org/peru-visit\nDATE: 2025-06-02\n\nThe rector of Harbour University "
        "Jean Martin met the Ambassador of Peru Luis Quispe at the Embassy of Peru. They signed a "
        "memorandum of cooperation.{}\n"
    )
    article.write_text(text.format(""), encoding="utf-8")
    ingest_articles([article], tiny_dir)
    before = _iris(tiny_dir, "Embassy", "embassy of peru")
    article.write_text(text.format(" They also discussed student exchanges."), encoding="utf-8")
    assert [r.status for r in ingest_articles([article], tiny_dir).results] == ["replaced"]
    assert _iris(tiny_dir, "Embassy", "embassy of peru") == before and len(before) == 1
