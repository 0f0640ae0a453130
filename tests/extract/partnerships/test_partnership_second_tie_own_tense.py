"""A second tie of a pair signed in the article needs a status of its own: a verb or tense of a plan, a signing
or an existing tie in its sentence (session 19, own sentences with variants). A later sentence naming the two
with an exchange or a programme but no such word ("The exchange programme between A and B is open to all
faculties", "Each year, ten students of A study at B through the exchange programme") tells the signed tie's
content again, not a second tie; with "will launch", "have run ... since 2015", "launched in 2019" or "can now
join" (tests/extract/partnerships/test_second_tie_of_a_pair.py) it is one, and after an existing tie (no signing
told) nothing changes."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text

SIGNED = "Kazan Federal University signed a memorandum with Harbin Institute of Technology on Monday. "
MIDDLE = "The rectors discussed research. "
PAIR = ("Harbin Institute of Technology", "Kazan Federal University")


def _ties(text: str) -> list[tuple[str, ...]]:
    record = extract_text("Partners\n\n" + text, published="2025-11-20")
    return sorted(tuple(sorted(p.between)) for p in record.partnerships)


RETOLD = [
    SIGNED
    + MIDDLE
    + "The exchange programme between Kazan Federal University and Harbin Institute of Technology is open to "
    "students of all faculties.",
    SIGNED
    + MIDDLE
    + "Students of Kazan Federal University can spend a semester at Harbin Institute of Technology under the "
    "exchange programme.",
    "Kazan Federal University and Harbin Institute of Technology signed an agreement on Monday. "
    + MIDDLE
    + "The mobility programme of Kazan Federal University and Harbin Institute of Technology covers engineering "
    "and chemistry.",
    SIGNED
    + MIDDLE
    + "For students of Kazan Federal University, the exchange with Harbin Institute of Technology means a "
    "semester in China.",
]


@pytest.mark.parametrize("text", RETOLD, ids=range(len(RETOLD)))
def test_a_sentence_with_no_status_of_its_own_is_the_signed_tie_told_again(text: str) -> None:
    """After a signing, a programme sentence with no verb or tense of a status of its own: no second tie."""
    assert _ties(text) == [PAIR]


def test_another_pair_and_verb_of_signing() -> None:
    """The same with another pair and "inked" for the signing."""
    text = (
        "Ghent University inked an agreement with Makerere University in Kampala. The visit lasted three days. "
        "Each year, ten students of Ghent University study at Makerere University through the exchange programme."
    )
    assert _ties(text) == [("Ghent University", "Makerere University")]


SECOND = [
    SIGNED
    + MIDDLE
    + "Kazan Federal University and Harbin Institute of Technology will also launch an exchange programme.",
    SIGNED
    + MIDDLE
    + "Kazan Federal University and Harbin Institute of Technology have run an exchange programme since 2015.",
    SIGNED
    + MIDDLE
    + "In 2019, Kazan Federal University and Harbin Institute of Technology launched an exchange programme.",
    # no signing told: the first tie is an existing one, the rule does not apply
    "Kazan Federal University has cooperated with Harbin Institute of Technology since 2012. "
    + MIDDLE
    + "The exchange programme between Kazan Federal University and Harbin Institute of Technology is open to "
    "students of all faculties.",
]


@pytest.mark.parametrize("text", SECOND, ids=range(len(SECOND)))
def test_a_second_tie_with_a_tense_of_its_own_stays(text: str) -> None:
    """Guards: a second tie told in its own tense, or after a tie that was no signing, stays."""
    assert _ties(text) == [PAIR, PAIR]
