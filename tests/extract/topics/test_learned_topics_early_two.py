"""The shipped topic model's cheap pass over an article its rules read well (four labels or more) reads the
headline and the first two sentences ("early2"): a field the rules miss in the second sentence is added, the
same sentence third is not read. Every text here is our own writing."""

from __future__ import annotations

import pytest

from kgpart.extract.topics.learned import shipped_model
from support.extracted import topic_labels

_FIELDS = ["hydrology", "soil science", "forestry", "plant pathology"]


def _text(later: str, host: str, guest: str, position: int) -> str:
    sentences = [
        f"{host} hosts a delegation from {guest}",
        "",
        f"A delegation of the {guest} Institute of Technology visited {host} to discuss cooperation in "
        f"{', '.join(_FIELDS[:-1])} and {_FIELDS[-1]}.",
        "The guests were welcomed by the rector on Monday.",
    ]
    sentences.insert(3 if position == 2 else 4, later.format(host=host, guest=guest))
    return "\n".join(sentences) + "\n"


_LATER = [
    "The {guest} partners praised the {host} laboratory of food processing.",
    "The {guest} partners visited the {host} laboratory of food processing.",
    "The {guest} guests admired the {host} laboratory of food processing.",
]
_HOSTS = [("Hallford University", "Kestrel"), ("Ostmark University", "Peregrine")]


@pytest.mark.parametrize("later", _LATER)
@pytest.mark.parametrize(("host", "guest"), _HOSTS)
def test_a_field_of_the_second_sentence_is_added(later: str, host: str, guest: str) -> None:
    labels = topic_labels(_text(later, host, guest, 2))
    assert set(_FIELDS) <= set(labels), labels
    assert "food processing" in labels, labels


@pytest.mark.parametrize("later", _LATER)
@pytest.mark.parametrize(("host", "guest"), _HOSTS)
def test_the_third_sentence_is_not_read(later: str, host: str, guest: str) -> None:
    labels = topic_labels(_text(later, host, guest, 3))
    assert set(_FIELDS) <= set(labels), labels
    assert "food processing" not in labels, labels


def test_the_shipped_cheap_pass_is_early2() -> None:
    model = shipped_model()
    assert model.beyond == "early2"
    assert model.max_rules == 4
