"""partnerships.learned._HUB_REF: its \\b said once, with a look-ahead for the first letters of "the", "our", "we",
finds what the pattern with a \\b before each alternative found."""

import re

import pytest

from kgpart.extract.partnerships.learned import _HUB_REF

_PLAIN = re.compile(
    r"\b(?:the|our)\s+(?:university|institute|academy|college|school|embassy|ministry)\b(?!\s+of\b)|\bwe\b|\bour\b",
    re.I,
)


@pytest.mark.parametrize(
    "text",
    [
        "The University signed a memorandum with B.",
        "the university of tartu and our institute will cooperate.",
        "We signed it; our partners agree.",
        "THE EMBASSY hosted the rector. OUR ministry of education welcomed it.",
        "Towards the school year, ourselves and weekly owners met the Academy.",
        "No reference here: A and B signed an agreement.",
    ],
)
def test_the_gated_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    for pos in range(len(text)):
        found, want = _HUB_REF.search(text, pos), _PLAIN.search(text, pos)
        assert (found and found.span()) == (want and want.span())
    assert [m.span() for m in _HUB_REF.finditer(text)] == [m.span() for m in _PLAIN.finditer(text)]
