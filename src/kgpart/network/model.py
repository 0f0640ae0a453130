"""The plain data of a network view: nodes, edges, their facts and sources, and their tooltip text.

Tooltips are plain text (lines joined by newlines): the page shows them as text, never as HTML,
because every string here may come from an article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# How each edge kind reads in a sentence and in the legend.
EDGE_PHRASES: dict[str, str] = {
    "meets": "meets",
    "partnersWith": "partners with",
    "involves": "involves",
    "partOf": "part of",
    "studiesAt": "studies at",
    "studiesIn": "studies in",
    "comesFrom": "comes from",
    "locatedIn": "located in",
}

# Facts listed in a tooltip before the rest is summarised as "... and N more".
_MAX_FACT_LINES = 12


@dataclass(frozen=True)
class SourceRef:
    """A source article that facts were read from."""

    iri: str
    title: str
    date: str | None = None
    url: str | None = None
    publisher: str | None = None

    def describe(self) -> str:
        """One line: title, publisher and date, then the URL if known."""
        extras = ", ".join(x for x in (self.publisher, self.date) if x)
        text = f"{self.title} ({extras})" if extras else self.title
        return f"{text} {self.url}" if self.url else text


@dataclass(frozen=True)
class Node:
    """An entity of the network: an organisation, person, country, programme or cohort."""

    id: str
    label: str
    kind: str
    country: str | None = None
    country_id: str | None = None
    aliases: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    degree: int = 0
    connections: dict[str, int] = field(default_factory=dict)

    def title(self) -> str:
        """The tooltip: label, class and country, facts, connections and sources, as plain text."""
        lines = [self.label, " · ".join(x for x in (kind_label(self.kind), self.country) if x)]
        if self.aliases:
            lines.append("Also: " + ", ".join(self.aliases))
        lines += _capped(list(self.facts))
        if self.connections:
            parts = [f"{EDGE_PHRASES.get(k, k)} {n}" for k, n in sorted(self.connections.items())]
            lines.append("Connections: " + " · ".join(parts))
        lines += [f"Source: {s.describe()}" for s in self.sources]
        return "\n".join(lines)


@dataclass(frozen=True)
class Edge:
    """A network edge; symmetric kinds have ``source < target`` and appear once."""

    source: str
    target: str
    kind: str
    facts: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    dates: tuple[str, ...] = ()
    weight: int = 1

    @property
    def key(self) -> str:
        """A stable id for the edge, unique within a network."""
        return f"{self.kind} {self.source} {self.target}"

    def title(self, labels: dict[str, str]) -> str:
        """The tooltip: who relates to whom, the facts behind it and their sources, as plain text."""
        head = f"{labels.get(self.source, self.source)} — {EDGE_PHRASES.get(self.kind, self.kind)} — "
        lines = [head + labels.get(self.target, self.target)]
        if self.weight > 1:
            lines.append(f"{self.weight} facts")
        lines += _capped(list(self.facts))
        lines += [f"Source: {s.describe()}" for s in self.sources]
        return "\n".join(lines)


@dataclass
class Network:
    """Nodes and edges of a view; ``total_*`` are the sizes before any cut to the top nodes."""

    nodes: list[Node]
    edges: list[Edge]
    focus: str | None = None
    total_nodes: int = 0
    total_edges: int = 0

    @property
    def truncated(self) -> bool:
        """Whether nodes were left out to keep the view small."""
        return self.total_nodes > len(self.nodes)

    def labels(self) -> dict[str, str]:
        """Node labels by id."""
        return {n.id: n.label for n in self.nodes}


def kind_label(kind: str) -> str:
    """A class name as words, for tooltips and the page's legend.

    Examples
    --------
    >>> kind_label("ResearchInstitute")
    'Research institute'
    """
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in kind).strip()
    return words[:1].upper() + words[1:]


def _capped(lines: list[str]) -> list[str]:
    if len(lines) <= _MAX_FACT_LINES:
        return lines
    return [*lines[:_MAX_FACT_LINES], f"... and {len(lines) - _MAX_FACT_LINES} more"]
