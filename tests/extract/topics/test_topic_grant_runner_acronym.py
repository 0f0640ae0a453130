"""Topics (issue #11), session 17, precision: a grant's kind after an acronym ("the DAAD scholarship", "under the
JICA programme") names the body that runs or pays for it, not a grant of its own name: no topic "<ACRONYM>
programme". A grant named in title case ("the Chevening scholarships", "the Erasmus+ programme") stays a topic.
Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import topic_labels

_LEAD = "Rector of Accra Technical University Kofi Mensah received the delegation of Busan Maritime College. "


_topics = partial(topic_labels, lead=_LEAD)


@pytest.mark.parametrize(
    ("sentence", "acronym"),
    [
        ("Twelve graduates will continue their studies under the DAAD scholarship programme.", "DAAD"),
        ("The college has trained 40 engineers through the JICA programme since 2019.", "JICA"),
        ("Three young researchers won the NSERC fellowships this spring.", "NSERC"),
        ("Two lecturers spent a term in Ankara on the TÜBİTAK fellowships.", "TÜBİTAK"),
        ("Students may apply for the KOICA Global scholarships until March.", "KOICA"),
    ],
)
def test_an_acronym_before_a_grant_names_its_runner(sentence: str, acronym: str) -> None:
    found = _topics(sentence)
    assert not any(t.startswith(acronym) for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ambassador presented the Chevening scholarships to the graduates.", "Chevening scholarships"),
        ("The college has taken part in the Erasmus+ programme since 2015.", "Erasmus+ programme"),
        ("Nine students received the Mevlana exchange programme grants.", "Mevlana exchange programme"),
    ],
)
def test_a_grant_named_in_title_case_stays(sentence: str, expected: str) -> None:
    found = _topics(sentence)
    assert expected in found, found
