"""The two sides of a tie told without their names ("the parties", "both sides", "the two universities") when more
institutions than two are in view: the article's two leading institutions (session 17): sentences written for
these tests.

The readers of "the two universities" and "both sides" take the two institutions named in the three sentences
before, or the two of a meeting told just before. When a third institution is named in between (a guest of an
earlier visit, a partner of one side), they found no pair; the two the article names most are the sides, when no
third is named as often as the second of them.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text
from support.extracted import sorted_pair


def _pairs(text: str) -> set[tuple[str, ...]]:
    record = extract_text(text, published="2025-03-10")
    return {tuple(sorted(p.between)) for p in record.partnerships}


_VISIT = (
    "Rector of Chiang Mai University Somchai Jai received Vice-Rector of Lund University Anna Berg. "
    "Somchai Jai spoke about the history of Chiang Mai University. "
    "Earlier this year the university also hosted guests from Kyoto University. "
    "Anna Berg presented the research of Lund University. "
)


@pytest.mark.parametrize(
    "closing",
    [
        "The parties expressed interest in developing cooperation in forestry.",
        "Both sides expressed readiness to deepen cooperation in forestry.",
        "The sides noted that cooperation in forestry should be developed.",
        "The two universities agreed to launch a joint master's programme in forestry.",
        "The two universities plan to open a joint laboratory next year.",
    ],
)
def test_the_two_leading_institutions_are_the_sides(closing: str) -> None:
    assert sorted_pair("Chiang Mai University", "Lund University") in _pairs(_VISIT + closing)


_NAIROBI = (
    "A delegation of Makerere University visited the University of Nairobi on Monday. The University of Nairobi "
    "has trained many doctors since its founding. Earlier, the University of Nairobi hosted guests from the "
    "University of Cape Town. The visitors from Makerere University toured the medical school of the University "
    "of Nairobi. "
)


@pytest.mark.parametrize(
    "closing",
    [
        "The parties expressed interest in deepening cooperation in public health.",
        "The two universities intend to open a joint research centre.",
    ],
)
def test_the_sides_after_a_delegation_with_a_third_university_named_on_the_way(closing: str) -> None:
    pairs = _pairs(_NAIROBI + closing)
    assert sorted_pair("Makerere University", "University of Nairobi") in pairs
    assert sorted_pair("University of Cape Town", "University of Nairobi") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        # three institutions named as often: no two lead
        "Chiang Mai University hosted delegations of Lund University and Kyoto University. The guests toured "
        "the campus. They visited the library. They were also shown the new sports complex. The two sides agreed "
        "to develop student exchange.",
        # the second named no more often than a third
        "Rector of Chiang Mai University Somchai Jai received Vice-Rector of Lund University Anna Berg. "
        "Somchai Jai spoke about the history of Chiang Mai University. Earlier this year the university hosted a "
        "delegation of Kyoto University, and Kyoto University sent ten students. The parties expressed interest "
        "in developing cooperation.",
        # one institution and an embassy: an embassy is no side of a partnership here
        "Chiang Mai University welcomed the Ambassador of Sweden Erik Lund. The guests toured the campus. They "
        "visited the library. They were also shown the new sports complex. The two sides agreed to develop "
        "student exchange.",
    ],
)
def test_no_two_lead_no_pair_of_the_sides(text: str) -> None:
    pairs = _pairs(text)
    assert sorted_pair("Chiang Mai University", "Lund University") not in pairs
    assert sorted_pair("Chiang Mai University", "Kyoto University") not in pairs
