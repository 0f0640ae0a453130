"""Cohorts: "it" or "there" after a country named since the institution last was.

When a count's sentence names no place and opens with "It hosts" or "There,", the rules take a country
named after the last institution: "The minister then flew to Poland. It hosts 3,000 ...". But a country
told only as one side of a relation ("cooperation between Kenya and Belgium", "ties with Poland", "thanked
Poland") or as where the institution itself stands ("it is the largest university in Poland") does not move
the talk away from the institution: "it" is still the institution. A country the text goes to, or that opens
a sentence as its subject, still is the place.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import sorted_cohort_pairs

W, G, M = "University of Warsaw", "Ghent University", "Technical University of Munich"

_pairs = partial(sorted_cohort_pairs, published="2025-11-20")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"The ambassador of Kenya met the rector of {G}. The sides discussed cooperation between Kenya and "
            "Belgium. Currently, it hosts 45 Kenyan students.",
            [(45, G)],
        ),
        (
            f"The rector of {W} received the ambassador of Kazakhstan. They spoke of the ties between Poland and "
            "Kazakhstan. It now hosts 300 Kazakh students.",
            [(300, W)],
        ),
        (
            f"The consul of Vietnam visited the {M}. He praised its partnership with Germany's industry. It hosts "
            "80 Vietnamese students.",
            [(80, M)],
        ),
        (
            f"The ambassador of Kazakhstan was welcomed at the {W}. He thanked Poland for its hospitality. It "
            "hosts 300 Kazakh students.",
            [(300, W)],
        ),
    ],
)
def test_a_country_told_as_a_side_leaves_it_the_institution(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"The {W} hosted the ambassador. Founded in 1816, it is the largest university in Poland. It hosts 300 "
            "Kazakh students.",
            [(300, W)],
        ),
        (
            f"The {W} hosted the ambassador. The university is the largest in Poland. There, 300 Kazakh students "
            "study.",
            [(300, W)],
        ),
        (
            f"The ambassador of Kenya toured {G}. It is one of the leading research universities of Belgium. "
            "Currently, it hosts 45 Kenyan students.",
            [(45, G)],
        ),
        (
            f"Vietnamese officials visited the {M}. The institute ranks first in Germany for engineering. It "
            "hosts 80 students from Vietnam.",
            [(80, M)],
        ),
    ],
)
def test_where_the_institution_stands_leaves_it_the_institution(
    text: str, pairs: list[tuple[int, str]]
) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"Kazakh students are increasingly choosing Poland. The {W} alone hosts 300 of them.",
            [(300, W)],
        ),
        (
            f"In Germany, the {M} has expanded its exchange. This year 80 students from Vietnam are enrolled.",
            [(80, M)],
        ),
        (
            f"In Germany, the {M} has expanded its exchange. There, 80 students from Vietnam study engineering.",
            [(80, M)],
        ),
        (
            f"The ambassador of Kenya visited {G} in Belgium. It hosts 45 Kenyan students.",
            [(45, G)],
        ),
        (
            f"{G} welcomed 600 international students this week. Among them, 45 are from Kenya.",
            [(45, G), (600, G)],
        ),
    ],
)
def test_the_institution_told_last_is_the_place(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"The {W} signed a memorandum with Al-Farabi Kazakh National University. In Poland, 2,000 Kazakh "
            "students study.",
            [(2000, "Poland")],
        ),
        (
            f"{G} signed a deal with the embassy. The minister then travelled to Poland. It hosts 3,000 Kazakh "
            "students.",
            [(3000, "Poland")],
        ),
        (
            f"The envoy praised {W}. He then went on to Korea. There, 4,500 Kazakh students study.",
            [(4500, "Korea")],
        ),
        (
            f"The rector of {G} met the envoy of Kenya. Belgium is a popular destination for Kenyans. It hosts "
            "900 Kenyan students.",
            [(900, "Belgium")],
        ),
    ],
)
def test_a_country_gone_to_or_told_of_is_still_the_place(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"{G} welcomed its new intake this week. Among the newcomers, 45 students come from Kenya.",
            [(45, G)],
        ),
        (
            f"The {W} opened its academic year on Monday. Among the freshmen, 60 students are from Kazakhstan.",
            [(60, W)],
        ),
        (
            f"In Germany, the {M} opened its academic year. Among its new students, 80 students come from Vietnam.",
            [(80, M)],
        ),
    ],
)
def test_among_the_newcomers_of_the_institution_told_just_before(
    text: str, pairs: list[tuple[int, str]]
) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Poland welcomed many new students this autumn. Among the newcomers, 300 students come from Kazakhstan.",
        f"The {W} signed a deal with {G}. Among the newcomers, 45 students come from Kenya.",
    ],
)
def test_among_the_newcomers_with_no_one_institution_names_none(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"The {W} hosted Kazakhstan's ambassador. The ambassador to Poland toured the campus. It hosts 300 "
            "Kazakh students.",
            [(300, W)],
        ),
        (
            f"The {W} hosted a diplomat of Kazakhstan. The diplomat, accredited in Poland since 2022, toured the "
            "campus. It hosts 300 Kazakh students.",
            [(300, W)],
        ),
        (
            f"The rector of {G} received a guest. The Ambassador of Kenya praised the faculty of medicine. "
            "Currently, it hosts 45 Kenyan students.",
            [(45, G)],
        ),
    ],
)
def test_a_country_in_a_diplomat_s_title_leaves_it_the_institution(
    text: str, pairs: list[tuple[int, str]]
) -> None:
    assert _pairs(text) == pairs
