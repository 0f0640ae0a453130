"""Cohorts named without a number (issue #11 item 4): "Kazakh students studying in Hong Kong".

A plural group with an origin (a demonym, or "from | of COUNTRY"), a study verb and a place, with no
number near, is a cohort whose count is None; generic talk about students is none. Sentences
written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_triples_with_status

U = "Fjord University of Applied Sciences"
V = "Savanna Technical University"


_cohorts = partial(cohort_triples_with_status, published="2025-11-20")


@pytest.mark.parametrize(
    ("text", "at", "origin", "status"),
    [
        (
            f"The rector of {U} met with Kazakh students studying in Hong Kong.",
            "Hong Kong",
            "Kazakhstan",
            "studying",
        ),
        (f"Rector Ingrid Olsen said that Ghanaian students are enrolled at {U}.", U, "Ghana", "studying"),
        (f"The ambassador visited {V}, where students from Peru study at {U}.", U, "Peru", "studying"),
        (
            f"The embassy of Chile in Norway thanked {U}: citizens of Chile who study in Norway get support.",
            "Norway",
            "Chile",
            "studying",
        ),
        (
            f"Officials of {V} met Uzbek PhD students who are pursuing their studies at {U}.",
            U,
            "Uzbekistan",
            "studying",
        ),
        (
            f"The consul of Mongolia met Mongolian students receiving education in Japan, said {V}.",
            "Japan",
            "Mongolia",
            "studying",
        ),
        (
            f"{V} discussed the possibility of studying at Kazakh universities for the Egyptian students.",
            "Kazakh universities",
            "Egypt",
            "planned",
        ),
        (f"Students from Kazakhstan study at {U} and at other universities.", U, "Kazakhstan", "studying"),
        (f"Many Kyrgyz students are studying at {V}, the minister noted.", V, "Kyrgyzstan", "studying"),
        (f"The rector of {U} met Turkish students studying in Berlin.", "Germany", "Turkey", "studying"),
        (f"Chadian students will study at {V} from next year, said the rector.", V, "Chad", "planned"),
        (f"Alumni said Zambian students studied at {U} in the 1980s.", U, "Zambia", "completed"),
        (f"{V} offered opportunities for Nepali students to study at {U}.", U, "Nepal", "planned"),
    ],
)
def test_a_group_of_one_country_studying_at_a_place_is_a_cohort_of_no_count(
    text: str, at: str, origin: str, status: str
) -> None:
    found = _cohorts(text)
    assert (None, at, origin, status) in found, found


@pytest.mark.parametrize(
    "text",
    [
        f"Foreign students will benefit from the new laboratories of {U}.",
        f"{U} wants to attract Indian students to study at its campus.",
        f"Kazakh students can apply for the scholarships of {U} until May.",
        f"The rector of {U} said students from Brazil study hard.",
        f"Kazakh students studying in Kazakhstan met the rector of {U}.",
        f"The rector of {U} greeted Polish students studying in Krakow.",
        f"International students study at {U} in growing numbers.",
    ],
)
def test_generic_talk_about_students_is_no_cohort(text: str) -> None:
    found = _cohorts(text)
    assert all(c is not None for c, _, _, _ in found), found


def test_a_counted_group_is_not_read_twice_without_its_number() -> None:
    found = _cohorts(f"Last year 120 Kenyan students studied at {U}, the rector said.")
    assert [c for c, _, _, _ in found] == [120], found
