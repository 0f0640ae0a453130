"""``source_of`` answers for a fact IRI, an entity (name, alias or IRI) or a source (#12 item 6).

It returned 0 rows for a fact IRI (shipped facts too): the fact branch compared the parameter in
a nested group, where SPARQL's scoping leaves it unbound.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kgpart.ingest.folder import ingest_articles
from kgpart.query.bundled import get_query
from kgpart.query.run import run_query
from kgpart.store.folder import init_graph_dir
from kgpart.store.graph import KnowledgeGraph
from kgpart.terms import ID_BASE

ANTWERP = "https://w3id.org/kgpart/id/source/mfa-kz-university-of-antwerp"


def _rows(kg: KnowledgeGraph, subject: str) -> list[dict[str, str]]:
    result = run_query(kg, get_query("source_of"), {"subject": subject})
    return [{k: v.value for k, v in row.items()} for row in result.rows]


@pytest.mark.parametrize(
    "fact",
    [
        f"{ID_BASE}cohort/mfa-kz-university-of-antwerp-c1",
        "kgr:meeting/mfa-kz-2026-03-01-ghent-university-1",
        f"{ID_BASE}programme/mfa-kz-university-of-antwerp-1",
    ],
)
def test_a_shipped_fact_iri_gives_its_article_and_span(shipped: KnowledgeGraph, fact: str) -> None:
    rows = _rows(shipped, fact)
    assert rows, "a fact's own evidence"
    own = [r for r in rows if r["fact"] == fact.replace("kgr:", ID_BASE)]
    assert own and all("start" in r and "end" in r and r["source"] for r in own)


def test_an_entity_gets_its_facts_and_the_articles_that_name_it(shipped: KnowledgeGraph) -> None:
    rows = _rows(shipped, "UGhent")  # an alias
    assert {r["type"] for r in rows} >= {"mention", "Meeting", "Partnership"}
    mentions = [r for r in rows if r["type"] == "mention"]
    assert [r["graph"].rsplit("/", 1)[1] for r in mentions] == ["mfa-kz-2026-03-01-ghent-university"]


def test_a_source_by_iri_gives_every_fact_read_from_it(shipped: KnowledgeGraph) -> None:
    rows = _rows(shipped, ANTWERP)
    facts = {r["fact"].rsplit("/", 1)[1] for r in rows}
    assert {"mfa-kz-university-of-antwerp-1", "mfa-kz-university-of-antwerp-c1"} <= facts
    assert {r["graph"] for r in rows} == {f"{ID_BASE}graph/mfa-kz-university-of-antwerp"}


def test_a_source_by_url_and_a_fact_reported_twice(tmp_path: Path) -> None:
    graph_dir = init_graph_dir(tmp_path / "graph")
    texts = {
        "a.txt": "URL: https://campus.example.org/n/5\nDATE: 2025-02-11\n\nOrchard University and Dune "
        "Institute of Technology signed a double-degree programme in water engineering.\n",
        "b.txt": "URL: https://wire.example.com/item/9\nDATE: 2025-02-14\n\nDune Institute of Technology "
        "and Orchard University run a double-degree programme, the wire reports.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    ingest_articles([tmp_path / n for n in texts], graph_dir)
    kg = KnowledgeGraph.open(graph_dir)
    by_url = _rows(kg, "https://campus.example.org/n/5")
    assert by_url and {r["url"] for r in by_url} == {"https://campus.example.org/n/5"}
    programme = next(r["fact"] for r in by_url if r["type"] == "Programme")
    # the programme's own article and the other article that reports the same programme
    assert {r["url"] for r in _rows(kg, programme)} == {
        "https://campus.example.org/n/5",
        "https://wire.example.com/item/9",
    }
