"""People named the ways of the genre worldwide (session 11): Central Asian initials of two letters glued
together ("Zh.K. Tulegenov"), a Japanese family name in capitals first after a title ("Mr. YAMADA Taro"),
West African forms of address ("Alhaji", "Alhaja", "Chief"), university titles of Africa and Britain that
are no part of a name ("Registrar", "Pro-Chancellor", "Vice-Principal", "Principal"); and a regression
set of forms of address (H.E., Prof. Dr., Dato', Sheikh, Mr/Ms, Ambassador Extraordinary and
Plenipotentiary), captions, and places that are no people. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import sorted_person_names

_names = partial(sorted_person_names, published="2026-03-10", lead="News\n\n")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rector of Karaganda University Zh.K. Tulegenov met the delegation.", ["Zh.K. Tulegenov"]),
        (
            "Dean B.Zh. Abdrakhmanov and Professor K.T. Sultanova welcomed the students.",
            ["B.Zh. Abdrakhmanov", "K.T. Sultanova"],
        ),
        (
            "Rector E.B. Sydykov and Vice-Rector Ye.A. Ongarbayev met the guests from Busan.",
            ["E.B. Sydykov", "Ye.A. Ongarbayev"],
        ),
        ("Vice-Rector Kh.M. Abdullayev greeted the delegation of the embassy.", ["Kh.M. Abdullayev"]),
        ("The lecture was given by Sh.T. Rakhimova, head of the department.", ["Sh.T. Rakhimova"]),
    ],
)
def test_initials_of_two_letters_glued_together(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mr. YAMADA Taro, Counsellor of the Embassy of Japan, attended the event.", ["YAMADA Taro"]),
        (
            "Professor SUZUKI Hiroshi of Kyoto University and Dr. TANAKA Yuki of Hokkaido University spoke.",
            ["SUZUKI Hiroshi", "TANAKA Yuki"],
        ),
        ("The meeting was attended by the Ambassador of Japan, Mr. KATO Hideki.", ["KATO Hideki"]),
        ("Ambassador NAKAMURA Kenji presented books to the library.", ["NAKAMURA Kenji"]),
        # the given name first stays as it was read
        ("Taro YAMADA, Vice President of Osaka University, gave a lecture.", ["Taro YAMADA"]),
    ],
)
def test_a_family_name_in_capitals_first_after_a_title(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Alhaja Kafayat Bello, the Bursar, presented the report.", ["Kafayat Bello"]),
        ("The delegation included Alhaji Sani Danladi, the Deputy Vice-Chancellor.", ["Sani Danladi"]),
        (
            "Chief Olusegun Adebayo, Pro-Chancellor of the University of Ibadan, spoke at the ceremony.",
            ["Olusegun Adebayo"],
        ),
        ("Registrar John Mensah read the citation.", ["John Mensah"]),
        ("Pro-Chancellor Kwame Asante chaired the meeting of the council.", ["Kwame Asante"]),
        ("Principal Mary Wanjiku welcomed the visitors from Uganda.", ["Mary Wanjiku"]),
        ("Vice-Principal Emma Roberts led the delegation to Kazakhstan.", ["Emma Roberts"]),
        ("Deputy Principal Thabo Nkosi signed the agreement.", ["Thabo Nkosi"]),
        ("Chief Executive Officer John Smith opened the event.", ["John Smith"]),
    ],
)
def test_forms_of_address_and_titles_of_africa_and_britain(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "H.E. Mr. Abdulla Saif Al-Nuaimi, Ambassador of the United Arab Emirates to Kazakhstan, visited the "
            "university.",
            ["Abdulla Saif Al-Nuaimi"],
        ),
        (
            "HE Sheikh Nahyan bin Mubarak Al Nahyan, Minister of Tolerance, attended the graduation.",
            ["Nahyan bin Mubarak Al Nahyan"],
        ),
        (
            "Prof. Dr. Ir. Bambang Santoso, Rector of Universitas Gadjah Mada, signed the agreement.",
            ["Bambang Santoso"],
        ),
        (
            "Tan Sri Dato' Sri Dr. Noor Azlan Ghazali, the former Vice-Chancellor, spoke at the event.",
            ["Noor Azlan Ghazali"],
        ),
        ("Mr. Kenji Watanabe and Ms. Aiko Sato represented the embassy.", ["Aiko Sato", "Kenji Watanabe"]),
        (
            "The Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Kyrgyz Republic, "
            "Kim Sang-wook, visited the university.",
            ["Kim Sang-wook"],
        ),
        (
            "(From left) Prof. Kwame Mensah, Mr Kofi Boateng and Dr Ama Owusu at the signing ceremony.",
            ["Ama Owusu", "Kofi Boateng", "Kwame Mensah"],
        ),
        ("In the photo: Rector Askar Bekov and Ambassador Li Wei.", ["Askar Bekov", "Li Wei"]),
    ],
)
def test_forms_of_address_and_captions_still_read(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The United Arab Emirates and Saudi Arabia fund the scholarships.",
        "Students from Sri Lanka, Costa Rica, Burkina Faso and New Zealand study at the university.",
        "The Embassy of the United Arab Emirates hosted students from Abu Dhabi and Ras Al Khaimah.",
        "Mr. UNESCO Chair holders met in Paris.",
        "Professor KAZNU students visited the museum.",
    ],
)
def test_places_and_acronyms_are_no_people(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ambassador of Trinidad and Tobago Maria Lopez visited the university.", ["Maria Lopez"]),
        ("The Consul of Antigua and Barbuda Paul Henry met the students.", ["Paul Henry"]),
        (
            "Minister of Education of Bosnia and Herzegovina Adnan Husic opened the conference.",
            ["Adnan Husic"],
        ),
        ("Rector Askar Bekov and Dean Li Wei signed the agreement.", ["Askar Bekov", "Li Wei"]),
    ],
)
def test_a_country_named_with_and_ends_before_the_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sheikh Zayed Grand Mosque was visited by Ambassador Ivan Petrov.", ["Ivan Petrov"]),
        ("The guests saw the Sultan Qaboos Grand Mosque and met Rector Ali Al Bimani.", ["Ali Al Bimani"]),
        ("Sheikh Jaber Al-Ahmad Cultural Centre hosted Dean Noura Khalid.", ["Noura Khalid"]),
        ("King Fahd Stadium hosted the games, said Dean Omar Farouk.", ["Omar Farouk"]),
    ],
)
def test_a_landmark_named_after_a_ruler_is_no_person(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Later, Ainur Kassymova showed the guests the laboratories.", ["Ainur Kassymova"]),
        ("Kofi Mensah guided the visitors through the new library.", ["Kofi Mensah"]),
        (
            "Then Lucia Herrera acquainted the delegation with the museum of the university.",
            ["Lucia Herrera"],
        ),
        ("The guests were shown around the campus by Daniyar Nurmagambetov.", ["Daniyar Nurmagambetov"]),
        ("The delegation was taken on a tour of the laboratories by Priya Raman.", ["Priya Raman"]),
        ("The visitors were guided through the museum by Tomasz Nowak.", ["Tomasz Nowak"]),
    ],
)
def test_a_host_showing_the_guests_round(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Later, Hong Kong showed the guests its skyline.",
        "The guests were shown around the campus by the staff of Nazarbayev University.",
        "Kazakh National University showed the guests the laboratories.",
    ],
)
def test_no_person_shows_the_guests_round_unnamed(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Akademik Abdykerim Muratov visited the university.", ["Abdykerim Muratov"]),
        ("The lecture of Akad. Murat Zhurinov was attended by 200 students.", ["Murat Zhurinov"]),
        ("Mag. Anna Gruber of the University of Vienna spoke about the exchange.", ["Anna Gruber"]),
        ("Academician Bolat Tokmagambetov opened the conference.", ["Bolat Tokmagambetov"]),
    ],
)
def test_an_academicians_and_a_masters_title(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Askar Bekov (right) and Li Wei (left) during the meeting.", ["Askar Bekov", "Li Wei"]),
        ("Photo: Gulnara Akhmetova (centre) with the guests from Malaysia.", ["Gulnara Akhmetova"]),
        ("Kofi Mensah (second from left) at the opening of the centre.", ["Kofi Mensah"]),
        ("Maria Lopez (far right) and students of the summer school.", ["Maria Lopez"]),
    ],
)
def test_where_a_captions_person_stands(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The Hong Kong (left) and Macau (right) pavilions were visited by students.",
        "Students of Al-Farabi University (left) and of Tsinghua University (right) met.",
    ],
)
def test_no_person_at_a_place_in_a_photo(text: str) -> None:
    assert _names(text) == []
