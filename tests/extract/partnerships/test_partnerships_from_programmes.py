"""Partnerships read from programmes: texts written for these tests."""

from __future__ import annotations

from kgpart.extract import extract_text


def _pairs(text: str) -> list[list[str]]:
    return [sorted(p["between"]) for p in extract_text(text).to_dict()["partnerships"]]


def test_double_degree_programme_of_two_universities_is_a_partnership() -> None:
    text = (
        "Students of Karaganda Technical University will earn two diplomas. "
        "The dual-degree program lets them spend a year at Ghent National University."
    )
    assert ["Ghent National University", "Karaganda Technical University"] in _pairs(text)


def test_exchange_programme_without_between_is_no_partnership() -> None:
    # mobility alone does not make the two a partnership unless the text says "between"
    text = (
        "Students of Karaganda Technical University travel a lot. "
        "The exchange programme sends them to Ghent National University."
    )
    assert _pairs(text) == []


def test_double_degree_programme_with_an_embassy_is_no_partnership() -> None:
    text = (
        "The Embassy of Latvia in Kazakhstan praised the dual-degree program of Almaty National University."
    )
    assert _pairs(text) == []
