"""Two counts of people that are no cohort, and targets that stay cohorts (``kgpart.extract.cohorts.plans``,
session 21).

A target with no origin ("bring the number of international students to 150,000 by 2030") is a planned cohort, as
the founding article's gold has it. A tie's yearly flow told with no
origin ("A will send 10 students to B every year") is the tie's places; with the people's country ("B will admit
15 students from Kenya annually") it is a quota, a planned cohort. Teaching staff counted in a sentence of an
exchange or of mobility ("12 students and 6 staff of A will visit B within the Erasmus+ project") are the
exchange's participants on a short visit. Guards: plans with no end year, counts told before a goal, past figures
by a year, plans for people of a named origin, a quota, a one-off plan, staff with no exchange, students under an
exchange.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import record

_record = partial(record, published="2025-10-14", lead="News\n\n")

A, B = "Tarvaska University", "Ondoro Institute of Technology"


def _cohort_counts(text: str) -> list[int | None]:
    return [c.count for c in _record(text).cohorts]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"The goal is to increase the number of foreign students at {B} to 5,000 by 2028.", 5000),
        (
            "The ministry intends to bring the number of international students in Kazakhstan to 150,000 by 2029.",
            150000,
        ),
        ("The target is 20,000 foreign students at Kazakh universities by 2026.", 20000),
        (f"{B} wants to raise the number of its international students to 2,000 by 2030.", 2000),
        ("By 2028, Uzbekistan will host 30,000 foreign students, according to the strategy.", 30000),
        (f"{B} sets a target of 1,500 international students.", 1500),
        (f"By the end of 2027, {A} plans to enrol 800 international students.", 800),
    ],
)
def test_a_target_stays_a_cohort(text: str, count: int) -> None:
    """A plan by an end year, or a number told as a target or a goal: a cohort (the founding article's gold)."""
    assert count in _cohort_counts(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Next year, 20 students from Kenya will study at {B}.", 20),
        (f"{B} will admit 15 students from Kenya in September 2026.", 15),
        (f"By 2024, 3,000 foreign students were studying at {B}.", 3000),
        (f"Currently 2,000 international students study at {B}; the goal is to double this number.", 2000),
        (f"The number of Kenyan students at {B} is expected to reach 200 by 2027.", 200),
        (f"{A} plans to increase the number of African students to 500 by 2027.", 500),
    ],
)
def test_plans_and_counts_that_set_no_target_stay_cohorts(text: str, count: int) -> None:
    """Guards: a plan with no end year, a past figure by a year, a count told before a goal, a plan for people of
    a named origin at one host (a planned cohort)."""
    assert count in _cohort_counts(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{A} will send 10 students to {B} each year.", 10),
        (f"Every year, {A} will send 10 students to {B}.", 10),
        (f"From next year, 20 students will go to {B} every year.", 20),
        (f"{A} will send 10 students annually to {B} for a semester.", 10),
        (f"Each year, up to 6 students will study at {B} for one semester.", 6),
        (f"Starting in 2026, 8 students of {A} will spend a semester at {B} every year.", 8),
        (f"{B} will host 12 students a year from {A}.", 12),
    ],
)
def test_a_yearly_flow_with_no_origin_is_no_cohort(text: str, count: int) -> None:
    """A planned flow every year, each year, annually or "a year", with no country of origin: a tie's places."""
    assert count not in _cohort_counts(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{B} will admit 15 students from Kenya annually.", 15),
        (f"{B} will offer 20 places to students from Kenya every year.", 20),
        (f"Next year, 20 students of {A} will study at {B}.", 20),
        (f"Every year, about 300 students of {A} study at {B}.", 300),
        (f"Next year, 20 students of {A} will spend a year at {B}.", 20),
    ],
)
def test_quotas_one_off_plans_and_present_flows_stay_cohorts(text: str, count: int) -> None:
    """Guards: a yearly quota for one country, a plan for one year, people studying now, "spend a year"."""
    assert count in _cohort_counts(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Within the Erasmus+ project, 12 students and 6 staff of {A} will visit {B}.", 6),
        (
            f"In the framework of academic mobility, 15 teachers of {A} completed internships at {B}.",
            15,
        ),
        (f"Five professors of {A} will lecture at {B} under the staff exchange.", 5),
        (f"The Erasmus+ grant covers 20 students and 10 teachers of {A} going to {B}.", 10),
        (f"Under the mobility agreement, 7 lecturers of {B} will teach at {A} in spring.", 7),
    ],
)
def test_an_exchanges_teaching_staff_are_no_cohort(text: str, count: int) -> None:
    """Staff, teachers, lecturers or professors counted in a sentence of an exchange or mobility: no cohort."""
    assert count not in _cohort_counts(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Forty teachers of {A} visited Germany for research purposes this academic year.", 40),
        (f"Under the exchange, 20 students of {A} study at {B}.", 20),
        (f"Thirty lecturers of {A} completed internships at {B} this year.", 30),
    ],
)
def test_staff_with_no_exchange_and_students_under_one_stay_cohorts(text: str, count: int) -> None:
    """Guards: staff told with no exchange, students studying under an exchange."""
    assert count in _cohort_counts(text)
