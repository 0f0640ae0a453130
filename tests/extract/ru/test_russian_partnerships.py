"""Russian partnerships: who cooperates with whom, from the preposition that introduces the partners."""

from __future__ import annotations

import datetime as dt

import pytest

from kgpart.extract import Record
from kgpart.extract.ru.core import extract_russian

HOST = "Делегация Удмуртского государственного университета посетила Ташкент. "


def read(text: str) -> Record:
    return extract_russian(text, published=dt.date(2025, 3, 14))


def pairs(rec: Record) -> set[tuple[frozenset[str], str]]:
    return {(frozenset(p.between), p.status) for p in rec.partnerships}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the clause cooperates with each institution after "с"
        (
            "Кроме того, Томский политехнический университет продолжает сотрудничество с "
            "Казанским федеральным университетом.",
            {
                (
                    frozenset({"Томский политехнический университет", "Казанский федеральный университет"}),
                    "existing",
                )
            },
        ),
        # no subject in the clause: the article's own institution, one pair per partner listed
        (
            HOST + "Прошли переговоры о перспективах сотрудничества с Ташкентским государственным "
            "педагогическим университетом, Ургенчским государственным университетом.",
            {
                (
                    frozenset(
                        {
                            "Удмуртский государственный университет",
                            "Ташкентский государственный педагогический университет",
                        }
                    ),
                    "proposed",
                ),
                (
                    frozenset(
                        {"Удмуртский государственный университет", "Ургенчский государственный университет"}
                    ),
                    "proposed",
                ),
            },
        ),
        (
            HOST
            + "По итогам визита подписан меморандум о сотрудничестве с Ургенчским государственным университетом.",
            {
                (
                    frozenset(
                        {"Удмуртский государственный университет", "Ургенчский государственный университет"}
                    ),
                    "agreed",
                )
            },
        ),
        # another clause's institution is not the subject
        (
            HOST + "Гости посетили Российский центр науки и культуры; — подписан меморандум о сотрудничестве "
            "с Ургенчским государственным университетом.",
            {
                (
                    frozenset(
                        {"Удмуртский государственный университет", "Ургенчский государственный университет"}
                    ),
                    "agreed",
                )
            },
        ),
        # what opens "на базе" an institution
        (
            HOST + "Филиал откроется на базе Ташкентского государственного педагогического университета.",
            {
                (
                    frozenset(
                        {
                            "Удмуртский государственный университет",
                            "Ташкентский государственный педагогический университет",
                        }
                    ),
                    "proposed",
                )
            },
        ),
    ],
)
def test_partners_after_s_and_na_baze(text: str, expected: set[tuple[frozenset[str], str]]) -> None:
    assert pairs(read(text)) == expected


@pytest.mark.parametrize("form", ["филиал", "филиала", "филиалом"])
def test_a_branch_named_by_its_parent_is_a_unit_of_it_and_no_partner_of_it(form: str) -> None:
    text = (
        f"В Омске будет открыт {form} Казахского национального университета. "
        "Филиал откроется на базе Омского государственного университета."
    )
    if form != "филиал":
        text = (
            f"Соглашение о создании {form} Казахского национального университета подписано. "
            + text.split(". ", 1)[1]
        )
    rec = read(text)
    branch = next(o for o in rec.organizations if o.name.startswith("Филиал"))
    assert branch.name == "Филиал " + "Казахского национального университета"
    assert branch.part_of == "Казахский национальный университет"
    assert "Branch of Kazakh National University" in branch.aliases
    assert pairs(rec) == {
        (frozenset({"Казахский национальный университет", "Омский государственный университет"}), "proposed")
    }


def test_institution_names_in_any_case_are_found_and_a_kind_of_institution_is_not_one() -> None:
    rec = read(
        "Гости посетили Самаркандский государственный медицинский университет и встретились с ректором "
        "Бухарского инженерно-технологического института. Омский вуз тоже принял делегацию. "
        "Стороны договорились с Каракалпакским государственным университетом им. Бердаха."
    )
    assert {o.name for o in rec.organizations} == {
        "Самаркандский государственный медицинский университет",
        "Бухарский инженерно-технологический институт",
        "Каракалпакский государственный университет им. Бердаха",
    }


def test_preparatory_courses_are_a_programme_and_a_programme_named_twice_is_one() -> None:
    rec = read(
        HOST + "Прошли встречи со слушателями подготовительных курсов Ташкентского государственного "
        "педагогического университета. Университеты запустили программу двойного диплома. "
        "По программе двойного диплома обучаются 12 магистрантов."
    )
    courses, double = sorted(rec.programmes, key=lambda p: p.kind, reverse=True)
    assert (courses.name, courses.kind) == ("подготовительные курсы", "other")
    assert "Ташкентский государственный педагогический университет" in courses.partners
    assert (double.kind, double.participants.count, double.participants.who) == (
        "double-degree",
        12,
        "магистранты",
    )


def test_an_institution_with_a_quoted_name_keeps_its_quotes_and_its_head_in_the_nominative() -> None:
    rec = read("В Российском центре «Сириус» прошла встреча. Делегация университета «Туран» посетила Алматы.")
    names = {o.name: o.type for o in rec.organizations}
    assert names.get("Университет «Туран»") == "University"
    assert any(name.endswith("«Сириус»") for name in names)
