"""A person's university given by a pointer: "the rector of the university", "the university's
president", "its vice-rector", a bare "Vice-Rector for X" (issue #11, item 5).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _affiliations(text: str) -> dict[str, str | None]:
    return {p.name: p.affiliation for p in extract_text(text, published="2024-05-10").persons}


@pytest.mark.parametrize(
    "sentence",
    [
        "The rector of the university, Aibek Nurlanov, greeted the guests.",
        "The Rector of the University Aibek Nurlanov greeted the guests.",
        "The university's president Aibek Nurlanov greeted the guests.",
        "The university’s vice-rector Aibek Nurlanov greeted the guests.",
        "Its vice-rector Aibek Nurlanov greeted the guests.",
        "They were met by Aibek Nurlanov, pro-rector of the university.",
        "Aibek Nurlanov, Rector of the University, member of the Senate of Parliament, greeted them.",
    ],
)
def test_a_pointer_gives_the_university_named_before(sentence: str) -> None:
    text = f"Karaganda Medical University hosted a delegation from Seoul. {sentence}"
    assert _affiliations(text)["Aibek Nurlanov"] == "Karaganda Medical University"


def test_the_university_named_last_wins() -> None:
    text = (
        "Students of Tomsk State University visited Kazan. They met colleagues at Ural Federal University. "
        "The rector of the university, Ivan Petrov, showed them the laboratories."
    )
    assert _affiliations(text)["Ivan Petrov"] == "Ural Federal University"


def test_the_only_university_of_the_article() -> None:
    text = (
        "Almaty Technological University signed a memorandum with the embassy. "
        "Ambassadors of three states came to the ceremony in the spring. Guests toured the campus. "
        "Later they discussed exchanges. The delegation praised the laboratories. "
        "The university's president Dana Sadykova thanked them."
    )
    assert _affiliations(text)["Dana Sadykova"] == "Almaty Technological University"


def test_its_points_at_the_body_named_last() -> None:
    text = "The Embassy of Japan held a seminar at Tomsk State University. The Embassy of Japan thanked the hosts. Its director Anna Ivanova spoke."
    assert _affiliations(text)["Anna Ivanova"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff of Riga Technical University led by Vice-Rector for Research Anna Berg met the guests.",
        "The ambassador visited Riga Technical University. He was received by Vice-Rector for International Affairs Anna Berg.",
    ],
)
def test_a_bare_rector_title_takes_the_university_in_view(sentence: str) -> None:
    assert _affiliations(sentence)["Anna Berg"] == "Riga Technical University"


def test_a_bare_president_is_no_university_officer() -> None:
    text = "President Anna Berg met students of Ural Federal University."
    assert _affiliations(text)["Anna Berg"] is None


def test_two_universities_and_no_pointer_give_none() -> None:
    text = (
        "Ural Federal University and Tomsk State University sent teachers. "
        "Guests toured the campus. Later they discussed exchanges. The delegation praised the laboratories. "
        "Vice-Rector for Research Anna Berg thanked them."
    )
    assert _affiliations(text)["Anna Berg"] is None


def test_a_rector_of_a_name_that_goes_on_after_and() -> None:
    text = "Anna Berg, Rector of the University of Agriculture and Life Sciences, spoke to the students."
    assert _affiliations(text)["Anna Berg"] == "University of Agriculture and Life Sciences"


@pytest.mark.parametrize(
    ("sentence", "name", "alias"),
    [
        (
            "The Ambassador of the Kyrgyz Republic to the People's Republic of China Aida Bekova gave a lecture.",
            "Embassy of Kyrgyzstan in China",
            "Embassy of the Kyrgyz Republic in the People's Republic of China",
        ),
        (
            "The Ambassador of Kazakhstan to the Republic of Korea Aida Bekova gave a lecture.",
            "Embassy of Kazakhstan in South Korea",
            "Embassy of Kazakhstan in the Republic of Korea",
        ),
    ],
)
def test_an_embassy_keeps_the_host_state_as_the_title_writes_it(sentence: str, name: str, alias: str) -> None:
    orgs = {o.name: o.aliases for o in extract_text(sentence, published="2024-05-10").organizations}
    assert alias in orgs[name]


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        (
            "A delegation led by the rector of the St. Petersburg State University of Medicine Anna Berg came.",
            "St. Petersburg State University of Medicine",
        ),
        (
            "The rector of Aktobe University named after K. Zhubanov Anna Berg spoke.",
            "Aktobe University named after K. Zhubanov",
        ),
    ],
)
def test_a_full_stop_inside_the_name_does_not_cut_the_title(sentence: str, org: str) -> None:
    assert _affiliations(sentence)["Anna Berg"] == org
