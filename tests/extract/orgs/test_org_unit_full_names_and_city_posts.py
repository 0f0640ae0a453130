"""Organisation names of the genre, session 15: a unit named "of [the]" its university is also known by
the whole phrase; a consulate and a deputy high commission are posts of a city, named by it.

Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import one_org, org_names

_names = partial(org_names, published="2025-03-12")
_org = partial(one_org, published="2025-03-12")


# -- "Faculty of X of the University of Y": the whole phrase is the unit's name too -----------------


@pytest.mark.parametrize(
    ("text", "unit", "whole"),
    [
        (
            "The Faculty of Engineering of the University of Porto signed an agreement with Kyoto University.",
            "Faculty of Engineering",
            "Faculty of Engineering of the University of Porto",
        ),
        (
            "The Department of Physics of the University of Lagos will host twelve students from Ghana.",
            "Department of Physics",
            "Department of Physics of the University of Lagos",
        ),
        (
            "A delegation from the Office of International Affairs of Chulalongkorn University arrived on Monday.",
            "Office of International Affairs",
            "Office of International Affairs of Chulalongkorn University",
        ),
        (
            "Students of the School of Law of the University of Nairobi visited the court.",
            "School of Law",
            "School of Law of the University of Nairobi",
        ),
    ],
)
def test_unit_of_its_university_is_also_named_whole(text: str, unit: str, whole: str) -> None:
    org = _org(text, unit)
    assert whole in org.aliases
    assert org.part_of is not None


# -- a consul's post is named by its city, even one no list knows --------------------------------


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Maria Lopez, Consul General of Mexico in Phoenix, attended the ceremony at Arizona State University.",
            "Consulate General of Mexico in Phoenix",
        ),
        (
            "The Mexican Consul in Tucson, Maria Lopez, attended the ceremony at the University of Arizona.",
            "Consulate of Mexico in Tucson",
        ),
        (
            "Jan Novak, Consul General of Poland in Winnipeg, opened the exhibition at the University of Manitoba.",
            "Consulate General of Poland in Winnipeg",
        ),
    ],
)
def test_consulate_named_by_its_city(text: str, post: str) -> None:
    assert post in _names(text)


# -- a deputy high commission: a post of its own, in a city ---------------------------------------


@pytest.mark.parametrize(
    ("text", "post", "written"),
    [
        (
            "John Smith, the British Deputy High Commissioner in Lagos, opened the centre at the University of Lagos.",
            "Deputy High Commission of the United Kingdom in Lagos",
            "British Deputy High Commission in Lagos",
        ),
        (
            "The British Deputy High Commissioner in Bengaluru visited the Indian Institute of Science.",
            "Deputy High Commission of the United Kingdom in Bengaluru",
            "British Deputy High Commission in Bengaluru",
        ),
        (
            "The British Deputy High Commission in Chennai hosted an education fair on Tuesday.",
            "Deputy High Commission of the United Kingdom in Chennai",
            "British Deputy High Commission in Chennai",
        ),
        (
            "The Australian Deputy High Commission in Karachi announced ten scholarships for Pakistani students.",
            "Deputy High Commission of Australia in Karachi",
            "Australian Deputy High Commission in Karachi",
        ),
    ],
)
def test_deputy_high_commission_named_by_its_city(text: str, post: str, written: str) -> None:
    names = _names(text)
    assert post in names, names
    assert not any(n.startswith("High Commission") for n in names), names
    assert written in _org(text, post).aliases


def test_high_commission_in_a_capital_stays_the_state_s() -> None:
    names = _names(
        "The British High Commission in Accra announced twenty scholarships for Ghanaian students."
    )
    assert "High Commission of the United Kingdom in Ghana" in names


# -- "Unit" and "Division" head a unit's name -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "The International Affairs Unit of Mahidol University received a grant from Kyoto University.",
            "International Affairs Unit",
        ),
        (
            "The Malaria Research Unit of the University of Ghana will train ten nurses.",
            "Malaria Research Unit",
        ),
        (
            "The Tropical Medicine Research Unit received a grant from Kyoto University.",
            "Tropical Medicine Research Unit",
        ),
        (
            "The International Relations Division of Mahidol University received a grant from Kyoto University.",
            "International Relations Division",
        ),
    ],
)
def test_unit_and_division_head_a_name(text: str, unit: str) -> None:
    names = _names(text)
    assert any(n.startswith(unit) for n in names), names


# -- a university's own office or centre, named by the university before it ------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Makerere University signed the agreement. The university's International Office will coordinate "
            "the exchange with Kyoto University.",
            "International Office",
        ),
        (
            "Makerere University signed the agreement. The university’s Research Centre hosted the workshop "
            "with Kyoto University.",
            "Research Centre",
        ),
    ],
)
def test_the_universitys_unit_is_named(text: str, unit: str) -> None:
    assert unit in _names(text)


@pytest.mark.parametrize(
    ("text", "name", "unit"),
    [
        (
            "Makerere University's International Office will coordinate the exchange with Kyoto University.",
            "Makerere University International Office",
            "International Office",
        ),
        (
            "Makerere University's Research Centre hosted the workshop with Kyoto University.",
            "Makerere University Research Centre",
            "Research Centre",
        ),
    ],
)
def test_a_named_universitys_unit_takes_its_name(text: str, name: str, unit: str) -> None:
    org = _org(text, name)
    assert unit in org.aliases
    assert org.part_of == "Makerere University"


# -- an acronym before a university city of India names a campus -----------------------------------


@pytest.mark.parametrize(
    ("text", "campus"),
    [
        ("The agreement between IIT Bombay and the University of Melbourne was signed.", "IIT Bombay"),
        ("Researchers from IIT Delhi met officials of Kyoto University.", "IIT Delhi"),
        ("Students of IIT Kharagpur will spend a semester at Kyoto University.", "IIT Kharagpur"),
        ("NIT Patna signed an agreement with Kyoto University.", "NIT Patna"),
        ("The agreement between IIM Indore and Kyoto University was signed.", "IIM Indore"),
    ],
)
def test_acronym_and_indian_city_name_a_campus(text: str, campus: str) -> None:
    assert campus in _names(text)
