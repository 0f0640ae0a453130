"""The network page as a file: self-contained, escaped, counted, cut, laid out and written atomically."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kgpart.errors import OutputError, UnknownNameError
from kgpart.network.views import network_view
from kgpart.render.page import LAYOUT_THRESHOLD, write_network_page
from kgpart.render.page_assets import page_asset
from kgpart.store.graph import KnowledgeGraph
from support.networks import synthetic

HOSTILE = Path(__file__).parent.parent / "data" / "hostile.trig"
PAYLOAD_TITLE = "<img src=x onerror=\"window.__pwned='heading'\"> & <script>window.__pwned=1</script>"
# Tags the page itself writes; anything else in the markup came from data.
PAGE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "div", "input",
    "datalist", "button", "span", "label", "select", "option", "aside", "script",
}  # fmt: skip


class _Page(HTMLParser):
    """Collects tags, attributes and the text of each script element."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text: dict[str, str] = {}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open = tag
        if tag == "script":
            self.scripts.append((dict(attrs), ""))

    def handle_data(self, data: str) -> None:
        if self._open == "script" and self.scripts:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif self._open in ("h1", "title"):
            self.text[self._open] = self.text.get(self._open, "") + data

    def handle_endtag(self, tag: str) -> None:
        self._open = None


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def page_json(page: _Page, element_id: str) -> object:
    return json.loads(next(text for attrs, text in page.scripts if attrs.get("id") == element_id))


@pytest.fixture(scope="module")
def hostile() -> KnowledgeGraph:
    return KnowledgeGraph.from_files([HOSTILE])


def test_page_is_self_contained_and_leaves_no_lib_folder(
    shipped: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    summary = write_network_page(shipped, tmp_path / "out" / "network.html")
    html = summary.path.read_text(encoding="utf-8")
    assert list(cwd.iterdir()) == []  # pyvis's write_html would have left lib/ here
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["network.html"]
    page = parse(summary.path)
    for tag, attrs in page.tags:
        for name in ("src", "href", "action", "data"):
            assert not re.match(r"\s*(https?:)?//", attrs.get(name) or ""), (tag, attrs)
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", html)
    assert "cdn.jsdelivr" not in html and "cdnjs" not in html and "bootstrap" not in html.lower()
    assert "vis.Network" in html and "vis-network" in html  # the library is in line
    assert all(not attrs.get("src") for attrs, _ in page.scripts)


def test_counts_in_page_match_the_network(shipped: KnowledgeGraph, tmp_path: Path) -> None:
    net = network_view(shipped)
    summary = write_network_page(shipped, tmp_path / "n.html", title="Academic diplomacy")
    assert (summary.nodes, summary.edges, summary.aggregated) == (len(net.nodes), len(net.edges), False)
    page = parse(summary.path)
    nodes, edges = page_json(page, "kgpart-nodes"), page_json(page, "kgpart-edges")
    assert isinstance(nodes, list) and isinstance(edges, list)
    assert len(nodes) == len(net.nodes) and len(edges) == len(net.edges)
    assert len({e["id"] for e in edges}) == len(edges)
    assert page.text["h1"] == "Academic diplomacy"
    assert f"{len(net.nodes)} entities, {len(net.edges)} connections" in summary.path.read_text()
    meets = next(e for e in edges if e["kind"] == "meets")
    assert meets["label"] == "meets" and meets["dashes"] is True and "Source:" in meets["title"]
    partner = next(e for e in edges if e["kind"] == "partnersWith")
    assert partner["dashes"] is False and partner["width"] > meets["width"]


def test_legend_lists_each_class_with_its_own_style(shipped: KnowledgeGraph, tmp_path: Path) -> None:
    page = parse(write_network_page(shipped, tmp_path / "n.html").path)
    data = page_json(page, "kgpart-page")
    assert isinstance(data, dict)
    kinds = {k["kind"]: k for k in data["kinds"]}
    assert {"University", "Embassy", "Person", "Country", "StudentCohort"} <= set(kinds)
    styles = {(k["color"], k["symbol"]) for k in kinds.values()}
    assert len(styles) == len(kinds)
    assert {c["label"] for c in data["countries"]} == {"Belgium", "Kazakhstan"}
    assert data["options"]["physics"]["enabled"] is True


def test_hostile_strings_never_become_markup(hostile: KnowledgeGraph, tmp_path: Path) -> None:
    summary = write_network_page(hostile, tmp_path / "h.html", title=PAYLOAD_TITLE)
    html = summary.path.read_text(encoding="utf-8")
    page = parse(summary.path)
    assert {tag for tag, _ in page.tags} <= PAGE_TAGS
    assert not [a for _, attrs in page.tags for a in attrs if a.startswith("on")]
    for raw in ("<img", "<svg", "<iframe", "<a href", "</script><script>", "<style>body"):
        assert raw not in html
    # Escaped, not mangled: the heading reads as the text given, the data round-trips exactly.
    assert page.text["h1"] == PAYLOAD_TITLE and page.text["title"] == PAYLOAD_TITLE
    labels = {n["label"] for n in page_json(page, "kgpart-nodes")}  # type: ignore[union-attr]
    assert "</script><script>window.__pwned='script'</script>" in labels
    assert "{{ 7*7 }} ${window.__pwned='template'} Ruritania" in labels


def test_pyvis_traps_are_avoided(hostile: KnowledgeGraph, tmp_path: Path) -> None:
    html = write_network_page(hostile, tmp_path / "h.html").path.read_text(encoding="utf-8")
    # A title holding "href" made pyvis show every tooltip through innerHTML; ids went into <option>s.
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in page_asset("page.js")
    assert "popup.innerHTML" not in html
    assert '<option value="https://example.org' not in html
    assert "o'x&y(z)" not in html  # the id is in the JSON, escaped


def test_only_the_pages_own_scripts_may_run(shipped: KnowledgeGraph, tmp_path: Path) -> None:
    page = parse(write_network_page(shipped, tmp_path / "n.html").path)
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv"))
    assert (
        csp is not None and "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    )
    for attrs, text in page.scripts:
        if attrs.get("type") == "application/json":
            continue
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_empty_view_says_so(shipped: KnowledgeGraph, tmp_path: Path) -> None:
    summary = write_network_page(shipped, tmp_path / "e.html", since="2099-01-01")
    assert (summary.nodes, summary.edges) == (0, 0)
    page = parse(summary.path)
    empty = next(attrs for tag, attrs in page.tags if attrs.get("id") == "empty")
    assert "hidden" not in empty
    assert "Nothing to show: no entity matches this view." in summary.path.read_text()


def test_beyond_max_nodes_the_best_connected_are_kept(shipped: KnowledgeGraph, tmp_path: Path) -> None:
    summary = write_network_page(shipped, tmp_path / "m.html", max_nodes=6)
    assert summary.nodes == 6 and summary.aggregated and summary.total_nodes == 29
    html = summary.path.read_text()
    assert 'id="notice"' in html and "Showing the 6 best-connected of 29 entities" in html
    labels = {n["label"] for n in page_json(parse(summary.path), "kgpart-nodes")}  # type: ignore[union-attr]
    assert {"Kazakhstan", "Ghent University"} <= labels


def test_focus_filters_and_unknown_focus(shipped: KnowledgeGraph, tmp_path: Path) -> None:
    summary = write_network_page(shipped, tmp_path / "f.html", focus="UGent", depth=1)
    assert 0 < summary.nodes < 29
    assert "around Ghent University (depth 1)" in summary.path.read_text()
    with pytest.raises(UnknownNameError):
        write_network_page(shipped, tmp_path / "x.html", focus="Nowhere University")
    assert not (tmp_path / "x.html").exists()


def test_large_views_are_laid_out_in_python_with_physics_off(tmp_path: Path) -> None:
    n = LAYOUT_THRESHOLD + 50
    page = parse(write_network_page(synthetic(n), tmp_path / "big.html", max_nodes=1000).path)
    nodes = page_json(page, "kgpart-nodes")
    assert isinstance(nodes, list) and len(nodes) == n
    assert all(isinstance(x.get("x"), float) and isinstance(x.get("y"), float) for x in nodes)
    assert len({(x["x"], x["y"]) for x in nodes}) == n
    assert page_json(page, "kgpart-page")["options"]["physics"]["enabled"] is False  # type: ignore[index]


def test_write_is_atomic(shipped: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "n.html"
    target.write_text("previous page")

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OutputError, match="No space left on device"):
        write_network_page(shipped, target)
    assert target.read_text() == "previous page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.html"]  # no temporary file left


def test_unwritable_path_is_an_output_error(shipped: KnowledgeGraph, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        write_network_page(shipped, tmp_path / "file" / "n.html")


def test_an_entitys_panel_lists_the_articles_that_name_it(shipped: KnowledgeGraph, tmp_path: Path) -> None:
    # #12 item 6: it listed "kgpart reference entities" (or "Entities found by kgpart ingest")
    page = parse(write_network_page(shipped, tmp_path / "p.html").path)
    nodes = {n["label"]: n for n in page_json(page, "kgpart-nodes")}  # type: ignore[union-attr]
    ghent_article = "Kazakhstan's ambassador to Belgium meets the Rector of Ghent University"
    assert [s["title"] for s in nodes["Nazarbayev University"]["sources"]] == [ghent_article]
    ambassador = nodes["Roman Vassilenko"]["sources"]
    # both articles, newest first (the Antwerp article is undated), with date and publisher
    assert [s["date"] for s in ambassador] == ["2026-03-01", None]
    assert all(s["publisher"] for s in ambassador)
    assert all("reference" not in s["title"] for n in nodes.values() for s in n["sources"])
    script = page_asset("page.js")
    assert '"Articles that name it"' in script and "textContent" in script  # shown as text, never markup
