"""Russian units named with their institution: "центр «X» при A", "центр «X» от A" is a unit of A,
and what opens on another institution's premises partners that institution with A, not with the
unit (our own sentences, in several cases)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgpart.extract import Record
from kgpart.extract.ru.core import extract_russian

KNU = "Кыргызский национальный университет"
SPBU = "Санкт-Петербургский государственный университет"


def read(text: str) -> Record:
    return extract_russian(text, published=dt.date(2025, 10, 7))


@pytest.mark.parametrize(
    "text",
    [
        "В Бишкеке на базе Кыргызского национального университета открылся центр «Менделеев» "
        "от Санкт-Петербургского государственного университета.",
        "На базе Кыргызского национального университета откроется центр «Менделеев» при "
        "Санкт-Петербургском государственном университете.",
    ],
)
def test_a_centre_of_a_university_opened_at_another_partners_the_two_universities(text: str) -> None:
    rec = read(text)
    centre = next(o for o in rec.organizations if o.name == "Центр «Менделеев»")
    assert centre.part_of == SPBU
    assert {frozenset(p.between) for p in rec.partnerships} == {frozenset({KNU, SPBU})}


def test_a_centre_named_alone_stays_a_partner() -> None:
    rec = read(
        "Казанский федеральный университет подписал соглашение о сотрудничестве с центром «Менделеев»."
    )
    centre = next(o for o in rec.organizations if o.name.startswith("Центр «Менделеев"))
    assert centre.part_of is None
    assert [sorted(p.between) for p in rec.partnerships] == [
        sorted(["Казанский федеральный университет", centre.name])
    ]


def test_a_gift_from_a_university_makes_no_unit() -> None:
    rec = read(
        "Центр «Менделеев» получил в подарок от Санкт-Петербургского государственного университета книги."
    )
    assert all(o.part_of is None for o in rec.organizations)


def test_a_branch_named_by_its_university_in_full_and_by_abbreviation_is_one_branch() -> None:
    rec = read(
        "В Алматы откроется филиал Новосибирского государственного университета. "
        "Открытие филиала НГУ намечено на сентябрь."
    )
    branches = [o for o in rec.organizations if o.part_of == "Новосибирский государственный университет"]
    assert [b.name for b in branches] == ["Филиал Новосибирского государственного университета"]
    assert "Филиал НГУ" in branches[0].aliases


def test_branches_told_apart_by_their_city_stay_two() -> None:
    rec = read(
        "Ректор Московского государственного университета посетил Казахстанский филиал МГУ, "
        "а затем Ташкентский филиал МГУ."
    )
    branches = {o.name for o in rec.organizations if o.part_of}
    assert {"Казахстанский филиал МГУ", "Ташкентский филиал МГУ"} <= branches
