"""The speed-ups of session 20's topics scans keep their matches: the first-letter look-ahead of
``keyed.first_letter_gate`` (the learned candidates' cue scans, the keyed patterns' start scans) and the
lower-cased twin of the candidates' run breaks (``learned._BREAK_LOWER``)."""

from __future__ import annotations

import re

import pytest

from kgpart.extract.topics import cues, learned, studies
from kgpart.extract.topics.keyed import first_letter_gate

SENTENCES = [
    "The two universities discussed cooperation in the fields of engineering, medicine and agriculture.",
    "Such as joint research projects on water, a MoU on student exchange and talks in Nairobi.",
    "She earned a PhD in physics; the school's training programme focuses on renewable energy.",
    "The parties agreed to open a joint laboratory for artificial  intelligence — and 12 other centres.",
    "Meeting with the rector, the delegation visited the Centre for African Studies on 3 May.",
    "Areas of cooperation include health, technology and science, as well as 'green' economy.",
    "THE MEMORANDUM ON ACADEMIC MOBILITY WAS SIGNED BY BOTH SIDES.",
    "Students of engineering, agriculture and education were among those who came.",
    "",
    "x",
]


def _ungated(pattern: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"^\\b\(\?=\[[a-z]+\]\)", r"\\b", pattern))


def test_gate_reads_the_first_letters() -> None:
    assert first_letter_gate(r"\b(?:talks|cooperat\w*)\b") == r"\b(?=[ct])(?:talks|cooperat\w*)\b"
    assert first_letter_gate(r"\b(?:an?\s+lab|the\s+centre)") == r"\b(?=[at])(?:an?\s+lab|the\s+centre)"


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:talks|\d+\s+talks)",
        r"\b(?:x?talks)",
        r"(?:talks|meeting)",
        r"\b(talks|meeting)",
        r"\b(?:Talks|met)",
    ],
)
def test_gate_leaves_what_it_cannot_read(pattern: str) -> None:
    assert first_letter_gate(pattern) == pattern


@pytest.mark.parametrize("sentence", SENTENCES)
def test_gated_cue_scans_match_as_before(sentence: str) -> None:
    for text in (sentence.casefold(), sentence.lower()):
        for gated in (learned._CUE_SCAN, learned._STRONG_CUE):
            assert gated.pattern.startswith(r"\b(?=[")
            before = _ungated(gated.pattern)
            assert [(m.span(), m.lastgroup) for m in gated.finditer(text)] == [
                (m.span(), m.lastgroup) for m in before.finditer(text)
            ]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_keyed_patterns_match_as_their_whole_pattern(sentence: str) -> None:
    lower = sentence.lower()
    for keyed_pattern, whole in (
        (cues._CUE_LOWER, cues._CUE),
        (studies._STUDIED_IN_LOWER, studies._STUDIED_IN),
    ):
        assert keyed_pattern.keyed
        assert [m.span() for m in keyed_pattern.finditer(lower)] == [
            m.span() for m in re.compile(whole.pattern).finditer(lower)
        ]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_lower_breaks_are_the_breaks(sentence: str) -> None:
    lower = sentence.lower()
    assert [(m.span(), m.group().lower()) for m in learned._BREAK.finditer(sentence)] == [
        (m.span(), m.group()) for m in learned._BREAK_LOWER.finditer(lower)
    ]
    for at in range(len(sentence)):
        a, b = learned._BREAK.search(sentence, at), learned._BREAK_LOWER.search(lower, at)
        assert (a and a.span()) == (b and b.span())
