"""The commands that draw: ``viz`` (the network page) and ``build`` (validate, draw, summarise)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

import click

from kgpart.cli.options import DATE, graph_option, source_options
from kgpart.untrusted import for_terminal_lines
from kgpart.vocab import NODE_CLASSES


@click.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="network.html", show_default=True)
@click.option("--title", default="kgpart: academic partnerships", show_default=True, help="Page heading.")
@click.option("--focus", help="Show only the network around this entity (name, alias or IRI).")
@click.option("--depth", type=click.IntRange(0, 6), default=1, show_default=True, help="Hops around --focus.")
@click.option("--since", type=DATE, help="Only facts dated on or after this day.")
@click.option("--until", type=DATE, help="Only facts dated on or before this day.")
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
@click.option(
    "--lang",
    type=click.Choice(["en", "ru"]),
    help="Name entities in this language where the graph has a name in it (English otherwise).",
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
    lang: Literal["en", "ru"] | None,
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
      kgpart viz --lang ru -o network-ru.html
    """
    from kgpart.render.page import write_network_page
    from kgpart.store.source import open_graph

    summary = write_network_page(
        open_graph(graph, **endpoint),
        output,
        title=title,
        focus=focus,
        depth=depth,
        max_nodes=max_nodes,
        since=since,
        until=until,
        country=country,
        types=list(types) or None,
        lang=lang,
    )
    cut = f" (the best connected of {summary.total_nodes} entities)" if summary.aggregated else ""
    click.echo(f"wrote {summary.path}: {summary.nodes} nodes{cut}, {summary.edges} edges", err=True)


@click.command()
@click.option(
    "--output",
    "-o",
    type=click.Path(file_okay=False),
    default="out",
    show_default=True,
    help="Folder for the network page.",
)
@graph_option()
def build(output: str, graph: str | None) -> None:
    """The main job: validate the graph, write the network page, print a summary.

    \b
    Example:
      kgpart build --output out/
    """
    from kgpart.render.build import build_outputs

    result = build_outputs(graph, Path(output))
    click.echo(for_terminal_lines(result.text()), nl=False)
    if not result.valid:
        sys.exit(1)
