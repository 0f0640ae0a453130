"""Cohorts, session 9: sentences written for these tests.

A yearly flow told with its programme is the programme's places, not a cohort; winners of scholarships
are a programme's; a partner named after "with" is no place; "in addition to / as well as N" goes on
with the list's place; a group named without a number beside the same group counted is one cohort; a
university told by its city's name after "at"; officials counted are no students; ", of whom N at B";
a host welcoming "its first cohort of N"; people counted by a programme of two partners. In Russian: a
group of one country's people studying somewhere, named without a number.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from kgpart.extract.ru.core import extract_russian
from support.extracted import cohort_pairs, cohorts

A, B = "Volta Institute of Technology", "Fjord University"
K = "Kilimanjaro University of Mines"


_cohorts = partial(cohorts, published="2025-11-20")
_pairs = partial(cohort_pairs, published="2025-11-20")


@pytest.mark.parametrize(
    "text",
    [
        f"Under the protocol, 25 students of {B} will be sent to {A} for one semester every year.",
        "The fellowship sponsors 15 members of staff every year to pursue master's degrees in Korea.",
        f"Under the agreement, each year 30 students from Laos will study at {K}.",
        f"The scholarship programme brings 20 students from Peru to {B} annually.",
    ],
)
def test_a_yearly_flow_of_a_programme_is_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Every year 40 students from Chile are sent to Spain.", (40, "Spain")),
        (f"{B} currently hosts 450 students from Nepal, and the number grows every year.", (450, B)),
        ("About 3,000 Kazakh students study in Russia, and their number grows each year.", (3000, "Russia")),
    ],
)
def test_a_yearly_flow_without_a_programme_or_a_stock_growing_yearly_is_a_cohort(
    text: str, pair: tuple[int, str]
) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        f"This year 12 graduates of {B} were awarded scholarships of the Ministry of Education of Japan for "
        "master's studies in Japan.",
        "Last year 45 Ghanaian students received full government scholarships to study in Morocco.",
        f"In 2025, 30 researchers of {K} have won fellowships for research stays in Germany.",
    ],
)
def test_winners_of_scholarships_are_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            f"{B} currently hosts 85 students from Chile, and already holds exchange agreements with the "
            f"Universidad de Concepción and the {A}.",
            (85, B),
        ),
        (f"Some 40 students from Peru study together with local students at {B}.", (40, B)),
        (f"Under the agreement with {B}, 20 students from Kenya study at the {A}.", (20, A)),
    ],
)
def test_a_partner_after_with_is_no_place(text: str, pair: tuple[int, str]) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"The rector stated that more than 1,100 Indonesian students are studying at {B}, most of them at "
            "the Faculty of Arts, in addition to 70 Indonesian researchers holding postdoctoral positions.",
            [(1100, B), (70, B)],
        ),
        (f"{B} hosts 300 students from Nepal, as well as 25 Nepalese researchers.", [(300, B), (25, B)]),
        (
            f"About 600 students from Ghana study at {K}, besides 40 Ghanaian teachers on internships.",
            [(600, K), (40, K)],
        ),
    ],
)
def test_in_addition_to_n_goes_on_with_the_list_s_place(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        f"The meeting reviewed the situation of Indonesian students enrolled at {B}. The rector said that 1,100 "
        f"Indonesian students are studying at {B}.",
        f"The consul thanked {K} for its care of Kenyan students studying at {K}. At present 240 students from "
        f"Kenya study at {K}.",
        f"About 90 Chilean students study at {A}, and the dean praised the Chilean students studying at {A}.",
    ],
)
def test_a_group_named_beside_the_same_group_counted_is_one_cohort(text: str) -> None:
    assert [c.count for c in _cohorts(text)] != [] and None not in [c.count for c in _cohorts(text)]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            "The High Commissioner visited the University of Leicester. The Vice-Chancellor said that nearly "
            "1,400 Pakistani students were enrolled at Leicester.",
            "University of Leicester",
        ),
        ("The ambassador visited Fjord University. About 300 students from Korea study at Fjord.", B),
        (
            "The consul met the rector of Tromso University. Some 50 Nepalese students are currently at Tromso.",
            "Tromso University",
        ),
    ],
)
def test_a_university_told_by_its_short_name_after_at(text: str, at: str) -> None:
    assert [c.at for c in _cohorts(text)] == [at]


@pytest.mark.parametrize(
    "text",
    [
        "Under the Technical Cooperation Programme, 40 officials of Ruritania attended courses in India.",
        f"Some 25 officials from Laos completed a training course at {B}.",
        "About 60 professionals from Nepal took short courses in Japan last year.",
    ],
)
def test_officials_and_professionals_are_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"Some 3,000 Kazakh students study in Russia, of whom 200 at {B}.", [(3000, "Russia"), (200, B)]),
        (
            f"About 900 students from Laos study in Belarus, of whom some 150 are at {K}.",
            [(900, "Belarus"), (150, K)],
        ),
        (f"Over 2,000 Nepalese students study in Japan, among them 300 at {A}.", [(2000, "Japan"), (300, A)]),
    ],
)
def test_of_whom_n_at_a_place_is_a_part_elsewhere(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (f"{B} welcomed its first cohort of 30 students from Nepal in September.", (30, B)),
        (f"This autumn {K} admitted a new group of 45 students from Chile.", (45, K)),
        (f"{A} will host its next intake of 20 students from Peru in 2026.", (20, A)),
    ],
)
def test_a_host_welcoming_a_cohort_of_n(text: str, pair: tuple[int, str]) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        f"The joint master's programme of {B} and {K} enrols 40 students.",
        f"Currently 45 Uzbek students are enrolled in the dual-degree programme of {B} and {K}.",
        f"Under Erasmus+, {B} will fund the mobility of 12 students and 4 staff members to {K}.",
        f"The agreement provides for the exchange of up to 10 students and 5 teachers between {B} and {K}.",
        f"Since 2015, more than 500 students have taken part in the exchange between {B} and {K}.",
    ],
)
def test_people_counted_by_a_programme_of_two_partners_are_no_cohort(text: str) -> None:
    assert _cohorts(text) == []


def _ru(text: str) -> list[tuple[int | None, str | None, str | None]]:
    record = extract_russian(text, published=dt.date(2025, 3, 14))
    return [(c.count, c.at, c.from_country) for c in record.cohorts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Посол поблагодарил представителей омских вузов за заботу о гражданах Казахстана, находящихся на "
            "обучении в Омске.",
            (None, "омские вузы", "Kazakhstan"),
        ),
        (
            "Ректор рассказал о казахстанских студентах, обучающихся в Казанском федеральном университете.",
            (None, "Казанский федеральный университет", "Kazakhstan"),
        ),
        (
            "Консул встретился со студентами из Узбекистана, которые учатся в Томске.",
            (None, "Russia", "Uzbekistan"),
        ),
        (
            "Посол отметил успехи киргизских студентов, обучающихся в российских вузах.",
            (None, "Russia", "Kyrgyzstan"),
        ),
    ],
)
def test_a_russian_group_studying_somewhere_without_a_number(
    text: str, expected: tuple[None, str, str]
) -> None:
    assert _ru(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Казахстанские студенты, обучающиеся в Казахстане, приняли участие в олимпиаде.",
        "Студенты университета, обучающиеся в магистратуре, посетили выставку.",
        "В университете обучаются 300 студентов из Китая; китайские студенты, обучающиеся в Омске, довольны.",
    ],
)
def test_a_russian_group_at_home_or_counted_is_no_countless_cohort(text: str) -> None:
    assert all(count is not None for count, _, _ in _ru(text))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"Under the agreement, {B} will host 12 students and 6 staff members from {K} in Arusha.",
            [(12, B), (6, B)],
        ),
        (f"{A} hosts 40 students and 5 teachers from {K}, Arusha.", [(40, A), (5, A)]),
        (f"{B} received 30 researchers and 10 engineers from {K} in Dodoma last year.", [(30, B), (10, B)]),
    ],
)
def test_the_seat_of_the_institution_people_come_from_is_no_place(
    text: str, pairs: list[tuple[int, str]]
) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "About 5,000 Chinese students are enrolled in Thai universities, according to the Ministry of Higher "
            "Education of Thailand.",
            (5000, "Thai universities"),
        ),
        (
            "More than 800 Nepalese students study in Japan, the Embassy of Nepal in Japan said.",
            (800, "Japan"),
        ),
        (
            f"Some 70 students from Laos study at {B}, as reported by the Ministry of Education of Laos.",
            (70, B),
        ),
    ],
)
def test_a_ministry_or_an_embassy_cited_is_no_place(text: str, pair: tuple[int, str]) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Some 150 Afghan women are studying at universities in Kazakhstan.",
            (150, "universities in Kazakhstan"),
        ),
        (f"The number of international students at {B} has tripled to 3,000 over five years.", (3000, B)),
        ("The number of Chinese students in Belarus doubled to 8,000 in five years.", (8000, "Belarus")),
    ],
)
def test_women_and_a_number_that_doubled_or_tripled(text: str, pair: tuple[int, str]) -> None:
    assert _pairs(text) == [pair]
