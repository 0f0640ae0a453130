"""Every third-party module that kgpart imports comes from a dependency that ``[project]`` declares.

A module imported but installed only by the test extra (or by chance) works in the test run and
fails for a user after ``pip install kgpart``; this walks the source, not the installed metadata.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "kgpart"


def normalise(name: str) -> str:
    """A distribution name as PEP 503 compares it: ``PyYAML`` is ``pyyaml``, ``a_b`` is ``a-b``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_dependencies() -> set[str]:
    """The normalised distribution names of ``[project] dependencies`` in pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = set()
    for spec in project["dependencies"]:
        match = re.match(r"[A-Za-z0-9._-]+", spec)
        assert match, f"cannot read a distribution name in {spec!r}"
        names.add(normalise(match.group()))
    return names


def imported_modules(path: Path) -> set[str]:
    """The top-level names of the absolute imports in one source file, wherever they stand."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def third_party_imports() -> dict[str, list[str]]:
    """Each third-party top-level module that src/kgpart imports, with the files that import it."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in imported_modules(path):
            if name != "kgpart" and name not in sys.stdlib_module_names:
                found.setdefault(name, []).append(path.relative_to(ROOT).as_posix())
    return found


def test_the_walk_finds_the_imports_we_know_of() -> None:
    found = third_party_imports()
    assert {"rdflib", "pyoxigraph", "pyshacl", "networkx", "click", "yaml", "matplotlib"} <= set(found)
    assert not {"re", "pathlib", "__future__", "kgpart"} & set(found)


def test_every_third_party_import_is_a_declared_dependency() -> None:
    declared = declared_dependencies()
    distributions = packages_distributions()
    undeclared = {
        module: files
        for module, files in third_party_imports().items()
        if not {normalise(d) for d in distributions.get(module, [module])} & declared
    }
    assert not undeclared, f"imported but not in [project] dependencies of pyproject.toml: {undeclared}"


def test_a_missing_dependency_is_caught() -> None:
    # The comparison above must fail for a module whose distribution is not declared.
    distributions = packages_distributions()
    assert not {normalise(d) for d in distributions["yaml"]} & (declared_dependencies() - {"pyyaml"})
