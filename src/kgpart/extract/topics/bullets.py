"""Topics from a list (bulleted, numbered, or one item a line) under a line that announces fields:

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
from kgpart.extract.topics.items import FOR_PEOPLE, clean_item, national_field
from kgpart.extract.topics.words import Span

#: A bullet line: its marker and its text, without the closing ";", "," or ".".
#: A line of a list: its marker (a bullet or a number, perhaps none) and its text, without the closing ";", "," or ".".
_LINE = re.compile(
    r"[ \t]*(?P<marker>(?:[-•*·–—▪●◦‣]|\d{1,2}[.)])[ \t]+)?(?P<item>[^\n]*?)[ \t]*[;,.]?[ \t]*(?:\n|$)"
)
#: A line that ends in a colon: where a list may begin.
_COLON_LINE = re.compile(r"^[^\n]*:[ \t]*$", re.M)
#: The line before the list announces fields: "areas of cooperation include:", "the agreement covers:".
_ANNOUNCES = re.compile(
    r"(?:\b(?:areas?|fields?|directions?|spheres?|topics?|themes?|priorit(?:y|ies)|disciplines|subjects|specialities|"
    r"specialties|majors)\b|\b(?:memorandum|agreement|mou|accord|partnership|cooperation|collaboration|programme|"
    r"program)\b[^\n]*\b(?:include|includes|cover|covers|envisages?|provides?\s+for|focus(?:es)?\s+on)\b)[^\n]*:",
    re.I,
)
_MOST_WORDS = 6
#: A line without a marker is an item only when this short: a longer one is prose after the list.
_MOST_PLAIN_WORDS = 8


def bullet_spans(doc: Doc) -> list[Span]:
    """The items of each list (bulleted, numbered or one item a line) whose lead line announces fields."""
    text = doc.text
    if ":" not in text:
        return []
    out: list[Span] = []
    for lead in _COLON_LINE.finditer(text):
        if _ANNOUNCES.search(lead.group(0)) is not None:
            out += _list_items(doc, lead.end() + 1)
    return out


def _list_items(doc: Doc, pos: int) -> list[Span]:
    """The items of the lines from ``pos`` on, up to a long unmarked line or two blank lines."""
    text, out, blanks = doc.text, [], 0
    while pos < len(text):
        line = _LINE.match(text, pos)
        if line is None or line.end() == pos:
            break
        pos = line.end()
        if not line["item"].strip():
            blanks += 1
            if blanks > 1:
                break
            continue
        blanks = 0
        if line["item"].endswith(":") or (
            line["marker"] is None and len(line["item"].split()) > _MOST_PLAIN_WORDS
        ):
            break  # the lead line of the next list ("Areas of cooperation include:"), or prose after the list
        n = doc.sentence_at(line.start("item"))
        # a line naming an organisation or a person is a party, not a field
        item = None if doc.org_mentions_in(n) or doc.person_mentions_in(n) else _as_item(line["item"])
        if item is not None:
            out.append((line.start("item"), line.end("item"), item, n))
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
    # "training programmes for technicians": whom a field serves is no part of it (as in a listed item)
    item = clean_item(FOR_PEOPLE.sub("", " ".join(words)))
    return item if item is not None and len(item.split()) <= _MOST_WORDS else None
