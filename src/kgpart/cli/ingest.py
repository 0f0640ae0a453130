"""The commands that bring facts in and take them out: ``extract``, ``ingest``, ``add``, ``retract``.

``ingest``, ``add`` and ``retract`` write a graph folder, or a SPARQL store with ``--endpoint``;
:func:`kgpart.store.source.open_target` makes that choice.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kgpart.cli.options import DATE, CliError, source_options
from kgpart.untrusted import for_terminal_lines

if TYPE_CHECKING:  # a type checker sees the value the type gives; click < 8.4 (allowed) is not generic
    _IntType = click.ParamType[int]
else:
    _IntType = click.ParamType


@click.command()
@click.argument("article", type=click.Path(dir_okay=False))
@click.option("--url", help="Where the article was published.")
@click.option("--published", type=DATE, help="Publication date; relative dates resolve against it.")
@click.option("--format", "-f", "fmt", type=click.Choice(["json", "yaml"]), default="json", show_default=True)
@click.option(
    "--max-bytes", type=click.IntRange(1), default=5_000_000, show_default=True, help="Refuse larger files."
)
@click.option(
    "--lang",
    type=click.Choice(["auto", "en", "ru"]),
    default="auto",
    show_default=True,
    help="The article's language; auto detects it from the script and the commonest words.",
)
def extract(
    article: str, url: str | None, published: str | None, fmt: str, max_bytes: int, lang: str
) -> None:
    """Read ARTICLE (.txt, .md or .html) and print its extraction record.

    Every item carries its evidence: the sentence and its character span. Edit the record and
    load it with `kgpart add`.

    \b
    Examples:
      kgpart extract article.txt --published 2026-03-01
      kgpart extract page.html --url https://example.org/news/1 --format yaml > record.yaml
      kgpart extract novosti.txt --lang ru --published 2026-03-04
    """
    from kgpart.extract import extract_article
    from kgpart.extract.article import read_article, text_fingerprint

    record = extract_article(Path(article), url=url, published=published, max_bytes=max_bytes, lang=lang)
    data = record.to_dict()
    # which article a reviewed record is of, for `kgpart add` (a record of an article without a URL)
    data["source"]["fingerprint"] = text_fingerprint(read_article(Path(article), max_bytes=max_bytes).text)
    click.echo(_dump(data, fmt), nl=False)


def _dump(data: dict[str, Any], fmt: str) -> str:
    import json

    if fmt == "yaml":
        import yaml

        return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class Jobs(_IntType):
    """A number of processes, at least 1; anything else is one usage line."""

    name = "N"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            jobs = int(value)
        except (TypeError, ValueError):
            jobs = 0
        if jobs < 1 or isinstance(value, float):
            raise CliError(f"--jobs must be a whole number of processes, 1 or more, got {value!r}", 2)
        return jobs


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--url", help="The article's URL (a single article only: its identity).")
@click.option("--published", type=DATE, help="Publication date (for a single article).")
@click.option("--publisher", help="Who published the articles.")
@click.option("--dry-run", is_flag=True, help="Show what would be added; write nothing.")
@click.option(
    "--max-bytes", type=click.IntRange(1), default=5_000_000, show_default=True, help="Refuse larger files."
)
@click.option(
    "--lang",
    type=click.Choice(["auto", "en", "ru"]),
    default="auto",
    show_default=True,
    help="The articles' language; auto detects each article's from its script and commonest words.",
)
@click.option(
    "--follow-links", is_flag=True, help="In a folder, follow links that lead out of it (skipped by default)."
)
@click.option(
    "--force",
    is_flag=True,
    help="Replace a reviewed or curated source of the same article, or an earlier source of the same text.",
)
@click.option(
    "--jobs",
    "-j",
    type=Jobs(),
    help="Processes that extract articles at once (default: the number of CPUs; a batch of "
    "fewer than 50 articles uses one); the graph written is the same with any number.",
)
@source_options
def ingest(
    paths: tuple[str, ...],
    url: str | None,
    published: str | None,
    publisher: str | None,
    dry_run: bool,
    max_bytes: int,
    lang: str,
    follow_links: bool,
    force: bool,
    jobs: int | None,
    graph: str | None,
    **endpoint: str | None,
) -> None:
    """Add articles (files, folders or globs) to the graph, one named graph per article.

    Each article is extracted, its names resolved against the graph, its facts checked by the
    shapes, then written to sources/<slug>.trig. A bad article is reported and skipped; the
    others go in. In a folder (or a glob's), a link to a file or folder outside it is skipped with a line
    (--follow-links follows it), and a subfolder that cannot be read is a failure line.
    Re-ingesting an unchanged article changes nothing. A source added with `kgpart add` or
    curated by hand is pinned: ingesting the same article (same URL or file, or the same text
    elsewhere) keeps it with a 'kept' line; --force replaces it. With --endpoint the same
    happens in a SPARQL store: every article is checked before the first write, then each new
    or changed source's named graph is replaced with one Graph Store PUT.

    --jobs N processes extract articles at once (into a graph folder, or before the writes to
    an --endpoint); names are resolved and sources checked and written in one process, in the
    order given, so any N writes the same graph and prints the same lines (--jobs 1: everything
    in one process).

    \b
    Examples:
      kgpart ingest news/*.txt --graph graph/
      kgpart ingest news/ --graph graph/ --jobs 2
      kgpart ingest article.html --url https://example.org/n/1 --published 2026-03-01 --dry-run
      kgpart ingest news/*.txt --endpoint http://localhost:7878
    """
    from kgpart.ingest.folder import ingest_articles
    from kgpart.ingest.jobs import default_jobs
    from kgpart.ingest.remote import ingest_remote
    from kgpart.store.source import open_target

    target = open_target(graph, **endpoint)
    with contextlib.ExitStack() as stack:

        def progress(files: Any) -> Any:
            if len(files) < 2:
                return files
            bar = click.progressbar(files, label="ingesting", file=sys.stderr, show_pos=True)
            return stack.enter_context(bar)

        options: dict[str, Any] = {"url": url, "published": published, "publisher": publisher}
        options.update(dry_run=dry_run, max_bytes=max_bytes, progress=progress, lang=lang)
        options.update(follow_links=follow_links, force=force)
        options.update(jobs=jobs or default_jobs())
        if isinstance(target, Path):
            report: Any = ingest_articles(paths, target, **options)
        else:
            report = ingest_remote(paths, target, **options)
    click.echo(for_terminal_lines(report.text()), nl=False)
    if not isinstance(target, Path):
        click.echo(for_terminal_lines(report.written.text()), err=True)
    if report.failed:
        sys.exit(1)


@click.command()
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
    from kgpart.ingest.remote import add_record_remote
    from kgpart.store.source import open_target

    target = open_target(graph, **endpoint)
    if isinstance(target, Path):
        click.echo(
            for_terminal_lines(add_record_file(Path(record), target, dry_run=dry_run).text()), nl=False
        )
    else:
        report = add_record_remote(Path(record), target, dry_run=dry_run)
        click.echo(for_terminal_lines(report.text()), nl=False)
        click.echo(for_terminal_lines(report.written.text()), err=True)


@click.command()
@click.argument("source")
@source_options
def retract(source: str, graph: str | None, **endpoint: str | None) -> None:
    """Remove one source's facts from the graph, and nothing else.

    SOURCE is the source's slug (its file name under sources/) or the slug's readable part when
    only one source has it, its URL, its article file, or its graph IRI. With
    --endpoint the source's named graph is deleted from a SPARQL store (Graph Store DELETE).

    \b
    Examples:
      kgpart retract mfa-kz-university-of-antwerp --graph graph/
      kgpart retract mfa-kz-2026-03-01-ghent-university --endpoint http://localhost:7878
    """
    from kgpart.ingest.folder import retract as retract_folder
    from kgpart.ingest.remote import retract_remote
    from kgpart.store.source import open_target

    target = open_target(graph, **endpoint)
    if isinstance(target, Path):
        click.echo(f"removed {retract_folder(source, target)}")
    else:
        click.echo(f"removed <{retract_remote(source, target)}> from {target.endpoint.store_url}")
