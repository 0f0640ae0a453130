"""Names that name no particular institution, bylines and embassies named by a demonym (issue #11/#12).

Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import org_names

_orgs = partial(org_names, published="2024-05-10")


@pytest.mark.parametrize(
    "text",
    [
        # generic institution words with at most a demonym or a field word: no proper name
        "The Consulate General hosted a reception for the students.",
        "Teachers from the Education Centre joined the seminar.",
        "The Estonian Center will run the course.",
        "The Peruvian Ministry said it would fund the grants.",
        "The Higher Education Ministry approved the plan.",
        "A Research Centre report was published.",
        # a plural head is never one organisation
        "Rectors of Estonian Universities met in Tartu.",
        "Rectors of the Baltic Universities gathered in Riga.",
        "Officials of several Partner Universities attended.",
    ],
)
def test_a_name_of_generic_words_is_no_organisation(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a state's own name, a body a state has one of, a unit named by its field
        ("The rector of Oman University spoke.", "Oman University"),
        ("The Estonian Government approved the grant.", "Estonian Government"),
        ("Tallinn University said its Student Affairs Office helped.", "Student Affairs Office"),
        # a group's own name before a plural head: a consortium
        ("Tallinn University joined the U15 Universities last year.", "U15 Universities"),
    ],
)
def test_a_name_that_says_which_institution_is_kept(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "org", "alias"),
    [
        (
            "The students visited the Consulate General. The Consulate General of Peru in Lyon welcomed them.",
            "Consulate General of Peru in Lyon",
            "Consulate General",
        ),
        (
            "The Ministry of Education of Peru funds the grants. The Peruvian Ministry said so on Monday.",
            "Ministry of Education of Peru",
            "Peruvian Ministry",
        ),
    ],
)
def test_a_generic_name_is_another_name_of_the_one_named_in_full(text: str, org: str, alias: str) -> None:
    orgs = extract_text(text, published="2024-05-10").organizations
    assert [(o.name, alias in o.aliases) for o in orgs] == [(org, True)]


def test_a_generic_centre_at_a_named_host_is_named_by_its_host() -> None:
    text = "The Language Centre at the Embassy of Peru in Estonia held a quiz."
    orgs = {o.name: (o.aliases, o.part_of) for o in extract_text(text, published="2024-05-10").organizations}
    name = "Language Centre at the Embassy of Peru in Estonia"
    assert orgs[name] == (["Language Centre"], "Embassy of Peru in Estonia")


def test_a_generic_name_beside_a_proper_one_keeps_the_proper_one() -> None:
    text = "Experts from the Education Center and Tallinn University of Technology met."
    assert _orgs(text) == ["Tallinn University of Technology"]


@pytest.mark.parametrize(
    "text",
    [
        "The Estonian Embassy to Japan hosted the meeting.",
        "The Estonian Embassy in Japan hosted the meeting.",
        "Staff of the Estonian embassy in Japan hosted the meeting.",
        "The Estonian Embassy of Japan hosted the meeting.",
        "The Embassy of Estonia in Japan hosted the meeting.",
    ],
)
def test_an_embassy_named_by_a_demonym_is_the_embassy_of_its_state(text: str) -> None:
    assert _orgs(text) == ["Embassy of Estonia in Japan"]


@pytest.mark.parametrize(
    "text",
    [
        "According to the Press Service of Tallinn University, the event was held.",
        "Tallinn University Information Service reported the visit.",
        "The Media Service of Tallinn University reported the visit.",
        "The press service of Tallinn University reported the visit.",
    ],
)
def test_a_press_service_is_a_byline_and_its_institution_is_named(text: str) -> None:
    assert _orgs(text) == ["Tallinn University"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Chilean Embassy in St. Lucia hosted the meeting.", "Embassy of Chile in Saint Lucia"),
        ("The Chilean Embassy of St Lucia hosted the meeting.", "Embassy of Chile in Saint Lucia"),
        (
            "The Chilean Embassy to St. Kitts and Nevis hosted it.",
            "Embassy of Chile in Saint Kitts and Nevis",
        ),
    ],
)
def test_a_saint_state_written_st_is_the_host_state(text: str, org: str) -> None:
    assert _orgs(text) == [org]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour University hosted the fair.\nHU Information Service",
        "Harbour University hosted the fair, HU Press Service reports.",
        "Harbour University hosted the fair, according to the HU Media Service.",
    ],
)
def test_a_service_named_after_an_acronym_is_a_byline(text: str) -> None:
    assert _orgs(text) == ["Harbour University"]
