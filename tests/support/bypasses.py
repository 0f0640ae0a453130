"""SPARQL that calls SERVICE or LOAD in ways a pattern over the text misreads (#17 item 2).

Each query is one Oxigraph runs and fetches for when allowed (``system/test_injection.py`` has
the control), so kgpart must refuse every one of them, through ``kgpart query`` and the server.
"""

from __future__ import annotations

BYPASSES = {
    "escaped # in a prefixed name": "PREFIX t: <urn:t:> SELECT * WHERE {{ BIND(t:a\\# AS ?n) SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "escaped ' in a prefixed name": "PREFIX t: <urn:t:> SELECT * WHERE {{ BIND(t:a\\' AS ?n) SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} # '",
    "a carriage return ends a comment": "SELECT * WHERE {{ ?a ?b ?c # note\r SERVICE <{url}/sparql> {{ ?s ?p ?o }}\n }}",
    "\\u003A in the SERVICE IRI": "SELECT * WHERE {{ SERVICE <http\\u003A//{host}/sparql> {{ ?s ?p ?o }} }}",
    "\\u003A in a PREFIX IRI": "PREFIX t: <http\\u003A//{host}/> SELECT * WHERE {{ SERVICE t:sparql {{ ?s ?p ?o }} }}",
    "lower case, after a comment": "select * where {{ # SERVICE?\n service <{url}/sparql> {{ ?s ?p ?o }} }}",
    "in OPTIONAL": "SELECT * WHERE {{ OPTIONAL {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} }}",
    "in UNION": "SELECT * WHERE {{ {{ BIND(1 AS ?x) }} UNION {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} }}",
    "in FILTER EXISTS": "ASK {{ FILTER EXISTS {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} }}",
    "in a sub-select in MINUS": "SELECT * WHERE {{ BIND(1 AS ?s) MINUS {{ SELECT ?s WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }} }} }}",
}  # fmt: skip


def fill(template: str, url: str) -> str:
    """A case's text for the trap at ``url`` (``{host}`` is its host:port)."""
    return template.format(url=url, host=url.removeprefix("http://"))


# Updates that LOAD (or call SERVICE) from the trap; ``{url}`` and ``{host}`` as above.
UPDATE_BYPASSES = {
    "LOAD": "LOAD <{url}/data.ttl>",
    "LOAD, lower case, SILENT, INTO": "load silent <{url}/data.ttl> into graph <urn:g>",
    "\\u003A in the LOAD IRI": "LOAD <http\\u003A//{host}/data.ttl>",
    "\\u003A in a PREFIX IRI": "PREFIX t: <http\\u003A//{host}/> LOAD t:data.ttl",
    "after an update, past an escaped #": "PREFIX t: <urn:t:> INSERT DATA {{ t:a\\# t:b t:c }} ; LOAD <{url}/data.ttl>",
    "SERVICE in an update's WHERE": "INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
}  # fmt: skip
