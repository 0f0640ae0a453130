"""A programme told with its own partner after "with", beside other organisations of the sentence.

"The university implements a double degree with B and an exchange programme with C": the exchange is run by
C and the sentence's subject (named, or "the university": the article's main institution), not by B and C.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import programmes

_programmes = partial(programmes, published="2025-11-20", lead="News\n\n")

A, B = "Fjord University", "Volta Institute of Technology"
C, D = "Andes Polytechnic University", "Kilimanjaro University of Mines"


@pytest.mark.parametrize(
    ("text", "kind", "partners"),
    [
        (
            f"Rector of {A} Anna Holm met the Ambassador of Peru. She noted that the university implements double "
            f"degree programmes with {C} and an exchange programme with {D}.",
            "exchange",
            {A, D},
        ),
        (
            f"{A} cooperates closely with {B} in research and runs an exchange programme with {D}.",
            "exchange",
            {A, D},
        ),
        (
            f"The rector said that {A} works with {C} on joint research and offers a double degree programme in "
            f"law with {D}.",
            "double-degree",
            {A, D},
        ),
    ],
)
def test_the_partner_after_with_and_the_subject(text: str, kind: str, partners: set[str]) -> None:
    found = [set(p.partners) for p in _programmes(text) if p.kind == kind]
    assert found == [partners]


def test_two_subjects_and_the_partner_after_with() -> None:
    found = _programmes(f"{A} and {B} launched a joint summer school with {C}.")
    assert [set(p.partners) for p in found] == [{A, B, C}]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        # the exchanges are counted: an agreement on exchange with no one counted is no programme (session 18,
        # test_branches_visits_and_agreement_areas.py)
        (
            f"{A} signed a double degree agreement with {B}. Another agreement was signed with {D} on student "
            "exchange. Eight students will take part in the exchange each year.",
            {A, D},
        ),
        (
            f"{A} launched a joint master's programme in law. A memorandum was also signed with {C} on academic "
            "mobility of ten students a year.",
            {A, C},
        ),
        (
            f"{A} opened a joint research centre with {B}. A separate protocol will be concluded with {D} on the "
            "exchange of students. Eight students will take part in the exchange each year.",
            {A, D},
        ),
    ],
)
def test_an_agreement_signed_with_another_partner_on_exchange(text: str, partners: set[str]) -> None:
    found = [set(p.partners) for p in _programmes(text) if p.kind == "exchange"]
    assert found == [partners]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"{A} runs a double degree programme with {B}. In 2025 it also launched a double degree programme "
            f"with {C}.",
            [{A, B}, {A, C}],
        ),
        (
            f"{A} and {B} launched a joint master's programme in finance. Meanwhile, {C} and {D} launched a joint "
            "master's programme in geology.",
            [{A, B}, {C, D}],
        ),
        (
            f"{A} and {B} offer a dual degree programme in law. {C} and {D} will open a dual degree programme in "
            "mining next year.",
            [{A, B}, {C, D}],
        ),
    ],
)
def test_a_second_programme_of_the_kind_run_by_another_pair(text: str, pairs: list[set[str]]) -> None:
    assert [set(p.partners) for p in _programmes(text)] == pairs


def test_a_double_degree_told_again_with_a_funder_is_one() -> None:
    text = (
        f"{A} and {B} launched a double degree programme in law. The double degree programme is funded by the "
        "Ministry of Education of Norway."
    )
    assert len(_programmes(text)) == 1


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            f"{A} and {B} run a double degree programme in law. {A} also runs a similar programme with {C}.",
            ("double-degree", {A, C}),
        ),
        (
            f"{C} and {D} launched a joint master's programme in geology. Last year, {C} opened the same kind of "
            f"programme with {A}.",
            ("joint", {C, A}),
        ),
        (
            f"{A} and {B} launched an exchange programme for 20 students. A similar scheme is planned with {D}.",
            ("exchange", {A, D}),
        ),
    ],
)
def test_a_similar_programme_with_another_partner(text: str, second: tuple[str, set[str]]) -> None:
    found = _programmes(text)
    assert len(found) == 2
    assert (found[1].kind, set(found[1].partners)) == second
