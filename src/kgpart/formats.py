"""The named choices kgpart's functions take (formats, kinds, methods), each a ``Literal`` declared once.

The library's signatures use them (``fmt: RdfExportFormat``) and the CLI's options offer their
values (``click.Choice(get_args(RdfExportFormat))``). This module imports nothing heavy, so the
command line reads them without loading the library.
"""

from __future__ import annotations

from typing import Literal

#: Query results: a text table, CSV, TSV, or W3C SPARQL 1.1 Query Results JSON.
ResultFormat = Literal["table", "csv", "tsv", "json"]
#: RDF exports: trig, nq and jsonld keep one named graph per source; ttl and nt merge them.
RdfExportFormat = Literal["ttl", "trig", "nt", "nq", "jsonld"]
#: Network exports for Gephi and spreadsheets.
NetworkExportFormat = Literal["graphml", "gexf", "csv"]
#: The projections of the network: organisations, or countries, linked by their facts.
ProjectionKind = Literal["institutions", "countries"]
#: The networks an export can hold: the page's whole network, or a projection.
NetworkKind = Literal["network", ProjectionKind]
#: How communities are found: Louvain, label propagation, or the one that suits the graph's size.
CommunityMethod = Literal["auto", "louvain", "label-propagation"]
