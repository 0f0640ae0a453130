"""Topics, session 11: the keyed scan of the cue pattern (same matches as the whole pattern, fewer tries).
Sentences written for these tests."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgpart.extract import extract_text
from kgpart.extract.topics import cues
from kgpart.extract.topics.keyed import KeyedPattern, alternative_keys
from support.extracted import assert_topics

#: Case-sensitive, as the topics stage runs it on the lower-cased text.
_WHOLE = re.compile(cues._CUE.pattern)

_SENTENCES = [
    "the rector and the ambassador discussed cooperation in the fields of hydrology, mining and tourism.",
    "a joint laboratory for materials science opened; the lab of the faculty was renovated.",
    "an in-demand field such as nursing; they mainly study medicine, engineering and law.",
    "the memorandum covers student exchange and joint supervision of phd theses.",
    "exchanged views on climate research.views were exchanged about water policy",
    "café-cooperation in art, naïvecooperation in dance, über talks on music",  # words after other letters
    "a\tcentre for robotics; an expert group on ai; the task force on food security",
    "issues related to migration and matters concerning visas were on the agenda.",
    "cooperation with universities of chile in copper mining; work together on geology",
    "",
    "cooperation",
    "in the field of",
]

#: Words that begin or end the cue pattern's alternatives, and words that only look like them.
_WORDS = sorted(
    set(
        " ".join(
            [
                "the a an in to it of on for with by and as such this which who they their our",
                "cooperation collaboration cooperating cooperate partnership partner fields field areas",
                "area spheres discussed discussion talks agreement memorandum mou joint research new lab",
                "laboratory centre center committee study studies courses programmes training experts",
                "interest interested focus focused aims aimed especially including expertise students",
                "graduates teachers covers and which will support work together ranging from between",
                "cent centre century themselves thesis inn tot ann ai an-najah in-demand water mining",
            ]
        ).split()
    )
)


def _spans(pattern: KeyedPattern | re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_cue_pattern_is_read_into_keys() -> None:
    """On this Python the keys are read: the fast scan is in use, not the fallback."""
    assert cues._CUE_LOWER.keyed
    keys = alternative_keys(cues._CUE.pattern)
    assert keys is not None
    assert all(keys)  # every alternative has keys


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_keyed_scan_finds_what_the_whole_pattern_finds(text: str) -> None:
    assert _spans(cues._CUE_LOWER, text) == _spans(_WHOLE, text)


def test_the_keyed_scan_finds_cues_at_all() -> None:
    text = _SENTENCES[0]
    assert _spans(cues._CUE_LOWER, text) == _spans(_WHOLE, text) != []


def test_the_unit_group_is_read_where_it_matched() -> None:
    found = [m.groupdict().get("unit") for m in cues._CUE_LOWER.finditer(_SENTENCES[1])]
    assert "joint laboratory for" in found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40), st.sampled_from([" ", "  ", ", ", "-", "\n"])
)
def test_the_keyed_scan_matches_the_whole_pattern_on_any_word_string(words: list[str], gap: str) -> None:
    text = gap.join(words)
    assert _spans(cues._CUE_LOWER, text) == _spans(_WHOLE, text)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:an?\s+lab|cooperat(?:e|ion)\s+in)\s+", [{"a", "an"}, {"coo"}]),
        (r"\b(?:into|in|to)\s+the\s+fields?\s+of", [{"int"}, {"in"}, {"to"}]),
        (r"\b(?:(?:joint\s+)?efforts|[a-c]x)\s", [{"joi", "eff"}, {"ax", "bx", "cx"}]),
        # a look-behind costs no letter: the key is the word the match starts with
        (r"\b(?:work(?<=our\swork)|covers)\s+on", [{"wor"}, {"cov"}]),
    ],
)
def test_keys_of_small_patterns(pattern: str, expected: list[set[str]]) -> None:
    assert alternative_keys(pattern) == [frozenset(k) for k in expected]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:talks|cooperation)\s+on",  # no \b first: another shape
        r"\b(?:(talks)\s+\1|cooperation\s+on)",  # a numbered group: its number would change
        r"\b(?:(?P<t>talks)\s+(?P=t)|cooperation\s+on)",  # a reference to a group
        r"\b(?:in|into)\s+the",  # the parser takes the common "in" out of the group: another shape
        r"\b(?:a|talks)",  # a match may end before its key is complete ("a" then any letter)
    ],
)
def test_a_pattern_it_cannot_read_runs_whole(pattern: str) -> None:
    keyed = KeyedPattern(pattern)
    text = "talks talks on water, cooperation on air and a talk"
    assert not keyed.keyed
    assert _spans(keyed, text) == _spans(re.compile(pattern), text)


# --- constructions of session 11: what the extractor reads, on sentences written for these tests ---

_LEAD = "Rector of Northfield State University Daniel Mensah received Ambassador of Peru Rosa Quispe. "


def _topics(text: str) -> set[str]:
    return {t.label for t in extract_text(_LEAD + text).topics}


_check = partial(assert_topics, lead=_LEAD)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a tie "across" its fields: every listed field
        (
            "The two universities will deepen cooperation across agriculture, public health and data science.",
            {"agriculture", "public health", "data science"},
        ),
        (
            "The alliance promotes collaboration across engineering, law and medicine.",
            {"engineering", "law", "medicine"},
        ),
        (
            "Peru and Ghana strengthen partnership across trade, education and culture.",
            {"trade", "education", "culture"},
        ),
        ("The consortium will foster links across geology and mining.", {"geology", "mining"}),
    ],
)
def test_a_tie_across_fields(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a project or a programme focuses on, said with a participle
        (
            "Focusing on sustainable tourism, the project involves three universities.",
            {"sustainable tourism"},
        ),
        ("The programme, focusing on maritime law, will admit 25 students.", {"maritime law"}),
        ("Focused on coastal engineering, the new master's course opens in Lima.", {"coastal engineering"}),
        ("The course focuses on conflict resolution.", {"conflict resolution"}),
    ],
)
def test_a_focus_said_with_a_participle(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected, {"the project", "project", "the new master's course"})


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a party specialises in
        ("The institute, founded by farmers, specializes in tropical agriculture.", {"tropical agriculture"}),
        ("The centre is specialized in paediatric oncology.", {"paediatric oncology"}),
        (
            "The partner college, which specialises in aviation maintenance, hosted the talks.",
            {"aviation maintenance"},
        ),
        ("Both faculties specialize in soil science and agronomy.", {"soil science"}),
    ],
)
def test_what_a_party_specialises_in(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time between the verb of a tie and its fields
        (
            "Kenyatta University and the University of Cusco have cooperated since 2019 in anthropology and linguistics.",
            {"anthropology", "linguistics"},
        ),
        ("The two institutes have collaborated for many years on volcanology.", {"volcanology"}),
        (
            "The faculties have been cooperating for over a decade in veterinary science.",
            {"veterinary science"},
        ),
    ],
)
def test_a_time_between_a_tie_and_its_fields(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a quantity of fields before the examples: the examples, never the quantity
        (
            "The parties explored cooperation in several fields, including aquaculture, forestry and rural development.",
            {"aquaculture", "forestry", "rural development"},
            {"several"},
        ),
        (
            "The universities cooperate in various areas, including hydrology and glaciology.",
            {"hydrology", "glaciology"},
            {"various"},
        ),
        (
            "Ties in many spheres, notably tourism, were reviewed by the delegation.",
            {"tourism"},
            {"many"},
        ),
        (
            "The sides agreed to cooperate in a number of areas such as nuclear medicine.",
            {"nuclear medicine"},
            {"a number", "number"},
        ),
    ],
)
def test_a_quantity_of_fields_is_no_field(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a centre of excellence: its field, not "excellence"
        (
            "A new centre of excellence in artificial intelligence will open in Nairobi.",
            {"artificial intelligence"},
            {"excellence in artificial intelligence", "excellence"},
        ),
        (
            "The sides agreed to set up a joint center of excellence for railway engineering.",
            {"railway engineering"},
            {"excellence for railway engineering"},
        ),
        (
            "The university hosts the regional centre of excellence on climate-smart agriculture.",
            {"climate-smart agriculture"},
            {"excellence on climate-smart agriculture"},
        ),
    ],
)
def test_a_centre_of_excellence_in_a_field(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a month after a field of an event is when, not what
        (
            "The sides will hold a workshop on biodiversity conservation in May.",
            {"biodiversity conservation"},
            {"biodiversity conservation in May"},
        ),
        (
            "A seminar on groundwater modelling is planned in May 2026.",
            {"groundwater modelling"},
            {"groundwater modelling in May 2026"},
        ),
    ],
)
def test_a_month_after_a_field_is_no_part_of_it(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # progress reviewed in a field
        (
            "The two sides reviewed progress in joint curriculum design, e-learning and quality assurance.",
            {"joint curriculum design", "quality assurance"},
        ),
        ("The partners noted the progress made in cancer research.", {"cancer research"}),
        (
            "The rector praised the progress achieved in staff mobility and joint publications.",
            {"staff mobility"},
        ),
    ],
)
def test_progress_in_a_field(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # a strategy names no field unless its field is said
        "The talks focused on developing a strategy for the university's growth.",
        "Both sides agreed on a strategy for the coming years.",
        "The rector presented the strategies of the university to the guests.",
    ],
)
def test_a_bare_strategy_is_no_topic(sentence: str) -> None:
    assert not {"strategy", "strategies"} & _topics(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a party's own units and their fields
        (
            "The delegation toured the university's laboratories for food technology and renewable energy.",
            {"food technology", "renewable energy"},
            set(),
        ),
        (
            "Our centre for Asian studies hosted the event.",
            {"Asian studies"},
            {"Asian studies hosted the event"},
        ),
        ("The faculty and its laboratory of soil physics joined the project.", {"soil physics"}, set()),
        # a unit's name in title case is a name, not a field
        (
            "The university's Centre for African Studies signed the MoU.",
            set(),
            {"African Studies", "African studies"},
        ),
    ],
)
def test_a_partys_own_unit_and_its_field(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the reach of a tie
        (
            "The collaboration will also extend to sports, arts and student entrepreneurship.",
            {"sports", "arts"},
        ),
        ("The partnership extends to veterinary science and animal husbandry.", {"veterinary science"}),
        ("Their cooperation has expanded to tourism and hospitality management.", {"tourism"}),
        # the fields discussed, said before "were"
        (
            "Other areas discussed were tourism promotion, heritage conservation and museum studies.",
            {"tourism promotion", "heritage conservation", "museum studies"},
        ),
        (
            "Topics raised at the meeting included seed banks and plant breeding.",
            {"seed banks", "plant breeding"},
        ),
        ("The issues considered were fisheries management and ocean governance.", {"fisheries management"}),
        # an adverb between a focus and its field
        (
            "The cooperation will focus primarily on renewable energy, while also covering water management.",
            {"renewable energy"},
        ),
        ("The programme focuses mainly on paediatric surgery.", {"paediatric surgery"}),
        ("Research will be focused largely on arid-land ecology.", {"arid-land ecology"}),
    ],
)
def test_the_reach_of_a_tie_and_fields_discussed(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a language after a head of teaching, as written
        (
            "The ambassador proposed opening courses of Arabic and French at the university.",
            {"Arabic and French"},
            set(),
        ),
        ("The embassy will send a teacher of Hindi to the university.", {"Hindi"}, set()),
        ("Lessons in Turkish and Persian are already taught at the faculty.", {"Turkish and Persian"}, set()),
        ("Classes of Swahili will begin in September.", {"Swahili"}, set()),
        ("The sides discussed academic mobility and the study of Portuguese.", {"Portuguese"}, set()),
        # the language courses are taught in; a name in title case
        ("The university offers courses in English for foreign students.", set(), {"English"}),
        ("The embassy funds courses of Korean Language Institute graduates.", set(), {"Korean"}),
        # what people of a language did is no part of it
        ("Students of Chinese attended the festival.", set(), {"Chinese attended the festival"}),
    ],
)
def test_a_language_after_a_head_of_teaching(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the field people are trained in
        ("The summer school will train young researchers in bioinformatics.", {"bioinformatics"}),
        ("The university has trained more than 300 Afghan doctors in surgery since 2010.", {"surgery"}),
        ("The centre is training rural teachers in inclusive education.", {"inclusive education"}),
        # institutions working on a field
        (
            "The network brings together 12 universities working on sustainable development.",
            {"sustainable development"},
        ),
        ("Two partner institutes working on seismic hazards joined the consortium.", {"seismic hazards"}),
        # theses and their supervision
        (
            "The two institutions will co-supervise PhD theses in applied mathematics.",
            {"joint supervision", "applied mathematics"},
        ),
        (
            "Doctoral dissertations on coastal erosion will be defended in both countries.",
            {"coastal erosion"},
        ),
        # what the talks or the sides addressed
        ("The talks also addressed youth unemployment and vocational guidance.", {"youth unemployment"}),
        ("The parties explored joint supervision and staff exchange.", {"staff exchange"}),
        (
            "The meeting reviewed the implementation of the double degree programme.",
            {"double degree programme"},
        ),
    ],
)
def test_trained_in_working_on_and_addressed(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # where people are trained, or that they are wanted, is no field
        ("The branch trains skilled personnel in demand on the labour market.", {"demand"}),
        (
            "The envoy proposed training technical personnel in the universities of Chile.",
            {"universities of Chile"},
        ),
        ("The ministry trains teachers in rural schools every summer.", {"rural schools"}),
    ],
)
def test_where_people_are_trained_is_no_field(sentence: str, absent: set[str]) -> None:
    assert not absent & _topics(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a laboratory named in lower case by its field, as written
        (
            "The Embassy of Japan donated equipment for the university's robotics laboratory.",
            {"robotics laboratory"},
            set(),
        ),
        (
            "The delegation visited a welding lab and the new laboratory of the faculty.",
            {"welding lab"},
            set(),
        ),
        (
            "Their hydrogeology laboratory will host two interns from Peru.",
            {"hydrogeology laboratory"},
            set(),
        ),
        # a laboratory's kind or owner is no field
        (
            "The rector showed the guests the computer lab and the language laboratory.",
            set(),
            {"computer lab", "language laboratory"},
        ),
        ("The joint laboratory will open in May.", set(), {"joint laboratory"}),
        ("The university's research laboratories are well equipped.", set(), {"research laboratories"}),
    ],
)
def test_a_laboratory_named_by_its_field(sentence: str, expected: set[str], absent: set[str]) -> None:
    _check(sentence, expected, absent)


def test_a_laboratory_read_back_stops_at_its_determiner() -> None:
    found = _topics("The rector showed the guests the robotics lab.")
    assert "robotics lab" in found
    assert not any(label.startswith("guests") for label in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        # a party, its partners or its own country are no field
        "The university is interested in expanding its network of partners.",
        "The minister spoke about the priorities of the government.",
        "The ambassador informed about the situation in his country.",
        "The rector told the guests about the network of partner universities.",
        "The envoy spoke about the plans of the ministry.",
    ],
)
def test_a_party_its_partners_or_its_country_are_no_topic(sentence: str) -> None:
    assert _topics(sentence) == set()


def test_reforms_in_ones_own_country_name_no_field() -> None:
    found = _topics("She spoke about the reforms in her country.")
    assert not any("country" in label for label in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        # the time a document covers, and what may be done with it, are no field
        "The memorandum covers the period 2025-2030 and may be extended.",
        "The agreement covers the period until 2030 and can be renewed.",
        "The programme includes a period of study abroad that could last a year.",
    ],
)
def test_a_period_and_a_modal_clause_are_no_topic(sentence: str) -> None:
    found = _topics(sentence)
    assert not any(label.startswith(("period", "may ", "can ", "could ")) for label in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a document's title in title case, its field after "in the Field of"
        (
            "The parties signed a Memorandum of Understanding in the Field of Higher Education and Science.",
            {"higher education and science"},
        ),
        ("The ministries signed a Protocol in the Sphere of Veterinary Medicine.", {"veterinary medicine"}),
        ("An Agreement in the Field of Geology and Mining was concluded.", {"geology", "mining"}),
        # what joint efforts fight; the field capacity is built in
        (
            "The two countries will join efforts to combat desertification and land degradation.",
            {"desertification", "land degradation"},
        ),
        ("The sides stressed cooperation to counter cyber threats.", {"cyber threats"}),
        ("The project will build capacity in disaster risk reduction.", {"disaster risk reduction"}),
        ("The grant helps strengthen institutional capacity in public procurement.", {"public procurement"}),
    ],
)
def test_titled_field_of_a_document_efforts_against_and_capacity_in(
    sentence: str, expected: set[str]
) -> None:
    _check(sentence, expected)


def test_in_the_field_of_in_title_case_after_no_document_reads_nothing() -> None:
    assert _topics("The Institute works in the Field of Nuclear Physics.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # the places of a visit, a time, a project, careers, words that only say "fields": no topic
        "The meeting reviewed the results of the past year.",
        "The parties explored the campus and the new library.",
        "The sides examined the possibility of opening a branch.",
        "Both universities specialise in a wide range of disciplines.",
        "Ten universities working on the project met in Lima.",
        "Students from 30 countries study there, focusing on their careers.",
        "The agreement will be extended to other universities of the region.",
        "The rector addressed the students and staff of the faculty.",
    ],
)
def test_new_cues_read_no_junk(sentence: str) -> None:
    assert _topics(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a nation's days of culture or science, named in title case, as written
        (
            "The parties discussed the holding of the Days of Culture of Uzbekistan in Hungary.",
            {"Days of Culture of Uzbekistan"},
        ),
        ("The Days of Hungarian Science will be held in May.", {"Days of Hungarian Science"}),
        ("A Week of Uzbek Cinema opened at the university.", {"Week of Uzbek Cinema"}),
        (
            "The Year of Science and Technology was declared by the two presidents.",
            {"Year of Science and Technology"},
        ),
        # a grant named in title case after a count or a verb of giving
        (
            "The embassy offers Chevening scholarships for one-year master's degrees in the UK.",
            {"Chevening scholarships"},
        ),
        (
            "Every year 200 Stipendium Hungaricum scholarships are awarded to Kenyan students.",
            {"Stipendium Hungaricum scholarships"},
        ),
        ("Students who received Fulbright scholarships met the ambassador.", {"Fulbright scholarships"}),
    ],
)
def test_days_of_a_culture_and_a_grant_after_a_count_or_a_verb(sentence: str, expected: set[str]) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # fields before "were highlighted / mentioned / cited as / singled out"
        (
            "Rising tuition fees and visa restrictions were cited as the main obstacles.",
            {"visa restrictions"},
            set(),
        ),
        (
            "Marine biology and fisheries were singled out as the most promising areas.",
            {"marine biology and fisheries"},
            set(),
        ),
        (
            "Staff exchange and joint publications were also highlighted.",
            {"staff exchange", "joint publications"},
            set(),
        ),
        (
            "The importance of vocational training was highlighted by the minister.",
            {"vocational training"},
            set(),
        ),
        # the importance of a tie is no field
        ("The importance of cooperation was mentioned by both sides.", set(), {"importance of cooperation"}),
        # a person named as something is no list of fields
        ("The rector was named as the coordinator of the project.", set(), {"rector"}),
    ],
)
def test_fields_before_highlighted_mentioned_or_cited(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    _check(sentence, expected, absent)


def test_two_lists_one_after_the_other(tmp_path: Path) -> None:
    """The lead line of a second list ends the first list: it is no item of it."""
    article = tmp_path / "lists.txt"
    article.write_text(
        "Coastal University signs memorandum with Andes University\n\n"
        "Rector of Coastal University Amal Haddad received Ambassador of Chile Ines Rojas.\n\n"
        "The memorandum provides for:\n"
        "- academic mobility of students and teachers;\n"
        "- joint research projects;\n"
        "- organisation of conferences and seminars.\n\n"
        "Areas of cooperation include:\n"
        "• water management\n"
        "• mining engineering\n",
        encoding="utf-8",
    )
    found = {t.label for t in extract_text(article.read_text(encoding="utf-8")).topics}
    assert {
        "joint research projects",
        "conferences and seminars",
        "water management",
        "mining engineering",
    } <= found
    assert not any("include" in label for label in found), found


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        # a degree by its abbreviation, and its field
        (
            "The university offers an MSc in petroleum geoscience together with Lima University.",
            {"petroleum geoscience"},
            set(),
        ),
        ("The partners will run a two-year LLM in maritime law.", {"maritime law"}, set()),
        ("A joint PhD in materials science was also announced.", {"materials science"}, set()),
        (
            "The first graduates of the dual MBA in energy management received their diplomas.",
            {"energy management"},
            {"energy management received their diplomas"},
        ),
        # a person's own degree is no field of the ties
        ("She holds a master's degree in economics from Moscow State University.", set(), {"economics"}),
        ("The ambassador, who earned a PhD in physics, visited the faculty.", set(), {"physics"}),
        ("He graduated with a degree in law from the University of Lima.", set(), {"law"}),
        # a degree the partners award stays
        ("Graduates receive a diploma in nursing from both universities.", {"nursing"}, set()),
    ],
)
def test_a_degree_by_its_abbreviation_and_ones_own_degree(
    sentence: str, expected: set[str], absent: set[str]
) -> None:
    _check(sentence, expected, absent)
