"""The ``kgpart analyze`` and ``kgpart timeline`` commands: a thin layer over the analysis library.

Results meant for machines go to stdout (``--format table|csv|json``); notes on what ran (the
projection's size, the algorithm chosen for its size) go to stderr. Library modules are imported
inside the commands so that ``kgpart --help`` stays fast.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, get_args

import click

from kgpart.cli.options import endpoint_options, graph_option
from kgpart.formats import CommunityMethod, ProjectionKind
from kgpart.untrusted import for_spreadsheet, for_terminal, for_terminal_lines

if TYPE_CHECKING:  # the library loads inside the commands, so that `kgpart --help` stays fast
    import networkx as nx

    from kgpart.store.source import GraphSource

_TABLE_CELL = 60  # characters; longer labels are cut in tables only (csv and json keep them whole)


def _common(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options every ``analyze`` subcommand shares."""
    options = [
        click.option(
            "--projection",
            type=click.Choice(get_args(ProjectionKind)),
            default="institutions",
            show_default=True,
            help="Organisations linked by meetings and partnerships, or countries linked by theirs.",
        ),
        click.option(
            "--units",
            type=click.Choice(["fold", "keep"]),
            default="fold",
            show_default=True,
            help="Fold faculties and centres into their institution, or keep them as nodes.",
        ),
        click.option(
            "--format",
            "-f",
            "fmt",
            type=click.Choice(["table", "csv", "json"]),
            default="table",
            show_default=True,
        ),
        graph_option(),
    ]
    for option in reversed(options):
        func = option(func)
    return endpoint_options(func)


def _load(
    graph: str | None, kind: ProjectionKind, units: str, **endpoint: str | None
) -> tuple[GraphSource, nx.Graph]:
    """The knowledge graph (folder or endpoint) and its projection, its size noted on stderr."""
    from kgpart.network.projection import network_projection
    from kgpart.store.source import open_graph

    started = time.perf_counter()
    kg = open_graph(graph, **endpoint)
    G = network_projection(kg, kind, fold_units=units == "fold")
    elapsed = time.perf_counter() - started
    note(f"{kind} projection: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges ({elapsed:.1f} s)")
    return kg, G


def note(text: str) -> None:
    """A line for people, on stderr."""
    click.echo(text, err=True)


def emit(fmt: str, header: Sequence[str], rows: Sequence[Sequence[Any]], data: Any) -> None:
    """Print rows as an aligned table or CSV, or ``data`` as JSON."""
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=_jsonable))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([[for_spreadsheet(c) if isinstance(c, str) else c for c in row] for row in rows])
        click.echo(buffer.getvalue(), nl=False)
    else:
        click.echo(_table(header, rows), nl=False)


def _jsonable(value: Any) -> Any:
    return asdict(value) if hasattr(value, "__dataclass_fields__") else str(value)


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    body = [[_cell(c) for c in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body]
    return "\n".join(lines) + "\n"


def _cell(value: Any) -> str:
    text = f"{value:.4f}" if isinstance(value, float) else str("" if value is None else value)
    text = for_terminal(" ".join(text.split()))  # article text: no newlines, no escape sequences
    # IRIs stay whole: they are what a user copies into the next command.
    if len(text) <= _TABLE_CELL or text.startswith(("http://", "https://", "urn:")):
        return text
    return text[: _TABLE_CELL - 1] + "…"


def _cut(items: list[Any], top: int) -> list[Any]:
    return items if top <= 0 else items[:top]


@click.group()
def analyze() -> None:
    """Analyse the partnership network: hubs, communities, paths, neighbourhoods, bridges.

    Each subcommand projects the graph (--projection institutions: organisations linked by
    shared meetings and partnerships in force; countries: countries linked when their
    organisations are) and runs a networkx algorithm chosen by size; the algorithm that ran is
    noted on stderr.

    \b
    Examples:
      kgpart analyze centrality --top 10
      kgpart analyze path "Ghent University" "Nazarbayev University"
      kgpart analyze communities --projection countries --format json
    """


@analyze.command()
@click.option("--top", type=int, default=20, show_default=True, help="Rows to show (0: all).")
@click.option("--samples", "-k", type=click.IntRange(min=1), help="Sources sampled for betweenness.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the betweenness sample.")
@_common
def centrality(
    top: int,
    samples: int | None,
    seed: int,
    projection: ProjectionKind,
    units: str,
    fmt: str,
    graph: str | None,
    **endpoint: str | None,
) -> None:
    """Rank nodes by degree and betweenness centrality.

    Betweenness is exact on small graphs and sampled from --samples sources (chosen by size
    unless given) on large ones.

    \b
    Example:
      kgpart analyze centrality --top 10 --format csv
    """
    from kgpart.analysis import centrality as run

    _, G = _load(graph, projection, units, **endpoint)
    result = run(G, k=samples, seed=seed)
    note(f"method: {result.method}")
    scores = _cut(result.scores, top)
    header = ["rank", "label", "kind", "country", "degree", "degree_centrality", "betweenness", "id"]
    rows = [
        [i, s.label, s.kind, s.country, s.degree, s.degree_centrality, s.betweenness, s.id]
        for i, s in enumerate(scores, start=1)
    ]
    emit(fmt, header, rows, {"method": result.method, "scores": scores})


@analyze.command()
@click.option("--top", type=int, default=20, show_default=True, help="Communities to show (0: all).")
@click.option(
    "--seed", type=int, default=0, show_default=True, help="The same seed gives the same communities."
)
@click.option(
    "--resolution", type=float, default=1.0, show_default=True, help="Above 1: smaller communities."
)
@click.option(
    "--method",
    type=click.Choice(get_args(CommunityMethod)),
    default="auto",
    show_default=True,
    help="auto: Louvain, or label propagation on very large graphs.",
)
@_common
def communities(
    top: int,
    seed: int,
    resolution: float,
    method: CommunityMethod,
    projection: ProjectionKind,
    units: str,
    fmt: str,
    graph: str | None,
    **endpoint: str | None,
) -> None:
    """Find communities of densely linked nodes (Louvain, seeded).

    In csv, one row per member; in the table, the best connected members of each community.

    \b
    Example:
      kgpart analyze communities --seed 1 --top 5
    """
    from kgpart.analysis import communities as run

    _, G = _load(graph, projection, units, **endpoint)
    result = run(G, seed=seed, resolution=resolution, method=method)
    note(
        f"method: {result.method}; {len(result.communities)} communities, modularity {result.modularity:.3f}"
    )
    found = _cut(result.communities, top)
    if fmt == "csv":
        rows = [
            [c.id, c.size, label, iri] for c in found for label, iri in zip(c.labels, c.members, strict=True)
        ]
        emit(fmt, ["community", "size", "label", "id"], rows, None)
        return
    rows = [[c.id, c.size, "; ".join(c.labels[:5]) + ("; …" if c.size > 5 else "")] for c in found]
    data = {"method": result.method, "modularity": result.modularity, "communities": found}
    emit(fmt, ["community", "size", "members (best connected first)"], rows, data)


@analyze.command()
@click.argument("a")
@click.argument("b")
@_common
def path(
    a: str,
    b: str,
    projection: ProjectionKind,
    units: str,
    fmt: str,
    graph: str | None,
    **endpoint: str | None,
) -> None:
    """Find a shortest path from A to B and explain it by the facts along it.

    A and B are labels, aliases or IRIs of organisations (a person stands for the organisation
    of their post; in the countries projection, an organisation for its country).

    \b
    Example:
      kgpart analyze path "Roman Vassilenko" "Nazarbayev University"
    """
    from kgpart.analysis import explain_path

    kg, G = _load(graph, projection, units, **endpoint)
    result = explain_path(kg, G, a, b)
    note(f"method: {result.method}; {len(result.steps)} hops")
    if fmt == "table":
        click.echo(for_terminal_lines(result.text()), nl=False)
        return
    header = ["hop", "from", "to", "fact_kind", "fact_date", "fact", "fact_iri", "source"]
    rows = [
        [i, s.source_label, s.target_label, f.kind, f.date, f.label, f.iri, f.source]
        for i, s in enumerate(result.steps, start=1)
        for f in s.facts
    ]
    emit(fmt, header, rows, result)


@analyze.command()
@click.argument("entity")
@click.option("--depth", type=click.IntRange(0, 6), default=1, show_default=True, help="Hops around ENTITY.")
@_common
def ego(
    entity: str,
    depth: int,
    projection: ProjectionKind,
    units: str,
    fmt: str,
    graph: str | None,
    **endpoint: str | None,
) -> None:
    """List the neighbourhood of ENTITY: every node within --depth hops, nearest first.

    \b
    Example:
      kgpart analyze ego "Ghent University" --depth 2
    """
    from kgpart.analysis import ego as run
    from kgpart.analysis import resolve_node

    kg, G = _load(graph, projection, units, **endpoint)
    result = run(G, resolve_node(kg, G, entity), depth)
    note(f"method: {result.method}; {len(result.nodes)} nodes, {len(result.edges)} edges")
    header = ["distance", "label", "kind", "country", "degree", "id"]
    rows = [[n.distance, n.label, n.kind, n.country, n.degree, n.id] for n in result.nodes]
    emit(fmt, header, rows, result)


@analyze.command()
@click.option("--top", type=int, default=20, show_default=True, help="Rows of each list to show (0: all).")
@_common
def bridges(
    top: int, projection: ProjectionKind, units: str, fmt: str, graph: str | None, **endpoint: str | None
) -> None:
    """List articulation points and bridges: the single links holding the network together.

    Articulation points come first (most splitting first), then bridges (bridges between two
    connected nodes before pendant ones, whose far end has no other link).

    \b
    Example:
      kgpart analyze bridges --projection countries
    """
    from kgpart.analysis import bridges as run

    _, G = _load(graph, projection, units, **endpoint)
    result = run(G)
    note(
        f"method: {result.method}; {len(result.articulation_points)} articulation points, "
        f"{len(result.bridges)} bridges"
    )
    cuts, links = _cut(result.articulation_points, top), _cut(result.bridges, top)
    header = ["type", "label", "other", "splits_into", "degree", "weight", "pendant", "id", "other_id"]
    rows = [["articulation point", c.label, "", c.splits_into, c.degree, "", "", c.id, ""] for c in cuts]
    rows += [
        ["bridge", e.source_label, e.target_label, "", "", e.weight, e.pendant, e.source, e.target]
        for e in links
    ]
    emit(fmt, header, rows, {"method": result.method, "articulation_points": cuts, "bridges": links})


@click.command()
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    default="timeline.html",
    show_default=True,
    help="A .html page (self-contained) or a .png chart.",
)
@click.option("--country", help="Only events with an organisation of this country (name, ISO code or IRI).")
@click.option("--title", help="Heading of the page or chart.")
@graph_option()
def timeline(output: str, country: str | None, title: str | None, graph: str | None) -> None:
    """Chart meetings and new partnerships over time, per month (or per year over long spans).

    Meetings are dated by their day or their article's; partnerships and programmes by their
    article's. The HTML page opens offline and lists every event with its source.

    \b
    Examples:
      kgpart timeline -o timeline.html
      kgpart timeline --country KZ -o kazakhstan.png
    """
    from kgpart.render.timeline import write_timeline
    from kgpart.store.graph import KnowledgeGraph

    path = write_timeline(KnowledgeGraph.open(graph), output, country=country, title=title)
    note(f"wrote {path}")
