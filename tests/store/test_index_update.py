"""Updating the on-disk index in place after a write (``update_index``), and reading it meanwhile."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgpart.store.folder import graph_files
from kgpart.store.graph import KnowledgeGraph
from kgpart.store.index.build import update_index
from kgpart.store.index.state import Manifest
from kgpart.synth import synthesize


@pytest.fixture
def indexed(tmp_path: Path) -> Path:
    """A synthetic graph with its on-disk index built."""
    folder = synthesize(3_000, tmp_path / "graph", seed=7).folder
    KnowledgeGraph.open(folder, index="disk").close()
    return folder


def quads(folder: Path, mode: str = "disk") -> set[ox.Quad]:
    kg = KnowledgeGraph.open(folder, index=mode)  # type: ignore[arg-type]
    try:
        return set(kg.quads(include_vocabulary=True))
    finally:
        kg.close()


def from_files(folder: Path) -> set[ox.Quad]:
    return set(KnowledgeGraph.from_files(graph_files(folder)).quads(include_vocabulary=True))


def sst_files(folder: Path) -> set[str]:
    return {p.name for p in (folder / ".index" / "store").glob("*.sst")}


def edit_sources(folder: Path) -> None:
    """A changed source, a removed one and a new one (a copy of another under a new graph name)."""
    first, second, third = sorted((folder / "sources").glob("*.trig"))[:3]
    first.write_text(
        first.read_text().replace("kgp:Active", "kgp:Proposed").replace("kgp:Agreed", "kgp:Proposed")
    )
    second.unlink()
    name = third.stem
    (folder / "sources" / "new.trig").write_text(
        third.read_text().replace(f"graph:{name}", "graph:new-source")
    )


def test_an_update_in_place_gives_the_store_a_rebuild_gives(indexed: Path, tmp_path: Path) -> None:
    marker = indexed / ".index" / "store" / "marker"  # a rebuild starts from an empty folder
    marker.write_text("still here after an update in place")
    edit_sources(indexed)
    assert update_index(indexed)
    assert marker.exists()
    manifest = Manifest.read(indexed / ".index" / "manifest.json")
    assert manifest is not None and manifest.state == "clean"
    updated = quads(indexed)
    assert sst_files(indexed) == set(manifest.store or {})  # opened as it is: no update at the open
    rebuilt = shutil.copytree(indexed, tmp_path / "rebuilt", ignore=shutil.ignore_patterns(".index"))
    assert updated == quads(rebuilt) == from_files(indexed)


def test_nothing_to_update_without_an_on_disk_index(tmp_path: Path) -> None:
    folder = synthesize(3_000, tmp_path / "graph", seed=7).folder
    assert not update_index(folder)
    KnowledgeGraph.open(folder, index="memory")
    edit_sources(folder)
    assert not update_index(folder)  # a snapshot is updated by the next open, which reads it whole
    assert quads(folder, "memory") == from_files(folder)


def test_a_file_changed_after_the_update_is_still_found(indexed: Path) -> None:
    # An editor or a `git checkout` writes a file without kgpart: same size, another time.
    edit_sources(indexed)
    assert update_index(indexed)
    target = sorted((indexed / "sources").glob("*.trig"))[5]
    text = target.read_text()
    assert "kgp:Active" in text
    target.write_text(text.replace("kgp:Active", "kgp:Agreed"))  # the same number of bytes
    assert quads(indexed) == from_files(indexed)


def test_the_index_is_read_while_a_writer_holds_the_graph(indexed: Path) -> None:
    # An ingest holds the graph's lock while it writes; queries read the index meanwhile.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from kgpart.store.files import graph_lock\n"
            "with graph_lock(Path(sys.argv[1])):\n"
            "    print('held', flush=True)\n"
            "    time.sleep(60)\n",
            str(indexed),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        env = {**os.environ, "KGPART_INDEX": "disk", "KGPART_INDEX_WAIT": "1"}
        done = subprocess.run(
            [str(Path(sys.executable).parent / "kgpart"), "query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
             "--graph", str(indexed), "--format", "csv"],
            env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0 and done.stderr == "", done.stderr
        assert int(done.stdout.split()[1]) > 3_000
    finally:
        holder.kill()
        holder.communicate()  # waits, and closes its pipe


def test_an_update_waits_for_no_reader(indexed: Path) -> None:
    # A reader holds the index open: the update does not wait for it, and the next open updates.
    reader = KnowledgeGraph.open(indexed, index="disk")
    try:
        edit_sources(indexed)
        assert not update_index(indexed)
    finally:
        reader.close()
    assert quads(indexed) == from_files(indexed)


def fresh(folder: Path) -> bool:
    """Whether the index's manifest records every graph file as it is now (no update pending)."""
    from kgpart.store.folder import graph_file_stats

    manifest = Manifest.read(folder / ".index" / "manifest.json")
    assert manifest is not None
    recorded = {rel: (r["size"], r["mtime_ns"]) for rel, r in manifest.files.items()}
    return recorded == graph_file_stats(folder)


def test_ingest_and_retract_leave_the_index_up_to_date(indexed: Path) -> None:
    from kgpart.ingest.folder import ingest_articles, retract

    article = Path(__file__).parent.parent / "data" / "articles" / "ambassador_meeting.txt"
    report = ingest_articles([article], indexed)
    assert [r.status for r in report.results] == ["added"] and fresh(indexed)
    assert quads(indexed) == from_files(indexed)
    retract(report.results[0].slug, indexed)
    assert fresh(indexed) and quads(indexed) == from_files(indexed)


def test_entity_commands_leave_the_index_up_to_date(indexed: Path) -> None:
    from kgpart.curation.acts import alias_entity
    from kgpart.curation.undo import undo_last

    kg = KnowledgeGraph.open(indexed)
    try:
        hub = kg.select("SELECT ?u { ?u a kgp:University } ORDER BY ?u LIMIT 1")[0]["u"].value
    finally:
        kg.close()
    alias_entity(indexed, hub, "An Alias Of The Hub")
    assert fresh(indexed) and quads(indexed) == from_files(indexed)
    undo_last(indexed)
    assert fresh(indexed) and quads(indexed) == from_files(indexed)


def test_links_between_sources_facts_follow_an_update_in_place(indexed: Path) -> None:
    """A copy of a source with programmes links each to the original (rules/same_fact.ru, bound
    to the facts involved); removing the original drops those links again."""
    original = next(
        p for p in sorted((indexed / "sources").glob("*.trig")) if "kgp:Programme" in p.read_text()
    )

    def links(quads: set[ox.Quad]) -> int:
        return sum(1 for q in quads if q.predicate.value.endswith("#sameFactAs"))

    before = links(quads(indexed))
    copy = original.read_text().replace(original.stem, "copy")  # its facts too: a second report
    (indexed / "sources" / "copy.trig").write_text(copy)
    assert update_index(indexed) and quads(indexed) == from_files(indexed)
    assert links(quads(indexed)) > before
    original.unlink()
    assert update_index(indexed) and quads(indexed) == from_files(indexed)
