"""A chargé d'affaires "ad interim" (or "a.i.") of a state: the words are part of the title, the
name after it is the person, the embassy of the state (in the host state) is theirs."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    ("text", "name", "embassy"),
    [
        (
            "Fjordheim University hosted the Chargé d'Affaires ad interim of Japan in Norway Kenji Sato.",
            "Kenji Sato",
            "Embassy of Japan in Norway",
        ),
        (
            "The Chargé d'Affaires ad interim of Chile in Kenya, Rosa Fuentes, visited Lakeside College.",
            "Rosa Fuentes",
            "Embassy of Chile in Kenya",
        ),
        (
            "On 3 June, Steppe Technical University held a meeting with the Chargé d'Affaires ad interim of "
            "Brazil in the Republic of Kazakhstan Paulo Mendes, during which the parties discussed cooperation.",
            "Paulo Mendes",
            "Embassy of Brazil in Kazakhstan",
        ),
    ],
)
def test_a_charge_d_affaires_ad_interim_is_the_person_after_the_title(
    text: str, name: str, embassy: str
) -> None:
    record = extract_text(text)
    persons = {p.name: p for p in record.persons}
    assert name in persons, persons
    assert persons[name].affiliation == embassy
    assert any(name in m.participants and embassy in m.organizations for m in record.meetings)
