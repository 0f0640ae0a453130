"""The host named before its verb with its acronym or seat in brackets between: "Tallinn University (TLU) enrolled 45
students from Kenya". The bracket is part of the name's mention, as in "B (TLU), which hosts" (hosts._RELATIVE);
a bracket that is no aside of the host (a count, a second institution before the verb) changes nothing. Every text
is our own."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

U = "Tamsin Valley University"
V = "Oberhain Technical University"


def _pairs(text: str) -> list[tuple[int | None, str | None]]:
    cohorts = extract_text("News\n\n" + text, published="2025-11-20").cohorts
    return sorted(((c.count, c.at) for c in cohorts), key=str)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (f"{U} (TVU) enrolled 45 students from Kenya this year.", [(45, U)]),
        (f"{U} (TVU) has 45 students from Kenya.", [(45, U)]),
        (f"This autumn the {V} (OTU) admitted 120 students from Laos.", [(120, V)]),
        (f"{U} (Estonia) welcomed 45 students from Kenya.", [(45, U)]),
        (f"{U} (TVU) this year enrolled 45 students from Kenya.", [(45, U)]),
    ],
)
def test_the_host_past_its_bracket(text: str, pairs: list[tuple[int, str]]) -> None:
    assert _pairs(text) == pairs
