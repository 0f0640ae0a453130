"""meeting_words.COMPANY_LOWER: COMPANY's lower-case twin written letter first (speed); the same matches."""

from __future__ import annotations

import re

import pytest

from kgpart.extract.meeting_words import COMPANY, COMPANY_LOWER

OLD = re.compile(COMPANY.pattern)  # the twin as it was: COMPANY's pattern without re.I

SENTENCES = [
    "He was accompanied by the dean and the vice-rector.",
    "The delegation included A and B; the delegation consisted of C, and the delegation comprised D.",
    "The university side was represented by A, the sides were represented by B.",
    "The party was represented by A and the parties were represented by B.",
    "Also present were A and B. Present was C. Also present was D.",
    "A and B were also present, C was present and D were present.",
    "unaccompanied by anyone; misrepresented by; omnipresent were; aside was represented by",
    "the delegations included; sidewas represented by; wasn't present; were presently absent",
    "accompanied by",
    "was  also\tpresent",
    "x-accompanied by, _delegation included, 9side was represented by, é present were",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("form", [str, str.lower, str.upper, str.title])
def test_the_same_matches_as_companys_pattern(text: str, form) -> None:
    t = form(text)
    assert [m.span() for m in COMPANY_LOWER.finditer(t)] == [m.span() for m in OLD.finditer(t)]
    for i in range(len(t)):
        x, y = COMPANY_LOWER.search(t, i), OLD.search(t, i)
        assert (x and x.span()) == (y and y.span())


def test_matches_on_lower_case_text() -> None:
    assert COMPANY_LOWER.search("also present were the deans").group(0) == "also present were"
    assert (
        COMPANY_LOWER.search("the party was represented by the rector").group(0) == "party was represented by"
    )
    assert COMPANY_LOWER.search("an omnipresent were-wolf") is None


def test_opens_with_a_letter() -> None:
    assert COMPANY_LOWER.pattern.startswith("(?:a(?<!\\w.)")
