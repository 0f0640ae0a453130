"""kgpart: a knowledge graph of academic partnerships, built from news about academic diplomacy.

The subpackages are the pipeline, in order: ``extract`` (article text -> record), ``resolve``
(names -> entities), ``convert`` (record -> a source's named graph), ``validate`` (shapes and
checks), ``store`` (the graph folder in Oxigraph, the index, remote stores), ``ingest`` (all of
these for a batch of articles), then the readers: ``query``, ``network`` with ``analysis``,
``render`` (pages, exports, the main job) and ``serve``; ``cli`` is the command line over them.

The public API, imported on first use so that ``import kgpart`` (and ``kgpart --help``) stay fast::

    import kgpart
    kg = kgpart.KnowledgeGraph.open()                       # the shipped graph, or a folder
    rows = kgpart.run_query(kg, kgpart.get_query("meetings")).rows
    print(kgpart.validate_graph(kg).text())
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # what a type checker sees (``x as x``: re-exported); at run time, imported on first use
    from kgpart.analysis import bridges as bridges
    from kgpart.analysis import centrality as centrality
    from kgpart.analysis import communities as communities
    from kgpart.analysis import ego as ego
    from kgpart.analysis import explain_path as explain_path
    from kgpart.errors import KgpartError as KgpartError
    from kgpart.extract import Record as Record
    from kgpart.extract import extract_article as extract_article
    from kgpart.extract import extract_text as extract_text
    from kgpart.ingest.folder import add_record_file as add_record_file
    from kgpart.ingest.folder import ingest_articles as ingest_articles
    from kgpart.ingest.folder import retract as retract
    from kgpart.network.export import write_network_export as write_network_export
    from kgpart.network.projection import network_projection as network_projection
    from kgpart.network.views import network_view as network_view
    from kgpart.network.views import to_networkx as to_networkx
    from kgpart.query.bundled import bundled_queries as bundled_queries
    from kgpart.query.bundled import get_query as get_query
    from kgpart.query.bundled import resolve_query as resolve_query
    from kgpart.query.results import format_result as format_result
    from kgpart.query.run import QueryResult as QueryResult
    from kgpart.query.run import run_query as run_query
    from kgpart.query.stats import graph_stats as graph_stats
    from kgpart.render.build import build_outputs as build_outputs
    from kgpart.render.page import write_network_page as write_network_page
    from kgpart.render.rdf import export_rdf as export_rdf
    from kgpart.render.rdf import write_export as write_export
    from kgpart.render.timeline import write_timeline as write_timeline
    from kgpart.store.graph import KnowledgeGraph as KnowledgeGraph
    from kgpart.store.remote import RemoteGraph as RemoteGraph
    from kgpart.store.source import GraphSource as GraphSource
    from kgpart.store.source import open_graph as open_graph
    from kgpart.validate.graph import validate_graph as validate_graph

# Public name -> the module that defines it under that name (the imports above, for run time).
# Names never equal a subpackage's name: importing kgpart.validate would otherwise replace a
# function kgpart.validate with the subpackage.
_API = {
    "KnowledgeGraph": "store.graph",
    "GraphSource": "store.source",
    "open_graph": "store.source",
    "RemoteGraph": "store.remote",
    "run_query": "query.run",
    "QueryResult": "query.run",
    "get_query": "query.bundled",
    "bundled_queries": "query.bundled",
    "resolve_query": "query.bundled",
    "format_result": "query.results",
    "validate_graph": "validate.graph",
    "graph_stats": "query.stats",
    "export_rdf": "render.rdf",
    "write_export": "render.rdf",
    "network_view": "network.views",
    "to_networkx": "network.views",
    "write_network_page": "render.page",
    "extract_article": "extract",
    "extract_text": "extract",
    "Record": "extract",
    "ingest_articles": "ingest.folder",
    "add_record_file": "ingest.folder",
    "retract": "ingest.folder",
    "build_outputs": "render.build",
    "network_projection": "network.projection",
    "centrality": "analysis",
    "communities": "analysis",
    "explain_path": "analysis",
    "ego": "analysis",
    "bridges": "analysis",
    "write_timeline": "render.timeline",
    "write_network_export": "network.export",
    "KgpartError": "errors",
}

__all__ = sorted(_API)


def __getattr__(name: str) -> Any:
    if name in _API:
        value = getattr(import_module(f".{_API[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kgpart' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])
