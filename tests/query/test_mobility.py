"""Honest figures (#12 item 5): ``mobility`` lists each figure once with its date and source, and
says which to count: current ones, each once, by its latest date; never targets or plans, never a
cohort with two host institutions in both countries.

Before, summing the rows of ``mobility`` gave the target, the superseded figures, the figure two
articles reported, and the two-host cohort twice (one row per host).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kgpart.query.bundled import get_query
from kgpart.query.run import run_query
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import validate_graph

FIGURES = Path(__file__).parent.parent / "data" / "mobility" / "figures.trig"
COHORT = "https://w3id.org/kgpart/id/cohort/"


@pytest.fixture(scope="module")
def rows() -> dict[str, dict[str, str]]:
    kg = KnowledgeGraph.from_files([FIGURES])
    assert validate_graph(kg).conforms, validate_graph(kg).text()
    result = run_query(kg, get_query("mobility"))
    out: dict[str, dict[str, str]] = {}
    for row in result.rows:
        name = row["cohort"].value.removeprefix(COHORT)
        assert name not in out, f"{name} listed twice"  # one row per cohort, whatever its hosts
        out[name] = {k: v.value for k, v in row.items()}
    return out


def test_each_figure_once_with_its_date_and_source(rows: dict[str, dict[str, str]]) -> None:
    assert set(rows) == {"a-1", "a-2", "a-3", "b-1", "b-2", "b-3", "c-1"}
    assert rows["a-1"]["asOf"] == "2024-09-01" and rows["a-1"]["url"] == "https://a.example.org/1"
    assert rows["a-1"]["source"] == "Lindenfeld welcomes Kazakh students"
    assert rows["b-2"]["asOf"] == "2025-03-01"  # no date of its own: its article's
    # two host institutions in two countries: one row naming both
    assert sorted(rows["b-2"]["at"].split("; ")) == ["Lindenfeld University", "Steppe Polytechnic"]
    assert sorted(rows["b-2"]["atCountry"].split("; ")) == ["Germany", "Kazakhstan"]


def test_only_current_latest_figures_count_and_the_rest_say_why(rows: dict[str, dict[str, str]]) -> None:
    counted = {name for name, row in rows.items() if row["counted"] == "yes"}
    # the later Lindenfeld figure, the two-host cohort, and one of the two reports of 3,100
    assert counted - {"b-3", "c-1"} == {"b-1", "b-2"}
    assert len(counted & {"b-3", "c-1"}) == 1
    assert rows["a-1"]["note"] == "superseded by a figure of 2025-03-01"
    assert rows["a-2"]["note"] == "a target for 2030"
    assert rows["a-3"]["counted"] == "no"
    assert all(row["note"] for row in rows.values() if row["counted"] == "no")


def test_summing_the_counted_rows_is_honest(rows: dict[str, dict[str, str]]) -> None:
    total = sum(int(r["count"]) for r in rows.values() if r["counted"] == "yes")
    assert total == 55 + 12 + 3100
    in_kazakhstan = sum(
        int(r["count"]) for r in rows.values() if r["counted"] == "yes" and r["atCountry"] == "Kazakhstan"
    )
    assert in_kazakhstan == 3100  # the 2024 figure, the duplicate and the two-host cohort left out


def test_shipped_target_and_completed_cohorts_do_not_count(shipped: KnowledgeGraph) -> None:
    result = run_query(shipped, get_query("mobility"))
    by_count = {int(r["count"].value): r for r in result.rows}
    assert by_count[150000]["counted"].value == "no" and "target for 2029" in by_count[150000]["note"].value
    assert by_count[6]["counted"].value == "no"  # research internships completed
    assert [int(r["count"].value) for r in result.rows].count(8) == 1  # two hosts, one row
