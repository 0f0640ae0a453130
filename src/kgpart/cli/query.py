"""The reading commands: ``query``, ``validate``, ``stats`` and ``export``, over a folder or an endpoint."""

from __future__ import annotations

import sys
from typing import get_args

import click

from kgpart.cli.options import NAME_VALUE, one_value_each, source_options
from kgpart.formats import NetworkExportFormat, NetworkKind, RdfExportFormat, ResultFormat
from kgpart.untrusted import for_terminal_lines


@click.command()
@click.argument("query", required=False)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    type=NAME_VALUE,
    callback=one_value_each,
    help="Bind a query parameter (each once).",
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(get_args(ResultFormat)),
    default="table",
    show_default=True,
    help="json is the W3C SPARQL 1.1 Query Results JSON format.",
)
@click.option("--list", "list_queries", is_flag=True, help="List the bundled queries and their parameters.")
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let SERVICE clauses query other endpoints (off: a query never makes kgpart fetch a URL).",
)
@source_options
def query(
    query: str | None,
    params: tuple[tuple[str, str], ...],
    fmt: ResultFormat,
    list_queries: bool,
    allow_service: bool,
    graph: str | None,
    **endpoint: str | None,
) -> None:
    """Run QUERY: a bundled query's name, a .rq file, or SPARQL text.

    Common prefixes (kgp, kgr, rdf, rdfs, owl, xsd, skos, schema, org, prov, foaf, dcterms) are
    pre-bound. The default graph is the union of all sources; GRAPH ?g { ... } reaches one source.

    \b
    Examples:
      kgpart query --list
      kgpart query meetings
      kgpart query partners_of --param org=UGhent --format csv
      kgpart query 'SELECT ?name WHERE { ?u a kgp:University ; rdfs:label ?name }'
    """
    from kgpart.query.bundled import bundled_queries, resolve_query
    from kgpart.query.results import format_result
    from kgpart.query.run import run_query
    from kgpart.store.source import open_graph

    if list_queries:
        for q in bundled_queries().values():
            click.echo(f"{q.name:<22}{q.title}")
            for p in q.parameters:
                click.echo(f"{'':<22}  --param {p.name}=VALUE  ({p.kind}) {p.description}")
        return
    if not query:
        raise click.UsageError("give a query name, a .rq file or SPARQL text (or --list)")
    kg = open_graph(graph, **endpoint)
    result = run_query(kg, resolve_query(query), dict(params), allow_service=allow_service)
    click.echo(format_result(result, fmt), nl=False)


@click.command()
@source_options
def validate(graph: str | None, **endpoint: str | None) -> None:
    """Check the graph against the SHACL shapes and the integrity checks.

    Exits 0 when valid, 1 with one line per problem (focus node, property, message, rule).

    \b
    Example:
      kgpart validate --graph graph/
    """
    from kgpart.store.source import open_graph
    from kgpart.validate.graph import validate_graph

    report = validate_graph(open_graph(graph, **endpoint))
    click.echo(for_terminal_lines(report.text()), nl=False)
    if not report.conforms:
        sys.exit(1)


@click.command()
@source_options
def stats(graph: str | None, **endpoint: str | None) -> None:
    """Count entities by class and network edges by kind.

    \b
    Example:
      kgpart stats
    """
    from kgpart.query.stats import graph_stats
    from kgpart.store.source import open_graph

    click.echo(for_terminal_lines(graph_stats(open_graph(graph, **endpoint)).text()), nl=False)


@click.command()
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice([*get_args(RdfExportFormat), *get_args(NetworkExportFormat)]),
    default="trig",
    show_default=True,
    help="RDF: trig, nq and jsonld keep one named graph per source; ttl and nt merge them. "
    "Network (Gephi, spreadsheets): graphml, gexf, csv.",
)
@click.option(
    "--network",
    type=click.Choice(get_args(NetworkKind)),
    default="network",
    show_default=True,
    help="Which network graphml/gexf/csv export: the page's, or a projection.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE instead of stdout.")
@source_options
def export(
    fmt: RdfExportFormat | NetworkExportFormat,
    network: NetworkKind,
    output: str | None,
    graph: str | None,
    **endpoint: str | None,
) -> None:
    """Export the facts and the derived network as RDF, or the network for Gephi and spreadsheets.

    \b
    Examples:
      kgpart export --format nt -o partnerships.nt
      kgpart export --format jsonld > partnerships.jsonld
      kgpart export --format graphml --network institutions -o institutions.graphml
    """
    from kgpart.network.export import NETWORK_FORMATS, network_export_bytes, write_network_export
    from kgpart.render.rdf import RDF_FORMATS, export_rdf, write_export
    from kgpart.store.source import open_graph

    kg = open_graph(graph, **endpoint)
    if fmt in NETWORK_FORMATS:
        if output:
            for path in write_network_export(kg, fmt, output, kind=network):
                click.echo(f"wrote {path}", err=True)
        else:
            sys.stdout.buffer.write(network_export_bytes(kg, fmt, kind=network))
    elif fmt in RDF_FORMATS:
        if output:
            click.echo(f"wrote {write_export(kg, fmt, output)}", err=True)
        else:
            sys.stdout.buffer.write(export_rdf(kg, fmt))
