"""A figure the headline tells and the body tells again is one cohort: the body's reading, which has the whole
sentence around it, stays; the headline's goes (session 19). A headline figure the body never writes is a round
or other figure than the body's: it goes too. A headline figure the body writes with no cohort of its own stays,
and so does a figure of a first line that ends as a sentence ends. Every text is our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_pairs

_pairs = partial(cohort_pairs, published="2025-11-20")


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        (
            "Kenya sends 45 students to Hallford University",
            "NAIROBI, 3 May - Hallford University welcomed 45 students from Kenya this week.",
            [(45, "Hallford University")],
        ),
        (
            "45 Kenyan students begin their studies in Belgium",
            "This autumn 45 students from Kenya began their studies at Hallford University in Ghent.",
            [(45, "Hallford University")],
        ),
        (
            "Hallford University to host 120 Ghanaian students",
            "Next year the Marlowe Institute of Technology will admit 120 students from Ghana, its rector said.",
            [(120, "Marlowe Institute of Technology")],
        ),
        (
            "Over 1,500 Uzbek students study in Poland",
            "WARSAW - Some 1,500 students from Uzbekistan are currently enrolled at the University of Warsaw, "
            "the embassy reported.",
            [(1500, "University of Warsaw")],
        ),
        (
            "Number of Chinese students at Hallford University reaches 300",
            "The rector of Hallford University said that 300 students from China study at the Marlowe Institute "
            "of Technology.",
            [(300, "Marlowe Institute of Technology")],
        ),
    ],
)
def test_a_headline_figure_the_body_tells_again_is_the_body_cohort(
    headline: str, body: str, expected: list[tuple[int, str]]
) -> None:
    """A headline's figure that a body cohort carries again: only the body's cohort, with the body's place."""
    text = headline + "\n\n" + body + " The guests toured the campus and its laboratories."
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Hallford University hosts 45 Kenyan students",
        "Over 500 Kenyan students study at Hallford University",
        "1,000 Kenyan students to study in Belgium",
        "Kenya to send 300 students to Hallford University",
    ],
)
@pytest.mark.parametrize(
    "body",
    [
        "NAIROBI, 3 May - The rector of Hallford University met the ambassador of Kenya. They discussed new "
        "exchanges.",
        "NAIROBI, 3 May - The rector of Hallford University met the ambassador of Kenya. Today 512 students from "
        "Kenya study at Hallford University.",
    ],
)
def test_a_headline_figure_the_body_never_writes_is_no_cohort(headline: str, body: str) -> None:
    """A headline's figure the body never writes (a round one): no cohort, whatever the body's own."""
    pairs = _pairs(headline + "\n\n" + body)
    assert all(count == 512 for count, _ in pairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the body writes the figure, no cohort of its own carries it: the headline's stays
            "Hallford University hosts 45 Kenyan students\n\nNAIROBI, 3 May - The rector of Hallford University "
            "met the ambassador of Kenya. Their number has grown to 45 since 2020, the rector said.",
            [(45, "Hallford University")],
        ),
        (
            "Hallford University hosts 45 Kenyan students\n\nNAIROBI, 3 May - The rector of Hallford University "
            "met the ambassador of Kenya. The first 45 arrived in 2021.",
            [(45, "Hallford University")],
        ),
        (  # another figure in the body: both stay
            "Hallford University hosts 45 Kenyan students\n\nNAIROBI, 3 May - This year 30 students from Ghana "
            "also study at Hallford University. The 45 Kenyans arrived in 2021.",
            [(45, "Hallford University"), (30, "Hallford University")],
        ),
        (  # a first line that is a sentence, not a headline: nothing changes
            "Today 45 students from Kenya study at Hallford University.\n\nIn his speech, the rector said that 45 "
            "students from Kenya study at the Marlowe Institute of Technology.",
            [(45, "Hallford University"), (45, "Marlowe Institute of Technology")],
        ),
    ],
)
def test_headline_figures_the_body_writes_with_no_cohort_stay(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """Guards: a headline figure the body writes with no cohort of its own stays; so does a sentence's."""
    assert _pairs(text) == expected
