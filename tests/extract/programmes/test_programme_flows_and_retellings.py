"""Programmes (issue #11 item 3), session 8: sentences written for these tests.

A programme offered jointly by two institutions, funded places as a scholarship, a proper name with a
word in lower case before its kind ("the Bolashak international scholarship"), people counted each way
(one programme per flow, each with its count), and a programme told again in a later sentence ("The
programme will admit 20 students", "The new degree will enrol 30 students").
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import one_programme, programmes

A, B = "Volta Institute of Technology", "Fjord University of Applied Sciences"


_programmes = partial(programmes, published="2025-11-20")
_one = partial(one_programme, published="2025-11-20")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"The new bachelor's programme in data science is offered jointly by {A} and {B}.", None),
        (
            f"The master's programme in logistics, offered jointly by {B} and {A}, admits 25 students a year.",
            25,
        ),
        (f"From 2026 a summer school on water, jointly organised by {A} and {B}, will host 40 students.", 40),
        (f"The MBA is taught jointly by {A} and {B} in Accra.", None),
    ],
)
def test_a_programme_offered_jointly_by_two_institutions(text: str, count: int | None) -> None:
    prog = _one(text)
    assert (set(prog.partners), prog.participants.count) == ({A, B}, count)


@pytest.mark.parametrize(
    "text",
    [
        f"The conference, organised jointly by {A} and {B}, gathered 200 students.",
        f"The master's programme in physics is offered by {A}; a seminar was held jointly by {A} and {B}.",
    ],
)
def test_an_event_held_jointly_is_no_programme_of_both(text: str) -> None:
    assert all(set(p.partners) != {A, B} or "seminar" in p.name for p in _programmes(text))
    assert not any(p.name == "conference" for p in _programmes(text))


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        (
            f"The agreement provides for 30 fully funded places for Malian students at {A} every year.",
            "fully funded places",
            30,
        ),
        (f"{B} offers ten tuition-free places to students from Bhutan.", "tuition-free places", 10),
        (
            f"Each year {A} gives 12 state-funded places to young researchers from Laos.",
            "state-funded places",
            12,
        ),
    ],
)
def test_funded_places_are_a_scholarship_with_their_count(text: str, name: str, count: int) -> None:
    prog = _one(text)
    assert (prog.name, prog.kind, prog.participants.count) == (name, "exchange", count)


def test_places_with_no_funding_word_are_no_programme() -> None:
    assert _programmes(f"The new dormitory of {A} has 300 places for students.") == []


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        (
            "More than 12,000 young people have studied abroad under the Bolashak international scholarship.",
            "Bolashak international scholarship",
            12000,
        ),
        (
            "Some 300 students from Ghana have studied in Hungary under the Stipendium presidential programme.",
            "Stipendium presidential programme",
            300,
        ),
        ("She won the Nkrumah doctoral fellowship in 2024.", "Nkrumah doctoral fellowship", None),
    ],
)
def test_a_proper_name_with_a_word_in_lower_case_before_its_kind(
    text: str, name: str, count: int | None
) -> None:
    prog = _one(text)
    assert (prog.name, prog.participants.count) == (name, count)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Under the memorandum, every year 20 students from Ghana and 20 students from Norway study on a "
            f"scholarship programme at {A} and {B}.",
            [20, 20],
        ),
        (
            f"Under the agreement, 15 students from {A} and 10 students from {B} will take part in the exchange "
            "programme annually.",
            [15, 10],
        ),
    ],
)
def test_people_counted_each_way_give_one_programme_per_flow(text: str, counts: list[int]) -> None:
    found = _programmes(text)
    assert [p.participants.count for p in found] == counts
    assert found[0].partners == found[1].partners and found[0].name == found[1].name


def test_one_count_and_a_list_of_countries_is_one_programme() -> None:
    text = f"Under the exchange programme, 25 students from Ghana, Togo and Benin will study at {A}."
    assert [p.participants.count for p in _programmes(text)] == [25]


@pytest.mark.parametrize(
    ("second", "count"),
    [
        ("The programme will admit its first 20 students in September.", 20),
        ("This programme has enrolled 35 students since 2023.", 35),
        ("The new degree will take in 18 students a year.", 18),
    ],
)
def test_a_programme_told_after_an_agreement_takes_its_parties(second: str, count: int) -> None:
    prog = _one(f"{A} signed a memorandum of understanding with {B} on Monday. {second}")
    assert (set(prog.partners), prog.participants.count) == ({A, B}, count)


@pytest.mark.parametrize(
    "second",
    [
        "The new degree will enrol 30 students a year.",
        "The programme will admit 30 students a year.",
    ],
)
def test_a_count_told_later_goes_to_the_programme_before(second: str) -> None:
    prog = _one(f"{A} and {B} have agreed to launch a double degree in economics. {second}")
    assert (prog.kind, set(prog.partners), prog.participants.count) == ("double-degree", {A, B}, 30)


@pytest.mark.parametrize(
    "text",
    [
        f"{A} signed a memorandum with {B}. The programme of the visit included meetings with 30 students.",
        f"{A} hosted the rector of {B}. The programme covered visits to three laboratories.",
        "The programme will admit 20 students in September.",
    ],
)
def test_no_programme_told_again_without_people_taken_in_or_two_sides(text: str) -> None:
    assert _programmes(text) == []


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        (f"{A} and {B} run a PhD sandwich programme for 12 doctoral students.", "PhD sandwich programme", 12),
        (
            f"{A} runs a capacity-building programme for 30 civil servants of Malawi.",
            "capacity-building programme",
            30,
        ),
        (f"{A} trains engineers from Nepal under its KOSHI programme.", "KOSHI programme", None),
        (f"Lecturers of {B} teach in Peru under Norway's NORHED programme.", "NORHED programme", None),
    ],
)
def test_more_kinds_and_names_of_programmes(text: str, name: str, count: int | None) -> None:
    prog = _one(text)
    assert (prog.name, prog.participants.count) == (name, count)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"This year, 50 Zambian students received scholarships from {A}.", 50),
        (f"Since 2020, twelve researchers of {B} have been awarded fellowships at {A}.", 12),
        (f"Next year 40 students from Laos will be granted full scholarships by {B}.", 40),
    ],
)
def test_people_who_received_scholarships_count_the_places(text: str, count: int) -> None:
    prog = _one(text)
    assert (prog.kind, prog.participants.count) == ("exchange", count)


def test_a_prize_received_is_no_scholarship() -> None:
    assert _programmes(f"This year, 50 students of {A} received diplomas with honours.") == []


@pytest.mark.parametrize(
    "text",
    [
        f"The rector of {A} met representatives of the United Nations Development Programme in Lusaka.",
        f"The World Food Programme and {B} discussed school meals.",
        f"The State Programme for the Development of Education envisages new campuses for {A}.",
        f"{A} takes part in the National Programme for digital skills.",
    ],
)
def test_agencies_and_state_policies_named_programme_are_no_programme(text: str) -> None:
    assert _programmes(text) == []


def test_an_exchange_with_one_partner_takes_the_other_institution_of_the_tie() -> None:
    text = f"{A} signed a memorandum of understanding with {B} in March. The student exchange programme will start in 2026."
    prog = _one(text)
    assert (prog.kind, set(prog.partners)) == ("exchange", {A, B})


def test_an_exchange_takes_no_embassy_from_the_tie() -> None:
    text = (
        f"The Ambassador of Peru visited {A}. The parties agreed to work together on culture. "
        f"The rector said the academic mobility programme of {A} is growing."
    )
    assert all("Embassy" not in name for p in _programmes(text) for name in p.partners)


@pytest.mark.parametrize(
    "second",
    [
        "The first cohort of 15 students is expected to begin in the autumn.",
        "The initial intake of 15 students will arrive in September.",
    ],
)
def test_the_first_cohort_gives_its_size_to_the_programme_before(second: str) -> None:
    prog = _one(f"{A} and {B} signed an agreement establishing a dual-degree programme in geology. {second}")
    assert prog.participants.count == 15


def test_a_first_cohort_with_no_programme_before_makes_none() -> None:
    text = f"{A} signed a memorandum with {B}. The first group of 12 students visited the campus."
    assert _programmes(text) == []


@pytest.mark.parametrize("split", ["2+2", "3+1", "1+1"])
def test_the_numbers_of_a_split_programme_are_no_count(split: str) -> None:
    prog = _one(f"The sides discussed the launch of a {split} programme for students of {A} with {B}.")
    assert prog.participants.count is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Over 100,000 Peruvian students went abroad under the Science without Borders programme.",
            "Science without Borders programme",
        ),
        (
            f"Students of {A} can apply to the Andean Mobility for Students (AMS) programme.",
            "Andean Mobility for Students (AMS) programme",
        ),
        (
            f"Under the Study in Estonia programme, 40 students from Georgia study at {B}.",
            "Study in Estonia programme",
        ),
    ],
)
def test_a_proper_name_with_a_small_word_or_an_acronym_inside(text: str, name: str) -> None:
    assert _one(text).name == name


def test_a_programme_of_events_is_no_programme() -> None:
    assert (
        _programmes(f"The rector of {A} spoke at the programme of the Days of Chilean Culture in Riga.") == []
    )


def test_a_sentence_pointing_back_tells_of_the_programme_before() -> None:
    text = (
        f"The Embassy of Hungary presented the Danube scholarship programme to students of {A}. "
        "Each year the programme offers 200 scholarships to students from Malawi. "
        "The scholarships cover tuition fees and accommodation."
    )
    prog = _one(text)
    assert (prog.name, prog.participants.count) == ("Danube scholarship programme", 200)


def test_the_joint_programme_told_after_a_double_degree_is_that_double_degree() -> None:
    text = (
        f"{A} and {B} signed an agreement on a double degree programme in semiotics. "
        "Graduates will receive diplomas of both universities. "
        "The joint programme will start in September 2026 with 12 students."
    )
    prog = _one(text)
    assert (prog.kind, set(prog.partners), prog.participants.count) == ("double-degree", {A, B}, 12)


def test_a_joint_institute_beside_a_double_degree_stays_apart() -> None:
    text = (
        f"{A} and {B} launched a double degree programme. They also opened a joint institute of mining, which will "
        "admit 40 students a year."
    )
    assert sorted(p.kind for p in _programmes(text)) == ["double-degree", "joint"]


@pytest.mark.parametrize(
    "text",
    [
        f"The rector of {A} and the president of {B} discussed student exchange programmes.",
        f"{A} and {B} agreed to expand exchange programmes for students and staff.",
        f"{A} and {B} explored opportunities for joint programmes in public health.",
        f"The sides discussed cooperation in academic mobility, joint research and double-degree programmes between {A} and {B}.",
    ],
)
def test_programmes_in_the_plural_talked_of_are_no_programme(text: str) -> None:
    assert _programmes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"{A} currently runs exchange programmes with {B} and the University of Lima.",
        f"{A} and {B} discussed a double degree programme in public health.",
    ],
)
def test_programmes_that_run_or_one_programme_talked_of_stay(text: str) -> None:
    assert len(_programmes(text)) == 1


def test_a_programme_told_again_after_an_opening_phrase() -> None:
    text = f"{A} signed a memorandum with {B} in 2015. Since 2016, the programme has graduated 120 students."
    prog = _one(text)
    assert (set(prog.partners), prog.participants.count) == ({A, B}, 120)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"The agreement between {A} and {B} provides for the exchange of 10 students per year.", 10),
        (
            f"{A} signed a memorandum with {B}. The memorandum provides for annual exchanges of up to five teachers.",
            5,
        ),
    ],
)
def test_an_exchange_of_a_number_of_people_is_an_exchange_programme(text: str, count: int) -> None:
    prog = _one(text)
    assert (prog.kind, set(prog.partners), prog.participants.count) == ("exchange", {A, B}, count)


def test_an_exchange_of_people_with_no_number_is_no_programme() -> None:
    assert (
        _programmes(f"The sides discussed the exchange of students and teachers between {A} and {B}.") == []
    )


def test_a_count_before_under_academic_mobility_and_not_the_next_clause() -> None:
    text = (
        f"Currently, 120 students of {A} study in Korea under academic mobility programmes, "
        f"and 45 Korean students study at {A}."
    )
    assert [p.participants.count for p in _programmes(text)] == [120]


def test_a_named_programme_stays_apart_from_a_generic_one_of_the_same_sort() -> None:
    text = (
        f"Students of {A} study in Korea under academic mobility programmes. "
        "The ambassador said the Global Corea Scholarship programme annually provides 30 scholarships for students."
    )
    found = sorted((p.name, p.participants.count) for p in _programmes(text))
    assert found == [("Global Corea Scholarship programme", 30), ("mobility programmes", None)]


def test_a_count_told_of_the_programmes_in_the_plural() -> None:
    text = (
        f"{A} offers dual degree programmes with {B} in engineering and design. "
        "In the 2024-2025 academic year, 140 students were admitted to the programmes."
    )
    assert [p.participants.count for p in _programmes(text)] == [140]


def test_a_programme_run_by_one_institution_takes_the_other_of_its_tie() -> None:
    text = (
        f"{A} and {B} have renewed their strategic partnership for five years. "
        f"Since 2008, more than 300 students have taken part in the {B} visiting students programme."
    )
    prog = _one(text)
    assert (set(prog.partners), prog.participants.count) == ({A, B}, 300)


def test_a_scholarship_stays_its_givers() -> None:
    # told before the tie (after it, the scholarships are the tie's: test_places_of_a_tie_and_people_on_scholarships)
    text = (
        f"Each year {B} awards scholarships to 12 students. "
        f"{A} and {B} have renewed their strategic partnership."
    )
    assert [p.partners for p in _programmes(text)] == [[B]]


@pytest.mark.parametrize(
    ("second", "counts"),
    [
        (
            "According to the memorandum, 25 students from Ghana and 25 students from Norway will study at the "
            "partner universities every year.",
            [25, 25],
        ),
        (f"Under the agreement, ten students of {A} will spend a semester at {B}.", [10]),
        ("Under the agreement, up to 8 young researchers can undergo internships each year.", [8]),
    ],
)
def test_people_sent_under_an_agreement_are_an_exchange_of_its_parties(
    second: str, counts: list[int]
) -> None:
    found = _programmes(f"{A} and {B} signed a memorandum of understanding. {second}")
    assert [p.participants.count for p in found] == counts
    assert all(set(p.partners) == {A, B} for p in found)


def test_people_signing_an_agreement_are_no_exchange() -> None:
    text = f"{A} and {B} signed an agreement. The document was signed by 25 officials of both universities."
    assert _programmes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"{A} launched a new double-degree programme in public health. The programme is run together with {B}.",
        f"{A} will open a summer school on climate for 30 students. Its partner is {B}.",
        f"{A} has launched a master's programme with no partner named. This programme is offered in cooperation with {B}.",
    ],
)
def test_a_partner_told_in_the_next_sentence(text: str) -> None:
    assert set(_one(text).partners) == {A, B}


def test_an_institution_thanked_next_is_no_partner() -> None:
    text = (
        f"{A} launched a new double-degree programme in public health. The rector thanked {B} for the visit."
    )
    assert _one(text).partners == [A]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"{A} and {B} will exchange 20 students annually.", 20),
        (f"{A} and {B} agreed to exchange up to five lecturers a year.", 5),
    ],
)
def test_two_institutions_that_will_exchange_n_people(text: str, count: int) -> None:
    prog = _one(text)
    assert (prog.kind, set(prog.partners), prog.participants.count) == ("exchange", {A, B}, count)


def test_the_first_n_students_give_their_number_to_the_programme_before() -> None:
    text = (
        f"{A} and {B} announced a new dual degree in engineering management. "
        '"This dual degree strengthens the bonds between our universities," said the rector. '
        "The first 20 students will start in January 2026."
    )
    assert _one(text).participants.count == 20


def test_a_programme_word_inside_a_body_s_name_is_no_programme_name() -> None:
    text = "The Commonwealth Scholarship Commission awarded 40 scholarships to Nigerian students."
    assert [(p.name, p.participants.count) for p in _programmes(text)] == [("scholarships", 40)]
