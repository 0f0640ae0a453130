"""Lists of partners after "with" and the words around a tie's noun: sentences written for these tests.
"A, B, as well as C", "with B and also with C", "with both B and C", what the agreements are about listed
with commas before "with B", an aside in commas ("the first of its kind") and a hyphenated word ("a five-year
memorandum") between the verb and the tie."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _pairs(text: str) -> set[tuple[str, ...]]:
    record = extract_text("Lists\n\n" + text, published="2025-11-20")
    return {tuple(sorted(p.between)) for p in record.partnerships}


def _pair(a: str, b: str) -> tuple[str, ...]:
    return tuple(sorted((a, b)))


TIED = [
    # 1. ", as well as C" ending a list of partners
    (
        "Osh State University signed agreements with Gazi University, Ankara University, as well as Hacettepe "
        "University.",
        "Osh State University",
        "Hacettepe University",
    ),
    (
        "Tashkent State University of Law cooperates with Leiden University, the University of Bremen, as well "
        "as Vilnius University.",
        "Tashkent State University of Law",
        "Vilnius University",
    ),
    # 2. "and also with C"
    (
        "Samarkand State University signed memoranda with Seoul National University and also with Korea "
        "University.",
        "Samarkand State University",
        "Korea University",
    ),
    # 3. "with both B and C"
    (
        "Kyrgyz-Turkish Manas University signed agreements with both Erciyes University and Akdeniz University.",
        "Kyrgyz-Turkish Manas University",
        "Akdeniz University",
    ),
    # 4. what the agreements are about, listed with commas, before "with B"
    (
        "The University of Nairobi signed agreements on student exchange, joint research and staff training with "
        "the University of Leeds.",
        "University of Nairobi",
        "University of Leeds",
    ),
    (
        "Ala-Too International University concluded a memorandum on teaching, research, internships and "
        "publications with Fatih Sultan Mehmet University.",
        "Ala-Too International University",
        "Fatih Sultan Mehmet University",
    ),
    # 5. an aside in commas, a hyphenated word before the tie
    (
        "The University of Ibadan has signed a five-year memorandum of understanding, the first of its kind, "
        "with the University of Michigan.",
        "University of Ibadan",
        "University of Michigan",
    ),
    (
        "Kazakh National Medical University has concluded a long-term agreement, a first for the region, with "
        "Semmelweis University.",
        "Kazakh National Medical University",
        "Semmelweis University",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), TIED)
def test_tie_read(text: str, a: str, b: str) -> None:
    assert _pair(a, b) in _pairs(text)


NOT_TIED = [
    # the partners of a list are not each other's partners
    (
        "Osh State University signed agreements with Gazi University, Ankara University, as well as Hacettepe "
        "University.",
        "Gazi University",
        "Hacettepe University",
    ),
    (
        "Kyrgyz-Turkish Manas University signed agreements with both Erciyes University and Akdeniz University.",
        "Erciyes University",
        "Akdeniz University",
    ),
    # a model followed, no partner
    (
        "Tashkent State Technical University signed a five-year plan, in line with the University of Tokyo's "
        "model.",
        "Tashkent State Technical University",
        "University of Tokyo",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), NOT_TIED)
def test_no_tie(text: str, a: str, b: str) -> None:
    assert _pair(a, b) not in _pairs(text)
