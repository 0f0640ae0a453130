"""The document being read: its sentences and the entities found so far, with their mentions."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from kgpart.extract.gazetteer import city_country, country_of, demonyms, find_countries
from kgpart.extract.record import Evidence, KnownEntity, Organization, Person
from kgpart.extract.sentences import Sentence, split_sentences
from kgpart.extract.tokens import Token, tokenize


@lru_cache(maxsize=65536)
def norm(name: str | None) -> str:
    """Comparable form of a name: ASCII, lower case, no punctuation, no leading "the"."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s]", " ", text.lower())
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def _norm_words(name: str) -> tuple[str, ...]:
    return tuple(norm(name).split())


#: Words after which the rest of a name is another organisation, not a longer form of it.
_LINK_WORDS = frozenset({"of", "at", "in", "for", "and", "to"})

#: First words of a diplomatic post's name.
_POSTS = frozenset({"embassy", "consulate", "mission", "high"})


@dataclass
class Mention:
    """Where an entity (by index) is named: character offset and sentence number."""

    start: int
    index: int
    sentence: int


@dataclass
class Doc:
    """An article's text, sentences and the registries of organisations and people."""

    text: str
    published: dt.date | None = None
    known: tuple[KnownEntity, ...] = ()
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[list[Token]] = field(default_factory=list)
    orgs: list[Organization] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    org_index: dict[str, int] = field(default_factory=dict)
    person_index: dict[str, int] = field(default_factory=dict)
    org_mentions: list[Mention] = field(default_factory=list)
    person_mentions: list[Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    _countries: list[str] | None = None
    _by_sentence: dict[int, tuple[int, dict[int, list[Mention]]]] = field(default_factory=dict)
    _suffixes: dict[tuple[str, ...], int] = field(default_factory=dict)
    _post_heads: dict[tuple[str, ...], int] = field(default_factory=dict)
    _person_words: list[list[str]] = field(default_factory=list)
    #: Short names the record merges into a full name at its end (``entities.suffix_forms``).
    later_forms: dict[str, str] = field(default_factory=dict)
    _evidences: dict[int, Evidence] = field(default_factory=dict)

    @classmethod
    def read(cls, text: str, published: dt.date | None, known: tuple[KnownEntity, ...] = ()) -> Doc:
        """Split ``text`` into sentences and tokens."""
        doc = cls(text, published, known)
        doc.sentences = split_sentences(text)
        doc.tokens = [tokenize(s.text, s.start) for s in doc.sentences]
        doc.starts = [s.start for s in doc.sentences]
        return doc

    def evidence(self, n: int) -> Evidence:
        """Evidence pointing at sentence ``n`` (made once per sentence: it is frozen, and asked ~70 times an article)."""
        found = self._evidences.get(n)
        if found is None:
            s = self.sentences[n]
            found = self._evidences[n] = Evidence(s.text, s.start, s.end)
        return found

    # -- organisations ---------------------------------------------------------------------------

    def find_org(self, name: str | None) -> int | None:
        """Index of the organisation called ``name`` (or with that alias), if known."""
        return self.org_index.get(norm(name)) if name else None

    def add_org(
        self,
        name: str,
        kind: str,
        n: int,
        *,
        country: str | None = None,
        inferred: bool = False,
        aliases: tuple[str, ...] = (),
    ) -> int:
        """Register an organisation (or find it again) and return its index."""
        found = self.find_org(name)
        if found is None:
            found = next((i for a in aliases if (i := self.find_org(a)) is not None), None)
        if found is None:
            found = self._suffix_match(name)
        if found is None:
            org = Organization(name, [], kind, country or _country_in(name), None, self.evidence(n), inferred)
            self.orgs.append(org)
            found = len(self.orgs) - 1
            self._index_suffixes(found)
        self._index_org(found, name)
        for alias in aliases:
            self._index_org(found, alias)
        return found

    def _index_org(self, i: int, name: str) -> None:
        key = norm(name)
        if not key:
            return
        org = self.orgs[i]
        if key not in self.org_index:
            self.org_index[key] = i
        if key != norm(org.name) and name not in org.aliases and self.org_index[key] == i:
            org.aliases.append(name)

    def _suffix_match(self, name: str) -> int | None:
        """ "Moscow State University" is a short form of "Lomonosov Moscow State University".

        And "Consulate General of X" of "Consulate General of X in Lyon" named before it.
        """
        words = _norm_words(name)
        if len(words) < 2:
            return None
        found = [i for i in (self._suffixes.get(words), self._post_heads.get(words)) if i is not None]
        return min(found) if found else None

    def _index_suffixes(self, i: int) -> None:
        """Index a new organisation by the word sequences _suffix_match looks up (first one wins)."""
        org = self.orgs[i]
        other = _norm_words(org.name)
        if org.type != "Embassy":
            for k in range(1, len(other) - 1):
                if other[k - 1] not in _LINK_WORDS:  # "Office of X University": X University is its parent
                    self._suffixes.setdefault(other[k:], i)  # proper suffixes of two words or more
        elif other and other[0] in _POSTS:
            for k in range(2, len(other)):
                if other[k] == "in":
                    self._post_heads.setdefault(other[:k], i)

    def mention_org(self, i: int, start: int, n: int) -> None:
        """Note that organisation ``i`` is named at ``start`` in sentence ``n``."""
        self.org_mentions.append(Mention(start, i, n))

    def orgs_in(self, n: int) -> list[int]:
        """Organisations named in sentence ``n``, in order, without repeats."""
        return list(dict.fromkeys(m.index for m in self.org_mentions_in(n)))

    def org_mentions_in(self, n: int) -> list[Mention]:
        """The mentions of organisations in sentence ``n``, in text order (do not modify)."""
        cached = self._by_sentence.get(0)  # _mentions_by_sentence's test, inline: asked ~190 times an article
        if cached is not None and cached[0] == len(self.org_mentions):
            return cached[1].get(n, [])
        return self._mentions_by_sentence(self.org_mentions, "org").get(n, [])

    def person_mentions_in(self, n: int) -> list[Mention]:
        """The mentions of people in sentence ``n``, in text order (do not modify)."""
        return self._mentions_by_sentence(self.person_mentions, "person").get(n, [])

    def _mentions_by_sentence(self, mentions: list[Mention], key: str) -> dict[int, list[Mention]]:
        """Mentions grouped by sentence, rebuilt only when mentions were added since (linear, not quadratic)."""
        slot = 0 if key == "org" else 1
        cached = self._by_sentence.get(slot)
        if cached is not None and cached[0] == len(mentions):
            return cached[1]
        groups: dict[int, list[Mention]] = {}
        for m in sorted(mentions, key=lambda m: m.start):
            groups.setdefault(m.sentence, []).append(m)
        self._by_sentence[slot] = (len(mentions), groups)
        return groups

    def recent_org(self, pos: int, *, kind: str | None = "University", window: int = 4) -> int | None:
        """The organisation most recently named before ``pos`` (for "there", "the university")."""
        sent = self.sentence_at(pos)
        best: Mention | None = None
        for m in self.org_mentions:
            org = self.orgs[m.index]
            if m.start >= pos or m.sentence < sent - window or org.name.endswith(("ies", "ties")):
                continue
            if kind and org.type != kind:
                continue
            if best is None or m.start > best.start:
                best = m
        if best is None and kind:
            return self.recent_org(pos, kind=None, window=window)
        return best.index if best else None

    def sentence_at(self, pos: int) -> int:
        """Number of the sentence holding character ``pos``."""
        return max(0, bisect_right(self.starts, pos) - 1)

    # -- people ----------------------------------------------------------------------------------

    def find_person(self, name: str) -> int | None:
        """Index of the person called ``name`` (or a close variant), if known."""
        key = norm(name)
        if key in self.person_index:
            return self.person_index[key]
        words = key.split()
        while len(self._person_words) < len(self.persons):
            self._person_words.append(norm(self.persons[len(self._person_words)].name).split())
        for i, other in enumerate(self._person_words):
            if words and other and _same_person(words, other):
                return i
        return None

    def add_person(self, name: str, n: int) -> int:
        """Register a person (or find them again) and return their index."""
        found = self.find_person(name)
        if found is None:
            self.persons.append(Person(name, evidence=self.evidence(n)))
            found = len(self.persons) - 1
        key = norm(name)
        person = self.persons[found]
        if key not in self.person_index:
            self.person_index[key] = found
            # "B.Tulegen", then "Bakhyt Tulegen": the full name becomes the name, the initials an alias
            if _initials_of(person.name, name) or (" " not in person.name and " " in name):
                person.aliases = [a for a in person.aliases if a != name]
                person.name, name = name, person.name
            if norm(name) != norm(person.name) and name not in person.aliases:
                person.aliases.append(name)
        return found

    def countries(self) -> list[str]:
        """Countries named in the article, most often named first."""
        if self._countries is not None:
            return self._countries
        counts: dict[str, int] = {}
        for country, *_ in find_countries(self.text):
            counts[country] = counts.get(country, 0) + 1
        self._countries = sorted(counts, key=lambda c: -counts[c])
        return self._countries

    def dateline_country(self) -> str | None:
        """Country of the city in a dateline ("ISLAMABAD: ...", "Astana, 5 May -")."""
        head = self.text[:300]
        match = re.search(
            r"(?:^|\s)([A-Z][A-Za-z\-]+(?: [A-Z][a-z]+)?)\s*(?::|\.\s|,\s+(?:\w+\s+\d|\d))", head
        )
        while match:
            country = city_country(match.group(1))
            if country:
                return country
            match = re.search(r"(?:^|\s)([A-Z][A-Za-z\-]+)\s*(?::|\.\s)", head[match.end() :])
            head = head[match.end() :] if match else head
        return None


def _same_person(a: list[str], b: list[str]) -> bool:
    """Two spellings of one name: same surname and compatible first names, or a near-identical spelling.

    Compatible first names are one an initial of the other ("A. Berg", "Anna Berg") or spelled alike
    ("Zhanseit", "Zhanseyit"); "Anna Berg" and "Alice Berg" are two people, and so are "Li Yang" and
    "Liu Yang" (Chinese order: the family name first). A surname with its particles ("de la Vega",
    "Al Hameli") is the person named in full before. One word (three letters or more) that is a middle word of a
    name of three or four words is that person ("Rector Alberto" after "Carlos Alberto Silva").
    """
    if a[-1] != b[-1] and a[0][:1] != b[0][:1] and a[0] != b[-1] and b[0] != a[-1]:
        # what every rule below needs, tested cheaply first (most pairs of names); past it, only a middle word:
        # "Rector Alberto" (Carlos Alberto Silva), "Perez said" (Juan Perez Garcia): the middle word of a name
        # of three or four words, a second given name or the first of two surnames, names that person
        return (len(a) == 1 and 3 <= len(b) <= 4 and len(a[0]) >= 3 and a[0] in b[1:-1]) or (
            len(b) == 1 and 3 <= len(a) <= 4 and len(b[0]) >= 3 and b[0] in a[1:-1]
        )
    if min(len(a), len(b)) >= 2 and (a[: len(b)] == b or b[: len(a)] == a):
        return True
    short, full = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == 1 and full[0] == short[0]:
        return True  # "President Yu" (Yu Zhigang), "Dr. Samuel" (Samuel Urkato): the first name of one named in full
    if len(short) >= 2 and short[0] in _SURNAME_PARTICLES and full[-len(short) :] == short:
        return True
    if len(short) == 2 and len(full) >= 3 and full[-2:] == short:
        return True  # "Dr Ait Lahcen", "Prof. Martínez Quiroga": a two-word surname of a person named in full
    two_han = len(a) == len(b) == 2 and a[0] != b[0] and a[0] in HAN_FAMILY and b[0] in HAN_FAMILY
    if a[-1] == b[-1] and (len(a) == 1 or len(b) == 1 or _same_first_name(a[0], b[0])):
        return not two_han
    # "Tran Van Minh" and "Minh Tran", "Park Ji-sung" and "Ji-sung Park": the family name moved
    if min(len(a), len(b)) >= 2 and ((a[0] == b[-1] and a[-1] in b) or sorted(a) == sorted(b)):
        return True
    if (
        len(a) == len(b) == 2
        and a[0] != b[0]
        and not two_han
        and _same_first_name(a[0], b[0])
        and _near_spelling(a[1], b[1])
    ):
        return True  # "Zhanseit Tuimebaev" and "Zhanseyit Tuimebayev": both names spelled two ways
    if len(a) >= 2 and len(b) >= 2 and a[0] == b[0]:
        # "Mikhail Borisovich", "Zhanseit Konseituly": the first name and patronymic of a person named in full
        if (len(a) == 2 and a[1].endswith(_PATRONYMIC)) or (len(b) == 2 and b[1].endswith(_PATRONYMIC)):
            return True
        return _near_spelling(a[-1], b[-1])
    return False


def _initials_of(short: str, full: str) -> bool:
    """Whether ``short`` names by initials ("B.Tulegen", "A. S. Morozov") the person ``full`` names in full."""
    a, b = _norm_words(short), _norm_words(full)
    return len(a) == len(b) >= 2 and a[-1] == b[-1] and len(a[0]) <= 2 < len(b[0]) and "." in short


def _same_first_name(a: str, b: str) -> bool:
    """ "A" and "Anna", "Zhanseit" and "Zhanseyit": first names that may be one person's."""
    return (
        a == b
        or (min(len(a), len(b)) == 1 and a[0] == b[0])
        or (a[0] == b[0] and _near_spelling(a, b))
        or _translit_initial(a, b)
        or _translit_initial(b, a)
    )


#: Initials of two letters that stand for one Cyrillic letter ("Ye.Batashev", "Kh.Rajabzoda", "Zh.Sarsenov").
_TWO_LETTER_INITIALS = frozenset({"ye", "yu", "ya", "yo", "kh", "sh", "ch", "zh", "ts"})


def _translit_initial(short: str, full: str) -> bool:
    """ "Ye" of "Yerlan", and "H" of "Khaled" (Cyrillic "Х" is written both ways): an initial of ``full``."""
    if short in _TWO_LETTER_INITIALS:
        return len(full) > 2 and full.startswith(short)
    return short == "h" and full.startswith("kh")


#: Particles a surname may open with ("de la Vega", "van der Merwe", "Al Hameli", "bin Salem").
_SURNAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "da",
        "di",
        "dos",
        "das",
        "du",
        "le",
        "la",
        "van",
        "von",
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
    }
)
#: Chinese family names (lower case), which come first in a name written in Chinese order.
HAN_FAMILY = frozenset(
    re.findall(
        r"\w+",
        """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo zheng liang xie song
    tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye yan lu du dai
    xia zhong tan liao fan jin shi cui kong qian qiu qin meng bai mao zou shen gu hou lei long duan hao kang
    ren fu shao wan lai wen su cheng""",
    )
)

#: Endings of Russian and Kazakh patronymics (a "son of" or "daughter of" name, not a surname).
_PATRONYMIC = ("ovich", "evich", "ovna", "evna", "ichna", "uly", "kyzy", "qyzy")


@lru_cache(maxsize=16384)
def _near_spelling(a: str, b: str) -> bool:
    """ "Tuimebayev" ~ "Tuimebaev": a surname spelled two ways (the ratio is costly; names recur)."""
    return SequenceMatcher(None, a, b).ratio() >= 0.8


#: Regions a name may place an institution in: no one country.
_REGIONS = frozenset(
    {
        "Central Asia",
        "Asia",
        "Europe",
        "Africa",
        "Middle East",
        "the Middle East",
        "Latin America",
        "the Caucasus",
    }
)
#: "of Beirut", "in Dubai", "of Central Asia" at the end of a name.
_PLACE_AT_END = re.compile(r"\b(?:of|in)\s+((?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)$")
_SCHOOL_HEADS = re.compile(r"\b(?:University|Institute|College|School|Academy)\b")


@lru_cache(maxsize=16384)
def _country_in(name: str) -> str | None:
    found = find_countries(name)
    if found and found[0][1] == 0 and found[0][3] in demonyms() and _SCHOOL_HEADS.search(name):
        # "American University of Beirut": the demonym names the model, the place where it is
        place = _PLACE_AT_END.search(name)
        if place:
            where = place.group(1)
            at = find_countries(where)
            country = at[0][0] if at else city_country(where)
            if country or where in _REGIONS:
                return country
    if found:
        return found[-1][0] if " in " not in name else found[0][0]
    words = name.split()
    last = words[-1] if words else ""
    # "Seoul National University", "University of Lyon": a city in the name gives the country
    return country_of(last) or next(
        (c for w in words if (c := city_country(_WORD_EDGES.sub("", w))) is not None), None
    )


#: What may cling to a city's name in an organisation's: a possessive ("Lagos's", "Paris’") and
#: punctuation, never a final "s" of the name itself ("Vilnius", "Athens", "Tunis").
_WORD_EDGES = re.compile(r"(?:[’']s?|[,.;:])+$")
