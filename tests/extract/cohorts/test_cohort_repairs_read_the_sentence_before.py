"""Two repairs of a country the readers took as a cohort's place read the sentence before it more closely
(learned_places.repaired, session 17). Every text is our own.

- A list of where people come from ("The others come from Ghana (45), Nigeria (30)") takes the country of the
  sentence before only when that sentence puts it as a place ("study in Kenya", "Kenya hosts", "universities of
  Kenya"), not when it tells where people come from too ("300 of them are citizens of Kenya") or a tie ("works
  with Kenya"): then the article's main institution.
- A breakdown by country no "from" governs, with no institution told of in the sentences just before it, takes the
  generic host of the sentence before ("Japanese universities welcomed 4,000 newcomers") before an institution
  the article names far from it.
"""

from __future__ import annotations

import pytest

from support.extracted import place_after_repairs, place_repairs_off

_HUB = (
    "Hallford University opened a new campus on Monday, the rector of Hallford University said. "
    "Hallford University has 1,200 foreign students. "
)


@pytest.mark.parametrize(
    "before",
    [
        "Of them, 300 are citizens of Kenya.",
        "Some 300 of them are nationals of Kenya.",
        "About 300 are natives of Kenya.",
        "The largest group, 300 people, are citizens of the Philippines.",
        "The university has long worked with Kenya.",
        "The rector spoke warmly about his visit towards Kenya.",
    ],
)
@pytest.mark.parametrize(
    ("after", "count", "listed"),
    [
        ("The others come from Ghana (45), Nigeria (30) and Peru (12).", 30, "Nigeria"),
        ("The rest are from Ghana (45 students), Nigeria (30) and Peru (12).", 12, "Peru"),
    ],
)
def test_a_country_the_sentence_before_does_not_host_gives_way_to_the_main_institution(
    before: str, after: str, count: int, listed: str
) -> None:
    text = _HUB + before + " " + after
    assert place_after_repairs(text, count, listed) == "Hallford University"
    with place_repairs_off():
        assert place_after_repairs(text, count, listed) == listed  # the readers' place


@pytest.mark.parametrize(
    ("before", "host"),
    [
        ("Most of the foreign students at universities study in Kenya.", "Kenya"),
        ("Kenya hosts 80,000 foreign students.", "Kenya"),
        ("Foreign students are drawn to Kenya.", "Kenya"),
        ("The number of foreign students at universities of Kenya keeps growing.", "universities of Kenya"),
    ],
)
def test_a_country_the_sentence_before_hosts_stays_the_place(before: str, host: str) -> None:
    text = _HUB + before + " They come from Ghana (45), Nigeria (30) and Peru (12)."
    assert place_after_repairs(text, 30, "Nigeria") == host


_FAR = (
    "Hallford University signed a memorandum with the ministry, the rector of Hallford University said. "
    "The ministry praised the agreement. The sides discussed joint research. A new laboratory will open. "
    "The delegation toured the city. "
)


@pytest.mark.parametrize(
    ("generic", "breakdown", "count", "listed"),
    [
        (
            "Japanese universities welcomed 4,000 newcomers this autumn.",
            "Their numbers by country: Vietnam (1,500), Nepal (900) and Mongolia (300).",
            900,
            "Nepal",
        ),
        (
            "Polish universities enrolled 100,000 foreigners last year.",
            "The largest groups: Ukraine (45,000), Belarus (9,000) and India (3,000).",
            9000,
            "Belarus",
        ),
        (
            "Korean universities host 20,000 international students.",
            "By country: Uzbekistan (6,000), Mongolia (2,500) and Vietnam (1,800).",
            2500,
            "Mongolia",
        ),
    ],
)
def test_the_generic_host_told_just_before_comes_before_an_institution_named_far_away(
    generic: str, breakdown: str, count: int, listed: str
) -> None:
    text = _FAR + generic + " " + breakdown
    host = generic.split(" welcomed")[0].split(" enrolled")[0].split(" host")[0]
    assert place_after_repairs(text, count, listed) == host


def test_the_institution_told_just_before_still_comes_first() -> None:
    text = (
        "Hallford University welcomed 300 newcomers, the rector of Hallford University said. "
        "Japanese universities are popular too. Their numbers by country: Vietnam (1,500), Nepal (900)."
    )
    assert place_after_repairs(text, 900, "Nepal") == "Hallford University"
