"""Topics, session 9: pairs of disciplines, the field of a degree named in title case, what people are trained
for, a study's field, plans and ties worded in the passive or after "basis for", "covers", "will work on";
quotas, olympiads, fairs and joint supervision; words that name no field (dates, witnesses, reporting verbs,
a nation's people, the parts of a body). Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import topic_labels

_LEAD = "Rector of Kumasi Technical University Yaw Mensah met the delegation of Busan Maritime Academy. "


_topics = partial(topic_labels, lead=_LEAD)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a discipline of two words and one of one are two topics
        (
            "Every year 30 students of the college spend a semester of study in mechanical engineering and metallurgy.",
            {"mechanical engineering", "metallurgy"},
            {"mechanical engineering and metallurgy"},
        ),
        (
            "The institute will train specialists in petroleum engineering and geophysics.",
            {"petroleum engineering", "geophysics"},
            set(),
        ),
        (
            "The partners discussed joint research in marine biology and oceanography.",
            {"marine biology", "oceanography"},
            set(),
        ),
        # ... but a first word shared by two nouns keeps them one
        (
            "The sides agreed to cooperate in education measurement and assessment.",
            {"education measurement and assessment"},
            set(),
        ),
        # two phrases of two words after "a programme in" are two topics
        (
            "A memorandum was signed for a joint PhD programme in coastal engineering and flood resilience.",
            {"coastal engineering", "flood resilience"},
            {"coastal engineering and flood resilience"},
        ),
        (
            "The universities will launch a joint doctoral programme in sustainable materials and energy systems.",
            {"sustainable materials", "energy systems"},
            set(),
        ),
        # a determiner after "and" opens an item of its own
        (
            "Cooperation will cover the fields of geology, hydropower and the Chinese language.",
            {"geology", "hydropower", "Chinese language"},
            {"hydropower and the Chinese language"},
        ),
        (
            "The memorandum aims to promote staff exchange, joint research and the teaching of Swahili and Korean.",
            {"joint research", "teaching of Swahili and Korean"},
            set(),
        ),
        # two nations' words before one head
        (
            "Views were exchanged on the study of the Estonian and Georgian languages.",
            {"Estonian and Georgian languages"},
            {"study of the Estonian"},
        ),
    ],
)
def test_pairs_of_fields(sentence: str, expected: set[str], absent: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the field of a degree named in title case
        (
            "Students can enrol in the Master of Science in Renewable Energy Engineering.",
            {"renewable energy engineering"},
        ),
        (
            "Students of the Bachelor of Arts in International Relations will spend a semester in Seoul.",
            {"international relations"},
        ),
        (
            "Graduates of the Advanced Programme in Mechatronics and Robotics can take a second degree in Lille.",
            {"mechatronics and robotics"},
        ),
        # what students are trained in, and a study's field
        (
            "The cadets will be trained in navigation, logistics and port management.",
            {"navigation", "logistics"},
        ),
        ("Twelve nurses went for a year of study in midwifery every year.", {"midwifery"}),
        # the sector people are trained for
        (
            "The rector noted that the university trains specialists for the oil and gas industry.",
            {"oil and gas industry"},
        ),
        (
            "The talks covered the training of engineering personnel for the energy sector of Uganda.",
            {"training of engineering personnel", "energy sector"},
        ),
        ("The polytechnic prepares technicians for Ghana's cocoa industry.", {"cocoa industry"}),
    ],
)
def test_studies_degrees_and_training(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ten students went for a year of study in Japan.",
        "Young diplomats will be trained in Ankara.",
        "The college prepares specialists for the national economy.",
        "The talks covered the training of specialists for priority sectors of the economy.",
    ],
)
def test_a_place_or_a_vague_sector_is_no_field(sentence: str) -> None:
    found = _topics(sentence)
    assert not any(w in t for t in found for w in ("Japan", "Ankara", "national economy", "priority")), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the passive of exchanging views
        (
            "Views were exchanged on the opening of a joint programme in agronomy and the organisation of language "
            "courses.",
            {"agronomy", "language courses"},
        ),
        (
            "Opinions were also exchanged on distance learning and teacher training.",
            {"distance learning", "teacher training"},
        ),
        # what a tie rests on, what it covers, what a unit will work on
        (
            "The accord serves as a good basis for the exchange of lecturers and the holding of joint scientific "
            "conferences.",
            {"exchange of lecturers", "joint scientific conferences"},
        ),
        (
            "Cooperation between the two colleges dates back to 2011 and covers teacher training and textile design.",
            {"teacher training", "textile design"},
        ),
        (
            "The new hub will work on drought adaptation and food security.",
            {"drought adaptation", "food security"},
        ),
        (
            "The consul handed over 300 books on Vietnamese history and culture.",
            {"Vietnamese history and culture"},
        ),
        # an agreement of two named parties and its field
        (
            "The MoU signed in 2021 between Cairo University and Makerere University on veterinary sciences was "
            "cited as a model.",
            {"veterinary sciences"},
        ),
        # research into, a new generation of experts in
        (
            "The institutes will collaborate on research into antimicrobial resistance and vaccine development.",
            {"antimicrobial resistance", "vaccine development"},
        ),
        (
            '"We aim to train a new generation of experts in water management," the dean said.',
            {"water management"},
        ),
        # reforms carried out in a system
        (
            "The rector spoke about the sweeping reforms being carried out in the national education system.",
            {"education reforms"},
        ),
        (
            "The minister described the reforms implemented in the higher education sector.",
            {"higher education reforms"},
        ),
    ],
)
def test_cues_of_session_9(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The embassy offered to help increase the quota for medical specialties.",
            {"quota for medical specialties"},
        ),
        ("The government has allocated 900 quota places for citizens of Mongolia.", {"quota places"}),
        (
            "The ministry will allocate 40 state-funded places for students from Laos.",
            {"state-funded places"},
        ),
        (
            "The embassy will support an olympiad in informatics for schoolchildren.",
            {"olympiad in informatics"},
        ),
        (
            "The two universities launched a joint PhD programme in hydrology.",
            {"joint PhD programme", "hydrology"},
        ),
        # the verb "jointly supervised" is no topic since session 18: tests/extract/topics/test_topic_people_and_verbs_of_a_programme.py
        (
            'The consul invited the college to the "Study in Poland" fair to be held in the capital in May.',
            {"study in Poland fair"},
        ),
        ("Vocational colleges must meet the real needs of the labour market.", {"labour market"}),
    ],
)
def test_quotas_olympiads_fairs_and_supervision(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # a date and a reporting clause end an item
        (
            "The two colleges signed a protocol on academic mobility on November 12, the press service of the "
            "college reported.",
            ("press service", "November"),
        ),
        (
            "The institutes signed an agreement to launch a joint master's programme in geodesy, in the presence of "
            "the ambassador.",
            ("presence", "ambassador"),
        ),
        # people taking part, staying or arriving
        ("The parties discussed the participation of Chilean students in olympiads.", ("participation",)),
        (
            "The consul discussed the situation of Kyrgyz students in Poland.",
            ("situation", "Kyrgyz students"),
        ),
        # a nation's people
        ("The dean said the college was ready to receive more Ugandans.", ("Ugandans",)),
        ("The sides agreed to support young Kazakhs in science.", ("Kazakhs",)),
        # the parts of a body
        (
            "The rector spoke about the history of the college, its faculties and specialties.",
            ("faculties", "specialties"),
        ),
        # a party that runs a programme does not name it
        (
            "The University of Otago (UO) and Kyoto University signed an agreement. The dean said the UO programme "
            "would build on earlier exchanges.",
            ("UO programme",),
        ),
    ],
)
def test_words_that_name_no_field(sentence: str, absent: tuple[str, ...]) -> None:
    found = _topics(sentence)
    assert not any(w in t for t in found for w in absent), found


_RELEASE = """Riverside University signs agreement with Universidad de Valparaiso

Riverside, 3 March 2025 - Riverside University and the Universidad de Valparaiso signed a memorandum of
understanding covering marine biology, port logistics and student exchange.

"Our researchers already work with colleagues in Chile on coastal erosion and fisheries," said the rector.

About Riverside University
Founded in 1890, Riverside University is ranked among the top 200 universities in the world. It has 30,000
students and strengths in medicine, law and the creative arts.
"""


def test_the_boilerplate_of_a_release_gives_no_topics() -> None:
    found = set(_topics(_RELEASE, lead=""))
    assert {"marine biology", "port logistics", "coastal erosion and fisheries"} <= found, found
    assert not found & {"medicine", "law", "creative arts"}, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Founded in 1961, the college is ranked among the best in Africa for agriculture and veterinary science.",
        "The University of Porto is one of the largest universities in Portugal, with 14 schools covering "
        "architecture, fine arts and dentistry.",
        "The college has 9 faculties and offers more than 80 degree programmes in fields such as nursing and law.",
    ],
)
def test_a_sentence_that_presents_an_institution_gives_no_topics(sentence: str) -> None:
    assert _topics(sentence) == []


def test_a_profile_word_beside_the_news_keeps_the_news() -> None:
    found = _topics(
        "The college, founded in 1961, signed a memorandum on cooperation in forestry and soil science."
    )
    assert {"forestry", "soil science"} <= set(found), found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a place after the cue's "in", then the field
        (
            "Our researchers already work with colleagues in Chile on copper mining and glacier monitoring.",
            {"copper mining", "glacier monitoring"},
            set(),
        ),
        (
            "The college cooperates with partners in the United Kingdom on marine science.",
            {"marine science"},
            set(),
        ),
        # an event on fields: the event and each field
        (
            "The institutions plan a summer school on artificial intelligence and digital health in 2026.",
            {"summer school", "artificial intelligence", "digital health"},
            set(),
        ),
        (
            "The parties agreed to hold a conference on water security and desert ecology.",
            {"water security", "desert ecology"},
            set(),
        ),
        # both ends of a range
        (
            "The partnership spans areas ranging from artificial intelligence to sustainable agriculture.",
            {"artificial intelligence", "sustainable agriculture"},
            {"areas ranging"},
        ),
        ("The projects range from robotics to marine biology.", {"robotics", "marine biology"}, set()),
        # priority areas named by whom, then listed
        (
            "Priority areas identified by the two universities include cybersecurity, fintech and logistics.",
            {"cybersecurity", "fintech", "logistics"},
            set(),
        ),
        # what a tie centres on, projects related to fields
        (
            "The partnership centres on teacher education and early childhood development.",
            {"teacher education", "early childhood development"},
            set(),
        ),
        (
            "The two universities will cooperate on projects related to water resources and irrigation.",
            {"water resources and irrigation"},
            set(),
        ),
        # innovation in a field: the field
        ("The MoU is expected to boost research and innovation in the field of mining.", {"mining"}, set()),
        # a discipline ending in -culture, after one of two words
        (
            "The president expressed interest in joint research on halal food and aquaculture.",
            {"halal food", "aquaculture"},
            set(),
        ),
        # whom a field serves, two kinds of people
        (
            "They discussed the organisation of internships for students and young teachers in Germany.",
            {"internships in Germany"},
            set(),
        ),
        # a list after "fields such as", no "fields such"
        (
            "The two colleges will offer joint degree programmes in fields such as engineering and business.",
            {"engineering", "business"},
            {"fields such"},
        ),
        # plans of no field
        (
            "The new rector informed the envoy about the planned projects in his university.",
            set(),
            {"planned projects"},
        ),
    ],
)
def test_cues_of_long_releases(sentence: str, expected: set[str], absent: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the field of a unit being set up, named in title case
        (
            "The envoy proposed the establishment of a Kenya-Japan Centre for Artificial Intelligence at the college.",
            {"artificial intelligence"},
        ),
        (
            "The sides discussed the opening of a Centre for Korean Studies at the college.",
            {"Korean studies"},
        ),
        (
            "The colleges launched a joint Center for Water and Climate Research in Mombasa.",
            {"water and climate research"},
        ),
        # a field's acronym before lower-case words
        ("The colleges agreed to cooperate in AI research.", {"AI research"}),
        (
            "The sides discussed cooperation in ICT education and STEM teaching.",
            {"ICT education", "STEM teaching"},
        ),
        # "our work in", two fields after a research of two words
        ('"The accord will strengthen our work in tropical medicine," the dean said.', {"tropical medicine"}),
        ("Both colleges will cooperate in cancer research and genomics.", {"cancer research", "genomics"}),
    ],
)
def test_units_acronyms_and_work(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister inaugurated the Institute of Technology of Cambodia.",
        "The envoy opened the Centre for Excellence at the college.",
    ],
)
def test_a_units_name_of_no_field_gives_none(sentence: str) -> None:
    found = _topics(sentence)
    assert not any(t.lower() in ("technology", "excellence") for t in found), found


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Makerere and Ghent universities partner on climate research", "climate research"),
        ("UNAM, Tec de Monterrey team up on biomedical engineering", "biomedical engineering"),
        ("Two universities join forces in coastal ecology", "coastal ecology"),
        ("KNUST signs MoU with Chinese university on railway engineering", "railway engineering"),
    ],
)
def test_the_field_of_a_tie_in_a_headline(headline: str, expected: str) -> None:
    text = f"{headline}\n\nKampala, 3 May 2025 - The two universities signed an agreement on Monday.\n"
    assert expected in _topics(text, lead=""), _topics(text, lead="")


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # an education fair named in title case, agreed on in the passive
        (
            "At the end of the talks, an agreement was reached on holding a Korea Education Fair at the college.",
            {"Korea Education Fair"},
            set(),
        ),
        ("Students visited the China Education Expo in Beijing.", {"China Education Expo"}, set()),
        # "and the" before a phrase of three words opens an item of its own, a lone one too
        (
            "Consensus was reached on joint research in chemistry and the exchange of lecturers.",
            {"joint research", "chemistry", "exchange of lecturers"},
            {"chemistry and the exchange of lecturers"},
        ),
        # an interest of someone in a field
        (
            "He noted the growing interest of Lao youth in Thai culture and announced new scholarships.",
            {"Thai culture"},
            set(),
        ),
        # a programme on a field; what an agreement "includes" after "and"
        (
            "The two universities will establish a joint research programme on autonomous systems.",
            {"autonomous systems"},
            set(),
        ),
        (
            "The agreement focuses on carbon capture and water desalination, and includes a visiting scholars programme.",
            {"carbon capture", "water desalination", "visiting scholars programme"},
            {"includes a visiting scholars programme"},
        ),
        # the growth of a field is the field
        (
            "The envoy spoke about the growth of academic mobility between the two countries.",
            {"academic mobility"},
            {"growth of academic mobility"},
        ),
        # taking part names no field
        ("Rectors of twelve universities are expected to take part.", set(), {"part"}),
    ],
)
def test_fairs_lone_pairs_interest_and_programmes(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # "exchange" as a noun before people (people on an exchange, no topic since session 18), and as a verb
        (
            "The school has welcomed Mexican exchange students for a decade.",
            set(),
            {"student exchange", "exchange students"},
        ),
        ("The colleges will exchange students and staff.", {"student and staff exchange"}, set()),
        # a sentence opening with the students of a field
        (
            "Students in forestry engineering at the college will be able to earn a second degree in Quebec.",
            {"forestry engineering"},
            set(),
        ),
        ("Students in Japan will receive grants.", set(), {"Japan"}),
        # standing, praise and costs name no field
        (
            "The memorandum aims to strengthen the college's international reputation and global visibility.",
            set(),
            {"international reputation", "global visibility"},
        ),
        (
            "The MoU seeks to foster innovation, creativity and excellence.",
            {"innovation"},
            {"creativity", "excellence"},
        ),
        ("Students may apply for grants to cover travel costs.", set(), {"travel costs"}),
        (
            "The dean briefed the guests on the college's research activities and international partnerships.",
            {"research activities"},
            {"international partnerships"},
        ),
    ],
)
def test_exchange_students_and_words_of_no_field(sentence: str, expected: set[str], absent: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            '"We look forward to collaborating in areas like coral reefs and port engineering," she said.',
            {"coral reefs", "port engineering"},
            {"areas like coral reefs"},
        ),
        (
            '"There is great potential for joint work on solar energy and green hydrogen," he added.',
            {"solar energy", "green hydrogen"},
            set(),
        ),
        (
            "The MoU will help researchers working on dengue and neglected tropical diseases.",
            {"dengue and neglected tropical diseases"},
            set(),
        ),
        (
            "The programme will include modules on entrepreneurship and innovation management.",
            {"entrepreneurship", "innovation management"},
            {"modules on entrepreneurship"},
        ),
    ],
)
def test_quotes_potential_and_modules(sentence: str, expected: set[str], absent: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found
