"""Work two institutions do together, told as "joint <work> between A and B", ties them: a
proposal when it is only wished for, a tie in force when it is under way; a dispute or a
statement "between" names no tie."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Ambassador Reza Karimi said he was interested in joint events and projects between "
            "Fjordheim University and the University of Tehran.",
            "proposed",
        ),
        (
            "The rector proposed joint research between Steppe Technical University and Ghent University.",
            "proposed",
        ),
        (
            "Joint research between Fjordheim University and Steppe Technical University began in 2015.",
            "existing",
        ),
        (
            "Since 2018, joint summer studies between Lakeside College and Altai State Academy have run every July.",
            "existing",
        ),
    ],
)
def test_joint_work_between_two_institutions_ties_them(text: str, status: str) -> None:
    record = extract_text(text)
    assert len(record.partnerships) == 1, record.partnerships
    assert len(record.partnerships[0].between) == 2
    assert record.partnerships[0].status == status


@pytest.mark.parametrize(
    "text",
    [
        "A dispute between Fjordheim University and Steppe Technical University was settled last year.",
        "The joint statement of the embassy was read out between two sessions at Fjordheim University.",
        "The football match between Fjordheim University and Steppe Technical University ended in a draw.",
    ],
)
def test_other_things_between_two_institutions_tie_nothing(text: str) -> None:
    assert extract_text(text).partnerships == []
