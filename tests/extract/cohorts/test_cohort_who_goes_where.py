"""Cohorts (issue #11 item 4), session 7: sentences written for these tests.

Who goes where ("teachers of A visited Japan"), a count that continues a list and keeps the place
before it, nationals whose plural is the demonym ("600 Vietnamese study in Poland"), a host named
by "it" or before "was founded ... and has", and counts that are no cohort.
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import cohort_triples

H = "Andes Institute of Technology"
K = "Baltic Academy of Music"


_cohorts = partial(cohort_triples, published="2025-11-20")


@pytest.mark.parametrize(
    ("text", "count", "at"),
    [
        (f"Last year, 40 lecturers of {H} visited Japan for research.", 40, "Japan"),
        (f"This semester 18 researchers from {H} are visiting Finland on research stays.", 18, "Finland"),
        (f"Fifteen teachers of {H} travelled to Norway for a summer course.", 15, "Norway"),
        (f"Some 25 students of {H} were sent to Portugal for internships.", 25, "Portugal"),
        (f"In 2024, 12 teachers of {K} did internships in Germany.", 12, "Germany"),
    ],
)
def test_people_of_an_institution_who_went_abroad_are_counted_where_they_went(
    text: str, count: int, at: str
) -> None:
    found = _cohorts(text)
    assert (count, at) in [(c, a) for c, a, _ in found], found
    assert all(a != H and a != K for _, a, _ in found), found


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            f"Last year, 40 lecturers of {H} visited Japan for research, 37 students completed internships.",
            (40, "Japan"),
            (37, "Japan"),
        ),
        (
            f"In the spring, 12 teachers from {K} went to Finland for training, and 30 students did internships.",
            (12, "Finland"),
            (30, "Finland"),
        ),
        (f"{H} has 9,000 students and 640 teachers.", (9000, H), (640, H)),
        (
            f"Over 200 engineers from Chile were trained at {H}, while 35 researchers completed doctorates.",
            (200, H),
            (35, H),
        ),
    ],
)
def test_a_count_that_continues_a_list_keeps_the_place_before_it(
    text: str, first: tuple[int, str], second: tuple[int, str]
) -> None:
    found = [(c, a) for c, a, _ in _cohorts(text)]
    assert first in found, found
    assert second in found, found


def test_a_count_in_a_new_sentence_takes_no_place_from_the_sentence_before() -> None:
    text = (
        f"Last year, 40 lecturers of {H} visited Japan for research. Some 37 students completed internships."
    )
    assert _cohorts(text) == [(40, "Japan", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today, about 600 Vietnamese study in Poland.", (600, "Poland", "Vietnam")),
        ("Around 1,500 Chinese are studying in Belarus.", (1500, "Belarus", "China")),
        (f"About 200 Kyrgyz currently study at {H}.", (200, H, "Kyrgyzstan")),
        ("More than 900 Japanese studied in Canada last year.", (900, "Canada", "Japan")),
        (f"Nearly 300 Turks are enrolled at {K}.", (300, K, "Turkey")),
        ("Some 4,000 Poles study in Lithuania.", (4000, "Lithuania", "Poland")),
    ],
)
def test_nationals_whose_plural_is_the_demonym_or_irregular(
    text: str, expected: tuple[int, str, str]
) -> None:
    assert expected in _cohorts(text)


@pytest.mark.parametrize(
    "text",
    [
        f"{H} has signed agreements with 20 Chinese universities.",
        "About 300 Chinese companies work in Kazakhstan.",
        "The ministers said 400 Vietnamese attended the trade fair in Hanoi.",
        "In total, 12 Japanese delegations visited the city.",
    ],
)
def test_a_demonym_that_counts_things_or_an_audience_is_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{H} was founded in 1952 and has 12,000 students.", (12000, H, None)),
        (f"{K} was established in 1921 and now has about 800 students.", (800, K, None)),
        (
            f"{H} is the oldest in the region. It has graduated 45 students from Mongolia.",
            (45, H, "Mongolia"),
        ),
        (f"{K} is the oldest in the region. Currently, it hosts 60 students from Ghana.", (60, K, "Ghana")),
        (f"{H} opened in 1990, and it now trains 75 cadets from Laos.", (75, H, "Laos")),
    ],
)
def test_the_host_as_it_or_before_a_clause_and_has(text: str, expected: tuple[int, str, str | None]) -> None:
    assert expected in _cohorts(text)


@pytest.mark.parametrize(
    "text",
    [
        f"{H} was founded in 1952 and has 45 partner universities in 20 countries.",
        f"{H} was founded in 1952. It has signed 14 agreements with foreign universities.",
        f"{H} ranks 301st among 1,500 universities, and 35 percent of its students are women.",
        f"The scholarship of 1,500 euros a month is paid by {H}.",
        f"{H}, which turned 60 this year, hosts students from 30 countries.",
        f"In 2019, 2020 and 2021 students of {H} studied in Japan.",
        f"{K} cooperates with {H} and has 300 pianos.",
    ],
)
def test_years_money_ranks_percentages_and_counts_of_things_are_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


def test_a_clause_and_has_after_another_institution_is_not_read_as_its_host() -> None:
    text = f"{K} cooperates with {H} and has 300 students."
    assert (300, H, None) not in _cohorts(text)


@pytest.mark.parametrize(
    "text",
    [
        f"{H} organised a two-week training programme for 20 teachers from {K}.",
        f"{H} will host a winter school for 20 students of {K}.",
        f"{H} held Spanish language courses for 20 students of {K}.",
    ],
)
def test_people_of_a_for_whom_the_subject_holds_a_course_are_at_the_subject(text: str) -> None:
    found = _cohorts(text)
    assert (20, H, None) in found
    assert [c for c in found if c[1] == K] == []


def test_a_for_with_no_subject_of_its_own_says_nowhere() -> None:
    text = f"The embassy arranged Spanish courses for 20 students of {K}."
    assert [c for c in _cohorts(text) if c[1] == K] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Currently, more than 90,000 Kazakhstani citizens are studying abroad, including 15,000 in Russia.",
            (15000, "Russia", "Kazakhstan"),
        ),
        (
            "About 4,000 students from Laos study abroad, including some 900 in Vietnam.",
            (900, "Vietnam", "Laos"),
        ),
        (f"Some 1,200 Chilean students study in Japan, including 40 at {H}.", (40, H, "Chile")),
    ],
)
def test_a_part_of_a_cohort_with_a_place_of_its_own_after_including(
    text: str, expected: tuple[int, str, str]
) -> None:
    found = _cohorts(text)
    assert expected in found, found
    assert all(at is not None for _, at, _ in found)


def test_the_whole_keeps_its_own_place_when_a_part_is_elsewhere() -> None:
    found = _cohorts(f"Some 1,200 Chilean students study in Japan, including 40 at {H}.")
    assert (1200, "Japan", "Chile") in found
    assert (1200, H, "Chile") not in found


def test_a_part_from_a_country_of_a_cohort_with_no_place_is_left_out() -> None:
    # the whole is "abroad" (session 17: the gold's place of an outbound figure); its part has no place
    assert _cohorts("About 4,000 students study abroad, including 900 from Laos.") == [(4000, "abroad", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia allocated 500 state-funded places for students from Tajikistan for 2025.",
            (500, "Russia", "Tajikistan"),
        ),
        (f"{H} reserved 20 places for students of {K}.", (20, H, None)),
        (f"Next year {K} will offer 35 study places for young people from Bhutan.", (35, K, "Bhutan")),
        ("Every year Hungary sets aside 250 seats for Laotian students.", (250, "Hungary", "Laos")),
    ],
)
def test_places_given_to_people_are_a_planned_cohort(
    text: str, expected: tuple[int, str, str | None]
) -> None:
    # the record's convention (session 12): a quota of places with no programme named or described is a cohort with
    # the status "planned" (session 9 made it a programme's participants only); whether a programme also keeps the
    # count is the count-ownership step's to decide, not asserted here
    record = extract_text(text, published="2025-11-20")
    assert [(c.count, c.at, c.from_country, c.status) for c in record.cohorts] == [(*expected, "planned")]


@pytest.mark.parametrize(
    "text",
    [
        f"{H} has 14 dormitories for students.",
        f"{H} signed 5 agreements with students of {K}.",
        f"{H} opened 3 laboratories for researchers from Chile.",
        f"{K} runs 40 courses in English for students from Asia.",
    ],
)
def test_things_for_people_are_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{H} and {K} signed an agreement. The university, founded in 1918, has 28,000 students.",
            (28000, H, None),
        ),
        (
            f"{H} hosted a delegation of {K}. Rector Ana Ruiz said the university now has 9,000 students.",
            (9000, H, None),
        ),
    ],
)
def test_the_university_as_subject_is_the_article_s_own(text: str, expected: tuple[int, str, None]) -> None:
    assert expected in _cohorts(text)


@pytest.mark.parametrize(
    "text",
    [
        f"{H} met {K}. Since 2019, 64 teachers of the university have completed internships in Germany.",
        f"{K} met {H}. In 2024, 64 researchers from the institute did internships in Germany.",
    ],
)
def test_people_of_the_university_are_at_where_they_went(text: str) -> None:
    assert [(c, a) for c, a, _ in _cohorts(text)] == [(64, "Germany")]


def test_there_after_a_list_is_the_place_of_the_count_before() -> None:
    text = (
        f"{K} signed an agreement with {H}. Since 2019, 64 teachers of {K} have trained in Germany, "
        "and 120 students have studied there."
    )
    assert [(c, a) for c, a, _ in _cohorts(text)] == [(64, "Germany"), (120, "Germany")]


def test_graduated_from_the_institution_is_where_they_were() -> None:
    text = f"{H} has admitted Chilean students since 1996, and 42 students from Chile graduated from this institution."
    assert (42, H, "Chile") in _cohorts(text)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (f"Since 2020, twelve students of {H} have studied in Cairo.", "Egypt"),
        (f"Last year 15 lecturers of {K} went to Nairobi for training.", "Kenya"),
        (f"In May, 9 researchers of {H} visited Hanoi.", "Vietnam"),
    ],
)
def test_people_who_went_to_a_capital_are_in_its_country(text: str, at: str) -> None:
    assert [a for _, a, _ in _cohorts(text)] == [at]


@pytest.mark.parametrize(
    "text",
    [
        f"In total, about 600 Kazakh students study in Egypt, most of them at {H}.",
        f"About 600 Kazakh students study in Egypt, many of whom are at {H}.",
    ],
)
def test_most_of_them_at_b_leaves_the_whole_where_it_is(text: str) -> None:
    found = _cohorts(text)
    assert (600, "Egypt", "Kazakhstan") in found
    assert (600, H, "Kazakhstan") not in found


def test_a_long_aside_between_the_host_and_its_verb() -> None:
    text = f"{H}, which was founded in 1934 and has 15 faculties, trains 12,000 students."
    assert (12000, H, None) in _cohorts(text)
