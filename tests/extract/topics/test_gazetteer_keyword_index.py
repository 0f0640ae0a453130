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


GRANT_TEXTS = [
    "The students won the Stipendium Hungaricum programme. Under the Erasmus+ programme, 12 go to Riga.",
    "Offers Chevening scholarships and the Bolashak international scholarship; the 1,200 Fulbright fellowships.\n"
    "the\nDAAD Study programme (new), the Mevlana Exchange programme's first year.",
    "It provided Global Korea scholarships, awarded 30 Vanier fellowships. No kind here",
    "a Master programme, the University programs, through Campus France programmes",
    "Nothing to read at all.",
    "programme. the X programme",
]


@pytest.mark.parametrize("text", GRANT_TEXTS)
def test_grant_stretches_hold_every_match_of_the_whole_text(text: str) -> None:
    """The matches of _TITLED_GRANT over the stretches are those of one scan of the whole text, in order."""
    pattern = gazetteer._TITLED_GRANT
    whole = [(m.span(), m["name"], m["kind"]) for m in pattern.finditer(text)]
    stretched = [
        (m.span(), m["name"], m["kind"])
        for begin, end in gazetteer._grant_stretches(text)
        for m in pattern.finditer(text, begin, end)
    ]
    assert stretched == whole
