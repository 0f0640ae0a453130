"""Tokens of a sentence with their spans, and what kind of word each one is."""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from kgpart.extract.gazetteer import HONORIFICS, ORG_HEADS, ORG_WORDS, ROLE_WORDS, STOP_CAPS, country_words


def _char_class(test: str) -> str:
    """Build a regex character class of every code point whose str method ``test`` is true."""
    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1 if test != "isupper" else 0x20000):
        if 0xD800 <= code <= 0xDFFF or not getattr(chr(code), test)():
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


UPPER = _char_class("isupper")
#: A word (letters, digits, apostrophes, hyphens; with its inner full stops and a final one: "U.S.", "e.g."), or one
#: other character but space. What may follow a word's full stop is tried only after one, in a branch with an empty
#: alternative, not by a repeat of a group at every word (sre gives each such repeat a context of its own): the same
#: matches as \w[\w’'\-]*(?:\.\w[\w’'\-]*)*\.?|&|\S ("&" is one of \S).
_WORD = r"\w[\w’'\-]*"
_TOKEN = re.compile(rf"{_WORD}(?:\.(?:{_WORD}(?:\.{_WORD})*\.?|)|)|\S", re.UNICODE)
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_POSSESSIVE_ENDS = ("’s", "'s", "’", "'")  # what _POSSESSIVE finds, as a cheap str.endswith
_ACRONYM = re.compile(rf"^[{UPPER}][\w\-&]*$")
#: First and last words of titles ("Vice", "Rector"); "Head of State" does not make "State" a title.
ROLE_SINGLE = frozenset(
    w
    for r in ROLE_WORDS
    for w in (r.split()[0], r.split()[-1])
    if w[:1].isupper() and w not in ("State", "Board")
)
HONORIFIC_CORES = frozenset(h.rstrip(".") for h in HONORIFICS)
_KEEP_DOT = re.compile(r"^(?:\w|(?:\w\.)+\w|St|Dr|Prof|Mr|Mrs|Ms|Jr|Sr|H\.E|No)\.$")


def _core(text: str) -> str:
    return _POSSESSIVE.sub("", text.rstrip(".")) if len(text) > 1 else text


class Token:
    """One word or punctuation mark of a sentence; ``start``/``end`` index the article text.

    ``core`` is the word without a trailing possessive or full stop; ``cap`` is true when the word
    starts with a capital letter, ``possessive`` for "UGhent’s" and the like. A plain slotted class
    with every attribute set once: tokens are made by the thousand per article and read many times.
    """

    __slots__ = ("cap", "core", "end", "possessive", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        info = _WORDS.get(text)
        if info is None:
            info = _word_info(text)
        self.core, self.cap, self.possessive = info

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start}, end={self.end})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))


def _possessive(text: str) -> bool:
    """ "UGhent’s", "universities’": a bare apostrophe marks a possessive only after an s.

    After another letter it is part of the name: "Aigul’ Iskakova" (a soft sign written in Latin).
    """
    return text[-1] not in "’'" or text[-2] in "sS"


#: Token text -> (core, cap, possessive): a plain dict is cheaper per token than lru_cache's call.
_WORDS: dict[str, tuple[str, bool, bool]] = {}


def _word_info(text: str) -> tuple[str, bool, bool]:
    info = (
        _core(text),
        text[:1].isupper(),
        len(text) > 2 and text.endswith(_POSSESSIVE_ENDS) and _possessive(text),
    )
    if len(_WORDS) < 65536:  # bounded: a huge article of new words must not grow it forever
        _WORDS[text] = info
    return info


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens; a final full stop is its own token unless it marks an initial.

    >>> [t.text for t in tokenize("Dr. M. Auezov met UGhent’s dean.")]
    ['Dr.', 'M.', 'Auezov', 'met', 'UGhent’s', 'dean', '.']
    """
    out: list[Token] = []
    append = out.append
    keep_dot = _KEEP_DOT.match
    quoted = "‘" in text  # an opening quote: a bare ’ after a word may close it rather than belong to a name
    for match in _TOKEN.finditer(text):
        word = match.group()
        start = match.start() + offset
        end = start + len(word)
        if word[-1] == "." and len(word) > 1 and not keep_dot(word):
            append(Token(word[:-1], start, end - 1))
            append(Token(".", end - 1, end))
        else:
            append(Token(word, start, end))
        if quoted and word[-1] == "’" and not out[-1].possessive and "‘" in text[: start - offset]:
            out[-1].possessive = True  # "‘Riga Technical University’": the closing quote ends the name
    return out


@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """True for KazNU, UGhent, HNIST, C-MAT: two or more capitals in a short word."""
    core = _POSSESSIVE.sub("", word)
    if re.fullmatch(r"[^\W\d_][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)+", core):
        return False  # "Nur-Sultan", "Dong-Eui": hyphenated words, not abbreviations
    return (
        2 <= len(core) <= 10
        and sum(c.isupper() for c in core) >= 2
        and bool(_ACRONYM.match(core))
        and not core.isdigit()
    )


def head_type(word: str) -> str | None:
    """Return the organisation type suggested by a head noun, or None."""
    if not word.endswith((".", "’", "'", "’s", "'s")):
        return ORG_HEADS.get(word)  # nothing to strip (the common case)
    return ORG_HEADS.get(_POSSESSIVE.sub("", word.rstrip(".")))


@lru_cache(maxsize=65536)
def is_name_word(word: str) -> bool:
    """True when a capitalised word could be part of a person's name."""
    core = _POSSESSIVE.sub("", word.rstrip("."))
    if not core[:1].isupper() or core in STOP_CAPS or core in ORG_WORDS or core in ROLE_SINGLE:
        return False
    if core[-1:] == "s" and core[:-1] in ROLE_SINGLE:
        return False  # "Vice-Rectors", "Professors": titles in the plural
    if core in country_words() or core in ORG_HEADS or core in HONORIFIC_CORES:
        return False
    if is_acronym(core) and not _PREFIXED_SURNAME.match(core):
        return False
    return len(core) >= 2 or word.endswith(".")


#: Surnames with a capital inside after a prefix: "DeGioia", "McDonald", "MacArthur", "LeBlanc".
_PREFIXED_SURNAME = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)[A-Z][a-z]{2,}$")
