"""A joint laboratory, centre or institute told with no people counted is a body two institutions run (their tie),
not a programme; one told with the people it takes stays a programme (session 17)."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

LEAD = (
    "Almaty, 3 March. Rector Galym Mutanov of Al-Farabi Kazakh National University visited Ghent University. "
)
A, B = "Al-Farabi Kazakh National University", "Ghent University"


def _programmes(text: str) -> list[tuple[str, list[str], int | None]]:
    rec = extract_text(text)
    return [(p.name, sorted(p.partners), p.participants.count) for p in rec.programmes]


def _tied(text: str) -> bool:
    rec = extract_text(text)
    return any(sorted(t.between) == sorted([A, B]) for t in rec.partnerships)


@pytest.mark.parametrize(
    "sentence",
    [
        f"{A} and {B} opened a joint laboratory for materials science.",
        f"{A} and {B} will establish a joint research centre on water management.",
        f"The two universities launched a joint engineering institute in Almaty. {A} and {B} will share its costs.",
        f"{A} and {B} agreed to set up a joint laboratories network; the first joint laboratory will open in May.",
        f"A joint center for artificial intelligence was opened by {A} and {B}.",
    ],
)
def test_a_joint_body_with_no_people_is_no_programme(sentence: str) -> None:
    text = LEAD + sentence
    assert not [p for p in _programmes(text) if p[1] == sorted([A, B])]


def test_the_tie_of_a_joint_laboratory_stays() -> None:
    text = LEAD + f"{A} and {B} opened a joint laboratory for materials science."
    assert _tied(text)


@pytest.mark.parametrize(
    "sentence, count",
    [
        (f"{A} and {B} opened a joint institute that will admit 60 students a year.", 60),
        (
            f"{A} and {B} opened a joint research centre, where 25 PhD students will be trained every year.",
            25,
        ),
    ],
)
def test_a_joint_body_taking_people_stays_a_programme(sentence: str, count: int) -> None:
    assert any(c == count for _, _, c in _programmes(LEAD + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        f"{A} and {B} will hold a joint summer school on data science in July.",
        f"{A} and {B} launched a joint master's programme in biotechnology.",
    ],
)
def test_other_joint_programmes_stay(sentence: str) -> None:
    assert any(p[1] == sorted([A, B]) for p in _programmes(LEAD + sentence))
