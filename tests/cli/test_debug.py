"""``--debug`` (tracebacks on errors) works before the command and after it, as the error line says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli


def every_command(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The words that call each command and group: ``("query",)``, ``("analyze",)``, ``("analyze", "path")``."""
    words = []
    for name, command in sorted(group.commands.items()):
        words.append((*prefix, name))
        if isinstance(command, click.Group):
            words.extend(every_command(command, (*prefix, name)))
    return words


def kgpart(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kgpart", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_without_debug_an_error_is_one_line_that_points_at_debug(tmp_path: Path) -> None:
    done = kgpart(tmp_path, "query", "SELECT ?x WHERE { ?x ?y }")
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1
    assert "Traceback" not in done.stderr


NOWHERE = ("Nowhere University", "Ghent University")


@pytest.mark.parametrize(
    "args",
    [
        ("--debug", "query", "missing.rq"),
        ("query", "missing.rq", "--debug"),
        ("query", "--debug", "missing.rq"),
        ("analyze", "path", *NOWHERE, "--debug"),
        ("analyze", "--debug", "path", *NOWHERE),
    ],
    ids=" ".join,
)
def test_debug_shows_the_traceback_wherever_it_stands(tmp_path: Path, args: tuple[str, ...]) -> None:
    done = kgpart(tmp_path, *args)
    assert done.returncode != 0, done.stderr
    assert "Traceback (most recent call last)" in done.stderr
    assert done.stderr.rstrip().splitlines()[-1].startswith("kgpart.errors.")


@pytest.mark.parametrize("words", every_command(cli), ids=" ".join)
def test_every_command_lists_debug_in_its_help(words: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*words, "--help"])
    assert result.exit_code == 0 and "--debug" in result.stdout
