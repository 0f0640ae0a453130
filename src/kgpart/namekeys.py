"""What names say about identity: keys of organisation names, parts of person names, fit aliases.

The resolver (``resolve.py``) decides; this module only reads names. An organisation's key is the
set of its words with country names and demonyms turned into ISO codes (kept in the order they
come, so the Embassy of Peru in Mongolia is not the Embassy of Mongolia in Peru) and the usual
synonyms folded (MFA, Foreign Office, Foreign Ministry). Words are sorted out into kinds: heads
(university, ministry, centre), subjects that tell institutions apart (pedagogical, agrarian),
status words an article may leave out (federal, national, state), and the rest, which name it
(Tartu, Al-Farabi).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kgpart.ids import normalise_name
from kgpart.translit import sound_key

_SYNONYMS = (
    (r"\bmfa\b", "ministry foreign affairs"),
    (r"\bforeign (?:ministry|office)\b", "ministry foreign affairs"),
    (r"\bministry of foreign affairs\b", "ministry foreign affairs"),
    (r"\bcenter\b", "centre"),
    (r"\buniversiteit\b|\buniversite\b|\buniversitat\b|\buniversidad\b|\buniversita\b", "university"),
    (r"\bprogram\b", "programme"),
)
_SYNONYM_PATTERNS = tuple((re.compile(p), r) for p, r in _SYNONYMS)
#: Words that say what kind of body a name is; the first one of a name is its head.
HEADS = {
    "university": "university", "institute": "institute", "academy": "academy", "college": "college",
    "school": "school", "conservatory": "school", "ministry": "ministry", "embassy": "embassy",
    "consulate": "consulate", "centre": "centre", "laboratory": "centre", "department": "department",
    "faculty": "department", "office": "department", "service": "department", "committee": "committee",
    "council": "committee", "agency": "agency", "library": "library", "museum": "museum",
    "government": "government", "senate": "government", "parliament": "government",
    "branch": "branch", "campus": "branch",
}  # fmt: skip
#: The same for Russian names, which ``normalise_name`` gives in Latin letters, by stem (any case).
_RUSSIAN_HEADS = (
    ("universitet", "university"), ("institut", "institute"), ("akademi", "academy"),
    ("ministerstv", "ministry"), ("posolstv", "embassy"), ("konsulstv", "consulate"),
    ("tsentr", "centre"), ("filial", "branch"), ("fakultet", "department"), ("kafedr", "department"),
    ("departament", "department"), ("upravleni", "department"),
)  # fmt: skip


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words an article may leave out of an institution's name without naming another one.
STATUS = _wordset("federal national state public autonomous imperial royal research named after im")
#: Words that tell two institutions of one place apart (a pedagogical and an agrarian university).
SUBJECTS = _wordset(
    """
    pedagogical pedagogic teachers teacher training agrarian agricultural agriculture medical medicine
    technical technological technology technologies polytechnic engineering economic economics
    finance financial business management law legal humanitarian humanities linguistic languages
    language foreign international relations world oriental islamic culture cultural arts art music
    sport sports physical transport railway aviation maritime marine mining oil gas construction
    architecture nursing veterinary science sciences scientific applied women regional open
    innovative innovation information digital energy industrial communications communication
    tourism hospitality design theatre film media military police customs diplomatic academy
    consular protocol press education higher general graduate and social political studies
    affairs cooperation development youth health labour justice defence interior
    """
)
_STOP = _wordset("of the in to at for a an on de la du der republic kingdom")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|uly|ulu|kyzy|qyzy|ogli|ugli|oglu)$")


@dataclass(frozen=True)
class OrgKey:
    """The words of an organisation's name and the countries it names, in order."""

    words: frozenset[str]
    countries: tuple[str, ...]
    head: str | None

    @property
    def naming(self) -> frozenset[str]:
        """The words that name this institution (not heads, subjects, status words)."""
        return frozenset(w for w in self.words if w not in HEADS and w not in SUBJECTS and w not in STATUS)

    @property
    def generic(self) -> bool:
        """A name any institution of its kind could bear ("Agricultural University")."""
        return not self.naming and not self.countries


@cache
def _iso_by_name() -> dict[str, str]:
    import pycountry

    from kgpart.extract.countries import country_names

    names = country_names()
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            short = names.get(getattr(country, attr, "") or "")
            if short:
                table.setdefault(short, country.alpha_2)
    return table


@cache
def _country_starts() -> frozenset[str]:
    """The first word of every country name and demonym: a name without one names no country
    (the country regex is slow to run on every name of a large graph)."""
    from kgpart.extract.countries import country_names, demonyms

    return frozenset(
        re.findall(r"[^\W\d_]+", n)[0].casefold() for n in [*country_names(), *demonyms()] if n.strip()
    )


def country_iso(name: str) -> str | None:
    """The ISO code of a country name or demonym (``Peruvian`` -> ``PE``).

    >>> country_iso("Kazakh"), country_iso("South Korea"), country_iso("Kazan")
    ('KZ', 'KR', None)
    """
    from kgpart.extract.countries import country_of

    short = country_of(name)
    return _iso_by_name().get(short) if short else None


@lru_cache(maxsize=1 << 16)
def org_key(name: str, country: str | None = None) -> OrgKey:
    """The key of an organisation's name; ``country`` (ISO) stands in when a ministry's or an
    embassy's name names none ("the Ministry of Foreign Affairs" of the article's country).

    >>> key = org_key("Kazakh MFA")
    >>> sorted(key.words), key.countries
    (['affairs', 'foreign', 'ministry'], ('KZ',))
    >>> org_key("University of Tartu") == org_key("Tartu University")
    True
    """
    from kgpart.extract.countries import find_countries

    text = re.sub(r"[\u2019`]", "'", name)
    countries: list[str] = []
    pieces, last = [], 0
    maybe = any(w.casefold() in _country_starts() for w in re.findall(r"[^\W\d_]+", text))
    for found, start, end, _surface in find_countries(text) if maybe else []:
        iso = _iso_by_name().get(found)
        if iso:
            countries.append(iso)
            pieces.append(text[last:start])
            last = end
    pieces.append(text[last:])
    folded = normalise_name(" ".join(pieces))
    for pattern, replacement in _SYNONYM_PATTERNS:
        folded = pattern.sub(replacement, folded)
    words = [w for w in folded.split() if w not in _STOP]
    head = next((h for h in map(head_word, words) if h), None)
    if not countries and country and head in ("ministry", "embassy", "consulate", "government"):
        countries.append(country)
    return OrgKey(frozenset(words), tuple(dict.fromkeys(countries)), head)


def head_word(word: str) -> str | None:
    """The kind of body a word names (``filiala`` -> ``branch``), if it names one."""
    if word in HEADS:
        return HEADS[word]
    return next((head for stem, head in _RUSSIAN_HEADS if word.startswith(stem)), None)


def other_script(a: str, b: str) -> bool:
    """One name in Cyrillic, the other not: a translation, which shares no letters."""
    return cyrillic(a) != cyrillic(b)


def acronym_like(name: str) -> bool:
    """``KazNU``, ``C-MAT``, ``UGhent``: one short word with two capitals or more."""
    word = name.strip()
    return " " not in word and len(word) <= 12 and sum(c.isupper() for c in word) >= 2


def fit_org_alias(name: str, alias: str) -> bool:
    """May ``alias``, given by an article for the organisation ``name``, become its alias?

    Not a place alone ("Istanbul"), a parent or a unit (a department's ministry, a centre's
    university: another head word), nor a generic name ("Agricultural University").

    >>> fit_org_alias("Bosphorus Marine University", "BMU"), fit_org_alias("Bosphorus Marine University", "Izmir")
    (True, False)
    """
    own, other = org_key(name), org_key(alias)
    if other.generic and not own.generic:  # in any script: "MFA", "Ministry of Foreign Affairs"
        return False
    if own.head in ("embassy", "consulate") and len(other.countries) < len(own.countries):
        return False  # the mission without its host: another country's would take it
    if other_script(name, alias) or acronym_like(alias):
        return True
    if own.head and other.head and own.head != other.head:
        return False
    return bool(stems(other.words) & stems(own.words) or set(other.countries) & set(own.countries))


def stems(words: frozenset[str] | tuple[str, ...]) -> set[str]:
    """The first five letters of each word: a Russian name's cases share them (Валиев, Валиевым)."""
    return {w[:5] for w in words}


def cyrillic(name: str) -> bool:
    return bool(re.search(r"[\u0400-\u04ff]", name))


def person_parts(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sound keys of a person's full words and the initials, patronymics left out.

    >>> person_parts("Sarsenov Bolat Erlanovich"), person_parts("D. Omarova")
    ((('bolat', 'sarsenov'), ()), (('omarova',), ('d',)))
    """
    words, initials = [], []
    for raw in re.findall(r"[^\W\d_]+\.?", name):
        if raw.endswith(".") or len(raw) == 1:
            initials.append(sound_key(raw.rstrip("."))[:1])
            continue
        key = sound_key(raw)
        if key and not _PATRONYMIC.search(key):
            words.append(key)
    if len(words) > 1:  # a patronymic read as a name (Kanseituly) is no word of the name either
        words = [w for w in words if not _PATRONYMIC.search(w)]
    return tuple(sorted(words)), tuple(initials)
