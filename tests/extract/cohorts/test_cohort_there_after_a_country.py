""" "There" after a country told of since the institution (session 20): "Kenyan students increasingly choose
Kazakhstan. This year 450 of them enrolled there." is Kazakhstan, not the university the article named before.
A country people come from ("a delegation from Kenya"), one side of a tie ("an agreement with Kenya") or the
institution's own seat told with it is no such place. Every text is our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_pairs

_pairs = partial(cohort_pairs, published="2025-11-20")

_LEAD = "Hallford University hosted the Ambassador of Kenya last week. "


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan students increasingly choose Kazakhstan. This year 450 of them enrolled there.",
        "Kazakhstan has become a popular destination: 450 Kenyan students now study there.",
        "Many young Kenyans go to Kazakhstan. Some 450 Kenyan students are studying there.",
        "Kazakhstan attracts Kenyan students: 450 Kenyans are enrolled there.",
        "The ambassador spoke about Kazakhstan. Currently 450 Kenyan students study there.",
    ],
)
def test_there_is_the_country_told_of_since(text: str) -> None:
    pairs = _pairs(_LEAD + text)
    assert (450, "Kazakhstan") in pairs
    assert (450, "Hallford University") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        # where the people come from, a side of a tie, the institution's own seat: the institution
        "Hallford University hosted a delegation from Kenya. 45 Kenyan students study there.",
        "Hallford University signed an agreement with Kenya. 45 Kenyan students study there.",
        "Hallford University is the largest university in Kazakhstan. 45 Kenyan students study there.",
    ],
)
def test_there_is_the_institution(text: str) -> None:
    assert (45, "Hallford University") in _pairs(text)
