"""Topics an article names in a form the other sources leave out (bench/README "Topic recall (session 17)").

- ``named_scholarship_spans``: a scholarship named in title case ("the Global Korea Scholarship", "under the
  Türkiye Scholarships") is a scholarship all the same: its head word, as written. The gazetteer reads no word
  inside a name, so an article that names its scholarship only so had no such topic;
- ``abroad_people_spans``: people from abroad named where a story says what it is about, the headline and the
  first two sentences ("a record number of international students", "to attract foreign researchers"); further
  down the same words are mostly background, not the news;
- ``named_plan_spans``: an event or a plan named in title case by its kind ("the Korean Culture Week", "the
  National Education Strategy", "Saudi Vision 2030", "the 2030 Agenda"): the name.
"""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import ORG_HEADS
from kgpart.extract.topics.words import Span, in_name

#: The head word of a scholarship's name, its first letter in upper case.
_SCHOLARSHIP = re.compile(r"\bScholarships?\b")


def named_scholarship_spans(doc: Doc) -> list[Span]:
    """ "the Global Korea Scholarship": "scholarship", the head as written, in lower case; not a body's name
    ("the China Scholarship Council")."""
    text = doc.text
    out: list[Span] = []
    if "Scholarship" not in text:
        return out
    for match in _SCHOLARSHIP.finditer(text):
        start, end = match.span()
        if not in_name(text, start, end) or _BODY_AFTER.match(text, end) is not None:
            continue
        out.append((start, end, match.group(0).lower(), doc.sentence_at(start)))
    return out


#: A body named after what it gives: "Scholarship Council", "Scholarship Fund", "Scholarship Foundation".
_BODY_AFTER = re.compile(
    r"\s+(?:Council|Fund|Foundation|Office|Board|Committee|Commission|Agency|Authority|Trust|Centre|Center|"
    r"Department|Secretariat|Directorate)\b"
)


#: People from abroad: "international students", "foreign researchers", "overseas scholars".
_ABROAD_PEOPLE = re.compile(
    r"\b(?:international|foreign|overseas)\s+(?:students|scholars|researchers|talents?|faculty|academics|graduates)\b",
    re.I,
)
#: The sentences where a story says what it is about: the headline (sentence 0) and the next two.
_LEAD_SENTENCES = 3


def abroad_people_spans(doc: Doc) -> list[Span]:
    """ "International students" in the headline or the first two sentences, as written, in a story with a headline
    on a line of its own; not an office's name ("the International Students Office")."""
    text = doc.text
    if len(doc.sentences) < 2 or "\n" not in text[doc.sentences[0].start : doc.sentences[1].start]:
        return []  # no headline on a line of its own: a text with no lead to tell its news
    stop = doc.sentences[min(_LEAD_SENTENCES, len(doc.sentences)) - 1].end
    out: list[Span] = []
    for match in _ABROAD_PEOPLE.finditer(text, 0, stop):
        start, end = match.span()
        after = re.match(r"\s+([A-Z][\w\-]*)", text[end : end + 30])
        if after is not None and (after.group(1) in ORG_HEADS or _BODY_AFTER.match(text, end) is not None):
            continue
        out.append((start, end, match.group(0).lower(), doc.sentence_at(start)))
    return out


#: An event or a plan named in title case by its kind: "Korean Culture Week", "National Education Strategy",
#: "Saudi Vision 2030"; the name's words may hold "of", "for", "and", "on", "in" ("Days of Malaysian Culture").
_NAMED_PLAN = re.compile(
    r"\b(?P<name>[A-Z][\w'’+\-]*\s+(?:(?:[A-Z][\w'’+\-]*|of|for|and|on|in|&)\s+){0,4}"
    r"(?:Week|Festival|Days|Strategy|Plan|Roadmap|Vision(?:\s+20\d\d)?)|(?:Agenda|Vision)\s+20\d\d|20\d\d\s+Agenda)"
    r"(?![\w\-])"
)
#: Words that open a sentence or a phrase before a name, not part of it.
_OPENERS = re.compile(
    r"^(?:(?:The|A|An|In|On|At|Under|Through|With|By|For|And|This|During|As|From|Its|Their|Our|Within)\s+)+"
)


def named_plan_spans(doc: Doc) -> list[Span]:
    """ "the Korean Culture Week", "Saudi Vision 2030": the name, two words or more, as written."""
    text = doc.text
    out: list[Span] = []
    if not any(
        k in text for k in ("Week", "Festival", "Days", "Strateg", "Plan", "Roadmap", "Vision", "Agenda")
    ):
        return out
    for match in _NAMED_PLAN.finditer(text):
        name = match["name"]
        opener = _OPENERS.match(name)
        skip = opener.end() if opener else 0
        name = name[skip:]
        if len(name.split()) < 2:
            continue
        start = match.start() + skip
        out.append((start, match.end(), name, doc.sentence_at(start)))
    return out
