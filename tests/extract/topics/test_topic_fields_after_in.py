"""A field named right after "in" or "on" (``learned.field_runs``): a rule, read in every article, also where the
rules' other sources already gave four labels or more (the learned model adds nothing there).

Every text here is our own writing."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text
from kgpart.extract.topics import learned

#: An article whose rules read four labels before the sentence under test: the model adds nothing to it.
_LEAD = (
    "Visit\n\nThe rector of Baltic Coast University received a delegation of Sahel State University on Tuesday. "
    "The sides discussed cooperation in agriculture, tourism, trade and culture. "
)
_BEFORE = 4


def _labels(text: str) -> list[str]:
    return [t if isinstance(t, str) else t["label"] for t in extract_text(text).to_dict()["topics"]]


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        (
            "The agreement opens the exchange of graduate students in structural engineering.",
            "structural engineering",
        ),
        (
            "Ten lecturers in forensic science will visit Sahel State University under the partnership.",
            "forensic science",
        ),
        (
            "The partnership will support young researchers in computational linguistics.",
            "computational linguistics",
        ),
        (
            "Under the memorandum, doctoral candidates in soil microbiology will spend a semester abroad.",
            "soil microbiology",
        ),
        ("Two professors in marine biology will join the project.", "marine biology"),
    ],
)
def test_a_field_after_in_is_a_topic_beside_many_rule_labels(sentence: str, field: str) -> None:
    labels = _labels(_LEAD + sentence)
    assert len(labels) > _BEFORE
    assert field in labels[_BEFORE:]


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("Twenty students will attend a summer school in marine biology.", "marine biology"),
        (
            "The winter school in computational linguistics will take place in Riga.",
            "computational linguistics",
        ),
        ("Bachelor students in mining engineering will spend a term in Dakar.", "mining engineering"),
    ],
)
def test_a_field_after_in_is_a_topic_where_only_a_programme_is_told(sentence: str, field: str) -> None:
    # a sentence whose only cue is a programme's word gives the model no candidate; the field after "in" is the
    # programme's field
    assert field in _labels(_LEAD + sentence)[_BEFORE:]


def test_a_field_of_ones_own_degree_or_a_place_after_a_programme_gives_no_topic() -> None:
    assert _labels(_LEAD + "He earned his master's degree in nuclear physics in 1998.")[_BEFORE:] == []
    assert _labels(_LEAD + "The programme in Dakar begins in May.")[_BEFORE:] == []


def test_a_field_after_in_is_a_rule_not_the_model() -> None:
    learned.use_model(None, off=True)
    try:
        labels = _labels(
            _LEAD + "The agreement opens the exchange of graduate students in structural engineering."
        )
    finally:
        learned.use_model(None)
    assert "structural engineering" in labels


@pytest.mark.parametrize(
    "sentence",
    [
        "The university signed a memorandum, and students in Kazan will take part.",  # a place
        "The memorandum was signed in the Hall of Science.",  # a name in title case
        "She holds a PhD in physics, and she met the rector to discuss the partnership.",  # someone's own degree
        "The cooperation in the spring term includes a visit to the Institute of Geology.",  # no field's word last
        "The cooperation will be based in the engineering building.",  # a facility
    ],
)
def test_no_field_after_in_gives_no_topic(sentence: str) -> None:
    assert _labels(_LEAD + sentence)[_BEFORE:] == []


def test_a_field_the_rules_already_cover_is_not_repeated() -> None:
    labels = _labels(_LEAD + "The sides agreed on joint research in hydrology and in hydrology teaching.")
    assert sum("hydrology" in label for label in labels) == 1
