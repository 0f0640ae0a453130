"""Topic rules of session 16: a pair of fields split in two, the items listed beside a field found, mobility named
by who or what moves, a link named by places or blocs, "joint research" as the frame of the fields after it, a
scheme named alone ("Erasmus+", "Study in Russia"), a joint programme named by its level only.

Every text here is our own writing."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _labels(text: str) -> list[str]:
    return [t if isinstance(t, str) else t["label"] for t in extract_text(text).to_dict()["topics"]]


def _lower(text: str) -> list[str]:
    return [label.lower() for label in _labels(text)]


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (
            "Riverside University is a partner of Lakeside University in medicine and pharmacy.",
            ["medicine", "pharmacy"],
        ),
        (
            "Riverside University and Lakeside University will cooperate in geology and metallurgy.",
            ["geology", "metallurgy"],
        ),
        (
            "Riverside University and Lakeside University agreed to work on renewable energy and water security.",
            ["renewable energy", "water security"],
        ),
    ],
)
def test_a_pair_of_fields_is_two_topics(sentence: str, fields: list[str]) -> None:
    labels = _lower(sentence)
    assert all(field in labels for field in fields), labels
    assert not any(" and " in label for label in labels), labels


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "Riverside University is a partner of Lakeside University in the field of oil and gas.",
            "oil and gas",
        ),
        (
            "Riverside University and Lakeside University will cooperate in science and education.",
            "science and education",
        ),
        (
            "Riverside University and Lakeside University discussed cultural and educational exchanges.",
            "cultural and educational exchanges",
        ),
    ],
)
def test_a_pair_that_is_one_field_stays_one(sentence: str, pair: str) -> None:
    assert pair in _lower(sentence)


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (
            "Riverside University hosts more than 300 students from Lakeside University in medicine, dentistry and "
            "pharmacy.",
            ["medicine", "dentistry", "pharmacy"],
        ),
        (
            "More than 200 students of Riverside University study engineering, medicine and law at Lakeside University.",
            ["engineering", "medicine"],
        ),
        (
            "Lakeside University offers programmes in agronomy, veterinary science and food technology to Riverside "
            "University students.",
            ["agronomy", "veterinary science", "food technology"],
        ),
    ],
)
def test_the_items_listed_beside_a_field(sentence: str, fields: list[str]) -> None:
    labels = _lower(sentence)
    assert all(field in labels for field in fields), labels


def test_no_item_after_a_determiner_or_a_verb() -> None:
    labels = _lower(
        "During the visit, medicine was discussed by Riverside University and signed an agreement."
    )
    assert "visit" not in labels and not any("signed" in label for label in labels), labels


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        (
            "Riverside University signed a deal with Lakeside University to boost staff mobility.",
            "staff mobility",
        ),
        ("Riverside University and Lakeside University will develop virtual mobility.", "virtual mobility"),
        (
            "Riverside University received funds for outbound mobility to Lakeside University.",
            "outbound mobility",
        ),
    ],
)
def test_mobility_named_by_who_or_what_moves(sentence: str, field: str) -> None:
    assert field in _lower(sentence)


@pytest.mark.parametrize(
    ("sentence", "link"),
    [
        (
            "Riverside University is a leader in South-South cooperation, said Lakeside University.",
            "south-south cooperation",
        ),
        (
            "Riverside University discussed China-Africa cooperation with Lakeside University.",
            "china-africa cooperation",
        ),
        ("Riverside University and Lakeside University back ASEAN cooperation.", "asean cooperation"),
    ],
)
def test_a_link_named_by_places_or_blocs(sentence: str, link: str) -> None:
    assert link in _lower(sentence)


def test_a_link_in_a_name_is_no_topic() -> None:
    labels = _lower(
        "Riverside University attended the China-Africa Cooperation Forum with Lakeside University."
    )
    assert "china-africa cooperation" not in labels, labels


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (
            "The agreement of Riverside University with Lakeside University provides for joint research in climate "
            "change and renewable energy.",
            ["climate change", "renewable energy"],
        ),
        (
            "Riverside University and Lakeside University will conduct joint research on soil erosion.",
            ["soil erosion"],
        ),
    ],
)
def test_joint_research_is_the_frame_of_its_fields(sentence: str, fields: list[str]) -> None:
    labels = _lower(sentence)
    assert all(field in labels for field in fields) and "joint research" not in labels, labels


def test_joint_research_alone_stays() -> None:
    labels = _lower("Riverside University and Lakeside University agreed to expand their joint research.")
    assert "joint research" in labels, labels


@pytest.mark.parametrize(
    ("sentence", "scheme"),
    [
        (
            "Riverside University has sent 40 students to Lakeside University under Erasmus+ this year.",
            "Erasmus+",
        ),
        (
            "Riverside University joined the Study in Russia initiative with Lakeside University.",
            "Study in Russia",
        ),
        ("Two Fulbright scholars from Riverside University will teach at Lakeside University.", "Fulbright"),
    ],
)
def test_a_scheme_named_alone(sentence: str, scheme: str) -> None:
    assert scheme in _labels(sentence)


def test_a_body_named_after_erasmus_is_no_scheme() -> None:
    labels = _lower(
        "Riverside University and Erasmus University Rotterdam signed an agreement with Lakeside University."
    )
    assert not any("erasmus" in label for label in labels), labels


@pytest.mark.parametrize(
    "sentence",
    [
        "Riverside University and Lakeside University plan to launch a joint master's programme next year.",
        "Riverside University and Lakeside University discussed a new joint doctoral programme.",
    ],
)
def test_a_joint_programme_named_by_its_level_is_no_topic(sentence: str) -> None:
    labels = _lower(sentence)
    assert not any("programme" in label for label in labels), labels


def test_the_field_of_a_joint_programme_stays() -> None:
    labels = _lower(
        "Riverside University and Lakeside University launched a joint master's programme in data science."
    )
    assert "data science" in labels, labels
