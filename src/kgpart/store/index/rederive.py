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

import re
from collections.abc import Iterable

import pyoxigraph as ox

from kgpart.store.derive import STORE_WIDE_RULES, derivation_rules, store_wide_update
from kgpart.terms import PREFIXES, kgp_iri

HOLDS, POST_IN = ox.NamedNode(kgp_iri("holds")), ox.NamedNode(kgp_iri("postIn"))
# What rules/same_fact.ru reads: a change to any of these re-runs it over the whole store.
_SAME_FACT_INPUTS = frozenset(
    kgp_iri(p)
    for p in ("partner", "programmeKind", "participant", "participantOrganization", "date", "sameFactAs")
)
SAME_FACT = ox.NamedNode(kgp_iri("sameFactAs"))
UNIT_OF = ox.NamedNode(kgp_iri("unitOf"))  # meets.ru: a unit is its parent's side too
PARTIES = (ox.NamedNode(kgp_iri("participant")), ox.NamedNode(kgp_iri("participantOrganization")))
MEETS = kgp_iri("meets")
_WHERE = re.compile(r"\bWHERE\s*\{")
_CHUNK = 20  # graphs per VALUES block: meets.ru's MINUS blocks grow with it (500 took 20 GB at 100k)
# Past this many graphs whose meets edges a change of posts touches, they are all derived again
# (1-1.5 s at 1M triples), as bound graph by graph meets.ru costs more.
MANY_MEETINGS = 200
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
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


def rederive(store: ox.Store, graphs: Iterable[str], changed: Iterable[ox.Quad]) -> None:
    """Derive the edges of the named ``graphs`` (emptied of them, or reloaded) and of the graphs
    whose meets edges ``changed`` (the old and new quads of ``graphs``) may have changed."""
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
    for name, text in rules.items():
        if name not in STORE_WIDE_RULES:
            run_in_graphs(store, text, named)
    # Links between two sources' facts (rules/same_fact.ru) read every graph: when a programme or
    # a meeting changed, they are dropped and derived again whole (one update, hash joins).
    if not any(q.predicate.value in _SAME_FACT_INPUTS for q in changed_list):
        pass
    elif len(named) <= _CHUNK:
        relink_facts(store, named, changed_list)
    else:
        store.update(_prologue() + store_wide_update())
    if len(meetings) > MANY_MEETINGS:  # the posts of the reference graph, say: all meets edges again
        store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?a <{MEETS}> ?b }} }}")
        store.update(_prologue() + rules["meets"])
    elif meetings:
        drop = f"DELETE {{ GRAPH ?g {{ ?a <{MEETS}> ?b }} }} WHERE {{ GRAPH ?g {{ ?a <{MEETS}> ?b }} }}"
        run_in_graphs(store, drop, meetings)
        run_in_graphs(store, rules["meets"], meetings)


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
