"""Write the network page: one self-contained HTML file, drawn by vis-network through pyvis.

pyvis's node and edge lists are filled directly (its ``add_node``/``add_edge`` scan every edge
per call) and the page comes from ``generate_html()`` with kgpart's own template (see
``page_assets``), never ``write_html()``, which copies a ``lib/`` folder into the working directory.
vis-network's script and styles are taken from pyvis's package and put in line, so the page
opens offline. Past a few hundred nodes the layout is computed here, with physics off.

Examples
--------
>>> from kgpart.store.graph import KnowledgeGraph
>>> summary = write_network_page(KnowledgeGraph.open(), "network.html")
>>> summary.nodes > 0
True
"""

from __future__ import annotations

import base64
import hashlib
import math
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from jinja2 import DictLoader, Environment
from markupsafe import Markup
from pyvis.network import Network as PyvisNetwork

from kgpart.network.languages import Language, in_language, names_in
from kgpart.network.model import EDGE_PHRASES, Edge, SourceRef, kind_label
from kgpart.network.read import TIMELESS, project
from kgpart.network.views import EDGE_KINDS, Network, Node, select, to_networkx, top_nodes
from kgpart.render.page_assets import EDGE_STYLES, NODE_STYLES, page_asset
from kgpart.store.files import write_atomic
from kgpart.store.source import GraphSource
from kgpart.vocab import NODE_CLASSES

# Above this many nodes the browser would take long to settle a force layout: lay out in Python.
LAYOUT_THRESHOLD = 300
_TEMPLATE_NAME = "kgpart-network.html"
_VIS_DIR = Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"


@dataclass(frozen=True)
class PageSummary:
    """What a written page shows: its counts, whether nodes were left out, and where it is."""

    nodes: int
    edges: int
    aggregated: bool
    path: Path
    total_nodes: int = 0
    total_edges: int = 0


def write_network_page(
    source: GraphSource | Network,
    path: str | os.PathLike[str],
    *,
    title: str = "kgpart network",
    max_nodes: int = 500,
    focus: str | None = None,
    depth: int = 1,
    since: str | date | None = None,
    until: str | date | None = None,
    country: str | None = None,
    types: Iterable[str] | None = None,
    lang: Language | None = None,
) -> PageSummary:
    """Write the network of a graph (or an already projected network) as one HTML page.

    The view options are those of :func:`kgpart.network.views.network_view`; ``lang`` ("ru",
    "en") names each entity in that language where the graph has a name in it. Beyond ``max_nodes``
    the best-connected nodes are kept and the page says so. The file is written atomically.

    Raises
    ------
    UnknownNameError
        ``focus``, ``country`` or a type is not known.
    OutputError
        The file cannot be written.
    """
    network = source if isinstance(source, Network) else project(source)
    if lang and not isinstance(source, Network):
        network = in_language(network, names_in(source, lang))
    network = select(
        network, focus=focus, depth=depth, since=since, until=until, country=country, types=types
    )
    shown = top_nodes(network, max_nodes)
    criteria = _criteria(shown, depth=depth, since=since, until=until, country=country, types=types)
    html = render_page(shown, title=title, criteria=criteria)
    target = Path(path)
    write_atomic(target, html, make_folders=True)
    return PageSummary(
        nodes=len(shown.nodes),
        edges=len(shown.edges),
        aggregated=shown.truncated,
        path=target,
        total_nodes=shown.total_nodes,
        total_edges=shown.total_edges,
    )


def render_page(network: Network, *, title: str = "kgpart network", criteria: str = "") -> str:
    """The page's HTML for a network, through pyvis's ``generate_html()`` and kgpart's template."""
    positions = layout_positions(network) if len(network.nodes) > LAYOUT_THRESHOLD else {}
    labels = network.labels()
    page = PyvisNetwork(height="100%", width="100%", heading=title, cdn_resources="in_line")
    # Filled directly: pyvis's add_node/add_edge scan all edges per call (quadratic).
    page.nodes = [_vis_node(n, positions.get(n.id)) for n in network.nodes]
    page.edges = [_vis_edge(e, labels) for e in network.edges]
    page.node_ids = [n.id for n in network.nodes]
    page.options = {}
    page.templateEnv = _environment(network, physics=not positions, criteria=criteria)
    page.path = _TEMPLATE_NAME
    return str(page.generate_html())


def _environment(network: Network, *, physics: bool, criteria: str) -> Environment:
    """A Jinja environment (autoescaping) holding the template, the assets and the page data."""
    vis_js, vis_css = _vis_assets()
    page_js = page_asset("page.js")
    env = Environment(loader=DictLoader({_TEMPLATE_NAME: page_asset("page.html")}), autoescape=True)
    env.globals["kgpart"] = {
        # Assets are trusted code, checked to hold no closing tag; everything else is escaped.
        "vis_js": Markup(vis_js),
        "vis_css": Markup(vis_css),
        "page_js": Markup(page_js),
        "page_css": Markup(page_asset("page.css")),
        "csp": _content_security_policy(vis_js, page_js),
        "summary": _summary(network, criteria),
        "notice": _notice(network),
        "empty_text": "Nothing to show: no entity matches this view.",
        "page": _page_data(network, physics=physics),
    }
    return env


@cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and styles from the pyvis package, to be put in line."""
    js = (_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    css = (_VIS_DIR / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError("vis-network assets contain a closing tag; they cannot be put in line")
    return js, css


def _content_security_policy(*scripts: str) -> str:
    """Only these scripts run (no inline handlers, no javascript: URLs); nothing is fetched."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'"
        for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "font-src data:; base-uri 'none'; form-action 'none'"
    )


def _summary(network: Network, criteria: str) -> str:
    text = f"{len(network.nodes)} entities, {len(network.edges)} connections"
    return f"{text} · {criteria}" if criteria else text


def _notice(network: Network) -> str:
    if not network.truncated:
        return ""
    return (
        f"Showing the {len(network.nodes):,} best-connected of {network.total_nodes:,} entities "
        f"({len(network.edges):,} of {network.total_edges:,} connections). Narrow the view with a "
        "focus entity, a class, a country or a time window to see the others."
    )


def _criteria(
    network: Network,
    *,
    depth: int,
    since: str | date | None,
    until: str | date | None,
    country: str | None,
    types: Iterable[str] | None,
) -> str:
    """The view's options in words, for the line under the heading."""
    parts = []
    if network.focus is not None:
        label = network.labels().get(network.focus, network.focus)
        parts.append(f"around {label} (depth {depth})")
    if since or until:
        parts.append(f"from {since or '…'} to {until or '…'}")
    if country:
        parts.append(f"country {country}")
    if types:
        parts.append("classes " + ", ".join(types))
    return " · ".join(parts)


def _page_data(network: Network, *, physics: bool) -> dict[str, Any]:
    """What the page script needs besides nodes and edges: options, legend, countries."""
    kinds = Counter(n.kind for n in network.nodes)
    edge_kinds = Counter(e.kind for e in network.edges)
    countries = {n.country_id: n.country for n in network.nodes if n.country_id and n.country}
    countries |= {n.id: n.label for n in network.nodes if n.kind == "Country"}
    return {
        "options": _options(network, physics=physics),
        "kinds": [
            {
                "kind": k,
                "label": kind_label(k),
                "color": NODE_STYLES[k][0],
                "symbol": NODE_STYLES[k][2],
                "count": c,
            }
            for k in NODE_CLASSES
            if (c := kinds.get(k))
        ],
        "edgeKinds": [
            {
                "kind": k,
                "label": EDGE_PHRASES[k],
                "color": EDGE_STYLES[k][0],
                "dashed": bool(EDGE_STYLES[k][1]),
                "count": c,
            }
            for k in EDGE_KINDS
            if (c := edge_kinds.get(k))
        ],
        "countries": [
            {"id": i, "label": label} for i, label in sorted(countries.items(), key=lambda x: x[1])
        ],
        "timeless": sorted(TIMELESS),
    }


def _options(network: Network, *, physics: bool) -> dict[str, Any]:
    """vis-network options: a force layout that settles then stops, or none when laid out here."""
    big = len(network.nodes) > LAYOUT_THRESHOLD
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": len(network.nodes) <= 150},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -140,
                "centralGravity": 0.012,
                "springLength": 160,
                "springConstant": 0.06,
                "avoidOverlap": 0.9,
            },
            "minVelocity": 1.5,
            "stabilization": {"enabled": physics, "iterations": 400, "updateInterval": 50, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big},
        "edges": {
            "smooth": {"enabled": not big, "type": "continuous", "roundness": 0.3},
            "font": {"size": 10, "color": "#555555", "strokeWidth": 3, "align": "middle"},
        },
        # Shared styles live here, not on each of thousands of nodes and edges.
        "nodes": {
            "borderWidth": 1.5,
            "font": {"size": 13, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "widthConstraint": {"maximum": 170},
        },
    }


def _vis_node(node: Node, position: tuple[float, float] | None) -> dict[str, Any]:
    color, shape, _ = NODE_STYLES.get(node.kind, NODE_STYLES["Organization"])
    item: dict[str, Any] = {
        "id": node.id,
        "label": node.label,
        "title": node.title(),
        "kind": node.kind,
        "countryId": node.country_id,
        "aliases": list(node.aliases),
        "sources": [_source(s) for s in node.sources],
        "shape": shape,
        "size": round(9 + 4 * math.sqrt(node.degree), 1),
        "color": {
            "background": color,
            "border": "#333333",
            "highlight": {"background": color, "border": "#000"},
        },
    }
    if position is not None:
        item["x"], item["y"] = position
    return item


def _vis_edge(edge: Edge, labels: dict[str, str]) -> dict[str, Any]:
    color, dashes, width, arrow = EDGE_STYLES[edge.kind]
    return {
        "id": edge.key,
        "from": edge.source,
        "to": edge.target,
        "label": EDGE_PHRASES[edge.kind],
        "title": edge.title(labels),
        "kind": edge.kind,
        "dates": list(edge.dates),
        "sources": [_source(s) for s in edge.sources],
        "color": {"color": color, "highlight": color, "hover": color, "opacity": 0.85},
        "dashes": dashes,
        "width": round(width + math.log(edge.weight), 2),
        "arrows": {"to": {"enabled": arrow, "scaleFactor": 0.5}},
    }


def _source(ref: SourceRef) -> dict[str, str | None]:
    return {"title": ref.title, "url": ref.url, "date": ref.date, "publisher": ref.publisher}


def layout_positions(network: Network) -> dict[str, tuple[float, float]]:
    """Node positions in pixels from a networkx layout, for pages drawn without physics."""
    graph = nx.Graph(to_networkx(network))
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    if n <= 1000:
        # Quadratic per iteration (no scipy here): fewer iterations keep 1,000 nodes near 1.5 s.
        iterations = 60 if n <= 600 else 30
        pos = nx.forceatlas2_layout(graph, max_iter=iterations, seed=7, scaling_ratio=2.0)
    else:
        pos = _sunflower(graph)  # a force layout would take minutes; rank by degree instead
    scale = 55 * math.sqrt(n)
    points = nx.rescale_layout_dict(pos, scale=scale)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in points.items()}


def _sunflower(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Nodes on a sunflower spiral, the best-connected at the centre: linear time for huge views."""
    ranked = sorted(graph.nodes, key=lambda v: (-graph.degree(v), v))
    golden = math.pi * (3 - math.sqrt(5))
    return {
        v: (math.sqrt(i) * math.cos(i * golden), math.sqrt(i) * math.sin(i * golden))
        for i, v in enumerate(ranked)
    }
