"""More wordings of a programme (issue #11, item 3): sentences written for these tests.

Dual and double degrees told without the word, scholarships and fellowships with their places,
named programmes, branch campuses, joint institutes, partners given as "the two universities",
and the count of participants a programme's sentence gives.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import one_programme, programmes

A, B = "Daugava Technical University", "Fjordland Institute of Marine Science"


_programmes = partial(programmes, published="2025-03-14")
_one = partial(one_programme, published="2025-03-14")


@pytest.mark.parametrize(
    "text",
    [
        f"Graduates will receive diplomas from both {A} and {B}.",
        f"Students of {A} can earn two diplomas: one from {A} and one from {B}.",
        f"Under the agreement with {B}, students of {A} will obtain degrees of the two universities.",
    ],
)
def test_a_double_degree_told_without_the_word(text: str) -> None:
    prog = _one(text)
    assert prog.kind == "double-degree"
    assert set(prog.partners) == {A, B}


def test_a_double_degree_told_twice_is_one_programme() -> None:
    text = (
        f"{A} and {B} launched a dual-degree programme in marine engineering. "
        "Its students will receive two diplomas after four years."
    )
    prog = _one(text)
    assert set(prog.partners) == {A, B}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{A} will offer full scholarships to 25 students from {B}.", 25),
        (f"{B} provides fellowships for twelve young researchers of {A}.", 12),
        (f"{A} grants scholarships to up to eight students of {B} per academic year.", 8),
    ],
)
def test_places_offered_to_so_many_people(text: str, count: int) -> None:
    prog = _one(text)
    assert prog.participants.count == count
    assert set(prog.partners) == {A, B}


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        (
            "The Ambassador spoke about the Bright Horizons President's Programme.",
            "Bright Horizons President's Programme",
            None,
        ),
        (
            "The encoding lost the apostrophe of the Bright Horizons President?s Program.",
            "Bright Horizons President?s Program",
            None,
        ),
        (
            "The Ambassador presented the Norwegian Government Scholarship, which supports 300 students a year.",
            "Norwegian Government Scholarship",
            300,
        ),
    ],
)
def test_a_programme_s_proper_name_with_a_possessive_or_a_body_in_it(
    text: str, name: str, count: int | None
) -> None:
    prog = _one(text)
    assert prog.name == name
    assert prog.participants.count == count


def test_an_institution_s_programme_is_no_proper_name() -> None:
    assert _programmes("The Ambassador praised the University Programme of the city.") == []


@pytest.mark.parametrize(
    "text",
    [
        # with the students it admits: with none counted a branch is no programme (session 18,
        # test_branches_visits_and_agreement_areas.py)
        f"A branch of {A} will be opened in Bergen together with {B}. It will admit 400 students a year.",
        f"{A} will open its branch in Bergen in cooperation with {B}. The branch will enrol 250 students.",
        f"{A} plans to establish a new branch campus in Bergen with {B}. The branch will admit 300 students.",
    ],
)
def test_a_branch_campus_being_opened(text: str) -> None:
    prog = _one(text)
    assert prog.kind == "joint"
    assert set(prog.partners) == {A, B}


def test_branches_told_of_are_not_opened_here() -> None:
    assert _programmes(f"Branches of {A} operate in Bergen and Tromso.") == []


@pytest.mark.parametrize(
    "text",
    [
        f"{A} and {B} opened the Baltic-Nordic Joint Research Institute last year; it admits 60 students a year.",
        f"The Joint Institute of {A} and {B} trains 400 students.",
    ],
)
def test_a_joint_institute_is_a_joint_programme_of_its_founders(text: str) -> None:
    prog = _one(text)
    assert prog.kind == "joint"
    assert {A, B} <= set(prog.partners)


@pytest.mark.parametrize(
    "second",
    [
        "The two universities agreed to launch a double-degree programme in 2026.",
        "The universities will run a joint master's programme in coastal engineering.",
    ],
)
def test_partners_named_the_two_universities(second: str) -> None:
    prog = _one(f"Rector of {A} Ilze Ozola visited {B} on Monday. {second}")
    assert set(prog.partners) == {A, B}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{A} received 14 students from {B} under the exchange programme.", 14),
        (f"{A} hosted 25 students from {B} as part of a two-week summer school.", 25),
    ],
)
def test_a_programme_takes_the_one_count_its_sentence_gives(text: str, count: int) -> None:
    assert _one(text).participants.count == count


def test_two_counts_in_a_sentence_leave_the_programme_without_one() -> None:
    text = f"{A} received 14 students and 6 teachers from {B} under the exchange programme."
    assert _one(text).participants.count is None


def test_a_year_is_no_count_of_a_programme() -> None:
    text = f"Since 2015 {A} and {B} have run a dual-degree programme in marine engineering."
    assert _one(text).participants.count is None


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        (
            "Every year, 50 Latvian students study in Norway on Nordic Horizon scholarships.",
            "Nordic Horizon scholarships",
            50,
        ),
        (
            "Twelve researchers came under the Baltic Sea Science fellowship.",
            "Baltic Sea Science fellowship",
            12,
        ),
    ],
)
def test_a_proper_name_before_a_kind_in_lower_case(text: str, name: str, count: int) -> None:
    prog = _one(text)
    assert (prog.name, prog.participants.count) == (name, count)


def test_an_institution_s_name_before_programme_is_no_programme_name() -> None:
    assert _programmes(f"{A} programme staff met the guests.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (f"{A} and {B} signed an agreement on the Joint Master's Degree in Marine Engineering.", "joint"),
        (f"{A} and {B} will offer a Dual PhD Programme in oceanography.", "double-degree"),
    ],
)
def test_a_degree_written_with_capitals(text: str, kind: str) -> None:
    prog = _one(text)
    assert prog.kind == kind
    assert set(prog.partners) == {A, B}


@pytest.mark.parametrize(
    "second",
    [
        "The double-degree programme will start in 2026.",
        f"{A} will launch a joint master's programme next year.",
    ],
)
def test_a_two_sided_programme_takes_its_other_side_from_the_article_s_tie(second: str) -> None:
    prog = _one(f"{A} signed a memorandum of understanding with {B} on Monday. {second}")
    assert set(prog.partners) == {A, B}


def test_a_programme_of_one_side_stays_so_when_the_ties_are_many() -> None:
    text = (
        f"{A} signed memoranda with {B} and Northgate University on Monday. "
        f"{A} will launch a joint master's programme next year."
    )
    assert _one(text).partners == [A]


def test_degrees_in_the_plural_with_no_partner_are_a_class() -> None:
    text = "About thirty foreign campuses work in the country, including many dual-degree programs."
    assert _programmes(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Within the framework of academic mobility, 15 students of {A} studied at {B}.", 15),
        (f"Under the student exchange, twelve students of {A} spent a semester at {B}.", 12),
    ],
)
def test_an_exchange_without_the_word_programme_when_it_counts_people(text: str, count: int) -> None:
    prog = _one(text)
    assert (prog.kind, prog.participants.count) == ("exchange", count)
    assert set(prog.partners) == {A, B}


@pytest.mark.parametrize(
    "text",
    [
        f"Rector of {A} Ilze Ozola and guests from {B} discussed academic mobility and joint research.",
        f"Within the framework of academic mobility, students of {A} studied at {B}.",
    ],
)
def test_mobility_named_as_a_topic_or_without_a_count_is_no_programme(text: str) -> None:
    assert _programmes(text) == []
