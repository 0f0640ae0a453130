"""A list of where people come from ("They come from Ukraine (45,000), Belarus (9,000)") after a sentence that
names the hosts only by a generic phrase ("Polish universities enrolled 100,000 foreigners") is at that phrase,
as the sentence before writes it, not at the listed country (learned_places.repaired, session 16). A country the
sentence before names still comes first, then that phrase, then the article's main institution; a list of where
people went keeps its countries. A breakdown by country that no "from" governs, and a country no sentence near
names, take that phrase when there is no institution to give. Every text is our own."""

from __future__ import annotations

import pytest

from kgpart.extract.cohorts.learned_places import _hub, candidates
from kgpart.extract.record import Cohort
from support.extracted import doc_with_entities, place_after_repairs, place_repairs_off


@pytest.mark.parametrize(
    ("text", "count", "listed", "host"),
    [
        (
            "Polish higher education institutions enrolled 100,000 foreigners last year. "
            "Students came from Ukraine (45,000), Belarus (9,000) and India (3,000).",
            9000,
            "Belarus",
            "Polish higher education institutions",
        ),
        (
            "Russian universities admitted 300,000 foreign students this year. "
            "They come from Kazakhstan (45,000), Uzbekistan (39,000) and Turkmenistan (30,000).",
            45000,
            "Kazakhstan",
            "Russian universities",
        ),
        (
            "More and more young people choose Turkish universities. "
            "Most of the newcomers came from Azerbaijan (4,500 students), Iran (2,100) and Syria (1,800).",
            1800,
            "Syria",
            "Turkish universities",
        ),
        (
            "The number of foreign students at universities of Hungary keeps growing. "
            "They come mainly from Germany (3,200), Iran (1,900) and Nigeria (1,100).",
            1900,
            "Iran",
            "universities of Hungary",
        ),
        (  # the generic phrase before the main institution of the article
            "Hallford University hosted a forum on student mobility on Monday, the rector of Hallford University "
            "said. Japanese universities now teach 4,000 students from abroad. "
            "They come from Vietnam (1,500), Nepal (900) and Mongolia (300).",
            900,
            "Nepal",
            "Japanese universities",
        ),
    ],
)
def test_a_country_of_a_list_of_origins_gives_way_to_the_generic_host_told_before(
    text: str, count: int, listed: str, host: str
) -> None:
    assert place_after_repairs(text, count, listed) == host
    with place_repairs_off():
        assert place_after_repairs(text, count, listed) == listed  # the readers' place


def test_a_country_told_before_comes_before_the_generic_phrase() -> None:
    text = (
        "In Poland, Polish universities enrolled 100,000 foreigners last year. "
        "Students came from Ukraine (45,000), Belarus (9,000) and India (3,000)."
    )
    assert place_after_repairs(text, 9000, "Belarus") == "Poland"


@pytest.mark.parametrize(
    ("text", "count", "country"),
    [
        (  # a list of where they went: the country is the place
            "Kazakh universities sent 2,000 students abroad last year. "
            "They studied mainly in Russia (900), China (600) and Poland (300).",
            600,
            "China",
        ),
        (  # a generic phrase of no country ("universities" alone) names no place
            "Many universities enrolled foreigners last year. "
            "Students came from Ukraine (45,000), Belarus (9,000) and India (3,000).",
            9000,
            "Belarus",
        ),
    ],
)
def test_a_country_this_repair_keeps(text: str, count: int, country: str) -> None:
    assert place_after_repairs(text, count, country) == country


def test_the_generic_phrase_of_the_sentence_before_is_a_candidate() -> None:
    doc = doc_with_entities(
        "News\n\nRussian universities admitted 300,000 foreign students this year. "
        "They come from Kazakhstan (45,000), Uzbekistan (39,000) and Turkmenistan (30,000)."
    )
    cohort = Cohort(39000, at="Uzbekistan", evidence=doc.evidence(len(doc.sentences) - 1))
    cands = {c.name: c.features for c in candidates(doc, cohort, _hub(doc))}
    generic = cands["Russian universities"]
    assert generic["kind_generic"] == 1.0 and generic["prev_sentence"] == 1.0
    assert cands["Uzbekistan"]["rule_country_gov_from"] == 1.0


@pytest.mark.parametrize(
    ("text", "count", "listed", "host"),
    [
        (
            "Japanese universities welcomed 4,000 newcomers this autumn. "
            "Their numbers by country: Vietnam (1,500), Nepal (900) and Mongolia (300).",
            900,
            "Nepal",
            "Japanese universities",
        ),
        (
            "Polish universities enrolled 100,000 foreigners last year. "
            "The largest groups: Ukraine (45,000), Belarus (9,000) and India (3,000).",
            9000,
            "Belarus",
            "Polish universities",
        ),
        (  # a country no sentence near names ("Today 4,000 students are enrolled" after the ministers' visit)
            "The ministers of Mongolia and Japan met in Tokyo on Monday. "
            "Japanese universities are popular with young Mongolians. Today 4,000 students are enrolled.",
            4000,
            "Mongolia",
            "Japanese universities",
        ),
    ],
)
def test_a_breakdown_with_no_institution_goes_to_the_generic_host_told_before(
    text: str, count: int, listed: str, host: str
) -> None:
    assert place_after_repairs(text, count, listed) == host
    with place_repairs_off():
        assert place_after_repairs(text, count, listed) == listed


def test_the_institution_told_of_comes_before_the_generic_phrase() -> None:
    text = (
        "Hallford University welcomed 300 newcomers, the rector of Hallford University said. Japanese universities "
        "are popular too. Their numbers by country: Vietnam (1,500), Nepal (900)."
    )
    assert place_after_repairs(text, 900, "Nepal") == "Hallford University"
