"""A tie whose partners are fronted before the main clause: "Together with B (and C), A launched ...", "Jointly
with B, A organises ...", "In 2019, together with B, A established ..." (session 18, own sentences with variants).
The deed after the subject decides, as for "A, together with B, launched": a ranking, a grant received or a
person's institution ("together with the rector of B") makes no tie."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _pairs(text: str) -> set[tuple[str, ...]]:
    record = extract_text("Partners\n\n" + text, published="2025-11-20")
    return {tuple(sorted(p.between)) for p in record.partnerships}


def _pair(a: str, b: str) -> tuple[str, ...]:
    return tuple(sorted((a, b)))


TIED = [
    (
        "Together with Makerere University, Ghent University launched a summer school on tropical agriculture.",
        [("Ghent University", "Makerere University")],
    ),
    (
        "Jointly with Osh State University, Akdeniz University organises a summer school every year.",
        [("Akdeniz University", "Osh State University")],
    ),
    (
        "Together with Samarkand State University and Inha University, Kazan Federal University will open a "
        "research centre in Tashkent.",
        [
            ("Kazan Federal University", "Samarkand State University"),
            ("Inha University", "Kazan Federal University"),
        ],
    ),
    (
        "Together with Makerere University, the University of Nairobi and Kyoto University, Ghent University runs "
        "a network on climate research.",
        [
            ("Ghent University", "Makerere University"),
            ("Ghent University", "University of Nairobi"),
            ("Ghent University", "Kyoto University"),
        ],
    ),
    (
        "In 2019, together with Tohoku University, Nazarbayev University established a joint laboratory.",
        [("Nazarbayev University", "Tohoku University")],
    ),
    (
        "Along with the University of Tartu, Al-Farabi Kazakh National University has launched a master's course "
        "in data science.",
        [("Al-Farabi Kazakh National University", "University of Tartu")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), TIED, ids=range(len(TIED)))
def test_fronted_partners_are_tied_to_the_subject(text: str, pairs: list[tuple[str, str]]) -> None:
    found = _pairs(text)
    for a, b in pairs:
        assert _pair(a, b) in found


UNTIED = [
    "Together with Makerere University, Ghent University is among the top ten universities in the ranking.",
    "Along with Osh State University, Akdeniz University received a grant from the European Commission.",
    "Together with the rector of Makerere University, Ghent University launched a summer school.",
    "Together with Tohoku University, Nazarbayev University, Kyoto University and Inha University were ranked "
    "first.",
]


@pytest.mark.parametrize("text", UNTIED, ids=range(len(UNTIED)))
def test_no_tie_without_a_joint_deed_of_the_subject(text: str) -> None:
    assert not _pairs(text)
