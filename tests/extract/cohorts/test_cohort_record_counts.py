"""'The number of <who> ... reached a record N', 'grew over five years to N': a count of people told as a record or
as a growth with a span of time between the verb and "to" is read like 'has reached N' (growth._NUMBER_OF). A
record of no count ("a record year") and a growth with no count read nothing. Every text is our own."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

U = "Tamsin Valley University"


def _pairs(text: str) -> list[tuple[int | None, str | None]]:
    cohorts = extract_text("News\n\n" + text, published="2025-11-20").cohorts
    return sorted(((c.count, c.at) for c in cohorts), key=str)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"The number of international students at {U} reached a record 900 this year.", [(900, U)]),
        (f"The number of international students at {U} hit a record high of 900 this autumn.", [(900, U)]),
        (f"The number of foreign students at {U} has grown to a record 1,250.", [(1250, U)]),
        (f"The number of Kenyan students at {U} has reached a new record of 450.", [(450, U)]),
        (
            "The number of Kenyan students in Estonia has doubled over five years to about 450.",
            [(450, "Estonia")],
        ),
        ("The number of Kenyan students in Estonia grew during the last decade to 450.", [(450, "Estonia")]),
    ],
)
def test_a_record_or_a_growth_over_time(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        f"The number of international students at {U} reached a record level this year.",
        f"The number of international students at {U} has grown over five years to a record.",
    ],
)
def test_no_count(text: str) -> None:
    assert _pairs(text) == []
