"""Two people of two sides who sign a document, told in the active voice with one of them named before the verb
("Rector A of X and President B of Y signed an MoU", "Rector A signed an agreement with President B"), met to
sign it, with no ceremony or witness told. A signing told in the passive on behalf of the sides ("signed on
behalf of X by A and of Y by B") or one to come stays none. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import meeting_party_sets

_found = partial(meeting_party_sets, published="2025-03-14")
_LEAD = "News\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rector of Osh State University Kudaibergen Kozhobekov and President of Kyoto University Nagahiro "
            "Minato signed a memorandum of understanding on 3 March.",
            {"Kudaibergen Kozhobekov", "Nagahiro Minato"},
        ),
        (
            "Rector of Osh State University Kudaibergen Kozhobekov signed an agreement on academic exchange with "
            "President of Kyoto University Nagahiro Minato.",
            {"Kudaibergen Kozhobekov", "Nagahiro Minato"},
        ),
        (
            "On Monday, Vice-Rector Aigul Sadykova of Osh State University and Dean Peter Novak of Charles "
            "University signed a cooperation agreement between the two universities.",
            {"Aigul Sadykova", "Peter Novak"},
        ),
    ],
)
def test_two_signatories_of_two_sides_met(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(_LEAD + text))


@pytest.mark.parametrize(
    "text",
    [
        "The agreement was signed on behalf of Osh State University by Rector Kudaibergen Kozhobekov and on behalf "
        "of Kyoto University by President Nagahiro Minato.",
        "Rector of Osh State University Kudaibergen Kozhobekov and President of Kyoto University Nagahiro Minato "
        "will sign a memorandum of understanding in May.",
        "Rector of Osh State University Kudaibergen Kozhobekov signed an order appointing Aigul Sadykova as "
        "Vice-Rector of Osh State University.",
    ],
)
def test_a_signing_on_behalf_to_come_or_of_one_side_is_no_meeting(text: str) -> None:
    assert _found(_LEAD + text) == []
