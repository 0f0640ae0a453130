"""Programme counts told in press-office wordings of an intake.

The body that takes people in as the subject of the sentence after the programme ("The universities will
admit up to 20 students a year", "B will accept 15 students"); room told as slots, seats, openings or
vacancies in the next sentence; people of two nations counted together ("40 Tanzanian and Peruvian
students"); a count written out and repeated in figures ("twenty (20) students"); and "exchange" as the verb
of a double degree's flow, which is that programme's count and not an exchange of its own.
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract.record import Programme
from support.extracted import programmes

_programmes = partial(programmes, published="2025-11-20", lead="News\n\n")

A, B = "Fjord University", "Volta Institute of Technology"
C, D = "Andes Polytechnic University", "Kilimanjaro University of Mines"
E = "Accra Technical University"


def _one(text: str) -> Programme:
    found = _programmes(text)
    assert len(found) == 1, [(p.name, p.partners, p.participants.count) for p in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} launched a double degree programme in data science. The universities will admit up to "
            "20 students a year.",
            20,
        ),
        (
            f"{C} and {D} agreed on a joint master's programme in geology. Both institutions will jointly select "
            "16 candidates every year.",
            16,
        ),
        (
            f"{E} and {B} signed a dual degree agreement in finance. From 2026, {B} will accept 14 students from "
            f"{E} each year.",
            14,
        ),
        (
            f"{A} and {D} opened a joint summer school on mining safety. They will host 45 participants in "
            "Dar es Salaam.",
            45,
        ),
    ],
)
def test_the_taker_as_subject_of_the_next_sentence(text: str, count: int) -> None:
    assert _one(text).participants.count == count


def test_a_taker_outside_the_programme_gives_it_no_count() -> None:
    text = (
        f"{A} and {B} launched a double degree programme in data science. Separately, {C} will admit 300 "
        "students from Ghana next year."
    )
    found = [p for p in _programmes(text) if p.kind == "double-degree"]
    assert [p.participants.count for p in found] == [None]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} opened a dual degree programme in finance. Applications are open for 30 seats.",
            30,
        ),
        (
            f"{C} and {D} launched a double degree programme in mining. A total of 24 openings are available "
            "for the 2026 intake.",
            24,
        ),
        (
            f"{E} and {B} introduced a joint bachelor's programme in nursing. There will be 18 slots in the first "
            "year.",
            18,
        ),
        (
            f"{A} and {D} established a double degree in geology. Some 12 vacancies will be offered each year.",
            12,
        ),
    ],
)
def test_room_told_as_seats_slots_openings_or_vacancies_next(text: str, count: int) -> None:
    assert _one(text).participants.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"The new exchange programme of {C} and {D} will cover 40 Tanzanian and Peruvian students.",
            40,
        ),
        (f"{A} and {B} launched a scholarship programme for 25 Afghan and Pakistani women.", 25),
        (f"The summer school of {E} and {B} will bring together 60 Ghanaian or Danish students.", 60),
    ],
)
def test_people_of_two_nations_counted_together(text: str, count: int) -> None:
    assert _one(text).participants.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{A} and {B} launched a double degree programme for twenty (20) students.", 20),
        (f"Under the exchange programme, {C} will host fifteen (15) students of {D} every year.", 15),
        (f"{E} and {B} agreed on a joint master's programme that will admit thirty (30) students.", 30),
    ],
)
def test_a_count_written_out_and_in_figures(text: str, count: int) -> None:
    assert _one(text).participants.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"Under the double degree programme, {A} and {B} will exchange 10 students per year.",
            10,
        ),
        (
            f"{A} and {B} signed a double degree agreement; within it the universities will exchange 12 students "
            "annually.",
            12,
        ),
        (
            f"Within the joint master's programme, {C} and {D} will also exchange eight students each semester.",
            8,
        ),
    ],
)
def test_exchange_as_the_verb_of_a_double_degree_s_flow(text: str, count: int) -> None:
    prog = _one(text)
    assert (prog.kind in ("double-degree", "joint"), prog.participants.count) == (True, count)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            f"{A} and {B} signed agreements on a double degree programme in economics, a joint summer school and "
            "an exchange programme for 20 students.",
            {"double-degree": None, "joint": None, "exchange": 20},
        ),
        (
            f"{C} and {D} will run a dual degree programme in mining and a summer school for 35 students.",
            {"double-degree": None, "other": 35},
        ),
        (
            f"{E} and {B} agreed on an exchange programme for 12 students, a joint master's programme and a "
            "winter school.",
            {"exchange": 12, "joint": None, "other": None},
        ),
    ],
)
def test_a_count_after_a_list_of_programmes_is_the_last_one_s(
    text: str, counts: dict[str, int | None]
) -> None:
    assert {p.kind: p.participants.count for p in _programmes(text)} == counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{C} and {D} agreed on a student exchange that will send 20 students to each campus every year.",
            20,
        ),
        (
            f"{A} and {B} launched an academic exchange which will bring 16 students to Bergen each semester.",
            16,
        ),
        (f"{E} and {B} set up a semester exchange that will involve 12 students a year.", 12),
    ],
)
def test_an_exchange_told_with_what_it_will_do(text: str, count: int) -> None:
    prog = _one(text)
    assert (prog.kind, len(prog.partners), prog.participants.count) == ("exchange", 2, count)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"Of the 25 students who applied to the double degree programme of {A} and {B}, 12 were admitted.",
            12,
        ),
        (
            f"Of some 300 applicants to the joint master's programme of {C} and {D}, 40 have been selected.",
            40,
        ),
        (
            f"Of the 90 candidates for the exchange programme between {E} and {B}, fifteen will be chosen.",
            15,
        ),
    ],
)
def test_those_taken_in_of_more_who_applied(text: str, count: int) -> None:
    assert _one(text).participants.count == count
