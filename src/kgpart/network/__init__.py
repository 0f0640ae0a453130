"""⑦ Network: the graph's entities and derived edges as plain data, and projections for networkx.

``model.py`` holds the plain data (nodes, edges, facts, sources), ``read.py`` reads it out of
the store with SPARQL, ``views.py`` selects a view (focus, dates, country, classes),
``projection.py`` folds it into institution or country graphs, ``export.py`` writes GraphML,
GEXF or CSV.
"""
