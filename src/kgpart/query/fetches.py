"""Which clauses of a SPARQL text would make the engine fetch from another server.

``SERVICE <url>`` (in a query or an update's ``WHERE``) and ``LOAD <url>`` (in an update) make
Oxigraph fetch the URL. kgpart decides on the parse tree, never on the text with patterns: a
pattern cannot know where a string, an IRI, a comment or a prefixed name such as ``kgr:a\\#``
ends, and the engine's reading is what counts.

The tree comes from rdflib's SPARQL grammar (pyoxigraph runs queries but does not hand out its
parse). Two readings are parsed, so that a difference between rdflib and Oxigraph cannot hide a
clause: the text with ``\\uXXXX`` escapes expanded first, as the SPARQL grammar says, and the
text as Oxigraph reads it, which honours escapes only inside IRIs and strings (there an escaped
quote, bracket or ``#`` is content, so this reading puts a plain letter in its place). A
carriage return ends a comment for Oxigraph but not for rdflib, so both readings make it a
newline. A reading that contains the keyword but does not parse cannot be checked, and counts
as fetching (fail closed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Literal

Clause = Literal["SERVICE", "SERVICE ?variable", "LOAD"]
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
MAX_CHECKED = 16 * 1024
"""The longest text that is parsed to check it (rdflib's parser takes about 50 ms per KB)."""
# Characters that would end or start a string, an IRI or a comment if they were not escaped.
_DELIMITERS = "<>\"'{}|^`\\#"


class UncheckableSparqlError(ValueError):
    """A text that mentions SERVICE or LOAD but does not parse, so what it calls cannot be told."""

    def __init__(self, keyword: str, reason: str) -> None:
        self.keyword = keyword
        super().__init__(f"it mentions {keyword} but kgpart cannot check it: {reason}")


def fetching_clauses(text: str, *, update: bool = False) -> set[Clause]:
    """The clauses of SPARQL ``text`` that would fetch: SERVICE (by IRI or variable), LOAD.

    ``update`` says the text is an update (else a query). Fast when the text does not contain
    the keywords at all, which is most queries: only then is nothing parsed.

    Raises
    ------
    UncheckableSparqlError
        The text contains SERVICE (or LOAD) but does not parse, or is over :data:`MAX_CHECKED`
        characters (parsing it would hold a server's guard for seconds).

    Examples
    --------
    >>> sorted(fetching_clauses("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }"))
    ['SERVICE']
    >>> fetching_clauses('SELECT * WHERE { ?s ?p "SERVICE <http://x/> {}" }')
    set()
    >>> sorted(fetching_clauses("LOAD <http\\\\u003A//x/data.ttl>", update=True))
    ['LOAD']
    """
    keywords = ("service", "load") if update else ("service",)
    found: set[Clause] = set()
    for reading in _readings(text):
        mentioned = [k for k in keywords if k in reading.lower() or k in reading.casefold()]
        if mentioned and len(reading) > MAX_CHECKED:
            limit = f"it is over {MAX_CHECKED // 1024} KB, more than kgpart parses"
            raise UncheckableSparqlError(mentioned[0].upper(), limit)
        if mentioned:
            found |= _clauses(_parse(reading, update=update, keyword=mentioned[0].upper()))
    return found


def uses_service(text: str) -> bool:
    """Whether a SPARQL query calls ``SERVICE``, or mentions it and cannot be checked."""
    try:
        return any(c.startswith("SERVICE") for c in fetching_clauses(text))
    except UncheckableSparqlError:
        return True


def expand_codepoints(text: str, *, keep: str = "") -> str:
    """``\\uXXXX`` and ``\\UXXXXXXXX`` replaced by their characters (one pass, as SPARQL says).

    With ``keep``, an escape whose character is a space, a control or in ``keep`` becomes ``x``.
    """

    def char(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        if code > 0x10FFFF:
            return match.group(0)
        c = chr(code)
        return "x" if keep and (c in keep or not c.isprintable() or c.isspace()) else c

    return _CODEPOINT.sub(char, text)


def _readings(text: str) -> list[str]:
    spec = expand_codepoints(text).replace("\r", "\n")
    engine = expand_codepoints(text, keep=_DELIMITERS).replace("\r", "\n")
    return [spec] if engine == spec else [spec, engine]


def _parse(reading: str, *, update: bool, keyword: str) -> Any:
    from rdflib.plugins.sparql import parser

    grammar = parser.UpdateUnit if update else parser.Query
    try:
        return grammar.parse_string(reading, parse_all=True)
    except Exception as exc:  # pyparsing's ParseException, or whatever else: unchecked means refused
        reason = " ".join(str(exc).split())[:120]
        raise UncheckableSparqlError(keyword, f"it does not parse ({reason})") from None


def _clauses(tree: Any) -> set[Clause]:
    from rdflib.term import Variable

    found: set[Clause] = set()
    for node in _nodes(tree):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            found.add("SERVICE ?variable" if isinstance(dict.get(node, "term"), Variable) else "SERVICE")
        elif name == "Load":
            found.add("LOAD")
    return found


def _nodes(tree: Any) -> Iterator[Any]:
    """Every node of rdflib's parse tree (ParseResults, CompValue and lists nest each other)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, dict):
            stack.extend(dict.values(node))
        elif isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
            stack.extend(list(node))
