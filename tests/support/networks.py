"""Networks of known size built without RDF."""

from __future__ import annotations

from kgpart.network.model import Edge, Network, Node


def synthetic(n: int) -> Network:
    """A ring of n universities with chords: a network of known size without RDF."""
    nodes = [Node(id=f"urn:n{i}", label=f"University {i}", kind="University") for i in range(n)]
    edges = [Edge(source=f"urn:n{i}", target=f"urn:n{(i + 1) % n}", kind="partnersWith") for i in range(n)]
    edges += [
        Edge(source=f"urn:n{i}", target=f"urn:n{(i * 7 + 3) % n}", kind="meets") for i in range(0, n, 3)
    ]
    return Network(nodes=nodes, edges=edges, total_nodes=n, total_edges=len(edges))
