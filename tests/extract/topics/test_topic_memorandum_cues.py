"""Topics (issue #11 item 9), more constructions: lists of plans read item by item, people who are
exchanged kept together, the cues of memoranda ("covers", "provides for", "aims to"), fields named
by a nationality ("Korean studies"), branch campuses, and phrases that name no field.
Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import topic_labels

_LEAD = "Rector of Riga Stradins University Ilze Kalnina met the delegation of Osaka Maritime College. "


_topics = partial(topic_labels, lead=_LEAD)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Proposals were made to run joint projects within the exchange scheme, to print textbooks "
            "and manuals together, and to hold joint scientific and practical conferences.",
            {"joint projects", "textbooks and manuals", "joint scientific and practical conferences"},
        ),
        (
            "The partners intend to open a joint laboratory with the port authority, to organise summer "
            "schools for pupils and to translate classic novels.",
            {"joint laboratory", "summer schools", "classic novels"},
        ),
        (
            "The college looks forward to exchange activities in the areas of culture and sport, including "
            "establishing internship programmes and organising Latvian music and film festivals.",
            {"culture and sport", "internship programmes", "Latvian music and film festivals"},
        ),
        (
            "The guests agreed to set up a marine robotics lab under the new deal and to launch "
            "a sailing school.",
            {"marine robotics lab", "sailing school"},
        ),
    ],
)
def test_each_item_of_a_list_of_plans_is_read_past_a_stop_in_another(
    sentence: str, expected: set[str]
) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The parties discussed the exchange of students and teachers.", "exchange of students and teachers"),
        (
            "The agreement covers the mobility of undergraduates and doctoral students.",
            "mobility of undergraduates and doctoral students",
        ),
        (
            "They talked about joint research, exchange of lecturers and researchers and summer schools.",
            "exchange of lecturers and researchers",
        ),
        ("The rector proposed faculty and student exchanges with Japan.", "faculty and student exchanges"),
        ("Staff and student mobility between the two colleges grew last year.", "staff and student mobility"),
        (
            "Osaka Maritime College will start teachers and students exchange programmes next year.",
            "teachers and students exchange programmes",
        ),
    ],
)
def test_people_who_are_exchanged_stay_in_one_topic(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found
    assert not any(t in ("students", "teachers", "doctoral students", "researchers") for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The memorandum covers faculty exchange, joint research and curriculum development.",
            {"faculty exchange", "joint research", "curriculum development"},
        ),
        (
            "The agreement provides for joint supervision of doctoral theses and short study visits.",
            {"joint supervision of doctoral theses", "short study visits"},
        ),
        (
            "The new accord envisages joint laboratories, summer schools and ship design courses.",
            {"joint laboratories", "summer schools", "ship design courses"},
        ),
        (
            "Areas of cooperation include engineering, navigation and fisheries.",
            {"engineering", "navigation", "fisheries"},
        ),
        (
            "Fields of mutual interest such as oceanography and port logistics were named.",
            {"oceanography", "port logistics"},  # two fields, the second of two words
        ),
    ],
)
def test_what_a_memorandum_covers_is_a_list_of_topics(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two colleges will collaborate on marine biology and coastal ecology.",
            {"marine biology", "coastal ecology"},  # a pair of two-word fields is two
        ),
        (
            "Both universities agreed to cooperate on shipbuilding, welding and hydraulics.",
            {"shipbuilding", "welding", "hydraulics"},
        ),
        (
            "The universities agreed to work together on student recruitment and language training.",
            {"student recruitment", "language training"},
        ),
        (
            "The memorandum aims to foster faculty exchanges and to enhance research ties.",
            {"faculty exchanges", "research ties"},
        ),
        (
            "The purpose of the memorandum is to develop academic exchange, joint research and cultural events.",
            {"academic exchange", "joint research", "cultural events"},
        ),
        (
            "Opportunities for cooperation in pharmacy and dentistry were explored.",
            {"pharmacy", "dentistry"},
        ),
        (
            "The talks were held with emphasis on the promotion of maritime law.",
            {"maritime law"},
        ),
    ],
)
def test_verbs_and_aims_of_cooperation_open_a_list(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The sides discussed opening a centre for Korean studies at the college.", "Korean studies"),
        ("The rector proposed to open a Japanese language centre at the university.", "Japanese language"),
        (
            "He noted the importance of teaching the Estonian language and culture.",
            "Estonian language and culture",
        ),
        ("The guest spoke of a growing interest in Asian culture among students.", "Asian culture"),
        ("The college plans to introduce Turkish language courses next year.", "Turkish language courses"),
        ("The sides also discussed Arabic studies, Latvian literature and folk music.", "Arabic studies"),
    ],
)
def test_a_field_named_by_a_nationality_is_a_topic(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert any(expected in t for t in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The sides discussed Japanese students studying in Riga.",
        "They spoke about Latvian partners of the college.",
        "The rector thanked the Japanese side for the visit.",
    ],
)
def test_people_or_parties_named_by_a_nationality_are_no_topic(sentence: str) -> None:
    found = _topics(sentence)
    assert not any(t.split()[0] in ("Japanese", "Latvian") for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The parties discussed the opening of a branch of Osaka Maritime College in Riga.", "branch campus"),
        (
            "The minister invited leading Japanese universities to open branch campuses in Latvia.",
            "branch campuses",
        ),
        (
            "An agreement on establishing a branch of Riga Stradins University in Osaka was reached.",
            "branch campus",
        ),
        ("Plans to open a branch of the college in Latvia were also discussed.", "branch campus"),
    ],
)
def test_a_branch_of_a_university_abroad_is_a_branch_campus(sentence: str, expected: str) -> None:
    assert expected in _topics(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank opened a branch in Riga last year.",
        "The Riga branch of the Latvian Academy of Sciences hosted the guests.",
    ],
)
def test_other_branches_are_no_branch_campus(sentence: str) -> None:
    assert "branch campus" not in _topics(sentence)


@pytest.mark.parametrize(
    ("sentence", "not_a_topic"),
    [
        ("They also discussed support for Osaka Maritime College.", "support"),
        ("The sides praised their mutually beneficial cooperation.", "beneficial cooperation"),
        ("The deepening of mutually beneficial relations was discussed.", "beneficial relations"),
        (
            "The rector expressed interest in implementing the abovementioned agreements.",
            "abovementioned agreements",
        ),
        (
            "The rector spoke about the introduction of a \u201cLatvian poetry\u201d course.",
            "introduction of",
        ),
        (
            "The dean told the guests about the reforms in education conducted by the government.",
            "reforms in education conducted",
        ),
        ("The parties discussed cooperation on a regular basis.", "regular basis"),
        ("The rector spoke about the possibility of new visits.", "possibility of new visits"),
    ],
)
def test_phrases_that_name_no_field_s7(sentence: str, not_a_topic: str) -> None:
    found = _topics(sentence)
    assert not_a_topic not in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The sides discussed training for key sectors of the economy, including thermal energy, "
            "mining and road building.",
            {"thermal energy", "mining", "road building"},
        ),
        (
            "The cooperation will include joint research, particularly in hydrology and seismology.",
            {"joint research", "hydrology", "seismology"},
        ),
        (
            "Both sides are interested in cooperation in the field of information technology, as well as "
            "in the development of joint degree programmes.",
            {"information technology", "joint degree programmes"},
        ),
        (
            "The parties discussed cooperation in shipbuilding, especially in the design of tankers.",
            {"shipbuilding", "design of tankers"},
        ),
    ],
)
def test_including_especially_and_as_well_as_continue_a_list(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The agreement facilitates the exchange of faculty members and students and joint field trips.",
            {"exchange of faculty members and students", "joint field trips"},
        ),
        (
            "Among the areas identified for cooperation are navigation, fisheries and ICT.",
            {"navigation", "fisheries", "ICT"},
        ),
        (
            "The talks centred on port logistics, ship repair and crew training.",
            {"port logistics", "ship repair", "crew training"},
        ),
        (
            "The meeting covered issues related to the training of doctors and nurses.",
            {"training of doctors and nurses"},
        ),
        (
            "The rector briefed the consul on the college's achievements in robotics and sonar research.",
            {"robotics and sonar research"},
        ),
        (
            "The consul highlighted opportunities in offshore wind and aquaculture.",
            {"offshore wind and aquaculture"},
        ),
        (
            "Both sides agreed to deepen ties in the fields of education, health and tourism.",
            {"education", "health", "tourism"},
        ),
        (
            "Priority areas will be marine engineering and port management.",
            {"marine engineering", "port management"},
        ),
    ],
)
def test_more_wordings_of_what_cooperation_is_about(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The colleges will offer a joint master's programme in public health.", "public health"),
        (
            "They will jointly develop courses in cybersecurity and launch a joint degree in data science.",
            "cybersecurity",
        ),
        (
            "They will jointly develop courses in cybersecurity and launch a joint degree in data science.",
            "data science",
        ),
        (
            "Graduates receive a double degree in Business Administration from both schools.",
            "business administration",
        ),
        ("The rector spoke about training in the field of mining engineering.", "mining engineering"),
        ("Osaka Maritime College trains specialists in marine electronics.", "marine electronics"),
    ],
)
def test_what_a_programme_or_course_teaches_is_a_topic(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The college offers courses in Latvia and a degree in New Zealand.",
        "Students of the programme in Riga will spend a semester in Osaka.",
        "She holds a degree in Osaka Maritime College studies.",
    ],
)
def test_a_place_after_programme_in_is_no_topic(sentence: str) -> None:
    found = _topics(sentence)
    assert not any(
        place in t for t in found for place in ("Latvia", "New Zealand", "Riga", "latvia", "riga")
    ), found


def test_the_aims_of_a_reform_are_no_topics_but_those_of_a_partnership_are() -> None:
    found = _topics(
        "A reform of the constitution is under way, aimed at strengthening the rule of law. "
        "The two colleges signed a partnership aimed at advancing marine science and ship design."
    )
    assert "rule of law" not in found, found
    assert {"marine science", "ship design"} <= set(found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The consul told the pupils about study programmes in Japan and admission to Japanese universities.",
            {"study programmes in Japan", "admission to Japanese universities"},
        ),
        (
            "The rector stressed the need to strengthen ties with industry and step up laser research.",
            {"laser research"},
        ),
        ("The dean spoke about the need to develop maritime training.", {"maritime training"}),
        (
            "The two ministries signed a memorandum of understanding (MoU) to promote sea cooperation, "
            "allocate research grants, and exchange expertise and experience.",
            {"sea cooperation", "research grants", "exchange of expertise"},
        ),
        (
            "Cooperation will focus on three areas: teacher training, curriculum design and educational technology.",
            {"teacher training", "curriculum design", "educational technology"},
        ),
        (
            "The agreement paves the way for joint PhD programmes and faculty exchanges.",
            {"joint PhD programmes", "faculty exchanges"},
        ),
        ("The colleges signed an agreement on marine pollution monitoring.", {"marine pollution monitoring"}),
        (
            "The universities agreed on joint research in hydrogen energy and the exchange of postgraduate students.",
            {"joint research", "hydrogen energy", "exchange of postgraduate students"},
        ),
        (
            "The rector informed the guests about the college's research in sonar imaging.",
            {"sonar imaging"},
        ),
    ],
)
def test_told_about_need_to_and_what_an_agreement_is_on(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "not_a_topic"),
    [
        ("The consul told them about the requirements and rules of the contest.", "requirements"),
        ("The rector told the guests about the structure of the college.", "structure of the college"),
        ("The rector told the guests about the work being done there.", "work being done there"),
        ("At the end, the parties agreed on further systematic work.", "systematic work"),
        ("The memorandum aims to encourage and promote port studies.", "encourage"),
        ("Special attention was paid to the reform agenda of Latvia.", "reform agenda"),
        ("The memorandum was signed for five years.", "five years"),
    ],
)
def test_phrases_that_name_no_field_after_new_cues(sentence: str, not_a_topic: str) -> None:
    found = _topics(sentence)
    assert not_a_topic not in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The memorandum seeks to promote collaboration between the two colleges in navigation, "
            "ship design and port security.",
            {"navigation", "ship design", "port security"},
        ),
        (
            "The accord aims to strengthen cooperation between Osaka Maritime College and Riga Stradins "
            "University in the field of marine medicine.",
            {"marine medicine"},
        ),
        (
            "Cooperation between the two universities in oceanography and hydrography will grow.",
            {"oceanography", "hydrography"},
        ),
    ],
)
def test_the_fields_after_the_parties_of_a_collaboration(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Students of the dual degree will study naval architecture in Osaka.", "naval architecture"),
        ("Three of them plan to major in marine biology.", "marine biology"),
        (
            "The agreement includes provisions for short study visits and summer schools.",
            "short study visits",
        ),
        (
            "They agreed to intensify cooperation on the training of IT specialists.",
            "training of IT specialists",
        ),
    ],
)
def test_what_students_study_and_what_provisions_are_for(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found


@pytest.mark.parametrize(
    ("sentence", "not_a_topic"),
    [
        ("The two sides agreed to study the issue further.", "issue further"),
        ("Twenty pupils will study on a scholarship at the college.", "scholarship at the college"),
        (
            "The partners will explore collaboration in areas of common interest such as welding.",
            "common interest",
        ),
        ("About 300 students from Latvia study at the college.", "college"),
    ],
)
def test_what_students_study_is_no_place_or_plan(sentence: str, not_a_topic: str) -> None:
    found = _topics(sentence)
    assert not_a_topic not in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Marine biology and port logistics are among the priority areas of cooperation.",
            {"marine biology", "port logistics"},
        ),
        (
            "Student mobility and joint research were also on the agenda.",
            {"student mobility", "joint research"},
        ),
        (
            "Shipbuilding, welding and robotics were identified as promising fields.",
            {"shipbuilding", "welding", "robotics"},
        ),
        (
            "The parties discussed the exchange of experience in various sectors of science.",
            {"exchange of experience in science"},
        ),
        (
            "The dean spoke about the introduction of a \u201cLatvian poetry\u201d course next year.",
            {"Latvian poetry course"},
        ),
        (
            'The rector proposed to launch a "Latvian folklore" module next autumn.',
            {"Latvian folklore module"},
        ),
    ],
)
def test_lists_before_priority_areas_and_quoted_course_names(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


def test_a_course_in_the_curriculum_names_no_field() -> None:
    found = _topics("The college will teach a course in the curriculum of its navigation faculty.")
    assert "curriculum" not in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The sides discussed cooperation in the trade, economic, cultural and humanitarian spheres.",
            {"trade, economic, cultural and humanitarian cooperation"},
        ),
        (
            "They talked about cooperation in the energy, transport and educational sectors.",
            {"energy", "transport", "education"},
        ),
        (
            "They discussed the possibility of launching a joint master's programme in tourism.",
            {"tourism"},
        ),
        (
            "Latvia offers scholarships for postgraduate studies in welding, hydraulics and geodesy.",
            {"welding", "hydraulics", "geodesy"},
        ),
        (
            "The rector invited the consul to the international conference on sustainable development.",
            {"sustainable development"},
        ),
        ("The college will host a seminar devoted to ship emissions.", {"ship emissions"}),
    ],
)
def test_heads_shared_by_adjectives_studies_and_events_on_a_theme(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Many students study in Japan and Korea.",
        "The college offers courses in Latvia, Estonia and Lithuania.",
        "He attended the International Conference on Sustainable Development.",
    ],
)
def test_places_and_titled_events_give_no_topic(sentence: str) -> None:
    assert _topics(sentence) == [], _topics(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two sides held in-depth discussions on talent cultivation and faculty exchanges.",
            {"talent cultivation", "faculty exchanges"},
        ),
        (
            "They exchanged ideas on curriculum reform and quality assurance.",
            {"curriculum reform", "quality assurance"},
        ),
        (
            "The colleges reached consensus on joint laboratories and teacher training.",
            {"joint laboratories", "teacher training"},
        ),
        (
            "The colleges signed a cooperation agreement covering student exchange, joint research and summer camps.",
            {"student exchange", "joint research", "summer camps"},
        ),
        (
            "The memorandum outlines cooperation in nursing, midwifery and public health.",
            {"nursing", "midwifery", "public health"},
        ),
        (
            "The collaboration aims at promoting research in tropical medicine.",
            {"tropical medicine"},
        ),
        (
            "The talks on energy efficiency and green construction were productive.",
            {"energy efficiency", "green construction"},
        ),
        ("During the talks the parties shared their experience in digital learning.", {"digital learning"}),
    ],
)
def test_discussions_on_consensus_on_and_shared_experience_in(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "PhD co-supervision and joint research were discussed.",
        "The parties discussed joint research and PhD co-supervision.",
    ],
)
def test_a_capital_inside_the_first_word_stays(sentence: str) -> None:
    assert "PhD co-supervision" in _topics(sentence), _topics(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Joint research in geology will start next year.", {"geology"}),
        ("The college presented its projects in hydroacoustics.", {"hydroacoustics"}),
        ("The two countries signed an agreement on nuclear cooperation.", {"nuclear cooperation"}),
        ("The sides praised space and climate cooperation.", {"space and climate cooperation"}),
    ],
)
def test_research_in_a_field_and_nouns_before_cooperation(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    "sentence",
    ["The projects in the region were presented.", "Research in Latvia is well funded."],
)
def test_research_or_projects_in_a_place_give_no_topic(sentence: str) -> None:
    assert _topics(sentence) == [], _topics(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Foreign cadets have doubled, the most popular fields being navigation, IT and logistics.",
            {"navigation", "IT", "logistics"},
        ),
        (
            "Most of the cadets choose to enrol in navigation and marine engineering.",
            {"navigation", "marine engineering"},
        ),
        (
            "Students can choose between courses in economics, law and international relations.",
            {"economics", "law", "international relations"},
        ),
    ],
)
def test_fields_students_choose_or_enrol_in(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


def test_enrolling_in_a_programme_names_no_field() -> None:
    assert _topics("Ten cadets enrolled in the programme.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He called for stronger collaboration between Latvian and Japanese colleges, especially in "
            "robotics and technology transfer.",
            {"robotics and technology transfer"},
        ),
        (
            "Areas of interest include hydrography and coastal engineering.",
            {"hydrography", "coastal engineering"},
        ),
    ],
)
def test_a_field_singled_out_and_areas_of_interest(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Many cadets come from Asia, especially in recent years.",
        "Cooperation is growing, particularly in Latvia.",
    ],
)
def test_a_time_or_a_place_singled_out_is_no_topic(sentence: str) -> None:
    assert _topics(sentence) == [], _topics(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two colleges will exchange students and staff from next year.", "student and staff exchange"),
        ("Under the memorandum we can exchange cadets, and lecturers, and run joint cruises.", None),
        ("Both colleges have exchanged researchers since 2019.", "researcher exchange"),
        ("The colleges exchange doctoral students every year.", "doctoral student exchange"),
    ],
)
def test_exchanging_people_names_their_exchange(sentence: str, expected: str | None) -> None:
    found = _topics(sentence)
    if expected is None:  # "cadets" is no people noun of the genre's lists: nothing is made up
        assert not any("exchange" in t for t in found), found
    else:
        assert expected in found, found


def test_exchanging_views_or_gifts_is_no_exchange_topic() -> None:
    assert _topics("The parties exchanged views and gifts.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The college sees Riga as a partner in terms of outgoing cadet mobility.",
            "outgoing cadet mobility",
        ),
        ("They discussed issues related to ship safety and port security.", "port security"),
        ("The sides agreed on cooperation regarding maritime law.", "maritime law"),
    ],
)
def test_regarding_and_in_terms_of_name_a_field(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found
