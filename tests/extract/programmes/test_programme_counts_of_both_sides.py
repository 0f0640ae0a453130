"""Programmes, session 17: people counted on each side of a two-sided programme are both sides' people.

"Up to five students from each university", "five each way", "three in each direction", "eight on each side",
"ten candidates of each university", "four per side", "four selected by each university": the programme's count is twice the number (the gold
convention of the genre sets from g153 on: "up to six from each side" is 12), or the total its sentence tells
beside the share ("six from each university, 12 in all"). Whatever rule took the count (the programme's own
sentence, a sentence after it that points back, an exchange of so many), the share is doubled once; "from
both sides" is a total already, and a count of one side alone ("15 students from B") is not doubled.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import one_programme

A, B = "Volta Institute of Technology", "Fjord University"

_one = partial(one_programme, published="2025-11-20", lead="News\n\n")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} signed an agreement on student exchange. Up to five students from each university will "
            "spend a semester at the partner institution.",
            10,
        ),
        (
            f"{A} and {B} agreed to launch a student exchange programme for up to five students from each university.",
            10,
        ),
        (
            f"The exchange programme between {A} and {B} will allow up to six undergraduate students from each "
            "university to spend a semester abroad.",
            12,
        ),
        (
            f"{A} and {B} signed an exchange agreement. It provides for the exchange of up to four students from each "
            "side every year.",
            8,
        ),
        (f"{A} and {B} will exchange five students each way every year under a new agreement.", 10),
        (
            f"{A} and {B} launched a double degree programme. Ten candidates of each university will be selected "
            "annually.",
            20,
        ),
        (
            f"{A} and {B} signed a student exchange agreement under which eight students on each side will spend a "
            "semester abroad.",
            16,
        ),
        (
            f"{A} and {B} launched an exchange programme. Each year, up to three students will move in each direction.",
            6,
        ),
        (f"{A} and {B} launched a dual degree in optics, which will admit six students per side.", 12),
        (
            f"{A} and {B} launched a double degree programme. Four students selected by each university will start "
            "in September.",
            8,
        ),
    ],
)
def test_people_of_each_side_are_counted_for_both(text: str, count: int) -> None:
    assert _one(text).participants.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} launched a dual degree in optics. The programme will admit six students from each "
            "university, or 12 a year in total.",
            12,
        ),
        (
            f"{A} and {B} launched an exchange programme. A total of 40 students, 20 from each side, will take part.",
            40,
        ),
        # a count of one side alone, or of both sides already
        (
            f"{A} and {B} launched an exchange programme. Fifteen students from {B} will spend a semester at {A}.",
            15,
        ),
        (f"{A} and {B} launched an exchange programme for 20 students from both universities.", 20),
    ],
)
def test_a_total_or_one_sides_count_is_not_doubled(text: str, count: int) -> None:
    assert _one(text).participants.count == count
