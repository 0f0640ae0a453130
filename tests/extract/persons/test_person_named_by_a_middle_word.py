"""A person named in full by three or four words, then by one middle word of it: a second given name ("Rector
Alberto" after "Carlos Alberto Silva") or the first of two surnames ("Lopez said" after "Maria Lopez
Fernandez") is that person, not a second one (session 18, issue #11). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _people(text: str) -> list[str]:
    return [p.name for p in extract_text(text).persons]


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "Carlos Alberto Silva, Rector of the University of Sao Paulo, visited Almaty. "
            "Rector Alberto noted the ties between the two universities.",
            "Carlos Alberto Silva",
        ),
        (
            "Rector Maria Lopez Fernandez met the delegation. Professor Lopez noted that the programme will grow.",
            "Maria Lopez Fernandez",
        ),
        (
            "Juan Perez Garcia, Dean of the Faculty of Law, signed the agreement. "
            "Dean Perez thanked the guests for the visit.",
            "Juan Perez Garcia",
        ),
        (
            "The guests were welcomed by Vice-Rector Ana Sofia Martins Costa. "
            "Vice-Rector Martins presented the university's programmes.",
            "Ana Sofia Martins Costa",
        ),
        (
            "Ambassador Luis Fernando Ramirez visited the university. Ambassador Fernando spoke about scholarships.",
            "Luis Fernando Ramirez",
        ),
    ],
)
def test_a_middle_word_names_the_person_named_in_full(text: str, full: str) -> None:
    assert _people(text) == [full]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name of two words whose given name is the middle word: another person
        (
            "Carlos Alberto Silva, Rector of the University of Sao Paulo, met Professor Alberto Gomez of the "
            "University of Madrid.",
            {"Carlos Alberto Silva", "Alberto Gomez"},
        ),
        # two words are no middle word
        (
            "Rector Maria Lopez Fernandez met Professor Pedro Lopez of the University of Madrid.",
            {"Maria Lopez Fernandez", "Pedro Lopez"},
        ),
    ],
)
def test_other_people_stay_apart(text: str, names: set[str]) -> None:
    assert names <= set(_people(text))
