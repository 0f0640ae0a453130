"""Words in an organisation's shape that name no organisation (issue #11, session 18).

A surname in capitals beside a hyphenated given name ("President LEE Min-ho"), a surname "Park" after a
title's field ("Vice President for International Affairs Park Ji-won"), a news agency's byline cut after
"News" ("the News Agency of Kazakhstan"), a state's government as the label of a scholarship with the
scheme's acronym in brackets ("China Government (CSC) Scholarship"), a hall named after a body ("the
KBTU Senate Hall"). Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import org_names

_orgs = partial(org_names, published="2024-05-10")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The talks were held with Seoul National University President LEE Min-ho in Seoul.", "LEE"),
        ("The memorandum was signed by President YOON Hyung-jin of Korea University.", "YOON"),
        ("President CHOI Jeong-ho visited Tallinn University.", "CHOI"),
        ("Yonsei University President YUN Dong-sup met the visitors.", "YUN"),
        ("The forum hosted President Kassym-Jomart TOKAYEV and Tallinn University.", "TOKAYEV"),
        ("Rector SHIN Ye-jin of Pusan National University opened the session.", "SHIN"),
    ],
)
def test_a_surname_in_capitals_beside_a_hyphenated_given_name_is_no_body(text: str, word: str) -> None:
    assert word not in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Vice President for International Affairs Park Ji-won met Tallinn University.",
        "Tallinn University hosted the Dean for Academic Affairs Park Min-jae.",
        "The Vice Rector for Research Park Sung-ho welcomed the guests from Tartu University.",
    ],
)
def test_park_after_a_titles_field_is_a_surname(text: str) -> None:
    assert not any(n.endswith("Park") for n in _orgs(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kazinform, the News Agency of Kazakhstan (KAZINFORM) reports that Nazarbayev University signed a deal with Tartu University.",
        "Nazarbayev University signed a deal with Tartu University, the National News Agency of Kazakhstan reports.",
        "Nazarbayev University signed a deal with Tartu University, the Press Agency of Uzbekistan said.",
    ],
)
def test_a_news_agency_cut_after_its_byline_word_is_no_body(text: str) -> None:
    assert not any("Agency" in n for n in _orgs(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ten students of Tallinn University won the China Government (CSC) Scholarship this year.",
        "Students in Beijing on China Government (CSC) scholarships joined Tallinn University.",
        "Applications for the Hungary Government (SH) Scholarship are open at the University of Debrecen.",
        "The Turkey Government (YTB) scholarship covers tuition at Ankara University.",
    ],
)
def test_a_government_with_a_schemes_acronym_before_scholarship_is_a_label(text: str) -> None:
    assert not any("Government" in n for n in _orgs(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony took place at the KBTU Senate Hall with Tallinn University.",
        "The forum met in the Academic Council Hall of Tallinn University.",
        "Guests gathered in the Congress Hall with Tartu University staff.",
    ],
)
def test_a_hall_named_after_a_body_is_a_room(text: str) -> None:
    assert not any(n.endswith(("Senate", "Council", "Congress")) for n in _orgs(text))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # what stays: an acronym that acts, a park of technologies, the agency that is a party, a government
        ("KOICA and Yonsei University signed the memorandum.", "KOICA"),
        ("The Almaty Technology Park hosted Tallinn University startups.", "Almaty Technology Park"),
        (
            "The Japan International Cooperation Agency funded Tallinn University.",
            "Japan International Cooperation Agency",
        ),
        ("The China Government funded the new lab at Tallinn University.", "China Government"),
        ("The Senate of Tallinn University approved the agreement.", "Senate of Tallinn University"),
        ("Rector Tonu VIIK of Tallinn University met students.", "Tallinn University"),
    ],
)
def test_what_names_a_body_stays(text: str, org: str) -> None:
    assert org in _orgs(text)
