"""A state's government named as the label of a scholarship ("Korean Government scholarships",
"(Hungarian Government) scholarship holders") names a programme, no organisation of the article;
the government that acts or owns ("the Japanese Government's scholarships", "funded by the Korean
Government") still is one."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("Twenty students of Ghent University received Korean Government scholarships.", "Korean Government"),
        (
            "Students of Ghent University may apply for the Korean Government Scholarship Program.",
            "Korean Government",
        ),
        (
            "Stipendium Hungaricum (Hungarian Government) scholarship holders study at Ghent University.",
            "Hungarian Government",
        ),
        (
            "The Indonesian Government scholarship programme supports students of Ghent University.",
            "Indonesian Government",
        ),
        ("Ghent University students won Chinese Government fellowships this year.", "Chinese Government"),
    ],
)
def test_a_government_labelling_a_scholarship_is_no_organisation(text: str, government: str) -> None:
    names = [o.name for o in extract_text(text).organizations]
    assert government not in names, names
    assert "Ghent University" in names or "Kyoto University" in names


@pytest.mark.parametrize(
    ("text", "government"),
    [
        (
            "The Japanese Government's scholarships are open to students of Ghent University.",
            "Japanese Government",
        ),
        ("The programme at Ghent University is funded by the Korean Government.", "Korean Government"),
        (
            "The Korean Government and Ghent University signed a memorandum on scholarships.",
            "Korean Government",
        ),
    ],
)
def test_a_government_that_acts_stays_an_organisation(text: str, government: str) -> None:
    assert government in [o.name for o in extract_text(text).organizations]
