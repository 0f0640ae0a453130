"""Export the network for Gephi and spreadsheets: GraphML, GEXF, or CSV node and edge tables.

Three networks can be exported: ``network`` (the whole network of the page, every entity and
derived edge, as :func:`kgpart.network.views.network_view` builds it), ``institutions`` and
``countries`` (the projections of :mod:`kgpart.network.projection`). GraphML and GEXF hold only scalar
attributes, so lists (dates, aliases, facts, sources) are joined with ``"; "`` and missing values
left out. CSV is an edge table (``Source``, ``Target``, ``Type``, ``Weight``... as Gephi's
spreadsheet import expects) plus a node table written beside it (``edges.csv`` ->
``edges.nodes.csv``).

Examples
--------
>>> from kgpart.store.graph import KnowledgeGraph
>>> data = render_network(network_graph(KnowledgeGraph.open()), "graphml")
>>> b"Ghent University" in data
True
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any, get_args

import networkx as nx

from kgpart.errors import UnknownNameError
from kgpart.formats import NetworkExportFormat, NetworkKind
from kgpart.network.projection import Fact, network_projection
from kgpart.network.views import network_view
from kgpart.store.files import is_stream, write_atomic
from kgpart.store.source import GraphSource
from kgpart.untrusted import for_spreadsheet

NETWORK_FORMATS: tuple[NetworkExportFormat, ...] = get_args(NetworkExportFormat)
NETWORK_KINDS: tuple[NetworkKind, ...] = get_args(NetworkKind)
_NODE_COLUMNS = ("Id", "Label", "kind", "country", "aliases")
_EDGE_COLUMNS = (
    "Source",
    "Target",
    "Type",
    "Weight",
    "kind",
    "source_label",
    "target_label",
    "dates",
    "facts",
    "sources",
    "urls",
)


def network_graph(kg: GraphSource, kind: NetworkKind = "network") -> nx.MultiGraph | nx.Graph:
    """The network to export: the page's whole network, or a projection, with flat attributes.

    Node attributes: ``label``, ``kind``, ``country``, ``aliases``; edge attributes ``kind``,
    ``weight``, ``dates``, ``facts``, ``sources`` (each article's title and URL) and ``urls`` (strings
    joined with ``"; "``). The whole
    network is a ``MultiGraph`` keyed by edge kind (two entities can both meet and partner).

    Raises
    ------
    UnknownNameError
        ``kind`` is not ``network``, ``institutions`` or ``countries``.
    """
    if kind not in NETWORK_KINDS:
        raise UnknownNameError("network", kind, NETWORK_KINDS)
    if kind != "network":
        return flatten(network_projection(kg, kind))
    net = network_view(kg)
    G: nx.MultiGraph = nx.MultiGraph()
    for n in net.nodes:
        G.add_node(n.id, label=n.label, kind=n.kind, country=n.country, aliases=list(n.aliases))
    for e in net.edges:
        G.add_edge(
            e.source,
            e.target,
            key=e.kind,
            kind=e.kind,
            weight=e.weight,
            dates=list(e.dates),
            facts=list(e.facts),
            sources=[s.describe() for s in e.sources],
            urls=sorted({s.url for s in e.sources if s.url}),
        )
    return flatten(G)


def flatten(G: nx.Graph) -> nx.Graph:
    r"""A copy of ``G`` whose attributes are strings or numbers, as GraphML and GEXF require.

    Every string (ids, keys, values) is made XML text by :func:`xml_text`, so an article's odd
    title never makes the file unreadable.

    >>> H = nx.Graph(); H.add_edge("a", "b", dates=["2025-01-02", "2025-03-04"], note=None)
    >>> flatten(H).edges["a", "b"]
    {'dates': '2025-01-02; 2025-03-04'}
    >>> flatten(nx.Graph([("a", "b\x1b[1m")])).has_edge("a", "b\ufffd[1m")
    True
    """
    flat = G.__class__()
    flat.add_nodes_from((xml_text(v), _flat(data)) for v, data in G.nodes(data=True))
    if G.is_multigraph():
        flat.add_edges_from(
            (xml_text(u), xml_text(v), xml_text(k), _flat(d)) for u, v, k, d in G.edges(keys=True, data=True)
        )
    else:
        flat.add_edges_from((xml_text(u), xml_text(v), _flat(d)) for u, v, d in G.edges(data=True))
    return flat


# What XML 1.0 allows in text: tab, newline, carriage return and the characters from U+0020 on,
# less the surrogates and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: Any) -> Any:
    r"""``value`` with each character XML 1.0 cannot hold replaced by U+FFFD; other types as they are.

    Those are the control characters (an ANSI escape's ``\x1b``), unpaired surrogates, U+FFFE
    and U+FFFF.

    >>> xml_text("Harbour\x01 University") == "Harbour\ufffd University"
    True
    """
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key == "facts" and value and isinstance(value[0], Fact):
            out["dates"] = "; ".join(sorted({f.date for f in value if f.date}))
            # the articles as readers know them (title and URL), never kgpart's internal source IRIs
            out["sources"] = "; ".join(sorted({f.cites() for f in value if f.source}))
            out["urls"] = "; ".join(sorted({f.source_url for f in value if f.source_url}))
            value = [f.describe() for f in value]
        if key == "links":
            value = [f"{a} -- {b}" for a, b in value]
        if isinstance(value, (list, tuple, set, frozenset)):
            value = "; ".join(str(x) for x in value)
        if value is not None and value != "" and key not in ("folded",):
            out[key] = xml_text(value if isinstance(value, (str, int, float)) else str(value))
    return out


def render_network(G: nx.Graph, fmt: NetworkExportFormat) -> bytes:
    """GraphML, GEXF or the CSV edge table of a flattened network, as bytes.

    Raises
    ------
    UnknownNameError
        ``fmt`` is not ``graphml``, ``gexf`` or ``csv``.
    """
    if fmt in ("graphml", "gexf"):
        buffer = io.BytesIO()  # the writers add the XML declaration with its encoding
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(G, buffer)
        return buffer.getvalue()
    if fmt == "csv":
        return edges_csv(G)
    raise UnknownNameError("network format", fmt, NETWORK_FORMATS)


def edges_csv(G: nx.Graph) -> bytes:
    """The edge table: one row per edge, with both ends' labels, sorted."""
    labels = {v: str(G.nodes[v].get("label", v)) for v in G}
    rows = []
    for u, v, data in G.edges(data=True):
        rows.append(
            [
                u,
                v,
                "Undirected",
                data.get("weight", 1),
                data.get("kind") or data.get("kinds", ""),
                labels[u],
                labels[v],
            ]
            + [data.get(c, "") for c in _EDGE_COLUMNS[7:]]
        )
    return _csv(_EDGE_COLUMNS, sorted(rows, key=lambda r: [str(c) for c in r]))


def nodes_csv(G: nx.Graph) -> bytes:
    """The node table: ``Id``, ``Label`` and the node attributes, sorted by id."""
    rows = [
        [v, data.get("label", v), data.get("kind", ""), data.get("country", ""), data.get("aliases", "")]
        for v, data in G.nodes(data=True)
    ]
    return _csv(_NODE_COLUMNS, sorted(rows, key=lambda r: str(r[0])))


def _csv(header: tuple[str, ...], rows: list[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[for_spreadsheet(c) if isinstance(c, str) else c for c in row] for row in rows])
    return buffer.getvalue().encode("utf-8")


def nodes_path(path: str | Path) -> Path:
    """Where the node table of a CSV export goes: ``edges.csv`` -> ``edges.nodes.csv``."""
    path = Path(path)
    return path.with_name(f"{path.stem}.nodes{path.suffix or '.csv'}")


def network_export_bytes(
    kg: GraphSource, fmt: NetworkExportFormat, *, kind: NetworkKind = "network"
) -> bytes:
    """The export as bytes, for stdout: GraphML, GEXF, or (for ``csv``) the edge table only.

    >>> from kgpart.store.graph import KnowledgeGraph
    >>> network_export_bytes(KnowledgeGraph.open(), "csv", kind="countries").splitlines()[0]
    b'Source,Target,Type,Weight,kind,source_label,target_label,dates,facts,sources,urls'
    """
    if fmt not in NETWORK_FORMATS:
        raise UnknownNameError("network format", fmt, NETWORK_FORMATS)
    return render_network(network_graph(kg, kind), fmt)


def write_network_export(
    kg: GraphSource, fmt: NetworkExportFormat, path: str | Path, *, kind: NetworkKind = "network"
) -> list[Path]:
    """Write the network (or a projection) as GraphML, GEXF or CSV, atomically; return the files.

    CSV writes the edge table to ``path`` and the node table beside it (see :func:`nodes_path`);
    to a device, a pipe or ``-`` (stdout) only the edge table, as :func:`network_export_bytes`.

    Raises
    ------
    UnknownNameError
        An unknown format or network kind.
    OutputError
        The folder does not exist or is not writable.

    Examples
    --------
    >>> from kgpart.store.graph import KnowledgeGraph
    >>> write_network_export(KnowledgeGraph.open(), "gexf", "institutions.gexf")
    [PosixPath('institutions.gexf')]
    """
    if fmt not in NETWORK_FORMATS:
        raise UnknownNameError("network format", fmt, NETWORK_FORMATS)
    G = network_graph(kg, kind)
    written = [write_atomic(path, render_network(G, fmt))]
    if fmt == "csv" and not is_stream(path):  # a device, pipe or stdout gets the edge table only
        written.append(write_atomic(nodes_path(path), nodes_csv(G)))
    return written
