"""Imported by the fork server of ``kgpart ingest --jobs`` and nowhere else: it warms the server
(:func:`kgpart.ingest.jobs.warm_up`), so the processes forked from it start warm."""

from kgpart.ingest.jobs import warm_up

warm_up()
