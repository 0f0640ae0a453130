"""Words as every topic source reads them: stems, praise, adjective endings, names in title case."""

from __future__ import annotations

import re
from functools import lru_cache

#: A topic's span: start, end, its words (as written or as a cue list's item) and its sentence.
Span = tuple[int, int, str, int]

#: "programs" and "programmes", "digitalization" and "digitalisation" meet.
_SPELLING = (
    ("programme", "program"),
    ("isation", "ization"),
    ("labour", "labor"),
    ("centre", "center"),
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, deterministic stem: lower case, one spelling, no plural ending.

    >>> [stem(w) for w in ("Programmes", "programs", "digitalisation", "universities", "classes", "campus")]
    ['program', 'program', 'digitalization', 'university', 'class', 'campus']
    """
    w = word.lower().replace("’", "'").removesuffix("'s")
    for a, b in _SPELLING:
        w = w.replace(a, b)
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics")):
        return w
    if w.endswith("ional"):
        return w[:-2]  # "educational" and "education" name one field
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


WORD = re.compile(r"[^\W\d_]+(?:['’][a-z]+)?")


def stem_words(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) of each word; a hyphen joins nothing ("double-degree" is two words)."""
    return [(stem(m.group(0)), m.start(), m.end()) for m in WORD.finditer(text)]


#: Exchange schemes known by name alone, their capital kept: "Erasmus+", "Erasmus Mundus", "Fulbright".
SCHEME_NAME = r"Erasmus\+?(?:\s+Mundus)?|Fulbright"


#: Words that praise rather than name: "branches of reputable foreign universities".
PRAISE = re.compile(
    r"\b(?:reputable|leading|prestigious|renowned|well-known|top|best(?!\s+practi)|major|key|important|various|numerous)\s+",
    re.I,
)
PRAISE_WORDS = frozenset(
    [
        "reputable",
        "leading",
        "prestigious",
        "renowned",
        "well",
        "known",
        "top",
        "best",
        "major",
        "key",
        "important",
        "various",
        "numerous",
    ]
)


def in_name(text: str, start: int, end: int) -> bool:
    """A match written in title case inside a sentence is part of a name ("Institute of Science and Technology")."""
    words = text[start:end].split()
    titled = all(w[:1].isupper() or w in ("and", "of", "&") for w in words) and not text[start:end].isupper()
    return (titled and start > 0 and text[start - 2 : start].strip() not in ("", ".", ":")) or text[
        end : end + 1
    ] == "-"


#: Endings of adjectives: "technical and vocational education" is one kind of education.
ADJECTIVE_ENDS = ("al", "ic", "ive", "ary", "ous", "ful", "an", "ese", "ish", "ible", "able", "er")
#: Endings of nouns that name a field by themselves: "hydrology and nuclear physics" is two fields.
FIELD_NOUN_ENDS = (
    "logy",
    "ics",
    "ism",
    "ity",
    "ment",
    "tion",
    "sion",
    "ture",
    "ance",
    "ence",
    "ences",
    "ship",
    "ness",
    "phy",
)


#: An office named by its field: "counsellor for education and science", "Vice-Rector for research".
_OFFICE_BEFORE = re.compile(
    r"\b(?:counsel+ors?|attach[eé]s?|ministers?|ministry|ministries|(?:vice|pro)[\s\-]rectors?|deans?|directors?|"
    r"heads?|departments?|committees?|deputy|secretary|officers?|advisers?|advisors?|chairs?|commissioners?)"
    r"\s+(?:for|of|on)\s+(?:the\s+)?$",
    re.I,
)
#: A field that names a kind of institution: "higher education institutions", "education establishment".
_INSTITUTION_AFTER = re.compile(
    r"[ \-](?:institutions?|establishments?|institutes?|schools?|colleges?|capital|hubs?|parks?|clusters?)\b",
    re.I,
)


def names_no_topic(text: str, start: int, end: int) -> bool:
    """True when a field at start..end names an office or a kind of institution, not a topic of cooperation."""
    if _INSTITUTION_AFTER.match(text, end, end + 16) is not None:
        return True
    # every branch of _OFFICE_BEFORE ends in "for|of|on" and an optional "the": a cheap test first
    before = text[max(0, start - 40) : start]
    word = before.rstrip()
    return (
        len(word) < len(before)
        and word.lower().endswith(("for", "of", "on", "the"))
        and _OFFICE_BEFORE.search(text, max(0, start - 40), start) is not None
    )


#: Nouns for people: "students and teachers" are who is exchanged, never a field by themselves.
PEOPLE = re.compile(
    r"\b(?:students?|teachers?|lecturers?|researchers?|scientists?|scholars?|professors?|staff|faculty|"
    r"specialists?|experts?|graduates?|undergraduates?|postgraduates?|pupils?|schoolchildren|young\s+people|"
    r"youth|representatives?|delegates?|delegations?|partners?|colleagues?|sides?|citizens?|compatriots?|"
    r"alumni|members?|employees?|workers?|officials?|diplomats?|rectors?|leaders?|guests?|participants?|"
    r"applicants?|candidates?|trainees?|interns?|fellows?|personnel|doctoral\s+students|undergraduates|"
    r"doctors?|nurses?|engineers?|physicians?|medics?|pharmacists?|journalists?|officers?|managers?|technicians?|"
    r"(?:faculty|staff)\s+members)$",
    re.I,
)
#: What makes a phrase ending in people a field: "exchange of students", "training of teachers".
_PEOPLE_AS_FIELD = re.compile(
    r"\b(?:of|exchanges?|mobility|training|recruitment|admission|supervision|visits?|preparation)\b", re.I
)


def only_people(item: str) -> bool:
    """True when a phrase names people and no field: "doctoral students", "students and teachers"."""
    return PEOPLE.search(item) is not None and _PEOPLE_AS_FIELD.search(item) is None


#: Words of a nation or a region that name a field's kind beside the demonyms of countries:
#: "Arabic studies", "Asian culture", "Islamic finance".
_REGION_WORDS = frozenset(
    [
        "Arabic",
        "Arab",
        "English",
        "Asian",
        "European",
        "African",
        "Islamic",
        "Turkic",
        "Slavic",
        "Oriental",
        "Latin",
        "Persian",
        "Eurasian",
        "Nordic",
        "Baltic",
        "Caucasian",
        "Scandinavian",
        "Hebrew",
        "Sanskrit",
        "Hispanic",
        "Iberian",
        "Ibero-American",
        "Mediterranean",
        "Caribbean",
        "Francophone",
        # seas, poles and ranges whose studies are fields: "Caspian region cooperation", "Antarctic research"
        "Caspian",
        "Arctic",
        "Antarctic",
        "Andean",
        "Amazonian",
        "Pacific",
        "Atlantic",
        "Sahelian",
        # languages named apart from a nation's demonym: "Hindi literature", "Swahili courses", "Urdu teaching"
        "Hindi",
        "Urdu",
        "Swahili",
        "Kiswahili",
        "Mandarin",
        "Cantonese",
        "Bengali",
        "Bangla",
        "Farsi",
        "Tamil",
        "Telugu",
        "Punjabi",
        "Malay",
        "Pashto",
        "Dari",
        "Amharic",
        "Hausa",
        "Yoruba",
        "Igbo",
        "Zulu",
        "Tagalog",
        "Sinhala",
        "Khmer",
        "Uyghur",
        "Tatar",
        "Bashkir",
    ]
)


@lru_cache(maxsize=4096)
def nationality_word(word: str) -> bool:
    """True for "Korean", "Kazakh", "Arabic": a word that says whose language, culture or studies."""
    from kgpart.extract.countries import demonyms

    if "-" in word.strip("-"):
        return all(nationality_word(part) for part in word.split("-"))  # "Kazakh-Chinese relations"
    return word in _REGION_WORDS or (word in demonyms() and not word.endswith("s"))
