"""A count of people whose clause puts them abroad in no one country ("study abroad", "went overseas", "are
enrolled at foreign universities") and that no reader places is at that phrase, as written: the gold's place of
an outbound figure ("abroad", "overseas", "foreign universities"), not the institution told of last
(learned_counts._fallback, session 17). People "from abroad" are where the text hosts them, and a country named
after "abroad" stays their place. Every text is our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_pairs

_pairs = partial(cohort_pairs, published="2025-11-20")

_LEAD = "Hallford University signed an agreement with the Embassy of Germany. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ministry of Education of Mongolia said that 4,500 Mongolian students currently study overseas.",
            [(4500, "overseas")],
        ),
        (
            "The Ministry of Education of Mongolia said that about 4,500 Mongolian students are studying abroad "
            "this year.",
            [(4500, "abroad")],
        ),
        (
            "According to the Ministry of Education of Uzbekistan, 980 Uzbek students are enrolled at foreign "
            "universities under the state scholarship.",
            [(980, "foreign universities")],
        ),
        (
            "According to the Ministry of Education of Uzbekistan, 980 Uzbek students study at foreign universities "
            "this year.",
            [(980, "foreign universities")],
        ),
        (_LEAD + "Some 320 of its students went abroad on exchange last semester.", [(320, "abroad")]),
        (_LEAD + "Last year 75 Hallford students went abroad for a semester.", [(75, "abroad")]),
    ],
)
def test_people_away_in_no_one_country_are_abroad(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "The university hosts 400 students from abroad.", [(400, "Hallford University")]),
        (
            _LEAD + "The university has 400 international students from overseas.",
            [(400, "Hallford University")],
        ),
        (_LEAD + "Last year 75 Hallford students went abroad to study in Germany.", [(75, "Germany")]),
    ],
)
def test_people_from_abroad_or_in_a_named_country_keep_their_place(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _pairs(text) == expected
