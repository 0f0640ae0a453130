"""Counts coordinated with "and", "respectively", or told in the sentence after their whole.

Who named by two kinds joined by "and" ("120 bachelor's and master's students"), two counts sharing one noun
("320 Kazakh and 45 Uzbek students"), counts and places paired by "respectively", parts after a semicolon
("; 450 are from India and 300 from Nepal", "; 420 have already graduated") and parts opening the next
sentence ("300 of them come from Kazakhstan.", "250 are from China.").
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

U = "Tamsin Valley University"
V = "Oberhain Technical University"
W = "Caspian State University of Economics"


def _pairs(text: str) -> list[tuple[int | None, str | None]]:
    cohorts = extract_text(text, published="2025-11-20").cohorts
    return sorted(((c.count, c.at) for c in cohorts), key=str)


def _check(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == sorted(pairs, key=str)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"120 bachelor's and master's students from Laos study at {U}.", [(120, U)]),
        (f"{V} currently hosts 75 undergraduate and postgraduate students from Zambia.", [(75, V)]),
        (f"Some 40 Kenyan and Ugandan researchers work at {W}.", [(40, W)]),
        (f"{U} has 12 faculties and students from 40 countries.", []),
    ],
)
def test_who_of_two_kinds(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


def test_two_counts_share_one_noun() -> None:
    found = extract_text(f"Currently 320 Kazakh and 45 Uzbek students study at {U}.").cohorts
    assert sorted((c.count, c.at, c.from_country) for c in found) == [
        (45, U, "Uzbekistan"),
        (320, U, "Kazakhstan"),
    ]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"{U} and {V} host 320 and 45 Kazakh students respectively.", [(320, U), (45, V)]),
        (f"Currently 320 and 45 Kazakh students study at {U} and {V}, respectively.", [(320, U), (45, V)]),
        (
            f"{U}, {V} and {W} admitted 60, 25 and 10 students from Chad, respectively.",
            [(60, U), (25, V), (10, W)],
        ),
        (
            "About 1,300 and 900 Kyrgyz students study in Hungary and Poland respectively.",
            [(1300, "Hungary"), (900, "Poland")],
        ),
    ],
)
def test_counts_and_places_paired_respectively(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"{U} has 2,000 international students; 450 are from India and 300 from Nepal.",
            [(2000, U), (450, U), (300, U)],
        ),
        (f"{V} admitted 600 Afghan students since 2010; 420 have already graduated.", [(600, V), (420, V)]),
        (f"There are 800 foreign students at {W}; about 300 come from Iran.", [(800, W), (300, W)]),
    ],
)
def test_a_part_after_a_semicolon(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"{U} hosts 1,200 foreign students. 300 of them come from Kazakhstan.", [(1200, U), (300, U)]),
        (
            f"There are 900 foreign students at {V}. 250 are from China and 100 from India.",
            [(900, V), (250, V), (100, V)],
        ),
        (f"{W} enrols 500 international students. Some 120 of these are women.", [(500, W), (120, W)]),
        (f"{U} hosts 1,200 foreign students. 2024 was a record year.", [(1200, U)]),
        (f"{U} hosts 120 foreign students. 300 are from Kazakhstan.", [(120, U)]),
    ],
)
def test_a_part_opening_the_next_sentence(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(
    "text",
    [
        f"{U} and {V} signed 3 and 5 agreements respectively.",
        "The two universities have 320 and 45 partners respectively.",
    ],
)
def test_counts_of_things_paired_respectively_are_no_cohort(text: str) -> None:
    assert _pairs(text) == []
