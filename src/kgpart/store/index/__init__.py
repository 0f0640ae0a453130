"""The index of a graph folder in ``graph/.index/``.

``state.py`` knows what was indexed, ``build.py`` (re)builds it, ``trig_scan.py`` reads the
graphs a TriG file declares without a full parse.
"""
