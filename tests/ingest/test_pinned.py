"""Reviewed and curated sources are pinned; the same article (by URL, file or text) is one source (#12 item 3)."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.extract.article import read_article, text_fingerprint
from kgpart.ingest.folder import add_record_file, ingest_articles, source_slug

ARTICLES = Path(__file__).parent.parent / "data" / "ingest"
HARBOUR = ARTICLES / "harbour-visit.txt"
LAKESIDE = ARTICLES / "lakeside-memorandum.md"
HARBOUR_SLUG = source_slug(None, "https://news.example.org/harbour-visit")
SHIPPED = Path(__file__).parent.parent.parent / "graph"


def snapshot(graph_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(graph_dir)): p.read_bytes() for p in sorted(graph_dir.rglob("*.trig"))}


def reviewed_record(article: Path, tmp_path: Path, runner: CliRunner) -> Path:
    """``kgpart extract`` of ``article``, edited as a person would: one cohort added."""
    out = runner.invoke(cli, ["extract", str(article), "--format", "yaml"])
    assert out.exit_code == 0, out.output
    record = yaml.safe_load(out.stdout)
    record["cohorts"] = [
        {"count": 4, "who": "PhD candidates", "at": "Lakeside University", "status": "studying"}
    ]
    path = tmp_path / f"{article.stem}.yaml"
    path.write_text(yaml.safe_dump(record))
    return path


def test_a_reviewed_record_survives_a_reingest_and_force_replaces_it(
    tiny_dir: Path, tmp_path: Path, runner: CliRunner
) -> None:
    ingest_articles([HARBOUR], tiny_dir)
    added = add_record_file(reviewed_record(HARBOUR, tmp_path, runner), tiny_dir)
    assert [(r.status, r.slug) for r in added.results] == [("replaced", HARBOUR_SLUG)]
    before = snapshot(tiny_dir)
    report = ingest_articles([HARBOUR], tiny_dir)
    assert [r.status for r in report.results] == ["kept"]
    assert (
        f"kept       {HARBOUR}: reviewed source {HARBOUR_SLUG} is pinned (use --force to replace)"
        in report.text()
    )
    assert "0 article(s) ok, 0 failed, 1 kept" in report.text()
    assert snapshot(tiny_dir) == before  # the reviewed facts stay byte for byte
    forced = ingest_articles([HARBOUR], tiny_dir, force=True)
    assert [r.status for r in forced.results] == ["replaced"]
    assert "PhD candidates" not in (tiny_dir / "sources" / f"{HARBOUR_SLUG}.trig").read_text()


def test_a_record_of_an_article_without_url_pins_that_articles_source(
    tiny_dir: Path, tmp_path: Path, runner: CliRunner
) -> None:
    article = tmp_path / "memo.md"
    shutil.copy(LAKESIDE, article)
    first = ingest_articles([article], tiny_dir).results[0]
    added = add_record_file(reviewed_record(article, tmp_path, runner), tiny_dir).results[0]
    assert (added.status, added.slug) == ("replaced", first.slug)  # found by the text's fingerprint
    assert sorted(p.stem for p in (tiny_dir / "sources").glob("*.trig")) == [first.slug]
    before = snapshot(tiny_dir)
    assert [r.status for r in ingest_articles([article], tiny_dir).results] == ["kept"]
    assert snapshot(tiny_dir) == before


def test_the_same_text_under_another_name_is_kept_out_naming_the_first(
    tiny_dir: Path, tmp_path: Path
) -> None:
    first, copy = tmp_path / "a" / "memo.md", tmp_path / "b" / "memo-copy.md"
    for path in (first, copy):
        path.parent.mkdir()
        # the copy as another site republishes it: other spacing and punctuation, a scraped date
        text = (
            LAKESIDE.read_text()
            if path is first
            else "date 2025-03-06 " + LAKESIDE.read_text().replace(",", " ,")
        )
        path.write_text(text)
    report = ingest_articles([first], tiny_dir)
    before = snapshot(tiny_dir)
    again = ingest_articles([copy], tiny_dir)
    assert [r.status for r in again.results] == ["kept"]
    line = again.text().splitlines()[0]
    assert line.startswith(f"kept       {copy}: the same text as ") and report.results[0].slug in line
    assert snapshot(tiny_dir) == before
    # in one batch too: the second is kept out, naming the first file
    fresh = tmp_path / "fresh"
    shutil.copytree(tiny_dir, fresh, ignore=shutil.ignore_patterns("sources", "entities.trig"))
    both = ingest_articles([first, copy], fresh)
    assert [r.status for r in both.results] == ["added", "kept"]
    assert f"the same text as {first}: source " in both.text()


def test_the_same_text_under_a_new_url_is_kept_out(tiny_dir: Path, tmp_path: Path) -> None:
    ingest_articles([HARBOUR], tiny_dir)
    copy = tmp_path / "agency.txt"
    copy.write_text(HARBOUR.read_text().replace("news.example.org", "agency.example.net"))
    report = ingest_articles([copy], tiny_dir)
    assert [r.status for r in report.results] == ["kept"]
    assert "https://news.example.org/harbour-visit" in report.text()
    assert [r.slug for r in ingest_articles([copy], tiny_dir, force=True).results] == [HARBOUR_SLUG]


def test_a_curated_source_of_the_shipped_graph_is_pinned(tmp_path: Path, runner: CliRunner) -> None:
    graph_dir = tmp_path / "graph"
    shutil.copytree(SHIPPED, graph_dir)
    # our own retelling stands for the founding article: its fingerprint goes on the curated source
    article = tmp_path / "ghent.txt"
    shutil.copy(Path(__file__).parent.parent / "data" / "founding" / "ghent.txt", article)
    curated = graph_dir / "sources" / "mfa-kz-2026-03-01-ghent-university.trig"
    shipped_fingerprint = next(
        line.split('"')[1] for line in curated.read_text().splitlines() if "kgp:textFingerprint" in line
    )
    curated.write_text(
        curated.read_text().replace(shipped_fingerprint, text_fingerprint(read_article(article).text))
    )
    before = snapshot(graph_dir)
    out = runner.invoke(cli, ["ingest", str(article), "--graph", str(graph_dir)])
    assert out.exit_code == 0, out.output
    assert "curated source mfa-kz-2026-03-01-ghent-university is pinned" in out.stdout
    assert snapshot(graph_dir) == before
