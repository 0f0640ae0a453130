"""A breakdown of a cohort by country told in the next sentence, with no word of people or study of its own
("Al-Farabi Kazakh National University hosts 1,200 foreign students. The largest groups: China (400), India
(250) and Pakistan (150)."): its counts are read (learned_counts, the sentence after a sentence with a cue) and
placed where the repairs put a bare breakdown (the institution told of last, else a generic host of the
sentence before). A list after a sentence with no word of people or study stays unread. Every text is our own."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

_DATE = "2025-11-20"


def _pairs(text: str) -> set[tuple[int | None, str | None]]:
    return {(c.count, c.at) for c in extract_text("News\n\n" + text, published=_DATE).cohorts}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Farabi Kazakh National University hosts 1,200 foreign students this year. "
            "The largest groups: China (400), India (250) and Pakistan (150).",
            {(400, "Al-Farabi Kazakh National University"), (250, "Al-Farabi Kazakh National University")},
        ),
        (
            "Tallinn University enrolled 900 international students this autumn. "
            "By country, Finland (210), Latvia (150) and Ukraine (90) lead the list.",
            {(210, "Tallinn University"), (150, "Tallinn University")},
        ),
        (
            "Nazarbayev University now has 640 exchange students on campus. "
            "Turkey (120), Korea (95), Japan (60).",
            {(120, "Nazarbayev University"), (95, "Nazarbayev University")},
        ),
        (
            "Japanese universities enrolled 4,000 students from Central Asia last year. "
            "Uzbekistan (1,500), Kazakhstan (900) and Kyrgyzstan (600) lead.",
            {(1500, "Japanese universities"), (900, "Japanese universities")},
        ),
        (
            "Tallinn University enrolled 900 international students this autumn. "
            "Finland leads with 210, followed by Latvia with 150 and Ukraine with 90.",
            {(150, "Tallinn University"), (90, "Tallinn University")},
        ),
        (
            "Nazarbayev University now has 640 exchange students on campus. Turkey - 120, Korea - 95, Japan - 60.",
            {(120, "Nazarbayev University"), (95, "Nazarbayev University")},
        ),
    ],
)
def test_breakdown_after_a_cohort_sentence(text: str, expected: set[tuple[int, str]]) -> None:
    assert expected <= _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tallinn University signed 40 agreements last year. Partners are in Finland (12), Latvia (8) and Ukraine (5).",
        "Nazarbayev University opened 12 offices abroad. Turkey (4), Korea (3), Japan (2).",
    ],
)
def test_breakdown_after_no_cue_stays_unread(text: str) -> None:
    counts = {count for count, _ in _pairs(text)}
    assert not counts & {12, 8, 5, 4, 3, 2}
