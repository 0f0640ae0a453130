"""partnerships.kinds: the lower-case twins of the tie-status patterns with a first-letter look-ahead find what the
plain twins find, and tie_status reads the same status."""

import re

import pytest

from kgpart.extract.partnerships import kinds

_PAIRS = [
    (kinds._PROPOSED_TIE_LOWER, re.compile(kinds._PROPOSED_TIE.pattern)),
    (kinds._AGREED_TIE_LOWER, re.compile(kinds._AGREED_TIE.pattern)),
]

_SENTENCES = [
    "the two universities intend to sign a memorandum next year.",
    "a and b are going to sign an agreement on exchanges.",
    "the sides exchanged views on a possible joint degree.",
    "an agreement was signed between a and b on monday.",
    "they renewed and extended the accord, which was inked in 2010.",
    "the memorandum concluded last year has been in force since then.",
    "negotiations on a draft agreement are under way; the rector hopes to finish soon.",
    "nothing here: a and b met in riga.",
]


def test_the_look_ahead_is_there() -> None:
    for gated, plain in _PAIRS:
        assert gated.pattern.startswith(r"\b(?=[") and gated.pattern != plain.pattern


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_twins_find_what_the_plain_twins_find(text: str) -> None:
    for gated, plain in _PAIRS:
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for pos in range(len(text)):
            found, want = gated.search(text, pos), plain.search(text, pos)
            assert (found and found.span()) == (want and want.span())


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (_SENTENCES[0], "proposed"),
        (_SENTENCES[3], "agreed"),
        (_SENTENCES[5], "existing"),
        (_SENTENCES[7], "existing"),
    ],
)
def test_tie_status(text: str, status: str) -> None:
    assert kinds.tie_status(text.upper()) == status
