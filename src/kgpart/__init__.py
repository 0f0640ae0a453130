"""kgpart: a knowledge graph of academic partnerships, built from news about academic diplomacy.

The public API, imported on first use so that ``import kgpart`` (and ``kgpart --help``) stay fast::

    import kgpart
    kg = kgpart.KnowledgeGraph.open()                       # the shipped graph, or a folder
    rows = kgpart.run_query(kg, kgpart.get_query("meetings")).rows
    print(kgpart.validate_graph(kg).text())
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# public name -> (module, name there). Names never equal a submodule's name: importing
# kgpart.validate.graph would otherwise replace a function kgpart.validate.graph with the module.
_API = {
    "KnowledgeGraph": ("store.graph", "KnowledgeGraph"),
    "run_query": ("query.run", "run_query"),
    "QueryResult": ("query.run", "QueryResult"),
    "get_query": ("query.bundled", "get_query"),
    "bundled_queries": ("query.bundled", "bundled_queries"),
    "resolve_query": ("query.bundled", "resolve_query"),
    "format_result": ("query.results", "format_result"),
    "validate_graph": ("validate.graph", "validate"),
    "graph_stats": ("query.stats", "graph_stats"),
    "export_rdf": ("render.rdf", "export_rdf"),
    "write_export": ("render.rdf", "write_export"),
    "network_view": ("network.views", "network_view"),
    "to_networkx": ("network.views", "to_networkx"),
    "write_network_page": ("render.page", "write_network_page"),
    "extract_article": ("extract", "extract_article"),
    "extract_text": ("extract", "extract_text"),
    "Record": ("extract", "Record"),
    "ingest_articles": ("ingest.folder", "ingest"),
    "add_record_file": ("ingest.folder", "add_record_file"),
    "retract": ("ingest.folder", "retract"),
    "build_outputs": ("render.build", "build"),
    "network_projection": ("network.projection", "projection"),
    "centrality": ("analysis", "centrality"),
    "communities": ("analysis", "communities"),
    "explain_path": ("analysis", "explain_path"),
    "ego": ("analysis", "ego"),
    "bridges": ("analysis", "bridges"),
    "write_timeline": ("render.timeline", "write_timeline"),
    "write_network_export": ("network.export", "write_network_export"),
    "KgpartError": ("errors", "KgpartError"),
}

__all__ = sorted(_API)


def __getattr__(name: str) -> Any:
    if name in _API:
        module, attr = _API[name]
        value = getattr(import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kgpart' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])
