"""A page whose markup the standard HTML parser gives up on still becomes an article: the text
around the broken bit is read, and the command line extracts it with exit 0."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.extract import extract_text
from kgpart.extract.article import html_article

PAGE = (
    "<html><head><title>Envoy at Riverside University | Daily</title></head><body>"
    "<p>The Ambassador of Peru visited Riverside University on Monday.</p>{broken}"
    "<p>The two sides discussed student exchanges.</p></body></html>"
)


@pytest.mark.parametrize("broken", ["<![0", "<![0]>", "<![ 7 x]>", "<![-]>", "text <![9 more"])
def test_a_stray_marked_section_keeps_the_text_around_it(broken: str) -> None:
    body, title, _ = html_article(PAGE.format(broken=broken))
    assert "The Ambassador of Peru visited Riverside University on Monday." in body
    assert "discussed student exchanges" in body
    assert title == "Envoy at Riverside University"


def test_the_bare_fragment_that_stopped_the_parser_is_read_as_text() -> None:
    record = extract_text("<![0", kind="html").to_dict()
    assert record["organizations"] == [] and record["persons"] == []


def test_a_page_with_conditional_comments_is_read_as_before() -> None:
    page = PAGE.format(broken="<!--[if IE]><p>old browser</p><![endif]-->")
    body, _, _ = html_article(page)
    assert "old browser" not in body
    assert "Riverside University" in body


def test_the_command_line_extracts_a_broken_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(broken="<![0]>"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    names = [o["name"] for o in json.loads(result.output)["organizations"]]
    assert "Riverside University" in names
