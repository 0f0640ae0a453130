"""The shared parameter types: a bad date or NAME=VALUE is one exact `Error:` line and exit code 2."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.cli.options import DATE, NAME_VALUE


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["viz", "--since", "2025-13-01"], "Error: --since must be a date YYYY-MM-DD, got '2025-13-01'"),
        (["viz", "--until", "May 2025"], "Error: --until must be a date YYYY-MM-DD, got 'May 2025'"),
        (
            ["ingest", "a.txt", "--published", "2025/05/12"],
            "Error: --published must be a date YYYY-MM-DD, got '2025/05/12'",
        ),
        (["query", "partners_of", "-p", "org"], "Error: --param expects NAME=VALUE, got 'org'"),
        (["query", "partners_of", "--param", " =HU"], "Error: --param expects NAME=VALUE, got ' =HU'"),
    ],
)
def test_bad_values_are_one_error_line(runner: CliRunner, args: list[str], error: str) -> None:
    result = runner.invoke(cli, args)
    assert (result.exit_code, result.stderr.strip(), result.stdout) == (2, error, "")


def test_a_date_stays_the_text_given() -> None:
    assert DATE.convert("2025-05-12", None, None) == "2025-05-12"


@pytest.mark.parametrize(
    ("text", "pair"),
    [("org=HU", ("org", "HU")), ("?org=HU", ("org", "HU")), (" $q =a=b", ("q", "a=b")), ("x=", ("x", ""))],
)
def test_name_value_pairs(text: str, pair: tuple[str, str]) -> None:
    assert NAME_VALUE.convert(text, None, None) == pair
