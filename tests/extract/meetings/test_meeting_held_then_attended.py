"""A meeting told as an event held somewhere ("A round table on mobility was held at X", "A roundtable with
Ambassador Y was held at X") whose people the next sentence names ("It was attended by A and B", "Among the
participants were A and B"); a guest "who is visiting X", "is in Almaty on a working visit", then "On Tuesday
he spoke to students of X"; "negotiated with", "consulted with"; "presented Rector X of Y with books". Not an
event to come, not a visiting professor. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meeting_party_sets

_found = partial(meeting_party_sets, published="2025-03-14")
_LEAD = "News\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event held, who was there in the next sentence
        (
            "A meeting was held at Kazan Federal University on Monday. It was attended by Consul General of China "
            "Xue Lin and Rector Lenar Safin.",
            {"Xue Lin", "Lenar Safin"},
        ),
        (
            "A round table on academic mobility was held at the University of Warsaw on 3 May. Among the "
            "participants were Ambassador of Mongolia Dorj Barkhas and Rector Alojzy Nowak.",
            {"Dorj Barkhas", "Alojzy Nowak"},
        ),
        (
            "Consultations on a joint degree were held at the Ministry of Education of Georgia on 12 March. "
            "Participants included Deputy Minister Nino Kiknadze and Rector of Tbilisi State University Jaba "
            "Samushia.",
            {"Nino Kiknadze", "Jaba Samushia"},
        ),
        (
            "A roundtable with the Ambassador of Finland to Kenya Pirkka Tapiola was held at the University of "
            "Nairobi.",
            {"Pirkka Tapiola", "University of Nairobi"},
        ),
        # negotiated, consulted
        (
            "Rector of Tashkent State University of Economics Kongratbay Sharipov negotiated with President of "
            "Inha University Cho Myung-woo.",
            {"Kongratbay Sharipov", "Cho Myung-woo"},
        ),
        (
            "Rector of Tashkent State University of Economics Kongratbay Sharipov consulted with Ambassador of "
            "Korea Yoon Soon-gu on scholarships.",
            {"Kongratbay Sharipov", "Yoon Soon-gu"},
        ),
        # visiting
        (
            "Ambassador of France Sylvain Guiaugue, who is visiting Satbayev University, gave an interview to the "
            "university newspaper.",
            {"Sylvain Guiaugue", "Satbayev University"},
        ),
        (
            "Ambassador of France Sylvain Guiaugue is in Almaty on a working visit. On Tuesday he spoke to "
            "students of Satbayev University.",
            {"Sylvain Guiaugue", "Satbayev University"},
        ),
        (
            "The Consul General of India in Dubai Satish Sivan was in Sharjah on an official visit. The same day "
            "he met with the Chancellor of the University of Sharjah Hamid Al Naimiy.",
            {"Satish Sivan", "Hamid Al Naimiy"},
        ),
        # presented someone with something
        (
            "Ambassador of Japan Masaki Yamada presented Rector Ahmadou Aly Mbaye of Cheikh Anta Diop University "
            "with a set of books.",
            {"Masaki Yamada", "Ahmadou Aly Mbaye"},
        ),
    ],
)
def test_an_event_held_and_who_attended_it(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(_LEAD + text))


@pytest.mark.parametrize(
    "text",
    [
        "Dr Aliya Serikova is visiting professor at the University of Leeds this year, the Embassy of Kazakhstan "
        "said.",
        "A discussion on climate change was held at Satbayev University on Monday with 200 students.",
        "The forum of rectors will be held at Satbayev University in May. Among the participants will be "
        "Ambassador Marco Alberti.",
        "A round table on academic mobility is to be held at the University of Warsaw next month with Ambassador "
        "Dorj Barkhas.",
    ],
)
def test_no_meeting_held(text: str) -> None:
    assert _found(_LEAD + text) == []
