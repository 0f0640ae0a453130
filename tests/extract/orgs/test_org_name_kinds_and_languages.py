"""Organisation names of the genre that rules missed in session 7 (issue #11, items 1, 6 and 8):
bureaus, authorities and commissions, names in other languages, title words inside a name, "and"
between two words of one name, bodies made of universities.

Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import org_names

_orgs = partial(org_names, published="2024-05-10")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Education Bureau of Macao signed the memorandum.", "Education Bureau of Macao"),
        ("The Cultural Bureau of Oman opened a library.", "Cultural Bureau of Oman"),
        (
            "The Higher Education Commission of Pakistan funds the grants.",
            "Higher Education Commission of Pakistan",
        ),
        (
            "The Commission for University Education accredited the programme.",
            "Commission for University Education",
        ),
        (
            "The Qualifications Authority of Bahrain approved the degree.",
            "Qualifications Authority of Bahrain",
        ),
    ],
)
def test_a_bureau_an_authority_or_a_commission_is_an_organisation(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Lecturers of Universitas Gadjah Mada arrived.", "Universitas Gadjah Mada"),
        ("Universiti Teknologi Malaysia hosted the forum.", "Universiti Teknologi Malaysia"),
        ("Politechnika Gdanska signed the agreement.", "Politechnika Gdanska"),
        ("Univerzita Karlova and the students met.", "Univerzita Karlova"),
        ("The Facultad de Medicina will host them.", "Facultad de Medicina"),
        ("Staff of the Biuro Promocji of the university helped.", "Biuro Promocji"),
    ],
)
def test_a_name_in_another_language_is_an_organisation(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Omani Cultural Bureau in Berlin hosted the students.", "Omani Cultural Bureau"),
        (
            "Graduates of the First Tashkent State Medical Institute spoke.",
            "First Tashkent State Medical Institute",
        ),
        ("The Executive Office of the Rector answered.", "Executive Office of the Rector"),
    ],
)
def test_a_title_word_inside_a_name_stays_in_it(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Consul General Park Min-jae visited Astana.",
        "Cultural Attaché Kim Soo-ah visited the fair.",
    ],
)
def test_a_title_word_before_a_person_makes_no_organisation(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "The Bahrain Data and Artificial Intelligence Authority signed it.",
            "Bahrain Data and Artificial Intelligence Authority",
        ),
        (
            "The Uzbek Science and Higher Education Ministry and the Education Bureau of Macao signed a memorandum.",
            "Ministry of Science and Higher Education of Uzbekistan",  # its canonical name (session 8)
        ),
        (
            "The Almaty Management and Economics Institute opened a branch.",
            "Almaty Management and Economics Institute",
        ),
    ],
)
def test_and_between_two_words_of_one_name(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # "and" between two states or two names: two organisations, or one
        ("Students of Kazakhstan and Qatar University met.", ["Qatar University"]),
        (
            "Kazan Federal University and Tomsk Polytechnic University met.",
            ["Kazan Federal University", "Tomsk Polytechnic University"],
        ),
    ],
)
def test_and_between_names_or_states_is_no_inner_and(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Turkic University Union met in Baku.", "Turkic University Union"),
        ("The Asian Universities Alliance held its forum in Bangkok.", "Asian Universities Alliance"),
        ("Doctors of the Kazan University Hospital trained the interns.", "Kazan University Hospital"),
        ("The Eurasian Universities Association elected a president.", "Eurasian Universities Association"),
    ],
)
def test_a_body_made_of_universities_keeps_their_head(text: str, org: str) -> None:
    assert org in _orgs(text)


def _orgs_aliases(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in extract_text(text, published="2024-05-10").organizations}


@pytest.mark.parametrize(
    ("text", "org", "alias"),
    [
        (
            "The Embassy of Indonesia in Tashkent organised a fair.",
            "Embassy of Indonesia in Uzbekistan",
            "Embassy of Indonesia in Tashkent",
        ),
        (
            "The Uzbek Embassy in Seoul hosted students.",
            "Embassy of Uzbekistan in South Korea",
            "Uzbek Embassy in Seoul",
        ),
        (
            "The Embassy of the Republic of Chile to Japan held a reception.",
            "Embassy of Chile in Japan",
            "Embassy of the Republic of Chile to Japan",
        ),
        (
            "The Embassy of Kazakhstan in the Republic of Korea signed the memorandum.",
            "Embassy of Kazakhstan in South Korea",
            "Embassy of Kazakhstan in the Republic of Korea",
        ),
        (
            "The High Commission of Malaysia in Islamabad held a reception.",
            "High Commission of Malaysia in Pakistan",
            "High Commission of Malaysia in Islamabad",
        ),
    ],
)
def test_an_embassy_is_named_by_its_states_as_written_names_stay_aliases(
    text: str, org: str, alias: str
) -> None:
    orgs = _orgs_aliases(text)
    assert alias in orgs[org]
    assert orgs[org] and orgs[org][0] == alias


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a consulate is named by its city
        (
            "The Consulate General of the Republic of Poland in Istanbul held a reception.",
            "Consulate General of Poland in Istanbul",
        ),
        # a state not known keeps the name as written
        ("The Embassy of Atlantis in Tashkent held a reception.", "Embassy of Atlantis in Tashkent"),
    ],
)
def test_a_consulate_keeps_its_city(text: str, org: str) -> None:
    assert org in _orgs(text)


def test_an_embassy_named_by_its_city_and_by_a_title_is_one_post() -> None:
    text = "The Embassy of Peru in Tokyo opened a fair. The Ambassador of Peru to Japan, Rosa Vega, spoke."
    record = extract_text(text, published="2024-05-10")
    assert [o.name for o in record.organizations] == ["Embassy of Peru in Japan"]
    assert [(p.name, p.affiliation) for p in record.persons] == [("Rosa Vega", "Embassy of Peru in Japan")]


@pytest.mark.parametrize(
    ("text", "embassy"),
    [
        (
            "The Embassy of Vietnam in Astana opened a fair. Ambassador Tran Thi Lan greeted the guests.",
            "Embassy of Vietnam in Kazakhstan",
        ),
        (
            "The Head of the Delegation of the European Union to Mongolia, Ambassador Anna Weber, visited the National University of Mongolia.",
            "Delegation of the European Union to Mongolia",
        ),
    ],
)
def test_a_bare_ambassador_heads_the_post_just_named(text: str, embassy: str) -> None:
    record = extract_text(text, published="2024-05-10")
    assert [p.affiliation for p in record.persons if p.role == "Ambassador"] == [embassy]


@pytest.mark.parametrize(
    "text",
    [
        # a country inside a university's name is no party: the ambassador's state is not said
        "BISHKEK, 3 May 2024 - Ambassador Lena Holm visited the American University of Central Asia and the Kyrgyz State Technical University.",
        "ASTANA, 3 May 2024 - Ambassador Lena Holm visited the Korea University branch and the Kazakh National University.",
    ],
)
def test_a_bare_ambassador_is_no_embassy_of_a_state_named_in_a_university(text: str) -> None:
    record = extract_text(text, published="2024-05-10")
    assert [o.name for o in record.organizations if o.type == "Embassy"] == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The EU Delegation to Uzbekistan funded the projects.", "EU Delegation to Uzbekistan"),
        ("The rector visited the Delegation of the EU in Tashkent.", "Delegation of the EU in Tashkent"),
        (
            "Students met the Delegation of the European Union to Kenya.",
            "Delegation of the European Union to Kenya",
        ),
    ],
)
def test_the_european_unions_delegation_is_its_embassy(text: str, org: str) -> None:
    orgs = {o.name: (o.type, o.country) for o in extract_text(text, published="2024-05-10").organizations}
    assert orgs[org] == ("Embassy", None)


def test_a_group_of_visitors_is_no_delegation_post() -> None:
    assert _orgs("The Delegation of Kazakhstan visited Tokyo.") == []


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("The US Ambassador to Kyrgyzstan visited the campus.", "Embassy of the US in Kyrgyzstan"),
        ("The Ambassador of the UAE to Kazakhstan met students.", "Embassy of the UAE in Kazakhstan"),
        (
            "The Ambassador of the Kyrgyz Republic to the Republic of Korea met students.",
            "Embassy of the Kyrgyz Republic in the Republic of Korea",
        ),
    ],
)
def test_a_state_written_with_an_article_keeps_it_in_the_alias(text: str, alias: str) -> None:
    orgs = _orgs_aliases(text)
    assert any(alias in aliases for aliases in orgs.values())


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Students of the Faculty of Philology, Journalism and Mass Media visited the consulate.",
            "Faculty of Philology, Journalism and Mass Media",
        ),
        (
            "The Ministry of Higher Education, Science and Innovation of Tajikistan supports the fair.",
            "Ministry of Higher Education, Science and Innovation of Tajikistan",
        ),
        (
            "The Faculty of Law, Economics, and Management hosted the guests.",
            "Faculty of Law, Economics, and Management",
        ),
        (
            "The Department of Physics, Chemistry and Biology opened a lab.",
            "Department of Physics, Chemistry and Biology",
        ),
    ],
)
def test_a_name_lists_its_fields(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # people, organisations or other words after the comma end the name
        ("The Faculty of History, Ivan Petrov and Anna Berg met the guests.", ["Faculty of History"]),
        (
            "The Ministry of Education, Kazan Federal University and Tomsk University signed it.",
            ["Ministry of Education", "Kazan Federal University", "Tomsk University"],
        ),
        ("He thanked the Ministry of Education, Science and the rector.", ["Ministry of Education"]),
        ("The University of Tartu, Estonia and Latvia signed it.", ["University of Tartu"]),
    ],
)
def test_a_comma_after_a_name_ends_it_unless_fields_follow(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "full", "alias"),
    [
        (
            "Al-Farabi Kazakh National University hosted the forum. The press service of Kazakh National University named after Al-Farabi reported it.",
            "Al-Farabi Kazakh National University",
            "Kazakh National University named after Al-Farabi",
        ),
        (
            "The Osh State University named after B. Osmonov signed with Tomsk University. B. Osmonov Osh State University is old.",
            "B. Osmonov Osh State University",
            "Osh State University named after B. Osmonov",
        ),
        (
            "Termez Pedagogical Institute named after Alisher Navoi and Navoi Termez Pedagogical Institute are one.",
            "Navoi Termez Pedagogical Institute",
            "Termez Pedagogical Institute named after Alisher Navoi",
        ),
    ],
)
def test_named_after_and_the_eponym_first_are_one_organisation(text: str, full: str, alias: str) -> None:
    orgs = _orgs_aliases(text)
    assert alias in orgs[full]
    assert alias not in orgs


def test_named_after_alone_stays() -> None:
    orgs = _orgs_aliases("Samarkand State University named after Sharaf Rashidov hosted guests.")
    assert orgs == {"Samarkand State University named after Sharaf Rashidov": ["Samarkand State University"]}


@pytest.mark.parametrize(
    ("text", "embassy"),
    [
        # demonyms, other names of states and university cities beyond the capitals
        ("The Ghanaian Ambassador to Kazakhstan visited the campus.", "Embassy of Ghana in Kazakhstan"),
        ("The Uzbekistani Ambassador in Seoul met the students.", "Embassy of Uzbekistan in South Korea"),
        ("The Ambassador of México to Japan met the students.", "Embassy of Mexico in Japan"),
        (
            "The Palestinian Ambassador to Tajikistan visited the university.",
            "Embassy of Palestine in Tajikistan",
        ),
        ("The Bolivian Embassy in Tokyo hosted the fair.", "Embassy of Bolivia in Japan"),
    ],
)
def test_every_state_by_its_demonym_and_other_names(text: str, embassy: str) -> None:
    assert embassy in _orgs(text)


@pytest.mark.parametrize(
    ("text", "org", "country"),
    [
        ("Students of Tartu Health Care College arrived.", "Tartu Health Care College", "Estonia"),
        ("The University of Stellenbosch signed it.", "University of Stellenbosch", "South Africa"),
        ("Guadalajara Polytechnic University hosted them.", "Guadalajara Polytechnic University", "Mexico"),
        ("The Aktobe Regional University signed it.", "Aktobe Regional University", "Kazakhstan"),
        ("Kumasi Technical University hosted them.", "Kumasi Technical University", "Ghana"),
    ],
)
def test_a_university_city_in_the_name_gives_the_country(text: str, org: str, country: str) -> None:
    orgs = {o.name: o.country for o in extract_text(text, published="2024-05-10").organizations}
    assert orgs[org] == country


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # given names that are also cities stay names
        ("Professor Nancy Lee of Tomsk University spoke.", "Nancy Lee"),
        ("Rector Vladimir Orlov of Omsk University spoke.", "Vladimir Orlov"),
        ("Dean Adelaide Costa of Porto University spoke.", "Adelaide Costa"),
        ("Rector Juan Valencia of the University of Chile spoke.", "Juan Valencia"),
        ("Dr. Haifa Al-Mansour met Darkhan Satybaldy at Astana IT University.", "Darkhan Satybaldy"),
    ],
)
def test_a_given_name_that_is_also_a_city_stays_a_name(text: str, person: str) -> None:
    assert person in [p.name for p in extract_text(text, published="2024-05-10").persons]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # an eponym inside a name in another language, when a place follows it
        (
            "The Université Cheikh Anta Diop de Dakar signed with Tomsk University.",
            "Université Cheikh Anta Diop de Dakar",
        ),
        ("The Universidad de los Andes signed an agreement.", "Universidad de los Andes"),
        ("The Universidad de la Frontera welcomed the delegation.", "Universidad de la Frontera"),
        ("The Humboldt-Universität zu Berlin hosted the guests.", "Humboldt-Universität zu Berlin"),
        ("Students of the Universität zu Köln arrived.", "Universität zu Köln"),
    ],
)
def test_names_in_other_languages_with_articles_eponyms_and_compounds(text: str, org: str) -> None:
    assert org in _orgs(text)


def test_a_person_after_a_foreign_name_is_no_part_of_it() -> None:
    record = extract_text("The Universität Wien Anna Berg said it was good.", published="2024-05-10")
    assert [o.name for o in record.organizations] == ["Universität Wien"]


@pytest.mark.parametrize(
    "text",
    [
        "The university ranks 150th in the QS World University Rankings.",
        "Our athletes won medals at the World University Games.",
        "She received the Asian University Award last year.",
    ],
)
def test_a_ranking_a_contest_or_a_prize_is_no_organisation(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "ministry", "country"),
    [
        (
            "The envoy met Dr. Omar Haddad, Minister of Higher Education and Scientific Research of Jordan.",
            "Ministry of Higher Education and Scientific Research of Jordan",
            "Jordan",
        ),
        (
            "Students met Anna Kask, Minister of Education and Research of the Republic of Estonia.",
            "Ministry of Education and Research of Estonia",  # the state by its common name (session 8)
            "Estonia",
        ),
    ],
)
def test_a_ministers_title_that_goes_on_to_its_state_names_the_ministry(
    text: str, ministry: str, country: str
) -> None:
    orgs = {o.name: o.country for o in extract_text(text, published="2024-05-10").organizations}
    assert orgs.get(ministry) == country


def test_a_ministers_title_followed_by_a_name_keeps_the_title() -> None:
    assert _orgs("The Minister of Education Anna Berg visited Tartu.") == ["Ministry of Education"]


@pytest.mark.parametrize(
    ("text", "party", "country", "person"),
    [
        ("The envoy met the mayor of Incheon, Park Ji-hoon.", "Incheon", "South Korea", "Park Ji-hoon"),
        ("Akim of Shymkent Murat Aitenov met the rector.", "Shymkent", "Kazakhstan", "Murat Aitenov"),
        (
            "Akim of the Aktobe region Askhat Shakharov met the rector.",
            "Aktobe region",
            "Kazakhstan",
            "Askhat Shakharov",
        ),
        (
            "The governor of the Fergana region Khayrullo Bozorov met them.",
            "Fergana region",
            "Uzbekistan",
            None,
        ),
    ],
)
def test_a_mayor_or_akim_makes_the_city_or_region_a_party(
    text: str, party: str, country: str, person: str | None
) -> None:
    record = extract_text(text, published="2024-05-10")
    assert {o.name: (o.type, o.country) for o in record.organizations}[party] == ("Government", country)
    if person:
        assert (person, party) in [(p.name, p.affiliation) for p in record.persons]


def test_a_mayor_of_an_unknown_place_makes_no_party() -> None:
    assert _orgs("The mayor of Springfield Joe Quimby met the students.") == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Daejeon signed a memorandum on sister-city ties with the Kyzylorda region.", "Kyzylorda region"),
        ("Cooperation between the Samarkand region and Busan grows.", "Samarkand region"),
    ],
)
def test_a_region_as_a_partner_is_a_party(text: str, party: str) -> None:
    assert party in _orgs(text)


def test_a_region_as_a_place_is_no_party() -> None:
    assert _orgs("The students travelled in the Kyzylorda region last summer.") == []


@pytest.mark.parametrize(
    ("text", "post", "alias"),
    [
        # a consul is no embassy's, and a consulate named without its city gets none guessed
        (
            "ALMATY, 3 May 2024 - The Embassy of the Republic of Korea hosted Consul General of the Republic of Korea Park Min-ho.",
            "Consulate General of South Korea",
            "Consulate General of the Republic of Korea",
        ),
        (
            "TASHKENT, 3 May 2024 - The Embassy of the Republic of Poland and Consul General of the Republic of Poland Jan Nowak met students.",
            "Consulate General of Poland",
            "Consulate General of the Republic of Poland",
        ),
    ],
)
def test_a_consul_holds_a_consulate_not_the_embassy(text: str, post: str, alias: str) -> None:
    record = extract_text(text, published="2024-05-10")
    orgs = {o.name: o.aliases for o in record.organizations}
    assert alias in orgs[post]
    assert [p.affiliation for p in record.persons] == [post]


def test_a_consul_of_a_city_holds_the_consulate_named_before() -> None:
    text = "The Consulate General of Peru in Lyon hosted students. The Consul General of Peru in Lyon Jorge Ramos spoke."
    record = extract_text(text, published="2024-05-10")
    assert [o.name for o in record.organizations] == ["Consulate General of Peru in Lyon"]
    assert [p.affiliation for p in record.persons] == ["Consulate General of Peru in Lyon"]


@pytest.mark.parametrize(
    ("text", "org", "country", "alias"),
    [
        (
            "Kenya's Ministry of Education welcomed the grant.",
            "Ministry of Education of Kenya",
            "Kenya",
            "Kenya's Ministry of Education",
        ),
        (
            "South Africa's Department of Higher Education and Training supports it.",
            "Department of Higher Education and Training of South Africa",
            "South Africa",
            "South Africa's Department of Higher Education and Training",
        ),
        ("Korea's Seoul National University hosted them.", "Seoul National University", "South Korea", None),
    ],
)
def test_a_states_possessive_gives_the_body_its_country(
    text: str, org: str, country: str, alias: str | None
) -> None:
    orgs = {o.name: (o.country, o.aliases) for o in extract_text(text, published="2024-05-10").organizations}
    assert orgs[org][0] == country
    assert alias is None or alias in orgs[org][1]


def test_two_states_ministries_of_one_name_stay_two() -> None:
    text = "Ghana's Ministry of Education and Peru's Ministry of Education signed it."
    assert _orgs(text) == ["Ministry of Education of Ghana", "Ministry of Education of Peru"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "The Ministry of Digital Technologies of Uzbekistan and the IT Park took part.",
            ["Ministry of Digital Technologies of Uzbekistan"],
        ),
        (
            "The Ministry of Culture and the Tashkent State Conservatory met.",
            ["Ministry of Culture", "Tashkent State Conservatory"],
        ),
        (
            "The Taiwanese Embassy of St. Vincent and the Grenadines hosted them.",
            ["Embassy of Taiwan in Saint Vincent and the Grenadines"],
        ),
    ],
)
def test_and_the_starts_another_body_unless_a_state_goes_on(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Students study at the Monash University Malaysia campus.", "Monash University Malaysia"),
        (
            "He graduated from Heriot-Watt University Malaysia and returned.",
            "Heriot-Watt University Malaysia",
        ),
        (
            "Graduates of Westminster International University Uzbekistan work here.",
            "Westminster International University Uzbekistan",
        ),
    ],
)
def test_a_branch_campus_named_by_its_country(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        # title-case headlines: the capitals of verbs and nouns mark no names
        "Ambassador Visits Kyrgyz National University\n\nThe ambassador met students.",
        "Indian Council for Cultural Relations Offers Scholarships To Kyrgyz Students\n\nThe grants are for 2025.",
        "New Joint Research Centre To Open At Tashkent University Of Information Technologies\n\nIt opens soon.",
    ],
)
def test_a_title_case_headline_makes_no_names_of_its_own(text: str) -> None:
    assert _orgs(text) == []


def test_a_headlines_names_written_again_in_the_body_stay() -> None:
    text = (
        "Nazarbayev University Hosts Delegation From Tsinghua University\n\n"
        "Nazarbayev University welcomed a delegation of Tsinghua University on Monday."
    )
    assert _orgs(text) == ["Nazarbayev University", "Tsinghua University"]


def test_a_sentence_case_headline_keeps_its_names() -> None:
    text = "Students of Gazi University visit Astana\n\nThey met the rector."
    assert _orgs(text) == ["Gazi University"]


@pytest.mark.parametrize(
    "text",
    [
        "Students of the University Library came.",
        "Doctors of the University Hospital came.",
        "Students of Kazan Federal University (KFU) University Clinic came.",
    ],
)
def test_a_bare_university_unit_is_no_name(text: str) -> None:
    assert all(not o.startswith("University ") for o in _orgs(text))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "An agreement was signed with Kazan (Volga Region) Federal University.",
            "Kazan (Volga Region) Federal University",
        ),
        ("The Russian-Tajik (Slavonic) University hosted them.", "Russian-Tajik (Slavonic) University"),
        ("Students of the Ural (Eastern) State Institute arrived.", "Ural (Eastern) State Institute"),
    ],
)
def test_a_bracket_inside_a_name(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Almaty University (Kazakhstan) hosted guests.", ["Almaty University"]),
        (
            "The Tsinghua University (Beijing) Institute of Law met.",
            ["Tsinghua University", "Institute of Law"],
        ),
    ],
)
def test_a_bracket_of_a_place_or_a_name_is_no_part_of_the_next_name(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "org", "country"),
    [
        (
            "Vice Chancellors of COMSATS University Islamabad were present.",
            "COMSATS University Islamabad",
            "Pakistan",
        ),
        ("Graduates of Inha University Tashkent work here.", "Inha University Tashkent", "Uzbekistan"),
    ],
)
def test_a_campus_named_by_its_city(text: str, org: str, country: str) -> None:
    orgs = {o.name: o.country for o in extract_text(text, published="2024-05-10").organizations}
    assert orgs[org] == country


@pytest.mark.parametrize(
    ("text", "embassy", "alias"),
    [
        (
            "The Turkish diplomatic mission to Kazakhstan organised the fair.",
            "Embassy of Turkey in Kazakhstan",
            "Turkish diplomatic mission to Kazakhstan",
        ),
        (
            "Students visited the Japanese diplomatic mission in Tashkent.",
            "Embassy of Japan in Uzbekistan",
            "Japanese diplomatic mission in Tashkent",
        ),
    ],
)
def test_a_diplomatic_mission_is_its_states_embassy(text: str, embassy: str, alias: str) -> None:
    assert alias in _orgs_aliases(text)[embassy]


def test_a_mission_without_its_state_is_none() -> None:
    assert _orgs("The diplomatic mission in Astana organised the fair.") == []


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        ("Deputies of the Jogorku Kenesh visited the university.", "Jogorku Kenesh", "Kyrgyzstan"),
        ("A law on science passed the Mazhilis in May.", "Mazhilis", "Kazakhstan"),
        ("Members of the Riigikogu met the students.", "Riigikogu", "Estonia"),
        (
            "The chairman of the Senate of the Oliy Majlis met them.",
            "Senate of the Oliy Majlis",
            "Uzbekistan",
        ),
    ],
)
def test_a_parliament_known_by_its_own_name(text: str, body: str, country: str) -> None:
    orgs = {o.name: (o.type, o.country) for o in extract_text(text, published="2024-05-10").organizations}
    assert orgs == {body: ("Government", country)}


@pytest.mark.parametrize(
    ("text", "centre", "host"),
    [
        (
            "The Kyrgyz Center will be opened at the Busan University of Foreign Studies next spring.",
            "Kyrgyz Center",
            "Busan University of Foreign Studies",
        ),
        (
            "The first Uzbek Centre in Korea was opened at Hankuk University of Foreign Studies in 2019.",
            "Uzbek Centre",
            "Hankuk University of Foreign Studies",
        ),
    ],
)
def test_a_centre_named_by_a_demonym_at_a_university_is_its_unit(text: str, centre: str, host: str) -> None:
    orgs = {o.name: o.part_of for o in extract_text(text, published="2024-05-10").organizations}
    assert orgs[centre] == host


def test_a_centre_named_by_a_demonym_alone_is_none() -> None:
    assert _orgs("The Latvian Center will run the course with the Riga Technical University.") == [
        "Riga Technical University"
    ]


@pytest.mark.parametrize(
    ("text", "org", "alias"),
    [
        (
            "Tartu University hosted the fair. The University of Tartu is the oldest in Estonia.",
            "University of Tartu",
            "Tartu University",
        ),
        (
            "The University of Bologna signed it. Bologna University will host ten students.",
            "University of Bologna",
            "Bologna University",
        ),
    ],
)
def test_a_city_university_and_the_university_of_the_city_are_one(text: str, org: str, alias: str) -> None:
    assert _orgs_aliases(text) == {org: [alias]}


@pytest.mark.parametrize(
    ("text", "unit", "short"),
    [
        (
            "Aziz Karimov, Director of the Research Center of Samarkand State University of Economics, spoke.",
            "Research Center of Samarkand State University of Economics",
            "Research Center",
        ),
        (
            "Students of the Consular Department of the Ministry of Foreign Affairs of Tajikistan came.",
            "Consular Department of the Ministry of Foreign Affairs of Tajikistan",
            "Consular Department",
        ),
    ],
)
def test_a_unit_of_a_named_parent_keeps_its_own_name_as_an_alias(text: str, unit: str, short: str) -> None:
    assert short in _orgs_aliases(text)[unit]


@pytest.mark.parametrize(
    ("text", "org", "acronym"),
    [
        (
            "Tashkent State University of Economics hosted them. TSEU signed the memorandum.",
            "Tashkent State University of Economics",
            "TSEU",
        ),
        (
            "Samarkand State Medical University hosted them. SSMU signed the memorandum.",
            "Samarkand State Medical University",
            "SSMU",
        ),
    ],
)
def test_an_acronym_in_the_names_own_word_order(text: str, org: str, acronym: str) -> None:
    assert _orgs_aliases(text) == {org: [acronym]}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Officials of the U.S. Embassy in Astana attended.", "Embassy of the United States in Kazakhstan"),
        ("The Goethe-Institut organised a language week.", "Goethe-Institut"),
        (
            "The UN Educational, Scientific and Cultural Organization (UNESCO) supported it.",
            "UN Educational, Scientific and Cultural Organization",
        ),
        (
            "The Islamic Educational, Scientific and Cultural Organization met.",
            "Islamic Educational, Scientific and Cultural Organization",
        ),
    ],
)
def test_more_ways_names_are_written(text: str, org: str) -> None:
    assert org in _orgs(text)


def test_a_list_of_cities_before_one_university_is_no_name() -> None:
    assert _orgs("Kazan, Tomsk and Omsk University students came.") == ["Omsk University"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Graduates receive a Bachelor of Science and a Master of Business Administration.", []),
        (
            "The Master of Public Administration programme of the Academy of Public Administration is popular.",
            ["Academy of Public Administration"],
        ),
        ("She holds a Doctor of Philosophy from the Institute of History.", ["Institute of History"]),
    ],
)
def test_a_degree_is_no_organisation(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_and_before_a_compound_head_starts_another_body() -> None:
    text = "Students of Nazarbayev Intellectual School of Astana and School-Lyceum No. 8 took part."
    assert _orgs(text) == ["Nazarbayev Intellectual School of Astana"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "A workshop opened at the Tajik Technical University named after academician M.S. Osimi.",
            "Tajik Technical University named after academician M.S. Osimi",
        ),
        (
            "Students of the Khujand State University named after academician B. Gafurov met.",
            "Khujand State University named after academician B. Gafurov",
        ),
        (
            "The Kazan Medical University named after Professor Ivan Petrov signed.",
            "Kazan Medical University named after Professor Ivan Petrov",
        ),
    ],
)
def test_named_after_a_titled_eponym(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "unit", "country"),
    [
        (
            "The Department of the Kazakh Language at Xi'an International Studies University opened.",
            "Department of the Kazakh Language",
            "China",
        ),
        (
            "Head of the Department of Korean Studies of Al-Farabi Kazakh National University Kim Soo met them.",
            "Department of Korean Studies",
            "Kazakhstan",
        ),
    ],
)
def test_a_unit_named_by_a_peoples_studies_lies_in_its_universitys_country(
    text: str, unit: str, country: str
) -> None:
    orgs = {o.name: o.country for o in extract_text(text, published="2024-05-10").organizations}
    assert orgs[unit] == country


@pytest.mark.parametrize(
    ("text", "org", "country"),
    [
        (
            "Work on the Agricultural University in the city of Arkadag was noted.",
            "Agricultural University in the city of Arkadag",
            "Turkmenistan",
        ),
        ("Students of the Medical University in Plovdiv came.", "Medical University in Plovdiv", "Bulgaria"),
        (
            "Students of the Technical University in the city of Karaganda came.",
            "Technical University in the city of Karaganda",
            "Kazakhstan",
        ),
    ],
)
def test_a_name_of_common_words_is_told_apart_by_its_city(text: str, org: str, country: str) -> None:
    orgs = {o.name: o.country for o in extract_text(text, published="2024-05-10").organizations}
    assert orgs[org] == country


def test_a_proper_name_does_not_take_its_city() -> None:
    assert _orgs("Students of Kazan Federal University in Kazan came.") == ["Kazan Federal University"]
