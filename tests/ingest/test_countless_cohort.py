"""A cohort named without a number ("Kazakh students studying at B"), end to end (issue #11 item 4).

The record carries ``"count": null``; ``kgpart add`` stores the cohort with no kgp:count (never a 0),
the graph validates, and ``mobility`` lists it with no number and never counts it, nor lets it
supersede a figure that has one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.extract import extract_text
from kgpart.extract.record import Record
from kgpart.query.bundled import NamedQuery, get_query
from kgpart.query.run import run_query
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import validate_graph

HOST = "Harbour University"
URL = "https://news.example.org/kz-students"
TEXT = (
    "Ambassador Aida Serikova visited Harbour University on 2 June 2025. "
    "She met Kazakh students studying at Harbour University."
)


def _record(cohorts: list[dict[str, Any]], url: str, published: str) -> dict[str, Any]:
    return {
        "source": {"url": url, "published": published, "title": f"Harbour news of {published}"},
        "persons": [],
        "organizations": [{"name": HOST, "type": "University", "country": None}],
        "meetings": [],
        "partnerships": [],
        "programmes": [],
        "cohorts": cohorts,
        "topics": [],
    }


def _add(runner: CliRunner, graph: Path, path: Path, record: dict[str, Any]) -> None:
    path.write_text(json.dumps(record))
    done = runner.invoke(cli, ["add", str(path), "--graph", str(graph)])
    assert done.exit_code == 0, done.output


def _mobility(graph: Path) -> list[dict[str, str]]:
    rows = run_query(KnowledgeGraph.open(graph), get_query("mobility")).rows
    return [{k: v.value for k, v in row.items()} for row in rows]


def test_the_reader_takes_a_missing_or_null_count() -> None:
    for cohort in ({"count": None, "who": "students", "at": HOST}, {"who": "students", "at": HOST}):
        record = Record.from_dict(Record().to_dict() | {"cohorts": [cohort]})
        assert record.cohorts[0].count is None


@pytest.mark.parametrize("bad", ["ten", 2.5, True, -1, [3]])
def test_the_reader_refuses_a_count_of_a_wrong_type(bad: object) -> None:
    data = Record().to_dict() | {"cohorts": [{"count": bad, "who": "students", "at": HOST}]}
    with pytest.raises(ValueError, match=r"cohorts\[0\]\.count: expected a non-negative integer"):
        Record.from_dict(data)


def test_extract_add_validate_and_query_a_cohort_with_no_count(
    tiny_dir: Path, tmp_path: Path, runner: CliRunner
) -> None:
    record = extract_text(TEXT, url=URL, published="2025-06-02").to_dict()
    assert [(c["count"], c["at"], c["from_country"]) for c in record["cohorts"]] == [
        (None, HOST, "Kazakhstan")
    ]
    _add(runner, tiny_dir, tmp_path / "kz.json", record)
    kg = KnowledgeGraph.open(tiny_dir)
    assert validate_graph(kg).conforms, validate_graph(kg).text()
    found = run_query(
        kg,
        NamedQuery(
            "t",
            "SELECT ?c ?label (COUNT(?n) AS ?counts) WHERE { ?c a kgp:StudentCohort ; rdfs:label ?label ;"
            ' kgp:fromCountry <https://w3id.org/kgpart/id/country/KZ> ; kgp:asOf "2025-06-02"^^xsd:date'
            " OPTIONAL { ?c kgp:count ?n } }"
            " GROUP BY ?c ?label",
        ),
        {},
    ).rows
    assert [(r["label"].value, r["counts"].value) for r in found] == [(f"students at {HOST}", "0")]
    rows = [r for r in _mobility(tiny_dir) if r.get("url") == URL]
    assert len(rows) == 1 and "count" not in rows[0], rows
    assert rows[0]["counted"] == "no" and rows[0]["note"] == "no number stated", rows


def test_a_later_cohort_with_no_count_supersedes_no_figure(
    tiny_dir: Path, tmp_path: Path, runner: CliRunner
) -> None:
    figure = {"count": 41, "who": "students", "at": HOST, "from_country": "Ghana", "status": "studying"}
    _add(runner, tiny_dir, tmp_path / "a.json", _record([figure], "https://news.example.org/a", "2025-01-10"))
    named = figure | {"count": None}
    _add(runner, tiny_dir, tmp_path / "b.json", _record([named], "https://news.example.org/b", "2025-05-10"))
    assert validate_graph(KnowledgeGraph.open(tiny_dir)).conforms
    rows = [r for r in _mobility(tiny_dir) if r.get("from") == "Ghana"]
    assert sorted((r.get("count", ""), r["counted"]) for r in rows) == [("", "no"), ("41", "yes")], rows
    counted = sum(int(r["count"]) for r in rows if r["counted"] == "yes")
    assert counted == 41
