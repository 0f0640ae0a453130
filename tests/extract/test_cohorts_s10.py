"""Cohorts, session 10: sentences written for these tests.

Where a cohort is when the text names its institution elsewhere: "the partner university" (the one
the sentence does not name), "the Norwegian university | the campus" as the subject, a relative clause
on the institution just named ("B, which hosts", "B, where 40 students study"), "Of the 120 ... in
Korea, 35 study at B", parts of a cohort of no one country (", 12 from Ghana"). Counts told in dozens
or as "a thousand".
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text
from kgpart.extract.quantities import parse_count
from kgpart.extract.record import Cohort

A, B = "Volta Institute of Technology", "Fjord University"
K = "Kilimanjaro University of Mines"


def _cohorts(text: str) -> list[Cohort]:
    return extract_text(text, published="2025-11-20").cohorts


def _pairs(text: str) -> list[tuple[int | None, str | None]]:
    return sorted(((c.count, c.at) for c in _cohorts(text)), key=str)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"{A} and {B} signed an exchange agreement. Under it, 20 students of {A} will study at the partner "
            "university.",
            [(20, B)],
        ),
        (
            f"The rector of {K} received a delegation of {B}. From next year {K} will send 15 master's students "
            "to the partner university.",
            [(15, B)],
        ),
        (
            f"{B} renewed its memorandum with {A}. In spring, 12 researchers of {B} worked at the host "
            "institute for three months.",
            [(12, A)],
        ),
    ],
)
def test_the_partner_university_is_the_one_the_sentence_does_not_name(
    text: str, pairs: list[tuple[int, str]]
) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        f"The envoy of Senegal visited {B}. The Norwegian university now has 18 Senegalese students.",
        f"The envoy of Senegal visited {B}. Today the campus hosts 18 students from Senegal.",
        f"The envoy of Senegal visited {B} on Monday. This year the university welcomed 18 Senegalese students.",
    ],
)
def test_the_university_told_by_an_adjective_or_as_the_campus(text: str) -> None:
    assert _pairs(text) == [(18, B)]


@pytest.mark.parametrize(
    "text",
    [
        f"The ambassador visited {B}, which currently hosts 42 students from Kazakhstan.",
        f"The ambassador visited {B}, where 42 students from Kazakhstan currently study.",
        f"The ambassador toured {B}, where some 42 Kazakh students are enrolled.",
        f"The delegation went on to {B} (FU), where there are now 42 students from Kazakhstan.",
        f"The minister praised {B}, which has trained 42 Kazakh engineers since 2010.",
    ],
)
def test_a_relative_clause_on_the_institution_just_named(text: str) -> None:
    assert [(c.count, c.at) for c in _cohorts(text)][:1] == [(42, B)]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"Of the 120 Uzbek students in Korea, 35 study at {B}.", [(120, "South Korea"), (35, B)]),
        (f"Of the 900 Ghanaian students in Morocco, 70 are enrolled at {K}.", [(70, K), (900, "Morocco")]),
        (f"Among the 64 Chilean researchers in Spain, 11 work at {A}.", [(11, A), (64, "Spain")]),
    ],
)
def test_a_part_of_a_group_at_a_place_of_its_own(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            f"Rector of {B} opened the week. The campus welcomed 60 international students, 12 from Ghana.",
            [(60, None), (12, "Ghana")],
        ),
        (
            f"{K} currently hosts 300 foreign students, 45 from Zambia and 30 from Malawi.",
            [(300, None), (45, "Zambia"), (30, "Malawi")],
        ),
        (
            f"This autumn {A} admitted 90 international students, 20 from Peru, to its engineering courses.",
            [(90, None), (20, "Peru")],
        ),
    ],
)
def test_parts_of_a_cohort_of_no_one_country(text: str, found: list[tuple[int, str | None]]) -> None:
    cohorts = _cohorts(text)
    assert [(c.count, c.from_country) for c in cohorts] == found
    assert len({c.at for c in cohorts}) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Two dozen students from Laos study at {B}.", 24),
        (f"A dozen Malian students are enrolled at {B}.", 12),
        (f"Nearly a thousand students from Nepal study at {B}.", 1000),
        (f"{B} hosts a hundred students from Nepal.", 100),
        (f"{B} currently hosts some three hundred students from Nepal.", 300),
    ],
)
def test_counts_in_words(text: str, count: int) -> None:
    assert _pairs(text) == [(count, B)]


def test_parse_count_reads_dozens_and_round_words() -> None:
    assert [parse_count(t) for t in ("two dozen", "half a dozen", "a thousand", "several dozen", "45")] == [
        24,
        6,
        1000,
        None,
        45,
    ]
