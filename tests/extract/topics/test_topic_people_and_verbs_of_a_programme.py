"""How a programme's people are supervised ("will be jointly supervised", "co-supervised theses") and the people on
an exchange ("the exchange students", "Canadian exchange students") are details of a programme or a cohort, no
field the text names: no topic from them (bench/README "Topics (session 18)"). A field named so stays ("joint
supervision of doctoral theses", the parties' own verb "will co-supervise theses", "to exchange students and staff").

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
        "Riverside University and Lakeside University launched a double degree programme in hydrology. The "
        "candidates will be jointly supervised by professors of both universities.",
        "Riverside University and Lakeside University opened a joint doctoral school in geology. Theses will be "
        "co-supervised by staff of both faculties.",
        "Riverside University and Lakeside University signed a memorandum. Each dissertation will be co-supervised "
        "by a professor from Lakeside University.",
    ],
)
def test_a_verb_of_supervising_is_no_topic(text: str) -> None:
    assert not any("supervision" in label for label in _lower(text))


@pytest.mark.parametrize(
    "text",
    [
        "Riverside University and Lakeside University signed a memorandum. Riverside University has welcomed "
        "Canadian exchange students for a decade.",
        "Riverside University and Lakeside University signed a memorandum in marine biology. The exchange students "
        "arrived in September.",
        "Riverside University and Lakeside University signed a memorandum. Ten foreign exchange students toured "
        "the campus of Lakeside University.",
    ],
)
def test_people_on_an_exchange_are_no_topic(text: str) -> None:
    assert not any(label in {"exchange students", "student exchange"} for label in _lower(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Riverside University and Lakeside University agreed on the joint supervision of doctoral theses.",
            "supervision",
        ),
        (
            "Riverside University and Lakeside University will exchange students and staff.",
            "student and staff exchange",
        ),
        ("Riverside University and Lakeside University discussed student exchange.", "student exchange"),
        (
            "Riverside University and Lakeside University will co-supervise PhD theses in geology.",
            "joint supervision",
        ),
        (
            "Riverside University and Lakeside University agreed to jointly supervise doctoral candidates.",
            "supervision",
        ),
    ],
)
def test_fields_named_so_stay(text: str, label: str) -> None:
    assert any(label in found for found in _lower(text))
