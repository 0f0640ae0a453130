""" "The ministries of education of the two countries", "the education ministries of A and B",
"the foreign ministries of both countries": one ministry per country (issue #11, item 6).

Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import org_names

_orgs = partial(org_names, published="2024-05-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The education ministries of Uzbekistan and Latvia signed an agreement.",
            {"Ministry of Education of Uzbekistan", "Ministry of Education of Latvia"},
        ),
        (
            "The ministries of education of Georgia and Estonia agreed to exchange teachers.",
            {"Ministry of Education of Georgia", "Ministry of Education of Estonia"},
        ),
        (
            "The Ministries of Science and Higher Education of Poland and Mongolia signed a memorandum.",
            {
                "Ministry of Science and Higher Education of Poland",
                "Ministry of Science and Higher Education of Mongolia",
            },
        ),
        (
            "The Latvian ambassador visited Tashkent. Latvia and Uzbekistan trade more every year. "
            "The foreign ministries of both countries will meet in June.",
            {"Ministry of Foreign Affairs of Latvia", "Ministry of Foreign Affairs of Uzbekistan"},
        ),
        (
            "Kazakhstan and Japan are close partners. A memorandum was signed between the ministries of "
            "education of the two countries in 2019.",
            {"Ministry of Education of Kazakhstan", "Ministry of Education of Japan"},
        ),
    ],
)
def test_one_ministry_per_country(text: str, expected: set[str]) -> None:
    assert expected <= set(_orgs(text))


def test_the_two_ministries_sign_with_each_other() -> None:
    record = extract_text(
        "The education ministries of Uzbekistan and Latvia signed a memorandum of understanding.",
        published="2024-05-10",
    )
    pairs = [sorted(p.between) for p in record.partnerships]
    assert ["Ministry of Education of Latvia", "Ministry of Education of Uzbekistan"] in pairs


@pytest.mark.parametrize(
    "text",
    [
        # no field: which ministries is not said
        "The ministries of the two countries will meet.",
        # a single country or three: not one per side
        "Talks on Kazakhstan went on. The education ministries of both countries will meet.",
        "The ministries of education of many countries took part.",
    ],
)
def test_no_ministry_without_a_field_and_two_states(text: str) -> None:
    assert not any(o.startswith("Ministry") for o in _orgs(text))
