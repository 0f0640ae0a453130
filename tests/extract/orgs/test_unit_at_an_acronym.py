"""A unit "at" a university named by its acronym ("the Confucius Institute at KazNU", "the Faculty of
Law at KazNU") is a part of that university, and its name with the acronym stays an alias; the
acronym spelt out in the article names the university in full. An acronym that starts a longer
name after "at" is left alone."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    ("text", "unit", "parent"),
    [
        ("The Confucius Institute at KazNU held a concert.", "Confucius Institute", "KazNU"),
        ("Students met the Dean of the Faculty of Law at KazNU on Monday.", "Faculty of Law", "KazNU"),
        (
            "Al-Farabi Kazakh National University (KazNU) hosts the Confucius Institute at KazNU.",
            "Confucius Institute",
            "Al-Farabi Kazakh National University",
        ),
        ("The Research Centre for Ecology at SDU opened a laboratory.", "Research Centre for Ecology", "SDU"),
    ],
)
def test_a_unit_at_an_acronym_is_part_of_its_university(text: str, unit: str, parent: str) -> None:
    orgs = {o.name: o for o in extract_text(text).organizations}
    assert unit in orgs and parent in orgs, list(orgs)
    assert orgs[unit].part_of == parent
    assert any(a.endswith(" at " + ("KazNU" if "KazNU" in text else "SDU")) for a in orgs[unit].aliases)


def test_an_acronym_that_starts_a_longer_name_is_left_alone() -> None:
    orgs = {
        o.name: o
        for o in extract_text("The Confucius Institute at KazNU Almaty held a concert.").organizations
    }
    assert orgs["Confucius Institute"].part_of is None
