"""A meeting sentence that names a side by its title alone ("The Rector of X received the Ambassador of India")
and the next sentences that name him ("Ambassador Y noted ..."); an official who "came to" an organisation.
Not a student who came to study, not a title with nobody named after it. Sentences written for these tests."""

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
            "The Rector of Osh State University received the Ambassador of India. Ambassador Ashok Kumar noted "
            "the role of Indian students. Rector Kudaibergen Kozhobekov thanked him.",
            {"Ashok Kumar", "Kudaibergen Kozhobekov"},
        ),
        (
            "Minister of Higher Education Ayman Ashour met the Ambassador of Kazakhstan on Sunday. Ambassador "
            "Arman Issagaliyev spoke about the Nur-Mubarak University.",
            {"Arman Issagaliyev", "Ayman Ashour"},
        ),
        (
            "The delegation of Lanzhou University visited the Tajik Technical University. Vice-President Yan "
            "Chunhua presented the university's engineering programmes.",
            {"Yan Chunhua", "Tajik Technical University"},
        ),
        # came to
        (
            "The Ambassador of Japan Ichiro Yamada came to Zhubanov University on 4 May. Rector Nadiyar Musin "
            "presented the university's Japanese programmes to the guest.",
            {"Ichiro Yamada", "Nadiyar Musin"},
        ),
        (
            "Consul General of Turkey in Kazan Ahmet Yilmaz came to Kazan Federal University to meet Turkish "
            "students.",
            {"Ahmet Yilmaz", "Kazan Federal University"},
        ),
        (
            "Minister of Education of Mongolia Luvsantseren Enkh-Amgalan travelled to the University of Warsaw "
            "in April.",
            {"Luvsantseren Enkh-Amgalan", "University of Warsaw"},
        ),
    ],
)
def test_a_side_named_by_title_or_an_official_who_came(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(_LEAD + text))


@pytest.mark.parametrize(
    "text",
    [
        "Aliya Serikova came to the University of Leeds in 2019 as a PhD student.",
        "The Rector of Osh State University received the Ambassador of India.",
        "Dr Marat Dosov went to the University of Tokyo for a research internship.",
    ],
)
def test_no_meeting_of_one_side(text: str) -> None:
    assert _found(_LEAD + text) == []
