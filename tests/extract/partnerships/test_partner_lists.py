"""A university's partners told after it was named as a place in the same sentence ("students
study at A, and the university has memorandums with B and C"), and agreements told in the
passive with no agent in an article about one institution ("memorandums have been concluded
with B and C"): each partner is tied to that institution; other universities named as places
are not."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

A, B, C = "Steppe Technical University", "Fjordheim University", "Lakeside College"


def pairs(text: str) -> list[list[str]]:
    return sorted(sorted(p.between) for p in extract_text(text).partnerships)


@pytest.mark.parametrize(
    "text",
    [
        f"It was noted that 40 students from Norway study at {A}, and the university has memorandums of "
        f"cooperation with {B} and {C}.",
        f"At present 120 foreign students study at {A}, while the university holds exchange agreements with {B} "
        f"and {C}.",
        f"More than 300 researchers work at {A}, and the institution maintains partnerships with {B} and {C}.",
    ],
)
def test_the_university_after_a_place_is_the_institution_named_there(text: str) -> None:
    assert pairs(text) == [sorted([A, B]), sorted([A, C])]


@pytest.mark.parametrize(
    "text",
    [
        f"The delegation of {B} visited {A} on Monday. In Norway, memorandums of cooperation have been "
        f"concluded with {B} and {C}.",
        f"{A} opened a new campus this year. Agreements on student exchange were signed with {B} and {C}.",
        f"{A} hosted a forum on hydrology. Since 2015, cooperation agreements have been concluded with {B} and "
        f"{C}.",
    ],
)
def test_an_agreement_in_the_passive_without_agent_is_the_articles_institutions(text: str) -> None:
    assert pairs(text) == [sorted([A, B]), sorted([A, C])]


@pytest.mark.parametrize(
    "text",
    [
        f"Students of {A} studied at {B} last year, and the university of {C} sent its choir.",
        f"Teachers from {A} trained at {B}, and memorandums were discussed by the ministry.",
    ],
)
def test_universities_named_only_as_places_tie_nothing(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"Rector Aliya Bekova of {C} noted that {A} has been cooperating for many years with {B}.",
        f"The President of {C}, Omar Haddad, stressed that {A} has worked closely with {B} since 2012.",
        f"Dean Lars Holm of {C} said that {A} has been collaborating since 2009 with {B}.",
    ],
)
def test_a_reported_clause_has_its_own_subject_and_time_before_with(text: str) -> None:
    """What a speaker of C says A does with B ties A and B, not the speaker's C; "for many years"
    or "since 2009" may stand between the verb and "with"."""
    assert pairs(text) == [sorted([A, B])]
