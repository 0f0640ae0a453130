"""Commands for storage and scale: ``synth``, ``serve``, ``push``, and the ``--endpoint`` options.

Register them on the main group (``cli.add_command(synth)`` ...). Each is a thin layer over one
library function; heavy modules are imported inside the commands so ``kgpart --help`` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

ENDPOINT_HELP = (
    "A SPARQL 1.1 endpoint to use instead of the graph folder (e.g. http://localhost:7878 for "
    "Oxigraph; see also --query-url, --update-url, --store-url). Credentials come from "
    "$KGPART_ENDPOINT_USER/$KGPART_ENDPOINT_PASSWORD or $KGPART_ENDPOINT_TOKEN, never from options."
)


def endpoint_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--endpoint``, ``--query-url``, ``--update-url`` and ``--store-url`` (each with an env var).

    The command receives them as keyword arguments ``endpoint``, ``query_url``, ``update_url``
    and ``store_url``; pass them on to :func:`kgpart.remote.open_graph`.
    """
    options = [
        click.option("--endpoint", envvar="KGPART_ENDPOINT", metavar="URL", help=ENDPOINT_HELP),
        click.option(
            "--query-url",
            envvar="KGPART_QUERY_URL",
            metavar="URL",
            help="SPARQL query URL, when not ENDPOINT/query (Fuseki: .../ds/sparql, GraphDB: .../repositories/R).",
        ),
        click.option(
            "--update-url",
            envvar="KGPART_UPDATE_URL",
            metavar="URL",
            help="SPARQL update URL, when not ENDPOINT/update (GraphDB: .../repositories/R/statements).",
        ),
        click.option(
            "--store-url",
            envvar="KGPART_STORE_URL",
            metavar="URL",
            help="Graph Store Protocol URL, when not ENDPOINT/store (Fuseki: .../ds/data).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


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
      kgpart synth --triples 100000 -o /tmp/synth --seed 1
      kgpart query meetings --graph /tmp/synth
    """
    from .synth import synthesize

    summary = synthesize(triples, output, seed=seed)
    click.echo(
        f"wrote {summary.folder}: {summary.triples} triples, {summary.sources} sources, "
        f"{summary.universities} universities",
        err=True,
    )
