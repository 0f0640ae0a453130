"""Network analysis of a projection: centrality, communities, paths, ego networks, bridges.

Functions take a graph ``G`` from :func:`kgpart.network.projection.network_projection` and return plain
dataclasses (``asdict`` gives JSON-ready dicts), in the style of networkx. Algorithms are chosen by
size so that a graph of a million triples is analysed in under a minute, and each result says in
``method`` which one ran: exact betweenness on small graphs, sampled (``k`` sources, seeded) on
large ones; Louvain communities (seeded) up to :data:`LOUVAIN_MAX_EDGES` edges, label propagation
beyond.

Examples
--------
>>> from kgpart.store.graph import KnowledgeGraph
>>> from kgpart.network.projection import network_projection
>>> G = network_projection(KnowledgeGraph.open())
>>> centrality(G).scores[0].label
'Ghent University'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, get_args

import networkx as nx
import pyoxigraph as ox

from kgpart.errors import NotConnectedError, ParameterError, UnknownNameError
from kgpart.formats import CommunityMethod
from kgpart.network.projection import Fact, network_projection
from kgpart.query.run import find_entity_iri
from kgpart.store.source import GraphSource

__all__ = [
    "bridges",
    "centrality",
    "communities",
    "ego",
    "explain_path",
    "find_node",
    "network_projection",
    "resolve_node",
]

# Brandes' algorithm costs one breadth-first search per source. Measured per source on a busy
# two-core machine (see bench/): 2 ms at 4k nodes+edges, 57 ms at 38k, 3.5 s at 600k, i.e. about
# 1.3e-8 s * (n + m) ** 1.46. Betweenness is exact when all n sources fit the time budget, and
# estimated from the k sources that fit otherwise (seeded, so the same k and seed give the same scores).
BETWEENNESS_SECONDS = 20.0
SECONDS_PER_SOURCE = 1.3e-8
COST_EXPONENT = 1.46
MIN_SAMPLES = 5
# Louvain took 55 s on 450k edges; label propagation is linear and far faster past this size.
LOUVAIN_MAX_EDGES = 150_000


@dataclass(frozen=True)
class NodeScore:
    """The centrality of one node."""

    id: str
    label: str
    kind: str
    country: str | None
    degree: int
    degree_centrality: float
    betweenness: float


@dataclass(frozen=True)
class CentralityResult:
    """Nodes ranked by degree, then betweenness; ``method`` says how betweenness was computed."""

    method: str
    scores: list[NodeScore]


def centrality(G: nx.Graph, *, k: int | None = None, seed: int = 0) -> CentralityResult:
    """Degree and betweenness centrality of every node, highest degree first.

    Parameters
    ----------
    G : a projection.
    k : sources to sample for betweenness; ``None`` chooses by size (exact when affordable).
    seed : the random seed of the sample, so that sampled scores are reproducible.

    Examples
    --------
    >>> result = centrality(nx.path_graph(3))
    >>> result.method, result.scores[0].id
    ('exact betweenness', '1')
    """
    n, m = G.number_of_nodes(), G.number_of_edges()
    samples = k if k is not None else _betweenness_samples(n, m)
    if samples is None or samples >= n:
        between, method = nx.betweenness_centrality(G), "exact betweenness"
    else:
        if samples < 1:
            raise ParameterError(f"the number of samples must be 1 or more, not {samples}")
        between = nx.betweenness_centrality(G, k=samples, seed=seed)
        method = f"sampled betweenness, k={samples} sources of {n}, seed={seed}"
    degree = nx.degree_centrality(G) if n > 1 else dict.fromkeys(G, 0.0)
    scores = [NodeScore(str(v), *_describe(G, v), G.degree(v), degree[v], between.get(v, 0.0)) for v in G]
    scores.sort(key=lambda s: (-s.degree, -s.betweenness, s.label, s.id))
    return CentralityResult(method, scores)


def _betweenness_samples(n: int, m: int) -> int | None:
    """``None`` for exact betweenness when it fits the time budget, else the number of sources."""
    per_source = SECONDS_PER_SOURCE * (n + m) ** COST_EXPONENT
    if n * per_source <= BETWEENNESS_SECONDS:
        return None
    return max(MIN_SAMPLES, int(BETWEENNESS_SECONDS / per_source))


def _describe(G: nx.Graph, v: Any) -> tuple[str, str, str | None]:
    data = G.nodes[v]
    return str(data.get("label", v)), str(data.get("kind", "")), data.get("country")


@dataclass(frozen=True)
class Community:
    """A community: its members, the best connected first."""

    id: int
    size: int
    members: list[str]
    labels: list[str]


@dataclass(frozen=True)
class CommunitiesResult:
    """Communities, largest first, with the modularity of the partition."""

    method: str
    modularity: float
    communities: list[Community]


def communities(
    G: nx.Graph, *, seed: int = 0, resolution: float = 1.0, method: CommunityMethod = "auto"
) -> CommunitiesResult:
    """Communities of densely linked nodes (Louvain, seeded; label propagation on huge graphs).

    Parameters
    ----------
    G : a projection; edge ``weight`` (facts or links behind an edge) counts as strength.
    seed : the random seed: the same seed gives the same communities.
    resolution : Louvain's resolution; above 1 favours smaller communities.
    method : ``"louvain"``, ``"label-propagation"`` or ``"auto"`` (by size).

    Examples
    --------
    >>> G = nx.barbell_graph(3, 0)
    >>> [c.size for c in communities(G).communities]
    [3, 3]
    """
    if method == "auto":
        method = "louvain" if G.number_of_edges() <= LOUVAIN_MAX_EDGES else "label-propagation"
    if method == "louvain":
        parts = nx.community.louvain_communities(G, weight="weight", resolution=resolution, seed=seed)
        described = f"louvain, resolution={resolution}, seed={seed}"
    elif method == "label-propagation":
        parts = list(nx.community.fast_label_propagation_communities(G, weight="weight", seed=seed))
        described = f"fast label propagation, seed={seed}"
    else:
        raise UnknownNameError("community method", method, get_args(CommunityMethod))
    modularity = nx.community.modularity(G, parts, weight="weight") if G.number_of_edges() else 0.0
    # The sum's last digits follow the order the sets are walked in, which differs between two
    # runs over the same graph (rows from another engine): 12 decimals are the same every time.
    modularity = round(modularity, 12)
    ranked = sorted((_ranked_members(G, part) for part in parts), key=lambda ms: (-len(ms), str(ms[0])))
    found = [
        Community(i, len(ms), [str(v) for v in ms], [_describe(G, v)[0] for v in ms])
        for i, ms in enumerate(ranked, start=1)
    ]
    return CommunitiesResult(described, modularity, found)


def _ranked_members(G: nx.Graph, part: set[Any]) -> list[Any]:
    return sorted(part, key=lambda v: (-G.degree(v), _describe(G, v)[0], str(v)))


@dataclass(frozen=True)
class PathStep:
    """One hop of a path and the facts that link its two ends."""

    source: str
    target: str
    source_label: str
    target_label: str
    facts: list[Fact]


@dataclass(frozen=True)
class PathResult:
    """A shortest path, hop by hop, with the facts along it."""

    method: str
    nodes: list[str]
    labels: list[str]
    steps: list[PathStep]

    def text(self) -> str:
        """The path as lines: each hop, then its facts with their sources."""
        lines = [" -> ".join(self.labels)]
        for step in self.steps:
            lines.append(f"{step.source_label} -- {step.target_label}")
            lines += [f"  {f.describe()} [{f.iri}] (source: {f.cites()})" for f in step.facts]
        return "\n".join(lines) + "\n"


def explain_path(kg: GraphSource, G: nx.Graph, a: str, b: str) -> PathResult:
    """A shortest path between two entities, explained by the facts along it.

    ``a`` and ``b`` are labels, aliases or IRIs (see :func:`resolve_node`).

    Raises
    ------
    UnknownNameError
        An entity is not known; the message lists the closest names.
    NotConnectedError
        No path links the two in this projection.

    Examples
    --------
    >>> from kgpart.store.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.open()
    >>> explain_path(kg, network_projection(kg), "UGent", "Nazarbayev University").labels
    ['Ghent University', 'Nazarbayev University']
    """
    start, end = resolve_node(kg, G, a), resolve_node(kg, G, b)
    try:
        nodes = nx.shortest_path(G, start, end)
    except nx.NetworkXNoPath:
        kind = G.graph.get("projection", "")
        raise NotConnectedError(
            f"{_label(G, start)!r} and {_label(G, end)!r} are not connected in the {kind} projection"
        ) from None
    steps = [
        PathStep(str(u), str(v), _label(G, u), _label(G, v), _sorted_facts(G.edges[u, v]["facts"]))
        for u, v in pairwise(nodes)
    ]
    return PathResult("unweighted shortest path (fewest hops)", nodes, [_label(G, v) for v in nodes], steps)


def _sorted_facts(facts: list[Fact]) -> list[Fact]:
    return sorted(facts, key=lambda f: (f.date or "", f.kind, f.label, f.iri))


def _label(G: nx.Graph, v: Any) -> str:
    return str(G.nodes[v].get("label", v))


_STAND_IN_Q = """
SELECT ?e ?x WHERE { { ?e kgp:holds/kgp:postIn ?x } UNION { ?e kgp:country ?x } } ORDER BY ?x"""


def resolve_node(kg: GraphSource, G: nx.Graph, value: str) -> str:
    """The node of ``G`` that stands for an entity named by label, alias or IRI (any case).

    A folded faculty stands for its university, a person for the organisation of their post and,
    in the countries projection, an organisation for its country.

    Raises
    ------
    UnknownNameError
        Nothing has that name; the message lists the closest labels.
    ParameterError
        The name is ambiguous, or the entity has no place in this projection.
    """
    iri = find_entity_iri(kg, value).value
    folded: dict[str, str] = G.graph.get("folded", {})
    frontier = [iri]
    for _ in range(3):  # the entity itself, its organisation, that organisation's country
        for candidate in frontier:
            candidate = folded.get(candidate, candidate)
            if candidate in G:
                return candidate
        frontier = [x for c in frontier for x in _stand_ins(kg, c)]
    kind = G.graph.get("projection", "this")
    raise ParameterError(f"{value!r} is not an organisation or country of the {kind} projection")


def _stand_ins(kg: GraphSource, iri: str) -> list[str]:
    rows = kg.select(_STAND_IN_Q, e=ox.NamedNode(iri))
    return [row["x"].value for row in rows]


def find_node(G: nx.Graph, name: str) -> str:
    """The node of ``G`` with this IRI, label or alias (any case), without a store.

    Raises
    ------
    UnknownNameError
        No node has that name; the message lists the closest labels.

    Examples
    --------
    >>> G = nx.Graph(); G.add_node("urn:x", label="Harbour University", aliases=["HU"])
    >>> find_node(G, "hu")
    'urn:x'
    """
    if name in G:
        return name
    wanted = name.strip().casefold()
    for attribute in ("label", "aliases"):
        for v, data in G.nodes(data=True):
            values = data.get(attribute) or []
            values = [values] if isinstance(values, str) else values
            if any(str(x).casefold() == wanted for x in values):
                return str(v)
    raise UnknownNameError("entity", name, {_label(G, v) for v in G})


@dataclass(frozen=True)
class EgoNode:
    """A node of an ego network, with its distance from the centre."""

    id: str
    label: str
    kind: str
    country: str | None
    distance: int
    degree: int


@dataclass(frozen=True)
class EgoResult:
    """The neighbourhood of an entity: nodes by distance and the edges among them."""

    method: str
    center: str
    depth: int
    nodes: list[EgoNode]
    edges: list[tuple[str, str, int]] = field(default_factory=list)


def ego(G: nx.Graph, entity: str, depth: int = 1) -> EgoResult:
    """The nodes within ``depth`` hops of ``entity`` (a node, label or alias), nearest first.

    Examples
    --------
    >>> [n.distance for n in ego(nx.path_graph(["a", "b", "c"]), "a", 1).nodes]
    [0, 1]
    """
    if depth < 0:
        raise ParameterError(f"depth must be 0 or more, not {depth}")
    center = find_node(G, entity)
    distances = nx.single_source_shortest_path_length(G, center, cutoff=depth)
    nodes = [
        EgoNode(str(v), *_describe(G, v), d, G.degree(v))
        for v, d in sorted(
            distances.items(), key=lambda item: (item[1], -G.degree(item[0]), _label(G, item[0]))
        )
    ]
    sub = G.subgraph(distances)
    edges = sorted((str(u), str(v), int(w)) for u, v, w in sub.edges(data="weight", default=1))
    return EgoResult(f"breadth-first search to depth {depth}", str(center), depth, nodes, edges)


@dataclass(frozen=True)
class CutNode:
    """An articulation point: removing it splits its component into ``splits_into`` parts."""

    id: str
    label: str
    kind: str
    degree: int
    splits_into: int


@dataclass(frozen=True)
class Bridge:
    """An edge whose removal disconnects its ends; ``pendant`` when one end has no other link."""

    source: str
    target: str
    source_label: str
    target_label: str
    weight: int
    pendant: bool


@dataclass(frozen=True)
class BridgesResult:
    """Articulation points (most splitting first) and bridges (between hubs first)."""

    method: str
    articulation_points: list[CutNode]
    bridges: list[Bridge]


def bridges(G: nx.Graph) -> BridgesResult:
    """Articulation points and bridges: the single links that hold the network together.

    Linear in the graph's size (biconnected components and chain decomposition).

    Examples
    --------
    >>> result = bridges(nx.path_graph(3))
    >>> [c.id for c in result.articulation_points], len(result.bridges)
    (['1'], 2)
    """
    blocks = Counter(v for block in nx.biconnected_components(G) for v in block)
    cuts = [
        CutNode(str(v), _label(G, v), _describe(G, v)[1], G.degree(v), blocks[v])
        for v in nx.articulation_points(G)
    ]
    cuts.sort(key=lambda c: (-c.splits_into, -c.degree, c.label, c.id))
    found = []
    for u, v in nx.bridges(G):
        u, v = sorted((u, v), key=lambda x: (-G.degree(x), str(x)))
        weight = int(G.edges[u, v].get("weight", 1))
        found.append(
            Bridge(str(u), str(v), _label(G, u), _label(G, v), weight, min(G.degree(u), G.degree(v)) == 1)
        )
    found.sort(key=lambda b: (b.pendant, b.source_label, b.target_label, b.source, b.target))
    method = "biconnected components and chain decomposition (exact)"
    return BridgesResult(method, cuts, found)
