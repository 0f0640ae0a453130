"""Read the whole network out of the store with SPARQL: entities, derived edges, facts, sources.

A handful of queries, each linear in the graph, whose rows are joined in Python: faster and
clearer than one query with many OPTIONALs, and literal values never become nodes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kgpart.network.model import Edge, Network, Node, SourceRef
from kgpart.store.source import GraphSource, row_values
from kgpart.terms import ENTITIES_GRAPH, KGP_IRI, REFERENCE_GRAPH, kgp_iri
from kgpart.vocab import NODE_CLASSES

EDGE_KINDS: tuple[str, ...] = (
    "meets",
    "partnersWith",
    "involves",
    "partOf",
    "studiesAt",
    "studiesIn",
    "comesFrom",
    "locatedIn",
)
SYMMETRIC = frozenset({"meets", "partnersWith"})
# Structural edges hold regardless of time, so a time window does not drop them.
TIMELESS = frozenset({"partOf", "locatedIn"})
_COHORT_EDGES = frozenset({"involves", "studiesAt", "studiesIn", "comesFrom"})
# Statuses of a partnership in force (a proposal is not one yet; see rules/partners_with.ru).
IN_FORCE = frozenset({kgp_iri("Active"), kgp_iri("Agreed")})
# The attributes that place a node in a country (its filter and tooltip country).
_COUNTRY_PREDICATES = frozenset({kgp_iri("country"), kgp_iri("fromCountry")})

_NODES_Q = f"""
SELECT ?node ?type ?label ?g WHERE {{
  VALUES ?type {{ {" ".join("kgp:" + k for k in NODE_CLASSES)} }}
  GRAPH ?g {{ ?node a ?type }}
  OPTIONAL {{ ?node rdfs:label ?label }}
  FILTER(isIRI(?node))
}}"""

# Attributes shown in tooltips; object values come with their label.
_ATTRS_Q = """
SELECT ?node ?p ?v ?vl WHERE {
  VALUES ?p { skos:altLabel kgp:isoCode kgp:count kgp:countQualifier kgp:who kgp:activity kgp:asOf
              kgp:targetYear kgp:programmeKind kgp:level kgp:status kgp:country kgp:fromCountry
              kgp:holds kgp:hostCountry }
  ?node ?p ?v .
  OPTIONAL { ?v rdfs:label ?vl }
}"""

# The articles behind an entity: those that name it (kgp:mentions) and those with a fact naming it
# (graphs older than kgp:mentions, and graphs written by hand). Typing an entity in the reference
# or the entities graph is not an article naming it (see _ARTICLELESS).
_NAMED_IN_Q = """
SELECT DISTINCT ?node ?g WHERE {
  { GRAPH ?g { ?src kgp:mentions ?node } }
  UNION
  { GRAPH ?g { ?f kgp:participant|kgp:participantOrganization|kgp:party|kgp:partner|kgp:at|kgp:inCountry|kgp:fromCountry ?node } }
}"""
_ARTICLELESS = frozenset({REFERENCE_GRAPH, ENTITIES_GRAPH})

_PERSON_COUNTRY_Q = """
SELECT ?person ?country ?cl WHERE {
  ?person kgp:holds/kgp:postIn/kgp:country ?country . OPTIONAL { ?country rdfs:label ?cl }
}"""

_EDGES_Q = f"""
SELECT DISTINCT ?kind ?a ?b ?g WHERE {{
  VALUES ?kind {{ {" ".join("kgp:" + k for k in EDGE_KINDS)} }}
  GRAPH ?g {{ ?a ?kind ?b }}
}}"""

# Each source with its title, date, URL and publisher (network/projection.py needs only dates).
_SOURCE_DETAILS_Q = """
SELECT ?g ?src ?title ?issued ?url ?pub ?publabel WHERE {
  GRAPH ?g { ?g kgp:source ?src }
  OPTIONAL { ?src rdfs:label ?title }
  OPTIONAL { ?src dcterms:issued ?issued }
  OPTIONAL { ?src schema:url ?url }
  OPTIONAL { ?src dcterms:publisher ?pub OPTIONAL { ?pub rdfs:label ?publabel } }
}"""

# One row per meeting and direct participant (person or organisation).
_MEETING_PARTICIPANTS_Q = """
SELECT ?g ?m ?label ?date ?party WHERE {
  GRAPH ?g { ?m a kgp:Meeting ; kgp:participant|kgp:participantOrganization ?party .
             OPTIONAL { ?m rdfs:label ?label } OPTIONAL { ?m kgp:date ?date } }
}"""

_TOPICS_Q = """
SELECT ?m ?tl WHERE { ?m a kgp:Meeting ; kgp:discussed ?t . OPTIONAL { ?t skos:prefLabel|rdfs:label ?tl } }"""

# Partnerships and programmes, one row per party (also read by network/projection.py).
# Statuses are read by IRI (their labels are the lower-cased local names): an OPTIONAL label
# join outside the GRAPH pattern made this query 3 s at 10k partnerships.
PARTNERSHIPS_Q = """
SELECT ?g ?p ?cls ?label ?kind ?status ?party WHERE {
  GRAPH ?g { ?p kgp:party|kgp:partner ?party ; a ?cls .
             OPTIONAL { ?p rdfs:label ?label }
             OPTIONAL { ?p kgp:partnershipKind|kgp:programmeKind ?kind }
             OPTIONAL { ?p kgp:status ?status } }
  VALUES ?cls { kgp:Partnership kgp:Programme }
}"""


@dataclass
class _Fact:
    """A meeting or partnership behind edges: its line of text, date and parties."""

    text: str
    graph: str
    date: str | None = None
    parties: set[str] = field(default_factory=set)


def project(kg: GraphSource) -> Network:
    """The whole network of the graph: every entity of a node class and every derived edge."""
    sources = _sources(kg)
    nodes = _nodes(kg)
    edges = _edges(kg, nodes, sources)
    finished = [_finish_node(n, sources) for n in nodes.values()]
    return Network(nodes=finished, edges=edges, total_nodes=len(finished), total_edges=len(edges))


@dataclass
class _NodeDraft:
    id: str
    kind: str
    label: str
    graphs: set[str] = field(default_factory=set)
    attrs: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    country: tuple[str, str] | None = None


def _nodes(kg: GraphSource) -> dict[str, _NodeDraft]:
    """Entities of the node classes, each with its most specific kind, label and attributes."""
    rank = {k: i for i, k in enumerate(NODE_CLASSES)}
    drafts: dict[str, _NodeDraft] = {}
    for row in map(row_values, kg.select(_NODES_Q)):
        kind = row["type"].removeprefix(KGP_IRI)
        old = drafts.get(row["node"])
        if old is None or rank[kind] < rank[old.kind]:
            label = row.get("label") or (old.label if old else _local_name(row["node"]))
            drafts[row["node"]] = _NodeDraft(row["node"], kind, label, graphs=old.graphs if old else set())
        drafts[row["node"]].graphs.add(row["g"])
    for row in map(row_values, kg.select(_NAMED_IN_Q)):
        if (draft := drafts.get(row["node"])) is not None:
            draft.graphs.add(row["g"])
    for row in map(row_values, kg.select(_ATTRS_Q)):
        if (draft := drafts.get(row["node"])) is not None:
            value, values = row.get("vl", row["v"]), draft.attrs[_local_name(row["p"])]
            if value not in values:
                values.append(value)
            if row["p"] in _COUNTRY_PREDICATES:
                draft.country = (row["v"], value)
    for row in map(row_values, kg.select(_PERSON_COUNTRY_Q)):
        if (draft := drafts.get(row["person"])) is not None:
            draft.country = (row["country"], row.get("cl", _local_name(row["country"])))
    for draft in drafts.values():
        if draft.kind == "Country":
            draft.country = (draft.id, draft.label)
    return drafts


# Attribute lines in tooltips, in this order, with the words that introduce them.
_ATTR_LINES = (
    ("holds", "Post"),
    ("count", "Count"),
    ("countQualifier", "Count is"),
    ("who", "Who"),
    ("activity", "Activity"),
    ("programmeKind", "Kind"),
    ("level", "Level"),
    ("status", "Status"),
    ("asOf", "As of"),
    ("targetYear", "Target year"),
    ("fromCountry", "From"),
    ("hostCountry", "Host country"),
)


def _finish_node(draft: _NodeDraft, sources: dict[str, SourceRef]) -> Node:
    facts = tuple(
        f"{word}: {', '.join(draft.attrs[key])}" for key, word in _ATTR_LINES if draft.attrs.get(key)
    )
    country_id, country = draft.country or (None, None)
    return Node(
        id=draft.id,
        label=draft.label,
        kind=draft.kind,
        country=country if draft.kind != "Country" else None,
        country_id=country_id,
        # An ISO code names a country as well as an alias does (``--country KZ``).
        aliases=tuple(sorted({*draft.attrs.get("altLabel", []), *draft.attrs.get("isoCode", [])})),
        facts=facts,
        sources=_articles(draft.graphs, sources),
    )


def _articles(graphs: set[str], sources: dict[str, SourceRef]) -> tuple[SourceRef, ...]:
    """The articles of ``graphs``, newest first (undated last): not the reference or entities graph."""
    refs = dict.fromkeys(sources[g] for g in sorted(graphs - _ARTICLELESS) if g in sources)
    return tuple(sorted(refs, key=lambda s: s.date or "", reverse=True))


def _sources(kg: GraphSource) -> dict[str, SourceRef]:
    """The source of each named graph of facts."""
    out: dict[str, SourceRef] = {}
    for row in map(row_values, kg.select(_SOURCE_DETAILS_Q)):
        out.setdefault(
            row["g"],
            SourceRef(
                iri=row["src"],
                title=row.get("title", _local_name(row["src"])),
                date=row.get("issued"),
                url=row.get("url"),
                publisher=row.get("publabel", row.get("pub")),
            ),
        )
    return out


def _edges(kg: GraphSource, nodes: dict[str, _NodeDraft], sources: dict[str, SourceRef]) -> list[Edge]:
    """Derived edges between known entities, symmetric ones once, with the facts behind them."""
    found: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for row in map(row_values, kg.select(_EDGES_Q)):
        kind, a, b = row["kind"].removeprefix(KGP_IRI), row["a"], row["b"]
        if a == b or a not in nodes or b not in nodes:
            continue
        if kind in SYMMETRIC and b < a:
            a, b = b, a
        found[(kind, a, b)].add(row["g"])
    # Facts indexed by party: scanning every fact per edge was quadratic (20 s at 10k nodes).
    facts: dict[tuple[str, str], list[_Fact]] = defaultdict(list)
    for kind, items in _facts(kg, sources).items():
        for fact in items:
            for party in fact.parties:
                facts[(kind, party)].append(fact)
    labels = {n.id: n.label for n in nodes.values()}
    return [
        _edge(kind, a, b, graphs, facts.get((kind, a), []), sources, labels)
        for (kind, a, b), graphs in sorted(found.items())
    ]


def _edge(
    kind: str,
    a: str,
    b: str,
    graphs: set[str],
    facts: list[_Fact],
    sources: dict[str, SourceRef],
    labels: dict[str, str],
) -> Edge:
    """One edge with the facts of its graphs that name both its ends (or, for cohorts, either)."""
    both = {a, b}
    if kind in ("meets", "partnersWith"):
        mine = [f for f in facts if f.graph in graphs and both <= f.parties]
    else:
        # Cohort edges: the cohort itself is the fact; structural edges have none.
        cohort = a if kind in ("studiesAt", "studiesIn", "comesFrom") else b
        dated = [(g, getattr(sources.get(g), "date", None)) for g in graphs]
        mine = [_Fact(labels[cohort], g, d) for g, d in dated] if kind in _COHORT_EDGES else []
    refs = [sources[g] for g in sorted(graphs) if g in sources]
    # A meeting's own date (or its source's); otherwise the publication dates of the sources.
    dates = {f.date for f in mine if f.date} if mine else {s.date for s in refs if s.date}
    texts = sorted({f.text for f in mine})
    return Edge(
        source=a,
        target=b,
        kind=kind,
        facts=tuple(texts),
        sources=tuple(dict.fromkeys(refs)),
        dates=tuple(sorted(d for d in dates if d)),
        weight=max(len(texts), 1),
    )


def _facts(kg: GraphSource, sources: dict[str, SourceRef]) -> dict[str, list[_Fact]]:
    """Meetings (behind ``meets``) and partnerships in force or programmes (behind ``partnersWith``)."""
    topics: dict[str, list[str]] = defaultdict(list)
    for row in map(row_values, kg.select(_TOPICS_Q)):
        if "tl" in row and row["tl"] not in topics[row["m"]]:
            topics[row["m"]].append(row["tl"])
    meetings: dict[str, _Fact] = {}
    for row in map(row_values, kg.select(_MEETING_PARTICIPANTS_Q)):
        m = row["m"]
        if m not in meetings:
            day = row.get("date") or getattr(sources.get(row["g"]), "date", None)
            text = f"{day or 'undated'} · {row.get('label', _local_name(m))}"
            if topics.get(m):
                text += " · topics: " + ", ".join(sorted(topics[m]))
            meetings[m] = _Fact(text, row["g"], day)
        meetings[m].parties.add(row["party"])
    partnerships: dict[str, _Fact] = {}
    for row in map(row_values, kg.select(PARTNERSHIPS_Q)):
        if row.get("status") is not None and row["status"] not in IN_FORCE:
            continue  # proposed cooperation is not a partnership (see rules/partners_with.ru)
        p = row["p"]
        if p not in partnerships:
            status = _local_name(row["status"]).lower() if "status" in row else None
            details = ", ".join(x for x in (row.get("kind"), status) if x)
            text = row.get("label", _local_name(p)) + (f" ({details})" if details else "")
            partnerships[p] = _Fact(text, row["g"], getattr(sources.get(row["g"]), "date", None))
        partnerships[p].parties.add(row["party"])
    return {"meets": list(meetings.values()), "partnersWith": list(partnerships.values())}


def _local_name(iri: str) -> str:
    """The last segment of an IRI, as a fallback label."""
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
