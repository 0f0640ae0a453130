"""A verb of a title-case headline ends the diplomat's title and starts no name: "Ambassador of
Italy Hands Award to ..." names no person "Hands Award".

Headlines written for these tests.
"""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    "headline",
    [
        "Ambassador of Italy Hands Award to Ghanaian Professor",
        "Ambassador of Spain Handed Honorary Doctorate at Ankara University",
        "Ambassador of Chile Bestows Medal on Retired Dean",
        "High Commissioner of India Confers Scholarships on Kenyan Students",
        "Ambassador of Austria Addresses Students of Makerere University",
        "Consul General of Poland Lectures at Lviv Polytechnic",
        "Ambassador of Brazil Speaks at University of Lagos Forum",
        "Ambassador of Korea Donates Books to Tashkent State University",
        "Ambassador of Norway Invites Students to Apply for Grants",
    ],
)
def test_headline_verb_is_no_name(headline: str) -> None:
    record = extract_text(
        f"{headline}\n\nThe ambassador spoke at Moi University on Tuesday.", published="2025-05-06"
    )
    assert [p.name for p in record.persons] == []


def test_a_name_after_the_title_still_read() -> None:
    record = extract_text(
        "Ambassador of Italy Marco Bellini Hands Award to Ghanaian Professor\n\nThe ceremony took place at Moi University.",
        published="2025-05-06",
    )
    assert [p.name for p in record.persons] == ["Marco Bellini"]
