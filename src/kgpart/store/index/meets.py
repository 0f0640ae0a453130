"""The meets edges of a few graphs, found by key lookups instead of by ``rules/meets.ru``.

``meets.ru`` is right for the whole store, where Oxigraph evaluates each of its MINUS blocks
once and hash-joins it. Bound to a few graphs, the same blocks are still evaluated over every
post of the store (seconds a graph at a million triples). Here each party's posts, their
organisations and the organisations' parents are looked up by subject, so the cost follows the
meetings, not the store. The edges are the rule's, case for case (``tests/store/test_meets.py``
compares the two on every graph of a generated store and on hand-made cases).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pyoxigraph as ox

from kgpart.terms import kgp_iri

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
MEETING = ox.NamedNode(kgp_iri("Meeting"))
PARTICIPANT = ox.NamedNode(kgp_iri("participant"))
PARTICIPANT_ORG = ox.NamedNode(kgp_iri("participantOrganization"))
HOLDS = ox.NamedNode(kgp_iri("holds"))
POST_IN = ox.NamedNode(kgp_iri("postIn"))
UNIT_OF = ox.NamedNode(kgp_iri("unitOf"))
MEETS = ox.NamedNode(kgp_iri("meets"))


def meets_quads(store: ox.Store, graphs: Iterable[str]) -> list[ox.Quad]:
    """The ``kgp:meets`` quads that ``meets.ru`` derives in the named ``graphs``."""

    # GRAPH ?x in the rule matches named graphs only: a statement in the default graph counts
    # for nothing, as there.
    @cache
    def objects(subject: Term, predicate: ox.NamedNode) -> frozenset[Term]:
        return frozenset(
            q.object
            for q in store.quads_for_pattern(subject, predicate, None)  # type: ignore[arg-type]
            if not isinstance(q.graph_name, ox.DefaultGraph)
        )

    def post_orgs(party: Term) -> set[Term]:
        return {org for post in objects(party, HOLDS) for org in objects(post, POST_IN)}

    def works_for(a: Term, b: Term) -> bool:  # a post of a in b, or in a unit of b
        return any(b == org or b in objects(org, UNIT_OF) for org in post_orgs(a))

    def sides(person: Term) -> set[Term]:  # a unit counted as its parent
        return {parent for org in post_orgs(person) for parent in (objects(org, UNIT_OF) or {org})}

    found: list[ox.Quad] = []
    for name in sorted(set(graphs)):
        graph = ox.NamedNode(name)
        for meeting in {q.subject for q in store.quads_for_pattern(None, RDF_TYPE, MEETING, graph)}:
            persons = {q.object for q in store.quads_for_pattern(meeting, PARTICIPANT, None, graph)}
            parties = persons | {
                q.object for q in store.quads_for_pattern(meeting, PARTICIPANT_ORG, None, graph)
            }
            # a person with no post has no known side and is joined to no one
            known = [p for p in parties if p not in persons or objects(p, HOLDS)]
            for a in known:
                for b in known:
                    if a == b or works_for(a, b) or works_for(b, a):
                        continue
                    if b in objects(a, UNIT_OF) or a in objects(b, UNIT_OF):
                        continue
                    if a in persons and b in persons and sides(a) & sides(b):
                        continue
                    found.append(ox.Quad(a, MEETS, b, graph))  # type: ignore[arg-type]
    return found
