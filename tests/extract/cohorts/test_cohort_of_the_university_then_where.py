"""People told as "students of the university" (whose they are) and then where they study ("at Chinese
universities", "at universities of Japan") are at the place told after, as the rules read it when the
institution is named ("students of Hallford University are studying at Chinese universities"): the first
"the university" after "of" no longer hides the place behind it (places._cohort_at, session 17). Every text
is our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_pairs

_pairs = partial(cohort_pairs, published="2025-11-20")

_LEAD = "Hallford University signed an agreement with the Embassy of China. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Currently 45 students of the university are studying at Chinese universities.",
            [(45, "Chinese universities")],
        ),
        (
            "Currently 45 students of the university study at Chinese universities.",
            [(45, "Chinese universities")],
        ),
        (
            "45 students of the university are currently studying at Chinese universities.",
            [(45, "Chinese universities")],
        ),
        (
            "This year 45 students of our university are studying at Chinese universities.",
            [(45, "Chinese universities")],
        ),
        (
            "This year 45 students of the university are studying at universities of Japan.",
            [(45, "universities of Japan")],
        ),
    ],
)
def test_the_place_after_whose_they_are(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the institution named: read so before
        (
            "Currently 45 students of Hallford University are studying at Chinese universities.",
            [(45, "Chinese universities")],
        ),
        # a country after: read so before
        ("Currently 45 students of the university are studying in China.", [(45, "China")]),
    ],
)
def test_the_readings_that_were_right_before_stay(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(_LEAD + text) == expected
