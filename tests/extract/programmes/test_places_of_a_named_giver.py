"""Programmes, session 15: places a state body, an embassy or a fund gives are that giver's alone.

A scholarship, fellowship, grant, quota or places whose sentence names its giver (a government, a ministry, an
embassy, a foundation) and no institution used to take the article's most-named university as a second partner
("The Embassy of Japan will award 25 scholarships" in an article about a university became the embassy's and the
university's). Over the labelled sets G2-G9 the gold lists that university for such places 5 times in 28: the
other 23 times it is a partner the gold does not give. The places stay with their giver; a sentence that names no
organisation at all, or names an institution, still reads as before. Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import programmes

U = "Kazakh-British Technical University"
V = "Lisbon School of Engineering"

_programmes = partial(programmes, published="2025-11-20")

#: An article about one university: it is the most-named institution, named in the sentences before the places.
LEAD = f"{U} welcomed a delegation on Monday. The rector of {U} spoke of research and teaching at {U}.\n\n"


def _partners_of_the_counted(text: str, count: int) -> set[str]:
    found = [p for p in _programmes(LEAD + text) if p.participants.count == count]
    assert len(found) == 1, [(p.name, p.partners, p.participants.count) for p in _programmes(LEAD + text)]
    return set(found[0].partners)


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("The Embassy of Japan will award 25 scholarships to Kazakh students this year.", "Embassy of Japan"),
        (
            "Each year the Embassy of Japan awards 25 scholarships to students from Kazakhstan.",
            "Embassy of Japan",
        ),
        (
            "The Government of Korea will also grant 25 fellowships to young researchers.",
            "Government of Korea",
        ),
        (
            "The Ministry of Education of Hungary offers 25 places to students from Kazakhstan under the "
            "Stipendium Hungaricum programme.",
            "Ministry of Education of Hungary",
        ),
        (
            "The Ministry of Education of Hungary has set a quota of 25 students from Kazakhstan for the "
            "Stipendium Hungaricum programme.",
            "Ministry of Education of Hungary",
        ),
        (
            "The Turkish Maarif Foundation will offer 25 grants to students this year.",
            "Turkish Maarif Foundation",
        ),
    ],
)
def test_places_of_a_named_giver_are_not_the_article_universitys(text: str, giver: str) -> None:
    partners = _partners_of_the_counted(text, 25)
    assert U not in partners
    assert giver in partners


@pytest.mark.parametrize(
    "text",
    [
        # no organisation in the sentence: the places are the article's university's, as before
        "Next year 25 scholarships will be awarded to students from Afghanistan.",
        # an institution gives them
        f"{V} will award 25 scholarships to Kazakh students this year.",
    ],
)
def test_places_with_no_giver_or_an_institution_read_as_before(text: str) -> None:
    partners = _partners_of_the_counted(text, 25)
    assert partners & {U, V}


def test_a_double_degree_told_beside_a_ministry_still_takes_the_article_university() -> None:
    # only places given lose the fallback: a double degree with a ministry named keeps the article's university
    found = _programmes(
        LEAD
        + "With the support of the Ministry of Science of Portugal, a double degree programme will open next year."
    )
    assert any(U in p.partners for p in found), [(p.name, p.partners) for p in found]
