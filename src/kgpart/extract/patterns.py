"""Regular expressions built from word lists."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

_Trie = dict[str, "_Trie"]


def trie_pattern(words: list[str], *, fold: bool = False) -> str:
    """One alternation of ``words`` as a prefix tree, longer words tried first.

    The engine follows a word's letters instead of trying hundreds of words one after the other
    at each position. With ``fold`` the words are lower-cased (for a pattern compiled with
    re.IGNORECASE). The match at a position is the longest word that the rest of the pattern
    accepts, as with an alternation sorted longest first.

    >>> re.findall(trie_pattern(["Rector", "Vice-Rector", "Vice"]), "Vice-Rector and Vice Rector")
    ['Vice-Rector', 'Vice', 'Rector']
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word.lower() if fold else word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(trie)


def _branch(node: _Trie) -> str:
    branches = [re.escape(c) + _branch(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # where a word ends, its longer continuations are tried first, then the word itself
    return f"(?:{body})?" if "" in node else body


def starts_of(text: str, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` occurs in ``text`` (case-sensitive; none of them overlaps itself), in order."""
    out: list[int] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + len(word))
    out.sort()
    return out


def lower_twin_source(pattern: str) -> str:
    """``pattern`` (one compiled with re.IGNORECASE) with its letters in lower case, for a case-sensitive
    twin that scans lower-cased text: escapes (``\\S``, ``\\W``, ``\\B``) and group names are kept.

    Refuses what the twin could not copy: a case-sensitive part (``(?-i:``), escapes of a character by
    its code, inline flags other than ``i``.

    >>> lower_twin_source(r"(?P<Who>[A-Z]\\w+)\\s+Visited\\S")
    '(?P<Who>[a-z]\\\\w+)\\\\s+visited\\\\S'
    """
    out: list[str] = []
    k = 0
    while k < len(pattern):
        char = pattern[k]
        if char == "\\":
            escaped = pattern[k + 1 : k + 2]
            width = {"x": 2, "u": 4, "U": 8}.get(escaped, 0)
            if width and _caseless(pattern[k + 2 : k + 2 + width]):
                out.append(pattern[k : k + 2 + width])  # a character without case ("\\u00a0"), as it is
                k += 2 + width
                continue
            if width or escaped in ("N", "0") or (escaped.isdigit() and pattern[k + 2 : k + 3].isdigit()):
                raise ValueError(f"lower_twin_source: a letter by its code in {pattern!r}")
            out.append(pattern[k : k + 2])
            k += 2
            continue
        if pattern.startswith("(?", k):
            group = re.match(r"\(\?(?:P<\w+>|P=\w+\)|[:=!#]|<[=!]|i:)", pattern[k:])
            if group is None:
                raise ValueError(f"lower_twin_source: inline flags in {pattern!r}")
            out.append(group.group(0))
            k += len(group.group(0))
            continue
        out.append(char.lower() if char.isascii() else char)
        k += 1
    return "".join(out)


def _caseless(code: str) -> bool:
    """Whether the hexadecimal ``code`` is a character that has no case (what re.IGNORECASE leaves alone)."""
    try:
        char = chr(int(code, 16))
    except ValueError:
        return False
    return char.lower() == char == char.upper() and char.casefold() == char


class AsciiFolded:
    """A pattern compiled with re.IGNORECASE that scans ASCII text with its case-sensitive twin on the
    lower-cased text (several times faster: the engine compares letters without folding them) and reads
    each hit again with the pattern itself at the same place, so that callers get the same match objects
    (the text's own case in their groups). On ASCII text, re.IGNORECASE and lower() agree letter for
    letter; other text is scanned by the pattern itself ("ſ" and the Kelvin sign fold to "s" and "k",
    "İ" lowers to two characters). ``regex`` is the pattern, ``pattern`` its source."""

    __slots__ = ("regex", "twin")

    def __init__(self, regex: re.Pattern[str]) -> None:
        if not regex.flags & re.IGNORECASE:
            raise ValueError(f"AsciiFolded: {regex.pattern!r} is not compiled with re.IGNORECASE")
        self.regex = regex
        self.twin = re.compile(lower_twin_source(regex.pattern), regex.flags & ~re.IGNORECASE)

    @property
    def pattern(self) -> str:
        """The source of the pattern (to build others from)."""
        return self.regex.pattern

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, *, lower: str | None = None
    ) -> re.Match[str] | None:
        """``regex.search(text, pos, endpos)``; ``lower``: ``text.lower()`` when the caller has it."""
        if not text.isascii():
            return self.regex.search(text, pos, endpos)
        hit = self.twin.search(text.lower() if lower is None else lower, pos, endpos)
        return None if hit is None else self.regex.match(text, hit.start(), endpos)

    def match(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, *, lower: str | None = None
    ) -> re.Match[str] | None:
        """``regex.match(text, pos, endpos)``; ``lower``: ``text.lower()`` when the caller has it."""
        if text.isascii() and self.twin.match(text.lower() if lower is None else lower, pos, endpos) is None:
            return None
        return self.regex.match(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, *, lower: str | None = None
    ) -> Iterator[re.Match[str]]:
        """``regex.finditer(text, pos, endpos)`` (for patterns whose matches are never empty)."""
        if not text.isascii():
            return self.regex.finditer(text, pos, endpos)
        regex = self.regex
        found = []
        for hit in self.twin.finditer(text.lower() if lower is None else lower, pos, endpos):
            match = regex.match(text, hit.start(), endpos)
            if match is not None:
                found.append(match)
        return iter(found)
