"""People named without a title before them, and names of many traditions: sentences written for these
tests (issue #11, item 5)."""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import person_names

_names = partial(person_names, published="2024-05-10")


def _person(text: str, name: str) -> tuple[str | None, str | None, list[str]]:
    record = extract_text(text, published="2024-05-10")
    found = next(p for p in record.persons if p.name == name)
    return found.role, found.affiliation, found.aliases


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a delegation's members, listed after a verb of including
        (
            "The delegation included Maria Gonzalez, Peter Novak and Kenji Watanabe.",
            ["Maria Gonzalez", "Peter Novak", "Kenji Watanabe"],
        ),
        (
            "The Ghanaian group comprised Kwame Mensah, Abena Owusu and Kofi Boateng.",
            ["Kwame Mensah", "Abena Owusu", "Kofi Boateng"],
        ),
        (
            "Members of the team, including Lucia Ferrari and Matteo Conti, toured the labs.",
            ["Lucia Ferrari", "Matteo Conti"],
        ),
        (
            "The mission consisted of Ms. Grace Mwangi, Mr. Daniel Okafor and Dr. Amina Bello.",
            ["Grace Mwangi", "Daniel Okafor", "Amina Bello"],
        ),
        # an agent after a passive verb of meeting
        (
            "The Rector was accompanied by Anna Kowalska and Jonas Petraitis.",
            ["Anna Kowalska", "Jonas Petraitis"],
        ),
        ("A delegation led by Ahmed Al Mansouri visited the University of Jordan.", ["Ahmed Al Mansouri"]),
        ("The Chilean group, headed by Camila Rojas, arrived in Seoul.", ["Camila Rojas"]),
        ("The agreement was signed by A.S. Morozova and J. Smith.", ["A.S. Morozova", "J. Smith"]),
        ("The guests were greeted by Nguyen Thi Lan and Tran Van Minh.", ["Nguyen Thi Lan", "Tran Van Minh"]),
        # a deputy or counterpart named after a possessive
        ("Minister Bakyt Ali met his Korean counterpart Park Jin-ho in Seoul.", ["Bakyt Ali", "Park Jin-ho"]),
        (
            "Director of the Institute Carlos Mendes and his deputy Ana Souza attended.",
            ["Carlos Mendes", "Ana Souza"],
        ),
    ],
)
def test_members_of_a_delegation_and_agents_of_a_visit_are_people(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kim Tae-hwan met the students of Seoul National University.", "Kim Tae-hwan"),
        ("Nguyen Thi Lan visited the University of Melbourne last week.", "Nguyen Thi Lan"),
        ("Olusegun Adeyemi has met the Rector of Kazan Federal University.", "Olusegun Adeyemi"),
        ("In Nairobi, Wanjiru Kamau welcomed the guests from Norway.", "Wanjiru Kamau"),
        ("The students spoke with Lee Min-jung about scholarships.", "Lee Min-jung"),
    ],
)
def test_a_name_as_the_subject_of_a_meeting_or_in_a_korean_shape_is_a_person(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Fatima Zahra, the university's vice-rector for international affairs, presented the programme.",
            "Fatima Zahra",
            "vice-rector for international affairs",
        ),
        ("Jean-Pierre Dubois, its rector, welcomed the delegation.", "Jean-Pierre Dubois", "rector"),
        (
            "Maurice Leclerc, representative of the University of Lyon, joined the talks.",
            "Maurice Leclerc",
            "representative of the University of Lyon",
        ),
        (
            "Aliya Serikova, a second-year student of Kazan Federal University, won the grant.",
            "Aliya Serikova",
            "second-year student of Kazan Federal University",
        ),
        (
            "Jonas Berg, member of the Senate of the University of Oslo, signed the letter.",
            "Jonas Berg",
            "member of the Senate of the University of Oslo",
        ),
    ],
)
def test_a_title_after_the_name_with_a_possessive_or_a_common_noun(text: str, name: str, role: str) -> None:
    assert _person(text, name)[0] == role


def test_a_representative_works_where_the_title_says() -> None:
    text = "Maurice Leclerc, representative of the University of Lyon, joined the talks."
    assert _person(text, "Maurice Leclerc")[1] == "University of Lyon"


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Ambassador Mohammed bin Salem Al Nuaimi visited Khalifa University.",
            "Mohammed bin Salem Al Nuaimi",
            None,
        ),
        (
            "H.E. Sheikh Nahyan bin Mubarak Al Nahyan opened the conference.",
            "Nahyan bin Mubarak Al Nahyan",
            "H.E. Sheikh Nahyan bin Mubarak Al Nahyan",
        ),
        (
            "Sheikh Abdullah Al Thani met the rector of Qatar University.",
            "Abdullah Al Thani",
            "Sheikh Abdullah Al Thani",
        ),
        (
            "Prof. Hendrik van der Linde from Leiden University spoke about the exchange.",
            "Hendrik van der Linde",
            "Prof. Hendrik van der Linde",
        ),
        (
            "The rector of Ankara University, Prof. Dr. Necdet Unuvar, received the ambassador.",
            "Necdet Unuvar",
            "Prof. Dr. Necdet Unuvar",
        ),
        ("Rector Luis dos Santos da Silva met the guests.", "Luis dos Santos da Silva", None),
    ],
)
def test_particles_and_forms_of_address_keep_the_name_whole(text: str, name: str, alias: str | None) -> None:
    names = _names(text)
    assert names == [name]
    if alias is not None:
        assert alias in _person(text, name)[2]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Vice-rector Askar Zhumadildayev and Dean Saltanat Kemelbekova received the guests.",
            ["Askar Zhumadildayev", "Saltanat Kemelbekova"],
        ),
        ("Pro-rector Irina Volkova opened the school.", ["Irina Volkova"]),
    ],
)
def test_a_title_written_in_lower_case_after_its_hyphen_is_no_first_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Rector Mikhail Astapov met the consul. Mikhail Borisovich said the talks went well.",
            "Mikhail Astapov",
            "Mikhail Borisovich",
        ),
        (
            "Rector Zhanseit Tuimebayev met the consul. Zhanseit Konseituly thanked him for the visit.",
            "Zhanseit Tuimebayev",
            "Zhanseit Konseituly",
        ),
        (
            "Dean Olga Smirnova opened the school. Olga Petrovna said the students were ready.",
            "Olga Smirnova",
            "Olga Petrovna",
        ),
    ],
)
def test_a_first_name_with_a_patronymic_is_the_person_named_in_full(text: str, name: str, alias: str) -> None:
    assert _names(text) == [name]
    assert alias in _person(text, name)[2]


@pytest.mark.parametrize(
    "text",
    [
        "The delegation included representatives of the United Arab Emirates and South Korea.",
        "The rector was accompanied by Nazarbayev University staff and Almaty Management University students.",
        "The memorandum was signed by Kazakhstan and the Republic of Korea.",
        "The event was hosted by Seoul National University and opened by the rector.",
        "The forum was attended by Arab Emirates delegates and Saudi Arabia officials.",
        "The delegation, which included Erasmus Mundus coordinators, visited Astana.",
        "New Zealand welcomed the students from Kazakhstan.",
        "Latin America attended the fair.",
        "Central Asia received more scholarships this year.",
        "The Silk Road Academy met the ambassador.",
        "Abu Dhabi University welcomed the delegation.",
    ],
)
def test_places_bodies_and_modifiers_after_a_cue_are_no_people(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senator Dr Zarqa Mahmood Khan was of the view that ties must grow.", "Zarqa Mahmood Khan"),
        ("Dr Lima Ahmadi spoke about the exchange.", "Lima Ahmadi"),
        ("Ms. Medina Osmanova thanked the hosts.", "Medina Osmanova"),
    ],
)
def test_a_first_name_that_is_also_a_city_stays_in_the_name_after_an_honorific(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # a post, then an honorific, then the name: the post is the person's
        (
            "Vice President for International Affairs of Yonsei University Professor Lee Sang-hoon welcomed us.",
            "Lee Sang-hoon",
            "Vice President for International Affairs of Yonsei University",
            "Yonsei University",
        ),
        (
            "The Rector of the University of Ghana, Professor Nana Aba Appiah Amfo, hosted the Ambassador.",
            "Nana Aba Appiah Amfo",
            "Rector of the University of Ghana",
            "University of Ghana",
        ),
        # an honorific before the name, the post after it
        (
            "Professor Chen Jie, President of Fudan University, signed the agreement.",
            "Chen Jie",
            "President of Fudan University",
            "Fudan University",
        ),
        (
            "Professor Tran Van Minh of Hanoi University gave a lecture.",
            "Tran Van Minh",
            "Professor of Hanoi University",
            "Hanoi University",
        ),
    ],
)
def test_an_honorific_between_a_post_and_a_name_leaves_the_post_to_the_name(
    text: str, name: str, role: str, affiliation: str
) -> None:
    assert _person(text, name)[:2] == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Among the guests were Askar Mamin and Dariga Nazarbayeva.", ["Askar Mamin", "Dariga Nazarbayeva"]),
        ("The speakers were Olena Kovalenko and Taras Melnyk.", ["Olena Kovalenko", "Taras Melnyk"]),
        ("Among them was Rashid Karimov, who studied in Seoul.", ["Rashid Karimov"]),
        (
            "Ambassador Nurlan Seitimov presented the book to Professor Emeritus John Williams.",
            ["Nurlan Seitimov", "John Williams"],
        ),
    ],
)
def test_guests_listed_after_among_them_were_are_people(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The rector met Ambassador Anna Berg, Turkistan Region and Kyzylorda Oblast officials.",
            ["Anna Berg"],
        ),
        ("The prize went to Professor Anna Berg and Silk Road Studies.", ["Anna Berg"]),
        ("Among the partners were Seoul National University and Korea University.", []),
        ("Among the topics were Artificial Intelligence and Data Science.", []),
        ("The courses were taught by Dr. Anna Berg and Machine Learning experts.", ["Anna Berg"]),
    ],
)
def test_a_list_next_to_a_person_holds_no_places_or_fields(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The ambassador met with Aigerim Bekova and students of the university.", ["Aigerim Bekova"]),
        ("The Consul held talks with Ibrahim Musa on student exchange.", ["Ibrahim Musa"]),
        ("The rector received Carlos Andrade in his office.", ["Carlos Andrade"]),
        ("During the meeting with Sipho Ndlovu, the sides discussed internships.", ["Sipho Ndlovu"]),
        # the other side of a meeting is often a body, a group or a place
        ("The ambassador met Nazarbayev University students.", []),
        ("The delegation met Erasmus Plus coordinators.", []),
        ("The university hosted Silk Road Forum participants.", []),
        ("The minister met South Korea's ambassador.", []),
        ("The ambassador thanked Uzbekistan for its hospitality.", []),
    ],
)
def test_the_other_side_of_a_meeting_named_without_a_title(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Assoc. Prof. Dr. Nguyen Van Hung, Rector of Hue University, welcomed the guests.",
            "Nguyen Van Hung",
            "Assoc. Prof. Dr. Nguyen Van Hung",
        ),
        (
            "Prof. Dr. Ir. Budi Santoso of Gadjah Mada University spoke about the programme.",
            "Budi Santoso",
            "Prof. Dr. Ir. Budi Santoso",
        ),
        ("Hon. Dr. Kwame Osei, Minister of Education, opened the fair.", "Kwame Osei", "Hon. Dr. Kwame Osei"),
        ("Amb. Yerzhan Tulegenov visited the University of Washington.", "Yerzhan Tulegenov", None),
        (
            "Engr. Ahmed Musa, Registrar of Bayero University, received the delegation.",
            "Ahmed Musa",
            "Engr. Ahmed Musa",
        ),
        (
            "Tan Sri Ahmad Zaki Yusof, Rector of Universiti Malaya, met the ambassador.",
            "Ahmad Zaki Yusof",
            "Tan Sri Ahmad Zaki Yusof",
        ),
        (
            "Datuk Seri Rahman Ismail said the partnership would grow.",
            "Rahman Ismail",
            "Datuk Seri Rahman Ismail",
        ),
    ],
)
def test_honorifics_of_africa_and_asia_are_no_part_of_the_name(
    text: str, name: str, alias: str | None
) -> None:
    assert _names(text) == [name]
    if alias is not None:
        assert alias in _person(text, name)[2]


def test_a_surname_tan_is_no_honorific() -> None:
    assert _names("Rector Tan Wei Ming met the ambassador.") == ["Tan Wei Ming"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The talks were held with K.Tokayev and S. Zhakupova.", ["K.Tokayev", "S. Zhakupova"]),
        ("The award was presented to John Smith Jr., Dean of the Law School.", ["John Smith Jr."]),
        (
            "The prize went to Maria Lopez Garcia, a lecturer at the University of Seville.",
            ["Maria Lopez Garcia"],
        ),
    ],
)
def test_initials_suffixes_and_a_name_after_to_are_read_whole(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Dr.Hassan Rashid Al-Mansoori, Rector of the Gulf University, met the ambassador.",
            "Hassan Rashid Al-Mansoori",
            "Dr. Hassan Rashid Al-Mansoori",
        ),
        ("Rector Prof.Ivan Petrov met the guests.", "Ivan Petrov", "Prof. Ivan Petrov"),
        ("The prize went to Dr.Amina Bello in Abuja.", "Amina Bello", "Dr. Amina Bello"),
    ],
)
def test_an_honorific_written_onto_the_name_is_cut_off(text: str, name: str, alias: str) -> None:
    assert _names(text) == [name]
    assert alias in _person(text, name)[2]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The guests were received by Vice-Provost Anna Berg.", "Anna Berg", "Vice-Provost"),
        ("Deputy-Director Omar Ali met the guests.", "Omar Ali", "Deputy-Director"),
        ("Co-Chair of the Council Lars Ek spoke at the forum.", "Lars Ek", "Co-Chair of the Council"),
    ],
)
def test_a_title_joined_by_a_hyphen_is_read_whole(text: str, name: str, role: str) -> None:
    assert _names(text) == [name]
    assert _person(text, name)[0] == role


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Anna Berg, Swedish Ambassador to Kazakhstan, visited the university.",
            "Anna Berg",
            "Ambassador to Kazakhstan",
            "Embassy of Sweden in Kazakhstan",
        ),
        (
            "Speakers included Anna Berg (Uppsala University) and Jonas Lind (Lund University).",
            "Jonas Lind",
            None,
            "Lund University",
        ),
        ("Guests included Kofi Asare (University of Ghana).", "Kofi Asare", None, "University of Ghana"),
    ],
)
def test_a_demonym_before_a_title_and_an_institution_in_brackets(
    text: str, name: str, role: str | None, affiliation: str
) -> None:
    assert _person(text, name)[:2] == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The winners were student Aliya Serikova and graduate Marat Bekov.",
            ["Aliya Serikova", "Marat Bekov"],
        ),
        ("Kazakh student Aigerim Nurlanova won the Korean language contest.", ["Aigerim Nurlanova"]),
        ("The essay of PhD candidate Tomas Novak was read aloud.", ["Tomas Novak"]),
        # capitalised, the word starts a body's name, not a person's title
        ("Students of Riga Technical University met the consul.", []),
    ],
)
def test_a_lower_case_word_for_what_someone_is_before_the_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Anna Berg and Peter Olsen signed the memorandum.", ["Anna Berg", "Peter Olsen"]),
        ("Rector Anna Berg and Peter Olsen discussed the exchange.", ["Anna Berg", "Peter Olsen"]),
        ("Nazarbayev University and Peter Olsen signed the memorandum.", ["Peter Olsen"]),
        (
            "Ambassador of the United Arab Emirates Khalid Al Mazrouei and Rector Anna Berg met.",
            ["Khalid Al Mazrouei", "Anna Berg"],
        ),
        ("The United Arab Emirates and Saudi Arabia signed the memorandum.", []),
        ("South Korea and Japan welcomed the students.", []),
        ("Costa Rica met the delegation.", []),
    ],
)
def test_two_names_joined_by_and_are_two_people_and_states_are_none(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Prof. Tran Van Minh met the guests. Later Prof. Minh Tran said the visit mattered.",
            "Tran Van Minh",
            "Minh Tran",
        ),
        ("Rector Li Wei met the consul. Wei Li said the talks went well.", "Li Wei", "Wei Li"),
        (
            "Director Park Ji-sung opened the centre. Ji-sung Park thanked the guests.",
            "Park Ji-sung",
            "Ji-sung Park",
        ),
    ],
)
def test_a_name_in_the_other_order_is_the_same_person(text: str, name: str, alias: str) -> None:
    assert _names(text) == [name]
    assert alias in _person(text, name)[2]
