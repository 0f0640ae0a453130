"""A headline of two sides and a verb of both ("Uzbek minister, Korean ambassador discuss ...", "Kyrgyzstan and
Turkey discuss ...") over a body that names them with no meeting word; a working trip ("is on a working trip
to", "was on a working trip to X"), a mission led to X, the passive of a visit ("A visit was paid to X by Y")
and of a guest shown the host's places ("was shown the laboratories of X"), "Meetings were held with". Not a
headline of a forum or of experts. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meeting_party_sets

_found = partial(meeting_party_sets, published="2025-03-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uzbek minister, Korean ambassador discuss university cooperation\n\nTASHKENT, UzDaily - Minister of "
            "Higher Education Kongratbay Sharipov and Ambassador of Korea Yoon Soon-gu touched upon the opening "
            "of new branches of Korean universities.\n\nThe minister noted that 1,500 Uzbek students study in "
            "Korea.",
            {"Kongratbay Sharipov", "Yoon Soon-gu"},
        ),
        (
            "Kyrgyzstan and Turkey discuss academic exchange\n\nBISHKEK, AKIpress - Minister of Education "
            "Dogdurkul Kendirbaeva and Ambassador of Turkey Alper Aktas focused on student exchange.",
            {"Dogdurkul Kendirbaeva", "Alper Aktas"},
        ),
        (
            "Azerbaijan, Hungary mull joint master's programmes\n\nBAKU, Trend - Minister of Science and Education "
            "Emin Amrullayev and Ambassador of Hungary Tamas Torma focused on agricultural education.",
            {"Emin Amrullayev", "Tamas Torma"},
        ),
    ],
)
def test_a_headline_of_two_sides_over_a_body_that_names_them(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rectors discuss internationalisation\n\nRector of Satbayev University Meiram Begentayev and President of "
        "the University of Leeds Simone Buitendijk spoke at the session on mobility.",
        "Kazakh and Korean experts discuss the future of universities at a forum\n\nRector of Satbayev University "
        "Meiram Begentayev and President of Inha University Cho Myung-woo spoke at the plenary session.",
    ],
)
def test_a_headline_of_a_forum_or_of_experts_is_no_meeting(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ambassador of Japan Ichiro Yamada is on a working trip to Aktobe. He visited Zhubanov University, "
            "where Rector Nadiyar Musin presented the Japanese language centre.",
            {"Ichiro Yamada", "Nadiyar Musin"},
        ),
        (
            "Ambassador of Japan Ichiro Yamada was on a working trip to Zhubanov University on 4 May.",
            {"Ichiro Yamada", "Zhubanov University"},
        ),
        (
            "A visit was paid to Zhubanov University by the Ambassador of Japan Ichiro Yamada.",
            {"Ichiro Yamada", "Zhubanov University"},
        ),
        (
            "The Ambassador of Japan Ichiro Yamada was shown the laboratories of Zhubanov University by Rector "
            "Nadiyar Musin.",
            {"Ichiro Yamada", "Nadiyar Musin"},
        ),
        (
            "Vice-Chancellor of the University of Otago David Murdoch led a mission to Universiti Malaya in March.",
            {"David Murdoch", "Universiti Malaya"},
        ),
        (
            "Meetings were held with the leadership of Universiti Malaya and Vice-Chancellor of the University of "
            "Otago David Murdoch.",
            {"David Murdoch", "Universiti Malaya"},
        ),
    ],
)
def test_a_trip_a_mission_and_the_passive_of_a_visit(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found("News\n\n" + text))
