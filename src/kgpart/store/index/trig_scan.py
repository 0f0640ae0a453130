"""The graphs a TriG file declares, read from its layout without a full parse.

The manifest needs each file's graph names; parsing a file into Python quads to read them
costs more than loading it. The store's own parser holds them but does not say which file gave
which quad, so they are read from the file's layout: TriG has no nested braces and only strings
and comments can hide one, and when a file has no long (triple-quoted) string no token spans two
lines, so each line holding a brace can be tokenised alone. The text outside the graph blocks,
with one placeholder triple in each non-empty block, then goes to Oxigraph's own parser, which
resolves prefixes and the base exactly; the common case (prefixed or absolute labels, only
prefix directives between blocks) is resolved here without it. Anything unexpected returns
``None`` and the caller parses the whole file.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyoxigraph as ox

#: The graph key of the default graph (named graphs are keyed by their IRI).
DEFAULT = "DEFAULT"
#: The graph key of any blank-node graph: a file holding one cannot have its graph named again.
BLANK_GRAPH = "_:"

_LINE_TOKENS = re.compile(
    rb"""(?:[^"'<#\\{}\n]++|<(?:[^<>"{}|^`\\\x00-\x20]++|\\[uU])*+>|"(?:[^"\\\n\r]++|\\.)*+"|'(?:[^'\\\n\r]++|\\.)*+'|\#[^\n\r]*+|\\.)*+"""
)
_BLANK_TEXT = re.compile(rb"(?:\s++|\#[^\n\r]*+)*+")
_PREFIX_LINE = re.compile(
    rb"(?:@prefix[ \t]+([A-Za-z](?:[\w.-]*[\w-])?)?:[ \t]*<([A-Za-z][A-Za-z0-9+.-]*:[^>\\\s]*)>[ \t]*\."
    rb"|(?i:prefix)[ \t]+([A-Za-z](?:[\w.-]*[\w-])?)?:[ \t]*<([A-Za-z][A-Za-z0-9+.-]*:[^>\\\s]*)>)[ \t]*(?:\#.*)?"
)
_LABEL_LINE = re.compile(
    rb"[ \t]*(?:(?i:graph)[ \t]+)?(?:<([A-Za-z][A-Za-z0-9+.-]*:[^>\\\s]*)>"
    rb"|([A-Za-z](?:[\w.-]*[\w-])?)?:([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?)[ \t]*"
)
_PLACEHOLDER = b" <urn:kgpart:placeholder> <urn:kgpart:placeholder> <urn:kgpart:placeholder> . "


def trig_graphs(data: bytes, base_iri: str) -> set[str] | None:
    """The graphs a TriG file's quads lie in (``DEFAULT`` for the default graph), or ``None``.

    ``None`` when the layout is not understood; the file must then be parsed whole. The answer may
    name a graph whose block holds only a placeholder that a real parse would reject, never miss
    one the file has a quad in.
    """
    if b'"""' in data or b"'''" in data:
        return None
    braces = _structural_braces(data)
    if braces is None:
        return None
    fast = _resolve_simple(data, braces)
    if fast is not None:
        return fast
    return _parse_skeleton(data, braces, base_iri)


def _structural_braces(data: bytes) -> list[int] | None:
    """Positions of the braces outside strings, IRIs and comments: ``{`` ``}`` alternating."""
    lines = set()
    for char in (b"{", b"}"):
        at = data.find(char)
        while at >= 0:
            lines.add(data.rfind(b"\n", 0, at) + 1)
            at = data.find(char, at + 1)
    braces: list[int] = []
    for start in sorted(lines):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        at = start
        while True:
            stop = _LINE_TOKENS.match(data, at, end).end()  # type: ignore[union-attr]
            if stop == end:
                break
            if data[stop] not in b"{}":
                return None  # an unterminated string or IRI: leave it to the parser
            braces.append(stop)
            at = stop + 1
    if len(braces) % 2 or any(data[p] != (b"{" if i % 2 == 0 else b"}")[0] for i, p in enumerate(braces)):
        return None
    return braces


def _blank(data: bytes, start: int, end: int) -> bool:
    return _BLANK_TEXT.match(data, start, end).end() == end  # type: ignore[union-attr]


def _resolve_simple(data: bytes, braces: list[int]) -> set[str] | None:
    """Graph names when only prefix directives, comments and one label per line lie between blocks."""
    prefixes: dict[bytes, bytes] = {}
    names: set[str] = set()
    at = 0
    for i in range(0, len(braces) + 1, 2):
        end = braces[i] if i < len(braces) else len(data)
        label_start = max(at, data.rfind(b"\n", at, end) + 1) if i < len(braces) else end
        directives = _directives(data[at:label_start])
        if directives is None:
            return None  # a base, a triple in the default graph, a label on its own line...
        prefixes.update(directives)
        if i == len(braces):
            break
        label = _LABEL_LINE.fullmatch(data, label_start, end)
        if label is None:
            return None
        if label.group(1) is not None:
            iri = label.group(1)
        else:
            prefix = prefixes.get(label.group(2) or b"")
            if prefix is None:
                return None
            iri = prefix + (label.group(3) or b"")
        if not _blank(data, braces[i] + 1, braces[i + 1]):
            names.add(iri.decode())
        at = braces[i + 1] + 1
    return names


@lru_cache(maxsize=256)
def _directives(text: bytes) -> tuple[tuple[bytes, bytes], ...] | None:
    """The prefixes declared by text made only of prefix directives and comments, else ``None``.

    Cached: the files of a folder mostly begin with the same header.
    """
    found = []
    for line in text.split(b"\n"):
        if _blank(line, 0, len(line)):
            continue
        match = _PREFIX_LINE.fullmatch(line.strip(b" \t\r"))
        if match is None:
            return None
        name = match.group(1) if match.group(2) else match.group(3)
        found.append((name or b"", match.group(2) or match.group(4)))
    return tuple(found)


def _parse_skeleton(data: bytes, braces: list[int], base_iri: str) -> set[str] | None:
    """Oxigraph's reading of the file with every block's content replaced by a placeholder."""
    parts, at = [], 0
    for i in range(0, len(braces), 2):
        parts.append(data[at : braces[i] + 1])
        if not _blank(data, braces[i] + 1, braces[i + 1]):
            parts.append(_PLACEHOLDER)
        at = braces[i + 1]
    parts.append(data[at:])
    try:
        quads = ox.parse(b"".join(parts), format=ox.RdfFormat.TRIG, base_iri=base_iri)
        return {graph_key(q.graph_name) for q in quads}
    except SyntaxError:
        return None


def graph_key(name: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> str:
    """The key a file's record lists for a graph: its IRI, ``DEFAULT`` or ``BLANK_GRAPH``."""
    if isinstance(name, ox.NamedNode):
        return name.value
    return BLANK_GRAPH if isinstance(name, ox.BlankNode) else DEFAULT
