"""The batch gazetteer's index (kgpart.ingest.name_index): it finds exactly the entities a walk
of every name finds, in the same order, and an ingest through it writes what a walk writes."""

from __future__ import annotations

import multiprocessing
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kgpart.ingest.folder as folder
import kgpart.ingest.jobs as jobs_module
import kgpart.ingest.name_index as name_index
from kgpart.extract.record import KnownEntity
from kgpart.ingest.folder import ingest_articles
from kgpart.ingest.name_index import NameIndex, named_in
from kgpart.store.folder import init_graph_dir

PEOPLE = ["Aigerim Sadykova", "Lars Holm", "Mei Tanaka", "Omar Haddad", "Ines Duarte", "Timur Bekov"]
UNIVERSITIES = [
    ("Fjordheim University", "FJU"),
    ("Steppe Technical University", "STU"),
    ("Tagus Polytechnic Institute", "TPI"),
    ("Altai State Academy", "ASA"),
    ("Lakeside College of Music", "LCM"),
]


def batch_of(count: int, seed: int) -> list[str]:
    """Articles of a few sentences whose names come from small pools, so that later articles
    name the entities earlier ones added; an organisation named by its acronym alone (its name
    not written in that article) is found only through the gazetteer."""
    rng = random.Random(seed)
    texts = []
    for i in range(count):
        (host, acronym), (guest, _), (_, third) = rng.sample(UNIVERSITIES, 3)
        envoy, rector = rng.sample(PEOPLE, 2)
        texts.append(
            f"URL: https://news.example.org/index/{i}\nDATE: 2025-03-{1 + i % 27:02d}\n\n"
            f"Ambassador of Kazakhstan to Norway {envoy} met the Rector of {host} ({acronym}), "
            f"{rector}. {host} cooperates with {guest} in hydrology.\n\n"
            f"{rng.choice(PEOPLE)} said the talks went well. {third} will host a summer school.\n\n"
            f"Currently, {5 + i} students from Kazakhstan are studying at {host}.\n"
        )
    return texts


# few letters, so that names and texts share pieces often: the index must still tell them apart
LETTERS = "abAB cé-Ж."
names = st.text(alphabet=LETTERS, min_size=0, max_size=7)
entities = st.builds(KnownEntity, names, st.lists(names, max_size=3).map(tuple), st.none(), st.none())


@settings(max_examples=300, deadline=None)
@given(st.lists(entities, max_size=400), st.text(alphabet=LETTERS, max_size=200))
def test_the_index_finds_what_a_walk_of_every_name_finds_in_its_order(
    known: list[KnownEntity], text: str
) -> None:
    index = NameIndex(walk_up_to=0)  # never the walk
    for n, entity in enumerate(known):  # grown one entity at a time, as a batch grows it
        index.append(entity)
        if n % 97 == 0:
            assert index.named_in(text) == named_in(known[: n + 1], text)
    assert index.named_in(text) == named_in(known, text)
    assert list(index) == known and len(index) == len(known)
    assert index[len(known) // 2 :] == known[len(known) // 2 :]


def test_names_of_one_character_are_never_looked_for() -> None:
    """The extractor skips them (a letter is in every text); so does the index."""
    known = [KnownEntity("A", ("x",)), *(KnownEntity(f"Name {i:04d}") for i in range(200))]
    assert NameIndex(known, walk_up_to=0).named_in("A text with x in it and Name 0007.") == [known[8]]


def test_short_names_and_names_that_share_a_start_are_each_found() -> None:
    known = [KnownEntity(f"Steppe University {i}") for i in range(300)]
    known += [KnownEntity("Steppe Institute", ("SI",)), KnownEntity("Other", ("MSU",))]
    index = NameIndex(known, walk_up_to=0)
    text = "Steppe Institute and MSU signed, with Steppe University 12 and Steppe University 1."
    assert index.named_in(text) == named_in(known, text)
    assert [e.name for e in index.named_in(text)] == [
        "Steppe University 1",
        "Steppe University 12",
        "Steppe Institute",
        "Other",
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_ingest_through_the_index_writes_what_a_walk_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """Workers forked from this process, so that they see the index's threshold set here."""
    monkeypatch.setattr(folder, "now", lambda: "2026-01-02T03:04:05+00:00")
    monkeypatch.setattr(jobs_module, "_context", lambda: multiprocessing.get_context("fork"))
    articles = []
    (tmp_path / "articles").mkdir()
    for i, text in enumerate(batch_of(40, seed=jobs)):
        path = tmp_path / "articles" / f"a{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        articles.append(path)
    written = {}
    for mode, walk_up_to in (("walk", 10**9), ("index", 0), ("nothing known", 0)):
        monkeypatch.setattr(name_index, "WALK_UP_TO", walk_up_to)
        if mode == "nothing known":  # the batch must need its gazetteer, or this test says nothing
            monkeypatch.setattr(NameIndex, "named_in", lambda self, text: [])
        graph_dir = tmp_path / mode
        init_graph_dir(graph_dir)
        report = ingest_articles(articles, graph_dir, jobs=jobs)
        assert len([r for r in report.results if r.status == "added"]) == 40, report.text()
        written[mode] = {str(p.relative_to(graph_dir)): p.read_bytes() for p in graph_dir.rglob("*.trig")}
    assert written["index"] == written["walk"]
    assert written["nothing known"] != written["walk"]
