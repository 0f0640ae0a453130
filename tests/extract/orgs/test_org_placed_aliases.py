"""A centre, institute or foundation the text writes with its place after "in" ("the Korean Education
Centre in Kazakhstan", "the Japan Center in the United States"; the city form some had already) carries
that form as an alias; a region or a phrase after "in" is no place of it."""

from __future__ import annotations

import pytest

from kgpart.extract import extract_text


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "The Korean Education Centre in Kazakhstan organised the fair with Nazarbayev University.",
            "Korean Education Centre",
            "Korean Education Centre in Kazakhstan",
        ),
        (
            "The Turkish Maarif Foundation in Kazakhstan signed an agreement with Ghent University.",
            "Turkish Maarif Foundation",
            "Turkish Maarif Foundation in Kazakhstan",
        ),
        (
            "Ghent University signed an agreement with the Japan Center in the United States.",
            "Japan Center",
            "Japan Center in the United States",
        ),
    ],
)
def test_a_centre_named_with_its_place_has_that_alias(text: str, name: str, alias: str) -> None:
    orgs = {o.name: o for o in extract_text(text).organizations}
    assert name in orgs, list(orgs)
    assert alias in orgs[name].aliases, orgs[name].aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Japan Center in Almaty Region met the delegation of Ghent University.", "Japan Center"),
        ("The Confucius Institute in cooperation with Ghent University held a fair.", "Confucius Institute"),
    ],
)
def test_no_place_no_alias(text: str, name: str) -> None:
    orgs = {o.name: o for o in extract_text(text).organizations}
    assert name in orgs, list(orgs)
    assert not any(" in " in a for a in orgs[name].aliases), orgs[name].aliases
