"""The shipped topic model reads every cue sentence of an article whose rules gave four labels (its cap is five):
a field the rules miss in a later sentence is added there; an article with five rule labels still gets the lead
pass alone. Every text here is our own writing."""

from __future__ import annotations

import pytest

from kgpart.extract.topics.learned import shipped_model
from support.extracted import topic_labels

_HEAD = (
    "{host} hosts a delegation from {guest}\n\n"
    "The rector of {host} welcomed the guests on Monday.\n"
    "A delegation of the {guest} Institute of Technology came to discuss cooperation in {fields}.\n"
)
_FOUR = "hydrology, soil science, forestry and plant pathology"
_FIVE = "hydrology, soil science, forestry, geodesy and plant pathology"


def _text(later: str, fields: str = _FOUR, host: str = "Hallford University", guest: str = "Kestrel") -> str:
    return _HEAD.format(host=host, guest=guest, fields=fields) + later.format(host=host, guest=guest) + "\n"


_LATER = [
    ("The {guest} partners praised the {host} laboratory of food processing.", "food processing"),
    ("The {guest} partners visited the {host} centre of camel milk processing.", "camel milk processing"),
]


@pytest.mark.parametrize(("later", "field"), _LATER)
@pytest.mark.parametrize(
    ("host", "guest"), [("Hallford University", "Kestrel"), ("Ostmark University", "Peregrine")]
)
def test_a_later_field_is_added_to_an_article_at_four_rule_labels(
    later: str, field: str, host: str, guest: str
) -> None:
    labels = topic_labels(_text(later, host=host, guest=guest))
    assert {"hydrology", "soil science", "forestry", "plant pathology"} <= set(labels), labels
    assert field in labels, labels


@pytest.mark.parametrize(("later", "field"), _LATER)
def test_an_article_at_five_rule_labels_gets_the_lead_pass_alone(later: str, field: str) -> None:
    labels = topic_labels(_text(later, fields=_FIVE))
    assert "geodesy" in labels, labels
    assert field not in labels, labels


def test_the_shipped_cap_is_five() -> None:
    model = shipped_model()
    assert model.max_rules == 5
    assert model.beyond == "lead"
