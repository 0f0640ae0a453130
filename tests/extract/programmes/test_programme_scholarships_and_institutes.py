"""Programmes (issue #11 item 3), session 7: sentences written for these tests.

Places offered with no count ("fellowships for students of A"), a scholarship named by one proper
word ("the MEXT scholarship", "offer Chevening scholarships"), joint institutes with words between
("a joint research institute"), double degrees told as "a diploma from A and a diploma from B";
and what is no programme: exchange programmes in the plural that someone wants to set up, and a
branch whose opening is only talked of.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import one_programme, programmes

A, B = "Zambezi University of Science", "Lisbon School of Engineering"


_programmes = partial(programmes, published="2025-11-20")
_one = partial(one_programme, published="2025-11-20")


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            f"The parties discussed joint research and the organisation of fellowships for students of {A}.",
            {A},
        ),
        (f"{B} will provide scholarships to Kenyan students.", {B}),
        (f"{A} offers full scholarships for young researchers from Laos.", {A}),
        (f"{B} awarded tuition grants to students of {A}.", {A, B}),
    ],
)
def test_places_offered_without_a_count_are_a_programme(text: str, partners: set[str]) -> None:
    prog = _one(text)
    assert prog.participants.count is None
    assert set(prog.partners) == partners


@pytest.mark.parametrize(
    "text",
    [
        f"{B} received research grants for young scientists.",
        f"{A} discussed scholarship rules with the ministry.",
        f"The rector of {A} thanked the donors for the scholarships.",
    ],
)
def test_grants_for_research_or_scholarships_for_no_one_are_no_programme(text: str) -> None:
    assert _programmes(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Embassy of Japan announced the MEXT scholarship for 2026.", "MEXT scholarship"),
        ("The minister signed agreements to offer Kazakhstan scholarships.", "Kazakhstan scholarships"),
        (f"Students of {A} can now apply for Chevening scholarships.", "Chevening scholarships"),
        (f"Two lecturers of {B} won the Marie Curie fellowship this year.", "Marie Curie fellowship"),
    ],
)
def test_a_scholarship_named_by_one_or_two_proper_words(text: str, name: str) -> None:
    assert _one(text).name == name


def test_a_named_scholarship_programme_keeps_the_word_programme() -> None:
    text = "Under the Nansen scholarship programme, 30 students from Ghana study in Norway."
    assert (_one(text).name, _one(text).participants.count) == ("Nansen scholarship programme", 30)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # with people counted: a joint body with none is no programme (session 17, test_joint_bodies_with_no_people.py)
        (
            f"{A} and {B} will establish a joint research institute for mining, which will admit 30 students a year.",
            "joint research institute",
        ),
        (
            f"{A} and {B} set up a joint laboratory of robotics, which will train 12 PhD students.",
            "joint laboratory",
        ),
        (
            f"{A} and {B} opened a Joint Engineering Centre in Maputo, which will admit 50 students a year.",
            "Joint Engineering Centre",
        ),
        (f"{B} and {A} launched a joint doctoral school in 2024.", "joint doctoral school"),
    ],
)
def test_a_joint_institute_with_words_between(text: str, name: str) -> None:
    prog = _one(text)
    assert (prog.name, prog.kind) == (name, "joint")
    assert set(prog.partners) == {A, B}


def test_joint_work_at_an_institute_is_no_joint_institute() -> None:
    assert _programmes(f"{A} and {B} discussed joint work at the institute of physics.") == []


@pytest.mark.parametrize(
    "text",
    [
        f"Graduates receive a diploma from {A} and a diploma from {B}.",
        f"Graduates will receive diplomas from {A} and {B}.",
        f"Students obtain a degree of {A} and another of the {B}.",
        f"Each graduate gets degrees from both {B} and {A}.",
    ],
)
def test_a_double_degree_told_as_two_diplomas(text: str) -> None:
    prog = _one(text)
    assert prog.kind == "double-degree"
    assert set(prog.partners) == {A, B}


def test_degrees_of_two_levels_are_no_double_degree() -> None:
    assert _programmes(f"{A} awards degrees of Bachelor and Master in physics.") == []


@pytest.mark.parametrize(
    "text",
    [
        f"The consul looks forward to establishing student exchange programmes with {A}.",
        f"The rector said {A} would launch joint research projects and exchange programmes with universities of Chile.",
        f"{A} and {B} intend to develop joint educational programmes in several fields.",
    ],
)
def test_programmes_in_the_plural_still_to_be_created_are_no_programme(text: str) -> None:
    assert _programmes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"{A} will receive students of {B} for internships and long-term exchange programmes.",
        f"PhD students of {A} are enrolled in joint programmes with {B}.",
        f"Students of the Open University and {A} take part in exchange programmes.",
    ],
)
def test_programmes_in_the_plural_that_run_are_programmes(text: str) -> None:
    assert _programmes(text) != []


@pytest.mark.parametrize(
    "text",
    [
        f"The parties discussed the project of opening a branch of {A} at {B}.",
        f"The sides signed agreements on the potential opening of a branch of {A} in Lisbon.",
        f"They considered the possibility of opening a branch campus of {A} in Lisbon.",
    ],
)
def test_a_branch_whose_opening_is_only_talked_of_is_no_programme(text: str) -> None:
    assert _programmes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # with the students it admits: with none counted a branch is no programme (session 18,
        # test_branches_visits_and_agreement_areas.py)
        f"{A} will open a branch in Lisbon next year. The branch will admit 300 students.",
        f"A branch of {A} was opened in Lisbon together with {B}. It will enrol 250 students a year.",
    ],
)
def test_a_branch_that_is_being_opened_stays_a_programme(text: str) -> None:
    assert _one(text).kind == "joint"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"{A} launched a pathway programme with {B} for international students.", "pathway programme"),
        (f"{A} runs a study abroad programme with {B}.", "study abroad programme"),
        (f"{B} hosts a visiting scholars programme together with {A}.", "visiting scholars programme"),
        (f"{A} opened its first master's programme with {B} in 2023.", "first master's programme"),
        (f"{A} has created a scholarship scheme with {B}.", "scholarship scheme"),
        (f"{B} organised a two-week training programme for teachers of {A}.", "training programme"),
    ],
)
def test_a_programme_of_study_run_with_a_partner(text: str, name: str) -> None:
    prog = _one(text)
    assert prog.name == name
    assert set(prog.partners) == {A, B}


@pytest.mark.parametrize(
    "text",
    [
        f"{A} signed a cooperation programme with {B}.",
        f"The ministers approved the work programme with {B} for 2025-2027.",
        f"{A} discussed a research programme with {B}.",
        f"The rector presented the university's programme with {B}.",
        f"{A} announced the programme with {B}.",
    ],
)
def test_a_programme_of_cooperation_or_work_is_no_programme_of_study(text: str) -> None:
    assert _programmes(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (f"{A} and {B} offer a joint MBA.", "joint"),
        (f"{A} and {B} will launch a dual PhD in 2026.", "double-degree"),
        (f"{A} and {B} will co-supervise doctoral students under a cotutelle agreement.", "double-degree"),
    ],
)
def test_a_degree_told_by_its_name_alone(text: str, kind: str) -> None:
    prog = _one(text)
    assert prog.kind == kind
    assert set(prog.partners) == {A, B}


@pytest.mark.parametrize(
    "text",
    [
        f"The joint PhD students of {A} presented their theses.",
        "The double MBA graduates received their diplomas.",
    ],
)
def test_people_of_a_degree_are_no_programme(text: str) -> None:
    assert _programmes(text) == []


M1, M2 = "Ministry of Education of Chile", "Ministry of Education of Vietnam"


@pytest.mark.parametrize(
    "second",
    [
        "According to this document, every year 15 students from Chile study on a scholarship programme in Vietnam.",
        "Under the agreement, ten students a year will take part in an exchange programme.",
        "The memorandum provides for a summer school for 30 students.",
        "Within the framework of the MoU, a joint master's programme in forestry will be launched.",
    ],
)
def test_a_programme_told_as_the_content_of_the_agreement_takes_its_parties(second: str) -> None:
    prog = _one(f"{M1} and {M2} signed a memorandum of understanding in 2021. {second}")
    assert {M1, M2} <= set(prog.partners)


def test_a_programme_not_told_as_the_agreement_s_content_keeps_its_own_partners() -> None:
    text = (
        f"{M1} and {M2} signed a memorandum of understanding in 2021. "
        f"Separately, {A} runs a summer school for 30 students."
    )
    assert _one(text).partners == [A]


def test_an_agreement_told_after_the_programme_gives_it_no_parties() -> None:
    text = (
        f"Under the agreement, {A} runs a summer school for 30 students. "
        f"{M1} and {M2} signed a memorandum of understanding in 2021."
    )
    assert _one(text).partners == [A]


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        (f"Under Erasmus+, six students of {A} will spend a semester at {B}.", "Erasmus+", 6),
        (f"{A} and {B} have cooperated within the Erasmus+ project since 2018.", "Erasmus+ project", None),
        (f"Four lecturers of {A} taught at {B} under Erasmus Plus mobility.", "Erasmus Plus mobility", 4),
    ],
)
def test_the_european_mobility_programme_by_its_names(text: str, name: str, count: int | None) -> None:
    prog = _one(text)
    assert (prog.name, prog.participants.count) == (name, count)
    assert set(prog.partners) == {A, B}


def test_a_university_named_after_erasmus_is_no_programme() -> None:
    assert _programmes("The rector of Erasmus University Rotterdam visited the embassy.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Students of {A} can apply to the “Study in Japan” programme.", "Study in Japan programme"),
        (
            f"{A} takes part in the 'Global Minds' scholarship programme.",
            "Global Minds scholarship programme",
        ),
        (f'{B} joined the "Open Doors" fellowship last year.', "Open Doors fellowship"),
    ],
)
def test_a_programme_named_in_quotes(text: str, name: str) -> None:
    assert _one(text).name == name


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        (f"{B} runs a summer programme for 25 students of {A}.", "summer programme", 25),
        (f"{B} offers summer courses for students of {A}.", "summer courses", None),
        (f"{A} will hold a winter course for 12 teachers of {B}.", "winter course", 12),
    ],
)
def test_a_season_s_course_or_programme(text: str, name: str, count: int | None) -> None:
    prog = _one(text)
    assert (prog.name, prog.participants.count) == (name, count)
    assert set(prog.partners) == {A, B}


@pytest.mark.parametrize(
    "second",
    [
        "The programme admits 25 students every year.",
        "It enrols 25 students every year.",
        "Under the programme, 25 students a year study in both cities.",
    ],
)
def test_the_next_sentence_gives_the_count_when_it_points_back(second: str) -> None:
    prog = _one(f"{A} and {B} have launched a joint master's programme in renewable energy. {second}")
    assert prog.participants.count == 25


@pytest.mark.parametrize(
    "second",
    [
        f"{A}, founded in 1918, has 28,000 students.",
        "Last year 64 teachers completed internships in Germany.",
    ],
)
def test_a_count_of_the_article_at_large_is_no_count_of_the_programme(second: str) -> None:
    prog = _one(f"{A} and {B} have launched a joint master's programme in renewable energy. {second}")
    assert prog.participants.count is None


def test_places_in_the_programme_s_sentence_come_before_a_count_told_later() -> None:
    text = (
        "Hungary offers 120 scholarships a year to Ghanaian students under the Stipendium Hungaricum programme. "
        "More than 450 Ghanaians study in Hungary."
    )
    assert _one(text).participants.count == 120


@pytest.mark.parametrize(
    "second",
    [
        "Students spend the first year in Tashkent and the second year in Munich.",
        "Students spend the first year in Tashkent and the second year in Munich and receive diplomas from both "
        "universities.",
        "Graduates receive diplomas of the two universities.",
    ],
)
def test_how_the_joint_programme_runs_is_no_second_programme(second: str) -> None:
    prog = _one(f"{A} and {B} have launched a joint master's programme in renewable energy. {second}")
    assert set(prog.partners) == {A, B}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Since 2019, 120 students of {A} have studied at {B} under Erasmus+.", 120),
        (f"Last year 30 students of {A} went to {B} through Erasmus Mundus.", 30),
    ],
)
def test_a_count_before_a_programme_named_without_the(text: str, count: int) -> None:
    assert _one(text).participants.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{A} and {B} agreed that up to five students from each university will spend a semester abroad.",
            10,
        ),
        (
            f"Under the agreement of {A} and {B}, ten students of each side study at the partner institution.",
            20,
        ),
        (f"{A} and {B} will exchange three lecturers from each university every year.", 6),
    ],
)
def test_so_many_from_each_side_is_an_exchange(text: str, count: int) -> None:
    prog = _one(text)
    assert (prog.kind, prog.participants.count) == ("exchange", count)
    assert {A, B} <= set(prog.partners)


def test_scholarships_beside_an_exchange_programme_are_a_programme_of_their_own() -> None:
    text = (
        f"Since 2020, {A} and {B} have run an academic exchange programme. "
        f"The ambassador said his country will provide ten scholarships annually for students of {A}."
    )
    counts = sorted((p.name, p.participants.count or 0) for p in _programmes(text))
    assert counts == [("exchange programme", 0), ("scholarships", 10)]
