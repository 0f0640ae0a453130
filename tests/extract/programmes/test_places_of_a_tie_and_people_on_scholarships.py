"""Programme coverage, session 16: places given by one institution after its one tie, and people counted "on
scholarships".

Scholarships or places an institution gives, told after the one agreement it signed with another institution
("A signed a memorandum with B. [...] A will award 20 scholarships a year."), are that tie's: they take B as a second
partner. Told before the tie, or by an institution with two ties, or by a state body or an embassy, they stay the
giver's alone. People counted and told as studying or coming "on (full | government) scholarships" are the places of a
programme with that count ("B will send 15 students to A on scholarships"). Courses an institution gives the people of
another, both named ("A will organise language courses for students of B"), are a programme of the two, with no
count. Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import programmes

_programmes = partial(programmes, published="2025-11-20")

A, B, C = "Fjord University", "Volta Institute of Technology", "Andes Polytechnic University"
FOUNDED = f"{A} was founded in 1950. "


def _partners_and_counts(text: str) -> list[tuple[set[str], int | None]]:
    return [(set(p.partners), p.participants.count) for p in _programmes(text)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} signed a memorandum of understanding with {B} on Monday. {FOUNDED}{A} will also award 20 scholarships a year.",
            20,
        ),
        (
            f"{A} and {B} signed a cooperation agreement. {FOUNDED}Each year, 10 scholarships will be offered by {A}.",
            10,
        ),
        (
            f"{A} and {B} signed a cooperation agreement. {FOUNDED}{A} has allocated 12 state-funded places.",
            12,
        ),
        (
            f"{A} signed an agreement with {B} in May. {FOUNDED}{A} grants 8 fully funded places every year.",
            8,
        ),
    ],
)
def test_places_given_after_the_givers_one_tie_are_the_ties(text: str, count: int) -> None:
    assert _partners_and_counts(text) == [({A, B}, count)]


@pytest.mark.parametrize(
    "text",
    [
        # the tie told after the places
        f"{A} offers 20 scholarships a year. {FOUNDED}{A} also signed a memorandum with {B}.",
        # two ties: whose the places are is not told
        f"{A} signed agreements with {B} and {C}. {FOUNDED}{A} will also award 20 scholarships a year.",
    ],
)
def test_places_told_before_the_tie_or_beside_two_ties_stay_the_givers(text: str) -> None:
    assert _partners_and_counts(text) == [({A}, 20)]


def test_places_an_embassy_gives_stay_the_embassys() -> None:
    text = f"The Embassy of Japan and {A} signed a memorandum on Monday. {FOUNDED}The Embassy of Japan will award 20 scholarships a year."
    assert _partners_and_counts(text) == [({"Embassy of Japan"}, 20)]


VISIT = f"{A} hosted a delegation of {B}. {FOUNDED}"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{VISIT}{B} will send 15 students to {A} on scholarships.", 15),
        (f"{VISIT}Twelve students of {B} study at {A} on full scholarships.", 12),
        (f"{VISIT}Next year 8 graduates of {B} will come to {A} on a government scholarship.", 8),
        (f"{VISIT}Up to 20 researchers of {B} will work at {A} on fully funded fellowships.", 20),
    ],
)
def test_people_counted_on_scholarships_are_a_programmes(text: str, count: int) -> None:
    assert (({A, B}, count)) in _partners_and_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        f"{VISIT}Students of {B} study at {A} on scholarships.",  # no one counted
        f"{VISIT}Fifteen students of {B} arrived on Monday to discuss scholarships.",  # no one on them
    ],
)
def test_no_programme_without_people_counted_on_scholarships(text: str) -> None:
    assert _programmes(text) == []


# -- courses one institution gives the people of another ------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (f"{VISIT}{A} will organise Swahili language courses for students of {B}.", "students"),
        (f"{VISIT}{B} offers English courses for teachers of {A}.", "teachers"),
        (f"{VISIT}{A} conducts refresher courses in mining for engineers of {B}.", "engineers"),
        (
            f"{VISIT}{B} will hold an intensive course on water management for the researchers of {A}.",
            "researchers",
        ),
    ],
)
def test_courses_given_to_the_people_of_another_institution_are_a_programme(text: str, who: str) -> None:
    found = _programmes(text)
    assert [(set(p.partners), p.participants.count, p.participants.who) for p in found] == [
        ({A, B}, None, who)
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"{FOUNDED}{A} offers Swahili courses for foreign students.",  # one institution: its own teaching
        f"{VISIT}The sides discussed language courses for students of {B}.",  # talked of
        f"{VISIT}The ambassador urged {A} to organise language courses for students of {B}.",  # urged
    ],
)
def test_courses_of_one_institution_talked_of_or_urged_are_no_programme(text: str) -> None:
    assert _programmes(text) == []


# -- people counted taking part in exchanges, with no article -------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{VISIT}So far, 80 students have taken part in exchanges between {A} and {B}.", 80),
        (f"{VISIT}More than 40 students of {A} took part in student exchanges with {B}.", 40),
        (
            f"{VISIT}Since 2010, 120 teachers have participated in academic exchanges between {A} and {B}.",
            120,
        ),
    ],
)
def test_people_counted_in_exchanges_are_an_exchange_programme(text: str, count: int) -> None:
    assert _partners_and_counts(text) == [({A, B}, count)]


def test_people_in_exchanges_only_talked_of_are_no_programme() -> None:
    text = f"{VISIT}The rectors discussed the possibility that 30 students take part in exchanges between {A} and {B}."
    assert _programmes(text) == []
