"""Who owns a count of people: the programme whose intake it is, or a cohort (``kgpart.extract.count_owner``).

People a programme takes in (admitted, selected, hosted, sent, to study under it) are its participants and
not also a cohort; people told as being at a place (studying there now, having studied or done internships
there) are a mobility figure, a cohort, even when a programme is named beside them.
"""

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


def _assert_the_programmes_only(text: str, count: int) -> None:
    """``count`` is a programme's participants and no cohort's."""
    programmes, cohorts = _counts(text)
    assert count in programmes
    assert count not in cohorts


# -- the programme already holds the count: the cohort is a duplicate --------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Under the new exchange programme, {C} will admit up to 15 students from {D} every semester.", 15),
        (
            f"{A} and {B} agreed to run a joint summer school on climate policy. It will host 35 participants "
            "from both countries.",
            35,
        ),
        (f"The double degree programme run by {A} and {B} welcomed its first 25 students this autumn.", 25),
        (f"Eighteen engineers from {D} will be trained at {C} under a new internship programme.", 18),
        (f"The exchange programme between {C} and {D} will bring 12 Lao students to Peru next year.", 12),
        (
            f"Under the scholarship programme of {A}, 15 Afghan students will study engineering at {B}.",
            15,
        ),
        (f"Under the exchange programme, {A} has a quota of 12 students at {B}.", 12),
        (f"Within the double degree programme, {C} holds a quota of 12 places at {D}.", 12),
        (
            f"Twenty students from {A} will spend a semester at {B}. They are the first participants of the new "
            "exchange programme between the two universities.",
            20,
        ),
    ],
)
def test_an_intake_the_programme_holds_is_no_cohort(text: str, count: int) -> None:
    _assert_the_programmes_only(text, count)


# -- the programme has no count: the intake told after it is its count ------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} launched a dual degree master's programme in artificial intelligence. Starting next "
            f"year, {B} will admit up to 20 students from {A}.",
            20,
        ),
        (
            f"{C} and {D} opened a joint master's programme in geology. From 2026, {D} will accept 14 "
            "Peruvian students each year.",
            14,
        ),
        (
            f"{A} and {B} signed an agreement on a summer school in marine biology. {B} will welcome 30 "
            f"students of {A} in July.",
            30,
        ),
    ],
)
def test_an_intake_told_next_moves_to_the_programme(text: str, count: int) -> None:
    programmes, cohorts = _counts(text)
    assert programmes == [count]
    assert count not in cohorts


# -- people at a place: a cohort, whatever programme is named beside them --------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"More than 300 students from Nepal are currently studying at {A} under the Fjord Excellence "
            "Scholarship programme.",
            300,
        ),
        (f"Last year 18 students of {C} studied at {D} under the exchange agreement.", 18),
        (
            f"{A} and {B} run a double degree programme in law. At present 45 Kenyan students study at {B}.",
            45,
        ),
        (
            f"{A} and {B} launched a double degree programme in physics for 20 students. {A} currently hosts "
            "400 students from Norway.",
            400,
        ),
    ],
)
def test_people_at_a_place_stay_a_cohort(text: str, count: int) -> None:
    _, cohorts = _counts(text)
    assert count in cohorts


@pytest.mark.parametrize(
    "text",
    [
        f"Seven Uzbek researchers have completed internships at {A}.",
        f"Seven Mongolian researchers completed research internships at {A} last year.",
        f"Seven Kazakhstani scientists have completed research internships at {A} since 2022.",
    ],
)
def test_people_who_did_internships_are_both_a_programme_and_a_cohort(text: str) -> None:
    programmes, cohorts = _counts(text)
    assert 7 in programmes
    assert 7 in cohorts


# -- places counted with no programme named: a planned quota, the cohort's -------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "For the 2026/2027 academic year the Government of Hungary has allocated 300 quota places for citizens "
            "of Mongolia in Hungarian universities.",
            300,
        ),
        (
            "The Ministry of Education of Poland will provide 80 places for students from Ghana at Polish "
            "universities next year.",
            80,
        ),
        (
            "This year the Government of the Czech Republic allocated 45 places for Zambian students at Czech "
            "universities.",
            45,
        ),
    ],
)
def test_a_quota_with_no_programme_is_a_cohort_only(text: str, count: int) -> None:
    programmes, cohorts = _counts(text)
    assert count in cohorts
    assert count not in programmes


def test_places_two_universities_exchange_stay_a_programme() -> None:
    programmes, _ = _counts(f"Under the agreement, {A} will offer 12 places to students of {B}.")
    assert programmes == [12]


@pytest.mark.parametrize(
    "text",
    [
        "Hungary offers 250 places to citizens of Kazakhstan every year. The places are funded under the "
        "Stipendium Hungaricum programme.",
        "Romania grants 250 places to students from Moldova each year. These places are offered under the Eugen "
        "Ionescu scholarship programme.",
    ],
)
def test_places_a_named_programme_funds_are_its_own(text: str) -> None:
    programmes, cohorts = _counts(text)
    assert programmes == [250]
    assert 250 not in cohorts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} have been running a joint master's programme since 2019. To date, it has produced 85 "
            "graduates.",
            85,
        ),
        (
            f"{C} and {D} launched a double degree programme in 2018. Since then, the programme has trained 60 "
            f"engineers at {D}.",
            60,
        ),
        (
            f"{A} and {B} set up a summer school in 2021. So far, the summer school has hosted 140 students at {B}.",
            140,
        ),
    ],
)
def test_what_the_programme_did_told_next_is_its_count(text: str, count: int) -> None:
    programmes, cohorts = _counts(text)
    assert programmes == [count]
    assert count not in cohorts


# -- people taken or sent under a programme that holds their count (count_owner._taken_under_a_holder) -------


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
    _assert_the_programmes_only(text, count)


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
