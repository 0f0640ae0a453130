"""A cohort the article tells twice (the lead's figure said again by the rector further down) is one cohort of
the record; two cohorts of one count that differ in origin, status or place stay two (learned_places._once,
session 17). Every text is our own."""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract.cohorts.learned_places import _once
from kgpart.extract.record import Cohort, Evidence
from support.extracted import cohort_triples_with_status

_triples = partial(cohort_triples_with_status, published="2025-11-20")

_LEAD = "Hallford University welcomed a delegation from Kenya on Monday. "


@pytest.mark.parametrize(
    ("first", "again", "cohort"),
    [
        (
            "Today 45 students from Kenya study at Hallford University.",
            "The rector noted that 45 students from Kenya study at Hallford University and thanked the embassy.",
            (45, "Hallford University", "Kenya", "studying"),
        ),
        (
            "At present, 120 Kenyan students are enrolled at Hallford University.",
            "As the rector recalled, 120 Kenyan students are enrolled at Hallford University today.",
            (120, "Hallford University", "Kenya", "studying"),
        ),
        (
            "Currently 300 students from Kenya are studying at Hallford University.",
            "In his speech the ambassador said that some 300 students from Kenya were studying at Hallford "
            "University.",
            (300, "Hallford University", "Kenya", "studying"),
        ),
    ],
)
def test_a_cohort_told_again_further_down_is_one_cohort(
    first: str, again: str, cohort: tuple[int, str, str, str]
) -> None:
    text = _LEAD + first + " The guests toured the campus and its laboratories.\n\n" + again
    assert _triples(text) == [cohort]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two origins
            "There are 45 Kenyan students at Hallford University. Another 45 students from Ghana study at "
            "Hallford University.",
            [
                (45, "Hallford University", "Kenya", "studying"),
                (45, "Hallford University", "Ghana", "studying"),
            ],
        ),
        (  # now and planned
            "This year 45 students from Kenya study at Hallford University. Next year 45 more students from "
            "Kenya will study at Hallford University.",
            [
                (45, "Hallford University", "Kenya", "studying"),
                (45, "Hallford University", "Kenya", "planned"),
            ],
        ),
    ],
)
def test_two_cohorts_of_one_count_that_differ_stay_two(
    text: str, expected: list[tuple[int, str, str, str]]
) -> None:
    assert _triples(_LEAD + text) == expected


def _at(start: int) -> Evidence:
    return Evidence("45 students study at B.", start, start + 23)


def test_two_readings_of_one_sentence_keep_the_one_that_knows_the_origin() -> None:
    bare = Cohort(45, who="students", at="B", evidence=_at(10))
    full = Cohort(45, who="students from Kenya", at="B", from_country="Kenya", evidence=_at(10))
    other = Cohort(30, at="B", evidence=_at(10))
    assert _once([bare, other, full]) == [full, other]
    assert _once([full, bare]) == [full]


def test_a_count_with_no_origin_in_another_sentence_stays() -> None:
    # "45 students study at B" in the lead, "45 students from Kenya study at B" later: not surely one figure
    bare = Cohort(45, at="B", evidence=_at(10))
    full = Cohort(45, at="B", from_country="Kenya", evidence=_at(400))
    assert _once([bare, full]) == [bare, full]


def test_cohorts_with_no_count_or_no_place_are_left_alone() -> None:
    countless = [Cohort(None, at="B", from_country="Kenya"), Cohort(None, at="B", from_country="Kenya")]
    placeless = [Cohort(45, from_country="Kenya"), Cohort(45, from_country="Kenya")]
    assert _once(countless) == countless
    assert _once(placeless) == placeless
