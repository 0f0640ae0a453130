"""Russian cohorts counted after their noun, by abbreviation, at work, and one per clause (own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgpart.extract.ru.core import extract_russian

HOST = "Ректор Омского государственного технического университета Андрей Волков принял гостей. "
OMSK = "Омский государственный технический университет"


def cohorts(text: str) -> list[tuple[object, ...]]:
    record = extract_russian(text, published=dt.date(2025, 3, 14))
    return [(c.count, c.who, c.from_country, c.at, c.status) for c in record.cohorts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count after a dash, or after "их"/"которых", the people named before it
        (HOST + "Студентов из Казахстана в вузе — 120.", (120, "студенты", "Kazakhstan", OMSK, "studying")),
        (
            HOST + "Магистрантов из Монголии в университете – около 40.",
            (40, "магистранты", "Mongolia", OMSK, "studying"),
        ),
        (
            HOST + "Посол встретился с казахстанскими студентами, которых в вузе более 150.",
            (150, "студенты", "Kazakhstan", OMSK, "studying"),
        ),
        (
            HOST + "Гости пообщались с узбекскими магистрантами, которых в университете около тридцати.",
            (30, "магистранты", "Uzbekistan", OMSK, "studying"),
        ),
        # "чел." for people, "Из X" opening the sentence, enrolment in the present
        (
            HOST + "Сейчас в университете обучаются 350 чел. из Киргизии.",
            (350, "люди", "Kyrgyzstan", OMSK, "studying"),
        ),
        (
            HOST + "Из Казахстана в университете обучаются 143 человека.",
            (143, "люди", "Kazakhstan", OMSK, "studying"),
        ),
        (
            HOST + "Ежегодно в университет поступают около 50 абитуриентов из Казахстана.",
            (50, "абитуриенты", "Kazakhstan", OMSK, "studying"),
        ),
        # people at work rather than in study
        (
            HOST + "В вузе работают 12 преподавателей из Китая.",
            (12, "преподаватели", "China", OMSK, "active"),
        ),
        (
            HOST + "Сейчас в университете преподают восемь специалистов из Индии.",
            (8, "специалисты", "India", OMSK, "active"),
        ),
    ],
)
def test_counts_after_their_people_abbreviated_or_at_work(text: str, expected: tuple[object, ...]) -> None:
    assert cohorts(text) == [expected]


def test_each_clause_of_a_sentence_has_its_own_place_origin_and_status() -> None:
    """ "N студентов из X обучаются в университете, а M магистрантов проходят стажировку в Y": the
    first count is at the article's institution, not at Y named in the other clause."""
    text = (
        HOST + "Сегодня в университете обучаются более 300 студентов из Венгрии, а восемь казахстанских "
        "магистрантов проходят стажировку в Будапештском техническом университете."
    )
    assert cohorts(text) == [
        (300, "студенты", "Hungary", OMSK, "studying"),
        (8, "магистранты", "Kazakhstan", "Будапештский технический университет", "studying"),
    ]
    text = (
        HOST + "В вузе учатся 25 студентов из Китая; в прошлом году 15 преподавателей университета "
        "прошли стажировку в Казанском федеральном университете."
    )
    assert cohorts(text) == [
        (25, "студенты", "China", OMSK, "studying"),
        (15, "преподаватели", "Russia", "Казанский федеральный университет", "completed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Докладчиков на конференции — 40.",  # people, but no study, no institution of theirs
        "Студенты подготовили 5 проектов, которых ждут партнеры.",
        "В 2024 году — 120 лет со дня основания университета.",
    ],
)
def test_counts_of_other_things_after_a_dash_or_which_are_not_cohorts(text: str) -> None:
    assert cohorts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trained or graduated by the institution: completed, the country they were trained for
        (
            HOST + "За годы сотрудничества университет подготовил более 500 специалистов для Казахстана.",
            [(500, "специалисты", "Kazakhstan", OMSK, "completed")],
        ),
        (
            HOST + "Вуз выпустил 40 магистрантов из Монголии.",
            [(40, "магистранты", "Mongolia", OMSK, "completed")],
        ),
        # a part counted by its people after "в том числе" is counted once
        (
            HOST + "В вузе учатся представители 30 национальностей, в том числе 200 казахов.",
            [(200, "студенты", "Kazakhstan", OMSK, "studying")],
        ),
    ],
)
def test_people_trained_and_a_part_counted_once(text: str, expected: list[tuple[object, ...]]) -> None:
    assert cohorts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people after a dash, the part of the students a country has
        (
            HOST + "Из 3 500 иностранных студентов вуза 1 200 — граждане Казахстана.",
            [(1200, "граждане", "Kazakhstan", OMSK, "studying")],
        ),
        # "человек" among students, the country named just before the count
        (
            HOST + "Среди иностранных студентов университета больше всего казахстанцев — 1 200 человек.",
            [(1200, "люди", "Kazakhstan", OMSK, "studying")],
        ),
    ],
)
def test_a_country_s_share_of_the_students_after_a_dash(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert cohorts(text) == expected


def test_people_counted_without_students_or_a_verb_are_no_cohort() -> None:
    assert cohorts(HOST + "На концерте выступили 40 человек.") == []
