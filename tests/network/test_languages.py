"""Entity names in one language: ``kgpart viz --lang ru|en`` on a graph of an English and a Russian article."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.ingest.folder import ingest_articles
from kgpart.network.languages import names_in
from kgpart.store.graph import KnowledgeGraph

ENGLISH = (
    "DATE: 2025-04-02\n\n"
    "Rector of Al-Farabi Kazakh National University Galym Mutanov met the Ambassador of Hungary "
    "Peter Kovacs on Tuesday. The Ministry of Foreign Affairs of Kazakhstan welcomed the meeting.\n"
)
RUSSIAN = (
    "DATE: 2025-04-09\n\n"
    "Делегация Казахского национального университета им. аль-Фараби посетила Будапешт. "
    "Ректор Евразийского национального университета Ерлан Сыдыков встретился с послом Венгрии Петером Ковачем. "
    "Стороны подписали меморандум о сотрудничестве.\n"
)
KAZNU_EN, KAZNU_RU = (
    "Al-Farabi Kazakh National University",
    "Казахский национальный университет им. аль-Фараби",
)
ENU_RU, ENU_EN = "Евразийский национальный университет", "Eurasian National University"


@pytest.fixture
def bilingual(tiny_dir: Path, tmp_path: Path) -> Path:
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    report = ingest_articles([tmp_path / "en.txt", tmp_path / "ru.txt"], tiny_dir)
    assert not report.failed, report.text()
    return tiny_dir


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.by_id: dict[str, str] = {}
        self._id: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._id = dict(attrs).get("id") if tag == "script" else None

    def handle_data(self, data: str) -> None:
        if self._id:
            self.by_id[self._id] = self.by_id.get(self._id, "") + data


def node_labels(page: Path) -> set[str]:
    scripts = _Scripts()
    scripts.feed(page.read_text(encoding="utf-8"))
    return {node["label"] for node in json.loads(scripts.by_id["kgpart-nodes"])}


def viz(graph: Path, page: Path, *options: str) -> set[str]:
    result = CliRunner().invoke(
        cli, ["viz", "--graph", str(graph), "-o", str(page), *options], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return node_labels(page)


def test_viz_lang_ru_shows_russian_names_where_an_entity_has_one(bilingual: Path, tmp_path: Path) -> None:
    stored = viz(bilingual, tmp_path / "page.html")
    russian = viz(bilingual, tmp_path / "ru.html", "--lang", "ru")
    # named in English first: its English label by default, the Russian article's nominative name in Russian
    assert KAZNU_EN in stored and KAZNU_EN not in russian and KAZNU_RU in russian
    # an entity of the English article only keeps its English name; one named only in Russian stays Russian
    assert "Ministry of Foreign Affairs of Kazakhstan" in russian
    assert ENU_RU in russian
    assert not any(label.startswith("Казахского") for label in russian)  # no inflected form


def test_viz_lang_en_shows_english_names_where_an_entity_has_one(bilingual: Path, tmp_path: Path) -> None:
    english = viz(bilingual, tmp_path / "en.html", "--lang", "en")
    assert KAZNU_EN in english and KAZNU_RU not in english
    assert ENU_EN in english and ENU_RU not in english  # its English name from the bilingual lexicon


def test_names_in_a_language_are_chosen_from_labels_pref_labels_and_alt_labels(bilingual: Path) -> None:
    kg = KnowledgeGraph.open(bilingual)
    russian, english = names_in(kg, "ru"), names_in(kg, "en")
    assert KAZNU_RU in russian.values() and KAZNU_EN in english.values()
    assert all(any("а" <= c <= "я" for c in name.lower()) for name in russian.values())


def test_viz_lang_refuses_a_language_it_does_not_know(bilingual: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["viz", "--graph", str(bilingual), "-o", str(tmp_path / "x.html"), "--lang", "kk"]
    )
    assert result.exit_code == 2 and "'kk' is not one of 'en', 'ru'" in result.output


def test_the_one_russian_alias_of_an_entity_is_its_russian_name_but_not_one_of_several(
    tmp_path: Path,
) -> None:
    trig = tmp_path / "names.trig"
    trig.write_text(
        "@prefix kgp: <https://w3id.org/kgpart/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://w3id.org/kgpart/id/graph/t> {\n"
        '  <https://w3id.org/kgpart/id/country/hu> a kgp:Country ; rdfs:label "Hungary" ;\n'
        '    skos:altLabel "Венгрия"@ru, "Magyarország" .\n'
        '  <https://w3id.org/kgpart/id/org/u> a kgp:University ; rdfs:label "Omsk State University"@en ;\n'
        '    skos:altLabel "Омский государственный университет"@ru, "Омского государственного университета"@ru .\n'
        "}\n",
        encoding="utf-8",
    )
    russian = names_in(KnowledgeGraph.from_files([trig]), "ru")
    assert russian == {"https://w3id.org/kgpart/id/country/hu": "Венгрия"}
