"""Find people in a sentence: a run of name-like words next to a title or a speech verb."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from kgpart.extract.doc import HAN_FAMILY
from kgpart.extract.gazetteer import (
    HONORIFICS,
    ORG_HEADS,
    ROLE_WORDS,
    city_country,
    country_of,
    country_words,
    find_countries,
)
from kgpart.extract.orgs import OrgMention
from kgpart.extract.patterns import AsciiFolded, trie_pattern
from kgpart.extract.tokens import Token, is_acronym, is_name_word

#: Titles in Spanish, Portuguese and French, which English releases keep ("Ana Ruiz, vicerrectora de ...").
_ROMANCE_ROLES = re.findall(
    r"\S+",
    """Rectora Vicerrector Vicerrectora Reitor Reitora Vice-Reitor Vice-Reitora Decano Decana
    Embajador Embajadora Embaixador Embaixadora Ministro Ministra Recteur Rectrice Vice-Recteur Doyen Doyenne
    Directeur Directrice Ambassadeur Ambassadrice Ministre Président Présidente Vice-Président Vice-Présidente""",
)
#: Titles of African and British universities and of companies the shared list lacks ("Registrar John Mensah",
#: "Olusegun Adebayo, Pro-Chancellor of X"); "Principal" alone is a title word only (see _OCCUPATIONS): in lower
#: case it is an adjective.
_MORE_ROLES = re.findall(
    r"[^,]+",
    "Registrar,Bursar,Pro-Chancellor,Vice-Principal,Deputy Principal,Chief Executive Officer,Chargé d’Affaires,"
    "Undersecretary,Under Secretary,Deputy Undersecretary",
)
_ALL_ROLES = [*ROLE_WORDS, *_ROMANCE_ROLES, *_MORE_ROLES]
ROLE_RE = re.compile(r"\b(?:" + trie_pattern(_ALL_ROLES, fold=True) + r")\b", re.IGNORECASE)
#: The same titles, also in the plural ("Vice-Rectors A and B").
_ROLES_RE = re.compile(r"\b(?:" + trie_pattern(_ALL_ROLES, fold=True) + r")s?\b", re.IGNORECASE)
_ROLES_RE_FOLDED = AsciiFolded(_ROLES_RE)
#: Words that end a title's complement: a verb or a preposition starts a new clause.
_CLAUSE_BREAK = re.compile(
    r"\b(?:with|by|was|were|is|are|has|have|had|will|met|meet|meets|held|hold|visited|visit|received|"
    r"welcomed|said|says|noted|who|which|that|during|signed|discussed|called|paid|headed|led|and the|"
    r"also|while|where|when|informed|told|expressed|briefed|about|namely)\b|[.;:!?\"“”]"
)
#: Words naming what someone is, read only after "NAME, ..." ("Anna Berg, representative of X"): too
#: common in other places to count as titles before a name.
_POSTFIX_NOUNS = (
    r"representative|member|expert|specialist|official|officer|student|graduate|alumnus|alumna|teacher|"
    r"scholar|fellow|manager|assistant|deputy|chief|leader|consultant|editor|inspector|analyst|doctoral|"
    r"registrar|bursar|librarian"
)
_POSTFIX = re.compile(
    # a degree or an age between the name and the title: "Anna Berg, Ph.D., Director of", "Aliya Serikova, 21,"
    r"^(?:\s*,\s*(?:Ph\.\s?D\.|PhD|DPhil|D\.Phil\.|MBA|M\.D\.|\d{2}))?"
    r"\s*,\s*(?:(?:a|an|the|also)\s+)?"
    # whose title it is: "the university's", "Uppsala University's", "its"
    r"(?:(?:[\w\-]+\s+){0,4}?[\w\-]+['’]s\s+|its\s+|their\s+)?"
    r"(?:newly appointed\s+)?"
    # a demonym: "Anna Berg, Swedish Ambassador to X" (not a title's first word: "Deputy Director")
    r"(?:(?!(?:Deputy|Vice|Acting|Senior|Chief|Executive|First|Second|Third|Former|Associate|Assistant|"
    r"Honorary|Interim|Cultural|Defen[cs]e|Military|Press|Political|Economic|Trade|Commercial|Consular|"
    r"Science|Education)\b)(?-i:[A-Z][a-z]+)\s+(?=(?-i:[A-Z])))?"
    # a title with a modifier the title list lacks: "Ahmed Farouk, Cultural Counsellor of the Embassy"
    r"(?=((?:(?-i:[A-Z][a-z]+)\s+){0,2}?"
    + ROLE_RE.pattern[2:-2]
    + r"|(?:(?!and\b|or\b|who\b|which\b)[a-z][\w’'\-]*\s+){0,2}"
    r"(?:" + _POSTFIX_NOUNS + r")\b))",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"^\s*(?:,[^,]{0,80},\s*|\([^()]{1,60}\)\s*)?(?:said|says|noted|added|stressed|emphasized|emphasised|underlined|"
    r"expressed|stated|announced|highlighted|remarked|pointed out|informed|welcomed|thanked|signed)\b"
)
#: Honorifics of the genre beyond the shared list: forms of address that are no post ("Sheikh", "Datuk").
_ADDRESS_WORDS = (
    "Emeritus",
    "Sheikh",
    "Sheikha",
    "Shaikh",
    "Sir",
    "Dame",
    "Datuk",
    "Dato",
    "Madam",
    "Madame",
    "Ms",
    "Mrs",
    # French, Spanish and Portuguese forms of address ("Mme Awa Diop", "Sra. Ana Ruiz"), Indian ones
    # ("Shri Rajesh Kumar", "Smt. Meera Iyer")
    "Mme",
    "Mlle",
    "Sra",
    "Srta",
    "Shri",
    "Smt",
    # professional and official titles of Africa and Asia written as honorifics: "Engr. Ahmed Musa",
    # "Prof. Dr. Ir. Budi Santoso", "Hon. Kwame Osei", "Amb. Ruslan Bekov", "Assoc. Prof. Nguyen Van Hung"
    "Engr",
    "Ir",
    "Hon",
    "Amb",
    "Assoc",
    "Asst",
    # forms of address of clergy, royalty and the military: "His Eminence Archbishop Paul Lee",
    # "Father Mark Lewis", "Brigadier General Omar Saleh", "Rear Admiral Kim Sung-ho"
    "Eminence",
    "Excellency",
    "Holiness",
    "Highness",
    "Archbishop",
    "Bishop",
    "Cardinal",
    "Metropolitan",
    "Patriarch",
    "Father",
    "Reverend",
    "Rev",
    "Imam",
    "Grand",  # "Grand Imam", "Grand Mufti"
    "Senator",
    "Congressman",
    "Congresswoman",
    "Mufti",
    "Rabbi",
    "Pastor",
    "Prince",
    "Princess",
    "Brigadier",
    "General",
    "Colonel",
    "Major",
    "Captain",
    "Lieutenant",
    "Admiral",
    "Rear",
    "Commander",
    "Marshal",
    "Crown",
    "Premier",  # "Premier Li Qiang", and rulers: "King Abdullah II", "Emir Tamim"
    "King",
    "Queen",
    "Emir",
    # a pilgrim's title of Malaysia and the Gulf ("Hj. Mohd Nasir"), an engineer's of the Arab world
    "Haji",
    "Hajjah",
    "Hj",
    "Hjh",
    "Eng",
    # forms of address of South-East Asia: Malaysian ("Datin Paduka", "Tun", "Puan", "Encik"), Thai
    # ("Khun"), Indonesian ("Pak", "Bapak", "Ibu") and Burmese ("Daw"); a Spanish "Sr." and "Dra.", an
    # Indonesian graduate's "Drs.", a ruler's "H.H." (His Highness)
    "Datin",
    "Paduka",
    "Tun",
    "Puan",
    "Encik",
    "Khun",
    "Pak",
    "Bapak",
    "Ibu",
    "Daw",
    "Sr",
    "Dra",
    "Drs",
    "H.H",
    # Latin American and Philippine titles of degree or profession: "Mtra. Ana Ruiz", "Atty. Jose Cruz"
    "Lic",
    "Ing",
    "Mtro",
    "Mtra",
    "Arq",
    "Atty",
    # West African forms of address: a pilgrim's ("Alhaji Sani Danladi", "Alhaja Kafayat Bello") and a
    # traditional title ("Chief Olusegun Adebayo")
    "Alhaji",
    "Alhaja",
    "Chief",
    # an academician's title as Central Asian releases transliterate it ("Akademik Abdykerim Muratov"), an
    # Austrian master's ("Mag. Anna Gruber")
    "Akademik",
    "Akad",
    "Mag",
)
#: Malaysian honorifics of two words ("Tan Sri Ahmad Zaki", "Datuk Seri Anwar"); "Tan" alone is a surname.
_TWO_WORD_ADDRESS = frozenset(
    {("Tan", "Sri"), ("Puan", "Sri"), ("Datuk", "Seri"), ("Dato", "Sri"), ("Dato", "Seri")}
    | {("Toh", "Puan"), ("Datin", "Paduka"), ("Datin", "Seri"), ("Datuk", "Paduka"), ("Dato", "Paduka")}
)
_ALL_HONORIFICS = sorted(
    {
        *HONORIFICS,
        *_ADDRESS_WORDS,
        *(
            f"{w}."
            for w in (
                "Engr",
                "Ir",
                "Hon",
                "Amb",
                "Assoc",
                "Asst",
                "Rev",
                "Col",
                "Gen",
                "Capt",
                "Lt",
                "Sra",
                "Smt",
                "Sr",
                "Dra",
                "Drs",
                "Lic",
                "Ing",
                "Mtro",
                "Mtra",
                "Arq",
                "Atty",
                "Akad",
                "Mag",
            )
        ),
        *(f"{a} {b}" for a, b in _TWO_WORD_ADDRESS),
        "H.E",
        "H.H.",
        "Dato'",
        "Dato' Sri",
        "Dato' Seri",
        "Rt. Hon.",
        "Eng.",
        "Hj.",
        "Hjh.",
    },
    key=len,
    reverse=True,
)
#: One or more honorifics right before a name: "Dr.", "Prof. Dr.", "H.E. Sheikh".
_HONORIFIC_ALT = "(?:" + "|".join(re.escape(h) for h in _ALL_HONORIFICS) + ")"
_HONORIFIC_RE = re.compile(rf"(?<![\w.])(?:{_HONORIFIC_ALT}(?:\s+|(?<=\.)))*{_HONORIFIC_ALT}\s*$")
#: How a text ends when _HONORIFIC_RE finds a chain in it (no honorific ends in a space): a cheap test
#: first, as the regex tries its hundred honorifics at every word of the text.
_HONORIFIC_ENDS = tuple(_ALL_HONORIFICS)


def _honorifics_at_end(text: str) -> re.Match[str] | None:
    """The chain of honorifics that ends ``text`` ("... Rector, Prof. Dr."), if any."""
    return _HONORIFIC_RE.search(text) if text.rstrip().endswith(_HONORIFIC_ENDS) else None


def _strip_honorifics(text: str) -> str:
    """``text`` without the chain of honorifics that ends it."""
    return _HONORIFIC_RE.sub("", text) if text.rstrip().endswith(_HONORIFIC_ENDS) else text


_HONORIFIC_ANY = re.compile(r"(?:" + "|".join(re.escape(h) for h in HONORIFICS if h.endswith(".")) + r")")
_ROLE_TEXT_END = re.compile(r"[,;:()]|\.(?![A-Z])|\s(?:and|who|said|noted)\s")  # not "S.T.Name"
_PARTICLE = re.compile(r"^[a-z]{2,4}$")
#: Capitalised particles of Arabic, Dutch, German or Romance names.
_NAME_PARTICLES = frozenset(
    {"Al", "El", "Bin", "Ben", "Ibn", "Abu", "Van", "Von", "De", "Da", "Di", "Del", "Dos"}
)


def _name_text(toks: list[Token], run: tuple[int, int]) -> str:
    """The words of a run as a name, a full stop kept on the abbreviation before it ("Mohd. Hamdi"), without
    the possessive ending of the last ("Anna Berg's visit")."""
    words = [t.text for t in toks[run[0] : run[1]]]
    if toks[run[1] - 1].possessive:
        words[-1] = toks[run[1] - 1].core
    return " ".join(words).replace(" . ", ". ")


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


#: Heads of institutions' names in other languages, without their accents ("Universite", "Ecole").
_FOLDED_HEADS = frozenset(_fold(h) for h in ORG_HEADS) - frozenset(ORG_HEADS)


@dataclass
class PersonMention:
    """A person's name in a sentence with the title and organisation around it."""

    name: str
    start: int
    end: int
    role: str | None = None
    role_start: int | None = None
    affiliation: OrgMention | None = None
    affiliation_acronym: str | None = None
    honorific: str | None = None
    tokens: int = 2


def _runs(toks: list[Token], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Index ranges of consecutive name-like words outside organisation names."""
    from bisect import bisect_right

    # The spans merged and sorted once, then one bisection per word: testing every word against
    # every span was quadratic on an article repeating one name (100,000 times: six minutes).
    merged: list[list[int]] = []
    for a, b in sorted(taken):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def inside(tok: Token) -> bool:
        k = bisect_right(starts, tok.start) - 1
        return k >= 0 and tok.start < merged[k][1]

    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        text = toks[i].text
        if _NAME_LIKE_WORDS.get(text) == _NEVER and text not in _STOP_GIVEN_NAMES:
            i += 1  # most words: what the tests below find, told by one lookup
            continue
        if (
            not _name_like(toks, i)
            and not (toks[i].text in _STOP_GIVEN_NAMES and _stop_given_name(toks, i))  # cheap test first
        ) or inside(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            if (
                toks[j].text == "."
                and (
                    toks[j - 1].core in _NAME_ABBREVIATIONS
                    or toks[j - 1].core in _TWO_LETTER_INITIALS
                    or ("." in toks[j - 1].core and _GLUED_TWO_LETTER.match(toks[j - 1].core) is not None)
                )
                and j + 1 < len(toks)
                and _name_like(toks, j + 1)
                and not inside(toks[j + 1])
            ):
                j += 2  # "Mohd. Hamdi Abd. Shukor": a name's abbreviated part with its full stop
                continue
            if not _name_like(toks, j) or toks[j].start - toks[j - 1].end > 1:
                break
            if inside(toks[j]) or toks[j - 1].possessive:
                break
            j += 1
        # "Park Jong koo, president of ...": a short lower-case last part before a comma; "Bakyt Asan uulu",
        # "Aigerim Nurlan kyzy": a Kyrgyz, Kazakh or Uzbek "son of" or "daughter of" after the father's name
        if j < len(toks) and j - i >= 2 and _last_lower_part(toks, j):
            j += 1
        if (
            i > 0
            and j < len(toks)
            and toks[j].core == "City"
            and toks[i - 1].text in ("in", "to", "of", "from")
        ):
            i = j  # "in Ho Chi Minh City Nguyen Van Minh": the words before "City" are the city's
            continue
        # "Consul of X in Astrakhan Guych Garaev": a place name ends the title, then the name
        if j - i >= 3 and i > 0 and toks[i - 1].text in ("in", "to", "of", "from"):
            i += _place_words(toks, i, j, titled=toks[i - 1].text in ("in", "to"))
        # "American University of Central [Asia] Andrew Kuchins": a body's name cut before its last place word
        elif (
            j - i >= 3
            and i > 0
            and toks[i].start - toks[i - 1].end == 1
            and inside(toks[i - 1])
            and not inside(toks[i])
            and _region_word(toks[i])
        ):
            i += 1
        # "Dr Zarqa Ahmed", "Sofia Russo, Dean of X": a first name that is also a city's, after an honorific,
        # a comma or nothing (a preposition before it makes it the place: "the Embassy in Sofia Petrov")
        if (
            i >= 1
            and j - i <= 2
            and (i == 1 or toks[i - 2].core in _HONORIFIC_CORES or toks[i - 2].text in (",", "and"))
            and _city_word(toks[i - 1])
            and not inside(toks[i - 1])
        ):
            i -= 1
        # "Paulo Lima", "Ana Victoria", "Joao Pedro Sousa Lima": a run goes on over a capital's name right after it
        if (
            j - i >= 1
            and j < len(toks)
            and toks[j].start - toks[j - 1].end <= 1
            and _city_word(toks[j])
            and not inside(toks[j])
            and not toks[j - 1].possessive
        ):
            j += 1
            # "Ricardo Lagos Weber": a surname after the capital's name is the name's too
            while (
                j < len(toks)
                and j - i <= 4
                and toks[j].start - toks[j - 1].end <= 1
                and not toks[j - 1].possessive
                and is_name_word(toks[j].text)
                and _name_like(toks, j)
                and not inside(toks[j])
            ):
                j += 1
        runs.append((i, j))
        i = j
    return runs


def _place_words(toks: list[Token], i: int, j: int, *, titled: bool) -> int:
    """How many words at the start of the run ``toks[i:j]`` after "in/to/of/from" name a place, leaving a name
    of two words or more: "in Astrakhan [Guych Garaev]", "in Sao Paulo [Maria Gomez]". With ``titled`` (after
    "in" or "to") a title's complement before it ("Consul General of Mexico in Austin Rosalba Ojeda") makes
    the first word a place even when the gazetteer does not know it. A city's name ending in "City" is
    whole: "in Ho Chi Minh City [Park Ji-won]", "in Mexico City [Ana Lopez]"."""
    for n in range(2, min(j - i - 2, 4) + 1):
        if toks[i + n - 1].core == "City":
            return n
    for n in (3, 2):
        if j - i - n >= 2 and not _is_given_name_text(" ".join(t.core for t in toks[i : i + n])):
            return n
    if not _is_given_name(toks[i]):
        return 1
    if not titled or not _title_complement_before(toks, i - 1):
        return 0
    if toks[i].core in _PLACE_OPENERS and j - i >= 4:
        return 2  # "in San Antonio Jorge Ruiz", "in New Delhi Anna Berg"
    return 1


def _eponym(toks: list[Token], i: int) -> bool:
    """Whether the name at ``i`` follows "named after" or "n.a." ("KazNU named after al-Farabi", "Karaganda
    University n.a. E.A. Buketov"): the namesake of a body, named as a person only by a mention elsewhere."""
    if i >= 1 and toks[i - 1].text.lower() == "n.a.":
        return True
    return i >= 2 and toks[i - 1].text == "after" and toks[i - 2].text == "named"


#: First words of places' names that are never a person's: "San Antonio", "Los Angeles", "Port Harcourt".
_PLACE_OPENERS = frozenset(
    {"San", "Santa", "Santo", "São", "Sao", "Los", "Las", "Fort", "Port", "Saint", "St", "New"}
)


def _title_complement_before(toks: list[Token], at: int) -> bool:
    """Whether "in" or "to" at ``at`` closes a title's complement in capitals: "Consul General of Mexico in",
    "Director of the Goethe-Institut in", "Ambassador of Japan to"."""
    k = at - 1
    while k >= 1 and at - k <= 12:
        if toks[k].text in ("of", "for"):
            one = toks[k - 1].core
            two = f"{toks[k - 2].core} {one}" if k >= 2 else one
            if toks[k - 1].cap and (ROLE_RE.fullmatch(one) or ROLE_RE.fullmatch(two)):
                return True
        elif not (toks[k].cap or toks[k].text in ("the", "and", "-")) or toks[k].core in _HEADLINE_VERBS:
            return False  # "Rector of X Presents Awards to Anna Maria Berg": a headline's verb, no title
        k -= 1
    return False


#: Regions and continents, which end bodies' names ("University of Central Asia", "Bank of West Africa").
_REGIONS = frozenset(
    {
        "Asia",
        "Africa",
        "Europe",
        "America",
        "Americas",
        "Oceania",
        "Pacific",
        "Caribbean",
        "Balkans",
        "Caucasus",
    }
    | {"Arctic", "Sahel", "Maghreb", "Levant", "Siberia", "Scandinavia", "Anatolia", "Eurasia", "Gulf"}
)


def _region_word(tok: Token) -> bool:
    return tok.core in _REGIONS or not _is_given_name(tok)


#: Abbreviated parts of Malay, Arabic and Bengali names, written with a full stop ("Mohd. Nasir", "Md. Rahman").
_NAME_ABBREVIATIONS = frozenset({"Mohd", "Muhd", "Moh", "Muh", "Md", "Abd", "Sk"})


def _last_lower_part(toks: list[Token], j: int) -> bool:
    text = toks[j].text
    return text in _PATRONYMIC_MARKERS or (
        j + 1 < len(toks) and toks[j + 1].text == "," and _PARTICLE.match(text) is not None
    )


#: Initials of two letters for one Cyrillic letter, their full stop a token of its own ("Zh. Ospanov").
_TWO_LETTER_INITIALS = frozenset({"Zh", "Kh", "Sh", "Ch", "Ts", "Ye", "Yu", "Ya", "Yo"})
#: Initials glued together, one of them of two letters, the last one's full stop a token of its own ("Zh.K.
#: Tulegenov", "B.Zh. Abdrakhmanov", "Ye.A. Ongarbayev").
_GLUED_TWO_LETTER = re.compile(r"^(?:[A-Z][a-z]?\.)+[A-Z][a-z]?$")
#: Words after a Central Asian name for "son of" and "daughter of" ("Bakyt Asan uulu", "Aigerim Nurlan kyzy").
_PATRONYMIC_MARKERS = frozenset({"uulu", "kyzy", "uly", "kyzi", "qizi", "ogli", "o‘g‘li", "o'g'li"})

#: Words of the calendar and of English grammar that are also given names ("Dr. May Thandar Aung", "Prof.
#: Sunday Adeyemi", "Professor He Jun", "Dr. An Chang-ho"): a name's first word only after a form of address.
_STOP_GIVEN_NAMES = frozenset(
    re.findall(
        r"\w+",
        """January February March April May June July August September October November December
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday He An You Will""",
    )
)


def _stop_given_name(toks: list[Token], i: int) -> bool:
    """Whether word ``i``, no name word by itself, opens a name after a form of address."""
    return (
        toks[i].text in _STOP_GIVEN_NAMES
        and 0 < i < len(toks) - 1
        and toks[i - 1].core in _HONORIFIC_CORES
        and toks[i + 1].start - toks[i].end <= 1
        and is_name_word(toks[i + 1].text)
    )


#: English function words that are also Chinese given names.
_SYLLABLE_STOPS = frozenset({"You", "He", "An"})


#: Heads of an institution's name after the possessive of whom it is named after.
_EPONYM_HEADS = frozenset(
    {"University", "Institute", "College", "Academy", "School", "Hospital", "Foundation"}
)
#: Vietnamese middle names, after which "An" is a given name.
_VIET_MIDDLE = frozenset({"Van", "Thi", "Duc", "Quoc", "Ngoc", "Thanh", "Huu", "Xuan", "Minh", "Dinh"})


def _name_like(toks: list[Token], j: int) -> bool:
    """``_name_word_at``, with the cached test of the word alone first (most words need no more); never a
    headline's verb ("Ambassador Kenji Mori Visits Almaty")."""
    text = toks[j].text
    kind = _NAME_LIKE_WORDS.get(text)
    if kind is None:
        kind = _name_like_word(text)
    if kind != _BY_CONTEXT:
        return kind == _ALWAYS
    return (
        (is_name_word(text) and text not in _HEADLINE_VERBS and text not in _PLACE_KINDS)
        or (len(text) <= 3 and _name_word_at(toks, j))
        or (
            "A" <= text[-1] <= "Z"  # a cheap test first: most words end in lower case
            and _CAPS_SURNAME.match(text) is not None
            and _caps_surname_at(toks, j)
        )
        or (
            "-" in text[2:4]  # a cheap test first: most words have no hyphen there
            and _ARABIC_ARTICLE.match(text) is not None
            and j > 0
            and is_name_word(toks[j - 1].text)
        )
    )


#: What the word alone tells of ``_name_like``: never, always, or it depends on the words around it.
_NEVER, _ALWAYS, _BY_CONTEXT = 0, 1, 2
#: Token text -> its ``_name_like_word``: a dict lookup per word instead of four tests (bounded like tokens').
_NAME_LIKE_WORDS: dict[str, int] = {}


def _name_like_word(text: str) -> int:
    """Which of ``_name_like``'s tests the word alone decides (most words: a lower-case word is never a name)."""
    if (is_name_word(text) and text not in _HEADLINE_VERBS and text not in _PLACE_KINDS) or (
        len(text) <= 3 and is_name_word(text)
    ):
        kind = _ALWAYS
    elif (
        (len(text) <= 3 and (text in _SYLLABLE_STOPS or _INITIAL.match(text) is not None))
        or ("A" <= text[-1] <= "Z" and _CAPS_SURNAME.match(text) is not None)
        or ("-" in text[2:4] and _ARABIC_ARTICLE.match(text) is not None)
    ):
        kind = _BY_CONTEXT
    else:
        kind = _NEVER
    if len(_NAME_LIKE_WORDS) < 65536:
        _NAME_LIKE_WORDS[text] = kind
    return kind


#: A surname in capitals, as francophone and Central Asian releases write it: "Abdoulaye DIOP", "Kim SUNG-HO".
_CAPS_SURNAME = re.compile(r"^[A-Z][A-Z’'\-]+[A-Z]$")


#: Letters after a name that are no surname: orders, fellowships, degrees, a seat in parliament.
_POST_NOMINALS = frozenset(
    {
        "OBE",
        "MBE",
        "CBE",
        "KBE",
        "DBE",
        "GBE",
        "FRS",
        "FRSE",
        "FBA",
        "MP",
        "MD",
        "QC",
        "KC",
        "SC",
        "DSC",
        "PHD",
    }
    | {"MBA", "MSC", "BSC", "LLM", "LLB", "FRCP", "FRCS", "FAAS", "FNA", "FAS", "SAN", "CON", "OON", "GCON"}
)


def _caps_surname_at(toks: list[Token], j: int) -> bool:
    """A word in capitals right after a given name (not itself in capitals) and before no capitalised word."""
    if toks[j].text in _POST_NOMINALS:
        return False
    if j == 0 or toks[j].start - toks[j - 1].end > 1 or not is_name_word(toks[j - 1].text):
        # "Mr. YAMADA Taro", "Professor SUZUKI Hiroshi": a family name first, after a title, before a given name
        if (
            j > 0
            and (toks[j - 1].core in _HONORIFIC_CORES or _is_title_word(toks[j - 1]))
            and j + 1 < len(toks)
            and toks[j + 1].start - toks[j].end <= 1
            and not toks[j + 1].text.isupper()
            and is_name_word(toks[j + 1].text)
        ):
            return True
        return _caps_family_first(toks, j)
    if toks[j - 1].text.isupper():
        return False
    return j + 1 >= len(toks) or not toks[j + 1].cap


#: A family name in capitals a reader can say (vowels between at most two consonants): "TANAKA", "NGUYEN",
#: "KIM", "LEE"; no acronym such as "KSTU" or "HNIST".
_SAYABLE_CAPS = re.compile(r"^(?:[BCDFGHJKLMNPQRSTVWXZ]{0,2}[AEIOUY]+)+[BCDFGHJKLMNPQRSTVWXZ]{0,2}$")


def _caps_family_first(toks: list[Token], j: int) -> bool:
    """A family name in capitals first with no title before it, then the given name and nothing capitalised
    after: "TANAKA Hiroshi, President of ...", "KIM Tae-hwan said", "NGUYEN Van Minh, Director of ..."."""
    text = toks[j].text
    if _SAYABLE_CAPS.match(text) is None or not _is_given_name_text(text.title()):
        return False
    k = j + 1
    if k >= len(toks) or toks[k].start - toks[j].end > 1 or toks[k].text.isupper():
        return False
    if not is_name_word(toks[k].text) or not _is_given_name_text(toks[k].core):
        return False
    if toks[k].core in _VIET_MIDDLE and k + 1 < len(toks) and is_name_word(toks[k + 1].text):
        k += 1  # "NGUYEN Van Minh": a Vietnamese middle name, then the given name
    # "KAZINFORM Arman Bekov": a word in capitals before a full name is a dateline's or a body's
    return k + 1 >= len(toks) or not toks[k + 1].cap or toks[k + 1].core in _HEADLINE_VERBS


def _caps_words(known_orgs: Sequence[str], orgs: list[OrgMention]) -> set[str]:
    """The words in capitals of the article's organisations' names and of the sentence's mentions."""
    names = [
        *known_orgs,
        *(o.name for o in orgs),
        *(o.acronym or "" for o in orgs),
        *(m for o in orgs for m in o.more),
    ]
    return {w for name in names for w in name.split() if len(w) > 1 and w.isupper()}


def _untitled_caps(toks: list[Token], j: int) -> bool:
    """A word in capitals with no title or honorific right before it."""
    return _CAPS_SURNAME.match(toks[j].text) is not None and (
        j == 0 or not (toks[j - 1].core in _HONORIFIC_CORES or _is_title_word(toks[j - 1]))
    )


#: An Arabic surname with its article in lower case after a given name: "Ahmed al-Tayeb", "Khalid el-Enany".
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ul|as|ash|az|ad|an|ar|at)-[A-Z][a-z]+$")


#: Kinds of place that end a title's place and start no name ("Akim of Almaty Region Marat Bekov").
_PLACE_KINDS = frozenset(
    {"Region", "County", "Province", "Oblast", "District", "Prefecture", "Governorate", "Municipality"}
)


#: Verbs of title-case headlines, which end a name before them.
_HEADLINE_VERBS = frozenset(
    re.findall(
        r"\w+",
        """Visits Meets Tours Receives Welcomes Hosts Greets Signs Opens Holds Discusses Arrives Attends
        Launches Joins Presents Celebrates Explores Strengthens Expands Thanks Congratulates Awards Honours
        Honors Delivers Gives Calls Pays Leads Heads Talks Says Urges Visit Meet Sign Hold Discuss
        Inks Ink Renews Seals Agrees Partners Teams Unveils Inaugurates Hails Offers Boosts Deepens Forges
        Establishes Grants Sends Signed Visited Welcomed Received Hosted Hands Handed Bestows Confers
        Addresses Lectures Speaks Briefs Donates Wins Invites Announces Opened Met Held""",
    )
)


def _name_word_at(toks: list[Token], j: int) -> bool:
    """Whether word ``j`` may be part of a name: a name word, "You" after "Zhang", or the initial "A."
    before another initial or a name ("A. S. Morozov"; "A" alone is the article)."""
    text = toks[j].text
    if is_name_word(text):
        return True
    if text in _SYLLABLE_STOPS:  # "Zhang You", "Nguyen Van An"
        return j > 0 and (toks[j - 1].text.lower() in HAN_FAMILY or toks[j - 1].text in _VIET_MIDDLE)
    return (
        _INITIAL.match(text) is not None
        and j + 1 < len(toks)
        and toks[j + 1].start - toks[j].end <= 1
        and is_name_word(toks[j + 1].text)
    )


_INITIAL = re.compile(r"^[A-Z]\.$")


def _role_before(
    sentence: str, offset: int, pos: int, toks: list[Token], taken: list[tuple[int, int]]
) -> re.Match[str] | None:
    """The nearest title before ``pos`` whose complement reaches the name without a clause break."""
    window_start = max(0, pos - offset - 220)
    found = previous = None
    for match in _ROLES_RE_FOLDED.finditer(sentence, window_start, pos - offset):
        found, previous = match, found
    if found is None:
        return None
    if (
        previous is not None
        and found.group(0) in _HONORIFIC_CORES
        and not _strip_honorifics(sentence[found.end() : pos - offset]).strip()
    ):
        # "Vice President of Yonsei University Professor Lee", "Rector of X, Professor Y": the post is the
        # title before the honorific
        earlier = _role_reaching(sentence, offset, previous, found.start() + offset, toks, taken)
        if earlier is not None:
            return earlier
    return _role_reaching(sentence, offset, found, pos, toks, taken)


def _role_reaching(
    sentence: str,
    offset: int,
    found: re.Match[str],
    pos: int,
    toks: list[Token],
    taken: list[tuple[int, int]],
) -> re.Match[str] | None:
    """``found`` when its complement reaches ``pos`` without a clause break or another person."""
    # "Chargé d'Affaires a.i. / ad interim of X": "ad interim" is part of the title (blanked, offsets kept)
    between = (
        sentence[found.end() : pos - offset].replace(" a.i.", "     ").replace(" ad interim", "           ")
    )
    # "Vice-Chancellor of X, Tan Sri Dato' Sri Dr. Y": the forms of address before the name are no person
    between = _strip_honorifics(between)
    if re.search(r"\band\s*$", _strip_honorifics(between)):
        return None  # "Director of X, and Alice Lao, Head of Y": the title belongs to the one before
    if _CLAUSE_BREAK.search(_DOTTED.sub("", _HONORIFIC_ANY.sub("", between))) or not _complement_ok(
        between, found.end() + offset, toks, taken
    ):
        return None
    return found


#: Full stops inside a name ("St. Petersburg", "named after A. S. Pushkin") end no clause.
_DOTTED = re.compile(r"\b(?:St|Mt|Ft|Univ|Acad|[A-Z])\.(?=\s?[A-Z])")

_LINKS = frozenset({"of", "for", "to", "in", "at", "on", "the", ",", "-", "–"})


def _complement_ok(between: str, start: int, toks: list[Token], taken: list[tuple[int, int]]) -> bool:
    """A title's complement starts with a preposition and names no other person."""
    words = between.split()
    if words and words[0][:1].islower() and words[0] not in _LINKS:
        return False
    inside = [
        t
        for t in toks
        if start <= t.start < start + len(between) and not any(a <= t.start < b for a, b in taken)
    ]
    places: list[tuple[int, int]] | None = None
    for a, b in pairwise(inside):
        if is_name_word(a.text) and _name_word_at([a, b], 1) and b.start - a.end <= 1:
            pair = f"{a.core} {b.core}"
            if country_of(pair) or city_country(pair):
                continue
            # country names ("the United Arab Emirates") are places, not a second person
            if places is None:
                places = [(start + x, start + y) for _, x, y, _ in find_countries(between)]
            if not any(x <= a.start < y or x <= b.start < y for x, y in places):
                return False
    return True


def _affiliation(orgs: list[OrgMention], start: int, end: int) -> OrgMention | None:
    inside = [o for o in orgs if start <= o.start and o.end <= end]
    return inside[-1] if inside else None


def _role_text(text: str) -> str:
    text = _strip_honorifics(text.strip()).strip(" ,-–")
    return re.sub(r"\s*\([^)]*\)\s*$", "", text).strip(" ,")


#: A capitalised word that ends a text (an acronym before a title: "KazNU Rector Anna Berg").
_WORD_AT_END = re.compile(r"(\b[A-Z][\w\-]+)\s*$")


def _mention(
    sentence: str, offset: int, toks: list[Token], run: tuple[int, int], orgs: list[OrgMention]
) -> PersonMention | None:
    first, last = toks[run[0]], toks[run[1] - 1]
    name = _name_text(toks, run)
    glued = _GLUED_HONORIFIC.match(name)  # "Dr.Hassan Al-Derham": the honorific written onto the name
    mention = PersonMention(
        name[glued.end() if glued else 0 :], first.start, last.end, tokens=run[1] - run[0]
    )
    before = sentence[: first.start - offset]
    honorific = _honorifics_at_end(before[-48:])  # the chain is short: search its end only
    if honorific:
        mention.honorific = honorific.group(0).strip()
    if glued:
        mention.start += glued.end()
        mention.honorific = f"{mention.honorific} {glued.group(0)}" if mention.honorific else glued.group(0)
    role = _role_before(sentence, offset, first.start, toks, [(o.start, o.end) for o in orgs])
    after = sentence[last.end - offset :]
    bare = (
        role is not None
        and (role.group(0) in _HONORIFIC_CORES or role.group(0).endswith(" Professor"))
        and not _role_text(sentence[role.end() : first.start - offset])
    )  # "Professor", "Associate Professor" right before the name: a rank, the post after it says more
    if bare and _POSTFIX.match(after):
        role = None  # a bare "Professor" before the name: the post after it says more ("Chen Jie, President of X")
    if role is not None:
        # "Vice-Provost", "Deputy-Director": the title's hyphenated first part belongs to it
        prefix = _HYPHEN_PREFIX.search(sentence[max(0, role.start() - 12) : role.start()])
        start = role.start() - (len(prefix.group(0)) if prefix else 0)
        mention.role = _role_text(sentence[start : first.start - offset]) or role.group(0)
        mention.role_start = start + offset
        mention.affiliation = _affiliation(orgs, start + offset, first.start)
        head = sentence[:start].rstrip()
        acr = _WORD_AT_END.search(head, max(0, head.rfind(" ")))  # the word after the last space, if any
        between = sentence[role.end() : first.start - offset]
        inner = re.search(r"\b([A-Z][A-Za-z\-]*[A-Z][\w\-]*)\b", between)
        if acr and is_acronym(acr.group(1)):
            mention.affiliation_acronym = acr.group(1)
        elif inner and is_acronym(inner.group(1)) and mention.affiliation is None:
            mention.affiliation_acronym = inner.group(1)
        if mention.affiliation is None and mention.affiliation_acronym is None:
            _of_after(sentence, offset, mention, orgs)  # "Rector Anna Berg of Riga Technical University"
        return mention
    post = _POSTFIX.match(after)
    if post:
        role_text = after[post.end() :]
        stop = _ROLE_TEXT_END.search(role_text[len(post.group(1)) :])
        role_text = role_text[: len(post.group(1)) + (stop.start() if stop else len(role_text))]
        mention.role = role_text.strip()
        mention.role_start = last.end + post.end()
        role_end = mention.role_start + len(role_text) + 1
        mention.affiliation = _affiliation(orgs, mention.role_start, role_end) or next(
            (o for o in orgs if mention.role_start <= o.start < role_end), None
        )  # "Rector of the University of X and Y": the role text stops at "and", the name goes on
        return mention
    mention.affiliation = _bracketed_org(after, last.end, orgs)
    if run[0] > 0 and toks[run[0] - 1].core == "Principal" and toks[run[0] - 1].cap:
        mention.role = "Principal"  # "chaired by Principal Anna Berg": the capital makes it the title
        mention.role_start = toks[run[0] - 1].start
        return mention
    if honorific or glued or _SPEECH.match(after) or _SPEECH_BEFORE.search(before[-40:]):
        return mention
    if _weak_cue(before, after, name) and _looks_personal(toks, run):
        return mention
    return None


def _bracketed_org(after: str, end: int, orgs: list[OrgMention]) -> OrgMention | None:
    """ "Anna Berg (Uppsala University)": the institution in brackets right after a name (ending at ``end``)."""
    if not after[:3].lstrip().startswith("("):
        return None
    bracket = end + after.index("(") + 1
    return next((o for o in orgs if o.start - bracket in (0, 1)), None)


def _weak_cue(before: str, after: str, name: str) -> bool:
    """A cue that names no title: the subject of a verb of meeting, a delegation's list, a name's shape."""
    if _SUBJECT_OF.match(after) or _KOREAN_SHAPE.match(name):
        return True
    if after[:3] in (" (c", " (l", " (r", " (s", " (f", " (m", " (t") and _PLACE_IN_PHOTO.match(after):
        return True  # "Askar Bekov (centre) with ...": where a caption's person stands
    if before[-1:].isspace() and _CAPTION.search(before[-40:]):
        return True
    words = before[-90:].split()
    while words and words[-1] in _ALL_HONORIFICS:
        words.pop()  # "accompanied by Dr. Anna Berg"
    return bool(words) and words[-1].lower() in _CUE_LAST and _CUE_BEFORE.search(before[-90:]) is not None


#: Where a photo caption's person stands, in brackets after the name: "(centre)", "(second from left)".
_PLACE_IN_PHOTO = re.compile(
    r"\s\((?:centre|center|left|right|middle|seated|standing|far\s+(?:left|right)|"
    r"(?:second|third|fourth)\s+from\s+(?:the\s+)?(?:left|right)|in\s+the\s+(?:centre|center|middle))\)"
)
#: A photo caption's order of the people shown: "(from left):", "L-R:", "Pictured (left to right):".
_CAPTION = re.compile(
    r"(?:\((?:from\s+)?(?:left|right)(?:\s+to\s+(?:right|left))?\)|\(?\b[LR]\s?-\s?[LR]\)?"
    r"|\b(?:[Ff]rom|[Ll]eft\s+to)\s+(?:left|right)|\bPictured)\s*:?\s*$"
)
#: The last words of the cues above: a cheap test before the pattern.
_CUE_LAST = frozenset(
    re.findall(
        r"\w+",
        """included includes include including comprised comprising of by deputy deputies were was adviser
        advisor assistant colleague colleagues counterpart successor predecessor with met meets meet received
        welcomed greeted thanked congratulated hosted invited student students graduate graduates alumnus
        alumna alumni undergraduate postgraduate candidate trainee intern teacher lecturer journalist volunteer
        together to researcher scientist scholar diplomat economist historian poet writer artist engineer expert
        entrepreneur linguist""",
    )
)


#: Words of regions and programmes that a run of capitalised words names rather than a person.
_NOT_PERSONAL = frozenset(
    {
        "America",
        "Asia",
        "Europe",
        "Africa",
        "East",
        "Eurasia",
        "Gulf",
        "Caucasus",
        "Pacific",
        "Union",
        "Latin",
    }
    | {"Plus", "Mundus", "Erasmus", "Horizon", "Online", "Digital", "Global", "International", "National"}
    | {"Region", "Oblast", "Province", "District", "County", "City", "Street", "Square", "Valley", "Road"}
    | {"Island", "Islands", "Lake", "River", "Sea", "Ocean", "Bay", "Coast", "Mountains"}
    # events, plans and products named in capitals: "Bologna Process", "Google Classroom", "Vision 2030"
    | {"Process", "Classroom", "Strategy", "Declaration", "Agreement", "Platform", "Award", "Prize"}
    | {"Summit", "Week", "Day", "Festival", "Olympiad", "Cup", "Games", "Challenge", "Lab", "Campus"}
    | {"Portal", "Conference", "Congress", "Expo", "Exhibition", "Contest", "Competition", "Map", "Plan"}
    | {"Vision", "Concept", "Roadmap", "Agenda", "Series", "Edition", "Report", "Index", "Ranking"}
    | {"Rankings", "Cloud", "Airways", "Airlines", "Way", "Hub", "Route", "Bridge", "Gateway", "Tower"}
)
#: What may follow a person's name; a lower-case noun after a name makes it a modifier ("Erasmus staff").
_AFTER_NAME = frozenset(
    {
        ",",
        ";",
        ".",
        ":",
        "(",
        ")",
        "-",
        "–",
        "—",
        "!",
        "?",
        "and",
        "of",
        "from",
        "at",
        "who",
        "with",
        "to",
        "in",
    }
    | {"on", "as", "was", "is", "has", "had", "have", "will", "would", "also", "said", "says", "noted", "for"}
    | {"about", "during", "after", "before", "when", "while", "that", "but", "or", "by", "via", "within"}
    | {
        "won",
        "gave",
        "took",
        "spoke",
        "made",
        "became",
        "went",
        "came",
        "led",
        "met",
        "held",
        "told",
        "wrote",
    }
    | {"can", "could", "should", "may", "must", "did", "does", "do", "are", "were"}
    | {"now", "currently", "recently", "first", "later", "then", "personally", "herself", "himself"}
)


def _looks_personal(toks: list[Token], run: tuple[int, int]) -> bool:
    """Whether a run read without a title looks like a person's name, not a place's, a programme's or a
    modifier's: no region word, no article before it, no bare noun after it."""
    i, j = run
    if any(t.core in _NOT_PERSONAL for t in toks[i:j]):
        return False
    if i > 0 and toks[i - 1].text.lower() in ("the", "a", "an"):
        return False
    if j < len(toks):
        nxt = toks[j].text
        if nxt[:1].isupper() and nxt.isalpha():
            return False  # part of a longer capitalised phrase: "Silk Road Studies"
        if (
            nxt[:1].islower()
            and nxt not in _AFTER_NAME
            and not nxt.endswith("ed")
            and not _SUBJECT_OF.match(nxt)
        ):
            return False
    return True


_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")


def _of_after(sentence: str, offset: int, mention: PersonMention, orgs: list[OrgMention]) -> None:
    """A bare title before the name and "of <institution>" after it: the person works there."""
    of = _OF_AFTER.match(sentence, mention.end - offset)
    if of is None:
        return
    org = next((o for o in orgs if o.start == of.end() + offset), None)
    if org is not None and mention.role and " " not in mention.role.strip():
        mention.affiliation = org
        mention.role = f"{mention.role} of {org.name}"


#: "..., said Anna Berg", "according to Anna Berg": a speech verb before the name.
_SPEECH_BEFORE = re.compile(
    r"(?:\b(?:said|says|noted|added|stressed|explained|emphasi[sz]ed|according\s+to)|[\"”],)\s*$",
    re.IGNORECASE,
)
#: A delegation's members, an agent after a passive verb of meeting, a deputy: "the delegation included",
#: "accompanied by", "led by", "signed by", "his deputy", "her Korean counterpart".
_CUE_BEFORE = re.compile(
    r"(?:\b(?:included|includes|include|including|comprised|comprising|(?:consisted|consisting|composed)\s+of|"
    r"(?:accompanied|led|headed|chaired|attended|joined|represented|signed|hosted|received|welcomed|greeted|"
    r"opened|moderated|given|delivered|congratulated|addressed|presented|conducted)\s+by)"
    # who took part, in the wording of translated reports: "with the participation of X", "in the
    # presence of X", "at the invitation of X", "also present were X", "together with X"
    r"|\b(?:with\s+the\s+participation|in\s+the\s+presence|at\s+the\s+invitation)\s+of"
    r"|\b(?i:also\s+)?present\s+(?:were|was)|\btogether\s+with|\bbrought\s+together"
    # "In attendance were X", "Joining the rector were X", "a lecture by X", "certificates were presented to X"
    r"|\b(?i:in\s+attendance\s+(?:were|was)|joining\s+(?:him|her|them|the\s+\w+)\s+(?:were|was))"
    r"|\b(?:lecture|talk|speech|presentation|keynote|address|remarks|masterclass|seminar)\s+by"
    # "The guests were shown around the campus by X", "taken on a tour of the library by X"
    r"|\b(?:shown|taken|guided)\s+(?:around|round|on\s+a\s+tour\s+of|through)\s+(?:[\w\-]+\s+){0,4}?by"
    r"|\b(?:were|was)\s+(?:presented|awarded|handed|given)\s+to"
    r"|\b(?:his|her|their)\s+(?:[A-Z][a-z]+\s+)?(?:deputy|deputies|adviser|advisor|assistant|colleague|"
    r"colleagues|counterpart|successor|predecessor)"
    # "among the guests were", "the speakers were", "participants included"
    r"|\b(?i:among\s+(?:them|the\s+\w+(?:\s+\w+)?)|guests|participants|speakers|attendees|members)\s+(?:were|was)"
    # the other side of a meeting: "met (with) X", "a meeting with X", "talks with X", "received X"
    r"|\b(?:met|meets|meet|meeting|talks|conversation|discussion|interview|(?:was|were)\s+held)\s+(?:with\s+)?"
    r"|\b(?:received|welcomed|greeted|thanked|congratulated|hosted|invited)\s+"
    # a lower-case word for what someone is: "student Aliya Serikova", "Kazakh graduate Marat Bekov"
    r"|\b(?:students?|graduates?|alumn(?:us|a|i)|undergraduate|postgraduate|(?:doctoral|PhD)\s+candidate|"
    r"trainee|intern|teacher|lecturer|journalist|volunteer|researcher|scientist|scholar|diplomat|economist|"
    r"historian|poet|writer|artist|engineer|expert|entrepreneur|linguist)\s+)"
    rf"\s*(?:{_HONORIFIC_ALT}\.?\s*)*$",
)
#: "Kim Tae-hwan met ...", "Anna Berg visited ...": a name as the subject of a verb of meeting or speech.
_SUBJECT_OF = re.compile(
    r"^\s*(?:\([^()]{1,60}\)\s*)?(?:(?:has|have|had|also|then|later|will|personally)\s+)*(?:met|meets|visited|visits|received|"
    r"receives|welcomed|welcomes|hosted|greeted|thanked|congratulated|held|paid|toured|attended|opened|"
    r"briefed|discussed|spoke|talked|assured|confirmed|reaffirmed|praised|commended|acknowledged|recalled|"
    r"underscored|underlined|invited|wished|took\s+part|participated|visit|meet|sign|"
    # what a host or a guest does at a ceremony: "Kwame Mensah inaugurated", "Lucia Fernandez chaired"
    r"inaugurated|launched|chaired|addressed|reiterated|urged|encouraged|led|unveiled|lauded|pledged|"
    # what a speaker does at a meeting: "Anna Berg presented the programmes", "Karim Haddad proposed"
    r"presented|presents|explained|explains|proposed|proposes|suggested|told|shared|introduced|"
    r"answered|replied|gave|delivered|conveyed|extended|handed|awarded|outlined|described|offered|"
    # a host showing the guests round: "Ainur Kassymova showed the guests the laboratories", "X guided them"
    r"showed|shows|guided|accompanied|acquainted|familiari[sz]ed|demonstrated|moderated|"
    # a person's career: "Aigerim Bekova was appointed rector", "Daniyar Sadykov graduated from", "Lina Haddad
    # heads the office", "Nurlan Omarov is a graduate of"
    r"graduated|studied|heads|joined|teaches|works|"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:appointed|elected|named|awarded|granted|born|invited)|"
    r"(?:is|was)\s+(?:a|an|the)\s+(?:graduate|student|professor|lecturer|researcher|alumn(?:us|a)|fellow|native))\b"
    # "Anna Berg, who heads the International Office, ...": a relative clause of what someone is or does
    r"|^\s*,\s*who\s+(?:heads|headed|leads|led|chairs|is|was|has\s+been|serves|served|works|worked|"
    r"teaches|taught|represents|oversees|studies|studied|graduated)\b"
)
#: "Kim Tae-hwan", "Park Geun-hye": a Korean name's shape (a short family name, a hyphenated given name).
_KOREAN_SHAPE = re.compile(r"^[A-Z][a-z]{1,3} [A-Z][a-z]{1,4}-[a-z]{2,5}$")
#: A list of people: what may stand between two of them.
_LIST_SEP = re.compile(
    rf"^\s*(?:\([^()]{{1,80}}\)\s*)?(?:[,;]\s*(?:and\s+)?|and\s+)(?:{_HONORIFIC_ALT}\.?\s*)*$"
)  # "A (Uppsala University) and B"

#: "Vice-Rectors Anna Berg and Peter Olsen": a plural title covers every name of its list.
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")


def find_persons(
    sentence: str,
    offset: int,
    toks: list[Token],
    orgs: list[OrgMention],
    *,
    known_orgs: Sequence[str] = (),
    org_aliases: Sequence[str] = (),
) -> list[PersonMention]:
    """Return people named in one sentence with a title, an honorific or a speech verb.

    ``known_orgs`` are the names of the article's organisations: a name without a title that opens one
    of them is its short form ("Oxford Brookes signed", after "Oxford Brookes University"), not a person;
    a word in capitals of their names, of ``org_aliases`` (their other names) or of the sentence's
    organisations' before a name with no title before it is the body's acronym ("KAZGU Aliya said"), no
    family name in capitals."""
    taken = [(o.start, o.end) for o in orgs]
    org_words: set[str] | None = None
    out: list[PersonMention] = []
    places: list[tuple[int, int]] | None = None
    covered = 0  # a run grown over particles covers the runs after it: "Mohammed bin Salem Al Nuaimi"
    left: list[tuple[int, int]] = []  # name-like runs not (yet) read as people
    bodies: list[PersonMention] = []  # names that are an organisation's (with its acronym after them)
    for run in _runs(toks, taken):
        if run[0] < covered:
            continue
        run = _without_titles(toks, run)
        if _untitled_caps(toks, run[0]):
            if org_words is None:
                org_words = _caps_words([*known_orgs, *org_aliases], orgs)
            if toks[run[0]].text in org_words:
                continue
        if run[1] - run[0] >= 2 and _near_country_word(toks, run):
            places = _places(sentence, offset) if places is None else places
            run = _outside(toks, run, places)
        run = _with_suffix(toks, _with_particles(toks, run, taken))
        covered = run[1]
        if _eponym(toks, run[0]):
            continue  # "the Institute named after N. Bekov": whose name the body bears, no person of the text
        size = run[1] - run[0]
        if size == 1 and _GLUED_INITIALS.match(toks[run[0]].text):
            size = 2  # "B.Tulegen": initials glued to the surname are a whole name
        if size == 1 and _one_word_name(sentence, offset, toks, run[0], taken):
            mention = _mention(sentence, offset, toks, run, orgs)
            if mention is not None:
                out.append(mention)
            continue
        # initials and lower-case particles do not count: "A. S. M. Maksud Kamal", "Jose de la Cruz y Mendoza"
        initials = sum(
            1
            for t in toks[run[0] : run[1] - 1]
            if _INITIAL.match(t.text) or t.text in _LOWER_PARTICLES or t.text == "."
        )
        if (
            size < 2
            or size - initials > 6
            or (
                size - initials > 4
                and not any(
                    t.core in _NAME_PARTICLES or t.text in _LOWER_PARTICLES for t in toks[run[0] : run[1]]
                )
            )
        ):
            continue  # five or six words only with a particle: "Ahmed Al Hay Al Hameli"
        text = sentence[toks[run[0]].start - offset : toks[run[1] - 1].end - offset]
        if country_of(text) or city_country(text):
            continue  # "Hong Kong", "Saudi Arabia": places, not people
        if any(t.core in _FOLDED_HEADS or t.core in _NEVER_NAME for t in toks[run[0] : run[1]]):
            continue  # "Universite Cheikh Anta Diop": an institution's head word written without its accents
        if toks[run[1] - 1].possessive and run[1] < len(toks) and toks[run[1]].text in _EPONYM_HEADS:
            continue  # "King Mongkut's Institute of Technology": whose name an institution bears
        mention = _mention(sentence, offset, toks, run, orgs)
        if mention is None and out:
            mention = _listed_under(sentence, offset, toks, run, out[-1])
        if (mention is None or (mention.role is None and mention.affiliation is None)) and size in (2, 3):
            glued = _glued_to_body(toks, run, orgs)
            if glued is not None:
                glued.honorific = mention.honorific if mention else None
                mention = glued
        if mention is not None and known_orgs and _short_form_of_org(mention, known_orgs):
            continue
        if mention is not None and known_orgs and _names_a_body(mention.name, toks, run[1], known_orgs):
            bodies.append(mention)  # "the Rector of L.N. Gumilyov ENU, X": the namesake before the acronym
        if mention is not None:
            out.append(mention)
        elif size <= 4 and _looks_personal(toks, run):
            left.append(run)
    if left and out:
        _listed_with(sentence, offset, toks, left, out, orgs)
    # read as names until here, so that the names listed beside them are read too
    return [m for m in out if m not in bodies] if bodies else out


#: Words that follow a title or a form of address but name no one ("Ambassador Extraordinary", "Madam Speaker").
_AFTER_TITLE = frozenset(
    re.findall(
        r"\w+",
        """Extraordinary Plenipotentiary Emeritus Emerita Magnificus Designate Elect General Honoris Causa
        Speaker Deputy Senior Junior Adjunct Visiting Honorary Chief Executive Office Officer Counsellor Counselor
        Ordinarius Pro Tem Tempore Excellency Highness Majesty Holiness Eminence Ladies Gentlemen Sirs""",
    )
)
#: Words of things named after a title or a form of address, never of a name ("Dr. Honoris Causa degrees",
#: "Professor Lecture Series", "the President Hotel", "Vice-Rector Academic").
_NEVER_NAME = frozenset(
    re.findall(
        r"\w+",
        """Honoris Causa Lecture Lectures Series Hotel Programme Program Scholarship Scholarships Fellowship
        Fellowships Medal Hall Auditorium Building Academic Affairs Chair Chairs Research Innovation Schools
        Colleges Institutes Academies Centres Centers Lyceum Gymnasium
        Mosque Cathedral Palace Mausoleum Memorial Monument Stadium Airport Theatre Theater Square Tower""",
    )
)


def _one_word_name(
    sentence: str, offset: int, toks: list[Token], i: int, taken: list[tuple[int, int]]
) -> bool:
    """A name of one word right after a form of address or a title and before a verb or a stop: "Dr. Sukarno,
    Rector of ...", "Professor Suharto said", "signed by Rector Budiono and ...", "Ms. Lan noted".

    Indonesian, Burmese and Ethiopian usage names people by one name; elsewhere a surname alone after a title
    is the person named in full before, whom the article's record merges it with."""
    tok = toks[i]
    core = tok.core
    if core in _NAME_ABBREVIATIONS:
        return False
    if (
        (len(core) < 3 and core.lower() not in _SHORT_FAMILY)
        or not core.isalpha()
        or core in _AFTER_TITLE
        or core in _NOT_PERSONAL
        or core in _NEVER_NAME
    ):
        return False
    if i == 0 or core in _FOLDED_HEADS or _is_title_word(tok):
        return False
    prev = toks[i - 1]
    if prev.start >= tok.start - 1 and prev.text in ("-", "–"):
        return False
    before = sentence[max(0, tok.start - offset - 48) : tok.start - offset]
    if not (
        _honorifics_at_end(before)
        or (prev.cap and ROLE_RE.fullmatch(prev.core) is not None and not prev.possessive)
    ):
        return False
    if i + 2 < len(toks) and toks[i + 1].text == "." and toks[i + 2].cap:
        return False  # "Mohd. Hamdi": a stop inside the sentence ends an abbreviation, not the name
    if tok.possessive:  # "President Tokayev's adviser", not "Dr. Tan's Clinic"
        if i + 1 < len(toks) and toks[i + 1].cap:
            return False
    elif i + 1 < len(toks):
        nxt = toks[i + 1].text
        after = sentence[tok.end - offset :]
        if nxt not in _ONE_WORD_AFTER and not _SPEECH.match(after) and not _SUBJECT_OF.match(after):
            return False
    if country_of(core) or city_country(core) or core in country_words():
        return False
    return not any(a <= tok.start < b for a, b in taken)


#: Family names of two letters, a name of one word after a title ("President Xi", "Dr. Ng", "Minister Oh").
_SHORT_FAMILY = HAN_FAMILY | frozenset({"xi", "ng", "oh", "ko"})

#: What may follow a name of one word: a stop, a list's link, a bracket.
_ONE_WORD_AFTER = frozenset({",", ".", ";", ":", "(", ")", "and", "—", "–"})


def _names_a_body(name: str, toks: list[Token], end: int, known_orgs: Sequence[str]) -> bool:
    """Whether a name is an organisation's whole name ("L.N. Gumilyov ENU", a family name in capitals to
    the person reader) or is one with the acronym right after it ("S.D. Asfendiyarov [KazNMU]")."""
    if end < len(toks) and toks[end].cap:
        with_next = f"{name} {toks[end].core}"
        return name in known_orgs or with_next in known_orgs
    return toks[end - 1].core.isupper() and name in known_orgs


def _short_form_of_org(mention: PersonMention, known_orgs: Sequence[str]) -> bool:
    """A name read without a title or a form of address that opens an organisation's name."""
    if mention.role or mention.honorific or mention.affiliation:
        return False
    prefix = mention.name + " "
    return any(name.startswith(prefix) for name in known_orgs)


def _listed_with(
    sentence: str,
    offset: int,
    toks: list[Token],
    left: list[tuple[int, int]],
    out: list[PersonMention],
    orgs: list[OrgMention],
) -> None:
    """Names listed next to a person's ("A, B and C") are people too: each is added to ``out`` in place.

    Only neighbours can be listed together (anything between two names is in their gap), so one pass
    forward ("Rector A, B and C") and one backward ("A, B and C said") over the names in order suffice:
    linear in a sentence's names, however long their list.
    """
    items: list[PersonMention | tuple[int, int]] = sorted([*out, *left], key=_item_start(toks))
    for order in (range(1, len(items)), range(len(items) - 2, -1, -1)):
        for k in order:
            run = items[k]
            other = items[k - 1] if order.step == 1 else items[k + 1]
            if isinstance(run, PersonMention) or not isinstance(other, PersonMention):
                continue
            first, last = toks[run[0]], toks[run[1] - 1]
            if order.step == 1:
                gap = sentence[other.end - offset : first.start - offset]
            else:
                gap = sentence[last.end - offset : other.start - offset]
            if _LIST_SEP.match(gap):
                name = _name_text(toks, run)
                listed = PersonMention(name, first.start, last.end, tokens=run[1] - run[0])
                listed.affiliation = _bracketed_org(sentence[last.end - offset :], last.end, orgs)
                items[k] = listed
                out.append(listed)
    out.sort(key=lambda m: m.start)


def _item_start(toks: list[Token]) -> Callable[[PersonMention | tuple[int, int]], int]:
    return lambda item: item.start if isinstance(item, PersonMention) else toks[item[0]].start


def _glued_to_body(toks: list[Token], run: tuple[int, int], orgs: list[OrgMention]) -> PersonMention | None:
    """ "the Senate of the Oliy Majlis Rustam Kholov": a name right after a body's name is its member's."""
    first, last = toks[run[0]], toks[run[1] - 1]
    if run[0] and toks[run[0] - 1].possessive:
        return None  # "the Government of Canada's Emerging Leaders Program": the body's, not its member
    body = next((o for o in orgs if 0 <= first.start - o.end <= 1 and o.type == "Government"), None)
    if body is None:
        return None
    name = _name_text(toks, run)
    return PersonMention(name, first.start, last.end, affiliation=body, tokens=run[1] - run[0])


def _listed_under(
    sentence: str, offset: int, toks: list[Token], run: tuple[int, int], prev: PersonMention
) -> PersonMention | None:
    """The next name of "Professors A, B and C": the plural title of the first one holds for it."""
    title = (prev.role or "").split()
    gap = sentence[prev.end - offset : toks[run[0]].start - offset]
    if not title or not title[0].endswith("s") or not _LIST_GAP.match(gap):
        return None
    if not ROLE_RE.fullmatch(title[0][:-1]):
        return None
    first, last = toks[run[0]], toks[run[1] - 1]
    name = _name_text(toks, run)
    return PersonMention(name, first.start, last.end, role=prev.role, tokens=run[1] - run[0])


_HYPHEN_PREFIX = re.compile(r"\b(?:[Vv]ice|[Dd]eputy|[Pp]ro|[Aa]cting|[Cc]o)-$")
_GLUED_HONORIFIC = re.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms|Engr|Amb)\.(?=[A-Z][a-z])")
#: "B.Tulegen", "A.S.Morozova", and the two-letter initials of Mongolian names: "Ts.Batbayar", "Sh.Enkhbat".
_GLUED_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.){1,3}[A-Z][a-z]{2,}$")
#: Lower-case particles inside a name: "Juan Carlos de la Vega", "Ludwig van der Berg", "Ahmed bin Ali".
_LOWER_PARTICLES = frozenset(
    {
        "de",
        "la",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "le",
        "van",
        "der",
        "den",
        "von",
        "bin",
        "binti",
        "bint",
        "binte",
        "ibni",
        "ibn",
        "al",
        "el",
        "los",
        "las",
        "y",  # "de la Cruz y Mendoza": the two surnames of a Spanish name
        "e",  # "dos Santos e Silva": the two surnames of a Portuguese name
        "wa",  # "Ngugi wa Thiong'o": "son of" in Kikuyu names
        "ould",  # "Mohamed ould Abdallah": "son of" in Mauritanian names
    }
)


def _with_particles(toks: list[Token], run: tuple[int, int], taken: list[tuple[int, int]]) -> tuple[int, int]:
    """The run carried over lower-case particles to the name words after them ("bin Salem Al Nuaimi")."""
    i, j = run
    while j > i:
        k = j
        while k < len(toks) and toks[k].text in _LOWER_PARTICLES and k - j < 3:
            k += 1
        if k == j or k >= len(toks) or not is_name_word(toks[k].text):
            return i, j
        if any(a <= toks[k].start < b for a, b in taken):
            return i, j  # "Anna Berg of the University": the particle leads into an organisation
        j = k + 1
        while j < len(toks) and is_name_word(toks[j].text) and toks[j].start - toks[j - 1].end <= 1:
            if toks[j - 1].possessive or any(a <= toks[j].start < b for a, b in taken):
                break
            j += 1
    return i, j


_HONORIFIC_CORES = frozenset(h.rstrip(".") for h in _ALL_HONORIFICS)

#: What ends a name of a father's and son's ("Jose P. Laurel III", "Martin Luther King Jr.").
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr.", "II", "III", "IV"})


def _with_suffix(toks: list[Token], run: tuple[int, int]) -> tuple[int, int]:
    """The run carried over a generational suffix right after it ("Jose P. Laurel III"), or a ruler's number
    after a ruler's title ("King Abdullah II")."""
    i, j = run
    if j >= len(toks) or toks[j].text not in _SUFFIXES or toks[j].start - toks[j - 1].end > 1:
        return run
    if j - i >= 2 or (i > 0 and toks[i - 1].core in _RULERS and toks[j].text in ("II", "III", "IV")):
        return i, j + 1
    return run


_RULERS = frozenset({"King", "Queen", "Emir", "Sultan", "Pope"})


def _is_given_name(tok: Token) -> bool:
    """Whether a word after "in/to/of" starts a name rather than ends a place ("presented to John Smith Jr.").

    Only a word the gazetteer knows as a place, or one of two-word place names' first words, ends a title.
    """
    return (
        _is_given_name_text(tok.core)
        and tok.core not in _COUNTRY_STARTS
        and tok.core not in _NOT_PERSONAL  # "to the United States of America Yerzhan Ashikbayev"
    )


def _is_given_name_text(text: str) -> bool:
    return city_country(text) is None and country_of(text) is None


def _city_word(tok: Token) -> bool:
    """A capitalised word that names a city but no country ("Lima", "Zarqa")."""
    return tok.cap and city_country(tok.core) is not None and country_of(tok.core) is None


#: Titles a run of capitalised words may start with though the shared word lists miss them
#: ("Vice-rector Askar Bekov", "Sheikh Omar Al Thani"): cut off, so that the name starts after them.
def _is_title_word(tok: Token) -> bool:
    core = tok.core
    if core in _ADDRESS_WORDS or core in _OCCUPATIONS:
        return True
    # "Vice-rector", "Vice-Provost", "Pro-Vice-Chancellor": a title however its hyphens are written;
    # "Ambassador-at-Large", "Rector-elect": a title and what qualifies it
    return core[:1].isupper() and (
        ROLE_RE.fullmatch(core) is not None
        or (
            "-" in core
            and (
                ROLE_RE.fullmatch(core.replace("-", " ")) is not None
                or (
                    ROLE_RE.fullmatch(core.split("-")[0]) is not None
                    and all(p.lower() in _TITLE_QUALIFIERS for p in core.split("-")[1:])
                )
            )
        )
    )


#: What may follow a title after a hyphen: "Ambassador-at-Large", "Rector-elect", "Dean-designate".
_TITLE_QUALIFIERS = frozenset({"at", "large", "elect", "designate", "general"})
#: Occupations written before a name at the start of a sentence ("Economist Ricardo Lagos said").
_OCCUPATIONS = frozenset(
    re.findall(
        r"\w+",
        """Economist Scientist Historian Poet Writer Journalist Diplomat Scholar Artist Engineer Expert
        Entrepreneur Alumna Alumnus Student Graduate Linguist Physicist Chemist Mathematician Composer
        Principal Registrar Bursar Officer""",
    )
)


def _without_titles(toks: list[Token], run: tuple[int, int]) -> tuple[int, int]:
    """The run without the titles or forms of address it starts with."""
    i, j = run
    while j - i > 1:
        if j - i > 2 and (toks[i].core, toks[i + 1].core) in _TWO_WORD_ADDRESS:
            i += 2
        elif _is_title_word(toks[i]):
            i += 1
        else:
            break
    return i, j


def _near_country_word(toks: list[Token], run: tuple[int, int]) -> bool:
    """Whether a country's name may overlap the run (a cheap test before the country scan)."""
    words = country_words()
    edge = [toks[run[0]], toks[run[1] - 1]] + ([toks[run[0] - 1]] if run[0] else [])
    if run[0] >= 2 and toks[run[0] - 1].text == "and" and toks[run[0] - 2].cap:
        return True  # "of Trinidad and Tobago Maria Lopez": a country's name of two parts may end the run
    return any(t.core in words or t.core in _COUNTRY_STARTS for t in edge)


#: First words of many-word country names that are no country by themselves ("United Arab Emirates").
_COUNTRY_STARTS = frozenset(
    {"United", "Arab", "Republic", "New", "South", "North", "Sri", "Costa", "El", "Saint"}
    | {"Viet", "Burkina", "Sierra", "Cabo", "Papua", "Timor"}
)


#: Words after which a capital is the place it names ("the Embassy in Sofia").
_PLACE_LINKS = frozenset({"in", "to", "of", "from", "at", "near", "for", "and"})


def _places(sentence: str, offset: int) -> list[tuple[int, int]]:
    """Spans of the country names of a sentence (in article offsets)."""
    return [(offset + a, offset + b) for _, a, b, _ in find_countries(sentence)]


def _outside(toks: list[Token], run: tuple[int, int], places: list[tuple[int, int]]) -> tuple[int, int]:
    """The run without words of a country name ("United Arab Emirates Ahmed Al Hameli" -> the name).

    A capital that opens a two-word run after no preposition is a first name ("Sofia Russo, Dean of X"),
    one that ends it after a name word a surname ("Paulo Lima").
    """
    i, j = run
    if j - i == 2 and _city_word(toks[i]) and (i == 0 or toks[i - 1].text not in _PLACE_LINKS):
        return run
    # "Paulo Lima", "Ana Victoria", "Joao Pedro Sousa Lima": a surname or second name that is a capital's
    surname_city = _city_word(toks[j - 1]) and not any(a <= toks[j - 2].start < b for a, b in places)
    if j - i == 2 and surname_city:
        return run
    while i < j and any(a <= toks[i].start < b for a, b in places):
        i += 1
    while j > i and not surname_city and any(a <= toks[j - 1].start < b for a, b in places):
        j -= 1
    return i, j
