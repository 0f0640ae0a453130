"""The on-disk index as a warm query finds it: compacted by its build, trusted without a rebuild."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kgpart.store.graph import KnowledgeGraph
from kgpart.store.index import build
from kgpart.store.index.state import Manifest
from kgpart.synth import synthesize

# Oxigraph's column families: the id-to-string table, nine quad orders, the graph names.
COLUMN_FAMILIES = 11


@pytest.fixture
def synth_dir(tmp_path: Path) -> Path:
    return synthesize(3_000, tmp_path / "graph", seed=7).folder


def test_a_disk_build_is_compacted_before_its_files_are_recorded(
    synth_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Parts of 500 quads: uncompacted, the bulk loader leaves files that overlap (21 at this size).
    monkeypatch.setattr(build, "BULK_QUADS", 500)
    KnowledgeGraph.open(synth_dir, index="disk").close()
    store = synth_dir / ".index" / "store"
    ssts = {p.name: p.stat().st_size for p in store.glob("*.sst")}
    assert 0 < len(ssts) <= COLUMN_FAMILIES
    manifest = Manifest.read(synth_dir / ".index" / "manifest.json")
    assert manifest is not None and manifest.store == ssts  # recorded after the compaction
    with caplog.at_level(logging.WARNING, logger="kgpart"):
        kg = KnowledgeGraph.open(synth_dir, index="disk")
        try:
            assert len(kg) > 3_000
        finally:
            kg.close()
    assert not caplog.records  # trusted as it is: not called corrupt, not rebuilt
    assert {p.name: p.stat().st_size for p in store.glob("*.sst")} == ssts
