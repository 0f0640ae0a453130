"""A host named before the count, an organisation after it that no word of place governs (session 21): "Hallford
University hosted 45 students of partner Marlowe University", "... 45 Kenyan students, Marlowe University said"
are at Hallford University; a name after "at | in | to | into", "joined" or "attend" is where the people are,
and so is one the sentence also names before the count. Every text is our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohort_pairs

_pairs = partial(cohort_pairs, published="2025-11-20")

_LEAD = "Hallford University signed an agreement with Marlowe University last year. "
_HOST = "Hallford University"
_OTHER = "Marlowe University"


@pytest.mark.parametrize(
    "text",
    [
        "Hallford University hosted 45 students of partner Marlowe University.",
        "Hallford University hosted 45 students under Marlowe University's exchange scheme.",
        "Hallford University currently hosts 45 Kenyan students, Marlowe University said.",
        "Hallford University now teaches 45 Kenyan students, Marlowe University's rector noted.",
        "Hallford University welcomed 45 new students, twice as many as Marlowe University.",
        "Hallford University has 45 Kenyan students, more than Marlowe University.",
        "Hallford University enrolled 45 students on Marlowe University's recommendation.",
        "Hallford University accepted 45 students this year, the rector of Marlowe University said.",
        "This autumn Hallford University admitted 45 students, as Marlowe University reported.",
        "At Hallford University there are 45 Kenyan students, Marlowe University said.",
    ],
)
def test_the_host_before_the_count(text: str) -> None:
    pairs = _pairs(_LEAD + text)
    assert (45, _HOST) in pairs
    assert (45, _OTHER) not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Hallford University sent 45 students to Marlowe University.",
        "Hallford University said 45 students study at Marlowe University.",
        "Hallford University said that 45 students are now in Marlowe University.",
        "Hallford University said that 45 students joined Marlowe University this year.",
        "Hallford University said 45 students now attend Marlowe University.",
        "Under its agreement with Hallford University, 45 students study at Marlowe University.",
        "Hallford University said 45 students went into Marlowe University's programmes.",
    ],
)
def test_a_place_word_keeps_the_name_after(text: str) -> None:
    assert (45, _OTHER) in _pairs(_LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        # no institution before the count: the readers' place stands
        "Last year 45 students of Marlowe University took part.",
        # the place is named before the count too
        "Marlowe University now has 45 Kenyan students, Marlowe University said.",
    ],
)
def test_no_host_before(text: str) -> None:
    assert (45, _OTHER) in _pairs(_LEAD + text)
