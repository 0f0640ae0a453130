"""Fields named by adjectives alone: "cooperation in the trade, economic and cultural spheres" names trade, the
economy and culture. Once "spheres", "fields" or "areas" is gone, an adjective alone names nothing a reader can
look up: it becomes the field's noun ("economic" is economy), or keeps a head ("humanitarian sphere").
"""

from __future__ import annotations

import re

#: The noun of the field an adjective names.
_NOUN_OF = {
    "economic": "economy",
    "cultural": "culture",
    "scientific": "science",
    "educational": "education",
    "technical": "technology",
    "technological": "technology",
    "agricultural": "agriculture",
    "agrarian": "agriculture",
    "industrial": "industry",
    "medical": "medicine",
    "financial": "finance",
    "political": "politics",
    "legal": "law",
    "environmental": "environment",
    "ecological": "ecology",
    "commercial": "commerce",
    "innovative": "innovation",
    "investment": "investment",
    "trade": "trade",
    "energy": "energy",
    "transport": "transport",
    "tourist": "tourism",
    "touristic": "tourism",
    "sports": "sports",
    "sporting": "sports",
    "athletic": "sports",
    "academic": "academia",
    "diplomatic": "diplomacy",
    "linguistic": "linguistics",
    "historical": "history",
    "pedagogical": "pedagogy",
    "military": "defence",
    "informational": "information",
    "logistic": "logistics",
    "logistical": "logistics",
    "health": "health",
    "healthcare": "healthcare",
    "research": "research",
    # nouns before an empty head: "cooperation in the education and science sphere"
    "education": "education",
    "science": "science",
    "culture": "culture",
    "technology": "technology",
    "innovation": "innovation",
    "agriculture": "agriculture",
    "medicine": "medicine",
    "tourism": "tourism",
    "business": "business",
    "sport": "sport",
}
#: Adjectives of a field with no noun of their own that reads as well: they keep a head.
_KEEP_HEAD = frozenset(
    [
        "humanitarian",
        "social",
        "digital",
        "spiritual",
        "intellectual",
        "creative",
        "nuclear",
        "space",
        "youth",
    ]
)

_ADJECTIVE_LIST = re.compile(r"[a-z\-]+(?:(?:,\s*|\s+)(?:and\s+|or\s+)?[a-z\-]+){0,5}")
_JOINS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def field_modifiers(label: str) -> list[str] | None:
    """The words of "trade, economic and cultural" when each names a field before a head; None otherwise."""
    if _ADJECTIVE_LIST.fullmatch(label) is None:
        return None
    # "trade-economic", "cultural-humanitarian": two adjectives in one word, as translations from Russian write them
    words = [part for word in _JOINS.split(label) for part in word.split("-")]
    return words if all(w in _NOUN_OF or w in _KEEP_HEAD for w in words) else None


def adjective_fields(label: str) -> tuple[str, ...] | None:
    """The fields a label of adjectives names; None when it is no such label.

    >>> adjective_fields("trade, economic and humanitarian")
    ('trade', 'economy', 'humanitarian sphere')
    >>> adjective_fields("economic research") is None
    True
    """
    words = field_modifiers(label)
    if words is None:
        return None
    if not any(w.endswith(("al", "ic", "ive", "ary", "an")) or w in _KEEP_HEAD for w in words):
        return None  # "trade and energy": nouns already
    return tuple(_NOUN_OF.get(w) or f"{w} sphere" for w in words)


#: "cooperation with X in the scientific and technical spheres": the link, then the adjectives of its fields.
LINK_IN_SPHERES = re.compile(
    r"\b(?P<link>(?i:cooperat|collaborat)[a-z]*|(?i:interaction|partnership)|ties|relations)\b[^.;:!?\"“”()]{0,100}?\s"
    r"in\s+(?:the\s+)?(?P<mods>[a-z\-]+(?:(?:,\s*|\s+)(?:and\s+)?[a-z\-]+){0,5})\s+"
    r"(?:spheres?|fields?|areas?|directions?|domains?)\b(?!\s+of\b)"
)
_LINK_NOUN = {
    "cooper": "cooperation",
    "collab": "collaboration",
    "intera": "interaction",
    "partne": "partnership",
}


def link_noun(word: str) -> str:
    """The noun of a link's word: "cooperate" and "cooperating" are cooperation."""
    return _LINK_NOUN.get(word[:6].lower(), word)


def link_in_spheres(text: str) -> str | None:
    """ "cooperation in the scientific direction" as a compound says it ("scientific cooperation"); None for any other.

    >>> link_in_spheres("cooperation in the trade and economic spheres")
    'trade and economic cooperation'
    """
    match = LINK_IN_SPHERES.match(text)
    if match is None or match.end() != len(text) or field_modifiers(match["mods"]) is None:
        return None
    return f"{match['mods']} {link_noun(match['link'])}"
