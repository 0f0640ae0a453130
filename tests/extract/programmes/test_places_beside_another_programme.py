"""Programmes, session 17: places counted with no giving verb in an article that also tells of another programme.

"A and B signed a double degree agreement. ... This year 15 places are available for students from Uzbekistan":
session 15 read places counted alone ("15 places are available", "ten slots per semester") only in an article with
no other programme, so a national scheme's or a partner's places told beside a double degree, an exchange or a
summer school were lost. They are now read in every article, in a sentence that tells of no programme itself, unless
a programme with no count of its own was told in one of the two sentences before (then the places are its count, as
before), and never with a count a programme of the article already holds. Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import programmes

A, B = "Tashkent State University of Economics", "Ankara University"
COUNTED = f"{A} and {B} launched a double degree programme in finance for 20 students a year. "
FILLER = "The rector thanked the delegation for the visit. "

_programmes = partial(programmes, published="2025-11-20")


def _counts(text: str) -> list[int | None]:
    return sorted(p.participants.count for p in _programmes(text) if p.participants.count is not None)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("This year 15 places are available for students from Uzbekistan.", 15),
        ("Next year 30 study places will be open to applicants from Uzbekistan.", 30),
        ("In addition, 12 tuition-free places per year are open to citizens of Uzbekistan.", 12),
        ("There are also ten slots per semester for visiting students.", 10),
        ("From September, 25 funded places will be open to young researchers from Uzbekistan.", 25),
    ],
)
@pytest.mark.parametrize("before", [COUNTED, COUNTED + FILLER])
def test_places_beside_a_counted_programme_are_a_programme_of_their_own(
    text: str, count: int, before: str
) -> None:
    assert _counts(before + text) == sorted([20, count])


@pytest.mark.parametrize(
    "text",
    [
        f"{B} has climbed 40 places in the national ranking.",
        "The new lecture hall has 40 places.",
        "Its students won three first places at the olympiad.",
        "The campus has 500 places for cars.",
    ],
)
def test_places_of_a_ranking_a_room_or_a_prize_stay_no_programme(text: str) -> None:
    assert _counts(COUNTED + text) == [20]


def test_places_with_the_count_of_the_programme_told_are_not_read_twice() -> None:
    assert _counts(COUNTED + "In total 20 places are available for students from Uzbekistan.") == [20]


def test_places_just_after_a_programme_with_no_count_are_its_count() -> None:
    found = _programmes(
        f"{A} and {B} launched a double degree programme in finance. "
        "This year 15 places are available for students from Uzbekistan."
    )
    assert [(p.kind, p.participants.count) for p in found] == [("double-degree", 15)]
