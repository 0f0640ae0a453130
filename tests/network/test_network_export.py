"""Network exports for Gephi and spreadsheets: GraphML and GEXF read back, CSV readable."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

from kgpart.errors import OutputError, UnknownNameError
from kgpart.network.export import (
    NETWORK_KINDS,
    flatten,
    network_graph,
    nodes_path,
    render_network,
    write_network_export,
)
from kgpart.render.rdf import export_rdf
from kgpart.store.graph import KnowledgeGraph


def _edges(G: nx.Graph) -> list[tuple[str, ...]]:
    """Edges as sorted end pairs (with the kind for multigraphs), comparable across graph classes."""
    if G.is_multigraph():
        return sorted((*sorted((str(u), str(v))), str(k)) for u, v, k in G.edges(keys=True))
    return sorted(tuple(sorted((str(u), str(v)))) for u, v in G.edges())


@pytest.mark.parametrize("kind", NETWORK_KINDS)
def test_graphml_round_trip(shipped: KnowledgeGraph, tmp_path: Path, kind: str) -> None:
    (path,) = write_network_export(shipped, "graphml", tmp_path / "n.graphml", kind=kind)
    back = nx.read_graphml(path, force_multigraph=kind == "network", edge_key_type=str)
    G = network_graph(shipped, kind)
    assert set(back) == set(G) and _edges(back) == _edges(G)
    assert {back.nodes[v]["label"] for v in back} == {G.nodes[v]["label"] for v in G}


def test_graphml_keeps_parallel_edges_of_different_kinds(tmp_path: Path) -> None:
    G = nx.MultiGraph()
    G.add_node("urn:a", label="A")
    G.add_node("urn:b", label="B")
    G.add_edge("urn:a", "urn:b", key="meets", kind="meets", dates=["2025-05-12"])
    G.add_edge("urn:a", "urn:b", key="partnersWith", kind="partnersWith", weight=2)
    back = nx.parse_graphml(render_network(flatten(G), "graphml").decode(), edge_key_type=str)
    assert _edges(back) == [("urn:a", "urn:b", "meets"), ("urn:a", "urn:b", "partnersWith")]
    assert back.edges["urn:a", "urn:b", "meets"]["dates"] == "2025-05-12"


def test_edge_facts_are_flattened_to_text(tiny: KnowledgeGraph) -> None:
    G = network_graph(tiny, "institutions")
    hu, stu = (
        "https://w3id.org/kgpart/id/org/harbour-university",
        "https://w3id.org/kgpart/id/org/steppe-technical-university",
    )
    data = G.edges[hu, stu]
    assert data["kinds"] == "partnership; programme" and data["weight"] == 2
    assert "2025-05-14 programme: STU-HU double degree" in data["facts"]
    # the article's title and URL, not kgpart's internal source IRI (#12 item 6)
    assert data["sources"] == "Ambassador visits Harbour University <https://news.example.org/1>"
    assert data["urls"] == "https://news.example.org/1"


@pytest.mark.parametrize("kind", NETWORK_KINDS)
def test_gexf_parses(shipped: KnowledgeGraph, tmp_path: Path, kind: str) -> None:
    (path,) = write_network_export(shipped, "gexf", tmp_path / "n.gexf", kind=kind)
    back = nx.read_gexf(path)
    G = network_graph(shipped, kind)
    assert set(back) == set(G) and back.number_of_edges() == G.number_of_edges()


def test_csv_node_and_edge_tables(shipped: KnowledgeGraph, tmp_path: Path) -> None:
    edges_file, nodes_file = write_network_export(shipped, "csv", tmp_path / "net.csv", kind="institutions")
    assert nodes_file == tmp_path / "net.nodes.csv" == nodes_path(edges_file)
    with edges_file.open(newline="", encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    with nodes_file.open(newline="", encoding="utf-8") as handle:
        nodes = {row["Id"]: row for row in csv.DictReader(handle)}
    G = network_graph(shipped, "institutions")
    assert len(edges) == G.number_of_edges() and set(nodes) == set(G)
    assert {e["Source"] for e in edges} | {e["Target"] for e in edges} <= set(nodes)
    ghent = [e for e in edges if "Nazarbayev University" in (e["source_label"], e["target_label"])]
    assert ghent[0]["Type"] == "Undirected" and "Ghent University" in ghent[0]["facts"]


def test_hostile_labels_survive_as_text() -> None:
    G = nx.Graph()
    G.add_node("urn:a", label='<script>alert("x")</script> & co', aliases=["a", "b"], country=None)
    G.add_edge("urn:a", "urn:b", kinds=["meeting"])
    back = nx.parse_graphml(render_network(flatten(G), "graphml").decode("utf-8"))
    assert back.nodes["urn:a"]["label"] == '<script>alert("x")</script> & co'
    assert back.nodes["urn:a"]["aliases"] == "a; b" and "country" not in back.nodes["urn:a"]


def test_unknown_format_and_kind(tiny: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(
        UnknownNameError, match=re.escape("unknown network format 'graphm'. Did you mean: graphml?")
    ):
        write_network_export(tiny, "graphm", tmp_path / "x")
    with pytest.raises(UnknownNameError, match="unknown network 'people'"):
        network_graph(tiny, "people")


def test_missing_folder_writes_nothing(tiny: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_network_export(tiny, "graphml", tmp_path / "nowhere" / "n.graphml")


# --- the RDF exports, beside the network ones: both rdflib and pyoxigraph read every format ---

RDF_CASES = [
    ("ttl", "turtle", ox.RdfFormat.TURTLE),
    ("trig", "trig", ox.RdfFormat.TRIG),
    ("nt", "nt", ox.RdfFormat.N_TRIPLES),
    ("nq", "nquads", ox.RdfFormat.N_QUADS),
    ("jsonld", "json-ld", ox.RdfFormat.JSON_LD),
]


@pytest.mark.parametrize(("fmt", "rdflib_format", "ox_format"), RDF_CASES)
def test_every_rdf_export_parses_in_rdflib_and_pyoxigraph(
    shipped: KnowledgeGraph, fmt: str, rdflib_format: str, ox_format: ox.RdfFormat
) -> None:
    data = export_rdf(shipped, fmt)
    facts = list(shipped.quads())
    named = fmt in ("trig", "nq", "jsonld")
    expected = len(facts) if named else len({(q.subject, q.predicate, q.object) for q in facts})
    parsed = list(ox.parse(data, format=ox_format))
    assert len(set(parsed)) == expected
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format=rdflib_format)
    count = sum(len(g) for g in dataset.graphs()) if named else len(dataset.default_graph)
    assert count == expected


def test_bytes_for_stdout(tiny: KnowledgeGraph) -> None:
    from kgpart.network.export import network_export_bytes

    rows = list(csv.reader(network_export_bytes(tiny, "csv", kind="institutions").decode().splitlines()))
    assert rows[0][:4] == ["Source", "Target", "Type", "Weight"] and len(rows) == 3
    assert network_export_bytes(tiny, "graphml").startswith(b"<?xml")


# --- text no XML may hold (control characters, an ANSI escape) in labels: the file stays XML ---

UNPRINTABLE = {
    "Harbour University": r"Harbour\u0001 University\u001B[31m",
    "Kazakhstan": r"Kaza\u000Bkh\u001Fstan\uFFFE",
    "Aida Serikova": r"Aida\u0008 Serikova",
}
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _read_back(path: Path, fmt: str, kind: str) -> nx.Graph:
    if fmt == "graphml":
        return nx.read_graphml(path, force_multigraph=kind == "network", edge_key_type=str)
    if fmt == "gexf":
        return nx.read_gexf(path)
    with nodes_path(path).open(newline="", encoding="utf-8") as handle:
        G = nx.Graph()
        G.add_nodes_from((row["Id"], {"label": row["Label"]}) for row in csv.DictReader(handle))
    with path.open(newline="", encoding="utf-8") as handle:
        G.add_edges_from((row["Source"], row["Target"]) for row in csv.DictReader(handle))
    return G


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
@pytest.mark.parametrize("kind", NETWORK_KINDS)
def test_labels_with_control_characters_export_as_well_formed_files(
    tiny_dir: Path, tmp_path: Path, fmt: str, kind: str
) -> None:
    text = (tiny_dir / "tiny.trig").read_text(encoding="utf-8")
    for plain, odd in UNPRINTABLE.items():
        text = text.replace(f'"{plain}"', f'"{odd}"')
    (tiny_dir / "tiny.trig").write_text(text, encoding="utf-8")
    out = tmp_path / f"n.{fmt}"
    kgpart = str(Path(sys.executable).parent / "kgpart")
    done = subprocess.run(
        [kgpart, "export", "-f", fmt, "--network", kind, "-o", str(out), "--graph", str(tiny_dir)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    written = out.read_text(encoding="utf-8")
    assert not NOT_XML.search(written), [m.group() for m in NOT_XML.finditer(written)]
    back = _read_back(out, fmt, kind)
    labels = {back.nodes[v].get("label") for v in back}
    expected = {
        "network": "Harbour\ufffd University\ufffd[31m",
        "institutions": "Harbour\ufffd University\ufffd[31m",
    }
    assert expected.get(kind, "Kaza\ufffdkh\ufffdstan\ufffd") in labels, labels
    assert back.number_of_nodes() == network_graph(KnowledgeGraph.open(tiny_dir), kind).number_of_nodes()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_exports_cite_articles_by_title_and_url(tiny: KnowledgeGraph, tmp_path: Path, fmt: str) -> None:
    for kind in NETWORK_KINDS:
        (path,) = write_network_export(tiny, fmt, tmp_path / f"{kind}.{fmt}", kind=kind)  # type: ignore[arg-type]
        text = path.read_text(encoding="utf-8")
        assert "https://news.example.org/1" in text and "Ambassador visits Harbour University" in text, kind
        assert "/id/source/" not in text, kind
