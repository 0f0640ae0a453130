"""meeting_words.MEET_LOWER: MEET's twin with a look-ahead for the characters its alternatives begin with. Every
alternative must begin with one of MEET_FIRST, so that the look-ahead never refuses a match."""

import importlib
import re

import pytest

from kgpart.extract.meeting_words import MEET, MEET_FIRST, MEET_LOWER
from support.pattern_firsts import first_characters, parsed

_c = importlib.import_module("re._constants")


def test_every_alternative_begins_with_a_character_of_the_look_ahead() -> None:
    items = parsed(MEET.pattern)
    assert items[0] == (_c.AT, _c.AT_BEGINNING) or items[0][0] is _c.AT
    branch = items[1]
    assert branch[0] is _c.BRANCH
    firsts = [first_characters(list(alt)) for alt in branch[1][1]]
    assert len(firsts) > 50
    assert set().union(*firsts) <= set(MEET_FIRST)


@pytest.mark.parametrize(
    "text",
    [
        "the ambassador met with the rector of b on monday.",
        "the rector’s working visit to astana was a success.",
        "x's visit to b opened a new chapter.",
        "the minister held talks with the rector.",
        "a telephone conversation took place between a and b.",
        "the meeting was co-chaired by a and b.",
        "a delegation led by the rector visited kazakhstan.",
        "nothing of the kind happened here.",
    ],
)
def test_the_twin_finds_what_the_pattern_finds(text: str) -> None:
    plain = re.compile(MEET.pattern)
    assert [m.span() for m in MEET_LOWER.finditer(text)] == [m.span() for m in plain.finditer(text)]
