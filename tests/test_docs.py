"""The README documents every command, its tables name functions that exist, its map of the code is true."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from kgpart.cli.app import cli

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "src" / "kgpart"
README = (ROOT / "README.md").read_text(encoding="utf-8")


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


def test_every_package_path_the_readme_names_exists() -> None:
    named = {path.rstrip(".") for path in re.findall(r"src/kgpart(?:/[\w.*-]+)*/?", README)}
    assert "src/kgpart/" in named
    missing = [path for path in sorted(named) if not any(ROOT.glob(path.rstrip("/")))]
    assert not missing, f"README names paths that do not exist: {missing}"


def test_the_pipeline_diagram_is_the_package_layout() -> None:
    diagram = README.split("```text\n")[1].split("\n```")[0]
    steps = re.findall(r"\w+/|\w+\.py", diagram)
    assert steps[:2] == ["extract/", "resolve.py"] and len(steps) >= 10
    assert [step for step in steps if not (PACKAGE / step).exists()] == []


def where_things_are() -> dict[str, list[str]]:
    """The README's map of the code: each row's paths (under src/kgpart) -> its entry functions."""
    section = README.split("## Where things are")[1].split("\n## ")[0]
    rows = {}
    for line in section.splitlines():
        if line.startswith("| `"):
            cells = line.strip("|").split("|")
            rows[cells[0]] = re.findall(r"`([^`]+)`", cells[-1])
    return rows


def top_level_names(path: Path) -> set[str]:
    """What a module defines at its top level: functions, classes and assigned names."""
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def test_where_things_are_names_each_folder_and_its_real_entry_functions() -> None:
    rows = where_things_are()
    listed = {path for cell in rows for path in re.findall(r"`([^`]+)`", cell)}
    layout = {p.name + "/" for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    layout |= {p.name for p in PACKAGE.glob("*.py") if p.name not in {"__init__.py", "__main__.py"}}
    assert listed == layout, "the table and src/kgpart differ"
    for cell, functions in rows.items():
        paths = [PACKAGE / path for path in re.findall(r"`([^`]+)`", cell)]
        files = [f for path in paths for f in ([path] if path.is_file() else path.rglob("*.py"))]
        defined = set().union(*(top_level_names(f) for f in files))
        assert functions and not set(functions) - defined, f"{cell}: {set(functions) - defined}"


def test_first_library_example_runs_on_the_shipped_graph(capsys: pytest.CaptureFixture[str]) -> None:
    # The README's first Python example, exactly as written (it reads the shipped graph only).
    example = README.split("## Using the library")[1].split("```python")[1].split("```")[0]
    exec(compile(example, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert out.startswith("valid: ")
    assert "Nazarbayev University Kazakhstan" in out  # a partner of Ghent University
