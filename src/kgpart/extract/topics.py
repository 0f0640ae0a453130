"""Cooperation topics: a gazetteer of the genre's themes plus the phrases listed after cues."""

from __future__ import annotations

import re

from .doc import Doc
from .record import Topic

#: Canonical topic label -> regex of its variants.
TOPICS: dict[str, str] = {
    "academic mobility": r"academic\s+mobility|mobility\s+of\s+(?:students|teachers|staff)",
    "joint research": r"joint\s+research(?:\s+projects?)?|research\s+collaboration",
    "PhD co-supervision": r"co-?supervision(?:\s+of\s+(?:PhD|doctoral)\s+\w+)?|joint\s+supervision",
    "double-degree programmes": r"(?:launch\s+of\s+new\s+)?(?:double|dual)[\s\-]degree\s+program(?:me)?s",
    "biotechnology": r"biotechnolog\w*",
    "agricultural sciences": r"agricultur\w+\s+sciences?|agro(?:\s+and\s+engineering)?\s*-?technolog\w*",
    "artificial intelligence": r"artificial\s+intelligence",
    "digitalisation": r"digitali[sz]ation",
    "transport and logistics": r"transport\s+and\s+logistics",
    "higher education": r"(?<=in\s)higher\s+education|higher\s+education\s+cooperation",
    "scientific research": r"scientific\s+research",
    "science and education": r"science\s+and\s+education|education\s+and\s+science",
    "science and technology": r"science\s+and\s+technology",
    "student exchange": r"student\s+exchanges?|exchange\s+of\s+students|students?\s+exchange",
    "academic collaboration": r"academic\s+collaboration",
    "innovation": r"(?<=,\s)innovation\b|(?<=and\s)innovation(?=[,.])",
    "knowledge transfer": r"knowledge\s+transfer",
    "scholarships": r"scholarships?",
    "personnel training": r"personnel\s+training|training\s+of\s+(?:skilled\s+|qualified\s+)?(?:personnel|specialists)",
    "technical education": r"technical\s+(?:and\s+vocational\s+)?educat\w+",
    "language teaching": r"[a-z]+\s+language\s+(?:teaching|courses|learning)|(?<=the\s)[A-Z]\w+\s+[Ll]anguage",
    "foreign languages": r"foreign\s+languages?",
    "cultural exchange": r"cultural\s+(?:and\s+\w+\s+)?exchanges?",
    "educational cooperation": r"educational\s+cooperation",
    "scientific cooperation": r"scientific\s+cooperation|cooperation\s+in\s+the\s+scientific\s+direction",
    "bilateral cooperation": r"bilateral\s+cooperation",
    "humanitarian cooperation": r"cultural\s+and\s+humanitarian\s+cooperation|humanitarian\s+cooperation",
    "educational relations": r"educational\s+and\s+cultural\s+(?:relationships|relations|ties)",
    "academic visits": r"teacher-student\s+visits|(?:faculty|student|teacher)s?\s+and\s+students?\s+visits?",
    "olympiads": r"(?:international\s+)?olympiads?",
    "investment projects": r"investment\s+projects",
    "development strategy": r"development\s+strategy",
    "career prospects": r"career\s+prospects",
    "industry training": r"[a-z]+-making\s+industry|automotive\s+industry",
    "labour market": r"labou?r\s+market",
    "diplomatic relations": r"anniversary\s+of\s+(?:the\s+establishment\s+of\s+)?diplomatic\s+relations",
    "reforms": r"(?:political\s+and\s+institutional\s+)?reforms\s+(?:and\s+transformations\s+)?",
    "foreign university branches": r"branches\s+of\s+(?:reputable\s+)?foreign\s+universities",
    "engineering": r"engineering\s+technolog\w+",
    "medicine": r"\bmedic(?:ine|al\s+education)\b",
    "climate and environment": r"climate\s+change|environmental\s+protection",
    "constitutional reform": r"constitutional\s+reform|new\s+constitution|draft\s+(?:of\s+the\s+)?(?:new|updated)\s+constitution",
    "academic conferences": r"(?:international\s+)?academic\s+conferences",
    "joint webinars": r"joint\s+webinars?",
    "sports events": r"sports?\s+events|events\s+of\s+sports",
    "summer schools": r"summer\s+schools?",
    "teaching in English": r"(?:teaching|taught)\s+in\s+English|English-medium",
    "outflow of young people": r"outflow\s+of\s+(?:young\s+people|youth|talent)|brain\s+drain",
}
_TOPIC_RES = [(label, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for label, pattern in TOPICS.items()]


def _branches(pattern: str) -> list[str]:
    """Top-level alternatives of a regex source."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and pattern[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


def _keywords(pattern: str) -> tuple[str, ...] | None:
    """A literal word each alternative needs, to skip patterns whose words are absent (None: always run)."""
    words = []
    for branch in _branches(pattern):
        plain = re.sub(r"\\[a-zA-Z]|\(\?[^)]*\)[?*]?|\[[^\]]*\]|\w[?*]", " ", branch)
        literals = [w for w in re.findall(r"[a-z]{4,}", plain.lower())]
        if not literals:
            return None
        words.append(max(literals, key=len))
    return tuple(words)


_KEYWORDS = [_keywords(pattern) for pattern in TOPICS.values()]

#: Cues after which a list of topics follows.
_CUE = re.compile(
    r"\b(?:(?:cooperation|collaboration|partnership|exchange|views)\s+(?:in|on)\s+(?:the\s+)?(?:fields?|areas?|"
    r"spheres?)\s+of|in\s+the\s+(?:fields?|areas?|spheres?)\s+of|exchanged\s+views\s+on|discussed(?:\s+the)?|"
    r"(?:cooperation|collaboration)\s+in|initiatives\s+in|issues\s+of|prospects\s+for|focus(?:ed)?\s+on)\s+",
    re.IGNORECASE,
)
_ITEM_STOP = re.compile(
    r"[.;:()\"“”]|\b(?:between|with|which|that|who|as\s+well\s+as|so\s+as|aimed|in\s+order|"
    r"during|within|for\s+the|of\s+the\s+two|and\s+the\s+(?:two|parties|sides))\b",
    re.I,
)
_DROP = re.compile(
    r"^(?:the|a|an|cooperation\s+in|its|their|current|further|possible|issues\s+of|ways\s+of|prospects\s+for|"
    r"state\s+and\s+prospects\s+for|expanding|deepening|developing|development\s+of|main)\s+",
    re.I,
)
_BAD_ITEM = re.compile(
    r"\b(?:current\s+state|prospects|issues|ways|possibilities|opportunities|it|them|this|"
    r"other|they|we|he|she|parties|sides|countries)\b",
    re.I,
)


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


def _surface(text: str) -> str:
    """The words as written, tidied: a topic reads like the article names it."""
    text = " ".join(text.split()).strip(" ,.")
    return (
        text[:1].lower() + text[1:]
        if text[:2].istitle() or (text[:1].isupper() and text[1:2].islower())
        else text
    )


def _outermost(spans: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """Drop a match inside a longer one ("cultural exchange" in "cultural and educational exchange")."""
    out = []
    reach = -1
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[1] > reach:
            out.append(span)
            reach = span[1]
    return out


def find_topics(doc: Doc) -> list[Topic]:
    """Return the article's topics as written: gazetteer matches first, then phrases listed after cues."""
    spans: list[tuple[int, int, str, int]] = []
    # one pass per pattern over the whole text (not per sentence) keeps this linear and fast
    lower = doc.text.lower()
    for (_label, pattern), keywords in zip(_TOPIC_RES, _KEYWORDS, strict=True):
        if keywords is not None and not any(k in lower for k in keywords):
            continue
        for match in pattern.finditer(doc.text):
            n = doc.sentence_at(match.start())
            if match.end() <= doc.sentences[n].end:
                spans.append((match.start(), match.end(), _surface(match.group(0)), n))
    spans = _outermost(spans)
    found: dict[str, Topic] = {}
    for _start, _end, label, n in sorted(spans):
        if label.lower() not in {k.lower() for k in found}:
            found[label] = Topic(label, doc.evidence(n))
    for n, sent in enumerate(doc.sentences):
        for item, _ in _cue_topics(sent.text):
            key = item.lower()
            if any(key in k.lower() or k.lower() in key for k in found):
                continue
            found[item] = Topic(item, doc.evidence(n))
    return list(found.values())
