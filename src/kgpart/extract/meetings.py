"""Meetings: who met whom, where and on which day."""

from __future__ import annotations

import datetime as dt
import re

from kgpart.extract.dates import find_date
from kgpart.extract.doc import Doc
from kgpart.extract.record import Meeting

_MEET = re.compile(
    r"\b(?:met\s+with|meets\s+with|met|held\s+(?:a\s+)?(?:meeting|talks|negotiations)|meeting\s+with|received|"
    r"welcomed|visited|paid\s+(?:a|an\s+official|a\s+working)?\s*visit|called\s+on|hosted|talks\s+with|"
    r"was\s+received|were\s+received|delivered\s+a\s+lecture|headed\s+by|has\s+visit|toured|led\s+by|"
    r"(?:meeting|talks|negotiations)\s+(?:was|were)\s+held|(?:meeting|talks)\s+(?:took\s+place|between)|"
    r"had\s+(?:a\s+)?(?:meeting|talks|conversation)|held\s+(?:a\s+)?(?:video\s*conference|round\s*table)|"
    r"(?:attended|participated\s+in)\s+the\s+(?:meeting|event|talks))\b",
    re.IGNORECASE,
)
_MEETING_MORE = re.compile(
    r"\b(?:attended|participated|took\s+part|welcomed|received|included|consisted\s+of|comprised|accompanied\s+by)\b",
    re.IGNORECASE,
)
#: A sentence that names who came along joins the meeting without naming it.
_COMPANY = re.compile(r"\b(?:accompanied\s+by|delegation\s+(?:included|consisted\s+of|comprised))\b", re.I)
#: A later sentence joins the meeting when it speaks of it.
_MEETING_CONTEXT = re.compile(r"\b(?:meeting|delegation|event|visit|guests?|talks)\b")
#: Case-sensitive twins of the patterns for lower-cased text: several times faster to scan.
_MEET_LOWER = re.compile(_MEET.pattern)
_MEETING_MORE_LOWER = re.compile(_MEETING_MORE.pattern)
_COMPANY_LOWER = re.compile(_COMPANY.pattern)
_REPORTED = re.compile(
    r",?\s*(?:\w+\s+)?(?:reports|reported|cites|citing|according to|press service)\b.*$", re.IGNORECASE
)
#: Words one of which every match of _REPORTED holds (a cheap test on the folded text first).
_REPORTED_WORDS = ("report", "cites", "citing", "according", "press service")


def reported_at(text: str) -> int:
    """Where "..., the ministry reports" / "according to X" begins in ``text`` (its length when nowhere)."""
    fold = text.casefold()
    if not any(w in fold for w in _REPORTED_WORDS):
        return len(text)
    reported = _REPORTED.search(text)
    return reported.start() if reported else len(text)


_VISITED = re.compile(r"\b(?:visited|visit\s+to|arrived\s+at|at\s+the\s+campus\s+of)\s+(?:the\s+)?$", re.I)


def find_meetings(doc: Doc) -> list[Meeting]:
    """Return the article's main meeting: the first sentence reporting one, joined by who attended."""
    folded = [s.text.lower() for s in doc.sentences]  # the patterns' lower-case twins scan these
    first = next((n for n, s in enumerate(folded) if _MEET_LOWER.search(s) and _parties(doc, n)), None)
    if first is None:
        return []
    people: list[int] = []
    orgs: list[int] = []
    for n, fold in enumerate(folded):
        if n == first or (
            n > first
            and (_MEETING_CONTEXT.search(fold) or _COMPANY_LOWER.search(fold))
            and (_MEET_LOWER.search(fold) or _MEETING_MORE_LOWER.search(fold))
        ):
            _collect(doc, n, people, orgs)
    if len(people) + len(orgs) < 2:
        return []
    date = _meeting_date(doc, first)
    meeting = Meeting(
        [doc.persons[i].name for i in people],
        [doc.orgs[i].name for i in orgs],
        date.isoformat() if date else None,
        _place(doc, first),
        doc.evidence(first),
    )
    lead = people[0] if people else None
    return [meeting, *_later_meetings(doc, first, lead, set(people), set(orgs))]


_MET_LATER = re.compile(
    r"\b(?:met\s+with|met|(?:held|had)\s+(?:a\s+)?(?:separate\s+)?(?:meeting|talks|conversation)\s+with)\s+(?:the\s+)?",
    re.I,
)


def _later_meetings(
    doc: Doc, first: int, lead: int | None, people: set[int], orgs: set[int]
) -> list[Meeting]:
    """ "Later, the Ambassador met with the Rector of Y, Z": a meeting of its own when it names someone new."""
    out: list[Meeting] = []
    for n in range(first + 1, len(doc.sentences)):
        sent = doc.sentences[n]
        if "met" not in sent.text and "meeting" not in sent.text and "talks" not in sent.text:
            continue  # what _MET_LATER needs, tested cheaply first
        match = _MET_LATER.search(sent.text)
        if match is None:
            continue
        pos = sent.start + match.start()
        cut = sent.start + reported_at(sent.text)
        before = [m for m in doc.person_mentions_in(n) if m.start < pos]
        if before:
            visitor = before[-1].index
        elif lead is not None and _VISITOR_WORDS.search(sent.text[: match.start()]):
            visitor = lead
        else:
            continue
        met = [m.index for m in doc.person_mentions_in(n) if pos < m.start < cut]
        hosts = [m.index for m in doc.org_mentions_in(n) if pos < m.start < cut]
        hosts += [i for p in met if (i := doc.find_org(doc.persons[p].affiliation)) is not None]
        if set(met) <= people and set(hosts) <= orgs:
            continue  # nobody new: the main meeting told again
        home = doc.find_org(doc.persons[visitor].affiliation)
        names = [doc.persons[i].name for i in dict.fromkeys([visitor, *met])]
        places = [doc.orgs[i].name for i in dict.fromkeys([*([home] if home is not None else []), *hosts])]
        date = find_date(sent.text, doc.published)
        out.append(Meeting(names, places, date.isoformat() if date else None, None, doc.evidence(n)))
    return out


#: Who a later sentence's visitor is when not named: the lead of the main meeting.
_VISITOR_WORDS = re.compile(
    r"\b(?:the\s+)?(?:ambassador|consul(?:\s+general)?|diplomat|envoy|delegation|guests?|minister|he|she)\b",
    re.I,
)


_WHEN_WORDS = re.compile(r"\b(?:meeting|visit|talks|took\s+place|was\s+held|were\s+held|event)\b", re.I)


def _meeting_date(doc: Doc, first: int) -> dt.date | None:
    """The date of the meeting sentence, else of a sentence next to it that speaks of the meeting."""
    found = find_date(doc.sentences[first].text, doc.published)
    for n in (first - 1, first + 1):
        if found is None and 0 <= n < len(doc.sentences) and _WHEN_WORDS.search(doc.sentences[n].text):
            found = find_date(doc.sentences[n].text, doc.published)
    return found


def _parties(doc: Doc, n: int) -> int:
    return len({m.index for m in doc.person_mentions_in(n)}) + len(doc.orgs_in(n))


def _collect(doc: Doc, n: int, people: list[int], orgs: list[int]) -> None:
    sent = doc.sentences[n]
    cut = sent.start + reported_at(sent.text)
    for m in doc.person_mentions_in(n):
        if m.index not in people:
            people.append(m.index)
        aff = doc.find_org(doc.persons[m.index].affiliation)
        if aff is not None and aff not in orgs:
            orgs.append(aff)
    for m in [m for m in doc.org_mentions_in(n) if m.start < cut]:
        if m.index not in orgs:
            orgs.append(m.index)


def _place(doc: Doc, n: int) -> str | None:
    sent = doc.sentences[n]
    for m in doc.org_mentions_in(n):
        if _VISITED.search(doc.text[max(sent.start, m.start - 40) : m.start]):
            return doc.orgs[m.index].name
    if re.search(r"\bvia video(?:conference|\s+link)\b|\bonline\b", sent.text, re.I):
        return "videoconference"
    return None
