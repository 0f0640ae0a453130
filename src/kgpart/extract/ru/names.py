"""Russian names as a record gives them: in the nominative, whatever case the sentence used.

"с ректором Казахского национального университета" names "Казахский национальный
университет"; "встретился с Вилаятом Валиевым" names "Вилаят Валиев". Only the words up to the
head noun change; what follows it ("Узбекистана", "им. аль-Фараби", "в Ташкенте") is a dependent
whose case the name itself fixes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from kgpart.extract.ru.nlp import parses

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse

_NAME_TAGS = {"Name", "Surn", "Patr"}
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_WORD = re.compile(r"[^\s]+")


def _cases(word: str, *, person: bool) -> set[str]:
    """The cases a word can be in (for a person, only in its name-like or unknown readings)."""
    found = set()
    for p in parses(word):
        if person and not (_NAME_TAGS & p.tag.grammemes or "NOUN" in p.tag.grammemes):
            continue
        if "plur" in p.tag.grammemes and (person or "Pltm" not in p.tag.grammemes):
            # "Министерства", "Абенов": one institution or one person, so singular, not plural
            # (a surname's "plural only" reading too: "Туймебаевым" is one man, not datv plural)
            continue
        found |= {c for c in _CASES if c in p.tag.grammemes}
    return found


def _shared_case(words: list[str], *, person: bool) -> str | None:
    shared: set[str] | None = None
    for word in words:
        cases = _cases(word, person=person)
        if cases:
            shared = cases if shared is None else shared & cases
    if not shared:
        return None
    return "nomn" if "nomn" in shared else next(c for c in _CASES if c in shared)


def _keep_case(original: str, new: str) -> str:
    if original.isupper() and len(original) > 1:
        return new.upper()
    if original[:1].isupper():
        # "аль-Фараби": keep the case of each hyphenated part
        parts, olds = new.split("-"), original.split("-")
        if len(parts) == len(olds):
            return "-".join(
                p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, olds, strict=True)
            )
        return new[:1].upper() + new[1:]
    return new


def _inflect(word: str, case: str, wanted: Iterable[str], *, gender: str | None = None) -> str:
    """``word`` read in ``case`` and turned into the nominative; ``word`` itself if that fails."""
    fitting = [
        p
        for p in parses(word)
        if case in p.tag.grammemes and (set(wanted) & p.tag.grammemes) and "plur" not in p.tag.grammemes
    ]
    if gender:
        fitting = sorted(fitting, key=lambda p: gender not in p.tag.grammemes)
    for parse in fitting:
        if "Fixd" in parse.tag.grammemes:
            return word
        number = "plur" if "plur" in parse.tag.grammemes and "Pltm" not in parse.tag.grammemes else "sing"
        target = {"nomn", number}
        form = _nominative(parse, target)
        if form:
            return _keep_case(word, form)
    return word


def _nominative(parse: Parse, target: set[str]) -> str | None:
    inflected = parse.inflect(target)
    return str(inflected.word) if inflected is not None else None


def _is_abbreviation(word: str) -> bool:
    # "Кыргызско-Российского": two capitals, one per part, is no abbreviation
    return any(sum(ch.isupper() for ch in part) >= 2 for part in word.split("-")) or word.endswith(".")


@lru_cache(maxsize=1 << 14)  # names and phrases repeat within and across articles
def person_nominative(name: str) -> str:
    """A person's name in the nominative: "Вилаятом Валиевым" -> "Вилаят Валиев".

    >>> person_nominative("Ивану Петровичу Сидорову")
    'Иван Петрович Сидоров'
    >>> person_nominative("Анной Ивановой")
    'Анна Иванова'
    """
    words = name.split()
    # "ван", "де", "аль": particles of foreign names do not decline
    plain = [w for w in words if not _is_abbreviation(w) and w[:1].isupper()]
    case = _shared_case(plain, person=True)
    if case in (None, "nomn"):
        return name
    gender = _gender(plain)
    out = [w if w not in plain else _inflect(w, case, _NAME_TAGS | {"NOUN"}, gender=gender) for w in words]
    return " ".join(out)


def _gender(words: list[str]) -> str | None:
    for word in words:
        for p in parses(word):
            if "Name" in p.tag.grammemes:
                return "femn" if "femn" in p.tag.grammemes else "masc"
    return None


def head_index(words: list[str]) -> int | None:
    """Index of the head noun: the first noun after the leading adjectives.

    A word that reads both ways ("Томском": the city or the adjective) is an adjective when a noun
    or another adjective follows it.
    """
    words = [w[1:-1] if w.startswith("(") and w.endswith(")") else w for w in words]  # "(Славянский)"
    for i, word in enumerate(words):
        if _is_abbreviation(word) or not re.match(r"[А-Яа-яЁё]", word):
            return None
        kinds = {p.tag.POS for p in parses(word)}
        adjective = bool({"ADJF", "PRTF"} & kinds)
        if adjective and i + 1 < len(words) and {"NOUN", "ADJF"} & {p.tag.POS for p in parses(words[i + 1])}:
            continue
        if "NOUN" in kinds:
            return i
        if not adjective:
            return None
    return None


@lru_cache(maxsize=1 << 14)  # names and phrases repeat within and across articles
def org_nominative(name: str) -> str:
    """An organisation's name in the nominative; dependents after the head noun stay as written.

    >>> org_nominative("Казахского национального университета им. аль-Фараби")
    'Казахский национальный университет им. аль-Фараби'
    >>> org_nominative("Ургенчским государственным университетом")
    'Ургенчский государственный университет'
    >>> org_nominative("Министерства иностранных дел Казахстана")
    'Министерство иностранных дел Казахстана'
    """
    words = name.split()
    head = head_index(words)
    if head is None:
        return name
    case = _shared_case([w.strip("()") for w in words[: head + 1]], person=False)
    if case in (None, "nomn"):
        return name
    noun = _inflect(words[head], case, {"NOUN"})
    gender = next(
        (
            g
            for p in parses(noun)
            if "nomn" in p.tag.grammemes
            for g in ("masc", "femn", "neut")
            if g in p.tag
        ),
        None,
    )
    number = "plur" if any("plur" in p.tag and case in p.tag for p in parses(words[head])[:1]) else "sing"
    adjectives = [_adjective(w, case, gender, number) for w in words[:head]]
    return " ".join([*adjectives, noun, *words[head + 1 :]])


def _adjective(word: str, case: str, gender: str | None, number: str) -> str:
    if word.startswith("(") and word.endswith(")"):
        return f"({_adjective(word[1:-1], case, gender, number)})"
    first, hyphen, last = word.rpartition("-")
    if hyphen and first and last[:1].isalpha():  # "Кыргызско-Российского": the last part declines
        return f"{first}-{_adjective(last, case, gender, number)}"
    for parse in parses(word):
        if parse.tag.POS in ("ADJF", "PRTF") and case in parse.tag:
            target = {"nomn", number} | ({gender} if gender and number == "sing" else set())
            form = _nominative(parse, target)
            if form and "Supr" in parse.tag and not form.startswith(_ADJECTIVE_END.sub("", word.lower())):
                # pymorphy3 reads "Высшей" as a superlative of "высокий" ("высочайшая"): the word's own
                # stem with a nominative ending instead
                form = _regular_nominative(word.lower(), gender, number)
            if form:
                return _keep_case(word, form)
    return word


_ADJECTIVE_END = re.compile(r"(?:ого|его|ому|ему|ой|ей|ую|юю|ыми|ими|ых|их|ым|им|ом|ем)$")


def _regular_nominative(word: str, gender: str | None, number: str) -> str | None:
    """An oblique adjective ("высшей", "высшего", "высших") in the nominative by its ending alone."""
    stem = _ADJECTIVE_END.sub("", word)
    if stem == word:
        return None
    soft = stem.endswith(tuple("гкхжшщч"))
    if number == "plur":
        return stem + ("ие" if soft else "ые")
    if gender == "femn":
        return stem + "ая"
    if gender == "neut":
        return stem + ("ее" if stem.endswith(tuple("жшщч")) else "ое")
    return stem + ("ий" if soft else "ый")
