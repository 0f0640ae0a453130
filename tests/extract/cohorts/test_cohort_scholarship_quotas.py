"""Scholarships set aside for people of one origin are a planned cohort, like places (cohorts.quotas).

"China will offer 50 government scholarships to Zambian students" tells the same as "50 places for Zambian
students": a quota with no programme named, a cohort with the status "planned" at the giver (or at the place told
after the people). Scholarships of a named or described programme ("Chevening scholarships", "under the Erasmus+
project") stay the programme's, and so do scholarships given every year ("150 scholarships annually": a scheme's
yearly flow, which the record makes a programme) and the grants of an embassy or a fund ("the Embassy of Japan will
award 25 scholarships": that body's programme, tests/extract/programmes/test_places_of_a_named_giver.py); a
government's or a ministry's are a quota like its places. A count of scholarships for no one in particular, or given
by no host, is no cohort.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

U = "Tamsin Valley University"
K = "Kestrel Institute of Technology"


def _cohorts(text: str) -> list[tuple[int | None, str | None, str | None, str]]:
    found = extract_text(text, published="2025-11-20").cohorts
    return sorted(((c.count, c.at, c.from_country, c.status) for c in found), key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China will offer 50 government scholarships to Zambian students.", (50, "China", "Zambia")),
        (
            "The Government of Hungary will provide 120 full scholarships for students from Kenya.",
            (120, "Hungary", "Kenya"),
        ),
        (
            "The Ministry of Education of Hungary will offer 25 scholarships to students from Ghana.",
            (25, "Hungary", "Ghana"),
        ),
        (
            "Next year Hungary will provide 120 full scholarships for students from Kenya.",
            (120, "Hungary", "Kenya"),
        ),
        (f"{U} will offer 30 fully funded scholarships to students from Nepal.", (30, U, "Nepal")),
        (
            "Turkey has allocated 150 scholarships for young people from Kyrgyzstan.",
            (150, "Turkey", "Kyrgyzstan"),
        ),
        (
            "This year Malaysia offers 40 tuition-free scholarships to Laotian students at " + K + ".",
            (40, K, "Laos"),
        ),
        ("Egypt plans to offer some 200 stipends to students from Chad.", (200, "Egypt", "Chad")),
    ],
)
def test_scholarships_set_aside_are_a_planned_cohort(
    text: str, expected: tuple[int, str, str | None]
) -> None:
    assert _cohorts(text) == [(*expected, "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "Under the Chevening programme, Britain offers 40 scholarships to Kazakh students.",
        f"The Erasmus+ project provides 20 scholarships for students of {U}.",
        "The Stipendium Hungaricum scholarships, 200 of them, go to Kenyan students.",
        "Japan offered 60 MEXT scholarships to Mongolian students.",
        "The foundation has provided 500 scholarships to students since 2010.",
        "The university offers 15 scholarships every year.",
        "The Embassy of Japan will award 25 scholarships to Kazakh students this year.",
        "The Aralia Education Foundation will offer 40 scholarships to students from Ghana.",
        "Every year China provides 150 scholarships to the citizens of Tajikistan.",
        "The agency awards 60 scholarships annually to Ghanaian students.",
        "Korea grants 30 stipends a year for students from Laos.",
    ],
)
def test_scholarships_of_a_programme_or_of_no_one_are_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia has allocated 500 places at Kazan Federal University for students from Tajikistan.",
            (500, "Kazan Federal University", "Tajikistan"),
        ),
        (
            "The government reserved 300 budget places in Russian universities for citizens of Uzbekistan.",
            (300, "Russian universities", "Uzbekistan"),
        ),
        (
            "Poland will set aside 100 places in Polish universities for young people from Belarus.",
            (100, "Polish universities", "Belarus"),
        ),
        (f"China will offer 40 scholarships at {K} for students from Laos.", (40, K, "Laos")),
        # no place named between them: the giver, as for places told with no place
        (
            "Turkey will allocate 150 places at its universities for students from Kyrgyzstan.",
            (150, "Turkey", "Kyrgyzstan"),
        ),
    ],
)
def test_the_place_told_between_the_places_and_the_people(
    text: str, expected: tuple[int, str, str | None]
) -> None:
    assert _cohorts(text) == [(*expected, "planned")]
