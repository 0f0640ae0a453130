"""A meeting only asked for, offered or being prepared is none: "suggested | requested | sought a meeting with",
"extended an invitation for the visit of", "A visit of X to Y is being prepared"; one held after it was asked
for still is. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meeting_party_sets

_found = partial(meeting_party_sets, published="2025-03-14")
_LEAD = "News\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Rector of Osh State University Kudaibergen Kozhobekov extended an invitation for the visit of the "
        "Ambassador of India Ashok Kumar to the university.",
        "A visit of Rector Kudaibergen Kozhobekov of Osh State University to the Embassy of India is being "
        "prepared.",
        "Rector Kudaibergen Kozhobekov of Osh State University suggested a meeting with Ambassador of India Ashok "
        "Kumar.",
        "Rector Kudaibergen Kozhobekov of Osh State University requested a meeting with Ambassador of India Ashok "
        "Kumar.",
        "President of Makerere University Barnabas Nawangwe sought an audience with the High Commissioner of "
        "India Upender Singh Rawat.",
        "Rector Kudaibergen Kozhobekov of Osh State University accepted the invitation of Ambassador of India "
        "Ashok Kumar to visit the Embassy of India.",
        "Ambassador of India Ashok Kumar was invited to deliver a lecture at Osh State University next month.",
    ],
)
def test_a_meeting_asked_for_or_prepared_is_none(text: str) -> None:
    assert _found(_LEAD + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the request of Rector Kudaibergen Kozhobekov of Osh State University, a meeting with Ambassador of "
            "India Ashok Kumar took place on 3 March.",
            {"Kudaibergen Kozhobekov", "Ashok Kumar"},
        ),
        (
            "At the invitation of Rector Kudaibergen Kozhobekov, Ambassador of India Ashok Kumar visited Osh State "
            "University.",
            {"Kudaibergen Kozhobekov", "Ashok Kumar"},
        ),
    ],
)
def test_a_meeting_held_after_it_was_asked_for(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(_LEAD + text))
