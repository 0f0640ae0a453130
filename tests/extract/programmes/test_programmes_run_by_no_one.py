"""A programme of no partner and no name of its own (an exchange, a double degree, a summer school no organisation of
the record runs) is no programme of the record; places and scholarships a state gives, and named programmes, stay
(session 17)."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

MET = "Almaty, 3 March. The Minister of Education met the Ambassador of Belgium, Jan Peeters. "
A, B = "Al-Farabi Kazakh National University", "Ghent University"


def _programmes(text: str) -> list[tuple[str, list[str], int | None]]:
    return [(p.name, p.partners, p.participants.count) for p in extract_text(text).programmes]


@pytest.mark.parametrize(
    "sentence",
    [
        "Each year, ten students from each university will spend a semester at the partner institution.",
        "He said that five students from each side would take part in the exchange next year.",
        "The sides noted that a double master's degree will admit 15 students in September.",
        "A summer school for young researchers will be held in Almaty in July.",
        "Under the exchange, 12 students from each country will study abroad for a semester.",
    ],
)
def test_a_programme_no_one_runs_is_none(sentence: str) -> None:
    assert _programmes(MET + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Hungary offers 200 scholarships to students from Kazakhstan every year.", 200),
        ("This year 15 places are available for students from Kazakhstan.", 15),
        ("Under the Stipendium Hungaricum programme, 120 Kazakh students study in Hungary.", 120),
    ],
)
def test_places_and_named_programmes_of_no_partner_stay(sentence: str, count: int) -> None:
    assert [c for _, partners, c in _programmes(MET + sentence) if not partners] == [count]


def test_an_exchange_of_two_named_universities_stays() -> None:
    text = (
        MET
        + f"{A} and {B} launched a student exchange programme. Ten students from each university will take part."
    )
    assert any(sorted(partners) == sorted([A, B]) for _, partners, _ in _programmes(text))
