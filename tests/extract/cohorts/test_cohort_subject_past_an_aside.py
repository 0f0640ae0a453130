"""The subject that opens a sentence hosts the count past an aside or a clause naming other organisations.

"A, which cooperates with B, hosts 25 students from Kenya", "A, a long-standing partner of B, currently hosts",
"A has agreements with B and C and currently hosts 60": A is the place, not the partner named on the way;
a country's universities by the possessive ("Kazakhstan's universities host about 500 Afghan students").
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

U = "Tamsin Valley University"
V = "Oberhain Technical University"
W = "Caspian State University of Economics"


def _pairs(text: str) -> list[tuple[int | None, str | None]]:
    cohorts = extract_text(text, published="2025-11-20").cohorts
    return sorted(((c.count, c.at) for c in cohorts), key=str)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"{U}, which cooperates with {V}, hosts 25 students from Kenya.", [(25, U)]),
        (f"{U}, a long-standing partner of {V}, currently hosts 25 students from Kenya.", [(25, U)]),
        (f"{U}, which signed a memorandum with {V} last year, now hosts 40 Kenyan students.", [(40, U)]),
        (f"{U} has agreements with {V} and {W} and currently hosts 60 students from Kenya.", [(60, U)]),
        (f"{U}, founded together with {V} in 1994, has admitted 48 students from Peru.", [(48, U)]),
    ],
)
def test_the_subject_hosts_past_an_aside(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Kazakhstan's universities host about 500 Afghan students.", [(500, "Kazakhstan's universities")]),
        ("Today Hungary's universities host 1,100 Kazakh students.", [(1100, "Hungary's universities")]),
        (f"{U}, which hosts 300 students from Ghana, signed an agreement with {V}.", [(300, U)]),
    ],
)
def test_a_country_s_universities_and_a_count_inside_the_aside(
    text: str, pairs: list[tuple[int, str]]
) -> None:
    assert _pairs(text) == pairs
