"""Validation keeps rdflib's per-literal tracebacks out of the way without touching global logging."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import validate_graph

TINY = Path(__file__).parent.parent / "data" / "tiny.trig"


def test_importing_the_validator_leaves_logging_alone() -> None:
    code = (
        "import logging; logging.getLogger('rdflib.term').setLevel(logging.DEBUG); "
        "import kgpart.validate.graph, kgpart.validate.source; "
        "print(logging.getLogger('rdflib.term').level)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == str(logging.DEBUG)


def test_ill_typed_literals_are_violations_not_log_noise(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "g"
    folder.mkdir()
    tiny = TINY.read_text(encoding="utf-8")
    (folder / "tiny.trig").write_text(tiny.replace('"2025-05-12"^^xsd:date', '"2025-13-45"^^xsd:date'))
    logger = logging.getLogger("rdflib.term")
    monkeypatch.setattr(logger, "level", logging.INFO)
    with caplog.at_level(logging.WARNING):
        report = validate_graph(KnowledgeGraph.open(folder))
    assert not report.conforms and "must be one xsd:date" in report.text()
    assert [r for r in caplog.records if r.name == "rdflib.term"] == []
    assert logger.level == logging.INFO
