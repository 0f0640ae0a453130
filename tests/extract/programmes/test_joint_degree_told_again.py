"""A joint degree told again in a later sentence in other words ("a joint degree", "the joint diploma") is the joint
degree programme the article told of, as a double degree told again is, not a second programme (session 18,
programme precision); a second joint degree of another pair, one told as one more with a count of its own, and a joint
body or school of another sort stay programmes of their own."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

LEAD = "Almaty, 3 March. "
A, B = "Zhetysu Polytechnic University", "University of Coimbra"
C = "Adriatic Institute of Technology"
LAW = f"{A} and {B} launched a joint master's programme in law for 20 students. "
AGREED = f"{A} and {B} agreed on a joint master's programme in law. "


def _programmes(text: str) -> list[tuple[str, list[str], int | None]]:
    rec = extract_text(LEAD + text)
    return [(p.kind, sorted(p.partners), p.participants.count) for p in rec.programmes]


@pytest.mark.parametrize(
    "text",
    [
        LAW + f"{B} will also award graduates a joint degree.",
        LAW + f"{B} will award its graduates a joint degree in law.",
        AGREED + f"{A} will host the first joint degree students in September.",
        AGREED + f"{A} will welcome the first students of the joint degree in September.",
        LAW + f"Students of {A} and {B} will earn a joint degree after two years.",
    ],
)
def test_a_joint_degree_told_again_is_the_joint_programme(text: str) -> None:
    found = [p for p in _programmes(text) if p[0] == "joint"]
    assert len(found) == 1, found
    assert found[0][1] == sorted([A, B])


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (LAW + f"{A} and {C} launched a joint PhD programme in physics.", 2),
        (
            f"{A} and {B} run a joint master's programme in law for 20 students. A second joint master's degree, in "
            "economics, admits 12 students.",
            2,
        ),
        (LAW + f"{A} and {B} will also organise a joint summer school in July for 30 students.", 2),
    ],
)
def test_another_joint_degree_or_a_joint_school_stays_its_own(text: str, count: int) -> None:
    assert len([p for p in _programmes(text) if p[0] == "joint"]) == count, _programmes(text)
