"""Walking an article folder (issue 17 item 18): links out of it are not followed, an unreadable
subfolder is a failure line.

A probe put ``secret.txt -> /elsewhere/secret.txt`` in an article folder and found the secret in
a stored evidence sentence; a subfolder the user could not read was skipped without a word.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from click.testing import CliRunner

from kgpart.cli.app import cli
from support.unprivileged import give, run_unprivileged, shared_tmp  # noqa: F401 (a fixture)

HARBOUR = Path(__file__).parent.parent / "data" / "ingest" / "harbour-visit.txt"
TINY = Path(__file__).parent.parent / "data" / "tiny.trig"
SECRET = (
    "URL: https://secret.example.org/1\n\n"
    "Ambassador of Kazakhstan to France Aida Serikova met the Rector of Lakeside University, "
    "Marie Curie-Dupont, and the secret word is SWORDFISH.\n"
)


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def stored_text(graph: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(graph.rglob("*.trig")))


def folders(tmp: Path) -> tuple[Path, Path, Path]:
    """An article folder holding the harbour article, a secret outside it, and a graph folder."""
    articles, outside, graph = tmp / "articles", tmp / "outside", tmp / "graph"
    for folder in (articles, outside, graph):
        folder.mkdir()
    shutil.copy(HARBOUR, articles / "harbour.txt")
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    shutil.copy(TINY, graph / "tiny.trig")
    return articles, outside, graph


def test_a_link_out_of_the_folder_is_skipped_with_one_line(tmp_path: Path) -> None:
    articles, outside, graph = folders(tmp_path)
    (articles / "secret.txt").symlink_to(outside / "secret.txt")
    (articles / "more").symlink_to(outside)
    code, out, _ = run("ingest", articles, "--graph", graph)
    assert code == 0, out
    lines = out.splitlines()
    assert f"skipped    {articles / 'more'}: a link out of {articles} (to {outside}); not followed" in lines
    assert (
        f"skipped    {articles / 'secret.txt'}: a link out of {articles} (to {outside / 'secret.txt'}); "
        "not followed" in lines
    )
    assert lines[-1].startswith("1 article(s) ok, 0 failed, 2 skipped;")
    assert "SWORDFISH" not in stored_text(graph)


def test_links_inside_the_folder_and_follow_links(tmp_path: Path) -> None:
    articles, outside, graph = folders(tmp_path)
    (articles / "raw").mkdir()
    text = (
        HARBOUR.read_text(encoding="utf-8").replace("harbour-visit", "harbour-again") + "\nThe visit again.\n"
    )
    (articles / "raw" / "again.data").write_text(text, encoding="utf-8")
    (articles / "again.txt").symlink_to(articles / "raw" / "again.data")  # inside: followed
    (articles / "same.txt").symlink_to(articles / "harbour.txt")  # a file walked already: once
    (articles / "loop").symlink_to(articles)  # a loop: walked once
    code, out, _ = run("ingest", articles, "--graph", graph)
    assert code == 0 and out.splitlines()[-1].startswith("2 article(s) ok, 0 failed;"), out
    (articles / "secret.txt").symlink_to(outside / "secret.txt")
    code, out, _ = run("ingest", articles, "--graph", graph, "--follow-links")
    assert code == 0 and out.splitlines()[-1].startswith("3 article(s) ok, 0 failed;"), out
    assert "SWORDFISH" in stored_text(graph)


def folders_with_a_locked_one(tmp: Path) -> tuple[Path, Path, Path]:
    """:func:`folders`, with ``articles/locked/hidden.txt`` behind a folder of mode 000 and the
    graph folder handed to the unprivileged user."""
    articles, _, graph = folders(tmp)
    locked = articles / "locked"
    locked.mkdir()
    shutil.copy(HARBOUR, locked / "hidden.txt")
    give(graph)
    locked.chmod(0)
    return articles, locked, graph


def test_an_unreadable_subfolder_is_a_failure_line(shared_tmp: Path) -> None:  # noqa: F811
    articles, locked, graph = folders_with_a_locked_one(shared_tmp)
    done = run_unprivileged("ingest", articles, "--graph", graph, cwd=shared_tmp)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert f"failed     {locked}: cannot read the folder (Permission denied)" in lines
    assert lines[-1].startswith("1 article(s) ok, 1 failed;")
    assert os.listdir(graph / "sources")


def test_a_glob_does_not_follow_a_link_out_of_its_folder_either(tmp_path: Path) -> None:
    articles, outside, graph = folders(tmp_path)
    (articles / "secret.txt").symlink_to(outside / "secret.txt")
    code, out, _ = run("ingest", f"{articles}/*.txt", "--graph", graph)
    assert code == 0, out
    assert (
        f"skipped    {articles / 'secret.txt'}: a link out of {articles} (to {outside / 'secret.txt'}); "
        "not followed" in out.splitlines()
    )
    assert "SWORDFISH" not in stored_text(graph)


def test_an_article_named_behind_an_unreadable_folder_is_its_own_failure_line(shared_tmp: Path) -> None:  # noqa: F811
    # Python 3.11's Path.is_dir raises PermissionError there: the whole batch stopped on it.
    articles, locked, graph = folders_with_a_locked_one(shared_tmp)
    done = run_unprivileged(
        "ingest", locked / "hidden.txt", articles / "harbour.txt", "--graph", graph, cwd=shared_tmp
    )
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert f"failed     {locked / 'hidden.txt'}: permission denied" in lines, done.stdout + done.stderr
    assert lines[-1].startswith("1 article(s) ok, 1 failed;")


def test_a_file_whose_name_holds_brackets_is_that_file_not_a_glob(tmp_path: Path) -> None:
    # 'report [draft].txt' was read as a pattern (one of 'd','r','a','f','t'): "no article files found".
    articles, _, graph = folders(tmp_path)
    named = articles / "report [draft].txt"
    named.write_text(
        "TITLE: Steppe visit\nDATE: 2025-04-05\n\n"
        "The Ambassador of Chile to Norway, Pablo Rojas, met the rector of Steppe Technical University.\n",
        encoding="utf-8",
    )
    code, out, err = run("ingest", named, "--dry-run", "--graph", graph)
    assert code == 0, out + err
    assert out.splitlines()[0].startswith(f"would add  {named} -> ")
    code, out, _ = run("ingest", f"{articles}/*.txt", "--dry-run", "--graph", graph)  # globs still work
    assert code == 0 and out.splitlines()[-1].startswith("dry run: 2 article(s) ok"), out
