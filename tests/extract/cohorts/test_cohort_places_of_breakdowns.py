"""Where the counts of a breakdown by country are (session 18). Every text is our own.

- A breakdown that names destinations ("The top destinations were Germany (300), Poland (200)") after a
  sentence telling of people gone abroad: each country is where its count went, not the place of the cohort told
  just before (the home institution, "abroad") nor the institution told of last.
- A country that sends ("China sent 300 students, followed by India (200) and Ghana (120)") is where people come
  from: a ranking of senders after a host's total is a breakdown of that host's people; "sent" there tells of no
  going (the ranking of where people go, "sent 300 students abroad: Germany (120), followed by ...", keeps its
  countries).
- A breakdown of where people come from two or three sentences after the generic host that took them ("Polish
  universities enrolled 100,000 foreign students. Most of them came from neighbouring countries. Ukraine (45,000
  students) was first, ..."), with no institution told of: that host, as written.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_pairs

_pairs = partial(cohort_pairs, published="2025-11-20")

_LEAD = "Hallford University signed an agreement with the University of Bonn. "
_GONE = [(300, "Germany"), (200, "Poland"), (120, "Korea")]


@pytest.mark.parametrize(
    "text",
    [
        "Last year 1,500 students of Hallford University studied abroad. "
        "The top destinations were Germany (300), Poland (200) and Korea (120).",
        "Last year Hallford University sent 1,500 students abroad. "
        "The main destinations: Germany (300), Poland (200) and Korea (120).",
        "In 2024, 1,500 Kazakh students studied abroad. "
        "The most popular destinations were Germany (300), Poland (200) and Korea (120).",
        "Last year 1,500 students of Hallford University went abroad on exchange. "
        "Their favourite destination was Germany (300), followed by Poland (200) and Korea (120).",
    ],
)
def test_a_breakdown_of_destinations(text: str) -> None:
    assert [pair for pair in _pairs(_LEAD + text) if pair[0] < 1000] == _GONE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown of where a host's people come from: the host (read so before)
        (
            "Hallford University hosts 900 foreign students. The largest groups: China (300), India (200) and "
            "Ghana (120).",
            [(300, "Hallford University"), (200, "Hallford University"), (120, "Hallford University")],
        ),
        # went to, in a sentence of its own with a cue: read so before
        (
            "Last year 1,500 students of Hallford University went abroad on exchange. Most of them went to "
            "Germany (300), Poland (200) and Korea (120).",
            _GONE,
        ),
    ],
)
def test_breakdowns_read_so_before(text: str, expected: list[tuple[int, str]]) -> None:
    assert [pair for pair in _pairs(_LEAD + text) if pair[0] < 900] == expected


_HOST = "Hallford University hosts 900 foreign students this year. "


@pytest.mark.parametrize(
    "text",
    [
        "China sent 300 students, followed by India (200) and Ghana (120).",
        "China has sent 300 students, followed by India (200) and Ghana (120).",
        "China alone sent 300 students, followed by India (200) and Ghana (120).",
        "China has traditionally sent the largest group, 300 students, followed by India (200) and Ghana (120).",
        "China, which once again sent 300 students, leads, followed by India (200) and Ghana (120).",
    ],
)
def test_a_ranking_of_senders(text: str) -> None:
    pairs = [pair for pair in _pairs(_HOST + text) if pair[0] in (200, 120)]
    assert pairs == [(200, "Hallford University"), (120, "Hallford University")]


def test_a_ranking_of_where_people_were_sent_keeps_its_countries() -> None:
    text = (
        "Last year Hallford University sent 300 students abroad: Germany (120), followed by Poland (80) and "
        "Korea (45)."
    )
    assert [pair for pair in _pairs(_LEAD + text) if pair[0] < 300] == [
        (120, "Germany"),
        (80, "Poland"),
        (45, "Korea"),
    ]


_POLISH = "In 2024 Polish universities enrolled 100,000 foreign students. "


@pytest.mark.parametrize(
    "text",
    [
        "Most of them came from neighbouring countries. Ukraine leads with 45,000 students, followed by Belarus "
        "(9,000) and Kazakhstan (3,000).",
        "Most of them came from neighbouring countries. The largest groups are from Ukraine (45,000 students), "
        "Belarus (9,000) and Kazakhstan (3,000).",
        "Their number grew by a tenth. Ukraine (45,000 students) was first, followed by Belarus (9,000) and "
        "Kazakhstan (3,000).",
    ],
)
def test_a_breakdown_after_a_generic_host_two_sentences_before(text: str) -> None:
    pairs = [pair for pair in _pairs(_POLISH + text) if pair[0] in (9000, 3000)]
    assert pairs == [(9000, "Polish universities"), (3000, "Polish universities")]
