"""Programmes, session 10: counts and partners told in a sentence after the programme's own.

A count of people taken in told next ("Twenty students have enrolled so far", "Up to 10 students will be
chosen annually"), the room a programme has ("up to 40 places a year", "enrolment is capped at 30", "the
first intake of 25"), the top of a range, a joint master's named by its level alone, a visiting-professor
scheme, the PhD places of a joint laboratory, three partners that jointly run a programme, the partner
named in a sentence of its own; and what is no programme's count (a university's size, a year, staff,
money, a ranking, students who study somewhere now, "a further 12").
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import one_programme, programmes

A, B = "Volta Institute of Technology", "Fjord University"
C, D = "Kilimanjaro University of Mines", "Andes Polytechnic University"


_programmes = partial(programmes, published="2025-11-20", lead="News\n\n")
_one = partial(one_programme, published="2025-11-20", lead="News\n\n")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{B} and {A} launched a joint master's programme in data science last year. Twenty students have enrolled so far.",
            20,
        ),
        (
            f"{C} and {B} will run a double degree in geophysics. Up to 10 students will be chosen annually.",
            10,
        ),
        (
            f"{C} and {B} will launch a student mobility programme next year. Twelve students will take part in the first year.",
            12,
        ),
        (f"{D} and {A} opened a dual degree in forestry. Each year, 14 students will join it.", 14),
        (
            f"{A} has launched a double degree programme in finance with {B}. The programme was approved in May. "
            "So far, 18 students have signed up.",
            18,
        ),
    ],
)
def test_people_taken_in_told_in_a_later_sentence_count_the_programme(text: str, count: int) -> None:
    prog = _one(text)
    assert (len(prog.partners), prog.participants.count) == (2, count)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} have set up a double degree programme in logistics. The programme offers up to 40 places a year.",
            40,
        ),
        (f"{A} and {B} have set up a double degree programme in logistics with up to 40 places a year.", 40),
        (
            f"{A} and {B} launched a double degree programme in law. Enrolment is capped at 30 students per year.",
            30,
        ),
        (
            f"{C} and {D} launched a joint bachelor's programme in geology. The first intake of 25 will arrive in September.",
            25,
        ),
        (f"{C} and {D} agreed on a dual degree in metallurgy. Admission is limited to 16 per year.", 16),
        (f"{A} and {D} will offer a joint master's programme in tourism, with a capacity of 35.", 35),
    ],
)
def test_the_room_of_a_programme_is_its_count(text: str, count: int) -> None:
    prog = _one(text)
    assert (len(prog.partners), prog.participants.count) == (2, count)


@pytest.mark.parametrize(
    "text",
    [
        f"{A} and {B} launched a joint master's programme in data science, which will enrol between 20 and 25 students a year.",
        f"{A} and {B} launched a joint master's programme in data science. It will enrol 20-25 students a year.",
        f"{A} and {B} launched a joint master's programme in data science for 20 to 25 students a year.",
    ],
)
def test_a_range_of_people_gives_its_top(text: str) -> None:
    assert _one(text).participants.count == 25


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (f"{A} and {D} signed an agreement to launch a joint master's in renewable energy.", "joint"),
        (f"{A} and {D} will offer a dual master's in public health from next year.", "double-degree"),
        (f"{C} and {B} introduced a joint bachelor's in mining engineering.", "joint"),
    ],
)
def test_a_degree_named_by_its_level_alone(text: str, kind: str) -> None:
    prog = _one(text)
    assert (prog.kind, len(prog.partners)) == (kind, 2)


def test_a_joint_masters_told_again_takes_its_count() -> None:
    prog = _one(
        f"{A} and {D} signed an agreement to launch a joint master's in renewable energy. "
        "The joint master's will admit 20 students from next autumn."
    )
    assert (len(prog.partners), prog.participants.count) == (2, 20)


@pytest.mark.parametrize(
    "text",
    [
        f"{A} and {B} launched a visiting-professor programme.",
        f"{A} and {B} agreed on a visiting professor scheme.",
    ],
)
def test_a_visiting_professor_scheme_is_a_programme(text: str) -> None:
    assert len(_one(text).partners) == 2


@pytest.mark.parametrize(
    "text",
    [
        f"{A} and {C} opened a joint laboratory for battery research. The laboratory will host ten PhD students.",
        f"{A} and {C} set up a joint research centre on desalination. The centre will train 10 doctoral students.",
    ],
)
def test_the_places_of_a_joint_laboratory_are_its_count(text: str) -> None:
    prog = _one(text)
    assert (len(prog.partners), prog.participants.count) == (2, 10)


@pytest.mark.parametrize(
    "text",
    [
        f"{A}, {B} and {C} will jointly run a master's programme in mining engineering, which will admit 24 students a year.",
        f"{A}, {B} and {C} will together offer a summer school in geology for 24 students.",
    ],
)
def test_three_partners_that_jointly_run_a_programme(text: str) -> None:
    prog = _one(text)
    assert (set(prog.partners), prog.participants.count) == ({A, B, C}, 24)


@pytest.mark.parametrize(
    "text",
    [
        f"{A} has launched a double degree programme in finance. The partner institution is {B}.",
        f"{A} has launched a double degree programme in finance. Its partner university will be {B}.",
        f"{A} has launched a double degree programme in finance. The foreign partner is {B}. Thirty students will be admitted each year.",
    ],
)
def test_the_partner_named_in_a_sentence_of_its_own(text: str) -> None:
    assert set(_one(text).partners) == {A, B}


@pytest.mark.parametrize(
    "after",
    [
        f"{B} has 28,000 students.",
        "The programme will start in 2026.",
        f"{A} employs 900 professors.",
        "The programme costs 5,000 dollars a year.",
        f"{B} is ranked 150th in the world.",
        f"Currently 150 Kazakh students study at {B}.",
        "A further 12 students will join next year.",
        "The new hall of residence has 300 places.",
    ],
)
def test_no_count_from_a_sentence_that_gives_none_of_the_programme(after: str) -> None:
    prog = _one(f"{A} and {B} launched a double degree programme in chemistry. {after}")
    assert prog.participants.count is None


def test_a_further_intake_keeps_the_first_count() -> None:
    prog = _one(
        f"{A} and {B} opened a dual degree programme in 2024 with 25 students. A further 12 students will join in February."
    )
    assert prog.participants.count == 25


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} signed an agreement on a student exchange programme. Each university will send five students a year.",
            5,
        ),
        (
            f"{C} and {D} agreed on an exchange programme. Both sides will host up to eight students annually.",
            8,
        ),
        (
            f"{A} and {B} will run a dual degree in mechatronics. Thirty students, 15 from each university, will take part.",
            30,
        ),
        (
            f"{C} and {D} launched an exchange programme. A total of 40 students, 20 from each side, will participate in "
            "the first year.",
            40,
        ),
        (
            f"{A} and {D} launched a joint PhD programme. A dozen doctoral students will be admitted in the first year.",
            12,
        ),
        (
            f"{A} and {D} signed a dual degree agreement. Up to 40 students a year will be able to study under the dual degree.",
            40,
        ),
    ],
)
def test_a_total_or_each_sides_share_told_next(text: str, count: int) -> None:
    prog = _one(text)
    assert (len(prog.partners), prog.participants.count) == (2, count)


@pytest.mark.parametrize(
    "text",
    [
        f"{A} and {B} signed an agreement on Monday. The programme will allow 20 students of {A} to spend a year at {B}.",
        f"{A} and {B} signed an agreement on Monday. The scheme will send 20 students of {A} to {B} every year.",
    ],
)
def test_the_programme_of_an_agreement_told_by_what_it_allows(text: str) -> None:
    prog = _one(text)
    assert (set(prog.partners), prog.participants.count) == ({A, B}, 20)


def test_people_from_a_second_institution_attending_make_it_a_partner() -> None:
    prog = _one(
        f"{A} will host a summer school on climate science in July. Forty students from {B} will attend."
    )
    assert (set(prog.partners), prog.participants.count) == ({A, B}, 40)


def test_an_audience_of_a_ceremony_is_no_count() -> None:
    prog = _one(
        f"{A} and {B} launched a double degree programme in biology. About 300 students attended the signing ceremony."
    )
    assert prog.participants.count is None


def test_phd_positions_at_a_joint_laboratory() -> None:
    prog = _one(
        f"{A} and {C} opened a joint laboratory for battery research. The two universities will co-fund five PhD "
        "positions at the laboratory."
    )
    assert prog.participants.count == 5


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} launched a double degree programme in biology. 15 professors will teach in the programme.",
            None,
        ),
        (
            f"{A} and {D} launched a visiting professor scheme. Under the scheme, three professors from {D} will teach at {A} "
            "each year.",
            3,
        ),
    ],
)
def test_teachers_count_only_a_programme_for_teachers(text: str, count: int | None) -> None:
    assert _one(text).participants.count == count


@pytest.mark.parametrize(
    "text",
    [
        f"{A} and {B} signed an agreement on Monday. Under the programme, 20 students of {A} will study at {B} every year.",
        f"{A} and {B} signed an agreement on Monday. Within this scheme, 20 students of {A} will spend a semester at {B}.",
    ],
)
def test_under_the_programme_opens_the_programme_of_the_agreement(text: str) -> None:
    prog = _one(text)
    assert (set(prog.partners), prog.participants.count) == ({A, B}, 20)


@pytest.mark.parametrize(
    "text",
    [
        f"{A} and {B} signed a cooperation agreement. Under it, professors of {B} will teach at {A} as visiting professors.",
        f"Next spring {A} will host four visiting lecturers from {D}.",
    ],
)
def test_visiting_teachers_between_two_institutions(text: str) -> None:
    # session 18: teachers of one institution visiting another are a tie of the two, no programme (over G2-G12 none
    # of them was a gold programme; test_branches_visits_and_agreement_areas.py)
    assert [p for p in _programmes(text) if p.name.startswith("visiting")] == []


def test_visiting_professors_only_talked_of_are_no_programme() -> None:
    text = f"The rectors of {A} and {B} discussed inviting visiting professors in the future."
    assert [p for p in _programmes(text) if p.name.startswith("visiting")] == []


def test_phd_scholarships_are_places_of_the_joint_laboratory() -> None:
    prog = _one(
        f"The joint laboratory of {A} and {C}, co-funded by both universities, will offer five PhD scholarships."
    )
    assert (set(prog.partners), prog.participants.count) == ({A, C}, 5)


def test_scholarships_that_allow_people_to_study_count_them() -> None:
    progs = _programmes(
        f"Funded by the Embassy of Japan, the scholarships will allow ten students of {B} to study at {C}."
    )
    assert [p.participants.count for p in progs] == [10]
    assert {B, C} <= set(progs[0].partners)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} has launched a double degree programme in finance. The programme, run with {B}, will admit 20 students.",
            20,
        ),
        (f"{A} and {B} launched a dual degree in robotics. Each intake will comprise 20 students.", 20),
        (
            f"{A} and {B} launched a joint summer school in linguistics. The number of participants will be 30.",
            30,
        ),
    ],
)
def test_partner_and_count_in_the_next_sentence(text: str, count: int) -> None:
    prog = _one(text)
    assert (set(prog.partners), prog.participants.count) == ({A, B}, count)


@pytest.mark.parametrize(
    "after",
    [
        "The programme is ranked among the top 50 in Europe.",
        "The programme lasts two years and includes 120 credits.",
        f"{A} has 45,000 alumni in 80 countries.",
        f"{B} is in the group of 20 leading universities.",
    ],
)
def test_more_numbers_that_are_no_count(after: str) -> None:
    prog = _one(f"{A} and {B} launched a double degree programme. {after}")
    assert prog.participants.count is None


def test_a_total_beside_each_sides_share_in_the_next_sentence() -> None:
    prog = _one(
        f"{A} and {B} launched an exchange programme. Six students from each university will join the programme each "
        "year, 12 in all."
    )
    assert prog.participants.count == 12


@pytest.mark.parametrize(
    "after",
    [
        "Classes will begin in September with a first intake of 25 students.",
        "Classes will begin in September with an initial cohort of 25.",
        f"In the pilot phase, 25 students will spend a semester at {B}.",
    ],
)
def test_a_first_intake_anywhere_in_the_next_sentence(after: str) -> None:
    prog = _one(f"{A} and {B} will launch a dual degree in optics. {after}")
    assert prog.participants.count == 25


@pytest.mark.parametrize(
    "after",
    [
        f"The programme is a collaboration between {A} and {B}.",
        f"{B} will be the partner institution.",
        f"It is run together with {B}.",
    ],
)
def test_the_second_partner_told_in_the_next_sentence(after: str) -> None:
    prog = _one(f"{A} announced a double degree programme in econometrics. {after}")
    assert set(prog.partners) == {A, B}


def test_a_programme_told_as_a_collaboration_of_two() -> None:
    prog = _one(
        f"{A} launched a new master's programme in seismology last week. The programme is a collaboration between {A} "
        f"and {B}."
    )
    assert (prog.kind, set(prog.partners)) == ("joint", {A, B})


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} launched a dual degree in optics. The programme will admit six students from each university, "
            "or 12 a year in total.",
            12,
        ),
        (
            f"{A} and {B} launched a dual degree in optics, which will admit six students per side, 12 in total.",
            12,
        ),
        (f"{A} and {B} launched a dual degree in optics for six students from each university.", 12),
    ],
)
def test_each_sides_share_gives_way_to_a_total(text: str, count: int) -> None:
    assert _one(text).participants.count == count


def test_a_summer_school_only_discussed_is_no_programme() -> None:
    text = f"{A} and {B} signed a double degree agreement. The sides also discussed the organisation of a joint summer school."
    assert [p.kind for p in _programmes(text)] == ["double-degree"]


@pytest.mark.parametrize(
    "after",
    [
        "Speaking at a ceremony attended by about 200 students, the rector said the scholarships cover tuition.",
        "Some 200 students attended the ceremony, where the rector said the scholarships cover tuition.",
    ],
)
def test_an_audience_is_no_count_of_the_scholarships(after: str) -> None:
    text = (
        f"Students of {B} to benefit from Ruritanian scholarships\n\nThe Government of Ruritania will award 60 "
        f"scholarships to students of {B}. {after}"
    )
    progs = extract_text(text, published="2025-11-20").programmes
    assert [p.participants.count for p in progs] == [60]


def test_a_programme_of_the_headline_is_pointed_back_to_from_the_story() -> None:
    text = (
        "Volta Institute and Fjord University launch dual degree\n\n"
        f"{A} and {B} signed an agreement on a dual degree programme in physics on Monday. The rectors praised the "
        "growing cooperation. Up to 20 students will be admitted each year."
    )
    progs = extract_text(text, published="2025-11-20").programmes
    assert [(p.kind, p.participants.count) for p in progs] == [("double-degree", 20)]


def test_people_under_an_exchange_agreement_after_another_programme() -> None:
    text = (
        f"{A} will co-host a summer school in robotics with {B} in August. About 60 students are expected to take part. "
        "The rector said the school builds on the exchange agreement signed by the two universities in 2019, under which "
        "120 students have studied at the partner institution."
    )
    progs = _programmes(text)
    assert sorted((p.participants.count, len(p.partners)) for p in progs) == [(60, 2), (120, 2)]


def test_internships_under_a_named_programme_are_that_programme() -> None:
    progs = _programmes(
        f"Within the framework of the Ulan programme, 30 young scientists will undergo internships at {B}."
    )
    assert [(p.name, p.participants.count) for p in progs] == [("Ulan programme", 30)]


def test_the_number_of_scholarships_raised_to() -> None:
    prog = _one(
        f"The Embassy of Japan announced a new scholarship programme for students of {B}. This year, the number of "
        "scholarships was increased to 100."
    )
    assert prog.participants.count == 100


@pytest.mark.parametrize(
    "after",
    [
        f"The agreement provides for the training of 30 specialists a year at {B}.",
        f"Under the agreement, the secondment of 30 researchers to {B} is planned.",
    ],
)
def test_people_trained_under_the_agreement(after: str) -> None:
    prog = _one(f"{A} and {B} signed a cooperation agreement. {after}")
    assert (set(prog.partners), prog.participants.count) == ({A, B}, 30)


def test_a_first_cohort_named_late_in_a_sentence_far_from_the_programme() -> None:
    text = (
        f"{A} and {B} have launched a joint PhD programme in public health. The programme was announced at a ceremony "
        f"attended by 150 guests. {B}, founded in 1904, has over 38,000 students. Doctoral candidates will spend at "
        "least 12 months abroad. Applications open in September, and eight candidates will be selected for the first "
        "cohort."
    )
    assert _one(text).participants.count == 8


@pytest.mark.parametrize(
    ("after", "count"),
    [
        ("About 25 students are taking part this semester.", 25),
        ("Up to 16 students per year will receive a degree from both universities.", 16),
        ("Every year, 10 students will be able to spend a semester at the partner university.", 10),
        ("Some 40 students have already applied.", None),
        (f"Currently, 40 students from {A} are studying at {B}.", None),
    ],
)
def test_people_of_the_programme_in_more_wordings(after: str, count: int | None) -> None:
    prog = _one(f"{A} and {B} launched a double degree programme in agronomy. {after}")
    assert prog.participants.count == count
