"""Rankings of where a host's people come from ("Most come from Kenya (450 students), followed by Ghana (320) and
Nigeria (150)"): every count is at the host, the country is where its people come from (session 17).

- The first item, a count of people right after its country as a breakdown writes it ("from Kenya with 45,000
  students", "Kenya (450 students)"), is read like the bare counts after it (learned_counts._candidate): the
  country just before is its place for the repair to read, instead of no place or the institution told of last.
- A country right before its bare count in a "followed by" ranking that tells of hosting but of no going ("B
  hosts 1,200 foreign students, and the largest group is Kenya (450), followed by ...") is where the people come
  from (learned_places.candidates: the breakdown-of-origins repair), so the count goes to the host.

Destinations ("top destinations are Russia (450), followed by Turkey (50)", "sent 300 students abroad: Germany
(120), followed by ...") keep their countries. Every text is our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_pairs

_pairs = partial(cohort_pairs, published="2025-11-20")

_LEAD = "Hallford University signed an agreement with Astana University. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia hosts 300,000 foreign students. The largest group comes from Kazakhstan with 45,000 students, "
            "followed by Uzbekistan with 32,000 and Tajikistan with 15,000.",
            [(300000, "Russia"), (45000, "Russia"), (32000, "Russia"), (15000, "Russia")],
        ),
        (
            "Japan hosts 310,000 international students. Most of them come from China with 115,000 students, "
            "followed by Vietnam with 37,000 and Nepal with 24,000.",
            [(310000, "Japan"), (115000, "Japan"), (37000, "Japan"), (24000, "Japan")],
        ),
    ],
)
def test_first_item_of_a_ranking_is_at_the_host(text: str, expected: list[tuple[int, str]]) -> None:
    assert sorted(_pairs(text)) == sorted(expected)


_H = "Hallford University"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD
            + "Hallford University hosts 1,200 foreign students, and the largest group is Kazakhstan (450), "
            "followed by Uzbekistan (320) and Kyrgyzstan (150).",
            [(1200, _H), (450, _H), (320, _H), (150, _H)],
        ),
        (
            _LEAD
            + "Hallford University currently hosts 1,200 foreign students. Of the international graduates "
            "hosted this year, Kazakhstan (450) leads, followed by Uzbekistan (320) and Kyrgyzstan (150).",
            [(1200, _H), (450, _H), (320, _H), (150, _H)],
        ),
        (
            _LEAD
            + "Hallford University welcomed 1,200 foreign students. By the number of students welcomed, "
            "Kazakhstan (450) is first, followed by Uzbekistan (320) and Kyrgyzstan (150).",
            [(1200, _H), (450, _H), (320, _H), (150, _H)],
        ),
        (
            _LEAD
            + "Hallford University has 900 international students. The main groups hosted are India (300), "
            "followed by Nigeria (120) and Ghana (90).",
            [(900, _H), (300, _H), (120, _H), (90, _H)],
        ),
    ],
)
def test_ranking_of_origins_is_at_the_host(text: str, expected: list[tuple[int, str]]) -> None:
    assert sorted(_pairs(text)) == sorted(expected)


def test_ranking_after_a_verb_of_admitting() -> None:
    text = (
        _LEAD
        + "Hallford University received 900 international applications. Among the students admitted, India "
        "ranks first with 300, followed by Nigeria (120) and Ghana (90)."
    )
    pairs = _pairs(text)
    assert (120, _H) in pairs and (90, _H) in pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD
            + "Hallford University hosts 1,200 foreign students. The top destinations of its graduates are "
            "Russia (450), followed by Turkey (50) and Germany (20).",
            [(1200, _H), (450, "Russia"), (50, "Turkey"), (20, "Germany")],
        ),
        (
            _LEAD
            + "Hallford University sent 300 students abroad this year: Germany (120), followed by Turkey (90) "
            "and Korea (40).",
            [(300, "abroad"), (120, "Germany"), (90, "Turkey"), (40, "Korea")],
        ),
    ],
)
def test_ranking_of_destinations_keeps_its_countries(text: str, expected: list[tuple[int, str]]) -> None:
    assert sorted(_pairs(text)) == sorted(expected)


def test_a_country_opening_the_sentence_is_no_breakdown() -> None:
    assert _pairs(_LEAD + "In Hungary, 40 students attended the lecture.") == []


# The head of a ranking of where people go: a country opening the sentence (or its clause after a comma), then a
# word of receiving or of a destination before the first count, is that count's place (learned_counts._ranking_head)
# where no reader gives one, not the institution told of last.


@pytest.mark.parametrize(
    ("text", "count", "place"),
    [
        (
            _LEAD
            + "Russia remained the top destination with 45,000 Kazakh students, followed by Turkey with 5,000 "
            "and Germany with 2,000.",
            45000,
            "Russia",
        ),
        (
            _LEAD
            + "For Kazakh students, Russia is the most popular destination, with 45,000 students, followed by "
            "Turkey (5,000) and Germany (2,000).",
            45000,
            "Russia",
        ),
        (
            _LEAD
            + "Last year Russia remained the top destination with 45,000 Kazakh students, followed by Turkey "
            "with 5,000 and Germany with 2,000.",
            45000,
            "Russia",
        ),
        (
            _LEAD
            + "Germany hosted the largest number, with 3,000 students from Kazakhstan, followed by Turkey "
            "with 1,000.",
            3000,
            "Germany",
        ),
        (
            _LEAD + "In 2024, Germany received the most, 3,000 students, followed by Turkey with 1,000.",
            3000,
            "Germany",
        ),
    ],
)
def test_head_of_a_ranking_of_destinations(text: str, count: int, place: str) -> None:
    assert (count, place) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        (  # a ranking of origins: the leading country is where its people come from
            _LEAD
            + "Russia hosts 300,000 foreign students. Kazakhstan leads with 45,000 students, followed by "
            "Uzbekistan with 32,000 and Tajikistan with 15,000.",
            (45000, "Kazakhstan"),
        ),
        (  # an institution heads it: the readers' place stays
            _LEAD
            + "Hallford University is the top choice of Kazakh students in Europe, with 450 enrolled, followed "
            "by Bologna University with 300.",
            (450, "Kazakhstan"),
        ),
    ],
)
def test_no_head_country_of_other_rankings(text: str, unexpected: tuple[int, str]) -> None:
    assert unexpected not in _pairs(text)
