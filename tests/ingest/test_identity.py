"""A source's identity: distinct articles never share a file, the same article keeps its own.

Issue 17 item 4: the identity was an ASCII-only slug, so Cyrillic URLs, file names of other
scripts, ``news/1/index.html`` beside ``news/2/index.html`` and URLs differing only in
punctuation all landed in one file, the later article silently replacing the earlier one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.errors import KgpartError
from kgpart.ingest.folder import IngestReport, ingest_articles, retract, source_slug
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import validate_graph

HARBOUR = Path(__file__).parent.parent / "data" / "ingest" / "harbour-visit.txt"
BODY = HARBOUR.read_text(encoding="utf-8").split("\n", 2)[2]  # the text without its URL header


def article(path: Path, url: str | None = None, extra: str = "") -> Path:
    """The harbour article at ``path``, with ``url`` as its header (none if not given), and a
    closing line naming it: distinct articles have distinct texts (the same text is one article)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = f"URL: {url}\n\n" if url else ""
    path.write_text(header + BODY + f"\nThis note is filed as {path.name}.\n" + extra, encoding="utf-8")
    return path


def sources(graph: Path) -> list[str]:
    return sorted(p.name for p in (graph / "sources").glob("*.trig"))


def assert_all_kept(report: IngestReport, graph: Path, count: int) -> None:
    assert [r.status for r in report.results] == ["added"] * count, report.text()
    assert len(sources(graph)) == count
    assert len({r.slug for r in report.results}) == count
    assert report.text().splitlines()[-1].startswith(f"{count} article(s) ok, 0 failed;")


@pytest.mark.parametrize(
    "urls",
    [
        ["https://mfa.example.kz/ru/details/новости-1", "https://mfa.example.kz/ru/details/статья-1"],
        ["https://news.example.org/a-b", "https://news.example.org/a_b", "https://news.example.org/a.b"],
    ],
    ids=["cyrillic", "punctuation"],
)
def test_urls_whose_ascii_slugs_agree_stay_distinct(tiny_dir: Path, tmp_path: Path, urls: list[str]) -> None:
    files = [article(tmp_path / f"a{i}.txt", url) for i, url in enumerate(urls)]
    assert_all_kept(ingest_articles(files, tiny_dir), tiny_dir, len(urls))


def test_file_names_in_other_scripts_stay_distinct(tiny_dir: Path, tmp_path: Path) -> None:
    files = [article(tmp_path / name) for name in ("статья.txt", "новости.txt", "文章.txt")]
    assert_all_kept(ingest_articles(files, tiny_dir), tiny_dir, 3)


def test_pages_of_one_name_in_two_folders_stay_distinct(tiny_dir: Path, tmp_path: Path) -> None:
    for n in (1, 2):
        page = tmp_path / "news" / str(n) / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f"<html><body><p>{BODY}</p><p>Page {n}.</p></body></html>", encoding="utf-8")
    assert_all_kept(ingest_articles([tmp_path / "news"], tiny_dir), tiny_dir, 2)
    assert validate_graph(KnowledgeGraph.open(tiny_dir)).conforms


def test_the_slug_stays_readable() -> None:
    slug = source_slug(None, "https://news.example.org/harbour-visit")
    assert (
        slug.startswith("news-example-org-harbour-visit-")
        and len(slug) == len("news-example-org-harbour-visit") + 11
    )
    # the scheme and a trailing slash do not make another article
    assert slug == source_slug(None, "http://news.example.org/harbour-visit/")


def test_one_url_twice_in_a_batch_keeps_the_first_and_fails_the_second(
    tiny_dir: Path, tmp_path: Path
) -> None:
    first = article(tmp_path / "first.txt", "https://news.example.org/1")
    second = article(tmp_path / "second.txt", "https://news.example.org/1", extra="\nA second version.\n")
    report = ingest_articles([first, second], tiny_dir)
    assert [r.status for r in report.results] == ["added", "failed"]
    slug = report.results[0].slug
    assert report.results[1].line() == (
        f"failed     {second}: the same source as {first} earlier in this batch "
        f"(sources/{slug}.trig); not replaced"
    )
    assert report.text().splitlines()[-1].startswith("1 article(s) ok, 1 failed;")
    assert sources(tiny_dir) == [f"{slug}.trig"]
    assert "A second version" not in (tiny_dir / "sources" / f"{slug}.trig").read_text()


def test_one_file_named_twice_in_a_batch_is_refused_the_second_time(tiny_dir: Path, tmp_path: Path) -> None:
    one = article(tmp_path / "one.txt")
    (tmp_path / "sub").mkdir()
    report = ingest_articles([one, tmp_path / "sub" / ".." / "one.txt"], tiny_dir)
    assert [r.status for r in report.results] == ["added", "failed"]
    assert "the same source as" in report.results[1].error


def test_reingesting_the_same_file_or_url_replaces_its_own_graph(tiny_dir: Path, tmp_path: Path) -> None:
    by_path = article(tmp_path / "статья.txt")
    by_url = article(tmp_path / "b.txt", "https://mfa.example.kz/ru/details/новости-1")
    ingest_articles([by_path, by_url], tiny_dir)
    before = sources(tiny_dir)
    article(by_path, extra="\nMore.\n")
    article(by_url, "https://mfa.example.kz/ru/details/новости-1", extra="\nMore.\n")
    report = ingest_articles([by_path, by_url], tiny_dir)
    assert [r.status for r in report.results] == ["replaced", "replaced"]
    assert sources(tiny_dir) == before


def test_a_source_stored_under_its_old_slug_is_replaced_in_place(tiny_dir: Path, tmp_path: Path) -> None:
    """Graph folders ingested before the hash was added keep working: the URL finds the old file."""
    url = "https://news.example.org/harbour-visit"
    ingest_articles([HARBOUR], tiny_dir)
    (new,) = sources(tiny_dir)
    old = "news-example-org-harbour-visit"
    text = (tiny_dir / "sources" / new).read_text().replace(new.removesuffix(".trig"), old)
    (tiny_dir / "sources" / new).unlink()
    (tiny_dir / "sources" / f"{old}.trig").write_text(text)
    changed = article(tmp_path / "harbour-visit.txt", url, extra="\nMore.\n")
    report = ingest_articles([changed], tiny_dir)
    assert [r.status for r in report.results] == ["replaced"]
    assert sources(tiny_dir) == [f"{old}.trig"]


def test_url_option_with_several_articles_is_refused(
    tiny_dir: Path, tmp_path: Path, runner: CliRunner
) -> None:
    files = [article(tmp_path / f"{n}.txt") for n in (1, 2)]
    with pytest.raises(KgpartError) as raised:
        ingest_articles(files, tiny_dir, url="https://news.example.org/x")
    assert raised.value.exit_code == 2
    result = runner.invoke(
        cli, ["ingest", str(tmp_path), "--url", "https://x.org/1", "--graph", str(tiny_dir)]
    )
    assert (result.exit_code, result.stderr) == (
        2,
        "Error: --url names one article, but 2 were given: ingest them one by one, "
        "or give each its URL in a 'URL: ...' header line\n",
    )
    assert not (tiny_dir / "sources").exists()


def test_retract_by_readable_name_url_or_file(tiny_dir: Path, tmp_path: Path) -> None:
    local = tmp_path / "harbour-visit.txt"
    shutil.copy(HARBOUR, local)
    named = article(tmp_path / "lakeside-note.txt")
    other = article(tmp_path / "other.txt", "https://news.example.org/other")
    ingest_articles([local, named, other], tiny_dir)
    retract("https://news.example.org/harbour-visit", tiny_dir)
    retract(str(named), tiny_dir)  # an article without a URL: its file
    retract("news-example-org-other", tiny_dir)  # the readable part alone, when it names one source
    assert sources(tiny_dir) == []
