"""A title's place may end in its kind ("Akim of Almaty Region", "Mayor of Nairobi County"): the
kind belongs to the title, the person's name starts after it; a title-case headline's verb
("Inks", "Renews", "Seals") joins no name."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Akim of Kostanay Region Nurlan Sadykov visited Fjordheim University.",
            "Nurlan Sadykov",
            "Akim of Kostanay Region",
        ),
        (
            "Mayor of Mombasa County Grace Wanjiru met the rector of Lakeside College.",
            "Grace Wanjiru",
            "Mayor of Mombasa County",
        ),
        (
            "Governor of Gyeonggi Province Park Ji-hoon received the delegation.",
            "Park Ji-hoon",
            "Governor of Gyeonggi Province",
        ),
        (
            "Head of Karaganda Oblast Aidos Serikov opened the forum.",
            "Aidos Serikov",
            "Head of Karaganda Oblast",
        ),
    ],
)
def test_the_kind_of_a_titles_place_is_no_part_of_the_name(text: str, name: str, role: str) -> None:
    persons = {p.name: p for p in extract_text(text).persons}
    assert name in persons, persons
    assert persons[name].role == role


@pytest.mark.parametrize(
    "text",
    [
        "Fjordheim University, Steppe Technical University Renews Pact on Research\n\nThe two met in May.",
        "Lakeside College Seals Partnership With Altai State Academy\n\nThe rectors met in June.",
        "Ambassador Lars Holm Signed Memorandum With Fjordheim University\n\nThe event took place in May.",
    ],
)
def test_a_headline_verb_joins_no_name(text: str) -> None:
    names = [p.name for p in extract_text(text).persons]
    assert not any(word in name for name in names for word in ("Renews", "Seals", "Signed", "Pact")), names
