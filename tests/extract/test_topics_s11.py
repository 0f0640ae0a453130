"""Topics, session 11: the keyed scan of the cue pattern (same matches as the whole pattern, fewer tries).
Sentences written for these tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgpart.extract.topics import cues
from kgpart.extract.topics.keyed import KeyedPattern, alternative_keys

#: Case-sensitive, as the topics stage runs it on the lower-cased text.
_WHOLE = re.compile(cues._CUE.pattern)

_SENTENCES = [
    "the rector and the ambassador discussed cooperation in the fields of hydrology, mining and tourism.",
    "a joint laboratory for materials science opened; the lab of the faculty was renovated.",
    "an in-demand field such as nursing; they mainly study medicine, engineering and law.",
    "the memorandum covers student exchange and joint supervision of phd theses.",
    "exchanged views on climate research.views were exchanged about water policy",
    "café-cooperation in art, naïvecooperation in dance, über talks on music",  # words after other letters
    "a\tcentre for robotics; an expert group on ai; the task force on food security",
    "issues related to migration and matters concerning visas were on the agenda.",
    "cooperation with universities of chile in copper mining; work together on geology",
    "",
    "cooperation",
    "in the field of",
]

#: Words that begin or end the cue pattern's alternatives, and words that only look like them.
_WORDS = sorted(
    set(
        " ".join(
            [
                "the a an in to it of on for with by and as such this which who they their our",
                "cooperation collaboration cooperating cooperate partnership partner fields field areas",
                "area spheres discussed discussion talks agreement memorandum mou joint research new lab",
                "laboratory centre center committee study studies courses programmes training experts",
                "interest interested focus focused aims aimed especially including expertise students",
                "graduates teachers covers and which will support work together ranging from between",
                "cent centre century themselves thesis inn tot ann ai an-najah in-demand water mining",
            ]
        ).split()
    )
)


def _spans(pattern: KeyedPattern | re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_cue_pattern_is_read_into_keys() -> None:
    """On this Python the keys are read: the fast scan is in use, not the fallback."""
    assert cues._CUE_LOWER.keyed
    keys = alternative_keys(cues._CUE.pattern)
    assert keys is not None
    assert all(keys)  # every alternative has keys


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_keyed_scan_finds_what_the_whole_pattern_finds(text: str) -> None:
    assert _spans(cues._CUE_LOWER, text) == _spans(_WHOLE, text)


def test_the_keyed_scan_finds_cues_at_all() -> None:
    text = _SENTENCES[0]
    assert _spans(cues._CUE_LOWER, text) == _spans(_WHOLE, text) != []


def test_the_unit_group_is_read_where_it_matched() -> None:
    found = [m.groupdict().get("unit") for m in cues._CUE_LOWER.finditer(_SENTENCES[1])]
    assert "joint laboratory for" in found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40), st.sampled_from([" ", "  ", ", ", "-", "\n"])
)
def test_the_keyed_scan_matches_the_whole_pattern_on_any_word_string(words: list[str], gap: str) -> None:
    text = gap.join(words)
    assert _spans(cues._CUE_LOWER, text) == _spans(_WHOLE, text)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:an?\s+lab|cooperat(?:e|ion)\s+in)\s+", [{"a", "an"}, {"coo"}]),
        (r"\b(?:into|in|to)\s+the\s+fields?\s+of", [{"int"}, {"in"}, {"to"}]),
        (r"\b(?:(?:joint\s+)?efforts|[a-c]x)\s", [{"joi", "eff"}, {"ax", "bx", "cx"}]),
        # a look-behind costs no letter: the key is the word the match starts with
        (r"\b(?:work(?<=our\swork)|covers)\s+on", [{"wor"}, {"cov"}]),
    ],
)
def test_keys_of_small_patterns(pattern: str, expected: list[set[str]]) -> None:
    assert alternative_keys(pattern) == [frozenset(k) for k in expected]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:talks|cooperation)\s+on",  # no \b first: another shape
        r"\b(?:(talks)\s+\1|cooperation\s+on)",  # a numbered group: its number would change
        r"\b(?:(?P<t>talks)\s+(?P=t)|cooperation\s+on)",  # a reference to a group
        r"\b(?:in|into)\s+the",  # the parser takes the common "in" out of the group: another shape
        r"\b(?:a|talks)",  # a match may end before its key is complete ("a" then any letter)
    ],
)
def test_a_pattern_it_cannot_read_runs_whole(pattern: str) -> None:
    keyed = KeyedPattern(pattern)
    text = "talks talks on water, cooperation on air and a talk"
    assert not keyed.keyed
    assert _spans(keyed, text) == _spans(re.compile(pattern), text)
