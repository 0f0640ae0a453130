"""The network projection of the knowledge graph: nodes and edges as plain data, with their facts.

The derived network edges (``kgp:meets``, ``kgp:partnersWith``, ``kgp:involves``, ``kgp:partOf``,
``kgp:studiesAt``, ``kgp:comesFrom``, ``kgp:locatedIn``) are read with SPARQL through pyoxigraph,
never with ``rdflib_to_networkx`` (which turns literals into nodes). Symmetric edges, stored in
both directions, become one edge; each edge carries the facts behind it (meetings with their
dates and topics, partnerships with their status) and the sources they were read from.

Examples
--------
>>> from kgpart.store.graph import KnowledgeGraph
>>> net = network_view(KnowledgeGraph.open(), focus="Ghent University", depth=1)
>>> any(n.label == "Ghent University" for n in net.nodes)
True
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

import networkx as nx

from kgpart.errors import ParameterError, UnknownNameError
from kgpart.network.model import Edge, Network, Node, SourceRef
from kgpart.network.read import EDGE_KINDS, TIMELESS, project
from kgpart.store.source import GraphSource
from kgpart.terms import expand_prefixed
from kgpart.vocab import NODE_CLASSES, ORGANIZATION_CLASSES

__all__ = [
    "EDGE_KINDS",
    "NODE_CLASSES",
    "Edge",
    "Network",
    "Node",
    "SourceRef",
    "network_view",
    "select",
    "to_networkx",
    "top_nodes",
]


def network_view(
    kg: GraphSource,
    *,
    focus: str | None = None,
    depth: int = 1,
    since: str | date | None = None,
    until: str | date | None = None,
    country: str | None = None,
    types: Iterable[str] | None = None,
) -> Network:
    """Project the graph to a network, optionally narrowed to a neighbourhood, window, country, classes.

    Parameters
    ----------
    kg : the knowledge graph.
    focus : label, alias (``skos:altLabel``) or IRI of the entity at the centre of the view.
    depth : how many hops from ``focus`` to keep (countries are shown but not walked through).
    since, until : ISO dates bounding the facts shown (inclusive); undated facts drop out, while
        structural edges (part of, located in) are kept between the entities shown.
    country : label, alias, ISO code or IRI of a country; keeps the edges touching its entities.
    types : class names (``University``, ``Person``...; ``Organization`` means all organisations).

    Returns
    -------
    Network
        Nodes (with degree) and deduplicated edges, each with facts and sources.

    Raises
    ------
    UnknownNameError
        ``focus``, ``country`` or a type is not known.
    ParameterError
        ``since``/``until`` are not ISO dates, or ``depth`` is negative.
    """
    return select(
        project(kg), focus=focus, depth=depth, since=since, until=until, country=country, types=types
    )


def select(
    network: Network,
    *,
    focus: str | None = None,
    depth: int = 1,
    since: str | date | None = None,
    until: str | date | None = None,
    country: str | None = None,
    types: Iterable[str] | None = None,
) -> Network:
    """Narrow a network as :func:`network_view` does, in plain Python (see there for the options)."""
    if depth < 0:
        raise ParameterError(f"depth must be 0 or more, not {depth}")
    focus_id = find_node_id(network, focus) if focus is not None else None
    window = (_iso(since, "since"), _iso(until, "until"))
    kinds = _resolve_types(types)
    country_id = _resolve_country(network, country) if country is not None else None
    by_id = {n.id: n for n in network.nodes}

    def edge_ok(e: Edge) -> bool:
        ends = (by_id[e.source], by_id[e.target])
        if kinds is not None and not all(n.kind in kinds or n.id == focus_id for n in ends):
            return False
        if country_id is not None and not any(_in_country(n, country_id) for n in ends):
            return False
        return e.kind in TIMELESS or _in_window(e.dates, window)

    edges = [e for e in network.edges if edge_ok(e)]
    keep = _kept_nodes(network.nodes, edges, kinds, country_id, windowed=window != (None, None))
    if focus_id is not None:
        keep.add(focus_id)
    edges = [e for e in edges if e.source in keep and e.target in keep]
    if focus_id is not None:
        keep = _neighbourhood(focus_id, edges, by_id, depth)
        edges = [e for e in edges if e.source in keep and e.target in keep]
    nodes = [n for n in network.nodes if n.id in keep]
    return _with_degrees(nodes, edges, focus=focus_id)


def _kept_nodes(
    nodes: list[Node], edges: list[Edge], kinds: set[str] | None, country_id: str | None, *, windowed: bool
) -> set[str]:
    """The nodes a filtered view shows: endpoints of its edges, plus matching isolated entities."""
    if windowed:
        # In a time window only what happened in it counts; structural edges do not pull nodes in.
        return {end for e in edges if e.kind not in TIMELESS for end in (e.source, e.target)}
    keep = {end for e in edges for end in (e.source, e.target)}
    for n in nodes:
        # every ISO country is in the reference data: one nothing is in is no entity of the page
        lone_country = n.kind == "Country" and n.id != country_id
        wanted = (kinds is None or n.kind in kinds) and (country_id is None or _in_country(n, country_id))
        if wanted and not lone_country:
            keep.add(n.id)
    return keep


def _neighbourhood(focus_id: str, edges: list[Edge], by_id: dict[str, Node], depth: int) -> set[str]:
    """Nodes within ``depth`` hops of the focus; a country is reached but not walked through."""
    adjacent: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        adjacent[e.source].add(e.target)
        adjacent[e.target].add(e.source)
    seen = {focus_id}
    queue = deque([(focus_id, 0)])
    while queue:
        current, hops = queue.popleft()
        # Every organisation is located in a country: walking through countries would pull in
        # the whole country at depth 2, which is not the neighbourhood an analyst asks for.
        if hops == depth or (current != focus_id and by_id[current].kind == "Country"):
            continue
        for other in adjacent[current] - seen:
            seen.add(other)
            queue.append((other, hops + 1))
    return seen


def _with_degrees(nodes: list[Node], edges: list[Edge], *, focus: str | None = None) -> Network:
    """A network whose nodes carry their degree and connection counts within these edges."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for e in edges:
        counts[e.source][e.kind] += 1
        counts[e.target][e.kind] += 1
    out = [replace(n, degree=sum(counts[n.id].values()), connections=dict(counts[n.id])) for n in nodes]
    return Network(nodes=out, edges=list(edges), focus=focus, total_nodes=len(out), total_edges=len(edges))


def top_nodes(network: Network, limit: int) -> Network:
    """Keep the ``limit`` highest-degree nodes (the focus always) and the edges between them.

    ``total_nodes`` and ``total_edges`` keep the size before the cut, so a page can say so.
    """
    if len(network.nodes) <= limit:
        return network
    ranked = sorted(network.nodes, key=lambda n: (n.id != network.focus, -n.degree, n.label, n.id))
    keep = {n.id for n in ranked[: max(limit, 0)]}
    edges = [e for e in network.edges if e.source in keep and e.target in keep]
    cut = _with_degrees([n for n in network.nodes if n.id in keep], edges, focus=network.focus)
    return replace(cut, total_nodes=network.total_nodes, total_edges=network.total_edges)


def to_networkx(network: Network) -> nx.MultiGraph:
    """The network as a networkx ``MultiGraph`` (two entities can both meet and partner).

    Node attributes: ``label``, ``kind``, ``country``; edge keys are the edge kinds, with
    attributes ``kind``, ``weight`` (facts behind the edge) and ``dates``.

    >>> G = to_networkx(Network(nodes=[], edges=[]))
    >>> G.number_of_nodes()
    0
    """
    graph: nx.MultiGraph = nx.MultiGraph()
    for n in network.nodes:
        graph.add_node(n.id, label=n.label, kind=n.kind, country=n.country)
    for e in network.edges:
        graph.add_edge(e.source, e.target, key=e.kind, kind=e.kind, weight=e.weight, dates=list(e.dates))
    return graph


def find_node_id(network: Network, name: str) -> str:
    """The id of the node named by a label, alias or IRI (labels win over aliases).

    Raises
    ------
    UnknownNameError
        No node has this label, alias or IRI.
    """
    wanted = {name.strip().casefold(), expand_prefixed(name).casefold()}  # kgr:org/x too
    for attribute in ("id", "label", "aliases"):
        for n in sorted(network.nodes, key=lambda n: n.id):
            values = n.aliases if attribute == "aliases" else (getattr(n, attribute),)
            if any(v.casefold() in wanted for v in values):
                return n.id
    raise UnknownNameError("entity", name, {n.label for n in network.nodes})


def _resolve_country(network: Network, name: str) -> str:
    """The IRI of the country named by label, alias, ISO code or IRI."""
    countries = Network(nodes=[n for n in network.nodes if n.kind == "Country"], edges=[])
    try:
        return find_node_id(countries, name)
    except UnknownNameError:
        from kgpart.resolve import known_country

        found = known_country(name)  # a country the graph does not describe: an empty view
        if found is None:
            raise UnknownNameError("country", name, {n.label for n in countries.nodes}) from None
        return found[0]


def _resolve_types(types: Iterable[str] | None) -> set[str] | None:
    """Class names to node kinds, case-insensitively; ``Organization`` stands for all of them."""
    if types is None:
        return None
    by_folded = {k.casefold(): k for k in NODE_CLASSES} | {"organisation": "Organization"}
    kinds: set[str] = set()
    for name in types:
        kind = by_folded.get(name.strip().casefold())
        if kind is None:
            raise UnknownNameError("type", name, NODE_CLASSES)
        kinds |= set(ORGANIZATION_CLASSES) if kind == "Organization" else {kind}
    return kinds


def _in_country(node: Node, country_id: str) -> bool:
    return node.id == country_id or node.country_id == country_id


def _in_window(dates: tuple[str, ...], window: tuple[str | None, str | None]) -> bool:
    since, until = window
    if since is None and until is None:
        return True
    return any((since is None or d >= since) and (until is None or d <= until) for d in dates)


def _iso(value: str | date | None, name: str) -> str | None:
    """An ISO date string for comparison with the graph's ``xsd:date`` values."""
    if value is None or isinstance(value, date):
        return value.isoformat() if value is not None else None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ParameterError(f"{name}: {value!r} is not an ISO date (YYYY-MM-DD)") from None
