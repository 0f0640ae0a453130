"""Cohorts (issue #11 item 4) in more of the genre's wordings: sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract import extract_text
from support.extracted import cohort_triples

H = "Kyoto Institute of Design"
S = "Tallinn University of Technology"


_cohorts = partial(cohort_triples, published="2024-05-10")


def _statuses(text: str) -> dict[int, str]:
    record = extract_text(text, published="2024-05-10")
    return {c.count: c.status for c in record.cohorts}


@pytest.mark.parametrize(
    "text",
    [
        f"Nearly 90 students from Peru, 40 of them women, study at {H}.",
        f"Nearly 90 students from Peru, 40 of whom are women, are studying at {H}.",
        f"Nearly 90 students from Peru study at {H}, 40 of them women.",
    ],
)
def test_an_aside_on_women_does_not_cut_the_cohort_from_its_place(text: str) -> None:
    found = _cohorts(text)
    assert (90, H, "Peru") in found
    assert (40, H, "Peru") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{H} plans to admit 50 students from Nepal next year.", (50, H, "Nepal")),
        (f"{H} is going to accept 50 students from Nepal.", (50, H, "Nepal")),
        (f"{H} will host 30 students from Chile in the autumn.", (30, H, "Chile")),
        (f"Next year {H} intends to receive up to 25 researchers from Chile.", (25, H, "Chile")),
    ],
)
def test_a_host_that_will_take_students_has_a_planned_cohort(
    text: str, expected: tuple[int, str, str]
) -> None:
    assert expected in _cohorts(text)
    assert _statuses(text)[expected[0]] == "planned"


def test_the_host_that_hosts_today_is_not_planned() -> None:
    assert _statuses(f"{H} hosts 30 students from Chile.") == {30: "studying"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Among the 200 participants of the summer school at {H}, 25 came from Chile.", (25, H, "Chile")),
        (f"Of the 500 foreign students at {H}, 60 are from Kenya.", (60, H, "Kenya")),
        # the group names no place of its own: the institution told of just before
        (
            f"{H} ran a summer university this July. Among its 300 participants, 30 were from Mongolia.",
            (30, H, "Mongolia"),
        ),
    ],
)
def test_a_part_of_a_group_among_many(text: str, expected: tuple[int, str, str]) -> None:
    assert expected in _cohorts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{H} currently has 94 international students, 12 of whom are from Chile.", (12, H, "Chile")),
        (
            f"More than 150 foreign students study at {H} and 20 of them come from Kenya.",
            (20, H, "Kenya"),
        ),
    ],
)
def test_a_part_from_one_country_with_the_count_first(text: str, expected: tuple[int, str, str]) -> None:
    assert expected in _cohorts(text)


@pytest.mark.parametrize(
    "text",
    [
        f"Forty students from Chile and twenty from Peru study at {H}.",
        f"This year {H} received 40 students from Chile and 20 from Peru.",
        f"Some 40 students from Chile, 20 from Peru and 7 from Bolivia are enrolled at {H}.",
    ],
)
def test_counts_from_several_countries_in_one_cohort_phrase(text: str) -> None:
    found = _cohorts(text)
    assert (40, H, "Chile") in found
    assert (20, H, "Peru") in found


def test_a_third_country_in_the_list() -> None:
    found = _cohorts(f"Some 40 students from Chile, 20 from Peru and 7 from Bolivia are enrolled at {H}.")
    assert (7, H, "Bolivia") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Some 40 schoolchildren from Laos attend summer courses at {H}.", (40, H, "Laos")),
        (f"About 300 cadets from Laos are trained at {H}.", (300, H, "Laos")),
        ("About 2,000 Uzbeks are studying in Poland.", (2000, "Poland", "Uzbekistan")),
        ("Some 700 Tajiks study in Kazakhstan.", (700, "Kazakhstan", "Tajikistan")),
        (f"About 30 academics from Ghana work at {H}.", (30, H, "Ghana")),
        (f"Some 25 engineers from Laos were trained at {H}.", (25, H, "Laos")),
        (f"Over 1,000 learners from Chile study at {H}.", (1000, H, "Chile")),
    ],
)
def test_more_words_for_who(text: str, expected: tuple[int, str, str]) -> None:
    assert expected in _cohorts(text)


def test_the_number_expected_to_reach_a_figure_is_a_planned_cohort() -> None:
    text = f"The number of Kenyan students at {H} is expected to reach 200 by 2027."
    assert (200, H, "Kenya") in _cohorts(text)
    assert _statuses(text) == {200: "planned"}


@pytest.mark.parametrize(
    "text",
    [
        f"A delegation of 15 students from {S} visited {H}.",
        f"The delegation consisting of 12 researchers from {S} toured {H}.",
    ],
)
def test_a_visiting_delegation_is_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


def test_a_part_as_large_as_its_whole_is_not_read_as_a_part() -> None:
    text = f"Among the 30 participants of the school at {H}, 30 were from Chile."
    assert [c for c in _cohorts(text) if c[2] == "Chile" and c[0] == 30] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"At {H}, 200 students from Chile are studying.", (200, H, "Chile")),
        (f"At {H} there are currently 200 students from Chile.", (200, H, "Chile")),
        (f"In {H}, more than 200 students from Chile study engineering.", (200, H, "Chile")),
        (f"{H} was founded in 1950. Today 200 Kenyan students study at our university.", (200, H, "Kenya")),
        (f"{H} was founded in 1950. Today 200 Kenyan students study at the institute.", (200, H, "Kenya")),
    ],
)
def test_the_place_opens_the_sentence_or_was_named_before(text: str, expected: tuple[int, str, str]) -> None:
    assert expected in _cohorts(text)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            "About 900 Afghan students study at higher education institutions of Kazakhstan.",
            "higher education institutions of Kazakhstan",
        ),
        (
            "About 900 Afghan students study at leading universities of Kazakhstan.",
            "leading universities of Kazakhstan",
        ),
    ],
)
def test_a_country_s_universities_with_a_common_word_before(text: str, at: str) -> None:
    assert (900, at, "Afghanistan") in _cohorts(text)


def test_at_the_start_of_a_sentence_with_a_verb_between_is_no_place() -> None:
    text = f"At {H}, the rector said that 200 students from Chile study in Spain."
    assert (200, "Spain", "Chile") in _cohorts(text)
    assert [c for c in _cohorts(text) if c[1] == H] == []


@pytest.mark.parametrize(
    "text",
    [
        f"The lecture was attended by more than 80 students of {H}.",
        f"The event was attended by Rector Aiko Sato, the deans and more than 80 students of {H}.",
        f"More than 80 students of {H} attended the lecture of the ambassador.",
        f"The ambassador met with 50 students from Chile at {H}.",
        f"The ambassador gave a lecture to 120 students of {H}.",
        f"About 200 students of {H} took part in the round table.",
    ],
)
def test_an_audience_is_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


def test_students_who_attend_a_university_are_a_cohort() -> None:
    assert (24000, H, None) in _cohorts(f"Over 24,000 students attend {H}.")


def test_a_full_stop_between_thousands() -> None:
    assert (1500, H, "Chile") in _cohorts(f"More than 1.500 students from Chile study at {H}.")


@pytest.mark.parametrize(
    ("text", "expected", "status"),
    [
        (f"{H} has produced more than 5,000 graduates.", (5000, H, None), "completed"),
        (f"{H} has prepared over 300 specialists for Laos.", (300, H, None), "completed"),
        (f"{H} is currently training 45 PhD students from Chile.", (45, H, "Chile"), "studying"),
    ],
)
def test_a_host_that_trains_or_trained_a_cohort(
    text: str, expected: tuple[int, str, str | None], status: str
) -> None:
    assert expected in _cohorts(text)
    assert _statuses(text)[expected[0]] == status


@pytest.mark.parametrize(
    "text",
    [
        f"{H} hosts 900 international students. Among them, 68 are from Kyrgyzstan.",
        f"{H} hosts 900 international students. Of these, 68 come from Kyrgyzstan.",
    ],
)
def test_a_part_told_in_the_next_sentence(text: str) -> None:
    found = _cohorts(text)
    assert (900, H, None) in found
    assert (68, H, "Kyrgyzstan") in found


def test_a_part_needs_a_cohort_just_before() -> None:
    assert _cohorts(f"{H} was founded in 1950. Among them, 68 are from Kyrgyzstan.") == []
