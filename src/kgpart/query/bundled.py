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

from kgpart.errors import KgpartError, UnknownNameError

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


def resolve_query(query: str) -> NamedQuery:
    """Turn what a user typed into a query: a bundled name, a ``.rq`` file, or SPARQL text."""
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 4096 and "\n" not in query and path.is_file()):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KgpartError(f"cannot read query file {query}: {exc}") from exc
        return parse_query_file(path.stem, text, origin=str(path))
    if _NAME_RE.match(query.strip()):
        return get_query(query.strip())
    return parse_query_file("(inline)", query)
