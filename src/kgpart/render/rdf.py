"""Export the graph's facts (with the derived network) as RDF files other tools read."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kgpart.formats import RdfExportFormat
from kgpart.store.files import write_atomic
from kgpart.store.source import GraphSource
from kgpart.terms import PREFIXES

RDF_FORMATS: dict[RdfExportFormat, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
# Formats without named graphs get the union of the facts.
_TRIPLE_FORMATS = {"ttl", "nt"}


def export_rdf(kg: GraphSource, fmt: RdfExportFormat, *, include_vocabulary: bool = False) -> bytes:
    """Serialise the facts: ``trig``/``nq``/``jsonld`` keep one named graph per source.

    Examples
    --------
    >>> from kgpart.store.graph import KnowledgeGraph
    >>> data = export_rdf(KnowledgeGraph.open(), "nt")
    >>> b"partnersWith" in data
    True
    """
    quads = kg.quads(include_vocabulary=include_vocabulary)
    if fmt in _TRIPLE_FORMATS:
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
        data = ox.serialize(sorted(triples, key=str), format=RDF_FORMATS[fmt], prefixes=PREFIXES)
    else:
        prefixes = PREFIXES if fmt != "nq" else None
        data = ox.serialize(sorted(quads, key=str), format=RDF_FORMATS[fmt], prefixes=prefixes)
    assert data is not None
    return data


def write_export(kg: GraphSource, fmt: RdfExportFormat, path: str | Path) -> Path:
    """Write an export atomically to ``path``."""
    return write_atomic(path, export_rdf(kg, fmt))
