"""A pattern of many alternatives, tried only where a word begins as one of them may begin.

``\\b(?:A1|A2|...|A90)TAIL`` run with ``finditer`` enters every alternative at every word of the
text. ``KeyedPattern`` learns, once, the first three letters each alternative's matches can start
with (its keys); a scan for the words that start with a key finds the few places worth a try, and
there only the alternatives of that key are tried (in their order, so the matches are the same).

The keys come from the pattern's parse (``re._parser``, the standard library's own parser, private):
where it cannot be read the whole pattern runs as before, slower but with the same matches.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

#: How many first letters a key holds.
_KEY_LETTERS = 3
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


class _Unreadable(Exception):
    """A construct the key analysis does not know."""


class KeyedPattern:
    """``re.compile(pattern).finditer`` for a case-sensitive ``\\b(?:A1|...|An)TAIL`` pattern, faster.

    Parameters
    ----------
    pattern
        The pattern; it starts with ``\\b(?:`` and has no flags.
    letters
        How many first letters a key holds: more keep out more words that share a short start with an
        alternative ("university" where one alternative is "universities"), at the cost of more keys.

    Examples
    --------
    >>> KeyedPattern(r"\\b(?:talks\\s+on|cooperation\\s+in)\\s+").finditer("talks on water").__next__().span()
    (0, 9)
    """

    def __init__(self, pattern: str, letters: int = _KEY_LETTERS) -> None:
        self.pattern = pattern
        self._letters = letters
        self._whole: re.Pattern[str] | None = None
        self._subs: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._by_key: dict[str, tuple[int, ...]] = {}
        self._starts: re.Pattern[str] | None = None
        self._alternatives: list[str] = []
        self._tail = ""
        self._read = False

    @property
    def keyed(self) -> bool:
        """True when the keys could be read (the fast scan is in use)."""
        self._read_keys()
        return self._starts is not None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of the pattern in ``text``, left to right, none overlapping (as ``re.finditer``)."""
        self._read_keys()
        if self._starts is None:
            if self._whole is None:
                self._whole = re.compile(self.pattern)
            yield from self._whole.finditer(text)
            return
        reach = 0
        for start in self._starts.finditer(text):
            at = start.start()
            if at < reach:
                continue
            match = self._sub(self._by_key[start.group(1)]).match(text, at)
            if match is not None:
                reach = match.end()
                yield match

    def _read_keys(self) -> None:
        """Learn each alternative's keys and the scan for them, once (on first use: importing stays quick)."""
        if self._read:
            return
        self._read = True
        parts = _split(self.pattern)
        keys = alternative_keys(self.pattern, self._letters)
        if parts is None or keys is None or len(keys) != len(parts[0]):
            return
        self._alternatives, self._tail = parts
        by_key: dict[str, list[int]] = {}
        for k, alternative_keys_ in enumerate(keys):
            for key in alternative_keys_:
                by_key.setdefault(key, []).append(k)
        self._by_key = {key: tuple(ks) for key, ks in by_key.items()}
        # the keys' first letters looked ahead for: one class tested at each word's edge before the trie (faster)
        firsts = {key[:1] for key in by_key}
        gate = rf"(?=[{''.join(sorted(firsts))}])" if firsts <= _LETTERS else ""
        self._starts = re.compile(rf"\b{gate}({_trie(sorted(by_key), self._letters)})")

    def _sub(self, ks: tuple[int, ...]) -> re.Pattern[str]:
        """The pattern with only the alternatives ``ks``, compiled on first use."""
        sub = self._subs.get(ks)
        if sub is None:
            alternatives = "|".join(self._alternatives[k] for k in ks)
            sub = self._subs[ks] = re.compile(rf"\b(?:{alternatives}){self._tail}")
        return sub


def _split(pattern: str) -> tuple[list[str], str] | None:
    """The alternatives of the leading ``\\b(?:...)`` group and what follows it; None for another shape."""
    if not pattern.startswith(r"\b(?:"):
        return None
    alternatives: list[str] = []
    depth, begin, k, in_class = 0, 5, 2, False
    while k < len(pattern):
        char = pattern[k]
        if char == "\\":
            k += 1  # the escaped character is skipped below
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            k += pattern[k + 1] == "^"
            k += pattern[k + 1] == "]"  # a "]" first in a class is one of its characters
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                alternatives.append(pattern[begin:k])
                return alternatives, pattern[k + 1 :]
        elif char == "|" and depth == 1:
            alternatives.append(pattern[begin:k])
            begin = k + 1
        k += 1
    return None


def first_letter_gate(pattern: str) -> str:
    """``pattern``, a case-sensitive ``\\b(?:A1|...|An)TAIL``, with a look-ahead after its ``\\b`` for the letters its
    matches can begin with (``alternative_keys`` of one letter): the same matches, found faster (at each word's edge
    the engine tests one class instead of entering every alternative). The pattern itself where they cannot be read.

    Examples
    --------
    >>> first_letter_gate(r"\\b(?:talks|cooperat\\w*)\\b")
    '\\\\b(?=[ct])(?:talks|cooperat\\\\w*)\\\\b'
    """
    keys = alternative_keys(pattern, 1)
    if keys is None or not pattern.startswith(r"\b(?:"):
        return pattern
    letters = frozenset().union(*keys)
    if not letters or not letters <= _LETTERS:
        return pattern  # an alternative may begin with another character
    return rf"\b(?=[{''.join(sorted(letters))}])" + pattern[2:]


def alternative_keys(pattern: str, letters: int = _KEY_LETTERS) -> list[frozenset[str]] | None:
    """For each alternative of a ``\\b(?:A1|...|An)TAIL`` pattern (case-sensitive), the keys its matches start with.

    A key is a match's first ``letters`` characters, cut before the first one that is not a-z: a
    match of ``an?\\s+lab`` starts with "a" or "an", one of ``cooperat(?:e|ion)`` with "coo". A
    text's word can begin a match only if its own key (read the same way) is among them. Zero-width
    parts (``\\b``, look-arounds) are passed over: a set may hold keys too many, never one too few.
    None when the pattern has another shape or a part the reading does not know.
    """
    try:
        parser, names = importlib.import_module("re._parser"), importlib.import_module("re._constants")
        parsed = parser.parse(pattern)
        items = list(parsed)
        if _numbered(items, names, set(parsed.state.groupdict.values())):
            return None  # a pattern of some alternatives would number its groups otherwise
        group = items[1:2]
        if group and group[0][0] is names.SUBPATTERN:
            group = list(group[0][1][3])  # a group the parser kept (it inlines a plain "(?:...)")
        if items[0][0] is not names.AT or len(group) != 1 or group[0][0] is not names.BRANCH:
            return None
        out = []
        for alternative in group[0][1][1]:
            open_, done = _walk(list(alternative), {""}, letters, names)
            open_, tail_done = _walk(items[2:], open_, letters, names)
            if open_:
                return None  # a match may end before its key is complete
            out.append(frozenset(done | tail_done))
    except (ImportError, AttributeError, IndexError, TypeError, _Unreadable, re.error, RecursionError):
        return None
    return out


def _numbered(items: list[Any], c: Any, named: set[int]) -> bool:
    """True when the parsed ``items`` hold a group without a name or a reference to a group."""
    for op, arg in items:
        if op in (c.GROUPREF, c.GROUPREF_EXISTS) or (
            op is c.SUBPATTERN and arg[0] is not None and arg[0] not in named
        ):
            return True
        for part in arg if isinstance(arg, (tuple, list)) else ():
            parts = part if isinstance(part, list) else [part]
            if any(hasattr(x, "data") and _numbered(list(x), c, named) for x in parts):
                return True
    return False


def _walk(items: list[Any], open_: set[str], letters: int, c: Any) -> tuple[set[str], set[str]]:
    """Run the parsed ``items`` from the keys still growing (``open_``); return (still growing, finished).

    ``c``: the parser's names of operations (``re._constants``).
    """
    done: set[str] = set()
    for op, arg in items:
        if not open_:
            break
        if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY):
            chars, other = _chars(op, arg, c)
            if other:
                done |= open_
            grown = {key + char for key in open_ for char in chars}
            open_ = {key for key in grown if len(key) < letters}
            done |= grown - open_
        elif op is c.BRANCH:
            branches: set[str] = set()
            for branch in arg[1]:
                branch_open, branch_done = _walk(list(branch), set(open_), letters, c)
                branches |= branch_open
                done |= branch_done
            open_ = branches
        elif op in (c.SUBPATTERN, c.ATOMIC_GROUP):
            open_, inner_done = _walk(list(arg[3] if op is c.SUBPATTERN else arg), open_, letters, c)
            done |= inner_done
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            open_, inner_done = _repeat(arg, open_, letters, c)
            done |= inner_done
        elif op not in (c.AT, c.ASSERT, c.ASSERT_NOT):
            raise _Unreadable(str(op))
    return open_, done


def _repeat(arg: Any, open_: set[str], letters: int, c: Any) -> tuple[set[str], set[str]]:
    """``_walk`` for an item repeated between ``low`` and ``high`` times."""
    low, high, item = arg
    done: set[str] = set()
    for _ in range(low):
        open_, inner_done = _walk(list(item), open_, letters, c)
        done |= inner_done
    seen, new, times = set(open_), set(open_), low
    # the keys are finite (a-z, up to ``letters`` long): the loop stops when a round adds none
    while new and times < high:
        new, inner_done = _walk(list(item), new, letters, c)
        done |= inner_done
        new -= seen
        seen |= new
        times += 1
    return seen, done


def _chars(op: Any, arg: Any, c: Any) -> tuple[frozenset[str], bool]:
    """The letters a-z one character of ``op`` may be, and whether it may be another character."""
    if op is c.LITERAL:
        char = chr(arg)
        return (frozenset(char), False) if char in _LETTERS else (frozenset(), True)
    if op is c.NOT_LITERAL:
        return _LETTERS - {chr(arg)}, True
    if op is c.ANY:
        return _LETTERS, True
    found: set[str] = set()
    negate, other = False, False
    no_letter = {getattr(c, f"CATEGORY_{name}") for name in _NO_LETTER_CATEGORIES}
    for kind, value in arg:
        if kind is c.NEGATE:
            negate = other = True
        elif kind is c.LITERAL or kind is c.RANGE:
            chars = {chr(x) for x in range(value[0], value[1] + 1)} if kind is c.RANGE else {chr(value)}
            found |= chars & _LETTERS
            other = other or not chars <= _LETTERS
        elif kind is c.CATEGORY:
            found |= set() if value in no_letter else _LETTERS
            other = True
        else:
            raise _Unreadable(str(kind))
    return frozenset(_LETTERS - found if negate else found), other


#: The character categories (``\\s``, ``\\d``, ``\\W``) that hold no letter a-z.
_NO_LETTER_CATEGORIES = (
    "SPACE",
    "DIGIT",
    "NOT_WORD",
    "UNI_SPACE",
    "UNI_DIGIT",
    "UNI_NOT_WORD",
    "LINEBREAK",
    "UNI_LINEBREAK",
)


def _trie(keys: list[str], letters: int = _KEY_LETTERS) -> str:
    """A pattern matching exactly the ``keys`` as a word's first letters (a short key ends its word)."""
    tree: dict[str, Any] = {}
    for key in keys:
        node = tree
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(tree, 0, letters)


def _trie_pattern(node: dict[str, Any], depth: int, letters: int) -> str:
    """The pattern of one node of ``_trie``'s tree."""
    branches = []
    for char, child in sorted(node.items()):
        if char == "":
            branches.append("" if depth == letters else "(?![a-z])")
        else:
            branches.append(re.escape(char) + _trie_pattern(child, depth + 1, letters))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
