"""cohorts.countless: the gates before its two scans. _NO_COUNT's look-ahead must admit every letter an alternative
begins with, and a sentence without a word of _STUDY_WORDS (_CHANCE_WORDS) must hold no match of _NO_COUNT
(_CHANCE)."""

import re
import string

import pytest

from kgpart.extract.cohorts import countless
from kgpart.extract.cohorts.words import _IRREGULAR_NATIONALS, _NATIONALS
from kgpart.extract.gazetteer import demonyms
from support.pattern_firsts import first_characters, parsed

#: _NO_COUNT without its look-ahead (what it was).
_PLAIN = re.compile(
    countless._NO_COUNT.pattern.replace(rf"(?=[A-Z]|(?i:[{countless.NO_COUNT_GROUP_FIRST}]))", "", 1)
)


def test_the_look_ahead_admits_every_first_letter() -> None:
    assert _PLAIN.pattern != countless._NO_COUNT.pattern
    group = {c.lower() for c in first_characters(parsed(countless._GROUP))}
    assert group == set(countless.NO_COUNT_GROUP_FIRST)
    capitals = {w[0] for w in [*demonyms(), *_NATIONALS, *_IRREGULAR_NATIONALS]}
    assert capitals <= set(string.ascii_uppercase)


_SENTENCES = [
    "Kazakh students studying in Hong Kong praised the campus.",
    "Students from Egypt who study at Cairo University came too.",
    "Kazakhs enrolled at the Technical University this year.",
    "Young Kenyan students receive higher education in Poland.",
    "Foreign citizens of the Republic pursuing their degrees in Astana.",
    "PhD students from Vietnam are currently studying at Ghent University.",
    "The possibility of studying at Kazakh universities for Egyptian students was discussed.",
    "Opportunities for Kenyan students to study at the Institute grew.",
    "Pupils of the lyceum, cadets and nationals met in Riga.",
    "Eight master's students take the double-degree programme.",
]


@pytest.mark.parametrize(
    "text", [*_SENTENCES, *(s.upper() for s in _SENTENCES), *(s.title() for s in _SENTENCES)]
)
def test_the_gates_keep_every_match(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in countless._NO_COUNT.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in _PLAIN.finditer(text)]
    lower = text.lower()
    if not countless._may_hold(lower, countless._STUDY_WORDS):
        assert not found
    if not countless._may_hold(lower, countless._CHANCE_WORDS):
        assert countless._CHANCE.search(text) is None


def test_the_gates_pass_some_sentences_over() -> None:
    assert not countless._may_hold(_SENTENCES[-1].lower(), countless._STUDY_WORDS)
    assert countless._may_hold(None, countless._STUDY_WORDS)  # other text is always scanned
    assert sum(bool(countless._NO_COUNT.search(s)) for s in _SENTENCES) >= 5
