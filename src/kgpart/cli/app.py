"""The ``kgpart`` command line: a thin layer over the library.

The group lives here with the one place that turns errors into messages; the commands live in
one module per family (``query``, ``render``, ``ingest``, ``analysis``, ``store``) and share the
options of ``options``. Each command parses its options, calls one library function and prints
the result. A command's module is imported only when that command is looked up (:class:`LazyCommands`),
and library modules inside the commands, so that a process pays only for the command it runs.

Exit codes: 0 success; 1 a problem with the data (invalid graph, unreadable file); 2 a usage
problem (bad SPARQL, unknown name, missing parameter); 70 an internal error (a bug: please report);
75 the graph folder is busy (another kgpart process is writing it).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
from collections.abc import Iterator, MutableMapping
from importlib import import_module
from typing import Any, NoReturn

import click

from kgpart.cli.debug import accept_debug_everywhere
from kgpart.cli.options import CliError
from kgpart.untrusted import for_terminal, shorten_long

# Where each command is defined: the module is imported when the command is looked up, so that
# `kgpart query` never loads the extractor (`extract`, `ingest`) or networkx (`analyze`).
COMMAND_MODULES = {
    "query": "kgpart.cli.query",
    "validate": "kgpart.cli.query",
    "stats": "kgpart.cli.query",
    "export": "kgpart.cli.query",
    "viz": "kgpart.cli.render",
    "build": "kgpart.cli.render",
    "extract": "kgpart.cli.ingest",
    "ingest": "kgpart.cli.ingest",
    "add": "kgpart.cli.ingest",
    "retract": "kgpart.cli.ingest",
    "analyze": "kgpart.cli.analysis",
    "timeline": "kgpart.cli.analysis",
    "init": "kgpart.cli.store",
    "synth": "kgpart.cli.store",
    "serve": "kgpart.cli.store",
    "push": "kgpart.cli.store",
    "entity": "kgpart.cli.entity",
}


class LazyCommands(MutableMapping[str, click.Command]):
    """A group's commands by name, each imported from its module on first lookup.

    Names, ``in`` and ``len`` need no import (``kgpart nosuch`` and its suggestion stay cheap);
    looking a command up, or listing them with their help (``kgpart --help``), imports its module
    and gives it (and its subcommands) the ``--debug`` flag. A command added by hand is kept as given.
    """

    def __init__(self, modules: dict[str, str]) -> None:
        self._modules = dict(modules)
        self._loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._loaded:
            module = self._modules[name]  # KeyError for an unknown name, as a dict says
            command = getattr(import_module(module), name)
            accept_debug_everywhere(command)
            self._loaded[name] = command
        return self._loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._loaded[name] = command
        self._modules.pop(name, None)

    def __delitem__(self, name: str) -> None:
        if name not in self._loaded and name not in self._modules:
            raise KeyError(name)
        self._loaded.pop(name, None)
        self._modules.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter([*self._modules.keys() - self._loaded.keys(), *self._loaded])

    def __len__(self) -> int:
        return len(self._modules.keys() | self._loaded.keys())

    def __contains__(self, name: object) -> bool:
        return name in self._loaded or name in self._modules


class _StderrHandler(logging.Handler):
    """The library's log records as one ``Warning: ...`` line each on stderr (stdout is for results)."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"{record.levelname.capitalize()}: {for_terminal(record.getMessage())}", err=True)


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
            raise CliError(error_line(str(exc)), exc.exit_code) from exc
        except click.ClickException as exc:  # a usage error may quote a value the user gave
            exc.message = error_line(exc.message)  # type: ignore[misc]  # Final in click's stubs; set once here
            raise
        except (click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except OSError as exc:  # the system refused: a file's permissions, a full disk, stdout gone
            if ctx.meta.get("kgpart.debug") or exc.errno == errno.EPIPE:
                raise  # click's main ends quietly when the reader of stdout has gone (`| head`)
            message, code = os_error_line(exc)
            raise CliError(error_line(message), code) from exc
        except Exception as exc:  # a bug: say so in one line, keep the traceback for --debug
            if ctx.meta.get("kgpart.debug"):
                raise
            from kgpart.store.index.build import forget_damaged_index

            damaged = forget_damaged_index(exc)
            if damaged is not None:  # a cache gone bad: the next run rebuilds it from the files
                problem = str(exc).splitlines()[0]
                line = f"the index {damaged} is damaged ({problem}); run the command again to rebuild it from the graph files"
                raise CliError(error_line(line), 1) from exc
            raise CliError(error_line(internal_error_line(exc)), 70) from exc

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        for arg in args:  # a non-UTF-8 argument reaches Python as surrogates no RDF term accepts
            if not is_text(arg):
                raise CliError(f"argument '{shown_bytes(arg)}' is not UTF-8 text", 2)
        return super().parse_args(ctx, args)


# Errors of writing with no file named: standard output on a full disk or device.
_STDOUT_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


def os_error_line(exc: OSError) -> tuple[str, int]:
    """The message and exit code for an error the operating system gave.

    One that names a file is the user's situation (exit 1): ``<file>: Permission denied``. One
    that names none, on a full disk, is standard output's (``kgpart ... > /dev/full``). Anything
    else is a bug (exit 70).
    """
    if exc.filename is not None:
        return f"{os.fsdecode(exc.filename)}: {exc.strerror or exc}", 1
    if exc.errno in _STDOUT_ERRORS:
        discard_stdout()
        return f"cannot write to stdout: {exc.strerror}", 1
    return internal_error_line(exc), 70


def error_line(message: str) -> str:
    """A message as it may be shown: article text's control characters escaped, huge values cut."""
    return shorten_long(for_terminal(message))


def internal_error_line(exc: BaseException) -> str:
    return f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)"


def discard_stdout() -> None:
    """Point a failed stdout at /dev/null, so the interpreter's last flush does not fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):  # not a file: click's test runner
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, fd)
    os.close(null)


def is_text(arg: str) -> bool:
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown_bytes(arg: str) -> str:
    r"""An argument's bytes, undecodable ones escaped: ``org=\xff``."""
    return os.fsencode(arg).decode("utf-8", "backslashreplace")


@click.group(cls=KgpartGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.version_option(package_name="kgpart")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """kgpart: a knowledge graph of academic partnerships, built from news about academic diplomacy.

    \b
    Quick start:
      kgpart build                          # validate, draw the network, summarise
      kgpart query --list                   # the bundled queries
      kgpart query partners_of --param org="Ghent University"
    """
    ctx.meta["kgpart.debug"] = debug


cli.commands = LazyCommands(COMMAND_MODULES)  # each command gets `--debug` too: `kgpart query x --debug`


def main() -> NoReturn:
    """Console-script entry point (also ``python -m kgpart``)."""
    try:
        cli.main(prog_name="kgpart")
    except OSError as exc:  # stdout failed where click itself writes: --help, --version
        message, code = os_error_line(exc)
        click.echo(f"Error: {message}", err=True)
        sys.exit(code)
    sys.exit(0)
