"""The kind of a tie (agreement, cooperation, exchange, ...) and its status (proposed, agreed, existing).

Every reader labels what it finds the same way, from the wording of the clause around it."""

from __future__ import annotations

import re

from kgpart.extract.topics.keyed import first_letter_gate

_PROPOSED = re.compile(
    r"\b(?:will|would|plan(?:s|ned)?\s+to|intend\w*|looks?\s+forward|looking\s+forward|propos\w*|prospects?|"
    r"interest\w*|ready|readiness|willing\w*|seek\w*|wish\w*|strengthen\w*|deepen\w*|intensif\w*|broaden\w*|"
    r"discuss\w*|consider\w*|explor\w*|future|potential|eager|hope[sd]?|expand\w*|agreed\s+to|suggest\w*)\b",
    re.IGNORECASE,
)


_PROPOSED_TIE = re.compile(
    r"\b(?:will|would|shall|intend\w*|plan\w*|to\s+sign|agreed\s+to\s+sign|decided\s+to|propos\w*|going\s+to|ready|willing|"
    r"set\s+to|due\s+to|about\s+to|"
    r"interest\w*|eager|wish\w*|seek\w*|willing\w*|readiness|exchanged\s+views|"
    r"prepar\w*|draft\w*|expect\w*|aim\w*|hope\w*|discuss\w*|consider\w*|explor\w*|possible|potential|prospective|"
    r"negotiat\w*)\b",
    re.IGNORECASE,
)


_AGREED_TIE = re.compile(
    r"\b(?:signed|signs|signing|concluded|concludes|agreed|renewed|entered|inked|inks|sealed|adopted|adoption|reached|"
    r"exchanged|extended|forged|announced|launched|formed)\b",
    re.I,
)


_EXISTING_TIE = re.compile(r"\b(?:since|has\s+had|have\s+had|has\s+been|have\s+been|long|existing)\b", re.I)


#: Their case-sensitive twins, for lower-cased text: several times faster to scan. The first two with a look-ahead
#: after their \b for the letters their words begin with (at a word's edge one class test instead of the alternatives:
#: ~35 % and ~25 % faster on the bench's sentences; the third has too few words to gain).
_PROPOSED_TIE_LOWER = re.compile(first_letter_gate(_PROPOSED_TIE.pattern))


_AGREED_TIE_LOWER = re.compile(first_letter_gate(_AGREED_TIE.pattern))


_EXISTING_TIE_LOWER = re.compile(_EXISTING_TIE.pattern)

#: Any word of a tie's status (``tie_status``), for lower-cased text: a pattern to build on.
TIE_STATUS_WORDS = "|".join(f"(?:{rx.pattern})" for rx in (_PROPOSED_TIE, _EXISTING_TIE, _AGREED_TIE))


def tie_status(text: str) -> str:
    """Proposed (will, intend, to sign), agreed (signed, concluded) or existing (has had, since)."""
    fold = text.lower()
    if _PROPOSED_TIE_LOWER.search(fold):
        return "proposed"
    if _EXISTING_TIE_LOWER.search(fold):
        return "existing"
    return "agreed" if _AGREED_TIE_LOWER.search(fold) else "existing"


def tie_kind(text: str) -> str:
    text = text.lower()
    if "memorand" in text or "mou" in text:
        return "MoU"
    if "agreement" in text:
        return "agreement"
    # a programme the two run: the kind of the programme
    if re.search(r"\b(?:double|dual)[\s\-]+degree", text):
        return "double-degree"
    if re.search(
        r"\bjoint[\s\-]+(?:(?:educational|academic|study|master[’'s]*|doctoral)\s+)?(?:degree|programme|program)",
        text,
    ):
        return "joint"
    if "membership" in text or "member of" in text:
        return "membership"
    return "exchange" if re.search(r"\bexchange\s+(?:programme|program)", text) else "other"
