"""Topics (issue #11), session 17, precision: people told as "enrolled in" something are counted in a programme or a
school ("120 students are enrolled in the joint programme"), which names no field of the news: "enrolled in" is no
cue of topics. What one may enrol in, an offer or a plan ("invited the graduates to enroll in its master's programs",
"students enrolling in the course"), is still read. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import topic_labels

_LEAD = "Rector of Accra Technical University Kofi Mensah received the delegation of Busan Maritime College. "


_topics = partial(topic_labels, lead=_LEAD)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        (
            "Over 300 Nepalese students are currently enrolled in undergraduate programmes there.",
            "undergraduate",
        ),
        ("Some 45 Kenyan students were enrolled in Chinese universities last year.", "Chinese universities"),
        ("At present 60 cadets are enrolled in its two-year diploma courses.", "diploma courses"),
        ("Twelve of them remain enrolled in the foundation year of the college.", "foundation year"),
        ("The 25 trainees enrolled in the pilot scheme will graduate in June.", "pilot scheme"),
    ],
)
def test_people_enrolled_in_name_no_topic(sentence: str, absent: str) -> None:
    found = _topics(sentence)
    assert not any(absent in t for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He invited the graduates to enroll in the college's master's programs.", "master's programs"),
        ("Cadets may now enrol in navigation and marine engineering.", "marine engineering"),
        ("Young Ghanaians enrolling in robotics and data science will receive grants.", "robotics"),
    ],
)
def test_what_one_may_enrol_in_is_read(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found
