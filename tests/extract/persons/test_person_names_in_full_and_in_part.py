"""People in more of the genre's wordings (session 9): a person named in full, then by a two-word surname or
by transliterated initials; initials first, full name after; spaced initials; forms of address and titles
of other languages; two-word country and city names before a name. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import person_aliases

_people = partial(person_aliases, published="2024-05-10")


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Dr Imane Ait Lahcen, President of Mohammed V University, spoke first. Dr Ait Lahcen said the "
            "university hosts students from 40 countries.",
            "Imane Ait Lahcen",
            "Ait Lahcen",
        ),
        (
            "Rector Alejandro Martinez Quiroga welcomed the guests. Prof. Martinez Quiroga said the faculty "
            "would open a new laboratory.",
            "Alejandro Martinez Quiroga",
            "Martinez Quiroga",
        ),
        (
            "The Vice-Rector of the University of Porto, Joao Pedro Sousa Lima, met the delegation. Sousa Lima "
            "noted that 120 students study there.",
            "Joao Pedro Sousa Lima",
            "Sousa Lima",
        ),
    ],
)
def test_a_two_word_surname_after_the_full_name_is_the_same_person(text: str, name: str, alias: str) -> None:
    people = _people(text)
    assert [n for n, _ in people] == [name]
    assert alias in people[0][1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rector Yerlan Batashev met the guests. Ye.Batashev said the university is ready.",
            "Yerlan Batashev",
        ),
        (
            "Minister Khushvakht Rajabzoda received the delegation. Kh.Rajabzoda noted the progress.",
            "Khushvakht Rajabzoda",
        ),
        (
            "Rector Zhanibek Sarsenov met the Ambassador. Zh. Sarsenov said the visit was useful.",
            "Zhanibek Sarsenov",
        ),
        (
            "Minister Khaled Abdel Ghaffar met the Ambassador. Minister H. Abdel Ghaffar said cooperation grows.",
            "Khaled Abdel Ghaffar",
        ),
    ],
)
def test_transliterated_initials_are_the_person_named_in_full(text: str, name: str) -> None:
    assert [n for n, _ in _people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Rector B.Tulegen met the Ambassador. Bakhyt Tulegen said the visit was useful.",
            "Bakhyt Tulegen",
            "B.Tulegen",
        ),
        (
            "Dean A. Morozova welcomed the guests. Later, Dean Anna Morozova showed them the laboratory.",
            "Anna Morozova",
            "A. Morozova",
        ),
        (
            "Rector Zh.Sarsenov met the Ambassador. Zhanibek Sarsenov said the visit was useful.",
            "Zhanibek Sarsenov",
            "Zh.Sarsenov",
        ),
    ],
)
def test_a_person_named_by_initials_first_takes_the_full_name_found_later(
    text: str, name: str, alias: str
) -> None:
    assert _people(text) == [(name, [alias])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President of the University of Dhaka Professor A. S. M. Maksud Kamal received the guests.",
            "A. S. M. Maksud Kamal",
        ),
        ("Vice-Chancellor Prof. M. A. K. Azad Chowdhury opened the meeting.", "M. A. K. Azad Chowdhury"),
        ("The Rector of Hanoi University Nguyen Van An met the Ambassador.", "Nguyen Van An"),
        ("Director Tran Thi An of the Vietnam National University spoke.", "Tran Thi An"),
    ],
)
def test_spaced_initials_and_vietnamese_given_names_stay_in_the_name(text: str, name: str) -> None:
    assert name in [n for n, _ in _people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mme Fatima Zahra El Amrani, Dean of the Faculty of Sciences, signed the agreement.",
            "Fatima Zahra El Amrani",
        ),
        ("Shri Rajesh Kumar, Consul General of India in Dubai, visited the campus.", "Rajesh Kumar"),
        ("Smt. Meera Iyer, Director of the institute, welcomed the guests.", "Meera Iyer"),
        ("Sra. Ana Ruiz, Dean of the Faculty of Law, welcomed the guests.", "Ana Ruiz"),
    ],
)
def test_forms_of_address_of_other_languages_are_no_part_of_the_name(text: str, name: str) -> None:
    assert [n for n, _ in _people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The agreement was signed by Maria Jose Fuentes, vicerrectora de asuntos internacionales of the "
            "Pontifical Catholic University of Chile.",
            "Maria Jose Fuentes",
            "vicerrectora",
        ),
        ("Ana Lima, reitora of the University of Sao Paulo, spoke.", "Ana Lima", "reitora"),
        ("Jean Dupont, recteur of the University of Lyon, spoke.", "Jean Dupont", "recteur"),
        ("Decana Lucia Herrera opened the conference.", "Lucia Herrera", "Decana"),
    ],
)
def test_titles_in_spanish_portuguese_and_french_tell_a_person(text: str, name: str, role: str) -> None:
    found = {p.name: p.role or "" for p in extract_text(text).persons}
    assert name in found and found[name].startswith(role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The French Ambassador to Viet Nam Laurent Marchand visited the university.", "Laurent Marchand"),
        ("The Ambassador of Burkina Faso Salif Ouedraogo visited the university.", "Salif Ouedraogo"),
        (
            "The High Commissioner of Sierra Leone Ernest Ndomahina visited the university.",
            "Ernest Ndomahina",
        ),
        (
            "On June 12, in Ha Noi, Deputy Minister Tran Quoc Khanh received the Ambassador.",
            "Tran Quoc Khanh",
        ),
    ],
)
def test_a_country_or_city_of_two_words_is_no_part_of_a_name(text: str, name: str) -> None:
    assert [n for n, _ in _people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rector Ahmed al-Tayeb met the Ambassador of Japan to Egypt Fumio Iwai.", "Ahmed al-Tayeb"),
        ("Dr. Khalid al-Falih, President of King Saud University, welcomed the guests.", "Khalid al-Falih"),
        ("Minister of Education Yousef el-Benyan received the delegation.", "Yousef el-Benyan"),
        ("Grand Imam Ahmed el-Tayeb received the Ambassador of Malaysia Adnan Zainal.", "Ahmed el-Tayeb"),
    ],
)
def test_an_arabic_surname_with_its_article_in_lower_case_is_part_of_the_name(text: str, name: str) -> None:
    assert name in [n for n, _ in _people(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Students may apply for the Government of Canada's Emerging Leaders in the Americas Program.",
        "Dr. Suchatvee Suwansawat, President of King Mongkut's Institute of Technology Ladkrabang, spoke.",
        "The delegation visited Queen Mary's College and Saint Joseph's Hospital.",
    ],
)
def test_words_after_a_possessive_of_a_body_or_an_eponym_are_no_person(text: str) -> None:
    names = [n for n, _ in _people(text)]
    assert not any(w in n for n in names for w in ("Emerging", "Mongkut", "Mary", "Joseph"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dr. Jose Maria de la Cruz y Mendoza, Dean of the Faculty of Law, spoke.",
            "Jose Maria de la Cruz y Mendoza",
        ),
        ("Rector Ana Lucia Ortega y Gasset welcomed the guests.", "Ana Lucia Ortega y Gasset"),
        ("Consul Juan Carlos de los Rios y Paz visited the campus.", "Juan Carlos de los Rios y Paz"),
    ],
)
def test_a_spanish_name_of_two_surnames_joined_by_y_is_one_name(text: str, name: str) -> None:
    assert name in [n for n, _ in _people(text)]
