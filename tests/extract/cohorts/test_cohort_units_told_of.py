"""A unit told of before, then "the centre | faculty | institute has 45 students", "At the centre, 45 students",
"45 students study at the centre" (session 18): the count is the
unit's (the centre, faculty or institute named last before it with that word in its name), not the article's main
university nor the institution told of last; with no such unit named, "the institute has" stays the main
institution's as before. Every text is our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_pairs

_pairs = partial(cohort_pairs, published="2025-11-20")

_CENTRE = "Hallford University opened the Centre for Korean Studies with the University of Seoul. "
_INSTITUTE = "Hallford University opened the Confucius Institute with Lanzhou University. "
_FACULTY = "Hallford University welcomed a delegation of the University of Seoul to its Faculty of Oriental Studies. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_CENTRE + "The centre currently has 45 students.", [(45, "Centre for Korean Studies")]),
        (_CENTRE + "Today the centre hosts 45 students.", [(45, "Centre for Korean Studies")]),
        (
            _CENTRE + "The director of the centre, Anna Berg, said the centre currently hosts 45 students.",
            [(45, "Centre for Korean Studies")],
        ),
        (
            _CENTRE + "The centre, which opened in 2019, has already trained 45 students.",
            [(45, "Centre for Korean Studies")],
        ),
        (
            _INSTITUTE + "The institute currently teaches Chinese to 450 students.",
            [(450, "Confucius Institute")],
        ),
        (_INSTITUTE + "This year the institute has enrolled 450 students.", [(450, "Confucius Institute")]),
        (
            _FACULTY + "The dean, Anna Berg, said the faculty hosts 45 foreign students.",
            [(45, "Faculty of Oriental Studies")],
        ),
    ],
)
def test_the_unit_told_of(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_CENTRE + "At the centre, 45 students learn Korean.", [(45, "Centre for Korean Studies")]),
        (_CENTRE + "Currently 45 students study at the centre.", [(45, "Centre for Korean Studies")]),
        (
            _CENTRE + "Currently 45 students of Hallford University study at the centre.",
            [(45, "Centre for Korean Studies")],
        ),
        (
            _INSTITUTE + "Over 450 students have studied Chinese at the institute since 2015.",
            [(450, "Confucius Institute")],
        ),
        (
            _FACULTY + "This year 45 exchange students are enrolled at the faculty.",
            [(45, "Faculty of Oriental Studies")],
        ),
        # a place of _AT before the unit: the first place, as before
        (
            _CENTRE + "Currently 45 students study at Korean universities and at the centre.",
            [(45, "Korean universities")],
        ),
    ],
)
def test_at_the_unit_told_of(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no unit of that kind named: the main institution, as before
        (
            "Hallford University signed an agreement with the University of Seoul. Hallford University is growing. "
            "The institute currently has 450 students.",
            [(450, "Hallford University")],
        ),
        # "the university has": the main institution, as before
        (
            _CENTRE + "Hallford University is growing. The university currently has 450 students.",
            [(450, "Hallford University")],
        ),
    ],
)
def test_no_unit_told_of(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected
