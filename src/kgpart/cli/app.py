"""The ``kgpart`` command line: a thin layer over the library.

Each command parses its options, calls one library function and prints the result. Library
modules are imported inside the commands so that ``kgpart --help`` starts fast.

Exit codes: 0 success; 1 a problem with the data (invalid graph, unreadable file); 2 a usage
problem (bad SPARQL, unknown name, missing parameter); 70 an internal error (a bug: please report).
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import click

from kgpart.vocab import NODE_CLASSES

GRAPH_HELP = "Graph folder (default: $KGPART_GRAPH, else ./graph, else the graph shipped with kgpart)."


class CliError(click.ClickException):
    """A user-facing error with its own exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]  # click declares it on the class


class _StderrHandler(logging.Handler):
    """The library's log records as one ``Warning: ...`` line each on stderr (stdout is for results)."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"{record.levelname.capitalize()}: {record.getMessage()}", err=True)


@contextlib.contextmanager
def warnings_on_stderr() -> Iterator[None]:
    """Show the ``kgpart`` logger's warnings while a command runs; the library never prints them."""
    logger = logging.getLogger("kgpart")
    handler = _StderrHandler(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


class KgpartGroup(click.Group):
    """Turns library errors into one ``Error: ...`` line; tracebacks only with ``--debug``."""

    def invoke(self, ctx: click.Context) -> Any:
        from kgpart.errors import KgpartError

        try:
            with warnings_on_stderr():
                return super().invoke(ctx)
        except KgpartError as exc:
            if ctx.meta.get("kgpart.debug"):
                raise
            raise CliError(str(exc), exc.exit_code) from exc
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug: say so in one line, keep the traceback for --debug
            if ctx.meta.get("kgpart.debug"):
                raise
            raise CliError(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)", 70) from exc


def graph_option(func: Any) -> Any:
    return click.option("--graph", "graph", envvar="KGPART_GRAPH", type=click.Path(), help=GRAPH_HELP)(func)


def source_options(func: Any) -> Any:
    """``--graph`` plus the remote-store options: the command reads a folder or an endpoint."""
    from kgpart.cli.store import endpoint_options

    return graph_option(endpoint_options(func))


def _open(graph: str | None, **endpoint: str | None) -> Any:
    """The graph folder, or the SPARQL endpoint when ``--endpoint``/``--query-url`` is given."""
    from kgpart.store.remote import open_graph

    return open_graph(graph, **endpoint)


@click.group(cls=KgpartGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.version_option(package_name="kgpart")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """kgpart: a knowledge graph of academic partnerships, built from news about academic diplomacy.

    \b
    Quick start:
      kgpart build                          validate, draw the network, summarise
      kgpart query --list                   the bundled queries
      kgpart query partners_of --param org="Ghent University"
    """
    ctx.meta["kgpart.debug"] = debug


@cli.command()
@click.argument("query", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter.")
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
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
    params: tuple[str, ...],
    fmt: str,
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

    if list_queries:
        for q in bundled_queries().values():
            click.echo(f"{q.name:<22}{q.title}")
            for p in q.parameters:
                click.echo(f"{'':<22}  --param {p.name}=VALUE  ({p.kind}) {p.description}")
        return
    if not query:
        raise click.UsageError("give a query name, a .rq file or SPARQL text (or --list)")
    result = run_query(
        _open(graph, **endpoint), resolve_query(query), _parse_params(params), allow_service=allow_service
    )
    click.echo(format_result(result, fmt), nl=False)


def _parse_params(params: tuple[str, ...]) -> dict[str, str]:
    parsed = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CliError(f"--param expects NAME=VALUE, got {item!r}", 2)
        parsed[name.strip().lstrip("?$")] = value
    return parsed


@cli.command()
@source_options
def validate(graph: str | None, **endpoint: str | None) -> None:
    """Check the graph against the SHACL shapes and the integrity checks.

    Exits 0 when valid, 1 with one line per problem (focus node, property, message, rule).

    \b
    Example:
      kgpart validate --graph graph/
    """
    from kgpart.validate.graph import validate as run_validation

    report = run_validation(_open(graph, **endpoint))
    click.echo(report.text(), nl=False)
    if not report.conforms:
        sys.exit(1)


@cli.command()
@source_options
def stats(graph: str | None, **endpoint: str | None) -> None:
    """Count entities by class and network edges by kind.

    \b
    Example:
      kgpart stats
    """
    from kgpart.query.stats import graph_stats

    click.echo(graph_stats(_open(graph, **endpoint)).text(), nl=False)


@cli.command()
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["ttl", "trig", "nt", "nq", "jsonld", "graphml", "gexf", "csv"]),
    default="trig",
    show_default=True,
    help="RDF: trig, nq and jsonld keep one named graph per source; ttl and nt merge them. "
    "Network (Gephi, spreadsheets): graphml, gexf, csv.",
)
@click.option(
    "--network",
    type=click.Choice(["network", "institutions", "countries"]),
    default="network",
    show_default=True,
    help="Which network graphml/gexf/csv export: the page's, or a projection.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE instead of stdout.")
@source_options
def export(fmt: str, network: str, output: str | None, graph: str | None, **endpoint: str | None) -> None:
    """Export the facts and the derived network as RDF, or the network for Gephi and spreadsheets.

    \b
    Examples:
      kgpart export --format nt -o partnerships.nt
      kgpart export --format jsonld > partnerships.jsonld
      kgpart export --format graphml --network institutions -o institutions.graphml
    """
    from kgpart.network.export import NETWORK_FORMATS, network_export_bytes, write_network_export
    from kgpart.render.rdf import export_rdf, write_export

    kg = _open(graph, **endpoint)
    if fmt in NETWORK_FORMATS:
        if output:
            for path in write_network_export(kg, fmt, output, kind=network):
                click.echo(f"wrote {path}", err=True)
        else:
            sys.stdout.buffer.write(network_export_bytes(kg, fmt, kind=network))
    elif output:
        click.echo(f"wrote {write_export(kg, fmt, output)}", err=True)
    else:
        sys.stdout.buffer.write(export_rdf(kg, fmt))


@cli.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="network.html", show_default=True)
@click.option("--title", default="kgpart: academic partnerships", show_default=True, help="Page heading.")
@click.option("--focus", help="Show only the network around this entity (name, alias or IRI).")
@click.option("--depth", type=click.IntRange(0, 6), default=1, show_default=True, help="Hops around --focus.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only facts dated on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only facts dated on or before this day.")
@click.option("--country", help="Only what touches this country (name, ISO code or IRI).")
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(NODE_CLASSES, case_sensitive=False),
    help="Only entities of this class (repeatable).",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(1),
    default=500,
    show_default=True,
    help="Beyond this, keep the best-connected nodes and say so on the page.",
)
@source_options
def viz(
    output: str,
    title: str,
    focus: str | None,
    depth: int,
    since: str | None,
    until: str | None,
    country: str | None,
    types: tuple[str, ...],
    max_nodes: int,
    graph: str | None,
    **endpoint: str | None,
) -> None:
    """Write the network as one self-contained HTML page (opens offline).

    Colour and shape per class with a legend, tooltips with the facts and their sources, a
    search box, and filters by class, country and time. Article text is shown as text, never
    run.

    \b
    Examples:
      kgpart viz -o network.html
      kgpart viz --focus "Ghent University" --depth 2 -o ghent.html
      kgpart viz --country Kazakhstan --type University --type Embassy -o kz.html
    """
    from kgpart.render.page import write_network_page

    _check_date(since, "--since")
    _check_date(until, "--until")
    summary = write_network_page(
        _open(graph, **endpoint),
        output,
        title=title,
        focus=focus,
        depth=depth,
        max_nodes=max_nodes,
        since=since,
        until=until,
        country=country,
        types=list(types) or None,
    )
    cut = f" (the best connected of {summary.total_nodes} entities)" if summary.aggregated else ""
    click.echo(f"wrote {summary.path}: {summary.nodes} nodes{cut}, {summary.edges} edges", err=True)


@cli.command()
@click.option(
    "--output",
    "-o",
    type=click.Path(file_okay=False),
    default="out",
    show_default=True,
    help="Folder for the network page.",
)
@graph_option
def build(output: str, graph: str | None) -> None:
    """The main job: validate the graph, write the network page, print a summary.

    \b
    Example:
      kgpart build --output out/
    """
    from kgpart.render.build import build as run_build

    result = run_build(graph, Path(output))
    click.echo(result.text(), nl=False)
    if not result.valid:
        sys.exit(1)


@cli.command()
@click.argument("article", type=click.Path(dir_okay=False))
@click.option("--url", help="Where the article was published.")
@click.option(
    "--published", metavar="YYYY-MM-DD", help="Publication date; relative dates resolve against it."
)
@click.option("--format", "-f", "fmt", type=click.Choice(["json", "yaml"]), default="json", show_default=True)
@click.option(
    "--max-bytes", type=click.IntRange(1), default=5_000_000, show_default=True, help="Refuse larger files."
)
def extract(article: str, url: str | None, published: str | None, fmt: str, max_bytes: int) -> None:
    """Read ARTICLE (.txt, .md or .html) and print its extraction record.

    Every item carries its evidence: the sentence and its character span. Edit the record and
    load it with `kgpart add`.

    \b
    Examples:
      kgpart extract article.txt --published 2026-03-01
      kgpart extract page.html --url https://example.org/news/1 --format yaml > record.yaml
    """
    from kgpart.extract import extract_article

    _check_date(published)
    record = extract_article(Path(article), url=url, published=published, max_bytes=max_bytes)
    click.echo(_dump(record.to_dict(), fmt), nl=False)


def _dump(data: dict[str, Any], fmt: str) -> str:
    import json

    if fmt == "yaml":
        import yaml

        return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _check_date(value: str | None, option: str = "--published") -> None:
    from datetime import date

    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        raise CliError(f"{option} must be a date YYYY-MM-DD, got {value!r}", 2) from None


def _writable_graph(graph: str | None) -> Path:
    from kgpart.store.folder import resolve_graph_dir, shipped_graph_dir

    path = resolve_graph_dir(graph, must_exist=False)
    if path == shipped_graph_dir() and not graph:
        raise CliError("no graph folder to write: give --graph DIR (or set KGPART_GRAPH)", 2)
    return path


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--url", help="The article's URL (for a single article).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date (for a single article).")
@click.option("--publisher", help="Who published the articles.")
@click.option("--dry-run", is_flag=True, help="Show what would be added; write nothing.")
@click.option(
    "--max-bytes", type=click.IntRange(1), default=5_000_000, show_default=True, help="Refuse larger files."
)
@source_options
def ingest(
    paths: tuple[str, ...],
    url: str | None,
    published: str | None,
    publisher: str | None,
    dry_run: bool,
    max_bytes: int,
    graph: str | None,
    **endpoint: str | None,
) -> None:
    """Add articles (files, folders or globs) to the graph, one named graph per article.

    Each article is extracted, its names resolved against the graph, its facts checked by the
    shapes, then written to sources/<slug>.trig. A bad article is reported and skipped; the
    others go in. Re-ingesting an unchanged article changes nothing. With --endpoint the same
    happens in a SPARQL store: every article is checked before the first write, then each new
    or changed source's named graph is replaced with one Graph Store PUT.

    \b
    Examples:
      kgpart ingest news/*.txt --graph graph/
      kgpart ingest article.html --url https://example.org/n/1 --published 2026-03-01 --dry-run
      kgpart ingest news/*.txt --endpoint http://localhost:7878
    """
    from kgpart.ingest.folder import ingest as run_ingest
    from kgpart.ingest.remote import connect, ingest_remote

    _check_date(published)
    remote = connect(**endpoint)  # None: the graph folder

    with contextlib.ExitStack() as stack:

        def progress(files: Any) -> Any:
            if len(files) < 2:
                return files
            bar = click.progressbar(files, label="ingesting", file=sys.stderr, show_pos=True)
            return stack.enter_context(bar)

        options: dict[str, Any] = {"url": url, "published": published, "publisher": publisher}
        options.update(dry_run=dry_run, max_bytes=max_bytes, progress=progress)
        if remote is None:
            report: Any = run_ingest(paths, _writable_graph(graph), **options)
        else:
            report = ingest_remote(paths, remote, **options)
    click.echo(report.text(), nl=False)
    if remote is not None:
        click.echo(report.written.text(), err=True)
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("record", type=click.Path(dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Show what would be added; write nothing.")
@source_options
def add(record: str, dry_run: bool, graph: str | None, **endpoint: str | None) -> None:
    """Add a record that a person reviewed and edited (YAML or JSON, as `kgpart extract` prints it).

    With --endpoint the record goes into a SPARQL store; one the shapes refuse writes nothing.

    \b
    Examples:
      kgpart extract article.txt -f yaml > record.yaml && $EDITOR record.yaml
      kgpart add record.yaml --graph graph/
      kgpart add record.yaml --endpoint http://localhost:7878
    """
    from kgpart.ingest.folder import add_record_file
    from kgpart.ingest.remote import add_record_remote, connect

    remote = connect(**endpoint)
    if remote is None:
        report: Any = add_record_file(Path(record), _writable_graph(graph), dry_run=dry_run)
    else:
        report = add_record_remote(Path(record), remote, dry_run=dry_run)
    click.echo(report.text(), nl=False)
    if remote is not None:
        click.echo(report.written.text(), err=True)


@cli.command()
@click.argument("source")
@source_options
def retract(source: str, graph: str | None, **endpoint: str | None) -> None:
    """Remove one source's facts from the graph, and nothing else.

    SOURCE is the source's slug (its file name under sources/), its URL, or its graph IRI. With
    --endpoint the source's named graph is deleted from a SPARQL store (Graph Store DELETE).

    \b
    Examples:
      kgpart retract mfa-kz-university-of-antwerp --graph graph/
      kgpart retract https://news.example.org/harbour-visit --endpoint http://localhost:7878
    """
    from kgpart.ingest.folder import retract as run_retract
    from kgpart.ingest.remote import connect, retract_remote

    remote = connect(**endpoint)
    if remote is None:
        click.echo(f"removed {run_retract(source, _writable_graph(graph))}")
    else:
        click.echo(f"removed <{retract_remote(source, remote)}> from {remote.endpoint.store_url}")


def _register() -> None:
    """Commands that live in modules of their own (click only at import; the rest loads lazily)."""
    from kgpart.cli.analysis import analyze, timeline
    from kgpart.cli.store import push, serve, synth

    for command in (analyze, timeline, synth, serve, push):
        cli.add_command(command)


_register()


def main() -> NoReturn:
    """Console-script entry point."""
    cli.main(prog_name="kgpart")
    sys.exit(0)
