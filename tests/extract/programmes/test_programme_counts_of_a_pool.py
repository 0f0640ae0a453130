"""Programme counts, session 16: those taken in from a pool of applicants, and counts in dozens the count model reads.

The participants of a programme are the people it took, not the pool they were chosen from: "Out of 150
applicants, 20 students were selected for the exchange programme" and "Twenty students were selected for
the exchange programme from 150 applicants" both give the programme 20. A count in dozens in a sentence
the count model reads ("Some two dozen students are expected to take part") is 24, never the 2 before
"dozen".
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract.programmes import learned_counts
from support.extracted import programmes

A, B = "Volta Institute of Technology", "Fjord University"

_programmes = partial(programmes, published="2025-11-20", lead="News\n\n")


def _counts(text: str) -> list[int | None]:
    return [p.participants.count for p in _programmes(text)]


# -- 1. the pool told first ("Out of 150 applicants, 20 ...") --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{A} and {B} agreed on an exchange programme. Out of 150 applicants, 20 students were selected for "
        "the exchange programme.",
        f"{A} and {B} agreed on an exchange programme. Out of some 150 applicants, 20 were selected for the "
        "exchange programme.",
        f"{A} and {B} agreed on an exchange programme. From 150 applications, 20 students have been chosen for "
        "the exchange programme.",
        f"{A} and {B} agreed on an exchange programme. Among 150 candidates, 20 were admitted to the exchange "
        "programme.",
    ],
)
def test_those_taken_of_a_pool_told_first(text: str) -> None:
    assert _counts(text) == [20]


# -- 2. the pool told after the programme ("... from 150 applicants") -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"Twenty students were selected for the exchange programme of {A} and {B} from 150 applicants.",
        f"Twenty students were chosen for the exchange programme between {A} and {B} out of 150 candidates.",
        f"Twenty students have been admitted to the joint master's programme of {A} and {B} from among 150 "
        "applicants.",
    ],
)
def test_those_taken_before_the_programme_and_its_pool_after(text: str) -> None:
    assert _counts(text) == [20]


def test_applicants_with_no_one_taken_stay_no_count() -> None:
    # the pool is never the programme's count, even alone
    text = (
        f"{A} and {B} launched a scholarship programme. The programme drew applications from 150 applicants."
    )
    assert _counts(text) == [None]


# -- 3. dozens as the count model reads them -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Some two dozen students are expected to take part.", 24),
        ("About three dozen young researchers will join.", 36),
        ("A dozen students will come.", 12),
    ],
)
def test_the_count_model_reads_dozens(text: str, count: int) -> None:
    assert [m.value for m in learned_counts._mentions(text)] == [count]
