"""Two sides named before a verb they did together tell a meeting: "A and B discuss" (a headline's present),
"considered the prospects of", "reviewed the progress of", "explored avenues for", "talked about ways to",
"exchanged opinions"; "A thanked B for hosting the delegation". Not of two researchers' work, not of one
university's own staff, not when it is to come. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meeting_party_sets

_found = partial(meeting_party_sets, published="2025-03-14")
_LEAD = "News\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rector of Al-Farabi University Zhanseit Tuimebayev and Ambassador of Lithuania Egidijus Navikas "
            "discuss academic exchange.",
            {"Zhanseit Tuimebayev", "Egidijus Navikas"},
        ),
        (
            "The Ambassador of Belarus Dmitry Karpovich and Rector of Magtymguly Turkmen State University Bayram "
            "Orazov considered the prospects of cooperation.",
            {"Dmitry Karpovich", "Bayram Orazov"},
        ),
        (
            "President of the University of Jordan Nazir Obeidat and Ambassador of Kuwait Musaed Al-Dhufairi "
            "reviewed ways of cooperation.",
            {"Nazir Obeidat", "Musaed Al-Dhufairi"},
        ),
        (
            "The Minister of Higher Education of Tajikistan Rahim Saidzoda and the Ambassador of China Wang "
            "Zhenhua reviewed the progress of the Confucius Institute.",
            {"Rahim Saidzoda", "Wang Zhenhua"},
        ),
        (
            "Vice-Chancellor Folasade Ogunsola and Ambassador Carlos Garcete explored avenues for collaboration "
            "in Portuguese studies.",
            {"Folasade Ogunsola", "Carlos Garcete"},
        ),
        (
            "Consul General of China in Aktobe Guo Yu and Rector of Zhubanov University Nadiyar Musin talked "
            "about ways to expand Chinese language courses.",
            {"Guo Yu", "Nadiyar Musin"},
        ),
        (
            "Rector of Kabul University Osama Aziz and Ambassador of Uzbekistan Yodgor Fayzullaev exchanged "
            "opinions on student mobility.",
            {"Osama Aziz", "Yodgor Fayzullaev"},
        ),
        (
            "Ambassador of Germany to Uzbekistan Tiloma Jakob thanked Rector of Tashkent State Technical "
            "University Bakhodir Turaev for hosting the delegation.",
            {"Tiloma Jakob", "Bakhodir Turaev"},
        ),
    ],
)
def test_two_sides_before_a_verb_of_both_are_a_meeting(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(_LEAD + text))


@pytest.mark.parametrize(
    "text",
    [
        # two researchers' work, one university's own staff
        "Professor Aliya Serikova of Satbayev University and Professor John Smith of the University of Leeds "
        "explored the use of drones in a joint paper.",
        "Professor Aliya Serikova of Satbayev University and Professor John Smith of the University of Leeds "
        "talked about their research at the annual conference in London.",
        "Rector Aliya Serikova and Vice-Rector Marat Dosov of Satbayev University reviewed the applications of "
        "300 students.",
        # to come
        "Rector of Satbayev University Meiram Begentayev and Ambassador of Italy Marco Alberti are to discuss the "
        "opening of a joint centre.",
        "Rector of Satbayev University Meiram Begentayev and Ambassador of Italy Marco Alberti will consider the "
        "prospects of a joint centre in May.",
    ],
)
def test_no_meeting_of_research_own_staff_or_to_come(text: str) -> None:
    assert _found(_LEAD + text) == []
