"""What the commands share: the graph and endpoint options, the parameter types, the error they raise.

Defined once here so that every command spells ``--graph`` and ``--endpoint`` the same way. Only
click is imported: ``kgpart --help`` loads this module, not the library.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

if TYPE_CHECKING:  # a type checker sees the value each type gives; click < 8.4 (allowed) is not generic
    _TextType = click.ParamType[str]
    _PairType = click.ParamType[tuple[str, str]]
else:
    _TextType = _PairType = click.ParamType

GRAPH_HELP = "Graph folder (default: $KGPART_GRAPH, else ./graph, else the graph shipped with kgpart)."
ENDPOINT_HELP = (
    "A SPARQL 1.1 endpoint to use instead of the graph folder (e.g. http://localhost:7878 for "
    "Oxigraph; see also --query-url, --update-url, --store-url). Credentials come from "
    "$KGPART_ENDPOINT_USER/$KGPART_ENDPOINT_PASSWORD or $KGPART_ENDPOINT_TOKEN, never from options."
)


class CliError(click.ClickException):
    """One ``Error: ...`` line on stderr and an exit code of its own (click's usage errors add usage)."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]  # click declares it on the class


def graph_option(help: str = GRAPH_HELP) -> Callable[[F], F]:
    """``--graph DIR`` (or ``$KGPART_GRAPH``), passed to the command as ``graph``."""
    return click.option("--graph", "graph", envvar="KGPART_GRAPH", type=click.Path(), help=help)


def endpoint_options(func: F) -> F:
    """Add ``--endpoint``, ``--query-url``, ``--update-url`` and ``--store-url`` (each with an env var).

    The command receives them as keyword arguments ``endpoint``, ``query_url``, ``update_url``
    and ``store_url``; pass them on to :func:`kgpart.store.source.open_graph` (or ``open_target``).
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


def source_options(func: F) -> F:
    """``--graph`` plus the endpoint options: the command reads (or writes) a folder or a store."""
    return graph_option()(endpoint_options(func))


def _option_name(param: click.Parameter | None, default: str) -> str:
    return param.opts[0] if param is not None and param.opts else default


class IsoDate(_TextType):
    """A day written YYYY-MM-DD; the value stays the text given, checked."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            option = _option_name(param, "date")
            # One line and exit code 2, as for every usage problem (not click's usage block).
            raise CliError(f"{option} must be a date YYYY-MM-DD, got {value!r}", 2) from None
        return str(value)


class NameValue(_PairType):
    """``NAME=VALUE`` as a ``(name, value)`` pair; a leading ``?`` or ``$`` on the name is dropped."""

    name = "NAME=VALUE"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> tuple[str, str]:
        if isinstance(value, tuple):  # already converted (a default)
            return value
        name, sep, text = str(value).partition("=")
        if not sep or not name.strip():
            option = _option_name(param, "parameter")
            raise CliError(f"{option} expects NAME=VALUE, got {value!r}", 2)
        return name.strip().lstrip("?$"), text


def one_value_each(
    ctx: click.Context, param: click.Parameter, pairs: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, str], ...]:
    """Refuse a name given twice to a repeatable ``NAME=VALUE`` option (the last one used to win
    silently); use as its ``callback``."""
    seen: dict[str, str] = {}
    for name, value in pairs:
        if name in seen:
            option = _option_name(param, "parameter")
            raise CliError(f"{option} {name} is given twice ({seen[name]!r}, {value!r}); give it once", 2)
        seen[name] = value
    return pairs


DATE = IsoDate()
NAME_VALUE = NameValue()
