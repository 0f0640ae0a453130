"""Partnerships in one sentence that names both parties: sentences written for these tests. "the renewal /
extension / implementation of the agreement with B" (a tie that exists), "met with the President of B,
<name>, to discuss ...", "the academic mobility programme of A and B", "A's partner universities — B, C
and D —" or "A's partners: B and C", and the two named before "the universities have been cooperating"."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _pairs(text: str) -> set[tuple[str, ...]]:
    record = extract_text("Partners\n\n" + text, published="2025-11-20")
    return {tuple(sorted(p.between)) for p in record.partnerships}


def _pair(a: str, b: str) -> tuple[str, ...]:
    return tuple(sorted((a, b)))


TIED = [
    # 1. the renewal / extension / implementation of the agreement with B
    (
        "During the visit of the delegation of Karakalpak State University to Kazan, the parties discussed the "
        "renewal of the agreement with Kazan Federal University.",
        "Karakalpak State University",
        "Kazan Federal University",
    ),
    (
        "Makerere University has started the extension of the memorandum with the University of Antwerp.",
        "Makerere University",
        "University of Antwerp",
    ),
    (
        "Rector of Namangan State University reported on the implementation of the agreement with Ulsan "
        "University.",
        "Namangan State University",
        "Ulsan University",
    ),
    # 2. a person named in apposition before the purpose of the meeting
    (
        "Vice-Chancellor of the University of Ibadan Kayode Adebowale met with the President of the University "
        "of Toronto, Meric Gertler, to discuss the extension of their partnership in public health.",
        "University of Ibadan",
        "University of Toronto",
    ),
    (
        "The rector of Osh State University met the president of Akdeniz University, Ozlenen Ozkan, to "
        "discuss joint research in tourism.",
        "Osh State University",
        "Akdeniz University",
    ),
    # 3. the academic mobility programme of A and B
    (
        "The academic mobility programme of Tashkent State University of Law and Kyushu University celebrated "
        "its tenth anniversary.",
        "Tashkent State University of Law",
        "Kyushu University",
    ),
    (
        "Forty students took part in the mobility programme of the University of Lome and the University of "
        "Lille this year.",
        "University of Lome",
        "University of Lille",
    ),
    # 4. A's partners set off by a dash or a colon
    (
        "Nazarbayev University's partner universities — Duke University, the University of Pennsylvania and "
        "University College London — helped design its graduate schools.",
        "Nazarbayev University",
        "University of Pennsylvania",
    ),
    (
        "Nazarbayev University's partner universities — Duke University, the University of Pennsylvania and "
        "University College London — helped design its graduate schools.",
        "Nazarbayev University",
        "Duke University",
    ),
    (
        "Ashesi University's partners: Swarthmore College and the University of Michigan.",
        "Ashesi University",
        "University of Michigan",
    ),
    # 5. the two named before the plural that is the tie's subject
    (
        "During the meeting with the delegation of Inha University, the rector of Tashkent University of "
        "Architecture noted that the universities have been cooperating since 2010.",
        "Inha University",
        "Tashkent University of Architecture",
    ),
    (
        "The president of Sabanci University welcomed the rector of the University of Sarajevo and recalled that "
        "both institutions have been partners since 2012.",
        "Sabanci University",
        "University of Sarajevo",
    ),
    (
        "At the reception for the guests from Chiang Mai University, the vice-rector of Hue University said the "
        "two universities have long cooperated in medicine.",
        "Chiang Mai University",
        "Hue University",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), TIED)
def test_tie_read(text: str, a: str, b: str) -> None:
    assert _pair(a, b) in _pairs(text)


NOT_TIED = [
    # the plural's tie is with a third party
    (
        "The rector of Ankara University and the rector of Gazi University said the universities cooperate "
        "with many partners in Central Asia.",
        "Ankara University",
        "Gazi University",
    ),
    # the plural is not the two: "the universities of the region"
    (
        "The president of Kenyatta University and the vice-chancellor of Moi University spoke about how the "
        "universities of the region have cooperated with industry.",
        "Kenyatta University",
        "Moi University",
    ),
    # a renewal of something that is no tie
    (
        "Tashkent State University of Economics discussed the renewal of the campus with the Ministry of "
        "Construction and Samarkand State University.",
        "Tashkent State University of Economics",
        "Samarkand State University",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), NOT_TIED)
def test_no_tie(text: str, a: str, b: str) -> None:
    assert _pair(a, b) not in _pairs(text)
