"""The public API: every exported name resolves, and importing submodules never shadows it."""

from __future__ import annotations

import subprocess
import sys

import kgpart


def test_every_public_name_resolves() -> None:
    for name in kgpart.__all__:
        assert getattr(kgpart, name) is not None, name


def test_public_names_survive_submodule_imports() -> None:
    import kgpart.ingest.folder
    import kgpart.network.projection
    import kgpart.render.build
    import kgpart.validate.graph

    assert (
        callable(kgpart.validate_graph)
        and callable(kgpart.ingest_articles)
        and callable(kgpart.build_outputs)
        and callable(kgpart.network_projection)
    )
    kg = kgpart.KnowledgeGraph.open()
    assert kgpart.validate_graph(kg).conforms


def test_type_checkers_see_the_names_the_lazy_loader_gives() -> None:
    """The imports under ``if TYPE_CHECKING:`` name the same module for every public name as _API."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(kgpart))
    (block,) = [n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING"]
    seen = {
        alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.asname == alias.name  # re-exported
    }
    assert seen == {name: f"kgpart.{module}" for name, module in kgpart._API.items()}
    assert all(getattr(kgpart, name).__module__.startswith(seen[name]) for name in kgpart.__all__)


def test_importing_kgpart_stays_light() -> None:
    code = "import sys, kgpart; print(sorted(m for m in ('rdflib', 'pyoxigraph', 'pyshacl', 'networkx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_no_public_name_is_also_a_submodule() -> None:
    import pkgutil

    modules = {m.name for m in pkgutil.iter_modules(kgpart.__path__)}
    assert not modules & set(kgpart.__all__)
