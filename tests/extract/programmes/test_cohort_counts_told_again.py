"""A pair's later programme, told with no figure of its own, takes no count the cohort readers read in another
sentence: "A and B signed a double degree agreement in 2021, and 12 students joined it. The partners also launched
an exchange programme. Over the past year 27 students of A studied at B." 27 is the cohort's (students of A at B);
the exchange programme told after an earlier programme of the same partners with another count does not hold it
too. The programme stays when its own sentence writes the count, when it is the pair's only programme, and the
earlier programme keeps its count. Every text is our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import programmes, record

A, B = "Lakeshore University of Technology", "Marmara Polytechnic Institute"
C, D = "Northern Steppe University", "University of Porto Alegre"

_programmes = partial(programmes, published="2025-11-20", lead="News\n\n")
_record = partial(record, published="2025-11-20", lead="News\n\n")


def _counts(text: str) -> list[int | None]:
    return [p.participants.count for p in _programmes(text)]


TOLD_AGAIN = [
    (
        f"{C} and {D} signed a double degree agreement in 2021, and 12 students joined the programme in its first "
        f"intake. The partners also launched an exchange programme. Over the past year 27 students of {C} studied "
        f"at {D}.",
        12,
        27,
    ),
    (
        f"{A} and {B} launched a double degree programme in economics in 2019, and 25 students enrolled in its first "
        f"year. The universities also cooperate under an exchange programme. Last year, 40 students of {A} studied "
        f"at {B}.",
        25,
        40,
    ),
    (
        f"{A} and {D} opened a joint master's programme in hydrology in 2018, and 16 students enrolled in its first "
        f"year. The two universities also launched an exchange programme. In 2024, 38 students of {A} studied at "
        f"{D}.",
        16,
        38,
    ),
    (
        f"{C} and {B} signed a dual degree agreement in 2022, and 14 students joined the programme in its first "
        f"intake. The partners also run a student exchange programme. Last semester 33 students of {C} studied at "
        f"{B}.",
        14,
        33,
    ),
]


@pytest.mark.parametrize(("text", "first", "cohort"), TOLD_AGAIN)
def test_a_later_programme_of_the_pair_gives_up_a_cohort_count(text: str, first: int, cohort: int) -> None:
    """The cohort keeps its count; the pair's first programme keeps its own; no programme holds the cohort's too."""
    rec = _record(text)
    found = [p.participants.count for p in rec.programmes]
    assert first in found, found
    assert cohort not in found, found
    assert cohort in [c.count for c in rec.cohorts]


KEPT = [
    (
        f"{A} and {B} cooperate under an exchange programme. Last year, 40 students of {A} studied at {B}.",
        40,
    ),
    (
        f"{C} and {D} signed a double degree agreement in 2021, and 12 students joined the programme in its first "
        f"intake. The partners also launched an exchange programme. Under the exchange programme, 27 students of {C} "
        f"studied at {D} over the past year.",
        27,
    ),
]


@pytest.mark.parametrize(("text", "count"), KEPT)
def test_the_pairs_only_programme_or_a_count_in_its_own_sentence_stays(text: str, count: int) -> None:
    """The pair's only programme, or one whose own sentence writes the count, keeps it."""
    assert count in _counts(text), _counts(text)
