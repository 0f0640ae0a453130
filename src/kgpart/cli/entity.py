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
    A name that belongs to several entities is refused with the candidates (exit 2). Each
    correction rewrites the graph files at once and is recorded, with its time, in
    graph/curation.jsonl, which every later ingest applies again; `kgpart entity undo` takes
    the last one back.

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

    An IRI merged away (`kgpart entity merge`) shows the entity it was merged into.

    \b
    Examples:
      kgpart entity show UGhent
      kgpart entity show inst:ghent-university --graph graph/
    """
    from kgpart.curation import entity_view, load_curation
    from kgpart.store.graph import KnowledgeGraph

    kg = KnowledgeGraph.open(graph)
    try:
        text = entity_view(kg, name, load_curation(kg.graph_dir) if kg.graph_dir else None).text()
    finally:
        kg.close()  # an on-disk index is held while open
    click.echo(for_terminal_lines(text), nl=False)


def _done(act: dict[str, object]) -> None:
    from kgpart.curation import CURATION_FILE, describe_act

    click.echo(for_terminal_lines(f"{describe_act(act)} (recorded in {CURATION_FILE})\n"), nl=False)


@entity.command()
@click.argument("keep", metavar="KEEP")
@click.argument("drop", metavar="DROP")
@graph_option()
def merge(keep: str, drop: str, graph: str | None) -> None:
    """Merge DROP into KEEP: DROP's facts become KEEP's, its names KEEP's aliases.

    Every later ingest resolves DROP's names to KEEP, and DROP's IRI does not come back. Merging
    an entity into itself, or into one of another type, is refused (exit 2).

    \b
    Examples:
      kgpart entity merge "Ghent University" "University of Antwerp" --graph graph/
      kgpart entity undo --graph graph/
    """
    from kgpart.curation import merge_entities, writable_graph_dir

    _done(merge_entities(writable_graph_dir(graph), keep, drop))


@entity.command()
@click.argument("name", metavar="ENTITY")
@click.argument("label")
@graph_option()
def rename(name: str, label: str, graph: str | None) -> None:
    """Give ENTITY the label LABEL; its old label stays an alias, so articles still find it.

    \b
    Examples:
      kgpart entity rename UGhent "Ghent University (UGent)" --graph graph/
    """
    from kgpart.curation import rename_entity, writable_graph_dir

    _done(rename_entity(writable_graph_dir(graph), name, label))


@entity.command()
@click.argument("name", metavar="ENTITY")
@click.argument("alias")
@click.option("--remove", is_flag=True, help="Remove the alias; later articles do not bring it back.")
@graph_option()
def alias(name: str, alias: str, remove: bool, graph: str | None) -> None:
    """Add ALIAS to ENTITY's names (later articles that use it resolve to ENTITY), or --remove it.

    \b
    Examples:
      kgpart entity alias "Ghent University" "Gent University" --graph graph/
      kgpart entity alias "Ghent University" UGhent --remove --graph graph/
    """
    from kgpart.curation import alias_entity, writable_graph_dir

    _done(alias_entity(writable_graph_dir(graph), name, alias, remove=remove))


@entity.command(name="set")
@click.argument("name", metavar="ENTITY")
@click.option(
    "--type", "type_", metavar="T", help="The organisation's class: University, Ministry, Embassy, ..."
)
@click.option("--country", metavar="C", help="The organisation's country: a name or an ISO code.")
@graph_option()
def set_(name: str, type_: str | None, country: str | None, graph: str | None) -> None:
    """Set an organisation's type or country; later articles do not change it back.

    \b
    Examples:
      kgpart entity set "Ghent University" --type ResearchInstitute --country BE --graph graph/
    """
    from kgpart.curation import set_entity, writable_graph_dir

    _done(set_entity(writable_graph_dir(graph), name, type=type_, country=country))


@entity.command()
@click.argument("name", metavar="ENTITY")
@click.option("--with-facts", is_flag=True, help="Delete the facts that use it as well.")
@graph_option()
def delete(name: str, with_facts: bool, graph: str | None) -> None:
    """Delete ENTITY; refused while facts use it, unless --with-facts (then they go too).

    Its IRI and names are remembered as rejected: a later ingest of an article that names it
    leaves it out, with the facts that would use it.

    \b
    Examples:
      kgpart entity delete "Roman Vassilenko" --with-facts --graph graph/
    """
    from kgpart.curation import delete_entity, writable_graph_dir

    _done(delete_entity(writable_graph_dir(graph), name, with_facts=with_facts))


@entity.command()
@graph_option()
def suggest(graph: str | None) -> None:
    """List pairs of entities that may be one: alike names, too little evidence to merge them.

    Each pair is a line "possible same entity: A ~ B (articles X, Y)" and the merge that would
    make them one; run it if they are (nothing here changes the graph).

    \b
    Examples:
      kgpart entity suggest --graph graph/
      kgpart ingest news/ --graph graph/
      kgpart entity suggest --graph graph/
    """
    from kgpart.query.results import shorten
    from kgpart.resolve import possible_duplicates
    from kgpart.store.graph import KnowledgeGraph

    kg = KnowledgeGraph.open(graph)
    try:
        found = possible_duplicates(kg)
    finally:
        kg.close()  # an on-disk index is held while open
    if not found:
        click.echo("no possible duplicates found", err=True)
    for pair in found:
        merge = f"  kgpart entity merge {shorten(pair.left.iri)} {shorten(pair.right.iri)}"
        click.echo(for_terminal_lines(f"{pair.text()}\n{merge}\n"), nl=False)


@entity.command()
@graph_option()
def undo(graph: str | None) -> None:
    """Undo the last correction: the files it changed as they were, the act taken out of the record.

    With no correction recorded, says so (exit 1). Each undo takes back one more act.

    \b
    Examples:
      kgpart entity alias UGhent "Gent" --graph graph/
      kgpart entity undo --graph graph/
    """
    from kgpart.curation import describe_act, undo_last, writable_graph_dir

    act = undo_last(writable_graph_dir(graph))
    click.echo(for_terminal_lines(f"undid: {describe_act(act)}\n"), nl=False)
