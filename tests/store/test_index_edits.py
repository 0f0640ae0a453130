"""Entity edits update the on-disk index by the diff of the files they rewrite (``apply_edits``):
the index after each edit, and after each undo, holds what a rebuild from the files holds."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgpart.curation.acts import alias_entity, delete_entity, merge_entities, rename_entity, set_entity
from kgpart.curation.files import serialize_file
from kgpart.curation.undo import undo_last
from kgpart.store.derive import derivation_rules
from kgpart.store.folder import graph_file_stats, graph_files
from kgpart.store.graph import KnowledgeGraph, parse_file
from kgpart.store.index.build import full_build
from kgpart.store.index.rederive import SUBJECT_KEYED, FileEdit, apply_edits
from kgpart.store.index.state import Manifest, changed_files, vocabulary_signature
from kgpart.synth import synthesize

INST = "https://w3id.org/kgpart/id/org/"
PERSON = "https://w3id.org/kgpart/id/person/"
KGP = "https://w3id.org/kgpart/ontology#"


@pytest.fixture
def indexed(tmp_path: Path) -> Path:
    """A synthetic graph (no blank nodes, posts in the reference graph) with its on-disk index."""
    folder = synthesize(3_000, tmp_path / "graph", seed=7).folder
    KnowledgeGraph.open(folder, index="disk").close()
    return folder


def quads(folder: Path) -> set[ox.Quad]:
    kg = KnowledgeGraph.open(folder, index="disk")
    try:
        return set(kg.quads(include_vocabulary=True))
    finally:
        kg.close()


def fresh(folder: Path) -> bool:
    """Whether the index's manifest records every graph file as it is now (no update pending)."""
    manifest = Manifest.read(folder / ".index" / "manifest.json")
    assert manifest is not None and manifest.state == "clean"
    recorded = {rel: (r["size"], r["mtime_ns"]) for rel, r in manifest.files.items()}
    return recorded == graph_file_stats(folder)


def assert_as_rebuilt(folder: Path, scratch: Path) -> None:
    """The index, left up to date by the edit, holds the quads of an index built afresh."""
    assert fresh(folder)
    updated = quads(folder)
    shutil.rmtree(scratch, ignore_errors=True)
    copy = shutil.copytree(folder, scratch, ignore=shutil.ignore_patterns(".index"))
    rebuilt = quads(copy)
    assert updated - rebuilt == set() and rebuilt - updated == set()


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in graph_files(folder)}


def test_entity_edits_and_their_undo_leave_the_index_a_rebuild_gives(indexed: Path, tmp_path: Path) -> None:
    original = files(indexed)
    # A twin without an index: its acts read every file, where the indexed one reads only the
    # files its manifest says hold the graphs that name the entities; both must write the same.
    twin = shutil.copytree(indexed, tmp_path / "twin", ignore=shutil.ignore_patterns(".index"))
    beba, bebe = INST + "university-of-beba", INST + "university-of-bebe"
    before = quads(indexed)
    in_kazakhstan = ox.Quad(  # the edge set_entity(country="KZ") adds below
        ox.NamedNode(beba),
        ox.NamedNode(KGP + "locatedIn"),
        ox.NamedNode("https://w3id.org/kgpart/id/country/KZ"),
        ox.NamedNode("https://w3id.org/kgpart/id/graph/reference"),
    )
    assert in_kazakhstan not in before
    meets_before = {q for q in before if q.predicate.value == KGP + "meets"}
    acts: list[Callable[[Path], object]] = [
        lambda g: alias_entity(g, beba, "A Test Alias Of Beba"),  # no rule reads aliases
        lambda g: rename_entity(g, beba, "Beba State University"),
        lambda g: set_entity(g, beba, country="KZ"),  # its locatedIn edge changes
        lambda g: set_entity(g, INST + "university-of-beba-0", type="Centre"),
        lambda g: merge_entities(g, beba, bebe),  # facts of many sources, posts: meets edges
        lambda g: delete_entity(g, PERSON + "marat-fope", with_facts=True),  # a post holder
    ]
    for n, act in enumerate(acts):
        act(indexed)
        act(twin)
        assert files(indexed) == files(twin) != original
        assert_as_rebuilt(indexed, tmp_path / f"rebuilt-{n}")
    after = quads(indexed)
    assert in_kazakhstan in after
    assert {q for q in after if q.predicate.value == KGP + "meets"} != meets_before
    for n in range(len(acts)):
        undo_last(indexed)
        assert_as_rebuilt(indexed, tmp_path / f"undone-{n}")
    assert files(indexed) == original
    assert quads(indexed) == before


def test_a_known_edit_is_applied_as_a_diff_only_when_it_holds(tmp_path: Path) -> None:
    folder = synthesize(3_000, tmp_path / "graph", seed=7).folder
    store = ox.Store()
    manifest = full_build(store, folder, graph_files(folder), vocabulary_signature())
    untouched = set(store)
    reference = folder / "reference.trig"
    old_bytes, old = reference.read_bytes(), parse_file(reference)
    beba = ox.NamedNode(INST + "university-of-beba")
    country = ox.NamedNode(KGP + "country")
    removed = [q for q in old if q.subject == beba and q.predicate == country]
    graph = removed[0].graph_name
    added = [
        ox.Quad(beba, country, ox.NamedNode("https://w3id.org/kgpart/id/country/CC"), graph),
        ox.Quad(
            beba, ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"), ox.Literal("Beba U."), graph
        ),
    ]
    new_bytes = serialize_file(reference, [q for q in old if q not in removed] + added)
    reference.write_bytes(new_bytes)
    changed, gone = changed_files(folder, graph_files(folder), manifest)
    assert changed == ["reference.trig"] and gone == []

    # what the index was not built from, or not what the file now holds: the store untouched
    for wrong in (
        FileEdit.of(b"another file", new_bytes, added, removed),
        FileEdit.of(old_bytes, b"another file", added, removed),
        FileEdit.of(old_bytes, new_bytes, [*added, ox.Quad(beba, country, ox.BlankNode(), graph)], removed),
    ):
        assert not apply_edits(store, folder, manifest, changed, {"reference.trig": wrong})
        assert set(store) == untouched
    assert not apply_edits(store, folder, manifest, [], {})

    edit = FileEdit.of(old_bytes, new_bytes, added, removed)
    assert apply_edits(store, folder, manifest, changed, {"reference.trig": edit})
    rebuilt = ox.Store()
    expected = full_build(rebuilt, folder, graph_files(folder), vocabulary_signature())
    assert set(store) == set(rebuilt) != untouched
    assert manifest.files == expected.files


def test_a_subject_keyed_rule_reads_only_statements_of_the_subject_it_writes() -> None:
    """``apply_edits`` derives a SUBJECT_KEYED rule again only for the subjects of the quads that
    changed: every pattern of the rule, and the edge it inserts, must be about that one subject,
    in the one graph the edge goes into."""
    for name, var in SUBJECT_KEYED.items():
        text = "\n".join(line.split("#")[0] for line in derivation_rules()[name].splitlines())
        blocks = re.findall(r"GRAPH\s+\?(\w+)\s*\{([^{}]*)\}", text)
        assert blocks and text.count("{") == text.count("}")
        for graph, body in blocks:
            assert graph == "g", (name, body)
            for triple in re.split(r"\s\.\s", f" {body} "):
                if triple.strip():
                    assert triple.strip().startswith(f"?{var} "), (name, triple)
        outside = re.sub(r"GRAPH\s+\?\w+\s*\{[^{}]*\}", "", text)
        assert "kgp:" not in outside and "?" + var not in outside.replace("INSERT", ""), (name, outside)
