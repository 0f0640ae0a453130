"""Regular expressions built from word lists."""

from __future__ import annotations

import re

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
