"""The ministry a minister's title implies, however the title is worded in the genre's countries:
"Minister of X", "Minister for X" (Ghana, Ireland, Singapore), "Minister of State for X" (a rank inside
the ministry of X, no "Ministry of State"), Kenya's "Cabinet Secretary for X"; and the Cabinet of
Ministers as a body.

Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import org_names

_names = partial(org_names, published="2025-04-02")


def _affiliations(text: str) -> dict[str, str | None]:
    return {p.name: p.affiliation for p in extract_text(text, published="2025-04-02").persons}


@pytest.mark.parametrize(
    ("text", "person", "ministry"),
    [
        (
            "Ghana's Minister for Education Haruna Iddrisu visited the University of Ghana.",
            "Haruna Iddrisu",
            "Ministry of Education of Ghana",
        ),
        (
            "The Minister for Foreign Affairs of Malta Ian Borg visited the University of Nairobi.",
            "Ian Borg",
            "Ministry of Foreign Affairs of Malta",
        ),
        (
            "Singapore's Minister for Education Chan Chun Sing toured Nanyang Technological University.",
            "Chan Chun Sing",
            "Ministry of Education of Singapore",
        ),
        (
            "Kenya's Cabinet Secretary for Education Ezekiel Machogu visited Kenyatta University.",
            "Ezekiel Machogu",
            "Ministry of Education of Kenya",
        ),
        (
            "Cabinet Secretary for Foreign Affairs Musalia Mudavadi met students of Moi University.",
            "Musalia Mudavadi",
            "Ministry of Foreign Affairs",
        ),
        (
            "The Minister of State for Higher Education Nana Ayew visited the University of Cape Coast.",
            "Nana Ayew",
            "Ministry of Higher Education",
        ),
        (
            "Minister for Higher Education, Science and Innovation of Ghana Kofi Mensah met the rector.",
            "Kofi Mensah",
            "Ministry of Higher Education, Science and Innovation of Ghana",
        ),
        (
            "Nigeria's Minister of Education Tahir Mamman visited Ahmadu Bello University.",
            "Tahir Mamman",
            "Ministry of Education of Nigeria",
        ),
    ],
)
def test_a_minister_s_title_implies_the_ministry(text: str, person: str, ministry: str) -> None:
    assert ministry in _names(text)
    assert _affiliations(text)[person] == ministry


@pytest.mark.parametrize(
    "text",
    [
        "Minister of State Nana Ayew visited the University of Cape Coast.",
        "Permanent Secretary Amina Bello visited the University of Cape Coast.",
        "Secretary for Education Amina Bello visited the University of Cape Coast.",
    ],
)
def test_a_rank_or_a_secretary_alone_implies_no_ministry(text: str) -> None:
    assert not any(n.startswith("Ministry") for n in _names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Cabinet of Ministers of the Republic of Uzbekistan approved the programme.",
            "Cabinet of Ministers of the Republic of Uzbekistan",
        ),
        (
            "The Cabinet of Ministers of Ukraine and the University of Warsaw met.",
            "Cabinet of Ministers of Ukraine",
        ),
        ("A resolution of the Cabinet of Ministers was adopted on Monday.", "Cabinet of Ministers"),
    ],
)
def test_the_cabinet_of_ministers_is_a_body(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_cabinet_secretary_is_no_cabinet() -> None:
    assert not any(
        "Cabinet" in n for n in _names("Kenya's Cabinet Secretary Ezekiel Machogu visited Moi University.")
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tsinghua and Peking Universities signed agreements with Nazarbayev University.",
            {"Tsinghua University", "Peking University", "Nazarbayev University"},
        ),
        (
            "The universities of Nairobi and Dar es Salaam signed a memorandum.",
            {"University of Nairobi", "University of Dar es Salaam"},
        ),
        (
            "Students from Ankara, Gazi and Hacettepe universities visited Bishkek.",
            {"Ankara University", "Gazi University", "Hacettepe University"},
        ),
        (
            "The Universities of Glasgow and Edinburgh hosted students from Kazakhstan.",
            {"University of Glasgow", "University of Edinburgh"},
        ),
    ],
)
def test_one_head_for_several_universities(text: str, names: set[str]) -> None:
    assert names <= set(_names(text))


def test_two_peoples_universities_are_not_named() -> None:
    assert _names("The Rectors of Eurasian and Kazakh Universities met.") == []


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("TIKA renovated a laboratory at Osh State University.", "TIKA"),
        ("UNESCO and ICESCO praised Al-Azhar University.", "ICESCO"),
        ("Last year NIIED selected 20 students from Mongolia for Korean universities.", "NIIED"),
        ("In 2024 JASSO financed the stay of ten students at Kyoto University.", "JASSO"),
    ],
)
def test_an_agency_s_acronym_that_acts_is_a_body(text: str, acronym: str) -> None:
    assert acronym in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The IELTS covers four skills at Moi University.",
        "STEM approved nothing at Moi University.",
    ],
)
def test_a_test_s_or_a_field_s_acronym_is_no_body(text: str) -> None:
    assert _names(text) == ["Moi University"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Seoul National and Yonsei universities will admit 30 students.",
            {"Seoul National University", "Yonsei University"},
        ),
        (
            "Beijing Normal and Fudan universities joined the alliance.",
            {"Beijing Normal University", "Fudan University"},
        ),
        (
            "Students of Tashkent and Samarkand State universities came to Busan.",
            {"Tashkent State University", "Samarkand State University"},
        ),
        (
            "Tashkent and Samarkand State Universities signed agreements with Pusan National University.",
            {"Tashkent State University", "Samarkand State University"},
        ),
    ],
)
def test_a_status_word_before_a_shared_head(text: str, names: set[str]) -> None:
    found = set(_names(text))
    assert names <= found
    assert "Tashkent University" not in found
