"""A guest received, shown round or acquainted with the host (English of embassies and of agencies translated
from Russian): "received Minister of Education X" (a guest, not a thing received), "familiarized himself with
the work of", "acquainted the guests with", "was given a tour", "showed the delegation around", "was on
campus", "was joined by X for the opening". Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meeting_party_sets

_found = partial(meeting_party_sets, published="2025-03-14")
_LEAD = "News\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # received a titled guest whose title holds a word of a thing ("Education", "Training")
        (
            "Rector of Osh State University Kudaibergen Kozhobekov received Minister of Education Dogdurkul "
            "Kendirbaeva.",
            {"Kudaibergen Kozhobekov", "Dogdurkul Kendirbaeva"},
        ),
        (
            "Rector Kudaibergen Kozhobekov received Director of Education USA Center Jane Smith.",
            {"Kudaibergen Kozhobekov", "Jane Smith"},
        ),
        (
            "President of Qatar University Omar Al-Ansari received Head of Training at the Embassy of Japan Kenji "
            "Sato.",
            {"Omar Al-Ansari", "Kenji Sato"},
        ),
        # acquainted, familiarized
        (
            "The Ambassador of Turkmenistan Guych Garaev familiarized himself with the work of the Astrakhan State "
            "University. Rector Konstantin Markelov acquainted the guest with the university's faculties.",
            {"Guych Garaev", "Konstantin Markelov"},
        ),
        (
            "Rector of Gulistan State University Gulom Usmonov acquainted the delegation with the university's "
            "laboratories. The delegation was led by Consul General of Korea Kim Dong-hyun.",
            {"Gulom Usmonov", "Kim Dong-hyun"},
        ),
        (
            "The Consul General of Turkey in Kazan Ahmet Yilmaz got acquainted with the activities of Kazan "
            "Federal University.",
            {"Ahmet Yilmaz", "Kazan Federal University"},
        ),
        # a tour, on campus
        (
            "Pakistan's High Commissioner to the UK, Dr Mohammad Faisal, was given a tour of the University of "
            "Birmingham by Vice-Chancellor Adam Tickell.",
            {"Mohammad Faisal", "Adam Tickell"},
        ),
        (
            "President of Ton Duc Thang University Tran Trong Dao showed the Ambassador of Germany Guido Hildner "
            "around the campus.",
            {"Tran Trong Dao", "Guido Hildner"},
        ),
        (
            "Ambassador of Kuwait Musaed Al-Dhufairi was on campus of the University of Jordan this week.",
            {"Musaed Al-Dhufairi", "University of Jordan"},
        ),
        (
            "President Tran Trong Dao was joined by Consul General of Korea Shin Choong-il for the opening of the "
            "Korean Studies Centre.",
            {"Tran Trong Dao", "Shin Choong-il"},
        ),
    ],
)
def test_a_guest_received_or_shown_round_is_a_meeting(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(_LEAD + text))


@pytest.mark.parametrize(
    "text",
    [
        "Students got acquainted with the history of Nazarbayev University during an online tour.",
        "The tour of the campus was organised for first-year students of Satbayev University by the student "
        "council.",
        "More than 120 students from Kazakhstan were on campus at the University of Leeds this autumn.",
        "Rector of Osh State University Kudaibergen Kozhobekov received scholarships for 20 students from the "
        "Embassy of Turkey.",
        "Rector of Osh State University Kudaibergen Kozhobekov received the Order of Friendship from the "
        "President of Kyrgyzstan.",
    ],
)
def test_no_guest_no_meeting(text: str) -> None:
    assert _found(_LEAD + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vice President of Hunan Institute of Science and Technology Li Huajun extended a warm welcome to "
            "President of Chodang University Park Jong-koo.",
            {"Li Huajun", "Park Jong-koo"},
        ),
        (
            "President of Chodang University Park Jong-koo made an official visit to Hunan Institute of Science "
            "and Technology on 20 November.",
            {"Park Jong-koo", "Hunan Institute of Science and Technology"},
        ),
        (
            "Rector of Kazan Federal University Lenar Safin and Consul General of China Xue Lin held a productive "
            "meeting at the university.",
            {"Lenar Safin", "Xue Lin"},
        ),
        (
            "Rector of Kazan Federal University Lenar Safin had a fruitful discussion with the Consul General of "
            "China Xue Lin.",
            {"Lenar Safin", "Xue Lin"},
        ),
    ],
)
def test_a_warm_welcome_an_official_visit_made_a_productive_meeting(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(_LEAD + text))


def test_a_call_made_for_something_is_no_meeting() -> None:
    text = (
        "Ambassador of Japan Ichiro Yamada made an urgent call for more exchanges between Zhubanov University and "
        "Japanese universities."
    )
    assert _found(_LEAD + text) == []
