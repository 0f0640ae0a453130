"""Cohorts, session 10: sentences written for these tests.

Where a cohort is when the text names its institution elsewhere: "the partner university" (the one
the sentence does not name), "the Norwegian university | the campus" as the subject, a relative clause
on the institution just named ("B, which hosts", "B, where 40 students study"), "Of the 120 ... in
Korea, 35 study at B", parts of a cohort of no one country (", 12 from Ghana"). Counts told in dozens
or as "a thousand".
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract.cohorts import parse_count
from support.extracted import cohorts, sorted_cohort_pairs

A, B = "Volta Institute of Technology", "Fjord University"
K = "Kilimanjaro University of Mines"


_cohorts = partial(cohorts, published="2025-11-20")
_pairs = partial(sorted_cohort_pairs, published="2025-11-20")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"{A} and {B} signed an exchange agreement. Under it, 20 students of {A} will study at the partner "
            "university.",
            [(20, B)],
        ),
        (
            f"The rector of {K} received a delegation of {B}. From next year {K} will send 15 master's students "
            "to the partner university.",
            [(15, B)],
        ),
        (
            f"{B} renewed its memorandum with {A}. In spring, 12 researchers of {B} worked at the host "
            "institute for three months.",
            [(12, A)],
        ),
    ],
)
def test_the_partner_university_is_the_one_the_sentence_does_not_name(
    text: str, pairs: list[tuple[int, str]]
) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        f"The envoy of Senegal visited {B}. The Norwegian university now has 18 Senegalese students.",
        f"The envoy of Senegal visited {B}. Today the campus hosts 18 students from Senegal.",
        f"The envoy of Senegal visited {B} on Monday. This year the university welcomed 18 Senegalese students.",
    ],
)
def test_the_university_told_by_an_adjective_or_as_the_campus(text: str) -> None:
    assert _pairs(text) == [(18, B)]


@pytest.mark.parametrize(
    "text",
    [
        f"The ambassador visited {B}, which currently hosts 42 students from Kazakhstan.",
        f"The ambassador visited {B}, where 42 students from Kazakhstan currently study.",
        f"The ambassador toured {B}, where some 42 Kazakh students are enrolled.",
        f"The delegation went on to {B} (FU), where there are now 42 students from Kazakhstan.",
        f"The minister praised {B}, which has trained 42 Kazakh engineers since 2010.",
    ],
)
def test_a_relative_clause_on_the_institution_just_named(text: str) -> None:
    assert [(c.count, c.at) for c in _cohorts(text)][:1] == [(42, B)]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"Of the 120 Uzbek students in Korea, 35 study at {B}.", [(120, "Korea"), (35, B)]),
        (f"Of the 900 Ghanaian students in Morocco, 70 are enrolled at {K}.", [(70, K), (900, "Morocco")]),
        (f"Among the 64 Chilean researchers in Spain, 11 work at {A}.", [(11, A), (64, "Spain")]),
    ],
)
def test_a_part_of_a_group_at_a_place_of_its_own(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            f"Rector of {B} opened the week. The campus welcomed 60 international students, 12 from Ghana.",
            [(60, None), (12, "Ghana")],
        ),
        (
            f"{K} currently hosts 300 foreign students, 45 from Zambia and 30 from Malawi.",
            [(300, None), (45, "Zambia"), (30, "Malawi")],
        ),
        (
            f"This autumn {A} admitted 90 international students, 20 from Peru, to its engineering courses.",
            [(90, None), (20, "Peru")],
        ),
    ],
)
def test_parts_of_a_cohort_of_no_one_country(text: str, found: list[tuple[int, str | None]]) -> None:
    cohorts = _cohorts(text)
    assert [(c.count, c.from_country) for c in cohorts] == found
    assert len({c.at for c in cohorts}) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Two dozen students from Laos study at {B}.", 24),
        (f"A dozen Malian students are enrolled at {B}.", 12),
        (f"Nearly a thousand students from Nepal study at {B}.", 1000),
        (f"{B} hosts a hundred students from Nepal.", 100),
        (f"{B} currently hosts some three hundred students from Nepal.", 300),
    ],
)
def test_counts_in_words(text: str, count: int) -> None:
    assert _pairs(text) == [(count, B)]


def test_parse_count_reads_dozens_and_round_words() -> None:
    assert [parse_count(t) for t in ("two dozen", "half a dozen", "a thousand", "several dozen", "45")] == [
        24,
        6,
        1000,
        None,
        45,
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"The number of Rwandan students at {B} has increased from 40 to 80.",
        f"At {B}, the number of students from Rwanda has reached 80.",
        f"{B} said the number of its students from Rwanda has grown to 80.",
        f"The ambassador visited {B}. The number of Rwandan students at the university has doubled to 80.",
    ],
)
def test_the_number_of_a_group_grown_to_a_count(text: str) -> None:
    assert _pairs(text) == [(80, B)]


@pytest.mark.parametrize(
    "text",
    [
        f"Students from Rwanda at {B}, numbering 45, met the ambassador.",
        f"Rwandan students at {B} now number 45.",
        f"The Rwandan student community at {B} numbers 45.",
        f"Rwandan students at {B} (45 in total) met the ambassador.",
        f"The students from Rwanda enrolled at {B} (45) received their certificates.",
    ],
)
def test_a_count_told_after_who(text: str) -> None:
    assert _pairs(text) == [(45, B)]


def test_a_count_after_who_keeps_who_and_its_country() -> None:
    cohorts = _cohorts(f"Rwandan exchange students at {B} (45 in total) met the ambassador.")
    assert [(c.count, c.who, c.from_country) for c in cohorts] == [
        (45, "Rwandan exchange students", "Rwanda")
    ]


def test_counts_in_brackets_after_each_country() -> None:
    cohorts = _cohorts(f"{K} hosts students from Rwanda (45), Uganda (30) and Kenya (12).")
    assert [(c.count, c.at, c.from_country) for c in cohorts] == [
        (45, K, "Rwanda"),
        (30, K, "Uganda"),
        (12, K, "Kenya"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"Students from Rwanda at {B} (45%) praised the courses.",
        f"Students from Rwanda at {B} (2024) praised the courses.",
        f"Students from Rwanda at {B} (aged 19 to 24) praised the courses.",
        f"Students of {B} number among the best in the region.",
        f"Students are the number one priority of {B}.",
        f"The ambassador met Rwandan students (about 30) at {B}.",
        f"Students of {B}, numbering about 30, attended the lecture.",
        f"Rwandan students at {B} (about 30) attended the opening ceremony.",
    ],
)
def test_brackets_and_number_that_count_no_one(text: str) -> None:
    assert _cohorts(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            f"{B} currently hosts 30 students from Uganda. A further 20 will arrive in September.",
            [(30, "studying"), (20, "planned")],
        ),
        (
            f"{B} currently hosts 30 students from Uganda, and another 20 are expected next year.",
            [(30, "studying"), (20, "planned")],
        ),
        (
            f"Last year 30 Ugandan students began their studies at {B}; an additional 20 joined in spring.",
            [(30, "studying"), (20, "studying")],
        ),
    ],
)
def test_more_of_the_same_cohort(text: str, found: list[tuple[int, str]]) -> None:
    cohorts = _cohorts(text)
    assert [(c.count, c.status) for c in cohorts] == found
    assert {(c.at, c.from_country) for c in cohorts} == {(B, "Uganda")}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"Since 2019 {B} has sent 30 students to {A} and received 25.", [(25, B), (30, A)]),
        (
            f"Since 2019 {B} has sent 30 students to Japan and received 25 Japanese students.",
            [(25, B), (30, "Japan")],
        ),
        (f"Last year {K} sent 14 researchers to Brazil and hosted 9 from there.", [(14, "Brazil"), (9, K)]),
    ],
)
def test_both_directions_in_one_sentence(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        f"{B} employs 2,300 staff and was founded in 1911.",
        f"{B} has 45,000 alumni worldwide.",
        f"With more than 45,000 alumni, {B} is the largest in the region.",
        f"{B}, a university with 1,800 employees, signed the memorandum.",
    ],
)
def test_an_institutions_staff_and_alumni_are_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (f"This year 15 staff from Peru completed an internship at {B}.", (15, B)),
        (f"More than 300 Kazakh alumni of {B} work in the oil industry.", (300, B)),
    ],
)
def test_staff_and_alumni_from_a_country_are_a_cohort(text: str, pair: tuple[int, str]) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        f"The rector of {B} said 36 of its students are from Kazakhstan.",
        f"{B} reported that some 36 of its students come from Kazakhstan.",
        f"According to {B}, 36 of our students are Kazakh citizens.",
    ],
)
def test_n_of_its_students_are_at_the_institution_named_before(text: str) -> None:
    assert _pairs(text) == [(36, B)]


@pytest.mark.parametrize(
    "text",
    [
        f"{B} is proud to welcome 45 students from Laos this autumn.",
        f"This year {B} was pleased to host 45 Lao students.",
        f"{B} is delighted to receive 45 exchange students from Laos.",
    ],
)
def test_pleased_to_welcome(text: str) -> None:
    assert _pairs(text) == [(45, B)]


@pytest.mark.parametrize(
    "text",
    [
        f"During the visit the ambassador met 36 Kazakh students of {B}.",
        f"The consul met some 50 Ghanaian students at {K}.",
        f"{B} has 12 faculties and 300 professors.",
        f"{K} employs 420 researchers and 900 teachers.",
        f"With 1,100 lecturers, {A} is the largest technical school in the country.",
    ],
)
def test_an_audience_and_an_institutions_size_are_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (f"Over the past five years, 120 teachers from Kyrgyzstan have been trained at {B}.", (120, B)),
        (f"{B} currently has 40 teachers from China.", (40, B)),
        (f"In 2023, {K} hosted twenty-five researchers from Brazil.", (25, K)),
    ],
)
def test_teachers_and_researchers_who_moved_are_a_cohort(text: str, pair: tuple[int, str]) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            f"{A} and the University of Szeged renewed their partnership. Last year 18 students of {A} studied "
            "in Szeged.",
            "University of Szeged",
        ),
        (
            f"{K} signed agreements with the University of Szeged and the University of Debrecen. This spring "
            f"11 students of {K} did internships in Debrecen.",
            "University of Debrecen",
        ),
        (
            f"{A} and the University of Szeged renewed their partnership. Last year 18 students of {A} studied "
            "in Hungary.",
            "Hungary",
        ),
        (  # the city's country is named nowhere near: the institution told of last (cohorts.learned_places)
            f"{A} and the University of Szeged renewed their partnership. Last year 18 Ghanaian students studied "
            "in Szeged.",
            "University of Szeged",
        ),
    ],
)
def test_an_institutions_students_in_the_city_of_a_partner_are_at_the_partner(text: str, at: str) -> None:
    assert [(c.count, c.at) for c in _cohorts(text)][:1] in ([(18, at)], [(11, at)])


@pytest.mark.parametrize(
    "text",
    [
        f"{K} welcomed the delegation. There are currently 75 Zambian students studying at the University.",
        f"{K} welcomed the delegation. In addition, 75 students from Zambia are enrolled at the Institute.",
        f"The ambassador visited {K}, whose 75 Zambian students met him in the library.",
        f"{K}'s 75 Zambian students welcomed the ambassador.",
        f"The ambassador visited {K}, home to 75 Zambian students.",
        f"{K} has become a second home for 75 students from Zambia.",
        f"{K} now educates a total of 75 students from Zambia.",
    ],
)
def test_the_institution_as_owner_home_or_the_university_with_a_capital(text: str) -> None:
    assert _pairs(text) == [(75, K)]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            "The total number of Kyrgyz students at Russian universities exceeds 6,000.",
            "Russian universities",
        ),
        ("The number of Nepali students in Japan has reached 6,000.", "Japan"),
    ],
)
def test_the_number_of_a_group_at_a_generic_place(text: str, at: str) -> None:
    assert _pairs(text) == [(6000, at)]


@pytest.mark.parametrize(
    "text",
    [
        f"The Kazakh student community at {B} has grown to 250.",
        f"Kazakh students at {B} have increased from 40 to 250 in five years.",
        f"Students from Kazakhstan at {B} have already reached 250.",
    ],
)
def test_a_group_grown_to_a_count(text: str) -> None:
    assert [(c.count, c.at, c.from_country) for c in _cohorts(text)] == [(250, B, "Kazakhstan")]


@pytest.mark.parametrize(
    "text",
    [
        f"Students of {B} reached 250 in the national ranking.",
        f"Students of {B} rose to 25th place in the contest.",
    ],
)
def test_a_growth_of_no_one_countrys_group_is_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"The international students of {K} come from Zambia: 120, Malawi: 45 and Botswana: 30.",
        f"{K} hosts 300 foreign students; by country: Zambia - 120, Malawi - 45, Botswana - 30.",
        f"{K} international students by country\n\n| Country | Students |\n|---|---|\n| Zambia | 120 |\n"
        "| Malawi | 45 |\n| Botswana | 30 |\n",
    ],
)
def test_a_list_or_table_of_counts_by_country(text: str) -> None:
    found = [(c.count, c.at, c.from_country) for c in _cohorts(text) if c.from_country]
    assert found == [(120, K, "Zambia"), (45, K, "Malawi"), (30, K, "Botswana")]


@pytest.mark.parametrize(
    "text",
    [
        f"{K} partners by year\n\n| Country | Year |\n|---|---|\n| Zambia | 2019 |\n| Malawi | 2021 |\n",
        f"{K} students visited Zambia: 2024-2025 exchange, Malawi: next year.",
        f"{K} hosts 30 foreign students; its budget by country: Zambia - 120, Malawi - 45.",
    ],
)
def test_tables_and_lists_of_other_things_count_no_one(text: str) -> None:
    assert [c for c in _cohorts(text) if c.from_country] == []


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            "The new joint master's builds on an exchange with the University of Szeged under which 14 students "
            f"of {A} studied in Hungary last year.",
            "University of Szeged",
        ),
        (
            "The Seoul National University scheme extends a semester exchange under which 14 students of "
            f"{K} spent a term in Seoul.",
            "Seoul National University",
        ),
        (
            "Ties with the University of Szeged and the University of Debrecen are growing: 14 students of "
            f"{A} studied in Hungary last year.",
            "Hungary",
        ),
        (
            "Under the agreement with the University of Szeged, 14 Ghanaian students studied in Hungary.",
            "Hungary",
        ),
    ],
)
def test_an_institutions_students_abroad_at_the_one_university_the_sentence_names_there(
    text: str, at: str
) -> None:
    assert [(c.count, c.at) for c in _cohorts(text)] == [(14, at)]


@pytest.mark.parametrize(
    "text",
    [
        f"{B} welcomed the consul. Currently, 85 students from Chile are studying with us.",
        f"{B} welcomed the consul. Currently, 85 Chilean students study here.",
        f"The consul visited {B} on Friday. Some 85 students from Chile are enrolled here this year.",
    ],
)
def test_here_and_with_us_in_a_release(text: str) -> None:
    assert _pairs(text) == [(85, B)]


@pytest.mark.parametrize(
    "text",
    [
        f"Some 300 Uzbek students study at {B}, 35 of them at the Tashkent campus.",
        f"Some 300 Uzbek students study at {B}, 35 of them at its branch in Tashkent.",
        f"{B} hosts 300 Uzbek students, 35 of whom study at the medical faculty.",
    ],
)
def test_a_part_at_a_campus_of_the_institution(text: str) -> None:
    assert _pairs(text) == [(35, B), (300, B)] or _pairs(text) == [(300, B), (35, B)]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (f"The envoy toured {B}. Today 42 Kazakh students study at this higher education institution.", B),
        (
            "The envoy toured Lakeside College. Today 42 Kazakh students study at the college.",
            "Lakeside College",
        ),
        (
            "Currently, 42 Kazakh officers are training at the Fjord Military Academy.",
            "Fjord Military Academy",
        ),
        (
            "This year 42 young diplomats from Afghanistan completed courses at the Fjord Diplomatic Academy.",
            "Fjord Diplomatic Academy",
        ),
        (f"{B} hosted 42 journalists from Laos for a two-week course.", B),
    ],
)
def test_more_institution_words_and_more_who(text: str, at: str) -> None:
    assert _pairs(text) == [(42, at)]


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador met 20 diplomats of the embassy.",
        f"Twelve police officers attended the seminar at {B}.",
    ],
)
def test_diplomats_and_officers_met_or_at_an_event_are_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"{B} hosted the delegation. In total, 2,800 foreign students study at the university, of which 1,500 are "
        "from China.",
        f"{B} hosts 2,800 foreign students, 1,500 of which come from China.",
        f"Of the 2,800 foreign students at {B}, 1,500 are Chinese.",
        f"Among the 2,800 foreign students at {B}, 1,500 are Chinese citizens.",
    ],
)
def test_of_which_and_a_part_told_by_its_demonym(text: str) -> None:
    assert [(c.count, c.at, c.from_country) for c in _cohorts(text)] == [(2800, B, None), (1500, B, "China")]


def test_a_list_of_agreements_of_which_some_is_no_cohort() -> None:
    assert _cohorts(f"{B} signed 12 agreements, of which 5 are with Chinese universities.") == []


def test_a_table_of_agreements_after_a_sentence_on_students_counts_no_one() -> None:
    text = f"{K} welcomed 20 students this year.\n\n| Country | Agreements |\n|---|---|\n| Zambia | 5 |\n| Malawi | 3 |\n"
    assert [c for c in _cohorts(text) if c.from_country] == []


@pytest.mark.parametrize(
    "text",
    [
        f"{B} hosts roughly 150 students from Peru.",
        f"{B} currently hosts an estimated 150 students from Peru.",
        f"{B} hosts approximately 150 students from Peru.",
        f"{B} is home to close to 150 students from Peru.",
        f"{B} hosts well over 150 students from Peru.",
        f"{B} hosts upwards of 150 Peruvian students.",
        f"A 150-strong group of Peruvian students arrived at {B}.",
        f"A 150-member cohort of students from Peru is studying at {B}.",
    ],
)
def test_more_words_of_approximation_and_a_strong_group(text: str) -> None:
    assert _pairs(text) == [(150, B)]


@pytest.mark.parametrize(
    "text",
    [
        f"The rector of {B} said 42 students from Kazakhstan had enrolled this year.",
        f"The head of {B} noted that this year 42 Kazakh students were admitted.",
        f"The vice-rector of {B} told the guests that 42 young people from Kazakhstan are currently studying.",
    ],
)
def test_the_head_of_an_institution_telling_of_its_own_people(text: str) -> None:
    assert _pairs(text) == [(42, B)]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"The rector of {B} noted that currently 42 Kazakh students are studying in Germany.",
            [(42, "Germany")],
        ),
        (f"The rector of {B} said 42 Kazakh students of the university study abroad.", [(42, "abroad")]),
        (f"The rector of {B} said 42 students visited the museum.", []),
    ],
)
def test_the_head_telling_of_people_elsewhere_or_not_studying(
    text: str, pairs: list[tuple[int, str]]
) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "The university, which currently hosts 42 students from Kazakhstan, plans to open a centre.",
        "The university, where 42 Kazakh students study, plans to open a centre.",
        "Its 42 Kazakh students welcomed the guest.",
        "At the university, 42 Kazakh students are enrolled.",
        "At the university there are currently 42 Kazakh students.",
    ],
)
def test_the_institution_of_the_sentence_before_by_a_pronoun_or_a_noun(sentence: str) -> None:
    assert _pairs(f"The envoy visited {B}. {sentence}") == [(42, B)]
