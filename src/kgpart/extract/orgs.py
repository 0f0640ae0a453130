"""Find organisation names in a sentence: a capitalised phrase around a head noun."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from kgpart.extract.gazetteer import (
    FOREIGN_HEADS,
    HEADLESS_BODIES,
    NATIONAL_BODIES,
    ORG_WORDS,
    STOP_CAPS,
    US_STATES,
    city_country,
    country_names,
    country_of,
    country_words,
    demonyms,
    find_countries,
    long_city_in,
)
from kgpart.extract.orgnames import (
    NAME_FIELDS,
    canonical_ministry,
    canonical_post,
    host_phrase,
    state_phrase,
    whole_country,
)
from kgpart.extract.tokens import HONORIFIC_CORES, ROLE_SINGLE, Token, head_type, is_acronym, is_name_word

#: Connectors allowed inside a name after its head ("Ministry of Science and Higher Education").
_RIGHT_LINKS = frozenset({"of", "for", "&", "and"})
_EMBASSY_LINKS = frozenset({"in", "to"})
#: Connectors inside names in other languages ("Università degli Studi di Milano", "Universidad de Chile").
_FOREIGN_LINKS = frozenset(
    {
        "di",
        "de",
        "degli",
        "del",
        "della",
        "delle",
        "dei",
        "des",
        "du",
        "da",
        "do",
        "dos",
        "das",
        "y",
        "e",
        "für",
        "der",
        "zu",
        "pour",
        "para",
        "per",
        "à",
        "van",
        "voor",
        "und",
        "et",
    }
)
#: Adjectives that names in French, Spanish, Portuguese and Italian write in lower case after their head.
_ADJECTIVE_TEXT = """
    normale supérieure supérieur polytechnique fédérale libre nationale catholique pratique centrale
    internationale européenne nacional autónoma autonoma católica politécnica técnica tecnológica
    federal estadual pontificia pontifícia nova superiore statale tecnica cattolica libera politecnica
    français française national hautes haute superior superiores supérieures nacionales
"""
_FOREIGN_ADJECTIVES = frozenset(_ADJECTIVE_TEXT.split())
#: Lower-case words of what a name in French, Spanish, Portuguese or Italian teaches or studies, after
#: a connector ("Institut national des langues et civilisations orientales", "École des hautes études
#: en sciences sociales", "Universidad de ciencias aplicadas"): a closed set, so an English verb ends it.
_FOREIGN_FIELD_TEXT = """
    langues civilisations orientales études sciences sociales politiques économiques lettres arts
    métiers ponts chaussées mines commerce gestion ingénieurs agronomie agronomiques administration
    technologie technologies humaines appliquées informatique médecine santé enseignement recherche
    ciencias estudios ingeniería tecnología artes letras aplicadas económicas humanidades educación
    ciências estudos engenharia tecnologia letras educação saúde studi scienze lingue lettere
    internationales internacionales relations relaciones agricultura agriculture ambientales ambientais
    naturales exactas médicas jurídicas agrarias forestales comerciales físicas matemáticas
"""
_FOREIGN_FIELDS = frozenset(_FOREIGN_FIELD_TEXT.split())
_FOREIGN_LOWER_LINKS = _FOREIGN_LINKS | {"en", "em"}


def _foreign_field(tok: Token) -> bool:
    """A lower-case word of a field in a foreign name, also elided ("d'administration")."""
    word = tok.text
    if word[:2] in ("d'", "d’", "l'", "l’"):
        word = word[2:]
    return not tok.cap and (word in _FOREIGN_FIELDS or word in _FOREIGN_ADJECTIVES)


def _foreign_lower_tail(toks: list[Token], end: int) -> int:
    """The end of the lower-case part of a foreign name from ``end``: connectors, articles and field
    words ("des langues et civilisations orientales"); ``end`` when no field word follows."""
    j = end
    while j < len(toks):
        k = j
        if _foreign_field(toks[k]) and toks[k].text[:2] in ("d'", "d’", "l'", "l’"):
            k += 1
        elif toks[k].text in _FOREIGN_LOWER_LINKS:
            k += 1
            while k < len(toks) and toks[k].text in _FOREIGN_ARTICLES:
                k += 1
            if k >= len(toks) or not _foreign_field(toks[k]):
                break
        else:
            break
        while k < len(toks) and _foreign_field(toks[k]):
            k += 1
        j = k
    return j


_ARTICLES = frozenset({"the"})
#: Articles after a connector in other languages: "Universidad de los Andes", "Universidad de la República".
_FOREIGN_ARTICLES = frozenset({"la", "las", "los", "el", "le", "les", "il", "lo"})
#: The links and articles _extend_right reads after a head, by (embassy, foreign head): the unions made once,
#: not at every name.
_LINKS_AFTER_HEAD = {
    (embassy, foreign): _RIGHT_LINKS
    | (_EMBASSY_LINKS if embassy else frozenset())
    | (_FOREIGN_LINKS if foreign else frozenset())
    for embassy in (False, True)
    for foreign in (False, True)
}
_ARTICLES_OF_FOREIGN_NAMES = _ARTICLES | _FOREIGN_ARTICLES


@dataclass
class OrgMention:
    """An organisation name found in the text, with what its context says about it."""

    name: str
    start: int
    end: int
    type: str
    acronym: str | None = None
    possessor: str | None = None
    parent_acronym: str | None = None
    parent: OrgMention | None = None
    short: str | None = None  # the name without "named after X"
    generic: bool = False  # "Consulate General": only another name of one the article names in full
    country: str | None = None  # the state named before it ("Kazakhstan's Ministry of Education")
    more: tuple[str, ...] = ()  # other names as written
    first: int = 0
    last: int = 0


#: Words of titles that also qualify a body ("Saudi Cultural Bureau", "Executive Office", "First
#: Moscow Medical Institute"): inside a run before a head they are part of the name.
_TITLE_QUALIFIERS = frozenset(
    {"Cultural", "High", "General", "Executive", "First", "Second", "Third", "Permanent", "Defence", "Chief"}
)
#: Heads of a body made of institutions or serving one: "Turkic University Union", "Asian Universities
#: Alliance", "Kazan University Hospital"; the institution's head before them stays in the name.
_GROUP_HEADS = frozenset(
    {"Union", "Association", "Alliance", "Consortium", "Network", "Hospital", "Clinic", "Library", "Museum"}
)
_MEMBER_HEADS = frozenset({"University", "Universities", "College", "Colleges", "Institute", "Institutes"})


#: Verbs of title-case headlines ("Chinese Ambassador Visits University of Ghana", "University of Lagos
#: Signs MoU with X"): they end a name and start none.
_HEADLINE_VERBS = frozenset(
    re.findall(
        r"\w+",
        """Visits Meets Signs Hosts Receives Welcomes Discusses Launches Inks Opens Holds Explores Tours
        Greets Attends Joins Presents Celebrates Strengthens Expands Thanks Congratulates Honours Honors
        Delivers Calls Pays Seeks Agrees Sets Renews Extends Unveils Marks Boosts Eyes Mulls Considers
        Reviews Partners Teams Collaborates Cooperates Establishes Inaugurates Concludes Announces Organises
        Organizes Offers Invites Wins Donates Conducts Participates Supports Becomes Shares Organised
        Organized Signed Hosted Visited Welcomed Held Launched Opened Received Discussed Explored Celebrated
        Inaugurated Concluded Met Attended Presented Announced Awarded Donated Conducted""",
    )
)


#: A name after an Arabic article written in lower case: "al-Farabi", "el-Sayed", "ibn-Sina".
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ar|an|at|az|ibn)[-‑][^\W\d_a-z]")


#: Links of Arabic and Malay patronymics inside an eponym: "Mohammed bin Rashid University".
#: Lower-case words inside a person's name that a body is named after: "bin", and the titles Kazakh
#: names carry in translation ("Kazakh Ablai khan University", "Raiymbek batyr").
_PATRONYMICS = frozenset({"bin", "bint", "binti", "ibn", "khan", "batyr"})
_NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "di", "van", "von"})
_INNER_LINKS = _PATRONYMICS | _NAME_PARTICLES
_ROYAL_TITLES = frozenset(
    {"Prince", "Princess", "King", "Queen", "Sheikh", "Sheikha", "Imam", "Emir", "Sultan"}
)


def _patronymic(toks: list[Token], j: int) -> bool:
    """ "bin" between two capitalised names ("Imam Abdulrahman bin Faisal University"), a particle of a
    name in another language ("Ateneo de Manila University")."""
    return (
        toks[j].text in _INNER_LINKS
        and 0 < j < len(toks) - 1
        and toks[j - 1].cap
        and toks[j + 1].cap
        and (toks[j].text in _PATRONYMICS or head_type(toks[j - 1].core) is None)
    )


#: Links inside a name whose last word is possessive: "the University of Tsukuba's Faculty".
_OWNER_LINKS = frozenset({"of", "for"} | (_FOREIGN_LINKS - {"e", "y"}))
#: Verbs a person's name comes before: "Universität Wien Anna Berg said".
_SAYS = frozenset(
    {"said", "says", "noted", "added", "stressed", "told", "explained", "emphasised", "emphasized"}
)


#: Token text -> _left_ok's answer (it reads the word alone, its core and capital: asked ~100 times an article;
#: bounded like persons' _NAME_LIKE_WORDS).
_LEFT_OK: dict[str, bool] = {}


def _left_ok(tok: Token) -> bool:
    """The word may stand before a head in its name: "Kazakh National [University]"."""
    ok = _LEFT_OK.get(tok.text)
    if ok is None:
        ok = _left_ok_word(tok)
        if len(_LEFT_OK) < 65536:
            _LEFT_OK[tok.text] = ok
    return ok


def _left_ok_word(tok: Token) -> bool:
    core = tok.core
    if core == "I" or _ARABIC_ARTICLE.match(core):
        return True  # "Quaid I Azam University", "al-Farabi Kazakh National University"
    if not tok.cap or core in STOP_CAPS or core in HONORIFIC_CORES or core in _HEADLINE_VERBS:
        return False
    if core in _BODY_ROLES or core in ("Emeritus", "Emerita"):
        return False  # "Universitas Gadjah Mada Partner University", "Professor Emeritus Ghent University"
    if core in ROLE_SINGLE and core not in _TITLE_QUALIFIERS:
        return False
    return head_type(core) is None or core in ("Science", "State")


def _bracket_before(toks: list[Token], i: int) -> int | None:
    """ "Kazan (Volga Region) Federal University", "Russian-Tajik (Slavonic) University": a bracket of
    one to three capitalised words inside a name, after a name word; the index of that word."""
    if i < 1 or toks[i - 1].text != ")":
        return None
    k = i - 2
    while k >= 0 and i - 2 - k < 3 and toks[k].cap and toks[k].text not in ("(", ")"):
        k -= 1
    if k < 1 or k == i - 2 or toks[k].text != "(" or not _left_ok(toks[k - 1]) or toks[k - 1].possessive:
        return None
    if any(head_type(t.core) or t.core in country_words() for t in toks[k + 1 : i - 1]):
        return None  # "Almaty University (Kazakhstan) Centre", "(Tsinghua University) Institute"
    return k - 1


#: Heads written in lower case after a state's adjective: "a Korean university", "the Kenyan ministry".
_LOWER_HEADS = frozenset(
    {"university", "universities", "institute", "institutes", "college", "colleges", "ministry", "embassy"}
)


def _place_before_and(toks: list[Token], at: int, k: int, stop: int) -> bool:
    """The "and" at ``at`` follows a city's or a state's name and the run ``toks[k:stop]`` after it
    holds no field of study: the place ended one name and the next body starts ("University of Oslo
    and Karolinska Institutet"); a state named with "and" ("of Bosnia and Herzegovina") goes on."""
    place = toks[at - 1]
    if not place.cap or place.possessive or place.core in NAME_FIELDS:
        return False
    if city_country(place.core) is None and country_of(place.core) is None:
        return False
    if any(t.core in NAME_FIELDS for t in toks[k:stop]):
        return False  # "Institute of Europe and Eurasian Studies"
    return (
        _state_run(toks, at - 1) <= at
        and whole_country(" ".join(t.text for t in toks[at - 1 : stop])) is None
    )


#: Fields a body's name lists that NAME_FIELDS and the endings below do not cover.
_MORE_FIELDS = frozenset(
    {"Mines", "Transfer", "Crafts", "Handicrafts", "Textiles", "Roads", "Lands", "Posts", "Letters"}
)
#: What a word of a field list looks like by its ending: an adjective of a field ("Agrotechnical",
#: "Architectural", "Veterinary", "Humanitarian") or an abstract noun ("Development", "Policy",
#: "Accounting", "Analysis", "Administration", "Industries", "Governance").
_FIELD_SHAPE = re.compile(
    r"^[A-Z][a-z]{3,}(?:ical|ural|ional|ntal|rial|tial|ary|arian|tion|tions|sion|ment|ments|ance|ence|cy|ies|ing|sis)$"
)


def _field_like(tok: Token) -> bool:
    """A capitalised word that names a field of a body's work, never a place's name."""
    core = tok.core
    if core in NAME_FIELDS or core in _BOARD_DUTIES or _DISCIPLINE.match(core) or core in _MORE_FIELDS:
        return True
    return (
        _FIELD_SHAPE.match(core) is not None
        and core not in country_words()
        and city_country(core) is None
        and head_type(core) is None
    )


def _and_inside(toks: list[Token], i: int, link: str = "and") -> bool:
    """ "Saudi Data and Artificial Intelligence Authority": ``toks[i - 1]`` is an "and" (or the comma
    of a list before it) between two words of organisation names (never a person's or a state's),
    inside one name."""
    return (
        i >= 2
        and toks[i - 1].text == link
        and toks[i].cap
        and _field_like(toks[i])
        and toks[i - 2].cap
        and _field_like(toks[i - 2])
        and head_type(toks[i - 2].core) is None
        and not toks[i - 2].possessive
        and toks[i - 2].core not in country_words()
    )


#: Legal forms written before the name of a state's university or institute (Kazakh, Russian, Uzbek).
LEGAL_PREFIXES = frozenset(
    {"NJSC", "NCJSC", "NPJSC", "JSC", "RSE", "NAO", "NCO", "LLP", "FSBEI", "FSAEI", "FGBOU", "FGAOU", "SBEI"}
)
#: A company's legal form after its name: "Rolls-Royce plc", "PetroChina Company Limited".
_LEGAL_FORMS = frozenset(
    {"Ltd", "Limited", "AG", "GmbH", "plc", "PLC", "LLP", "LLC", "JSC", "PJSC", "Inc", "Corp"}
)


_LEGAL_TAIL = re.compile(r"(?:\s+Co\.?,?)?\s+(?:" + "|".join(sorted(_LEGAL_FORMS)) + r")\.?$")


_STATE_FORMS = frozenset({"Republic", "Kingdom", "Sultanate", "Emirate", "State", "Federation"})


#: Saints named together before a head: "Ss. Cyril and Methodius University", "Saints Peter and Paul".
_SAINTS = frozenset({"Ss", "SS", "Sts", "Saints"})
#: What a university body is of, between "University" and its head: "University Grants Commission".
_UNIVERSITY_BODIES = frozenset(
    {"Grants", "Sports", "Students", "Student", "Rectors", "Admissions", "Entrance"}
)
#: Heads that end a name inside a longer one (the "Organisation" of "Shanghai Cooperation Organisation
#: University", the "Trust" of "Education Trust Fund") and the heads that may follow them.
_INNER_HEADS = frozenset({"Trust", "Organisation", "Organization", "Union", "Bank"})
_OUTER_HEADS = frozenset({"Fund", "University", "Institute", "Commission", "Office", "Centre", "Center"})
#: The words before a run that ``_left_jump`` may go past (a cheap test before calling it).
_JUMP_WORDS = frozenset({"University", "Universities"} | _INNER_HEADS)


def _left_jump(toks: list[Token], i: int, head: int) -> int | None:
    """Where a name goes on to the left past a word that ends a run of name words at ``i``, or None:
    two saints joined by "and", "University" before what its body deals with, a body's head that is
    part of a longer name."""
    if i >= 3 and toks[i - 1].text == "and" and is_name_word(toks[i - 2].text):
        j = i - 2
        if toks[j - 1].text == "Saints":
            return j - 1
        if j >= 2 and toks[j - 1].text == "." and toks[j - 2].text in _SAINTS:
            return j - 2
    if i < 1 or i > head or not toks[i - 1].cap or toks[i - 1].possessive:
        return None
    word = toks[i - 1].core
    if word in ("University", "Universities") and toks[i].core in _UNIVERSITY_BODIES:
        return i - 1
    if (
        word in _INNER_HEADS
        and i - 1 == head - 1
        and toks[head].core in _OUTER_HEADS
        and i >= 2
        and _left_ok(toks[i - 2])
        and not toks[i - 2].possessive
    ):
        return i - 1
    return None


def _extend_left(toks: list[Token], head: int) -> tuple[int, str | None]:
    """Return the first token of the name and the possessor before it ("UGhent’s Faculty")."""
    i = head
    if toks[head].core in _LEGAL_FORMS:
        while i > 1 and toks[i - 1].text in (".", ",") and toks[i - 2].text in ("Co", ".", ","):
            i -= 1  # "Huawei Technologies Co., Ltd."
        i -= i < head and toks[i - 1].text == "Co"
    if (
        toks[head].core in _GROUP_HEADS
        and i > 1
        and toks[i - 1].core in _MEMBER_HEADS
        and toks[i - 1].cap
        and _left_ok(toks[i - 2])
        and not toks[i - 2].possessive
    ):
        i -= 1  # "Turkic University Union" (not a bare "University Library")
    elif (
        toks[head].core == "College"
        and i > 0
        and toks[i - 1].core == "University"
        and toks[i - 1].cap
        and not toks[i - 1].possessive
    ):
        i -= 1  # "University College London", "University College Dublin": one name with two heads
    jump: int | None = i
    while jump is not None:
        i = jump
        while (
            i > 0
            and (_left_ok(toks[i - 1]) or (toks[i - 1].text in _INNER_LINKS and _patronymic(toks, i - 1)))
            and not toks[i - 1].possessive
        ):
            i -= 1
            if i >= 2 and toks[i - 1].text == "&" and len(toks[i].text) == 1 and len(toks[i - 2].text) == 1:
                i -= 2  # "Texas A&M University": one word written with "&"
            elif (
                i >= 2
                and toks[i - 1].text == "&"
                and toks[head].core in ("Foundation", "Fund", "Trust")
                and is_name_word(toks[i].text)
                and is_name_word(toks[i - 2].text)
                and not toks[i - 2].possessive
            ):
                i -= 2  # "Bill & Melinda Gates Foundation": a couple's foundation
            if _and_inside(toks, i):
                i -= 2
                while _and_inside(toks, i, link=","):
                    i -= 2  # "Educational, Scientific and Cultural Organization"
        jump = (
            _left_jump(toks, i, head)
            if i > 0 and (toks[i - 1].text == "and" or toks[i - 1].core in _JUMP_WORDS)
            else None
        )
    if i >= 2 and toks[i - 1].text == "." and toks[i - 2].text in _DIGRAPHS:
        i -= 2  # "Kh. Dosmukhamedov Atyrau University"
    if i >= 2 and toks[i - 1].text == "+" and toks[i - 2].cap and _left_ok(toks[i - 2]):
        i -= 2  # "Erasmus+ National Office", "National Erasmus+ Office": a programme's office
        while i > 0 and _left_ok(toks[i - 1]) and not toks[i - 1].possessive:
            i -= 1
    if i > 0 and toks[i - 1].core in _ROYAL_TITLES and any(_patronymic(toks, x) for x in range(i, head)):
        i -= 1  # "Princess Nourah bint Abdulrahman University": the title is part of the eponym
    elif (
        head - i == 1
        and i >= 2
        and toks[i - 1].text == "of"
        and toks[i - 2].core in ("Prince", "Princess")
        and toks[i].core not in ORG_WORDS
        and (i < 3 or toks[i - 3].core != "Crown")
    ):
        i -= 2  # "Prince of Songkla University", "Princess of Naradhiwas University": a prince's title
    bracket = _bracket_before(toks, i)
    if bracket is not None:
        i = bracket  # "Kazan (Volga Region) Federal University"
        while i > 0 and _left_ok(toks[i - 1]) and not toks[i - 1].possessive:
            i -= 1
    if i > 0 and toks[i - 1].possessive and (toks[i - 1].core in _WHOM or toks[i - 1].core in _PEERS):
        i -= 1  # "Women's University in Africa", "Rectors' Conference": whom it serves, not who owns it
        while i > 0 and _left_ok(toks[i - 1]) and not toks[i - 1].possessive:
            i -= 1  # "Sookmyung Women's University"
    elif i > 0 and toks[i - 1].possessive and toks[i - 1].cap and _left_ok(toks[i - 1]):
        if is_acronym(toks[i - 1].core) and not country_of(toks[i - 1].core):
            return i, toks[i - 1].core  # "UGhent’s Faculty" (not "the UAE's Ministry": a state's)
        owner = i - 1
        while owner > 0 and _left_ok(toks[owner - 1]) and not toks[owner - 1].possessive:
            owner -= 1
        if (
            owner > 1
            and toks[owner - 1].text == "of"
            and toks[owner - 2].core in _STATE_FORMS
            and country_of(" ".join(t.core for t in toks[owner - 2 : i]))
        ):
            return owner - 2, None  # "the Republic of Kazakhstan's Ministry of Education": a state's
        if (
            (owner > 1 and toks[owner - 1].text in _OWNER_LINKS and toks[owner - 2].cap)
            or (owner > 0 and toks[owner - 1].cap and _foreign_head(toks[owner - 1].core))
            or (toks[head].core == "College" and head_type(toks[i - 1].core) == "University")
        ):  # "Makerere University's College of X": the university is named by itself
            return (
                i,
                None,
            )  # "the University of Tsukuba's Faculty of Medicine": the owner is a name of its own
        i = owner
    # "Teacher of the Future Centre": a short "X of the" before the capitalised run
    j = i - 1
    if j >= 0 and toks[j].text in _ARTICLES:
        j -= 1
    if (
        j >= 2
        and toks[j].text == "of"
        and _left_ok(toks[j - 1])
        and not toks[j - 1].possessive
        and not toks[j - 2].cap
        and toks[j - 2].text not in _RIGHT_LINKS  # "Faculty of Law of X": "Law" ends the name before
        and toks[j - 1].core in ORG_WORDS
    ):
        return j - 1, None
    return i, None


#: Heads of a unit, whose full name is a complement ("Faculty of Law"), never a person's name before it.
_UNIT_WORDS = frozenset(
    {"Faculty", "Department", "School", "Institute", "Centre", "Center", "Chair", "Laboratory"}
)


def _after_a_titled_person(toks: list[Token], first: int, head: int) -> int:
    """Where a name begins when a title and a person's two names come before it, as captions write
    them: "Rector Ali Khan [Cairo University]", "Dean Maria Silva [Faculty of Law]"; ``first`` when
    no such person is there. A name of two words before a university's head stays ("Dr. Kwame
    Nkrumah University")."""
    if first == 0 or head - first < 2:
        return first
    title = toks[first - 1].core
    if title not in ROLE_SINGLE and title not in HONORIFIC_CORES:
        return first
    if not (is_name_word(toks[first].text) and is_name_word(toks[first + 1].text)):
        return first
    rest = first + 2
    if rest < head or (
        toks[head].core in _UNIT_WORDS and head + 1 < len(toks) and toks[head + 1].text == "of"
    ):
        return rest
    return first


#: Fields a university's name may end with before a unit's name ("of Economics Faculty of Finance").
_FIELD_NOUNS = frozenset(
    {
        *("Law", "Medicine", "Business", "Engineering", "Education", "Science", "Sciences", "Technology"),
        *("Arts", "Agriculture", "Management", "Finance", "Studies", "Languages", "Relations", "Pharmacy"),
        *("Nursing", "Health", "Humanities", "Diplomacy", "Tourism", "Architecture", "Design", "Music"),
    }
)
#: Heads of a university's units: one of them with "of" after it starts the unit's own name.
_UNIT_STARTS = frozenset({"Faculty", "Department", "School", "Institute", "Centre", "Center", "College"})


def _unit_starts(toks: list[Token], j: int) -> bool:
    """A unit's name starts at ``j`` inside a run after a field ("University of Economics Faculty of
    Finance"; not "Kyoto Institute of Design", whose first word is its own)."""
    return (
        toks[j].core in _UNIT_STARTS
        and j + 1 < len(toks)
        and toks[j + 1].text == "of"
        and (toks[j - 1].core in _FIELD_NOUNS or _DISCIPLINE.match(toks[j - 1].core) is not None)
    )


def _complement_end(toks: list[Token], k: int, *, keep_names: bool = False) -> int:
    """Return the end (exclusive) of a capitalised run starting at ``k``, without a person's name
    (with it when ``keep_names``)."""
    j = k
    while j < len(toks):
        if _place_particle(toks, j, k) or (j > k and toks[j - 1].cap and _ELIDED.match(toks[j].text)):
            j += (
                1  # "University of Dar es Salaam", "Federal University of Rio Grande do Sul", "Côte d'Ivoire"
            )
            continue
        if not (
            (toks[j].cap or toks[j].text in ("&", "-"))
            and toks[j].core not in STOP_CAPS
            and toks[j].core not in _HEADLINE_VERBS
            and toks[j].core not in _BODY_ROLES  # "Universitas Gadjah Mada Partner University"
            and (j == k or toks[j].core not in _OFFERS)  # "Council for Cultural Relations Scholarship"
            and not (j > k and toks[j].core in _COLLECTIVES and _place_word(toks[j - 1]))  # "of Ghana Alumni"
            and (
                j == k
                or toks[j].core not in ROLE_SINGLE
                or toks[j - 1].core == "First"
                or (keep_names and j + 1 < len(toks) and toks[j + 1].text in _FOREIGN_LINKS)
            )  # "Senate of X Chairman Y": the title ends the name ("Library of the First President" goes on)
            and not (toks[j].core in _BYLINE_WORDS and j + 1 < len(toks) and toks[j + 1].core == "Service")
            and not (j > k and _unit_starts(toks, j))
        ):
            break
        j += 1
        if toks[j - 1].possessive and not (j < len(toks) and toks[j].core in ("Republic", "Democratic")):
            break  # "People’s Republic of China" goes on
    names = 0
    while (
        not keep_names
        and names < j - k
        and is_name_word(toks[j - 1 - names].text)
        and toks[j - 1 - names].core not in NAME_FIELDS  # "Quality Assurance": a field, no person
    ):
        names += 1
    cut = names if 2 <= names < j - k else 2 if names >= 3 else 0
    if any(t.core in _PLACE_OPENERS for t in toks[j - cut : j]):
        cut = 0  # "University of California Santa Barbara": a campus's city, no person
    # a run ending in two or more name-like words after an organisation word is a person ("... Diplomacy
    # Sergei X"); when the whole run is name-like, a person's name is most often its last two words ("of the
    # Oliy Majlis Rustam Kholov")
    j -= cut
    if not keep_names and j - k >= 2:
        j = _trailing_place(toks, k, _person_after_place(toks, k, j))
    while j > k and toks[j - 1].text in _PLACE_PARTICLES:
        j -= 1  # "Superiore di [Sanità Marco Rossi]": a person cut off, the particle goes with them
    return j


def _trailing_place(toks: list[Token], k: int, j: int) -> int:
    """The end of a run ``toks[k:j]`` without a place that says where the body is rather than names
    it: "University of Lagos [Nigeria]" (a city and its state), "University of Chile [Santiago] campus"."""
    if j - k < 2:
        return j
    state = whole_country(toks[j - 1].core)
    if state and city_country(toks[j - 2].core) == state and not toks[j - 2].possessive:
        return j - 1  # (a city of another state names a branch campus: "University of Nottingham Malaysia")
    if j < len(toks) and toks[j].text in ("campus", "branch") and city_country(toks[j - 1].core):
        return j - 1
    return j


#: First words of places' names, never of a person's: "San Antonio", "Santa Barbara", "Fort Worth".
_PLACE_OPENERS = frozenset(
    {
        "San",
        "Santa",
        "Santo",
        "São",
        "Sao",
        "Los",
        "Las",
        "Fort",
        "Port",
        "Lake",
        "Mount",
        "Saint",
        "St",
        "New",
    }
)


#: What a body offers, named after it: "Indian Council for Cultural Relations Scholarship Scheme".
_OFFERS = frozenset(
    {
        "Scholarship",
        "Scholarships",
        "Fellowship",
        "Fellowships",
        "Scheme",
        "Grant",
        "Grants",
        "Award",
        "Awards",
        "Prize",
    }
)


def _place_word(tok: Token) -> bool:
    return tok.core in country_words() or city_country(tok.core) is not None


#: People of a body, named after it: "University of Nairobi Team", "Embassy of Japan Officials".
_COLLECTIVES = frozenset(
    {
        "Team",
        "Teams",
        "Alumni",
        "Officials",
        "Staff",
        "Students",
        "Delegation",
        "Delegates",
        "Researchers",
        "Scientists",
        "Professors",
        "Lecturers",
        "Graduates",
        "Representatives",
        "Members",
        "Volunteers",
    }
)


#: An initial glued to a surname: "D.Ganbold", "A.Karimov".
_GLUED_INITIAL = re.compile(r"^(?:[A-Z][a-z]?\.){1,2}[A-Z][a-z]{2,}$")


def _person_at(toks: list[Token], p: int, j: int) -> bool:
    """``toks[p:j]`` reads as a person's name: "D.Ganbold", "D. Ganbold", "Sofia Russo" (a first
    name that is also a city's), "Noor Azuan"; never a place of its own ("Santa Barbara")."""
    run = toks[p:j]
    if len(run) == 1:
        return bool(_GLUED_INITIAL.match(run[0].core))
    if len(run) > 3 or any(
        t.possessive or head_type(t.core) or t.core in ORG_WORDS or t.core in NAME_FIELDS for t in run
    ):
        return False
    if _is_initial(run[0]) and len(run) == 2:
        return is_name_word(run[1].text)
    if not is_name_word(run[-1].text) or city_country(run[-1].core) or run[-1].core in country_words():
        return False
    if run[0].core in _PLACE_OPENERS or city_country(" ".join(t.core for t in run)):
        return False  # "San Antonio", "Santa Barbara"
    return all(is_name_word(t.text) or city_country(t.core) for t in run[:-1])


def _person_after_place(toks: list[Token], k: int, j: int) -> int:
    """The end of a run ``toks[k:j]`` after "of" without the person named after its place or field:
    "University of Padua [Sofia Russo]", "Faculty of Medicine [Anna Weber]", "National University of
    Mongolia [D.Ganbold]" (a title before the name "of X" is the person's post)."""
    for p in range(k + 1, j):
        head = toks[k:p]
        if not all(
            t.core in NAME_FIELDS or t.core in country_words() or city_country(t.core) for t in head
        ) or any(t.possessive for t in head):
            continue
        if _person_at(toks, p, j):
            return p
    return j


#: Lower-case words inside the name of a place: "Dar es Salaam", "Rio Grande do Sul", "Frankfurt am Main".
_PLACE_PARTICLES = frozenset(
    {"es", "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "la", "el", "al", "am", "upon"}
)


def _place_particle(toks: list[Token], j: int, k: int) -> bool:
    """A lower-case particle at ``j`` between two capitalised words of the run that began at ``k``."""
    return (
        toks[j].text in _PLACE_PARTICLES
        and j > k
        and toks[j - 1].cap
        and not toks[j - 1].possessive
        and j + 1 < len(toks)
        and toks[j + 1].cap
        and toks[j + 1].core not in STOP_CAPS
    )


#: Who a state's body is "under": "Institute for Strategic Studies under the President of Kazakhstan".
_UNDER_WHOM = frozenset({"President", "Government", "Cabinet", "Ministry", "Prime", "Presidential"})


_ELIDED = re.compile(r"^(?:d|dell|l)[’'][^\W\d_a-z]")


def _elided_place(toks: list[Token], k: int, links: frozenset[str]) -> bool:
    """ "d'Abomey-Calavi": a linking word of a name in another language glued to the next word."""
    return "de" in links and bool(_ELIDED.match(toks[k].text))


def _bracketed_state(sentence: str, toks: list[Token], k: int, base: int) -> str | None:
    """The state in brackets at ``k`` after a name, where it lies: "(Belgium)", "(Czech Republic)"."""
    close = next((j for j in range(k + 1, min(len(toks), k + 6)) if toks[j].text == ")"), None)
    return whole_country(_name(sentence, toks, k + 1, close, base)) if close and close > k + 1 else None


def _state_run(toks: list[Token], k: int) -> int:
    """The end of a state's name starting at ``k`` ("Egypt", "the Kingdom of Saudi Arabia"), or ``k``."""
    j = k + (k < len(toks) and toks[k].text == "the")
    for end in range(min(len(toks), j + 6), j, -1):
        text = " ".join(t.text for t in toks[j:end])
        if whole_country(text) and text not in demonyms():  # "in Russian" is a language
            return end
    return k


def _capital_article(toks: list[Token], k: int) -> bool:
    """ "of The Gambia", "of The Bahamas": a state whose own name is written with "The"."""
    return toks[k].text == "The" and k + 1 < len(toks) and country_of(toks[k + 1].core) is not None


def _under_the_state(toks: list[Token], k: int) -> bool:
    return (
        k + 2 < len(toks)
        and toks[k].text == "under"
        and toks[k + 1].text == "the"
        and toks[k + 2].core in _UNDER_WHOM
    )


#: Acronyms of fields that a name may end with: "Ministry of Science and ICT".
_FIELD_ACRONYMS = frozenset({"ICT", "ICTs", "IT", "AI", "R&D", "STEM", "IoT"})


def _other_acronym(word: str) -> bool:
    """An acronym after "and" inside a name's complement: another organisation's, not a field's."""
    return is_acronym(word) and word not in _FIELD_ACRONYMS and country_of(word) is None


def _state_with_and(toks: list[Token], k: int) -> bool:
    """ "St. Vincent and the Grenadines": the "and the" at ``k`` is inside a state's name."""
    return any(
        country_of(" ".join(t.text for t in toks[j : k + 3])) is not None for j in range(max(0, k - 3), k)
    )


def _state_after(toks: list[Token], head: int, end: int) -> bool:
    """A state's or a city's name right after a university's head, ending the name: a campus named by
    its place ("Monash University Malaysia", "COMSATS University Islamabad"); not a demonym, not a
    longer name."""
    if toks[head].core not in ("University", "College") or end != head + 1 or end >= len(toks):
        return False
    tok = toks[end]
    after = toks[end + 1] if end + 1 < len(toks) else None
    return (
        tok.cap
        and not tok.possessive
        and (tok.core in country_names() or city_country(tok.core) is not None)
        and (after is None or not after.cap)
        and (after is None or after.text not in ("of", "for"))
    )


def _two_word_city_after(toks: list[Token], head: int, end: int) -> bool:
    """A city of two words right after a university's head: a campus named by its place."""
    if toks[head].core not in ("University", "College") or end != head + 1 or end + 1 >= len(toks):
        return False
    a, b = toks[end], toks[end + 1]
    if not (a.cap and b.cap) or a.possessive or (end + 2 < len(toks) and toks[end + 2].cap):
        return False
    return city_country(f"{a.core} {b.core}") is not None


def _placed_before(toks: list[Token], first: int, head: int, state: str) -> bool:
    """ "Ghent University Belgium", "Cairo University Egypt": the name already holds a city or a state
    of that state, so the state after it says where it is, not which campus."""
    country = country_of(state)
    return country is not None and any(
        country_of(t.core) == country or city_country(t.core) == country for t in toks[first:head]
    )


def _of_the_state(m: OrgMention, state: str, written: str) -> None:
    """ "Kazakhstan's Ministry of Education" -> "Ministry of Education of Kazakhstan", as a state's
    body is named, when its own words do not say whose it is; the words as written stay aliases."""
    m.country = state
    words = m.name.replace(",", " ").split()
    if find_countries(m.name) or not all(
        w in NAME_FIELDS or head_type(w) or not w[:1].isupper() for w in words
    ):
        return  # "Korea's Seoul National University": the name is its own
    m.more = (written,)  # not the bare name: another state's "Ministry of Education" may follow
    m.name = f"{m.name} of {state_phrase(state)}"


def _state_ministry(m: OrgMention) -> None:
    """ "the Kazakh Foreign Ministry", "Uzbekistan's MFA": a state's ministry by its canonical name
    ("Ministry of Foreign Affairs of Kazakhstan"), the words as written an alias."""
    found = canonical_ministry(m.name)
    if found is not None:
        m.more = (*m.more, m.name)
        m.name, m.country, m.type = found[0], found[1], "Ministry"


def _possessive_state(toks: list[Token], first: int, head: int) -> tuple[int, str] | None:
    """ "South Africa's Department of X", "Kazakhstan’s Ministry of Y": the state whose body it is,
    and where the body's own name begins."""
    for p in range(first, head):
        if toks[p].possessive:
            if first > 0 and toks[first - 1].cap and _foreign_head(toks[first - 1].core):
                return None  # "Universitas Indonesia's Faculty": a university's, not a state's
            state = country_of(" ".join(t.core for t in toks[first : p + 1]))
            return (p + 1, state) if state else None
    return None


_SCHOOL_HEADS = frozenset({"University", "Institute", "Academy", "College", "Conservatory"})


def _placed(toks: list[Token], first: int, end: int) -> int:
    """ "Agricultural University in the city of Arkadag", "Medical University in Plovdiv": a name of
    common words only is told apart by its city, which joins the name."""
    if end < len(toks) and toks[end].text == "," and _comma_city(toks, first, end):
        return end + 2
    if (
        end >= len(toks)
        or toks[end].text != "in"
        or toks[end - 1].core not in _SCHOOL_HEADS  # a joint centre "in Maputo" is a place, not a name
        or not all(t.core in ORG_WORDS or _whose(t) for t in toks[first:end])
    ):
        return end
    k = end + 1
    if [t.text for t in toks[k : k + 3]] == ["the", "city", "of"]:
        k += 3
    if k < len(toks) and toks[k].cap and (city_country(toks[k].core) is not None or k > end + 1):
        return k + 1
    # "British University in Egypt", "Women's University in Africa": a school named for a people or
    # for whom it teaches, abroad or in a region, has the state or region in its name
    if end - first >= 2 and _whose(toks[first]) and k < len(toks) and toks[k].cap:
        for size in (2, 1):
            place = " ".join(t.core for t in toks[k : k + size])
            if k + size <= len(toks) and (country_of(place) == place or place in _REGIONS):
                return k + size
    return end


#: Regions a school's name may end with after "in" ("Women's University in Africa").
_REGIONS = frozenset(
    {
        "Africa",
        "Asia",
        "Europe",
        "Central Asia",
        "East Africa",
        "West Africa",
        "Central Europe",
        "Latin America",
    }
)
#: Whom a school teaches, in its name with a possessive ("Women's University", "Children's Academy").
_WHOM = frozenset({"Women", "Children", "People", "Peoples", "Workers"})


def _whose(tok: Token) -> bool:
    """A people's adjective or whom a school is for, as a name's first word ("British", "Women's")."""
    return (tok.core in demonyms() and country_of(tok.core) != tok.core) or (
        tok.possessive and tok.core in _WHOM
    )


def _comma_city(toks: list[Token], first: int, end: int) -> bool:
    """ "University of Engineering and Technology, Lahore", "University of Agriculture, Faisalabad": a
    school named by its fields alone takes its city after a comma (not "University of Ghana, Accra")."""
    if end + 1 >= len(toks) or toks[end].text != "," or not toks[end + 1].cap:
        return False
    if toks[end + 1].possessive or city_country(toks[end + 1].core) is None:
        return False
    if end + 2 < len(toks) and (toks[end + 2].cap or toks[end + 2].text in ("-", "–")):
        return False  # "Lahore Campus", a longer place
    heads = [
        k
        for k in range(first, end)
        if head_type(toks[k].core) in ("University", "ResearchInstitute", "School")
    ]
    if not heads:
        return False
    # a state's name before the head qualifies it ("Vietnam National University, Hanoi"); after "of" it
    # already says which one ("University of Ghana, Accra")
    return all(
        t.core in NAME_FIELDS
        or t.text in ("of", "and", "&", "Administration")
        or (k < heads[0] and t.core in country_words())
        for k, t in enumerate(toks[first:end], start=first)
    )


_US_STATE_UNIVERSITY = re.compile(
    rf"(?:^University of (?:{'|'.join(sorted(US_STATES))})\b|^(?:{'|'.join(sorted(US_STATES))})\b.*University$)"
)


def _campus(toks: list[Token], first: int, end: int) -> int:
    """ "University of California, Davis", "University of Wisconsin–Madison", "University of Texas at
    Austin": a state university's campus, named by its town after a comma, a dash or "at", is a name
    of its own; return the new end."""
    if (
        end + 1 >= len(toks)
        or toks[end].text not in (",", "–", "-", "—", "at")
        or toks[first].core != "University"
    ):
        return end
    words = [t.core for t in toks[first:end]]
    if words[:2] != ["University", "of"] or " ".join(words[2:]) not in US_STATES:
        return end
    k = end + 1
    while k < len(toks) and k - end <= 2 and toks[k].cap and not head_type(toks[k].core):
        k += 1
    if k == end + 1 or (k < len(toks) and toks[k].cap) or any(t.core in STOP_CAPS for t in toks[end + 1 : k]):
        return end
    return k


def _has_head(core: str) -> bool:
    """A head noun, alone or in a compound ("School-Lyceum", "Humboldt-Universität")."""
    return head_type(core) is not None or ("-" in core and any(head_type(p) for p in core.split("-")))


def _foreign_head(core: str) -> bool:
    """ "Universidad", "Humboldt-Universität": a head after which a name in another language goes on."""
    return core in FOREIGN_HEADS or ("-" in core and core.rsplit("-", 1)[1] in FOREIGN_HEADS)


def _after_a_title(toks: list[Token], first: int) -> bool:
    """True when a title and "of" come before the name at ``first`` ("Rector of [the] X"): only there
    may a person's name follow it in the same run ("Rector of Universiti Malaya Noor Azuan")."""
    j = first - 1
    if j >= 0 and toks[j].text.lower() in _ARTICLES:
        j -= 1
    if j < 1 or toks[j].text != "of":
        return False
    word = toks[j - 1].core
    return word.capitalize() in ROLE_SINGLE or word.rsplit("-", 1)[-1].capitalize() in ROLE_SINGLE


def _field_of_study(toks: list[Token], k: int, stop: int, kind: str) -> bool:
    """ "Administration" after "and" in a faculty's name is what it teaches ("Faculty of Economics and
    Administration", "Institute of Management and Public Administration"), not the next body."""
    if toks[stop - 1].core not in ("Administration", "Government"):
        return False
    if kind in ("Faculty", "School") and stop == k + 1:
        return True
    return (
        kind != "Embassy"
        and stop - k == 2
        and toks[k].core in ("Public", "Business", "Educational", "Health", "Local")
    )


def _before_says(toks: list[Token], head: int) -> bool:
    """True when the capitalised run after ``head`` ends at a verb of saying: a person ends it."""
    j = head + 1
    while j < len(toks) and (toks[j].cap or toks[j].text in _FOREIGN_LINKS):
        j += 1
    return j < len(toks) and toks[j].text in _SAYS


def _headless_at(toks: list[Token], k: int) -> bool:
    """A body known by a name without a head starts at ``k`` ("Campus France", "Rossotrudnichestvo")."""
    two = f"{toks[k].core} {toks[k + 1].core}" if k + 1 < len(toks) else ""
    return toks[k].core in HEADLESS_BODIES or two in HEADLESS_BODIES


#: Subjects after "in" inside a name: "National Agency for Quality Assurance in Higher Education",
#: "Centre for Research in Science Education" (a place after "in" ends the name).
_IN_SUBJECTS = frozenset(
    {
        *("Education", "Higher", "Science", "Sciences", "Research", "Teaching", "Learning", "Engineering"),
        *("Medicine", "Health", "Agriculture", "Technology", "Mathematics", "Energy", "Mining", "Nursing"),
        "Management",
    }
)


#: Words of an event's name after "in" + a subject: "in Education Week" is when, not what.
_EVENT_WORDS = frozenset(
    {"Week", "Day", "Days", "Month", "Year", "Forum", "Fair", "Conference", "Summit", "Festival"}
)


def _extend_right(toks: list[Token], head: int, kind: str, first: int) -> int:
    """Return the index after the last token of the name whose head is at ``head``."""
    end = head + 1
    if kind == "Embassy" and end < len(toks) and toks[end].core.lower() == "general":
        end += 1  # "Consulate General"
    if end < len(toks) and toks[end].core in ("Française", "Français"):
        end += 1  # "Alliance Française of Bishkek"
    if kind == "Company" and end < len(toks) and toks[end].core in _LEGAL_FORMS:
        return end + 1  # "PetroChina Company Limited", "Sinopec Group Ltd"
    in_complement = False
    foreign = _foreign_head(toks[head].core)
    links = _LINKS_AFTER_HEAD[kind == "Embassy", foreign]
    articles = _ARTICLES_OF_FOREIGN_NAMES if foreign else _ARTICLES
    titled = foreign and (_after_a_title(toks, first) or _before_says(toks, head))
    if foreign:
        while end < len(toks) and toks[end].text in _FOREIGN_ADJECTIVES:
            end += 1  # "École normale supérieure", "Université libre de Bruxelles": written in lower case
        end = _foreign_lower_tail(toks, end)  # "Institut national des langues et civilisations orientales"
        if end < len(toks) and toks[end].cap and toks[end].core not in STOP_CAPS:
            # "Universität München", "École Polytechnique"; a person's name inside when a place follows
            # ("Université Cheikh Anta Diop de Dakar")
            whole = _complement_end(toks, end, keep_names=True)
            named = whole + 1 < len(toks) and toks[whole].text in _FOREIGN_LINKS and toks[whole + 1].cap
            named = named or not titled  # "Institut Teknologi Sepuluh Nopember"
            end = max(end, whole if named else _complement_end(toks, end))
            if (
                end == head + 2
                and end + 1 < len(toks)
                and toks[end].text.isdigit()
                and len(toks[end].text) <= 2
            ):
                end = _complement_end(toks, end + 1) if toks[end + 1].cap else end + 1  # "Université Paris 1"
    if _state_after(toks, head, end) and not _placed_before(toks, first, head, toks[end].core):
        return end + 1  # "International Islamic University Malaysia", "Monash University Malaysia"
    if (
        end == head + 1
        and end + 1 < len(toks)
        and toks[end + 1].cap
        and toks[head].core in ("University", "College")
        and _two_word_city_after(toks, head, end)
    ):
        return end + 2  # "Sorbonne University Abu Dhabi", "Heriot-Watt University Kuala Lumpur"
    while end < len(toks) and not toks[end - 1].possessive:
        k = end
        if toks[k].text == "," and in_complement and kind in _FIELD_LIST_KINDS:
            end = _field_list_end(toks, k)  # "Faculty of History, Sociology and International Relations"
            if end == k:
                break
            continue
        if toks[k].text == "of" and not in_complement and _field_end(toks, k + 1) > k + 1:
            end = _field_end(toks, k + 1)  # "University of economics": a field in lower case
            break
        if kind == "Ministry" and toks[k].text == "in":
            state = _state_run(toks, k + 1)  # "Ministry of Higher Education in Egypt"
            if state > k + 1:
                end = state
            break
        if _under_the_state(toks, k):
            end, in_complement = _complement_end(toks, k + 2), True  # "... under the President of X"
            continue
        if _elided_place(toks, k, links):
            end, in_complement = _complement_end(toks, k + 1) if k + 1 < len(toks) else k + 1, True
            end = max(end, k + 1)  # "Université d'Abomey-Calavi", "Università dell'Aquila"
            continue
        excellence = (
            (  # "Centre of Excellence in AI", not "in Kenya"
                toks[k].text == "in"
                and toks[k - 1].core == "Excellence"
                and k + 1 < len(toks)
                and country_of(toks[k + 1].core) is None
                and city_country(toks[k + 1].core) is None
            )
            or (  # "Agency for Quality Assurance in Higher Education": what it does, not where
                toks[k].text == "in"
                and in_complement
                and k + 1 < len(toks)
                and toks[k + 1].core in _IN_SUBJECTS
                and not any(t.core in _EVENT_WORDS for t in toks[k + 1 : _complement_end(toks, k + 1)])
            )
        )
        on_field = (  # "Commission on Higher Education", "Council on Foreign Relations"
            toks[k].text == "on"
            and not in_complement
            and toks[head].core in ("Commission", "Committee", "Council")
            and k + 1 < len(toks)
            and toks[k + 1].core in NAME_FIELDS
        )
        if (toks[k].text not in links and not (excellence or on_field)) or (
            toks[k].text == "and" and not in_complement
        ):
            break
        if (
            toks[k].text in ("and", "&")
            and k + 1 < len(toks)
            and toks[k + 1].text in _ARTICLES
            and not _state_with_and(toks, k)
        ):
            break  # "Ministry of Digital Technologies and the IT Park": "and the" starts another body
        if toks[k].text == "for" and in_complement and toks[k - 1].core != "Excellence":
            break  # "Embassy of X for the Y Programme": a purpose ("Centre of Excellence for X" goes on)
        k += 1
        if (
            foreign
            and toks[k - 1].text in ("y", "e", "et")
            and k < len(toks)
            and toks[k].text in _FOREIGN_LINKS
        ):
            k += 1  # "Instituto Tecnológico y de Estudios Superiores de Monterrey"
        while k < len(toks) and (toks[k].text in articles or _capital_article(toks, k)):
            k += 1
        if k >= len(toks) or not toks[k].cap or toks[k].core in STOP_CAPS:
            break
        if (
            is_acronym(toks[k].core)
            and country_of(toks[k].core) is None
            and toks[end].text == "of"
            and toks[k].core != "EU"
        ):
            break  # "Institute of International Studies of KNU": the acronym is the parent
        stop = _complement_end(toks, k, keep_names=foreign and not titled)
        if stop == k:
            break
        if (
            toks[end].text == "of"
            and in_complement
            and any(head_type(t.core) for t in toks[k:stop])
            and not (toks[end - 1].core in _PEERS and toks[stop - 1].core == "Universities")
        ):
            break  # "Institute of X of the Science Committee": the second "of" names the parent
        if toks[end].text in ("and", "&") and toks[stop - 1].possessive:
            break  # "Ministry of Education and Korea's Ministry": the possessor of the next body
        if (
            toks[end].text in ("and", "&")
            and any(_has_head(t.core) for t in toks[k:stop])
            and not _field_of_study(toks, k, stop, kind)
        ):
            break  # "University of X and Y Institute": "and" starts the next organisation
        if toks[end].text in ("and", "&") and stop < len(toks) and toks[stop].text == "+":
            break  # "Ministry of X and Erasmus+ National Office": a programme's name starts another body
        if toks[end].text in ("and", "&") and stop < len(toks) and toks[stop].text in _LOWER_HEADS:
            break  # "Universidad de los Andes and Korean university": "and" starts a body named in lower case
        if toks[end].text in ("and", "&") and _place_before_and(toks, end, k, stop):
            break  # "University of Bergen and X Institutet", "of Jerusalem and Y": a place ends the name
        if toks[end].text in ("and", "&") and _headless_at(toks, k):
            break  # "Ministry of Education and Training and Campus France": another body
        if toks[end].text in ("and", "&") and _other_acronym(toks[k].core):
            break  # "Indian Institute of Technology Bombay and IIT Delhi" (not "Science and ICT")
        end, in_complement = stop, True
    return end


#: Fields of study that some names write in lower case ("State University of economics").
_FIELDS = frozenset(
    [
        "economics",
        "law",
        "medicine",
        "technology",
        "technologies",
        "engineering",
        "agriculture",
        "arts",
        "sciences",
        "science",
        "education",
        "management",
        "finance",
        "architecture",
        "pharmacy",
        "music",
        "culture",
        "languages",
        "tourism",
        "transport",
        "communications",
        "mining",
        "physics",
        "chemistry",
        "mathematics",
        "humanities",
        "design",
        "business",
        "commerce",
        "trade",
        "sport",
        "sports",
        "journalism",
        "nursing",
        "pedagogy",
        "philology",
    ]
)


#: Kinds of body whose name may list its fields: "Ministry of Higher Education, Science and Innovation".
_FIELD_LIST_KINDS = frozenset(
    {"Faculty", "Ministry", "School", "ResearchInstitute", "Centre", "Government", "Other", "University"}
)


#: Words that name a discipline by their ending: "Odontology", "Dentistry", "Geophysics", "Agronomy".
_DISCIPLINE = re.compile(r"^[A-Z][a-z]{3,}(?:ology|ologies|ics|istry|graphy|nomy|sophy|iatry|ture|ism)$")


def is_field_word(word: str) -> bool:
    """A word that names a field of study or of a ministry's work: "Health", "Agriculture", "Odontology"."""
    return word in NAME_FIELDS or _DISCIPLINE.match(word) is not None


def _field_item_end(toks: list[Token], k: int) -> int:
    j = k
    while (
        j < len(toks) and j - k < 4 and toks[j].cap and _field_like(toks[j]) and not head_type(toks[j].core)
    ):
        j += 1
        if toks[j - 1].possessive:
            return k
    return j


def _field_list_end(toks: list[Token], k: int) -> int:
    """The end of ", Sociology and International Relations" at the comma ``k``, or ``k``.

    Every item is made of field words (never a person's or a place's name) and the list ends with
    "and" and its last item, as the name of a faculty or a ministry lists what it covers.
    """
    j = k
    while j < len(toks) and toks[j].text == ",":
        if j + 1 < len(toks) and toks[j + 1].text == "and":
            j += 1  # the comma before the last "and"
            break
        item = _field_item_end(toks, j + 1)
        if item == j + 1:
            return k
        j = item
    if j < len(toks) and toks[j].text in ("and", "&"):
        last = _field_item_end(toks, j + 1)
        return last if last > j + 1 else k
    return k


def _field_end(toks: list[Token], k: int) -> int:
    """The end of "economics" or "law and economics" starting at ``k`` (``k`` when there is none)."""
    j = k
    while j < len(toks) and toks[j].core in _FIELDS:
        j += 1
        if j + 1 < len(toks) and toks[j].text in ("and", "&") and toks[j + 1].core in _FIELDS:
            j += 1
    return j


def _is_initial(tok: Token) -> bool:
    return len(tok.text) == 2 and tok.text[1] == "." and tok.text[0].isupper()


#: Two-letter initials of transliterated names, which the tokenizer parts from their full stop
#: ("Kh. Dosmukhamedov", "named after K. Sh. Toktomamatov").
_DIGRAPHS = frozenset({"Kh", "Sh", "Zh", "Ch", "Ts", "Yu", "Ya", "Ye", "Yo", "Sch"})


def _initial_at(toks: list[Token], x: int) -> int:
    """How many tokens the initial at ``x`` takes ("A." one, "Kh" "." two), 0 when none is there."""
    if x < len(toks) and _is_initial(toks[x]):
        return 1
    return 2 if x + 1 < len(toks) and toks[x].text in _DIGRAPHS and toks[x + 1].text == "." else 0


#: Lower-case words inside an eponym: "named after Abu Ali ibn Sino", "Ahmad bin Hanbal".
_EPONYM_PARTICLES = frozenset(
    {"ibn", "bin", "ibni", "binti", "al", "ul", "ad", "ar", "as", "el", "uly", "kyzy"}
)


#: Titles before an eponym: "named after academician B. Gafurov", "named after Professor A. Ivanov".
_EPONYM_TITLES = frozenset(
    {"academician", "akademik", "professor", "prof", "hero", "president", "general", "saint"}
)


def _office_of_the_state(toks: list[Token], k: int) -> int:
    """ "the first President of Russia" at ``k`` before an eponym: where the eponym's name begins (``k``
    when no such office is there)."""
    if k >= len(toks) or toks[k].text != "the":
        return k
    j = k + 1
    while j < len(toks) and toks[j].text in ("first", "late", "former"):
        j += 1
    if j + 2 >= len(toks) or toks[j].core not in ROLE_SINGLE or toks[j + 1].text != "of":
        return k
    state = _state_run(toks, j + 2)
    return state if state > j + 2 and state < len(toks) and toks[state].cap else k


def _named_after(toks: list[Token], end: int) -> int:
    """The end of "named after A. Baitursynov" / "named after Alisher Navoi" at ``end``, or ``end``."""
    if end + 2 < len(toks) and toks[end].text == "." and _is_initial(toks[end + 1]):
        k = end + 1  # "University. J. Balasagyn": "named after" written as a full stop
    elif end + 2 >= len(toks) or toks[end].text != "named" or toks[end + 1].text != "after":
        return end
    else:
        k = end + 2 + (toks[end + 2].text == ".")  # "named after. K. Karasaeva"
        if k + 1 < len(toks) and toks[k].text.lower().rstrip(".") in _EPONYM_TITLES:
            k += 1  # "named after academician M.S. Osimi"
        k = _office_of_the_state(toks, k)  # "named after the first President of Russia B.N. Yeltsin"
    initials = k
    while _initial_at(toks, initials):
        initials += _initial_at(toks, initials)  # "A. S. Pushkin", "K. Sh. Toktomamatov"
    if initials > k or toks[k - 1].text == ".":
        return initials + 1 if initials < len(toks) and toks[initials].cap else end
    j = k
    particles = 0
    while (
        j < len(toks)
        and j - k < 6
        and (toks[j].cap or _ARABIC_ARTICLE.match(toks[j].core))  # "named after al-Farabi"
        and toks[j].core not in STOP_CAPS
    ):
        j += 1
        if j + 1 < len(toks) and toks[j].text in _EPONYM_PARTICLES and toks[j + 1].cap:
            j, particles = j + 1, particles + 1  # "Abu Ali ibn Sino"
    if j == k:
        return end
    # a person's name may follow the eponym ("named after Abai Kunanbayev Rector Erlan Sadykov")
    return k + 2 if j - k - particles >= 4 else j


_SEASONS = frozenset({"Summer", "Winter", "Spring", "Autumn"})
#: Degrees, whose names look like a body's ("Master of Public Administration").
_DEGREES = frozenset({"Master", "Masters", "Bachelor", "Bachelors", "Doctor", "Doctorate", "Diploma"})
#: Words after a head that make the whole the title of a ranking, a contest or a prize.
_TITLES_OF_EVENTS = frozenset(
    {
        "Rankings",
        "Ranking",
        "Games",
        "Olympiad",
        "Championship",
        "Championships",
        "Cup",
        "Award",
        "Awards",
        "Prize",
        "Scholarship",
        "Scholarships",
        "Fellowship",
        "Fellowships",
    }
)


_AWARDS = frozenset({"scholarship", "scholarships", "fellowship", "fellowships"})
#: Rooms named after the body that meets there ("Senate Hall", "Council Room").
_ROOMS = frozenset({"Hall", "Auditorium", "Room"})
_ROOM_BODIES = frozenset({"Senate", "Council", "Congress", "Assembly", "Parliament", "Board"})


def _scholarship_label(toks: list[Token], first: int, head: int) -> bool:
    """A state's government as the label of a scholarship, right before its word ("Korean Government
    scholarships") or itself in brackets before it ("Stipendium Hungaricum (Hungarian Government)
    scholarship")."""
    if head - first != 1 or toks[head].possessive or country_of(toks[first].core) is None:
        return False
    k = head + 1
    if k + 1 < len(toks) and toks[k].text == ")" and first > 0 and toks[first - 1].text == "(":
        k += 1  # "(Hungarian Government) scholarship"
    elif (
        k + 3 < len(toks) and toks[k].text == "(" and is_acronym(toks[k + 1].core) and toks[k + 2].text == ")"
    ):
        k += 3  # "China Government (CSC) Scholarship": the scheme's acronym in brackets between
    return k < len(toks) and toks[k].text.lower() in _AWARDS


#: Words before "Group", "Committee" or "Union" that make a working body of a meeting, a contest or a
#: parliament, or a former state, rather than an institution.
_PASSING_BODIES = {
    "Group": frozenset(
        {"Working", "Friendship", "Expert", "Task", "Contact", "Focus", "Target", "Interparliamentary"}
    ),
    "Committee": frozenset(
        {
            "Organising",
            "Organizing",
            "Organization",
            "Organisation",
            "Selection",
            "Admission",
            "Admissions",
            "Steering",
            "Examination",
            "Attestation",
            "Competition",
            "Evaluation",
            "Programme",
            "Program",
        }
    ),
    "Union": frozenset({"Soviet"}),
    "Assembly": frozenset({"General", "Annual"}),
}


def _passing_body(toks: list[Token], first: int, head: int) -> bool:
    words = _PASSING_BODIES.get(toks[head].core)
    return words is not None and any(t.core in words for t in toks[first:head])


#: Heads that make a generic unit with one common word before them ("Press Service", "International Office").
_UNIT_HEADS = frozenset({"Service", "Office"})


#: First words of a state's long name, which never end one: "the Republic", "the United".
_STATE_OPENERS = frozenset(
    {"Republic", "Kingdom", "United", "Islamic", "Federal", "Democratic", "Arab", "Sultanate", "Hashemite"}
)


def _body_under(sentence: str, toks: list[Token], m: OrgMention, base: int) -> OrgMention | None:
    """The body after "under the" in a name ("Institute of X under the Ministry of Health"): a name of
    its own and the parent (not "under the President of X", a person's office)."""
    for k in range(m.first + 1, m.last - 2):
        if toks[k].text == "under" and toks[k + 1].text == "the":
            inner = find_orgs(sentence, toks[k + 2 : m.last], base)
            return inner[0] if inner and inner[0].first == 0 and not inner[0].generic else None
    return None


def _generic_owner_after(toks: list[Token], first: int, end: int) -> bool:
    """The name ends in "of the <people's adjective>" before a head in lower case ("Faculty of Biology
    of the Turkmen university"): the owner is told, not named; what comes before is a name."""
    return (
        end - first >= 5
        and end < len(toks)
        and toks[end].text in _LOWER_HEADS
        and toks[end - 1].core in demonyms()
        and toks[end - 2].text == "the"
        and toks[end - 3].text == "of"
    )


def _the_universitys(toks: list[Token], first: int) -> bool:
    """ "the university's" just before ``first``: the unit that follows is of the university in view."""
    return first >= 2 and toks[first - 1].possessive and toks[first - 1].core == "university"


def _owned(toks: list[Token], first: int, out: list[OrgMention]) -> bool:
    """A university's name in the possessive just before ``first``: "X University's International Office"."""
    if _the_universitys(toks, first):
        return True
    return (
        bool(out)
        and out[-1].last == first
        and out[-1].type == "University"
        and toks[first - 1].possessive
        and not out[-1].generic
    )


def _truncated(toks: list[Token], first: int, end: int) -> bool:
    """A name that names nothing: "Embassy of the Republic" (its state cut off), "Information Service"."""
    last = toks[end - 1].core
    if end - first >= 3 and (
        (last in _STATE_OPENERS and toks[end - 2].text in ("the", "of"))
        or (toks[end - 2].text == "the" and last in demonyms())
    ):
        return True  # "Embassy of the United", "Ministry of Education of the Kyrgyz" (the rest elsewhere)
    return end - first == 2 and toks[end - 1].core in _UNIT_HEADS and toks[first].core in ORG_WORDS


#: Words that say what part a body plays, not which body it is: "Partner University", "Host Institution".
_BODY_ROLES = frozenset(
    {"Partner", "Host", "Sister", "Member", "Participating", "Receiving", "Sending", "Hosting"}
)


#: Words before a short name in brackets: "(the DKU)", "(hereinafter referred to as ENU)", "(“KBTU”)".
_ACRONYM_LEAD = frozenset({"the", "hereinafter", "referred", "to", "as", "“", '"', "«", "'"})
_ACRONYM_TAIL = frozenset({"”", '"', "»", "'"})


def _spelt_by_acronym(toks: list[Token], first: int, end: int) -> int:
    """Where a name begins when the acronym in brackets after it spells the words before an "and"
    too: "Kenya Agricultural and Livestock Research Organization (KALRO)"; else ``first``."""
    acronym = _acronym_after(toks, end)
    if acronym is None or not is_acronym(acronym):
        return first
    letters = [c for c in acronym if c.isupper()]
    own = [t.core[0] for t in toks[first:end] if t.cap]
    if own == letters or len(own) >= len(letters):
        return first
    j = first - 1  # the "and"
    while j > 0 and toks[j - 1].cap and _left_ok(toks[j - 1]) and not toks[j - 1].possessive:
        j -= 1
        words = [t.core[0] for t in toks[j:end] if t.cap]
        if words == letters:
            return j
    return first


def _acronym_after(toks: list[Token], end: int) -> str | None:
    if end + 2 >= len(toks) or toks[end].text != "(":
        return None
    k = end + 1
    while k < len(toks) and k - end <= 5 and toks[k].text in _ACRONYM_LEAD:
        k += 1
    close = k + 1
    while close < len(toks) and toks[close].text in _ACRONYM_TAIL:
        close += 1
    if close < len(toks) and toks[close].text == ")":
        word = toks[k].text
        if country_of(word) is not None or city_country(word) is not None:
            return None  # "Almaty University (Kazakhstan)": where it is, not another name
        if is_acronym(word) or (k == end + 1 and word[:1].isupper() and len(word) <= 12 and word.isalnum()):
            return word
    return None


_TECHNICAL_INSTITUTE = re.compile(
    r"^(?:[\w\-]+ )*(?:Institute of (?:[\w ]+ (?:and|&) )?Technology|(?:Polytechnic|Pedagogical|Medical) Institute"
    r"|State (?:[\w\-]+ )*Institute"
    r"|Institut (?:Teknologi|Pertanian|Seni)|Institut (?:National )?Polytechnique|Institut National des Sciences"
    r"|Instituto (?:Tecnol[oó]gico|Polit[eé]cnico|Federal|Superior T[eé]cnico))\b"
)


#: Types whose name may go on with their city: "Inha University in Tashkent", "Korean Education Centre
#: in Almaty", "Confucius Institute in Osh".
_CITY_NAMED = frozenset({"University", "Centre", "ResearchInstitute"})


def _in_the_city(sentence: str, toks: list[Token], m: OrgMention, end: int, base: int) -> str | None:
    """ "Inha University in Tashkent": a university's name and the city after "in", another name it
    may go by (branches are named so); None unless a known city ends the phrase."""
    link = toks[end].text if end + 1 < len(toks) else ""
    if m.type not in _CITY_NAMED or link not in ("in", "at") or " in " in m.name or " at " in m.name:
        return None
    lead = [t.core.lower() for t in toks[max(0, m.first - 3) : m.first] if t.text != "the"]
    if lead[-2:] in (["branch", "of"], ["branches", "of"]):
        return None  # "the branch of X University in Tashkent": the branch's name, not X's
    for size in (1, 2, 3):
        k = end + 1 + size
        ends = k == len(toks) or (k < len(toks) and not toks[k].cap)
        place = " ".join(t.core for t in toks[end + 1 : k]) if ends else ""
        # a university abroad may be named by its host state too: "Georgetown University in Qatar",
        # "Texas A&M University at Qatar"
        if ends and (
            city_country(place) is not None or (m.type == "University" and country_of(place) == place)
        ):
            return f"{m.name} {link} {_name(sentence, toks, end + 1, k, base)}"
    return None


#: A department that serves an institution rather than teaches: "International Cooperation Department".
_OFFICE_DEPARTMENT = re.compile(
    r"\b(?:Cooperation|Consular|Protocol|Personnel|Admissions?|International Relations) Department$"
)


def _retyped(m: OrgMention) -> str:
    """The type a name's whole says better than its head: a ministry's or an embassy's department and
    an office-like department are no faculties; "G8 Universities" is a group."""
    if m.type == "Faculty" and (
        _OFFICE_DEPARTMENT.search(m.name)
        or (m.parent is not None and m.parent.type in ("Ministry", "Embassy"))
    ):
        return "Other"
    if m.type == "University" and m.name.endswith(("Universities", "Colleges")):
        return "Other"
    return m.type


def _bracketed_name(toks: list[Token], end: int) -> int | None:
    """ "Peoples' Friendship University of Russia (RUDN University)": a short name with its head in
    brackets right after the name is another name of it; the index of the closing bracket, or None."""
    if end + 3 >= len(toks) or toks[end].text != "(" or not is_acronym(toks[end + 1].core):
        return None
    close = end + 2
    while close < len(toks) and close - end <= 3 and toks[close].cap and head_type(toks[close].core):
        close += 1
    if close == end + 2 or close >= len(toks) or toks[close].text != ")":
        return None
    return close


def _short_in_brackets(toks: list[Token], end: int) -> int | None:
    """ "Institut National Polytechnique de Grenoble (Grenoble INP)", "University of Alberta (U of A)": a
    short name of two to four words with an acronym or initials in brackets; the closing bracket's index."""
    if end + 3 >= len(toks) or toks[end].text != "(":
        return None
    close = end + 1
    while close < len(toks) and close - end <= 5 and (toks[close].cap or toks[close].text in ("of", "&")):
        close += 1
    inside = toks[end + 1 : close]
    if not 2 <= len(inside) <= 4 or close >= len(toks) or toks[close].text != ")" or not inside[0].cap:
        return None
    if any((t.core in STOP_CAPS and len(t.core) > 1) or country_of(t.core) is not None for t in inside):
        return None
    initials = sum(1 for t in inside if is_acronym(t.core) or (len(t.core) == 1 and t.core.isupper()))
    return close if initials and not all(is_acronym(t.core) for t in inside) else None


def _name(text: str, toks: list[Token], first: int, end: int, base: int) -> str:
    name = text[toks[first].start - base : toks[end - 1].end - base]
    last = toks[end - 1]
    if last.possessive:
        name = name[: len(name) - (len(last.text) - len(last.core))]
    return " ".join(name.split())


def _generic_plural(sentence: str, toks: list[Token], first: int, head: int, base: int) -> bool:
    """ "South Korea Universities" is a description, not a name."""
    if not toks[head].core.endswith(("ies", "s")) or head == first:
        return False
    left = sentence[toks[first].start - base : toks[head - 1].end - base]
    found = find_countries(left)
    return bool(found) and found[0][1] == 0 and found[-1][2] == len(left)


#: Plural heads: "Partner Universities" are many institutions, never one.
_PLURAL_HEADS = frozenset({"Universities", "Ministries"})
#: Words of a press service, a byline rather than an organisation ("Press Service of X").
_BYLINE_WORDS = frozenset({"Press", "Information", "Media", "News", "Telegraph"})


#: Heads a state or a city has many of, so that a field word or a demonym does not say which one.
#: (A department or office named by its field is a unit of the institution in view; a state has
#: one government or foreign ministry, so "Kazakh Government" names one.)
_MANY_HEADS = frozenset({"Ministry", "Centre", "Center", "Consulate"})
#: Bodies inside every university or institute, and the words that name only their task.
_INNER_BODY_HEADS = frozenset({"Council", "Association", "Committee", "Commission", "Board", "Senate"})
_INNER_BODY_TEXT = """
    Alumni Dissertation Admissions Admission Academic Scientific Student Students Editorial Organizing
    Organising Supervisory Advisory Expert Ethics Methodological Examination Attestation Selection
    Parents Youth University
"""
_INNER_BODY_WORDS = frozenset(_INNER_BODY_TEXT.split())


#: Words that say only what kind of school one is ("State", "Technical"): "the National University",
#: "a Pedagogical Institute" name no school of their own.
_SCHOOL_KINDS = frozenset(
    {
        "State",
        "National",
        "Federal",
        "Technical",
        "Technological",
        "Medical",
        "Pedagogical",
        "Public",
        "Private",
        "Agricultural",
        "Agrarian",
        "Polytechnic",
        "Regional",
        "Municipal",
    }
)


def _generic(toks: list[Token], first: int, head: int, end: int) -> bool:
    """ "Education Centre", "Peruvian Ministry", "Consulate General": institution words, no proper name.

    Field words alone or one demonym alone may stand before the head; a complement after it
    ("Ministry of Education of Peru") names the institution, and so does a country's own name
    ("Qatar University").
    """
    if toks[head].core in _SCHOOL_HEADS and end == head + 1 and first == head - 1:
        return toks[first].core in _SCHOOL_KINDS  # "a State University in Ohio"
    if (
        toks[head].core == "Commission"
        and end == head + 1
        and first == head - 1
        and toks[first].core == "High"
    ):
        return True  # "the High Commission's outreach": the post the article names in full
    if toks[head].core in _INNER_BODY_HEADS and end == head + 1 and first < head:
        # "the Alumni Association", "the Dissertation Council": a body inside some institution, unnamed
        return all(t.core in _INNER_BODY_WORDS for t in toks[first:head])
    if toks[head].core not in _MANY_HEADS:
        return False
    if end > head + 1 and not (end == head + 2 and toks[head + 1].core == "General"):
        return False
    left = [t.core for t in toks[first:head]]
    if len(left) == 1 and country_of(left[0]) not in (None, left[0]):
        return True  # a demonym ("Peruvian"), not a state's name
    return all(w in ORG_WORDS or head_type(w) is not None for w in left)


def _many(toks: list[Token], first: int, head: int) -> bool:
    """ "Partner Universities", "Estonian Universities": many institutions, never one.

    A group's own name before the plural ("G8 Universities", "U15 Universities") names a consortium.
    """
    if toks[head].core not in _PLURAL_HEADS:
        return False
    return not any(is_acronym(t.core) or any(c.isdigit() for c in t.core) for t in toks[first:head])


def _byline(toks: list[Token], first: int, head: int) -> bool:
    """ "Press Service of X", "Information Service", "X Press Service": the service writes the news,
    X is the institution; "Kenya News Agency", "Anadolu Agency": a news agency is the source, never a
    party; "the Rector's Office of X": X's office is X."""
    core = toks[head].core
    if (
        core == "Agency"
        and head > first
        and (toks[head - 1].core in _BYLINE_WORDS or toks[first].core in _AGENCIES)
    ):
        return True
    if core == "Agency" and head == first > 0 and toks[head - 1].core in _BYLINE_WORDS:
        return True  # "the News Agency of Kazakhstan": a byline, never "Agency of Kazakhstan"
    if core == "Office" and first > 0 and toks[first - 1].possessive and toks[first - 1].core in ROLE_SINGLE:
        return True
    return core == "Service" and (head == first or toks[head - 1].core in _BYLINE_WORDS)


#: News agencies whose name has no "News" before their head.
_AGENCIES = frozenset(
    {"Anadolu", "Xinhua", "Kyodo", "Yonhap", "Bernama", "Antara", "Kabar", "Interfax", "Telegraph"}
)


_POSTS = {"Embassy": "Embassy", "Consulate": "Consulate", "Consulate General": "Consulate General"}
_POSTS |= {
    "High Commission": "High Commission",
    "Deputy High Commission": "Deputy High Commission",
    "embassy": "Embassy",
    "Consulate-General": "Consulate General",
}


def _demonym_embassy(
    sentence: str, toks: list[Token], first: int, head: int, end: int, base: int
) -> str | None:
    """ "Estonian Embassy to/in/of Japan" -> "Embassy of Estonia in Japan", "the Turkish Consulate
    General in Aktobe" -> "Consulate General of Turkey in Aktobe", as posts are named."""
    sender = country_of(toks[first].core) or country_of(toks[first].text)  # "U.S. Embassy"
    if sender is None:
        return None
    p = head + 1 + (head + 1 < end and toks[head + 1].core == "General")
    post = _POSTS.get(" ".join(t.core for t in toks[first + 1 : p]))
    if post is None or p + 1 >= end or toks[p].text not in ("to", "in", "of"):
        return None
    k = p + 1
    while k < end and toks[k].text in _ARTICLES:
        k += 1
    if k >= end:
        return None
    host = _name(sentence, toks, k, end, base)
    found = find_countries(host)
    if toks[p].text == "of" and not (found and found[0][1] == 0 and found[-1][2] == len(host)):
        return None  # "Estonian Embassy of X" is read as the embassy in X only when X is a state
    town = post.startswith(("Consulate", "Deputy"))  # a consulate and a deputy high commission: by their city
    return f"{post} of {state_phrase(sender)} in {host_phrase(host, consulate=town)}"


def _diplomatic_mission(toks: list[Token], i: int) -> bool:
    """ "the Russian diplomatic mission in Bishkek": a demonym, "diplomatic mission", its place."""
    return (
        i >= 2
        and toks[i - 1].text == "diplomatic"
        and country_of(toks[i - 2].core) is not None
        and i + 2 < len(toks)
        and toks[i + 1].text in ("in", "to")
        and toks[i + 2].cap
        and (whole_country(toks[i + 2].core) is not None or city_country(toks[i + 2].core) is not None)
    )


def _mission(sentence: str, toks: list[Token], i: int, base: int) -> OrgMention:
    """The embassy a diplomatic mission is, named as embassies are; the words as written an alias."""
    sender = country_of(toks[i - 2].core) or ""
    host = host_phrase(toks[i + 2].core, consulate=False)
    m = OrgMention(
        f"Embassy of {state_phrase(sender)} in {host}",
        toks[i - 2].start,
        toks[i + 2].end,
        "Embassy",
        first=i - 2,
        last=i + 3,
    )
    m.short = _name(sentence, toks, i - 2, i + 3, base)
    return m


def _title_post(match: re.Match[str]) -> str:
    lead = f"{match[1]} " if match[1] else ""
    return lead + match[2].title()


_LOWER_POSTS = frozenset({"embassy", "consulate"})


def _lower_embassy(toks: list[Token], i: int) -> bool:
    """ "the Estonian embassy in Japan": a lower-case embassy after a demonym, before its host; "the
    embassy of Japan in Uzbekistan", "the consulate general of China in Almaty": of a state, in a place."""
    if toks[i].text not in ("embassy", "consulate") or i + 2 >= len(toks):
        return False
    if toks[i].text == "embassy" and i > 0 and country_of(toks[i - 1].core) is not None:
        return toks[i + 1].text in ("in", "to") and toks[i + 2].cap
    k = i + 1 + (toks[i + 1].text == "general")
    return (
        k + 3 < len(toks)
        and toks[k].text == "of"
        and country_of(toks[k + 1].core) is not None
        and toks[k + 2].text in ("in", "to")
        and toks[k + 3].cap
    )


def _host_at(sentence: str, toks: list[Token], m: OrgMention, end: int, base: int) -> int:
    """ "Education Centre at the Embassy of X": the host names the centre; return the new end.

    The generic words stay an alias and the host becomes the parent.
    """
    k = end + 1 if end < len(toks) and toks[end].text == "at" else len(toks)
    k += 1 if k < len(toks) and toks[k].text in _ARTICLES else 0
    host = find_orgs(sentence, toks[k:], base) if k < len(toks) else []
    if not host or host[0].first != 0:
        return end
    end = k + host[0].last
    m.name, m.short, m.generic = _name(sentence, toks, m.first, end, base), m.name, False
    m.end, m.last, m.parent = toks[end - 1].end, end, host[0]
    return end


def _union_delegation(toks: list[Token], i: int) -> bool:
    """ "the Delegation of the European Union to Kenya", "the EU Delegation in Astana": the Union's
    embassy (other delegations are groups of visitors)."""
    after = [t.text for t in toks[i + 1 : i + 5]]
    return (
        (i > 0 and toks[i - 1].core == "EU")
        or after[:2] == ["of", "EU"]
        or after[:3] == ["of", "the", "EU"]
        or (after[:4] == ["of", "the", "European", "Union"])
    )


def _given_name_after(tok: Token) -> bool:
    """A hyphenated given name right after a surname: "Ji-won", "Min-jae"."""
    head, _, tail = tok.core.partition("-")
    return (
        head.isalpha()
        and head[:1].isupper()
        and head[1:].islower()
        and tail.isalpha()
        and tail.islower()
        and city_country(tok.core) is None
    )


def _park(toks: list[Token], i: int) -> bool:
    """ "Technology Park", "Almaty Central Park": an organisation word or a place before "Park" (alone,
    "Park" is a surname: "Park Ji-sung", "Kim Park")."""
    if i == 0 or not toks[i - 1].cap:
        return False
    word = toks[i - 1].core
    if word in ROLE_SINGLE:
        return False  # "Consul General Park Min-jae"
    if i + 1 < len(toks) and _given_name_after(toks[i + 1]):
        # "Vice President for International Affairs Park Ji-won": a title's field, then a surname; "in Ho
        # Chi Minh City Park Ji-won": a city's name, then the surname
        return False
    return head_type(word) is None and (word in ORG_WORDS or city_country(word) is not None)


#: What a text calls a body right before its one-word brand name: "the automaker Toyota", "the Brazilian
#: agricultural research agency Embrapa", "the tech giant Huawei" (lower case; the type it gives).
_BRAND_CUES = {
    "company": "Company",
    "corporation": "Company",
    "firm": "Company",
    "automaker": "Company",
    "carmaker": "Company",
    "giant": "Company",
    "conglomerate": "Company",
    "manufacturer": "Company",
    "operator": "Company",
    "airline": "Company",
    "agency": "Other",
    "university": "University",
    "institute": "ResearchInstitute",
}
#: Cues that tell a brand only after a people's or state's word: "the Brazilian university Unicamp".
_SCHOOL_CUES = frozenset({"university", "institute"})
_LOWER_CUES = frozenset({"Tech", "such", *_BRAND_CUES})
#: Cues that name no partner before a name: "the news agency Kazinform" (a source, not a party).
_SOURCE_WORDS = frozenset({"news", "press", "information", "rating", "ratings", "travel", "state"})


def _brand(sentence: str, toks: list[Token], i: int, base: int) -> OrgMention | None:
    """The brand name (one or two capitalised words) right after a lower-case word saying what it is.

    "the company Director Ivan Petrov", "the agency In March", "the company's": no brand.
    """
    j = i + 1
    if j >= len(toks) or i == 0 or not toks[j].cap or toks[i].possessive:
        return None
    if toks[i - 1].text.lower() in _SOURCE_WORDS:
        return None
    if toks[i].text in _SCHOOL_CUES and not (toks[i - 1].cap and country_of(toks[i - 1].core)):
        return None  # "the university Rector", "the university Erasmus+ office"
    end = j + 1
    if end < len(toks) and toks[end].cap and not head_type(toks[end].core):
        end += 1  # "Samsung Electronics"
    if end < len(toks) and (toks[end].cap or toks[end].text in ("of", "for", "-", "’s", "'s")):
        return None  # a longer name, a title and a person, or a body named in full
    if toks[j].core in HEADLESS_BODIES or toks[j].core in NATIONAL_BODIES:
        return None  # "the Russian institute Skoltech": a body known by name, found as such
    for t in toks[j:end]:
        core = t.core
        if core in STOP_CAPS or core in ROLE_SINGLE or core in HONORIFIC_CORES or head_type(core):
            return None
        if country_of(core) or city_country(core) or core in US_STATES:
            return None
    m = OrgMention(
        _name(sentence, toks, j, end, base), toks[j].start, toks[end - 1].end, _BRAND_CUES[toks[i].text]
    )
    m.first, m.last = j, end
    return m


def _quoted_brand(
    sentence: str, toks: list[Token], q: int, base: int, prefix: str | None
) -> OrgMention | None:
    """A name of one to five capitalised words in quotes, opening at ``q`` (``prefix`` given: 'JSC
    "Kazakhtelecom"') or closing at ``q`` (before "company"); None when a head word is inside (that
    name is found by its head) or the words are no name."""
    if prefix is not None:
        close = next((k for k in range(q + 1, min(q + 7, len(toks))) if toks[k].text in _CLOSE_QUOTES), None)
        if close is None:
            return None
        start, end = q + 1, close
    else:
        opening = next((k for k in range(q - 1, max(q - 7, -1), -1) if toks[k].text in _OPEN_QUOTES), None)
        if opening is None:
            return None
        start, end = opening + 1, q
    words = toks[start:end]
    if not words or not words[0].cap or any(head_type(t.core) for t in words):
        return None
    if any(not t.cap and t.text not in _RIGHT_LINKS and t.text != "-" for t in words):
        return None
    if prefix is None and len(words) == 1 and (country_of(words[0].core) or words[0].core in STOP_CAPS):
        return None
    m = OrgMention(_name(sentence, toks, start, end, base), words[0].start, words[-1].end, "Company")
    m.first, m.last = start, end
    if prefix is not None:
        m.more = (f"{prefix} {m.name}",)
    return m


def _cued_name(sentence: str, toks: list[Token], i: int, base: int, out: list[OrgMention]) -> int:
    """A name told by the word at ``i`` that is no head: "Georgia Tech", 'the "X" company', "the
    automaker Toyota". Appends it to ``out``; returns where the scan goes on."""
    word = toks[i].text
    if word == "Tech":
        tech = _place_tech(sentence, toks, i, base) if i > 0 else None
        if tech is not None:
            out.append(tech)  # "Georgia Tech", "Gdansk Tech"
        return i + 1
    if (
        i > 2
        and toks[i - 1].text in _CLOSE_QUOTES
        and not (i + 1 < len(toks) and toks[i + 1].text == "of")  # '"Digital" company of the year'
        and (quoted := _quoted_brand(sentence, toks, i - 1, base, None)) is not None
        and not (out and out[-1].last > quoted.first)
    ):
        quoted.type = _BRAND_CUES[word]
        out.append(quoted)  # 'the "Kazakhstan Engineering" company'
        return i + 1
    if word == "such":
        items = _such_as(sentence, toks, i, base)
        out.extend(items)  # "companies such as Huawei, ZTE and Alibaba"
        return items[-1].last if items else i + 1
    if word == "university" and (lower := _lower_case_name(toks, i)) is not None:
        out.append(lower)  # "the university of Bologna", "Kazan federal university"
        return lower.last
    brand = _brand(sentence, toks, i, base)
    if brand is not None:
        out.append(brand)  # "the Japanese automaker Toyota", "research agency Embrapa"
        return brand.last
    if i > 3 and i + 1 < len(toks) and toks[i + 1].text in (",", ".", ";"):
        before = _appositive_brand(sentence, toks, i, base)
        if before is not None and not (out and out[-1].last > before.first):
            out.append(before)  # "Vale, a Brazilian mining company,"
    return i + 1


_LOWER_STATUS = frozenset({"state", "national", "federal", "technical", "medical", "pedagogical", "agrarian"})
_LOWER_FIELDS = frozenset(w.lower() for w in NAME_FIELDS)


def _lower_case_name(toks: list[Token], i: int) -> OrgMention | None:
    """A university's name written in lower case after its city: "Kazan federal university", "the
    Tashkent state university of economics", "the university of Bologna" (a known city only; the name
    in capitals as the university writes it)."""
    j = i
    while j > 0 and toks[j - 1].text in _LOWER_STATUS:
        j -= 1
    end = i + 1
    if j < i and j > 0 and toks[j - 1].cap and city_country(toks[j - 1].core) and not toks[j - 1].possessive:
        first = j - 1
        if end + 1 < len(toks) and toks[end].text == "of" and toks[end + 1].text in _LOWER_FIELDS:
            end += 2  # "... university of economics"
            while end + 1 < len(toks) and toks[end].text == "and" and toks[end + 1].text in _LOWER_FIELDS:
                end += 2
    elif (
        j == i
        and i > 0
        and toks[i - 1].text.lower() == "the"
        and end + 1 < len(toks)
        and toks[end].text == "of"
        and toks[end + 1].cap
        and city_country(toks[end + 1].core)
        and not (end + 2 < len(toks) and toks[end + 2].cap)
    ):
        first, end = i, end + 2  # "the university of Bologna"
    else:
        return None
    words = [t.core for t in toks[first:end]]
    name = " ".join(w if w in ("of", "and") else w[:1].upper() + w[1:] for w in words)
    m = OrgMention(name, toks[first].start, toks[end - 1].end, "University")
    m.first, m.last = first, end
    m.country = city_country(toks[first].core if first < i else toks[end - 1].core)
    return m


#: Plural words saying what the listed names are: "companies such as Huawei and ZTE".
_PLURAL_CUES = {
    "companies": "Company",
    "corporations": "Company",
    "firms": "Company",
    "automakers": "Company",
    "carmakers": "Company",
    "giants": "Company",
    "manufacturers": "Company",
    "operators": "Company",
    "agencies": "Other",
    "organisations": "Other",
    "organizations": "Other",
    "foundations": "Other",
}


def _name_item(toks: list[Token], j: int) -> int:
    """The end of a brand name of one or two capitalised words at ``j`` (``j`` when there is none)."""
    end = j
    while end < len(toks) and end - j < 2 and toks[end].cap:
        core = toks[end].core
        if core in STOP_CAPS or core in ROLE_SINGLE or core in HONORIFIC_CORES or head_type(core):
            return j
        if country_of(core) or city_country(core) or core in US_STATES:
            return j
        end += 1
    return end if end < len(toks) and not toks[end].cap else j


def _such_as(sentence: str, toks: list[Token], i: int, base: int) -> list[OrgMention]:
    """ "companies such as Huawei, ZTE and Alibaba", "such automakers as Hyundai and Kia": each listed
    name one body of the kind the plural says (none when an item is no brand name)."""
    if i + 2 < len(toks) and toks[i + 1].text in _PLURAL_CUES and toks[i + 2].text == "as":
        kind, j = _PLURAL_CUES[toks[i + 1].text], i + 3
    elif (
        i > 0 and i + 1 < len(toks) and toks[i - 1].text.lower() in _PLURAL_CUES and toks[i + 1].text == "as"
    ):
        kind, j = _PLURAL_CUES[toks[i - 1].text.lower()], i + 2
    else:
        return []
    items: list[OrgMention] = []
    while j < len(toks):
        end = _name_item(toks, j)
        if end == j:
            return []  # "such as China and Korea", a name with a head: none here
        m = OrgMention(_name(sentence, toks, j, end, base), toks[j].start, toks[end - 1].end, kind)
        m.first, m.last = j, end
        items.append(m)
        if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].text == "and":
            j = end + 2
        elif end < len(toks) and toks[end].text in (",", "and"):
            j = end + 1
        else:
            break
    return items


def _state_owner(tok: Token) -> bool:
    """ "Brazil's" of "Embrapa, Brazil's agricultural research corporation,": a state's possessive."""
    return tok.possessive and tok.cap and country_of(tok.core) is not None


def _appositive_brand(sentence: str, toks: list[Token], i: int, base: int) -> OrgMention | None:
    """ "Vale, a Brazilian mining company,", "Huawei, the Chinese tech giant,": the name before a comma
    and what it is."""
    j = i - 1
    while j > 0 and i - j <= 4 and toks[j].text not in ("a", "an", "the") and not _state_owner(toks[j]):
        if toks[j].cap and not country_of(toks[j].core):
            return None  # "X, the Ministry company": a longer name
        if toks[j].text in _SOURCE_WORDS or not toks[j].text[:1].isalpha():
            return None  # "X, the news agency": a source
        j -= 1
    if (
        j < 2
        or (toks[j].text not in ("a", "an", "the") and not _state_owner(toks[j]))
        or toks[j - 1].text != ","
    ):
        return None
    comma = j - 1
    start = comma - 1
    while start > 0 and comma - start < 2 and toks[start - 1].cap and toks[start - 1].core not in STOP_CAPS:
        start -= 1
    if start > 0 and toks[start - 1].cap:
        return None
    if _name_item(toks, start) != comma:
        return None
    m = OrgMention(
        _name(sentence, toks, start, comma, base),
        toks[start].start,
        toks[comma - 1].end,
        _BRAND_CUES[toks[i].text],
    )
    m.first, m.last = start, comma
    return m


def _place_tech(sentence: str, toks: list[Token], i: int, base: int) -> OrgMention | None:
    """ "Georgia Tech", "Virginia Tech", "Gdansk Tech": a place's technical university by its short
    name (the place one capitalised word, not a longer name before it)."""
    place = toks[i - 1]
    if not place.cap or place.possessive or (i > 1 and toks[i - 2].cap and toks[i - 2].core not in STOP_CAPS):
        return None
    word = place.core
    state = "United States" if word in US_STATES else None
    country = city_country(word) or state
    if country is None and not country_of(word):
        return None
    if i + 1 < len(toks) and toks[i + 1].cap and not toks[i + 1].possessive:
        return None  # "Astana Tech Park", "Riga Tech Forum": a longer name
    m = OrgMention(_name(sentence, toks, i - 1, i + 1, base), place.start, toks[i].end, "University")
    m.first, m.last = i - 1, i + 1
    m.country = country
    return m


#: What a national board does, in its name: "Joint Admissions and Matriculation Board", "Higher
#: Education Loans Board" (not a body's own "Executive Board" or "Board of Trustees").
_BOARD_DUTIES = frozenset(
    {
        *("Examinations", "Examination", "Admissions", "Matriculation", "Loans", "Scholarships"),
        *("Scholarship", "Accreditation", "Standards", "Qualifications", "Curriculum", "Testing"),
        *("Assessment", "Certification", "Investment", "Revenue", "Tourism", "Export"),
    }
)
#: Heads of institutions in the plural, whose conference or committee is a national body ("German
#: Rectors' Conference", "Conference of Rectors of Spanish Universities").
_PEERS = frozenset({"Rectors", "Presidents", "Vice-Chancellors", "Principals", "Deans", "Chancellors"})


def _body_of_duty(toks: list[Token], i: int) -> bool:
    """True when the "Board" or "Conference" at ``i`` heads a named national body."""
    if toks[i].core == "Conference":
        if i > 0 and toks[i - 1].possessive and toks[i - 1].core in _PEERS:
            return True  # "German Rectors' Conference"
        after = [t.core for t in toks[i + 1 : i + 4]]
        return after[:1] == ["of"] and bool({*after[1:]} & _PEERS)  # "Conference of (University) Rectors"
    if i + 2 < len(toks) and toks[i + 1].text == "of" and toks[i + 2].core in _BOARD_MEMBERS:
        return False  # "Board of Trustees", "Board of Governors"
    words = []
    j = i - 1
    while j >= 0 and (toks[j].cap or toks[j].text in ("and", "&")) and not toks[j].possessive:
        words.append(toks[j].core)
        j -= 1
    return len([w for w in words if w not in ("and", "&")]) >= 2 and any(w in _BOARD_DUTIES for w in words)


_BOARD_MEMBERS = frozenset({"Trustees", "Governors", "Directors", "Regents", "Management", "Studies"})


#: The lower-case words find_orgs reads at all: the rest start no name and are passed over at once.
_LOWER_READ = frozenset({*_LOWER_POSTS, *_LOWER_CUES, "plc", "mission"})
#: The capitalised words that are no head which find_orgs' tests read: the rest are passed over at once. (A word
#: with a hyphen is never passed over: it may end in a foreign head, "Humboldt-Universität".)
_CAP_READ = frozenset({"Cabinet", "Park", "Board", "Conference", "Delegation"})


def find_orgs(sentence: str, toks: list[Token], base: int | None = None) -> list[OrgMention]:
    """Return the organisation names of one sentence, left to right.

    ``base`` is the offset of ``sentence`` in the article text (by default where its first token is).
    """
    if not toks:
        return []
    base = toks[0].start if base is None else base
    out: list[OrgMention] = []
    i = 0
    while i < len(toks):
        if toks[i].cap:
            core = toks[i].core
            kind = head_type(core)
            if kind is None and core not in _CAP_READ and "-" not in core and toks[i].text not in _LOWER_CUES:
                i += 1  # most capitalised words: no head, and none of the tests below holds for them
                continue
        elif toks[i].text not in _LOWER_READ:
            i += 1  # most words: none of the tests below holds for a lower-case word not in _LOWER_READ
            continue
        else:
            kind = "Embassy" if toks[i].text in _LOWER_POSTS and _lower_embassy(toks, i) else None
        if kind is None and toks[i].text == "plc" and i > 0 and toks[i - 1].cap:
            kind = "Company"  # "Rolls-Royce plc"
        if kind is not None and toks[i].core == "Commission" and i > 0 and toks[i - 1].core == "High":
            kind = "Embassy"  # "High Commission of India in Kenya"
        if (
            kind == "University"
            and i + 2 < len(toks)
            and toks[i + 1].core in _UNIVERSITY_BODIES
            and head_type(toks[i + 2].core) is not None
        ):
            i += 1  # "University Grants Commission": the head that follows names the body
            continue
        if (
            kind is None
            and toks[i].core == "Cabinet"
            and i + 2 < len(toks)
            and toks[i + 1].text == "of"
            and toks[i + 2].core == "Ministers"
        ):
            kind = "Government"  # "the Cabinet of Ministers of Uzbekistan" (not "Cabinet Secretary X")
        if kind is None and toks[i].core == "Park" and _park(toks, i):
            kind = "Other"
        if (
            kind is None
            and toks[i].cap
            and toks[i].core in ("Board", "Conference")
            and _body_of_duty(toks, i)
        ):
            kind = "Other"  # "Joint Admissions and Matriculation Board", "German Rectors' Conference"
        if kind is None and toks[i].cap and "-" in toks[i].core and _foreign_head(toks[i].core):
            kind = head_type(toks[i].core.rsplit("-", 1)[1])  # "Humboldt-Universität zu Berlin"
        if kind is None and toks[i].core == "Delegation" and _union_delegation(toks, i):
            kind = "Embassy"
        if (
            toks[i].core == "Mission"
            and i >= 2
            and toks[i - 1].text == "of"
            and toks[i - 2].core in ("Head", "Chief")
        ):
            kind = None  # "Deputy Head of Mission of the Embassy of X": a title; the embassy follows
        if kind is None and toks[i].text == "mission" and _diplomatic_mission(toks, i):
            out.append(_mission(sentence, toks, i, base))  # "the Russian diplomatic mission in Bishkek"
            i += 3
            continue
        if kind is None:
            if toks[i].text in _LOWER_CUES:
                i = _cued_name(sentence, toks, i, base, out)
            else:
                i += 1
            continue
        if (
            kind == "Company"
            and i + 1 < len(toks)
            and toks[i + 1].text in _OPEN_QUOTES
            and (quoted := _quoted_brand(sentence, toks, i + 1, base, toks[i].core)) is not None
        ):
            out.append(quoted)  # 'JSC "Kazakhtelecom"': a company by its quoted name
            i = quoted.last + 1
            continue
        first, possessor = _extend_left(toks, i)
        deputy = first == i - 1 > 0 and toks[first].core == "High" and toks[first - 1].core == "Deputy"
        if kind == "Embassy" and deputy:  # "British Deputy High Commission": the post's words and its state
            first -= 1 + (first > 1 and country_of(toks[first - 2].core) is not None)
        if out and out[-1].first < first < out[-1].last == i and not toks[i - 1].possessive:
            first = out[-1].last  # "University of Economics Faculty of Finance": names do not overlap
        first = _after_a_titled_person(toks, first, i)
        while first < i and (
            toks[first].core in LEGAL_PREFIXES
            or (first > 0 and toks[first].core == "HE" and toks[first - 1].core in LEGAL_PREFIXES)
        ):
            first += (
                1  # "NJSC Al-Farabi Kazakh National University", "RSE Institute of Zoology": a legal form
            )
        end = _extend_right(toks, i, kind, first)
        owned = _possessive_state(toks, first, i) if kind != "Embassy" else None
        if owned is not None and (end - owned[0] < 2 or _generic(toks, owned[0], i, end)):
            owned = None  # "Kazakhstan's Education Centre": the state's name is all that names it
        written_first = first
        if owned is not None:
            first = owned[0]  # "South Africa's Department of Higher Education": the state is its country
            kind = "Ministry" if kind == "Faculty" else kind  # a state's department is no faculty
        if (toks[first].core in _DEGREES and first + 1 < len(toks) and toks[first + 1].text == "of") or (
            first >= 2 and toks[first - 1].text == "of" and toks[first - 2].core in _DEGREES
        ):
            i = max(i + 1, end)  # "Master of Business Administration": a degree
            continue
        if i > first and toks[i - 1].core in _SEASONS:
            i += 1  # "(International) Summer School (of X)": a programme, not an organisation; X may be one
            continue
        if _many(toks, first, i) or _byline(toks, first, i):
            i += 1  # the institution of "Press Service of X" is still found after it
            continue
        if end < len(toks) and toks[end].core in _TITLES_OF_EVENTS and end == i + 1:
            # "QS World University Rankings", "World University Games": a ranking or an event (after a
            # complement the name is whole: "Indian Council for Cultural Relations [Scholarship]")
            i = end
            continue
        if end == i + 1 < len(toks) and toks[end].core in _ROOMS and toks[i].core in _ROOM_BODIES:
            i = end + 1  # "the KBTU Senate Hall": a room named after the body that meets there
            continue
        if kind == "Government" and end == i + 1 and _scholarship_label(toks, first, i):
            i = end  # "Korean Government scholarships": a programme's label
            continue
        if toks[i].core == "Trust" and not (first > 0 and toks[first - 1].text.lower() == "the"):
            i += 1  # "the Wellcome Trust", never a bare "Mutual Trust" of a slogan
            continue
        if _passing_body(toks, first, i):
            i += 1  # "Organising Committee (of X)": no institution; X may be one
            continue
        if (
            end - first < 2
            and "-" in toks[first].core
            and kind is not None
            and _foreign_head(toks[first].core)
        ):
            end = max(end, first + 1)  # "Goethe-Institut": one word, a whole name
        elif _generic_owner_after(toks, first, end):
            end -= 3  # "the Faculty of Biology of the Turkmen university": the faculty's own name
        elif (
            end - first < 2
            or _generic_plural(sentence, toks, first, i, base)
            or (_truncated(toks, first, end) and not _owned(toks, first, out))
        ):
            i = max(i + 1, end)
            continue
        end = _campus(toks, first, _placed(toks, first, end))
        if (
            end < len(toks)
            and toks[end].text == "campus"
            and end - first >= 3
            and toks[end - 2].cap
            and head_type(toks[end - 1].core) is None
            and toks[end - 1].core not in NAME_FIELDS
            and country_of(toks[end - 1].core) is None  # "Monash University Malaysia campus"
        ):
            end -= 1  # "the University of Lagos Akoka campus": the campus's place is no part of the name
        if first > 1 and toks[first - 1].text in ("and", "&") and end < len(toks) and toks[end].text == "(":
            first = _spelt_by_acronym(toks, first, end)  # "Kenya Agricultural and Livestock ... (KALRO)"
        written = _name(sentence, toks, first, end, base)
        eponym = _named_after(toks, end)
        dotted = eponym > end and toks[end].text == "."  # "University. J. Balasagyn": the short name leads
        short: str | None = None
        if eponym > end:
            # "... University named after X": the whole is the name, the words before "named" its short one
            end, short, written = eponym, written, _name(sentence, toks, first, eponym, base)
        mention = OrgMention(
            written,
            toks[first].start,
            toks[end - 1].end,
            kind,
            _acronym_after(toks, end),
            possessor,
            first=first,
            last=end,
        )
        mention.short = short
        if owned is not None:
            _of_the_state(mention, owned[1], _name(sentence, toks, written_first, end, base))
        if dotted and short is not None:
            mention.name, mention.short = short, mention.name
        elif short is not None and "after. " in mention.name:
            mention.name = mention.name.replace("after. ", "after ")  # "named after. K. Karasaeva"
        mention.generic = _generic(toks, first, i, end) and short is None  # "named after X" names it
        if mention.generic and _the_universitys(toks, first):
            mention.generic = False  # "the university's Research Centre": the university in view names it
        if mention.generic:
            end = _host_at(sentence, toks, mention, end, base)
        if not toks[i].cap:  # "the embassy of Japan in Uzbekistan": the post's words as in its name
            mention.name = re.sub(
                r"^(?:(\w+) )?(embassy|consulate general|consulate)\b", _title_post, mention.name
            )
        embassy = _demonym_embassy(sentence, toks, first, i, end, base)
        if embassy is None and kind == "Embassy":
            embassy = canonical_post(mention.name)
        if embassy is not None:
            mention.name, mention.short = embassy, mention.name  # the words as written stay an alias
        elif kind in ("Ministry", "Other") and not mention.generic:
            _state_ministry(mention)
        inner = None if mention.parent else _inner_parent(sentence, toks, first, i, end, base)
        mention.parent = mention.parent or inner
        if inner is not None and mention.short is None and kind in _UNITS:
            mention.short = _unit_name(mention.name, inner.name)  # "Research Center" of "... of X University"
        if (
            end + 1 < len(toks)
            and toks[end].text == "of"
            and is_acronym(toks[end + 1].core)
            and not (end + 2 < len(toks) and toks[end + 2].cap and head_type(toks[end + 2].core))
        ):  # "Institute of X of KNU", not "... of KIMEP University": that whole name is the parent
            mention.parent_acronym = toks[end + 1].core
        elif (
            kind in _UNITS
            and end + 1 < len(toks)
            and toks[end].text == "at"
            and is_acronym(toks[end + 1].core)
            and not toks[end + 1].possessive
            and not (end + 2 < len(toks) and toks[end + 2].cap)
        ):  # "the Confucius Institute at KazNU": a unit of the university its acronym names
            mention.parent_acronym = toks[end + 1].core
            mention.more = (*mention.more, f"{mention.name} at {toks[end + 1].core}")
        if out and out[-1].last > first and out[-1].first >= first:
            out.pop()  # a later head inside the same name ("Teacher of the Future Centre") wins
        out.append(mention)
        if kind == "Company" and toks[end - 1].core in _LEGAL_FORMS:
            bare = _LEGAL_TAIL.sub("", mention.name)  # "Air Astana JSC" is "Air Astana"
            if bare and bare != mention.name:
                mention.more = (*mention.more, bare)
        campus = _in_the_city(sentence, toks, mention, end, base)
        if campus is not None and _fields_only(mention.name):
            mention.more, mention.name = (
                (*mention.more, mention.name),
                campus,
            )  # "University of Economics in X"
        elif campus is not None:
            mention.more = (*mention.more, campus)  # "Inha University in Tashkent": the name of a branch
        if (
            kind == "Company"
            and toks[i].core == "Group"
            and toks[i - 1].core in ("Research", "Scientific", "Project")
        ):
            mention.type = "Other"  # "Laser Physics Research Group": a team, not a company
        if mention.country is None and end + 2 < len(toks) and toks[end].text == "(":
            mention.country = _bracketed_state(
                sentence, toks, end, base
            )  # "Masaryk University (Czech Republic)"
        if kind == "ResearchInstitute" and _TECHNICAL_INSTITUTE.search(mention.name):
            mention.type = (
                "University"  # "Massachusetts Institute of Technology", "State Medical Institute": they teach
            )
        i = end
        bracket = _bracketed_name(toks, end) if mention.acronym is None else None
        if bracket is not None:
            mention.more, i = (*mention.more, _name(sentence, toks, end + 1, bracket, base)), bracket + 1
            mention.acronym = toks[end + 1].core  # "RUDN" alone is its name too
            if toks[bracket - 1].core == "University":
                mention.type = "University"  # "Kazakhstan Institute of Management (KIMEP University)"
        elif mention.acronym is None and end < len(toks) and toks[end].text == "(":
            close = _short_in_brackets(toks, end)
            if close is not None and not (
                kind in _UNITS
                and any(t.cap and head_type(t.core) == "University" for t in toks[end + 1 : close])
            ):  # "Research Institute of Economics (Kyrgyz National University)": its university
                mention.more, i = (*mention.more, _name(sentence, toks, end + 1, close, base)), close + 1
    if _BODY_RE.search(sentence):
        _national_bodies(toks, out)
    for m in out:
        m.type = _retyped(m)
        if " under the " in m.name:
            short, _, whom = m.name.partition(" under the ")  # "... under the President of X"
            under = find_countries(whom)
            m.country = m.country or (under[-1][0] if under else None)
            m.more = (*m.more, short)
            m.parent = m.parent or _body_under(sentence, toks, m, base)
        if m.country is None and " " in m.name:
            m.country = long_city_in(m.name)  # "University of Dar es Salaam"
        if m.country is None and m.type == "University" and _US_STATE_UNIVERSITY.search(m.name):
            m.country = (
                "United States"  # "University of Arizona", "Ohio State University", "Texas A&M University"
            )
    if len(out) > 1 and (" University " in sentence or " College " in sentence):
        _states_as_tags(sentence, toks, out, base)
    if len(out) > 1 and "(" in sentence:
        _bracketed_full_names(toks, out)
    if len(out) > 1 and ", Government of " in sentence:
        _government_of(toks, out)
    if len(out) > 1 and ("'s " in sentence or "’s " in sentence):
        _possessive_inside(sentence, toks, out, base)
    if len(out) > 1 and " in " in sentence and any(m.more for m in out):
        _branch_and_mother(out)
    if out and ("Research University" in sentence or '"' in sentence or "“" in sentence or "«" in sentence):
        _status_names(sentence, toks, out, base)
    if " and Research " in sentence:
        _hospital_and_centre(sentence, toks, out, base)
    _link_parents(toks, out)
    return out


def _first_token(m: OrgMention) -> int:
    return m.first


def _states_as_tags(sentence: str, toks: list[Token], out: list[OrgMention], base: int) -> None:
    """ "Moi University Kenya, Makerere University Uganda and Ardhi University Tanzania": when schools
    listed side by side each end with another state, the state says where each is, not which campus
    it is ("Monash University Malaysia" alone, or beside a campus in the same state, stays whole)."""
    items = []  # (mention, index after its state, state, whether the name holds the state)
    for m in sorted(out, key=_first_token):
        if (
            m.last - m.first >= 3
            and toks[m.last - 2].core in ("University", "College")
            and country_of(toks[m.last - 1].core) == toks[m.last - 1].core
        ):
            items.append((m, m.last, toks[m.last - 1].core, True))
            continue
        if (
            m.last < len(toks)
            and toks[m.last - 1].core in ("University", "College")
            and country_of(toks[m.last].core) == toks[m.last].core
        ):
            items.append((m, m.last + 1, toks[m.last].core, False))  # "Gulu University Uganda"
    chains: list[list[tuple[OrgMention, int, str, bool]]] = []
    for item in items:
        last = chains[-1][-1] if chains else None
        if last is not None and all(
            t.text in (",", "and", "&", "the") for t in toks[last[1] : item[0].first]
        ):
            chains[-1].append(item)  # listed side by side
        else:
            chains.append([item])
    cut: list[OrgMention] = []
    for chain in chains:
        schools = {m.name.rsplit(" ", 1)[0] if held else m.name for m, _, _, held in chain}  # campuses
        if len({state for _, _, state, _ in chain}) > 1 and len(schools) == len(chain):
            cut += [m for m, _, _, held in chain if held]
    for m in cut:
        m.country = m.country or country_of(toks[m.last - 1].core)
        m.last -= 1
        m.name, m.end = _name(sentence, toks, m.first, m.last, base), toks[m.last - 1].end


def _government_of(toks: list[Token], out: list[OrgMention]) -> None:
    """ "the Ministry of Education, Government of India": the government after a comma says whose
    ministry it is; one body, not two."""
    for a, b in pairwise(list(out)):
        state = (
            whole_country(b.name.removeprefix("Government of "))
            if b.name.startswith("Government of ")
            else None
        )
        if (
            state is not None
            and a.type in ("Ministry", "Government", "Other", "Faculty")
            and a.country is None
            and [t.text for t in toks[a.last : b.first]] == [","]
            and b in out
        ):
            written = f"{a.name}, {b.name}"
            if a.type == "Faculty":
                a.type = "Ministry"  # "Department of Higher Education, Government of India"
            _of_the_state(a, state, written)
            a.more = tuple(dict.fromkeys((*a.more, written)))
            a.end, a.last = b.end, b.last
            out.remove(b)


_TEACHING = frozenset({"University", "ResearchInstitute", "School"})


def _bracketed_full_names(toks: list[Token], out: list[OrgMention]) -> None:
    """ "KIMEP University (Kazakhstan Institute of Management, ...)": a school's other name in brackets
    right after it is the same body, not a second one."""
    for a, b in pairwise(list(out)):
        between = [t.text for t in toks[a.last : b.first]]
        if (
            between in (["("], ["(", "formerly"], ["(", "former"])
            and b.last < len(toks)
            and toks[b.last].text == ")"
            and a.type in _TEACHING
            and b.type in _TEACHING
            and (
                a.type == "University" or b.type != "University"
            )  # "Institute of X (Y University)": its parent
            and a.parent is None
            and b.parent is None
            and a.acronym is None
            and b in out
        ):
            a.more = (*a.more, b.name, *(x for x in (b.acronym, b.short) if x))
            a.country = a.country or b.country
            out.remove(b)


#: Words of a name that says what a school is, not which: "National Research University",
#: "National Technical University of Ukraine" (its proper name follows or precedes it in quotes).
_STATUS_TEXT = """
    National Research Technical Technological State Federal Autonomous University Institute Academy
    Polytechnic of the
"""
_STATUS_WORDS = frozenset(_STATUS_TEXT.split())
_OPEN_QUOTES = frozenset({'"', "“", "«"})
_CLOSE_QUOTES = frozenset({'"', "”", "»"})


def _status_only(toks: list[Token], m: OrgMention) -> bool:
    """ "National Research University", "National Technical University of Ukraine": no proper word."""
    return m.type == "University" and all(
        t.core in _STATUS_WORDS or country_of(t.core) for t in toks[m.first : m.last]
    )


def _quoted_before(toks: list[Token], first: int) -> int | None:
    """The opening quote of capitalised words that close right before ``first``: '"TIIAME" National'."""
    if first < 2 or toks[first - 1].text not in _CLOSE_QUOTES:
        return None
    for j in range(first - 2, max(first - 8, -1), -1):
        if toks[j].text in _OPEN_QUOTES:
            return j if j < first - 2 else None
        if not toks[j].cap and toks[j].text not in _LINKS_AFTER_HEAD[False, True]:
            return None
    return None


def _status_names(sentence: str, toks: list[Token], out: list[OrgMention], base: int) -> None:
    """One institution where a status name and its proper name meet:
    'National Research University "Higher School of Economics"', '"TIIAME" National Research
    University', "Tashkent Institute of Irrigation and ... Engineers National Research University".
    The whole is the name; the proper part stays an alias."""
    k = 0
    while k < len(out):
        a = out[k]
        b = out[k + 1] if k + 1 < len(out) else None
        if (
            b is not None
            and _status_only(toks, a)
            and b.first == a.last + 1
            and toks[a.last].text in _OPEN_QUOTES
            and b.last < len(toks)
            and toks[b.last].text in _CLOSE_QUOTES
        ):  # 'National Research University "Higher School of Economics"'
            a.name, a.more = f"{a.name} {b.name}", (*a.more, b.name, *b.more)
            a.end, a.last, a.acronym = b.end, b.last, a.acronym or b.acronym
            out.remove(b)
        elif _status_only(toks, a) and (j := _quoted_before(toks, a.first)) is not None:
            inner = _name(sentence, toks, j + 1, a.first - 1, base)  # '"TIIAME" National Research University'
            for c in [c for c in out if c is not a and c.first >= j and c.last <= a.first]:
                out.remove(c)
            a.name, a.more = f"{inner} {a.name}", (*a.more, inner)
            a.start, a.first = toks[j + 1].start, j
        elif (
            b is not None
            and a.first < b.first < a.last
            and b.type == "University"
            and b.name.endswith("Research University")
            and b.parent is None
        ):  # "Tashkent Institute of Irrigation and ... Engineers National Research University"
            b.name = _name(sentence, toks, a.first, b.last, base)
            b.start, b.first = a.start, a.first
            b.country = b.country or a.country
            out.remove(a)
            continue
        k += 1


def _possessive_inside(sentence: str, toks: list[Token], out: list[OrgMention], base: int) -> None:
    """ "Academy of the General Prosecutor's Office of Uzbekistan": a name whose complement holds a
    possessive, read as two that overlap at it, is one (the first's head its head)."""
    for a, b in pairwise(list(out)):
        if (
            a.first < b.first < a.last < b.last
            and any(t.possessive for t in toks[b.first : b.last])
            and a in out
            and b in out
        ):
            a.name = _name(sentence, toks, a.first, b.last, base)
            a.end, a.last = b.end, b.last
            a.country = a.country or b.country
            out.remove(b)


def _branch_and_mother(out: list[OrgMention]) -> None:
    """ "Inha University in Tashkent and Inha University": a branch named beside its mother university
    is another university; its name keeps the city."""
    names = {m.name for m in out}
    for m in out:
        campus = next((a for a in m.more if a.startswith(m.name + " in ")), None)
        if campus is not None and sum(o.name == m.name for o in out) > 1 and campus not in names:
            m.more = tuple(a for a in m.more if a != campus)
            m.name = campus
            names.add(campus)


_CLINICS = frozenset({"Hospital", "Clinic"})
_RESEARCH_UNITS = frozenset({"Research", "Centre", "Center", "Institute"})


def _hospital_and_centre(sentence: str, toks: list[Token], out: list[OrgMention], base: int) -> None:
    """ "King Faisal Specialist Hospital and Research Centre": a hospital and its own research centre
    are one name (a "Research Centre" with no name of its own after "and")."""
    for a, b in pairwise(list(out)):
        if (
            toks[a.last - 1].core in _CLINICS
            and b.first == a.last + 1
            and toks[a.last].text == "and"
            and all(t.core in _RESEARCH_UNITS for t in toks[b.first : b.last])
            and toks[b.first].core == "Research"
        ):
            a.name = _name(sentence, toks, a.first, b.last, base)
            a.end, a.last = b.end, b.last
            out.remove(b)


_DASHES = frozenset({"-", "–", "—"})
_BODY_FIRST_WORDS = frozenset(name.split()[0] for name in (*NATIONAL_BODIES, *HEADLESS_BODIES))
_BODY_RE = re.compile("|".join(sorted(_BODY_FIRST_WORDS)))


def _national_bodies(toks: list[Token], out: list[OrgMention]) -> None:
    """ "the Mazhilis", "the Jogorku Kenesh", "Akorda's press service": a parliament or a head of
    state's office known by its own name, where no longer name holds it ("Senate of the Oliy Majlis")."""
    k = 0
    while k < len(toks):
        if toks[k].core not in _BODY_FIRST_WORDS:
            k += 1  # the common case, one set lookup per word
            continue
        two = f"{toks[k].core} {toks[k + 1].core}" if k + 1 < len(toks) else ""
        name = next((n for n in (two, toks[k].core) if n in NATIONAL_BODIES or n in HEADLESS_BODIES), None)
        if name is None:
            k += 1
            continue
        kind, state = HEADLESS_BODIES.get(name, ("Government", NATIONAL_BODIES.get(name)))
        holder = next((m for m in out if m.first <= k < m.last), None)
        if holder is not None and holder.country is None and name in NATIONAL_BODIES:
            holder.country = state  # "Senate of the Oliy Majlis" lies in Uzbekistan
        if not toks[k].cap or holder is not None:
            k += 1
            continue
        last = k + len(name.split())
        office = _state_run(toks, last) if name in HEADLESS_BODIES and kind != "Centre" else last
        if office > last and not toks[office - 1].possessive:
            last = office  # "Campus France Viet Nam": its office in a state
        text = " ".join([name, *(t.text for t in toks[k + len(name.split()) : last])])
        m = OrgMention(text, toks[k].start, toks[last - 1].end, kind, first=k, last=last)
        m.country = state
        spelt = next((o for o in out if o.first == last + 1), None) if last + 1 < len(toks) else None
        if spelt is not None and toks[last].text in _DASHES and name in HEADLESS_BODIES:
            out.remove(spelt)  # "Technion – Israel Institute of Technology": one body, its name spelt out
            m.more, m.end, last = (spelt.name,), spelt.end, spelt.last
            m.last = last
        out.append(m)
        k = last
    out.sort(key=lambda m: m.start)


def _unit_name(name: str, parent: str) -> str | None:
    """ "Research Center of Tashkent State University" -> "Research Center": a unit's own name."""
    for tail in (f" of the {parent}", f" of {parent}"):
        if name.endswith(tail) and len(name) > len(tail):
            return name[: -len(tail)]
    return None


def _inner_parent(
    sentence: str, toks: list[Token], first: int, head: int, end: int, base: int
) -> OrgMention | None:
    """ "Science Committee of the Ministry of X": the Ministry is a name of its own and the parent."""
    if head == first:
        return None
    for k in range(head + 1, end - 1):
        if toks[k].text == "of" and any(head_type(t.core) and t.cap for t in toks[k + 1 : end]):
            inner = find_orgs(sentence, toks[k + 1 : end], base)
            if inner and _field_phrase(inner[0].name):
                return None  # "Graduate School of Public Administration": a field, not a body
            return inner[0] if inner else None
    return None


_UNIVERSITY_OF = re.compile(r"^(?:(?:State|National|Technical|Medical)\s+)?University\s+of\s+")


def _fields_only(name: str) -> bool:
    """ "University of Economics", "University of Economics and Business": no place or proper word, a
    name many universities share (the city after it is part of the name)."""
    match = _UNIVERSITY_OF.match(name)
    return match is not None and all(
        w in NAME_FIELDS or w in ("and", "&") for w in name[match.end() :].split()
    )


def _field_phrase(name: str) -> bool:
    """ "Public Administration", "Management and Public Administration": field words only, the head last."""
    words = name.split()
    return head_type(words[0]) is None and all(
        w in NAME_FIELDS or head_type(w) or w in ("and", "&") for w in words
    )


#: Types of an organisation that may be a unit of a university.
_UNITS = frozenset({"Centre", "ResearchInstitute", "Faculty", "School", "Other"})


_OPENED = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "been",
        "will",
        "be",
        "opened",
        "established",
        "launched",
        "created",
        "set",
        "up",
        "inaugurated",
        "founded",
        "based",
        "located",
        "housed",
        "operates",
        "operating",
        "recently",
        "newly",
        "jointly",
    ]
)


def _opened_at(between: list[str]) -> bool:
    """ "[Joint Laboratory] was opened at [the University]", "[Centre], established at [X]": a unit is
    where it was set up."""
    if "at" not in between:
        return False
    cut = between.index("at")
    verbs, rest = between[:cut], between[cut + 1 :]
    return 0 < len(verbs) <= 4 and all(w in _OPENED or w == "," for w in verbs) and rest in ([], ["the"])


#: First words of a unit's name written right after its university's.
_UNIT_LEADS = _UNIT_WORDS | {"Graduate", "Business", "Law", "Medical", "Research", "International"}


def _college_unit(m: OrgMention, parent: OrgMention) -> bool:
    """ "College of Engineering" of a named university is one of its faculties."""
    if m.type == "University" and m.name.startswith("College of ") and parent.type == "University":
        m.type = "Faculty"
    return m.type in _UNITS


#: Heads of a university's units that its own name, before them, makes a name ("X University's
#: International Office").
_OWNED_UNIT_HEADS = frozenset({"Office", "Centre", "Center", "Unit", "Division", "Institute", "Laboratory"})


#: First words of a unit's name that, with "of [the]" and its university's, is its full name too.
_OF_UNIT_LEADS = _UNIT_WORDS | {"Office", "Division", "Unit", "Lab"}


#: Words between a unit and its university: "the Centre for X, part of Y", "hosted by Y", "under Y".
_WITHIN = (
    [",", "part", "of"],
    [",", "a", "part", "of"],
    [",", "which", "is", "part", "of"],
    [",", "a", "unit", "of"],
    [",", "a", "division", "of"],
    ["hosted", "by"],
    ["hosted", "by", "the"],
    ["under"],
    ["under", "the"],
    ["within"],
    ["within", "the"],
)


def _within(between: list[str], toks: list[Token], b: OrgMention) -> bool:
    """ "X, part of Y", "X hosted by Y", "X under Y", "X (Y)": Y holds X."""
    if between == ["("]:
        return b.last < len(toks) and toks[b.last].text == ")" and b.type == "University"
    return between in _WITHIN


def _link_parents(toks: list[Token], mentions: list[OrgMention]) -> None:
    """ "X of the Y" where both are names: Y is X's parent."""
    for a, b in pairwise(mentions):
        between = [t.text for t in toks[a.last : b.first]]
        if between in (["of"], ["of", "the"]) and a.type != "Embassy":
            a.parent = b
            if _college_unit(a, b) and b.type == "University" and a.name.split(" ", 1)[0] in _OF_UNIT_LEADS:
                # "Faculty of X of the University of Y" is also the unit's full name
                a.more = (*a.more, " ".join((a.name, *between, b.name)))
        elif not between and toks[a.last - 1].possessive and a.type != "Embassy" and _college_unit(b, a):
            b.parent = a  # "the University of Tsukuba's Faculty of Medicine"
            words = b.name.split()
            bare = b.generic or (len(words) == 2 and words[0] in ORG_WORDS)  # "International Office"
            if bare and a.type == "University" and not a.generic and words[-1] in _OWNED_UNIT_HEADS:
                # "X University's International Office": the university names its office
                b.name, b.short, b.generic = f"{a.name} {b.name}", b.name, False
        elif (
            not between
            and a.type == "University"
            and b.type in _UNITS
            and b.name.split(" ", 1)[0] in _UNIT_LEADS
            and b.acronym is None
            and b.parent is None
        ):
            b.parent = a  # "Nazarbayev University Graduate School of Education": the unit after its owner
            b.more = (*b.more, f"{a.name} {b.name}")
        elif (
            (between in (["at"], ["at", "the"]) or _opened_at(between) or _within(between, toks, b))
            and (
                b.type in ("University", "Faculty", "School") or (b.type == "Embassy" and a.type == "Centre")
            )
            and _college_unit(a, b)
        ):
            a.parent = (
                b  # "the Confucius Institute at Riga Technical University", "Department at the Faculty"
            )
            if between and between[0] == "at":  # "Confucius Institute at X" is also the unit's full name
                a.more = (*a.more, " ".join((a.name, *between, b.name)))
