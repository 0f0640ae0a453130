"""A state the press names that ISO 3166-1 leaves out (Kosovo has only a user-assigned code) is
still a state: its name, demonym and capital give a diplomat's post and a cohort's origin.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text
from kgpart.extract.countries import city_country, country_of


@pytest.mark.parametrize(
    ("word", "state"), [("Kosovo", "Kosovo"), ("Kosovar", "Kosovo"), ("Kosovan", "Kosovo")]
)
def test_name_and_demonyms(word: str, state: str) -> None:
    assert country_of(word) == state


def test_capital() -> None:
    assert city_country("Pristina") == "Kosovo"


@pytest.mark.parametrize(
    "text",
    [
        "The Ambassador of Kosovo to Albania Drita Hoxha met the Rector of the University of Tirana.",
        "Kosovo's Ambassador to Albania Drita Hoxha visited the University of Tirana on Monday.",
        "Drita Hoxha, the Kosovar Ambassador to Albania, toured the University of Tirana.",
    ],
)
def test_embassy_of_kosovo(text: str) -> None:
    record = extract_text(text, published="2025-03-04")
    posts = {o.name: o.country for o in record.organizations if o.type == "Embassy"}
    assert posts == {"Embassy of Kosovo in Albania": "Kosovo"}


def test_kosovar_students_come_from_kosovo() -> None:
    record = extract_text(
        "Forty Kosovar students study at the University of Tirana this year.", published="2025-03-04"
    )
    assert [(c.count, c.from_country) for c in record.cohorts] == [(40, "Kosovo")]
