"""Meetings told in more of the genre's wordings (session 8, issue #11): sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meeting_parties, meeting_tuples

_meetings = partial(meeting_tuples, published="2024-05-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ambassador of Kenya to Japan Peter Mwangi paid a courtesy call on the Vice-Chancellor of the "
            "University of Nairobi, Professor Grace Achieng.",
            {"Peter Mwangi", "Grace Achieng"},
        ),
        (
            "The Consul General of Brazil in Milan Rafael Souza paid a courtesy visit to the Rector of the "
            "University of Pavia Luca Bianchi.",
            {"Rafael Souza", "Luca Bianchi"},
        ),
        (
            "The meeting was attended by the Vice-Rector of Tomsk State University Pavel Orlov and the "
            "Consul General of Mongolia Batbold Tserendorj.",
            {"Pavel Orlov", "Batbold Tserendorj"},
        ),
        (
            "In an online meeting, the Ambassador of Peru to India Carlos Quispe and the Rector of "
            "Jadavpur University Amit Sen discussed student exchanges.",
            {"Carlos Quispe", "Amit Sen"},
        ),
        (
            "The President of Ain Shams University Hany Fathy hosts the Ambassador of Ghana to Egypt "
            "Kwame Mensah.",
            {"Hany Fathy", "Kwame Mensah"},
        ),
        (
            "Rector of Yerevan State University Arman Petrosyan receives the Ambassador of Chile to Armenia "
            "Diego Morales.",
            {"Arman Petrosyan", "Diego Morales"},
        ),
        (
            "A virtual meeting between the Dean of the Faculty of Medicine, Sofia Russo, and the Ambassador "
            "of Nepal to Italy Ram Thapa was held on 3 May.",
            {"Sofia Russo", "Ram Thapa"},
        ),
        (
            "The Ambassador of Kazakhstan to Austria Daulet Sarsen conferred with the Rector of the "
            "University of Graz Stefan Huber on joint research.",
            {"Daulet Sarsen", "Stefan Huber"},
        ),
        (
            "Ambassador of Bolivia to Russia Luis Mamani gave a lecture to the students of Kazan Federal "
            "University.",
            {"Luis Mamani", "Kazan Federal University"},
        ),
    ],
)
def test_a_meeting_in_other_wordings(text: str, expected: set[str]) -> None:
    found = _meetings(text)
    assert found and expected <= meeting_parties(found[0])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Rector welcomes the Ambassador of Ghana\n\n"
            "On 2 April, Rector of Riga Technical University Tanel Ozols received the Ambassador of Ghana "
            "to Latvia Kofi Boateng.",
            "2024-04-02",
        ),
        (
            "The Consul General of Peru visited Kuban State University\n\n"
            "The Consul General of Peru in Sochi Jorge Huaman visited Kuban State University.\n\n"
            "On March 14, 2023 Mr. Jorge Huaman paid an official visit to the university.",
            "2023-03-14",
        ),
        (
            "Ambassador gives a lecture\n\n"
            "Today, May 6, 2024, the Ambassador of Kyrgyzstan to Jordan Talant Asanov gave a lecture at "
            "the University of Jordan.",
            "2024-05-06",
        ),
    ],
)
def test_a_headlines_meeting_takes_the_date_its_lead_opens_with(text: str, date: str) -> None:
    assert _meetings(text)[0][2] == date


def test_a_page_date_line_is_not_the_meetings_date() -> None:
    text = (
        "The Ambassador of Chile to Poland Pablo Rojas visited Jagiellonian University.\n\n"
        "10 May 2024\n\n"
        "The guests toured the library."
    )
    assert _meetings(text)[0][2] is None


def test_a_visit_to_two_universities_is_a_meeting_with_each() -> None:
    text = (
        "Ambassador of Uruguay to Japan Martin Silva held a meeting with the Governor of Osaka "
        "Prefecture Hiro Tanaka. "
        "As part of the trip, the Ambassador of Uruguay visited Kyoto University and Doshisha University."
    )
    found = _meetings(text)
    assert len(found) == 3
    assert {"Martin Silva", "Kyoto University"} <= meeting_parties(found[1])
    assert {"Martin Silva", "Doshisha University"} <= meeting_parties(found[2])
    assert "Doshisha University" not in meeting_parties(found[1])


def test_a_meeting_told_by_the_headline_and_again_by_the_lead_is_one_meeting() -> None:
    text = (
        "Rector met with the Ambassador of Estonia\n\n"
        "Rector of Vilnius University Rimvydas Petrauskas held a meeting with the Ambassador of "
        "Estonia to Lithuania Kaja Tael."
    )
    found = _meetings(text)
    assert len(found) == 1 and {"Rimvydas Petrauskas", "Kaja Tael"} <= meeting_parties(found[0])


def test_a_headline_naming_one_side_gives_way_to_the_sentence_naming_both() -> None:
    text = (
        "Minister receives rector of Tashkent State Technical University\n\n"
        "Minister of Higher Education of Uzbekistan Kongratbay Sharipov received rector of Tashkent State "
        "Technical University Bakhtiyor Ubaydullaev.\n\n"
        "The rector spoke about the university's new laboratories."
    )
    found = _meetings(text)
    assert found and {"Kongratbay Sharipov", "Bakhtiyor Ubaydullaev"} <= meeting_parties(found[0])


def test_a_later_meeting_with_someone_of_a_party_already_there_is_the_same_meeting() -> None:
    text = (
        "The Ambassador of Malaysia to Kazakhstan Azlan Rahman visited Satbayev University. "
        "During the visit, the Ambassador met with the Rector of Satbayev University Meirbek Moldabekov."
    )
    assert len(_meetings(text)) == 1


def test_no_meeting_in_a_sentence_about_a_council() -> None:
    text = "The Academic Council of Nazarbayev University approved the new strategy on Monday."
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rector of Riga Stradins University Aigars Petersons and the Ambassador of Japan to Latvia Kenji "
            "Mori discussed prospects for cooperation in medicine.",
            {"Aigars Petersons", "Kenji Mori"},
        ),
        (
            "Ambassador of Morocco to Uzbekistan Karim Alaoui and Rector of Samarkand State University "
            "Rustam Khalmuradov agreed to open a centre of Arabic studies.",
            {"Karim Alaoui", "Rustam Khalmuradov"},
        ),
        (
            "The Ambassador of Kazakhstan to Malaysia Timur Bekov took part in the opening of the Abai Centre "
            "at Universiti Putra Malaysia.",
            {"Timur Bekov", "Universiti Putra Malaysia"},
        ),
        (
            "The delegation of the University of Vienna headed by Tobias Weber paid a special visit to "
            "Gumilyov Eurasian National University.",
            {"Tobias Weber", "Gumilyov Eurasian National University"},
        ),
    ],
)
def test_a_meeting_told_by_what_both_sides_did(text: str, expected: set[str]) -> None:
    found = _meetings(text)
    assert found and expected <= meeting_parties(found[0])


def test_what_one_side_discussed_alone_is_no_meeting() -> None:
    text = "Rector of Riga Stradins University Aigars Petersons discussed the new curriculum with the staff."
    assert _meetings(text) == []


def test_a_later_sentence_naming_the_host_joins_the_main_meeting() -> None:
    text = (
        "Ambassador of Kazakhstan to Austria Daulet Sarsen visited the University of Vienna. "
        "The Ambassador met with the Rector of the University of Vienna Sebastian Schutze. "
        "Later, the Ambassador visited the Vienna University of Technology and met with its Vice-Rector "
        "Anna Steiger."
    )
    found = _meetings(text)
    assert len(found) == 2
    assert {"Daulet Sarsen", "Sebastian Schutze", "University of Vienna"} <= meeting_parties(found[0])
    assert {"Daulet Sarsen", "Anna Steiger", "Vienna University of Technology"} <= meeting_parties(found[1])


def test_a_later_passive_reception_joins_or_adds_a_meeting() -> None:
    text = (
        "On 15 April, the Ambassador of Japan to Georgia Kenji Sato visited Tbilisi State University. "
        "He was received by Rector Jaba Samushia. "
        "Later, the Ambassador was received by the Minister of Education of Georgia Giorgi Amilakhvari."
    )
    found = _meetings(text)
    assert len(found) == 2
    assert {"Kenji Sato", "Jaba Samushia", "Tbilisi State University"} <= meeting_parties(found[0])
    assert {"Kenji Sato", "Giorgi Amilakhvari"} <= meeting_parties(found[1])


def test_a_host_who_also_received_someone_else_holds_a_second_meeting() -> None:
    text = (
        "The Minister of Education of Oman Madiha Al Shaibani received the Ambassador of Kazakhstan to Oman "
        "Nurlan Abdrakhmanov. The sides discussed cooperation. The Minister also received the Ambassador "
        "of Malaysia Ahmad Faisal."
    )
    found = _meetings(text)
    assert len(found) == 2 and {"Madiha Al Shaibani", "Ahmad Faisal"} <= meeting_parties(found[1])


def test_receiving_a_thing_after_a_meeting_is_no_second_meeting() -> None:
    text = (
        "The Rector of Vilnius University Rimvydas Petrauskas met the Ambassador of Japan to Lithuania "
        "Keiko Sato. He received an honorary degree from Kyoto University in 2019."
    )
    assert len(_meetings(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ambassador of Chile Pablo Rojas visits University of Tartu\n\n"
        "The Ambassador of Chile to Estonia Pablo Rojas was received on Monday by Rector Toomas Asser.",
        "Ambassador Pablo Rojas visited University of Tartu\n\n"
        "The Ambassador of Chile to Estonia met on Monday with Rector Toomas Asser.",
    ],
)
def test_a_headlines_meeting_takes_the_date_of_the_lead_that_tells_it(text: str) -> None:
    assert _meetings(text)[0][2] == "2024-05-06"


@pytest.mark.parametrize(
    "text",
    [
        "The Abai Centre will open at Kyoto University in 2025. The opening was agreed by the Counsellor of "
        "the Embassy of Kazakhstan in Japan Daniyar Sarsen with the vice-president of the university.",
        "Students of Kyoto University will study Kazakh from September. The Counsellor of the Embassy of "
        "Kazakhstan in Japan Daniyar Sarsen agreed with the rector of the university on a new course.",
        "Kyoto University opens a Kazakh corner\n\nThe Counsellor of the Embassy of Kazakhstan in Japan "
        "Daniyar Sarsen visited the university on Monday.",
    ],
)
def test_a_meeting_with_the_university_named_before(text: str) -> None:
    found = _meetings(text)
    assert found and {"Daniyar Sarsen", "Kyoto University"} <= meeting_parties(found[0])


def test_the_university_named_nowhere_before_is_no_party() -> None:
    text = "The Counsellor of the Embassy of Kazakhstan in Japan Daniyar Sarsen visited the university on Monday."
    assert all(len(m[1]) == 1 for m in _meetings(text))


def test_each_host_of_a_tour_told_at_its_place_is_a_meeting() -> None:
    text = (
        "A delegation of Kazan Federal University led by Rector Lenar Safin visited Japan. The delegation held "
        "meetings with the leadership of Osaka University and Tohoku University. At Osaka University, the "
        "delegation was received by Vice-President Kenji Ito. At Tohoku University, the guests were welcomed "
        "by Executive Vice-President Aiko Mori."
    )
    found = _meetings(text)
    assert any({"Lenar Safin", "Kenji Ito", "Osaka University"} <= meeting_parties(m) for m in found[1:])
    assert any({"Lenar Safin", "Aiko Mori", "Tohoku University"} <= meeting_parties(m) for m in found[1:])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A delegation of Hanyang University headed by Vice-President Lee Min-ho arrived at Tashkent State "
            "Technical University.",
            {"Lee Min-ho", "Tashkent State Technical University"},
        ),
        (
            "The Minister of Education of Latvia Anda Ozola had a telephone conversation with the Rector of "
            "Vilnius University Rimvydas Petrauskas.",
            {"Anda Ozola", "Rimvydas Petrauskas"},
        ),
        (
            "During the official visit of the President of Kazakhstan to Hungary, Rector Zhanseit Tuimebayev "
            "spoke with the Rector of Semmelweis University Bela Merkely.",
            {"Zhanseit Tuimebayev", "Bela Merkely"},
        ),
    ],
)
def test_an_arrival_a_call_or_a_state_visit(text: str, expected: set[str]) -> None:
    found = _meetings(text)
    assert found and expected <= meeting_parties(found[0])
