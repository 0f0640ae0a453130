"""Hostile articles, end to end: ingested through the real pipeline, drawn, opened in Chromium.

``tests/system/test_browser.py`` feeds hostile labels straight in as RDF. Here the hostile text comes
the way a user's would: an HTML article whose title carries markup and script, whose body has
event handlers and a ``javascript:`` link, ingested once with a ``javascript:`` URL and once with
an http URL that tries to break out of an attribute. Every node is clicked; the details panel
must show the title and the URLs as text, link only http(s) URLs, and nothing may ever set
``window.__pwned``.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from kgpart.ingest.folder import ingest_articles
from kgpart.render.page import write_network_page
from kgpart.store.graph import KnowledgeGraph

pytestmark = pytest.mark.browser

TINY = Path(__file__).parent.parent / "data" / "tiny.trig"
ARTICLE = """<html><head><title>Visit &lt;img src=x onerror="window.__pwned='title'"&gt;
<script>window.__pwned='title-script'</script></title></head>
<body onload="window.__pwned='body'">
<p onmouseover="window.__pwned='p'">Ambassador of Kazakhstan to France Aida Serikova met the Rector of
Harbour University, Jean Martin.</p>
<p>Currently, 14 students from Kazakhstan are studying at Harbour University.</p>
<script>window.__pwned='script'</script>
<a href="javascript:window.__pwned='link'">read more</a>
</body></html>
"""
JS_URL = "javascript:window.__pwned='url'"
BREAKOUT_URL = 'https://x.test/a"onmouseover="window.__pwned=1'
DETAILS = """() => ({
  text: document.querySelector('#details-body').textContent,
  links: Array.from(document.querySelectorAll('#details-body a'),
                    a => [a.getAttribute('href'), a.getAttributeNames().sort().join(' ')]),
  elements: Array.from(document.querySelectorAll('#details-body *'), e => e.tagName),
})"""


@pytest.fixture(scope="module")
def hostile_ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-ingest")
    graph = root / "graph"
    graph.mkdir()
    shutil.copy(TINY, graph / "tiny.trig")
    for name, url in (("js.html", JS_URL), ("breakout.html", BREAKOUT_URL)):
        article = root / name
        # each its own text: the same text twice is one article (#12 item 3), kept out the second time
        article.write_text(ARTICLE.replace("read more", f"read more of {name}"), encoding="utf-8")
        report = ingest_articles([article], graph, url=url, published="2025-05-05")
        assert [r.status for r in report.results] == ["added"], report.text()
    return write_network_page(KnowledgeGraph.open(graph), root / "page.html").path


def click_every_node(page: Any) -> list[dict[str, Any]]:
    """Click each node in turn; what the details panel showed after each click."""
    positions = page.evaluate(
        "Object.values(kgpart.network.getPositions()).map(p => kgpart.network.canvasToDOM(p))"
    )
    box = page.locator("#network").bounding_box()
    seen = []
    for p in positions:
        page.mouse.click(box["x"] + p["x"], box["y"] + p["y"])
        page.wait_for_timeout(100)
        seen.append(page.evaluate(DETAILS))
    return seen


def test_hostile_article_shows_as_text_and_never_runs(open_page: Any, hostile_ingested: Path) -> None:
    opened = open_page(hostile_ingested)
    panels = click_every_node(opened.page)
    page = opened.page
    assert page.evaluate("typeof window.__pwned") == "undefined"
    shown = "\n".join(p["text"] for p in panels)
    assert "Visit <img src=x onerror=" in shown  # the title, as text
    assert JS_URL in shown  # a javascript: URL is shown, not linked
    links = [link for p in panels for link in p["links"]]
    assert links, "the http source should be a link"
    hrefs = {href for href, _ in links}
    assert BREAKOUT_URL in hrefs and all(h.startswith(("https://", "http://")) for h in hrefs)
    assert {names for _, names in links} == {"href rel target"}
    tags = {tag for p in panels for tag in p["elements"]}
    assert not tags & {"IMG", "SCRIPT", "SVG", "IFRAME", "STYLE"}
    assert page.evaluate("document.querySelectorAll('img, iframe, svg').length") == 0
    assert opened.remote == []
    assert opened.errors == []
