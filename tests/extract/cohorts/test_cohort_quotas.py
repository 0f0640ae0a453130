"""Quotas of places: a cohort with the status "planned" when no programme is behind them.

The convention of the record: a planned scholarship quota, places set aside for people of one origin with
no programme named or described, is a cohort ("Russia has allocated 1,000 state-funded places for students
from Kazakhstan": 1,000 at Russia, planned); the places of a named or described programme ("under the
Stipendium programme", "the grant programme provides") are that programme's participants, no cohort. Where
the places are: "at B" or "in Russian universities" after them, else the giver before the count.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

U = "Tamsin Valley University"
V = "Oberhain Technical University"
K = "Kestrel Institute of Technology"


def _cohorts(text: str) -> list[tuple[int | None, str | None, str | None, str]]:
    found = extract_text(text, published="2025-11-20").cohorts
    return sorted(((c.count, c.at, c.from_country, c.status) for c in found), key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia has allocated 1,000 state-funded places for students from Kazakhstan for the 2025/26 academic year.",
            (1000, "Russia", "Kazakhstan"),
        ),
        ("Hungary will offer 200 scholarship places to Kenyan students.", (200, "Hungary", "Kenya")),
        (
            "The Government of the Russian Federation has allocated 1,200 quota places for the citizens of Tajikistan "
            "in Russian universities.",
            (1200, "Russian universities", "Tajikistan"),
        ),
        ("Every year Hungary sets aside 250 seats for Laotian students.", (250, "Hungary", "Laos")),
        (f"{U} reserved 20 places for students of {K}.", (20, U, None)),
        (f"Next year {K} will offer 35 study places for young people from Bhutan.", (35, K, "Bhutan")),
        (
            "The Government of Hungary offers 200 scholarship places for Kazakh students at " + U + ".",
            (200, U, "Kazakhstan"),
        ),
        ("China has set aside 80 tuition-free places for students from Zambia.", (80, "China", "Zambia")),
    ],
)
def test_places_set_aside_are_a_planned_cohort(text: str, expected: tuple[int, str, str | None]) -> None:
    assert _cohorts(text) == [(*expected, "planned")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This year the quota for Tajik citizens at Russian universities has been raised to 1,200.",
            (1200, "Russian universities", "Tajikistan"),
        ),
        (f"{V} allocated a quota of 30 places for students from Kenya.", (30, V, "Kenya")),
        (
            "Poland set the quota for students from Belarus at 400 places for the next year.",
            (400, "Poland", "Belarus"),
        ),
    ],
)
def test_a_quota_told_as_a_total(text: str, expected: tuple[int, str, str | None]) -> None:
    assert _cohorts(text) == [(*expected, "planned")]


@pytest.mark.parametrize(
    "text",
    [
        f"Under the Stipendium programme, {V} has 30 places for students from Nepal.",
        f"The grant programme provides 50 places for Afghan students at {U}.",
        "Within the framework of Bolashak, Kazakhstan allocates 500 places for young people.",
        "The new dormitory has 300 places for students.",
        f"{U} opened a hall with 120 seats for students.",
    ],
)
def test_places_of_a_programme_or_of_a_building_are_no_cohort(text: str) -> None:
    assert _cohorts(text) == []
