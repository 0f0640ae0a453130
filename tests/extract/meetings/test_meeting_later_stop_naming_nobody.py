"""A later sentence that takes the visitor of the main meeting to one more institution and names nobody of it
("Later, the Ambassador visited Y University", "He also held talks with Y University") tells a stop of the same
visit, not a meeting of its own. Someone of the host named there ("met with Rector Z of Y") or a visit to
several institutions ("visited A and B") still makes meetings of their own. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meetings_found

_found = partial(meetings_found, published="2025-03-14")
_MAIN = (
    "News\n\nRector of Osh State University Kudaibergen Kozhobekov met with the Ambassador of India Ashok Kumar "
    "on 3 March. They discussed student exchanges. "
)
_MAIN_PARTIES = {"Kudaibergen Kozhobekov", "Ashok Kumar"}


@pytest.mark.parametrize(
    "later",
    [
        "Later, the Ambassador visited the Kyrgyz State Technical University.",
        "Later that day, Ambassador Kumar visited the Kyrgyz State Technical University.",
        "Ashok Kumar later met with the Kyrgyz State Technical University.",
        "Then the Ambassador toured the Kyrgyz State Technical University.",
    ],
)
def test_a_stop_naming_nobody_is_no_meeting_of_its_own(later: str) -> None:
    assert _found(_MAIN + later, _MAIN_PARTIES)


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (
            "Later, the Ambassador met with Rector Mirlan Chynybaev of the Kyrgyz State Technical University.",
            {"Ashok Kumar", "Mirlan Chynybaev"},
        ),
        (
            "Later, Ambassador Kumar visited the Kyrgyz State Technical University, where he was received by "
            "Rector Mirlan Chynybaev.",
            {"Ashok Kumar", "Mirlan Chynybaev"},
        ),
    ],
)
def test_a_later_meeting_naming_someone_met_stays(later: str, expected: set[str]) -> None:
    assert _found(_MAIN + later, _MAIN_PARTIES, expected)


def test_a_visit_to_several_is_a_meeting_with_each() -> None:
    later = (
        "Later, the Ambassador visited the Kyrgyz State Technical University and the American University of "
        "Central Asia."
    )
    assert _found(
        _MAIN + later,
        _MAIN_PARTIES,
        {"Ashok Kumar", "Kyrgyz State Technical University"},
        {"Ashok Kumar", "American University of Central Asia"},
    )


@pytest.mark.parametrize(
    "later",
    [
        "Later, the Ambassador met the leadership of the Kyrgyz State Technical University.",
        "Ashok Kumar later met with the management of the Kyrgyz State Technical University.",
        "Later that day, the Ambassador met with officials of the Kyrgyz State Technical University.",
    ],
)
def test_a_stop_meeting_the_hosts_people_unnamed_stays_a_meeting(later: str) -> None:
    assert _found(_MAIN + later, _MAIN_PARTIES, {"Ashok Kumar", "Kyrgyz State Technical University"})
