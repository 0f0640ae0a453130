"""Partnerships of two institutions joined by "and", by a purpose or by the tie done under: sentences written
for these tests. "A's and B's presidents signed", "A and B reaffirmed their commitment to cooperation",
"welcomed a team from B to finalise a memorandum", "Under a new twinning arrangement, A and B ...", "co-hosted
with B" after a funder named with "by", "B, which has been a partner since 2008" after the sentence of A,
and "... provided by B under a long-running partnership" after the sentence of A."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _pairs(text: str) -> set[tuple[str, ...]]:
    record = extract_text("Partners\n\n" + text, published="2025-11-20")
    return {tuple(sorted(p.between)) for p in record.partnerships}


def _pair(a: str, b: str) -> tuple[str, ...]:
    return tuple(sorted((a, b)))


TIED = [
    # 1. the officers of the two: "A's and B's presidents signed"
    (
        "Korea University's and Yonsei University's presidents signed a joint declaration on student exchange.",
        "Korea University",
        "Yonsei University",
    ),
    (
        "Cairo University's and Ain Shams University's rectors agreed to launch a joint summer school.",
        "Cairo University",
        "Ain Shams University",
    ),
    # 2. a commitment reaffirmed or interest expressed by the two
    (
        "The University of Tehran and Tajik National University reaffirmed their commitment to scientific "
        "cooperation.",
        "University of Tehran",
        "Tajik National University",
    ),
    (
        "Kyrgyz National University and Lanzhou University expressed their interest in a joint master's "
        "programme.",
        "Kyrgyz National University",
        "Lanzhou University",
    ),
    # 3. a visit or welcome with the purpose of finalising, preparing or renewing a tie
    (
        "The University of Botswana welcomed a team from the University of Pretoria to finalise a memorandum on "
        "veterinary science.",
        "University of Botswana",
        "University of Pretoria",
    ),
    (
        "Bilkent University received a delegation of Astana IT University to prepare a double degree agreement.",
        "Bilkent University",
        "Astana IT University",
    ),
    # 4. "Under a new twinning arrangement, A and B ..."
    (
        "Under a new twinning arrangement, Makerere University and the University of Bergen will share "
        "laboratories.",
        "Makerere University",
        "University of Bergen",
    ),
    # 5. "co-hosted with B", the funder named with "by": the thing is the institution's in view
    (
        "The University of Cape Town has launched a new research chair in climate adaptation. The chair is "
        "funded by the National Research Foundation and co-hosted with the University of Nairobi.",
        "University of Cape Town",
        "University of Nairobi",
    ),
    (
        "Gazi University opened a summer school in Ankara this week. The school was co-organised with "
        "Azerbaijan State Pedagogical University.",
        "Gazi University",
        "Azerbaijan State Pedagogical University",
    ),
    # 6. "B, which has been a partner since ..." after the sentence of A
    (
        "Al-Quds University opened a new centre for water research. The centre was built with the support of "
        "the University of Bologna, which has been a partner since 2008.",
        "Al-Quds University",
        "University of Bologna",
    ),
    # 7. done under a tie the sentence does not name the other side of, after the sentence of A
    (
        "Kabul University's faculty of agriculture has received new equipment. The equipment was provided by "
        "Purdue University under a long-running partnership.",
        "Kabul University",
        "Purdue University",
    ),
    (
        "Karshi State University launched a Korean language course in September. The teachers were sent by "
        "Kongju National University as part of the agreement.",
        "Karshi State University",
        "Kongju National University",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), TIED)
def test_tie_read(text: str, a: str, b: str) -> None:
    assert _pair(a, b) in _pairs(text)


NOT_TIED = [
    # the funder named with "by" is not the one the thing is done with
    (
        "The University of Cape Town has launched a new research chair. The chair is funded by the National "
        "Research Foundation and co-hosted with the University of Nairobi.",
        "National Research Foundation",
        "University of Nairobi",
    ),
    # the sentence before names two institutions: whose tie is not told
    (
        "Kazan Federal University and Ural Federal University held a forum. The equipment was provided by "
        "Tomsk State University under a long-running partnership.",
        "Kazan Federal University",
        "Tomsk State University",
    ),
    # the tie is of a programme, not of the two
    (
        "Ghent University hosted a summer school in July. Under the Erasmus+ programme, Ankara University sent "
        "twenty students to Belgium.",
        "Ghent University",
        "Ankara University",
    ),
    # members of one association, no tie of their own
    (
        "Both Ankara University and Hacettepe University are members of the European University Association.",
        "Ankara University",
        "Hacettepe University",
    ),
    # two agreements, each with its own partner: the signers are not each other's partners
    (
        "Kazan Federal University signed an agreement with Samarkand State University, while Ural Federal "
        "University signed one with Tashkent State Technical University.",
        "Kazan Federal University",
        "Ural Federal University",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), NOT_TIED)
def test_no_tie(text: str, a: str, b: str) -> None:
    assert _pair(a, b) not in _pairs(text)
