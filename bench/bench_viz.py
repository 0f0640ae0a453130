"""Benchmark the network page: projection and page time at 1k and 10k nodes, page size, Chromium load.

Run: ``.venv/bin/python bench/bench_viz.py [--sizes 1000 10000] [--browser]``. The graph is
generated (universities in 20 countries, active partnerships and dated meetings between random
pairs), loaded and derived as kgpart does, then projected and written as a page.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from kgpart.network.views import network_view
from kgpart.render.page import write_network_page
from kgpart.store.graph import KnowledgeGraph

HEADER = """@prefix kgp: <https://w3id.org/kgpart/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix g: <https://example.org/gen/> .
"""


def generate(n: int, seed: int = 7) -> str:
    """A TriG graph of n universities with about n partnerships and n/2 meetings."""
    rng = random.Random(seed)
    lines = [
        HEADER,
        "g:graph {",
        "g:graph kgp:source g:src .",
        'g:src a kgp:Source ; rdfs:label "Generated" ;',
    ]
    lines.append('  dcterms:issued "2025-01-01"^^xsd:date .')
    for c in range(20):
        lines.append(f'g:c{c} a kgp:Country ; rdfs:label "Country {c}" .')
    for i in range(n):
        lines.append(f'g:u{i} a kgp:University ; rdfs:label "University {i}" ; kgp:country g:c{i % 20} .')
    for k in range(n):
        a, b = rng.randrange(n), rng.randrange(n)
        lines.append(f"g:p{k} a kgp:Partnership ; kgp:status kgp:Active ; kgp:party g:u{a}, g:u{b} .")
    for k in range(n // 2):
        a, b = rng.randrange(n), rng.randrange(n)
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lines.append(
            f'g:m{k} a kgp:Meeting ; kgp:date "{day}"^^xsd:date ; kgp:participantOrganization g:u{a}, g:u{b} .'
        )
    lines.append("}")
    return "\n".join(lines)


def run(n: int, folder: Path, browser: bool) -> None:
    source = folder / f"gen{n}.trig"
    source.write_text(generate(n), encoding="utf-8")
    t0 = time.perf_counter()
    kg = KnowledgeGraph.from_files([source])
    t1 = time.perf_counter()
    net = network_view(kg)
    t2 = time.perf_counter()
    page = folder / f"gen{n}.html"
    summary = write_network_page(net, page, max_nodes=n + 20)
    t3 = time.perf_counter()
    size = page.stat().st_size
    print(
        f"{n:>6} entities: load+derive {t1 - t0:6.2f} s | project {t2 - t1:6.2f} s | "
        f"page {t3 - t2:6.2f} s | {summary.nodes} nodes {summary.edges} edges | {size / 1e6:5.2f} MB"
    )
    if browser:
        print(f"{'':>6}          Chromium load until drawn: {chromium_load(page):.2f} s")


def chromium_load(page: Path) -> float:
    """Seconds from navigation until the page reports it is drawn (layout settled or given)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        tab = b.new_page(viewport={"width": 1400, "height": 900})
        t = time.perf_counter()
        tab.goto(page.as_uri())
        tab.wait_for_function("window.kgpart && window.kgpart.ready === true", timeout=120_000)
        elapsed = time.perf_counter() - t
        b.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--browser", action="store_true", help="also time the page in Chromium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        shipped = Path(tmp) / "shipped.html"
        t = time.perf_counter()
        write_network_page(KnowledgeGraph.open(), shipped)
        print(f"shipped graph: page {time.perf_counter() - t:.2f} s, {shipped.stat().st_size / 1e6:.2f} MB")
        if args.browser:
            print(f"shipped graph: Chromium load until settled {chromium_load(shipped):.2f} s")
        for n in args.sizes:
            run(n, Path(tmp), args.browser)


if __name__ == "__main__":
    main()
