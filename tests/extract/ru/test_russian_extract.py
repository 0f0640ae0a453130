"""Russian extraction: each construction of the genre on our own sentences, with variants."""

from __future__ import annotations

import datetime as dt

import pytest

from kgpart.extract import Record, extract_text
from kgpart.extract.ru.core import extract_russian

FRIDAY = dt.date(2025, 3, 14)


def read(text: str, published: dt.date | None = FRIDAY) -> Record:
    return extract_russian(text, published=published)


def person(rec: Record, name: str):  # type: ignore[no-untyped-def]
    found = [p for p in rec.persons if p.name == name]
    assert found, f"{name!r} not in {[p.name for p in rec.persons]}"
    return found[0]


def org(rec: Record, name: str):  # type: ignore[no-untyped-def]
    found = [o for o in rec.organizations if o.name == name]
    assert found, f"{name!r} not in {[o.name for o in rec.organizations]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Делегацию принял ректор Ерлан Сыдыков.", "Ерлан Сыдыков"),
        ("Гости встретились с ректором Ерланом Сыдыковым.", "Ерлан Сыдыков"),
        ("Письмо вручили ректору Ерлану Сыдыкову.", "Ерлан Сыдыков"),
        ("Посол поблагодарила проректора Ольгу Сергеевну Минину.", "Ольга Сергеевна Минина"),
        ("Гости встретились с проректором Ольгой Мининой.", "Ольга Минина"),
    ],
)
def test_a_person_is_named_in_the_nominative_whatever_the_case(text: str, name: str) -> None:
    rec = read(text)
    assert [p.name for p in rec.persons] == [name]


def test_initials_patronymic_and_full_name_are_one_person() -> None:
    rec = read(
        "Профессор Иван Петрович Сидоров выступил с докладом. "
        "Затем И.П. Сидоров посетил лабораторию. Сидоров отметил успехи студентов."
    )
    assert [p.name for p in rec.persons] == ["Иван Петрович Сидоров"]
    assert "И.П. Сидоров" in rec.persons[0].aliases


def test_initials_before_the_full_name_still_give_one_person_named_in_full() -> None:
    rec = read("Ж.Т. Абенов открыл форум. Ректор Жандос Абенов подписал приказ.")
    assert [p.name for p in rec.persons] == ["Жандос Абенов"]
    assert "Ж.Т. Абенов" in rec.persons[0].aliases


def test_a_person_carries_a_latin_transliteration_as_alias() -> None:
    rec = read("Ректор Жандос Абенов подписал приказ.")
    assert "Zhandos Abenov" in rec.persons[0].aliases


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        (
            "Делегация встретилась с ректором Карагандинского технического университета.",
            "Карагандинский технический университет",
            "University",
            "Kazakhstan",
        ),
        (
            "Студенты побывали в Томском политехническом университете.",
            "Томский политехнический университет",
            "University",
            "Russia",
        ),
        (
            "Соглашение подписано с Министерством иностранных дел Казахстана.",
            "Министерство иностранных дел Казахстана",
            "Ministry",
            "Kazakhstan",
        ),
        (
            "Выставку организовал Российский центр науки и культуры в Бишкеке.",
            "Российский центр науки и культуры в Бишкеке",
            "Centre",
            "Russia",
        ),
    ],
)
def test_an_organisation_is_named_in_the_nominative_with_type_and_country(
    text: str, name: str, kind: str, country: str
) -> None:
    found = org(read(text), name)
    assert (found.type, found.country) == (kind, country)


def test_an_inflected_first_mention_is_kept_as_an_alias() -> None:
    found = org(
        read(
            "Гости посетили Евразийский национальный университет и Карагандинский технический университет. "
            "Ректор Карагандинского технического университета выступил."
        ),
        "Карагандинский технический университет",
    )
    assert "Карагандинского технического университета" in found.aliases


def test_an_abbreviation_joins_the_name_it_abbreviates() -> None:
    rec = read(
        "Делегация посетила Казахский национальный аграрный университет. "
        "В КазНАУ гостям показали лаборатории."
    )
    assert [o.name for o in rec.organizations] == ["Казахский национальный аграрный университет"]
    assert "КазНАУ" in rec.organizations[0].aliases


@pytest.mark.parametrize(
    ("text", "embassy", "holder"),
    [
        (
            "Посол Казахстана в Бельгии Ержан Нурланов встретился со студентами.",
            "Посольство Казахстана в Бельгии",
            "Ержан Нурланов",
        ),
        (
            "Чрезвычайный и Полномочный Посол Венгрии в Казахстане Золтан Ковач посетил университет.",
            "Посольство Венгрии в Казахстане",
            "Золтан Ковач",
        ),
        (
            "Гостей принял Генеральный консул Казахстана в Казани Арман Нурланов.",
            "Генеральное консульство Казахстана в Казани",
            "Арман Нурланов",
        ),
    ],
)
def test_an_envoy_holds_a_post_in_the_mission_the_text_implies(text: str, embassy: str, holder: str) -> None:
    rec = read(text)
    mission = org(rec, embassy)
    assert (mission.type, mission.inferred) == ("Embassy", True)
    assert person(rec, holder).affiliation == embassy


def test_a_post_names_the_university_it_is_in() -> None:
    rec = read("Ректор Карагандинского технического университета Жандос Абенов выступил на форуме.")
    found = person(rec, "Жандос Абенов")
    assert (found.role, found.affiliation) == ("ректор", "Карагандинский технический университет")


@pytest.mark.parametrize(
    "text",
    [
        "Ректор Жандос Абенов встретился с послом Венгрии Золтаном Ковачем.",
        "Ректор Жандос Абенов провел встречу с послом Венгрии Золтаном Ковачем.",
        "Ректор Жандос Абенов принял делегацию во главе с послом Венгрии Золтаном Ковачем.",
        "Посол Венгрии Золтан Ковач посетил университет, где его встретил ректор Жандос Абенов.",
    ],
)
def test_meetings_are_read_from_each_wording(text: str) -> None:
    rec = read(text)
    assert len(rec.meetings) == 1
    assert set(rec.meetings[0].participants) == {"Жандос Абенов", "Золтан Ковач"}


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("В среду", "2025-03-12"),
        ("Вчера", "2025-03-13"),
        ("Сегодня", "2025-03-14"),
        ("10 марта", "2025-03-10"),
    ],
)
def test_a_meeting_date_resolves_against_the_publication_date(when: str, date: str) -> None:
    rec = read(f"{when} ректор Жандос Абенов встретился с послом Венгрии Золтаном Ковачем.")
    assert rec.meetings[0].date == date


def test_a_weekday_without_a_publication_date_gives_no_date() -> None:
    rec = read("В среду ректор Жандос Абенов встретился с послом Венгрии Золтаном Ковачем.", published=None)
    assert rec.meetings[0].date is None


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (
            "Карагандинский технический университет и Томский политехнический университет "
            "подписали меморандум о сотрудничестве.",
            "MoU",
            "agreed",
        ),
        (
            "Стороны подписали соглашение между Карагандинским техническим университетом и "
            "Томским политехническим университетом.",
            "agreement",
            "agreed",
        ),
        (
            "Соглашение между Карагандинским техническим университетом и Томским политехническим "
            "университетом действует с 2019 года.",
            "agreement",
            "existing",
        ),
    ],
)
def test_partnerships_between_two_named_universities(text: str, kind: str, status: str) -> None:
    rec = read(text)
    assert [(sorted(p.between), p.kind, p.status) for p in rec.partnerships] == [
        (
            sorted(["Карагандинский технический университет", "Томский политехнический университет"]),
            kind,
            status,
        )
    ]


def test_a_memorandum_with_one_named_party_is_signed_by_the_article_s_institution() -> None:
    rec = read(
        "Делегация Карагандинского технического университета посетила Томск. "
        "По итогам визита подписан меморандум о сотрудничестве с Томским политехническим университетом."
    )
    assert [sorted(p.between) for p in rec.partnerships] == [
        sorted(["Карагандинский технический университет", "Томский политехнический университет"])
    ]


def test_a_double_degree_programme_with_its_partners_and_participants() -> None:
    rec = read(
        "Бишкекский государственный университет и Новосибирский государственный университет "
        "запускают программу двойного диплома для двадцати магистрантов."
    )
    (prog,) = rec.programmes
    assert (prog.kind, prog.participants.count, prog.participants.who) == ("double-degree", 20, "магистранты")
    assert set(prog.partners) == {
        "Бишкекский государственный университет",
        "Новосибирский государственный университет",
    }


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("В Томском политехническом университете обучаются 350 студентов из Китая.", 350),
        ("В Томском политехническом университете обучаются более 1 200 студентов из Китая.", 1200),
        ("В Томском политехническом университете обучаются около 40 студентов из Китая.", 40),
        ("В Томском политехническом университете обучаются восемь студентов из Китая.", 8),
        ("Восемь студентов из Китая обучаются в Томском политехническом университете.", 8),
        ("В Томском политехническом университете учатся двадцать пять студентов из Китая.", 25),
    ],
)
def test_cohorts_count_people_from_a_country_at_an_institution(text: str, count: int) -> None:
    (cohort,) = read(text).cohorts
    assert (cohort.count, cohort.who, cohort.from_country, cohort.at) == (
        count,
        "студенты",
        "China",
        "Томский политехнический университет",
    )


def test_a_year_is_not_a_cohort() -> None:
    assert read("В 2019 году студенты из Китая обучаются в университете.").cohorts == []


def test_every_fact_points_at_its_sentence_in_the_russian_text() -> None:
    text = (
        "Ректор Жандос Абенов встретился с послом Венгрии Золтаном Ковачем. "
        "Карагандинский технический университет и Томский политехнический университет "
        "подписали меморандум о сотрудничестве."
    )
    rec = read(text)
    items = [*rec.persons, *rec.organizations, *rec.meetings, *rec.partnerships]
    assert items
    for item in items:
        ev = item.evidence
        assert ev is not None and text[ev.start : ev.end] == ev.sentence


def test_extract_text_detects_russian_and_keeps_the_record_s_keys() -> None:
    rec = extract_text("Ректор Жандос Абенов встретился с послом Венгрии Золтаном Ковачем.")
    assert [p.name for p in rec.persons] == ["Жандос Абенов", "Золтан Ковач"]
    assert set(rec.to_dict()) >= {
        "persons",
        "organizations",
        "meetings",
        "partnerships",
        "programmes",
        "cohorts",
    }


def test_lang_en_forces_the_english_rules() -> None:
    rec = extract_text("Ректор Жандос Абенов встретился с послом Венгрии Золтаном Ковачем.", lang="en")
    assert "Жандос Абенов" not in [p.name for p in rec.persons]


def test_topics_in_the_nominative_from_the_genre_s_wording_and_after_field_cues() -> None:
    rec = read("Стороны обсудили сотрудничество в области образования и науки, а также студенческий обмен.")
    assert {"образование", "наука", "студенческий обмен"} <= {t.label for t in rec.topics}


def test_the_ner_model_runs_on_one_blas_thread() -> None:
    """OpenBLAS threads made the NER cost 2.7x the CPU time; a fresh process reading Russian asks
    for one thread before numpy loads, and a caller's own setting is kept."""
    import os
    import subprocess
    import sys

    code = (
        "import os, sys; from kgpart.extract.ru.nlp import named_entities; "
        "named_entities('Ректор Ерлан Сыдыков встретился с послом.'); "
        "print(os.environ.get('OPENBLAS_NUM_THREADS'), 'numpy' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["1", "True"]
    env["OPENBLAS_NUM_THREADS"] = "2"
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["2", "True"]


@pytest.mark.parametrize("text", ["", "\n", "  \n\n\t "])
def test_a_text_of_no_words_gives_an_empty_record(text: str) -> None:
    """slovnet's decoder fails on a text of no tokens; the extractor never raises on odd text."""
    rec = read(text)
    assert (rec.persons, rec.organizations, rec.topics) == ([], [], [])
