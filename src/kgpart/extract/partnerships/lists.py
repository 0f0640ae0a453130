"""A tie told as a list: a sentence ending in a colon, then one line per item.

"A signed memoranda with:" followed by "1. B;" "2. C." gives A with each item; "Agreements were signed
between the following institutions:" followed by "- A and B;" "- C and D." gives each item's pair. The
sentence splitter makes each line (and a bare "1.") a sentence of its own, so the readers of one
sentence never see the list's lead with its items."""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc
from kgpart.extract.partnerships.kinds import tie_kind, tie_status
from kgpart.extract.partnerships.parties import _add, _mention_end, _objects, _subject
from kgpart.extract.record import Partnership

#: A lead whose items are the partners of its subject: "... signed memoranda with:", "Its partners include:".
_WITH_LEAD = re.compile(
    r"\b(?:with|include|includes|including|are|namely)\s*(?:the\s+following(?:\s+[\w\-]+){0,3}\s*)?:\s*$"
    r"|\bpartners?(?:\s+[\w\-]+){0,2}\s*:\s*$",
    re.I,
)


#: A lead whose items are pairs: "The following documents were signed:", "... between the following universities:".
_PAIRS_LEAD = re.compile(
    r"\b(?:signed|concluded|inked|reached|agreements?|memorand\w*|MoUs?|documents|partnerships)\b[^:]{0,80}:\s*$",
    re.I,
)


#: The marker that opens an item: a bullet, a dash, "1." or "a)".
_MARKER = re.compile(r"^\s*(?:[-•*–—·▪●◦]|\(?\d{1,2}[.)]|\(?[a-z][.)])?\s*(?:with\s+)?(?:the\s+)?", re.I)


_BARE_MARKER = re.compile(r"^\W*(?:\d{1,2}|[a-z])?\W*$", re.I)


#: How two parties are joined inside an item: "A and B", "A – B", "A with B".
_ITEM_LINK = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:and|&|[–—-]|with)\s+(?:the\s+)?$", re.I)


#: An item's own marker at the start of its line.
_MARKED = re.compile(r"^\s*(?:[-•*–—·▪●◦]|\(?\d{1,2}[.)]|\(?[a-z]\))\s", re.I)


def _items(doc: Doc, n: int) -> list[int]:
    """The sentences after sentence ``n`` that are items of a list: each on a line of its own, opened by a
    marker (or after a bare "1."), or unmarked after a line that ends in a colon or a semicolon."""
    items: list[int] = []
    for k in range(n + 1, min(len(doc.sentences), n + 31)):
        prev, text = doc.sentences[k - 1].text, doc.sentences[k].text
        gap = doc.text[doc.sentences[k - 1].end : doc.sentences[k].start]
        after_marker = k > n + 1 and _BARE_MARKER.match(prev) is not None
        if _BARE_MARKER.match(text):
            continue
        if not after_marker and ("\n" not in gap or not (_MARKED.match(text) or prev.endswith((":", ";")))):
            break
        items.append(k)
    return items


def _item_parties(doc: Doc, k: int) -> list[int]:
    """The institutions an item opens with, listed ("B", "B and C", "B (Japan)")."""
    sent = doc.sentences[k]
    mentions = doc.org_mentions_in(k)
    lead = _MARKER.match(sent.text)
    if not mentions or lead is None or mentions[0].start - sent.start > lead.end():
        return []
    return _objects(doc, k, mentions[0].start, strict=True)


def _list_after_colon(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    one_side = _WITH_LEAD.search(sent.text)
    if one_side is None and _PAIRS_LEAD.search(sent.text) is None:
        return
    owner = _subject(doc, n, sent.start + one_side.start()) if one_side is not None else None
    status = tie_status(sent.text)
    for k in _items(doc, n):
        parties = _item_parties(doc, k)
        item = doc.sentences[k].text
        if owner is not None:
            for obj in parties:
                _add(doc, out, owner, obj, tie_kind(sent.text + " " + item), status, k)
        elif one_side is None and len(parties) == 1:
            first = min((m for m in doc.org_mentions_in(k) if m.index == parties[0]), key=lambda m: m.start)
            end = _mention_end(doc, parties[0], first.start)
            second = [m for m in doc.org_mentions_in(k) if m.start >= end and m.index != parties[0]]
            if second and _ITEM_LINK.match(doc.text[end : second[0].start]):
                _add(doc, out, parties[0], second[0].index, tie_kind(sent.text + " " + item), status, k)
        elif one_side is None and len(parties) == 2:
            _add(doc, out, parties[0], parties[1], tie_kind(sent.text + " " + item), status, k)
