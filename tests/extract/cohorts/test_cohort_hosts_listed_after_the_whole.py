"""A cohort's parts by host, listed with a count in brackets after each institution, in the sentence after the
cohort or in its own ("245 Kenyan students study in Estonia. They are spread over several universities: A (120),
B (80) and C (45)."): each count is at its institution, of the whole's people; a count the sentence's readers put
elsewhere is moved to the institution it follows. No parts when no cohort is told before the list, or when the
counts add up to more than the whole. Every text is our own."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

U = "Tamsin Valley University"
A, B, D = "Harrow Institute of Technology", "Delmont State University", "Corran Medical Academy"


def _cohorts(text: str) -> set[tuple[int | None, str | None]]:
    return {(c.count, c.at) for c in extract_text("News\n\n" + text, published="2025-11-20").cohorts}


@pytest.mark.parametrize(
    "text",
    [
        f"This year 245 Kenyan students study in Estonia. They are spread over several universities: {A} (120), "
        f"{B} (80) and {D} (45).",
        f"This year 245 Kenyan students study in Estonia. The largest groups are at {A} (120), {B} (80) and {D} "
        "(45).",
        f"Some 245 Kenyan students are enrolled in Estonia this year. Most of them are at {A} (120), {B} (80) "
        f"and {D} (45).",
        f"Estonian universities admitted 245 students from Kenya this autumn: {A} (120), {B} (80) and {D} (about "
        "45).",
        f"This year 245 Kenyan students study in Estonia, at {A} (120), {B} (80) and {D} (45).",
    ],
)
def test_parts_by_host(text: str) -> None:
    found = _cohorts(text)
    assert {(120, A), (80, B), (45, D)} <= found, found


def test_the_whole_keeps_its_place() -> None:
    found = _cohorts(
        f"This year 245 Kenyan students study in Estonia. They are spread over {A} (120), {B} (80) and {D} (45)."
    )
    assert (245, "Estonia") in found


@pytest.mark.parametrize(
    "text",
    [
        # no cohort before the list: a ranking, agreements counted
        f"The national ranking lists {A} (120), {B} (80) and {D} (45).",
        f"{U} signed 12 agreements last year. They were signed with {A} (4), {B} (3) and {D} (2).",
        # the parts would add up to more than the whole
        f"This year 45 Kenyan students study in Estonia. They are spread over {A} (120), {B} (80) and {D} (45).",
        # years in brackets
        f"{U} hosts 450 Kenyan students. Its partners are {A} (2019) and {B} (2021).",
    ],
)
def test_no_parts(text: str) -> None:
    found = _cohorts(text)
    assert not found & {(120, A), (80, B), (4, A), (3, B), (2019, A), (2021, B)}, found
