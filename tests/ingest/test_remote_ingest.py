"""ingest, add and retract against a real Oxigraph server on loopback, as they work on a folder."""

from __future__ import annotations

import http.server
import json
import shutil
import socket
import subprocess
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import yaml
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.errors import EndpointError
from kgpart.ingest import remote as remote_ingest
from kgpart.ingest.folder import ingest_articles, retract, source_slug
from kgpart.ingest.jobs import start_fork_server
from kgpart.store.derive import derive_network
from kgpart.store.folder import graph_files, shipped_graph_dir
from kgpart.store.graph import KnowledgeGraph
from kgpart.store.index.state import derived_predicates
from kgpart.store.remote import RemoteGraph, push
from support.servers import OXIGRAPH, Refuse, free_port, oxigraph_server, unordered, wait_for

DATA = Path(__file__).parent.parent / "data"
ARTICLES = DATA / "ingest"
TINY = DATA / "tiny.trig"
# labels compared as strings: ingested names are tagged @en
AIDA = "SELECT ?p WHERE { ?p a kgp:Person ; rdfs:label ?l FILTER(STR(?l) = 'Aida Serikova') }"
KAZAKHSTAN = "SELECT ?c WHERE { ?c a kgp:Country ; rdfs:label ?l FILTER(STR(?l) = 'Kazakhstan') }"
HARBOUR = ARTICLES / "harbour-visit.txt"
LAKESIDE = ARTICLES / "lakeside-memorandum.md"
G = "https://w3id.org/kgpart/id/graph/"
HARBOUR_GRAPH = G + source_slug(None, "https://news.example.org/harbour-visit")
LAKESIDE_GRAPH = G + source_slug(LAKESIDE, None)  # no URL: named by its file
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.fixture(scope="module", autouse=True)
def warm_fork_server() -> None:
    """Workers of ``--jobs 2`` start at once, from a fork server already warm (a cold one lets the
    ingest process read the first articles itself meanwhile: tests/ingest/test_jobs.py)."""
    start_fork_server()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph-writes")) as url:
        yield url


@pytest.fixture
def store(server: str) -> str:
    """The server, emptied."""
    RemoteGraph(server).update("DROP ALL")
    return server


def everything(url: str) -> set[ox.Quad]:
    return set(RemoteGraph(url).quads(include_vocabulary=True))


def remote_counts(url: str) -> Counter[str]:
    return Counter(q.graph_name.value for q in everything(url))  # type: ignore[union-attr]


def local_counts(folder: Path) -> Counter[str]:
    kg = KnowledgeGraph.from_files(graph_files(folder))
    return Counter(q.graph_name.value for q in kg.store)  # type: ignore[union-attr]


def values(url: str, sparql: str) -> list[str]:
    return sorted(str(r[0].value) for r in RemoteGraph(url).query(sparql))


def edges_are_right(url: str) -> bool:
    """The store's derived edges are exactly what deriving its detail from scratch gives."""
    derived = set(derived_predicates())
    quads = everything(url)
    store = ox.Store()
    store.extend(q for q in quads if q.predicate.value not in derived)
    derive_network(store)
    return {q for q in quads if q.predicate.value in derived} == {
        q for q in store if q.predicate.value in derived
    }


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ingest_two_articles_into_an_empty_store(store: str, runner: CliRunner, tmp_path: Path) -> None:
    code, out, err = run(runner, "ingest", str(HARBOUR), str(LAKESIDE), "--endpoint", store)
    assert code == 0, err
    assert out.splitlines()[0].startswith(f"added      {HARBOUR} -> <{HARBOUR_GRAPH}> (6 facts")
    assert err.splitlines()[-1].startswith("wrote 5 graph(s), ") and "network edges included" in err
    # the facts, with their evidence, one named graph per article
    count = f"""SELECT ?n WHERE {{ GRAPH <{HARBOUR_GRAPH}> {{ ?c kgp:count ?n ;
        kgp:fromCountry <https://w3id.org/kgpart/id/country/KZ> ;
        kgp:at <https://w3id.org/kgpart/id/org/harbour-university> ; kgp:evidence/kgp:sentence ?s }} }}"""
    assert values(store, count) == ["14"]
    # one Aida Serikova across both articles, and the derived edges in each article's graph
    assert len(values(store, AIDA)) == 1
    meets = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a kgp:meets ?b } }"
    assert values(store, meets) == [LAKESIDE_GRAPH, HARBOUR_GRAPH]
    # exactly what a local ingest into an empty folder gives, graph by graph, edges included
    ingest_articles([HARBOUR, LAKESIDE], tmp_path / "graph")
    assert remote_counts(store) == local_counts(tmp_path / "graph")
    code, out, _ = run(runner, "validate", "--endpoint", store)
    assert code == 0, out
    assert edges_are_right(store)


def test_reingesting_unchanged_articles_changes_nothing(store: str, runner: CliRunner) -> None:
    assert run(runner, "ingest", str(HARBOUR), str(LAKESIDE), "--endpoint", store)[0] == 0
    before = everything(store)
    code, out, err = run(runner, "ingest", str(ARTICLES), "--endpoint", store)
    assert code == 0 and out.count("unchanged") == 2
    assert err.splitlines()[-1] == f"nothing to write to {store}/store"
    assert everything(store) == before


def test_a_changed_article_replaces_its_graph(store: str, runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "harbour-visit.txt"
    shutil.copy(HARBOUR, article)
    assert run(runner, "ingest", str(article), str(LAKESIDE), "--endpoint", store)[0] == 0
    lakeside = {q for q in everything(store) if q.graph_name.value == LAKESIDE_GRAPH}  # type: ignore[union-attr]
    article.write_text(HARBOUR.read_text().replace("14 students", "16 students"))
    code, out, _ = run(runner, "ingest", str(article), "--endpoint", store)
    assert code == 0 and out.startswith("replaced ")
    assert values(store, "SELECT ?n WHERE { ?c kgp:who 'students' ; kgp:count ?n }") == ["16"]
    after = everything(store)
    assert {q for q in after if q.graph_name.value == LAKESIDE_GRAPH} == lakeside  # type: ignore[union-attr]
    assert edges_are_right(store)


def test_retract_removes_that_source_and_nothing_else(store: str, runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, "ingest", str(HARBOUR), str(LAKESIDE), "--endpoint", store)[0] == 0
    before = everything(store)
    code, out, _ = run(runner, "retract", "https://news.example.org/harbour-visit", "--endpoint", store)
    assert (code, out) == (0, f"removed <{HARBOUR_GRAPH}> from {store}/store\n")
    assert before - everything(store) == {q for q in before if q.graph_name.value == HARBOUR_GRAPH}  # type: ignore[union-attr]
    assert everything(store) <= before
    # the same as retracting locally, derived edges included
    ingest_articles([HARBOUR, LAKESIDE], tmp_path / "graph")
    retract("news-example-org-harbour-visit", tmp_path / "graph")
    assert remote_counts(store) == local_counts(tmp_path / "graph") and edges_are_right(store)
    code, _, err = run(runner, "retract", "news-example-org-harbour-visit", "--endpoint", store)
    assert code == 2 and err.startswith(
        "Error: unknown source 'news-example-org-harbour-visit'. Known: lakes"
    )


def test_retract_re_derives_edges_that_came_from_another_graph(store: str) -> None:
    remote = RemoteGraph(store)
    # A meeting of a rector, an ambassador and a university. The rector's post is described in a
    # source of its own; the ambassador's (a visiting post at the university) in the entities
    # graph. No one "meets" the university they work for, or a colleague; once the source is
    # retracted, the rector meets both (and the ambassador still does not meet the university).
    kgp, kgr = "https://w3id.org/kgpart/ontology#", "https://w3id.org/kgpart/id/"
    nn = ox.NamedNode

    def fact_graph(graph: str, triples: list[tuple[str, str, str]]) -> None:
        header = [(graph, RDF_TYPE, kgp + "FactGraph")]
        remote.put_graph(graph, [ox.Quad(nn(s), nn(p), nn(o), nn(graph)) for s, p, o in [*header, *triples]])

    fact_graph(G + "meeting", [(kgr + "m", RDF_TYPE, kgp + "Meeting"),
                               (kgr + "m", kgp + "participant", kgr + "rector"),
                               (kgr + "m", kgp + "participant", kgr + "ambassador"),
                               (kgr + "m", kgp + "participantOrganization", kgr + "uni")])  # fmt: skip
    fact_graph(
        G + "post", [(kgr + "rector", kgp + "holds", kgr + "p1"), (kgr + "p1", kgp + "postIn", kgr + "uni")]
    )
    # the rector also holds a post at an academy (a person with no post at all meets no one)
    fact_graph(G + "entities", [(kgr + "ambassador", kgp + "holds", kgr + "p2"),
                                (kgr + "p2", kgp + "postIn", kgr + "uni"),
                                (kgr + "rector", kgp + "holds", kgr + "p3"),
                                (kgr + "p3", kgp + "postIn", kgr + "academy")])  # fmt: skip
    remote.derive()
    meets = f"SELECT ?a WHERE {{ GRAPH <{G}meeting> {{ ?a kgp:meets ?b }} }}"
    assert values(store, meets) == []  # both work for the university
    remote_ingest.retract_remote("post", remote)
    assert values(store, meets) == [kgr + "ambassador", kgr + "rector", kgr + "rector", kgr + "uni"]
    assert edges_are_right(store)


def test_add_a_reviewed_record(store: str, runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, "ingest", str(HARBOUR), "--endpoint", store)[0] == 0
    out = runner.invoke(cli, ["extract", str(LAKESIDE), "--format", "yaml", "--published", "2025-03-05"])
    record = yaml.safe_load(out.stdout)
    record["cohorts"] = [{"count": 3, "who": "PhD candidates", "at": "Lakeside University",
                          "from_country": "Kazakhstan", "status": "studying"}]  # fmt: skip
    path = tmp_path / "lakeside.yaml"
    path.write_text(yaml.safe_dump(record))
    code, out, err = run(runner, "add", str(path), "--endpoint", store)
    assert code == 0 and out.startswith(f"added      {path} -> <{G}{source_slug(path, None)}>"), err
    assert values(store, "SELECT ?n WHERE { ?c kgp:who 'PhD candidates' ; kgp:count ?n }") == ["3"]
    # resolved against what the store held: still one Aida Serikova, one Kazakhstan
    assert len(values(store, AIDA)) == 1
    assert len(values(store, KAZAKHSTAN)) == 1
    assert edges_are_right(store)


def test_a_reviewed_record_in_the_store_is_pinned(store: str, runner: CliRunner, tmp_path: Path) -> None:
    """#12 item 3 with --endpoint: a re-ingest keeps the reviewed source, --force replaces it."""
    assert run(runner, "ingest", str(HARBOUR), "--endpoint", store)[0] == 0
    record = yaml.safe_load(runner.invoke(cli, ["extract", str(HARBOUR), "--format", "yaml"]).stdout)
    record["cohorts"] = [
        {"count": 5, "who": "PhD candidates", "at": "Harbour University", "status": "studying"}
    ]
    path = tmp_path / "harbour.yaml"
    path.write_text(yaml.safe_dump(record))
    assert run(runner, "add", str(path), "--endpoint", store)[0] == 0
    before = everything(store)
    code, out, err = run(runner, "ingest", str(HARBOUR), "--endpoint", store)
    assert code == 0 and out.startswith(f"kept       {HARBOUR}: reviewed source "), out
    assert err.splitlines()[-1] == f"nothing to write to {store}/store"
    assert everything(store) == before
    code, out, _ = run(runner, "ingest", str(HARBOUR), "--force", "--endpoint", store)
    assert code == 0 and out.startswith("replaced"), out
    assert values(store, "SELECT ?n WHERE { ?c kgp:who 'PhD candidates' ; kgp:count ?n }") == []


def test_a_record_the_shapes_refuse_writes_nothing(store: str, runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, "ingest", str(HARBOUR), "--endpoint", store)[0] == 0
    before = everything(store)
    record = {
        "organizations": [{"name": "Lakeside University", "type": "University"}],
        "meetings": [
            {
                "participants": [],
                "organizations": ["Lakeside University", "Harbour University"],
                "date": "2025-02-30",
            }
        ],
        **{key: [] for key in ("persons", "partnerships", "programmes", "topics", "cohorts")},
    }
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(record))
    code, _, err = run(runner, "add", str(path), "--endpoint", store)
    assert code == 1 and err.count("\n") == 1 and "refused by the shapes" in err and "xsd:date" in err
    assert everything(store) == before


def test_dry_run_writes_nothing(store: str, runner: CliRunner) -> None:
    code, out, err = run(runner, "ingest", str(HARBOUR), "--dry-run", "--endpoint", store)
    assert code == 0 and out.startswith("would add ") and "nothing to write" in err
    assert everything(store) == set()


def test_wrong_store_or_update_url_is_found_before_the_first_write(store: str, runner: CliRunner) -> None:
    for option, url in (("--store-url", f"{store}/nope"), ("--update-url", f"{store}/query")):
        code, _, err = run(runner, "ingest", str(HARBOUR), "--endpoint", store, option, url)
        assert code == 1 and err.startswith(f"Error: {url}") and err.count("\n") == 1, err
        assert everything(store) == set()


def test_a_store_changed_by_another_writer_is_not_written(
    store: str, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = remote_ingest.local.ingest_articles

    def ingest_while_another_writes(*args: object, **kwargs: object) -> object:
        report = real(*args, **kwargs)  # type: ignore[arg-type]
        RemoteGraph(store).update(f"INSERT DATA {{ GRAPH <{G}other> {{ <{G}other> kgp:contentHash 'x' }} }}")
        return report

    monkeypatch.setattr(remote_ingest.local, "ingest_articles", ingest_while_another_writes)
    code, _, err = run(runner, "ingest", str(HARBOUR), "--endpoint", store)
    assert code == 1 and "the store changed while kgpart was ingesting" in err and err.count("\n") == 1
    assert remote_counts(store) == Counter({G + "other": 1})


@pytest.mark.parametrize(
    "args", [["ingest", str(HARBOUR)], ["add", str(ARTICLES / "x.yaml")], ["retract", "lakeside"]]
)
def test_unreachable_endpoint_is_one_line(runner: CliRunner, args: list[str], tmp_path: Path) -> None:
    if args[0] == "add":
        args = ["add", str(tmp_path / "x.yaml")]
        Path(args[1]).write_text("persons: []\n")
    url = f"http://127.0.0.1:{free_port()}"
    code, out, err = run(runner, *args, "--endpoint", url)
    assert (code, out) == (1, "")
    assert err == f"Error: {url}/query: cannot connect (Connection refused)\n"


def test_401_and_timeout_are_one_line(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), Refuse)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}"
        code, _, err = run(runner, "ingest", str(HARBOUR), "--endpoint", url)
        assert code == 1 and err.startswith(f"Error: {url}/query: HTTP 401: the server wants credentials")
        assert err.count("\n") == 1
    finally:
        httpd.shutdown()
        httpd.server_close()
    monkeypatch.setenv("KGPART_ENDPOINT_TIMEOUT", "0.5")
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        code, _, err = run(runner, "retract", "lakeside", "--endpoint", url)
        assert (code, err) == (1, f"Error: {url}/query: no answer within 0.5 s (server too slow or stuck)\n")


def test_help_shows_an_endpoint_example(runner: CliRunner) -> None:
    for command in ("ingest", "add", "retract"):
        text = runner.invoke(cli, [command, "--help"]).stdout
        assert (
            f"kgpart {command} " in text and "--endpoint http://localhost:7878" in text.split("Options:")[0]
        )
        assert "--store-url" in text and "--update-url" in text


def test_a_write_cut_short_is_finished_by_running_it_again(
    store: str, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real, calls = RemoteGraph.put_graph, []

    def put_then_fail(self: RemoteGraph, graph: str, triples: object) -> None:
        calls.append(graph)
        if len(calls) == 4:  # ontology, topics, entities, then the first source: the line drops
            raise EndpointError(f"{store}/store: cannot connect (Connection reset by peer)")
        real(self, graph, triples)  # type: ignore[arg-type]

    monkeypatch.setattr(RemoteGraph, "put_graph", put_then_fail)
    code, _, err = run(runner, "ingest", str(HARBOUR), str(LAKESIDE), "--endpoint", store)
    last = err.splitlines()[-1]  # after the progress bar's line
    assert code == 1 and last.startswith(f"Error: {store}/store: cannot connect") and err.count("Error") == 1
    assert last.endswith("(after 3 of 5 graphs were written; run the same command again to finish)")
    assert remote_counts(store)[remote_ingest.PENDING_GRAPH] == 1
    monkeypatch.setattr(RemoteGraph, "put_graph", real)
    code, out, err = run(runner, "ingest", str(HARBOUR), str(LAKESIDE), "--endpoint", store)
    assert code == 0 and out.count("added") == 2, err
    ingest_articles([HARBOUR, LAKESIDE], tmp_path / "graph")
    assert remote_counts(store) == local_counts(tmp_path / "graph")


def test_a_write_stopped_before_its_edges_are_right_is_finished_by_the_next_one(
    store: str, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = RemoteGraph.update

    def fail_at_the_end(self: RemoteGraph, sparql: str) -> None:
        if "DROP SILENT GRAPH" in sparql:
            raise EndpointError(f"{store}/update: no answer within 60 s (server too slow or stuck)")
        real(self, sparql)

    monkeypatch.setattr(RemoteGraph, "update", fail_at_the_end)
    code, _, err = run(runner, "ingest", str(HARBOUR), "--endpoint", store)
    assert code == 1 and err.count("\n") == 1 and "the network edges were not re-derived" in err
    assert remote_counts(store)[remote_ingest.PENDING_GRAPH] == 1
    monkeypatch.undo()
    code, out, err = run(runner, "ingest", str(HARBOUR), "--endpoint", store)
    assert code == 0 and out.startswith("unchanged ") and "re-derived the network edges" in err
    ingest_articles([HARBOUR], tmp_path / "graph")
    assert remote_counts(store) == local_counts(tmp_path / "graph")


MEETING = """@prefix kgp: <https://w3id.org/kgpart/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix graph: <https://w3id.org/kgpart/id/graph/> .
@prefix person: <https://w3id.org/kgpart/id/person/> .
@prefix org: <https://w3id.org/kgpart/id/org/> .
@prefix meeting: <https://w3id.org/kgpart/id/meeting/> .
@prefix post: <https://w3id.org/kgpart/id/post/> .
graph:m {
    graph:m a kgp:FactGraph .
    person:paul-girard a kgp:Person ; rdfs:label "Paul Girard" ; kgp:holds post:harbour-consul .
    post:harbour-consul a kgp:Post ; rdfs:label "Consul" ; kgp:postIn org:harbour-consulate .
    org:harbour-consulate a kgp:Embassy ; rdfs:label "Harbour Consulate" .
    org:lakeside-university a kgp:University ; rdfs:label "Lakeside University" .
    meeting:m-1 a kgp:Meeting ; kgp:participant person:paul-girard ;
        kgp:participantOrganization org:lakeside-university .
}
"""


@pytest.mark.parametrize("edges", ["here", "in the store"])
def test_a_new_post_changes_the_edges_of_an_earlier_meeting(
    store: str, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edges: str
) -> None:
    if edges == "in the store":  # the fallback: the store re-derives every edge
        monkeypatch.setattr(remote_ingest, "cross_graph_predicates", lambda: None)
    folder = tmp_path / "graph"
    folder.mkdir()
    (folder / "m.trig").write_text(MEETING)
    push(KnowledgeGraph.open(folder), RemoteGraph(store))
    meets = f"SELECT ?a WHERE {{ GRAPH <{G}m> {{ ?a kgp:meets ?b }} }}"
    assert len(values(store, meets)) == 2  # Paul Girard (a consul) meets Lakeside University, and back
    # the article makes him its rector: a rector does not "meet" his own university
    assert run(runner, "ingest", str(LAKESIDE), "--endpoint", store)[0] == 0
    assert values(store, meets) == [] and edges_are_right(store)
    ingest_articles([LAKESIDE], folder)
    assert remote_counts(store) == local_counts(folder)
    # and retracting the article that said so brings the edges back (the post stays in the
    # entities graph, as locally, so they stay gone)
    assert run(runner, "retract", "lakeside-memorandum", "--endpoint", store)[0] == 0
    retract("lakeside-memorandum", folder)
    assert remote_counts(store) == local_counts(folder) and edges_are_right(store)


def test_names_resolve_against_what_the_store_holds(store: str, runner: CliRunner, tiny_dir: Path) -> None:
    push(KnowledgeGraph.open(tiny_dir), RemoteGraph(store))  # entities described in a source graph
    code, _, err = run(runner, "ingest", str(HARBOUR), "--endpoint", store)
    assert code == 0, err
    hu = "SELECT ?u WHERE { ?u a kgp:University ; rdfs:label 'Harbour University' }"
    assert values(store, hu) == ["https://w3id.org/kgpart/id/org/harbour-university"]
    people = f"SELECT DISTINCT ?p WHERE {{ GRAPH <{HARBOUR_GRAPH}> {{ ?m kgp:participant ?p }} }}"
    assert [p.rsplit("/", 1)[1] for p in values(store, people)] == ["aida-serikova", "jean-martin"]
    ingest_articles([HARBOUR], tiny_dir)
    assert remote_counts(store) == local_counts(tiny_dir) and edges_are_right(store)


def test_a_read_only_store_is_found_before_the_first_write(runner: CliRunner, tmp_path: Path) -> None:
    location = tmp_path / "ro"
    subprocess.run([OXIGRAPH, "load", "--location", str(location), "--file", str(TINY)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for(url, proc)
        before = everything(url)
        code, _, err = run(runner, "ingest", str(HARBOUR), "--endpoint", url)
        assert code == 1 and err.startswith(
            f"Error: {url}/update: HTTP 403: refused: the server is read-only"
        )
        assert err.count("\n") == 1 and everything(url) == before
    finally:
        proc.kill()
        proc.wait(timeout=10)


def test_the_graph_folder_is_left_alone_when_writing_to_a_store(
    store: str, runner: CliRunner, tiny_dir: Path
) -> None:
    files = sorted(p.relative_to(tiny_dir) for p in tiny_dir.rglob("*"))
    assert run(runner, "ingest", str(HARBOUR), "--graph", str(tiny_dir), "--endpoint", store)[0] == 0
    assert sorted(p.relative_to(tiny_dir) for p in tiny_dir.rglob("*")) == files


def test_the_shipped_graph_and_more_articles_match_a_local_ingest(
    store: str, runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "graph"
    shutil.copytree(shipped_graph_dir(), folder)
    push(KnowledgeGraph.open(folder), RemoteGraph(store))
    articles = [*sorted((DATA / "founding").glob("*.txt")), *sorted((DATA / "articles").glob("*"))]
    remote = runner.invoke(cli, ["ingest", *map(str, articles), "--endpoint", store])
    local = runner.invoke(cli, ["ingest", *map(str, articles), "--graph", str(folder)])
    assert remote.exit_code == local.exit_code
    statuses = [[line.split()[0] for line in r.stdout.splitlines()[:-1]] for r in (remote, local)]
    assert statuses[0] == statuses[1] and "added" in statuses[0]
    assert remote_counts(store) == local_counts(folder) and edges_are_right(store)
    for name in ("partners_of", "meetings"):
        args = ["query", name, "-f", "json"] + (
            ["--param", "org=Ghent University"] if name == "partners_of" else []
        )
        rows = [
            sorted(
                map(unordered, json.loads(runner.invoke(cli, [*args, *where]).stdout)["results"]["bindings"]),
                key=json.dumps,
            )
            for where in (["--endpoint", store], ["--graph", str(folder)])
        ]
        assert rows[0] == rows[1] and rows[0]


def test_a_source_stored_under_an_older_slug_is_replaced_in_place(
    store: str, runner: CliRunner, tmp_path: Path
) -> None:
    """As locally (#17 item 4): the store's schema:url finds the graph an older kgpart named by its bare slug."""
    folder = tmp_path / "graph"
    folder.mkdir()
    shutil.copy(TINY, folder / "tiny.trig")
    ingest_articles([HARBOUR], folder)
    (new,) = (folder / "sources").glob("*.trig")
    old = "news-example-org-harbour-visit"
    (folder / "sources" / f"{old}.trig").write_text(new.read_text().replace(new.stem, old))
    new.unlink()
    push(KnowledgeGraph.open(folder), RemoteGraph(store))
    article = tmp_path / "harbour-visit.txt"
    article.write_text(HARBOUR.read_text().replace("14 students", "16 students"))
    code, out, err = run(runner, "ingest", str(article), "--endpoint", store)
    assert code == 0 and out.startswith(f"replaced   {article} -> <{G}{old}>"), out + err
    assert values(
        store, f"SELECT ?n WHERE {{ GRAPH <{G}{old}> {{ ?c kgp:who 'students' ; kgp:count ?n }} }}"
    ) == ["16"]
    assert not any(g.startswith(HARBOUR_GRAPH) for g in remote_counts(store))


def test_jobs_extract_in_worker_processes_before_the_writes_to_a_store(
    store: str, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--jobs with --endpoint: workers extract (this process reads few if any article itself)
    and the store ends as with one job."""
    import kgpart.ingest.jobs as jobs

    monkeypatch.setattr(jobs, "POOL_FROM", 2)  # a small batch uses workers all the same
    articles = [
        str(p) for p in [*sorted((DATA / "founding").glob("*.txt")), *sorted((DATA / "articles").glob("*"))]
    ]
    stamped = "http://www.w3.org/ns/prov#generatedAtTime"  # the time of ingest differs

    def written(jobs_given: str) -> tuple[list[str], set[ox.Quad]]:
        RemoteGraph(store).update("DROP ALL")
        result = runner.invoke(cli, ["ingest", *articles, "--endpoint", store, "--jobs", jobs_given])
        statuses = [line.split()[0] for line in result.stdout.splitlines()[:-1]]
        return statuses, {q for q in everything(store) if q.predicate.value != stamped}

    one = written("1")
    here: list[object] = []
    extract_here = jobs.extract_parsed

    def counted(article: Any, path: Path, **options: Any) -> object:
        here.append(path)
        return extract_here(article, path, **options)

    monkeypatch.setattr(jobs, "extract_parsed", counted)
    two = written("2")
    assert len(here) < len(articles) // 2, here
    assert "added" in one[0] and two == one
