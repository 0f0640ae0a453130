"""Topics as an event's theme ("the seminar is dedicated to X", "under the theme of Y", "on the topic of Z"), as
the subject of talks ("X became the main subject of the negotiations"), and listed after a colon that follows
the agenda or the priorities ("Topics on the agenda: X, Y and Z"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

_LEAD = (
    "Rector of Pacific Coast University Maria Santos received a delegation of Daugava Technical University. "
)


def _found(text: str) -> list[str]:
    return [t.label.lower() for t in extract_text(_LEAD + text).topics]


def _has(found: list[str], label: str) -> bool:
    """The scorer's reading: the label itself, or one holding it, or one it holds."""
    return any(label == f or label in f or (len(f) > 3 and f in label) for f in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what an event is devoted or dedicated to
        ("The event was devoted to the development of inclusive education.", ["inclusive education"]),
        ("The seminar is dedicated to problems of soil salinity.", ["soil salinity"]),
        ("A workshop dedicated to museum conservation opened on Monday.", ["museum conservation"]),
        ("The exhibition, devoted to Uzbek applied arts, runs until May.", ["applied arts"]),
        # the theme or topic of an event
        ("The forum was held under the theme of green economy.", ["green economy"]),
        ("A seminar on the topic of food security was held.", ["food security"]),
        ("Students presented papers on the theme of urban heat islands.", ["urban heat islands"]),
        # the subject of talks
        ("Water management became the main subject of the negotiations.", ["water management"]),
        ("Academic mobility was the subject of discussion.", ["academic mobility"]),
        ("Vaccine production remains the central topic of the dialogue.", ["vaccine production"]),
        # a list after a colon that follows the agenda or the priorities
        (
            "Topics on the agenda: higher education, youth policy and sport.",
            ["higher education", "youth policy"],
        ),
        (
            "The priorities are clear: teacher training, digital skills and STEM.",
            ["teacher training", "digital skills"],
        ),
        ("Issues raised by the rectors: credit transfer and joint supervision.", ["credit transfer"]),
    ],
)
def test_event_themes_subjects_and_agenda_lists(sentence: str, expected: list[str]) -> None:
    found = _found(sentence)
    assert all(_has(found, label) for label in expected), found


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The concert was dedicated to the memory of the poet.", "memory of the poet"),
        ("The new dormitory is dedicated to students from remote villages.", "students from remote villages"),
        ("The centre is dedicated to supporting foreign students.", "foreign students"),
    ],
)
def test_dedications_to_people_or_memory_are_no_fields(sentence: str, absent: str) -> None:
    found = _found(sentence)
    assert not any(absent in f for f in found), found
