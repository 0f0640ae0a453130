"""Topics, session 10: sectors and industries named by their field, a joint unit's field in lower case, a degree's
one-word field in title case, emphasis and best practices, what students are studying, the specialties of a
training, the plan of a road map, the reach of a tie ("extends to the fields of"), what a party is skilled in,
a field's acronym in a pair, and the people of an exchange after a listed field. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import assert_topics, topic_labels

_LEAD = "Vice-Chancellor of Lakeside University of Technology Amina Okafor received a delegation of Tampere Polytechnic. "


_topics = partial(topic_labels, lead=_LEAD)


_check = partial(assert_topics, lead=_LEAD)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a sector named by a noun: as written
        (
            "Graduates of the programme will find jobs in the oil and gas sector.",
            {"oil and gas sector"},
            set(),
        ),
        (
            "The partnership will train engineers who will work in the automotive industry.",
            {"automotive industry"},
            set(),
        ),
        (
            "Students from the hospitality industry attended the short course in Accra.",
            {"hospitality industry"},
            set(),
        ),
        # a sector named by an adjective: the field's noun
        (
            "The faculty works closely with the agricultural sector of Zambia.",
            {"agriculture"},
            {"agricultural sector"},
        ),
        # sectors of two fields: each field
        (
            "The energy and mining sectors will benefit most from the new agreement.",
            {"energy", "mining"},
            set(),
        ),
        (
            "The memorandum targets the oil and gas and mining sectors of Mongolia.",
            {"oil and gas", "mining"},
            {"oil", "gas"},
        ),
        # an owner, a size or a pointer names no field
        ("Companies from the private sector attended the signing ceremony.", set(), {"private sector"}),
        ("Graduates will work in the public and private sectors.", set(), {"public", "private"}),
        ("The whole sector will benefit from the new campus.", set(), {"whole sector"}),
    ],
)
def test_a_sector_named_by_its_field(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "The embassy will support a centre for Korean studies at the university.",
            {"Korean studies"},
            set(),
        ),
        (
            "The two sides agreed to establish a joint centre for water research at the university.",
            {"water research"},
            {"joint centre for water research"},
        ),
        (
            "Both universities plan to set up a new laboratory for additive manufacturing next year.",
            {"additive manufacturing"},
            {"new laboratory for additive manufacturing"},
        ),
        # the unit is the topic's place only: people are served, they are no field
        ("A centre for foreign students was opened last spring.", set(), {"foreign students"}),
    ],
)
def test_a_units_field_in_lower_case(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        ("The new programme leads to a Bachelor of Engineering in Mechatronics.", {"mechatronics"}, set()),
        ("The joint Doctor of Philosophy in Agronomy will open in 2027.", {"agronomy"}, set()),
        (
            "Graduates receive a Master of Arts in Spanish from both universities.",
            {"Spanish language"},
            set(),
        ),
        # a place after the degree's name is no field
        (
            "She earned a Master of Science in Nigeria before joining the faculty.",
            set(),
            {"nigeria", "Nigeria"},
        ),
    ],
)
def test_a_degrees_one_word_field_in_title_case(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Particular emphasis will be placed on food safety and veterinary medicine.",
            {"food safety", "veterinary medicine"},
        ),
        (
            "Emphasis is placed on clinical training and nursing education.",
            {"clinical training", "nursing education"},
        ),
        (
            "Special emphasis has been laid on seismology and disaster management.",
            {"seismology", "disaster management"},
        ),
    ],
)
def test_what_emphasis_is_placed_on(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected, set())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The partners will share best practices in quality assurance.", {"quality assurance"}),
        ("The universities agreed on sharing best practices in curriculum design.", {"curriculum design"}),
        ("Experts from Osaka shared know-how in earthquake engineering.", {"earthquake engineering"}),
    ],
)
def test_best_practices_and_know_how_shared_in_a_field(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected, set())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kazakh students are studying petroleum engineering, international relations and medicine at the university.",
            {"petroleum engineering", "international relations", "medicine"},
        ),
        (
            "More than 200 Ghanaian students were studying nursing, pharmacy and public health at medical schools last year.",
            {"nursing", "pharmacy", "public health"},
        ),
        (
            "Most of the students are studying architecture, civil engineering and economics.",
            {"architecture", "civil engineering", "economics"},
        ),
    ],
)
def test_what_students_are_studying(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected, set())


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "The university is ready to accept Uzbek students for training in the specialties of petroleum engineering "
            "and geology.",
            {"petroleum engineering", "geology"},
            {"specialties of petroleum engineering and geology"},
        ),
        (
            "The academy offers training in the disciplines of navigation and marine engineering.",
            {"navigation", "marine engineering"},
            set(),
        ),
        (
            "Scholarships are offered for studies in the subjects of mathematics, physics and computer science.",
            {"mathematics", "physics", "computer science"},
            {"subjects of mathematics"},
        ),
    ],
)
def test_the_specialties_of_a_training_are_its_fields(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The road map provides for joint training of engineers and the exchange of lecturers.",
            {"joint training of engineers", "exchange of lecturers"},
        ),
        (
            "The action plan envisages joint research in hydrology and summer schools for students.",
            {"hydrology", "summer schools"},
        ),
        (
            "The signed roadmap includes academic mobility and double-degree programmes.",
            {"academic mobility"},
        ),
    ],
)
def test_what_a_road_map_provides_for(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected, set())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The cooperation will also extend to the fields of archaeology and heritage conservation.",
            {"archaeology", "heritage conservation"},
        ),
        (
            "The partnership was expanded to the areas of forestry and wildlife management.",
            {"forestry", "wildlife management"},
        ),
        ("Ties between the two institutes have grown into the field of space research.", {"space research"}),
    ],
)
def test_what_a_tie_extends_to(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected, set())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Both institutions have a strong track record in marine science.", {"marine science"}),
        (
            "The programme will produce graduates skilled in cybersecurity and software engineering.",
            {"cybersecurity", "software engineering"},
        ),
        ("The Czech side has unique competence in glass technology.", {"glass technology"}),
    ],
)
def test_what_a_party_is_skilled_in(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected, set())


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "The sides agreed to cooperate in IT and agriculture.",
            {"IT", "agriculture"},
            {"agriculture and IT"},
        ),
        (
            "The universities will offer joint courses in ICT and data science.",
            {"ICT", "data science"},
            set(),
        ),
        ("The embassy proposed cooperation in robotics and AI.", {"robotics", "AI"}, {"robotics and AI"}),
    ],
)
def test_a_fields_acronym_in_a_pair_is_a_field(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "The MoU will see both institutions collaborate on research, staff and student exchanges, and capacity "
            "building.",
            {"research", "staff and student exchanges", "capacity building"},
            {"research, staff and student exchanges"},
        ),
        (
            "The agreement covers agronomy, faculty and student exchanges and joint publications.",
            {"agronomy"},
            {"agronomy, faculty and student exchanges"},
        ),
        # adjectives listed before one head stay one compound
        (
            "The envoy praised the scientific, educational and cultural ties between the two countries.",
            {"scientific, educational and cultural ties"},
            set(),
        ),
    ],
)
def test_the_people_of_an_exchange_after_a_listed_field(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "junk", "kept"),
    [
        # a link of manner
        (
            "The two discussed ways of deepening the existing partnership in geology.",
            {"existing partnership"},
            {"geology"},
        ),
        (
            "The envoy praised the strong ties and proposed cooperation in tourism.",
            {"strong ties"},
            {"tourism"},
        ),
        (
            "The rector hailed the long-standing relations and the new cooperation in forestry.",
            {"long-standing relations"},
            {"forestry"},
        ),
        # the parties themselves
        (
            "They opened a joint laboratory for seismology, volcanology and geodesy, the two universities announced.",
            {"two universities"},
            {"seismology", "volcanology"},
        ),
        (
            "Brazil is ready to support Nigerian institutions with training in biofuels.",
            {"Nigerian institutions"},
            set(),
        ),
        (
            "The minister is ready to assist Peruvian universities in mining engineering.",
            {"Peruvian universities"},
            set(),
        ),
        # an aim, not a field
        (
            "The agreement will contribute to the country's vision of a knowledge-based economy.",
            {"vision of a knowledge-based economy"},
            set(),
        ),
        # a clause of saying after the list
        (
            "Egypt will offer training in hydrology, geophysics and geodesy, noting that both countries face drought.",
            {"noting"},
            {"hydrology", "geophysics"},
        ),
        (
            "The university will help with teacher training and school management, adding that funds are ready.",
            {"adding"},
            {"teacher training", "school management"},
        ),
        # the names of faculties joined by "and" are no title of a topic
        (
            "The partnership will open opportunities for lecturers in the Faculties of Agriculture, Science and "
            "Engineering.",
            {"Science and Engineering"},
            set(),
        ),
    ],
)
def test_words_of_no_field(sentence: str, junk: set[str], kept: set[str]) -> None:
    _check(sentence, kept, junk)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # the next verb of the meeting ends the field
        (
            "The envoy thanked the rector for the development of cooperation in the field of education and invited "
            "him to visit Astana.",
            {"education"},
            set(),
        ),
        (
            "The dean spoke about cooperation in the field of forestry and thanked the embassy for its support.",
            {"forestry"},
            set(),
        ),
        (
            "The minister discussed partnership in the field of nuclear medicine and wished the students success.",
            {"nuclear medicine"},
            set(),
        ),
        # an agreement reached on a plan
        (
            "An agreement was reached to hold the Days of Vietnamese Culture in Lima next spring.",
            {"Days of Vietnamese Culture in Lima"},
            set(),
        ),
        ("A decision was made to launch a joint course in marine geology.", {"marine geology"}, set()),
        (
            "Consensus was also reached to organise summer schools in Turku.",
            {"summer schools in Turku"},
            set(),
        ),
        # the fields of relations between parties
        (
            "The ambassador highlighted the growing relations between both countries in education, culture and trade.",
            {"education", "culture", "trade"},
            set(),
        ),
        (
            "Ties between the two universities in veterinary science date back to 1998.",
            {"veterinary science"},
            set(),
        ),
        (
            "He praised the links between Accra and Seoul in shipbuilding, port logistics and maritime law.",
            {"shipbuilding", "port logistics", "maritime law"},
            set(),
        ),
    ],
)
def test_fields_of_plans_and_relations(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "Matters of mutual interest including student affairs and the teaching of Hindi came under discussion.",
            {"student affairs", "teaching of Hindi"},
            set(),
        ),
        (
            "Issues of common interest such as visa support and campus housing were also discussed.",
            {"visa support", "campus housing"},
            set(),
        ),
        (
            "Topics of mutual interest, including tuition fees and credit transfer, came up for discussion.",
            {"tuition fees", "credit transfer"},
            set(),
        ),
        # a list that goes on with "and the X of" after a stop
        (
            "The talks focused on the training of doctors in Cuban hospitals and the introduction of new nursing "
            "curricula.",
            {"training of doctors", "nursing curricula"},
            set(),
        ),
        (
            "They discussed the teaching of Korean in Uzbek schools and the publication of joint textbooks.",
            {"publication of joint textbooks"},
            set(),
        ),
        # ... not the second party of "between A and the city of B"
        (
            "Special attention was paid to contacts between the student unions of Ghana and the city of Busan.",
            set(),
            {"city of Busan"},
        ),
        # studying is no field
        (
            "The parties discussed the possibility of studying at Omani universities for Tanzanian students.",
            set(),
            {"studying"},
        ),
    ],
)
def test_matters_discussed_and_a_list_that_goes_on(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # what a curriculum stresses
        (
            "The curriculum emphasises software engineering, data analytics and embedded systems.",
            {"software engineering", "data analytics", "embedded systems"},
            set(),
        ),
        (
            "The new master's programme will prioritise renewable energy, grid design and energy policy.",
            {"renewable energy", "grid design", "energy policy"},
            set(),
        ),
        (
            "The training concentrates on welding, pipe fitting and quality control.",
            {"welding", "pipe fitting", "quality control"},
            set(),
        ),
        # praise of the people a field trains
        (
            "The sides agreed to cooperate in the training of high-quality human resources.",
            {"training of human resources"},
            {"training of high-quality human resources"},
        ),
        (
            "The rector proposed cooperation in preparing world-class engineers for the railways.",
            set(),
            {"world-class engineers"},
        ),
    ],
)
def test_what_a_curriculum_stresses_and_praise_of_people(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The agreement outlines the following areas of cooperation:\n- short-term training programmes for "
            "technicians;\n- joint research in soil science.",
            {"short-term training programmes"},
            {"short-term training programmes for technicians"},
        ),
        (
            "Areas of cooperation include:\n- summer schools for students;\n- scholarships for young researchers;\n"
            "- coral reef ecology.",
            {"summer schools", "scholarships", "coral reef ecology"},
            set(),
        ),
        (
            "The memorandum covers:\n- workshops for nurses and doctors\n- telemedicine\n- hospital management",
            {"workshops", "telemedicine", "hospital management"},
            {"workshops for nurses and doctors"},
        ),
    ],
)
def test_a_bullet_loses_whom_its_field_serves(text: str, expected: set[str], absent: set[str]) -> None:
    _check(text, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # synergies, and "not only ... but also in"
        (
            "The partners see synergies in hydrogen technology and battery research.",
            {"hydrogen technology", "battery research"},
            set(),
        ),
        (
            "Cooperation is planned not only in medicine but also in veterinary science.",
            {"medicine", "veterinary science"},
            set(),
        ),
        ("The rector saw synergies in tropical forestry.", {"tropical forestry"}, set()),
        # "topics like", "subjects such as": the words of the list, not of its kind
        (
            "The collaboration covers topics like soil fertility, irrigation and crop protection.",
            {"soil fertility", "irrigation", "crop protection"},
            {"topics like soil fertility"},
        ),
        (
            "The summer school will address subjects such as remote sensing, geodesy and cartography.",
            {"remote sensing", "geodesy", "cartography"},
            {"subjects such as remote sensing"},
        ),
        # "both in X and in Y"
        (
            "The sides agreed to cooperate both in teaching and in research.",
            {"teaching", "research"},
            {"teaching and in research"},
        ),
        (
            "The envoy proposed cooperation in aquaculture and in food processing.",
            {"aquaculture", "food processing"},
            set(),
        ),
        # a range of areas "from X to Y"
        (
            "The MoU spans a wide range of areas, from nanotechnology to public policy.",
            {"nanotechnology", "public policy"},
            set(),
        ),
        (
            "The grants cover many disciplines, from linguistics to astrophysics.",
            {"linguistics", "astrophysics"},
            set(),
        ),
        # courses and classes on a field, a chair of a field, the students of a field
        (
            "The Brazilian side offered training courses on tropical medicine.",
            {"tropical medicine"},
            {"medicine"},
        ),
        ("The institute runs evening classes on Korean calligraphy.", {"Korean calligraphy"}, set()),
        ("The embassy funds a chair of Polish studies at the university.", {"Polish studies"}, set()),
        (
            "The scholarships target students of engineering, agriculture and education.",
            {"engineering", "agriculture", "education"},
            set(),
        ),
        ("Teachers of Russian language from Osh attended the seminar.", {"Russian language"}, set()),
        ("The delegation met students of both universities.", set(), {"both universities"}),
    ],
)
def test_more_ways_to_name_fields(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "The Turkmen side proposed to organise a joint exhibition devoted to the 300th anniversary of Magtymguly "
            "Pyragy.",
            {"300th anniversary of Magtymguly Pyragy"},
            set(),
        ),
        (
            "A conference marking the 180th anniversary of Abai was held at the university.",
            {"180th anniversary of Abai"},
            set(),
        ),
        (
            "Students staged a play for the 125th anniversary of Mukhtar Auezov, the envoy said.",
            {"125th anniversary of Mukhtar Auezov"},
            set(),
        ),
        # an institution's keeps its kind; a country's is no person's
        (
            "The rector invited the envoy to the 50th anniversary of Makerere University.",
            {"50th anniversary of the university"},
            set(),
        ),
        (
            "The sides discussed events for the 30th anniversary of Kazakhstan.",
            set(),
            {"30th anniversary of Kazakhstan"},
        ),
    ],
)
def test_the_anniversary_of_a_person(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "The consul told the students about the requirements and rules for admission to Korean universities.",
            {"admission to Korean universities"},
            set(),
        ),
        (
            "The parties discussed the conditions for admission to medical programmes.",
            {"admission to medical programmes"},
            set(),
        ),
        (
            "The dean spoke about the procedures for credit transfer.",
            {"credit transfer"},
            {"procedures for credit transfer"},
        ),
        (
            "The sides discussed the criteria of selection of candidates for the grants.",
            {"selection of candidates"},
            {"criteria of selection of candidates"},
        ),
    ],
)
def test_the_terms_of_a_thing_are_the_thing(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a thesis supervised in two universities, worded as in French-speaking countries
        (
            "The two universities will develop cotutelle theses and joint diplomas.",
            {"cotutelle theses", "joint diplomas"},
        ),
        (
            "The agreement contemplates academic exchanges, co-tutored doctorates and joint publications.",
            {"co-tutored doctorates"},
        ),
        ("Three co-tutelle agreements were signed in Dakar.", {"co-tutelle agreements"}),
        # what a convention aims at; the transfer of technology; the results of research
        (
            "The convention aims at the valorisation of research results and technology transfer.",
            {"valorisation of research results", "technology transfer"},
        ),
        (
            "The memorandum covers the transfer of technologies, joint patents and start-up support.",
            {"transfer of technologies"},
        ),
        (
            "The convention covers the commercialisation of research results.",
            {"commercialisation of research results"},
        ),
    ],
)
def test_francophone_wordings_and_transfer(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected, set())


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a date after the cue's "on" is no field: the field comes later
        (
            "The two universities signed a memorandum of understanding on Monday to work together on Antarctic "
            "research.",
            {"Antarctic research"},
            {"Monday to work together on Antarctic"},
        ),
        (
            "The institutes agreed on Thursday to cooperate in permafrost monitoring.",
            {"permafrost monitoring"},
            set(),
        ),
        ("A memorandum on March 3 was followed by talks on seed banks.", {"seed banks"}, set()),
        # the studies of seas, poles and ranges are fields
        (
            "The institutes agreed to cooperate in Arctic studies and permafrost monitoring.",
            {"Arctic studies"},
            set(),
        ),
        ("The envoy proposed joint research on Amazonian biodiversity.", {"Amazonian biodiversity"}, set()),
        ("Cooperation in Andean archaeology was discussed.", {"Andean archaeology"}, set()),
    ],
)
def test_dates_after_a_cue_and_regions_studied(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a grant's name, then a word of its reach or sponsor, then its kind
        (
            "He spoke about the Bolashak international scholarship and the Erasmus+ programme.",
            {"Bolashak international scholarship", "Erasmus+ programme"},
            {"scholarship"},
        ),
        (
            "The envoy presented the Fulbright academic exchange programme.",
            {"Fulbright academic exchange programme"},
            set(),
        ),
        (
            "Graduates may apply for the Mombusho government scholarships.",
            {"Mombusho government scholarships"},
            set(),
        ),
        # where people study is no field; what they study is
        (
            "He noted the growing interest of Kazakh youth in studying in the Baltic states.",
            set(),
            {"Baltic states", "studying in the Baltic states"},
        ),
        (
            "The minister noted the interest of Nepali students in studying medicine.",
            {"medicine"},
            {"studying medicine"},
        ),
        (
            "The rector spoke of the interest of Omani students in studying abroad.",
            set(),
            {"studying abroad"},
        ),
    ],
)
def test_grants_named_with_a_qualifier_and_where_people_study(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # languages named apart from a nation's word, and how they are taught
        (
            "The week will include lectures on Hindi literature and a film festival.",
            {"Hindi literature"},
            set(),
        ),
        ("The institute offers Swahili courses for Korean diplomats.", {"Swahili courses"}, set()),
        ("The embassy supports Urdu teaching at the university.", {"Urdu teaching"}, set()),
        ("The Korean courses started in May.", {"Korean courses"}, set()),
        ("Malay students visited the campus in June.", set(), {"Malay students"}),
        # a chair in a field is the field
        (
            "They discussed setting up a chair in Indian studies at the university.",
            {"Indian studies"},
            {"chair in Indian studies"},
        ),
        ("The embassy will fund a chair of Turkic philology at the university.", {"Turkic philology"}, set()),
    ],
)
def test_languages_and_chairs(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a group or a committee on a field is the field
        (
            "The two sides agreed to set up a working group on curriculum harmonisation.",
            {"curriculum harmonisation"},
            {"working group on curriculum harmonisation"},
        ),
        (
            "The universities will create a joint research group on antimicrobial resistance.",
            {"antimicrobial resistance"},
            set(),
        ),
        ("A joint committee on quality assurance will meet twice a year.", {"quality assurance"}, set()),
        # an internship, a retraining or a fellowship in a field
        (
            "The hospital will host 15 Tanzanian nurses for a six-month internship in intensive care.",
            {"intensive care"},
            set(),
        ),
        (
            "The ministry will send 20 teachers for retraining in inclusive pedagogy.",
            {"inclusive pedagogy"},
            set(),
        ),
        ("Two fellowships in tropical ecology are offered each year.", {"tropical ecology"}, set()),
        # the challenges in a field
        ("The seminar addressed challenges in water governance.", {"water governance"}, set()),
        ("Experts discussed the challenges in rural healthcare.", {"rural healthcare"}, set()),
    ],
)
def test_groups_internships_and_challenges_in_a_field(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "junk", "kept"),
    [
        # manners of contact and of friendship name no field
        (
            "Both sides agreed on people to people and university to university contacts in agronomy.",
            {"people to people", "university to university contacts"},
            set(),
        ),
        (
            "The rector stressed people-to-people ties and cooperation in dentistry.",
            {"people-to-people ties"},
            {"dentistry"},
        ),
        (
            "The relations of brotherhood and friendship between the Kenyan and Ugandan peoples were discussed.",
            {"relations of brotherhood and friendship", "Ugandan peoples", "Kenyan and Ugandan peoples"},
            set(),
        ),
        (
            "The visits will further strengthen the fraternal ties between the two countries.",
            {"fraternal ties"},
            set(),
        ),
        (
            "The envoy praised the brotherly relations and proposed courses in Islamic finance.",
            {"brotherly relations"},
            set(),
        ),
        # ... while an exchange of peoples' contacts is still one: "people-to-people exchanges"
        (
            "The sides vowed to deepen cooperation in talent training and people-to-people exchanges.",
            set(),
            {"talent training", "people-to-people exchanges"},
        ),
    ],
)
def test_manners_of_contact_and_friendship(sentence: str, junk: set[str], kept: set[str]) -> None:
    _check(sentence, kept, junk)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # headlines of South Asian and African newsrooms
        ("Amity University inks pact with Kenyan university on nursing education", {"nursing education"}),
        ("Makerere signs deal with Korean institute on smart farming", {"smart farming"}),
        ("IIT Madras, Deakin University join hands for research in water security", {"water security"}),
        # "including in"
        (
            "The institutes will cooperate, including in vaccine research, genomics and bioinformatics.",
            {"vaccine research", "genomics", "bioinformatics"},
        ),
        ("Ties will deepen in several areas, including in maritime law.", {"maritime law"}),
        # whom a party trains, then the field
        ("The university has partnered with a Japanese firm to train students in robotics.", {"robotics"}),
        ("The hospital trains Malawian nurses in neonatal care.", {"neonatal care"}),
        ("The academy has trained 300 customs officials in risk management.", {"risk management"}),
    ],
)
def test_pacts_including_in_and_whom_a_party_trains(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected, set())


@pytest.mark.parametrize(
    "sentence",
    [
        "The university contributes to the training of skilled personnel in demand on the labour market.",
        "The academy trains engineers in time for the new season.",
        "The institute trains teachers in person and online.",
    ],
)
def test_what_in_opens_after_whom_a_party_trains_may_be_no_field(sentence: str) -> None:
    assert not {"demand", "time", "person"} & set(_topics(sentence))
