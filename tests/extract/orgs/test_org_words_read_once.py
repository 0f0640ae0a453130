"""Speed (session 21): what find_orgs and find_all_orgs read of a word or a sentence, computed once.

- orgs._left_ok keeps its answer by the word's text (``_left_ok_word`` reads only the word: its core and capital);
- orgs._extend_right takes its links from ``_LINKS_AFTER_HEAD`` (the unions made once, not at every name);
- entities._title_case stops at the first long lower-case word of running text;
- find_orgs writes the name up to its head's complement once (it is the name, or the short one of a name "named after").
The names found stay the same: own sentences with variants below.
"""

from __future__ import annotations

import pytest

from kgpart.extract import entities, orgs
from kgpart.extract.orgs import find_orgs
from kgpart.extract.tokens import tokenize

WORDS = "Kazakh National University the of State Science Professor Rector Emeritus al-Farabi I The and Partner Visits"


def test_left_ok_is_the_word_answer_asked_twice() -> None:
    for tok in tokenize(WORDS * 2):
        assert orgs._left_ok(tok) == orgs._left_ok_word(tok)
        assert orgs._LEFT_OK[tok.text] == orgs._left_ok_word(tok)


def test_links_after_head_are_the_unions() -> None:
    right, embassy, foreign = orgs._RIGHT_LINKS, orgs._EMBASSY_LINKS, orgs._FOREIGN_LINKS
    assert orgs._LINKS_AFTER_HEAD[False, False] == right
    assert orgs._LINKS_AFTER_HEAD[True, False] == right | embassy
    assert orgs._LINKS_AFTER_HEAD[False, True] == right | foreign
    assert orgs._LINKS_AFTER_HEAD[True, True] == right | embassy | foreign
    assert orgs._ARTICLES_OF_FOREIGN_NAMES == orgs._ARTICLES | orgs._FOREIGN_ARTICLES


def _old_title_case(sentence: str) -> bool:
    words = [t for t in tokenize(sentence) if t.text[:1].isalpha()]
    if len(words) < 4 or any(t.text[:1].islower() and len(t.text) > 3 for t in words):
        return False
    return any(t.text in entities._FUNCTION_WORDS for t in words[1:]) or all(t.cap for t in words)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ambassador Visits Kyrgyz National University",
        "Rector Of Abai University Meets Students",
        "Ambassador visits Kyrgyz National University",
        "The rector met students of Abai University in Almaty.",
        "Abai University And Partners",
        "New MoU",
        "Rector of KazNU and Dean of the Faculty",
        "Ministry Of Science Signs Deal With Oxford",
        "",
    ],
)
def test_title_case_as_before(sentence: str) -> None:
    assert entities._title_case(tokenize(sentence)) == _old_title_case(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Embassy of Japan in Kazakhstan hosted the event.", "Embassy of Japan in Kazakhstan"),
        ("She studied at the Universidad de los Andes in Bogota.", "Universidad de los Andes"),
        (
            "Students of Al-Farabi Kazakh National University took part.",
            "Al-Farabi Kazakh National University",
        ),
        (
            "The Ministry of Science and Higher Education signed it.",
            "Ministry of Science and Higher Education",
        ),
    ],
)
def test_names_found_as_before(sentence: str, name: str) -> None:
    assert name in [m.name for m in find_orgs(sentence, tokenize(sentence))]


@pytest.mark.parametrize(
    ("sentence", "name", "short"),
    [
        (
            "Students of Kazakh National University named after Al-Farabi took part.",
            "Kazakh National University named after Al-Farabi",
            "Kazakh National University",
        ),
        (
            "He studied at the Tashkent State University named after A. Navoi in 1990.",
            "Tashkent State University named after A. Navoi",
            "Tashkent State University",
        ),
        (
            "The Kyrgyz National University. J. Balasagyn hosted it.",
            "Kyrgyz National University",
            "Kyrgyz National University. J. Balasagyn",
        ),
        ("The Kyrgyz National University hosted it.", "Kyrgyz National University", None),
    ],
)
def test_name_as_written_made_once(sentence: str, name: str, short: str | None) -> None:
    """find_orgs writes the name up to its head's complement once: it is the name, or the short name of one named
    after a person (the whole then its name; "University. J. Balasagyn": the short name leads)."""
    found = [(m.name, m.short) for m in find_orgs(sentence, tokenize(sentence))]
    assert found == [(name, short)]
