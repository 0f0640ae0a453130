"""An institution named after "by" or "for" past a cohort's count sends, selects or pays for its people, or is
whom they are trained for; it is not where they are ("B hosts 45 students sponsored by A": at B). Where they
went stays theirs ("left for B"). places._cohort_at, session 15. Every text is our own."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _pairs(text: str) -> list[tuple[int | None, str | None]]:
    return [(c.count, c.at) for c in extract_text("News\n\n" + text, published="2025-11-20").cohorts]


_HOST = "Brenton Institute of Technology"
_SENDER = "Hallford University"


@pytest.mark.parametrize(
    "text",
    [
        f"{_HOST} hosts 45 students sponsored by {_SENDER}.",
        f"{_HOST} welcomed 45 students selected by {_SENDER} for the semester.",
        f"{_HOST} has admitted 45 students nominated by the {_SENDER}.",
        f"This year {_HOST} received 45 students sent by {_SENDER}.",
        f"{_HOST} trains 45 engineers for {_SENDER}.",
        f"Last year 45 students sponsored by {_SENDER} studied at {_HOST}.",
        f"Last year 45 students funded by {_SENDER} completed their internships at {_HOST}.",
    ],
)
def test_who_sends_or_pays_is_not_where_they_are(text: str) -> None:
    assert _pairs(text) == [(45, _HOST)]


@pytest.mark.parametrize(
    "text",
    [
        f"{_SENDER} signed a deal with {_HOST}. Last week 45 students of {_SENDER} left for {_HOST}.",
        f"{_SENDER} signed a deal with {_HOST}. Last week 45 students left for {_HOST}.",
        f"{_SENDER} sent 45 students to {_HOST}.",
    ],
)
def test_where_they_went_stays_the_place(text: str) -> None:
    assert _pairs(text) == [(45, _HOST)]
