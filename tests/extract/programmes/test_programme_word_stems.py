"""find_programmes' gate (session 20, speed): a sentence holding no word of _PROGRAMME_STEMS has no match of
PROGRAMME_WORDS, so it is passed over without the pattern's scan."""

from __future__ import annotations

import re

import pytest

from kgpart.extract.patterns import starts_of
from kgpart.extract.programmes import find
from kgpart.extract.programmes.wordings import PROGRAMME_WORDS


def test_every_branch_of_the_pattern_holds_a_stem() -> None:
    """Each top-level alternative of PROGRAMME_WORDS names one of the stems literally (a new branch needs its own)."""
    branches = PROGRAMME_WORDS.pattern.split("|")
    assert all("(" not in branch for branch in branches)  # top-level alternatives only
    for branch in branches:
        literal = re.sub(r"\\s\+?|\[[^\]]*\]", "", branch)
        assert any(stem in literal for stem in find._PROGRAMME_STEMS), branch


@pytest.mark.parametrize(
    "text",
    [
        "The double-degree programme between A and B involves eight students.",
        "Currently, 592 students from Uzbekistan are studying at Ghent University. A summer\nschool opens.",
        "No word of a programme here. Nor here.",
        "Twenty SEATS and a Branch Campus; the dual-diploma and co-tutelle theses, Erasmus.",
    ],
)
def test_the_gate_keeps_every_sentence_with_a_match(text: str) -> None:
    """A stretch with a match of PROGRAMME_WORDS holds a stem's start."""
    lower = text.lower()
    starts = starts_of(lower, find._PROGRAMME_STEMS)
    for match in PROGRAMME_WORDS.finditer(lower):
        assert any(match.start() <= at < match.end() for at in starts)
