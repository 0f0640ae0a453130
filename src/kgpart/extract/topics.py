"""Cooperation topics: a gazetteer of the genre's themes plus the phrases listed after cues."""

from __future__ import annotations

import re

from .doc import Doc
from .record import Topic

#: Canonical topic label -> regex of its variants.
TOPICS: dict[str, str] = {
    "academic mobility": r"academic\s+mobility|mobility\s+of\s+(?:students|teachers|staff)",
    "joint research": r"joint\s+research(?:\s+projects?)?|research\s+collaboration|collaborat\w+\s+in\s+research",
    "PhD co-supervision": r"co-?supervision(?:\s+of\s+(?:PhD|doctoral)\s+\w+)?|joint\s+supervision",
    "double-degree programmes": r"(?:double|dual)[\s\-]degree\s+program(?:me)?s",
    "biotechnology": r"biotechnolog\w*",
    "agricultural sciences": r"agricultur\w+\s+sciences?|agro(?:\s+|-)?technolog\w*",
    "artificial intelligence": r"artificial\s+intelligence",
    "digitalisation": r"digitali[sz]ation",
    "transport and logistics": r"transport\s+and\s+logistics",
    "higher education": r"higher\s+education(?:\s+cooperation)?",
    "scientific research": r"scientific\s+research",
    "science and education": r"(?:science\s+and\s+education|education\s+and\s+science)",
    "student exchange": r"student\s+exchanges?|exchange\s+of\s+students|students?\s+exchange",
    "academic exchange": r"academic\s+exchanges?",
    "innovation": r"\binnovation\b",
    "knowledge transfer": r"knowledge\s+transfer",
    "scholarships": r"scholarships?",
    "personnel training": r"personnel\s+training|training\s+of\s+(?:skilled\s+)?(?:personnel|specialists)",
    "technical education": r"technical\s+(?:and\s+vocational\s+)?educat\w+",
    "vocational education": r"vocational\s+educat\w+",
    "language teaching": r"language\s+(?:teaching|courses|learning)",
    "cultural exchange": r"cultural\s+(?:and\s+\w+\s+)?exchanges?",
    "engineering": r"engineering\s+technolog\w+",
    "medicine": r"\bmedic(?:ine|al\s+education)\b",
    "climate and environment": r"climate\s+change|environmental\s+protection",
    "energy": r"renewable\s+energy|energy\s+transition",
    "constitutional reform": r"constitutional\s+reform|new\s+constitution|draft\s+(?:of\s+the\s+)?(?:new|updated)\s+constitution",
    "international academic conferences": r"(?:international\s+)?academic\s+conferences",
    "joint webinars": r"joint\s+webinars?",
    "summer schools": r"summer\s+schools?",
}
_TOPIC_RES = [(label, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for label, pattern in TOPICS.items()]

#: Cues after which a list of topics follows.
_CUE = re.compile(
    r"\b(?:(?:cooperation|collaboration|partnership|exchange|views)\s+(?:in|on)\s+(?:the\s+)?(?:fields?|areas?|"
    r"spheres?)\s+of|in\s+the\s+(?:fields?|areas?|spheres?)\s+of|exchanged\s+views\s+on|discussed(?:\s+the)?|"
    r"(?:cooperation|collaboration)\s+in|initiatives\s+in|issues\s+of|prospects\s+for|focus(?:ed)?\s+on)\s+",
    re.IGNORECASE,
)
_ITEM_STOP = re.compile(r"[.;:()\"“”]|\b(?:between|with|which|that|who|as\s+well\s+as|so\s+as|aimed|in\s+order|"
                        r"during|within|for\s+the|of\s+the\s+two|and\s+the\s+(?:two|parties|sides))\b", re.I)
_DROP = re.compile(r"^(?:the|a|an|its|their|current|further|possible|issues\s+of|ways\s+of|prospects\s+for|"
                   r"state\s+and\s+prospects\s+for|expanding|deepening|developing|development\s+of|main)\s+", re.I)
_BAD_ITEM = re.compile(r"\b(?:current\s+state|prospects|issues|ways|possibilities|opportunities|it|them|this|"
                       r"other|they|we|he|she|parties|sides|countries)\b", re.I)


def _items(phrase: str) -> list[str]:
    """Split "higher education, scientific research, and academic mobility" into items."""
    out = []
    for raw in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+(?=\w+(?:\s+\w+)?(?:,|$))", phrase):
        item = raw.strip(" ,-")
        for _ in range(3):
            item = _DROP.sub("", item)
        words = item.split()
        if not 1 <= len(words) <= 4 or _BAD_ITEM.search(item) or not item[:1].islower():
            continue
        out.append(item)
    return out


def _cue_topics(text: str) -> list[tuple[str, int]]:
    out = []
    for match in _CUE.finditer(text):
        rest = text[match.end() :]
        stop = _ITEM_STOP.search(rest)
        phrase = rest[: stop.start() if stop else min(len(rest), 120)]
        out += [(item, match.end()) for item in _items(phrase)]
    return out


def find_topics(doc: Doc) -> list[Topic]:
    """Return the article's topics: gazetteer labels first, then listed phrases not already covered."""
    found: dict[str, Topic] = {}
    for n, sent in enumerate(doc.sentences):
        for label, pattern in _TOPIC_RES:
            if label not in found and pattern.search(sent.text):
                found[label] = Topic(label, doc.evidence(n))
    for n, sent in enumerate(doc.sentences):
        for item, _ in _cue_topics(sent.text):
            key = item.lower()
            if any(key in k.lower() or k.lower() in key for k in found):
                continue
            found[item] = Topic(item, doc.evidence(n))
    return list(found.values())
