"""The main job: validate the graph, write the network page, summarise what the graph holds."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kgpart.query.stats import GraphStats, graph_stats
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import ValidationReport, validate_graph


@dataclass
class BuildResult:
    """What :func:`build_outputs` did: the validation report, the counts, and the page it wrote (if valid)."""

    graph_dir: Path | None
    report: ValidationReport
    stats: GraphStats
    page: Path | None = None

    @property
    def valid(self) -> bool:
        return self.report.conforms

    def text(self) -> str:
        """The summary printed by ``kgpart build``."""
        head = f"graph: {self.graph_dir}\n" if self.graph_dir else ""
        page = f"network page: {self.page}\n" if self.page else "network page: not written (graph invalid)\n"
        return head + self.report.text() + page + "\n" + self.stats.text()


def build_outputs(graph: str | Path | None, output: Path) -> BuildResult:
    """Validate ``graph`` and, when it is valid, write ``output/network.html``.

    The page is not written for an invalid graph, so a broken graph never replaces a good page;
    a build that fails removes the folders it made.
    """
    from kgpart.errors import OutputError
    from kgpart.render.page import write_network_page

    kg = KnowledgeGraph.open(graph)
    result = BuildResult(kg.graph_dir, validate_graph(kg), graph_stats(kg))
    if result.valid:
        made: list[Path] = []
        try:
            made = missing_folders(output)
            output.mkdir(parents=True, exist_ok=True)
            result.page = write_network_page(kg, output / "network.html").path
        except BaseException as exc:  # a failed build leaves no empty folder of its own behind
            remove_empty(made)
            if isinstance(exc, OSError):  # a file in the way, a read-only folder: the user's to fix
                raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from exc
            raise
    return result


def missing_folders(folder: Path) -> list[Path]:
    """``folder`` and those of its parents that do not exist yet, the outermost first."""
    missing = []
    while not os.path.lexists(folder) and folder != folder.parent:  # raises no PermissionError
        missing.append(folder)
        folder = folder.parent
    return missing[::-1]


def remove_empty(folders: list[Path]) -> None:
    """Remove the folders, innermost first, that are still empty (a folder with files stays)."""
    for folder in reversed(folders):
        try:
            folder.rmdir()
        except OSError:
            return
