"""A person's name right after a title whose complement ends in a place or a body's name, with no comma
between them, and title words glued before a name: sentences written for these tests."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _names(text: str) -> list[str]:
    return [p.name for p in extract_text(text, published="2025-03-04").persons]


# A title "of X in/to <city>" and the name right after the city: the city ends the title even when the
# gazetteer does not know it, and a city of two words goes with the title whole.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Consul General of Chile in Denver Camila Fuentes toured the engineering school on Friday.",
            "Camila Fuentes",
        ),
        (
            "The Consul General of Nigeria in Atlanta Olumide Bakare met deans of Emory University.",
            "Olumide Bakare",
        ),
        (
            "Honorary Consul of Latvia in Dallas Ingrida Kalnina opened the exhibition at the library.",
            "Ingrida Kalnina",
        ),
        (
            "The Consul of Colombia in Sao Paulo Luisa Fernanda Rojas signed the letter of intent.",
            "Luisa Fernanda Rojas",
        ),
        (
            "The Consul General of Korea in Los Angeles Kim Young-wan spoke to the students.",
            "Kim Young-wan",
        ),
        (
            "The Director of the Goethe-Institut in Tashkent Anna Lehmann visited Westminster International"
            " University.",
            "Anna Lehmann",
        ),
    ],
)
def test_city_of_a_diplomatic_post_is_not_the_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n != name and n.endswith(name) for n in names)


# A body's name cut before its last place word: the place word must not open the person's name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The President of the American University of Central Asia Andrew Kuchins hosted the delegation.",
            "Andrew Kuchins",
        ),
        (
            "The Rector of the University of Central Asia Sabine Voss received the ambassador.",
            "Sabine Voss",
        ),
        (
            "The Vice-Chancellor of the Catholic University of Eastern Africa Peter Kamau welcomed the guests.",
            "Peter Kamau",
        ),
    ],
)
def test_region_ending_a_body_is_not_the_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n.startswith(("Asia ", "Africa ")) for n in names)


# Titles glued before a name: the title stays out of the name, and a capitalised "Principal" is a title.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Undersecretary Abdullah Al-Sarmi opened the forum on higher education.", "Abdullah Al-Sarmi"),
        (
            "The talks were led by Undersecretary Maria Teresa Lazaro of the foreign ministry.",
            "Maria Teresa Lazaro",
        ),
        ("Under-Secretary Kamal Haddad welcomed the rectors to Amman.", "Kamal Haddad"),
        ("The agreement was signed by Principal Fiona Mackay and the rector of Sciences Po.", "Fiona Mackay"),
        ("The visit was hosted by Principal Kwame Boateng of Achimota College.", "Kwame Boateng"),
        ("Principal Iain Gillespie welcomed the delegation to Dundee.", "Iain Gillespie"),
    ],
)
def test_title_glued_before_a_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n.startswith(("Undersecretary", "Under-Secretary", "Principal")) for n in names)


def test_lower_case_principal_makes_no_person() -> None:
    assert _names("The principal aim of the agreement is joint research on water.") == []


def test_a_name_after_in_stays_whole_without_a_title() -> None:
    # no title's complement before "in": the words after it are the name
    names = _names("The prize was presented in person to Maria Fernanda Gomez, Dean of the Faculty of Law.")
    assert "Maria Fernanda Gomez" in names


def test_a_headline_verb_ends_the_title_before_to() -> None:
    # a headline in capitals: the verb ends the title, so the words after "to" are all the name
    for text in (
        "Rector of Narxoz University Presents Diploma to Anna Maria Berg, Dean of Law\n\nThe ceremony was held.",
        "Campus news\n\nMinister of Education Awards Medal to Juan Pablo Ortiz, Rector of the University of Cuenca.",
    ):
        names = _names(text)
        assert any(n in ("Anna Maria Berg", "Juan Pablo Ortiz") for n in names), names
        assert not any(n in ("Maria Berg", "Pablo Ortiz") for n in names), names
