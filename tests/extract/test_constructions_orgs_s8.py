"""Organisation names of the genre that rules missed in session 8 (issue #11, items 6 and 8): one
state's ministry however it is worded, names in other languages with lower-case words, units and
campuses, and words that look like names but name no organisation.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text
from kgpart.extract.record import Organization


def _records(text: str) -> list[Organization]:
    return extract_text(text, published="2024-05-10").organizations


def _orgs(text: str) -> list[str]:
    return [o.name for o in _records(text)]


def _one(text: str, name: str) -> Organization:
    found = [o for o in _records(text) if o.name == name]
    assert len(found) == 1, _orgs(text)
    return found[0]


# -- one state's ministry, however it is worded ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The Kazakh Foreign Ministry issued a statement.", "Kazakh Foreign Ministry"),
        ("Kazakhstan's Foreign Ministry issued a statement.", "Kazakhstan's Foreign Ministry"),
        ("The Foreign Ministry of Kazakhstan issued a statement.", "Foreign Ministry of Kazakhstan"),
        ("The Kazakh MFA issued a statement.", "Kazakh MFA"),
        ("The MFA of Kazakhstan issued a statement.", "MFA of Kazakhstan"),
        (
            "The Ministry of Foreign Affairs of the Republic of Kazakhstan issued a statement.",
            "Ministry of Foreign Affairs of the Republic of Kazakhstan",
        ),
        ("The Kazakhstani Foreign Office issued a statement.", "Kazakhstani Foreign Office"),
    ],
)
def test_a_foreign_ministry_by_any_wording_is_the_ministry_of_foreign_affairs(
    text: str, written: str
) -> None:
    org = _one(text, "Ministry of Foreign Affairs of Kazakhstan")
    assert org.type == "Ministry"
    assert org.country == "Kazakhstan"
    assert written in org.aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of Foreign Affairs of Uzbekistan hosted the talks. The Uzbek Foreign Ministry said more.",
            "Ministry of Foreign Affairs of Uzbekistan",
        ),
        (
            "Kenya's Ministry of Education signed the plan. The Ministry of Education of Kenya said more.",
            "Ministry of Education of Kenya",
        ),
        (
            "The Ghanaian Education Ministry signed the plan. Later the Ministry of Education of Ghana said more.",
            "Ministry of Education of Ghana",
        ),
        (
            "The Ministry of Education and Science of the Republic of Azerbaijan signed. "
            "The Ministry of Education and Science of Azerbaijan said more.",
            "Ministry of Education and Science of Azerbaijan",
        ),
        (
            "The Ministry of Science and Higher Education of Kazakhstan signed. "
            "Later the Ministry of Science and Higher Education announced grants.",
            "Ministry of Science and Higher Education of Kazakhstan",
        ),
        (
            "The Ministry of Foreign Affairs of Peru hosted the talks. The Foreign Ministry said they went well.",
            "Ministry of Foreign Affairs of Peru",
        ),
    ],
)
def test_two_wordings_of_one_ministry_in_an_article_are_one_organisation(text: str, name: str) -> None:
    assert _orgs(text) == [name]


def test_two_states_foreign_ministries_stay_two() -> None:
    text = "The Turkish Foreign Ministry and the Ministry of Foreign Affairs of Azerbaijan signed a plan."
    assert _orgs(text) == [
        "Ministry of Foreign Affairs of Turkey",
        "Ministry of Foreign Affairs of Azerbaijan",
    ]


def test_a_bare_ministry_beside_two_states_ministries_of_that_name_is_neither() -> None:
    text = (
        "The Ministry of Education of Chile and the Ministry of Education of Peru signed. "
        "The Ministry of Education announced grants."
    )
    assert "Ministry of Education" in _orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Egyptian Ministry of Higher Education signed.", "Ministry of Higher Education of Egypt"),
        (
            "The Indonesian Ministry of Education, Culture, Research and Technology signed.",
            "Ministry of Education, Culture, Research and Technology of Indonesia",
        ),
        ("The Nigerian Health Ministry signed.", "Ministry of Health of Nigeria"),
        ("The German Federal Foreign Office funds it.", "Ministry of Foreign Affairs of Germany"),
        (
            "The Federal Ministry of Education and Research of Germany funds it.",
            "Federal Ministry of Education and Research of Germany",
        ),
        (
            "The Ministry of Foreign Affairs and International Cooperation of Italy signed.",
            "Ministry of Foreign Affairs and International Cooperation of Italy",
        ),
    ],
)
def test_a_ministry_named_by_its_demonym_is_named_of_its_state(text: str, name: str) -> None:
    assert _orgs(text) == [name]


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        (
            "Kazakh Foreign Minister Aibek Sarsenov met the rector.",
            "Ministry of Foreign Affairs of Kazakhstan",
        ),
        (
            "The Foreign Minister of Uzbekistan, Bakhtiyor Rasulov, visited the campus.",
            "Ministry of Foreign Affairs of Uzbekistan",
        ),
        (
            "Minister of Foreign Affairs of the Kyrgyz Republic Almaz Usenov met the rector.",
            "Ministry of Foreign Affairs of Kyrgyzstan",
        ),
        (
            "Uzbekistan's Minister of Higher Education, Science and Innovation Farrukh Aliev visited the campus.",
            "Ministry of Higher Education, Science and Innovation of Uzbekistan",
        ),
    ],
)
def test_a_ministers_title_names_the_ministry_of_the_state(text: str, ministry: str) -> None:
    record = extract_text(text, published="2024-05-10")
    assert [o.name for o in record.organizations] == [ministry]
    assert record.persons[0].affiliation == ministry


def test_a_minister_of_a_state_without_a_field_names_no_ministry() -> None:
    text = "The Minister of Uzbekistan, Bakhtiyor Rasulov, visited the campus."
    assert "Ministry of Uzbekistan" not in _orgs(text)
