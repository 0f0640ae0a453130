"""Bundled SPARQL queries: ``queries/*.rq`` files whose header names their parameters.

A header looks like::

    # title: Partners of an institution
    # param: ?org  entity  the institution whose partners are listed

Kinds are ``entity`` (a label, alias or IRI of something in the graph), ``iri``, ``string``,
``integer`` and ``date``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from kgpart.errors import KgpartError, TooLargeError, UnknownNameError
from kgpart.store.files import read_bounded
from kgpart.terms import expand_prefixed

PARAM_KINDS = ("entity", "iri", "string", "integer", "date")
_HEADER_RE = re.compile(r"^#\s*(title|param|description):\s*(.*)$")
_PARAM_RE = re.compile(r"^\?(\w+)\s+(\w+)\s*(.*)$")


@dataclass(frozen=True)
class Parameter:
    """One declared parameter of a named query."""

    name: str
    kind: str
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query with a name, a title and declared parameters."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    parameters: tuple[Parameter, ...] = field(default_factory=tuple)


def parse_query_file(name: str, text: str, *, origin: str = "") -> NamedQuery:
    """Read the header comments of a ``.rq`` text into a :class:`NamedQuery`.

    Raises
    ------
    KgpartError
        When a ``# param:`` line is malformed or names an unknown kind.
    """
    title, description, params = "", "", []
    for line in text.splitlines():
        match = _HEADER_RE.match(line.strip())
        if not match:
            continue
        key, value = match.groups()
        if key == "title":
            title = value.strip()
        elif key == "description":
            description = value.strip()
        else:
            params.append(_parse_param(value, origin or name))
    return NamedQuery(name, text, title, description, tuple(params))


def _parse_param(value: str, origin: str) -> Parameter:
    match = _PARAM_RE.match(value.strip())
    if not match or match.group(2) not in PARAM_KINDS:
        raise KgpartError(
            f"{origin}: bad '# param:' line {value!r} (expected '?name KIND description', "
            f"KIND one of {', '.join(PARAM_KINDS)})"
        )
    return Parameter(match.group(1), match.group(2), match.group(3).strip())


@cache
def bundled_queries() -> dict[str, NamedQuery]:
    """The queries that ship with kgpart, by name."""
    folder = resources.files("kgpart.query") / "queries"
    found = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name.removesuffix(".rq")
            found[name] = parse_query_file(name, entry.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


def get_query(name: str) -> NamedQuery:
    """A bundled query by name; an unknown name lists the known ones."""
    queries = bundled_queries()
    if name not in queries:
        raise UnknownNameError("query", name, queries)
    return queries[name]


_NAME_RE = re.compile(r"^[A-Za-z_][\w-]*$")
# What only SPARQL text can hold: a query form, a prologue keyword or a comment at its start,
# braces, or a line break (a path has none of these in practice).
_SPARQL_START = re.compile(r"^\s*(?:(?:SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX|BASE)\b|#)", re.IGNORECASE)
QueryKind = Literal["bundled", "file", "sparql"]


def query_kind(query: str) -> QueryKind:
    """Say what a user typed as a query, without touching the file system for what is no path.

    A bundled query's name is ``bundled``; text that opens with a SPARQL keyword or a comment, or
    holds a brace or a line break, is ``sparql``; a name ending in ``.rq`` is a ``file``; other text
    with spaces is ``sparql``; a bare word is ``bundled`` (an unknown name lists the known ones)
    unless a file of that name exists; anything else is a ``file``.

    >>> [query_kind(q) for q in ("meetings", "ask {}", "my.rq", "SELECT * WHERE {}")]
    ['bundled', 'sparql', 'file', 'sparql']
    """
    stripped = query.strip()
    if stripped in bundled_queries():
        return "bundled"
    if _SPARQL_START.match(query) or any(c in query for c in "{}\n"):
        return "sparql"
    if stripped.endswith(".rq"):
        return "file"
    if any(c.isspace() for c in stripped):
        return "sparql"
    if _NAME_RE.match(stripped) and not _is_file(Path(stripped)):
        return "bundled"
    return "file"


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # e.g. a name too long for the file system: not a file we can read
        return False


def resolve_query(query: str) -> NamedQuery:
    """Turn what a user typed into a query: a bundled name, a ``.rq`` file, or SPARQL text.

    Raises
    ------
    UnknownNameError
        For a bare word that names no bundled query (and no file).
    KgpartError
        For a query file that cannot be read.
    """
    kind = query_kind(query)
    if kind == "sparql":
        return parse_query_file("(inline)", query)
    if kind == "bundled":
        return get_query(query.strip())
    return read_query_file(Path(query))


MAX_QUERY_BYTES = 1_000_000
"""The largest ``.rq`` file read."""


def read_query_file(path: Path) -> NamedQuery:
    """A ``.rq`` file as a :class:`NamedQuery` named after the file.

    Raises
    ------
    KgpartError
        When the file cannot be read (the reason in a few words) or is not UTF-8.
    """
    try:
        text = read_bounded(path, MAX_QUERY_BYTES).decode("utf-8")  # a .rq symlink to /dev/zero ends
    except TooLargeError:
        raise KgpartError(f"cannot read query file {path}: larger than {MAX_QUERY_BYTES} bytes") from None
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        if isinstance(exc, FileNotFoundError):
            reason = "no such file"
        raise KgpartError(f"cannot read query file {path}: {reason}") from exc
    except UnicodeDecodeError as exc:
        raise KgpartError(f"cannot read query file {path}: not UTF-8 text ({exc.reason})") from exc
    return parse_query_file(path.stem, text, origin=str(path))


# A pre-bound prefix, then a local part with a "/" that no prefixed name may hold, not the first
# step of a property path (kgp:country/rdfs:label).
_SLASHED_NAME = re.compile(r"(?<![\w:<])(kgr|kgt|kgp):([\w.-]+(?:/[\w.-]+)+)(?![\w.:/-])")


def prefixed_name_hint(sparql: str) -> str:
    """Say how to write ``kgr:org/ghent-university`` in SPARQL, when the text has such a name.

    >>> prefixed_name_hint("SELECT * { kgr:org/x ?p ?o }")
    "a prefixed name cannot hold '/': write kgr:org\\\\/x or <https://w3id.org/kgpart/id/org/x>"
    >>> prefixed_name_hint("SELECT * { ?u kgp:country/rdfs:label ?c }")
    ''
    """
    match = _SLASHED_NAME.search(sparql)
    if match is None:
        return ""
    prefix, local = match.groups()
    escaped = local.replace("/", "\\/")
    return f"a prefixed name cannot hold '/': write {prefix}:{escaped} or <{expand_prefixed(match.group())}>"
