"""The characters a regular expression's match can begin with, read from the standard library's parse of it: tests
of first-character look-aheads use it to show that a look-ahead never refuses a match."""

from __future__ import annotations

import importlib

_parser = importlib.import_module("re._parser")
_c = importlib.import_module("re._constants")


def parsed(pattern: str) -> list:
    """The parsed items of ``pattern`` (``re._parser``, private), a list of (operation, argument)."""
    return list(_parser.parse(pattern))


def first_characters(items: list) -> set[str]:
    """The characters a match of ``items`` (a parsed sequence) can begin with; an AssertionError for a construct it
    does not read."""
    op, av = items[0]
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        out: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                out.add(chr(value))
            elif kind is _c.RANGE:
                out.update(chr(k) for k in range(value[0], value[1] + 1))
            else:
                raise AssertionError(f"unread class member {kind}")
        return out
    if op is _c.SUBPATTERN:
        return first_characters(list(av[3]))
    if op is _c.BRANCH:
        return set().union(*(first_characters(list(alt)) for alt in av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _, sub = av
        return first_characters(list(sub)) | (set() if low >= 1 else first_characters(items[1:]))
    raise AssertionError(f"unread first item {op}")
