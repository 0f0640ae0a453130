"""Text from articles, made safe where it is shown: a terminal and a spreadsheet.

Labels come from articles, and articles are untrusted. A terminal obeys escape sequences (clear
the screen, set the window title, hide text) and a spreadsheet runs a cell that starts like a
formula (``=HYPERLINK(...)``); both functions keep the text readable while taking that power away.
"""

from __future__ import annotations

import re

# C0 and C1 controls (ESC, the 8-bit CSI \x9b, BEL, CR, ...), DEL, and the bidirectional marks,
# embeddings, overrides and isolates that reorder what a terminal shows.
_TERMINAL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# What makes a spreadsheet read a cell as a formula (OWASP's list), unless the cell is a number.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def for_terminal(text: str) -> str:
    r"""``text`` with each control character written out as an escape, to be seen, not obeyed.

    >>> for_terminal("\x1b[2JHarbour\u202e University")
    '\\x1b[2JHarbour\\u202e University'
    """
    return _TERMINAL.sub(_escape, text)


# The same, but tabs and line ends pass: a report of several lines, with tab-aligned columns.
_TERMINAL_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def for_terminal_lines(text: str) -> str:
    r"""A report of several lines as :func:`for_terminal` shows one: its lines and tabs kept.

    >>> for_terminal_lines("ok  \x1b]0;owned\x07harbour.txt\nfailed\tx.txt\n")
    'ok  \\x1b]0;owned\\x07harbour.txt\nfailed\tx.txt\n'
    """
    return _TERMINAL_TEXT.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# A quoted value or a word this long is an input echoed back: show its start and its end.
_LONG = 200
_LONG_PART = re.compile(rf"'[^']{{{_LONG},}}'|\"[^\"]{{{_LONG},}}\"|\S{{{_LONG},}}")


def shorten_long(text: str) -> str:
    """``text`` with each quoted value or word over 200 characters cut to its start, ``…`` and its end.

    An error line that names a 120 KB parameter stays a line.

    >>> shorten_long("unknown entity '" + "A" * 500 + "'.") == "unknown entity '" + "A" * 149 + "…" + "A" * 39 + "'."
    True
    """
    return _LONG_PART.sub(_cut, text)


def _cut(found: re.Match[str]) -> str:
    part = found.group()
    return part[:150] + "…" + part[-40:]


def for_spreadsheet(cell: str) -> str:
    """``cell`` with a ``'`` in front when a spreadsheet would read it as a formula.

    Numbers (``-5``, ``+1.5e3``) stay as they are.

    >>> for_spreadsheet('=HYPERLINK("http://evil.example/","click")')
    '\\'=HYPERLINK("http://evil.example/","click")'
    >>> for_spreadsheet("-5"), for_spreadsheet("Harbour University")
    ('-5', 'Harbour University')
    """
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell
