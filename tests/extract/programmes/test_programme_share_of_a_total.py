"""Programme counts, session 16: a programme's holders told as a share of a total counted before.

"Currently 35 Kazakh students study at B, 12 of them under the X programme" gives the programme 12 (session 14).
The same share told with a verb of holding or receiving before the programme's name is the programme's too,
never the total before it: "12 of them hold scholarships under the X", "12 of them are recipients of the X",
"12 of them as holders of the X", "of whom 12 received the X", "12 of whom are funded by the X", "Of the 35 Kazakh
students at B, 12 receive the X", "..., including 12 under the X programme", and in the sentence after the total:
"Among them, 12 hold the X". The share is then the programme's participants and not also a cohort (a figure is counted once); the total
stays a cohort.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import cohorts, programmes

B = "Fjord University"
X = "Aurora Excellence Scholarship"

_programmes = partial(programmes, published="2025-11-20", lead="News\n\n")


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(p.name, p.participants.count) for p in _programmes(text)]


@pytest.mark.parametrize(
    "text",
    [
        f"Currently 35 Kazakh students study at {B}, 12 of them hold scholarships under the {X} programme.",
        f"Currently 35 Kazakh students study at {B}, 12 of them holding full scholarships of the {X} programme.",
        f"Currently 35 Kazakh students study at {B}; 12 of them are recipients of the {X}.",
        f"Currently 35 Kazakh students study at {B}, 12 of them as holders of the {X}.",
        f"{B} hosts 35 Kazakh students, of whom 12 received the {X}.",
        f"{B} hosts 35 Kazakh students, 12 of whom have been awarded the {X}.",
        f"Of the 35 Kazakh students at {B}, 12 receive the {X}.",
        f"Of the 35 Kazakh students at {B}, 12 study under the {X} programme.",
        f"Currently 35 Kazakh students study at {B}. Among them, 12 hold the {X}.",
        f"Currently 35 Kazakh students study at {B}. Of these, 12 have received the {X}.",
        f"Currently 35 Kazakh students study at {B}, including 12 under the {X} programme.",
        f"{B} hosts 35 Kazakh students, 12 of whom are funded by the {X}.",
        f"Twelve of the 35 Kazakh students at {B} hold the {X}.",
        f"12 of the 35 Kazakh students at {B} study under the {X} programme.",
    ],
)
def test_a_share_held_or_received_is_the_programmes(text: str) -> None:
    assert [count for _, count in _counts(text)] == [12]


def test_a_share_under_the_programme_still_is() -> None:
    # session 14's construction, unchanged
    text = f"Currently 35 Kazakh students study at {B}, 12 of them under the {X} programme."
    assert [count for _, count in _counts(text)] == [12]


@pytest.mark.parametrize(
    "text",
    [
        f"Currently 35 Kazakh students study at {B}, 12 of them under the {X} programme.",
        f"Currently 35 Kazakh students study at {B}, 12 of them hold scholarships under the {X} programme.",
        f"Currently 35 Kazakh students study at {B}; 12 of them are recipients of the {X}.",
        f"Currently 35 Kazakh students study at {B}, 12 of them as holders of the {X}.",
    ],
)
def test_the_share_is_no_cohort_and_the_total_stays_one(text: str) -> None:
    found = cohorts("News\n\n" + text, published="2025-11-20")
    assert sorted(c.count for c in found) == [35]


def test_a_share_of_no_programme_stays_a_cohort() -> None:
    text = f"News\n\nCurrently 35 Kazakh students study at {B}, 12 of them in the medical faculty."
    assert sorted(c.count for c in cohorts(text, published="2025-11-20")) == [12, 35]


def test_those_admitted_of_a_pool_told_before_the_programme() -> None:
    text = f"This year 20 of the 150 applicants were admitted to the double degree programme of {B} and Volta University."
    assert [count for _, count in _counts(text)] == [20]
