"""A country's total told beside an institution's part (session 18): the total is at the country, the part at the
institution, however the sentence joins them. Every text is our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_pairs

_pairs = partial(cohort_pairs, published="2025-11-20")

_LEAD = "Hallford University hosted the Ambassador of Kenya. "
_BOTH = [(450, "Kazakhstan"), (45, "Hallford University")]


@pytest.mark.parametrize(
    "text",
    [
        # the part after "with" (the institution named after the country's count)
        "There are 450 Kenyan students in Kazakhstan, with 45 at Hallford University.",
        "Some 450 Kenyan students study in Kazakhstan, with about 45 at Hallford University.",
        "Some 450 Kenyan students study in Kazakhstan, and 45 at Hallford University.",
        # the institution's clause with "alone" between its name and its verb
        "While 450 Kenyan students study in Kazakhstan, Hallford University alone hosts 45.",
        # the share's host before it
        "Hallford University hosts 45 of the 450 Kenyan students in Kazakhstan.",
        "Hallford University currently hosts 45 of the 450 Kenyan students in Kazakhstan.",
    ],
)
def test_the_total_at_the_country_the_part_at_the_institution(text: str) -> None:
    assert sorted(_pairs(_LEAD + text), reverse=True) == _BOTH


@pytest.mark.parametrize(
    "text",
    [
        # read so before
        "Some 450 Kenyan students study in Kazakhstan, 45 of them at Hallford University.",
        "Some 450 Kenyan students study in Kazakhstan, including 45 at Hallford University.",
        "The ambassador said 450 Kenyans study in Kazakhstan, and Hallford University hosts 45 of them.",
    ],
)
def test_read_so_before(text: str) -> None:
    assert sorted(_pairs(_LEAD + text), reverse=True) == _BOTH
