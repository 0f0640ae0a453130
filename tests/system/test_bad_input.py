"""The catalogue of bad input (see tests/README.md): each case ends in one clear line, a non-zero
exit code, and a graph folder whose files are byte for byte what they were.

Every case runs the real command line (click's runner, and a few the installed script) against a
copy of the tiny graph, snapshots the folder before and after, and checks the one line: an
``Error: ...`` line on stderr for commands that stop, or the article's ``failed`` line in the
summary of an ingest (which goes on with the other articles).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.ingest.folder import source_slug
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import validate_graph
from support.devices import char_device, is_char_device
from support.unprivileged import give, run_unprivileged

BAD = Path(__file__).parent.parent / "data" / "bad"
HARBOUR = Path(__file__).parent.parent / "data" / "ingest" / "harbour-visit.txt"
TINY = Path(__file__).parent.parent / "data" / "tiny.trig"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str


def run(*args: str | Path) -> Outcome:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return Outcome(result.exit_code, result.stdout, result.stderr)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of the graph folder (the lock file aside), by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".kgpart.lock"
    }


def one_error_line(out: Outcome) -> str:
    """The single ``Error: ...`` line on stderr; nothing else may be there."""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("Error: ") and "Traceback" not in out.stderr
    return lines[0]


def failed_line(out: Outcome) -> str:
    """The summary line of the one failed article of an ingest."""
    failed = [line for line in out.stdout.splitlines() if line.startswith("failed ")]
    assert len(failed) == 1, out.stdout
    return failed[0]


@pytest.fixture
def graph(tiny_dir: Path) -> Path:
    return tiny_dir


def graph_in(folder: Path) -> Path:
    """A copy of the tiny graph in ``folder``, owned by the unprivileged user."""
    graph = folder / "graph"
    graph.mkdir()
    shutil.copy(TINY, graph / "tiny.trig")
    return give(graph)


def unprivileged(*args: str | Path, cwd: Path) -> Outcome:
    """``kgpart ARGS`` as an unprivileged user (see support/unprivileged.py)."""
    done = run_unprivileged(*args, cwd=cwd)
    return Outcome(done.returncode, done.stdout, done.stderr)


def assert_unchanged(graph: Path, before: dict[str, bytes]) -> None:
    assert snapshot(graph) == before
    assert not list(graph.rglob("*.tmp")), "a temporary file was left behind"


# --- articles ---------------------------------------------------------------------------------


def _copy(name: str) -> Callable[[Path], Path]:
    return lambda tmp: Path(shutil.copy(BAD / name, tmp / name))


def _deep_markup(tmp: Path) -> Path:
    path = tmp / "deep-markup.html"
    path.write_text("<div><b>" * 100_000 + "</b></div>" * 100_000, encoding="utf-8")
    return path


def _huge(tmp: Path) -> Path:
    path = tmp / "huge.html"
    with path.open("wb") as handle:
        handle.write(b"<p>Harbour University met Lakeside University.</p>\n" * 100_000)  # 5.1 MB
    return path


def _dated(date: str) -> Callable[[Path], Path]:
    """The harbour article at another URL, its ``DATE:`` header line saying ``date``."""

    def make(tmp: Path) -> Path:
        path = tmp / "dated.txt"
        text = HARBOUR.read_text(encoding="utf-8").replace("harbour-visit", "dated")
        path.write_text(text.replace("DATE: 2025-09-10", f"DATE: {date}"), encoding="utf-8")
        return path

    return make


def _utf16(tmp: Path) -> Path:
    """The harbour article as a Windows editor saves "Unicode" text: UTF-16 with a byte-order mark."""
    path = tmp / "utf16.txt"
    path.write_bytes(HARBOUR.read_text(encoding="utf-8").encode("utf-16"))
    return path


def _zero_link(tmp: Path) -> Path:
    """An article that ``stat`` says is empty and that never ends (issue 17, item 9)."""
    path = tmp / "zero.txt"
    path.symlink_to("/dev/zero")
    return path


def _folder_as_article(tmp: Path) -> Path:
    path = tmp / "article.txt"
    path.mkdir()
    return path


ARTICLE_CASES = {
    "missing file": (lambda tmp: tmp / "no-such-article.txt", "no such file"),
    "empty html": (_copy("empty.html"), "file is empty"),
    "binary html": (_copy("binary.html"), "binary file (NUL bytes), not an article"),
    "non-UTF-8 html": (_copy("latin1.html"), "not UTF-8 text (bad byte at offset"),
    "UTF-16 text": (_utf16, "UTF-16 text, not UTF-8: convert it first (iconv -f utf-16 -t utf-8)"),
    "html of markup and script only": (_copy("only-markup.html"), "no article text"),
    "deeply nested html, no text": (_deep_markup, "no article text"),
    "huge html (over --max-bytes)": (_huge, "larger than 5000000 bytes (raise --max-bytes to allow it)"),
    "symlink to /dev/zero (size 0, endless)": (
        _zero_link,
        "larger than 5000000 bytes (raise --max-bytes to allow it)",
    ),
    "header date 30 February": (_dated("2025-02-30"), "DATE header '2025-02-30' is not a date (YYYY-MM-DD)"),
    "header date month 13": (_dated("2025-13-01"), "DATE header '2025-13-01' is not a date (YYYY-MM-DD)"),
    "header date in Arabic-Indic digits": (
        _dated("٢٠٢٥-٠٣-٠١"),
        "DATE header '٢٠٢٥-٠٣-٠١' is not a date (YYYY-MM-DD)",
    ),
}


@pytest.mark.parametrize("case", sorted(ARTICLE_CASES))
def test_bad_article_fails_in_one_line_and_stores_nothing(graph: Path, tmp_path: Path, case: str) -> None:
    make, problem = ARTICLE_CASES[case]
    article = make(tmp_path)
    before = snapshot(graph)
    out = run("ingest", article, "--graph", graph)
    assert out.code == 1
    assert failed_line(out) == f"failed     {article}: {problem}" or problem in failed_line(out)
    assert out.stdout.splitlines()[-1].startswith("0 article(s) ok, 1 failed;")
    assert out.stderr == ""
    assert_unchanged(graph, before)


@pytest.mark.parametrize(
    "case", ["binary html", "non-UTF-8 html", "deeply nested html, no text", "header date 30 February"]
)
def test_bad_article_beside_a_good_one_leaves_the_good_one_in(graph: Path, tmp_path: Path, case: str) -> None:
    make, problem = ARTICLE_CASES[case]
    out = run("ingest", make(tmp_path), HARBOUR, "--graph", graph)
    assert out.code == 1 and problem in failed_line(out)
    assert (
        graph / "sources" / f"{source_slug(None, 'https://news.example.org/harbour-visit')}.trig"
    ).is_file()
    assert validate_graph(KnowledgeGraph.open(graph)).conforms


@pytest.mark.parametrize(
    ("case", "problem"),
    [
        ("non-UTF-8 html", "not UTF-8 text (bad byte at offset"),
        ("UTF-16 text", "UTF-16 text, not UTF-8: convert it first (iconv -f utf-16 -t utf-8)"),
        ("huge html (over --max-bytes)", "file is 5100000 bytes, over the limit of 5000000"),
        ("empty html", "file is empty"),
        ("symlink to /dev/zero (size 0, endless)", "larger than 5000000 bytes (raise --max-bytes"),
        ("header date 30 February", "DATE header '2025-02-30' is not a date (YYYY-MM-DD)"),
    ],
)
def test_extract_of_bad_article_is_one_error_line(tmp_path: Path, case: str, problem: str) -> None:
    article = ARTICLE_CASES[case][0](tmp_path)
    out = run("extract", article)
    assert out.code == 1 and out.stdout == ""
    assert one_error_line(out).startswith(f"Error: {article}: {problem}")


def test_deeply_nested_html_with_text_goes_in(graph: Path, tmp_path: Path) -> None:
    """Nesting is not an error: 50,000 open tags around a sentence neither crash nor lose it."""
    page = tmp_path / "deep.html"
    body = "Ambassador of Kazakhstan to France Aida Serikova met the Rector of Harbour University."
    page.write_text("<div>" * 50_000 + f"<p>{body}</p>" + "</div>" * 50_000, encoding="utf-8")
    out = run("ingest", page, "--graph", graph)
    assert out.code == 0, out.stdout
    assert out.stdout.startswith(f"added      {page} -> sources/{source_slug(page, None)}.trig")


def test_folder_with_no_articles(graph: Path, tmp_path: Path) -> None:
    before = snapshot(graph)
    out = run("ingest", _folder_as_article(tmp_path), "--graph", graph)
    assert (out.code, one_error_line(out)) == (
        1,
        "Error: no article files found (give files, folders or glob patterns)",
    )
    assert_unchanged(graph, before)


def test_unreadable_article(shared_tmp: Path) -> None:
    """As an unprivileged user (through setpriv when the suite runs as root)."""
    graph = graph_in(shared_tmp)
    article = shared_tmp / "secret.txt"
    article.write_text("Harbour University met Lakeside University.")
    article.chmod(0)
    before = snapshot(graph)
    out = unprivileged("ingest", article, "--graph", graph, cwd=shared_tmp)
    assert out.code == 1 and failed_line(out) == f"failed     {article}: permission denied"
    assert_unchanged(graph, before)


# --- the graph folder -------------------------------------------------------------------------

GRAPH_FILE_CASES = {
    "broken-turtle.ttl": (6, "Unexpected end of file"),
    "broken-graph.trig": (7, "The prefix undeclared: has not been declared"),
    "broken-triples.nt": (3, "must be followed by a dot"),
    "broken-quads.nq": (3, "The subject of a triple must be an IRI or a blank node"),
    "latin1-graph.ttl": (2, "Invalid UTF-8"),
}


@pytest.mark.parametrize("name", sorted(GRAPH_FILE_CASES))
@pytest.mark.parametrize(
    "command", [["validate"], ["stats"], ["query", "meetings"], ["ingest", str(HARBOUR)]]
)
def test_malformed_graph_file_names_file_and_line(graph: Path, name: str, command: list[str]) -> None:
    line, problem = GRAPH_FILE_CASES[name]
    shutil.copy(BAD / name, graph / name)
    before = snapshot(graph)
    out = run(*command, "--graph", graph)
    error = one_error_line(out)
    assert out.code == 1
    assert error.startswith(f"Error: {graph / name}:{line}: ") and problem in error
    assert_unchanged(graph, before)


def test_unreadable_graph_file(shared_tmp: Path) -> None:
    graph = graph_in(shared_tmp)
    (graph / "tiny.trig").chmod(0)
    out = unprivileged("stats", "--graph", graph, cwd=shared_tmp)
    assert (out.code, one_error_line(out)) == (
        1,
        f"Error: {graph / 'tiny.trig'}: cannot read: Permission denied",
    )


def test_missing_graph_folder(tmp_path: Path) -> None:
    out = run("validate", "--graph", tmp_path / "nowhere")
    assert (out.code, one_error_line(out)) == (1, f"Error: graph folder not found: {tmp_path / 'nowhere'}")


# --- reviewed records (YAML/JSON) -------------------------------------------------------------

RECORD_CASES = {
    "broken-record.yaml": "not a readable YAML/JSON record: while parsing a flow node",
    "record-not-a-mapping.yaml": "a record is a mapping with keys persons, organizations, meetings, ...",
    "record-missing-keys.yaml": "bad record field meetings: missing",
    "record-bad-type.yaml": "bad record field organizations[0].type: expected one of University,",
    "record-negative-count.yaml": "bad record field cohorts[0].count: expected a non-negative integer, got -3",
    "no-such-record.yaml": "no such record file",
}


@pytest.mark.parametrize("name", sorted(RECORD_CASES))
def test_bad_record_is_refused_in_one_line(graph: Path, name: str) -> None:
    before = snapshot(graph)
    out = run("add", BAD / name, "--graph", graph)
    assert out.code == 1
    assert one_error_line(out).startswith(f"Error: {BAD / name}: {RECORD_CASES[name]}")
    assert_unchanged(graph, before)


def test_record_with_a_1_mb_label_is_refused_in_one_short_line(graph: Path, tmp_path: Path) -> None:
    record = tmp_path / "huge-label.yaml"
    keys = ("persons", "meetings", "partnerships", "programmes", "cohorts", "topics")
    body = "".join(f"{key}: []\n" for key in keys)
    record.write_text(body + f"organizations:\n- name: {'x' * 1_000_000}\n  type: University\n")
    before = snapshot(graph)
    out = run("add", record, "--graph", graph)
    assert (out.code, one_error_line(out)) == (
        1,
        f"Error: {record}: bad record field organizations[0].name: longer than 1,000 characters (1,000,000)",
    )
    assert_unchanged(graph, before)


def test_malformed_yaml_names_the_line(graph: Path) -> None:
    error = one_error_line(run("add", BAD / "broken-record.yaml", "--graph", graph))
    assert "line 3, column 3" in error


def test_record_that_fails_the_shapes_is_refused(graph: Path) -> None:
    before = snapshot(graph)
    out = run("add", BAD / "record-bad-date.yaml", "--graph", graph)
    assert out.code == 1
    assert one_error_line(out) == (
        f"Error: refused by the shapes: kgr:meeting/{source_slug(BAD / 'record-bad-date.yaml', None)}-1 "
        "kgp:date: A meeting's date must be "
        "one xsd:date (YYYY-MM-DD). [https://w3id.org/kgpart/shapes#MeetingShape]"
    )
    assert_unchanged(graph, before)


def test_graph_with_ill_typed_dates_is_reported_without_tracebacks(tmp_path: Path) -> None:
    """rdflib logs a traceback per bad literal; the report must stay one line per problem."""
    folder = tmp_path / "g"
    folder.mkdir()
    tiny = (Path(__file__).parent.parent / "data" / "tiny.trig").read_text(encoding="utf-8")
    (folder / "tiny.trig").write_text(tiny.replace('"2025-05-12"^^xsd:date', '"2025-13-45"^^xsd:date'))
    exe = Path(sys.executable).with_name("kgpart")
    done = subprocess.run(
        [str(exe), "validate", "--graph", str(folder)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1 and done.stdout.startswith("invalid: ")
    assert "must be one xsd:date" in done.stdout
    assert done.stderr == ""


# --- queries ----------------------------------------------------------------------------------

QUERY_CASES = {
    "invalid SPARQL": (["SELECT ?x WHERE { ?x ?y }"], "Error: invalid SPARQL in (inline): error at 1:26: "),
    "invalid SPARQL in a .rq file": (
        [str(BAD / "broken-query.rq")],
        "Error: invalid SPARQL in broken-query: ",
    ),
    "an update is not a query": (["DROP ALL"], "Error: invalid SPARQL in (inline): error at 1:9"),
    "unknown query name": (["partner_of"], "Error: unknown query 'partner_of'. Did you mean: partners_of"),
    "missing parameter": (["partners_of"], "Error: query partners_of needs --param org=VALUE (entity: "),
    "unknown parameter": (
        ["partners_of", "-p", "org=HU", "-p", "year=2025"],
        "Error: query partners_of has no parameter 'year' (its parameters: org)",
    ),
    "malformed parameter": (["partners_of", "-p", "org"], "Error: --param expects NAME=VALUE, got 'org'"),
    "repeated parameter (the last one won)": (
        ["partners_of", "-p", "org=Harbour University", "-p", "?org=Steppe Technical University"],
        "Error: --param org is given twice ('Harbour University', 'Steppe Technical University'); give it once",
    ),
    "unknown entity": (
        ["partners_of", "-p", "org=Harbor Universty"],
        "Error: unknown entity 'Harbor Universty'. Did you mean: Harbour University",
    ),
    "ad hoc parameter the query lacks": (
        ["SELECT ?x WHERE { ?x a kgp:University }", "-p", "y=1"],
        "Error: the query has no variable ?y to bind",
    ),
}


@pytest.mark.parametrize("case", sorted(QUERY_CASES))
def test_bad_query_is_a_usage_error(graph: Path, case: str) -> None:
    args, error = QUERY_CASES[case]
    before = snapshot(graph)
    out = run("query", *args, "--graph", graph)
    assert out.code == 2 and out.stdout == ""
    assert one_error_line(out).startswith(error)
    assert_unchanged(graph, before)


def test_record_that_never_ends_is_refused(graph: Path, tmp_path: Path) -> None:
    """``add`` of a record symlinked to /dev/zero: one line, not a MemoryError (issue 17, item 9)."""
    record = tmp_path / "endless.yaml"
    record.symlink_to("/dev/zero")
    before = snapshot(graph)
    out = run("add", record, "--graph", graph)
    assert (out.code, one_error_line(out)) == (1, f"Error: {record}: larger than 5000000 bytes")
    assert_unchanged(graph, before)


def test_graph_file_that_is_a_device_is_refused(graph: Path) -> None:
    """A ``.trig`` in the graph folder symlinked to /dev/zero: named, not read forever."""
    (graph / "endless.trig").symlink_to("/dev/zero")
    out = run("stats", "--graph", graph)
    assert (out.code, one_error_line(out)) == (
        1,
        f"Error: {graph / 'endless.trig'}: cannot read: not a regular file (a device or a pipe?)",
    )


def test_query_file_that_never_ends_is_refused(graph: Path, tmp_path: Path) -> None:
    """A ``.rq`` symlink to /dev/zero: one line, not a MemoryError (issue 17, item 9)."""
    query = tmp_path / "endless.rq"
    query.symlink_to("/dev/zero")
    out = run("query", query, "--graph", graph)
    assert (out.code, one_error_line(out)) == (
        1,
        f"Error: cannot read query file {query}: larger than 1000000 bytes",
    )


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["viz", "--focus", "Nowhere University"], "Error: unknown entity 'Nowhere University'."),
        (["viz", "--country", "Atlantis"], "Error: unknown country 'Atlantis'"),
        (["retract", "no-such-source"], "Error: unknown source 'no-such-source'."),
    ],
)
def test_unknown_entity_in_other_commands(graph: Path, tmp_path: Path, args: list[str], error: str) -> None:
    before = snapshot(graph)
    extra = ["-o", str(tmp_path / "page.html")] if args[0] == "viz" else []
    out = run(*args, *extra, "--graph", graph)
    assert out.code == 2 and one_error_line(out).startswith(error)
    assert not (tmp_path / "page.html").exists()
    assert_unchanged(graph, before)


# --- outputs ----------------------------------------------------------------------------------


def _blocked(tmp: Path) -> Path:
    """A path under a regular file: no one, not even root, can create it."""
    (tmp / "a-file").write_text("in the way")
    return tmp / "a-file" / "out"


OUTPUT_CASES: dict[str, tuple[list[str], str]] = {
    "export under a file": (["export", "-o", "{out}.ttl"], "Error: cannot write {out}.ttl"),
    "export into a missing folder": (
        ["export", "-o", "{tmp}/no/such/x.ttl"],
        "Error: cannot write {tmp}/no/such/x.ttl",
    ),
    "viz under a file": (["viz", "-o", "{out}.html"], "Error: cannot write {out}.html"),
    "build under a file": (["build", "--output", "{out}"], "Error: cannot write {out}"),
}


@pytest.mark.parametrize("case", sorted(OUTPUT_CASES))
def test_unwritable_output_is_one_line_and_leaves_nothing(graph: Path, tmp_path: Path, case: str) -> None:
    args, error = OUTPUT_CASES[case]
    out_path = _blocked(tmp_path)
    fill = {"out": str(out_path), "tmp": str(tmp_path)}
    before = snapshot(graph)
    out = run(*[a.format(**fill) for a in args], "--graph", graph)
    assert out.code == 1
    assert one_error_line(out).startswith(error.format(**fill))
    assert (tmp_path / "a-file").read_text() == "in the way"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "graph"]
    assert_unchanged(graph, before)


def test_read_only_output_folder(shared_tmp: Path) -> None:
    graph = graph_in(shared_tmp)
    folder = shared_tmp / "ro"
    folder.mkdir()
    give(folder).chmod(0o555)  # the user's own folder, made read-only
    out = unprivileged("export", "-o", folder / "x.ttl", "--graph", graph, cwd=shared_tmp)
    assert (out.code, one_error_line(out)) == (
        1,
        f"Error: cannot write {folder / 'x.ttl'}: Permission denied",
    )
    assert list(folder.iterdir()) == []


def test_read_only_graph_folder_refuses_ingest_and_keeps_files(shared_tmp: Path) -> None:
    """Exit 70 (PermissionError on the lock file) before issue 17, item 16."""
    graph = graph_in(shared_tmp)
    before = snapshot(graph)
    graph.chmod(0o555)
    out = unprivileged("ingest", HARBOUR, "--graph", graph, cwd=shared_tmp)
    assert out.code == 1 and "Error: " in out.stderr
    assert one_error_line(out) == f"Error: cannot write {graph}: Permission denied"
    assert_unchanged(graph, before)


# --- outputs that are not regular files: written through, never replaced (issue 17, item 1) ---

WRITERS = {
    "export nt": ["export", "--format", "nt"],
    "export graphml": ["export", "--format", "graphml"],
    "export csv": ["export", "--format", "csv"],
    "viz": ["viz"],
    "timeline": ["timeline"],
}


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_output_to_a_device_writes_through(graph: Path, tmp_path: Path, command: str) -> None:
    null = char_device(tmp_path, "null")
    out = run(*WRITERS[command], "-o", null, "--graph", graph)
    assert out.code == 0, out.stderr
    assert is_char_device(null, "null")
    assert sorted(p.name for p in tmp_path.iterdir()) == (["graph", "null"] if AS_ROOT else ["graph"])
    assert not list(Path("/dev").glob("null?*"))  # no node table or temporary file beside it


@pytest.mark.parametrize(
    ("device", "code", "line"),
    [
        ("/dev/null", 0, "wrote /dev/null"),
        ("/dev/full", 1, "Error: cannot write /dev/full: No space left on device"),
    ],
)
def test_a_normal_user_writes_through_the_real_devices(
    shared_tmp: Path, device: str, code: int, line: str
) -> None:
    """As uid 65534 (who cannot replace them: ``-o /dev/null`` used to be "Permission denied")."""
    graph = graph_in(shared_tmp)
    out = unprivileged("export", "-o", device, "--graph", graph, cwd=shared_tmp)
    assert (out.code, out.stderr) == (code, line + "\n")


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_output_to_a_full_device_is_one_line(graph: Path, tmp_path: Path, command: str) -> None:
    full = char_device(tmp_path, "full")
    out = run(*WRITERS[command], "-o", full, "--graph", graph)
    assert (out.code, one_error_line(out)) == (1, f"Error: cannot write {full}: No space left on device")
    assert is_char_device(full, "full")


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_output_to_a_named_pipe_writes_through(graph: Path, tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    out = run(*WRITERS[command], "-o", fifo, "--graph", graph)
    reader.join(timeout=30)
    assert out.code == 0, out.stderr
    assert len(got) == 1 and len(got[0]) > 100
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph", "pipe"]


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_output_to_a_symlink_writes_its_target(graph: Path, tmp_path: Path, command: str) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "out"
    target.write_text("old")
    link = tmp_path / "link"
    link.symlink_to(target)
    out = run(*WRITERS[command], "-o", link, "--graph", graph)
    assert out.code == 0, out.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert len(target.read_bytes()) > 100
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["out"]
    assert (tmp_path / "link.nodes.csv").is_file() == (command == "export csv")  # beside the path given


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_output_dash_is_stdout(
    graph: Path, tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    out = run(*WRITERS[command], "-o", "-", "--graph", graph)
    assert out.code == 0, out.stderr
    assert len(out.stdout) > 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph"]


# --- situations the user can fix are exit 1 or 2 with one line, never 70 (issue 17, item 16) ---

# `ingest` of an article behind such a folder is that article's failed line, and the batch goes
# on: ingest/test_folder_walk.py.
IN_A_LOCKED_FOLDER: dict[str, tuple[list[str], str]] = {
    "extract an article": (
        ["extract", "{locked}/a.txt"],
        "Error: {locked}/a.txt: cannot read file (Permission denied)",
    ),
    "query a .rq file": (
        ["query", "{locked}/q.rq", "--graph", "{graph}"],
        "Error: cannot read query file {locked}/q.rq: permission denied",
    ),
    "a graph folder": (["stats", "--graph", "{locked}/g"], "Error: {locked}/g: Permission denied"),
    "export -o": (
        ["export", "-o", "{locked}/x.ttl", "--graph", "{graph}"],
        "Error: cannot write {locked}/x.ttl: Permission denied",
    ),
    "viz -o": (
        ["viz", "-o", "{locked}/x.html", "--graph", "{graph}"],
        "Error: cannot write {locked}/x.html: Permission denied",
    ),
    "timeline -o": (
        ["timeline", "-o", "{locked}/t.html", "--graph", "{graph}"],
        "Error: cannot write {locked}/t.html: Permission denied",
    ),
    "build -o": (
        ["build", "-o", "{locked}/out", "--graph", "{graph}"],
        "Error: cannot write {locked}/out: Permission denied",
    ),
    "init": (["init", "{locked}/new"], "Error: {locked}/new: Permission denied"),
}


@pytest.mark.parametrize("case", sorted(IN_A_LOCKED_FOLDER))
def test_a_file_in_an_unreadable_folder(shared_tmp: Path, case: str) -> None:
    """Files behind a folder the user may not enter (mode 000), as an unprivileged user."""
    graph = graph_in(shared_tmp)
    locked = shared_tmp / "locked"
    (locked / "g").mkdir(parents=True)
    shutil.copy(HARBOUR, locked / "a.txt")
    (locked / "q.rq").write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    shutil.copy(TINY, locked / "g" / "tiny.trig")
    locked.chmod(0)
    args, line = IN_A_LOCKED_FOLDER[case]
    fill = {"locked": str(locked), "graph": str(graph)}
    before = snapshot(graph)
    out = unprivileged(*[a.format(**fill) for a in args], cwd=shared_tmp)
    assert (out.code, one_error_line(out)) == (1, line.format(**fill))
    assert_unchanged(graph, before)


@pytest.fixture(scope="module")
def huge_literal_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny graph beside a file holding one 17 MB literal (Oxigraph's parser stops at 16 MB)."""
    folder = tmp_path_factory.mktemp("huge-literal") / "graph"
    folder.mkdir()
    shutil.copy(TINY, folder / "tiny.trig")
    with (folder / "huge.trig").open("w", encoding="utf-8") as handle:
        handle.write('<http://example.org/g> { <http://example.org/a> <http://example.org/note> "')
        handle.write("x" * 17_000_000 + '" . }\n')
    return folder


@pytest.mark.parametrize("command", [["stats"], ["validate"], ["query", "meetings"], ["export", "-f", "nt"]])
def test_a_literal_over_16_mb_names_the_file(huge_literal_graph: Path, command: list[str]) -> None:
    out = run(*command, "--graph", huge_literal_graph)
    assert (out.code, one_error_line(out)) == (
        1,
        f"Error: {huge_literal_graph / 'huge.trig'}: cannot read: a literal, IRI or line over "
        "16777216 bytes, more than the RDF parser reads",
    )


@pytest.mark.parametrize("value", ["--5", "-5", "+5", "²", "٣", "5-"])
def test_parameter_values_that_look_numeric_bind(graph: Path, value: str) -> None:
    """``--5`` raised ValueError from int() (exit 70): a value is an integer only if it is one."""
    out = run(
        "query", "SELECT ?x WHERE { BIND(?y AS ?x) }", "-p", f"y={value}", "-f", "json", "--graph", graph
    )
    assert (out.code, out.stderr) == (0, "")
    bound = json.loads(out.stdout)["results"]["bindings"][0]["x"]
    assert bound["value"] == value  # "٣" stays "٣", not 3
    assert ("datatype" in bound) == (value == "-5")  # only -5 is an xsd:integer


def test_an_integer_parameter_refuses_double_minus(graph: Path, tmp_path: Path) -> None:
    query = tmp_path / "count.rq"
    query.write_text("# title: Numbers\n# param: ?n  integer  a number\nSELECT ?x WHERE { BIND(?n AS ?x) }\n")
    out = run("query", query, "-p", "n=--5", "--graph", graph)
    assert (out.code, one_error_line(out)) == (2, "Error: parameter n must be an integer, got '--5'")


NON_UTF8 = os.fsdecode(b"\xff\xfe")  # what Python makes of a non-UTF-8 argument


@pytest.mark.parametrize(
    "args",
    [
        ["query", "partners_of", "-p", f"org={NON_UTF8}"],
        ["query", "SELECT ?x WHERE { BIND(?y AS ?x) }", "-p", f"y={NON_UTF8}"],
        ["analyze", "ego", NON_UTF8],
        ["viz", "--focus", NON_UTF8],
        ["export", "-o", NON_UTF8],
    ],
)
def test_non_utf8_arguments_are_a_usage_error(
    graph: Path, tmp_path: Path, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # `export -o <name>` wrote a file of that name here before
    out = run(*args, "--graph", graph)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph"]
    shown = next(a for a in args if NON_UTF8 in a).replace(NON_UTF8, "\\xff\\xfe")
    assert (out.code, one_error_line(out)) == (2, f"Error: argument '{shown}' is not UTF-8 text")


def test_non_utf8_argument_through_the_installed_script(graph: Path) -> None:
    exe = Path(sys.executable).with_name("kgpart")
    done = subprocess.run(
        [str(exe).encode(), b"analyze", b"ego", b"\xff\xfe", b"--graph", str(graph).encode()],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stderr) == (2, b"Error: argument '\\xff\\xfe' is not UTF-8 text\n")


TO_STDOUT = {
    "query": ["query", "meetings", "--graph", "{graph}"],
    "query --list": ["query", "--list"],
    "stats": ["stats", "--graph", "{graph}"],
    "validate": ["validate", "--graph", "{graph}"],
    "export": ["export", "-f", "nt", "--graph", "{graph}"],
    "extract": ["extract", str(HARBOUR)],
    "analyze": ["analyze", "centrality", "--graph", "{graph}"],
    "ingest --dry-run": ["ingest", str(HARBOUR), "--dry-run", "--graph", "{graph}"],
    "--help": ["--help"],
    "--version": ["--version"],
}


@pytest.mark.parametrize("case", sorted(TO_STDOUT))
def test_stdout_on_a_full_device_is_one_line(graph: Path, case: str) -> None:
    """``kgpart ... > /dev/full``: exit 1 and one line, no traceback, no "Exception ignored"."""
    exe = Path(sys.executable).with_name("kgpart")
    args = [a.format(graph=graph) for a in TO_STDOUT[case]]
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [str(exe), *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120, check=False
        )
    lines = done.stderr.splitlines()
    assert done.returncode == 1, done.stderr
    assert lines[-1] == "Error: cannot write to stdout: No space left on device"
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert all(not line.startswith("Error") for line in lines[:-1])  # analyze says its method first


@pytest.mark.parametrize("args", [["export", "-f", "nt"], ["query", "meetings"], ["--help"]])
def test_a_closed_pipe_ends_quietly(graph: Path, args: list[str]) -> None:
    """``kgpart ... | head`` with the reader gone: no message, as other Unix tools."""
    exe = Path(sys.executable).with_name("kgpart")
    extra = ["--graph", str(graph)] if args[0] != "--help" else []
    with subprocess.Popen([str(exe), *args, *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before the first write
        err = proc.stderr.read()
        proc.wait(timeout=120)
    assert err == b""
    assert proc.returncode == 1


# --- a huge value is not echoed whole (issue 17, item 18) ---------------------------------------

HUGE = "A" * 60_000 + " " + "B" * 60_000  # 120 KB, with a space: not one long word
LONG_WORD = "C" * 120_000

ECHOED = {
    "unknown entity": (["query", "partners_of", "-p", f"org={HUGE}"], 2, "Error: unknown entity 'AAAA"),
    "malformed --param": (
        ["query", "partners_of", "-p", LONG_WORD],
        2,
        "Error: --param expects NAME=VALUE, got 'CCC",
    ),
    "unknown parameter": (
        ["query", "partners_of", "-p", f"{LONG_WORD}=1"],
        2,
        "Error: query partners_of has no",
    ),
    "not an IRI": (
        ["query", "SELECT ?x WHERE { BIND(?y AS ?x) }", "-p", f"y=<{HUGE}>"],
        2,
        "Error: not a valid IRI",
    ),
    "--since": (["viz", "--since", LONG_WORD], 2, "Error: --since must be a date YYYY-MM-DD, got 'CCC"),
    "unknown country": (
        ["timeline", "--country", HUGE, "-o", "{tmp}/t.html"],
        2,
        "Error: unknown country 'AAA",
    ),
    "unknown query": (["query", LONG_WORD], 2, "Error: unknown query 'CCC"),
    "missing .rq file": (["query", f"{LONG_WORD}.rq"], 1, "Error: cannot read query file CCC"),
    "unwritable output": (
        ["export", "-o", f"/nonexistent/{LONG_WORD}"],
        1,
        "Error: cannot write /nonexistent/CCC",
    ),
    "bad --format": (["query", "meetings", "-f", LONG_WORD], 2, "Error: Invalid value for '--format'"),
}


@pytest.mark.parametrize("case", sorted(ECHOED))
def test_a_huge_value_is_cut_in_the_error_line(graph: Path, tmp_path: Path, case: str) -> None:
    args, code, start = ECHOED[case]
    out = run(*[a.replace("{tmp}", str(tmp_path)) for a in args], "--graph", graph)
    error = [line for line in out.stderr.splitlines() if line.startswith("Error: ")]
    assert out.code == code and len(error) == 1, out.stderr[:300]
    assert error[0].startswith(start) and "…" in error[0]
    assert len(error[0]) < 600, error[0][:300]


# --- a failed build leaves no folder behind (issue 17, item 18) -------------------------------


def _small_file_limit() -> None:
    """In the child: files may not grow past 20 KB (the page is bigger), and going past is an
    error (EFBIG), not the signal that would kill the process."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


@pytest.mark.parametrize("existing", [False, True])
def test_a_failed_build_leaves_no_empty_folder(graph: Path, tmp_path: Path, existing: bool) -> None:
    out = tmp_path / "site" / "out"
    if existing:
        out.mkdir(parents=True)
    exe = Path(sys.executable).with_name("kgpart")
    done = subprocess.run(
        [str(exe), "build", "-o", str(out), "--graph", str(graph)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=_small_file_limit,
    )
    assert done.returncode == 1
    assert done.stderr == f"Error: cannot write {out / 'network.html'}: File too large\n"
    if existing:  # a folder that was there stays, empty as it was
        assert list(out.iterdir()) == []
    else:  # the folders the build made are gone again
        assert not (tmp_path / "site").exists()


# --- the installed script: the same lines, no traceback ---------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "start"),
    [
        (["query", "nosuch"], 2, "Error: unknown query 'nosuch'."),
        (["add", str(BAD / "broken-record.yaml")], 1, f"Error: {BAD / 'broken-record.yaml'}: not a readable"),
        (["export", "-o", "/proc/kgpart/x.ttl"], 1, "Error: cannot write /proc/kgpart/x.ttl"),
    ],
)
def test_installed_script_prints_one_line(graph: Path, args: list[str], code: int, start: str) -> None:
    exe = Path(sys.executable).with_name("kgpart")
    done = subprocess.run(
        [str(exe), *args, "--graph", str(graph)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == code
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(start), done.stderr
