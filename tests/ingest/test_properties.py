"""Property tests (hypothesis) over the whole write path, beyond the extractor's own shape tests.

- The extractor never crashes on arbitrary Unicode (any plane, controls, combining marks,
  right-to-left text, markup soup) and returns a record whose evidence spans point into the text.
- Whatever the extractor returns from any text converts to a graph the shapes accept.
- record -> RDF -> record: generated records (Unicode names, every type, counts up to a million)
  come back from the written graph with their names, types, countries, counts and parties.
- Every graph kgpart writes parses again with rdflib and with pyoxigraph, to the same quads,
  and the folder passes ``validate``.
"""

from __future__ import annotations

import string
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgpart.convert import SourceInfo
from kgpart.extract import Record, extract_text
from kgpart.ingest.folder import Ingestor
from kgpart.store.graph import KnowledgeGraph
from kgpart.validate.graph import validate_graph

SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TYPES = ["University", "Embassy", "Ministry", "ResearchInstitute", "School", "Company", "Other"]
SUFFIX = {
    "University": "University",
    "Embassy": "Embassy",
    "Ministry": "Ministry",
    "ResearchInstitute": "Institute",
    "School": "School",
    "Company": "Company",
    "Other": "Foundation",
}
COUNTRIES = ["Kazakhstan", "Belgium", "France", "Lithuania"]
WHO = ["students", "PhD candidates", "researchers"]
PLACES = ["Harbour", "Lakeside", "Northfield", "Seaview", "Oakmont"]

UNICODE = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]),  # every plane; lone surrogates are not text
    max_size=300,
)
MARKUP = st.lists(
    st.sampled_from(
        ["<p>", "</p>", "<div>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#0;", "&#x110000;",
         "<b", ">", "Harbour University", " met ", "Rector ", "Ambassador of France to Belgium ",
         "ء", "\u202e", "\u0301", "\x00", "\r\n", "12 students from Kazakhstan study at ", "."]
    ),
    max_size=60,
).map("".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.one_of(UNICODE, MARKUP), st.sampled_from(["txt", "md", "html"]))
def test_extractor_never_crashes_and_evidence_points_into_the_text(text: str, kind: str) -> None:
    record = extract_text(text, kind=kind)
    data = record.to_dict()
    assert Record.from_dict(data).to_dict() == data
    for item in evidence_items(data):
        ev = item["evidence"]
        assert 0 <= ev["start"] <= ev["end"]
        assert ev["end"] - ev["start"] == len(ev["sentence"])


def evidence_items(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for key in ("persons", "organizations", "meetings", "partnerships", "programmes", "cohorts"):
        yield from (item for item in data[key] if item.get("evidence"))


@contextmanager
def graph_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="kgpart-prop-") as tmp:
        folder = Path(tmp) / "graph"
        folder.mkdir()
        yield folder


def write(record: Record, folder: Path, slug: str = "prop") -> Path:
    """Ingest one record into ``folder`` the way ``kgpart add`` does; the source file written."""
    ingestor = Ingestor(folder)
    source = SourceInfo(slug=slug, title="generated", url=f"https://example.org/{slug}", content_hash=slug)
    ingestor.add_record(record, source, slug)
    ingestor.flush()
    return folder / "sources" / f"{slug}.trig"


def reparses(folder: Path) -> None:
    """Each written file, read by both parsers, gives the same quads; the folder validates."""
    for path in sorted(folder.rglob("*.trig")):
        data = path.read_bytes()
        quads = list(ox.parse(data, format=ox.RdfFormat.TRIG))
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format="trig")
        assert len(quads) == sum(len(g) for g in dataset.graphs()) > 0, path
        assert all(not isinstance(t, rdflib.BNode) for q in dataset.quads() for t in q[:3]), path
    report = validate_graph(KnowledgeGraph.open(folder))
    assert report.conforms, report.text()


@SLOW
@given(st.one_of(MARKUP, st.lists(st.sampled_from(["Harbour University", "Lakeside Institute", "Anna Berg",
       "Rector of", "met", "the Ambassador of Kazakhstan to France", "14 students from Kazakhstan",
       "are studying at", "signed a memorandum with", "double-degree programme between", "and", ".", "\n"]),
       max_size=40).map(" ".join)))  # fmt: skip
def test_what_the_extractor_returns_the_shapes_accept(text: str) -> None:
    record = extract_text(text, published="2025-05-05")
    if not (record.organizations or record.persons):
        return  # ingest refuses such an article before conversion, with its own message
    with graph_folder() as folder:
        write(record, folder)
        reparses(folder)


NAME = st.text(alphabet=string.ascii_letters + "ÄÖÜäöüÉéçŁłŞşĞğİıАБВабвγδ", min_size=3, max_size=10).map(
    str.capitalize
)


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    """A record as ``kgpart add`` reads it: distinct institutions, cohorts at them, partnerships."""
    words = draw(st.lists(NAME, min_size=2, max_size=5, unique_by=lambda w: w.casefold()))
    # Each name opens with its own place: the resolver rightly merges spelling variants
    # ("Aaa University", "Aab University"), which a round trip must not be asked to keep apart.
    orgs = [
        {
            "name": f"{place} {w} {SUFFIX[t]}",
            "type": t,
            "country": draw(st.sampled_from(COUNTRIES)),
            "aliases": [],
        }
        for place, w in zip(PLACES, words, strict=False)
        for t in [draw(st.sampled_from(TYPES))]
    ]
    names = [o["name"] for o in orgs]
    cohorts = [
        {"count": draw(st.integers(0, 10**6)), "who": draw(st.sampled_from(WHO)), "at": at,
         "from_country": draw(st.sampled_from(COUNTRIES)), "status": draw(st.sampled_from(["studying", "completed", "planned"]))}
        for at in draw(st.lists(st.sampled_from(names), max_size=3, unique=True))
    ]  # fmt: skip
    pairs = draw(st.lists(st.tuples(st.sampled_from(names), st.sampled_from(names)), max_size=3))
    unique_pairs = list(dict.fromkeys(tuple(sorted(p)) for p in pairs if p[0] != p[1]))
    partnerships = [
        {"between": list(p), "kind": "MoU", "status": draw(st.sampled_from(["existing", "agreed"]))}
        for p in unique_pairs
    ]
    empty: list[Any] = []
    return {"persons": empty, "organizations": orgs, "meetings": [], "partnerships": partnerships,
            "programmes": [], "cohorts": cohorts, "topics": []}  # fmt: skip


def rows(kg: KnowledgeGraph, sparql: str) -> list[tuple[str, ...]]:
    return [tuple(t.value for t in solution) for solution in kg.query(sparql)]


@SLOW
@given(records())
def test_record_to_rdf_and_back_keeps_names_types_counts_and_parties(data: dict[str, Any]) -> None:
    with graph_folder() as folder:
        write(Record.from_dict(data), folder)
        reparses(folder)
        kg = KnowledgeGraph.open(folder)
        orgs = rows(kg, "SELECT ?l ?t ?c WHERE { ?o rdfs:label ?l ; a ?t ; kgp:country/rdfs:label ?c . "
                        "FILTER(STRSTARTS(STR(?t), STR(kgp:)) && ?t != kgp:Organization) }")  # fmt: skip
        expected = {
            (o["name"], o["type"], o["country"]) for o in data["organizations"] if o["type"] != "Other"
        }
        assert {(label, t.rsplit("#", 1)[1], c) for label, t, c in orgs} >= expected
        labels = {
            r[0]
            for r in rows(kg, "SELECT ?l WHERE { ?o a/rdfs:subClassOf* org:Organization ; rdfs:label ?l }")
        }
        assert {o["name"] for o in data["organizations"]} <= labels
        cohorts = rows(kg, "SELECT ?n ?who ?at ?from WHERE { ?c a kgp:StudentCohort ; kgp:count ?n ; "
                           "kgp:who ?who ; kgp:at/rdfs:label ?at ; kgp:fromCountry/rdfs:label ?from }")  # fmt: skip
        assert Counter(cohorts) == Counter(
            (str(c["count"]), c["who"], c["at"], c["from_country"]) for c in data["cohorts"]
        )
        parties = rows(kg, "SELECT ?p ?l WHERE { ?p a kgp:Partnership ; kgp:party/rdfs:label ?l }")
        by_partnership: dict[str, set[str]] = {}
        for node, label in parties:
            by_partnership.setdefault(node, set()).add(label)
        assert sorted(map(sorted, by_partnership.values())) == sorted(
            sorted(p["between"]) for p in data["partnerships"]
        )


@SLOW
@given(records(), records())
def test_two_records_into_one_folder_keep_one_entity_per_name(
    first: dict[str, Any], second: dict[str, Any]
) -> None:
    """Writing a second source reuses, never duplicates, the entities the first one introduced."""
    with graph_folder() as folder:
        write(Record.from_dict(first), folder, "first")
        write(Record.from_dict(second), folder, "second")
        reparses(folder)
        kg = KnowledgeGraph.open(folder)
        dup = rows(kg, "SELECT ?l (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o rdfs:label ?l ; a/rdfs:subClassOf* org:Organization } "
                       "GROUP BY ?l HAVING (COUNT(DISTINCT ?o) > 1)")  # fmt: skip
        assert dup == []
