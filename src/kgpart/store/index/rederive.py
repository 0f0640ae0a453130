"""Derive the network edges of some graphs again, after their quads were replaced.

Every rule writes an edge into the graph of the detail it comes from (``GRAPH ?g``), so a graph
that did not change keeps the right edges, with one exception: ``meets.ru`` leaves a pair of
parties out when one holds a post in the other (or both hold one in the same organisation), and
posts may be described in any graph. So when the changed quads hold or place a post or make
a unit (``kgp:holds``, ``kgp:postIn``, ``kgp:unitOf``: a unit is its parent's side), the meets edges of every graph with a meeting of that post's
holder are derived again too. Deriving a graph or two this way takes milliseconds at a million
triples, where deriving the whole store takes seconds (``tests/store/test_index.py`` compares the
two on every kind of change).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from kgpart.store.derive import STORE_WIDE_RULES, derivation_rules, store_wide_update
from kgpart.store.index.meets import (
    HOLDS,
    MEETING,
    MEETS,
    PARTICIPANT,
    PARTICIPANT_ORG,
    POST_IN,
    RDF_TYPE,
    UNIT_OF,
    meets_quads,
)
from kgpart.store.index.state import Manifest, derived_predicates
from kgpart.store.index.trig_scan import BLANK_GRAPH, DEFAULT, graph_key
from kgpart.terms import ONTOLOGY_GRAPH, PREFIXES, TOPICS_GRAPH, kgp_iri

# What rules/same_fact.ru reads: a change to any of these re-runs it over the whole store.
_SAME_FACT_INPUTS = frozenset(
    kgp_iri(p)
    for p in ("partner", "programmeKind", "participant", "participantOrganization", "date", "sameFactAs")
)
SAME_FACT = ox.NamedNode(kgp_iri("sameFactAs"))
PARTIES = (PARTICIPANT, PARTICIPANT_ORG)
_WHERE = re.compile(r"\bWHERE\s*\{")
_CHUNK = 20  # graphs per VALUES block: meets.ru's MINUS blocks grow with it (500 took 20 GB at 100k)
# Past this many graphs with meetings whose meets edges a change touches (its own graphs', or
# others' through posts), they are all derived again by meets.ru (1-1.5 s at 1M triples); below,
# graph by graph by key lookups (put_meets: a few ms a graph at any size).
MANY_MEETINGS = 200
FACT_TYPES = frozenset(ox.NamedNode(kgp_iri(c)) for c in ("Programme", "Meeting"))
# The facts the rules/same_fact.ru may link to one of the named graphs' (?NAMED: their IRIs).
_CANDIDATES = """SELECT DISTINCT ?c WHERE {
  VALUES ?g { ?NAMED }
  { GRAPH ?g { ?p a kgp:Programme ; kgp:programmeKind ?k ; kgp:partner ?x }
    GRAPH ?h { ?c a kgp:Programme ; kgp:programmeKind ?k ; kgp:partner ?x } }
  UNION
  { GRAPH ?g { ?p a kgp:Meeting ; kgp:date ?d . { ?p kgp:participant ?x } UNION { ?p kgp:participantOrganization ?x } }
    GRAPH ?h { ?c a kgp:Meeting ; kgp:date ?d . { ?c kgp:participant ?x } UNION { ?c kgp:participantOrganization ?x } } }
}"""
# The start of each grouped subquery of rules/same_fact.ru, where its fact variable is bound.
_FACT_SUBQUERY = re.compile(r"WHERE \{ (GRAPH \?g[12] \{ \?(\w+) a )")


def post_quads(store: ox.Store, graphs: Iterable[str]) -> list[ox.Quad]:
    """The quads of ``graphs`` that hold or place a post, or link a fact to another source's
    (read before the graphs are dropped)."""
    found: list[ox.Quad] = []
    for name in graphs:
        for predicate in (HOLDS, POST_IN, UNIT_OF, SAME_FACT):  # links: a dropped graph had some
            found += store.quads_for_pattern(None, predicate, None, ox.NamedNode(name))
    return found


def rederive(
    store: ox.Store, graphs: Iterable[str], changed: Iterable[ox.Quad], *, only: Iterable[str] | None = None
) -> None:
    """Derive the edges of the named ``graphs`` (emptied of them, or reloaded) and of the graphs
    whose meets edges ``changed`` (the old and new quads of ``graphs``) may have changed; of the
    per-graph rules, ``only`` those named when given (the edges of the others left in place)."""
    chosen = None if only is None else set(only)
    named = set(graphs)
    changed_list = list(changed)
    holders: set[ox.NamedNode | ox.BlankNode] = set()
    for quad in changed_list:
        if quad.predicate == HOLDS:
            holders.add(quad.subject)  # type: ignore[arg-type]
        elif quad.predicate == POST_IN:
            holders |= {q.subject for q in store.quads_for_pattern(None, HOLDS, quad.subject)}  # type: ignore[misc]
        elif quad.predicate == UNIT_OF:  # the unit, its parent, and whoever holds a post in either
            for org in (quad.subject, quad.object):
                holders.add(org)  # type: ignore[arg-type]
                for post in store.quads_for_pattern(None, POST_IN, org):
                    holders |= {q.subject for q in store.quads_for_pattern(None, HOLDS, post.subject)}  # type: ignore[misc]
    meetings = {
        q.graph_name.value
        for holder in holders
        for party in PARTIES
        for q in store.quads_for_pattern(None, party, holder)
        if isinstance(q.graph_name, ox.NamedNode)
    } - named
    rules = derivation_rules()
    # meets edges go into a meeting's graph: only graphs with a meeting need them derived
    bound = set()
    if chosen is None or "meets" in chosen:
        bound = {
            g for g in named if next(store.quads_for_pattern(None, RDF_TYPE, MEETING, ox.NamedNode(g)), None)
        }
    every_meets_edge = len(bound | meetings) > MANY_MEETINGS
    for name, text in rules.items():
        if name in STORE_WIDE_RULES or (chosen is not None and name not in chosen):
            continue
        if name != "meets":
            run_in_graphs(store, text, named)
        elif not every_meets_edge:
            put_meets(store, bound, drop=False)
    # Links between two sources' facts (rules/same_fact.ru) read every graph: when a programme or
    # a meeting changed, they are dropped and derived again whole (one update, hash joins).
    if not any(
        q.predicate.value in _SAME_FACT_INPUTS or (q.predicate == RDF_TYPE and q.object in FACT_TYPES)
        for q in changed_list
    ):
        pass
    elif len(named) <= _CHUNK:
        relink_facts(store, named, changed_list)
    else:
        store.update(_prologue() + store_wide_update())
    if every_meets_edge:  # the posts of the reference graph, a merge of hubs: all meets edges again
        store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?a {MEETS} ?b }} }}")
        store.update(_prologue() + rules["meets"])
    elif meetings:
        put_meets(store, meetings, drop=True)


def put_meets(store: ox.Store, graphs: Iterable[str], *, drop: bool) -> None:
    """Derive the meets edges of a few ``graphs`` by key lookups (index/meets.py: meets.ru bound
    to 3 graphs took 3.5 s at 1M triples, as its MINUS blocks read every post; this 0.014 s),
    their old edges dropped first when ``drop``."""
    names = sorted(graphs)
    if drop:
        for name in names:
            for quad in list(store.quads_for_pattern(None, MEETS, None, ox.NamedNode(name))):
                store.remove(quad)
    store.extend(meets_quads(store, names))


def relink_facts(store: ox.Store, named: set[str], changed: list[ox.Quad]) -> None:
    """Derive again the links (rules/same_fact.ru) that involve a fact of the ``named`` graphs.

    Every link into one of their facts is dropped; then the rule runs, bound to a set of facts:
    theirs, those that can be linked to theirs (the same kind or day and a partner or participant
    in common: two linked facts share all of them), and those linked to or from theirs before.
    Pairs of other facts in that set are linked already or not at all, so inserting them again
    is harmless. Over the whole store the rule took 0.6-0.85 s at 100k triples on disk.
    """
    prologue = _prologue()
    # Their facts (old ones linked, new ones typed), and the other facts they were linked to.
    facts: set[object] = {q.subject for q in changed if q.predicate == RDF_TYPE and q.object in FACT_TYPES}
    facts |= {q.subject for q in changed if q.predicate == SAME_FACT}
    targets = " ".join(str(t) for t in facts if isinstance(t, ox.NamedNode))
    facts |= {q.object for q in changed if q.predicate == SAME_FACT}
    if targets:
        into = f"WHERE {{ VALUES ?f {{ {targets} }} GRAPH ?g {{ ?x kgp:sameFactAs ?f }} }}"
        facts |= {row[0] for row in store.query(prologue + "SELECT DISTINCT ?x " + into)}  # type: ignore[union-attr]
        store.update(prologue + "DELETE { GRAPH ?g { ?x kgp:sameFactAs ?f } } " + into)
    graphs = " ".join(f"<{n}>" for n in sorted(named))
    facts |= {row[0] for row in store.query(prologue + _CANDIDATES.replace("?NAMED", graphs))}  # type: ignore[union-attr]
    values = " ".join(str(t) for t in facts if isinstance(t, ox.NamedNode))
    if not values:
        return
    rule = derivation_rules()["same_fact"]
    bound = _FACT_SUBQUERY.sub(
        lambda m: f"{m.group(0)[: -len(m.group(1))]}VALUES ?{m.group(2)} {{ {values} }} {m.group(1)}", rule
    )
    store.update(prologue + bound)


def _prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def run_in_graphs(store: ox.Store, update: str, graphs: Iterable[str]) -> None:
    """Run a rule (a SPARQL update over ``GRAPH ?g``) with ``?g`` bound to each of ``graphs``."""
    names = sorted(graphs)
    prologue = _prologue()
    # A MINUS is evaluated whole and hash-joined (right for the whole store); bound to a few
    # graphs, FILTER NOT EXISTS checks only their rows: meets.ru for one graph at 100k triples on
    # disk, 0.65 s -> 0.09 s. The same rows, as every MINUS of the rules shares only variables
    # the rule has bound before it (?g, ?m, ?a, ?b).
    update = update.replace("MINUS {", "FILTER NOT EXISTS {")
    for start in range(0, len(names), _CHUNK):
        values = "VALUES ?g { " + " ".join(f"<{n}>" for n in names[start : start + _CHUNK]) + " } "
        store.update(prologue + _WHERE.sub(lambda m, v=values: m.group(0) + " " + v, update))  # type: ignore[misc]


# -- a known edit of some files, applied as a diff ----------------------------------------------


@dataclass(frozen=True)
class FileEdit:
    """What a writer did to one graph file, as it knows it: the file's SHA-256 before and after,
    and the quads it added and removed (as the file parses)."""

    before: str
    after: str
    added: tuple[ox.Quad, ...]
    removed: tuple[ox.Quad, ...]

    @classmethod
    def of(
        cls, before: bytes, after: bytes, added: Iterable[ox.Quad], removed: Iterable[ox.Quad]
    ) -> FileEdit:
        """The edit from a file's bytes before and after, and the quads that differ."""
        return cls(
            hashlib.sha256(before).hexdigest(),
            hashlib.sha256(after).hexdigest(),
            tuple(added),
            tuple(removed),
        )


# Rules whose every pattern has one subject, the subject of the edges they write (checked by
# tests/store/test_index_edits.py): a subject's edges follow from its own statements in the
# graph, so after an edit only the subjects of the quads that changed are derived again (a new
# country for one entity: its locatedIn edge, not the 15k of the reference graph at 1M triples).
SUBJECT_KEYED = {"located_in": "org", "part_of": "unit", "involves": "p", "cohort_edges": "c"}
_OUTPUT = re.compile(r"INSERT\s*\{\s*GRAPH\s*\?\w+\s*\{\s*\?\w+\s+kgp:(\w+)")


@cache
def rule_io() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each rule's inputs (every ``kgp:`` name in its text, and ``rdf:type``, as any rule may
    write it ``a``) and outputs (the predicates it inserts), as full IRIs."""
    found = {}
    for name, text in derivation_rules().items():
        inputs = {RDF_TYPE.value, *(kgp_iri(n) for n in re.findall(r"\bkgp:(\w+)", text))}
        found[name] = (frozenset(inputs), frozenset(kgp_iri(n) for n in _OUTPUT.findall(text)))
    return found


def rules_reading(predicates: set[str]) -> set[str]:
    """The rules that read one of ``predicates``, and those writing a predicate one of them writes
    (its edges are dropped and derived again together)."""
    io = rule_io()
    chosen = {name for name, (inputs, _) in io.items() if inputs & predicates}
    grew = True
    while grew:
        outputs = {p for name in chosen for p in io[name][1]}
        more = {name for name, (_, out) in io.items() if out & outputs} - chosen
        chosen |= more
        grew = bool(more)
    return chosen


def apply_edits(
    store: ox.Store,
    graph_dir: Path,
    manifest: Manifest,
    changed: list[str],
    edits: Mapping[str, FileEdit],
    *,
    before_change: Callable[[], None] | None = None,
) -> bool:
    """Bring ``store`` in line with files whose edits are known, by their diffs alone.

    The store holds the files as ``manifest`` records them; each changed file (``changed``,
    relative paths) must be one of ``edits``, recorded with the edit's hash before and now
    holding its hash after, alone in holding its graphs, with no blank node and no derived
    edge among the quads that differ (a derived edge written in a file cannot be told from
    one the rules wrote). Then only those quads are removed and added, and the network edges
    derived again only if one of them is a rule's input (an alias or a label is none): for
    the graphs edited, their edges are dropped and derived again as :func:`rederive` does for
    reloaded graphs. Returns ``False``, the store untouched, when the edits cannot stand for
    the files: the caller reloads the graphs whole. ``before_change`` as in ``update_graphs``.

    Reading a graph back out of the on-disk store costs as much as reloading it (0.7 s for the
    reference graph at 370k triples); a known diff costs what it holds.
    """
    if not changed or set(changed) != set(edits):
        return False
    derived = set(derived_predicates())
    data: dict[str, bytes] = {}
    graphs: dict[str, set[str]] = {}
    for rel in changed:
        edit, record = edits[rel], manifest.files.get(rel)
        if record is None or record.get("sha256") != edit.before:
            return False
        data[rel] = (graph_dir / rel).read_bytes()
        if hashlib.sha256(data[rel]).hexdigest() != edit.after:
            return False
        for quad in (*edit.added, *edit.removed):
            if quad.predicate.value in derived or not _plain(quad):
                return False
        graphs[rel] = set(record["graphs"]) | {graph_key(q.graph_name) for q in edit.added}
    mine = {g for held in graphs.values() for g in held}
    if sum(len(held) for held in graphs.values()) != len(mine):
        return False  # two edited files share a graph
    if mine & {BLANK_GRAPH, ONTOLOGY_GRAPH, TOPICS_GRAPH}:
        return False
    for rel, record in manifest.files.items():
        if rel not in edits and mine.intersection(record["graphs"]):
            return False  # another file holds the graph too: its quads may be any file's
    added = [q for rel in changed for q in edits[rel].added]
    removed = [q for rel in changed for q in edits[rel].removed]
    rules = rules_reading({q.predicate.value for q in (*added, *removed)})
    derive = bool(rules)
    names = sorted(derived)
    # a file that may state a derived edge itself (``kgp:meets``, ``<...#meets>``): reloaded whole
    marks = [sep + n.rsplit("#", 1)[-1].encode() for n in names for sep in (b":", b"#")]
    if derive and any(mark in body for mark in marks for body in data.values()):
        return False
    if before_change is not None:
        before_change()
    for quad in removed:
        store.remove(quad)
    store.extend(added)
    named = mine - {DEFAULT}
    if derive:
        # As if the graphs were reloaded, for the rules whose inputs changed: their edges in the
        # graphs dropped, then derived again (rederive); the other rules' edges stay as they are.
        io = rule_io()
        shared = {p for name in rules for other in rules - {name} for p in io[name][1] & io[other][1]}
        keyed = {name for name in rules if name in SUBJECT_KEYED and not io[name][1] & shared}
        whole = rules - keyed
        outputs = sorted({p for name in whole for p in io[name][1]})
        graph_values = " ".join(f"<{g}>" for g in sorted(named))
        links = []
        if "same_fact" in rules:
            links = [
                q
                for g in sorted(named)
                for q in store.quads_for_pattern(None, SAME_FACT, None, ox.NamedNode(g))
            ]
        if graph_values and outputs:
            store.update(
                "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { "
                f"VALUES ?g {{ {graph_values} }} VALUES ?p {{ {' '.join(f'<{n}>' for n in outputs)} }} "
                "GRAPH ?g { ?s ?p ?o } }"
            )
        for name in sorted(keyed):
            inputs, written = io[name]
            subjects = " ".join(
                sorted({str(q.subject) for q in (*added, *removed) if q.predicate.value in inputs})
            )
            if not graph_values or not subjects:
                continue
            store.update(
                "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { "
                f"VALUES ?g {{ {graph_values} }} VALUES ?s {{ {subjects} }} "
                f"VALUES ?p {{ {' '.join(f'<{n}>' for n in sorted(written))} }} GRAPH ?g {{ ?s ?p ?o }} }}"
            )
            values = f"VALUES ?{SUBJECT_KEYED[name]} {{ {subjects} }} "
            bound = _WHERE.sub(lambda m, v=values: m.group(0) + " " + v, derivation_rules()[name])  # type: ignore[misc]
            run_in_graphs(store, bound, named)
        rederive(store, named, [*removed, *added, *links], only=whole)
    for rel in changed:
        emptied = {
            g
            for g in {graph_key(q.graph_name) for q in edits[rel].removed}
            if not any(
                q.predicate.value not in derived
                for q in store.quads_for_pattern(None, None, None, _graph_node(g))
            )
        }
        st = (graph_dir / rel).stat()
        manifest.files[rel] = {
            "size": st.st_size,
            "mtime_ns": st.st_mtime_ns,
            "sha256": edits[rel].after,
            "graphs": sorted(graphs[rel] - emptied),
        }
    return True


def _plain(quad: ox.Quad) -> bool:
    """No blank node (the store names them otherwise than a parse does) and no quoted triple."""
    return isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.NamedNode | ox.Literal)


def _graph_node(key: str) -> ox.NamedNode | ox.DefaultGraph:
    return ox.DefaultGraph() if key == DEFAULT else ox.NamedNode(key)
