"""A breakdown of a host's people by country ("Its newcomers by country: Kenya (45), Ghana (30)") is a list of
where they come from, though no "from" governs it: the place of each count is the institution told of last (else
the article's main one), not the country before the count (learned_places.repaired, session 15). A list of
where people went or are received, or one the sentence gives a nationality for, keeps its countries. Every text
is our own."""

from __future__ import annotations

import pytest

from kgpart.extract.cohorts.learned_places import _hub, candidates
from kgpart.extract.record import Cohort
from support.extracted import doc_with_entities, place_after_repairs, place_repairs_off


def _rule_features(text: str, count: int, country: str) -> dict[str, float]:
    """The features of the readers' place (the country) among the place candidates of the count."""
    doc = doc_with_entities("News\n\n" + text)
    cohort = Cohort(count, at=country, evidence=doc.evidence(len(doc.sentences) - 1))
    return candidates(doc, cohort, _hub(doc))[0].features


_HOST = (
    "Hallford University welcomed 300 international students this autumn, "
    "the rector of Hallford University said. "
)


@pytest.mark.parametrize(
    ("text", "count", "country", "host"),
    [
        (
            _HOST + "Its newcomers by country: Kenya (45), Ghana (30) and Peru (12).",
            30,
            "Ghana",
            "Hallford University",
        ),
        (
            _HOST + "Kenya (45), Ghana (30) and Peru (12) are the largest groups.",
            45,
            "Kenya",
            "Hallford University",
        ),
        (
            _HOST + "The largest groups among them: Kenya - 45, Ghana - 30, Peru - 12.",
            12,
            "Peru",
            "Hallford University",
        ),
        (
            "Brenton Institute of Technology opened its doors to 120 engineers in training. "
            "The rector of Brenton Institute of Technology gave the numbers by nationality: Vietnam (40), "
            "Laos (25) and Cambodia (20).",
            25,
            "Laos",
            "Brenton Institute of Technology",
        ),
        (  # the institution told of last, where the main one is another
            "Hallford University signed an agreement with Dunmore College of Nursing on Monday. Dunmore College "
            "of Nursing admitted 60 nurses this year. Their numbers by country: Kenya (25), Ghana (20) and Peru (15).",
            20,
            "Ghana",
            "Dunmore College of Nursing",
        ),
    ],
)
def test_a_breakdown_by_country_of_a_hosts_people_is_at_the_host(
    text: str, count: int, country: str, host: str
) -> None:
    assert _rule_features(text, count, country).get("rule_country_bare_origin") == 1.0
    assert place_after_repairs(text, count, country) == host
    with place_repairs_off():
        assert place_after_repairs(text, count, country) == country  # the readers' place


@pytest.mark.parametrize(
    ("text", "count", "country"),
    [
        (  # where they went
            _HOST + "Its graduates' top destinations: Germany (45), France (30) and Spain (12).",
            30,
            "France",
        ),
        (  # where they are received
            _HOST + "The countries hosting most of its alumni: Germany (45), France (30) and Spain (12).",
            30,
            "France",
        ),
        (  # a nationality given: the countries are where those people are
            _HOST + "Kazakh students abroad by country: Russia (45,000), China (15,000) and Poland (3,000).",
            15000,
            "China",
        ),
        (  # a list governed by "in": where they are
            _HOST + "Its alumni now work in Germany (45), France (30) and Spain (12).",
            30,
            "France",
        ),
    ],
)
def test_a_list_of_destinations_keeps_its_countries(text: str, count: int, country: str) -> None:
    rule = _rule_features(text, count, country)
    assert not rule.get("rule_country_bare_origin")
    assert place_after_repairs(text, count, country) == country
