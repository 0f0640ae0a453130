"""Russian articles in the graph: ``ingest --lang``, one institution across languages, ``@ru`` labels."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.extract import extract_text
from kgpart.extract.ru.english import english_aliases, english_name
from kgpart.ingest.folder import ingest_articles
from kgpart.query.bundled import NamedQuery
from kgpart.query.run import run_query
from kgpart.store.graph import KnowledgeGraph

ENGLISH = (
    "DATE: 2025-04-02\n\n"
    "Rector of Al-Farabi Kazakh National University Galym Mutanov met the Ambassador of Hungary "
    "Peter Kovacs on Tuesday. The Ministry of Foreign Affairs of Kazakhstan welcomed the meeting.\n"
)
RUSSIAN = (
    "DATE: 2025-04-09\n\n"
    "Делегация Казахского национального университета им. аль-Фараби посетила Будапешт. "
    "Представители Министерства иностранных дел Казахстана встретились с послом Венгрии Петером Ковачем. "
    "Стороны подписали меморандум о сотрудничестве.\n"
)
# Russian with three Kazakh sentences: refused as mixed unless the user says it is Russian
MIXED = (
    "Ректор Евразийского национального университета Ерлан Сыдыков встретился с послом Польши. "
    "Стороны подписали меморандум о сотрудничестве. "
    "Университет және қала әкімдігі арасындағы келісім бойынша жұмыс басталды. "
    "Бұл жоба жастар үшін маңызды болып табылады. "
    "Қазақстан және Польша арасындағы ынтымақтастық туралы айтылды.\n"
)


def _labels(folder: Path, sparql: str) -> list[dict[str, ox.Term]]:
    return run_query(KnowledgeGraph.open(folder), NamedQuery("t", sparql), {}).rows


def test_an_institution_named_in_english_and_in_russian_is_one_entity_with_both_names(
    tiny_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    report = ingest_articles([tmp_path / "en.txt", tmp_path / "ru.txt"], tiny_dir)
    assert [r.status for r in report.results] == ["added", "added"], report.text()
    for english, russian in (
        ("Al-Farabi Kazakh National University", "Казахский национальный университет им. аль-Фараби"),
        ("Ministry of Foreign Affairs of Kazakhstan", "Министерство иностранных дел Казахстана"),
    ):
        rows = _labels(
            tiny_dir,
            "SELECT DISTINCT ?e ?name WHERE { ?e rdfs:label|skos:altLabel ?name . "
            f"FILTER(STR(?name) IN ('{english}', '{russian}')) }}",
        )
        assert len({row["e"].value for row in rows}) == 1, (english, rows)
        names = {row["name"] for row in rows}
        # each name is stored with its language's tag (#13: English ones @en, no longer plain strings)
        assert names == {ox.Literal(english, language="en"), ox.Literal(russian, language="ru")}


def test_an_entity_labelled_in_english_gets_the_russian_article_s_name_as_its_russian_pref_label(
    tiny_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    ingest_articles([tmp_path / "en.txt", tmp_path / "ru.txt"], tiny_dir)
    rows = _labels(
        tiny_dir,
        "SELECT ?label ?ru WHERE { ?e rdfs:label ?label ; skos:prefLabel ?ru . "
        "FILTER(STR(?label) = 'Al-Farabi Kazakh National University') }",
    )
    # the nominative the record names it by, not an inflected form among its altLabels
    assert [(row["label"], row["ru"]) for row in rows] == [
        (
            ox.Literal("Al-Farabi Kazakh National University", language="en"),
            ox.Literal("Казахский национальный университет им. аль-Фараби", language="ru"),
        )
    ]


def test_the_same_institution_read_russian_first_joins_the_english_article(
    tiny_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    ingest_articles([tmp_path / "ru.txt"], tiny_dir)
    ingest_articles([tmp_path / "en.txt"], tiny_dir)
    rows = _labels(
        tiny_dir,
        "SELECT DISTINCT ?e WHERE { ?e rdfs:label|skos:altLabel ?name . "
        "FILTER(STR(?name) IN ('Al-Farabi Kazakh National University', "
        "'Казахский национальный университет им. аль-Фараби')) }",
    )
    assert len(rows) == 1


def test_a_source_records_the_language_it_was_read_in(tiny_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    ingest_articles([tmp_path / "en.txt", tmp_path / "ru.txt"], tiny_dir)
    rows = _labels(
        tiny_dir, "SELECT ?title ?lang WHERE { ?s a kgp:Source ; rdfs:label ?title ; dcterms:language ?lang }"
    )
    # titles come from the text now, not the file names "en"/"ru" (#12 item 6): the Russian one is Cyrillic
    cyrillic = {(any("а" <= c <= "я" for c in row["title"].value.lower()), row["lang"].value) for row in rows}
    assert cyrillic == {(False, "en"), (True, "ru")}
    assert extract_text(RUSSIAN.split("\n\n", 1)[1]).source.language == "ru"
    assert extract_text(ENGLISH.split("\n\n", 1)[1]).source.language == "en"


def test_ingest_lang_reads_a_mixed_article_as_russian_and_auto_refuses_it(
    tiny_dir: Path, tmp_path: Path
) -> None:
    article = tmp_path / "mixed.txt"
    article.write_text(MIXED, encoding="utf-8")
    refused = CliRunner().invoke(cli, ["ingest", str(article), "--graph", str(tiny_dir)])
    assert refused.exit_code == 1
    assert "mixes Russian and Kazakh" in refused.output
    assert not (tiny_dir / "sources").exists() or not list((tiny_dir / "sources").iterdir())
    forced = CliRunner().invoke(cli, ["ingest", str(article), "--graph", str(tiny_dir), "--lang", "ru"])
    assert forced.exit_code == 0, forced.output
    rows = _labels(tiny_dir, "SELECT ?lang WHERE { ?s a kgp:Source ; dcterms:language ?lang }")
    assert [row["lang"].value for row in rows] == ["ru"]


def test_ingest_lang_en_on_a_russian_article_is_refused_in_one_line(tiny_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "ru.txt"
    article.write_text(RUSSIAN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(article), "--graph", str(tiny_dir), "--lang", "en"])
    assert result.exit_code == 1
    assert "no recognisable organisation or person" in result.output


def test_english_names_of_russian_institution_names() -> None:
    cases = {
        "Казахский национальный университет им. аль-Фараби": "Al-Farabi Kazakh National University",
        "Евразийский национальный университет им. Л.Н. Гумилева": "L.N. Gumilyov Eurasian National University",
        "Ташкентский государственный педагогический университет им. Низами": (
            "Nizami Tashkent State Pedagogical University"
        ),
        "Национальный университет Узбекистана": "National University of Uzbekistan",
        "Омский государственный технический университет": "Omsk State Technical University",
        "Казанский федеральный университет": "Kazan Federal University",
        "Азербайджанский технический университет": "Azerbaijan Technical University",
        "Посольство Казахстана в Бельгии": "Embassy of Kazakhstan in Belgium",
        "Посольство Республики Казахстан в Королевстве Бельгия": (
            "Embassy of the Republic of Kazakhstan in the Kingdom of Belgium"
        ),
        "Генеральное консульство Узбекистана в Казани": "Consulate General of Uzbekistan in Kazan",
        "Министерство иностранных дел Казахстана": "Ministry of Foreign Affairs of Kazakhstan",
        "Министерство науки и высшего образования РФ": "Ministry of Science and Higher Education of Russia",
        "Министерство просвещения Российской Федерации": "Ministry of Education of the Russian Federation",
        "Российский центр науки и культуры в Ташкенте": "Russian Centre of Science and Culture in Tashkent",
    }
    assert {ru: english_name(ru) for ru in cases} == cases


def test_a_name_with_a_word_the_lexicon_lacks_gets_no_half_translated_english_name() -> None:
    assert english_name("Университет дружбы народов") is None
    assert english_name("КазНУ") is None
    # a name inside the name is not translated word by word ("Branch of Kazakh of National University")
    assert english_name("Филиал Казахского национального университета") is None
    assert english_aliases(["КазНУ им. аль-Фараби"]) == ["KazNU"]


def test_a_russian_record_gives_its_institutions_english_aliases() -> None:
    rec = extract_text(RUSSIAN.split("\n\n", 1)[1])
    by_name = {o.name: o for o in rec.organizations}
    assert (
        "Al-Farabi Kazakh National University"
        in by_name["Казахский национальный университет им. аль-Фараби"].aliases
    )
    assert by_name["Министерство иностранных дел Казахстана"].country == "Kazakhstan"


def test_posts_read_in_russian_have_their_class(tiny_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "ru.txt").write_text(
        "DATE: 2025-04-09\n\nРектор Евразийского национального университета Ерлан Сыдыков и проректор "
        "Евразийского национального университета Анна Берг встретились с послом Венгрии Петером Ковачем.\n",
        encoding="utf-8",
    )
    ingest_articles([tmp_path / "ru.txt"], tiny_dir)
    rows = _labels(
        tiny_dir, "SELECT ?label ?cls WHERE { ?post kgp:postIn ?org ; rdfs:label ?label ; a ?cls }"
    )
    classes = {(row["label"].value, row["cls"].value.rsplit("#", 1)[1]) for row in rows}
    assert {("ректор", "Rector"), ("проректор", "ViceRector"), ("посол", "Ambassador")} <= classes
