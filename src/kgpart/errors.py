"""The one family of errors kgpart raises; the CLI shows each as a single ``Error: ...`` line."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class KgpartError(Exception):
    """A problem a user can fix; ``exit_code`` is what the CLI exits with."""

    exit_code = 1


class GraphFileError(KgpartError):
    """A file of the graph folder (or an ontology file) cannot be read or parsed."""

    def __init__(self, path: Path | str, message: str, *, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")


class QuerySyntaxError(KgpartError):
    """SPARQL text that does not parse; carries the position when the parser gives one."""

    exit_code = 2


class UnknownNameError(KgpartError):
    """A name (query, entity, format) that kgpart does not know, with the closest known names."""

    exit_code = 2

    def __init__(self, kind: str, name: str, known: Iterable[str]) -> None:
        self.name = name
        self.known = sorted(known)
        close = close_matches(name, self.known)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        # A short list helps (query names); thousands of entity labels would not.
        listing = f" Known: {', '.join(self.known)}." if 0 < len(self.known) <= 30 else ""
        super().__init__(f"unknown {kind} {name!r}.{hint}{listing}")


class ParameterError(KgpartError):
    """A query parameter that is missing, unknown or not of the declared kind."""

    exit_code = 2


class RefusedQueryError(KgpartError):
    """A query kgpart will not run as asked: one whose SERVICE would fetch from another server."""

    exit_code = 2


class ValidationError(KgpartError):
    """The graph, or a record about to enter it, breaks the shapes or the integrity checks."""


class GraphBusyError(KgpartError):
    """Another kgpart process is writing the graph folder."""

    exit_code = 75  # EX_TEMPFAIL: try again later


class NoWritableGraphError(KgpartError):
    """A writing command given no graph folder to write (the shipped graph is not one)."""

    exit_code = 2


class OutputError(KgpartError):
    """An output file that cannot be written."""


class TooLargeError(KgpartError):
    """An input over its size limit (found by reading, not by ``stat``, which says 0 for a device)."""


class ExtractionError(KgpartError, ValueError):
    """An article that cannot be read or holds nothing to extract.

    Also a ``ValueError``, as it was before it joined the family, so callers catching that still do.
    """


class EndpointError(KgpartError):
    """A remote store that cannot be reached, refuses us, or fails; the message names it."""


class IndexLockedError(KgpartError):
    """Another process holds the index (rebuilding it, or serving it) for longer than we wait."""


class NotConnectedError(KgpartError):
    """Two entities with no path between them in a projection."""


class OptionError(KgpartError):
    """An argument or option that cannot be used as given (a usage error): ``--url`` with several
    articles, a name that fits several sources."""

    exit_code = 2


def close_matches(name: str, known: Iterable[str], n: int = 3) -> list[str]:
    """Known names that look like ``name``: similar as a whole, or with a similar word."""
    import difflib  # here, not at the top: only an unknown name needs it, and every process imports this module

    by_lower = {k.lower(): k for k in known}
    target = name.lower().strip()
    hits = difflib.get_close_matches(target, by_lower, n=n, cutoff=0.5)
    # Then names with a word like it, shortest first (an institution before facts about it).
    extra = sorted(
        (k for k in by_lower if k not in hits and _has_similar_word(target, k)), key=lambda k: (len(k), k)
    )
    return [by_lower[h] for h in (hits + extra)[:n]]


def _has_similar_word(target: str, name: str) -> bool:
    import difflib

    return target in name or bool(
        difflib.get_close_matches(target, name.replace("-", " ").split(), cutoff=0.75)
    )
