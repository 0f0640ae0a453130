"""A body's namesake is no person of the text, and a city's name ending in "City" is whole before a name
(session 18, issue #11). Sentences written for these tests.

- "the Institute named after N. Bekov", "Karaganda University n.a. E.A. Buketov": the name after "named after"
  or "n.a." is the body's namesake; the same person named elsewhere as a person still is one.
- "the Rector of L.N. Gumilyov ENU, X": a namesake with the university's acronym after it is that university.
- "in Ho Chi Minh City Park Ji-won, the consul general, said": the person reader keeps the city whole."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _people(text: str) -> list[str]:
    return [p.name for p in extract_text(text).persons]


@pytest.mark.parametrize(
    ("text", "namesake"),
    [
        ("Students of the Institute named after N. Bekov opened a new laboratory.", "N. Bekov"),
        ("The forum brought together the staff of the Lyceum named after A. Baitursynov.", "A. Baitursynov"),
        (
            "Students of Karaganda State University n.a. E.A. Buketov took part in the olympiad.",
            "E.A. Buketov",
        ),
        ("The teachers of the Pedagogical College n.a. Zh. Musin attended the seminar.", "Zh. Musin"),
        ("A delegation of ENU named after L.N. Gumilyov visited Seoul.", "L.N. Gumilyov"),
        ("Graduates of the Gymnasium named after Ilyas Zhansugurov won the contest.", "Ilyas Zhansugurov"),
    ],
)
def test_name_after_named_after_is_no_person(text: str, namesake: str) -> None:
    assert namesake not in _people(text)


@pytest.mark.parametrize(
    ("text", "namesake", "person"),
    [
        (
            "The Rector of L.N. Gumilyov ENU, Yerlan Sydykov, opened the forum.",
            "L.N. Gumilyov ENU",
            "Yerlan Sydykov",
        ),
        ("The Rector of M. Kozybayev NKU, Anna Berg, opened the forum.", "M. Kozybayev NKU", "Anna Berg"),
        (
            "The Rector of K. Zhubanov ARU, Daniyar Omarov, opened the forum.",
            "K. Zhubanov ARU",
            "Daniyar Omarov",
        ),
    ],
)
def test_namesake_before_the_acronym_is_the_university(text: str, namesake: str, person: str) -> None:
    people = _people(text)
    assert not any(name.startswith(namesake.split()[0]) for name in people)
    assert person in people


def test_namesake_also_named_as_a_person_stays() -> None:
    text = (
        "Students of the Institute named after N. Bekov opened a laboratory. "
        "Academician Nurlan Bekov, who founded it in 1990, said the laboratory will study soils."
    )
    assert "Nurlan Bekov" in _people(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "At the reception in Ho Chi Minh City Park Ji-won, the consul general, said the ties are strong.",
            "Park Ji-won",
        ),
        (
            "The Consul General of Kazakhstan in Ho Chi Minh City Nguyen Van Minh visited the university.",
            "Nguyen Van Minh",
        ),
        (
            "The Consul General of Korea in Ho Chi Minh City Kim Tae-hwan visited the university.",
            "Kim Tae-hwan",
        ),
        (
            "The Ambassador of Kazakhstan in Kuwait City Ahmed Al-Sabah visited the university.",
            "Ahmed Al-Sabah",
        ),
        (
            "The Consul General of Peru in Mexico City Rosa Maria Quispe met the students.",
            "Rosa Maria Quispe",
        ),
        ("The Consul of Japan in Quezon City Hiroshi Tanaka met the students.", "Hiroshi Tanaka"),
        ("The Honorary Consul of Kazakhstan in Guatemala City Ana Lopez met the students.", "Ana Lopez"),
    ],
)
def test_city_ending_in_city_is_whole(text: str, person: str) -> None:
    people = _people(text)
    assert person in people
    others = [name for name in people if name != person]
    assert not any(word in name for name in others for word in ("Chi", "City", "Kuwait", "Mexico", "Quezon"))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Students from Ho Chi Minh City met Rector Anna Berg.", "Anna Berg"),
        ("Professor Maria Gomez from Mexico City gave a lecture.", "Maria Gomez"),
        ("The rector welcomed Park Ji-won, who studied in Seoul.", "Park Ji-won"),
    ],
)
def test_guards(text: str, person: str) -> None:
    assert person in _people(text)
