"""①→⑤ Ingest: articles end to end (extract, resolve, convert, validate, store), one source each.

``folder.py`` writes into a graph folder (``sources/<slug>.trig`` under a lock), ``remote.py``
into a SPARQL 1.1 store (one Graph Store PUT per source).
"""
