"""The one family of errors kgpart raises; the CLI shows each as a single ``Error: ...`` line."""

from __future__ import annotations

import difflib
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
        close = difflib.get_close_matches(name, self.known, n=3, cutoff=0.5)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        # A short list helps (query names); thousands of entity labels would not.
        listing = f" Known: {', '.join(self.known)}." if 0 < len(self.known) <= 30 else ""
        super().__init__(f"unknown {kind} {name!r}.{hint}{listing}")


class ParameterError(KgpartError):
    """A query parameter that is missing, unknown or not of the declared kind."""

    exit_code = 2


class ValidationError(KgpartError):
    """The graph, or a record about to enter it, breaks the shapes or the integrity checks."""


class OutputError(KgpartError):
    """An output file that cannot be written."""
