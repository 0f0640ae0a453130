"""Topics from "<field> cooperation" compounds: the words before a cooperation noun name fields.

"cultural and humanitarian cooperation", "research collaboration", "bilateral cooperation";
not "mutual cooperation" nor "inter-university and scientific ties".
"""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc
from kgpart.extract.topics.adjectives import LINK_IN_SPHERES, field_modifiers, link_noun
from kgpart.extract.topics.words import FIELD_NOUN_ENDS, Span

_FIELD_HEAD = re.compile(r"\b(?:cooperation|collaboration|exchanges?|ties|relations|relationships)\b")
#: The same heads for the scan of an article, each first letter before the look-behind for the \b: a pattern that opens
#: with letters lets the engine skip to the next c, e, r or t; one that opens with \b is entered at every position.
_FIELD_HEAD_SCAN = re.compile(
    r"(?:c(?<!\w.)o(?:operation|llaboration)|e(?<!\w.)xchanges?|t(?<!\w.)ies|r(?<!\w.)elation(?:s|ships))\b"
)
#: The one or two words before the head ("cultural and humanitarian"), read back from the head.
#: A comma alone is a list's boundary ("joint research, student exchange"), not a coordination of modifiers.
#: "scientific, educational and cultural ties": up to four modifiers before the last, joined by commas.
_FIELD_MODS = re.compile(
    r"\b(?P<mod>(?:(?:[a-z][a-z\-]+,\s+){0,4}[a-z][a-z\-]+(?:,?\s+and\s+|\s+))?[a-z][a-z\-]+)\s+$"
)
_FIELD_NOUNS = frozenset(
    [
        "research",
        "student",
        "students",
        "youth",
        "science",
        "education",
        "sports",
        "language",
        "staff",
        # fields beyond the academy that a visit names beside it: "economic and trade ties", "sister city ties"
        "trade",
        "business",
        "investment",
        "tourism",
        "energy",
        "health",
        "culture",
        "sister",
        "city",
        "twin",
        # fields named by a noun before the link: "nuclear cooperation", "space research collaboration"
        "nuclear",
        "space",
        "water",
        "healthcare",
        "climate",
        "transport",
        "mining",
        "technology",
        "innovation",
        "security",
        "media",
        "film",
        "music",
        "art",
        "arts",
        "library",
        "museum",
        "agriculture",
        "medicine",
        "engineering",
        # adjectives of a field that do not end like one
        "humanitarian",
        "agrarian",
        "defence",
        "defense",
    ]
)
_NOT_FIELD = frozenset(
    [
        "mutual",
        "mutually",
        "beneficial",
        "historical",
        "historic",
        "traditional",
        "cordial",
        "fraternal",
        "spiritual",
        "neighbourly",
        "neighborly",
        "practical",
        "potential",
        "special",
        "official",
        "total",
        "real",
        "final",
        "initial",
        "personal",
        "several",
        "further",
        "international",
        "long-term",
        "inter-university",
        "interuniversity",
        "close",
        "closer",
        "fruitful",
        "future",
        "such",
        "this",
        "that",
        "their",
        "its",
        "our",
        "and",
        "the",
        "of",
        "in",
        "with",
        "between",
    ]
)


#: Modifiers that name the people a link moves: their coordination is one compound, not a list of fields.
_PEOPLE_MODS = frozenset(
    ["student", "students", "staff", "faculty", "teacher", "teachers", "youth", "researcher"]
)


def _is_field_word(word: str) -> bool:
    """True when a modifier names a field ("cultural", "research"), not a manner ("mutual")."""
    return word not in _NOT_FIELD and (word in _FIELD_NOUNS or word.endswith(("al", "ic", "ary")))


def field_noun(word: str) -> bool:
    """True for a noun that names a field by itself: "energy", "healthcare", "metallurgy"."""
    return word in _FIELD_NOUNS or (word.endswith(FIELD_NOUN_ENDS) and word not in _NOT_FIELD)


def link_of_manner(item: str) -> bool:
    """True for a phrase of a link whose first word is a manner: "inter-university and scientific ties"."""
    words = item.lower().split()
    return (
        item.lower() != "international relations"  # a discipline, not a manner of relations
        and _MODS_AND_HEAD.fullmatch(item.lower()) is not None
        and _FIELD_HEAD.fullmatch(words[-1]) is not None
        and words[0] in _NOT_FIELD
    )


#: One or two modifiers and a head: "inter-university and scientific ties", "mutual cooperation".
_MODS_AND_HEAD = re.compile(r"[\w\-]+(?:,?\s+(?:and\s+)?[\w\-]+)?\s+[\w\-]+")


def compound_spans(doc: Doc) -> list[Span]:
    """The "<field> cooperation" compounds that lie within one sentence."""
    out: list[Span] = []
    for start, end in _compound_spans(doc.text):
        n = doc.sentence_at(start)
        if end <= doc.sentences[n].end:
            out.append((start, end, doc.text[start:end], n))
    return out


def _compound_spans(text: str) -> list[tuple[int, int]]:
    """ "cultural and humanitarian cooperation", "bilateral cooperation", "research collaboration"."""
    out: list[tuple[int, int]] = []
    reach = 0
    for head in _FIELD_HEAD_SCAN.finditer(text):
        # the head names the kind of link; the words before it, if they name fields, the topic
        match = _FIELD_MODS.search(text, max(reach, head.start() - 60), head.start())
        reach = head.end()
        start = None if match is None else _fields_start(match)
        if start is not None:
            out.append((start, head.end()))
    return out


def _fields_start(match: re.Match[str]) -> int | None:
    """Where the modifiers before a head begin to name fields; None when they name none."""
    mod = match.group("mod")
    mods = re.findall(r"[a-z][a-z\-]+", mod)
    if " and " in mod and not _is_field_word(mods[0]):
        # "inter-university and scientific ties": a coordination that does not start with a
        # field names the link, not a field; its last word alone would be a fragment
        return None
    if "," in mod and _PEOPLE_MODS.intersection(mods):
        # "research, staff and student exchanges": the people exchanged are the compound; the item before is a list's
        tail = mod.rfind(",") + 1
        return match.start("mod") + tail + len(mod[tail:]) - len(mod[tail:].lstrip())
    mods = [m for m in mods if m != "and"]
    # keep the longest tail of modifiers that all name fields
    while mods and not all(_is_field_word(m) for m in mods):
        mods = mods[1:]
    if not mods:
        return None
    if len(mods) == 1:
        return match.start("mod") + mod.rfind(mods[0])
    return match.start("mod") if _is_field_word(mod.split()[0].strip(",")) else None


#: A link between places or blocs, named by them: "South-South cooperation", "China-Africa cooperation",
#: "ASEAN cooperation"; the names are joined by a hyphen or are a bloc's.
_BLOC_LINK = re.compile(r" (?:cooperation|collaboration|partnership|dialogue|integration)\b(?! +[A-Z])")
_PLACE_WORD = r"(?:[A-Z][a-z]+|[A-Z]{2,5})"
_BLOC = re.compile(
    rf"{_PLACE_WORD}(?:[\-–]{_PLACE_WORD})+|ASEAN|BRICS|SCO|CIS|OIC|EU|G20|EAEU|CICA|Turkic|Arctic|Caspian|Erasmus\+"
)


def bloc_spans(doc: Doc) -> list[Span]:
    """ "South-South cooperation", "China-Africa cooperation": a link between places or blocs, named by them
    (not in a name: "the China-Africa Cooperation Forum" has the link in title case)."""
    text = doc.text
    out: list[Span] = []
    for link in _BLOC_LINK.finditer(text):
        start = text.rfind(" ", max(0, link.start() - 40), link.start()) + 1
        if start == 0 and link.start() > 40:
            continue
        if _BLOC.fullmatch(text, start, link.start()) is None:
            continue
        out.append((start, link.end(), text[start : link.end()], doc.sentence_at(start)))
    return out


#: "AI-related research", "health-related projects": the field before "-related".
_RELATED = re.compile(
    r"\b(?P<field>[a-z]{3,}|[A-Z]{2,5})-related\s+(?:research|projects?|studies|courses|programmes|programs|issues|"
    r"fields|topics|technologies|cooperation|collaboration)\b"
)


def related_spans(doc: Doc) -> list[Span]:
    """ "AI-related research": the field named before "-related"."""
    if "-related" not in doc.text:
        return []
    out: list[Span] = []
    for match in _RELATED.finditer(doc.text):
        start, end = match.span("field")
        out.append((start, end, match["field"], doc.sentence_at(start)))
    return out


_SPHERE_WORD = re.compile(r"(?<=\s)(?:spheres?|fields?|areas?|directions?|domains?)\b(?!\s+of\b)")
#: What every match of _SPHERE_WORD holds: a cheap test before its scan of the whole text (its look-behind lets
#: the engine skip no position).
_SPHERE_STEMS = ("sphere", "field", "area", "direction", "domain")


def sphere_spans(doc: Doc) -> list[Span]:
    """ "cooperation in the economic sphere" is economic cooperation; "ties in the trade and cultural fields" trade
    and cultural ties: the link named by the adjectives of its fields (``adjectives``), as a compound says it."""
    out: list[Span] = []
    if not any(stem in doc.text for stem in _SPHERE_STEMS):
        return out
    for head in _SPHERE_WORD.finditer(doc.text):
        # the empty head is rarer than the link: found first, then the link read back from it
        match = LINK_IN_SPHERES.search(doc.text, max(0, head.start() - 160), head.end())
        if match is None or match.end() != head.end():
            continue
        mods = match["mods"]
        if field_modifiers(mods) is None:
            continue
        # past the spaces after it too: a list item of the same words may end there, and this span must hold it
        start, end = (
            match.start("mods"),
            match.end()
            + len(doc.text[match.end() : match.end() + 4])
            - len(doc.text[match.end() : match.end() + 4].lstrip()),
        )
        n = doc.sentence_at(start)
        if doc.sentence_at(match.start()) == n:
            out.append((start, end, f"{mods} {link_noun(match['link'])}", n))
    return out


#: A reform or a policy and the lower-case field after it: "the state policy in the sphere of education".
_HEAD_IN_FIELD = re.compile(
    r"(?=[rpsl])(?:reforms?|polic(?:y|ies)|strateg(?:y|ies)|legislation)"
    # "the reforms being carried out in the national education system"
    r"(?:\s+(?:(?:being|currently)\s+)?(?:carried\s+out|implemented|undertaken|conducted|pursued))?"
    r"\s+in\s+(?:the\s+)?(?:national\s+)?"
    r"(?:(?:fields?|spheres?|areas?|domains?)\s+of\s+)?"
    r"(?!the\b|this\b|that\b|which\b|our\b|their\b|its\b|his\b|her\b|my\b|recent\b|\d|(?:country|countries|region|regions|republic|"
    r"city|cities|world|state|states)\b)"
    r"[a-z][a-z\-]+(?:\s+(?!(?:carried|conducted|implemented|being|adopted|pursued|undertaken|in|of|at|by|for|to|"
    r"with|was|were|is|are|and\s+the)\b)(?:and\s+)?[a-z][a-z\-]+){0,3}"
)
#: Whose reform or policy, kept before the field: "the state policy" is the state education policy.
_MOD_BEFORE = re.compile(r"\b(?:state|national|public|government|educational|language|youth|migration)\s+$")


def head_in_field_spans(doc: Doc) -> list[Span]:
    """ "reforms in the field of education", "the state policy in science": the whole phrase, which ``tidy``
    words as English compounds it ("education reforms", "state science policy")."""
    out: list[Span] = []
    text = doc.text
    if not any(head in text for head in ("reform", "polic", "strateg", "legislation")):
        return out  # a cheap test first
    for match in _HEAD_IN_FIELD.finditer(text):
        start, end = match.span()
        if start and text[start - 1].isalnum():
            continue  # inside a word
        mod = _MOD_BEFORE.search(text, max(0, start - 16), start)
        start = mod.start() if mod else start
        n = doc.sentence_at(start)
        if end <= doc.sentences[n].end:
            out.append((start, end, text[start:end], n))
    return out
