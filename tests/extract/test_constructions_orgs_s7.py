"""Organisation names of the genre that rules missed in session 7 (issue #11, items 1, 6 and 8):
bureaus, authorities and commissions, names in other languages, title words inside a name, "and"
between two words of one name, bodies made of universities.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_text(text, published="2024-05-10").organizations]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Education Bureau of Macao signed the memorandum.", "Education Bureau of Macao"),
        ("The Cultural Bureau of Oman opened a library.", "Cultural Bureau of Oman"),
        (
            "The Higher Education Commission of Pakistan funds the grants.",
            "Higher Education Commission of Pakistan",
        ),
        (
            "The Commission for University Education accredited the programme.",
            "Commission for University Education",
        ),
        (
            "The Qualifications Authority of Bahrain approved the degree.",
            "Qualifications Authority of Bahrain",
        ),
    ],
)
def test_a_bureau_an_authority_or_a_commission_is_an_organisation(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Lecturers of Universitas Gadjah Mada arrived.", "Universitas Gadjah Mada"),
        ("Universiti Teknologi Malaysia hosted the forum.", "Universiti Teknologi Malaysia"),
        ("Politechnika Gdanska signed the agreement.", "Politechnika Gdanska"),
        ("Univerzita Karlova and the students met.", "Univerzita Karlova"),
        ("The Facultad de Medicina will host them.", "Facultad de Medicina"),
        ("Staff of the Biuro Promocji of the university helped.", "Biuro Promocji"),
    ],
)
def test_a_name_in_another_language_is_an_organisation(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Omani Cultural Bureau in Berlin hosted the students.", "Omani Cultural Bureau"),
        (
            "Graduates of the First Tashkent State Medical Institute spoke.",
            "First Tashkent State Medical Institute",
        ),
        ("The Executive Office of the Rector answered.", "Executive Office of the Rector"),
    ],
)
def test_a_title_word_inside_a_name_stays_in_it(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Consul General Park Min-jae visited Astana.",
        "Cultural Attaché Kim Soo-ah visited the fair.",
    ],
)
def test_a_title_word_before_a_person_makes_no_organisation(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "The Bahrain Data and Artificial Intelligence Authority signed it.",
            "Bahrain Data and Artificial Intelligence Authority",
        ),
        (
            "The Uzbek Science and Higher Education Ministry and the Education Bureau of Macao signed a memorandum.",
            "Uzbek Science and Higher Education Ministry",
        ),
        (
            "The Almaty Management and Economics Institute opened a branch.",
            "Almaty Management and Economics Institute",
        ),
    ],
)
def test_and_between_two_words_of_one_name(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # "and" between two states or two names: two organisations, or one
        ("Students of Kazakhstan and Qatar University met.", ["Qatar University"]),
        (
            "Kazan Federal University and Tomsk Polytechnic University met.",
            ["Kazan Federal University", "Tomsk Polytechnic University"],
        ),
    ],
)
def test_and_between_names_or_states_is_no_inner_and(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Turkic University Union met in Baku.", "Turkic University Union"),
        ("The Asian Universities Alliance held its forum in Bangkok.", "Asian Universities Alliance"),
        ("Doctors of the Kazan University Hospital trained the interns.", "Kazan University Hospital"),
        ("The Eurasian Universities Association elected a president.", "Eurasian Universities Association"),
    ],
)
def test_a_body_made_of_universities_keeps_their_head(text: str, org: str) -> None:
    assert org in _orgs(text)
