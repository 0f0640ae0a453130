"""Partnerships in wordings of long university press releases that name several partners (session 9):
sentences written for these tests.

A joint or double-degree programme told in a sentence of its own is a second tie of two institutions
that already have one.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _ties(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    record = extract_text(text, published="2025-03-10")
    return [(tuple(sorted(p.between)), p.kind, p.status) for p in record.partnerships]


def _pairs(text: str) -> set[tuple[str, ...]]:
    return {pair for pair, _, _ in _ties(text)}


def _pair(a: str, b: str) -> tuple[str, ...]:
    return tuple(sorted((a, b)))


@pytest.mark.parametrize(
    ("text", "pair", "kind"),
    [
        (
            "Chiang Mai University has had an exchange agreement with the University of Helsinki since 2015. "
            "Next year the two universities will launch a double degree programme in forestry.",
            ("Chiang Mai University", "University of Helsinki"),
            "double-degree",
        ),
        (
            "Tomsk State University has a memorandum with Al-Farabi Kazakh National University. The rectors "
            "discussed a joint doctoral programme between Tomsk State University and Al-Farabi Kazakh National "
            "University.",
            ("Al-Farabi Kazakh National University", "Tomsk State University"),
            "joint",
        ),
        (
            "Makerere University and Lund University have cooperated since 2000. Makerere University and Lund "
            "University also run a joint master's programme in public health.",
            ("Lund University", "Makerere University"),
            "joint",
        ),
    ],
)
def test_a_programme_in_a_sentence_of_its_own_is_a_second_tie(
    text: str, pair: tuple[str, str], kind: str
) -> None:
    ties = _ties(text)
    assert [k for p, k, _ in ties if p == _pair(*pair)].count(kind) == 1
    assert len([p for p, _, _ in ties if p == _pair(*pair)]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Universidad de Costa Rica and the University of Montpellier signed a double degree agreement in "
        "agronomy on Monday.",
        "Ton Duc Thang University and La Trobe University launched a joint master's programme in data science "
        "on Friday.",
    ],
)
def test_a_programme_told_with_its_agreement_is_one_tie(text: str) -> None:
    assert len(_ties(text)) == 1
