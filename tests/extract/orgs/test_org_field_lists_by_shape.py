"""Fields a body's name lists, read by their shape as well as by the field vocabulary: an adjective of a
field before "and" ("Kazakh Agrotechnical and Veterinary University", "Hanoi Architectural and
Construction University"), an abstract noun in a ministry's comma list ("Ministry of Education, Youth
Policy and Sports Development", "Ministry of Energy, Mines and Water Resources"); bodies listed with
commas stay apart.

Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import org_names

_names = partial(org_names, published="2025-03-14")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Kazakh Agrotechnical and Veterinary University welcomed 20 students.",
            "Kazakh Agrotechnical and Veterinary University",
        ),
        (
            "Hanoi Architectural and Construction University welcomed 20 students.",
            "Hanoi Architectural and Construction University",
        ),
        (
            "Samarkand Agroinnovations and Research University welcomed 20 students.",
            "Samarkand Agroinnovations and Research University",
        ),
        (
            "The Ministry of Education, Youth Policy and Sports Development hosted students from Tomsk State University.",
            "Ministry of Education, Youth Policy and Sports Development",
        ),
        (
            "According to the Ministry of Energy, Mines and Water Resources, the project starts in May.",
            "Ministry of Energy, Mines and Water Resources",
        ),
        (
            "The Ministry of Science, Higher Education and Technology Transfer said the grant is open.",
            "Ministry of Science, Higher Education and Technology Transfer",
        ),
        (
            "The Academy of Sciences, Arts and Letters elected new members.",
            "Academy of Sciences, Arts and Letters",
        ),
        (
            "The Faculty of Economics, Management and Accounting hosted the conference.",
            "Faculty of Economics, Management and Accounting",
        ),
        (
            "The Kazakh Institute of Strategic Studies, Policy and Analysis hosted the conference.",
            "Kazakh Institute of Strategic Studies, Policy and Analysis",
        ),
        (
            "Beijing Posts and Telecommunications University welcomed 20 students.",
            "Beijing Posts and Telecommunications University",
        ),
    ],
)
def test_field_list_kept_whole(text: str, name: str) -> None:
    """A name listing fields joined by commas and "and", the fields known by their shape: one name."""
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The agreement was signed by the Ministry of Education, Nazarbayev University and Kazakh National University.",
            {"Ministry of Education", "Nazarbayev University", "Kazakh National University"},
        ),
        ("The Ministry of Energy, Chevron and Shell signed a memorandum.", {"Ministry of Energy"}),
        (
            "Tsinghua University and Peking University signed an agreement with the Ministry of Education.",
            {"Tsinghua University", "Peking University", "Ministry of Education"},
        ),
    ],
)
def test_listed_bodies_stay_apart(text: str, names: set[str]) -> None:
    """Guard: a list of bodies (not of fields) stays apart."""
    assert names <= set(_names(text))
