"""Numbers written in digits or words: "eight" -> 8, "1,245" -> 1245, "35 000" -> 35000."""

from __future__ import annotations

import re

from kgpart.extract.patterns import trie_pattern

#: The number words of 0-19 in order: ``UNIT_WORDS[8] == "eight"``.
UNIT_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_UNITS = {w: i for i, w in enumerate(UNIT_WORDS)}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_EXTRA = {"a dozen": 12, "dozen": 12, "a couple of": 2, "a pair of": 2, "both": 2}

#: The number words as a prefix tree: at each position the longest word the rest accepts, as the alternation sorted
#: longest first that it replaces, but the engine follows the letters instead of trying thirty words in turn.
_WORD = trie_pattern([*_UNITS, *_TENS, *_SCALES])
#: A number in digits (with thousands separators, optional "thousand"/"million") or in words.
NUMBER_RE = (
    r"(?:\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:\.\d+)?|\d+,\d{1,2}(?=\s+(?:thousand|million)))"
    r"(?:\s+(?:thousand|million))?"  # "2,5 thousand": a decimal comma before a scale
    rf"|(?:(?:{_WORD})(?:[\s\-]+(?:and\s+)?(?:{_WORD}))*)|a\s+dozen"
)
_NUMBER = re.compile(rf"^(?:{NUMBER_RE})$", re.IGNORECASE)


_DIGITS = re.compile(r"^([\d,\u00a0\u202f .]+?)(?:\s+(thousand|million))?$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[,\u00a0\u202f ]")
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def _words_to_int(text: str) -> int | None:
    total = current = 0
    for word in re.split(r"[\s\-]+", text.lower()):
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
    return total + current


def parse_number(text: str) -> int | None:
    """Return the integer written in ``text``, or None when it is not a number.

    >>> parse_number("eight"), parse_number("1,245"), parse_number("twenty-one"), parse_number("35 thousand")
    (8, 1245, 21, 35000)
    >>> parse_number("1.500"), parse_number("1.5 thousand"), parse_number("2.5"), parse_number("2,5 thousand")
    (1500, 1500, 2, 2500)
    """
    text = text.strip()
    if text.isdigit() and text.isascii() and len(text) <= 15:
        return int(text)  # the common case: plain digits
    if text.lower() in _EXTRA:
        return _EXTRA[text.lower()]
    if not text or not _NUMBER.match(text):
        return None
    match = _DIGITS.match(text)
    if match:
        raw = match.group(1)
        if match.group(2) and _DECIMAL_COMMA.fullmatch(raw):
            raw = raw.replace(",", ".")  # "2,5 thousand" is 2500
        digits = _SEPARATORS.sub("", raw)
        if match.group(2) is None and _DOT_THOUSANDS.fullmatch(digits):
            digits = digits.replace(".", "")  # "1.500 students": a full stop between thousands
        try:
            value = float(digits)
        except ValueError:
            return None
        scale = _SCALES.get((match.group(2) or "").lower(), 1)
        return round(value * scale)
    return _words_to_int(text)
