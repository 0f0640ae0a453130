"""④ Validate: the SHACL shapes and the integrity checks (``checks/*.rq``) over a graph or one new source.

``graph.py`` checks a whole graph (pySHACL plus the checks), ``screen.py`` is the quick,
conservative screen ingest runs before pySHACL, ``source.py`` checks one new source against
the graph it joins.
"""
