"""A graph in a remote SPARQL 1.1 store, used like a local :class:`~kgpart.store.graph.KnowledgeGraph`.

Queries go through the SPARQL 1.1 Protocol (POST, form-encoded), writes through the Graph Store
Protocol (one named graph per source, as in the graph folder). Results come back as pyoxigraph
objects (``QuerySolutions``, ``QueryBoolean`` or a list of ``Triple``), so the callers of
``kg.query`` do not care where the graph lives.

Substitutions: Oxigraph binds ``substitutions`` natively, but the protocol has no such thing, so
:class:`RemoteGraph` writes them into the query as a ``VALUES`` block at the start of the
outermost group pattern. Each term is serialised by pyoxigraph in N-Triples syntax (``<iri>``,
``"text"`` with every quote and backslash escaped), so a value can never change the query's
shape. Like Oxigraph, this binds the variable for the patterns and filters of the outer group;
unlike Oxigraph, a nested group that repeats the variable sees it unbound, so bundled queries
use a parameter in the outer group.

Credentials come from the environment, never from the command line: ``$KGPART_ENDPOINT_TOKEN``
(sent as ``Authorization: Bearer``) or ``$KGPART_ENDPOINT_USER`` and ``$KGPART_ENDPOINT_PASSWORD``
(HTTP Basic).
"""

from __future__ import annotations

import base64
import http.client
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox

from kgpart.errors import EndpointError
from kgpart.query.bind import bind_values
from kgpart.store.source import QueryAnswer, Row, Term, select_rows, to_quad
from kgpart.terms import ONTOLOGY_GRAPH, PREFIXES, TOPICS_GRAPH

if TYPE_CHECKING:
    from kgpart.store.graph import KnowledgeGraph

# Virtuoso answers a CONSTRUCT in a results format and an ASK as a SELECT when the Accept header
# allows it, so each query form asks only for the formats that fit it.
_ACCEPT_RESULTS = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
_ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.8, application/rdf+xml;q=0.5"
_FORM = re.compile(
    r"^(?:\s+|#[^\n]*|PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s*<[^>]*>)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b",
    re.IGNORECASE,
)
_VIRTUOSO_ASK = "__ASK_RETVAL"  # Virtuoso 7.2's ASK answer: a SELECT of this variable, a row when true
_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPHS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
VOCABULARY_GRAPHS = (ONTOLOGY_GRAPH, TOPICS_GRAPH)
KGPART_IRIS = "https://w3id.org/kgpart/"  # the ontology, the topics and every minted IRI
# Whether a graph holds anything of kgpart's; asked of each graph named outside kgpart's IRIs.
_HOLDS_KGPART = f"""ASK {{ GRAPH ?g {{ ?s ?p ?o
    FILTER(STRSTARTS(STR(?s), "{KGPART_IRIS}") || STRSTARTS(STR(?p), "{KGPART_IRIS}")
           || (isIRI(?o) && STRSTARTS(STR(?o), "{KGPART_IRIS}"))) }} }}"""


@dataclass(frozen=True)
class Endpoint:
    """Where to query, update and store: by default ``URL/query``, ``URL/update``, ``URL/store`` (Oxigraph)."""

    query_url: str
    update_url: str
    store_url: str

    @classmethod
    def from_urls(
        cls,
        endpoint: str | None = None,
        *,
        query_url: str | None = None,
        update_url: str | None = None,
        store_url: str | None = None,
    ) -> Endpoint:
        """Fill in the URLs not given from ``endpoint``; raise if neither says where to query."""
        base = (endpoint or "").rstrip("/")
        if not (base or query_url):
            raise EndpointError("give --endpoint URL (or --query-url URL)")
        return cls(
            query_url or f"{base}/query",
            update_url or (f"{base}/update" if base else query_url or ""),
            store_url or (f"{base}/store" if base else ""),
        )


def auth_headers() -> dict[str, str]:
    """The ``Authorization`` header the environment asks for, if any."""
    token = os.environ.get("KGPART_ENDPOINT_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user = os.environ.get("KGPART_ENDPOINT_USER")
    if user:
        secret = f"{user}:{os.environ.get('KGPART_ENDPOINT_PASSWORD', '')}".encode()
        return {"Authorization": "Basic " + base64.b64encode(secret).decode("ascii")}
    return {}


def _origin(url: str) -> str:
    """``scheme://host:port`` of ``url``, the default port filled in, for comparing and showing."""
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or {"http": 80, "https": 443}.get(scheme)
    host = "".join(c if c.isprintable() else "?" for c in parts.hostname or "")  # a server's text
    return f"{scheme}://{host}:{port}"


class _SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only within the endpoint's origin (scheme, host and port).

    urllib copies every header, ``Authorization`` too, into the redirected request, so a redirect
    elsewhere would hand the credentials (and the choice of answer) to another server.
    """

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        here, there = _origin(req.full_url), _origin(newurl)
        if here != there:
            fp.close()
            raise EndpointError(
                f"{req.full_url}: redirected to another origin ({here} -> {there}); "
                "not followed, so credentials stay with the endpoint (give the final URL instead)"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_SameOriginRedirects)


class _Digest(urllib.request.HTTPDigestAuthHandler):
    """urllib's Digest handler, closing the 401 answer it replaces with its own retry."""

    def http_error_401(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
    ) -> object:
        try:
            answer = super().http_error_401(req, fp, code, msg, headers)
        except BaseException:
            fp.close()
            raise
        if answer is not None:
            fp.close()
        return answer


def _opener(url: str) -> urllib.request.OpenerDirector:
    """The opener for ``url``: with a user in the environment, it also answers an HTTP Digest
    challenge (Virtuoso's ``/sparql-auth`` and ``/sparql-graph-crud-auth`` want Digest, not the
    Basic header sent up front), with those credentials for the URL's origin only."""
    user = os.environ.get("KGPART_ENDPOINT_USER")
    if not user or os.environ.get("KGPART_ENDPOINT_TOKEN"):
        return _OPENER
    parts = urllib.parse.urlsplit(url)
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(
        None, f"{parts.scheme}://{parts.netloc}/", user, os.environ.get("KGPART_ENDPOINT_PASSWORD", "")
    )
    return urllib.request.build_opener(_SameOriginRedirects, _Digest(passwords))


def request(
    method: str,
    url: str,
    *,
    data: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 60.0,
) -> tuple[str, bytes]:
    """One HTTP request; returns the content type and body, or raises :class:`EndpointError`."""
    sent = {**auth_headers(), **(headers or {})}
    try:
        try:
            return _send(urllib.request.Request(url, data=data, method=method, headers=sent), timeout)
        except urllib.error.HTTPError as exc:
            challenge = (exc.headers.get("WWW-Authenticate") or "").lower()
            if (
                exc.code != 401
                or not sent.get("Authorization", "").startswith("Basic ")
                or challenge.startswith("basic")
            ):
                raise
            exc.close()
            # Virtuoso refuses a Basic header without saying how to log in; asked again without
            # it, it sends the Digest challenge that _opener answers.
            del sent["Authorization"]
            return _send(urllib.request.Request(url, data=data, method=method, headers=sent), timeout)
    except urllib.error.HTTPError as exc:
        with exc:  # the error holds the response: close its connection
            raise EndpointError(f"{url}: {_http_problem(exc)}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise EndpointError(f"{url}: no answer within {timeout:g} s (server too slow or stuck)") from None
        text = getattr(reason, "strerror", None) or str(reason)
        raise EndpointError(f"{url}: cannot connect ({text})") from None
    except TimeoutError:
        raise EndpointError(f"{url}: no answer within {timeout:g} s (server too slow or stuck)") from None
    except (ValueError, http.client.HTTPException) as exc:
        raise EndpointError(f"{url}: not a usable endpoint URL or answer ({exc})") from None


def _send(req: urllib.request.Request, timeout: float) -> tuple[str, bytes]:
    with _opener(req.full_url).open(req, timeout=timeout) as response:
        return response.headers.get_content_type(), response.read()


def _http_problem(exc: urllib.error.HTTPError) -> str:
    try:
        detail = " ".join(exc.read(2000).decode("utf-8", "replace").split())
    except OSError:
        detail = ""
    detail = detail.split(" SPARQL query:")[0][:200]  # Virtuoso echoes the whole query after its reason
    if "SR186" in detail or "No permission" in detail:  # Virtuoso: the user may not run this
        return f"HTTP {exc.code}: refused: this user may not update the store (the server says: {detail})"
    hints = {
        401: "the server wants credentials ($KGPART_ENDPOINT_USER/PASSWORD or $KGPART_ENDPOINT_TOKEN)",
        403: "refused: the server is read-only, or the credentials may not do this",
        404: "not found: is the URL right? (see --query-url, --update-url, --store-url)",
    }
    if exc.code not in hints:
        return f"HTTP {exc.code} {exc.reason}: {detail or exc.reason}"
    said = f" (the server says: {detail})" if exc.code == 403 and detail else ""
    return f"HTTP {exc.code}: {hints[exc.code]}{said}"


class RemoteGraph:
    """A kgpart graph in a SPARQL 1.1 store: ``query`` like :class:`KnowledgeGraph`, plus writes.

    Nothing is sent until the first query; the URLs follow Oxigraph's layout unless given.

    Examples
    --------
    >>> kg = RemoteGraph("http://localhost:7878")
    >>> kg.endpoint.query_url, kg.endpoint.store_url
    ('http://localhost:7878/query', 'http://localhost:7878/store')

    Against a running server, ``kg.select("SELECT (COUNT(*) AS ?n) { ?m a kgp:Meeting }")``
    then gives the rows as from a local graph (``tests/store/test_source.py`` checks both alike).
    """

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        query_url: str | None = None,
        update_url: str | None = None,
        store_url: str | None = None,
        timeout: float | None = None,
    ) -> None:
        self.endpoint = Endpoint.from_urls(
            endpoint, query_url=query_url, update_url=update_url, store_url=store_url
        )
        self.timeout = (
            timeout if timeout is not None else float(os.environ.get("KGPART_ENDPOINT_TIMEOUT", "60"))
        )
        self.graph_dir: Path | None = None
        self._foreign: frozenset[str] | None = None
        for url in (self.endpoint.query_url, self.endpoint.update_url, self.endpoint.store_url):
            if url and urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                raise EndpointError(f"{url}: not an http(s) URL")

    def query(self, sparql: str, *, substitutions: Mapping[ox.Variable, Term] | None = None) -> QueryAnswer:
        """Run SPARQL with kgpart's prefixes over the union of the store's graphs."""
        text = _prefixes() + bind_values(sparql, substitutions or {})
        form = {"query": text}
        if os.environ.get("KGPART_ENDPOINT_UNION", "param") == "param":
            form["union-default-graph"] = "true"  # Oxigraph's switch; other stores ignore it
        body = urllib.parse.urlencode(form).encode()
        found = _FORM.match(text)
        kind = found.group(1).upper() if found else "SELECT"
        accept = _ACCEPT_GRAPH if kind in ("CONSTRUCT", "DESCRIBE") else _ACCEPT_RESULTS
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
        ctype, data = request(
            "POST", self.endpoint.query_url, data=body, headers=headers, timeout=self.timeout
        )
        answer = _parse_answer(self.endpoint.query_url, ctype, data)
        return _as_boolean(answer, data, ctype) if kind == "ASK" else answer

    def select(self, sparql: str, **bindings: Term) -> list[Row]:
        """The rows of a SELECT query (variable name -> term), with ``bindings`` bound by name."""
        return select_rows(self, sparql, bindings)

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (with kgpart's prefixes) through the update URL."""
        body = urllib.parse.urlencode({"update": _prefixes() + sparql}).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        request("POST", self.endpoint.update_url, data=body, headers=headers, timeout=self.timeout)

    def put_graph(self, graph: str, triples: Iterable[ox.Triple | ox.Quad]) -> None:
        """Replace one named graph with ``triples`` (Graph Store Protocol PUT, N-Triples)."""
        plain = (ox.Triple(t.subject, t.predicate, t.object) for t in triples)
        data = ox.serialize(plain, format=ox.RdfFormat.N_TRIPLES) or b""
        headers = {"Content-Type": "application/n-triples"}
        request("PUT", self._graph_url(graph), data=data, headers=headers, timeout=self.timeout)

    def delete_graph(self, graph: str) -> None:
        """Drop one named graph (Graph Store Protocol DELETE)."""
        request("DELETE", self._graph_url(graph), timeout=self.timeout)

    def _graph_url(self, graph: str) -> str:
        if not self.endpoint.store_url:
            raise EndpointError("this endpoint has no Graph Store URL: give --store-url")
        sep = "&" if "?" in self.endpoint.store_url else "?"
        return f"{self.endpoint.store_url}{sep}{urllib.parse.urlencode({'graph': graph})}"

    def check_writable(self, graph: str) -> None:
        """Make sure the update URL and the Graph Store URL accept writes, changing nothing.

        Sends an empty update and an empty Graph Store POST (which adds nothing) to ``graph``, a
        graph about to be written anyway: a wrong URL, a read-only server or credentials without
        write rights fail here, before the first real write.
        """
        if not self.endpoint.update_url:
            raise EndpointError("this endpoint has no update URL: give --update-url")
        self._graph_url(graph)  # says so when there is no Graph Store URL
        self.update("INSERT DATA { }")
        headers = {"Content-Type": "application/n-triples"}
        request("POST", self._graph_url(graph), data=b"", headers=headers, timeout=self.timeout)

    def derive(self) -> None:
        """Recompute the network edges in the store with kgpart's rules (needs the update URL).

        One update request: drop every derived edge, then run the rules, so edges that came from
        a replaced or retracted source go, and readers never see the store without edges (a
        SPARQL store runs one request in one transaction). Deriving twice changes nothing.
        """
        from kgpart.store.derive import derivation_rules
        from kgpart.store.index.state import derived_predicates

        drops = [f"DELETE WHERE {{ GRAPH ?g {{ ?s <{p}> ?o }} }}" for p in derived_predicates()]
        self.update("\n;\n".join([*drops, *(t.strip() for t in derivation_rules().values())]))

    def foreign_graphs(self) -> frozenset[str]:
        """The store's graphs that are not kgpart's: named outside its IRIs and holding none of them.

        Virtuoso always holds a few of its own (``virtrdf#`` and others), a shared store may hold
        other datasets: kgpart neither counts, exports nor validates them. Asked once, one ASK per
        such graph (one query with NOT EXISTS ran past a minute on Virtuoso).
        """
        if self._foreign is None:
            graphs = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
            named_elsewhere = {r["g"].value for r in graphs if not r["g"].value.startswith(KGPART_IRIS)}
            self._foreign = frozenset(
                g
                for g in named_elsewhere
                if not self.query(_HOLDS_KGPART, substitutions={ox.Variable("g"): ox.NamedNode(g)})
            )
        return self._foreign

    def fact_graphs(self) -> list[str]:
        """IRIs of the named graphs that hold facts (everything but the vocabulary and foreign graphs)."""
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        skip = {*VOCABULARY_GRAPHS, *self.foreign_graphs()}
        return sorted(r["g"].value for r in rows if r["g"].value not in skip)

    def quads(self, *, include_vocabulary: bool = False) -> Iterator[ox.Quad]:
        """Every quad of the facts (and of the vocabulary when asked)."""
        skip = self.foreign_graphs() | (frozenset() if include_vocabulary else frozenset(VOCABULARY_GRAPHS))
        for r in self.select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            if r["g"].value not in skip:
                yield to_quad(r["s"], r["p"], r["o"], r["g"])

    def __len__(self) -> int:
        rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return sum(int(r["n"].value) for r in rows if r["g"].value not in self.foreign_graphs())


def _prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def _as_boolean(answer: QueryAnswer, data: bytes, ctype: str) -> QueryAnswer:
    """Virtuoso's answer to ASK (a solution of ``__ASK_RETVAL`` when true, none when false) as a boolean."""
    if not isinstance(answer, ox.QuerySolutions) or [v.value for v in answer.variables] != [_VIRTUOSO_ASK]:
        return answer
    rows = ox.parse_query_results(data, format=_RESULTS[ctype])
    true = isinstance(rows, ox.QuerySolutions) and any(True for _ in rows)
    return ox.parse_query_results(
        b'{"head": {}, "boolean": %s}' % (b"true" if true else b"false"), format=ox.QueryResultsFormat.JSON
    )


def _parse_answer(url: str, ctype: str, data: bytes) -> QueryAnswer:
    try:
        if ctype in _RESULTS:
            answer = ox.parse_query_results(data, format=_RESULTS[ctype])
            if isinstance(answer, ox.QuerySolutions):
                list(answer)  # parsing is lazy: read it all once so a cut-short answer fails here
                answer = ox.parse_query_results(data, format=_RESULTS[ctype])
            return answer
        if ctype in _GRAPHS:
            return [
                ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=_GRAPHS[ctype])
            ]
    except (SyntaxError, ValueError) as exc:
        if b"cancelled" in data[-300:]:  # Oxigraph cuts a streamed answer short at its time limit
            raise EndpointError(f"{url}: the server stopped the query (its time limit?)") from None
        raise EndpointError(f"{url}: unreadable answer ({str(exc).splitlines()[0]})") from None
    raise EndpointError(f"{url}: unexpected answer of type {ctype!r} (is this a SPARQL endpoint?)")


@dataclass(frozen=True)
class PushSummary:
    """What :func:`push` uploaded."""

    graphs: int
    triples: int


def push(kg: KnowledgeGraph, remote: RemoteGraph) -> PushSummary:
    """Upload every named graph of ``kg`` (facts, derived edges and vocabulary), one PUT per graph.

    A PUT replaces the graph, so pushing twice leaves the same store; graphs that exist only in
    the remote store are left alone.
    """
    graphs, triples = 0, 0
    for name in sorted(kg.store.named_graphs(), key=lambda g: g.value):
        quads = list(kg.store.quads_for_pattern(None, None, None, name))
        remote.put_graph(name.value, quads)
        graphs, triples = graphs + 1, triples + len(quads)
    return PushSummary(graphs, triples)
