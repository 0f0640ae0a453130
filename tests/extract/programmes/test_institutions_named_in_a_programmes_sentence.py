"""Programme partners, session 15 (second round): an institution its sentence names is a partner of a programme told
as run by two or more.

"The SamSU-Ege-Ankara joint master's programme, run by Ege University and Ankara University, ...": the programme
took the two institutions the sentence names as mentions, but not the one named by its acronym inside the
programme's name (nor a university named inside a unit's name, which no mention of its own was read for). A
programme of two or more partners now takes every university, school or institute whose name or alias its sentence
names. Left as read: a sentence with "with" (who runs it with whom is told there), and a programme of one partner.
Over the twelve labelled sets this added 5 partners, 4 of them the gold's. Sentences written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import programmes

_programmes = partial(programmes, published="2025-11-20")

SAMSU = "Samarkand State University (SamSU) hosted rectors from Turkey on Monday. "
KFU = "Kazan Federal University (KFU) signed agreements with universities of Central Asia on Friday. "


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            SAMSU
            + "The SamSU-Ege-Ankara joint master's programme in Turkology, run by Ege University and Ankara "
            "University, admits 20 students.",
            {"Samarkand State University", "Ege University", "Ankara University"},
        ),
        (
            SAMSU
            + "The SamSU-Ege-Ankara joint master's programme, run by Ege University and Ankara University, "
            "opened in 2023.",
            {"Samarkand State University", "Ege University", "Ankara University"},
        ),
        (
            KFU
            + "The KFU-Tashkent-Bukhara double degree programme in chemistry, run by Tashkent State Technical "
            "University and Bukhara State University, admits 12 students a year.",
            {"Kazan Federal University", "Tashkent State Technical University", "Bukhara State University"},
        ),
        (
            KFU + "The KFU-TSTU-BSU double degree programme in chemistry, taught by Tashkent State Technical "
            "University and Bukhara State University, started in September.",
            {"Kazan Federal University", "Tashkent State Technical University", "Bukhara State University"},
        ),
    ],
)
def test_an_institution_named_by_its_acronym_in_the_sentence_is_a_partner(
    text: str, partners: set[str]
) -> None:
    found = _programmes(text)
    assert len(found) == 1, [(p.name, p.partners) for p in found]
    assert set(found[0].partners) == partners


def test_a_sentence_with_with_is_left_as_read() -> None:
    found = _programmes(
        SAMSU + "The SamSU-Ege-Ankara joint master's programme, run by Ege University together with Ankara "
        "University, admits 20 students."
    )
    assert len(found) == 1
    assert set(found[0].partners) == {"Ege University", "Ankara University"}
