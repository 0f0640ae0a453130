"""The English name of a Russian institution name, so one institution is one entity in both languages.

English news name a Russian-named institution word for word in English order: the eponym first,
then the adjectives, the head noun, and what follows it with "of" ("Казахский национальный
университет им. аль-Фараби" is "Al-Farabi Kazakh National University", "Министерство
иностранных дел Казахстана" is "Ministry of Foreign Affairs of Kazakhstan"). A small bilingual
lexicon of the genre's institution words does that; proper names (cities, eponyms) are
transliterated and countries take their English names. A name holding a common word the lexicon
lacks gets no English name rather than a half-translated one: the result is only ever used as an
exact alias, never for a looser match.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgpart.extract.ru.lexicon import city_by_lemma, country_by_lemma
from kgpart.extract.ru.names import head_index
from kgpart.extract.ru.nlp import lemma, parses
from kgpart.translit import latin

#: Head nouns and common words of institution names (lemmas or, for irregular forms, the word).
WORDS = {
    "университет": "University",
    "академия": "Academy",
    "институт": "Institute",
    "консерватория": "Conservatory",
    "колледж": "College",
    "школа": "School",
    "лицей": "Lyceum",
    "центр": "Centre",
    "посольство": "Embassy",
    "консульство": "Consulate",
    "генконсульство": "Consulate General",
    "министерство": "Ministry",
    "правительство": "Government",
    "агентство": "Agency",
    "комитет": "Committee",
    "фонд": "Foundation",
    "ассоциация": "Association",
    "факультет": "Faculty",
    "кафедра": "Department",
    "представительство": "Representative Office",
    "филиал": "Branch",
    "национальный": "National",
    "государственный": "State",
    "федеральный": "Federal",
    "исследовательский": "Research",
    "научный": "Research",
    "технический": "Technical",
    "технологический": "Technological",
    "политехнический": "Polytechnic",
    "педагогический": "Pedagogical",
    "медицинский": "Medical",
    "аграрный": "Agrarian",
    "сельскохозяйственный": "Agricultural",
    "экономический": "Economic",
    "юридический": "Law",
    "лингвистический": "Linguistic",
    "гуманитарный": "Humanities",
    "международный": "International",
    "открытый": "Open",
    "архитектурно-строительный": "Architecture and Construction",
    "строительный": "Construction",
    "транспортный": "Transport",
    "нефтяной": "Oil",
    "горный": "Mining",
    "инженерный": "Engineering",
    "индустриальный": "Industrial",
    "языковой": "Language",
    "евразийский": "Eurasian",
    "славянский": "Slavic",
    "наука": "Science",
    "культура": "Culture",
    "образование": "Education",
    "просвещение": "Education",
    "высший": "Higher",
    "высшего": "Higher",
    "высшее": "Higher",
    "иностранный": "Foreign",
    "дело": "Affairs",
    "здравоохранение": "Health",
    "экономика": "Economy",
    "иностранный язык": "Foreign Languages",
    "мировой": "World",
    "язык": "Languages",
    "и": "and",
    "в": "in",
    "при": "under",
    "генеральный": "General",
    "чрезвычайный": "Extraordinary",
    "полномочный": "Plenipotentiary",
}

#: Country adjectives as English uses them before a noun ("Kazakh National University").
DEMONYMS = {
    "казахский": "Kazakh",
    "казахстанский": "Kazakhstan",
    "российский": "Russian",
    "русский": "Russian",
    "узбекский": "Uzbek",
    "кыргызский": "Kyrgyz",
    "киргизский": "Kyrgyz",
    "кыргызско-российский": "Kyrgyz-Russian",
    "таджикский": "Tajik",
    "туркменский": "Turkmen",
    "азербайджанский": "Azerbaijan",
    "армянский": "Armenian",
    "грузинский": "Georgian",
    "белорусский": "Belarusian",
    "украинский": "Ukrainian",
    "китайский": "Chinese",
    "турецкий": "Turkish",
    "японский": "Japanese",
    "корейский": "Korean",
    "немецкий": "German",
    "французский": "French",
    "британский": "British",
    "американский": "American",
    "московский": "Moscow",
    "петербургский": "Petersburg",
    "санкт-петербургский": "Saint Petersburg",
}

_STATES = {"республика": "Republic", "королевство": "Kingdom", "федерация": "Federation"}
_EPONYM = re.compile(r"\s+(?:им\.|имени)\s*(.+)$")
_INITIAL = re.compile(r"^(?:[А-ЯЁ]\.)+$")
_ABBREVIATION = re.compile(r"^[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ][А-ЯЁа-яё]*$")


@lru_cache(maxsize=1 << 14)  # names and phrases repeat within and across articles
def english_name(name: str) -> str | None:
    """The English name of a Russian institution name in the nominative, or ``None``.

    >>> english_name("Казахский национальный университет им. аль-Фараби")
    'Al-Farabi Kazakh National University'
    >>> english_name("Министерство иностранных дел Казахстана")
    'Ministry of Foreign Affairs of Kazakhstan'
    >>> english_name("Ургенчский государственный университет")
    'Urgench State University'
    >>> english_name("Российский центр науки и культуры в Ташкенте")
    'Russian Centre of Science and Culture in Tashkent'
    """
    eponym = _EPONYM.search(name)
    body = name[: eponym.start()] if eponym else name
    words = body.replace("«", " ").replace("»", " ").split()
    head = head_index(words)
    if head is None:
        return None
    front = [_adjective(w) for w in words[:head]]
    noun = _word(words[head])
    tail = _dependents(words[head + 1 :])
    if noun is None or tail is None or any(w is None for w in front):
        return None
    parts = [w for w in front if w]
    if noun == "Consulate" and "General" in parts:  # Генеральное консульство: Consulate General
        parts.remove("General")
        noun = "Consulate General"
    if eponym:
        named = _eponym(eponym.group(1))
        if named is None:
            return None
        parts.insert(0, named)
    english = " ".join([*parts, noun, *tail])
    return english[:1].upper() + english[1:]


def _word(word: str) -> str | None:
    low = word.lower()
    return WORDS.get(low) or WORDS.get(lemma(word))


def _in_number(english: str, word: str) -> str:
    """ "университетов" -> "Universities": a plural noun's English word in the plural."""
    first = parses(word)[:1]
    if not first or first[0].tag.POS != "NOUN" or "plur" not in first[0].tag or english.endswith("s"):
        return english  # "дел": "Affairs" is plural already
    if english.endswith("y") and english[-2:-1] not in "aeiou":
        return english[:-1] + "ies"
    return english + ("es" if english.endswith(("sh", "ch", "x")) else "s")


def _adjective(word: str) -> str | None:
    """An adjective before the head noun: a genre word, a country's, or a city's."""
    base = lemma(word)
    found = WORDS.get(base) or DEMONYMS.get(base) or WORDS.get(word.lower())
    if found:
        return found
    return _city_of_adjective(base) if word[:1].isupper() else None


def _city_of_adjective(adjective: str) -> str | None:
    """ "Ургенчский" -> "Urgench", "Омский" -> "Omsk", "Казанский" -> "Kazan"."""
    if not adjective.endswith("ский"):
        return None
    stem = adjective[:-4]
    for city in (adjective[:-2], stem + "ь", stem + "а", stem):
        if city_by_lemma(city):
            return latin(city).title()
    return latin(stem).title() if len(stem) >= 3 else None


def _dependents(words: list[str]) -> list[str] | None:
    """What follows the head noun: genitives take "of", "в"/"при" their English prepositions.

    "Республики Казахстан" is "the Republic of Kazakhstan", "Российской Федерации" "the Russian
    Federation": word for word, as English news translate them.
    """
    out: list[str] = []
    preposition = "of"
    skip = False
    for i, word in enumerate(words):
        low, base = word.lower(), lemma(word)
        if skip:
            skip = False
            continue
        if low in ("в", "во", "при"):
            preposition = "in" if low != "при" else "under"
            continue
        if low == "и":
            out.append("and")
            preposition = ""
            continue
        following = lemma(words[i + 1]) if i + 1 < len(words) else ""
        if base in _STATES:
            english = f"the {_STATES[base]}"
        elif following == "федерация" and base in DEMONYMS:
            english, skip = f"the {DEMONYMS[base]} Federation", True
        else:
            country = country_by_lemma(base) or country_by_lemma(low)
            found = country or (_place(word) if word[:1].isupper() else None) or _word(word)
            if found is None or (country and _is_adjective(word) and following not in ("", "федерация")):
                # "Казахстанского национального университета": a name inside the name, not "of Kazakhstan"
                return None
            english = _in_number(found, word) if found == _word(word) else found
        if preposition:
            out.append(preposition)
            preposition = ""
        out.append(english)
        if skip or base in _STATES or not _is_adjective(word) or country_by_lemma(base):
            preposition = "of"  # a noun ends a genitive phrase: the next one is "of" again
    return out


def _is_adjective(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS in ("ADJF", "PRTF")


def _place(word: str) -> str | None:
    base = lemma(word)
    return latin(base).title() if city_by_lemma(base) else None


def _eponym(text: str) -> str | None:
    """The person an institution is named after, in the nominative and in Latin letters."""
    words = text.replace(".", ". ").split()
    out = []
    for word in words:
        if _INITIAL.match(word):
            out.append(latin(word))
            continue
        surname = next((p for p in parses(word) if "Surn" in p.tag and "gent" in p.tag), None)
        written = str(surname.normal_form) if surname else word
        latin_word = latin(written)
        out.append("-".join(p[:1].upper() + p[1:] for p in latin_word.split("-")))
    joined = " ".join(out).replace(". ", ".").replace(".", ". ").strip()
    return re.sub(r"(\b[A-Z][a-z]?\.) (?=[A-Z][a-z]?\.)", r"\1", joined) or None


def english_aliases(names: list[str]) -> list[str]:
    """The English names of an organisation's Russian names, and its abbreviations in Latin letters.

    >>> english_aliases(["Казахский национальный университет им. аль-Фараби", "КазНУ"])
    ['Al-Farabi Kazakh National University', 'Kazakh National University', 'KazNU']
    """
    out: list[str] = []
    for name in names:
        bare = _EPONYM.sub("", name)
        found = [latin(bare)] if _ABBREVIATION.match(bare) else [english_name(name), english_name(bare)]
        out.extend(f for f in found if f and f not in out and f not in names)
    return out
