"""Split plain text into sentences, keeping each one's character span."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

_ABBREV = frozenset(
    [
        "dr",
        "prof",
        "mr",
        "mrs",
        "ms",
        "st",
        "ss",
        "sts",
        "no",
        "jr",
        "sr",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "gen",
        "col",
        "lt",
        "sen",
        "rep",
        "gov",
        "hon",
        "acad",
        "assoc",
        "asst",
        "engr",
        "ir",
        "amb",
        "rt",
        "dept",
        "univ",
        "inc",
        "ltd",
        "co",
        "corp",
        "approx",
        "fig",
        "mt",
        "ft",
        "ca",
        "al",
        "vol",
        "pp",
        "op",
        "nos",
        "eng",
        "hj",
        "hjh",
        "rev",
        "capt",
        # two-letter initials of transliterated names: "Kh. Dosmukhamedov", "K. Sh. Toktomamatov"
        "kh",
        "sh",
        "zh",
        "ch",
        "ts",
        "yu",
        "ya",
        "ye",
        "yo",
        # abbreviated parts of names and forms of address: "Mohd. Nasir", "Atty. Reyes", "Dra. Ruiz"
        *(
            "mohd",
            "muhd",
            "md",
            "abd",
            "atty",
            "dra",
            "drs",
            "lic",
            "mtro",
            "mtra",
            "arq",
            "sra",
            "mme",
            "mag",
            "akad",
        ),
    ]
)
#: Where a sentence ends: full stops (or ! ?), closing quotes and space before a capital, a quote or a digit; or line
#: breaks. Written to open with the class of its first character, [.!?\n] (the look-behinds tell the two kinds
#: apart), so that the engine skips to those characters in C instead of trying both alternatives at each of the
#: text's characters (~5x faster); it matches where ``[.!?]+[\"”’»)]*\s+(?=...)|\n+`` does.
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])[.!?]*[\"”’»)]*\s+(?=[\"“«(]?[^\W\d_a-z]|\d))")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]+[\"”’»)]*\s*$")


#: Words after which a stray full stop and an initial start a person's name inside an institution's
#: name, not a sentence.
_EPONYM_BEFORE = frozenset({"university", "institute", "academy", "college", "conservatory", "lyceum"})
_INITIAL = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+")
_INITIAL_NAME = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?=\s*(?:[.;(]|$)|\s+and\s)")


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it sits in the article's plain text."""

    text: str
    start: int
    end: int


def _is_abbreviation(text: str, cut: int) -> bool:
    if text[cut - 1] == "\n":
        return False  # a paragraph's end (tested before the pattern: most cuts of a paragraphed text)
    match = _WORD_BEFORE.search(text, max(0, cut - 20), cut)
    if not match:
        return False
    word = match.group(1).lower()
    if word == "after" and text[max(0, match.start(1) - 6) : match.start(1)] == "named ":
        return bool(_INITIAL.match(text, cut))  # "named after. K. Karasaeva"
    if word in _EPONYM_BEFORE and text[match.start(1)].isupper() and _INITIAL_NAME.match(text, cut):
        return True  # "University. J. Balasagyn", "named after. K. Karasaeva": an eponym inside the name
    # single initials ("M. Auezov") and known abbreviations do not end a sentence
    return (
        word in _ABBREV
        or (len(word) == 1 and word.isalpha())
        or _DOTTED.fullmatch(word) is not None
        or ("." in word and _GLUED_INITIALS.fullmatch(match.group(1)) is not None)  # "Zh.K. Tulegenov"
    )


#: Letters each followed by a full stop ("e.g", "u.s.a"): initials or an abbreviation, no sentence's end.
_DOTTED = re.compile(r"(\w\.)+\w?")
#: Initials glued together, one of two letters ("Zh.K", "Ye.A"): no sentence ends after them.
_GLUED_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.)+[A-Z][a-z]?")


_LINE_ENDS = frozenset('.!?:;"”»)')


def _hard_wrapped(text: str) -> bool:
    """Text whose paragraphs are broken into lines of a set width (mail, PDF copies): most lines
    followed by another line of the same paragraph end without a full stop and are long."""
    lines = text.split("\n")
    inner = [line.rstrip() for line, after in pairwise(lines) if line.strip() and after.strip()]
    if len(inner) < 3:
        return False
    open_lines = sum(1 for line in inner if line[-1] not in _LINE_ENDS)
    long_lines = sum(1 for line in inner if len(line) >= 40)
    return open_lines >= 0.6 * len(inner) and long_lines >= 0.6 * len(inner)


def split_sentences(text: str) -> list[Sentence]:
    """Return the sentences of ``text`` with their spans, in order.

    >>> [s.text for s in split_sentences("Dr. Lee met M. Auezov. They talked.")]
    ['Dr. Lee met M. Auezov.', 'They talked.']
    """
    out: list[Sentence] = []
    start = 0
    wrapped = "\n" in text and _hard_wrapped(text)
    for match in _BOUNDARY.finditer(text):
        if match.group(0)[0] != "\n" and _is_abbreviation(text, match.end()):
            continue
        if wrapped and match.group(0) == "\n" and text[max(0, match.start() - 1)] not in _LINE_ENDS:
            continue  # "the Embassy of the United\nArab Emirates": a line broken inside a sentence
        _add(out, text, start, match.start() + len(match.group(0).rstrip()))
        start = match.end()
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end))
