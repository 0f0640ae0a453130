"""A source's title and publisher (#12 item 6): the article's heading or HTML title, never the file
name when there is one, without scraped prefixes; the publisher from the page, else its URL's host."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kgpart.extract.article import lead_title, publisher_from_url, text_to_article
from kgpart.ingest.folder import ingest_articles
from kgpart.store.graph import KnowledgeGraph
from kgpart.terms import ID_BASE

HARBOUR = Path(__file__).parent.parent / "data" / "ingest" / "harbour-visit.txt"
BODY = HARBOUR.read_text(encoding="utf-8").split("\n", 2)[2].strip()  # without its URL header

SOURCE = """SELECT ?title ?publisher WHERE { GRAPH ?g { ?g kgp:source ?s . ?s rdfs:label ?title ;
    dcterms:publisher ?publisher } }"""


def source_of(path: Path, graph_dir: Path, **options: str) -> tuple[str, str]:
    """Ingest one article; its source's title and publisher."""
    report = ingest_articles([path], graph_dir, **options)  # type: ignore[arg-type]
    assert [r.status for r in report.results] == ["added"], report.text()
    graph = ox.NamedNode(f"{ID_BASE}graph/{report.results[0].slug}")
    (row,) = KnowledgeGraph.open(graph_dir).select(SOURCE, g=graph)
    return row["title"].value, row["publisher"].value


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a heading after a scraped "date" and a site's crumbs
        (
            f"date 2025-09-10 Images | harbour.example\n\nHarbour University welcomes an envoy\n\n{BODY}",
            "Harbour University welcomes an envoy",
        ),
        # a heading that a scraper glued to its date
        (
            f" date 2025-09-10 Harbour University welcomes an envoy\n\n{BODY}",
            "Harbour University welcomes an envoy",
        ),
        # a time stamp and an id line before the heading
        (
            f"10:15, 10 September 2025\nID : 7781\nHarbour University welcomes an envoy\n{BODY}",
            "Harbour University welcomes an envoy",
        ),
    ],
    ids=["crumbs", "glued-date", "time-stamp"],
)
def test_the_title_is_the_heading_without_scraped_prefixes(
    tmp_path: Path, tiny_dir: Path, text: str, title: str
) -> None:
    path = tmp_path / "0147.txt"
    path.write_text(f"URL: https://harbour.example/news/0147\n\n{text}", encoding="utf-8")
    assert source_of(path, tiny_dir) == (title, "harbour.example")


def test_without_a_heading_the_title_is_the_first_sentence_not_the_file_name(
    tmp_path: Path, tiny_dir: Path
) -> None:
    path = tmp_path / "014.txt"
    path.write_text(f"date 2025-09 HARBOUR CITY. KAZINFORM - {BODY}", encoding="utf-8")
    title, publisher = source_of(path, tiny_dir)
    assert title == lead_title(BODY) and title.startswith("Ambassador of Kazakhstan to France Aida Serikova")
    assert publisher == "unknown"  # no URL, no publisher named: said, not guessed


def test_an_html_page_title_without_its_site_and_the_publisher_from_the_page(
    tmp_path: Path, tiny_dir: Path
) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Harbour University welcomes an envoy | Harbour Daily</title>"
        '<meta property="og:site_name" content="Harbour Daily"></head>'
        f"<body><p>{BODY}</p></body></html>",
        encoding="utf-8",
    )
    assert source_of(path, tiny_dir, url="https://www.harbour-daily.example/n/1") == (
        "Harbour University welcomes an envoy",
        "Harbour Daily",
    )


def test_an_h1_wins_over_the_page_title() -> None:
    article = text_to_article(
        "<title>Site | Home</title><h1>date 2025-09-10 Envoy at Harbour University</h1><p>Text.</p>",
        kind="html",
    )
    assert article.title == "Envoy at Harbour University"


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        ("https://www.inform.kz/en/some-news_a1/amp", "Kazinform"),
        ("https://en.inform.kz/news/x/", "Kazinform"),
        ("http://news.example.org:8080/a", "news.example.org"),
        ("https://www.harbour-daily.example/n/1", "harbour-daily.example"),
        ("not a url", None),
        (None, None),
    ],
)
def test_the_publisher_from_the_urls_host(url: str | None, publisher: str | None) -> None:
    assert publisher_from_url(url) == publisher
