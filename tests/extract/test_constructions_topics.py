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
