"""An organisation named only as a backer of a programme's sentence ("with the support of", "in the presence of",
"under the auspices | patronage of", "with the assistance of") is no partner of the programme the sentence's
other institutions run (session 19, programmes). A backer stays a partner when it would leave the programme with
fewer than two: "With the support of the Embassy of Italy, B will offer 10 scholarships" may be the Embassy's."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

HEAD = "Almaty, 12 May. "
A, B = "Al-Farabi Kazakh National University", "University of Padua"
M, E, BC = "Ministry of Science and Higher Education of Kazakhstan", "Embassy of Italy", "British Council"


def _partners(text: str) -> list[list[str]]:
    return [sorted(p.partners) for p in extract_text(HEAD + text).programmes]


@pytest.mark.parametrize(
    "text",
    [
        f"With the support of the {M}, {A} and {B} will launch a double degree programme in economics.",
        f"The agreement between {A} and {B} on a double degree programme was signed in the presence of the {M}.",
        f"Under the auspices of the {E}, {A} and {B} launched a joint master's programme in law.",
        f"{A} and {B}, with the support of the {BC}, will launch a joint master's programme in law.",
        f"{A} and {B} will open a joint master's programme in law with the assistance of the {M}.",
        f"{A} and {B} will open a joint master's programme in law with the financial support of the {E}.",
        f"{A} and {B} will launch a double degree programme in economics under the patronage of the {M}.",
        f"In the presence of the {E}, {A} and {B} agreed on a double degree programme in economics.",
    ],
)
def test_a_backer_is_no_partner(text: str) -> None:
    """Each backer's phrase, before or after the partners: the backer is no partner."""
    assert _partners(text) == [sorted([A, B])]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        # the backer would leave one partner: it stays (it may be the scheme's giver)
        (f"With the support of the {E}, {B} will offer 10 scholarships to students from Kazakhstan.", [B, E]),
        # a giver named as the subject is no backer
        (f"The {M} will fund 20 scholarships for students of {A} and {B}.", None),
        # a partner named with "together with" is a partner
        (f"{A}, together with {B} and the {BC}, will launch a joint master's programme in law.", [A, B, BC]),
    ],
)
def test_partners_that_are_no_backers_stay(text: str, partners: list[str] | None) -> None:
    """Guards: a backer that would leave one partner, a giver as subject, "together with"."""
    got = _partners(text)
    assert got, text
    if partners is None:
        assert M in got[0]
    else:
        assert got == [sorted(partners)]
