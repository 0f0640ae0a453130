"""An institution told of by a word ("The university has", "It has", "Its") whose people the count's clause puts
in another country ("... 45 students studying in Germany") is not their place: the country is, as the text
writes it (places._abroad, session 16). The institution stays the place when the country is its own, when the
country is where they come from, a nationality, or a country's possession ("Germany's partner schools").
Every text is our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_pairs

_pairs = partial(cohort_pairs, published="2025-11-20")

_LEAD = "Hallford University signed an agreement with the Embassy of Germany. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The university currently has 45 students studying in Germany.", [(45, "Germany")]),
        ("The university has 45 students on exchange in Germany this semester.", [(45, "Germany")]),
        ("It now has 45 students on exchange in Germany.", [(45, "Germany")]),
        ("Its 45 students are now studying in Germany.", [(45, "Germany")]),
        ("The university sent 45 students to Germany last year.", [(45, "Germany")]),
        ("The university has 30 students doing internships in South Korea.", [(30, "South Korea")]),
        ("The university has 30 students doing internships in Korea.", [(30, "Korea")]),
    ],
)
def test_the_country_they_are_in_is_the_place(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(_LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The university hosts 45 students from Germany.", [(45, "Hallford University")]),
        ("The university welcomed 45 German students in September.", [(45, "Hallford University")]),
        ("The university has 3,000 students.", [(3000, "Hallford University")]),
    ],
)
def test_the_institution_stays_the_place(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(_LEAD + text) == expected


def test_the_institutions_own_country_is_no_place_abroad() -> None:
    text = (
        "Astana, 3 May - Karaganda Technical University signed an agreement with the Embassy of Germany. "
        "The university has 28,000 students studying in Kazakhstan."
    )
    assert _pairs(text) == [(28000, "Karaganda Technical University")]
