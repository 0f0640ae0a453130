"""⑥ Query: bundled queries (``queries/*.rq``), parameters bound as terms, runs, result formats.

``bundled.py`` reads the ``.rq`` files and their headers, ``bind.py`` writes bindings as a
``VALUES`` block, ``run.py`` runs a query on a graph, ``results.py`` writes table, CSV, TSV or
SPARQL JSON, ``stats.py`` counts what a graph holds.
"""
