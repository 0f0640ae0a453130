"""Russian cohorts and topics, from the grammar of the constructions (our own sentences, with variants)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgpart.extract import Record
from kgpart.extract.ru.core import extract_russian
from kgpart.extract.ru.topics import topic_nominative

FRIDAY = dt.date(2025, 3, 14)
HOST = "Ректор Омского государственного технического университета Андрей Волков принял гостей. "


def read(text: str) -> Record:
    return extract_russian(text, published=FRIDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of people somewhere: "в университете обучаются N студентов из X", the verb first or last
        (
            HOST + "Сегодня в университете обучаются более 300 студентов из Казахстана.",
            (300, "студенты", "Kazakhstan", "Омский государственный технический университет", "studying"),
        ),
        (
            HOST + "В вузе учится 45 магистрантов из Монголии.",
            (45, "магистранты", "Mongolia", "Омский государственный технический университет", "studying"),
        ),
        (
            HOST + "В университете проходят обучение около 60 аспирантов из Таджикистана.",
            (60, "аспиранты", "Tajikistan", "Омский государственный технический университет", "studying"),
        ),
        (
            "Сейчас 120 граждан Узбекистана обучаются в Казанском федеральном университете.",
            (120, "граждане", "Uzbekistan", "Казанский федеральный университет", "studying"),
        ),
        (
            "В Казанском федеральном университете получают образование 75 иностранных студентов.",
            (75, "студенты", None, "Казанский федеральный университет", "studying"),
        ),
        # "число/количество студентов ... достигло/превысило/составляет N"
        (
            "Число студентов из Туркменистана в Казанском федеральном университете достигло 450.",
            (450, "студенты", "Turkmenistan", "Казанский федеральный университет", "studying"),
        ),
        (
            "Количество казахстанских студентов в Омском государственном университете превысило 1 500 человек.",
            (1500, "студенты", "Kazakhstan", "Омский государственный университет", "studying"),
        ),
        (
            "Число иностранных студентов в Новосибирском государственном университете составляет 2 тыс.",
            (2000, "студенты", None, "Новосибирский государственный университет", "studying"),
        ),
        # thousands written as a word or an abbreviation, a decimal before it
        (
            "Более 2 тысяч казахстанских студентов обучаются в российских вузах.",
            (2000, "студенты", "Kazakhstan", "Russia", "studying"),
        ),
        (
            HOST + "В университете обучаются 1,5 тыс. студентов из Китая.",
            (1500, "студенты", "China", "Омский государственный технический университет", "studying"),
        ),
        # demonyms count people of a country
        (
            "В Казанском федеральном университете учатся 90 казахстанцев.",
            (90, "казахстанцы", "Kazakhstan", "Казанский федеральный университет", "studying"),
        ),
        # planned and completed
        (
            HOST + "В сентябре в университет приедут 30 студентов из Кыргызстана.",
            (30, "студенты", "Kyrgyzstan", "Омский государственный технический университет", "planned"),
        ),
        (
            "Стажировку в Казанском федеральном университете прошли 15 преподавателей из Узбекистана.",
            (15, "преподаватели", "Uzbekistan", "Казанский федеральный университет", "completed"),
        ),
    ],
)
def test_cohorts_from_the_grammar_of_the_sentence(text: str, expected: tuple[object, ...]) -> None:
    cohorts = read(text).cohorts
    assert [(c.count, c.who, c.from_country, c.at, c.status) for c in cohorts] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "В 2023 году университет отметил 90-летие.",
        "Университет основан в 1934 году и насчитывает 12 факультетов.",
        "Делегация из 5 человек посетила университет.",
        "Стороны обсудили 3 вопроса.",
    ],
)
def test_numbers_that_count_no_students_are_not_cohorts(text: str) -> None:
    assert read(HOST + text).cohorts == []


@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [
        ("цифровых технологий", "цифровые технологии"),
        ("возобновляемых источников энергии", "возобновляемые источники энергии"),
        ("подготовки кадров", "подготовка кадров"),
        ("информационной безопасности", "информационная безопасность"),
        ("международных стажировок", "международные стажировки"),
        ("образования", "образование"),
        ("медицины", "медицина"),
        ("совместных научных исследований", "совместные научные исследования"),
        ("высшего образования", "высшее образование"),
    ],
)
def test_topic_phrases_in_the_genitive_become_nominative_with_agreement(phrase: str, nominative: str) -> None:
    assert topic_nominative(phrase) == nominative


def test_topics_listed_after_field_cues_are_nominative_plural_or_singular() -> None:
    rec = read(
        "Стороны обсудили сотрудничество в сфере цифровых технологий и искусственного интеллекта, "
        "а также в области возобновляемых источников энергии."
    )
    labels = {t.label for t in rec.topics}
    assert {"цифровые технологии", "искусственный интеллект", "возобновляемые источники энергии"} <= labels
    assert not any("цифровых" in label for label in labels)


def test_topics_discussed_as_questions_of_actions_name_what_the_action_is_about() -> None:
    rec = read(
        "Обсуждались вопросы организации академической мобильности и международных стажировок, "
        "развития совместных образовательных программ, а также проведения летних школ."
    )
    labels = {t.label for t in rec.topics}
    assert {
        "академическая мобильность",
        "международные стажировки",
        "совместные образовательные программы",
        "летние школы",
    } <= labels
    assert not any(label.startswith(("организац", "развити", "проведени")) for label in labels)


@pytest.mark.parametrize(
    "text",
    [
        "Стороны договорились о проведении международных стажировок.",
        "Университет предлагает программы международной стажировки.",
        "Студенты прошли международные стажировки.",
    ],
)
def test_a_genre_topic_is_found_in_every_case_and_number(text: str) -> None:
    assert "международные стажировки" in {t.label for t in read(text).topics}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Прошли переговоры о перспективах сотрудничества с университетом.", "перспективы сотрудничества"),
        ("Стороны обсуждали возможности совместных исследований.", "совместные исследования"),
        ("Речь шла о подготовке кадров для энергетики.", "подготовка кадров"),
    ],
)
def test_what_talks_are_about_is_a_topic_in_the_nominative(text: str, label: str) -> None:
    labels = {t.label for t in read(text).topics}
    assert label in labels
    assert "сотрудничество" not in labels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no verb: students counted at a place, the number after no preposition
        (
            HOST + "Сегодня в вузе более 500 студентов из Казахстана.",
            (500, "студенты", "Kazakhstan", "Омский государственный технический университет", "studying"),
        ),
        # enrolled: studying; "полторы тысячи"
        (
            HOST + "В этом году в университет поступили полторы тысячи абитуриентов из Китая.",
            (1500, "абитуриенты", "China", "Омский государственный технический университет", "studying"),
        ),
        (
            HOST + "В следующем году в университет поступят 40 студентов из Казахстана.",
            (40, "студенты", "Kazakhstan", "Омский государственный технический университет", "planned"),
        ),
    ],
)
def test_cohorts_without_a_study_verb_or_with_enrolment(text: str, expected: tuple[object, ...]) -> None:
    cohorts = read(text).cohorts
    assert [(c.count, c.who, c.from_country, c.at, c.status) for c in cohorts] == [expected]


@pytest.mark.parametrize(
    "text",
    ["Делегация из 5 студентов посетила Казань.", "Для 20 студентов организовали экскурсию по городу."],
)
def test_students_after_a_preposition_without_a_study_verb_are_not_a_cohort(text: str) -> None:
    assert read(HOST + text).cohorts == []


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # what is discussed, as the object (accusative) or the subject (nominative) of the verb
        (
            "Стороны обсудили реализацию совместных образовательных программ и академическую мобильность.",
            {"совместные образовательные программы", "академическая мобильность"},
        ),
        ("Обсуждались подготовка кадров и открытие филиала.", {"подготовка кадров", "филиал"}),
        # "по" + dative, "в таких сферах, как" + nominative
        (
            "Университеты наладили сотрудничество по подготовке специалистов для энергетики.",
            {"подготовка специалистов"},
        ),
        (
            "Вузы сотрудничают в таких сферах, как образование, медицина и информационные технологии.",
            {"образование", "медицина", "информационные технологии"},
        ),
    ],
)
def test_topics_as_the_object_of_discussion_in_any_case(text: str, labels: set[str]) -> None:
    assert labels <= {t.label for t in read(text).topics}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HOST + "На сегодняшний день в университете обучаются 312 граждан Республики Казахстан.",
            [(312, "Kazakhstan")],
        ),
        (HOST + "Более 40 студентов из Кыргызской Республики учатся в университете.", [(40, "Kyrgyzstan")]),
        # the part from one country, and the whole from no one country
        (
            HOST + "Сейчас в вузе обучаются около 800 иностранных студентов, из них 300 — из Казахстана.",
            [(300, "Kazakhstan"), (800, None)],
        ),
    ],
)
def test_cohorts_from_a_state_s_full_name_and_the_part_of_a_whole(
    text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert [(c.count, c.from_country) for c in read(text).cohorts] == expected


def test_what_an_agreement_is_for_is_a_topic_and_variants_of_a_genre_topic_are_one() -> None:
    rec = read(
        "Меморандум направлен на развитие академической мобильности и обмен опытом. "
        "Документ предусматривает реализацию совместных проектов, обмен студентами и организацию летних школ."
    )
    labels = [t.label for t in rec.topics]
    assert {"академическая мобильность", "обмен опытом", "совместные проекты", "летние школы"} <= set(labels)
    assert "студенческий обмен" in labels and "обмен студентами" not in labels


def test_languages_and_more_genre_topics_in_any_case() -> None:
    rec = read(
        "Стороны обсудили вопросы изучения казахского языка, обмена опытом и информационных технологий. "
        "Курсы на узбекском языке открыты. Для школьников провели профориентационные мероприятия."
    )
    labels = {t.label for t in rec.topics}
    assert {
        "казахский язык",
        "узбекский язык",
        "обмен опытом",
        "информационные технологии",
        "профориентационные мероприятия",
    } <= labels
