"""Topic recall rules of session 17 (bench/README "Topic recall (session 17)"): a scholarship named in title case is
a scholarship topic (its head word as written); people from abroad named in the headline or the first two sentences
are a topic ("international students"); an event or a plan named in title case by its kind is a topic by its name
("Korean Culture Week", "Saudi Vision 2030").

Every text here is our own writing."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _lower(text: str) -> list[str]:
    return [(t if isinstance(t, str) else t["label"]).lower() for t in extract_text(text).to_dict()["topics"]]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Riverside University signs a memorandum with Lakeside University\n\n"
            "Riverside University and Lakeside University signed a memorandum on Monday. Ten students of Lakeside "
            "University will study at Riverside University under the Global Harbour Scholarship.",
            "scholarship",
        ),
        (
            "Lakeside University welcomes new students\n\n"
            "Twelve students from Peru arrived at Lakeside University on Tuesday. They hold the Andean Pioneers "
            "Scholarships, funded by the Ministry of Education of Peru.",
            "scholarships",
        ),
        (
            "Riverside University hosts a delegation\n\n"
            "A delegation of Hillcrest University visited Riverside University. The rector presented the Northern "
            "Lights Scholarship to the guests.",
            "scholarship",
        ),
    ],
)
def test_a_scholarship_named_in_title_case_is_a_scholarship_topic(text: str, label: str) -> None:
    assert label in _lower(text)


@pytest.mark.parametrize(
    "text",
    [
        # a body named after what it gives is no scholarship of the story
        "Riverside University hosts a delegation\n\n"
        "A delegation of the Harbour Scholarship Council visited Riverside University on Monday to discuss a joint "
        "summer school in marine biology.",
        # a scholarship in lower case is the gazetteer's as before, one topic
        "Riverside University signs a memorandum with Lakeside University\n\n"
        "Riverside University will offer scholarships to students of Lakeside University, and the Global Harbour "
        "Scholarship will fund two of them.",
    ],
)
def test_no_scholarship_from_a_body_nor_a_second_one(text: str) -> None:
    labels = _lower(text)
    assert sum("scholarship" in label for label in labels) <= 1, labels
    if "Council" in text:
        assert not any("scholarship" in label for label in labels), labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Riverside University sees a record number of international students\n\n"
            "Riverside University enrolled 2,400 new students this autumn, the rector said on Monday.",
            "international students",
        ),
        (
            "Lakeside University opens a new campus\n\n"
            "Lakeside University opened a campus in the north of the city on Friday. The campus aims to attract "
            "foreign researchers in physics and chemistry.",
            "foreign researchers",
        ),
        (
            "Hillcrest University and Riverside University sign an agreement\n\n"
            "Hillcrest University and Riverside University signed an agreement to recruit overseas students together.",
            "overseas students",
        ),
    ],
)
def test_people_from_abroad_in_the_lead_are_a_topic(text: str, label: str) -> None:
    assert label in _lower(text)


@pytest.mark.parametrize(
    "text",
    [
        # further down, the same words are background
        "Riverside University signs an agreement with Lakeside University\n\n"
        "Riverside University and Lakeside University signed an agreement on Monday. The rectors met in the "
        "main hall. They spoke about the new library. Riverside University was founded in 1950 and has many "
        "international students.",
        # an office named after them is a body, not the story's topic
        "Riverside University opens an office\n\n"
        "Riverside University opened the International Students Office on Monday in the main building.",
    ],
)
def test_people_from_abroad_outside_the_lead_or_in_a_name_are_no_topic(text: str) -> None:
    labels = _lower(text)
    assert "international students" not in labels, labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Riverside University hosts guests from Lakeside University\n\n"
            "Riverside University held the Korean Culture Week together with Lakeside University on Monday.",
            "korean culture week",
        ),
        (
            "Lakeside University and the Ministry of Education sign a memorandum\n\n"
            "The memorandum supports the National Education Development Strategy of Peru, the minister said.",
            "national education development strategy",
        ),
        (
            "Riverside University and Lakeside University sign an agreement\n\n"
            "The agreement is in line with Saudi Vision 2030, the rector of Riverside University said.",
            "saudi vision 2030",
        ),
        (
            "Riverside University hosts a festival\n\n"
            "Students of Riverside University and Lakeside University took part in the Autumn Science Festival.",
            "autumn science festival",
        ),
    ],
)
def test_an_event_or_plan_named_by_its_kind_is_a_topic(text: str, label: str) -> None:
    assert label in _lower(text)


def test_a_kind_alone_is_no_named_plan() -> None:
    labels = _lower(
        "Riverside University signs an agreement\n\n"
        "Riverside University signed an agreement with Lakeside University. The Strategy will be adopted in May."
    )
    assert "strategy" not in labels, labels
