"""``kgpart entity ...``: look at one entity and correct it (merge, rename, alias, set, delete, undo).

The library side is :mod:`kgpart.curation`; each command here parses its arguments, calls one
function there and prints what happened.
"""

from __future__ import annotations

import click

from kgpart.cli.options import graph_option
from kgpart.untrusted import for_terminal_lines


@click.group()
def entity() -> None:
    """Look at an entity, and correct it so the correction lasts through every later ingest.

    ENTITY is a label, an alias or an IRI (full, or prefixed: kgr:org/x, inst:x, person:x).
    A name that belongs to several entities is refused with the candidates (exit 2).

    \b
    Examples:
      kgpart entity show "Ghent University"
      kgpart entity show kgr:org/ghent-university
    """


@entity.command()
@click.argument("name", metavar="ENTITY")
@graph_option()
def show(name: str, graph: str | None) -> None:
    """Print ENTITY's labels, aliases, type, country, the facts that use it and the articles naming it.

    \b
    Examples:
      kgpart entity show UGhent
      kgpart entity show inst:ghent-university --graph graph/
    """
    from kgpart.curation import describe_entity, find_entity
    from kgpart.store.graph import KnowledgeGraph

    kg = KnowledgeGraph.open(graph)
    click.echo(for_terminal_lines(describe_entity(kg, find_entity(kg, name)).text()), nl=False)
