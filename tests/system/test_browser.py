"""The network page in a real headless Chromium (Debian's, driven by Playwright; never a download).

Each page must load offline with no console error and no request off the machine, draw as many
nodes and edges as the network has, find and focus an entity, filter, and show hostile labels
as text: every payload in ``tests/data/hostile.trig`` sets ``window.__pwned`` if it ever runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kgpart.network.views import network_view
from kgpart.render.page import write_network_page
from kgpart.store.graph import KnowledgeGraph
from support.networks import synthetic

pytestmark = pytest.mark.browser

HOSTILE = Path(__file__).parent.parent / "data" / "hostile.trig"
GHENT = "https://w3id.org/kgpart/id/org/ghent-university"
DRAWN = "[kgpart.network.body.nodeIndices.length, kgpart.network.body.edgeIndices.length]"


@pytest.fixture(scope="module")
def shipped_page(shipped: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_network_page(shipped, tmp_path_factory.mktemp("page") / "network.html").path


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    title = "<img src=x onerror=\"window.__pwned='heading'\"><script>window.__pwned='h'</script>"
    kg = KnowledgeGraph.from_files([HOSTILE])
    return write_network_page(kg, tmp_path_factory.mktemp("hostile") / "h.html", title=title).path


def test_page_loads_offline_and_draws_the_whole_network(
    open_page: Any, shipped: KnowledgeGraph, shipped_page: Path
) -> None:
    opened = open_page(shipped_page)
    net = network_view(shipped)
    assert opened.page.evaluate(DRAWN) == [len(net.nodes), len(net.edges)]
    assert opened.errors == []
    assert opened.remote == []
    # Physics settled, then stopped.
    assert opened.page.evaluate("kgpart.network.physics.physicsEnabled") is False
    legend = opened.page.locator("#legend-nodes label")
    assert legend.count() == len({n.kind for n in net.nodes})


def test_search_finds_and_focuses_a_node(open_page: Any, shipped_page: Path) -> None:
    page = open_page(shipped_page).page
    page.fill("#search", "UGent")  # an alias
    page.press("#search", "Enter")
    assert page.evaluate("kgpart.network.getSelectedNodes()") == [GHENT]
    centre = page.evaluate("kgpart.network.getViewPosition()")
    node = page.evaluate(f"kgpart.network.getPositions([{GHENT!r}])[{GHENT!r}]")
    assert abs(centre["x"] - node["x"]) < 1 and abs(centre["y"] - node["y"]) < 1
    assert page.text_content("#details-text").startswith("Ghent University")
    page.fill("#search", "no such entity")
    page.click("#search-go")
    assert page.text_content("#search-status") == "No match"


def test_filters_hide_classes_countries_and_time(
    open_page: Any, shipped: KnowledgeGraph, shipped_page: Path
) -> None:
    page = open_page(shipped_page).page
    net = network_view(shipped)
    persons = sum(1 for n in net.nodes if n.kind == "Person")
    page.uncheck("#legend-nodes input[data-kind=Person]")
    assert page.evaluate(DRAWN)[0] == len(net.nodes) - persons
    page.check("#legend-nodes input[data-kind=Person]")
    page.select_option("#country", label="Belgium")
    be = network_view(shipped, country="Belgium")
    assert page.evaluate(DRAWN) == [len(be.nodes), len(be.edges)]
    page.select_option("#country", value="")
    page.fill("#since", "2026-03-01")
    page.dispatch_event("#since", "change")
    windowed = network_view(shipped, since="2026-03-01")
    assert page.evaluate(DRAWN) == [len(windowed.nodes), len(windowed.edges)]


def test_hostile_labels_show_as_text_and_never_run(open_page: Any, hostile_page: Path) -> None:
    opened = open_page(hostile_page)
    page = opened.page
    positions = page.evaluate(
        "Object.entries(kgpart.network.getPositions()).map(([id, p]) => [id, kgpart.network.canvasToDOM(p)])"
    )
    box = page.locator("#network").bounding_box()
    shown = []
    for _node_id, p in positions:
        page.mouse.move(box["x"] + p["x"], box["y"] + p["y"])
        page.wait_for_timeout(250)
        shown.append(page.evaluate("(document.querySelector('div.vis-tooltip') || {}).textContent || ''"))
        page.mouse.click(box["x"] + p["x"], box["y"] + p["y"])
    page.fill("#search", "<img src=x onerror")
    page.press("#search", "Enter")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, a, b').length") == 0
    # The tooltips showed the payloads as text (so hovering reached them).
    assert any("<img src=x onerror=" in text for text in shown)
    assert any("<a href=" in text for text in shown)
    assert page.text_content("h1").startswith("<img src=x onerror=")
    # innerText turns newlines into <br>; nothing else may appear in a tooltip.
    tags = page.evaluate("Array.from(document.querySelector('div.vis-tooltip').children, c => c.tagName)")
    assert set(tags) <= {"BR"}
    assert opened.remote == []
    assert opened.errors == []


def test_screenshot_is_not_blank(open_page: Any, shipped_page: Path, tmp_path: Path) -> None:
    page = open_page(shipped_page).page
    png = page.screenshot(path=str(tmp_path / "network.png"))
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
    colours, inked = page.evaluate(
        """() => {
        const c = document.querySelector('#network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        const seen = new Set(); let inked = 0;
        for (let i = 0; i < d.length; i += 4) {
          if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) inked++;
          seen.add((d[i] << 24) ^ (d[i + 1] << 16) ^ (d[i + 2] << 8) ^ d[i + 3]);
        }
        return [seen.size, inked / (d.length / 4)];
      }"""
    )
    assert colours > 50
    assert inked > 0.005


def test_a_thousand_nodes_draw_without_physics(open_page: Any, tmp_path: Path) -> None:

    summary = write_network_page(synthetic(1000), tmp_path / "big.html", max_nodes=1000)
    opened = open_page(summary.path)
    assert opened.page.evaluate(DRAWN) == [summary.nodes, summary.edges]
    assert opened.page.evaluate("kgpart.network.physics.physicsEnabled") is False
    assert opened.errors == [] and opened.remote == []


def test_an_entitys_panel_lists_the_articles_that_name_it(open_page: Any, shipped_page: Path) -> None:
    page = open_page(shipped_page).page
    page.fill("#search", "Roman Vassilenko")
    page.press("#search", "Enter")
    assert page.text_content("#details-body h2") == "Articles that name it"  # #12 item 6
    items = page.locator("#details-body li").all_text_contents()
    assert len(items) == 2 and "2026-03-01" in items[0] and "undated" in items[1]
    assert all("reference entities" not in text for text in items)
