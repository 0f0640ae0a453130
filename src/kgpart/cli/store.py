"""Commands for storage and scale: ``init``, ``synth``, ``serve``, ``push``.

Each is a thin layer over one library function; heavy modules are imported inside the commands
so ``kgpart --help`` stays fast.
"""

from __future__ import annotations

import click

from kgpart.cli.options import endpoint_options, graph_option


@click.command()
@click.argument("folder", type=click.Path(file_okay=False))
def init(folder: str) -> None:
    """Start an empty graph in FOLDER: reference.trig (no entities yet) and sources/.

    FOLDER must be new or empty. Then ingest articles into it; named graph/, it is the graph
    every command reads from that folder's parent (else pass --graph FOLDER).

    \b
    Example:
      kgpart init my-graph
      kgpart ingest news/ --graph my-graph/
    """
    from kgpart.store.folder import init_graph_dir

    path = init_graph_dir(folder)
    click.echo(
        f"started an empty graph in {path}; add articles with: kgpart ingest FILES --graph {path}", err=True
    )


@click.command()
@click.option("--triples", "-n", type=click.IntRange(300), required=True, help="About how many triples.")
@click.option("--output", "-o", type=click.Path(file_okay=False), required=True, help="Folder to write.")
@click.option("--seed", type=int, default=0, show_default=True, help="Same seed, same files.")
def synth(triples: int, output: str, seed: int) -> None:
    """Write a synthetic partnership graph (for benchmarks) in the layout of graph/.

    Countries, universities with faculties and centres, embassies, people and posts, meetings,
    partnerships, programmes and cohorts; hub universities attract most links. Valid under the
    shapes; one named graph per synthetic source.

    \b
    Example:
      kgpart synth --triples 100000 -o synthetic/ --seed 1
      kgpart query meetings --graph synthetic/
    """
    from kgpart.synth import synthesize

    summary = synthesize(triples, output, seed=seed)
    click.echo(
        f"wrote {summary.folder}: {summary.triples} triples, {summary.sources} sources, "
        f"{summary.universities} universities",
        err=True,
    )


def _finite(param: click.Parameter, value: float) -> float:
    """Refuse ``nan``, which passes every range check."""
    if value != value:
        raise click.BadParameter("nan is not a number", param=param)
    return value


@click.command()
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="TCP port.")
@click.option(
    "--bind",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0 exposes it to the network).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(1, 86_400),
    callback=lambda ctx, param, value: _finite(param, value),
    default=30.0,
    show_default=True,
    help="Seconds a query may run.",
)
@click.option(
    "--max-memory",
    type=click.FloatRange(64),
    callback=lambda ctx, param, value: _finite(param, value),
    default=2048.0,
    show_default=True,
    help="Megabytes the Oxigraph server may hold; past it the process running the query is replaced.",
)
@click.option(
    "--allow-update",
    is_flag=True,
    help="Accept SPARQL updates and Graph Store writes (kept in a temporary copy for as long as the server runs, never in the graph files).",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let queries call SERVICE (and updates LOAD) URLs, which makes the server fetch them.",
)
@graph_option("Graph folder to serve.")
def serve(
    port: int,
    bind: str,
    timeout: float,
    max_memory: float,
    allow_update: bool,
    allow_service: bool,
    graph: str | None,
) -> None:
    """Serve the graph as a SPARQL 1.1 endpoint, with a query page in the browser.

    Read-only unless --allow-update; listens on localhost unless --bind says otherwise;
    refuses SERVICE and LOAD from URLs (which would make it fetch them) unless
    --allow-service. The default graph is the union of all sources. Runs until Ctrl-C.

    \b
    Example:
      kgpart serve --port 7878 --timeout 10
      # then open http://127.0.0.1:7878/ or query http://127.0.0.1:7878/query
    """
    from kgpart.serve.server import ServeOptions
    from kgpart.serve.server import serve as run_server

    def ready(url: str) -> None:
        mode = "read-write (a temporary on-disk copy of the graph)" if allow_update else "read-only"
        click.echo(f"serving {url}/ ({mode}, queries stop after {timeout:g} s); Ctrl-C stops", err=True)

    options = ServeOptions(
        port=port,
        bind=bind,
        timeout=timeout,
        max_memory_mb=max_memory,
        allow_update=allow_update,
        allow_service=allow_service,
    )
    raise SystemExit(run_server(graph, options, on_ready=ready))


@click.command()
@endpoint_options
@graph_option("Graph folder to upload.")
def push(
    endpoint: str | None,
    query_url: str | None,
    update_url: str | None,
    store_url: str | None,
    graph: str | None,
) -> None:
    """Upload the graph folder to a SPARQL store: one named graph per source, replaced if present.

    Uploads the facts, the derived network edges and the vocabulary graphs (so labels of classes
    and topics resolve there too), with the Graph Store Protocol.

    \b
    Example:
      kgpart push --endpoint http://localhost:7878
      kgpart push --graph graph/ --endpoint http://localhost:7878 --store-url http://localhost:7878/store
    """
    from kgpart.store.graph import KnowledgeGraph
    from kgpart.store.remote import RemoteGraph
    from kgpart.store.remote import push as upload

    if not (endpoint or store_url):
        raise click.UsageError("give --endpoint URL (or --store-url URL)")
    remote = RemoteGraph(
        endpoint or store_url, query_url=query_url, update_url=update_url, store_url=store_url
    )
    summary = upload(KnowledgeGraph.open(graph), remote)
    click.echo(
        f"pushed {summary.graphs} graphs, {summary.triples} triples to {remote.endpoint.store_url}", err=True
    )
