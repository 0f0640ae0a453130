"""A list that ends in "and other areas" keeps its last field ("tourism, trade and other fields of mutual
interest": tourism and trade); a plan or a stage of a body is no field ("the new strategy of the ministry",
"next stages"), nor the situation or aspects of a tie. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

_LEAD = (
    "Rector of Pacific Coast University Maria Santos received a delegation of Daugava Technical University. "
)


def _found(text: str) -> list[str]:
    return [t.label.lower() for t in extract_text(_LEAD + text).topics]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The sides discussed tourism, trade and other fields of mutual interest.", {"tourism", "trade"}),
        ("Cooperation in medicine, pharmacy and other areas was discussed.", {"medicine", "pharmacy"}),
        ("The agreement covers geology, hydrology and many other sciences.", {"geology", "hydrology"}),
        (
            "They discussed seismology, volcanology and other related disciplines.",
            {"seismology", "volcanology"},
        ),
        ("The parties will cooperate in forestry, fisheries, among others.", {"forestry", "fisheries"}),
        ("The talks touched on aquaculture, beekeeping and others.", {"aquaculture", "beekeeping"}),
    ],
)
def test_a_list_ending_in_other_areas_keeps_its_last_field(sentence: str, expected: set[str]) -> None:
    found = _found(sentence)
    assert expected <= set(found), found
    assert not any("other" in f for f in found), found


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The meeting centred on the new strategy of the ministry.", "strategy of the ministry"),
        ("The talks focused on the plans of the university for next year.", "plans of the university"),
        ("They discussed the priorities of the embassy in the region.", "priorities of the embassy"),
        ("The sides discussed specific steps and next stages.", "next stages"),
        ("The parties discussed the stages of the project.", "stages of the project"),
        ("The tasks of the commission were discussed.", "tasks of the commission"),
        ("The parties exchanged views on the current situation and future plans.", "situation"),
        (
            "The talks focused on practical aspects of the partnership.",
            "practical aspects of the partnership",
        ),
        ("They discussed various aspects of the joint programme.", "aspects of the joint programme"),
    ],
)
def test_a_bodys_plans_and_stages_are_no_fields(sentence: str, absent: str) -> None:
    found = _found(sentence)
    assert absent not in found, found
