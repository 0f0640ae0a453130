"""Imported by the fork server of ``kgpart ingest --jobs``: it warms the server
(:func:`kgpart.ingest.jobs.warm_up`), so the processes forked from it start warm.

Only there: the server runs as ``python -c ...``; anything else that imports every module (the
doctests, an API listing) must not rename itself and build the tables for nothing."""

import sys

from kgpart.ingest.jobs import warm_up

if sys.argv == ["-c"]:
    warm_up()
