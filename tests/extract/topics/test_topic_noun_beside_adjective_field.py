"""Topic rules of session 16, round 2: a field's noun paired with a field named by an adjective and its noun is two
topics ("tourism and cultural exchange"); the items listed beside a field found whose last word is a field's noun of
no field ending ("in agriculture, energy and trade"), and those beside a field of four words.

Every text here is our own writing."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


def _lower(text: str) -> list[str]:
    return [(t if isinstance(t, str) else t["label"]).lower() for t in extract_text(text).to_dict()["topics"]]


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (
            "Riverside University and Lakeside University will cooperate in tourism and cultural exchange.",
            ["tourism", "cultural exchange"],
        ),
        (
            "Riverside University and Lakeside University agreed to cooperate in education and scientific research.",
            ["education", "scientific research"],
        ),
        (
            "Riverside University and Lakeside University will cooperate in engineering and renewable energy.",
            ["engineering", "renewable energy"],
        ),
        (
            "Riverside University and Lakeside University discussed cooperation in mining and environmental "
            "protection.",
            ["mining", "environmental protection"],
        ),
    ],
)
def test_a_noun_beside_an_adjective_field_is_two_topics(sentence: str, fields: list[str]) -> None:
    labels = _lower(sentence)
    assert all(field in labels for field in fields), labels
    assert not any(" and " in label for label in labels), labels


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # one kind of exchange, its head shared
        (
            "Riverside University and Lakeside University discussed cultural and educational exchanges.",
            "cultural and educational exchanges",
        ),
        # two modifiers of one head, none a field's noun alone
        (
            "Riverside University and Lakeside University will develop agro and engineering technologies.",
            "agro and engineering technologies",
        ),
    ],
)
def test_a_shared_head_stays_with_its_modifiers(sentence: str, pair: str) -> None:
    labels = _lower(sentence)
    assert not any(label in ("cultural", "agro", "educational exchanges") for label in labels), labels


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (
            "Riverside University and Lakeside University will work together in agriculture, energy and trade.",
            ["agriculture", "energy", "trade"],
        ),
        (
            "The rectors agreed to start joint research in medicine, public health and sports.",
            ["medicine", "public health", "sports"],
        ),
        (
            "Students of Riverside University will study engineering, law and design at Lakeside University.",
            ["engineering", "law", "design"],
        ),
    ],
)
def test_the_fields_listed_beside_a_field(sentence: str, fields: list[str]) -> None:
    labels = _lower(sentence)
    assert all(
        any(field == label or field in label.split(" and ") for label in labels) for field in fields
    ), labels


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (
            "Riverside University offers a joint master's programme in sustainable water resources management, "
            "hydrology and ecology with Lakeside University.",
            ["sustainable water resources management", "hydrology", "ecology"],
        ),
        (
            "Lakeside University will send ten students a year to Riverside University for a master's programme in "
            "integrated coastal zone management, oceanography and ecology.",
            ["integrated coastal zone management", "oceanography", "ecology"],
        ),
        (
            "Riverside University and Lakeside University run a joint master's programme in public health policy "
            "analysis, epidemiology and biostatistics.",
            ["public health policy analysis", "epidemiology", "biostatistics"],
        ),
    ],
)
def test_the_fields_listed_beside_a_field_of_four_words(sentence: str, fields: list[str]) -> None:
    labels = _lower(sentence)
    assert all(field in labels for field in fields), labels
