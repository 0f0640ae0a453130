"""People in more of the genre's forms (session 8, issue #11 item 5): sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import person_names

_names = partial(person_names, published=None)


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    person = next(p for p in extract_text(text).persons if p.name == name)
    return person.role, person.affiliation


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The meeting was attended by Zhang You, Deputy Director of the International Office.", "Zhang You"),
        ("The delegation included Professor Liu He and Dr. Chen Jing of Fudan University.", "Liu He"),
        ("Vice-President of Wuhan University Wang An met the guests from Almaty.", "Wang An"),
    ],
)
def test_a_chinese_given_name_that_is_an_english_word(text: str, name: str) -> None:
    assert name in _names(text)


def test_the_title_of_a_name_after_a_listed_one_is_not_that_name() -> None:
    text = "Rector Ahmad Bakr met Professor Zhang You and Dr. Li Wei of Peking University."
    assert _person(text, "Zhang You")[0] == "Professor"
    assert _person(text, "Li Wei")[0] != "Professor Zhang You and"


def test_a_deputy_title_after_the_name_keeps_its_first_word() -> None:
    text = (
        "The guests were welcomed by Marta Novak, Deputy Director of the Office of International Relations."
    )
    assert _person(text, "Marta Novak")[0] == "Deputy Director of the Office of International Relations"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ambassador was received by the President of the university John DeGioia.", "John DeGioia"),
        ("Rector Peter McKenna met the Ambassador of Chile to Ireland Ana Soto.", "Peter McKenna"),
        ("Laura LeBlanc, Vice-Rector of Laval University, welcomed the delegation.", "Laura LeBlanc"),
    ],
)
def test_a_surname_with_a_capital_after_its_prefix(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Deputy Minister of Education of Mongolia Ts.Batbayar and D.Ganbold, Rector of the National "
            "University of Mongolia, met the delegation.",
            {"Ts.Batbayar", "D.Ganbold"},
        ),
        (
            "The memorandum was signed by Sh.Enkhtuvshin, Rector of the Mongolian University of Science.",
            {"Sh.Enkhtuvshin"},
        ),
        (
            "Rector of Khovd University Ch.Bold received the Ambassador of Kazakhstan Aibek Nurlan.",
            {"Ch.Bold"},
        ),
    ],
)
def test_mongolian_initials_of_two_letters(text: str, names: set[str]) -> None:
    assert names <= set(_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Colonel Aidos Serikbay, Rector of the Military Institute, received Brigadier General Omar Saleh.",
            "Omar Saleh",
        ),
        (
            "His Eminence Archbishop Paul Romano visited the Catholic University of Lublin on Monday.",
            "Paul Romano",
        ),
        ("The guests were welcomed by Father Mark Lewis, the rector of the seminary.", "Mark Lewis"),
        ("Rear Admiral Kim Sung-ho, President of the Korea Naval Academy, met the cadets.", "Kim Sung-ho"),
        ("Imam Yusuf Hamid delivered a lecture at the International Islamic University.", "Yusuf Hamid"),
    ],
)
def test_a_clerical_royal_or_military_title_is_not_part_of_the_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n != name and name in n for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Sofia Russo, Dean of the Faculty of Medicine, met the Ambassador of Nepal to Italy Ram Thapa.",
        "The Dean of the Faculty of Medicine, Sofia Russo, met the Ambassador of Nepal to Italy Ram Thapa.",
    ],
)
def test_a_first_name_that_is_a_capitals_name(text: str) -> None:
    assert "Sofia Russo" in _names(text)


def test_a_capital_after_a_preposition_stays_a_place() -> None:
    text = "The Ambassador of Spain in Sofia met the rector, who thanked him."
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Consul General, Mr. Juan Carlos de la Vega, met the Dean of Law, Dr. Pieter van der Merwe. "
            "De la Vega said that the consulate would support the exchange.",
            "Juan Carlos de la Vega",
        ),
        (
            "Ambassador Ahmed Al Hay Al Hameli met the rector. Al Hameli said the embassy would help.",
            "Ahmed Al Hay Al Hameli",
        ),
        (
            "Rector Anna Lindqvist welcomed the guests. Lindqvist said the university was ready.",
            "Anna Lindqvist",
        ),
        (
            "Professor Zhang Min, Dean of the School of Law, met the guests. Min Zhang said the school would "
            "open a summer course.",
            "Zhang Min",
        ),
    ],
)
def test_a_person_named_in_full_then_in_part_is_one_person(text: str, name: str) -> None:
    names = _names(text)
    assert name in names and len([n for n in names if n != name and "Merwe" not in n]) == 0


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Professor Li Yang, Rector of Tianjin University, and Professor Liu Yang, Dean of the School of "
            "Chemistry, met the delegation.",
            {"Li Yang", "Liu Yang"},
        ),
        (
            "Rector Anna Berg met Alice Berg, Director of the Language Centre, and the guests.",
            {"Anna Berg", "Alice Berg"},
        ),
        (
            "Vice-Rector Zhang Wei received Professor Zhao Wei of Nankai University.",
            {"Zhang Wei", "Zhao Wei"},
        ),
    ],
)
def test_two_people_sharing_a_name_are_two_people(text: str, names: set[str]) -> None:
    assert names <= set(_names(text))


def test_a_name_spelled_two_ways_is_one_person() -> None:
    text = (
        "Rector Zhanseit Tuimebaev met the Ambassador of Lithuania Egidijus Meilunas. "
        "Zhanseyit Tuimebayev thanked the guest."
    )
    names = _names(text)
    assert len([n for n in names if n.startswith("Zhanse")]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Abdullah Al Shehhi, Director of United Arab Emirates University, met the guests. The Arab "
        "Emirates side welcomed the initiative.",
        "The Ambassador of the United Arab Emirates Saeed Al Nuaimi visited the Sofia University.",
    ],
)
def test_no_person_from_a_countrys_words(text: str) -> None:
    assert not any("Emirates" in n or "Arab" in n or "Sofia" in n for n in _names(text))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Vice-Chancellor of Universiti Sains Malaysia, Tan Sri Dato' Sri Dr. Hamid Rahman, "
            "received the delegation.",
            "Hamid Rahman",
            "Vice-Chancellor of Universiti Sains Malaysia",
        ),
        (
            "Thai Ambassador to Laos Somchai Chaiyo met with Associate Professor Pham Van Long, Vice "
            "President of Hue University.",
            "Pham Van Long",
            "Vice President of Hue University",
        ),
        (
            "The rector met Mr. Luis Miguel Ortega Diaz, Cultural Attaché of the Embassy of Mexico.",
            "Luis Miguel Ortega Diaz",
            "Cultural Attaché of the Embassy of Mexico",
        ),
    ],
)
def test_the_post_of_a_name_behind_forms_of_address_or_a_rank(text: str, name: str, role: str) -> None:
    assert _person(text, name)[0] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ambassador of Kazakhstan A. S. Bekturov and Vice-Rector N. Zhumabekova signed the plan.",
            "A. S. Bekturov",
        ),
        (
            "The protocol was signed by K. T. Amanova, Rector of Pavlodar Pedagogical University.",
            "K. T. Amanova",
        ),
        (
            "The rector received Hj. Mohd Rizal bin Osman, Director of the Language Institute.",
            "Mohd Rizal bin Osman",
        ),
        ("Eng. Khalid Al-Mansour, Director of Dubai Polytechnic, met the guests.", "Khalid Al-Mansour"),
    ],
)
def test_spaced_initials_and_dotted_forms_of_address(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n != name and name in n for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ingrid Solberg, who heads the International Office, presented the exchange programmes.",
            "Ingrid Solberg",
        ),
        ("During the meeting, Marat Serikbayev explained the admission rules.", "Marat Serikbayev"),
        ("Karim Haddad proposed to open a joint laboratory.", "Karim Haddad"),
        ("Kwame Asante told the students about scholarships in Ghana.", "Kwame Asante"),
        ("Gulnara Abenova shared her experience of studying in Japan.", "Gulnara Abenova"),
        ("The Crown Prince Hamdan Al Falasi visited the university.", "Hamdan Al Falasi"),
    ],
)
def test_a_name_as_the_subject_of_what_a_speaker_does(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Bologna Process described the common degree structure.",
        "Google Classroom offered free courses to the students.",
        "Horizon Europe awarded the grant to the consortium.",
        "Silk Road Studies explained the history of trade.",
        "Arab Emirates delegates shared their views.",
        "Vision Forum presented the new strategy.",
    ],
)
def test_no_person_from_a_programme_or_an_event_named_as_a_subject(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The round table was held with the participation of Aliya Bekova and Dmitry Orlov.",
            ["Aliya Bekova", "Dmitry Orlov"],
        ),
        ("The memorandum was signed in the presence of Nurlan Sadykov.", ["Nurlan Sadykov"]),
        ("The lecture was organised at the invitation of Sergio Romano.", ["Sergio Romano"]),
        (
            "Also present were Bolat Zhakupov, Ainur Serikova and Timur Akhmetov.",
            ["Bolat Zhakupov", "Ainur Serikova", "Timur Akhmetov"],
        ),
        ("The Ambassador, together with Anvar Nasirov, toured the laboratories.", ["Anvar Nasirov"]),
        ("The forum was addressed by Yerlan Karin.", ["Yerlan Karin"]),
    ],
)
def test_who_took_part_in_the_wordings_of_translated_reports(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The seminar was held with the participation of Nazarbayev University and Seoul National University.",
        "The agreement was signed together with South Korea.",
        "The week was organised at the invitation of Erasmus Plus.",
    ],
)
def test_no_person_from_an_institution_or_a_country_after_those_wordings(text: str) -> None:
    assert _names(text) == []


def test_a_post_before_a_rank_and_a_form_of_address_is_the_persons() -> None:
    text = (
        "The High Commissioner visited the University of Leeds, where he was welcomed by the President and "
        "Vice-Chancellor, Professor Dame Helen Carter."
    )
    assert _person(text, "Helen Carter") == ("Vice-Chancellor", "University of Leeds")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The visit of the Ambassador of Brazil to Egypt Paulo Lima was hosted by Cairo University.",
            "Paulo Lima",
        ),
        ("The guests were welcomed by Dean Ana Victoria, who thanked them.", "Ana Victoria"),
    ],
)
def test_a_surname_that_is_a_capitals_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Chilean Ambassador Visits Lima", []),
        ("Ambassador Tours Sofia University Campus", []),
        ("President Visits Astana And Almaty", []),
        ("Ambassador Kenji Mori Visits Almaty", ["Kenji Mori"]),
        ("The Embassy of Brazil in Lima hosted the rector.", []),
    ],
)
def test_a_headlines_verb_or_a_place_is_no_part_of_a_name(text: str, names: list[str]) -> None:
    assert _names(text) == names
