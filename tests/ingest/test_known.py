"""Ingest looked up by key (``ingest/known.py``) beside an on-disk index gives what reading every
file gives: the same files and summary lines, through ingests, a retract, an entity edit and a
hand-written file; and the database, patched after each change, is the one built from scratch."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.curation.acts import alias_entity
from kgpart.ingest.folder import Ingestor, add_record_file, ingest_articles, retract
from kgpart.ingest.known import FILE, Known
from kgpart.store.graph import KnowledgeGraph

DATA = Path(__file__).parent.parent / "data" / "ingest"
# Articles of our own, naming the tiny graph's entities, the ones the data's articles add, and new ones.
ARTICLES = {
    "rowing.txt": """URL: https://news.example.org/rowing-exchange
DATE: 2025-10-02

The Rector of Harbour University, Jean Martin, received a delegation of Steppe Technical University led by its Vice-Rector Marat Ospanov.

Harbour University and Steppe Technical University signed a memorandum on joint summer schools in hydraulics.

Harbour Business School will host six students from Kazakhstan next spring.
""",
    "tech.txt": """URL: https://news.example.org/steppe-tech-lab
DATE: 2025-11-14

Steppe Tech opened a laboratory of water engineering together with Harbour University.

Marat Ospanov said that Steppe Tech would send twelve engineering students to France.

Ambassador Aida Serikova attended the opening.
""",
    "delta.txt": """URL: https://news.example.org/delta-institute
DATE: 2025-12-01

Delta Marine Institute and Harbour University agreed to launch a joint master's programme in coastal engineering.

Director of Delta Marine Institute Odile Ferrand met Jean Martin in Harbour.
""",
}
EXTRA = """@prefix kgp: <https://w3id.org/kgpart/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/kgpart/id/graph/hand> {
  <https://w3id.org/kgpart/id/graph/hand> a kgp:FactGraph ;
      kgp:source <https://w3id.org/kgpart/id/source/hand> ; kgp:extractedBy "curated" .
  <https://w3id.org/kgpart/id/source/hand> a kgp:Source ; rdfs:label "Written by hand" .
  <https://w3id.org/kgpart/id/org/delta-marine-institute> a kgp:ResearchInstitute ;
      rdfs:label "Delta Marine Institute" ; skos:altLabel "DMI" ;
      kgp:country <https://w3id.org/kgpart/id/country/FR> .
}
"""
_VOLATILE = re.compile(r'.*(?:generatedAtTime|ingestedAt) "[^"]*".*\n')


def files(folder: Path) -> dict[str, str]:
    """The graph's files, their timestamps aside."""
    return {
        str(p.relative_to(folder)): _VOLATILE.sub("", p.read_text()) for p in sorted(folder.rglob("*.trig"))
    }


def dump(db_path: Path) -> dict[str, object]:
    """What the database holds, its row ids and its order numbers aside."""
    db = sqlite3.connect(db_path)
    try:
        names = {
            r[0]: r[1:]
            for r in db.execute("SELECT id, iri, kind, name, k, is_label, accepted, first FROM names")
        }
        return {
            "entities": sorted(
                db.execute("SELECT iri, kind, label, type, country, parent, stored FROM entities")
            ),
            "names": sorted(names.values()),
            "derived": sorted(
                {(d, k, iri, names[n][2]) for d, k, n, iri in db.execute("SELECT * FROM derived")}
            ),
            "graph_entities": sorted(set(db.execute("SELECT g, iri FROM graph_entities"))),
            "sources": sorted(db.execute("SELECT * FROM sources")),
            "base": sorted(re.sub(r"_:\w+", "_:b", r[1]) for r in db.execute("SELECT * FROM base")),
            "base_names": sorted(db.execute("SELECT * FROM base_names")),
            "base_types": sorted(db.execute("SELECT * FROM base_types")),
            "reference": sorted(db.execute("SELECT * FROM reference")),
            "files": sorted(db.execute("SELECT rel, sha FROM files")),
        }
    finally:
        db.close()


@pytest.fixture
def pair(tiny_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """The tiny graph twice: one with an on-disk index (ingest looks up by key), one without; and
    a folder of the articles."""
    keyed = tmp_path / "keyed"
    shutil.copytree(tiny_dir, keyed)
    monkeypatch.setenv("KGPART_INDEX", "disk")
    KnowledgeGraph.open(keyed).close()  # builds the on-disk index
    monkeypatch.delenv("KGPART_INDEX")
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    for path in DATA.iterdir():
        shutil.copy(path, articles / path.name)
    return tiny_dir, keyed, articles


def both(plain: Path, keyed: Path, step: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run one step on each graph (the plain one never indexed on disk) and compare them."""
    outcomes = []
    for folder, mode in ((plain, "memory"), (keyed, "disk")):
        monkeypatch.setenv("KGPART_INDEX", mode)
        outcomes.append(step(folder))  # type: ignore[operator]
    monkeypatch.delenv("KGPART_INDEX")
    assert outcomes[0] == outcomes[1]
    assert files(plain) == files(keyed)


def test_ingest_by_key_gives_what_reading_every_file_gives(
    pair: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain, keyed, articles = pair

    def ingest(name: str) -> object:
        return lambda folder: ingest_articles([articles / name], folder).text().replace(str(articles), "")

    for name in ("harbour-visit.txt", "rowing.txt"):
        both(plain, keyed, ingest(name), monkeypatch)
    assert (keyed / ".index" / FILE).is_file() and not (plain / ".index" / FILE).exists()
    both(
        plain,
        keyed,
        lambda folder: retract("https://news.example.org/harbour-visit", folder).name,
        monkeypatch,
    )
    both(
        plain,
        keyed,
        lambda folder: sorted(alias_entity(folder, "Steppe Technical University", "Steppe Tech")),
        monkeypatch,
    )
    both(plain, keyed, ingest("tech.txt"), monkeypatch)
    both(plain, keyed, lambda folder: (folder / "hand.trig").write_text(EXTRA, encoding="utf-8"), monkeypatch)
    for name in ("delta.txt", "lakeside-memorandum.md", "harbour-visit.txt"):
        both(plain, keyed, ingest(name), monkeypatch)
    # a reviewed record (kgpart add) of an article already in: it replaces that source
    out = CliRunner().invoke(cli, ["extract", str(articles / "delta.txt"), "--format", "yaml"])
    record = yaml.safe_load(out.stdout)
    record["persons"] = [p for p in record["persons"] if "Ferrand" not in p["name"]]
    (articles / "delta.yaml").write_text(yaml.safe_dump(record), encoding="utf-8")
    both(plain, keyed, lambda folder: add_record_file(articles / "delta.yaml", folder).text(), monkeypatch)
    # the entity the hand-written file describes was found by its name, not minted again
    assert "org/delta-marine-institute-2" not in "".join(files(keyed).values())

    # the database, patched after each change, is the one built from the files at the end
    monkeypatch.setenv("KGPART_INDEX", "disk")
    ingestor = Ingestor(keyed)  # brings the database in line (the last ingest's files)
    assert ingestor.known is not None
    ingestor.close()
    patched = dump(keyed / ".index" / FILE)
    (keyed / ".index" / FILE).unlink()
    kg = KnowledgeGraph.open(keyed)
    try:
        known = Known.open(keyed, kg)
        assert known is not None
        known.close()
    finally:
        kg.close()
    assert dump(keyed / ".index" / FILE) == patched
    # the alias the entity edit added is one of its names, and counts
    assert ("Steppe Tech", 0, 1) in {(r[2], r[4], r[5]) for r in patched["names"]}  # type: ignore[attr-defined]


def test_a_damaged_database_is_built_again(
    pair: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain, keyed, articles = pair

    def ingest(name: str) -> object:
        return lambda folder: ingest_articles([articles / name], folder).text().replace(str(articles), "")

    both(plain, keyed, ingest("harbour-visit.txt"), monkeypatch)
    database = keyed / ".index" / FILE
    database.write_bytes(b"not a database, " * 200)
    both(plain, keyed, ingest("rowing.txt"), monkeypatch)
    tables = sqlite3.connect(database).execute("SELECT COUNT(*) FROM entities").fetchone()
    assert tables[0] > 0
