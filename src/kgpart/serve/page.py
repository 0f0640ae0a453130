"""The query page of ``kgpart serve``: Oxigraph's own (YASGUI), opening with kgpart's prefixes.

``kgpart query`` pre-binds ``kgp:``, ``kgr:`` and the other prefixes; the page sends a query as
written, so a query copied from the command line would fail there. The guard passes the page
through :func:`with_prefixes`, which makes a new tab open with the ``PREFIX`` lines and puts a
note on the page saying so (with the lines themselves, should the editor's call ever change).
"""

from __future__ import annotations

import html
import json
import re

from kgpart.terms import PREFIXES

PAGE_NOTE = (
    "kgpart: a new tab opens with the PREFIX lines that kgpart query adds for you; "
    "keep them above your query, this page sends the query as written."
)
_STARTER_SELECT = """
SELECT ?university ?name WHERE {
  ?university a kgp:University ; rdfs:label ?name .
}
ORDER BY ?name
"""
# The editor's creation in Oxigraph's page; its options object is where the query to start with goes.
_YASGUI_CALL = re.compile(rb"new Yasgui\(document\.getElementById\(\"yasgui\"\),\s*\{")
_BODY = re.compile(rb"<body[^>]*>", re.IGNORECASE)


def prefix_lines() -> str:
    """The ``PREFIX`` lines of every prefix kgpart's queries get for free."""
    return "\n".join(f"PREFIX {prefix}: <{iri}>" for prefix, iri in PREFIXES.items())


def starter_query() -> str:
    """The query a new tab of the page opens with: the prefix lines and a small SELECT."""
    return prefix_lines() + "\n" + _STARTER_SELECT


def is_query_page(method: str, path: str) -> bool:
    """Whether a request asks for the query page (``GET /``, with or without a query string)."""
    return method == "GET" and path.split("?", 1)[0] == "/"


def with_prefixes(page: bytes) -> bytes:
    """Oxigraph's query page with the starter query in its editor and a note on the prefixes.

    >>> b"PREFIX kgp:" in with_prefixes(b'<body><script>new Yasgui(document.getElementById("yasgui"), {});</script>')
    True
    """
    # JSON is a JavaScript string literal; "</" is escaped so the text cannot end the script.
    value = json.dumps(starter_query()).replace("</", "<\\/").encode()
    page = _YASGUI_CALL.sub(lambda m: m.group() + b" yasqe: { value: " + value + b" },", page, count=1)
    return _BODY.sub(lambda m: m.group() + _note(), page, count=1)


def _note() -> bytes:
    lines = html.escape(prefix_lines())
    return (
        '<details id="kgpart-prefixes" style="font: 14px sans-serif; margin: 6px 10px">'
        f"<summary>{html.escape(PAGE_NOTE)}</summary><pre>{lines}</pre></details>"
    ).encode()
