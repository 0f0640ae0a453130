"""A programme's or an agreement's planned places, told with no origin and no institution, are no cohort
(``kgpart.extract.cohorts.plans``).

"Under the agreement, 12 students will go to Tanzania next year" counts places a scheme is to fill, not people from
somewhere at a place; with the people's country ("20 students from Kenya will study in Norway") or with no programme
or agreement named in the sentence, the plan stays a cohort, and so do people studying there now.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import record

_record = partial(record, published="2025-11-20", lead="News\n\n")

A, B = "Fjord University", "Volta Institute of Technology"


def _cohort_counts(text: str) -> list[int | None]:
    return [c.count for c in _record(text).cohorts]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Within the mobility programme, 25 students will spend the spring semester in Portugal.", 25),
        ("Thanks to the grant, 8 researchers will be sent to Chile in 2026.", 8),
        ("Under the exchange agreement, 12 students will go to Tanzania next year.", 12),
        ("Under the memorandum, 20 students will be sent to Japan in the autumn.", 20),
        ("Under the new agreement, 10 students will be admitted to universities in Japan.", 10),
        ("Through the exchange, 14 postgraduate students will travel to Brazil next spring.", 14),
        ("The protocol provides that 16 students will go to Vietnam for a summer internship.", 16),
        (f"{A} and {B} signed an exchange agreement, and 12 students will go to Tanzania next year.", 12),
    ],
)
def test_planned_places_of_a_scheme_with_no_origin_are_no_cohort(text: str, count: int) -> None:
    assert count not in _cohort_counts(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the people's country told: a planned mobility figure
        ("Under the agreement, 20 students from Kenya will study in Norway next year.", 20),
        ("Under the agreement, 20 Kenyan students will study in Norway next year.", 20),
        # no programme or agreement in the sentence
        ("Next year 15 students will be sent to Norway for a semester.", 15),
        # people there now, whatever scheme brought them
        ("Under the exchange programme, 25 students are studying in Portugal this semester.", 25),
    ],
)
def test_a_plan_with_an_origin_or_with_no_scheme_stays_a_cohort(text: str, count: int) -> None:
    assert count in _cohort_counts(text)
