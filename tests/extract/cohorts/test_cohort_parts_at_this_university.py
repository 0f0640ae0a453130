"""Where a part of a cohort is when the text points back to an institution by a common noun.

"85 of them at the university", "85 study at this
university": the institution told of before.
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


def _check(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == sorted(pairs, key=str)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"The ambassador visited {U} in Debrecen. He noted that about 1,100 Kazakh students study in Hungary, "
            "85 of them at the university.",
            [(1100, "Hungary"), (85, U)],
        ),
        (
            f"The envoy toured {V}. Of the 1,100 Kazakh students in Hungary, 85 study at this university.",
            [(1100, "Hungary"), (85, V)],
        ),
        (
            f"The consul met the rector of {W}. Some 2,000 Chadian students study in Russia, 60 of whom are at "
            "the academy.",
            [(2000, "Russia"), (60, W)],
        ),
    ],
)
def test_a_part_at_the_university_told_of_before(text: str, pairs: list[tuple[int, str]]) -> None:
    _check(text, pairs)
