"""A scheme's running total is no cohort (``kgpart.extract.cohorts.plans._a_running_total``).

"So far, 120 students have studied at B under the exchange agreement" tells what a programme, an agreement or a
scholarship has done since it began: the gold keeps such a past figure as a quantity or as the programme's
participants, never as people at a place now. Without a scheme in the sentence ("So far this year, 400 students
from Ghana have enrolled at B") or without "so far" / "to date" ("Currently 45 students ... under the agreement"),
the figure stays a cohort.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import record

_record = partial(record, published="2025-10-14", lead="News\n\n")

A, B = "Lindqvist University", "Marama Polytechnic Institute"


def _cohort_counts(text: str) -> list[int | None]:
    return [c.count for c in _record(text).cohorts]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"So far, 120 students of {A} have studied at {B} under the exchange agreement.", 120),
        (f"To date, 45 students from Ghana have studied at {B} under the memorandum.", 45),
        (f"Since the agreement was signed, 60 students have so far studied at {B}.", 60),
        (f"Thus far, 35 researchers have completed internships at {B} through the mobility scheme.", 35),
        ("Under the scholarship scheme, 210 Ghanaian students have studied in Japan to date.", 210),
        (f"Some 90 students have so far come to {B} on exchange from {A}.", 90),
        (f"{A} has so far sent 75 students to {B} within the Erasmus+ programme.", 75),
    ],
)
def test_a_schemes_running_total_is_no_cohort(text: str, count: int) -> None:
    """ "so far", "to date", "thus far" with a scheme in the sentence, in any order: no cohort."""
    assert count not in _cohort_counts(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # no programme, agreement, scholarship or exchange in the sentence: people at the host
        (f"So far this year, 400 students from Ghana have enrolled at {B}.", 400),
        # people there now, whatever scheme brought them
        (f"Currently, 45 students from Ghana are studying at {B} under the exchange agreement.", 45),
        (f"Under the agreement, 30 students from Ghana study at {B} this year.", 30),
    ],
)
def test_a_count_with_no_running_total_of_a_scheme_stays_a_cohort(text: str, count: int) -> None:
    """Guards: a total with no scheme, or a scheme with no total so far, stays a cohort."""
    assert count in _cohort_counts(text)
