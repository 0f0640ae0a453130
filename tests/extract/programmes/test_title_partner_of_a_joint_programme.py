"""Programmes, session 15: a joint programme takes the institution the title names and a partnership ties to it.

With the learned partner model off, one kind of addition stays (``learned_partners.title_partners``): a joint
programme (a joint degree, centre or laboratory) whose sentence names one university (and perhaps its school) and not
the institution the title names, when a partnership the article tells has that institution as a party. Not for a
programme told with two universities of its own, nor for a double degree or an exchange, nor when the title's
institution is in no partnership. Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import programmes

_programmes = partial(programmes, published="2025-11-20")

GHENT, MAKERERE = "Ghent University", "Makerere University"


def _joint(text: str) -> set[str]:
    found = [p for p in _programmes(text) if p.kind == "joint"]
    assert len(found) == 1, [(p.name, p.kind, p.partners) for p in _programmes(text)]
    return set(found[0].partners)


@pytest.mark.parametrize(
    "programme",
    [
        "The School of Public Health at Makerere University will offer a joint master's programme in epidemiology "
        "from September.",
        "A joint master's programme in epidemiology will be taught by the School of Public Health at Makerere "
        "University from September.",
        "The School of Public Health at Makerere University will open a joint laboratory for malaria research, which "
        "will train 15 PhD students.",
    ],
)
def test_a_joint_programme_takes_the_title_institution_tied_to_it(programme: str) -> None:
    text = (
        f"{GHENT} and {MAKERERE} deepen their ties\n\n"
        f"{MAKERERE} signed a memorandum of understanding with {GHENT} on Monday.\n\n{programme}"
    )
    assert {GHENT, MAKERERE} <= _joint(text)


def test_a_joint_programme_of_two_universities_of_its_own_takes_no_third() -> None:
    text = (
        "Kazakh-British Technical University renews ties with Heriot-Watt University\n\n"
        "Kazakh-British Technical University and Heriot-Watt University renewed their partnership on Friday.\n\n"
        "A joint bachelor's programme in petroleum engineering is already run by Kazakh-British Technical "
        "University and the Caspian University."
    )
    assert "Heriot-Watt University" not in _joint(text)


def test_the_title_institution_in_no_partnership_is_not_added() -> None:
    text = (
        f"{GHENT} and {MAKERERE} in the news\n\n"
        f"Researchers of {GHENT} visited Kampala on Monday.\n\n"
        "The School of Public Health at Makerere University will offer a joint master's programme in epidemiology "
        "from September."
    )
    assert GHENT not in _joint(text)


def test_a_double_degree_is_left_to_the_rules() -> None:
    text = (
        f"{GHENT} and {MAKERERE} deepen their ties\n\n"
        f"{MAKERERE} signed a memorandum of understanding with {GHENT} on Monday.\n\n"
        "The School of Public Health at Makerere University will offer a double degree in epidemiology from "
        "September."
    )
    found = [p for p in _programmes(text) if p.kind == "double-degree"]
    assert len(found) == 1
    assert GHENT not in found[0].partners
