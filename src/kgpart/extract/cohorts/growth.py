"""Counts told as a number grown to, planned, or added to the cohort just read.

"The number of Chinese students at B has reached 500", "B plans to increase the number of ... to 500",
"... and this number is planned to increase to 150,000", "and received 25.", "A further 20 will
arrive": counts with no people word of their own, read against the sentence's place or the cohort
before them.
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts.destinations import _country_went_to
from kgpart.extract.cohorts.hosts import _THE_UNIVERSITY_HAS, _main_institution, _subject
from kgpart.extract.cohorts.parts import _part_of_them
from kgpart.extract.cohorts.places import _generic_at
from kgpart.extract.cohorts.words import (
    _AT,
    _GONE,
    _ORIGIN,
    _WHO,
    COUNT_RE,
    _from_country,
    is_year,
    parse_count,
)
from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import find_countries
from kgpart.extract.numbers import NUMBER_RE, parse_number
from kgpart.extract.record import Cohort

_PLANNED_MORE = re.compile(rf"\b(?:increase|grow|rise|reach)\w*\s+to\s+(?P<num>{NUMBER_RE})\b", re.I)


#: After a cohort, a bare count of more of the same: "and received 25.", "A further 20 will arrive".
_BARE_RECEIVED = re.compile(
    r"\s+and\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:received|hosted|welcomed|admitted|accepted)\s+"
    rf"(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?(?P<num>{COUNT_RE})"
    r"(?=\s*(?:[.;,]|$|\s+(?:in\s+return|in\s+turn|from|since|last|this|over)\b))",
    re.I,
)


_FURTHER = re.compile(
    rf"\b(?:a\s+further|another|an\s+additional)\s+(?P<num>{COUNT_RE})\s+"
    r"(?=(?:will|are|were|have|has|had|is|should|would|arrive[sd]?|join(?:ed)?|came|come|began|begin|start(?:ed)?)\b)",
    re.I,
)


#: Words one of _BARE_RECEIVED or _FURTHER needs: a cheap test first.
_MORE_CUES = re.compile(r"received|hosted|welcomed|admitted|accepted|further|another|additional")


def _more_of_the_same(doc: Doc, out: list[Cohort], n: int, first: int) -> None:
    """Bare counts that add to the cohort just read: "... and received 25.", "A further 20 will arrive"."""
    sent = doc.sentences[n]
    last = out[-1] if out else None
    if last is None or last.evidence not in (doc.evidence(n), doc.evidence(n - 1) if n > 0 else None):
        return
    for match in _FURTHER.finditer(sent.text):
        count = parse_count(match.group("num"))
        if count is not None and not is_year(match.group("num")):
            status = (
                "planned"
                if re.search(r"\b(?:will|next|expected)\b", sent.text[match.end() :])
                else last.status
            )
            out.append(Cohort(count, last.who, last.at, last.from_country, status, doc.evidence(n)))
    if last.evidence != doc.evidence(n) or len(out) == first:
        return
    received = _BARE_RECEIVED.search(sent.text)
    at = _subject(doc, n, sent.start + received.start()) if received else None
    count = parse_count(received.group("num")) if received else None
    if at is None or count is None or at == last.at:
        return
    found = find_countries(last.at or "")
    origin = found[0][0] if found and found[0][1] == 0 else None
    out.append(Cohort(count, last.who, at, origin, last.status, doc.evidence(n)))


#: "The number | contingent of <who> (from X) (in | at Y) has reached | exceeds | is N"; the contingent is the
#: word of texts translated from Russian.
_NUMBER_OF = re.compile(
    rf"\b(?:number|contingent)\s+of\s+(?P<who>{_WHO})\b(?P<mid>[^.;:]{{0,80}}?)"
    # "The number of Vietnamese students at B: 45", "... - 45": the count after a colon or a dash
    r"(?:\s*[:\u2013\u2014]|\s+-|\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:reached|reaches|hit|exceeds|exceeded|is|was|stands\s+at|stood\s+at|amounts\s+to|totals|totalled|"
    r"(?:(?:is|are)\s+expected\s+to|will|should|(?:is|are)\s+planned\s+to|is\s+to)\s+"
    r"(?:reach|exceed|grow\s+to|increase\s+to|rise\s+to|be\s+(?:increased|raised|brought)\s+to)|"
    r"(?:grew|increased|rose|grown|risen|climbed|jumped|doubled|tripled|trebled|quadrupled)"
    # "rose from 200 to 450", "doubled over five years to 450", "grew in 2024 to 450"
    r"(?:\s+(?:from|over|in|during|within|since)\s+[^.;]{1,30}?)?\s+to))\s+"
    # "reached a record 900", "hit a record high of 900", "a new record of 900"
    r"(?:a\s+(?:new\s+)?record\s+(?:(?:high|level)\s+)?(?:of\s+)?)?"
    r"(?:(?:more\s+than|over|about|around|almost|nearly|some)\s+)?"
    rf"(?P<num>{NUMBER_RE})\b",
    re.IGNORECASE,
)


#: "B plans to increase the number of Chinese students to 500": a planned cohort at the subject.
_RAISE_NUMBER = re.compile(
    r"\b(?:increas\w*|rais\w*|bring\w*|grow\w*|doubl\w*|expand\w*)\s+the\s+number\s+of\s+"
    rf"(?P<who>{_WHO})\b(?P<mid>[^.;]{{0,60}}?)\s+to\s+(?:(?:more\s+than|over|about|around|at\s+least)\s+)?"
    rf"(?P<num>{NUMBER_RE})\b",
    re.IGNORECASE,
)


def _raise_number(doc: Doc, out: list[Cohort], n: int) -> None:
    sent = doc.sentences[n]
    for match in _RAISE_NUMBER.finditer(sent.text):
        count = parse_number(match.group("num"))
        if count is None or is_year(match.group("num")):
            continue
        mid_start = sent.start + match.start("mid")
        mid = match.group("mid")
        inside = [m for m in doc.org_mentions_in(n) if mid_start <= m.start < mid_start + len(mid)]
        places = [m for m in inside if not _ORIGIN.search(doc.text, max(sent.start, m.start - 12), m.start)]
        before = [m for m in doc.org_mentions_in(n) if m.start < sent.start + match.start()]
        head = sent.text[: match.start()]
        if places:
            at: str | None = doc.orgs[places[0].index].name
        else:
            at = _country_went_to(mid) or _generic_at(mid)
        if at is None and before:
            at = doc.orgs[max(before, key=lambda m: m.start).index].name  # "B plans to increase ..."
        if at is None and _THE_UNIVERSITY_HAS.search(head):
            at = _main_institution(doc, sent.start + match.start())
        if at is None:
            continue
        who = " ".join(match.group("who").split())
        out.append(Cohort(count, who, at, _from_country(who, mid), "planned", doc.evidence(n)))


def _number_of_host(doc: Doc, n: int, pos: int, who: str, mid: str) -> str | None:
    """Where "the number of (its) students" is when no place follows it: "At B, the number ...", "B said the
    number of its students ...", "the number of students at the university ..."."""
    sent = doc.sentences[n]
    head = doc.text[sent.start : pos]
    before = [m for m in doc.org_mentions_in(n) if m.start < pos]
    there = _AT.search(mid)
    if there is not None and there.group("there") and not there.group("partner"):
        i = doc.recent_org(pos)  # "the number of Rwandan students at the university"
        return doc.orgs[i].name if i is not None else None
    opening = _NUMBER_AHEAD.match(head)
    if opening is not None and before:
        first = min(before, key=lambda m: m.start)
        if first.start - sent.start == opening.end("at"):
            return doc.orgs[first.index].name
    if before and re.match(r"(?:its|our|their)\s", who, re.I):
        return doc.orgs[max(before, key=lambda m: m.start).index].name
    return _main_institution(doc, pos) if _THE_UNIVERSITY_HAS.search(head) else None


#: "At B, the number of": what may stand between the opening place and the count's phrase.
_NUMBER_AHEAD = re.compile(r"\W*(?:At|In)\s+(?:the\s+)?(?P<at>)[^,;]{2,80},\s*(?:the\s+)?(?:total\s+)?$")


def _number_of(doc: Doc, out: list[Cohort], n: int) -> None:
    sent = doc.sentences[n]
    for match in _NUMBER_OF.finditer(sent.text):
        count = parse_number(match.group("num"))
        if count is None or is_year(match.group("num")):
            continue
        mid_start = sent.start + match.start("mid")
        mid = match.group("mid")
        orgs = [m for m in doc.org_mentions_in(n) if mid_start <= m.start < mid_start + len(mid)]
        places = [m for m in orgs if not _ORIGIN.search(doc.text, max(sent.start, m.start - 12), m.start)]
        at = doc.orgs[places[0].index].name if places else (_country_went_to(mid) or _generic_at(mid))
        if (
            at is None
            and orgs
            and _OF_THE.fullmatch(doc.text, mid_start, orgs[0].start)
            and not _GONE.search(mid)
        ):
            at = doc.orgs[orgs[0].index].name  # "the contingent of foreign students of B is 3,500": B's own
        if at is None:
            at = _number_of_host(doc, n, sent.start + match.start(), match.group("who"), mid)
        if at is None:
            continue
        who = " ".join(match.group("who").split())
        status = "planned" if re.search(r"\b(?:will|expected|planned)\b", sent.text) else "studying"
        out.append(Cohort(count, who, at, _from_country(who, mid), status, doc.evidence(n)))
        people = _PEOPLE_AFTER.match(sent.text, match.end())
        _part_of_them(
            doc, out, out[-1], n, people.end() if people else match.end()
        )  # ", including 1,200 from China"


#: " people" after the count of "the number of": "is 3,500 people, including ...".
_PEOPLE_AFTER = re.compile(r"\s+(?:people|persons)\b")


#: " of (the) " between who and the organisation whose people they are.
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def _planned(doc: Doc, out: list[Cohort], base: Cohort, n: int, pos: int) -> None:
    """ "... and this number is planned to increase to 150,000": a planned cohort like the one before."""
    sent = doc.sentences[n]
    match = _PLANNED_MORE.search(sent.text, pos)
    if match:
        count = parse_number(match.group("num"))
        if count:
            out.append(Cohort(count, base.who, base.at, base.from_country, "planned", doc.evidence(n)))


#: "... and this year their | the number rose to 60", "Today their number has reached 60": the same cohort, counted
#: again; "the number of" is read by _number_of.
_THEIR_NUMBER = re.compile(
    r"\b(?:their|this|the|that|its)\s+number\s+(?!of\b)(?:has\s+|have\s+|had\s+)?(?:now\s+|already\s+|since\s+)?"
    r"(?:reached|grew\s+to|grown\s+to|rose\s+to|risen\s+to|increased\s+to|climbed\s+to|jumped\s+to|doubled\s+to|"
    r"exceeds|exceeded|is\s+now|now\s+stands\s+at|stands\s+at|totals)\s+"
    rf"(?:(?:more\s+than|over|about|around|almost|nearly|some)\s+)?(?P<num>{NUMBER_RE})\b",
    re.IGNORECASE,
)


def _their_number(doc: Doc, out: list[Cohort], n: int) -> None:
    """ "In 2020, 30 Kazakh students studied at B. Today their number has reached 60": 60 of the same at B."""
    if not out or out[-1].evidence is None or out[-1].evidence.start < doc.sentences[max(0, n - 1)].start:
        return  # the cohort counted again is told in this sentence or the one before
    match = _THEIR_NUMBER.search(doc.sentences[n].text)
    if match is None or is_year(match.group("num")):
        return
    count, last = parse_number(match.group("num")), out[-1]
    if count is None or count == last.count:
        return
    if any(c.count == count and c.evidence == doc.evidence(n) for c in out):
        return  # read already as a planned figure of this sentence
    out.append(Cohort(count, last.who, last.at, last.from_country, "studying", doc.evidence(n)))
