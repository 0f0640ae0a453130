"""cohorts.words._WHO_ANY_LOWER: the lower-case twin of NAMES_PEOPLE with a look-ahead for the letters its words
begin with; every word must begin with one of WHO_FIRST, so that the look-ahead never refuses a match."""

import re

import pytest

from kgpart.extract.cohorts.words import _WHO_ANY_LOWER, NAMES_PEOPLE, WHO_FIRST, _lower_literals
from kgpart.extract.topics.keyed import alternative_keys

_PLAIN = re.compile(_lower_literals(NAMES_PEOPLE.pattern))


def test_every_word_begins_with_a_letter_of_the_look_ahead() -> None:
    keys = alternative_keys(_PLAIN.pattern, 1)
    assert keys is not None
    firsts = frozenset().union(*keys)
    assert "" not in firsts  # no word begins with a character other than a-z
    assert firsts <= set(WHO_FIRST)


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
