"""Which language an article is written in: its script and its commonest words are enough.

Russian against English is a question of script. The harder cases are the ones we must refuse
with a clear reason rather than read badly: Kazakh (Cyrillic with letters Russian lacks),
a Russian/Kazakh mixture, and Russian text damaged by a wrong decoding (mojibake).
"""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["en", "ru", "kk", "ru+kk", "mojibake", "unknown"]
SUPPORTED = ("en", "ru")

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_RU_WORDS = _words(
    "и в на с по о что как это для из от не за к у же также был была были было которые который "
    "его ее их при между году года сегодня встречи время"
)
_KK_WORDS = _words(
    "және мен бойынша үшін жылы болып арасындағы туралы бұл осы деп бір оның олар кезінде сондай-ақ "
    "университеті қазақстан жоғары білім"
)
# UTF-8 Cyrillic decoded as cp1251 ("РџСЂРё") or as Latin-1 ("ÐŸÑ\x80Ð¸"): the lead bytes
# 0xD0/0xD1 show up as "Р"/"С" or "Ð"/"Ñ" before nearly every letter.
_MOJIBAKE = re.compile(r"[РС][\u0400-\u045f\u2018-\u203a\u00a0-\u00bf]|[ÐÑ][\u0080-\u00ff]")


def detect_language(text: str) -> Language:
    """The language of an article: "en", "ru", or a reason it cannot be read.

    Examples
    --------
    >>> detect_language("Ректор университета встретился с послом Бельгии в среду.")
    'ru'
    >>> detect_language("The rector met the ambassador of Belgium on Wednesday.")
    'en'
    >>> detect_language("Университет және қала әкімдігі арасындағы келісім бойынша жұмыс басталды.")
    'kk'
    """
    letters = _CYRILLIC.findall(text)
    latin = len(_LATIN.findall(text))
    if _looks_mojibake(text):
        return "mojibake"
    if len(letters) < max(20, latin):
        return "en" if latin else "unknown"
    kazakh = [_is_kazakh(sentence) for sentence in _SENTENCE.split(text) if _CYRILLIC.search(sentence)]
    share = sum(kazakh) / len(kazakh) if kazakh else 0.0
    if share >= 0.8:
        return "kk"
    # one Kazakh name or quotation in a Russian article does not make it a mixed one
    return "ru+kk" if share > 0.2 and sum(kazakh) >= 2 else "ru"


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def _is_kazakh(sentence: str) -> bool:
    words = [w.lower() for w in _WORD.findall(sentence)]
    kk = sum(w in _KK_WORDS for w in words) + len(_KAZAKH_LETTERS.findall(sentence)) / 2
    return kk >= 2 and kk > sum(w in _RU_WORDS for w in words)


def _looks_mojibake(text: str) -> bool:
    sample = text[:20000]
    hits = len(_MOJIBAKE.findall(sample))
    return hits >= 10 and hits * 4 >= len(_CYRILLIC.findall(sample)) - hits


def describe(language: str) -> str:
    """What a user should read when an article's language is not one kgpart reads."""
    return {
        "kk": "the text is in Kazakh; kgpart reads English and Russian (--lang en|ru)",
        "ru+kk": "the text mixes Russian and Kazakh; kgpart reads English and Russian articles, "
        "not mixed ones (split it, or force one with --lang ru)",
        "mojibake": "the text is garbled Cyrillic (UTF-8 decoded as cp1251 or Latin-1, e.g. 'РџСЂРё'); "
        "re-save it as UTF-8",
        "unknown": "no English or Russian text found; kgpart reads English and Russian (--lang en|ru)",
    }.get(language, f"language {language!r} is not supported; kgpart reads English and Russian")
