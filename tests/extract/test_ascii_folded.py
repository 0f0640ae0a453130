"""patterns.AsciiFolded: a re.IGNORECASE pattern scanned through its lower-case twin gives the pattern's own matches."""

from __future__ import annotations

import re

import pytest

from kgpart.extract.patterns import AsciiFolded, lower_twin_source

_PATTERN = re.compile(
    r"(?<![\w,.])(?P<num>\d+)\s+(?:[A-Z]\w+\s+)?(?:students|MoUs?)\b(?!\s+of\b)|\bsigned\s+(?:by|with)\s+\S+",
    re.I,
)

_TEXTS = [
    "Ghent University signed with Riga Technical University an MOU; 40 Kazakh STUDENTS study there.",
    "12 students of Law and 30 Students visited B, which SIGNED BY Rector A.",
    "The MoUs were signed by both sides: 7 mous, 3 Latvian students, 1,200 students.",
    "Ein Student aus Köln signed with ſtudents; 5 ſtudents (the long s folds to s).",  # not ASCII: the pattern itself
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_same_matches_as_the_pattern(text: str) -> None:
    """finditer, search and match (with and without bounds) agree with the pattern's own, groups in the text's case."""
    folded = AsciiFolded(_PATTERN)
    spans = [(m.span(), m.group(0), m.groupdict()) for m in _PATTERN.finditer(text)]
    assert [(m.span(), m.group(0), m.groupdict()) for m in folded.finditer(text)] == spans
    for pos in range(len(text) + 1):
        for method in ("search", "match"):
            want = getattr(_PATTERN, method)(text, pos, pos + 25)
            got = getattr(folded, method)(text, pos, pos + 25)
            assert (got and (got.span(), got.group(0))) == (want and (want.span(), want.group(0)))
        assert [m.span() for m in folded.finditer(text, pos)] == [
            m.span() for m in _PATTERN.finditer(text, pos)
        ]


def test_what_the_twin_cannot_copy_is_refused() -> None:
    """A case-sensitive part or a character by its code cannot be lower-cased: refused, not copied wrong."""
    with pytest.raises(ValueError):
        AsciiFolded(re.compile(r"(?-i:[A-Z])\w+", re.I))
    with pytest.raises(ValueError):
        lower_twin_source(r"\x41bc")
    with pytest.raises(ValueError):
        AsciiFolded(re.compile(r"abc"))  # no re.IGNORECASE


def test_escapes_and_group_names_are_kept() -> None:
    """Upper-case escapes (\\S, \\W, \\B) and group names keep their case in the twin."""
    assert lower_twin_source(r"(?P<Num>\d+)\S\W\B(?P=Num)Ab") == r"(?P<Num>\d+)\S\W\B(?P=Num)ab"
