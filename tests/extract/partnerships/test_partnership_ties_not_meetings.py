"""Partnerships in wordings of university and embassy releases (session 10): sentences written for
these tests. Each positive case names two organisations that the rules must tie; each negative case
names two that only meet, rank or attend together."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import partnership_pairs, sorted_pair

_pairs = partial(partnership_pairs, published="2025-11-20")


TIED = [
    # a place in commas after each party's name
    (
        "The agreement between Ghent University, Belgium, and Kenyatta University, Kenya, was signed on Monday.",
        "Ghent University",
        "Kenyatta University",
    ),
    (
        "A cooperation accord between the University of Porto, Portugal, and Makerere University, Uganda, "
        "was signed last week.",
        "University of Porto",
        "Makerere University",
    ),
    (
        "A memorandum between Al-Farabi Kazakh National University, Almaty, and Tsinghua University, Beijing, "
        "will be signed in May.",
        "Al-Farabi Kazakh National University",
        "Tsinghua University",
    ),
    # a list of partners, each with its country
    (
        "Cairo University signed memoranda with Japan's Tohoku University and Korea's Sogang University.",
        "Cairo University",
        "Sogang University",
    ),
    (
        "Agreements were signed with Ghent University, Belgium, Lund University, Sweden, and the University of "
        "Bergen, Norway, Egerton University said.",
        "Egerton University",
        "Lund University",
    ),
    (
        "Agreements were signed with Ghent University, Belgium, Lund University, Sweden, and the University of "
        "Bergen, Norway, Egerton University said.",
        "Egerton University",
        "University of Bergen",
    ),
    # a passive with another verb of signing
    (
        "A memorandum of understanding was concluded by Cairo University and the University of Bologna.",
        "Cairo University",
        "University of Bologna",
    ),
    (
        "The cooperation agreement has been executed by the University of Dhaka and Kyushu University.",
        "University of Dhaka",
        "Kyushu University",
    ),
    (
        "Last year a protocol on student exchange was concluded by Samarkand State University and the "
        "University of Tsukuba, the rector said.",
        "Samarkand State University",
        "University of Tsukuba",
    ),
    # something placed at one institution and run jointly with another: the host's tie, not the proposer's
    (
        "The ambassador of Japan proposed a robotics laboratory at Kenyatta University, to be developed "
        "jointly with Tohoku University.",
        "Kenyatta University",
        "Tohoku University",
    ),
    (
        "The minister announced a new data science school at the University of Ghana, to be run jointly "
        "with Tsinghua University.",
        "University of Ghana",
        "Tsinghua University",
    ),
    (
        "The Embassy of France supports a language centre at Makerere University, which is run jointly "
        "with the University of Lyon.",
        "Makerere University",
        "University of Lyon",
    ),
    # the one acting told by "the delegation" or a fronted "On Tuesday it"
    (
        "A delegation of Tashkent State University of Oriental Studies led by Rector Gulnora Karimova arrived "
        "in Seoul on Monday. The delegation signed a memorandum with Hankuk University of Foreign Studies.",
        "Tashkent State University of Oriental Studies",
        "Hankuk University of Foreign Studies",
    ),
    (
        "Al-Farabi Kazakh National University continues to expand its ties in Asia. On Tuesday it signed an "
        "agreement with Hankuk University of Foreign Studies.",
        "Al-Farabi Kazakh National University",
        "Hankuk University of Foreign Studies",
    ),
    # "B, A's long-standing partner, ..."
    (
        "The University of Tokyo, Nagoya University's long-standing partner, sent five researchers to Nagoya.",
        "University of Tokyo",
        "Nagoya University",
    ),
    (
        "The University of Helsinki, Makerere University's strategic partner since 2004, hosted the workshop.",
        "University of Helsinki",
        "Makerere University",
    ),
    (
        "Lund University, the University of Dar es Salaam's oldest partner, will fund ten scholarships.",
        "Lund University",
        "University of Dar es Salaam",
    ),
    # an event "jointly organised by A and B" (a plain "organised by" names an organiser, not a tie)
    (
        "The summer school was jointly organised by Urgench State University and the University of Bremen.",
        "Urgench State University",
        "University of Bremen",
    ),
    (
        "A winter school on water management will be jointly organized by Tajik National University and the "
        "University of Geneva.",
        "Tajik National University",
        "University of Geneva",
    ),
    # earlier ties of the same owner: "following the ones concluded earlier with B"
    (
        "The agreement is the second of its kind for Kazan Federal University with Asian partners, following "
        "the ones concluded earlier with Hanyang University.",
        "Kazan Federal University",
        "Hanyang University",
    ),
    (
        "Rector Aigerim Bekova said the memorandum is Narxoz University's fourth in Europe, after those signed "
        "with the University of Vienna and Masaryk University.",
        "Narxoz University",
        "Masaryk University",
    ),
    (
        "The new dual degree of Ankara University adds to the ones concluded in 2022 with Sapienza University "
        "of Rome.",
        "Ankara University",
        "Sapienza University of Rome",
    ),
    # the partner told in the next sentence
    (
        "Kazan Federal University has signed a new cooperation agreement. The partner is Ain Shams University.",
        "Kazan Federal University",
        "Ain Shams University",
    ),
    (
        "The University of Lagos has concluded a memorandum of understanding. The agreement is with the "
        "University of Cape Town.",
        "University of Lagos",
        "University of Cape Town",
    ),
    (
        "Samarkand State University will sign a memorandum on joint research in June. The partner university "
        "is Kyungpook National University.",
        "Samarkand State University",
        "Kyungpook National University",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), TIED)
def test_tie_is_found(text: str, a: str, b: str) -> None:
    assert sorted_pair(a, b) in _pairs(text)


def test_the_proposer_of_a_hosted_centre_is_no_party() -> None:
    text = (
        "The Ambassador of France, Marc Dupont, proposed a robotics laboratory at Kenyatta University, "
        "to be developed jointly with the University of Lyon."
    )
    pairs = _pairs(text)
    assert sorted_pair("Kenyatta University", "University of Lyon") in pairs
    assert not any("Embassy" in name for pair in pairs for name in pair)


@pytest.mark.parametrize(
    "text",
    [
        "The rector of Cairo University visited the University of Bologna on Monday.",
        "Delegations from Ankara University and Kyoto University attended the forum in Tashkent.",
        "Ghent University ranks ahead of Kenyatta University in the latest world ranking.",
        "The study was concluded by researchers from Cairo University and the University of Bologna.",
        "Professors of Ghent University, Belgium, and Kenyatta University, Kenya, spoke at the forum.",
        "Cairo University hosted a conference on water. The partner is a private company.",
        "The festival was organised by Ankara University and attended by students of Kyoto University.",
        "The students praised the courses of Cairo University, compared with those taught at the University "
        "of Bologna.",
        "Moi University hosted a debate on research funding. The partner of the debate was the British Council.",
    ],
)
def test_no_tie(text: str) -> None:
    assert _pairs(text) == set()
