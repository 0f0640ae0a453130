"""⑤ Store: the graph folder's files loaded into Oxigraph, the network derived, the index, remote stores.

``graph.py`` is the queryable graph, ``folder.py`` where the folder and the ontology are,
``files.py`` atomic writes and the write lock, ``derive.py`` with ``rules/*.ru`` the network
edges, ``index/`` the Oxigraph index in ``graph/.index``, ``remote.py`` a SPARQL 1.1 store,
``source.py`` what both graphs answer (``GraphSource``) and which one a command opens.
"""
