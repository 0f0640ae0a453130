"""Shared fixtures: the shipped graph, the tiny invented graph, and a CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.locations import shipped_graph_dir
from kgpart.store import KnowledgeGraph

DATA = Path(__file__).parent / "data"
TINY = DATA / "tiny.trig"


@pytest.fixture(scope="session")
def shipped() -> KnowledgeGraph:
    """The curated graph of the two founding articles, as users get it."""
    return KnowledgeGraph.open(shipped_graph_dir())


@pytest.fixture(scope="session")
def tiny() -> KnowledgeGraph:
    """A small invented graph: two universities, an embassy, three people, one meeting."""
    return KnowledgeGraph.from_files([TINY])


@pytest.fixture
def tiny_dir(tmp_path: Path) -> Path:
    """A graph folder on disk holding the tiny graph, free to break."""
    folder = tmp_path / "graph"
    folder.mkdir()
    shutil.copy(TINY, folder / "tiny.trig")
    return folder


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
