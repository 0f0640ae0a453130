"""The Russian NLP models, loaded once from their installed packages (never downloaded).

- razdel: sentences and tokens;
- natasha: the navec news embeddings and the slovnet news NER model, both shipped inside the
  natasha wheel (``natasha/data/``);
- pymorphy3 with pymorphy3-dicts-ru: lemmas, grammemes and inflection (names to the nominative).

natasha 1.6 (and yargy 0.16, which it pulls in) still name the abandoned pymorphy2 as a dependency,
so pip installs it; natasha's NER never uses it, and we never build a pymorphy2 analyser: the one
morphology used here is pymorphy3's (were yargy rules added, ``yargy.morph.MorphAnalyzer(raw=morph())``
gives them the same one).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer
    from pymorphy3.analyzer import Parse


@dataclass(frozen=True)
class Span:
    """A named entity the NER model found: its kind (PER, ORG, LOC) and character span."""

    type: str
    start: int
    stop: int
    text: str


@cache
def morph() -> MorphAnalyzer:
    """The shared pymorphy3 analyser (about 0.2 s to load; its dictionaries come with the package)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@cache
def _ner() -> Any:
    # The NER model's matrices are small (one article at a time): OpenBLAS's worker threads cost
    # more CPU than they save, about 2.7x the CPU time on two cores, and it reads its thread count
    # once, when numpy loads. Nothing else in kgpart imports numpy; a caller's setting wins.
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


def named_entities(text: str) -> list[Span]:
    """PER, ORG and LOC spans of ``text`` found by natasha's news NER model."""
    if not text.strip():
        return []  # slovnet's decoder fails on a text of no tokens
    markup = _ner()(text)
    out: list[Span] = []
    for span in markup.spans:
        # a name never runs over a line break: "посетил ЕНУ\n\nАстана, 12 марта" is two things
        stop = span.start + len(text[span.start : span.stop].split("\n")[0].rstrip())
        if text[stop - 1 : stop] == "." and text[stop - 2 : stop - 1].islower():
            stop -= 1  # the full stop after "Айгерим Сеитова", not an initial's ("Абдрахманов Б.К.")
        if stop > span.start:
            out.append(Span(span.type, span.start, stop, text[span.start : stop]))
    return out


def sentences(text: str) -> list[tuple[int, int, str]]:
    """The sentences of ``text`` as (start, end, text), split by razdel within each paragraph.

    A blank line always ends a sentence: a headline without a full stop is not one sentence with
    the dateline or the lead under it ("... посетила ТГТУ\n\n12 февраля делегация ...").
    """
    from razdel import sentenize

    out: list[tuple[int, int, str]] = []
    at = 0
    for paragraph in re.split(r"(\n[ \t]*\n)", text):
        if paragraph.strip():
            out.extend((at + s.start, at + s.stop, s.text) for s in sentenize(paragraph))
        at += len(paragraph)
    return out


def tokens(text: str) -> list[tuple[int, int, str]]:
    """The tokens of ``text`` as (start, end, text), split by razdel."""
    from razdel import tokenize

    return [(t.start, t.stop, t.text) for t in tokenize(text)]


@cache
def parses(word: str) -> tuple[Parse, ...]:
    """pymorphy3's analyses of one word, most likely first (remembered: news repeat words)."""
    return tuple(morph().parse(word))


def lemma(word: str) -> str:
    """The dictionary form of a word's likeliest analysis, lower case."""
    found = parses(word)
    return str(found[0].normal_form) if found else word.lower()
