"""The query page of ``kgpart serve`` opens with kgpart's prefixes, so a query from the CLI runs there."""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kgpart.serve.page import PAGE_NOTE, starter_query, with_prefixes
from kgpart.terms import PREFIXES
from support.servers import free_port, wait_for

# The YASGUI call of Oxigraph 0.5's page, as it serves it at /.
OXIGRAPH_PAGE = b"""<!DOCTYPE html><html><head><script src="./yasgui.min.js"></script></head>
<body>
<div id="yasgui"></div>
<script>
    const url = window.location.href;
    new Yasgui(document.getElementById("yasgui"), {
        requestConfig: { endpoint: url + "/sparql" },
    });
</script>
</body></html>
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    graph = tmp_path_factory.mktemp("served")
    shutil.copy(Path(__file__).parent.parent / "data" / "tiny.trig", graph / "tiny.trig")
    port = free_port()
    cmd = [sys.executable, "-m", "kgpart", "serve", "--graph", str(graph), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}", proc, seconds=30)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_the_starter_query_declares_every_prebound_prefix() -> None:
    text = starter_query()
    for prefix, iri in PREFIXES.items():
        assert f"PREFIX {prefix}: <{iri}>" in text


def test_with_prefixes_fills_the_editor_and_says_so() -> None:
    page = with_prefixes(OXIGRAPH_PAGE).decode()
    assert 'new Yasgui(document.getElementById("yasgui"), { yasqe: { value: "PREFIX kgp: ' in page
    assert PAGE_NOTE in page
    assert "</script" not in page.split("yasqe: { value:")[1].split("}")[0]


def test_an_unknown_page_still_gets_the_note_with_the_prefix_lines() -> None:
    page = with_prefixes(b"<html><body><p>another server page</p></body></html>").decode()
    assert "PREFIX kgr: &lt;https://w3id.org/kgpart/id/&gt;" in page and "another server page" in page


def test_the_served_page_is_prefilled(served: str) -> None:
    with urllib.request.urlopen(served + "/", timeout=10) as reply:
        page = reply.read().decode()
        assert reply.headers["Content-Length"] == str(len(page.encode()))
    assert "PREFIX kgp: <https://w3id.org/kgpart/ontology#>" in page and PAGE_NOTE in page


@pytest.mark.browser
def test_a_query_from_the_cli_runs_on_the_page(served: str, browser: Any) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(served + "/")
        page.wait_for_selector(".CodeMirror", timeout=20_000)
        editor = "document.querySelector('.CodeMirror').CodeMirror"
        assert page.evaluate(f"{editor}.getValue()").startswith("PREFIX kgp: ")
        # The README's ad-hoc query, after the page's PREFIX lines.
        body = "SELECT ?name WHERE { ?u a kgp:University ; rdfs:label ?name }"
        page.evaluate(f"t => {editor}.setValue({editor}.getValue().split('SELECT')[0] + t)", body)
        page.click(".yasqe_queryButton")
        page.wait_for_selector("text=Harbour University", timeout=20_000)
        assert page.locator("text=Steppe Technical University").count() >= 1
    finally:
        context.close()
