"""People taken or sent under a programme that holds their count are its participants, not also a cohort
(``count_owner._taken_under_a_holder``, session 15); people studying somewhere now under it, and a total whose
shares follow, stay cohorts."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import record

_record = partial(record, published="2025-11-20", lead="News\n\n")

A, B = "Fjord University", "Volta Institute of Technology"
C, D = "Andes Polytechnic University", "Kilimanjaro University of Mines"


def _counts(text: str) -> tuple[list[int | None], list[int | None]]:
    rec = _record(text)
    return [p.participants.count for p in rec.programmes], [c.count for c in rec.cohorts]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Through the Erasmus+ exchange programme, 30 students of {A} went to {B} last year.", 30),
        (
            f"Last year 24 students of {C} spent a semester at {D} under the exchange programme between the two "
            "universities.",
            24,
        ),
        (f"As part of the mobility programme, {A} sent 22 students to {B} in 2024.", 22),
        (
            f"Thanks to the scholarship scheme of {B}, 40 students from Togo were admitted to {A} this autumn.",
            40,
        ),
        (
            f"{A} and {B} launched an exchange programme in 2023. Through the programme, 26 students of {A} went "
            f"to {B} last spring.",
            26,
        ),
        (f"Through the exchange programme, 35 students of {A} studied at {B} in 2024.", 35),
    ],
)
def test_people_taken_under_the_programme_are_its_participants_only(text: str, count: int) -> None:
    programmes, cohorts = _counts(text)
    assert count in programmes
    assert count not in cohorts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"More than 300 students from Nepal are currently studying at {A} under the Fjord Excellence "
            "Scholarship programme.",
            300,
        ),
        (f"Under the exchange programme, 28 students of {A} are studying at {B}.", 28),
        (f"Under the exchange programme, 50 students went to {B} last year, of whom 20 were from {C}.", 50),
        (f"Through the exchange programme, 35 students studied at {B} in 2024, including 12 from {C}.", 35),
    ],
)
def test_people_studying_there_or_a_total_with_shares_stay_a_cohort(text: str, count: int) -> None:
    _, cohorts = _counts(text)
    assert count in cohorts
