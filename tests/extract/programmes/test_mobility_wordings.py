"""Programmes and cohorts in the genre's own words: sentences written for these tests (issue #11)."""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import cohort_triples


def _programmes(text: str) -> list[tuple[str, tuple[str, ...], int | None]]:
    record = extract_text(text, published="2024-05-10")
    return [(p.kind, tuple(sorted(p.partners)), p.participants.count) for p in record.programmes]


_cohorts = partial(cohort_triples, published="2024-05-10")


A, B = "Tallinn University of Technology", "Kyoto Institute of Design"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (f"{A} and {B} offer a double degree in robotics.", "double-degree"),
        (f"Students of {A} can earn dual degrees with {B}.", "double-degree"),
        (f"{A} and {B} launched a joint master's degree in design.", "joint"),
        (f"{A} runs joint programmes with {B} in three fields.", "joint"),
        (f"{A} will send students to {B} under exchange programs.", "exchange"),
        (f"The split programme lets students of {A} spend two years at {B}.", "double-degree"),
        (f"The 2+2 programme of {A} and {B} admits its first students in May.", "double-degree"),
    ],
)
def test_a_programme_of_two_partners(text: str, kind: str) -> None:
    assert (kind, tuple(sorted((A, B))), None) in _programmes(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Under the scholarship programme of {A}, fifty students a year study at {B}.", 50),
        (f"{A} grants 12 scholarships a year to students of {B}.", 12),
        (f"Some 40 researchers took part in the summer school of {A} and {B}.", 40),
        (f"The fellowship programme of {A} and {B} brings 15 young scientists to Tallinn each year.", 15),
    ],
)
def test_a_programme_with_its_participants(text: str, count: int) -> None:
    found = _programmes(text)
    assert any(partners == tuple(sorted((A, B))) and n == count for _, partners, n in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"More than 120 students from Nepal study at {A}.", (120, A, "Nepal")),
        (f"About 75 Kenyan students are studying at {A}.", (75, A, "Kenya")),
        (f"{A} hosts 68 Mongolian students.", (68, A, "Mongolia")),
        (f"Currently {A} has 310 students from Vietnam.", (310, A, "Vietnam")),
        (f"Forty-two students from Peru graduated from {A} last year.", (42, A, "Peru")),
        ("Today 1,500 students from Kazakhstan study in Germany.", (1500, "Germany", "Kazakhstan")),
        (f"Eighteen teachers from Laos did internships at {A}.", (18, A, "Laos")),
    ],
)
def test_a_cohort_counts_who_is_where(text: str, expected: tuple[int, str, str]) -> None:
    assert expected in _cohorts(text)


def test_a_cohort_inside_a_cohort_is_at_the_same_place() -> None:
    text = f"Over 9,000 students attend {A}, including some 800 foreign students from 30 countries."
    found = _cohorts(text)
    assert (9000, A, None) in found
    assert (800, A, None) in found


def test_a_year_or_an_age_is_no_cohort() -> None:
    text = f"In 2019 students of {A} visited {B}, and 25 years of cooperation were celebrated."
    assert _cohorts(text) == []


def test_a_season_school_is_a_programme_not_an_organisation() -> None:
    text = f"Among the 250 participants of the Summer School of {A}, 20 came from Chile."
    record = extract_text(text)
    assert "Summer School" not in [o.name for o in record.organizations]
    assert [(p.partners, p.participants.count) for p in record.programmes] == [([A], 250)]


def test_programmes_wished_for_with_no_partner_are_not_programmes() -> None:
    text = f"Rector of {A} Mart Kask met the guests. The parties discussed new joint educational programmes."
    assert _programmes(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "partners"),
    [
        (f"Students spend two years at {A} and two years at {B}.", "double-degree", (A, B)),
        (f"Students study three semesters in {A} and one semester in {B}.", "double-degree", (A, B)),
        # "opened a joint institute of robotics" with no people counted is a body, no programme (session 17:
        # tests/extract/programmes/test_joint_bodies_with_no_people.py), and so is "will open a branch campus of B"
        # (session 18: test_branches_visits_and_agreement_areas.py)
    ],
)
def test_programmes_without_the_word_programme(text: str, kind: str, partners: tuple[str, ...]) -> None:
    assert (kind, tuple(sorted(partners)), None) in _programmes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year 35 teachers from Uzbekistan did internships in Germany.", (35, "Germany", "Uzbekistan")),
        ("About 2,000 Kazakh students are now in South Korea.", (2000, "South Korea", "Kazakhstan")),
        ("Every year 40 students from Chile are sent to Spain.", (40, "Spain", "Chile")),
    ],
)
def test_a_cohort_of_a_whole_country_goes_where_the_text_says(
    text: str, expected: tuple[int, str, str]
) -> None:
    assert expected in _cohorts(text)


def test_programmes_in_the_plural_add_no_partner_to_the_programme_told_of() -> None:
    text = (
        f"The double-degree programme between {A} and {B} involves twelve students. "
        "Rector of Lund University Eva Holm and Dean of the Riga Business School Karl Ozols discussed "
        "the launch of new double-degree programmes."
    )
    assert _programmes(text) == [("double-degree", tuple(sorted((A, B))), 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "students of A" come from A; where they are is the place after "at"
        (f"Twenty-five students of {A} are studying at {B}.", (25, B, None)),
        (f"Twelve students from {A} took part in the mobility programme at {B}.", (12, B, None)),
        # the host before the count
        (f"{B} accepted 12 students from {A}.", (12, B, None)),
        (f"{B} is home to 45 international students from Estonia.", (45, B, "Estonia")),
        (f"{B} has admitted eighty new students from Estonia this year.", (80, B, "Estonia")),
        ("Japan hosts over 4,000 students from Estonia.", (4000, "Japan", "Estonia")),
        # the count after "the number of"
        ("The number of Estonian students in Japan has reached 500.", (500, "Japan", "Estonia")),
        (f"The number of students from Kenya at {B} exceeds 300.", (300, B, "Kenya")),
    ],
)
def test_more_ways_to_say_who_studies_where(text: str, expected: tuple[int, str, str | None]) -> None:
    assert expected in _cohorts(text)


def test_a_part_of_a_cohort_named_as_of_them() -> None:
    text = f"At present, 1,200 Kazakhstani students study in Japan, 40 of them at {B}."
    found = _cohorts(text)
    assert (1200, "Japan", "Kazakhstan") in found
    assert (40, B, "Kazakhstan") in found


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (f"{A} offers a double diploma programme with {B}.", "double-degree", None),
        (f"Ten students of {A} are studying at {B} under an exchange programme.", "exchange", 10),
        (f"The Erasmus+ programme allows 15 students of {A} to study at {B}.", "other", 15),
    ],
)
def test_more_programmes_of_two_partners(text: str, kind: str, count: int | None) -> None:
    found = _programmes(text)
    assert any(k == kind and partners == tuple(sorted((A, B))) and n == count for k, partners, n in found), (
        found
    )


def test_grants_for_students_are_a_scholarship_programme() -> None:
    text = (
        f"The Government of Estonia allocates 50 grants every year for students from Kenya to study at {A}."
    )
    assert any(n == 50 and A in partners for _, partners, n in _programmes(text))


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        # a proper name before a kind of programme is the programme's name
        (
            "Under the Stipendium Hungaricum scholarship programme, 200 students from Kenya study in Hungary.",
            "Stipendium Hungaricum scholarship programme",
            200,
        ),
        # places given as scholarships are the named programme's size, not a second programme
        (
            "The Government of Hungary provides 200 scholarships every year under the Stipendium Hungaricum programme.",
            "Stipendium Hungaricum programme",
            200,
        ),
        # the graduates of a programme are its participants
        (
            f"Since 2015, 120 students have graduated from the double-degree programme of {A} and {B}.",
            "double-degree programme",
            120,
        ),
    ],
)
def test_a_named_programme_with_its_size(text: str, name: str, count: int) -> None:
    record = extract_text(text, published="2024-05-10")
    assert [(p.name, p.participants.count) for p in record.programmes] == [(name, count)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{B} welcomed its first 20 students from Estonia.", (20, B, "Estonia")),
        (f"{B} is attended by 120 students from Estonia.", (120, B, "Estonia")),
        ("Today, more than 1,000 Estonians study in Japan.", (1000, "Japan", "Estonia")),
        ("Some 300 Kenyans are studying in Germany.", (300, "Germany", "Kenya")),
    ],
)
def test_yet_more_ways_to_say_who_studies_where(text: str, expected: tuple[int, str, str | None]) -> None:
    assert expected in _cohorts(text)


def test_a_part_from_one_country_of_a_cohort() -> None:
    found = _cohorts(f"{B} has 3,000 international students, including 200 from Estonia.")
    assert (3000, B, None) in found
    assert (200, B, "Estonia") in found


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        # a named scholarship with no word "programme"
        (
            "Under the Global Korea Scholarship, 15 students from Kenya study in Seoul.",
            "Global Korea Scholarship",
            15,
        ),
        ("Eight students received the Chevening Scholarship this year.", "Chevening Scholarship", 8),
    ],
)
def test_named_scholarships_and_quotas_are_programmes(text: str, name: str, count: int) -> None:
    record = extract_text(text, published="2024-05-10")
    assert (name, count) in [(p.name, p.participants.count) for p in record.programmes]


def test_a_quota_of_places_with_no_programme_named_is_a_planned_cohort() -> None:
    # the record's convention (session 12): the quota is the cohort's count, not also a programme's
    record = extract_text(
        f"{A} allocated a quota of 30 places for students from Kenya.", published="2024-05-10"
    )
    assert (30, "planned") in [(c.count, c.status) for c in record.cohorts]
    assert 30 not in [p.participants.count for p in record.programmes]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Currently 85 citizens of Estonia are studying at universities of Japan.", "universities of Japan"),
        ("About 40 students from Kenya study at universities in Germany.", "universities in Germany"),
        ("More than 500 Estonian students study at Japanese universities.", "Japanese universities"),
    ],
)
def test_a_cohort_at_a_country_s_universities_keeps_the_country(text: str, at: str) -> None:
    assert at in [c[1] for c in _cohorts(text)]
