"""A list of where a host's people come from ("Foreign students come mainly from Ghana (45), Nigeria (30)") after a
sentence that names a country which neither hosts nor is gone to (session 21): "Kazakhstan's education ministry
praised the visit", "Kazakhstan signed an accord with Ghana" tell no one studies there, so the list's place is the
article's main institution, not that country. A country after "in | to | at" or one that hosts ("Kazakhstan hosts
many African students") stays the place. Every text is our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_pairs

_pairs = partial(cohort_pairs, published="2025-11-20")

_LEAD = (
    "Hallford University hosted a delegation from Ghana last week. "
    "The rector of Hallford University welcomed the guests. "
)
_LISTS = (
    "Foreign students come mainly from Ghana (45), Nigeria (30) and Togo (12).",
    "Its foreign students come from Ghana (45), Nigeria (30) and Togo (12).",
)


@pytest.mark.parametrize("tail", _LISTS)
@pytest.mark.parametrize(
    "before",
    [
        "Kazakhstan's education ministry praised the visit.",
        "Kazakhstan signed a new education accord with Ghana.",
        "Kazakhstan and Ghana agreed to widen their cooperation.",
        "Kazakhstan is seen as a reliable partner.",
        "For Kazakhstan, the visit was a milestone.",
    ],
)
def test_a_country_that_tells_no_hosting_is_no_place(before: str, tail: str) -> None:
    pairs = _pairs(_LEAD + before + " " + tail)
    assert (45, "Hallford University") in pairs
    assert (45, "Kazakhstan") not in pairs


@pytest.mark.parametrize("tail", _LISTS)
@pytest.mark.parametrize(
    "before",
    [
        "Many African students study in Kazakhstan.",
        "Kazakhstan hosts many African students.",
    ],
)
def test_a_hosting_country_stays_the_place(before: str, tail: str) -> None:
    assert (45, "Kazakhstan") in _pairs(_LEAD + before + " " + tail)
