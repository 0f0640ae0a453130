"""Labels that name no field, whatever source gave them, are no topics: a count ("more than 200 programmes",
"a quota raised to 250"), a tie of no field ("general cooperation", "institutional ties"), a pointer to another
thing ("a similar arrangement"); a count inside a field's label goes ("the exchange of up to ten students" is the
exchange of students). bench/README "Topics (session 18)".

Every text here is our own writing."""

from __future__ import annotations

import pytest

from support.extracted import lower_topic_labels as _lower


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("The rectors discussed the scholarship quota raised to 250.", "raised to 250"),
        ("The rectors talked about the number of grants raised to 40 a year.", "raised to 40"),
        ("The rectors discussed general cooperation.", "general cooperation"),
        ("The sides talked about overall cooperation and the next steps.", "overall cooperation"),
        ("The rectors discussed institutional ties.", "institutional ties"),
        ("The sides agreed on a similar arrangement for doctoral students.", "similar arrangement"),
        (
            "The rectors discussed institutional ties and a similar arrangement with Hillcrest University.",
            "similar",
        ),
    ],
)
def test_a_label_of_no_field_is_no_topic(text: str, junk: str) -> None:
    assert not any(junk in label for label in _lower(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The rectors discussed the exchange of up to ten students and joint research in marine biology.",
            "exchange of students",
        ),
        ("The rectors discussed the exchange of more than 20 lecturers.", "exchange of lecturers"),
    ],
)
def test_a_count_inside_a_label_goes(text: str, label: str) -> None:
    assert label in _lower(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The rectors discussed general education.", "general education"),
        ("The rectors discussed the Agenda 2063 of the African Union.", "agenda 2063"),
        ("The universities will cooperate in marine biology.", "marine biology"),
    ],
)
def test_fields_stay(text: str, label: str) -> None:
    assert label in _lower(text)
