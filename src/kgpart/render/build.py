"""The main job: validate the graph, write the network page, summarise what the graph holds."""

from __future__ import annotations

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

    The page is not written for an invalid graph, so a broken graph never replaces a good page.
    """
    from kgpart.errors import OutputError
    from kgpart.render.page import write_network_page

    kg = KnowledgeGraph.open(graph)
    result = BuildResult(kg.graph_dir, validate_graph(kg), graph_stats(kg))
    if result.valid:
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a file in the way, a read-only folder: the user's to fix
            raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from exc
        result.page = write_network_page(kg, output / "network.html").path
    return result
