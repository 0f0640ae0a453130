"""Topics from "<field> cooperation" compounds: the words before a cooperation noun name fields.

"cultural and humanitarian cooperation", "research collaboration", "bilateral cooperation";
not "mutual cooperation" nor "inter-university and scientific ties".
"""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc
from kgpart.extract.topics.words import FIELD_NOUN_ENDS, Span

_FIELD_HEAD = re.compile(r"\b(?:cooperation|collaboration|exchanges?|ties|relations|relationships)\b")
#: The one or two words before the head ("cultural and humanitarian"), read back from the head.
#: A comma alone is a list's boundary ("joint research, student exchange"), not a coordination of modifiers.
_FIELD_MODS = re.compile(r"\b(?P<mod>(?:[a-z][a-z\-]+(?:,?\s+and\s+|\s+))?[a-z][a-z\-]+)\s+$")
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
    for head in _FIELD_HEAD.finditer(text):
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
    mods = [m for m in mods if m != "and"]
    # keep the longest tail of modifiers that all name fields
    while mods and not all(_is_field_word(m) for m in mods):
        mods = mods[1:]
    if not mods:
        return None
    if len(mods) == 1:
        return match.start("mod") + mod.rfind(mods[0])
    return match.start("mod") if _is_field_word(mod.split()[0].strip(",")) else None


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
