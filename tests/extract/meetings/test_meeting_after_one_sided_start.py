"""An article whose first sentence with a meeting word names one side only (a rector and his own university
welcoming students, hosting an open day) and a later sentence that tells the real meeting: the later one is
the article's meeting. Sentences written for these tests."""

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
            "Rector of Satbayev University Meiram Begentayev welcomed the new students on 1 September. On 3 "
            "September, Ambassador of Italy Marco Alberti visited Satbayev University.",
            {"Marco Alberti", "Satbayev University"},
        ),
        (
            "Vice-Chancellor of the University of Ghana Nana Aba Appiah Amfo welcomed the freshmen of the "
            "University of Ghana at the matriculation. Later in the week, she received the Ambassador of Morocco "
            "Imane Ouaadil.",
            {"Nana Aba Appiah Amfo", "Imane Ouaadil"},
        ),
        (
            "President of Qatar University Omar Al-Ansari greeted the graduates of Qatar University at the "
            "ceremony on Sunday. On Monday, he held talks with the Ambassador of Japan Satoshi Maeda.",
            {"Omar Al-Ansari", "Satoshi Maeda"},
        ),
    ],
)
def test_the_meeting_after_a_one_sided_start(text: str, expected: set[str]) -> None:
    assert any(expected <= parties for parties in _found(_LEAD + text))


def test_one_side_alone_is_still_no_meeting() -> None:
    text = (
        "Rector of Satbayev University Meiram Begentayev welcomed the new students on 1 September. He wished them "
        "success in their studies."
    )
    assert _found(_LEAD + text) == []
