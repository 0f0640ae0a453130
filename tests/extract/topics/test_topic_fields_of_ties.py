"""Topics (issue #11 item 9), session 8: the fields of a tie, of research, of a party's strength and of a joint
unit; an activity and the fields it is in; two fields in a pair; bulleted lists; fields named by their
practitioners; words that name no field. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import topic_labels

_LEAD = "Rector of Lagos Polytechnic Ade Bello met the delegation of Chiang Mai Institute of Design. "


_topics = partial(topic_labels, lead=_LEAD)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (a pair of single words, or of two words and one, stays one topic: "science and education",
        # "education measurement and assessment", where the first word may be shared; two disciplines, one of two
        # words and one of one, are two topics since session 9: "laser physics", "optics")
        # the fields of a tie
        ("The visit is meant to strengthen ties in higher education, research and innovation.", {"research"}),
        (
            "Chile and Norway enjoy close relations in trade, fisheries and tourism.",
            {"trade", "fisheries", "tourism"},
        ),
        ("Both cities have had links in the field of music education since 1998.", {"music education"}),
        ("The embassy seeks partnerships in water engineering and food processing.", {"water engineering"}),
        # what research is on
        (
            "The institutes will carry out joint research on malaria and tuberculosis.",
            {"malaria and tuberculosis"},
        ),
        ("The centre conducts studies into coastal erosion.", {"coastal erosion"}),
        ("The lab is known for research related to soil salinity.", {"soil salinity"}),
        # what a party is strong in
        (
            "The minister praised the university's expertise in petroleum engineering.",
            {"petroleum engineering"},
        ),
        (
            "Guests learnt about the academy's achievements in laser physics and optics.",
            {"laser physics", "optics"},
        ),
        ("The institute shared its experience in distance learning.", {"distance learning"}),
        ("Its research priorities in water, energy and health were presented.", {"water"}),
        # what the agreement opens the way to
        (
            "The accord opens new opportunities for student internships and faculty exchanges.",
            {"student internships"},
        ),
        # a joint unit's field, in lower case only
        ("The rector proposed a joint laboratory for materials science.", {"materials science"}),
        ("The two universities plan a research centre on marine robotics.", {"marine robotics"}),
        # what a programme or a course covers
        (
            "The programme covers public policy, economics and international law.",
            {"public policy", "economics"},
        ),
        (
            "The course includes data analytics and project management.",
            {"data analytics", "project management"},
        ),
    ],
)
def test_the_fields_of_a_tie_a_research_a_strength_and_a_unit(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


def test_a_name_of_a_research_institute_gives_no_field() -> None:
    found = _topics("Its director also heads the Research Institute for Social Development of Eurasia.")
    assert not any("Eurasia" in t or "social development" in t.lower() for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "The parties agreed on joint research in agriculture and veterinary medicine.",
            {"joint research", "agriculture", "veterinary medicine"},
            {"joint research in agriculture and veterinary medicine"},
        ),
        (
            "They discussed training of specialists in thermal energy, metallurgy and mining.",
            {"training of specialists", "thermal energy", "metallurgy", "mining"},
            set(),
        ),
        (
            "The universities will launch a double degree programme in mechatronics.",
            {"double degree programme", "mechatronics"},
            set(),
        ),
        (
            "The sides discussed issues of bilateral cooperation in the areas of trade, culture and sport.",
            {"bilateral cooperation", "trade", "culture", "sport"},
            {"bilateral cooperation in trade"},
        ),
        # a bare "research in X" is X; "the state of cooperation" is no field
        (
            "The two colleges will collaborate on research in sustainable cities.",
            {"sustainable cities"},
            {"research"},
        ),
        (
            "The meeting discussed the current state of cooperation in the fields of science and education.",
            {"science and education"},
            {"state of cooperation", "current state of cooperation"},
        ),
    ],
)
def test_an_activity_and_the_fields_it_is_in(sentence: str, expected: set[str], absent: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun naming a field, then a phrase naming another: two fields
        (
            "The talks covered desalination and artificial intelligence.",
            {"desalination", "artificial intelligence"},
        ),
        (
            "Both sides want to cooperate in construction and civil engineering.",
            {"construction", "civil engineering"},
        ),
        (
            "The universities discussed cooperation in education and public health.",
            {"education", "public health"},
        ),
        # one thing: an adjective before the head, a head both share, two single words
        (
            "They discussed cooperation in mechanical and civil engineering.",
            {"mechanical and civil engineering"},
        ),
        ("The minister spoke about education and science reforms.", {"education and science reforms"}),
        ("The sides discussed cooperation in science and education.", {"science and education"}),
        # too long for one topic, two good ones
        (
            "The universities agreed on credit transfer and mutual recognition of diplomas.",
            {"credit transfer", "mutual recognition of diplomas"},
        ),
    ],
)
def test_a_pair_is_two_fields_or_one(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # whom a field serves is no part of it
        (
            "The sides agreed to organise summer and winter schools, internships and study tours for students.",
            {"summer and winter schools", "internships", "study tours"},
            set(),
        ),
        ("The embassy offered scholarships for young scientists.", {"scholarships"}, set()),
        # "in particular," opens a list; its words are no topic
        (
            "They discussed cooperation in higher education, in particular, academic mobility and joint research.",
            {"higher education", "academic mobility", "joint research"},
            {"particular"},
        ),
        # documents and ties themselves are no fields
        ("The parties agreed to work out a roadmap for the joint projects.", set(), {"roadmap"}),
        (
            "He expressed interest in establishing partnerships with Ghanaian universities.",
            set(),
            {"partnerships"},
        ),
        # a problem's field is the field
        (
            "A conference on the problems of energy efficiency will be held in May.",
            {"energy efficiency"},
            {"problems of energy efficiency"},
        ),
        (
            "The ambassador stressed the importance of education as a bridge.",
            {"education"},
            {"education as a bridge"},
        ),
    ],
)
def test_what_is_no_part_of_a_field(sentence: str, expected: set[str], absent: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two universities launched a dual degree program in computer science.", {"dual degree program"}),
        ("Students will receive double degrees from both universities.", {"double degrees"}),
        ("The agreement sets up a double diploma programme in economics.", {"double diploma programme"}),
    ],
)
def test_double_degrees_and_diplomas_in_the_singular_too(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


_BULLETS = """Kwame Nkrumah University of Science and Technology and Ghent University signed a memorandum.

The memorandum covers the following areas of cooperation:

- exchange of students and academic staff;
- joint research projects;
- organisation of joint conferences and workshops.

Areas of collaboration will include:
• Public health
• Climate Resilience
• Kazakh language
"""


def test_the_bullets_under_a_line_that_announces_fields_are_topics() -> None:
    found = set(_topics(_BULLETS, lead=""))
    expected = {
        "exchange of students and academic staff",
        "joint research projects",
        "joint conferences and workshops",
        "public health",
        "climate resilience",
        "Kazakh language",
    }
    assert expected <= found, found


def test_the_bullets_of_deeds_or_names_are_no_topics() -> None:
    text = (
        "The rector suggested several measures for the consulate:\n"
        "  • a visit to the consulate by students of the Faculty of History;\n"
        "  • a football tournament for students.\n\n"
        "Partners include:\n"
        "- Kyoto Institute of Design\n"
        "- Lagos Polytechnic\n"
    )
    found = _topics(text, lead="")
    assert not any(w in t.lower() for t in found for w in ("visit", "tournament", "kyoto", "lagos")), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We have good cooperation with biologists, geologists and archaeologists of the university.",
            {"biology", "geology", "archaeology"},
        ),
        ("The colleges will exchange physicists and chemists every year.", {"physics", "chemistry"}),
        ("Joint expeditions of Kenyan and Danish palaeontologists began in 2020.", {"palaeontology"}),
    ],
)
def test_a_field_named_by_its_practitioners_where_they_work_together(
    sentence: str, expected: set[str]
) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


def test_practitioners_met_alone_name_no_field() -> None:
    found = _topics("The rector met a group of economists from Nairobi.")
    assert "economics" not in found, found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # the people listed after "exchange of" belong to it
        (
            "The agreement will allow the exchange of students, teachers and researchers, as well as joint research.",
            {"exchange of students, teachers and researchers", "joint research"},
            set(),
        ),
        # a region's adjective of two words, or one the demonyms lack
        (
            "The universities work in areas such as Hispanic philology and Central Asian history.",
            {"Hispanic philology", "Central Asian history"},
            set(),
        ),
        # the language a field is taught in is no part of it
        (
            "The college offers programmes in dentistry, nursing and pharmacy in English and French.",
            {"dentistry", "nursing", "pharmacy"},
            {"pharmacy in English and French", "pharmacy in English"},
        ),
        (
            "The academy will introduce new curricula in line with WHO standards.",
            set(),
            {"line", "curricula"},
        ),
        # whom a field serves is cut out, the list goes on after it
        (
            "They discussed the organisation of internships for teachers and the exchange of best practices.",
            {"internships", "exchange of best practices"},
            set(),
        ),
        # the areas of a party's activity
        (
            "The rector presented the institute's main areas of activity, including mining, metallurgy and geology.",
            {"mining", "metallurgy", "geology"},
            set(),
        ),
        ("The sides discussed a wide range of issues of mutual interest.", set(), {"mutual interest"}),
    ],
)
def test_lists_of_people_regions_languages_and_areas_of_activity(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what students study or prefer
        (
            "The most popular fields of study among Ghanaian students are engineering, business and medicine.",
            {"engineering", "business", "medicine"},
        ),
        (
            "Indian students mainly study medicine, dentistry and nursing.",
            {"medicine", "dentistry", "nursing"},
        ),
        (
            "The most sought-after specialties are petroleum engineering, international relations and economics.",
            {"petroleum engineering", "international relations", "economics"},
        ),
        # working together across fields, a relationship in a field, a leader in one, help in one
        (
            "The institutions will collaborate across teaching, research and knowledge exchange.",
            {"teaching", "research", "knowledge exchange"},
        ),
        (
            "The agreement formalises a long-standing relationship in veterinary science.",
            {"veterinary science"},
        ),
        ("The college is a global leader in mining engineering.", {"mining engineering"}),
        ("The embassy offered assistance in teacher training and curriculum reform.", {"teacher training"}),
    ],
)
def test_what_students_study_and_where_partners_work_together(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Many students study in Peru and Chile.",
        "About 300 students study abroad every year.",
        "Students study the history of the region at the museum.",
    ],
)
def test_where_or_what_one_studies_with_a_determiner_is_no_list_of_fields(sentence: str) -> None:
    found = _topics(sentence)
    assert not any(w in t for t in found for w in ("Peru", "abroad", "history")), found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # an aspiration is a plan; the fields of research projects "on" X
        (
            "The delegation expressed its aspiration to launch joint research projects on water management "
            "and climate-smart agriculture.",
            {"joint research projects", "water management", "climate-smart agriculture"},
            set(),
        ),
        # a degree's name before "and" modifies the head
        (
            "Both sides are keen to establish joint master's and doctoral programmes.",
            {"joint master's and doctoral programmes"},
            {"joint master's"},
        ),
        # people exchanged: a list of three as written, a pair as a compound
        (
            "The partners will exchange faculty members, researchers and students.",
            {"exchange of faculty members, researchers and students"},
            set(),
        ),
        ("The colleges will exchange students and lecturers.", {"student and lecturer exchange"}, set()),
        # "in line with" opens no field
        (
            "The university will expand its partnerships in line with its strategy.",
            set(),
            {"line", "strategy"},
        ),
    ],
)
def test_plans_research_projects_degrees_and_people_exchanged(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # the fields of a tie with a named party
        (
            "The university is interested in cooperation with Brazilian universities in robotics and mechatronics.",
            {"robotics and mechatronics"},
            set(),
        ),
        (
            "The college has been collaborating with Chiang Mai Institute of Design on textile engineering since 2015.",
            {"textile engineering"},
            set(),
        ),
        ("The partners want to develop ties with universities in Chile.", set(), {"Chile"}),
        # what a centre contributes to, what efforts are pooled in, what a deal is expected to boost
        (
            "The centre will contribute to the development of green chemistry and sustainable mining.",
            {"green chemistry", "sustainable mining"},
            set(),
        ),
        ("Both sides will pool their efforts in vaccine research.", {"vaccine research"}, set()),
        ("The accord is expected to boost research in nanotechnology.", {"nanotechnology"}, set()),
        ("The new programme is expected to be launched by May.", set(), {"launched"}),
        # how long is no part of the field
        (
            "The two colleges have worked together on fashion design for a decade.",
            {"fashion design"},
            {"fashion design for a decade"},
        ),
        # specialists in two fields, the second of two words
        (
            "The programme will train specialists in cybersecurity and artificial intelligence.",
            {"cybersecurity", "artificial intelligence"},
            set(),
        ),
        # "the scientific direction" is the scientific field
        (
            "The rector wants to develop cooperation in the scientific direction.",
            {"scientific cooperation"},
            set(),
        ),
        # activities and contacts that name no field
        (
            "The rector spoke about the university's international activities, in particular academic mobility.",
            {"academic mobility"},
            {"international activities"},
        ),
        ("The sides agreed to maintain regular contacts.", set(), {"regular contacts"}),
    ],
)
def test_ties_with_a_party_contributions_and_efforts(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a comma between two modifiers is a list's boundary, not one compound
        (
            "The universities will deepen their partnership through joint research, student exchange and staff mobility.",
            {"joint research", "student exchange", "staff mobility"},
            {"joint research, student exchange"},
        ),
        # "such as" after a field-like noun, a few words on
        (
            "The partners will focus on areas where both have complementary strengths, such as data science "
            "and public health.",
            {"data science", "public health"},
            set(),
        ),
        ("Applicants must bring documents such as passports and visas.", set(), {"passports and visas"}),
        # summer schools in a field
        (
            "The agreement provides for joint summer schools in archaeology.",
            {"joint summer schools", "archaeology"},
            set(),
        ),
        # a range of subjects is no subject
        (
            "Talks covered a broad range of subjects, including joint degrees.",
            {"joint degrees"},
            {"subjects", "broad range of subjects"},
        ),
    ],
)
def test_lists_of_modifiers_such_as_and_ranges(sentence: str, expected: set[str], absent: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # adjectives listed before one head are one topic; before "spheres" each is a field
        (
            "The minister heard a report on the results of the college's academic, research and innovative activity.",
            {"academic, research and innovative activity"},
            {"innovative activity", "results"},
        ),
        (
            "The sides discussed scientific, technical and cultural cooperation.",
            {"scientific, technical and cultural cooperation"},
            {"scientific"},
        ),
        (
            "They discussed cooperation in the trade, investment and cultural spheres.",
            {"trade, investment and cultural cooperation"},
            set(),
        ),
        # a plan in the present tense
        ("I propose to open a Peruvian studies centre at the faculty.", {"Peruvian studies centre"}, set()),
        ("The dean suggests to launch joint courses in hydrology.", {"joint courses", "hydrology"}, set()),
        # enrolling in programmes
        (
            "He invited the graduates to enroll in the college's master's programs.",
            {"master's programs"},
            set(),
        ),
    ],
)
def test_adjectives_sharing_a_head_plans_in_the_present_and_enrolment(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("This year 37 students of the college have undergone internships in Chile.", {"internships"}),
        ("Twelve lecturers completed advanced training at the partner university.", {"advanced training"}),
        (
            "Two doctoral students undertook research internships in Oslo last spring.",
            {"research internships"},
        ),
        ("She did a teaching internship at a school in Lima.", {"teaching internship"}),
    ],
)
def test_what_people_undergo_or_complete(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # the plan of an agreement with a party, the party's name holding a comma and an acronym
        (
            "The college signed an agreement with the University of the Andes, Bogota (UA) to launch a joint "
            "doctoral program in mining engineering starting next year.",
            {"mining engineering"},
            {"mining engineering starting", "joint doctoral program"},
        ),
        # a verb of working together alone names no field
        (
            "The dean expressed readiness to collaborate with Ghanaian universities on research and staff training.",
            {"staff training"},
            {"collaborate"},
        ),
    ],
)
def test_the_plan_of_an_agreement_with_a_party(sentence: str, expected: set[str], absent: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


def test_a_list_goes_on_after_a_clause_that_stopped_it() -> None:
    text = (
        "The sides discussed the agreements reached during the minister's visit, including the opening of a "
        "Peruvian language and culture centre at the college, the organisation of joint olympiads for "
        "schoolchildren and the exchange of teaching staff."
    )
    found = set(_topics(text))
    expected = {"Peruvian language and culture centre", "joint olympiads", "exchange of teaching staff"}
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Most of them choose such specialties as medicine, civil engineering, oil and gas, and architecture.",
            {"medicine", "civil engineering", "oil and gas", "architecture"},
        ),
        ("The institute trains staff in such fields as hydrology and geodesy.", {"hydrology and geodesy"}),
    ],
)
def test_such_fields_as(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # an acronym after "in the field of" is a field
        (
            "The parties agreed to intensify work on joint projects in the field of IT and digitalization.",
            {"joint projects", "IT", "digitalization"},
            set(),
        ),
        # "the priorities of" and "the main directions of" name no field
        ("He told about the priorities of the state youth policy.", {"state youth policy"}, set()),
        ("They signed an agreement on mutual recognition of degrees and titles.", set(), {"titles"}),
    ],
)
def test_acronyms_priorities_and_directions(sentence: str, expected: set[str], absent: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The rector spoke about the history of the college, its structure and achievements.", {"structure"}),
        (
            "The guests were informed about the college's infrastructure, laboratories and dormitories.",
            {"infrastructure", "laboratories", "dormitories"},
        ),
        ("The sides agreed to continue the dialogue and to meet again next year.", {"dialogue"}),
    ],
)
def test_what_a_guest_is_shown_or_told_of_a_college_is_no_field(sentence: str, absent: set[str]) -> None:
    found = set(_topics(sentence))
    assert not absent & found, found


def test_careers_in_fields_and_a_bare_field_word() -> None:
    found = set(
        _topics("Graduates will be prepared for careers in finance, accounting and international business.")
    )
    assert {"finance", "accounting", "international business"} <= found, found
    assert _topics("The college is a recognised leader in the field.") == []


def test_a_list_of_one_item_a_line_without_bullets() -> None:
    text = (
        "Lagos Polytechnic and Kyoto Institute of Design signed a memorandum.\n\n"
        "The memorandum provides for:\n"
        "joint research projects;\n"
        "exchange of students and staff;\n"
        "joint conferences.\n\n"
        "The agreement is valid for five years and may be extended by mutual consent of the two parties.\n"
    )
    found = set(_topics(text, lead=""))
    assert {"joint research projects", "exchange of students and staff", "joint conferences"} <= found, found
    assert not any("consent" in t or "five years" in t for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The sides discussed transport and logistics, water and energy issues and regional security.",
            {"transport and logistics", "water and energy", "regional security"},
        ),
        ("They discussed the current state of Peruvian-Chilean relations.", {"Peruvian-Chilean relations"}),
    ],
)
def test_issues_of_a_field_and_the_state_of_relations_of_two_nations(
    sentence: str, expected: set[str]
) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The partnership builds on a joint programme. It will also support faculty exchanges, joint workshops "
            "and a summer research program.",
            {"joint workshops", "summer research program"},
        ),
        ("The director looked forward to working with the college on chip design.", {"chip design"}),
        (
            "The college is investing heavily in battery research and workforce development.",
            {"battery research"},
        ),
    ],
)
def test_what_it_will_support_working_with_a_party_on_and_investing_in(
    sentence: str, expected: set[str]
) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


def test_relations_in_fields_and_history_as_a_field() -> None:
    found = set(_topics("They discussed Peruvian-Chilean relations in the scientific and cultural spheres."))
    assert {"Peruvian-Chilean relations", "scientific and cultural relations"} <= found, found
    found = set(_topics("Areas of cooperation include philology, history and archaeology."))
    assert {"philology", "history", "archaeology"} <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Following the talks, a Memorandum of Understanding on Academic Cooperation was signed.",
            "academic cooperation",
        ),
        (
            "The side proposed to sign an Agreement on Cooperation in the Field of Youth Policy.",
            "youth policy",
        ),
        (
            "The ministries signed a Protocol on the Mutual Recognition of Diplomas.",
            "mutual recognition of diplomas",
        ),
        ("The colleges sign MoU on Joint Research in Nanotechnology", "nanotechnology"),
    ],
)
def test_the_field_in_a_documents_title(sentence: str, expected: str) -> None:
    found = [t.lower() for t in _topics(sentence)]
    assert expected in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Professor Tanaka has more than 20 years of experience in university management.",
        "World leaders in the region met in Astana last week.",
        "The ambassador hoped the agreement would contribute to the strengthening of friendship.",
        "The rector noted that the students study hard.",
        "She thanked the embassy for its support in organising the event.",
        "Relations in recent years have reached a new level.",
        "Cooperation in 2019 grew fast.",
    ],
)
def test_a_career_a_crowd_of_leaders_friendship_and_times_are_no_fields(sentence: str) -> None:
    assert _topics(sentence) == []


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Ghana, Peru Universities Discuss Cooperation In Mining And Geology\n\nRector Ade Bello met the delegation.",
            {"mining", "geology"},
            set(),
        ),
        # a place in a headline stays a place
        (
            "Kenya And Chile Discuss Cooperation In Chile\n\nRector Ade Bello met the delegation.",
            set(),
            {"chile"},
        ),
    ],
)
def test_the_fields_of_a_headline_in_title_case(text: str, expected: set[str], absent: set[str]) -> None:
    found = {t.lower() for t in _topics(text, lead="")}
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The institute is known for AI-related research and health-related projects.", {"AI", "health"}),
        (
            "Cooperation in terms of academic mobility and joint research was discussed.",
            {"academic mobility"},
        ),
        (
            "Areas of focus include teacher education, early childhood education and special needs education.",
            {"teacher education", "early childhood education", "special needs education"},
        ),
    ],
)
def test_related_research_in_terms_of_and_areas_of_focus(sentence: str, expected: set[str]) -> None:
    found = set(_topics(sentence))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The delegation attended the events devoted to the 75th anniversary of Lagos State Polytechnic University.",
            "75th anniversary of the university",
        ),
        (
            "The centre will mark the 30th anniversary of the Kyoto Institute of Design.",
            "30th anniversary of the institute",
        ),
    ],
)
def test_the_anniversary_of_an_institution(sentence: str, expected: str) -> None:
    assert expected in _topics(sentence)


def test_places_in_title_case_are_no_topic() -> None:
    found = _topics("The rector spoke about language centres in Chile, Peru and Bolivia.")
    assert not any(w in t for t in found for w in ("Peru", "Bolivia")), found


def test_where_a_field_is_placed_ends_it() -> None:
    text = 'The rector told the consul about the introduction of a "Peruvian history" course in the curriculum of the faculty.'
    assert "Peruvian history course" in _topics(text)


def test_an_event_held_in_a_place_keeps_its_place() -> None:
    found = _topics("The parties discussed issues of holding the Days of Peruvian Culture in Chile.")
    assert "Days of Peruvian Culture in Chile" in found, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('He spoke about the "Beca Chile" scholarship programme.', "beca chile scholarship programme"),
        ('The lecture covered the new economic policy "Nurly Zhol".', "nurly zhol economic policy"),
        ("Students took part in the “Young Engineers” olympiad.", "young engineers olympiad"),
    ],
)
def test_a_quoted_name_with_its_kind(sentence: str, expected: str) -> None:
    found = [t.lower() for t in _topics(sentence)]
    assert expected in found, found
