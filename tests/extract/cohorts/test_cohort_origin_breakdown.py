"""A breakdown of a host's people by country ("Its newcomers by country: Kenya (45), Ghana (30)") is a list of
where they come from, though no "from" governs it: the place of each count is the institution told of last (else
the article's main one), not the country before the count (learned_places.repaired, session 15). A list of
where people went or are received, or one the sentence gives a nationality for, keeps its countries. Every text
is our own."""

from __future__ import annotations

import pytest

from kgpart.extract.cohorts import learned_places
from kgpart.extract.cohorts.learned_places import _hub, candidates
from kgpart.extract.doc import Doc
from kgpart.extract.entities import find_all_orgs, find_all_persons, resolve_acronyms
from kgpart.extract.record import Cohort


def _doc(text: str) -> Doc:
    doc = Doc.read("News\n\n" + text, None)
    mentions = find_all_orgs(doc)
    resolve_acronyms(doc, mentions)
    find_all_persons(doc, mentions)
    return doc


def _cohort(doc: Doc, count: int, at: str) -> Cohort:
    return Cohort(count, at=at, evidence=doc.evidence(len(doc.sentences) - 1))


def _rerank(text: str, count: int, at: str) -> str | None:
    """The place the hook gives a cohort of ``count`` at ``at`` told in the last sentence of ``text``."""
    doc = _doc(text)
    return learned_places.rerank_places(doc, [_cohort(doc, count, at)])[0].at


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
    doc = _doc(text)
    rule = candidates(doc, _cohort(doc, count, country), _hub(doc))[0].features
    assert rule.get("rule_country_bare_origin") == 1.0
    assert _rerank(text, count, country) == host
    learned_places.use_repairs(False)
    try:
        assert _rerank(text, count, country) == country  # the readers' place, without the repairs
    finally:
        learned_places.use_repairs(True)


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
    doc = _doc(text)
    rule = candidates(doc, _cohort(doc, count, country), _hub(doc))[0].features
    assert not rule.get("rule_country_bare_origin")
    assert _rerank(text, count, country) == country
