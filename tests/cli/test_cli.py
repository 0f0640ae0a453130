"""Each command: --help that ends in an example, a happy path, and bad input with its exact error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
import rdflib
from click.testing import CliRunner

from kgpart.cli.app import cli


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command the CLI has, as the words that call it: ``("query",)``, ``("analyze", "path")``."""
    paths: list[tuple[str, ...]] = []
    for name, command in sorted(group.commands.items()):
        paths.append((*prefix, name))
        if isinstance(command, click.Group):
            paths.extend(command_paths(command, (*prefix, name)))
    return paths


# Taken from the CLI itself, so a new command is tested without editing a list here.
COMMANDS = command_paths(cli)


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_the_command_list_is_the_clis() -> None:
    assert [words[0] for words in COMMANDS if len(words) == 1] == sorted(cli.commands)
    assert ("analyze", "path") in COMMANDS and ("query",) in COMMANDS


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_help_ends_with_an_example(runner: CliRunner, words: tuple[str, ...]) -> None:
    code, out, _ = run(runner, *words, "--help")
    assert code == 0
    body = out.split("Options:")[0]
    command = " ".join(words)
    assert "Example" in body and f"kgpart {command}" in body.split("Example")[-1]
    # The example is the help's last paragraph: only indented example lines follow its heading.
    before, _, example = body.rstrip().rpartition("\n  Example")
    heading, *lines = example.splitlines()
    assert before and heading in {":", "s:"} and lines
    assert all(line.startswith("    ") for line in lines), example


def test_query_happy_path(runner: CliRunner, tiny_dir: Path) -> None:
    code, out, _ = run(
        runner, "query", "partners_of", "--param", "org=HU", "--graph", str(tiny_dir), "-f", "json"
    )
    assert code == 0
    names = {b["partnerName"]["value"] for b in json.loads(out)["results"]["bindings"]}
    assert names == {"Steppe Technical University"}


def test_query_list_shows_parameters(runner: CliRunner) -> None:
    code, out, _ = run(runner, "query", "--list")
    assert code == 0
    assert "partners_of" in out and "--param org=VALUE  (entity)" in out


def test_query_ad_hoc_sparql_with_prebound_prefixes(runner: CliRunner, tiny_dir: Path) -> None:
    code, out, _ = run(
        runner,
        "query",
        "SELECT ?n WHERE { ?u a kgp:University ; rdfs:label ?n } ORDER BY ?n",
        "--graph",
        str(tiny_dir),
        "-f",
        "csv",
    )
    assert (code, out.splitlines()) == (0, ["n", "Harbour University", "Steppe Technical University"])


@pytest.mark.parametrize(
    ("args", "code", "error"),
    [
        (
            ["query", "SELECT ?x WHERE { ?x ?y }"],
            2,
            "Error: invalid SPARQL in (inline): error at 1:26: expected one of LATERAL, SERVICE, [_]",
        ),
        (
            ["query", "partners"],
            2,
            "Error: unknown query 'partners'. Did you mean: partners_of? Known: entities, meetings, mobility, "
            "partners_of, programmes, proposed_cooperation, source_of.",
        ),
        (
            ["query", "partners_of"],
            2,
            "Error: query partners_of needs --param org=VALUE (entity: the institution whose partners are listed "
            "(a name, alias or IRI))",
        ),
        (["query", "partners_of", "--param", "org"], 2, "Error: --param expects NAME=VALUE, got 'org'"),
        (
            ["query", "missing.rq"],
            1,
            "Error: cannot read query file missing.rq: no such file",
        ),
    ],
)
def test_query_bad_input(
    runner: CliRunner, tiny_dir: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], code: int, error: str
) -> None:
    monkeypatch.chdir(tiny_dir.parent)
    got_code, _, err = run(runner, *args, "--graph", str(tiny_dir))
    assert (got_code, err.strip()) == (code, error)


def test_query_longer_than_a_file_name_runs(runner: CliRunner, tiny_dir: Path) -> None:
    filters = " ".join(f'FILTER(?n != "not a university number {i}")' for i in range(8))
    sparql = f"SELECT ?n WHERE {{ ?u a kgp:University ; rdfs:label ?n . {filters} }} ORDER BY ?n"
    assert len(sparql) > 255
    code, out, err = run(runner, "query", sparql, "--graph", str(tiny_dir), "-f", "csv")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["n", "Harbour University", "Steppe Technical University"]


def test_validate_happy_and_invalid(runner: CliRunner, tiny_dir: Path) -> None:
    code, out, _ = run(runner, "validate", "--graph", str(tiny_dir))
    assert code == 0 and out.startswith("valid: ")
    shapes = Path(__file__).parent.parent / "data" / "shapes"
    (tiny_dir / "bad.trig").write_bytes((shapes / "CohortShape-invalid.trig").read_bytes())
    code, out, _ = run(runner, "validate", "--graph", str(tiny_dir))
    assert code == 1
    assert out.splitlines()[1].strip() == (
        "kgr:example/c: A cohort must say where it is: kgp:at an institution or kgp:inCountry a country. "
        "[https://w3id.org/kgpart/shapes#CohortShape]"
    )


def test_malformed_trig_in_graph_folder_names_file_and_line(runner: CliRunner, tiny_dir: Path) -> None:
    bad = tiny_dir / "bad.trig"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:g {\n  ex:a ex:b ex:c\n")
    code, _, err = run(runner, "validate", "--graph", str(tiny_dir))
    assert code == 1
    assert err.startswith(f"Error: {bad}:4: ")
    assert len(err.strip().splitlines()) == 1


def test_missing_graph_folder(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = run(runner, "stats", "--graph", str(tmp_path / "none"))
    assert (code, err.strip()) == (1, f"Error: graph folder not found: {tmp_path / 'none'}")


def test_stats_counts_classes_and_edges(runner: CliRunner, tiny_dir: Path) -> None:
    code, out, _ = run(runner, "stats", "--graph", str(tiny_dir))
    assert code == 0
    assert "  University                     2" in out
    assert "  meets                          6" in out


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"),
    [("ttl", "turtle"), ("trig", "trig"), ("nt", "nt"), ("nq", "nquads"), ("jsonld", "json-ld")],
)
def test_export_parses_back(
    runner: CliRunner, tiny_dir: Path, tmp_path: Path, fmt: str, rdflib_format: str
) -> None:
    out = tmp_path / f"export.{fmt}"
    code, _, err = run(runner, "export", "--format", fmt, "-o", str(out), "--graph", str(tiny_dir))
    assert code == 0 and err.startswith("wrote ")
    dataset = rdflib.Dataset()
    dataset.parse(out, format=rdflib_format)
    assert len(dataset) > 0 or sum(len(g) for g in dataset.graphs()) > 100


def test_export_to_unwritable_path(runner: CliRunner, tiny_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "out.ttl"
    code, _, err = run(runner, "export", "-o", str(target), "--graph", str(tiny_dir))
    assert (code, err.strip()) == (1, f"Error: cannot write {target}: folder {target.parent} does not exist")


def test_viz_writes_a_page(runner: CliRunner, tiny_dir: Path, tmp_path: Path) -> None:
    page = tmp_path / "net.html"
    code, _, err = run(runner, "viz", "-o", str(page), "--graph", str(tiny_dir))
    assert code == 0 and page.is_file()
    assert err.startswith(f"wrote {page}: ")


def test_viz_unknown_focus(runner: CliRunner, tiny_dir: Path, tmp_path: Path) -> None:
    code, _, err = run(
        runner, "viz", "-o", str(tmp_path / "x.html"), "--focus", "Harbor Universty", "--graph", str(tiny_dir)
    )
    assert code == 2 and err.startswith(
        "Error: unknown entity 'Harbor Universty'. Did you mean: Harbour University"
    )
    assert not (tmp_path / "x.html").exists()


def test_build_validates_draws_and_summarises(runner: CliRunner, tiny_dir: Path, tmp_path: Path) -> None:
    code, out, _ = run(runner, "build", "--graph", str(tiny_dir), "--output", str(tmp_path / "out"))
    assert code == 0
    assert "valid: " in out and "entities by class:" in out
    assert (tmp_path / "out" / "network.html").is_file()


def test_build_refuses_an_invalid_graph_and_keeps_the_old_page(
    runner: CliRunner, tiny_dir: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    run(runner, "build", "--graph", str(tiny_dir), "--output", str(out_dir))
    before = (out_dir / "network.html").read_bytes()
    shapes = Path(__file__).parent.parent / "data" / "shapes"
    (tiny_dir / "bad.trig").write_bytes((shapes / "MeetingShape-invalid.trig").read_bytes())
    code, out, _ = run(runner, "build", "--graph", str(tiny_dir), "--output", str(out_dir))
    assert code == 1 and "invalid: 1 problem(s)" in out
    assert (out_dir / "network.html").read_bytes() == before


def test_no_traceback_without_debug(runner: CliRunner, tiny_dir: Path) -> None:
    result = runner.invoke(cli, ["query", "nosuch", "--graph", str(tiny_dir)])
    assert "Traceback" not in result.output
    debug = runner.invoke(cli, ["--debug", "query", "nosuch", "--graph", str(tiny_dir)])
    assert debug.exception is not None and type(debug.exception).__name__ == "UnknownNameError"


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["query", "meetings", "-f", "csv"],
        ["validate"],
        ["stats"],
        ["export", "-f", "nt"],
    ],
)
def test_real_subprocess(args: list[str], tmp_path: Path) -> None:
    """The installed console script, run from a folder with no graph: it uses the shipped graph."""
    exe = Path(sys.executable).with_name("kgpart")
    done = subprocess.run(
        [str(exe), *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout


def test_real_subprocess_viz_and_bad_sparql(tmp_path: Path) -> None:
    exe = str(Path(sys.executable).with_name("kgpart"))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [exe, "viz", "-o", "page.html"], cwd=tmp_path, capture_output=True, text=True, env=env
    )
    assert done.returncode == 0 and (tmp_path / "page.html").stat().st_size > 10_000
    bad = subprocess.run(
        [exe, "query", "SELECT WHERE"], cwd=tmp_path, capture_output=True, text=True, env=env
    )
    assert (
        bad.returncode == 2
        and bad.stderr.startswith("Error: invalid SPARQL")
        and "Traceback" not in bad.stderr
    )


def test_library_warnings_are_one_line_on_stderr(
    runner: CliRunner, tiny_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KGPART_INDEX", "memory")
    assert run(runner, "stats", "--graph", str(tiny_dir))[0] == 0
    (tiny_dir / ".index" / "snapshot.nq").write_bytes(b"<not> <n-quads\n\x00garbage")
    code, out, err = run(runner, "stats", "--graph", str(tiny_dir))
    assert code == 0 and "Warning" not in out
    lines = err.splitlines()  # said once per attempt to read the snapshot
    assert lines and all(line.startswith("Warning: the index ") and "corrupt" in line for line in lines)
