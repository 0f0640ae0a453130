"""What ingest needs to know of a big graph, kept beside its on-disk index in a small database.

Adding one article to a graph needs little of it: the known entities whose names the article
uses, the stored source it may replace, the reference graph's description of the nodes it
mentions. Reading the whole graph for that (every file, every entity indexed for the resolver)
made one article cost seconds per hundred thousand triples. ``graph/.index/known.sqlite`` keeps
those answers by key, computed as :meth:`kgpart.resolve.Resolver.from_graph` and ``Ingestor``
computed them from the whole graph, so the resolver and the checks look up only what they ask
for (:class:`Known`).

It is kept in step with the graph files through the index's manifest (a hash of each file, and
the graphs it holds): when an ingest opens it, the graphs of the files that changed since (an
ingest, a retract, an entity edit, a hand edit) are read again from the fresh on-disk index and
only the entities, sources and names they touch are computed again, in one transaction, under
the graph's lock. Anything unusual (no record, another version, most of the graph changed, a
default graph) rebuilds it whole from the index: what a first ingest on a big graph pays once.

An entity the graph describes in several ways gets one canonical reading, the same whichever
graphs changed last: the first row in sorted order wins where ``from_graph`` kept the first row
in the store's order (a type other than ``Organization`` first; a person's last post), and of two
entities with an alias of the same key, the one listed first (``ord``) takes it.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import pyoxigraph as ox

from kgpart.namekeys import OrgKey
from kgpart.resolve import (
    KNOWN_ALIASES,
    KNOWN_COUNTRIES,
    KNOWN_ORGS,
    KNOWN_PEOPLE,
    Entity,
    Resolver,
    articles_in,
    name_keys,
    normalise_name,
)
from kgpart.store.graph import KnowledgeGraph, parse_file
from kgpart.store.index.state import DamagedIndexError, Manifest, index_dir
from kgpart.terms import ENTITIES_GRAPH, ID_BASE, PREFIXES, REFERENCE_GRAPH
from kgpart.validate.source import SourceGraphChecker, shape_screen, to_oxigraph, vocabulary_core

if TYPE_CHECKING:
    from kgpart.ingest.folder import StoredSource

VERSION = "1"
FILE = "known.sqlite"
# Past this many changed files it is rebuilt whole (one query per kind instead of bound ones).
PATCH_MAX_FILES = 400
_CHUNK = 400  # IRIs per VALUES block
_FIRST_WORD = re.compile(r"\w+")
RDF_TYPE = PREFIXES["rdf"] + "type"
NAME_PREDICATES = (PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "altLabel")
_KIND_RANK = {"country": 0, "org": 1, "person": 2}

_SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE files(rel TEXT PRIMARY KEY, sha TEXT, graphs TEXT);
CREATE TABLE entities(iri TEXT PRIMARY KEY, kind TEXT, label TEXT, type TEXT, country TEXT,
                      parent TEXT, stored TEXT, ord INTEGER);
CREATE TABLE names(id INTEGER PRIMARY KEY, iri TEXT, kind TEXT, name TEXT, k TEXT,
                   is_label INTEGER, accepted INTEGER, first TEXT, ord INTEGER);
CREATE INDEX names_iri ON names(iri);
CREATE INDEX names_k ON names(kind, k);
CREATE INDEX names_first ON names(first);
CREATE TABLE derived(d TEXT, key TEXT, name INTEGER, iri TEXT);
CREATE INDEX derived_key ON derived(d, key);
CREATE INDEX derived_iri ON derived(iri);
CREATE TABLE graph_entities(g TEXT, iri TEXT);
CREATE INDEX graph_entities_g ON graph_entities(g);
CREATE TABLE sources(g TEXT PRIMARY KEY, slug TEXT, hash TEXT, url_id TEXT, stored TEXT,
                     fingerprint TEXT);
CREATE INDEX sources_slug ON sources(slug);
CREATE INDEX sources_url ON sources(url_id);
CREATE INDEX sources_fingerprint ON sources(fingerprint);
CREATE TABLE base(s TEXT, line TEXT);
CREATE INDEX base_s ON base(s);
CREATE TABLE base_names(lname TEXT, iri TEXT);
CREATE INDEX base_names_l ON base_names(lname);
CREATE TABLE base_types(iri TEXT, cls TEXT);
CREATE INDEX base_types_iri ON base_types(iri);
CREATE TABLE reference(iri TEXT PRIMARY KEY);
"""

# What a graph's change can change of an entity: its own statements, its country's code, its posts.
# (each branch bound by {V}: a VALUES block outside a UNION is joined after the whole union)
_TOUCHED_ANY = """
SELECT DISTINCT ?g ?e WHERE {
  { {V} GRAPH ?g { ?e a ?t } FILTER(isIRI(?e)) }
  UNION { {V} GRAPH ?g { ?e rdfs:label|skos:altLabel|kgp:unitOf|kgp:holds|kgp:country ?o } FILTER(isIRI(?e)) }
  UNION { {V} GRAPH ?g { ?c kgp:isoCode ?i } ?e kgp:country ?c }
  UNION { {V} ?e kgp:holds ?post . GRAPH ?g { ?post kgp:postIn ?o } }
}"""
_TOUCHED_ALL = _TOUCHED_ANY.replace("{V} ", "")
# The stored sources: each query for one graph (``<G>``) or, with ``?g``, for all.
_HASHES = "SELECT ?hash WHERE { GRAPH <G> { <G> a kgp:FactGraph ; kgp:contentHash ?hash } }"
_URLS = "SELECT ?src ?url WHERE { GRAPH <G> { <G> a kgp:FactGraph ; kgp:contentHash ?hash . ?src schema:url ?url } }"
_SOURCES = """
SELECT ?by ?url ?title ?fingerprint ?reviewed WHERE { GRAPH <G> {
  <G> a kgp:FactGraph ; kgp:source ?src . OPTIONAL { <G> kgp:extractedBy ?by }
  OPTIONAL { <G> kgp:textFingerprint ?fingerprint } OPTIONAL { <G> kgp:reviewed ?reviewed }
  OPTIONAL { ?src schema:url ?url } OPTIONAL { ?src rdfs:label ?title } } }"""


def _for_graph(query: str, graph: str | None) -> str:
    """A sources query for one graph, or for every graph (then its rows name it, ``?g``)."""
    if graph is None:
        return query.replace("SELECT ", "SELECT ?g ", 1).replace("<G>", "?g")
    return query.replace("<G>", f"<{graph}>")


def key_text(key: object) -> str:
    """A resolver index key (a (kind, text) pair or an :class:`OrgKey`) as one string."""
    if isinstance(key, OrgKey):
        head = "-" if key.head is None else "+" + key.head
        return f"\x1e{' '.join(sorted(key.words))}\x1f{','.join(key.countries)}\x1f{head}"
    kind, text = cast("tuple[str, str]", key)
    return f"{kind}\x1f{text}"


def first_word(name: str) -> str:
    """The word a name starts with ('' when it starts with no letter or digit): where the
    extractor finds a known name, a word of the text (see :meth:`Known.gazetteer_iris`)."""
    found = _FIRST_WORD.match(name)
    return found.group(0) if found else ""


def text_words(text: str) -> set[str]:
    return set(_FIRST_WORD.findall(text)) | {""}


@dataclass
class _Described:
    """One entity as from_graph would hold it, and every name it indexes."""

    entity: Entity
    labels: list[tuple[str, str, str | None]]  # (kind, label, country) of each add
    stored: list[str]  # its skos:altLabel values, in order


def describe(
    countries: list[dict[str, Any]],
    orgs: list[dict[str, Any]],
    people: list[dict[str, Any]],
    aliases: list[dict[str, Any]],
) -> dict[str, _Described]:
    """Entities from the rows of the resolver's four queries, as ``Resolver.from_graph`` reads them,
    the rows of each entity taken in sorted order (see the module's docstring)."""
    found: dict[str, _Described] = {}

    def add(entity: Entity) -> None:
        held = found.get(entity.iri)
        labels = held.labels if held else []
        labels.append((entity.kind, entity.label, entity.country))
        found[entity.iri] = _Described(entity, labels, [])

    for row in sorted(countries, key=_row_key):
        add(Entity(row["e"], row["label"], "country", country=row["iso"]))
    for row in sorted(orgs, key=_row_key):
        existing = found.get(row["e"])
        if existing is None or existing.entity.type == "Organization":
            add(Entity(row["e"], row["label"], "org", row["type"], row.get("iso"), row.get("parent")))
    for row in sorted(people, key=_row_key):
        add(Entity(row["e"], row["label"], "person", parent=row.get("org")))
    for row in sorted(aliases, key=_row_key):
        held = found.get(row["e"])
        if held is not None:
            held.stored.append(row["alias"])
    return found


def _row_key(row: dict[str, Any]) -> tuple[str, ...]:
    return tuple(f"{k}={row[k]}" if row.get(k) is not None else f"{k}" for k in sorted(row))


def _rows(kg: KnowledgeGraph, sparql: str) -> list[dict[str, Any]]:
    """Rows as plain values, IRI subjects only (a blank node is no entity another file can name)."""
    out = []
    for row in kg.select(sparql):
        subject = row.get("e") or row.get("g")
        if subject is not None and not isinstance(subject, ox.NamedNode):
            continue
        out.append({k: (v.value if v is not None else None) for k, v in row.items()})
    return out


def _bound(sparql: str, variable: str, iris: Iterable[str]) -> str:
    """``sparql`` for the given values of one variable (its other VALUES blocks as filters: the
    engine would join them first, over the whole graph)."""
    values = f"VALUES ?{variable} {{ {' '.join(f'<{i}>' for i in iris)} }}"
    sparql = re.sub(
        r"VALUES \?(\w+) \{([^}]*)\}",
        lambda m: f"FILTER(?{m.group(1)} IN ({', '.join(m.group(2).split())}))",
        sparql,
    )
    return re.sub(r"WHERE \{", lambda m: f"{m.group(0)} {values}", sparql, count=1)


class Known:
    """The database of one graph folder, open for one ingest (see the module's docstring)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.files: dict[str, tuple[str, list[str]]] = {}  # the graph's files: their hash, graphs

    # -- opening, building, patching ---------------------------------------------------------

    @classmethod
    def open(cls, graph_dir: Path, kg: KnowledgeGraph) -> Known | None:
        """The database of ``graph_dir``, brought in line with its files through ``kg`` (opened on
        the on-disk index, which is fresh); None when the index's manifest cannot say what the
        files are (then the caller reads the graph as before)."""
        folder = index_dir(graph_dir)
        try:  # the manifest the open that trusted the index just read (this process's copy)
            manifest = Manifest.read(folder / "manifest.json", to_change=False)
        except DamagedIndexError:
            return None
        if manifest is None or manifest.store is None:
            return None  # none, or built into a snapshot, not on disk
        files = {rel: (r["sha256"], list(r["graphs"])) for rel, r in manifest.files.items()}
        for attempt in range(2):  # a damaged database is thrown away and built again, once
            try:
                db = sqlite3.connect(folder / FILE, isolation_level=None)
            except sqlite3.Error:
                return None  # cannot be written here: the caller reads the files
            known = cls(db)
            known.files = files
            try:
                known._bring_in_line(graph_dir, kg, files)
                return known
            except sqlite3.DatabaseError:
                db.close()
                if attempt:
                    return None
                (folder / FILE).unlink(missing_ok=True)
            except BaseException:
                db.close()
                raise
        return None

    def close(self) -> None:
        self.db.close()

    def _bring_in_line(
        self, graph_dir: Path, kg: KnowledgeGraph, files: dict[str, tuple[str, list[str]]]
    ) -> None:
        db = self.db
        version = None
        with contextlib.suppress(sqlite3.DatabaseError):  # none yet, or not ours: built whole
            version = db.execute("SELECT v FROM meta WHERE k = 'version'").fetchone()
        shas: dict[str, str] = {}
        if version and version[0] == VERSION:
            shas = dict(db.execute("SELECT rel, sha FROM files"))
        changed = {rel for rel in set(files) | set(shas) if files.get(rel, ("",))[0] != shas.get(rel, "")}
        if version and version[0] == VERSION and not changed:
            return
        graphs = {g for rel in changed for g in files.get(rel, ("", []))[1]}
        for rel in sorted(changed & set(shas)):  # the graphs the files held when last read
            graphs.update(
                json.loads(db.execute("SELECT graphs FROM files WHERE rel = ?", (rel,)).fetchone()[0])
            )
        whole = (
            not version
            or version[0] != VERSION
            or len(changed) > PATCH_MAX_FILES
            or any(not g.startswith(("http://", "https://", "urn:", "file:")) for g in graphs)
        )
        db.execute("BEGIN IMMEDIATE")
        try:
            if whole:
                self._build(graph_dir, kg, files)
            else:
                self._patch(graph_dir, kg, files, changed, graphs)
            done = set(files) if whole else changed  # the files recorded now are the ones read
            db.executemany("DELETE FROM files WHERE rel = ?", ((rel,) for rel in done))
            db.executemany(
                "INSERT INTO files VALUES (?, ?, ?)",
                ((rel, files[rel][0], json.dumps(files[rel][1])) for rel in sorted(done) if rel in files),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _build(self, graph_dir: Path, kg: KnowledgeGraph, files: dict[str, tuple[str, list[str]]]) -> None:
        db = self.db
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            db.execute(f"DROP TABLE {table}")
        for statement in _SCHEMA.split(";"):  # not executescript, which would end the transaction
            if statement.strip():
                db.execute(statement)
        db.execute("INSERT INTO meta VALUES ('version', ?)", (VERSION,))
        found = describe(*(_rows(kg, q) for q in (KNOWN_COUNTRIES, KNOWN_ORGS, KNOWN_PEOPLE, KNOWN_ALIASES)))
        self._insert_entities(found)
        self._accept(None)
        touched = [(r["g"], r["e"]) for r in _rows(kg, _TOUCHED_ALL) if r["e"] in found]
        db.executemany("INSERT INTO graph_entities VALUES (?, ?)", touched)
        self._sources(kg, None)
        self._base(graph_dir, files)

    def _patch(
        self,
        graph_dir: Path,
        kg: KnowledgeGraph,
        files: dict[str, tuple[str, list[str]]],
        changed: set[str],
        graphs: set[str],
    ) -> None:
        db = self.db
        names = sorted(graphs)
        touched: list[tuple[str, str]] = []
        for start in range(0, len(names), _CHUNK):
            values = "VALUES ?g { " + " ".join(f"<{g}>" for g in names[start : start + _CHUNK]) + " }"
            touched += [(r["g"], r["e"]) for r in _rows(kg, _TOUCHED_ANY.replace("{V}", values))]
        affected = {e for _, e in touched}
        for start in range(0, len(names), _CHUNK):
            chunk = names[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            affected |= {
                r[0] for r in db.execute(f"SELECT iri FROM graph_entities WHERE g IN ({marks})", chunk)
            }
            db.execute(f"DELETE FROM graph_entities WHERE g IN ({marks})", chunk)
        iris = sorted(affected)
        rows: list[list[dict[str, Any]]] = [[], [], [], []]
        for start in range(0, len(iris), _CHUNK):
            chunk = iris[start : start + _CHUNK]
            for i, query in enumerate((KNOWN_COUNTRIES, KNOWN_ORGS, KNOWN_PEOPLE, KNOWN_ALIASES)):
                rows[i] += _rows(kg, _bound(query, "e", chunk))
        found = describe(*rows)
        keys = self._drop_entities(iris)
        keys |= self._insert_entities(found)
        self._accept(keys)
        # where these entities are described now, in any graph (a country's code may be elsewhere)
        for start in range(0, len(iris), _CHUNK):
            chunk = iris[start : start + _CHUNK]
            db.execute(f"DELETE FROM graph_entities WHERE iri IN ({','.join('?' * len(chunk))})", chunk)
            values = "VALUES ?e { " + " ".join(f"<{e}>" for e in chunk) + " }"
            rows_now = _rows(kg, _TOUCHED_ANY.replace("{V}", values))
            db.executemany(
                "INSERT INTO graph_entities VALUES (?, ?)",
                [(r["g"], r["e"]) for r in rows_now if r["e"] in found],
            )
        self._sources(kg, names)
        if REFERENCE_GRAPH in graphs:
            self._base(graph_dir, files)

    def _drop_entities(self, iris: list[str]) -> set[tuple[str, str]]:
        """Remove what is recorded of these entities; the name keys they held (whose aliases'
        owner may change)."""
        db = self.db
        keys: set[tuple[str, str]] = set()
        for start in range(0, len(iris), _CHUNK):
            chunk = iris[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            keys |= set(db.execute(f"SELECT kind, k FROM names WHERE iri IN ({marks})", chunk))
            for table in ("names", "derived", "entities"):
                db.execute(f"DELETE FROM {table} WHERE iri IN ({marks})", chunk)
        return keys

    def _insert_entities(self, found: dict[str, _Described]) -> set[tuple[str, str]]:
        """Record entities and their names (aliases not accepted yet); the keys of their names."""
        db, keys = self.db, set()
        entity_rows, name_rows, derived_rows = [], [], []
        next_id = (db.execute("SELECT MAX(id) FROM names").fetchone()[0] or 0) + 1
        for iri, held in found.items():
            e = held.entity
            ord_ = _KIND_RANK[e.kind]  # entities in order: countries, organisations, people; by IRI
            entity_rows.append(
                (iri, e.kind, e.label, e.type, e.country, e.parent, json.dumps(held.stored), ord_)
            )
            entries = [(kind, label, country, 1) for kind, label, country in held.labels]
            entries += [
                (e.kind, alias, e.country, 0)
                for alias in dict.fromkeys(held.stored)
                if normalise_name(alias) and alias != e.label
            ]
            for kind, name, country, is_label in entries:
                k = normalise_name(name)
                keys.add((kind, k))
                name_rows.append((next_id, iri, kind, name, k, is_label, is_label, first_word(name), ord_))
                derived_rows += [
                    (d, key_text(key), next_id, iri) for d, key in name_keys(kind, name, country)
                ]
                next_id += 1
        db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entity_rows)
        db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", name_rows)
        db.executemany("INSERT INTO derived VALUES (?, ?, ?, ?)", derived_rows)
        return keys

    def _accept(self, keys: set[tuple[str, str]] | None) -> None:
        """Decide which aliases count (``Resolver.add_alias``): an alias whose key no other entity's
        label has, and that no entity listed before took."""
        db = self.db
        if keys is None:
            keys = set(db.execute("SELECT DISTINCT kind, k FROM names WHERE is_label = 0"))
        updates = []
        for kind, k in keys:
            rows = list(
                db.execute(
                    "SELECT id, iri, is_label, ord, name FROM names WHERE kind = ? AND k = ?", (kind, k)
                )
            )
            labels = {r[1] for r in rows if r[2]}
            aliases = sorted((r for r in rows if not r[2]), key=lambda r: (r[3], r[1], r[4]))
            if not aliases:
                continue
            owner = None if labels else aliases[0][1]
            for r in aliases:
                ok = labels <= {r[1]} if labels else r[1] == owner
                updates.append((int(ok), r[0]))
        db.executemany("UPDATE names SET accepted = ? WHERE id = ?", updates)

    def _sources(self, kg: KnowledgeGraph, graphs: list[str] | None) -> None:
        """The stored sources (``Ingestor``'s hashes, URLs and :class:`StoredSource` by slug),
        of every graph or of ``graphs`` (their rows replaced)."""
        from kgpart.ingest.folder import source_identity, stored_source

        db = self.db
        per: dict[str, dict[str, Any]] = defaultdict(dict)
        for graph in [None] if graphs is None else graphs:
            if graph is not None:
                db.execute("DELETE FROM sources WHERE g = ?", (graph,))

            def rows(query: str, graph: str | None = graph) -> list[dict[str, Any]]:
                found = _rows(kg, _for_graph(query, graph))
                return found if graph is None else [{**r, "g": graph} for r in found]

            for row in rows(_HASHES):
                per[row["g"]]["hash"] = row["hash"]
            for row in rows(_URLS):
                slug = row["g"].rsplit("/", 1)[1]
                if row["src"] == f"{ID_BASE}source/{slug}":
                    per[row["g"]]["url_id"] = source_identity(None, row["url"])
            for row in rows(_SOURCES):
                if row["g"] != ENTITIES_GRAPH:
                    s = stored_source(row)
                    per[row["g"]]["stored"] = [s.url, s.title, s.fingerprint, s.reviewed, s.machine]
        inserted = []
        for g, held in per.items():
            stored = held.get("stored")
            inserted.append(
                (
                    g,
                    g.rsplit("/", 1)[1],
                    held.get("hash"),
                    held.get("url_id"),
                    json.dumps(stored) if stored else None,
                    stored[2] if stored else None,
                )
            )
        db.executemany("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?)", inserted)

    def _base(self, graph_dir: Path, files: dict[str, tuple[str, list[str]]]) -> None:
        """The reference graph as its files state it (the shape checks' base, with no derived edge)."""
        from kgpart.validate.source import entity_names, entity_types

        db = self.db
        for table in ("base", "base_names", "base_types", "reference"):
            db.execute(f"DELETE FROM {table}")
        graph = ox.NamedNode(REFERENCE_GRAPH)
        quads: list[ox.Quad] = []
        for rel, (_, graphs) in sorted(files.items()):
            if REFERENCE_GRAPH in graphs:
                quads += [q for q in parse_file(graph_dir / rel) if q.graph_name == graph]
        # blank nodes keep their names within the table (each file's were made apart when parsed)
        db.executemany("INSERT INTO base VALUES (?, ?)", ((str(q.subject), f"{q} .") for q in quads))
        db.executemany(
            "INSERT INTO base_names VALUES (?, ?)", ((n.lower(), s) for s, n in entity_names(quads))
        )
        db.executemany("INSERT INTO base_types VALUES (?, ?)", entity_types(quads))
        typed = {
            q.subject.value
            for q in quads
            if isinstance(q.subject, ox.NamedNode) and q.predicate.value == RDF_TYPE
        }
        db.executemany("INSERT INTO reference VALUES (?)", ((i,) for i in sorted(typed)))

    # -- what ingest takes from it ---------------------------------------------------------------

    def resolver(self, kg: KnowledgeGraph) -> Resolver:
        """A resolver that reads the entities it is asked about from here (as from_graph holds them)."""
        resolver = Resolver()
        resolver.entities = BackedMap(self.entity)
        for name in ("keys", "words", "org_keys", "verbatim"):
            setattr(resolver, f"_{name}", Backed(self._index_of(name)))
        resolver.articles_of = articles_in(kg)
        return resolver

    def _index_of(self, dictionary: str) -> Callable[[object], set[str]]:
        return lambda key: self.keyed(dictionary, key)

    def graph_quads(self, graph_dir: Path, graph: str) -> list[ox.Quad]:
        """The quads of one named graph, read from the files that hold it (no derived edge)."""
        node = ox.NamedNode(graph)
        return [
            q
            for rel, (_, graphs) in sorted(self.files.items())
            if graph in graphs
            for q in parse_file(graph_dir / rel)
            if q.graph_name == node
        ]

    def checker(self, quads: list[ox.Quad]) -> SourceGraphChecker:
        """A checker whose base is the reference graph held here and ``quads`` (the entities graph)."""
        return KnownChecker(self, quads)

    def sources(
        self,
    ) -> tuple[dict[str, str], dict[str, str], dict[str, StoredSource], dict[str, str]]:
        """``Ingestor``'s hashes (by slug), slugs by URL identity, stored sources (by slug) and
        slugs by text fingerprint, read as asked."""
        from kgpart.ingest.folder import StoredSource

        def stored(slug: str) -> StoredSource | None:
            value = self.source_value("stored", "slug", slug)
            if value is None:
                return None
            url, title, fingerprint, reviewed, machine = json.loads(value)
            return StoredSource(url, title, fingerprint, reviewed, machine)

        return (
            BackedMap(lambda slug: self.source_value("hash", "slug", slug)),
            BackedMap(lambda url: self.source_value("slug", "url_id", url)),
            BackedMap(stored),
            BackedMap(lambda fingerprint: self.source_value("slug", "fingerprint", fingerprint)),
        )

    # -- lookups -------------------------------------------------------------------------------

    def entity(self, iri: str) -> Entity | None:
        row = self.db.execute(
            "SELECT kind, label, type, country, parent, stored FROM entities WHERE iri = ?", (iri,)
        ).fetchone()
        if row is None:
            return None
        kind, label, type_, country, parent, stored = row
        aliases = {
            r[0]
            for r in self.db.execute(
                "SELECT name FROM names WHERE iri = ? AND is_label = 0 AND accepted = 1", (iri,)
            )
        }
        return Entity(
            iri, label, kind, type_, country, parent, aliases, stored_aliases=set(json.loads(stored))
        )

    def keyed(self, dictionary: str, key: object) -> set[str]:
        """The entities a resolver index (``keys``, ``words``, ``org_keys``, ``verbatim``) has under ``key``."""
        return {
            r[0]
            for r in self.db.execute(
                "SELECT d.iri FROM derived d JOIN names n ON n.id = d.name"
                " WHERE d.d = ? AND d.key = ? AND n.accepted = 1",
                (dictionary, key_text(key)),
            )
        }

    def gazetteer_iris(self, text: str | None) -> list[str]:
        """The organisations and people, in their order, that the extractor may find in ``text``
        (a name of one starts with a word of the text; all of them when no text is given)."""
        if text is None:
            rows = self.db.execute(
                "SELECT iri FROM entities WHERE kind IN ('org', 'person') ORDER BY ord, iri"
            )
            return [r[0] for r in rows]
        words, found = sorted(text_words(text)), {}
        for start in range(0, len(words), _CHUNK):
            chunk = words[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for iri, name, ord_ in self.db.execute(
                f"SELECT n.iri, n.name, n.ord FROM names n WHERE n.first IN ({marks})", chunk
            ):
                if name in text:  # the extractor's own first test of a known name
                    found[iri] = ord_
        kinds = {
            iri: kind
            for iri in found
            for (kind,) in self.db.execute("SELECT kind FROM entities WHERE iri = ?", (iri,))
        }
        return sorted(
            (iri for iri in found if kinds.get(iri) in ("org", "person")),
            key=lambda iri: (_KIND_RANK[kinds[iri]], iri),
        )

    def source_value(self, column: str, by: str, value: str) -> str | None:
        """One column of the stored source whose ``by`` is ``value`` (the last graph, in order)."""
        row = self.db.execute(
            f"SELECT {column} FROM sources WHERE {by} = ? AND {column} IS NOT NULL ORDER BY g DESC LIMIT 1",
            (value,),
        ).fetchone()
        return row[0] if row else None

    def reference_iris(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT iri FROM reference")}

    def base_quads(self, subject: str) -> list[ox.Quad]:
        lines = [r[0] for r in self.db.execute("SELECT line FROM base WHERE s = ?", (subject,))]
        if not lines:
            return []
        return list(ox.parse("\n".join(lines).encode(), format=ox.RdfFormat.N_QUADS))

    def base_names(self, lname: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT iri FROM base_names WHERE lname = ?", (lname,))}

    def base_types(self, iri: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT cls FROM base_types WHERE iri = ?", (iri,))}


class Backed(dict):  # type: ignore[type-arg]
    """A dict of sets (as ``defaultdict(set)``) whose missing keys are read from :class:`Known`."""

    def __init__(self, load: Callable[[Any], Any]) -> None:
        super().__init__()
        self._load = load
        self._absent: set[Any] = set()

    def _fetch(self, key: Any) -> Any:
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        if key in self._absent:
            return None
        value = self._load(key)
        if value is None or (isinstance(value, set) and not value):
            self._absent.add(key)
            return None
        dict.__setitem__(self, key, value)
        return value

    def __missing__(self, key: Any) -> Any:
        value: set[str] = set()  # as a defaultdict: created empty, for the caller to fill
        dict.__setitem__(self, key, value)
        return value

    def __getitem__(self, key: Any) -> Any:
        value = self._fetch(key)
        return self.__missing__(key) if value is None else value

    def get(self, key: Any, default: Any = None) -> Any:
        value = self._fetch(key)
        return default if value is None else value

    def __contains__(self, key: object) -> bool:
        return self._fetch(key) is not None


class BackedMap(Backed):
    """A plain dict over :class:`Known` (``Resolver.entities``, the sources): a value read once,
    then held (and changed) here."""

    def __missing__(self, key: Any) -> Any:
        raise KeyError(key)


class KnownBase:
    """The shape checks' base: the reference graph in :class:`Known`, the rest in memory."""

    def __init__(self, known: Known, quads: Iterable[ox.Quad]) -> None:
        self.known = known
        self.store = ox.Store()
        self.store.extend(quads)

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        self.store.extend(quads)

    def quads_for_pattern(
        self, subject: Any, predicate: Any = None, object: Any = None, graph: Any = None
    ) -> list[ox.Quad]:
        found = list(self.store.quads_for_pattern(subject, predicate, object, graph))
        if graph is None or graph == ox.NamedNode(REFERENCE_GRAPH):
            found += [
                q
                for q in self.known.base_quads(str(subject))
                if (predicate is None or q.predicate == predicate) and (object is None or q.object == object)
            ]
        return found


class KnownChecker(SourceGraphChecker):
    """:class:`SourceGraphChecker` with its base in :class:`Known`: the context of a new source's
    nodes, and the names and types of the entities, read as the checks ask for them."""

    def __init__(
        self, known: Known, quads: list[ox.Quad]
    ) -> None:  # no super(): it would hold the whole base
        self.base = KnownBase(known, quads)  # type: ignore[assignment]
        self.core = vocabulary_core()
        self.core_ox = [to_oxigraph(t) for t in self.core]
        self.screen = shape_screen()
        self.types = Backed(known.base_types)
        self.names = Backed(known.base_names)
        self._remember(quads)


def open_on_disk(graph_dir: Path) -> tuple[KnowledgeGraph, Known] | None:
    """The graph through its on-disk index (brought up to date), and its :class:`Known`; None
    when the graph has no on-disk index (small, in memory, not built yet) or it cannot be used
    (locked, damaged): then the caller reads the files, as for a small graph."""
    import os

    from kgpart.store.folder import check_indexed_graph_owners
    from kgpart.store.index.build import open_indexed
    from kgpart.store.index.state import INDEX_ENV

    if os.environ.get(INDEX_ENV, "auto") not in ("auto", "disk"):
        return None
    folder = index_dir(graph_dir)
    if not (folder / "manifest.json").is_file() or not (folder / "store").is_dir():
        return None  # never built on disk: a first ingest does not build it (the next query does)
    store, lock = open_indexed(graph_dir, "disk")
    if store is None or lock is None:
        return None
    kg = KnowledgeGraph(store, graph_dir=graph_dir, lock=lock)
    try:
        check_indexed_graph_owners(graph_dir)  # a copy of a file: one graph, two files
        known = Known.open(graph_dir, kg)
    except BaseException:
        kg.close()
        raise
    if known is None:
        kg.close()
        return None
    return kg, known
