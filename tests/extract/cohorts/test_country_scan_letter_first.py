"""countries._country_scan: country_regex written letter first for the whole-text scan of _find_countries (speed)."""

from __future__ import annotations

import re

import pytest

from kgpart.extract import countries
from kgpart.extract.countries import _country_scan, country_regex, find_countries

SENTENCES = [
    "Students from Kazakhstan and the Republic of Korea study in France.",
    "The Republic of the Congo and Republic of Korea signed; the State of Palestine joined.",
    "France's universities, Germany's colleges and the Netherlands’s schools.",
    "A Germany-based firm, pre-France talks, a French-German course and Anti-Italy slogans.",
    "Kazakh, Uzbek and Turkish students; KAZAKHSTAN and UK and US partners.",
    "Italy",
    "xItaly Italyx the  Netherlands the\nNetherlands theNetherlands",
    "Åland? the Czech Republic, Czechia, Côte d'Ivoire and Türkiye.",
    "the united states, The United States and the United States of America",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("form", [str, str.upper, str.title, str.lower])
def test_the_same_matches_as_country_regex(text: str, form) -> None:
    t = form(text)
    old = country_regex()
    new = _country_scan()
    assert [(m.span(), m.group(0)) for m in new.finditer(t)] == [
        (m.span(), m.group(0)) for m in old.finditer(t)
    ]
    for i in range(len(t)):
        x, y = new.search(t, i), old.search(t, i)
        assert (x and x.span()) == (y and y.span())


def test_long_text_is_scanned_with_the_letter_first_pattern() -> None:
    text = " ".join(SENTENCES * 8)
    assert len(text) > 300
    found = find_countries(text)
    assert ("Kazakhstan", text.index("Kazakhstan"), text.index("Kazakhstan") + 10, "Kazakhstan") in found
    old = [m.span() for m in country_regex().finditer(text)]
    assert [(s, e) for _, s, e, _ in found] == [
        (s, s + len(re.sub(r"(?:'s|’s)$", "", text[s:e])))
        for s, e in old
        if countries.country_of(re.sub(r"^the\s+", "", re.sub(r"(?:'s|’s)$", "", text[s:e])))
    ]


def test_every_name_opens_with_a_capital_or_the() -> None:
    """What lets _country_scan drop country_regex's look-ahead (?=[^\\W\\d_a-z]|the\\s)."""
    names = set(countries.country_names()) | set(countries._DEMONYMS)
    for name in names:
        if len(name) > 2 or name.isupper():
            assert re.match(r"[^\W\d_a-z]|the\s", name), name


def test_the_scan_opens_with_a_letter() -> None:
    """Each alternative opens with a letter (sre skips to them), none with the look-behind."""
    pattern = _country_scan().pattern
    assert pattern.startswith("(?:t(?<![\\w-]t)he\\s+")
    assert not pattern.startswith("(?<!")
