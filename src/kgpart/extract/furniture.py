"""Page furniture that names other stories: a "Related news" or "Most read" list of headlines and a "Read also:"
line. Its organisations, people and ties belong to those stories, not to the article, so the extractor reads the
text with these lines blanked (same length, so every offset stays). Also where a release's boilerplate begins
("About X", "Media contact"): it presents the issuer, and no topic or organisation of the news is read there."""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc
from kgpart.extract.record import Record

_HEADING_WORDS = (
    r"Related(?:\s+(?:news|stories|articles|posts|content|links|reading|materials|publications))?|"
    r"Read\s+(?:also|more|next)|Also\s+read|See\s+also|"
    r"More\s+(?:news|stories|articles|on\s+(?:this|the)\s+(?:topic|story|subject))|"
    r"Most\s+(?:read|popular|viewed|shared|commented)|"
    r"(?:Latest|Popular|Top|Other|Recent|More)\s+(?:news|stories|posts|articles|headlines)|"
    r"You\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|Recommended(?:\s+for\s+you)?|"
    r"Trending(?:\s+now)?|Editor'?s\s+picks?"
)
#: A line that is only a heading of other stories ("Related news", "MOST READ:", "[Read also]").
_HEADING = re.compile(r"[\[(]?(?:" + _HEADING_WORDS + r")[\])]?[ \t]*:?", re.IGNORECASE)
#: A line that points at one other story: "Read also: X and Y sign a memorandum", "RELATED | ...".
_POINTER = re.compile(
    r"[\[(]?(?:Read\s+(?:also|more|next)|Also\s+read|See\s+also|Related(?:\s+(?:news|story|article))?)"
    r"[\])]?[ \t]*[:|\-–—»>].*\S",
    re.IGNORECASE,
)
#: The first words of such lines, lower case, without a bracket: a cheap first check of each line.
_FIRST_WORDS = frozenset(
    [
        "related",
        "read",
        "also",
        "see",
        "more",
        "most",
        "latest",
        "popular",
        "top",
        "other",
        "recent",
        "you",
        "recommended",
        "trending",
        "editor's",
        "editors",
    ]
)
#: A line of the article after a list of headlines: a sentence (ends in a full stop or "!") or a long line.
_SENTENCE_END = re.compile(r"[.!]['\"”’)]?\s*$")
_HEADLINE_WORDS = 25


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that list or point at other stories: a heading of other stories with the headlines
    after it (up to the first line that is a sentence), and "Read also: ..." lines.

    >>> text = "The rector signed it.\\n\\nRelated news\\n- Almaty university opens a centre\\n- Two rectors meet\\n"
    >>> [text[a:b] for a, b in furniture_spans(text)]
    ['Related news\\n- Almaty university opens a centre\\n- Two rectors meet\\n']
    """
    lines = text.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        line = lines[k].strip()
        first = line[:12].lstrip("[(").split(" ", 1)[0].rstrip(":]").lower()
        if first not in _FIRST_WORDS:
            k += 1
            continue
        if _HEADING.fullmatch(line):
            end = k + 1
            while end < len(lines):
                after = lines[end].strip()
                if after and (_SENTENCE_END.search(after) or len(after.split()) > _HEADLINE_WORDS):
                    break
                end += 1
            spans.append((starts[k], min(len(text), starts[end - 1] + len(lines[end - 1]) + 1)))
            k = end
            continue
        if _POINTER.fullmatch(line):
            spans.append((starts[k], starts[k] + len(lines[k])))
        k += 1
    return spans


def without_furniture(text: str) -> str:
    """``text`` with its furniture (``furniture_spans``) blanked: every character but a line break becomes a space.

    >>> text = "It was signed.\\nRead also: X and Y meet\\nThe end."
    >>> out = without_furniture(text)
    >>> [line.strip() for line in out.split("\\n")], len(out) == len(text)
    (['It was signed.', '', 'The end.'], True)
    """
    spans = furniture_spans(text)
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        start = max(start, last)
        if end <= start:
            continue
        out += [text[last:start], re.sub(r"[^\n]", " ", text[start:end])]
        last = end
    out.append(text[last:])
    return "".join(out)


#: A heading after which a press release describes its issuers, not the news: "About the University of X",
#: "Notes to editors", "Media contact".
_BOILERPLATE_HEADING = re.compile(
    r"^[ \t]*(?:About\s+(?:the\s+)?[A-Z][^\n.!?]{2,80}|ABOUT\s+[^\n]{2,80}|Notes?\s+(?:to|for)\s+editors?|"
    r"(?:Media|Press)\s+(?:contacts?|enquiries|inquiries)|For\s+(?:more|further)\s+information[^\n]{0,60})[ \t:]*$",
    re.MULTILINE,
)
#: Where the heading may begin at the earliest, as a share of the text: a release opens with its news.
_BOILERPLATE_FROM = 0.3


def boilerplate_start(text: str) -> int:
    r"""Where the release's boilerplate begins (a heading such as "About the University of X" in its later part);
    ``len(text)`` when there is none.

    >>> text = "The rector signed the accord on robotics.\n\nAbout Riverside University\nIt is ranked 50th."
    >>> text[boilerplate_start(text):].split("\n")[0]
    'About Riverside University'
    """
    # a cheap first check of the heading's words, "ABOUT" in capitals too
    if not any(k in text for k in ("bout", "BOUT", "ditor", "nformation", "ontact")):
        return len(text)
    for match in _BOILERPLATE_HEADING.finditer(text):
        if match.start() >= _BOILERPLATE_FROM * len(text):
            return match.start()
    return len(text)


#: Heads of an office of a body, which a page names on a line of its own as a heading, a signature or a contact.
_UNIT_HEADS = frozenset({"Office", "Department", "Unit"})
#: A line shorter than this (characters, stripped) with no sentence's end may be a heading or a contact line.
_HEADING_LINE = 80


def _heading_line(text: str, at: int) -> bool:
    """Whether the line at ``at`` is short and ends with no sentence's end: a heading, a signature, a contact."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start : len(text) if end < 0 else end].strip()
    return len(line) < _HEADING_LINE and line[-1:] not in (".", "!", "?")


def _drop_unit_headings(record: Record, doc: Doc) -> None:
    """An office of a body ("Office of Communications", "Department of International Relations") that the
    text names only on short lines with no sentence's end (a page heading, a byline, a contact block) and
    that takes part in no fact presents the page, not the news: it is dropped."""
    units = {
        i
        for i, o in enumerate(doc.orgs)
        if o.name.split(" ", 1)[0] in _UNIT_HEADS or o.name.rsplit(" ", 1)[-1] in _UNIT_HEADS
    }
    if not units:
        return
    placed: dict[int, bool] = {}
    for m in doc.org_mentions:
        if m.index in units:
            placed[m.index] = placed.get(m.index, True) and _heading_line(doc.text, m.start)
    heading = {doc.orgs[i].name for i, only in placed.items() if only}
    if not heading:
        return
    used = record.org_names_in_facts()
    record.organizations = [o for o in record.organizations if o.name not in heading or o.name in used]


def drop_boilerplate_only(record: Record, doc: Doc) -> None:
    """An organisation the text first names in a release's boilerplate ("About the University of X", "Media
    contact", "Notes to editors": ``boilerplate_start``) and that takes part in no fact of the record
    (no tie, programme, cohort, meeting, person or part) presents the issuer, not the news: it is dropped.
    So is an office named only on headings and contact lines (``_drop_unit_headings``)."""
    _drop_unit_headings(record, doc)
    start = boilerplate_start(doc.text)
    if start >= len(doc.text):
        return
    first: dict[int, int] = {}
    for m in doc.org_mentions:
        first[m.index] = min(first.get(m.index, m.start), m.start)
    late = {
        doc.orgs[i].name
        for i, at in first.items()
        if at >= start and (ev := doc.orgs[i].evidence) is not None and ev.start >= start
    }
    if not late:
        return
    used = record.org_names_in_facts()
    record.organizations = [o for o in record.organizations if o.name not in late or o.name in used]
