"""Topics named in lists of plans and interests: sentences written for these tests (issue #11)."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

_LEAD = (
    "Rector of Tallinn University of Technology Mart Kask met the delegation of Kyoto Institute of Design. "
)


def _topics(sentence: str) -> list[str]:
    return [t.label for t in extract_text(_LEAD + sentence).topics]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Proposals were made to carry out joint research projects, to publish textbooks together "
            "and to hold joint conferences.",
            {"joint research projects", "textbooks", "joint conferences"},
        ),
        (
            "The parties agreed to develop double degree programmes and to expand student exchanges.",
            {"double degree programmes", "student exchanges"},
        ),
        (
            "Both sides intend to organise art exhibitions, to conduct language courses and to open a Korean corner.",
            {"art exhibitions", "language courses"},
        ),
        (
            "Both universities are interested in joint supervision of PhD students and visiting professorships.",
            {"joint supervision", "visiting professorships"},
        ),
    ],
)
def test_the_items_of_a_plan_or_an_interest_are_topics(sentence: str, expected: set[str]) -> None:
    assert expected <= set(_topics(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "They also discussed the development of the university and its future.",
        "The parties agreed to meet again primarily.",
    ],
)
def test_words_that_name_no_field_are_no_topics(sentence: str) -> None:
    found = _topics(sentence)
    assert not any(t in ("university and its future", "development", "primarily") for t in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # praise of the people trained is no part of the field
        ("The sides discussed the training of highly qualified specialists.", "training of specialists"),
        ("The parties spoke about the training of competent personnel.", "training of personnel"),
        ("Cooperation in the training of skilled engineers was discussed.", "training of engineers"),
        # an abbreviated field in a list
        ("The sides agreed to strengthen cooperation in agriculture, medicine and IT.", "IT"),
    ],
)
def test_a_topic_is_the_field_without_praise(sentence: str, expected: str) -> None:
    assert expected in _topics(sentence)
