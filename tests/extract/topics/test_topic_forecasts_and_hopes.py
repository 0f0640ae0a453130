"""Topics (issue #11), session 17, precision: a forecast ("the centre is expected to attract ...") or a hope ("the
rector hopes to welcome ...") tells no plan of the parties, so what follows "expected to" or "hopes to" is no list of
topics; what the parties plan, intend, agree or aim to do is still read. A field named otherwise in the same sentence
("in the field of mining") stays. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import topic_labels

_LEAD = "Rector of Accra Technical University Kofi Mensah received the delegation of Busan Maritime College. "


_topics = partial(topic_labels, lead=_LEAD)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The new hostel is expected to attract more visiting students from abroad.", "visiting students"),
        ("The rector hopes to welcome the first cohort next autumn.", "first cohort"),
        ("The dean said she hoped to host further delegations from the region.", "further delegations"),
        ("The joint centre is expected to double annual enrolment by 2030.", "annual enrolment"),
        ("Mensah hopes to see closer personal contacts between the two staffs.", "personal contacts"),
    ],
)
def test_a_forecast_or_a_hope_lists_no_topic(sentence: str, absent: str) -> None:
    found = _topics(sentence)
    assert not any(absent in t for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two colleges plan to develop joint courses in marine logistics.", "marine logistics"),
        ("The memorandum aims to strengthen cooperation in renewable energy.", "renewable energy"),
        ("The MoU is expected to boost research and innovation in the field of mining.", "mining"),
    ],
)
def test_what_the_parties_plan_is_read(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found
