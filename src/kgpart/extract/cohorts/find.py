"""``find_cohorts``: the main pass over an article's sentences.

Each count of people (``PEOPLE_COUNT``) that is a cohort gets its place, status and origin, then the
parts, siblings, shares ("450 of the 2,000"), elliptic counts ("320 Kazakh and 45 Uzbek") and planned figures
told with it; each sentence is then read for the counts of other wordings (number of, late counts, more of the
same, among, parts opening the sentence, "respectively", quotas of places, countless), tables last. Counts read twice
and countless cohorts that a counted one covers are dropped.
"""

from __future__ import annotations

import dataclasses
import re

from kgpart.extract.cohorts.clauses import _clause_end
from kgpart.extract.cohorts.countless import _NO_COUNT_CUE, _countless
from kgpart.extract.cohorts.growth import (
    _MORE_CUES,
    _more_of_the_same,
    _number_of,
    _planned,
    _raise_number,
    _their_number,
)
from kgpart.extract.cohorts.late_counts import _hosts_of_the_whole, _late_counts, _late_cue, _table_rows
from kgpart.extract.cohorts.not_cohorts import (
    _AWARDED_FOLDED,
    _NOT_COHORT_FOLDED,
    _NOT_STUDENTS,
    _OF_THEM_WHO,
    _THING_FOR_FOLDED,
    A_PROGRAMME,
    _a_programme_s,
    _alumni_or_payroll,
    _at_an_event,
    _names_a_programme,
    _yearly,
)
from kgpart.extract.cohorts.parts import (
    _among,
    _asides,
    _elliptic,
    _elsewhere,
    _part_next,
    _part_of_nowhere,
    _part_of_them,
    _parts_from,
    _respectively,
    _share_of,
    _siblings,
)
from kgpart.extract.cohorts.places import _cohort_at
from kgpart.extract.cohorts.quotas import QUOTA_CUES, _quotas
from kgpart.extract.cohorts.words import (
    _cohort_matches,
    _from_country,
    _status,
    is_year,
    parse_count,
    written_form,
)
from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import country_of, find_countries, is_demonym
from kgpart.extract.patterns import AsciiFolded
from kgpart.extract.record import Cohort

#: Words that open a part of the cohort just read: "including", "of whom", "among them".
_PART_OF = re.compile(r"\b(?:including|of\s+whom|of\s+which|among\s+them|among\s+whom|of\s+them)\s*$", re.I)


#: What joins the next count of a list: ", ", " and ", ", and ".
_AND_MORE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:up\s+to|about|around|some|over|more\s+than)\s+)?")


def find_cohorts(doc: Doc) -> list[Cohort]:
    """Return mobility figures: counts of students or researchers at a place."""
    out: list[Cohort] = []
    lower = doc.text.lower()
    for n, sent in enumerate(doc.sentences):
        low = lower[sent.start : sent.end]
        first = len(out)  # where this sentence's cohorts begin
        previous: Cohort | None = None  # the last cohort of this sentence
        not_people_end = -1  # where the last count that is no cohort ("the mobility of 12 students") ended
        programme: bool | None = None  # whether the sentence names a programme, asked at its first cohort
        for match in _cohort_matches(sent.text, low):
            count = parse_count(match.group("num"))
            if _NOT_COHORT_FOLDED.search(sent.text, max(0, match.start() - 80), match.start()) or (
                not_people_end >= 0 and _AND_MORE.fullmatch(sent.text, not_people_end, match.start())
            ):
                not_people_end = match.end()  # "... of 12 students and 4 staff members": both the programme's
                continue
            if (
                count is None
                or _at_an_event(sent.text, match.start(), match.end())
                or is_year(match.group("num"))
            ):
                continue
            if _OF_THEM_WHO.match(match.group("who")):
                continue  # "50 of them are girls": a part, read with the whole (_asides)
            start, end = sent.start + match.start(), sent.start + match.end()
            if _THING_FOR_FOLDED.match(match.group("who")) is not None:
                # "14 dormitories for students": no one; "500 places for students from Laos": the places of a
                # programme (read with the programmes), not people at a place yet
                continue
            if _alumni_or_payroll(sent.text, match):
                continue  # "B employs 2,300 staff", "B has 45,000 alumni": the institution's size, no mobility
            if _NOT_STUDENTS.search(match.group("who")):
                continue  # "40 officials attended courses in India": counted for a programme, not students at a place
            if _AWARDED_FOLDED.match(sent.text, match.end()):
                continue  # "12 graduates were awarded MEXT scholarships": the places of a programme, not a cohort
            if _yearly(sent.text, match.start(), match.end()) and A_PROGRAMME.search(sent.text):
                continue  # "25 students will be sent to B every year": a programme's yearly places, not a cohort
            at = _cohort_at(doc, n, start, end)
            there = _THERE.match(sent.text, match.end())
            if previous is not None and there and _NEXT_IN_LIST_FOLDED.search(sent.text, 0, match.start()):
                at = previous.at  # "64 teachers trained in Germany, and 120 students studied there"
            if (
                at is None
                and out
                and out[-1].evidence == doc.evidence(n)
                and _PART_OF.search(sent.text[: match.start()])
            ):
                at = out[-1].at  # "over 9,000 students, including some 800 foreign students"
            if (
                at is None
                and previous is not None
                and _NEXT_IN_LIST_FOLDED.search(sent.text, 0, match.start())
            ):
                at = previous.at  # "40 teachers went to Japan, 25 students did internships": the same place
            if at is None:
                # "90,000 citizens study abroad, including 15,000 in Russia": the part may have a place
                _part_of_nowhere(doc, out, match, n)
                continue
            stop = _clause_end(sent.text, match.end())
            if programme is None:
                programme = _names_a_programme(low)
            who = " ".join(match.group("who").split())
            origin = _from_country(who, sent.text[match.end() :])
            if programme and _a_programme_s(sent.text, low, (match.start(), match.end(), stop), origin):
                continue  # "The summer school brought together 40 students": the programme's participants
            clause = sent.text[match.start() : stop]
            status = _status(clause)
            if status == "studying" and _PLANNED_HEAD.search(sent.text, 0, match.start()):
                status = "planned"  # "B will admit 50 students"
            elif status == "studying" and _DONE_HEAD.search(sent.text, 0, match.start()):
                status = "completed"  # "B has produced 5,000 graduates"
            cohort = Cohort(count, who, at, origin, status, doc.evidence(n))
            out.append(cohort)
            previous = cohort
            _planned(doc, out, cohort, n, match.end())
            _asides(doc, out, cohort, n, match.end(), stop)
            _siblings(doc, out, cohort, n, match.end())
            _parts_from(doc, out, cohort, n, match.end())
            _part_of_them(doc, out, cohort, n, stop)
            _share_of(doc, out, cohort, n, match.start(), match.end())
            _elliptic(doc, out, cohort, n, match.start())
            _elsewhere(doc, out, cohort, n, match.end())
        _other_wordings(doc, out, n, first, low)
    if "|" in doc.text:
        _table_rows(doc, out)
    faculties = {o.name: o.part_of for o in doc.orgs if o.type == "Faculty" and o.part_of}
    if faculties:  # "at the Faculty of Medicine of B": the cohort is B's
        out = [dataclasses.replace(c, at=faculties[c.at]) if c.at in faculties else c for c in out]
    return [_country_as_written(c) for c in _without_repeats(out)]


def _other_wordings(doc: Doc, out: list[Cohort], n: int, first: int, low: str) -> None:
    """The cohorts of sentence ``n`` (lower-cased: ``low``) told by wordings other than a count before who;
    ``first`` is where the sentence's cohorts begin in ``out``."""
    sent = doc.sentences[n]
    if "number of" in low or "contingent of" in low:
        _number_of(doc, out, n)
        _raise_number(doc, out, n)
    elif "number " in low:
        _their_number(doc, out, n)
    if _late_cue(low):
        _late_counts(doc, out, n)
        if "(" in low:
            _hosts_of_the_whole(doc, out, n)  # "They are spread over A (120), B (80) and C (45)."
    recent = out[-1].evidence if out else None  # more of the same needs a cohort of this or the last sentence
    if recent is not None and recent.start >= doc.sentences[max(0, n - 1)].start and _MORE_CUES.search(low):
        _more_of_the_same(doc, out, n, first)
    if low.startswith(("among ", "of ")):
        _among(doc, out, n)
    elif low[:1].isdigit() or low.startswith(
        ("some ", "about ", "around ", "over ", "more than ", "nearly ")
    ):
        _part_next(doc, out, n)  # "300 of them come from Kazakhstan."
    if "respectively" in low:
        _respectively(doc, out, n)
    if _QUOTA_CUE.search(low) is not None:  # one scan: cheaper than a substring test per word
        _quotas(doc, out, n)
    if ("stud" in low or "educat" in low or "enrol" in low) and _NO_COUNT_CUE.search(sent.text):
        _countless(doc, out, n)


#: The words of places set aside (cohorts.quotas.QUOTA_CUES) as one pattern over the lower-cased sentence.
_QUOTA_CUE = re.compile("|".join(QUOTA_CUES))


def _without_repeats(out: list[Cohort]) -> list[Cohort]:
    """``out`` without the cohorts read twice, and without a countless cohort a counted one covers."""
    # "the situation of Indonesian students at B" beside "1,100 Indonesian students study at B": one group, counted
    counted = {(c.at, c.from_country) for c in out if c.count is not None}
    kept = [c for c in out if c.count is not None or (c.at, c.from_country) not in counted]
    # one figure read twice in one sentence ("1,500 are Chinese citizens": a count and a part) is one cohort
    seen: set[tuple[int | None, str | None, str | None, int]] = set()
    unique = []
    for c in kept:
        key = (c.count, c.at, c.from_country, c.evidence.start if c.evidence else -1)
        if c.count is None or key not in seen:
            unique.append(c)
            seen.add(key)
    return unique


def _country_as_written(cohort: Cohort) -> Cohort:
    """``cohort`` with its country written as its sentence writes it ("Korea", "UK", "Türkiye"), when the
    sentence writes that country one way only and the form names the same country code as our own name."""
    at, evidence = cohort.at, cohort.evidence
    if at is None or evidence is None or country_of(at) != at:
        return cohort
    forms = {
        surface.removeprefix("the ")
        for country, _, _, surface in find_countries(evidence.sentence)
        if country == at and not is_demonym(surface)
    }
    if len(forms) != 1 or at in forms:
        return cohort
    return dataclasses.replace(cohort, at=written_form(at, forms.pop()))


#: "there" in the clause just after a count.
_THERE = re.compile(r"[^,.;]{0,40}?\bthere\b")


#: A count that follows another cohort's clause as the next item of a list: ", 25 students ...", "and 25 ...".
_NEXT_IN_LIST = re.compile(
    r"(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|,?\s+(?:in\s+addition\s+to|as\s+well\s+as|besides|along\s+with)\s+)"
    r"(?:(?:some|about|around|over|more\s+than|nearly|another)\s+)?$",
    re.I,
)
_NEXT_IN_LIST_FOLDED = AsciiFolded(_NEXT_IN_LIST)


#: A verb of planning just before a cohort's count: "B will admit | plans to host 50 students".
_PLANNED_HEAD = re.compile(
    r"\b(?:will|shall|plans?\s+to|planned\s+to|intends?\s+to|going\s+to|expected\s+to|is\s+to|are\s+to|ready\s+to)\s+"
    r"(?:also\s+)?\w+(?:\s+in)?(?:\s+(?:its|their|the|another|first|new|up\s+to|about|around|some|over|more\s+than))*\s*$",
    re.I,
)


#: A verb of training done just before a cohort's count: "B has produced | trained 5,000 graduates".
_DONE_HEAD = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|also\s+)?(?:produced|prepared|graduated|trained|educated)"
    r"(?:\s+(?:its|their|the|some|about|around|over|more\s+than|nearly|almost))*\s*$",
    re.I,
)
