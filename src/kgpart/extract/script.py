"""Which writing system an article is in, so one kgpart cannot read is named, not misread.

kgpart reads English (Latin letters) and Russian (Cyrillic). Text mostly in another script
(Chinese, Japanese, Korean, Arabic...) is refused with the language named, rather than read as
English with nothing recognisable in it.
"""

from __future__ import annotations

import re

#: Code point ranges of scripts kgpart does not read, and the language (or script) each names.
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("Japanese", "\u3040-\u30ff\u31f0-\u31ff"),  # kana: checked before Han, which Japanese also uses
    ("Korean", "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"),
    ("Chinese", "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff"),
    ("Arabic", "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"),
    ("Hebrew", "\u0590-\u05ff"),
    ("Greek", "\u0370-\u03ff"),
    ("Thai", "\u0e00-\u0e7f"),
    ("Hindi (Devanagari)", "\u0900-\u097f"),
    ("Georgian", "\u10a0-\u10ff"),
    ("Armenian", "\u0530-\u058f"),
)
_SCRIPT_RES = tuple((name, re.compile(f"[{chars}]")) for name, chars in _SCRIPTS)
_READ = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")
#: Persian, Urdu and Pashto write letters Arabic lacks (پ چ ژ گ ک ی ٹ ڈ ں ے).
_PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u06ba\u06d2]")


def foreign_script(text: str) -> str | None:
    """The language of ``text`` when most of its letters are of a script kgpart does not read.

    Examples
    --------
    >>> foreign_script("北京大学校长会见了哈萨克斯坦驻华大使。")
    'Chinese'
    >>> foreign_script("التقى سفير كازاخستان برئيس الجامعة")
    'Arabic'
    >>> foreign_script("The rector of Peking University (北京大学) met the ambassador.") is None
    True
    """
    if text.isascii():
        return None  # the common case, decided without a scan
    read = len(_READ.findall(text))
    counts = [(len(pattern.findall(text)), name) for name, pattern in _SCRIPT_RES]
    count, name = max(counts)
    if count == 0 or count <= read:
        return None
    if name == "Chinese" and any(n == "Japanese" and c for c, n in counts):
        return "Japanese"  # kanji with kana
    if name == "Arabic" and _PERSIAN_LETTERS.search(text):
        return "Persian or Urdu (Arabic script)"
    return name


def describe_script(language: str) -> str:
    """The one line a user reads for an article in ``language``."""
    return f"the text is in {language}; kgpart reads English and Russian articles"
