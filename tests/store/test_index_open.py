"""The on-disk index as a warm query finds it: compacted by its build, trusted without a rebuild."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from pathlib import Path

import pytest

from kgpart.errors import KgpartError
from kgpart.query.bundled import get_query
from kgpart.query.run import run_query
from kgpart.store.folder import graph_file_names, graph_file_stats, graph_files
from kgpart.store.graph import KnowledgeGraph
from kgpart.store.index import build
from kgpart.store.index.build import update_index
from kgpart.store.index.state import Manifest, listing_digest, read_summary
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


def test_the_listing_keeps_its_order_and_what_it_passes_over(tmp_path: Path) -> None:
    graph = tmp_path / "graph"
    for rel in [
        "a/x.trig",
        "a-b/y.trig",
        "a.trig",
        "b.nq",
        "c.txt",
        "x.trig/z.ttl",
        ".hidden/w.trig",
        "a/.tmp.trig",
    ]:
        (graph / rel).parent.mkdir(parents=True, exist_ok=True)
        (graph / rel).write_text("")
    (graph / "link").symlink_to(graph / "a", target_is_directory=True)
    (graph / "a-b" / "y.trig").write_text("# seventeen bytes")
    # The order of the paths' parts ("a" before "a-b" before "a.trig"), not of the joined strings.
    order = ["a/x.trig", "a-b/y.trig", "a.trig", "b.nq", "link/x.trig", "x.trig", "x.trig/z.ttl"]
    stats = graph_file_stats(graph)
    assert list(stats) == order
    assert [p.relative_to(graph).as_posix() for p in graph_files(graph)] == order
    assert graph_file_names(graph) == [os.path.join(graph, *rel.split("/")) for rel in order]
    assert stats["a-b/y.trig"][0] == 17
    st = os.stat(graph / "a" / "x.trig")
    assert stats["link/x.trig"] == (st.st_size, st.st_mtime_ns)  # the file the link leads to


def labels(folder: Path) -> set[str]:
    kg = KnowledgeGraph.open(folder, index="disk")
    try:
        return {row["l"].value for row in kg.select("SELECT ?l { ?x rdfs:label ?l }")}
    finally:
        kg.close()


def summary_path(folder: Path) -> Path:
    return folder / ".index" / "fresh.json"


def test_a_warm_open_trusts_the_summary_of_the_manifest_it_was_written_with(synth_dir: Path) -> None:
    before = labels(synth_dir)
    summary = read_summary(synth_dir / ".index" / "manifest.json")
    assert summary is not None and summary["state"] == "clean" and not summary["graph_in_two_files"]
    assert summary["listing"] == listing_digest(graph_file_stats(synth_dir))
    assert labels(synth_dir) == before
    # A manifest written again (another inode, as every write renames a new file into place)
    # is not the one the summary sums up: read, and summed up again by the reader.
    manifest = synth_dir / ".index" / "manifest.json"
    shutil.copy(manifest, manifest.with_suffix(".new"))
    os.replace(manifest.with_suffix(".new"), manifest)
    assert read_summary(manifest) is None
    assert labels(synth_dir) == before
    assert read_summary(manifest) is not None


def test_a_file_edited_in_place_is_seen_past_the_summary(synth_dir: Path) -> None:
    assert "Harbour Polytechnic of Testing" not in labels(synth_dir)
    target = sorted((synth_dir / "sources").glob("*.trig"))[2]
    text = target.read_bytes()
    label = re.search(rb'rdfs:label "([^"]{12,})"', text)
    assert label is not None
    new = b"Harbour Polytechnic of Testing"[: len(label.group(1))].ljust(len(label.group(1)), b"X")
    size_before = target.stat().st_size
    with open(target, "r+b") as handle:  # the same inode, the same size, the folder untouched
        handle.seek(label.start(1))
        handle.write(new)
    assert target.stat().st_size == size_before
    assert new.decode() in labels(synth_dir)


@pytest.mark.parametrize("junk", [b"", b"not json", b"[]", b'{"version": 1}'])
def test_a_damaged_summary_is_passed_over_quietly_and_written_again(
    synth_dir: Path, junk: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    before = labels(synth_dir)
    summary_path(synth_dir).write_bytes(junk)
    with caplog.at_level(logging.WARNING, logger="kgpart"):
        assert labels(synth_dir) == before
    assert not caplog.records
    assert read_summary(synth_dir / ".index" / "manifest.json") is not None


def test_a_summary_of_other_files_is_not_trusted(synth_dir: Path) -> None:
    labels(synth_dir)
    doc = json.loads(summary_path(synth_dir).read_bytes())
    doc["listing"] = listing_digest({"sources/other.trig": (1, 1)})
    summary_path(synth_dir).write_text(json.dumps(doc))
    target = sorted((synth_dir / "sources").glob("*.trig"))[0]
    target.write_text(target.read_text().replace("rdfs:label", 'rdfs:label "Quay Institute of Checks", ', 1))
    assert "Quay Institute of Checks" in labels(synth_dir)


def test_a_second_file_holding_a_graph_is_refused_on_a_warm_open(synth_dir: Path) -> None:
    labels(synth_dir)
    source = sorted((synth_dir / "sources").glob("*.trig"))[0]
    shutil.copy(source, synth_dir / "copy.trig")
    for _ in range(2):  # the open that updates the index, then a warm one
        with pytest.raises(KgpartError, match="is in two files"):
            KnowledgeGraph.open(synth_dir, index="disk")
    summary = read_summary(synth_dir / ".index" / "manifest.json")
    assert summary is not None and summary["graph_in_two_files"]


def test_partners_of_lists_its_rows_in_one_order_in_memory_and_on_disk(tmp_path: Path) -> None:
    # The two stores walk ties of the partner's name in different orders: the query breaks them.
    folder = synthesize(20_000, tmp_path / "graph", seed=3).folder
    memory, disk = KnowledgeGraph.open(folder, index="memory"), KnowledgeGraph.open(folder, index="disk")
    try:
        query = get_query("partners_of")
        orgs = [row["u"].value for row in memory.select("SELECT DISTINCT ?u { ?u a kgp:University }")]
        assert len(orgs) > 50
        for org in orgs:
            assert run_query(memory, query, {"org": org}).rows == run_query(disk, query, {"org": org}).rows
    finally:
        disk.close()


def test_a_writers_update_leaves_a_summary_of_the_files_as_they_are(synth_dir: Path) -> None:
    labels(synth_dir)
    target = sorted((synth_dir / "sources").glob("*.trig"))[1]
    target.write_text(target.read_text().replace("rdfs:label", 'rdfs:label "Pier College of Proofs", ', 1))
    assert update_index(synth_dir)
    summary = read_summary(synth_dir / ".index" / "manifest.json")
    assert summary is not None and summary["listing"] == listing_digest(graph_file_stats(synth_dir))
    assert "Pier College of Proofs" in labels(synth_dir)
