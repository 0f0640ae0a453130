"""Cohorts placed in a country the sentence names: at its opening or in a list of destinations.

"In South Korea, 5,000 Uzbek students are enrolled" (the country that opens the sentence, with "today",
"alone", "there are" around it; not a demonym, a year or a country left behind), and lists of countries
with counts that are where people went: "Kyrgyz students study in Turkey (3,200), China (2,500) and Germany
(700)", "the most popular destinations of Uzbek students are Russia (60,000), Korea (5,000)", "study in
Russia - about 60,000, followed by Korea with 2,300". A list after "students from" stays a list of origins.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

U = "Tamsin Valley University"


def _pairs(text: str) -> list[tuple[int | None, str | None]]:
    cohorts = extract_text(text, published="2025-11-20").cohorts
    return sorted(((c.count, c.at) for c in cohorts), key=str)


def _check(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == sorted(pairs, key=str)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("In South Korea 5,000 Uzbek students are currently enrolled.", [(5000, "South Korea")]),
        ("In Germany, 3,500 students from Ghana are pursuing degrees.", [(3500, "Germany")]),
        ("Today, in Hungary there are about 1,300 Kazakh students.", [(1300, "Hungary")]),
        (
            "In Russia alone, more than 60,000 students from Kazakhstan receive higher education.",
            [(60000, "Russia")],
        ),
        ("Currently in Malaysia some 900 Iraqi students study medicine.", [(900, "Malaysia")]),
    ],
)
def test_a_country_opens_the_sentence(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"In Poland, 45 Kenyan students study at {U}.", [(45, U)]),
        ("In Kazakhstan, 4,000 young people went abroad to study last year.", [(4000, "abroad")]),
        ("In Germany, 300 companies employ Kazakh graduates.", []),
        ("In Hungary, 40 students attended the lecture.", []),
        ("In Korean universities 5,000 Uzbek students are enrolled.", [(5000, "Korean universities")]),
    ],
)
def test_a_country_opening_that_is_not_the_place(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Kyrgyz students study in Turkey (3,200), China (2,500) and Germany (700).",
            [(3200, "Turkey"), (2500, "China"), (700, "Germany")],
        ),
        (
            "Tajik students abroad mostly study in Russia (about 30,000), Belarus (1,400) and Kazakhstan (900).",
            [(30000, "Russia"), (1400, "Belarus"), (900, "Kazakhstan")],
        ),
        (
            "The most popular destinations of Uzbek students are Russia (60,000), Korea (5,000) and Germany (1,200).",
            [(60000, "Russia"), (5000, "Korea"), (1200, "Germany")],
        ),
        (
            "Most Kazakh students abroad study in Russia - about 60,000, followed by Korea with 2,300 "
            "and the United States with 1,800.",
            [(60000, "Russia"), (2300, "Korea"), (1800, "United States")],
        ),
    ],
)
def test_a_list_of_destinations(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"International students at {U} come from Rwanda (45), Uganda (30) and Kenya (12).",
            [(45, U), (30, U), (12, U)],
        ),
    ],
)
def test_a_list_of_origins_stays_at_the_host(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)
