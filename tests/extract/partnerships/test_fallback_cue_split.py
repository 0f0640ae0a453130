"""last_resort.has_fallback_cue: _FALLBACK_CUE's branches split into plain words (``in``) and the rest of the
pattern; it must answer as ``_FALLBACK_CUE.search`` does."""

import pytest

from kgpart.extract.partnerships.last_resort import _FALLBACK_CUE, has_fallback_cue

_CASES = [
    "the two universities signed a memorandum of understanding",
    "they agreed on a roadmap",
    "a road map and a road -map",
    "the mou was renewed",
    "the mous were renewed",
    "famous scholars met",
    "a treaty and two treaties",
    "a letter of intent",
    "letters of intent were exchanged",
    "a deal",
    "deals of the year",
    "ideals of the year",
    "the university teams up with b",
    "the teams up north",
    "the pacts were kept",
    "impacts on the city",
    "they tie up with b",
    "a tie-up with b",
    "tied up in traffic",
    "ties up the two sides",
    "the ties between them",
    "parties of the region",
    "joined hands",
    "shands",
    "joined forces",
    "co-organised a forum",
    "coorganized a forum",
    "co-organic farming",
    "co-hosted a forum",
    "cohosts",
    "co-founded",
    "co-supervise a thesis",
    "co-authored a paper",
    "co-taught a course",
    "co-delivered a course",
    "in accordance with the law",
    "in accord with",
    "according to the press service",
    "relations between the two",
    "public relations",
    "relationship",
    "links with b",
    "linkset",
    "signing ceremony",
    "signature",
    "inked a deal",
    "the erasmus+ programme",
    "concluded a contract",
    "an exchange of students",
    "a partnership",
    "the rector visited the city",
    "",
]


@pytest.mark.parametrize("text", _CASES)
def test_has_fallback_cue_answers_as_the_pattern(text: str) -> None:
    assert has_fallback_cue(text) is (_FALLBACK_CUE.search(text) is not None)


def test_has_fallback_cue_on_every_window_of_the_cases() -> None:
    joined = " ".join(_CASES)
    for start in range(0, len(joined), 7):
        for width in (20, 50, 90):
            window = joined[start : start + width]
            assert has_fallback_cue(window) is (_FALLBACK_CUE.search(window) is not None), window
