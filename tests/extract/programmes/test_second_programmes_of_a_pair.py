"""A second programme of another kind told of the same pair in a later sentence, and a programme whose sentence
names one partner and refers back to the pair (session 17, second round on programmes). These constructions are
read already; the tests keep them read. The wordings that are not read (counted exchanges told as a second topic,
plural degree programmes) are recorded in bench/README.md "### Second programmes of a pair (session 17)"."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

HEAD = "Astana, 12 May. "
A, B = "L.N. Gumilyov Eurasian National University", "University of Padua"
DEGREE = f"{A} and {B} signed an agreement on a double degree programme in economics. "
VISIT = (
    f"The rector of {A} met a delegation of {B}. "
    "The two universities signed an agreement on a double degree programme in economics. "
)
TIE = f"A delegation of {B} visited {A}. The two universities signed a memorandum of cooperation. "


def _programmes(text: str) -> list[tuple[str, list[str], int | None]]:
    return [(p.kind, sorted(p.partners), p.participants.count) for p in extract_text(text).programmes]


@pytest.mark.parametrize("first", [DEGREE, VISIT])
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The universities also run a student exchange programme.", "exchange"),
        ("The two universities will also launch a student exchange programme.", "exchange"),
        ("The sides also agreed to launch an academic mobility programme for students.", "exchange"),
        ("In addition, a summer school will be held in Astana in July.", "other"),
        ("In addition, the partners will organise a summer school for students in July.", "other"),
        ("The two universities also agreed to hold a joint summer school.", "joint"),
        (
            "Apart from the double degree, the universities agreed on a joint summer school in Astana.",
            "joint",
        ),
        ("Furthermore, the parties discussed a joint master's programme in data science.", "joint"),
    ],
)
def test_a_second_programme_of_another_kind_is_the_pairs(first: str, sentence: str, kind: str) -> None:
    got = _programmes(HEAD + first + sentence)
    assert ("double-degree", sorted([A, B]), None) in got
    assert (kind, sorted([A, B]), None) in got


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            f"Under the agreement, {A} will launch a double degree programme with the partner university.",
            None,
        ),
        (
            f"Students of {A} will be able to study at the partner university under a double degree programme.",
            None,
        ),
        (f"{A} and its Italian partner will also run a summer school in July.", None),
        (f"Both institutions will open a joint master's programme in physics, the rector of {A} said.", None),
        (f"{B} will host a summer school for students of both universities.", None),
        (f"{A} will also send 8 students to the Italian university under the exchange programme.", 8),
        (
            f"The partners agreed that {B} would admit 10 master's students of {A} to a double degree programme.",
            10,
        ),
    ],
)
def test_a_programme_naming_one_partner_refers_back_to_the_pair(sentence: str, count: int | None) -> None:
    got = _programmes(HEAD + TIE + sentence)
    assert [(partners, n) for _, partners, n in got] == [(sorted([A, B]), count)]


PAIR = f"{A} and {B}"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            f"{PAIR} launched a double degree programme in economics for 10 students. "
            "A second double degree programme, in chemistry, will admit 15 students.",
            [10, 15],
        ),
        (
            f"{PAIR} run a double degree programme in economics with 10 students. "
            "This year a double degree programme in chemistry opened with 15 students.",
            [10, 15],
        ),
        (
            f"{PAIR} opened a joint master's programme in physics for 12 students. "
            "The universities also launched a joint master's programme in biology, which admitted 8 students.",
            [8, 12],
        ),
        (
            f"{PAIR} run a double degree programme in economics. "
            "Twelve students are enrolled in the double degree programme in economics. "
            "Another double degree programme, in law, admits 6 students.",
            [6, 12],
        ),
        (
            f"{PAIR} run a double degree programme in economics for 20 students. "
            "In addition, a new double degree programme will admit 7 students from September.",
            [7, 20],
        ),
    ],
)
def test_a_second_programme_of_the_kind_with_its_own_count(text: str, counts: list[int]) -> None:
    got = _programmes(HEAD + text)
    assert sorted(n for kind, partners, n in got if partners == sorted([A, B]) and n is not None) == counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            f"{PAIR} launched a double degree programme in economics for 20 students a year. "
            "So far, 45 students have completed the double degree programme.",
            20,
        ),
        (
            f"{PAIR} run a double degree programme for 20 students. "
            "Since 2015, 120 graduates of the double degree programme have received two diplomas.",
            20,
        ),
        (
            f"{PAIR} signed an agreement on a double degree programme for 15 students. "
            "The first 5 students of the double degree programme will leave for Padua in September.",
            15,
        ),
        (
            f"{PAIR} opened a joint master's programme in physics for 12 students. "
            "This year the joint master's programme also admitted 3 students from Turkey.",
            12,
        ),
    ],
)
def test_the_programme_told_again_with_another_count_is_one(text: str, count: int) -> None:
    got = _programmes(HEAD + text)
    assert [n for _, _, n in got] == [count]
