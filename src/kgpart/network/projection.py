"""Project the knowledge graph to networkx graphs for analysis: institutions and countries.

The projections are read with a few SPARQL queries (:meth:`GraphSource.select`) and joined
in Python (never with ``rdflib_to_networkx``, which turns literals into nodes):

- ``institutions``: one node per organisation; two organisations are linked when they are parties
  to the same partnership in force (active or agreed) or programme, or took part in the same
  meeting (as participating organisations, as hosts, or through the posts their people hold).
  Faculties and centres are folded into the institution they are part of (``kgp:partOf``) unless
  ``fold_units=False``, in which case they stay nodes of their own, linked to it by a ``part of``
  fact.
- ``countries``: one node per country; two countries are linked when organisations of theirs are
  linked in the institutions projection (``weight`` counts those institution links; an embassy
  belongs to the country it represents).

Every edge lists the facts behind it (:class:`Fact`: IRI, kind, label, date, source), so a path can
be explained; ``weight`` is the number of facts (institutions) or institution links (countries).

Examples
--------
>>> from kgpart.store.graph import KnowledgeGraph
>>> G = network_projection(KnowledgeGraph.open(), "institutions")
>>> G.nodes["https://w3id.org/kgpart/id/org/ghent-university"]["label"]
'Ghent University'
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import get_args

import networkx as nx

from kgpart.errors import UnknownNameError
from kgpart.formats import ProjectionKind
from kgpart.network.read import IN_FORCE, PARTNERSHIPS_Q
from kgpart.store.source import GraphSource, row_values
from kgpart.terms import KGP_IRI, kgp_iri
from kgpart.vocab import ORGANIZATION_CLASSES

PROJECTIONS: tuple[ProjectionKind, ...] = get_args(ProjectionKind)
_PROGRAMME = kgp_iri("Programme")

_ORGS_Q = f"""
SELECT ?org ?type ?label ?country WHERE {{
  VALUES ?type {{ {" ".join("kgp:" + c for c in ORGANIZATION_CLASSES)} }}
  ?org a ?type .
  OPTIONAL {{ ?org rdfs:label ?label }}
  OPTIONAL {{ ?org kgp:country ?country }}
  FILTER(isIRI(?org))
}}"""
_ALIASES_Q = "SELECT ?e ?alias WHERE { ?e skos:altLabel|kgp:isoCode ?alias }"
_COUNTRIES_Q = "SELECT ?c ?label WHERE { ?c a kgp:Country OPTIONAL { ?c rdfs:label ?label } }"
_UNITS_Q = "SELECT ?unit ?whole ?g WHERE { GRAPH ?g { ?unit kgp:partOf ?whole } }"
# Each source with its date, title and URL: what explanations and exports cite (#12 item 6).
_SOURCE_DATES_Q = """
SELECT ?g ?src ?issued ?title ?url WHERE {
  GRAPH ?g { ?g kgp:source ?src }
  OPTIONAL { ?src dcterms:issued ?issued } OPTIONAL { ?src rdfs:label ?title } OPTIONAL { ?src schema:url ?url }
}"""
# One row per meeting: its label and day (its organisations come from _MEETING_ORGS_Q).
_MEETING_LABELS_Q = """
SELECT ?m ?g ?label ?date WHERE {
  GRAPH ?g { ?m a kgp:Meeting OPTIONAL { ?m rdfs:label ?label } OPTIONAL { ?m kgp:date ?date } }
}"""
# A person's posts may be described in another graph than the meeting: no GRAPH pattern here.
_MEETING_ORGS_Q = """
SELECT DISTINCT ?m ?org WHERE {
  ?m a kgp:Meeting .
  { ?m kgp:participantOrganization|kgp:host ?org } UNION { ?m kgp:participant/kgp:holds/kgp:postIn ?org }
}"""


@dataclass(frozen=True, slots=True)
class Fact:
    """A meeting, partnership, programme or unit-of statement behind a projection edge.

    ``parties`` are the organisations the fact names (before faculties are folded), ``source``
    the IRI of the article it was read from, ``source_title`` and ``source_url`` that article's
    title and URL, ``date`` the meeting's day or the article's.
    """

    iri: str
    kind: str  # "meeting", "partnership", "programme" or "part of"
    label: str
    date: str | None = None
    source: str | None = None
    parties: tuple[str, ...] = ()
    source_title: str | None = None
    source_url: str | None = None

    def describe(self) -> str:
        """One line: date, kind and label (``2025-05-12 meeting: Aida Serikova meets ...``)."""
        return f"{self.date or 'undated'} {self.kind}: {self.label}"

    def cites(self) -> str:
        """The article, as a reader knows it: its title and URL (the source IRI only lacking both).

        >>> Fact("urn:m", "meeting", "m", source="urn:s", source_title="Envoy visits", source_url="https://x.org/1").cites()
        'Envoy visits <https://x.org/1>'
        """
        if self.source_url:
            return f"{self.source_title} <{self.source_url}>" if self.source_title else self.source_url
        return self.source_title or self.source or "unknown"


@dataclass
class Organisation:
    """An organisation as the projection reads it: class, label, country IRI and aliases."""

    iri: str
    kind: str
    label: str
    country: str | None = None
    aliases: set[str] = field(default_factory=set)


def network_projection(
    kg: GraphSource, kind: ProjectionKind = "institutions", *, fold_units: bool = True
) -> nx.Graph:
    """The graph projected to institutions or countries, as an undirected ``networkx.Graph``.

    Parameters
    ----------
    kg : the knowledge graph.
    kind : ``"institutions"`` or ``"countries"``.
    fold_units : fold faculties and centres into the institution they are part of (default), or
        keep them as nodes linked to it by a ``part of`` fact.

    Returns
    -------
    networkx.Graph
        Nodes are IRIs with attributes ``label``, ``kind`` (class), ``country`` (label),
        ``country_id``, ``aliases`` (list); institution nodes also ``units`` (folded unit IRIs).
        Edges have ``facts`` (list of :class:`Fact`), ``kinds`` and ``weight``; country edges
        also ``links`` (institution pairs). ``G.graph`` holds ``projection`` and ``folded``
        (unit IRI -> institution IRI).

    Raises
    ------
    UnknownNameError
        ``kind`` is not a projection.

    Examples
    --------
    >>> from kgpart.store.graph import KnowledgeGraph
    >>> G = network_projection(KnowledgeGraph.open(), "countries")
    >>> sorted(G.nodes[n]["label"] for n in G)[:2]
    ['Belgium', 'Kazakhstan']
    """
    if kind not in PROJECTIONS:
        raise UnknownNameError("projection", kind, PROJECTIONS)
    institutions = _institutions(kg, fold_units=fold_units)
    return institutions if kind == "institutions" else countries_of(institutions, _countries(kg))


def _institutions(kg: GraphSource, *, fold_units: bool) -> nx.Graph:
    orgs = organisations(kg)
    countries = _countries(kg)
    sources = _source_dates(kg)
    parents, unit_facts = _units(kg, orgs, sources)
    folded = {unit: _top(unit, parents) for unit in parents} if fold_units else {}
    G = nx.Graph(projection="institutions", folded=folded)
    units: dict[str, list[str]] = defaultdict(list)
    for unit, whole in folded.items():
        units[whole].append(unit)
    for org in orgs.values():
        if org.iri not in folded:
            G.add_node(
                org.iri,
                label=org.label,
                kind=org.kind,
                country=countries.get(org.country or ""),
                country_id=org.country,
                aliases=sorted(org.aliases),
                units=sorted(units.get(org.iri, [])),
            )
    facts = [*_meetings(kg, sources), *_partnerships(kg, sources)]
    if not fold_units:
        facts += unit_facts
    for fact in facts:
        ends = sorted({folded.get(p, p) for p in fact.parties if p in orgs})
        for a, b in combinations(ends, 2):
            _link(G, a, b, fact)
    return G


def _link(G: nx.Graph, a: str, b: str, fact: Fact) -> None:
    """Add ``fact`` to the edge a-b, creating it if needed."""
    data = G.get_edge_data(a, b)
    if data is None:
        G.add_edge(a, b, facts=[fact], kinds=[fact.kind], weight=1)
        return
    data["facts"].append(fact)
    data["weight"] = len(data["facts"])
    if fact.kind not in data["kinds"]:
        data["kinds"] = sorted([*data["kinds"], fact.kind])


def organisations(kg: GraphSource) -> dict[str, Organisation]:
    """Organisations by IRI, with their most specific class, label, country and aliases."""
    # Most specific first: an organisation typed twice gets the first class that matches.
    rank = {c: i for i, c in enumerate(ORGANIZATION_CLASSES)}
    orgs: dict[str, Organisation] = {}
    for row in map(row_values, kg.select(_ORGS_Q)):
        iri, kind = row["org"], row["type"].removeprefix(KGP_IRI)
        old = orgs.get(iri)
        if old is None or rank[kind] < rank[old.kind]:
            label = row.get("label") or (old.label if old else _local_name(iri))
            orgs[iri] = Organisation(iri, kind, label, row.get("country"))
        elif old.country is None:
            old.country = row.get("country")
    for row in map(row_values, kg.select(_ALIASES_Q)):
        if (org := orgs.get(row["e"])) is not None:
            org.aliases.add(row["alias"])
    return orgs


def read_facts(kg: GraphSource) -> list[Fact]:
    """Every meeting, partnership in force and programme, with its organisations, date and source.

    >>> from kgpart.store.graph import KnowledgeGraph
    >>> sorted({f.kind for f in read_facts(KnowledgeGraph.open())})
    ['meeting', 'partnership', 'programme']
    """
    sources = _source_dates(kg)
    return [*_meetings(kg, sources), *_partnerships(kg, sources)]


@dataclass(frozen=True, slots=True)
class _Source:
    """A named graph's source: its IRI, publication date, title and URL."""

    iri: str | None = None
    issued: str | None = None
    title: str | None = None
    url: str | None = None


def _source_dates(kg: GraphSource) -> dict[str, _Source]:
    """Each named graph's source: IRI, publication date, title and URL."""
    return {
        row["g"]: _Source(row["src"], row.get("issued"), row.get("title"), row.get("url"))
        for row in map(row_values, kg.select(_SOURCE_DATES_Q))
    }


def _fact(iri: str, kind: str, label: str, date: str | None, src: _Source, parties: tuple[str, ...]) -> Fact:
    return Fact(iri, kind, label, date, src.iri, parties, src.title, src.url)


def _countries(kg: GraphSource) -> dict[str, str]:
    """Country labels by IRI."""
    rows = map(row_values, kg.select(_COUNTRIES_Q))
    return {row["c"]: row.get("label") or _local_name(row["c"]) for row in rows}


def _units(
    kg: GraphSource, orgs: dict[str, Organisation], sources: dict[str, _Source]
) -> tuple[dict[str, str], list[Fact]]:
    """Each unit's direct parent, and the ``part of`` facts that state them."""
    parents: dict[str, str] = {}
    facts: list[Fact] = []
    for row in map(row_values, kg.select(_UNITS_Q)):
        unit, whole = row["unit"], row["whole"]
        if unit in orgs and whole in orgs and unit != whole and unit not in parents:
            parents[unit] = whole
            src = sources.get(row["g"], _Source())
            label = f"{orgs[unit].label} is part of {orgs[whole].label}"
            facts.append(_fact(unit, "part of", label, src.issued, src, (unit, whole)))
    return parents, facts


def _top(unit: str, parents: dict[str, str]) -> str:
    """The outermost institution a unit is part of (a cycle stops where it closes)."""
    seen = {unit}
    while unit in parents and parents[unit] not in seen:
        unit = parents[unit]
        seen.add(unit)
    return unit


def _meetings(kg: GraphSource, sources: dict[str, _Source]) -> list[Fact]:
    """Meetings with the organisations that took part, dated by their day or their source's."""
    parties: dict[str, list[str]] = defaultdict(list)
    for row in map(row_values, kg.select(_MEETING_ORGS_Q)):
        parties[row["m"]].append(row["org"])
    facts: dict[str, Fact] = {}
    for row in map(row_values, kg.select(_MEETING_LABELS_Q)):
        m = row["m"]
        if m in facts:
            continue
        src = sources.get(row["g"], _Source())
        label = row.get("label") or _local_name(m)
        facts[m] = _fact(m, "meeting", label, row.get("date") or src.issued, src, tuple(sorted(parties[m])))
    return list(facts.values())


def _partnerships(kg: GraphSource, sources: dict[str, _Source]) -> list[Fact]:
    """Partnerships in force (active or agreed) and programmes, dated by their source."""
    heads: dict[str, tuple[str, str, str]] = {}  # IRI -> kind, label, graph
    parties: dict[str, set[str]] = defaultdict(set)
    for row in map(row_values, kg.select(PARTNERSHIPS_Q)):
        p, is_programme = row["p"], row["cls"] == _PROGRAMME
        # Proposed cooperation is not a partnership yet (as in rules/partners_with.ru).
        if not is_programme and row.get("status") not in IN_FORCE:
            continue
        if p not in heads:
            label = row.get("label") or _local_name(p)
            if row.get("kind") and row["kind"].casefold() not in label.casefold():
                label += f" ({row['kind']})"
            heads[p] = ("programme" if is_programme else "partnership", label, row["g"])
        parties[p].add(row["party"])
    facts = []
    for p, (kind, label, graph) in heads.items():
        src = sources.get(graph, _Source())
        facts.append(_fact(p, kind, label, src.issued, src, tuple(sorted(parties[p]))))
    return facts


def countries_of(institutions: nx.Graph, countries: dict[str, str]) -> nx.Graph:
    """The country projection of an institutions projection (see :func:`network_projection`).

    >>> countries_of(nx.Graph(), {}).number_of_nodes()
    0
    """
    G = nx.Graph(projection="countries", folded={})
    # only countries some institution is in: the reference data names every ISO country, and
    # two hundred isolated nodes would swamp every measure of the network
    present = {data.get("country_id") for _, data in institutions.nodes(data=True)}
    for iri, label in countries.items():
        if iri in present:
            G.add_node(iri, label=label, kind="Country", country=label, country_id=iri, aliases=[])
    for a, b, data in institutions.edges(data=True):
        ca, cb = institutions.nodes[a].get("country_id"), institutions.nodes[b].get("country_id")
        if ca is None or cb is None or ca == cb or ca not in G or cb not in G:
            continue
        edge = G.get_edge_data(ca, cb)
        if edge is None:
            G.add_edge(ca, cb, facts=[], kinds=[], links=[], weight=0)
            edge = G.edges[ca, cb]
        edge["links"].append((a, b))
        edge["facts"].extend(data["facts"])
        edge["kinds"] = sorted({*edge["kinds"], *data["kinds"]})
        edge["weight"] = len(edge["links"])
    return G


def _local_name(iri: str) -> str:
    """The last segment of an IRI, as a fallback label."""
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
