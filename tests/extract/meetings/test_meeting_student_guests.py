"""A university that hosts, welcomes or receives a group of students (of another university, from abroad) holds
no meeting of two sides: the guests are a cohort, not a party ("X hosted 25 students from Y", "X welcomed a
group of 40 exchange students of Y"). A titled guest in the same place still meets ("X welcomed Ambassador Z and
a group of students"). Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meeting_party_sets

_found = partial(meeting_party_sets, published="2025-03-14")
_LEAD = "News\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Rector Kudaibergen Kozhobekov of Osh State University hosted 25 students from Kyoto University.",
        "Osh State University hosted a group of 30 undergraduate students from the University of Tartu.",
        "Rector Kudaibergen Kozhobekov of Osh State University welcomed forty new exchange students of Ghent "
        "University.",
        "Osh State University welcomes a group of international students from Kyoto University.",
        "Osh State University hosts twelve visiting master's students of Seoul National University this week.",
        "Rector Kudaibergen Kozhobekov of Osh State University received a group of 18 pupils from the Lyceum of "
        "Bishkek.",
        "Rector Kudaibergen Kozhobekov of Osh State University greeted 40 trainees of the Korea International "
        "Cooperation Agency.",
    ],
)
def test_students_hosted_are_no_meeting(text: str) -> None:
    assert _found(_LEAD + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rector Kudaibergen Kozhobekov of Osh State University welcomed Ambassador of India Ashok Kumar and a "
            "group of students from Delhi.",
            {"Kudaibergen Kozhobekov", "Ashok Kumar"},
        ),
        (
            "Rector Kudaibergen Kozhobekov of Osh State University hosted a delegation of students and teachers "
            "of Kyoto University led by Professor Kenji Sato.",
            {"Kudaibergen Kozhobekov", "Kenji Sato"},
        ),
        (
            "Rector Kudaibergen Kozhobekov of Osh State University received Ambassador of India Ashok Kumar. "
            "Students of the university attended.",
            {"Kudaibergen Kozhobekov", "Ashok Kumar"},
        ),
        # an envoy who hosts students meets their university
        (
            "Ambassador of India Ashok Kumar hosted 20 students of Osh State University at the Embassy of India.",
            {"Ashok Kumar", "Osh State University"},
        ),
        (
            "The Consul General of Korea Kim Dong-hyun welcomed a group of students from Osh State University.",
            {"Kim Dong-hyun", "Osh State University"},
        ),
    ],
)
def test_a_titled_guest_with_students_still_meets(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(_LEAD + text))
