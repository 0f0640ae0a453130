"""A directorate is a body: "Directorate for Science and Innovation", "the International Cooperation
Directorate", "Directorate-General for Education and Culture" are organisations (of the government kind) and
can be a partnership's party; the common noun "the directorate" alone is none (session 18, organisation recall)."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Directorate for Science and Innovation of the ministry supported the exchange with Ghent University.",
            "Directorate for Science and Innovation",
        ),
        (
            "The Directorate of Higher Education of Uzbekistan signed a memorandum with Ghent University.",
            "Directorate of Higher Education of Uzbekistan",
        ),
        (
            "The International Cooperation Directorate of Ghent University organised the meeting.",
            "International Cooperation Directorate of Ghent University",
        ),
        (
            "The Directorate-General for Education and Culture funds the exchange of Ghent University students.",
            "Directorate-General for Education and Culture",
        ),
        (
            "Ghent University and the Directorate of International Relations held talks on student mobility.",
            "Directorate of International Relations",
        ),
    ],
)
def test_a_directorate_is_an_organisation(text: str, name: str) -> None:
    record = extract_text(text)
    names = [o.name for o in record.organizations]
    assert name in names, names
    assert next(o for o in record.organizations if o.name == name).type == "Government"


def test_a_directorate_is_a_party_of_the_memorandum_it_signs() -> None:
    text = "The Directorate of Higher Education of Uzbekistan signed a memorandum with Ghent University."
    record = extract_text(text)
    assert any(
        "Directorate of Higher Education of Uzbekistan" in p.between and "Ghent University" in p.between
        for p in record.partnerships
    ), record.partnerships


@pytest.mark.parametrize(
    "text",
    [
        "The directorate of Ghent University welcomed the students from Kenya.",
        "Ghent University's directorate approved the exchange of ten students.",
    ],
)
def test_the_common_noun_directorate_is_no_organisation(text: str) -> None:
    record = extract_text(text)
    assert not any("irectorate" in o.name for o in record.organizations), record.organizations
