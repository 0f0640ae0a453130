"""The ``kgpart`` command line: a thin layer over the library.

The group lives here with the one place that turns errors into messages; the commands live in
one module per family (``query``, ``render``, ``ingest``, ``analysis``, ``store``) and share the
options of ``options``. Each command parses its options, calls one library function and prints
the result. Library modules are imported inside the commands so that ``kgpart --help`` starts fast.

Exit codes: 0 success; 1 a problem with the data (invalid graph, unreadable file); 2 a usage
problem (bad SPARQL, unknown name, missing parameter); 70 an internal error (a bug: please report);
75 the graph folder is busy (another kgpart process is writing it).
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from typing import Any, NoReturn

import click

from kgpart.cli.analysis import analyze, timeline
from kgpart.cli.debug import accept_debug_everywhere
from kgpart.cli.ingest import add, extract, ingest, retract
from kgpart.cli.options import CliError
from kgpart.cli.query import export, query, stats, validate
from kgpart.cli.render import build, viz
from kgpart.cli.store import init, push, serve, synth


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


for command in (query, validate, stats, export, viz, build, extract, ingest, add, retract):
    cli.add_command(command)
for command in (analyze, timeline, init, synth, serve, push):
    cli.add_command(command)
accept_debug_everywhere(cli)  # `kgpart query x --debug` as well as `kgpart --debug query x`


def main() -> NoReturn:
    """Console-script entry point (also ``python -m kgpart``)."""
    cli.main(prog_name="kgpart")
    sys.exit(0)
