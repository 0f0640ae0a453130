"""Partnerships told in a quote or in thanks: sentences written for these tests. '"Our cooperation with B
opens new opportunities," noted the rector of A' (the speaker's institution named by the post after the
quote) and "the rector of A thanked B for the long-standing cooperation"; thanks for hospitality or a
congratulation are no tie."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _pairs(text: str) -> set[tuple[str, ...]]:
    record = extract_text("Thanks\n\n" + text, published="2025-11-20")
    return {tuple(sorted(p.between)) for p in record.partnerships}


def _pair(a: str, b: str) -> tuple[str, ...]:
    return tuple(sorted((a, b)))


TIED = [
    # 1. the speaker named by a post after the quote
    (
        '"Our cooperation with Kazan Federal University opens new opportunities for our students," noted the '
        "rector of Bukhara State University.",
        "Kazan Federal University",
        "Bukhara State University",
    ),
    (
        '"Our partnership with the University of Bergen has grown every year," said the vice-chancellor of '
        "Makerere University.",
        "University of Bergen",
        "Makerere University",
    ),
    # 2. thanks for the cooperation
    (
        "The rector of Andijan State University thanked Kyungpook National University for the long-standing "
        "cooperation.",
        "Andijan State University",
        "Kyungpook National University",
    ),
    (
        "The president of the University of Ghana expressed his gratitude to the leadership of Michigan State "
        "University for the fruitful partnership.",
        "University of Ghana",
        "Michigan State University",
    ),
    (
        "The vice-rector of Karaganda University, Ainur Sadykova, thanked the University of Debrecen for the "
        "joint research of recent years.",
        "Karaganda University",
        "University of Debrecen",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), TIED)
def test_tie_read(text: str, a: str, b: str) -> None:
    assert _pair(a, b) in _pairs(text)


NOT_TIED = [
    (
        "The rector of Andijan State University thanked Kyungpook National University for the warm hospitality.",
        "Andijan State University",
        "Kyungpook National University",
    ),
    (
        "The President of Nazarbayev University congratulated the University of Cambridge on its anniversary.",
        "Nazarbayev University",
        "University of Cambridge",
    ),
    (
        '"The ranking shows our progress," said the rector of Kazan Federal University, ahead of Tomsk State '
        "University.",
        "Kazan Federal University",
        "Tomsk State University",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), NOT_TIED)
def test_no_tie(text: str, a: str, b: str) -> None:
    assert _pair(a, b) not in _pairs(text)
