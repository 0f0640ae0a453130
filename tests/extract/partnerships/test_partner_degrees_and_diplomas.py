"""Partnerships told by the degrees two institutions give together: sentences written for these tests.
"Graduates receive a bachelor's degree from A and a master's degree from B", "students of A can receive a
second diploma from B", "A offers dual degrees with B and C", "the dual master's programme of A and B", a
"two-diploma programme with B", and "transfer credits between A and B"; a person's own degrees are no tie."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _pairs(text: str) -> set[tuple[str, ...]]:
    record = extract_text("Degrees\n\n" + text, published="2025-11-20")
    return {tuple(sorted(p.between)) for p in record.partnerships}


def _pair(a: str, b: str) -> tuple[str, ...]:
    return tuple(sorted((a, b)))


TIED = [
    # 1. graduates given a degree by each
    (
        "Graduates receive a bachelor's degree from Tashkent Institute of Textile and a master's degree from "
        "Jiangnan University.",
        "Tashkent Institute of Textile",
        "Jiangnan University",
    ),
    (
        "Participants will be awarded diplomas of Gulistan State University and Yeungnam University.",
        "Gulistan State University",
        "Yeungnam University",
    ),
    (
        "Successful students obtain degrees from the University of Buea and the University of Limerick.",
        "University of Buea",
        "University of Limerick",
    ),
    # 2. students of A given a second diploma by B
    (
        "Students of Termez State University can now receive a second diploma from Belarusian State University.",
        "Termez State University",
        "Belarusian State University",
    ),
    (
        "From 2026, graduates of Al-Azhar University will earn a double degree from the University of Jordan.",
        "Al-Azhar University",
        "University of Jordan",
    ),
    # 3. dual or joint degrees with B, and C
    (
        "Al-Farabi Kazakh National University offers dual degrees with Novosibirsk State University and Tomsk "
        "State University.",
        "Al-Farabi Kazakh National University",
        "Tomsk State University",
    ),
    (
        "Sultan Qaboos University has launched a joint master's degree with the University of Leeds.",
        "Sultan Qaboos University",
        "University of Leeds",
    ),
    # 4. the dual / double / two-diploma programme of A and B, or with B
    (
        "Enrolment has opened for the dual master's programme of Astana International University and Bellevue "
        "University.",
        "Astana International University",
        "Bellevue University",
    ),
    (
        "Osh Technological University runs a two-diploma programme with Ostrava University.",
        "Osh Technological University",
        "Ostrava University",
    ),
    # 5. credits transferred between the two
    (
        "Students will be able to transfer credits between Westminster International University in Tashkent and "
        "the University of Westminster.",
        "Westminster International University",
        "University of Westminster",
    ),
    (
        "A credit transfer scheme between the University of Zambia and the University of Malawi starts in "
        "January.",
        "University of Zambia",
        "University of Malawi",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), TIED)
def test_tie_read(text: str, a: str, b: str) -> None:
    assert _pair(a, b) in _pairs(text)


NOT_TIED = [
    # a person's own degrees
    (
        "He holds a bachelor's degree from Tashkent State University and a master's degree from Seoul National "
        "University.",
        "Tashkent State University",
        "Seoul National University",
    ),
    (
        "Dr Amina Yusuf received a degree from the University of Lagos and a doctorate from the University of "
        "Cambridge.",
        "University of Lagos",
        "University of Cambridge",
    ),
    # students of one, a degree of the same one
    (
        "Students of Kazan Federal University receive a second degree from Kazan Federal University's business "
        "school.",
        "Kazan Federal University",
        "Kazan Federal University",
    ),
    # graduates of two universities compared, no degree given by both
    (
        "Graduates of Cairo University earn more than graduates of Helwan University, the survey shows.",
        "Cairo University",
        "Helwan University",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), NOT_TIED)
def test_no_tie(text: str, a: str, b: str) -> None:
    assert _pair(a, b) not in _pairs(text)
