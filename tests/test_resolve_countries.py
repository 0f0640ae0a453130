"""Every country is a country (#12 item 7): all of ISO 3166-1 in the reference data, any filter works."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.network.views import network_view
from kgpart.render.timeline import resolve_country
from kgpart.store.folder import shipped_graph_dir
from kgpart.store.graph import KnowledgeGraph


def test_the_reference_data_holds_every_iso_country(shipped: KnowledgeGraph) -> None:
    rows = shipped.select("SELECT ?code WHERE { GRAPH ?g { ?c a kgp:Country ; kgp:isoCode ?code } }")
    assert {row["code"].value for row in rows} == {c.alpha_2 for c in pycountry.countries}


@pytest.mark.parametrize(
    ("name", "iri"),
    [
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("South Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("Iran", "IR"),
        ("the UAE", "AE"),
        ("UAE", "AE"),
        ("USA", "US"),
        ("United States", "US"),
        ("PL", "PL"),
        ("Россия", "RU"),
    ],
)
def test_common_names_name_their_country(shipped: KnowledgeGraph, name: str, iri: str) -> None:
    assert resolve_country(shipped, name.removeprefix("the "))[0].endswith(f"/country/{iri}")


def test_the_network_page_does_not_fill_with_countries_nothing_is_in(shipped: KnowledgeGraph) -> None:
    countries = {n.label for n in network_view(shipped).nodes if n.kind == "Country"}
    assert countries == {"Kazakhstan", "Belgium"}


def test_a_country_with_no_facts_is_an_empty_timeline_that_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "timeline",
            "--country",
            "Russia",
            "-o",
            str(tmp_path / "t.html"),
            "--graph",
            str(shipped_graph_dir()),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    assert "no meetings or partnerships of Russia" in result.stderr
    assert (tmp_path / "t.html").is_file()


def test_a_country_with_no_facts_is_an_empty_view(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["viz", "--country", "Iran", "-o", str(tmp_path / "n.html"), "--graph", str(shipped_graph_dir())],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr


def test_a_graph_of_ones_own_knows_every_country_too(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(tmp_path / "mine")]).exit_code == 0
    for command in (["timeline", "-o", str(tmp_path / "t.html")], ["viz", "-o", str(tmp_path / "n.html")]):
        result = runner.invoke(cli, [*command, "--country", "Türkiye", "--graph", str(tmp_path / "mine")])
        assert result.exit_code == 0, result.stderr
