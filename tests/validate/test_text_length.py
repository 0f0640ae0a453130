"""Bounded text (issue 17 item 15): long labels and sentences are refused, and validating a graph
with a huge literal stays fast.

``kgpart validate`` took 429 s on one 10 MB literal (rdflib's N-Triples reader is slow on long
literals) and ``kgpart add`` accepted a 1 MB label that then took a browser down.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import SH

from kgpart.extract.record import Record
from kgpart.extract.record_reader import MAX_NAME, MAX_SENTENCE
from kgpart.store.folder import ontology_dir
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import MAX_LITERAL, rdflib_union_graph, validate_graph

TINY = Path(__file__).parent.parent / "data" / "tiny.trig"
KGS = "https://w3id.org/kgpart/shapes#"


def graph_with_label(tmp_path: Path, length: int) -> KnowledgeGraph:
    path = tmp_path / "long.ttl"
    path.write_text(
        "@prefix kgp: <https://w3id.org/kgpart/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        f'<https://w3id.org/kgpart/id/org/long> a kgp:University ; rdfs:label "{"x" * length}" .\n',
        encoding="utf-8",
    )
    return KnowledgeGraph.from_files([TINY, path])


def test_no_literal_longer_than_the_bound_reaches_rdflib(tmp_path: Path) -> None:
    kg = graph_with_label(tmp_path, 300_000)
    data = rdflib_union_graph(kg)
    assert max(len(o) for o in data.objects() if isinstance(o, rdflib.Literal)) <= MAX_LITERAL + 1
    report = validate_graph(kg)
    assert {v.rule for v in report.violations} == {KGS + "TextLengthShape"}, report.text()
    assert all(len(line) < 400 for line in report.text().splitlines())  # the value is not echoed whole


def test_the_cut_is_longer_than_any_bound_of_the_shapes() -> None:
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl")
    bounds = {int(b) for b in shapes.objects(None, SH.maxLength)}
    assert bounds == {MAX_NAME, MAX_SENTENCE}  # the record reader refuses what the shapes would
    assert max(bounds) < MAX_LITERAL


@pytest.mark.parametrize(
    ("change", "field", "length"),
    [
        (
            lambda r, big: r["organizations"].append({"name": big, "type": "University"}),
            "organizations[0].name",
            MAX_NAME,
        ),
        (
            lambda r, big: r["persons"].append({"name": "Aida Serikova", "aliases": [big]}),
            "persons[0].aliases",
            MAX_NAME,
        ),
        (
            lambda r, big: r["topics"].append(
                {"label": "higher education", "evidence": {"sentence": big * 11}}
            ),
            "topics[0].evidence.sentence",
            MAX_SENTENCE,
        ),
    ],
)
def test_the_record_reader_refuses_long_text_in_one_short_line(change, field: str, length: int) -> None:  # type: ignore[no-untyped-def]
    record: dict[str, list[object]] = {
        k: []
        for k in ("persons", "organizations", "meetings", "partnerships", "programmes", "cohorts", "topics")
    }
    change(record, "x" * 1_000_000 if length == MAX_NAME else "x" * 100_000)
    with pytest.raises(ValueError) as raised:
        Record.from_dict(record)
    message = str(raised.value)
    assert message.startswith(f"bad record field {field}: longer than {length:,} characters")
    assert len(message) < 200


def test_a_run_on_sentence_is_cut_in_its_evidence_and_the_article_goes_in(tmp_path: Path) -> None:
    """A page without full stops makes one 12,800-character 'sentence': its facts still go in."""
    from kgpart.ingest.folder import ingest_articles

    graph = tmp_path / "graph"
    graph.mkdir()
    (graph / "tiny.trig").write_bytes(TINY.read_bytes())
    article = tmp_path / "long.txt"
    run_on = "Harbour University signed a memorandum of understanding with Lakeside University and " * 150
    article.write_text(
        "URL: https://news.example.org/long\n\n" + run_on + "that was all.\n", encoding="utf-8"
    )
    report = ingest_articles([article], graph)
    assert [r.status for r in report.results] == ["added"], report.text()
    sentences = KnowledgeGraph.open(graph).select("SELECT ?s WHERE { ?e kgp:sentence ?s }")
    assert sentences and max(len(row["s"].value) for row in sentences) == MAX_SENTENCE
