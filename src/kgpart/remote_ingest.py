"""``ingest``, ``add`` and ``retract`` against a remote SPARQL 1.1 store, as they work on a folder.

The store is never edited triple by triple. Each command works in three steps:

1. **Read.** One SELECT (one read transaction on the server) fetches what the local
   :class:`~kgpart.ingest.Ingestor` reads from a graph folder: the reference and entities graphs in
   full, and from every other graph its header (with the content hash that tells an unchanged
   article) and what entity resolution reads (named entities' types, labels, aliases, countries,
   units and posts). That goes into a scratch graph folder.
2. **Ingest locally.** The ordinary ``ingest``/``add_record_file`` runs on the scratch folder:
   extraction, resolution against what the store holds, the shapes, one source graph per article.
   Every source is checked before anything is written to the store, and a bad article is reported
   and skipped exactly as locally.
3. **Write.** Only when something changed: check the store did not change since step 1 (content
   hashes and the size of the entities graph), check that the update and Graph Store URLs accept
   writes (an empty update, an empty Graph Store POST), then PUT the vocabulary graphs, the
   entities graph, and each new or changed source graph (one Graph Store PUT each, which replaces
   the graph), and re-derive the network edges in one update (:meth:`RemoteGraph.derive`).

So a foreseeable failure (unreachable store, wrong URL, 401/403, timeout, read-only server, a
record the shapes refuse) stops the command before its first write. A failure between writes
(the connection drops) leaves whole graphs, never half a graph, in the order the local ingest
writes its files (entities before facts), and rerunning the same command finishes the job: the
sources already written are recognised as unchanged, and a mark in the store (the graph
``.../graph/derivation-pending``, written before the first PUT and dropped once the edges are
re-derived) makes the next writing command re-derive even when it has nothing new to write.

``retract`` deletes one source's named graph (Graph Store DELETE) and re-derives; it never touches
the entities graph, as locally.

Not done: a lock. Two writers at once against one store are detected only when the second one's
store changed under it between steps 1 and 3, which it then refuses.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import ingest as local
from .errors import KgpartError
from .namespaces import ENTITIES_GRAPH, ID_BASE, ONTOLOGY_GRAPH, PREFIXES, REFERENCE_GRAPH, TOPICS_GRAPH
from .remote import EndpointError, RemoteGraph
from .vocab import NAMED_ENTITY_CLASSES

GRAPH_BASE = ID_BASE + "graph/"
SEED_FILE = "remote.nq"  # in the scratch folder: what the store holds, as far as ingest reads it
CONTENT_HASH = PREFIXES["kgp"] + "contentHash"
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
)
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
_PENDING = f"ASK {{ GRAPH <{PENDING_GRAPH}> {{ ?s ?p ?o }} }}"
_PENDING_NOTE = '"kgpart wrote here and has not re-derived the network edges since"'


@dataclass
class RemoteWrite:
    """What went to the store: the graphs replaced (in order) and whether edges were re-derived."""

    store_url: str
    graphs: list[str] = field(default_factory=list)
    triples: int = 0
    rederived: bool = False

    def text(self) -> str:
        """One line for stderr."""
        if not self.graphs:
            if self.rederived:
                return f"nothing new to write to {self.store_url}; re-derived the network edges an earlier write left stale"
            return f"nothing to write to {self.store_url}"
        return (
            f"wrote {len(self.graphs)} graph(s), {self.triples} triples to {self.store_url}; "
            "network edges re-derived"
        )


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


def connect(
    endpoint: str | None = None,
    *,
    query_url: str | None = None,
    update_url: str | None = None,
    store_url: str | None = None,
) -> RemoteGraph | None:
    """The store a writing command writes, or None for the graph folder (no URL given).

    Every URL must be known before anything is read: the query URL to read, the Graph Store URL
    to write graphs, the update URL to re-derive the network edges.
    """
    if not (endpoint or query_url or update_url or store_url):
        return None
    remote = RemoteGraph(endpoint, query_url=query_url, update_url=update_url, store_url=store_url)
    if not remote.endpoint.store_url:
        raise EndpointError(f"{remote.endpoint.query_url}: no Graph Store URL to write to: give --store-url")
    if not remote.endpoint.update_url:
        raise EndpointError(f"{remote.endpoint.query_url}: no update URL to write to: give --update-url")
    return remote


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
) -> RemoteIngestReport:
    """:func:`kgpart.ingest.ingest` into the store: same statuses, same checks, same graphs."""
    files = local.expand_paths(paths)
    if not files:  # before touching the store, as locally
        raise KgpartError("no article files found (give files, folders or glob patterns)")
    with _scratch(remote) as (folder, state):
        report = local.ingest(
            files,
            folder,
            url=url,
            published=published,
            publisher=publisher,
            dry_run=dry_run,
            max_bytes=max_bytes,
            progress=progress,
        )
        written = RemoteWrite(remote.endpoint.store_url) if dry_run else _publish(remote, folder, state)
    return RemoteIngestReport(report, written)


def add_record_remote(path: Path, remote: RemoteGraph, *, dry_run: bool = False) -> RemoteIngestReport:
    """:func:`kgpart.ingest.add_record_file` into the store; a record the shapes refuse writes nothing."""
    if not path.is_file():
        raise KgpartError(f"{path}: no such record file")
    with _scratch(remote) as (folder, state):
        report = local.add_record_file(path, folder, dry_run=dry_run)
        written = RemoteWrite(remote.endpoint.store_url) if dry_run else _publish(remote, folder, state)
    return RemoteIngestReport(report, written)


def retract_remote(source: str, remote: RemoteGraph) -> str:
    """Delete one source's named graph from the store and re-derive; returns the graph's IRI.

    ``source`` is matched exactly as :func:`kgpart.ingest.retract` matches it (slug, URL, graph IRI
    or file name), and an unknown one is refused with the closest names.
    """
    graphs = {}
    for row in remote.query(_SOURCES):
        iri = row["g"].value
        slug = iri.removeprefix(GRAPH_BASE)
        if iri.startswith(GRAPH_BASE) and iri not in _NOT_SOURCES and slug and "/" not in slug:
            graphs[slug] = iri
    with tempfile.TemporaryDirectory(prefix="kgpart-remote-") as tmp:
        folder = Path(tmp) / local.SOURCES_DIR
        folder.mkdir()
        for slug in graphs:
            if not slug.startswith("."):
                (folder / f"{slug}.trig").touch()
        # The local retract picks the source (and words the refusal) from these empty stand-ins.
        iri = graphs[local.retract(source, Path(tmp)).stem]
    remote.check_writable(iri)
    _mark_pending(remote)
    remote.delete_graph(iri)
    _derive(remote, "the graph was deleted, but ")
    return iri


@dataclass(frozen=True)
class _State:
    """What the store held when it was read: changed by someone else, we refuse to write."""

    hashes: frozenset[tuple[str, str]]
    entity_triples: int


@contextmanager
def _scratch(remote: RemoteGraph) -> Iterator[tuple[Path, _State]]:
    """A scratch graph folder holding what the local ingest reads from the store."""
    quads, hashes, entity_triples = [], set(), 0
    for r in remote.query(_SEED):
        quads.append(ox.Quad(r["s"], r["p"], r["o"], r["g"]))
        graph = r["g"].value
        entity_triples += graph == ENTITIES_GRAPH
        if r["p"].value == CONTENT_HASH and r["s"] == r["g"] and graph not in _NOT_SOURCES:
            hashes.add((graph, r["o"].value))
    state = _State(frozenset(hashes), entity_triples)
    with tempfile.TemporaryDirectory(prefix="kgpart-remote-") as tmp:
        folder = Path(tmp)
        (folder / SEED_FILE).write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
        yield folder, state


def _read_state(remote: RemoteGraph) -> _State:
    rows = remote.query(_HASHES)
    hashes = frozenset((r["g"].value, r["hash"].value) for r in rows if r["g"].value not in _NOT_SOURCES)
    counted = [row["n"] for row in remote.query(_ENTITY_COUNT)]
    if len(counted) != 1 or not isinstance(counted[0], ox.Literal):
        raise EndpointError(
            f"{remote.endpoint.query_url}: no answer to a COUNT query (is this a SPARQL store?)"
        )
    return _State(hashes, int(counted[0].value))


def _publish(remote: RemoteGraph, folder: Path, before: _State) -> RemoteWrite:
    """PUT what the local ingest wrote into the scratch folder, then re-derive the edges."""
    from .store import load_vocabulary, parse_file

    written = RemoteWrite(remote.endpoint.store_url)
    graphs: list[tuple[str, list[ox.Quad]]] = []
    entities = folder / local.ENTITIES_FILE
    if entities.is_file():
        graphs.append((ENTITIES_GRAPH, parse_file(entities)))
    for path in sorted((folder / local.SOURCES_DIR).glob("*.trig")):
        graphs += _by_graph(parse_file(path))
    if not graphs:
        if remote.query(_PENDING):  # an earlier write stopped before its derivation: finish it
            remote.check_writable(PENDING_GRAPH)
            _derive(remote, "")
            written.rederived = True
        return written
    vocabulary = ox.Store()
    load_vocabulary(vocabulary)  # the classes and topics queries need, as a graph folder has them
    graphs[:0] = _by_graph(list(vocabulary))
    if _read_state(remote) != before:
        raise EndpointError(
            f"{remote.endpoint.query_url}: the store changed while kgpart was ingesting "
            "(another writer?): nothing written; run the command again"
        )
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
    _derive(remote, f"the {len(written.graphs)} graph(s) were written, but ")
    written.rederived = True
    return written


def _mark_pending(remote: RemoteGraph) -> None:
    """Say in the store that its edges are stale until :func:`_derive` succeeds: if a write stops
    half way, the next writing command (even one with nothing new) re-derives them."""
    remote.update(
        f"INSERT DATA {{ GRAPH <{PENDING_GRAPH}> {{ <{PENDING_GRAPH}> rdfs:comment {_PENDING_NOTE} }} }}"
    )


def _derive(remote: RemoteGraph, written: str) -> None:
    """Re-derive the network edges, then drop the mark of :func:`_mark_pending`."""
    try:
        remote.derive()
        remote.update(f"DROP SILENT GRAPH <{PENDING_GRAPH}>")
    except EndpointError as exc:
        raise EndpointError(
            f"{exc} ({written}the network edges were not re-derived: the next kgpart ingest, add "
            "or retract with this endpoint does it, even re-ingesting an unchanged article)"
        ) from None


def _by_graph(quads: list[ox.Quad]) -> list[tuple[str, list[ox.Quad]]]:
    grouped: dict[str, list[ox.Quad]] = {}
    for q in quads:
        name = q.graph_name
        if not isinstance(name, ox.NamedNode):
            raise KgpartError(f"a graph file holds triples outside any named graph: {q}")
        grouped.setdefault(name.value, []).append(q)
    return sorted(grouped.items())
