"""The gazetteer's keyword index (session 20, speed): one reading of each sentence's runs of letters gives the same
sentences per keyword as a search of the text per keyword."""

from __future__ import annotations

import pytest

from kgpart.extract.doc import Doc
from kgpart.extract.topics import gazetteer

TEXTS = [
    "The parties discussed academic mobility, joint research and PhD co-supervision.\n\n"
    "Cooperation in biotechnology and digitalisation will grow. Co-tutelle theses and double-degree programmes too.",
    "Student exchanges, staff exchange and the exchange of teachers.\nSummer schools on climate change.",
    # keywords inside longer words, beside digits, hyphens, apostrophes and letters outside a-z
    "Éducation2030 and educational-cooperation; ‘scholarships’ for researchers’ mobilityé. Anniversaryreforms.",
    "  Leading spaces before the first sentence: vocational training.  Then knowledge transfer.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_keyword_index_agrees_with_a_search_per_keyword(text: str) -> None:
    """Every keyword holds in the same sentences either way (an absent keyword: none)."""
    doc = Doc.read(text, None)
    lower = text.lower()
    index = gazetteer._keyword_sentences(doc, lower)
    if not doc.sentences:
        assert index is None
        return
    assert index is not None
    for word in gazetteer._ALL_KEYWORDS:
        assert index.get(word, set()) == gazetteer._sentences_holding(doc, lower, word), word


def test_a_sentence_starting_inside_a_word_falls_back() -> None:
    """A sentence that begins inside a run of letters (a start moved by hand here): the index gives way to the search."""
    doc = Doc.read("Academic mobility. Joint research.", None)
    doc.starts = [0, 3]
    doc.sentences = doc.sentences[:2]
    assert gazetteer._keyword_sentences(doc, doc.text.lower()) is None


def test_the_keywords_are_letters_a_to_z() -> None:
    """The index reads runs of a-z: a keyword of other characters would never be found in one."""
    assert gazetteer._ALL_KEYWORDS
    assert all(word.isascii() and word.isalpha() and word.islower() for word in gazetteer._ALL_KEYWORDS)
