"""Programmes, session 9: sentences written for these tests.

Places given to people ("allocated 1,200 quota places for"), an agreement on academic mobility and the
people it sends, two proper names in one sentence, a first intake told long after the programme's
headline, a programme of its own name told as the double degree, the parties after "between", bodies
and schools only proposed, officials counted by a programme, scholarships only urged or open to a
group, places within a programme, and programmes in the plural that only say how a cohort came.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import one_programme, programmes, record

A, B = "Volta Institute of Technology", "Fjord University"
K = "Kilimanjaro University of Mines"


_record = partial(record, published="2025-11-20")
_programmes = partial(programmes, published="2025-11-20")
_one = partial(one_programme, published="2025-11-20")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "For the 2026/2027 academic year the Government of Ruritania has allocated 1,200 quota places for "
            "citizens of Nepal in its universities.",
            1200,
        ),
        (f"{B} reserves 40 seats annually for students from Bhutan.", 40),
        ("Every year the Government of Freedonia provides 75 places for young people from Laos.", 75),
        (f"Next year {A} will offer 15 additional places to graduates of {K}.", 15),
    ],
)
def test_places_given_to_people_are_a_programme_with_their_number(text: str, count: int) -> None:
    record = _record(text)
    found = [p.participants.count for p in record.programmes]
    assert found in ([count], [])
    # a quota with no programme named is a planned cohort (the record's convention, session 12): when one is read, the
    # places of one giver are its count alone (count_owner), not also a programme's
    assert all(c.status == "planned" for c in record.cohorts)
    if not found:
        assert count in [c.count for c in record.cohorts]


def test_places_of_a_dormitory_are_no_programme() -> None:
    assert _programmes(f"The new hall of {B} offers 300 places for students.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{B} and {A} signed a protocol on academic mobility of students and teachers on 3 March. Under the "
            f"protocol, 25 students of {B} will be sent to {A} for one semester every year.",
            25,
        ),
        # with no one counted it is no programme (session 18, test_branches_visits_and_agreement_areas.py)
        (
            f"The rectors of {B} and {K} signed an agreement on student exchange. Twelve students will take part in "
            "the exchange.",
            12,
        ),
        (
            f"A memorandum of understanding on academic mobility was signed between {A} and {K}, under which 10 "
            f"students will study at {K}.",
            10,
        ),
    ],
)
def test_an_agreement_on_academic_mobility_sets_up_an_exchange(text: str, count: int | None) -> None:
    prog = _one(text)
    assert (prog.kind, len(prog.partners), prog.participants.count) == ("exchange", 2, count)


def test_an_agreement_on_mobility_only_planned_sets_up_nothing() -> None:
    assert _programmes(f"{B} and {K} plan to sign a memorandum on academic mobility next year.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The two sides discussed the Mekong Fellowship Programme, which sponsors 15 members of staff every "
            "year, and the Global Andes Scholarship.",
            {"Mekong Fellowship Programme", "Global Andes Scholarship"},
        ),
        (
            f"The ambassador presented the Chevening Scholarships and the Commonwealth Fellowships to students of {B}.",
            {"Chevening Scholarships", "Commonwealth Fellowships"},
        ),
        (
            "The embassy told of the Baobab Scholarship and the Sahel Fellowship Programme.",
            {"Baobab Scholarship", "Sahel Fellowship Programme"},
        ),
    ],
)
def test_two_proper_names_in_one_sentence_are_two_programmes(text: str, names: set[str]) -> None:
    assert {p.name for p in _programmes(text)} == names


@pytest.mark.parametrize(
    "text",
    [
        f"The Erasmus+ programme provides 30 scholarships for students of {B}.",
        f"The Baobab Scholarship programme offers 30 scholarships a year to students of {B}.",
        f"Under the Danube Mobility Programme, {B} grants 30 scholarships to students of {K}.",
    ],
)
def test_the_places_of_a_named_programme_are_its_count(text: str) -> None:
    assert [p.participants.count for p in _programmes(text)] == [30]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{B} and {K} launch a double degree in geology. The agreement was signed in Oslo by the two rectors. "
            "Under the programme, students will spend the first year in Oslo and the second year in Arusha. The "
            "dean thanked the partners. The first intake of 20 students is planned for the autumn of 2026.",
            20,
        ),
        (
            f"{B} and {K} launch a joint PhD programme in hydrology. Under the programme, scholars will be jointly "
            "supervised and will be awarded a joint degree. A first cohort of 25 PhD scholars will be admitted in "
            "January 2026.",
            25,
        ),
        (
            f"{A} and {K} signed an agreement on a joint master's programme in tourism. In September, the first "
            "group of 15 students will begin their studies.",
            15,
        ),
    ],
)
def test_the_first_intake_is_the_count_of_the_programme_told_of(text: str, count: int) -> None:
    two_sided = [p for p in _programmes(text) if p.kind in ("joint", "double-degree")]
    assert [p.participants.count for p in two_sided] == [count]


@pytest.mark.parametrize(
    "text",
    [
        f"The rectors signed a double degree agreement between {B} and the {K}. Under the agreement, students of "
        "the Advanced Programme in Mining Geology can spend their final year in Arusha and receive degrees from "
        "both institutions. Each year the programme admits 60 students.",
        f"{B} and {K} signed a dual degree agreement. Students of the Blue Economy Programme will study two years "
        "at each and receive diplomas of both universities. Each year the programme admits 60 students.",
    ],
)
def test_a_named_programme_told_as_a_double_degree_is_the_double_degree(text: str) -> None:
    prog = _one(text)
    assert (prog.kind, set(prog.partners), prog.participants.count) == ("double-degree", {B, K}, 60)


@pytest.mark.parametrize(
    "text",
    [
        "On 12 June, the Deputy Minister of Education of Ruritania received the Ambassador of Freedonia on the "
        f"occasion of the signing of a double degree agreement between {B} and the {K}.",
        f"In the presence of the Embassy of Freedonia, a joint master's programme between {B} and {K} was launched.",
        f"The Ministry of Education of Ruritania welcomed the dual degree programme between {A} and {K}.",
    ],
)
def test_the_parties_after_between_run_the_programme(text: str) -> None:
    prog = _one(text)
    assert len(prog.partners) == 2 and K in prog.partners


@pytest.mark.parametrize(
    "text",
    [
        "The rector and the guests discussed prospects of cooperation in engineering education, joint research "
        f"in renewable energy and the establishment of a joint laboratory of welding technologies with {B}.",
        f"The sides also discussed the possibility of opening a joint master's programme in geology with {B}, "
        "and the organization of a summer school for students of technical specialties.",
        f"The ambassador proposed the creation of a joint research centre on water at {K}.",
    ],
)
def test_a_body_or_a_school_only_proposed_is_no_programme(text: str) -> None:
    assert not any(
        ("laborator" in p.name or "centre" in p.name or "school" in p.name) for p in _programmes(text)
    )


def test_a_joint_laboratory_opened_is_no_programme() -> None:
    # session 17: a joint body with no people counted is an organisation and a tie of its founders, not a programme
    # (bench/genre/README: "joint centres and laboratories recorded as organisations"); see
    # test_joint_bodies_with_no_people.py
    assert _programmes(f"{B} and {K} opened a joint laboratory of robotics in Arusha.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "She also told of the Technical Cooperation Programme of Freedonia, under which 40 officials and "
            "professionals of Ruritania attended short-term courses last year.",
            40,
        ),
        (f"Under the Mekong Training Programme, 25 officials completed courses at {B}.", 25),
        ("Some 12 Laotian professionals took part in the Greenway Fellowship Programme this year.", 12),
    ],
)
def test_officials_and_professionals_counted_by_a_programme(text: str, count: int) -> None:
    record = _record(text)
    assert [p.participants.count for p in record.programmes] == [count]
    assert record.cohorts == []


@pytest.mark.parametrize(
    "text",
    [
        f"The High Commissioner urged {B} to expand scholarships for students from remote regions of Nepal.",
        f"The ambassador called on {K} to offer more scholarships to students from Bhutan.",
        "The minister asked the universities to create fellowships for young researchers from Laos.",
    ],
)
def test_scholarships_only_urged_are_no_programme(text: str) -> None:
    assert _programmes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"{B} and the Embassy of Gambia signed a memorandum that will streamline admissions for Gambian students "
        "and make them eligible for merit scholarships.",
        f"Students of {K} can apply for full scholarships at {B}.",
        f"Graduates of {A} will be eligible for partial scholarships at {B}.",
    ],
)
def test_scholarships_open_to_a_group_are_a_programme(text: str) -> None:
    prog = _one(text)
    assert "scholarships" in prog.name and prog.participants.count is None and B in prog.partners


@pytest.mark.parametrize(
    "text",
    [
        "The embassy added that the Italian side will allocate five additional scholarships for participants of "
        "the new programme.",
        "Freedonia will provide ten scholarships for students of the new programme.",
        "The foundation grants 12 fellowships annually for participants of this programme.",
    ],
)
def test_places_within_a_programme_told_of_are_no_programme_of_their_own(text: str) -> None:
    assert _programmes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"At present 32 students of {B} are studying in Hungary under academic mobility and degree programmes.",
        f"About 120 students of {B} studied in Japan under exchange and internship programmes last year.",
        f"Some 45 students from Chile are studying at {B} within the framework of exchange and degree programmes.",
    ],
)
def test_programmes_of_several_kinds_that_brought_a_cohort_are_no_programme(text: str) -> None:
    record = _record(text)
    assert record.programmes == [] and len(record.cohorts) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Since 2015, more than 500 students have taken part in the exchange between {B} and {K}.", 500),
        (f"So far 80 students of {B} and {K} have participated in the academic mobility.", 80),
        (f"Last year 35 teachers of {B} took part in the staff exchange with {K}.", 35),
    ],
)
def test_people_who_took_part_in_the_exchange_count_an_exchange(text: str, count: int) -> None:
    prog = _one(text)
    assert (prog.kind, set(prog.partners), prog.participants.count) == ("exchange", {B, K}, count)


@pytest.mark.parametrize(
    "text",
    [
        f"{B} and the {K} signed a cooperation agreement on 5 May. The agreement establishes a double degree "
        "programme in civil engineering. Each year, up to ten students from each university will spend two "
        "semesters at the partner institution.",
        f"{B} and the {K} launched a joint master's programme in mining. Ten students from each side will study a "
        "year at the partner university.",
    ],
)
def test_people_from_each_side_are_the_flow_of_the_programme_just_told(text: str) -> None:
    prog = _one(text)
    assert (prog.kind in ("double-degree", "joint"), set(prog.partners), prog.participants.count) == (
        True,
        {B, K},
        20,  # ten from each side: both sides' people
    )


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"The agreement with {B} establishes a double degree in economics with {K}. Up to 15 students will be "
            "selected each year.",
            15,
        ),
        (
            f"{A} and {K} opened a joint master's programme in mining. Some 20 students are admitted annually.",
            20,
        ),
        (f"{B} launched a dual degree with {A}. 12 students were enrolled in the first year.", 12),
    ],
)
def test_people_admitted_in_the_next_sentence_count_the_programme(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


def test_an_exchange_with_another_partner_after_the_agreement_is_its_own() -> None:
    text = (
        f"{B} launches a joint PhD programme with {K}, which will start with 6 doctoral candidates. "
        f"The agreement with the {A} provides for the exchange of 10 students per semester."
    )
    found = {(p.kind, frozenset(p.partners), p.participants.count) for p in _programmes(text)}
    assert found == {("joint", frozenset({B, K}), 6), ("exchange", frozenset({A, B}), 10)}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Korean government scholarships have been awarded to 35 Mongolian students this year.", 35),
        ("This year, fellowships were granted to 12 young researchers from Laos.", 12),
        ("Study grants will be given to 40 students from Bhutan in 2026.", 40),
    ],
)
def test_scholarships_awarded_to_n_people(text: str, count: int) -> None:
    record = _record(text)
    assert [p.participants.count for p in record.programmes] == [count]
    assert record.cohorts == []


@pytest.mark.parametrize(
    "text",
    [
        f"{B} and {K} run a double degree programme in geology. Currently, 30 students are enrolled in it.",
        f"{B} and {K} run a joint master's programme in law. At present, 30 students are enrolled.",
        f"{A} and {K} opened a dual degree in chemistry. This year 30 students were admitted.",
    ],
)
def test_people_enrolled_now_in_the_next_sentence_count_the_programme(text: str) -> None:
    assert [p.participants.count for p in _programmes(text)] == [30]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"Within the Erasmus+ International Credit Mobility programme, {B} and {K} will exchange 16 students "
            "and 8 staff members over two years.",
            16,
        ),
        (f"Under the Mevlana programme, {B} and {A} will exchange 6 students a year.", 6),
        (f"Under the Erasmus+ project, {B} and {K} will exchange 20 students.", 20),
    ],
)
def test_an_exchange_told_within_a_named_mobility_programme_is_that_programme(text: str, count: int) -> None:
    assert [p.participants.count for p in _programmes(text)] == [count]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"The DAAD will support 10 young researchers from {K} with research stays at {B}.", 10),
        (f"The Baobab Foundation funds the studies of 20 students from Malawi at {B}.", 20),
        (f"The Embassy of Japan sponsors 15 teachers of {K} every year.", 15),
    ],
)
def test_a_funder_paying_for_people_is_a_programme_of_their_number(text: str, count: int) -> None:
    record = _record(text)
    assert [p.participants.count for p in record.programmes] == [count]
    assert record.cohorts == []


@pytest.mark.parametrize(
    "text",
    [
        f"The two sides discussed how to fund 20 more students from Malawi at {B}.",
        f"{B} supports 3,000 students with housing.",
        f"{K} financed 12 new laboratories for 400 students.",
    ],
)
def test_funding_only_wished_or_a_university_s_own_is_no_programme(text: str) -> None:
    assert _programmes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"The president visited Astana, where a branch of {B} was opened in the early 2000s.",
        f"A branch of {B} was opened in 2005 in Arusha and has trained many engineers.",
        f"{K} established its branch in Dodoma, which has operated since 2006.",
    ],
)
def test_a_branch_opened_years_ago_is_no_programme(text: str) -> None:
    assert _programmes(text) == []
