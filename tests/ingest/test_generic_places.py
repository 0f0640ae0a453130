"""A cohort at a country's universities in general, or in a country the press names its own way, is
in that country: no organisation is made of "universities of China" or "Turkey" (issue #11 item 4).

The extractor writes a cohort's place as the text does ("Kyrgyz medical universities", "the UK");
`kgpart add` must resolve those to the country, as it did for "Kazakhstani universities".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kgpart.cli.app import cli
from kgpart.resolve import iso_code
from kgpart.store.graph import KnowledgeGraph

URL = "https://news.example.org/students-abroad"
COUNTRY = "https://w3id.org/kgpart/id/country/"


def _record(place: str) -> dict[str, Any]:
    return {
        "source": {"url": URL, "published": "2025-03-04", "title": "Students abroad"},
        "persons": [],
        "organizations": [],
        "meetings": [],
        "partnerships": [],
        "programmes": [],
        "cohorts": [{"count": 40, "who": "students from Ghana", "at": place, "from_country": "Ghana"}],
        "topics": [],
    }


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("Kazakhstani universities", "KZ"),
        ("Kyrgyz medical universities", "KG"),
        ("Russian higher educational institutions", "RU"),
        ("Chinese institutions of higher learning", "CN"),
        ("universities of China", "CN"),
        ("the universities of Kazakhstan", "KZ"),
        ("higher education institutions of Russia", "RU"),
        ("various universities in Poland", "PL"),
        ("12 universities across Turkey", "TR"),
        ("partner universities in Hungary", "HU"),
        ("Turkey", "TR"),
        ("Russia", "RU"),
        ("the UK", "GB"),
        ("Korea", "KR"),
        ("the Netherlands", "NL"),
    ],
)
def test_a_cohort_at_a_generic_place_is_in_its_country(
    place: str, code: str, tiny_dir: Path, tmp_path: Path, runner: CliRunner
) -> None:
    path = tmp_path / "record.json"
    path.write_text(json.dumps(_record(place)))
    done = runner.invoke(cli, ["add", str(path), "--graph", str(tiny_dir)])
    assert done.exit_code == 0, done.output
    kg = KnowledgeGraph.open(tiny_dir)
    ours = f"?c a kgp:StudentCohort ; kgp:fromCountry <{COUNTRY}GH>"  # the tiny graph has no Ghanaians
    rows = kg.select(f"SELECT ?where WHERE {{ {ours} ; kgp:inCountry ?where }}")
    assert [r["where"].value for r in rows] == [COUNTRY + code]
    assert not kg.select(f"SELECT ?c WHERE {{ {ours} ; kgp:at ?org }}")
    names = {
        r["n"].value.casefold()
        for r in kg.select("SELECT ?n WHERE { ?o a kgp:Organization ; rdfs:label ?n }")
    }
    assert place.casefold() not in names


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russia", "RU"),
        ("Turkey", "TR"),
        ("the UK", "GB"),
        ("Brunei", "BN"),
        ("DR Congo", "CD"),
        ("Kazakh", "KZ"),
    ],
)
def test_the_press_names_of_countries_have_their_codes(name: str, code: str) -> None:
    assert iso_code(name) == code


@pytest.mark.parametrize("word", ["The", "Then", "Harbour University", ""])
def test_words_that_are_no_country_have_no_code(word: str) -> None:
    assert iso_code(word) is None
