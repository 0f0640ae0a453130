"""Cyrillic to Latin: readable transliterations of Russian names and a key that spelling variants share.

English news spells the same Russian or Kazakh name several ways (Tuimebaev, Tuimebayev,
Tuymebaev). :func:`latin` gives one readable spelling, close to the one English-language news
of the region use; :func:`sound_key` folds the usual variants together so that a Cyrillic name
and its English spellings compare equal.
"""

from __future__ import annotations

import re

# Close to the BGN/PCGN-style spelling English news use for Russian and Kazakh names.
_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh, Kyrgyz, Uzbek and Tajik Cyrillic letters, as their English spellings write them
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ў": "u", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u", "ҫ": "s",
}  # fmt: skip
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_VOWELS = "aeiouy"


def _word(word: str) -> str:
    out = []
    lower = word.lower()
    shout = len(word) > 1 and word.isupper()  # МГУ -> MGU, but КазНУ -> KazNU and Ж. -> Zh.
    for i, ch in enumerate(lower):
        latin = _LETTERS.get(ch, ch)
        # "Жансеит": an initial е and е after a vowel are spoken ye (Yerzhan, Valiyev is rarer)
        if ch == "е" and (i == 0 or (i > 0 and lower[i - 1] in "аеёиоуыэюяъь")):
            latin = "ye"
        if ch == "й" and i > 0 and lower[i - 1] in "иы" and i == len(lower) - 1:
            latin = "y"  # Vitaliy, Yuriy
        if word[i].isupper():
            latin = latin.upper() if shout else latin.capitalize()
        out.append(latin)
    return "".join(out)


def latin(text: str) -> str:
    """Transliterate the Cyrillic words of ``text`` into Latin letters; other text is kept.

    >>> latin("Жансеит Туймебаев")
    'Zhanseit Tuymebayev'
    >>> latin("Ж.К. Туймебаев, КазНУ")
    'Zh.K. Tuymebayev, KazNU'
    """
    return _CYRILLIC.sub(lambda m: _word(m.group(0)), text)


def sound_key(text: str) -> str:
    """A lower-case key shared by the usual spellings of one name (Cyrillic or Latin).

    >>> sound_key("Туймебаев") == sound_key("Tuimebaev") == sound_key("Tuimebayev")
    True
    >>> sound_key("Гараев") == sound_key("Garayev") == sound_key("Garaev")
    True
    """
    key = latin(text).lower()
    key = re.sub(r"[^a-z0-9 ]+", " ", key)
    key = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "", key)  # Garayev / Garaev
    key = re.sub(r"(?<=[aeiou])y(?![aeiou])", "i", key)  # Tuymebaev / Tuimebaev
    key = re.sub(r"\bye", "e", key)  # Yerzhan / Erzhan
    key = re.sub(r"iy\b|yi\b|ii\b|y\b", "i", key)  # Vitaliy / Vitalii / Vitaly / Vitali
    key = key.replace("kh", "h").replace("dzh", "j").replace("j", "zh")
    key = re.sub(r"(.)\1+", r"\1", key)  # doubled letters: Kassym / Kasym
    return " ".join(key.split())
