"""Meetings in more of the genre's wordings (session 10): video conferences, leading a delegation to a host,
a guest received by someone named by title alone, a headline naming one side then "the sides", what one side
did for or to the other during a visit; and a regression set of the common wordings (received, hosted,
welcomed, called on, held talks, a delegation led by, on the sidelines of, several meetings, meetings only
planned). Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meeting_party_sets, meetings_found

_meetings = partial(meeting_party_sets, published="2024-05-10")
_found = partial(meetings_found, published="2024-05-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A video conference was held between the Embassy of Kyrgyzstan in China and Beijing Normal University.",
            {"Embassy of Kyrgyzstan in China", "Beijing Normal University"},
        ),
        (
            "A videoconference between the Embassy of Kazakhstan in Japan and Waseda University took place on "
            "15 June.",
            {"Embassy of Kazakhstan in Japan", "Waseda University"},
        ),
        (
            "The Embassy of Uzbekistan in Malaysia organised a video-conference with Universiti Teknologi Malaysia.",
            {"Embassy of Uzbekistan in Malaysia", "Universiti Teknologi Malaysia"},
        ),
        (
            "The Ambassador of Tajikistan to India Lukmon Bobokalonzoda held a video call with the Vice-Chancellor "
            "of Jawaharlal Nehru University Santishree Pandit.",
            {"Lukmon Bobokalonzoda", "Santishree Pandit"},
        ),
    ],
)
def test_a_video_conference_of_two_sides_is_a_meeting(text: str, expected: set[str]) -> None:
    assert _found(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President of Kenyatta University Paul Wainaina led a delegation to Zhejiang Normal University.",
            {"Paul Wainaina", "Zhejiang Normal University"},
        ),
        (
            "Rector of Tajik National University Kobiljon Khushvakhtzoda headed a delegation on a visit to "
            "Lanzhou University.",
            {"Kobiljon Khushvakhtzoda", "Lanzhou University"},
        ),
        (
            "The Vice-Chancellor of Jomo Kenyatta University of Agriculture and Technology, Professor Victoria "
            "Wambui Ngumi, led a four-member delegation to Nanjing Agricultural University in China. The "
            "delegation held talks with the university's President, Chen Fashang.",
            {"Victoria Wambui Ngumi", "Chen Fashang"},
        ),
    ],
)
def test_leading_a_delegation_to_a_host_is_a_meeting_with_it(text: str, expected: set[str]) -> None:
    assert _found(text, expected)


def test_leading_a_delegation_only_planned_is_no_meeting() -> None:
    text = "Rector of Osh State University Kudaiberdi Kojobekov will lead a delegation to Ankara University."
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ambassador Akylbek Kamaldinov visits Kyoto University\n\nOn 7 February, the Ambassador of "
            "Kyrgyzstan Akylbek Kamaldinov visited Kyoto University. He was received by Executive Vice-President "
            "Kazuo Kitagawa.",
            {"Akylbek Kamaldinov", "Kazuo Kitagawa", "Kyoto University"},
        ),
        (
            "The delegation of the Embassy of Saudi Arabia visited the University of Sarajevo. The Saudi "
            "delegation, headed by Ambassador Essam bin Abed Al-Thaqafi, was received by Rector Tarik Zaimovic.",
            {"Essam bin Abed Al-Thaqafi", "Tarik Zaimovic", "University of Sarajevo"},
        ),
        (
            "Consul General of Turkey in Almaty Tuncay Babali visited Suleyman Demirel University. The sides "
            "discussed joint research. The Consul General was welcomed by Rector Bakhyt Sadykov.",
            {"Tuncay Babali", "Bakhyt Sadykov"},
        ),
    ],
)
def test_a_guest_received_by_someone_named_by_title_alone_is_at_the_main_meeting(
    text: str, expected: set[str]
) -> None:
    assert _found(text, expected)


def test_a_guest_received_later_by_a_minister_is_still_a_meeting_of_its_own() -> None:
    text = (
        "The Ambassador of Ghana to Japan Frank Okyere visited Tohoku University, where he met President Teiji "
        "Tominaga. He was later received by the Minister of Education of Japan Masahito Moriyama."
    )
    assert _found(text, {"Frank Okyere", "Teiji Tominaga"}, {"Frank Okyere", "Masahito Moriyama"})


@pytest.mark.parametrize(
    "text",
    [
        "Rector of Yerevan State University receives Ambassador of France\n\nThe sides discussed prospects for "
        "cooperation in science. Rector Oksen Sargsyan noted that French is taught at the university. "
        "Ambassador Olivier Decottignies spoke about scholarships of the French government.",
        "Rector of Yerevan State University hosts French Ambassador\n\nBoth sides stressed the importance of "
        "academic mobility. Ambassador Olivier Decottignies said that 40 Armenian students study in France. "
        "Rector Oksen Sargsyan spoke about the Faculty of Romance and Germanic Philology.",
        "French Ambassador visits Yerevan State University\n\nThe parties considered joint degree programmes. "
        "According to Rector Oksen Sargsyan, French is popular among students. Ambassador Olivier "
        "Decottignies offered support.",
    ],
)
def test_a_headline_naming_one_side_then_the_sides_is_a_meeting_of_who_is_named(text: str) -> None:
    assert _found(text, {"Oksen Sargsyan", "Olivier Decottignies"})


def test_a_headline_of_one_side_without_the_sides_is_no_meeting() -> None:
    text = (
        "Rector of Yerevan State University receives award\n\nRector Oksen Sargsyan was awarded a medal. "
        "Ambassador Olivier Decottignies of France said that French is taught in Armenia."
    )
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rector Kanat Sadykov of Kyrgyz National University thanked Ambassador of Germany Christoph Eichhorn "
            "for the visit.",
            {"Kanat Sadykov", "Christoph Eichhorn"},
        ),
        (
            "President of the University of Lagos Folasade Ogunsola thanked the Ambassador of Brazil to Nigeria "
            "Carlos Alberto Silva for his warm reception.",
            {"Folasade Ogunsola", "Carlos Alberto Silva"},
        ),
        (
            "Ambassador of Korea Kim Dae-sik presented a set of books to Rector of Tashkent State University of "
            "Law Islambek Rustambekov during his visit to the university.",
            {"Kim Dae-sik", "Islambek Rustambekov"},
        ),
        (
            "During her working visit to Almaty, Ambassador of Finland Ann-Sofie Stude and Rector of Satbayev "
            "University Meiram Begentayev opened a Finnish language room.",
            {"Ann-Sofie Stude", "Meiram Begentayev"},
        ),
        (
            "Vice-Chancellor of the University of Nairobi Stephen Kiama briefed the visiting Ambassador of Italy, "
            "Roberto Natali, on the university's research.",
            {"Stephen Kiama", "Roberto Natali"},
        ),
    ],
)
def test_what_one_side_did_for_the_other_during_a_visit_is_a_meeting(text: str, expected: set[str]) -> None:
    assert _found(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Rector Kanat Sadykov of Kyrgyz National University thanked the students for their hard work.",
        "During his visit to Japan last year, Rector Kanat Sadykov gave lectures on physics.",
    ],
)
def test_what_one_side_did_alone_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Negotiations between the delegations of Tashkent Institute of Irrigation and Wageningen University "
            "took place in Tashkent.",
            {"Tashkent Institute of Irrigation", "Wageningen University"},
        ),
        (
            "Consultations between the Embassy of Poland in Kenya and Moi University took place on Friday.",
            {"Embassy of Poland in Kenya", "Moi University"},
        ),
        (
            "During the reception of the delegation of Hiroshima University, Rector of Tashkent State Technical "
            "University Sultanbek Mirzaev spoke about joint projects.",
            {"Hiroshima University", "Sultanbek Mirzaev"},
        ),
    ],
)
def test_negotiations_between_or_the_reception_of_a_delegation_is_a_meeting(
    text: str, expected: set[str]
) -> None:
    assert _found(text, expected)


#: The common wordings, each found before this session too: they must stay found.
_COMMON = [
    (
        "Rector of Makerere University Barnabas Nawangwe received the Ambassador of Egypt to Uganda, Ahmed Samy, "
        "on Tuesday.",
        {"Barnabas Nawangwe", "Ahmed Samy"},
    ),
    (
        "On 12 March, the Vice-Chancellor of the University of Ghana, Professor Nana Aba Appiah Amfo, received "
        "H.E. Mr. Li Wei, Ambassador of China to Ghana.",
        {"Nana Aba Appiah Amfo", "Li Wei"},
    ),
    (
        "H.E. Dr. Hamad Al-Mansouri, Ambassador of Qatar to Kenya, was received by Prof. Stephen Kiama, "
        "Vice-Chancellor of the University of Nairobi.",
        {"Hamad Al-Mansouri", "Stephen Kiama"},
    ),
    (
        "The University of Lagos hosted the Consul General of Germany in Lagos, Mr. Weert Borner, on Monday.",
        {"University of Lagos", "Weert Borner"},
    ),
    (
        "Ambassador of India to Ethiopia Anil Kumar Rai was hosted by the President of Addis Ababa University, "
        "Dr. Samuel Kifle.",
        {"Anil Kumar Rai", "Samuel Kifle"},
    ),
    (
        "Ambassador Maria Gonzalez of Spain was welcomed by Rector of the University of Jordan Nazir Obeidat on "
        "3 May.",
        {"Maria Gonzalez", "Nazir Obeidat"},
    ),
    (
        "The Ambassador of Indonesia to Nigeria, Usra Hendra Harahap, paid a courtesy call on the "
        "Vice-Chancellor of Ahmadu Bello University, Professor Kabiru Bala.",
        {"Usra Hendra Harahap", "Kabiru Bala"},
    ),
    (
        "A delegation from the Embassy of Turkey paid a courtesy visit to the University of Zambia on Thursday.",
        {"Embassy of Turkey", "University of Zambia"},
    ),
    (
        "Japanese Ambassador Takeshi Aoki called on Tribhuvan University Vice-Chancellor Keshar Jung Baral on "
        "Sunday.",
        {"Takeshi Aoki", "Keshar Jung Baral"},
    ),
    (
        "Talks were held between the Rector of Tajik National University Kobiljon Khushvakhtzoda and the "
        "Ambassador of Iran Ali Akbar Ghanbari.",
        {"Kobiljon Khushvakhtzoda", "Ali Akbar Ghanbari"},
    ),
    (
        "A delegation led by the Ambassador of Vietnam to Laos Nguyen Ba Hung visited the National University "
        "of Laos.",
        {"Nguyen Ba Hung", "National University of Laos"},
    ),
    (
        "During his visit to Chulalongkorn University, Ambassador of Kazakhstan to Thailand Margulan Baimukhan "
        "met with Vice President Kanit Sangsuwan.",
        {"Margulan Baimukhan", "Kanit Sangsuwan"},
    ),
    (
        "The Ambassador of Egypt Ahmed Fahmy and the President of King Saud University Badran Al-Omar "
        "discussed academic cooperation on Sunday.",
        {"Ahmed Fahmy", "Badran Al-Omar"},
    ),
    (
        "On the sidelines of the Education World Forum in London, Minister of Science of Kazakhstan Sayasat "
        "Nurbek met with the Vice-Chancellor of the University of Cambridge, Deborah Prentice.",
        {"Sayasat Nurbek", "Deborah Prentice"},
    ),
    (
        "An online meeting took place between Rector of Tashkent State University of Law Islambek Rustambekov "
        "and Dean of Leiden Law School Joanne van der Leun.",
        {"Islambek Rustambekov", "Joanne van der Leun"},
    ),
    (
        "Ambassador of Turkmenistan Ahmet Gurbanov paid a working visit to Belarusian State University, where "
        "he met with Rector Andrei Korol.",
        {"Ahmet Gurbanov", "Andrei Korol"},
    ),
    (
        "Rector of Baku State University Elchin Babayev met with the delegation headed by Ambassador of Italy to "
        "Azerbaijan Luca Di Gianfrancesco, Trend reports.",
        {"Elchin Babayev", "Luca Di Gianfrancesco"},
    ),
    (
        "Kenyatta University was visited by a delegation from the Embassy of Finland led by Ambassador Pirkka "
        "Tapiola.",
        {"Kenyatta University", "Pirkka Tapiola"},
    ),
    (
        "In the course of the meeting with Rector of Moscow State Institute of International Relations Anatoly "
        "Torkunov, Ambassador of Kazakhstan to Russia Dauren Abayev noted the importance of training diplomats.",
        {"Anatoly Torkunov", "Dauren Abayev"},
    ),
    (
        "A five-member delegation from the University of Pretoria visited Makerere University. The delegation "
        "met the Vice-Chancellor, Professor Barnabas Nawangwe.",
        {"University of Pretoria", "Barnabas Nawangwe"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _COMMON)
def test_a_meeting_in_the_common_wordings(text: str, expected: set[str]) -> None:
    assert _found(text, expected)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Ambassador of Pakistan to Kazakhstan Nauman Bashir Bhatti visited Kazakh National Agrarian University "
            "on Monday and met with its Rector Tlektes Yespolov. Later that day, he visited Satbayev University, "
            "where he was received by Rector Meiram Begentayev.",
            {"Nauman Bashir Bhatti", "Tlektes Yespolov"},
            {"Nauman Bashir Bhatti", "Meiram Begentayev"},
        ),
        (
            "On 3 May, Ambassador Iwona Kozlowska of Poland met with Rector of Al-Farabi Kazakh National "
            "University Zhanseit Tuimebayev. On 4 May, she met with Rector of Satbayev University Meiram "
            "Begentayev.",
            {"Iwona Kozlowska", "Zhanseit Tuimebayev"},
            {"Iwona Kozlowska", "Meiram Begentayev"},
        ),
        (
            "Deputy Minister of Science and Higher Education of Kazakhstan Gulzat Kobenova visited the University "
            "of Tsukuba and Hiroshima University.",
            {"Gulzat Kobenova", "University of Tsukuba"},
            {"Gulzat Kobenova", "Hiroshima University"},
        ),
    ],
)
def test_two_meetings_of_one_article(text: str, first: set[str], second: set[str]) -> None:
    assert _found(text, first, second)


@pytest.mark.parametrize(
    "text",
    [
        "The Rector of Bukhara State University Obidjon Khamidov plans to meet with the Ambassador of Turkey "
        "next month.",
        "The Ambassador of Japan Akira Kono invited the Rector of Samarkand State University Rustam Kholmurodov "
        "to visit Japan.",
        "Over 200 Nigerian students received scholarships from the Government of Hungary, the Embassy of Hungary "
        "in Abuja said.",
        "The University of Ghana hosted the Africa Higher Education Summit on Monday.",
        "The University of Nairobi and the University of Edinburgh signed a memorandum of understanding. "
        "Vice-Chancellor Stephen Kiama said that the agreement will boost research.",
    ],
)
def test_no_meeting_held(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Embassy of Japan announced new MEXT scholarships. Rector of Samarkand State University Rustam "
        "Kholmurodov welcomed the decision.",
        "Rector of Kazan Federal University Lenar Safin welcomed the initiative of the Ministry of Science of "
        "Russia to open branches abroad.",
        "Seoul National University welcomes applications from students of the Kazakh National University until "
        "1 May.",
        "Applicants who met the requirements of the University of Tokyo will receive scholarships from the "
        "Embassy of Japan.",
        "The programme of Satbayev University meets the standards of the Accreditation Board for Engineering "
        "and Technology, Rector Meiram Begentayev said.",
        "The University of Nairobi hosted an international conference on climate change with the support of the "
        "Embassy of Sweden.",
        "The Olympiad, hosted by Tomsk Polytechnic University, brought together students from Kazakhstan State "
        "University.",
        "The consortium, led by the University of Cape Town, includes Makerere University and the University of "
        "Nairobi.",
        "More than 3,000 students visited the stand of Tsinghua University at the education fair organised by the "
        "Embassy of China.",
    ],
)
def test_a_thing_welcomed_met_hosted_or_visited_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The University of Nairobi hosted a seminar attended by the Ambassador of Sweden Caroline Vicini.",
            {"University of Nairobi", "Caroline Vicini"},
        ),
        (
            "Rector of Samarkand State University Rustam Kholmurodov welcomed the Ambassador of Japan Hatori "
            "Takashi and his delegation.",
            {"Rustam Kholmurodov", "Hatori Takashi"},
        ),
        (
            "The delegation of Tsinghua University, led by Vice-President Yang Bin, held talks with Rector of "
            "Kazakh National University Zhanseit Tuimebayev.",
            {"Yang Bin", "Zhanseit Tuimebayev"},
        ),
    ],
)
def test_a_guest_after_the_same_verbs_is_still_met(text: str, expected: set[str]) -> None:
    assert _found(text, expected)


@pytest.mark.parametrize(
    ("headline", "second"),
    [
        (
            "Kazakh Ambassador visits universities of Szeged and Debrecen",
            "On 4 April, the Ambassador held a meeting with the Rector of the University of Debrecen Zoltan "
            "Szilvassy.",
        ),
        (
            "Kazakh Ambassador visits University of Szeged and University of Debrecen",
            "On 4 April, the Ambassador met with the Rector of the University of Debrecen Zoltan Szilvassy.",
        ),
        (
            "Visit to the universities of Szeged and Debrecen",
            "The next day, the Ambassador held talks with the Rector of the University of Debrecen Zoltan "
            "Szilvassy.",
        ),
    ],
)
def test_a_headline_naming_the_hosts_alone_gives_way_to_each_meeting(headline: str, second: str) -> None:
    text = (
        f"{headline}\n\nAmbassador of Kazakhstan to Hungary Nurbakh Rustemov visited the University of Szeged on "
        f"3 April, where he met with Rector Laszlo Rovo. {second}"
    )
    found = _meetings(text)
    assert _found(text, {"Nurbakh Rustemov", "Laszlo Rovo"}, {"Nurbakh Rustemov", "Zoltan Szilvassy"})
    assert "Zoltan Szilvassy" not in found[0] and "University of Debrecen" not in found[0]


@pytest.mark.parametrize(
    "unit",
    [
        "the Faculty of Oriental Studies, where he met with Dean Aigul Bekova",
        "the Confucius Centre of the university, where he talked with its director Aigul Bekova",
        "the Graduate School of Economics, where he was received by Dean Aigul Bekova",
    ],
)
def test_a_unit_of_the_host_visited_after_is_the_same_meeting(unit: str) -> None:
    text = (
        "Ambassador of Japan to Kyrgyzstan Yamamura Yuji visited Kyrgyz National University, where he met with "
        f"Rector Kanat Sadykov. The Ambassador also visited {unit}."
    )
    assert _found(text, {"Yamamura Yuji", "Kanat Sadykov", "Aigul Bekova"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The meeting, held with the participation of Consul General of Russia in Almaty Yevgeny Bobrov, was "
            "chaired by Rector of Kazakh-British Technical University Maral Kuandykov.",
            {"Yevgeny Bobrov", "Maral Kuandykov"},
        ),
        (
            "A round table with the participation of the Embassy of India in Kazakhstan and Kazakh Ablai Khan "
            "University of International Relations and World Languages took place on Friday.",
            {
                "Embassy of India in Kazakhstan",
                "Kazakh Ablai Khan University of International Relations and World Languages",
            },
        ),
        (
            "Ambassador of France Didier Canesse presented the Order of Academic Palms to Rector of Al-Farabi "
            "University Zhanseit Tuimebayev.",
            {"Didier Canesse", "Zhanseit Tuimebayev"},
        ),
        (
            "The Ambassador of Korea Kim Dae-sik handed over computers to the Rector of Osh State University "
            "Kudaiberdi Kojobekov.",
            {"Kim Dae-sik", "Kudaiberdi Kojobekov"},
        ),
        (
            "Ambassador of the United States Daniel Rosenblum delivered a lecture to students of KIMEP University. "
            "He was introduced by President Chan Young Bang.",
            {"Daniel Rosenblum", "Chan Young Bang"},
        ),
    ],
)
def test_a_participation_a_presentation_or_an_introduction_is_a_meeting(
    text: str, expected: set[str]
) -> None:
    assert _found(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Rector of Osh State University Kudaiberdi Kojobekov presented the new strategy to the academic council.",
        "The University of Nairobi handed over 40 scholarships to first-year students.",
    ],
)
def test_a_presentation_to_no_other_side_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ambassador of Egypt to Kenya Wael Nasr held discussions with the Vice-Chancellor of Kenyatta "
            "University Paul Wainaina.",
            {"Wael Nasr", "Paul Wainaina"},
        ),
        (
            "Rector of Kazan Federal University Lenar Safin had fruitful discussions with the Ambassador of Vietnam "
            "Dang Minh Khoi.",
            {"Lenar Safin", "Dang Minh Khoi"},
        ),
        (
            "Discussions were held between the Vice-Chancellor of Makerere University Barnabas Nawangwe and the "
            "Ambassador of Japan Fukuzawa Hidemoto.",
            {"Barnabas Nawangwe", "Fukuzawa Hidemoto"},
        ),
        (
            "The Ambassador of Spain to Morocco Enrique Ojeda held a dialogue with the President of Mohammed V "
            "University Mohammed Rhachi.",
            {"Enrique Ojeda", "Mohammed Rhachi"},
        ),
        (
            "A conversation took place between the Ambassador of Kazakhstan to Latvia Ardak Madiyev and the Rector "
            "of Riga Technical University Talis Juhna.",
            {"Ardak Madiyev", "Talis Juhna"},
        ),
    ],
)
def test_discussions_a_dialogue_or_a_conversation_with_is_a_meeting(text: str, expected: set[str]) -> None:
    assert _found(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The visit by the Ambassador of Indonesia to Egypt Lutfi Rauf to Al-Azhar University strengthened "
            "ties.",
            {"Lutfi Rauf", "Al-Azhar University"},
        ),
        (
            "Ambassador of Brazil to Angola Rafael Vidal came to Agostinho Neto University, where he talked to "
            "Rector Pedro Magalhaes.",
            {"Rafael Vidal", "Pedro Magalhaes"},
        ),
        (
            "Vice-Chancellor of Universiti Malaya Azlan Ismail greeted the Ambassador of Turkmenistan to Malaysia "
            "Begench Durdyyev.",
            {"Azlan Ismail", "Begench Durdyyev"},
        ),
    ],
)
def test_a_visit_by_talked_to_or_greeted_is_a_meeting(text: str, expected: set[str]) -> None:
    assert _found(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ambassador of Germany Christoph Eichhorn and Rector of Kyrgyz National University Kanat Sadykov "
            "inaugurated the German Information Centre.",
            {"Christoph Eichhorn", "Kanat Sadykov"},
        ),
        (
            "Ambassador of China to Kyrgyzstan Du Dewen and Rector of Kyrgyz National University Kanat Sadykov "
            "opened the Confucius Institute.",
            {"Du Dewen", "Kanat Sadykov"},
        ),
        (
            "The Ambassador of Korea Kim Dae-sik and the President of the University of Nairobi Stephen Kiama "
            "unveiled a plaque at the new laboratory.",
            {"Kim Dae-sik", "Stephen Kiama"},
        ),
    ],
)
def test_two_sides_who_opened_something_met(text: str, expected: set[str]) -> None:
    assert _found(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Rector Kanat Sadykov and Dean Aigul Bekova opened the conference on physics.",
        "Rector of Kyrgyz National University Kanat Sadykov opened the new library.",
        "The Rector of Kyrgyz National University Kanat Sadykov talked to journalists about admission.",
        "Rector of Samarkand State University Rustam Kholmurodov greeted the decision of the Ministry of Higher "
        "Education.",
    ],
)
def test_an_opening_or_a_talk_of_one_side_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "past",
    [
        "During their last meeting in Seoul, President Yoon Suk Yeol and President Shavkat Mirziyoyev agreed to "
        "expand academic exchanges.",
        "At the previous talks in Tashkent, President Shavkat Mirziyoyev and President Yoon Suk Yeol noted the "
        "growth of student exchanges.",
        "During the recent summit in Seoul, Shavkat Mirziyoyev and Yoon Suk Yeol discussed education.",
    ],
)
def test_a_past_meeting_told_in_passing_is_a_meeting_of_its_own(past: str) -> None:
    text = (
        "Rector of Tashkent State University of Oriental Studies Gulchehra Rikhsieva received the Ambassador of "
        f"Korea to Uzbekistan Yoon Soon-gu. {past}"
    )
    found = _meetings(text)
    assert _found(text, {"Gulchehra Rikhsieva", "Yoon Soon-gu"}, {"Yoon Suk Yeol", "Shavkat Mirziyoyev"})
    assert "Shavkat Mirziyoyev" not in found[0]


def test_a_past_meeting_of_the_main_meetings_people_is_no_meeting_of_its_own() -> None:
    text = (
        "Rector of Tashkent State University of Oriental Studies Gulchehra Rikhsieva received the Ambassador of "
        "Korea to Uzbekistan Yoon Soon-gu. During their previous meeting, Gulchehra Rikhsieva and Yoon Soon-gu "
        "discussed a Korean centre."
    )
    assert _found(text, {"Gulchehra Rikhsieva", "Yoon Soon-gu"})


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Ambassador of Kazakhstan to Japan Yerlan Baudarbek-Kozhatayev met with the President of the University "
            "of Tokyo Teruo Fujii. The head of the Kazakh diplomatic mission also met with the President of Keio "
            "University Kohei Itoh.",
            {"Yerlan Baudarbek-Kozhatayev", "Teruo Fujii"},
            {"Yerlan Baudarbek-Kozhatayev", "Kohei Itoh"},
        ),
        (
            "Rector of Al-Farabi Kazakh National University Zhanseit Tuimebayev visited Peking University, where he "
            "met with President Gong Qihuang. Then the rector visited Tsinghua University and held talks with "
            "President Wang Xiqin.",
            {"Zhanseit Tuimebayev", "Gong Qihuang"},
            {"Zhanseit Tuimebayev", "Wang Xiqin"},
        ),
        (
            "Vice-Chancellor of the University of Ghana Nana Aba Appiah Amfo met with the President of Peking "
            "University Gong Qihuang. The Vice-Chancellor also met with the President of Fudan University Jin Li.",
            {"Nana Aba Appiah Amfo", "Gong Qihuang"},
            {"Nana Aba Appiah Amfo", "Jin Li"},
        ),
    ],
)
def test_the_lead_named_by_title_later_holds_a_meeting_of_its_own(
    text: str, first: set[str], second: set[str]
) -> None:
    assert _found(text, first, second)


def test_another_title_than_the_leads_names_no_later_visitor() -> None:
    text = (
        "Ambassador of Kazakhstan to Japan Yerlan Baudarbek-Kozhatayev met with the President of the University of "
        "Tokyo Teruo Fujii. The rector later met with the Minister of Education of Japan Masahito Moriyama."
    )
    found = _meetings(text)
    assert not any(
        {"Yerlan Baudarbek-Kozhatayev", "Masahito Moriyama"} <= f and len(f) <= 4 for f in found[1:]
    )


@pytest.mark.parametrize(
    "tour",
    [
        "The delegation also toured the College of Engineering, Design, Art and Technology and the Makerere "
        "University Hospital.",
        "The guests also visited the School of Public Health and the Makerere University Library.",
    ],
)
def test_the_hosts_places_toured_after_are_no_meetings_of_their_own(tour: str) -> None:
    text = (
        "Makerere University on Tuesday hosted a delegation from Seoul National University led by Vice President "
        "Kim Sung-jae. The visitors were received by the Vice-Chancellor of Makerere University, Barnabas "
        f"Nawangwe. {tour}"
    )
    assert _found(text, {"Kim Sung-jae", "Barnabas Nawangwe"})


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyz National University hosts the Confucius Institute, which was opened with the support of Xinjiang "
        "University.",
        "Nazarbayev University hosts the regional office of the British Council.",
        "The campus of Tashkent State University of Economics hosts a branch of Plekhanov Russian University of "
        "Economics.",
        "Since 2015 the University of Ghana has hosted a centre of the German Academic Exchange Service.",
        "Every year the University of Pecs welcomes students from the University of Jordan under the Erasmus+ "
        "programme.",
        "Each year Kazan Federal University receives students of Tashkent State University of Law for internships.",
    ],
)
def test_what_a_university_houses_or_whom_it_receives_as_a_habit_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rector of Kazan Federal University Lenar Safin receives Ambassador of Uzbekistan Botirjon Asadov.",
            {"Lenar Safin", "Botirjon Asadov"},
        ),
        (
            "The Ambassador of Japan to Kazakhstan Ichiro Yamada received students of Al-Farabi Kazakh National "
            "University at the Embassy.",
            {"Ichiro Yamada", "Al-Farabi Kazakh National University"},
        ),
    ],
)
def test_a_guest_received_in_the_present_or_students_received_once_are_met(
    text: str, expected: set[str]
) -> None:
    assert _found(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The proposal of Rector Kanat Sadykov of Kyrgyz National University met with the approval of the Ministry "
        "of Education of Kyrgyzstan.",
        "The exhibition of Tsinghua University met with great interest from students of Kazakh National "
        "University.",
        "Rector Kanat Sadykov of Kyrgyz National University received his PhD from Moscow State University.",
    ],
)
def test_met_with_approval_or_a_degree_received_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []
