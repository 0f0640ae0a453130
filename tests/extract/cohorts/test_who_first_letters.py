"""cohorts.words._WHO_ANY_LOWER: the lower-case twin of NAMES_PEOPLE with a look-ahead for the letters its words
begin with (``first_letter_gate``); the look-ahead must never refuse a match."""

import re

import pytest

from kgpart.extract.cohorts.words import _WHO_ANY_LOWER, NAMES_PEOPLE, _lower_literals

_PLAIN = re.compile(_lower_literals(NAMES_PEOPLE.pattern))


def test_the_twin_has_the_look_ahead_of_every_first_letter_but_x() -> None:
    assert _WHO_ANY_LOWER.pattern.startswith(r"\b(?=[abcdefghijklmnopqrstuvwyz])")
    assert _WHO_ANY_LOWER.pattern.removeprefix(
        r"\b(?=[abcdefghijklmnopqrstuvwyz])"
    ) == _PLAIN.pattern.removeprefix(r"\b")


@pytest.mark.parametrize(
    "text",
    [
        "currently, 450 students from kenya are studying at b.",
        "five researchers and 12 phd students work there.",
        "300 kenyans and 200 vietnamese studying in kazakhstan.",
        "the alumni association met.",
        "young people from the region.",
        "nothing to count here.",
    ],
)
def test_the_twin_finds_what_the_pattern_finds(text: str) -> None:
    assert [m.span() for m in _WHO_ANY_LOWER.finditer(text)] == [m.span() for m in _PLAIN.finditer(text)]
