"""⑩ Serve: a SPARQL endpoint over the graph, run by Oxigraph's own server behind kgpart's guard.

``server.py`` starts and supervises the Oxigraph process, ``guard.py`` refuses what would make
it fetch URLs and holds every query to the time limit.
"""
