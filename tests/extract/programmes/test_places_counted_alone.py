"""Programmes, session 15: places counted with no giving verb, in an article that tells of no programme otherwise.

"This year 15 places are available for students from X", "The agreement foresees 20 exchange places per year": the
first pass read places only after a giving verb ("offers 15 places to ..."), so an article whose one programme is so
many places came out with none. Over the labelled sets G2-G9 such places, where we gave nothing, are a programme
of the gold 15 times in 22 (1 a cohort). Read only in an article where no other programme is found (read in every
sentence they added 17 programmes for 6 right), only in a sentence with a word of people or of study, and never a
rise in a ranking, the room of a hall, a car park, prizes, contests or sites.
Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import programmes

A, B = "Tashkent State University of Economics", "Ankara University"
SIGNED = f"{A} and {B} signed a memorandum of understanding on Monday. "

_programmes = partial(programmes, published="2025-11-20")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("This year 15 places are available for students from Uzbekistan.", 15),
        ("Next year 30 study places will be open to applicants from Uzbekistan.", 30),
        ("The agreement foresees 20 exchange places per year.", 20),
        (
            f"Under the memorandum, {B} will reserve 12 places in its master's programmes for Uzbek graduates.",
            12,
        ),
        ("The partners agreed on ten slots per semester for visiting students.", 10),
    ],
)
def test_places_counted_with_no_giving_verb_are_a_programme(text: str, count: int) -> None:
    found = _programmes(SIGNED + text)
    assert [p.participants.count for p in found] == [count]
    assert found[0].partners  # the places are someone's: the sentence's institutions, else the article's


@pytest.mark.parametrize(
    "text",
    [
        f"{B} has climbed 40 places in the national ranking.",
        "The university rose 40 places in the QS ranking this year.",
        "The new lecture hall has 40 places.",
        "The reading room offers 40 places.",
        "Its students won three first places at the olympiad.",
        "Classes will be held in 40 places across the city.",
        "The university team finished in the top 10 places of the contest.",
        "Its students occupied 3 places on the podium.",
        "The campus has 500 places for cars.",
        # no word of people or of study: places of what, the sentence does not tell
        "The city has 12 places of worship.",
        "Applications for the 25 places close on 1 May.",
    ],
)
def test_places_of_a_ranking_a_room_or_a_prize_are_no_programme(text: str) -> None:
    assert _programmes(SIGNED + text) == []


def test_places_beside_a_programme_told_are_its_own_not_another() -> None:
    # the article tells of a double degree: the loose reading stays off, the places are the degree's count
    found = _programmes(
        f"{A} and {B} launched a double degree programme in finance. "
        "This year 15 places are available for students from Uzbekistan."
    )
    assert [(p.kind, p.participants.count) for p in found] == [("double-degree", 15)]
