"""Counts of what a graph holds: entities by class, edges by kind, sources."""

from __future__ import annotations

from dataclasses import dataclass, field

from kgpart.store.source import GraphSource

_BY_CLASS = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s a ?c . ?c rdfs:label ?class .
  FILTER(STRSTARTS(STR(?c), STR(kgp:)) && !STRSTARTS(STR(?s), STR(kgp:)))
  FILTER(?c NOT IN (kgp:Topic, kgp:Status, kgp:MeetingKind))
} GROUP BY ?class ORDER BY DESC(?n) ?class"""

# Symmetric edges are stored both ways; count each pair once.
_BY_EDGE = """
SELECT ?edge (COUNT(*) AS ?n) WHERE {
  { SELECT DISTINCT ?p ?a ?b WHERE {
      ?a ?p ?b .
      VALUES ?p { kgp:meets kgp:partnersWith kgp:involves kgp:partOf kgp:studiesAt kgp:studiesIn kgp:comesFrom kgp:locatedIn }
      FILTER(?p NOT IN (kgp:meets, kgp:partnersWith) || STR(?a) < STR(?b))
  } }
  BIND(STRAFTER(STR(?p), "#") AS ?edge)
} GROUP BY ?edge ORDER BY DESC(?n) ?edge"""


@dataclass
class GraphStats:
    """What a graph holds, for a summary."""

    triples: int
    sources: int
    classes: dict[str, int] = field(default_factory=dict)
    edges: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        """A readable two-column summary."""
        lines = [
            f"{self.triples} triples of facts from {self.sources} source graph(s)",
            "",
            "entities by class:",
        ]
        lines += [f"  {name:<24}{n:>8}" for name, n in self.classes.items()]
        lines += ["", "network edges (symmetric pairs counted once):"]
        lines += [f"  {name:<24}{n:>8}" for name, n in self.edges.items()]
        return "\n".join(lines) + "\n"


def graph_stats(kg: GraphSource) -> GraphStats:
    """Count entities by class and network edges by kind."""

    def counts(query: str, key: str) -> dict[str, int]:
        return {row[key].value: int(row["n"].value) for row in kg.select(query)}

    triples = sum(1 for _ in kg.quads())
    return GraphStats(triples, len(kg.fact_graphs()), counts(_BY_CLASS, "class"), counts(_BY_EDGE, "edge"))
