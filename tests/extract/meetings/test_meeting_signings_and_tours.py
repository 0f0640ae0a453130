"""Meetings in more of the genre's wordings (session 9): signings before a witness, meetings only proposed,
a guest shown round the host's units, who spoke "during the meeting". Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meeting_parties, meeting_tuples

_meetings = partial(meeting_tuples, published="2024-05-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The memorandum was signed by Rector of Satbayev University Meiram Begentayev and President of "
            "Kyoto University Hiroshi Tanaka in the presence of Ambassador of Japan to Kazakhstan Ichiro Yamada.",
            {"Meiram Begentayev", "Hiroshi Tanaka", "Ichiro Yamada"},
        ),
        (
            "The agreement was signed by Professor Amina Diallo, Vice-Chancellor of Cheikh Anta Diop University, "
            "and Dr Pierre Lefevre, President of the University of Lyon, and witnessed by Mr Jean Moreau, "
            "Ambassador of France to Senegal.",
            {"Amina Diallo", "Pierre Lefevre", "Jean Moreau"},
        ),
        (
            "Cairo University and the University of Leeds signed a memorandum of understanding in the presence "
            "of the British Ambassador to Egypt, Gareth Bayley.",
            {"Cairo University", "University of Leeds", "Gareth Bayley"},
        ),
        (
            "At a ceremony attended by Minister of Higher Education Sayidi Musa and Ambassador of China Zhang "
            "Wei, Mohammed V University and Peking University opened a joint centre.",
            {"Sayidi Musa", "Zhang Wei"},
        ),
        (
            "The accord was signed by Rector of Vilnius University Rimvydas Petrauskas and President of "
            "Hokkaido University Kiyohiro Houkin. The Ambassador of Japan to Lithuania Osamu Imai attended the "
            "signing ceremony.",
            {"Rimvydas Petrauskas", "Kiyohiro Houkin", "Osamu Imai"},
        ),
        (
            "The documents were signed by Vice-Rector of the University of Tartu Kristjan Vassil and Rector of "
            "Ilia State University Giga Zedania. The ceremony was attended by the Ambassador of Georgia to "
            "Estonia Ketevan Sulava.",
            {"Kristjan Vassil", "Giga Zedania", "Ketevan Sulava"},
        ),
    ],
)
def test_a_signing_before_a_witness_is_a_meeting(text: str, expected: set[str]) -> None:
    found = _meetings(text)
    assert found and expected <= meeting_parties(found[0])


@pytest.mark.parametrize(
    "text",
    [
        "The document was signed by Rector of Vilnius University Rimvydas Petrauskas and President of Hokkaido "
        "University Kiyohiro Houkin.",
        "Ilia State University and the University of Tartu signed an agreement on student exchange.",
        "The memorandum was signed on behalf of Cairo University by its President Mohamed Sami Abdel-Sadek.",
    ],
)
def test_a_signing_with_no_witness_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rector of Kyrgyz National University Kanat Sadykov proposed to hold a meeting with the Ambassador of "
        "India next month.",
        "The President of the University of Ghana Nana Aba Appiah Amfo will hold talks with the Ambassador of "
        "Brazil to Ghana Luciano Mazza next week.",
        "Rector of Tashkent State University of Law Islambek Rustambekov invited the Consul General of Korea "
        "Kim Sung-ho to visit the university in June.",
        "Dean Maria Rossi of the University of Bologna plans to meet the Ambassador of Kenya Joseph Ngugi in "
        "the autumn.",
        "The Vice-Chancellor of the University of Lagos Folasade Ogunsola suggested organising a visit of "
        "the Ambassador of Turkey to Nigeria Hidayet Bayraktar to the campus.",
    ],
)
def test_a_meeting_only_proposed_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Rector of Kazan Federal University Lenar Safin spoke about the new campus.",
        "Vice-Chancellor of the University of Nairobi Stephen Kiama attended the event.",
        "President of Seoul National University Ryu Hong-rim welcomed the new students of the university.",
    ],
)
def test_one_person_and_his_own_university_are_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "tour",
    [
        "The guest also visited the Faculty of Oriental Studies and the Centre for Korean Language.",
        "The Ambassador also visited the Department of Civil Engineering and the Technology Park.",
        "He also met students of the Faculty of International Relations.",
    ],
)
def test_a_tour_of_the_hosts_units_is_no_meeting_of_its_own(tour: str) -> None:
    text = (
        "The Ambassador of Korea to Uzbekistan Park Sang-jin visited Samarkand State University, where he met "
        f"Rector Rustam Khalmuradov. {tour}"
    )
    found = _meetings(text)
    assert len(found) == 1 and {"Park Sang-jin", "Rustam Khalmuradov"} <= meeting_parties(found[0])


def test_a_visit_to_another_university_naming_nobody_there_is_a_stop_of_the_visit() -> None:
    # session 16: inverted (was a meeting of its own); over G2-G10 such a stop was never a meeting of the gold
    text = (
        "The Ambassador of Korea to Uzbekistan Park Sang-jin visited Samarkand State University, where he met "
        "Rector Rustam Khalmuradov. Later, the Ambassador visited Bukhara State University."
    )
    found = _meetings(text)
    assert len(found) == 1 and "Bukhara State University" not in found[0][1]


def test_a_visit_to_another_university_where_someone_met_him_is_a_meeting_of_its_own() -> None:
    text = (
        "The Ambassador of Korea to Uzbekistan Park Sang-jin visited Samarkand State University, where he met "
        "Rector Rustam Khalmuradov. Later, the Ambassador visited Bukhara State University, where he was received "
        "by Rector Obidjon Khamidov."
    )
    found = _meetings(text)
    assert len(found) == 2 and "Bukhara State University" in found[1][1]


@pytest.mark.parametrize(
    "opening",
    ["During the meeting", "At the meeting", "In the course of the talks"],
)
def test_who_spoke_during_the_meeting_joins_it(opening: str) -> None:
    text = (
        "The Consulate General of China in Almaty hosted a delegation of Satbayev University. "
        f"{opening}, Vice-Rector for International Cooperation Aigerim Nurlanova presented the university's "
        "programmes in mining engineering."
    )
    found = _meetings(text)
    assert found and "Aigerim Nurlanova" in found[0][0]


def test_an_organisation_spoken_of_during_the_meeting_does_not_join_it() -> None:
    text = (
        "The Ambassador of India to Argentina Dinesh Bhatia met the Rector of the University of Cordoba "
        "Jhon Boretto. During the meeting, the Ambassador spoke of the scholarships of the Indian Council for "
        "Cultural Relations."
    )
    found = _meetings(text)
    assert found and "Indian Council for Cultural Relations" not in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Welcoming the guest, the Rector of the University of Porto Antonio Sousa Pereira spoke about the "
        "university's faculties.",
        "Receiving the delegation, the Rector of the University of Porto Antonio Sousa Pereira spoke about the "
        "university's faculties.",
    ],
)
def test_the_host_welcoming_the_guest_joins_the_meeting(text: str) -> None:
    found = _meetings(
        "On 4 March, the Ambassador of Angola to Portugal Carlos Alberto Fonseca visited the University of "
        f"Porto. {text}"
    )
    assert found and {"Carlos Alberto Fonseca", "Antonio Sousa Pereira"} <= meeting_parties(found[0])


@pytest.mark.parametrize(
    "text",
    [
        "Within the framework of the visit, Rector of Al-Farabi Kazakh National University Zhanseit Tuimebayev "
        "held meetings with the President of Peking University Gong Qihuang.",
        "The Minister of Education of Ghana Yaw Osei Adutwum held a series of meetings with the Vice-Chancellor "
        "of the University of Leeds Simone Buitendijk.",
        "The Ambassador of Chile to India Juan Angulo held separate meetings with the Director of IIT Madras "
        "V. Kamakoti.",
    ],
)
def test_meetings_in_the_plural_are_meetings(text: str) -> None:
    assert _meetings(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "They were welcomed by the Rector of Almaty Management University Assel Arynova.",
        "They were warmly received by the Rector of Almaty Management University Assel Arynova.",
        "He was greeted by the Rector of Almaty Management University Assel Arynova.",
    ],
)
def test_who_welcomed_them_in_the_next_sentence_joins_the_meeting(sentence: str) -> None:
    text = (
        "The delegation, led by Consul General of Japan in Almaty Yuki Tanaka, comprised Deputy Consul "
        f"Hiroshi Sato and Attache Kenji Mori. {sentence}"
    )
    found = _meetings(text)
    assert found and {"Yuki Tanaka", "Assel Arynova"} <= meeting_parties(found[0])


def test_a_guest_received_later_by_someone_else_is_a_meeting_of_its_own() -> None:
    text = (
        "The Ambassador of Korea to Uzbekistan Park Sang-jin visited Samarkand State University, where he met "
        "Rector Rustam Khalmuradov. The sides discussed exchanges. He was also received by the Minister of "
        "Higher Education of Uzbekistan Kongratbay Sharipov."
    )
    found = _meetings(text)
    assert len(found) == 2 and "Kongratbay Sharipov" not in found[0][0]
    assert {"Park Sang-jin", "Kongratbay Sharipov"} <= meeting_parties(found[1])


@pytest.mark.parametrize(
    "text",
    [
        "The Ambassador of Italy to Serbia Marco Rossi was a guest of the University of Belgrade, where he "
        "talked with Rector Vladan Djokic.",
        "The Consul General of Peru in Milan Rafael Quispe spoke with the Rector of the University of Pavia "
        "Alessandro Reali.",
        "The Ambassador of Ghana to Germany Gina Blay talked with the President of the University of Cologne "
        "Joybrato Mukherjee.",
    ],
)
def test_talked_with_and_a_guest_of_tell_a_meeting(text: str) -> None:
    found = _meetings(text)
    assert found and len(found[0][0]) == 2


@pytest.mark.parametrize(
    "received",
    [
        "The guests were received by Rector Saidakhror Gulyamov.",
        "The delegation was received by Rector Saidakhror Gulyamov.",
        "The guests were welcomed by Rector Saidakhror Gulyamov.",
    ],
)
def test_the_host_named_by_title_alone_is_of_the_main_meeting(received: str) -> None:
    text = (
        "On 14 April, the Tashkent State Technical University hosted a delegation of the Technical University "
        f"of Munich headed by Vice-President Juliane Winkelmann. {received}"
    )
    found = _meetings(text)
    assert len(found) == 1 and {"Juliane Winkelmann", "Saidakhror Gulyamov"} <= meeting_parties(found[0])


@pytest.mark.parametrize(
    "second",
    [
        "Ambassador Siti Ruhaini Dzuhayatin discussed the opening of a language centre with him.",
        "Ambassador Siti Ruhaini Dzuhayatin presented the scholarships of the Indonesian government.",
        "According to Ambassador Siti Ruhaini Dzuhayatin, 40 Uzbek students study in Indonesia.",
    ],
)
def test_someone_of_a_party_named_right_after_the_meeting_joins_it(second: str) -> None:
    text = (
        "The Embassy of Indonesia in Tashkent hosted the rector of Samarkand State University Rustam "
        f"Khalmuradov. {second}"
    )
    found = _meetings(text)
    assert found and {"Rustam Khalmuradov", "Siti Ruhaini Dzuhayatin"} <= meeting_parties(found[0])


@pytest.mark.parametrize(
    "text",
    [
        "Students of Tomsk State University received scholarships from the Embassy of Japan in Russia.",
        "The University of Ghana received 300 applications from the University of Lome for the summer school.",
        "Al-Farabi Kazakh National University receives a grant from the Embassy of the United States.",
        "The Ambassador of Kenya to Japan Peter Mwangi is expected to visit Kyoto University next month.",
        "The Rector of Kazan Federal University Lenar Safin will pay a visit to Peking University in June.",
    ],
)
def test_a_thing_received_or_a_visit_to_come_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


def test_a_diplomat_who_interacted_with_a_university_met_it() -> None:
    text = (
        "The Consul General of India in Dubai Satish Sivan interacted with students and faculty of the "
        "American University in Dubai during his visit to the campus."
    )
    found = _meetings(text)
    assert found and {"Satish Sivan", "American University in Dubai"} <= meeting_parties(found[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ambassador of China to Kyrgyzstan Zhang Xiao, together with Rector of Kyrgyz National University "
            "Kanat Sadykov, opened the Confucius Institute.",
            {"Zhang Xiao", "Kanat Sadykov"},
        ),
        (
            "The Ambassador of Japan Ichiro Yamada, jointly with the Rector of Kyoto University Hiroshi Tanaka, "
            "opened the exhibition.",
            {"Ichiro Yamada", "Hiroshi Tanaka"},
        ),
        (
            "Together with the Consul General of Turkey in Almaty Mehmet Ali Kaya, Rector Zhanseit Tuimebayev "
            "inaugurated the Turkish language centre.",
            {"Mehmet Ali Kaya", "Zhanseit Tuimebayev"},
        ),
    ],
)
def test_two_sides_who_did_something_together_met(text: str, expected: set[str]) -> None:
    found = _meetings(text)
    assert found and expected <= meeting_parties(found[0])


def test_a_university_together_with_another_is_no_meeting() -> None:
    assert (
        _meetings("Nazarbayev University, together with Duke University, launched a joint programme.") == []
    )


@pytest.mark.parametrize(
    "later",
    [
        "The university side was represented by Vice-Rector Aigul Serikova and Dean Bolat Nurpeisov.",
        "Also present were Vice-Rector Aigul Serikova and Dean Bolat Nurpeisov.",
        "Vice-Rector Aigul Serikova and Dean Bolat Nurpeisov were also present.",
    ],
)
def test_who_represented_a_side_or_was_present_joins_the_meeting(later: str) -> None:
    text = (
        "The Ambassador of Japan to Kazakhstan Ichiro Yamada visited Satbayev University and met Rector Meiram "
        f"Begentayev. The sides discussed joint research in mining. {later}"
    )
    found = _meetings(text)
    assert found and {"Aigul Serikova", "Bolat Nurpeisov"} <= set(found[0][0])


_VISIT = (
    "The Ambassador of Kazakhstan to Pakistan Yerzhan Kistafin visited the University of Lahore on Thursday. "
    "The sides discussed academic exchanges. "
)


@pytest.mark.parametrize(
    ("later", "name"),
    [
        ("Senator Amina Qureshi was of the view that youth exchanges matter.", "Amina Qureshi"),
        ("Dean of the Faculty of Law Tariq Mahmood spoke about the law programmes.", "Tariq Mahmood"),
        ("Professor Sana Iqbal, head of the Chinese language department, thanked the guest.", "Sana Iqbal"),
    ],
)
def test_everyone_an_article_of_one_meeting_names_was_at_it(later: str, name: str) -> None:
    found = _meetings(_VISIT + later)
    assert len(found) == 1 and name in found[0][0]


@pytest.mark.parametrize(
    ("later", "name"),
    [
        (
            "The Ambassador spoke about the address of the President of Kazakhstan Kassym-Jomart Tokayev.",
            "Kassym-Jomart Tokayev",
        ),
        (
            "Under the agreement, signed by Rector Imran Shah and Vice-Rector Olga Kim of Satbayev University, "
            "students will study in Almaty.",
            "Imran Shah",
        ),
    ],
)
def test_a_head_of_state_in_passing_or_a_signatory_of_another_day_was_not_at_it(
    later: str, name: str
) -> None:
    found = _meetings(_VISIT + later)
    assert len(found) == 1 and name not in found[0][0]


def test_an_article_of_two_meetings_adds_nobody_to_the_first() -> None:
    text = (
        _VISIT + "Later, the Ambassador met with the Governor of Punjab Salim Haider. "
        "Professor Sana Iqbal thanked the guest."
    )
    found = _meetings(text)
    assert len(found) == 2 and "Sana Iqbal" not in found[0][0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ambassador of Egypt to Kazakhstan Khaled Abdelrahman addressed students and faculty of "
            "Eurasian National University.",
            {"Khaled Abdelrahman", "Eurasian National University"},
        ),
        (
            "The Ambassador of Spain Jorge Urbiola conducted a master class for students of Kazakh Ablai Khan "
            "University.",
            {"Jorge Urbiola", "Kazakh Ablai Khan University"},
        ),
        (
            "A meeting was organized between the Consul General of Germany in Almaty Jorn Rosenberg and "
            "students of Almaty Management University.",
            {"Jorn Rosenberg", "Almaty Management University"},
        ),
        (
            "The Ambassador of Brazil Luiz Fernando Serra spoke to students of the University of Cape Town "
            "about Brazilian literature.",
            {"Luiz Fernando Serra", "University of Cape Town"},
        ),
        (
            "The Ambassador of Japan Hideki Uyama held an open lecture at Moscow State Institute of "
            "International Relations.",
            {"Hideki Uyama", "Moscow State Institute of International Relations"},
        ),
    ],
)
def test_a_diplomat_before_a_universitys_students_met_it(text: str, expected: set[str]) -> None:
    found = _meetings(text)
    assert found and expected <= meeting_parties(found[0])


def test_a_university_holding_a_seminar_alone_is_no_meeting() -> None:
    assert _meetings("Kazakh Ablai Khan University held a seminar on translation studies.") == []


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        (
            "The Ambassador of Kazakhstan to China Shakhrat Nuryshev visited Tsinghua University and Peking "
            "University.",
            ["Tsinghua University", "Peking University"],
        ),
        (
            "During the visit to Seoul, the Rector of Satbayev University Meiram Begentayev held meetings with "
            "the President of Korea University Kim Dong-one and the President of Yonsei University Yoon Dong-sup.",
            ["Korea University", "Yonsei University"],
        ),
        (
            "The Consul General of Turkey in Kazan Ahmet Sadik Dogan visited Kazan Federal University, Kazan "
            "National Research Technical University and the Ministry of Education of Tatarstan.",
            [
                "Kazan Federal University",
                "Kazan National Research Technical University",
                "Ministry of Education",
            ],
        ),
    ],
)
def test_a_visit_to_several_hosts_is_a_meeting_with_each(text: str, hosts: list[str]) -> None:
    found = _meetings(text)
    assert len(found) == len(hosts)
    for meeting, host in zip(found, hosts, strict=True):
        assert any(o.startswith(host) for o in meeting[1])
        assert not any(o.startswith(other) for other in hosts if other != host for o in meeting[1])


@pytest.mark.parametrize(
    "text",
    [
        "University visited by Director of the Consular Department of the Ministry of Foreign Affairs of "
        "Kyrgyzstan Almaz Bukalaev - Kazan Federal University.",
        "The Ambassador of Japan to Kazakhstan Ichiro Yamada visited Satbayev University and its Faculty of "
        "Mining.",
    ],
)
def test_a_visit_to_one_host_stays_one_meeting(text: str) -> None:
    assert len(_meetings(text)) == 1


def test_a_witnessed_signing_takes_the_day_of_the_sentence_that_tells_it() -> None:
    text = (
        "The University of Alberta and the University of Chile signed a dual-degree agreement Thursday in "
        "Edmonton. The agreement was signed by Vice-Provost Andrew Whitfield and Vice-Rector Maria Fuentes. "
        "The Consul General of Chile in Calgary Rodrigo Salas attended the ceremony."
    )
    found = _meetings(text, published="2025-03-07")
    assert found and found[0][2] == "2025-03-06"
