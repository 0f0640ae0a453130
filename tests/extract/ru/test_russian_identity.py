"""One person across languages: a Russian and an English article about the same rector."""

from __future__ import annotations

from pathlib import Path

from kgpart.ingest.folder import ingest_articles
from kgpart.query.bundled import NamedQuery
from kgpart.query.run import run_query
from kgpart.resolve import Resolver
from kgpart.store.graph import KnowledgeGraph

ENGLISH = (
    "DATE: 2025-03-10\n\n"
    "Rector of Harbour University Zhanseit Tuimebayev met the Ambassador of Belgium Jan Peeters "
    "on Monday to discuss academic mobility.\n"
)
RUSSIAN = (
    "DATE: 2025-03-14\n\n"
    "Ректор Карагандинского технического университета Жансеит Туймебаев встретился с послом Венгрии "
    "Золтаном Ковачем. Стороны подписали меморандум о сотрудничестве.\n"
)


def test_a_rector_named_in_english_and_in_russian_is_one_person(tiny_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    report = ingest_articles([tmp_path / "en.txt", tmp_path / "ru.txt"], tiny_dir)
    assert [r.status for r in report.results] == ["added", "added"]
    sparql = (
        "SELECT DISTINCT ?p ?name WHERE { ?p a kgp:Person ; rdfs:label|skos:altLabel ?name . "
        "FILTER(CONTAINS(STR(?name), 'Tuimebayev') || CONTAINS(STR(?name), 'Туймебаев')) }"
    )
    rows = run_query(KnowledgeGraph.open(tiny_dir), NamedQuery("t", sparql), {}).rows
    assert len({row["p"].value for row in rows}) == 1
    assert {row["name"].value for row in rows} >= {"Zhanseit Tuimebayev", "Жансеит Туймебаев"}


def test_spelling_variants_across_scripts_resolve_to_one_person_and_others_stay_apart() -> None:
    resolver = Resolver()
    first = resolver.person("Zhanseit Tuimebaev").entity
    assert resolver.person("Жансеит Туймебаев").entity is first
    assert resolver.person("Zhanseit Tuimebayev").entity is first
    garaev = resolver.person("Ильдар Гараев").entity
    assert resolver.person("Ildar Garayev").entity is garaev
    assert resolver.person("Анна Гараева").entity is not garaev


def test_a_russian_name_mints_a_readable_latin_iri() -> None:
    assert Resolver().person("Жансеит Туймебаев").entity.iri.endswith("/person/zhanseit-tuymebayev")
