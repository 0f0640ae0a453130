"""Topic items end before "to be" ("the forum to be held in May" is the forum) and before the speaker's next verb after "and" ("in family
medicine and proposed a visit"); a question is no item ("discussed what the cooperation could be"), nor is a
thing of "our" ("our laboratories"): bench/README "Topics (session 18)".

Every text here is our own writing."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

_HEAD = "Riverside University signs a memorandum with Lakeside University\n\n"


def _lower(text: str) -> list[str]:
    return [
        (t if isinstance(t, str) else t["label"]).lower()
        for t in extract_text(_HEAD + text).to_dict()["topics"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Riverside University and Lakeside University discussed the forum to be held in Doha in November.",
        "Riverside University and Lakeside University discussed the summer school to be organised next July.",
        "The rectors talked about the joint conference to be hosted by Lakeside University.",
        "Riverside University and Lakeside University agreed on a robotics contest to be launched in spring.",
    ],
)
def test_an_item_ends_before_to_be(text: str) -> None:
    labels = _lower(text)
    assert not any(label == "be" or label.endswith(" to be") or " to be " in label for label in labels), (
        labels
    )


@pytest.mark.parametrize(
    "text",
    [
        "Riverside University and Lakeside University discussed what the cooperation could be.",
        "The rectors discussed how the exchange of students will work.",
        "Riverside University and Lakeside University discussed whether the new centre needs more funds.",
        "The sides talked about why the joint programme attracts so few applicants.",
    ],
)
def test_a_question_is_no_topic(text: str) -> None:
    assert not any(label.split()[0] in {"what", "how", "whether", "why"} for label in _lower(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the item as before where no "to be" follows
        (
            "Riverside University and Lakeside University discussed the summer school in marine biology.",
            "marine biology",
        ),
        ("The rectors discussed joint research on water desalination.", "water desalination"),
    ],
)
def test_items_without_to_be_stay(text: str, label: str) -> None:
    assert label in _lower(text)


@pytest.mark.parametrize(
    ("text", "label", "junk"),
    [
        (
            "The rector spoke about cooperation in family medicine and proposed a visit to Lakeside University.",
            "family medicine",
            "proposed",
        ),
        (
            "The dean discussed joint research in hydrology and recalled the first exchange in 2010.",
            "hydrology",
            "recalled",
        ),
        (
            "The rector talked about cooperation in geology and suggested a joint field school.",
            "geology",
            "suggested",
        ),
    ],
)
def test_an_item_ends_before_the_speakers_next_verb(text: str, label: str, junk: str) -> None:
    labels = _lower(text)
    assert label in labels, labels
    assert not any(junk in found for found in labels), labels


@pytest.mark.parametrize(
    "text",
    [
        "Riverside University and Lakeside University discussed our laboratories and student exchange.",
        "The rectors talked about our joint projects in marine biology.",
        "The rector of Riverside University discussed the future of our continent.",
    ],
)
def test_a_thing_of_ours_is_no_topic(text: str) -> None:
    assert not any("our " in label for label in _lower(text))
