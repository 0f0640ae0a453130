"""Topics from a bulleted list under a line that announces fields:

    The memorandum covers the following areas:
    - exchange of students and staff;
    - joint research projects;

Each bullet is one item, cleared like a cue's item (``items.clean_item``); the capital a bullet
starts with is the list's, not a name's. A list under a line that announces no fields ("suggested
several measures:") gives nothing: its bullets are deeds, not fields.
"""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import ORG_HEADS
from kgpart.extract.topics.items import clean_item, national_field
from kgpart.extract.topics.words import Span

#: A bullet line: its marker and its text, without the closing ";", "," or ".".
_BULLET = re.compile(r"^[ \t]*(?:[-•*·–—▪●◦‣]|\d{1,2}[.)])[ \t]+(?P<item>[^\n]+?)[ \t]*[;,.]?[ \t]*$", re.M)
#: The line before the list announces fields: "areas of cooperation include:", "the agreement covers:".
_ANNOUNCES = re.compile(
    r"(?:\b(?:areas?|fields?|directions?|spheres?|topics?|themes?|priorit(?:y|ies)|disciplines|subjects|specialities|"
    r"specialties|majors)\b|\b(?:memorandum|agreement|mou|accord|partnership|cooperation|collaboration|programme|"
    r"program)\b[^\n]*\b(?:include|includes|cover|covers|envisages?|provides?\s+for|focus(?:es)?\s+on)\b)[^\n]*:$",
    re.I,
)
#: Bullets of one list are this close: a line break and perhaps a blank line.
_GAP = re.compile(r"[ \t]*\n(?:[ \t]*\n)?")
_MOST_WORDS = 6


def bullet_spans(doc: Doc) -> list[Span]:
    """The items of each bulleted list whose lead line announces fields."""
    text = doc.text
    if ":" not in text:
        return []
    out: list[Span] = []
    previous_end = -1
    announced = False
    for match in _BULLET.finditer(text):
        if previous_end < 0 or _GAP.fullmatch(text, previous_end, match.start()) is None:
            # a new list: read the last line before it
            before = text[: match.start()].rstrip()
            announced = _ANNOUNCES.search(before, before.rfind("\n") + 1) is not None
        previous_end = match.end()
        if not announced:
            continue
        n = doc.sentence_at(match.start("item"))
        item = None if doc.org_mentions_in(n) or doc.person_mentions_in(n) else _as_item(match["item"])
        if item is not None:  # a bullet naming an organisation or a person is a party, not a field
            out.append((match.start("item"), match.end("item"), item, n))
    return out


def _as_item(bullet: str) -> str | None:
    """A bullet's text as a topic, its list capital lowered; None for a name or a long deed."""
    words = bullet.split()
    if not words:
        return None
    if len(words) > 1 and all(w[:1].isupper() or w in ("and", "of", "&", "in", "for") for w in words):
        if any(w in ORG_HEADS for w in words):
            return None  # "Kyoto Institute of Design"
        words = [w if w.isupper() else w.lower() for w in words]  # "Joint Research Projects"
    elif words[0][1:].islower() and not national_field(words):
        words[0] = words[0].lower()
    item = clean_item(" ".join(words))
    return item if item is not None and len(item.split()) <= _MOST_WORDS else None
