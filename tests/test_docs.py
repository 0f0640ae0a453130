"""The README documents every command, and its library table names functions that exist."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from kgpart.cli.app import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"kgpart {command}" in README, f"README does not show `kgpart {command}`"


def test_command_table_has_a_row_for_each_command_and_no_other() -> None:
    table = re.findall(r"^\| `kgpart (\w+)", README, flags=re.MULTILINE)
    assert set(table) == set(cli.commands)


def test_library_table_names_real_functions() -> None:
    for module, func in re.findall(r"`(kgpart(?:\.\w+)+)\.(\w+)`", README):
        assert hasattr(importlib.import_module(module), func), f"{module}.{func}"


def test_quick_start_is_two_make_targets_that_exist() -> None:
    makefile = (Path(__file__).parent.parent / "Makefile").read_text(encoding="utf-8")
    quick = README.split("## Quick start")[1].split("```sh")[1].split("```")[0]
    targets = re.findall(r"^make (\w+)", quick, flags=re.MULTILINE)
    assert targets == ["run", "test"]
    for target in targets:
        assert re.search(rf"^{target}:", makefile, flags=re.MULTILINE)
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
