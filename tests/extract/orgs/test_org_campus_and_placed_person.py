"""Two constructions of session 19 (organisations): a university's campus named by its city ("the Almaty
campus of X University") is an organisation of its own, part of X, as a city's branch is; and a centre's
place after "in" is read when a person's name follows it ("the Korean Education Centre in Almaty Kim
Ji-hoon"), so the placed form is its alias there too.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text
from kgpart.extract.record import Organization


def _orgs_by_name(text: str) -> dict[str, Organization]:
    return {o.name: o for o in extract_text(text, published="2024-05-10").organizations}


@pytest.mark.parametrize(
    ("text", "campus", "university"),
    [
        (
            "Students of the Almaty campus of Kazakh National University of Arts took part.",
            "Almaty campus of Kazakh National University of Arts",
            "Kazakh National University of Arts",
        ),
        (
            "The new Tashkent campus of Inha University will admit 200 students.",
            "Tashkent campus of Inha University",
            "Inha University",
        ),
        (
            "Lecturers from the Astana campus of Heriot-Watt University visited the lab.",
            "Astana campus of Heriot-Watt University",
            "Heriot-Watt University",
        ),
    ],
)
def test_a_city_campus_is_an_organisation_of_its_university(text: str, campus: str, university: str) -> None:
    """ "the <city> campus of X": an organisation of its own, part of X."""
    orgs = _orgs_by_name(text)
    assert campus in orgs, list(orgs)
    assert university in orgs, list(orgs)
    assert orgs[campus].part_of == university


@pytest.mark.parametrize(
    "text",
    [
        "The main campus of Nazarbayev University is in Astana.",
        "The Kazakh campus of Heriot-Watt University opened.",
        "The university plans a campus of Inha University near the river.",
    ],
)
def test_no_city_no_campus(text: str) -> None:
    """Guards: a campus with no city before it ("main", a country's adjective, none) is no organisation."""
    names = [o.name for o in extract_text(text, published="2024-05-10").organizations]
    assert not any("campus" in n.lower() for n in names), names


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "The director of the Korean Education Centre in Almaty Kim Ji-hoon opened the session.",
            "Korean Education Centre",
            "Korean Education Centre in Almaty",
        ),
        (
            "The head of the Turkish Maarif Foundation in Astana Mehmet Yilmaz signed the agreement.",
            "Turkish Maarif Foundation",
            "Turkish Maarif Foundation in Astana",
        ),
        (
            "The director of the Japan Center in Tashkent Professor Kenji Sato gave a lecture.",
            "Japan Center",
            "Japan Center in Tashkent",
        ),
    ],
)
def test_a_centre_placed_before_a_persons_name_has_that_alias(text: str, name: str, alias: str) -> None:
    """ "X in <city> <person>": the placed form ends at the city and is X's alias."""
    orgs = _orgs_by_name(text)
    assert name in orgs, list(orgs)
    assert alias in orgs[name].aliases, orgs[name].aliases


@pytest.mark.parametrize(
    "text",
    [
        "The Japan Center in Almaty Oblast met the delegation of Ghent University.",
        "The Japan Center in Almaty Province met the delegation of Ghent University.",
    ],
)
def test_an_area_is_no_place_of_the_centre(text: str) -> None:
    """Guard: "X in Almaty Oblast" names an area, no place of X's."""
    orgs = _orgs_by_name(text)
    assert "Japan Center" in orgs, list(orgs)
    assert not any(" in " in a for a in orgs["Japan Center"].aliases), orgs["Japan Center"].aliases
