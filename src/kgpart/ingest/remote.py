"""``ingest``, ``add`` and ``retract`` against a remote SPARQL 1.1 store, as they work on a folder.

The store is never edited triple by triple. Each command works in three steps:

1. **Read.** One SELECT (one read transaction on the server) fetches what the local
   :class:`~kgpart.ingest.folder.Ingestor` reads from a graph folder: the reference and entities graphs in
   full, and from every other graph its header (with the content hash that tells an unchanged
   article) and what entity resolution reads (named entities' types, labels, aliases, countries,
   units and posts). That goes into a scratch graph folder.
2. **Ingest locally.** The ordinary ``ingest_articles``/``add_record_file`` runs on the scratch folder:
   extraction, resolution against what the store holds, the shapes, one source graph per article.
   Every source is checked before anything is written to the store, and a bad article is reported
   and skipped exactly as locally.
3. **Write.** Only when something changed: check the store did not change since step 1 (content
   hashes and the size of the entities graph), derive the network edges of the graphs to write
   (see "Network edges" below), check that the update and Graph Store URLs accept writes (an
   empty update, an empty Graph Store POST), then PUT the vocabulary graphs, the entities graph,
   and each new or changed source graph, each whole with its edges (one Graph Store PUT each,
   which replaces the graph), and put right the meets edges of other graphs that the write
   changed (one update, usually none).

So a foreseeable failure (unreachable store, wrong URL, 401/403, timeout, read-only server, a
record the shapes refuse) stops the command before its first write. A failure between writes
(the connection drops) leaves whole graphs, never half a graph, in the order the local ingest
writes its files (entities before facts), and rerunning the same command finishes the job: the
sources already written are recognised as unchanged, and a mark in the store (the graph
``.../graph/derivation-pending``, written before the first write and dropped after the last)
makes the next writing command re-derive every edge in the store even when it has nothing new
to write.

``retract`` deletes one source's named graph (Graph Store DELETE), with the edges derived from
it, and puts right the meets edges elsewhere that came from posts it described; it never touches
the entities graph, as locally.

Network edges: the local graph derives them on load; a store keeps them, as ``push`` uploads
them, in the graph of the detail they come from. Each rule reads only that graph, except
``meets.ru``, which also reads who holds which post from any graph. So the edges of a graph
written whole are derived here from its content and the store's posts; and the only edges
elsewhere a write can change are the meets edges of meetings whose participants' posts changed,
which are derived here from those meetings and fixed with DELETE DATA/INSERT DATA. When the
rules read across graphs in any other way, every write has the store re-derive all edges
(:meth:`RemoteGraph.derive`: seconds at 100k triples, growing with the store), which is always
right.

Not done: a lock. Two writers at once against one store are detected only when the second one's
store changed under it between steps 1 and 3, which it then refuses.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgpart.errors import EndpointError, KgpartError
from kgpart.ingest import folder as local
from kgpart.store.derive import STORE_WIDE_RULES, derivation_rules, derive_network, store_wide_update
from kgpart.store.index.state import derived_predicates
from kgpart.store.remote import RemoteGraph
from kgpart.store.source import to_quad
from kgpart.terms import ENTITIES_GRAPH, ID_BASE, ONTOLOGY_GRAPH, REFERENCE_GRAPH, TOPICS_GRAPH, kgp_iri
from kgpart.vocab import NAMED_ENTITY_CLASSES

GRAPH_BASE = ID_BASE + "graph/"
SEED_FILE = "remote.nq"  # in the scratch folder: what the store holds, as far as ingest reads it
CONTENT_HASH = kgp_iri("contentHash")
# Present while a write has not yet re-derived the network edges (see _mark_pending).
PENDING_GRAPH = GRAPH_BASE + "derivation-pending"
_NOT_SOURCES = (REFERENCE_GRAPH, ENTITIES_GRAPH, ONTOLOGY_GRAPH, TOPICS_GRAPH, PENDING_GRAPH)
# What entity resolution reads (resolve.py's queries) and what tells an unchanged article.
_PREDICATES = (
    "rdfs:label",
    "skos:altLabel",
    "kgp:country",
    "kgp:isoCode",
    "kgp:unitOf",
    "kgp:holds",
    "kgp:postIn",
    "kgp:contentHash",
    "kgp:extractedBy",  # a reviewed or curated source is pinned (see folder.StoredSource)
    "kgp:reviewed",
    "kgp:textFingerprint",  # the same text under another URL
    "kgp:source",
    "schema:url",  # finds a source stored under an older kgpart's slug (see Ingestor.slug)
)
_CROSS_PREDICATES = (kgp_iri("holds"), kgp_iri("postIn"), kgp_iri("unitOf"))  # see cross_graph_predicates
_CLASSES = (*NAMED_ENTITY_CLASSES, "Organization", "FactGraph")
_NOT_IN = ", ".join(f"<{g}>" for g in _NOT_SOURCES)
_SEED = f"""
SELECT ?g ?s ?p ?o WHERE {{
  {{ VALUES ?g {{ <{REFERENCE_GRAPH}> <{ENTITIES_GRAPH}> }} GRAPH ?g {{ ?s ?p ?o }} }}
  UNION
  {{ VALUES ?p {{ {" ".join(_PREDICATES)} }} GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({_NOT_IN})) }}
  UNION
  {{ VALUES ?o {{ {" ".join("kgp:" + c for c in _CLASSES)} }} GRAPH ?g {{ ?s a ?o }}
     BIND(rdf:type AS ?p) FILTER(?g NOT IN ({_NOT_IN})) }}
}}"""
_HASHES = "SELECT ?g ?hash WHERE { GRAPH ?g { ?g kgp:contentHash ?hash } }"
_ENTITY_COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?s ?p ?o }} }}"
_SOURCES = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a kgp:FactGraph } }"
_CROSS = f"""SELECT ?g ?s ?p ?o WHERE {{ VALUES ?p {{ {" ".join(f"<{p}>" for p in _CROSS_PREDICATES)} }}
    GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN (<{ONTOLOGY_GRAPH}>, <{TOPICS_GRAPH}>, <{PENDING_GRAPH}>)) }}"""
_PENDING = f"ASK {{ GRAPH <{PENDING_GRAPH}> {{ ?s ?p ?o }} }}"
_PENDING_NOTE = '"kgpart started writing here and has not finished: the network edges may be stale"'


@dataclass
class RemoteWrite:
    """What went to the store: the graphs replaced, in order (``rederived``: the whole store's edges)."""

    store_url: str
    graphs: list[str] = field(default_factory=list)
    triples: int = 0
    rederived: bool = False

    def text(self) -> str:
        """One line for stderr."""
        if not self.graphs:
            if self.rederived:
                return (
                    f"nothing new to write to {self.store_url}; "
                    "re-derived the network edges an earlier write left stale"
                )
            return f"nothing to write to {self.store_url}"
        how = "the store re-derived every network edge" if self.rederived else "network edges included"
        return f"wrote {len(self.graphs)} graph(s), {self.triples} triples to {self.store_url}; {how}"


@dataclass
class RemoteIngestReport:
    """The local ingest report, told in terms of the store's graphs, and what was written."""

    report: local.IngestReport
    written: RemoteWrite

    @property
    def failed(self) -> list[local.ArticleResult]:
        return self.report.failed

    def text(self) -> str:
        """The summary of a local ingest, with graph IRIs instead of file names."""
        text = self.report.text()
        for r in self.report.results:
            if r.slug:
                text = text.replace(f"-> {local.SOURCES_DIR}/{r.slug}.trig ", f"-> <{GRAPH_BASE}{r.slug}> ")
        return text


def ingest_remote(
    paths: Iterable[str | Path],
    remote: RemoteGraph,
    *,
    url: str | None = None,
    published: str | None = None,
    publisher: str | None = None,
    dry_run: bool = False,
    max_bytes: int = local.DEFAULT_MAX_BYTES,
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
    lang: str = "auto",
    follow_links: bool = False,
    force: bool = False,
    jobs: int = 1,
) -> RemoteIngestReport:
    """:func:`kgpart.ingest.folder.ingest_articles` into the store: same statuses, same checks, same
    graphs; ``jobs`` processes extract the articles, as into a folder."""
    files, problems = local.find_articles(paths, follow_links=follow_links)
    if not files and not problems:  # before touching the store, as locally
        raise KgpartError("no article files found (give files, folders or glob patterns)")
    local.check_url_option(files, url)
    if not files:  # only links skipped and folders that cannot be read: nothing to ask the store
        return RemoteIngestReport(
            local.IngestReport(problems, dry_run=dry_run), RemoteWrite(remote.endpoint.store_url)
        )
    with _scratch(remote) as seed:
        report = local.ingest_articles(
            files,
            seed.folder,
            url=url,
            published=published,
            publisher=publisher,
            dry_run=dry_run,
            max_bytes=max_bytes,
            progress=progress,
            lang=lang,
            force=force,
            jobs=jobs,
        )
        report.results[:0] = problems
        written = RemoteWrite(remote.endpoint.store_url) if dry_run else _publish(remote, seed)
    return RemoteIngestReport(report, written)


def add_record_remote(path: Path, remote: RemoteGraph, *, dry_run: bool = False) -> RemoteIngestReport:
    """:func:`kgpart.ingest.folder.add_record_file` into the store; a record the shapes refuse writes nothing."""
    if not path.is_file():
        raise KgpartError(f"{path}: no such record file")
    with _scratch(remote) as seed:
        report = local.add_record_file(path, seed.folder, dry_run=dry_run)
        written = RemoteWrite(remote.endpoint.store_url) if dry_run else _publish(remote, seed)
    return RemoteIngestReport(report, written)


def retract_remote(source: str, remote: RemoteGraph) -> str:
    """Delete one source's named graph (its edges with it) from the store; returns the graph's IRI.

    Meets edges in other graphs that came from posts the source described are put right.

    ``source`` is matched exactly as :func:`kgpart.ingest.folder.retract` matches it (slug, URL, graph IRI
    or file name), and an unknown one is refused with the closest names.
    """
    graphs = {}
    for row in remote.select(_SOURCES):
        iri = row["g"].value
        slug = iri.removeprefix(GRAPH_BASE)
        if iri.startswith(GRAPH_BASE) and iri not in _NOT_SOURCES and slug and "/" not in slug:
            graphs[slug] = iri
    # Hidden names are left out as the local retract's glob leaves out hidden files.
    iri = graphs[local.find_source(source, (slug for slug in graphs if not slug.startswith(".")))]
    cross = [to_quad(r["s"], r["p"], r["o"], r["g"]) for r in remote.select(_CROSS)]
    edges = _edges(remote, cross, {}, {iri})
    remote.check_writable(iri)
    _mark_pending(remote)
    remote.delete_graph(iri)
    _finish(remote, edges, "the graph was deleted, but ")
    return iri


@dataclass(frozen=True)
class _State:
    """What the store held when it was read: changed by someone else, we refuse to write."""

    hashes: frozenset[tuple[str, str]]
    entity_triples: int


@dataclass
class _Seed:
    """The scratch folder, the store's state when read, and its quads the rules read across graphs."""

    folder: Path
    state: _State
    cross: list[ox.Quad]


@contextmanager
def _scratch(remote: RemoteGraph) -> Iterator[_Seed]:
    """A scratch graph folder holding what the local ingest reads from the store."""
    quads, hashes, entity_triples = [], set(), 0
    for r in remote.select(_SEED):
        quads.append(to_quad(r["s"], r["p"], r["o"], r["g"]))
        graph = r["g"].value
        entity_triples += graph == ENTITIES_GRAPH
        if r["p"].value == CONTENT_HASH and r["s"] == r["g"] and graph not in _NOT_SOURCES:
            hashes.add((graph, r["o"].value))
    cross = [q for q in quads if q.predicate.value in _CROSS_PREDICATES]
    with tempfile.TemporaryDirectory(prefix="kgpart-remote-") as tmp:
        folder = Path(tmp)
        (folder / SEED_FILE).write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
        yield _Seed(folder, _State(frozenset(hashes), entity_triples), cross)


def _read_state(remote: RemoteGraph) -> _State:
    rows = remote.select(_HASHES)
    hashes = frozenset((r["g"].value, r["hash"].value) for r in rows if r["g"].value not in _NOT_SOURCES)
    counted = [row.get("n") for row in remote.select(_ENTITY_COUNT)]
    if len(counted) != 1 or not isinstance(counted[0], ox.Literal):
        raise EndpointError(
            f"{remote.endpoint.query_url}: no answer to a COUNT query (is this a SPARQL store?)"
        )
    return _State(hashes, int(counted[0].value))


def _publish(remote: RemoteGraph, seed: _Seed) -> RemoteWrite:
    """PUT what the local ingest wrote into the scratch folder, each graph with its network edges."""
    from kgpart.store.graph import load_vocabulary, parse_file

    written = RemoteWrite(remote.endpoint.store_url)
    graphs: list[tuple[str, list[ox.Quad]]] = []
    entities = seed.folder / local.ENTITIES_FILE
    if entities.is_file():
        graphs.append((ENTITIES_GRAPH, parse_file(entities)))
    for path in sorted((seed.folder / local.SOURCES_DIR).glob("*.trig")):
        graphs += _by_graph(parse_file(path))
    if not graphs:
        if remote.query(_PENDING):  # an earlier write stopped before its edges were right: finish it
            remote.check_writable(PENDING_GRAPH)
            _finish(remote, None, "")
            written.rederived = True
        return written
    if _read_state(remote) != seed.state:
        raise EndpointError(
            f"{remote.endpoint.query_url}: the store changed while kgpart was ingesting "
            "(another writer?): nothing written; run the command again"
        )
    edges = _edges(remote, seed.cross, dict(graphs), set())
    if edges is not None:
        graphs = [(g, quads + edges.inside.get(g, [])) for g, quads in graphs]
    vocabulary = ox.Store()
    load_vocabulary(vocabulary)  # the classes and topics queries need, as a graph folder has them
    graphs[:0] = _by_graph(list(vocabulary))
    remote.check_writable(graphs[0][0])
    _mark_pending(remote)
    for graph, quads in graphs:
        try:
            remote.put_graph(graph, quads)
        except EndpointError as exc:
            if not written.graphs:
                raise
            raise EndpointError(
                f"{exc} (after {len(written.graphs)} of {len(graphs)} graphs were written; "
                "run the same command again to finish)"
            ) from None
        written.graphs.append(graph)
        written.triples += len(quads)
    _finish(remote, edges, f"the {len(written.graphs)} graph(s) were written, but ")
    written.rederived = edges is None
    return written


def _mark_pending(remote: RemoteGraph) -> None:
    """Say in the store that its edges are stale until :func:`_derive` succeeds: if a write stops
    half way, the next writing command (even one with nothing new) re-derives them."""
    remote.update(
        f"INSERT DATA {{ GRAPH <{PENDING_GRAPH}> {{ <{PENDING_GRAPH}> rdfs:comment {_PENDING_NOTE} }} }}"
    )


def _finish(remote: RemoteGraph, edges: _Edges | None, written: str) -> None:
    """Put right the edges that other graphs derive from what changed (or, without ``edges``,
    re-derive every edge in the store), then drop the mark of :func:`_mark_pending`."""
    try:
        if edges is None:
            _rederive_everything(remote)
        elif edges.fix:
            remote.update(edges.fix)
        remote.update(f"DROP SILENT GRAPH <{PENDING_GRAPH}>")
    except EndpointError as exc:
        raise EndpointError(
            f"{exc} ({written}the network edges were not re-derived: the next kgpart ingest, add "
            "or retract with this endpoint does it, even re-ingesting an unchanged article)"
        ) from None


def _rederive_everything(remote: RemoteGraph) -> None:
    """Make every network edge in the store right: derived here from the store's detail and put
    right with one DELETE DATA/INSERT DATA update, so any SPARQL store will do (Virtuoso 7.2 fails
    on the rules run as updates in the store); the store runs the rules only when the difference
    would name a blank node, which DELETE DATA cannot."""
    derived = set(derived_predicates())
    quads = list(remote.quads(include_vocabulary=True))
    store = ox.Store()
    store.extend(q for q in quads if q.predicate.value not in derived)
    derive_network(store)
    before = {q for q in quads if q.predicate.value in derived}
    now = {q for q in store if q.predicate.value in derived}
    if any(not isinstance(t, ox.NamedNode) for q in before ^ now for t in (q.subject, q.object)):
        remote.derive()
    elif before != now:
        remote.update(_fix(before - now, now - before))


def _by_graph(quads: list[ox.Quad]) -> list[tuple[str, list[ox.Quad]]]:
    grouped: dict[str, list[ox.Quad]] = {}
    for q in quads:
        name = q.graph_name
        if not isinstance(name, ox.NamedNode):
            raise KgpartError(f"a graph file holds triples outside any named graph: {q}")
        grouped.setdefault(name.value, []).append(q)
    return sorted(grouped.items())


# --- Network edges (see the module's docstring) ----------------------------------------------------

_MEETS = kgp_iri("meets")
_PARTICIPANTS = ("kgp:participant", "kgp:participantOrganization")


@cache
def cross_graph_predicates() -> frozenset[str] | None:
    """What the rules read from graphs other than the one their edge goes into (full IRIs).

    None when a rule reads across graphs in a way this module does not know how to follow (any
    rule but meets, or anything but a plain ``GRAPH ?gN { ?x kgp:p ?y }``): then every write
    re-derives the whole store, which is always right.
    """
    found: set[str] = set()
    for name, text in derivation_rules().items():
        if name in STORE_WIDE_RULES:
            continue  # re-run whole by the store after each write (see _edges)
        body = re.sub(r"#[^\n]*", "", text)
        others = [g for g in re.findall(r"GRAPH\s+\?(\w+)", body) if g != "g"]
        if not others:
            continue
        plain = re.findall(r"GRAPH\s+\?(\w+)\s*\{\s*\?\w+\s+kgp:(\w+)\s+\?\w+\s*\}", body)
        read = [p for g, p in plain if g != "g"]
        if name != "meets" or len(read) != len(others):
            return None
        found.update(read)
    iris = frozenset(kgp_iri(p) for p in found)
    return iris if iris <= set(_CROSS_PREDICATES) else None


@dataclass
class _Edges:
    """The edges of the graphs about to be written, and an update for meets edges elsewhere."""

    inside: dict[str, list[ox.Quad]]
    fix: str


def _edges(
    remote: RemoteGraph, cross: list[ox.Quad], replaced: dict[str, list[ox.Quad]], deleted: set[str]
) -> _Edges | None:
    """Derive, here, the edges of ``replaced`` graphs, and the fix for meets edges in other graphs.

    ``cross`` holds the store's quads that the rules read across graphs, before the write;
    ``replaced`` the new content of the graphs about to be PUT, ``deleted`` the graphs about to
    go. None means: let the store re-derive everything (see :func:`cross_graph_predicates`).
    Three steps: the nodes the write changes, the edges derived here from what the rules read
    about them, and the difference from the meets edges the store holds.
    """
    predicates = cross_graph_predicates()
    if predicates is None:
        return None
    touched = set(replaced) | deleted
    after = [q for q in cross if q.graph_name.value not in touched]  # type: ignore[union-attr]
    after += [q for quads in replaced.values() for q in quads if q.predicate.value in predicates]
    nodes = _changed_nodes(cross, after)
    if any(not isinstance(n, ox.NamedNode) for n in nodes):
        return None  # blank nodes cannot be named in a query: re-derive everything
    others = _meeting_graphs(remote, nodes) - touched
    store = _derive_here(remote, after, replaced, others)
    fix = _meets_fix(remote, store, others)
    if fix is None:
        return None  # DELETE DATA cannot name a blank node: re-derive everything
    # Links between sources' facts (kgp:sameFactAs) read every graph: the store re-runs them whole.
    return _Edges(_derived_in(store, replaced), "\n;\n".join(x for x in (fix, store_wide_update()) if x))


def _changed_nodes(before: list[ox.Quad], after: list[ox.Quad]) -> set[Any]:
    """The nodes whose cross-graph facts (posts held, posts' institutions, units' institutions)
    the write changes, and everything that reaches them through those facts (the posts in a
    unit, the holders of those posts)."""
    old, new = _triples(before), _triples(after)
    nodes = {t for s, _, o in old ^ new for t in (s, o)}
    while more := {s for s, _, o in old | new if o in nodes} - nodes:
        nodes |= more
    return nodes


def _derive_here(
    remote: RemoteGraph, after: list[ox.Quad], replaced: dict[str, list[ox.Quad]], others: set[str]
) -> ox.Store:
    """A scratch store holding what the rules read for the written graphs and for the meetings in
    ``others``, with its network edges derived."""
    store = ox.Store()
    store.extend(after)
    for quads in replaced.values():
        store.extend(quads)
    if others:
        store.extend(_meeting_detail(remote, others))
    derive_network(store)
    return store


def _derived_in(store: ox.Store, graphs: Iterable[str]) -> dict[str, list[ox.Quad]]:
    """The network edges ``store`` holds in each of ``graphs``."""
    derived = set(derived_predicates())
    return {
        g: [
            q
            for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g))
            if q.predicate.value in derived
        ]
        for g in graphs
    }


def _meets_fix(remote: RemoteGraph, store: ox.Store, others: set[str]) -> str | None:
    """The update that turns the meets edges the store holds in ``others`` into those derived in
    ``store`` (None when that would name a blank node)."""
    before = set(_meets_edges(remote, others)) if others else set()
    now = {
        q for g in others for q in store.quads_for_pattern(None, ox.NamedNode(_MEETS), None, ox.NamedNode(g))
    }
    if any(not isinstance(t, ox.NamedNode) for q in before ^ now for t in (q.subject, q.object)):
        return None
    return _fix(before - now, now - before)


def _triples(quads: Iterable[ox.Quad]) -> set[tuple[Any, Any, Any]]:
    return {(q.subject, q.predicate, q.object) for q in quads}


def _meeting_graphs(remote: RemoteGraph, nodes: set[Any]) -> set[str]:
    """The graphs of the meetings any of ``nodes`` takes part in."""
    if not nodes:
        return set()
    found = f"""SELECT DISTINCT ?g WHERE {{ VALUES ?x {{ {" ".join(str(n) for n in sorted(nodes, key=str))} }}
        GRAPH ?g {{ ?m {"|".join(_PARTICIPANTS)} ?x ; a kgp:Meeting }} }}"""
    return {r["g"].value for r in remote.select(found)}


def _meeting_detail(remote: RemoteGraph, graphs: set[str]) -> list[ox.Quad]:
    """What meets.ru reads from these graphs: their meetings and who took part."""
    detail = f"""SELECT ?g ?m ?p ?x WHERE {{ VALUES ?g {{ {_iris(graphs)} }}
        GRAPH ?g {{ ?m a kgp:Meeting ; ?p ?x }} VALUES ?p {{ rdf:type {" ".join(_PARTICIPANTS)} }} }}"""
    return [to_quad(r["m"], r["p"], r["x"], r["g"]) for r in remote.select(detail)]


def _meets_edges(remote: RemoteGraph, graphs: set[str]) -> list[ox.Quad]:
    edges = f"SELECT ?g ?a ?b WHERE {{ VALUES ?g {{ {_iris(graphs)} }} GRAPH ?g {{ ?a kgp:meets ?b }} }}"
    return [to_quad(r["a"], ox.NamedNode(_MEETS), r["b"], r["g"]) for r in remote.select(edges)]


def _fix(gone: set[ox.Quad], new: set[ox.Quad]) -> str:
    """One update: DELETE DATA the edges that went, INSERT DATA the new ones (terms in N-Triples)."""

    def data(quads: set[ox.Quad]) -> str:
        return " ".join(
            f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in sorted(quads, key=str)
        )

    parts = [f"DELETE DATA {{ {data(gone)} }}"] if gone else []
    parts += [f"INSERT DATA {{ {data(new)} }}"] if new else []
    return " ;\n".join(parts)


def _iris(graphs: Iterable[str]) -> str:
    return " ".join(f"<{g}>" for g in sorted(graphs))
