"""Told as a programme, but a tie of its partners (session 18, programme precision): a branch campus opened with no
students counted, teachers of one institution visiting another, and the academic mobility an agreement is on when no
one is counted taking part. The record keeps the two institutions' tie; a branch that admits students, and an
exchange whose people are counted, stay programmes. Over G2-G12 none of the 13 such programmes of ours was a gold
programme (bench/README.md "### Programme precision (session 18)")."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

LEAD = "Almaty, 3 March. "
A, B = "Zhetysu Polytechnic University", "University of Coimbra"
C = "Adriatic Institute of Technology"


def _programmes(text: str) -> list[tuple[str, list[str], int | None]]:
    rec = extract_text(LEAD + text)
    return [(p.kind, sorted(p.partners), p.participants.count) for p in rec.programmes]


def _tied(text: str, x: str = A, y: str = B) -> bool:
    rec = extract_text(LEAD + text)
    return any(sorted(t.between) == sorted([x, y]) for t in rec.partnerships)


@pytest.mark.parametrize(
    "text",
    [
        f"A branch of {B} will be opened in Almaty together with {A}.",
        f"{B} will open its branch in Almaty in cooperation with {A}.",
        f"{A} and {B} agreed to open a branch campus of the Portuguese university in Almaty.",
        f"{B} plans to establish a branch campus in Almaty with {A} next year.",
    ],
)
def test_a_branch_opened_with_no_students_counted_is_a_tie_not_a_programme(text: str) -> None:
    assert _programmes(text) == []
    assert _tied(text)


@pytest.mark.parametrize(
    "text",
    [
        f"A branch of {B} opened in Almaty last week.",
        f"{B} opened its branch in Almaty on Monday. The ceremony was attended by the Minister of Science.",
    ],
)
def test_a_branch_of_one_university_with_no_students_is_no_programme(text: str) -> None:
    assert _programmes(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"A branch of {B} will be opened in Almaty together with {A}. It will admit 400 students a year.",
            400,
        ),
        (
            f"{B} will open its branch in Almaty in cooperation with {A}. The branch will enrol 250 students.",
            250,
        ),
    ],
)
def test_a_branch_that_admits_students_stays_a_programme(text: str, count: int) -> None:
    assert _programmes(text) == [("joint", sorted([A, B]), count)]


@pytest.mark.parametrize(
    "text",
    [
        f"{A} will host three visiting professors from {B} this autumn.",
        f"Professors of {B} will teach at {A} as visiting professors.",
        f"{A} invited visiting lecturers from {B} to teach courses in economics.",
        f"{A} and {B} signed a cooperation agreement. Under it, professors of {B} will teach at {A} as visiting "
        "professors.",
        f"Next spring {A} will welcome four visiting researchers from {B}.",
    ],
)
def test_teachers_visiting_another_institution_are_no_programme(text: str) -> None:
    assert _programmes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"{A} and {B} signed a protocol on academic mobility of students.",
        f"{A} signed an agreement on student exchange with {B}.",
        f"{A} and {B} signed a memorandum of understanding on academic mobility of students and teachers.",
        f"The rectors of {A} and {B} signed an agreement on student exchange.",
        f"{A} launched a joint master's programme in law with {C}. A memorandum was also signed with {B} on academic "
        "mobility.",
    ],
)
def test_the_mobility_an_agreement_is_on_with_no_one_counted_is_no_programme(text: str) -> None:
    assert not [p for p in _programmes(text) if p[0] == "exchange"]
    assert _tied(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} signed a memorandum on academic mobility. Under the memorandum, 20 students of {A} will "
            f"study at {B} each year.",
            20,
        ),
        (
            f"{A} signed an agreement on student exchange with {B}. Eight students will take part in the exchange "
            "each year.",
            8,
        ),
        (f"{A} and {B} signed a protocol on academic mobility of ten students a year.", 10),
    ],
)
def test_the_mobility_an_agreement_is_on_with_people_counted_stays(text: str, count: int) -> None:
    assert ("exchange", sorted([A, B]), count) in _programmes(text)


@pytest.mark.parametrize(
    "text",
    [
        f"{A} and {B} launched a visiting professor programme.",
        f"{A} and {B} run an academic mobility programme for students.",
        f"{A} and {B} opened a joint institute that will admit 60 students a year.",
    ],
)
def test_programmes_named_as_such_stay(text: str) -> None:
    assert [p for p in _programmes(text) if p[1] == sorted([A, B])]
