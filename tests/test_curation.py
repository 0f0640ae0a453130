"""Curation (#12 item 2): each correction changes the graph files when made, survives every later
ingest of the articles it touches (``--force`` and retract-then-ingest included), and ``undo``
restores the folder exactly; bad requests and a malformed record change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgpart.curation import (
    CURATION_FILE,
    UNDO_DIR,
    AmbiguousNameError,
    NothingToUndoError,
    RefusedActError,
    alias_entity,
    delete_entity,
    describe_entity,
    find_entity,
    load_curation,
    merge_entities,
    rename_entity,
    set_entity,
    undo_last,
)
from kgpart.errors import GraphFileError, KgpartError
from kgpart.ingest.folder import ingest_articles, retract
from kgpart.store.folder import init_graph_dir
from kgpart.store.graph import KnowledgeGraph
from kgpart.terms import ID_BASE

# Invented articles: two name one university differently, a third names it as the second did.
ONE = """URL: https://news.example.org/cur/one
DATE: 2026-02-10

Rector of Northfield University Anna Berg met Rector of Westmoor University Lars Dahl on 9 February 2026. \
Northfield University and Lakeside State University signed a memorandum on student exchange.
"""
TWO = """URL: https://news.example.org/cur/two
DATE: 2026-02-12

Rector of Northfield Polytechnic University Oskar Lind met Rector of Lakeside State University \
Mira Holt on 11 February 2026. Lakeside State University and Northfield Polytechnic University \
signed a memorandum on academic mobility.
"""
THREE = """URL: https://news.example.org/cur/three
DATE: 2026-03-02

Rector of Eastbrook Agrarian University (EAU) Petra Moll met Rector of Lakeside State University \
Mira Holt on 1 March 2026. Eastbrook Agrarian University and Northfield Polytechnic University \
signed an agreement on joint research in soil science.
"""
NORTHFIELD = ID_BASE + "org/northfield-university"
POLYTECHNIC = ID_BASE + "org/northfield-polytechnic-university"
LAKESIDE = ID_BASE + "org/lakeside-state-university"
EASTBROOK = ID_BASE + "org/eastbrook-agrarian-university"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    """A graph folder of the first two articles (the articles beside it, in news/)."""
    folder = init_graph_dir(tmp_path / "graph")
    news = tmp_path / "news"
    news.mkdir()
    paths = [write(news, "one.txt", ONE), write(news, "two.txt", TWO)]
    report = ingest_articles(paths, folder)
    assert not report.failed, report.text()
    return folder


def add_reference(folder: Path, *statements: str) -> None:
    """Curate entities by hand into the folder's reference graph."""
    reference = folder / "reference.trig"
    body = "\n".join(f"  {s}" for s in statements)
    text = reference.read_text(encoding="utf-8") + f"<{ID_BASE}graph/reference> {{\n{body}\n}}\n"
    reference.write_text(text, encoding="utf-8")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of the graph folder but undo's own and the lock."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and UNDO_DIR not in p.parts and p.name != ".kgpart.lock"
    }


def graph_text(folder: Path) -> str:
    """All the graph's RDF files as one text, to look for an IRI anywhere."""
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.trig")))


def mentions(folder: Path, iri: str) -> bool:
    return iri.rsplit("/", 1)[1] in graph_text(folder).replace("-northfield-university", "")


def view(folder: Path, name: str):  # type: ignore[no-untyped-def]
    kg = KnowledgeGraph.open(folder)
    try:
        return describe_entity(kg, find_entity(kg, name, merged=load_curation(folder).canonical))
    finally:
        kg.close()


def reingest(folder: Path, article: Path, *, change: bool = True) -> None:
    """Ingest an article again after changing it (so it is not skipped as unchanged)."""
    if change:
        article.write_text(
            article.read_text(encoding="utf-8") + "\nMore news will follow.\n", encoding="utf-8"
        )
    report = ingest_articles([article], folder, force=True)
    assert not report.failed, report.text()


# -- merge -----------------------------------------------------------------------------------------


def test_merge_moves_the_facts_and_names_and_the_index_sees_it(graph: Path) -> None:
    before = view(graph, "Northfield University")
    act = merge_entities(graph, "Northfield University", "Northfield Polytechnic University")
    assert act["act"] == "merge" and act["drop"] == "kgr:org/northfield-polytechnic-university"
    assert "northfield-polytechnic-university ;" not in graph_text(graph)
    after = view(graph, "Northfield Polytechnic University")  # the dropped name finds the kept entity
    assert after.iri == NORTHFIELD and "Northfield Polytechnic University" in after.aliases
    assert len(after.articles) == 2 and len(after.facts) > len(before.facts)
    kg = KnowledgeGraph.open(graph)
    assert not kg.select("SELECT ?s WHERE { ?s ?p ?o FILTER(?s = ?d || ?o = ?d) }", d=_node(POLYTECHNIC))


def _node(iri: str):  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    return ox.NamedNode(iri)


def test_merge_survives_forced_reingest_of_the_dropped_entitys_article(graph: Path) -> None:
    merge_entities(graph, "Northfield University", "Northfield Polytechnic University")
    reingest(graph, graph.parent / "news" / "two.txt")
    assert "inst:northfield-polytechnic-university " not in graph_text(graph)
    assert view(graph, "Northfield Polytechnic University").iri == NORTHFIELD


def test_merge_survives_retract_and_ingest_again(graph: Path) -> None:
    merge_entities(graph, "Northfield University", "Northfield Polytechnic University")
    retract("https://news.example.org/cur/two", graph)
    reingest(graph, graph.parent / "news" / "two.txt", change=False)
    assert "inst:northfield-polytechnic-university " not in graph_text(graph)
    assert len(view(graph, "Northfield University").articles) == 2


def test_a_later_article_naming_the_dropped_entity_gets_the_kept_one(graph: Path) -> None:
    merge_entities(graph, "Northfield University", "Northfield Polytechnic University")
    ingest_articles([write(graph.parent / "news", "three.txt", THREE)], graph)
    assert "inst:northfield-polytechnic-university " not in graph_text(graph)
    assert "https://news.example.org/cur/three" in {s for _, s in view(graph, NORTHFIELD).articles}


def test_merge_applies_even_when_the_dropped_iri_is_minted_again(graph: Path) -> None:
    """The resolver is given the curated names, and any quad with the dropped IRI is rewritten:
    even a record whose name no alias catches (here, after the alias was removed by hand from
    the entities file) cannot bring the dropped IRI back."""
    merge_entities(graph, "Northfield University", "Northfield Polytechnic University")
    entities = graph / "entities.trig"
    text = entities.read_text(encoding="utf-8")
    entities.write_text(
        text.replace('skos:altLabel "Northfield Polytechnic University"', 'skos:altLabel "NFU"')
    )
    reingest(graph, graph.parent / "news" / "two.txt")
    assert "inst:northfield-polytechnic-university " not in graph_text(graph)


def test_a_graph_rebuilt_from_its_articles_keeps_the_merge(graph: Path) -> None:
    """The record alone is enough: with every ingested file gone, the dropped entity's article
    (the kept one's not ingested at all) gives the kept entity, labelled and typed."""
    merge_entities(graph, "Northfield University", "Northfield Polytechnic University")
    for path in [graph / "entities.trig", *(graph / "sources").glob("*.trig")]:
        path.unlink()
    reingest(graph, graph.parent / "news" / "two.txt", change=False)
    assert "inst:northfield-polytechnic-university " not in graph_text(graph)
    shown = view(graph, "Northfield Polytechnic University")
    assert (
        shown.iri == NORTHFIELD
        and shown.labels == ["Northfield University"]
        and shown.types == ["University"]
    )
    kg = KnowledgeGraph.open(graph)
    from kgpart.validate.graph import validate_graph

    assert validate_graph(kg).conforms


def test_a_reviewed_record_naming_the_dropped_entity_gets_the_kept_one(graph: Path) -> None:
    import yaml

    from kgpart.extract import extract_article
    from kgpart.ingest.folder import add_record_file

    merge_entities(graph, "Northfield University", "Northfield Polytechnic University")
    record = graph.parent / "two.yaml"
    data = extract_article(graph.parent / "news" / "two.txt").to_dict()
    record.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    report = add_record_file(record, graph)
    assert not report.failed, report.text()
    assert "inst:northfield-polytechnic-university " not in graph_text(graph)


def test_a_graph_rebuilt_from_its_articles_keeps_rename_alias_and_country(graph: Path) -> None:
    rename_entity(graph, "Lakeside State University", "Lakeside University")
    alias_entity(graph, "Lakeside University", "LSU")
    set_entity(graph, "Lakeside University", country="NO")
    for path in [graph / "entities.trig", *(graph / "sources").glob("*.trig")]:
        path.unlink()
    reingest(graph, graph.parent / "news" / "two.txt", change=False)
    shown = view(graph, "LSU")
    assert shown.iri == LAKESIDE and shown.labels == ["Lakeside University"]
    assert sorted(shown.aliases) == ["LSU", "Lakeside State University"] and shown.country == "kgr:country/NO"


def test_an_entity_typed_only_as_an_organisation_takes_the_merged_ones_class(graph: Path) -> None:
    add_reference(
        graph, f'<{ID_BASE}org/northfield-office> a kgp:Organization ; rdfs:label "Northfield Office" .'
    )
    merge_entities(graph, "Northfield Office", "Northfield University")
    shown = view(graph, "Northfield University")
    assert shown.iri == ID_BASE + "org/northfield-office" and shown.types == ["University"]


def test_a_merge_says_which_facts_now_name_one_entity_twice(
    graph: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("WARNING", logger="kgpart"):
        merge_entities(graph, "Northfield University", "Lakeside State University")
    (record,) = [r for r in caplog.records if "name both" in r.getMessage()]
    assert "kgr:partnership/news-example-org-cur-one" in record.getMessage()


def test_merges_chain(graph: Path) -> None:
    """A merged entity merged again: every name it ever had leads to the last one kept."""
    ingest_articles([write(graph.parent / "news", "three.txt", THREE)], graph)
    alias_entity(graph, "Northfield Polytechnic University", "NPU")
    merge_entities(graph, "Northfield University", "Northfield Polytechnic University")
    merge_entities(graph, "Eastbrook Agrarian University", "Northfield University")
    for name in ("NPU", "Northfield Polytechnic University", "Northfield University", POLYTECHNIC):
        assert view(graph, name).iri == EASTBROOK, name
    reingest(graph, graph.parent / "news" / "two.txt")
    assert "NPU" in view(graph, EASTBROOK).aliases
    assert "inst:northfield-polytechnic-university " not in graph_text(graph)
    assert "inst:northfield-university " not in graph_text(graph)
    for path in [graph / "entities.trig", *(graph / "sources").glob("*.trig")]:
        path.unlink()  # rebuilt from the record and the dropped entities' article alone
    reingest(graph, graph.parent / "news" / "two.txt", change=False)
    assert {"NPU", "Northfield University"} <= set(view(graph, EASTBROOK).aliases)


# -- rename, alias, set -------------------------------------------------------------------------------


def test_rename_keeps_the_old_label_as_an_alias_and_survives_reingest(graph: Path) -> None:
    rename_entity(graph, "Northfield University", "University of Northfield")
    shown = view(graph, NORTHFIELD)
    assert shown.labels == ["University of Northfield"] and "Northfield University" in shown.aliases
    reingest(graph, graph.parent / "news" / "one.txt")
    shown = view(graph, "Northfield University")
    assert shown.iri == NORTHFIELD and shown.labels == ["University of Northfield"]
    assert "org/northfield-university-2" not in graph_text(graph)


def test_an_added_alias_resolves_later_articles(graph: Path) -> None:
    alias_entity(graph, "Northfield Polytechnic University", "Northfield Poly")
    assert view(graph, "northfield poly").iri == POLYTECHNIC
    reingest(graph, graph.parent / "news" / "two.txt")
    assert "Northfield Poly" in view(graph, POLYTECHNIC).aliases


def test_a_removed_alias_does_not_come_back_from_its_article(graph: Path) -> None:
    ingest_articles([write(graph.parent / "news", "three.txt", THREE)], graph)
    assert "EAU" in view(graph, EASTBROOK).aliases
    alias_entity(graph, "Eastbrook Agrarian University", "eau", remove=True)
    assert view(graph, EASTBROOK).aliases == []
    reingest(graph, graph.parent / "news" / "three.txt")
    assert view(graph, EASTBROOK).aliases == []


def test_set_type_and_country_survive_reingest(graph: Path) -> None:
    set_entity(graph, "Lakeside State University", type="ResearchInstitute", country="Norway")
    shown = view(graph, LAKESIDE)
    assert shown.types == ["ResearchInstitute"] and shown.country == "kgr:country/NO"
    reingest(graph, graph.parent / "news" / "two.txt")
    shown = view(graph, LAKESIDE)
    assert shown.types == ["ResearchInstitute"] and shown.country == "kgr:country/NO"


# -- delete ---------------------------------------------------------------------------------------


def test_delete_is_refused_while_facts_use_it(graph: Path) -> None:
    before = snapshot(graph)
    with pytest.raises(
        RefusedActError, match=r"fact\(s\) use kgr:org/lakeside-state-university.*--with-facts"
    ):
        delete_entity(graph, "Lakeside State University")
    assert snapshot(graph) == before


def test_delete_with_facts_survives_reingest(graph: Path) -> None:
    delete_entity(graph, "Northfield Polytechnic University", with_facts=True)
    assert "northfield-polytechnic-university" not in graph_text(graph).replace("rector-of-northfield", "")
    with pytest.raises(KgpartError, match="unknown entity"):
        view(graph, "Northfield Polytechnic University")
    article = graph.parent / "news" / "two.txt"
    article.write_text(TWO + "\nMore news will follow.\n", encoding="utf-8")
    report = ingest_articles([article], graph, force=True)
    assert report.results[0].warnings == [
        "left out kgr:org/northfield-polytechnic-university, deleted in curation.jsonl, "
        "and the facts that would use it"
    ]
    with pytest.raises(KgpartError, match="unknown entity"):
        view(graph, "Northfield Polytechnic University")
    assert KnowledgeGraph.open(graph).select("SELECT ?m WHERE { ?m a kgp:Meeting }")  # the others stay


# -- undo -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "act",
    [
        lambda g: merge_entities(g, "Northfield University", "Northfield Polytechnic University"),
        lambda g: rename_entity(g, "Lars Dahl", "Lars M. Dahl"),
        lambda g: alias_entity(g, "Lakeside State University", "LSU"),
        lambda g: set_entity(g, "Lakeside State University", country="NO"),
        lambda g: delete_entity(g, "Northfield Polytechnic University", with_facts=True),
    ],
    ids=["merge", "rename", "alias", "set", "delete"],
)
def test_undo_restores_the_folder_exactly(graph: Path, act) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(graph)
    act(graph)
    assert snapshot(graph) != before
    undo_last(graph)
    assert snapshot(graph) == before


def test_undo_takes_back_one_act_at_a_time(graph: Path) -> None:
    start = snapshot(graph)
    alias_entity(graph, "Lakeside State University", "LSU")
    middle = snapshot(graph)
    rename_entity(graph, "Lakeside State University", "Lakeside University")
    assert undo_last(graph)["act"] == "rename" and snapshot(graph) == middle
    assert undo_last(graph)["act"] == "alias" and snapshot(graph) == start
    with pytest.raises(NothingToUndoError, match="nothing to undo"):
        undo_last(graph)


def test_undo_keeps_what_it_needs_for_the_latest_acts_only(
    graph: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kgpart.curation.undo as undo

    monkeypatch.setattr(undo, "UNDO_KEEP", 2)
    for alias in ("LSU", "Lakeside", "Lakeside U."):
        alias_entity(graph, "Lakeside State University", alias)
    assert len(list((graph / UNDO_DIR).glob("*.json"))) == 2
    undo_last(graph)
    undo_last(graph)
    with pytest.raises(
        KgpartError, match=r"cannot undo the last correction \(added alias 'LSU'.*not kept here"
    ):
        undo_last(graph)


def test_undo_after_a_later_ingest_reverses_the_act(graph: Path) -> None:
    merge_entities(graph, "Northfield University", "Northfield Polytechnic University")
    ingest_articles([write(graph.parent / "news", "three.txt", THREE)], graph)
    undo_last(graph)
    assert view(graph, "Northfield Polytechnic University").iri == POLYTECHNIC
    assert not (graph / CURATION_FILE).exists() or not (graph / CURATION_FILE).read_text().strip()


# -- bad input ----------------------------------------------------------------------------------------


def test_merging_an_entity_into_itself_changes_nothing(graph: Path) -> None:
    before = snapshot(graph)
    with pytest.raises(RefusedActError, match="into itself") as info:
        merge_entities(graph, "Northfield University", "inst:northfield-university")
    assert info.value.exit_code == 2 and snapshot(graph) == before


def test_merging_into_another_type_changes_nothing(graph: Path) -> None:
    add_reference(
        graph,
        '<https://w3id.org/kgpart/id/org/embassy-of-norway> a kgp:Embassy ; rdfs:label "Embassy of Norway" .',
    )
    before = snapshot(graph)
    with pytest.raises(RefusedActError, match=r"Embassy.*University.*another type") as info:
        merge_entities(graph, "Northfield University", "Embassy of Norway")
    assert info.value.exit_code == 2 and snapshot(graph) == before
    with pytest.raises(RefusedActError, match="another type"):
        merge_entities(graph, "Anna Berg", "Lakeside State University")


def test_a_name_of_several_entities_lists_them_and_changes_nothing(graph: Path) -> None:
    add_reference(
        graph,
        '<https://w3id.org/kgpart/id/org/central-institute-a> a kgp:ResearchInstitute ; rdfs:label "Central Institute" .',
        '<https://w3id.org/kgpart/id/org/central-institute-b> a kgp:ResearchInstitute ; rdfs:label "Central Institute" .',
    )
    before = snapshot(graph)
    with pytest.raises(AmbiguousNameError) as info:
        rename_entity(graph, "central institute", "Central Institute of Physics")
    message = str(info.value)
    assert "kgr:org/central-institute-a" in message and "kgr:org/central-institute-b" in message
    assert "\n" not in message and info.value.exit_code == 2 and snapshot(graph) == before


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not a JSON act"),
        ('{"at": "2026-12-05T07:00:00Z", "act": "explode", "entity": "kgr:org/x"}', "unknown act 'explode'"),
        (
            '{"at": "yesterday", "act": "alias", "entity": "kgr:org/x", "alias": "X"}',
            "'at' must be a UTC time",
        ),
        ('{"at": "2026-12-05T07:00:00Z", "act": "merge", "keep": "kgr:org/x"}', "missing field 'drop'"),
        (
            '{"at": "2026-12-05T07:00:00Z", "act": "alias", "entity": "not an iri", "alias": "X"}',
            "must be an IRI",
        ),
        ('["a", "list"]', "an act is a JSON object"),
    ],
)
def test_a_malformed_record_names_its_file_and_line_and_nothing_changes(
    graph: Path, line: str, problem: str
) -> None:
    alias_entity(graph, "Lakeside State University", "LSU")
    record = graph / CURATION_FILE
    record.write_text(record.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    before = snapshot(graph)
    for attempt in (
        lambda: merge_entities(graph, "Northfield University", "Northfield Polytechnic University"),
        lambda: undo_last(graph),
        lambda: ingest_articles([write(graph.parent / "news", "three.txt", THREE)], graph),
    ):
        with pytest.raises(GraphFileError, match=rf"curation\.jsonl:2: .*{problem}") as info:
            attempt()
        assert info.value.exit_code == 1 and "\n" not in str(info.value)
        assert snapshot(graph) == before
