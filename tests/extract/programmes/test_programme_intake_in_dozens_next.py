"""Programme counts, session 16: an intake told in dozens in the sentence after the programme.

"A and B launched an exchange programme. Some two dozen students are expected to take part." gives the
exchange 24 participants, never the 2 before "dozen" (``later.admitted_next`` read the count with
NUMBER_RE, which has no "two dozen"; it now reads counts as the cohort readers do, COUNT_RE/parse_count).
"Several dozen" is no number and gives no count; counts in digits and words are read as before.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import programmes

A, B = "Volta Institute of Technology", "Fjord University"

_programmes = partial(programmes, published="2025-11-20", lead="News\n\n")


def _counts(text: str) -> list[int | None]:
    return [p.participants.count for p in _programmes(text)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} launched an exchange programme. Some two dozen students are expected to take part.",
            24,
        ),
        (
            f"{A} and {B} launched an exchange programme. About two dozen students will take part each year.",
            24,
        ),
        (
            f"{A} and {B} set up a double degree programme. Three dozen students will be admitted each year.",
            36,
        ),
        (f"{A} and {B} launched a summer school. Two dozen students from {B} will attend.", 24),
        (f"{A} and {B} launched a joint master's programme. {B} will admit two dozen students.", 24),
        (f"{A} and {B} set up a double degree programme. Up to four dozen students will be selected.", 48),
    ],
)
def test_an_intake_in_dozens_told_next(text: str, count: int) -> None:
    assert count in _counts(text)
    assert not {2, 3, 4} & set(_counts(text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{A} and {B} launched an exchange programme. Some twenty students are expected to take part.", 20),
        (f"{A} and {B} launched an exchange programme. Up to 15 students will be selected each year.", 15),
    ],
)
def test_counts_in_words_and_digits_stay(text: str, count: int) -> None:
    assert _counts(text) == [count]


def test_several_dozen_is_no_count() -> None:
    text = f"{A} and {B} launched an exchange programme. Several dozen students are expected to take part."
    assert _counts(text) == [None]
