"""A field whose first word is "general" is read after a cue like any other ("discussed general education",
"cooperation in general surgery"), while "in general" with no field after it stays no topic ("cooperation in
general is growing"); the rules alone read it (the learned model off). "Joint research" before the fields it frames
is no topic of the rules, nor of the learned model ("joint research in X and Y"). bench/README "Topics (session 20)".

Every text here is our own writing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kgpart.extract.doc import Doc
from kgpart.extract.topics import learned
from kgpart.extract.topics.merge import _without_learned_frames
from support.extracted import lower_topic_labels


@pytest.fixture
def rules_only() -> Iterator[None]:
    learned.use_model(None, off=True)
    try:
        yield
    finally:
        learned.use_model(None)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The rectors discussed general education.", "general education"),
        ("The ministers discussed general education and vocational training.", "general education"),
        ("The deans also talked about general surgery, anaesthesiology and nursing.", "general surgery"),
        ("The sides agreed to cooperate in general medicine and paediatrics.", "general medicine"),
        ("The two hospitals will work together on general practice.", "general practice"),
        (
            "The delegation discussed general linguistics and phonetics with the faculty.",
            "general linguistics",
        ),
    ],
)
def test_a_general_field_after_a_cue(text: str, label: str) -> None:
    assert label in lower_topic_labels(text)


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize(
    "text",
    [
        "Cooperation in general is growing, the rector said.",
        "The rector said that ties in general have grown stronger.",
        "The rectors discussed cooperation in general and the next steps.",
    ],
)
def test_in_general_is_no_field(text: str) -> None:
    assert not any(label.startswith("general") for label in lower_topic_labels(text))


# -- "joint research" before its fields is their frame, also when the learned model proposes it -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Riverside University and Lakeside University will conduct joint research in climate change and hydrology.",
        "The two universities agreed on joint research on soil erosion.",
        "The institutes will carry out Joint Research into drought-resistant crops.",
        "The memorandum provides for joint research in the fields of oncology and cardiology.",
    ],
)
def test_a_learned_frame_of_fields_goes(text: str) -> None:
    doc = Doc.read(text, None)
    labels = [("climate change", 0), ("joint research", 0)]
    assert _without_learned_frames(doc, labels, 1) == [("climate change", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "The universities agreed to expand their joint research.",
        "Joint research in the past decade has grown, the rector said.",
        "The rector praised joint research and the exchange of students.",
    ],
)
def test_joint_research_with_no_field_after_it_stays(text: str) -> None:
    doc = Doc.read(text, None)
    labels = [("exchange of students", 0), ("joint research", 0)]
    assert _without_learned_frames(doc, labels, 1) == labels


def test_the_rules_own_labels_stay() -> None:
    doc = Doc.read("The universities will conduct joint research in robotics.", None)
    labels = [("joint research", 0), ("robotics", 0)]
    assert _without_learned_frames(doc, labels, 2) == labels
