"""Cohorts whose count follows who, and counts by country in lists and tables.

"students at B, numbering 45", "the student community at B has grown to 250", "students at B (45 in
total)", "students from Rwanda (45), Uganda (30)", "B hosts 300 students; by country: China - 120,
Kazakhstan - 45", and a table of students by country under a line that names who and where.
"""

from __future__ import annotations

import dataclasses
import re

from kgpart.extract.cohorts.clauses import _clause_end
from kgpart.extract.cohorts.hosts import _main_institution, _name_end
from kgpart.extract.cohorts.not_cohorts import _EVENT_TAIL, _at_an_event
from kgpart.extract.cohorts.places import _cohort_at
from kgpart.extract.cohorts.words import (
    _WHO_WORDS,
    COUNT_RE,
    NAMES_PEOPLE,
    _from_country,
    _status,
    is_year,
    parse_count,
    written_form,
)
from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import country_of
from kgpart.extract.numbers import NUMBER_RE, parse_number
from kgpart.extract.patterns import AsciiFolded
from kgpart.extract.record import Cohort

#: A count told after who: "students at B, numbering 45,", "Rwandan students at B now number | total 45", "the student
#: community at B numbers 45", "students at B (45 in total)".
_LATE_COUNT = re.compile(
    r"(?:\s+(?:community|body|population|contingent|group))?(?P<mid>[^.;()]{0,80}?)"
    r"(?:,?\s+(?:(?:now|currently|today|already|this\s+year)\s+)?(?:numbering|number|numbers|numbered|totals?|totall?ed|totalling|amounts?\s+to|"
    r"stands?\s+at)\s+"
    rf"(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?(?!one\b)(?P<num>{COUNT_RE})\b(?!\s*(?:%|per\s*cent))"
    # "the Kazakh student community at B has grown to 250": a growth told of the group, the count at its end
    r"|,?\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|already\s+)?(?:(?:grown|grew|increased|risen|rose|climbed|doubled|"
    r"tripled)(?:\s+from\s+[^.;]{1,30}?)?\s+to|reached)\s+(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?"
    rf"(?P<num3>{COUNT_RE})(?![,.\u00a0\u202f ]?\d)(?=\s*(?:[.,;)]|$|\s+(?:in|this|last|by|since|over|people|persons|students|and)\b))"
    r"|\s*\(\s*(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?"
    rf"(?P<num2>{NUMBER_RE})(?:\s+(?:in\s+total|in\s+all|people|persons))?\s*\))",
    re.I,
)


def _country_list_pattern() -> re.Pattern[str]:
    from kgpart.extract.gazetteer import country_regex

    return re.compile(
        rf"(?P<country>{country_regex().pattern})(?:\s*\(\s*{_ABOUT}(?P<num>\d{{1,3}}(?:,\d{{3}})*|\d+)\s*\)"
        rf"|\s*(?:[:\u2013\u2014-]|\s+with)\s*{_ABOUT}(?P<num2>\d{{1,3}}(?:,\d{{3}})*|\d+)"
        r"(?!\s*(?:%|per\s*cent)|[\w\u2013-])(?:\s+students)?)"
    )


#: "Korea with (about) 2,300": a count after "with", the one case of _COUNTRY_COUNT with no bracket or dash.
_WITH_A_COUNT = re.compile(r"\bwith\s+(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?\d")


#: A qualifier of a count in a list: "Russia (about 60,000)", "Korea - over 5,000".
_ABOUT = r"(?:(?:about|around|some|over|more\s+than|nearly|almost|approximately)\s+)?"


#: "students from Rwanda (45), Uganda (30) and Kenya (12)": a count in brackets after each country.
_COUNTRY_COUNT = _country_list_pattern()


#: Who the late counts are of: the cohort words with no count before them.
_LATE_WHO = re.compile(rf"\b(?:{_WHO_WORDS})\b", re.I)
_LATE_WHO_FOLDED = AsciiFolded(_LATE_WHO)


#: Words that open who before its noun: "Rwandan exchange students", "international students".
_LEAD_WORDS = re.compile(r"(?:(?:[A-Z][\w’'\-]*|international|foreign|exchange|young|visiting)\s+){1,3}$")


_NUMBER_OF_BEFORE = re.compile(r"\b(?:number|contingent)\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?$", re.I)


_COUNTED_JUST_BEFORE = re.compile(rf"(?:{COUNT_RE})\s+(?:[\w’'\-]+\s+){{0,3}}$", re.I)


#: Who is from abroad though of no one country: "international | foreign students".
_ABROAD_WHO = re.compile(r"\b(?:international|foreign|overseas|exchange)\b", re.I)


#: Words one branch of _LATE_COUNT or _COUNTRY_COUNT needs: a cheap test first.
_LATE_CUES = (
    "(",
    ":",
    "\u2013",
    " - ",
    "number",
    "grown",
    "grew",
    "increased",
    "risen",
    "rose",
    "climbed",
    "doubled",
    "tripled",
    "reached",
)


#: "now total | amount to | stand at 400": the verbs of a total with a number in digits after them, asked only of
#: a sentence that holds "total", "amount" or "stand".
_TOTAL_CUE = re.compile(
    r"\b(?:total(?:s|l?ed)?|amounts?\s+to|stands?\s+at)\s+(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?\d"
)


def _late_cue(low: str) -> bool:
    """True when the lower-cased sentence ``low`` may tell a count after who (a cheap test before _late_counts)."""
    if any(cue in low for cue in _LATE_CUES):  # substring tests: faster than one pattern of the words
        return True
    return ("total" in low or "amount" in low or "stand" in low) and _TOTAL_CUE.search(low) is not None


def _late_counts(doc: Doc, out: list[Cohort], n: int) -> None:
    """Cohorts whose count follows who: "numbering 45", "(45 in total)", "from Rwanda (45), Uganda (30)"."""
    sent = doc.sentences[n]
    for who in _LATE_WHO_FOLDED.finditer(sent.text):
        lead = _LEAD_WORDS.search(sent.text, max(0, who.start() - 60), who.start())
        first = lead.start() if lead else who.start()  # "Rwandan exchange students": who with its words
        if _NUMBER_OF_BEFORE.search(sent.text, max(0, first - 40), first):
            continue  # "the number of Kazakh students ... has reached 250": read by _number_of
        if _COUNTED_JUST_BEFORE.search(sent.text, max(0, first - 40), first):
            _list_of_parts(doc, out, n, who.end())  # "hosts 300 students; by country: China - 120, ..."
            continue
        if _at_an_event(sent.text, first, who.end()):
            continue
        start, end = sent.start + first, sent.start + who.end()
        found: list[tuple[str, str | None]] = []
        late: re.Match[str] | None = None
        # "Kyrgyz students study in Turkey (3,200), China (2,500)": the countries are places
        destinations = False
        tail = sent.text[who.end() :]
        if "(" in tail or ":" in tail or " - " in tail or ("with " in tail and _WITH_A_COUNT.search(tail)):
            stop = _clause_end(sent.text, who.end())
            listed = list(_COUNTRY_COUNT.finditer(sent.text, who.end(), stop))
            found = [(m["num"] or m["num2"], m["country"]) for m in listed]
            destinations = len(found) >= 2 and _went_to_the_list(
                sent.text, first, who.end(), listed[0].start()
            )
        if len(found) < 2 and "(" in sent.text[who.end() :]:
            hosts = _hosts_counted(doc, n, who.end())  # "enrolled at A (320), B (45) and C (12)"
            if len(hosts) >= 2:
                name = " ".join(re.sub(r"^(?:The|the)\s+", "", sent.text[first : who.end()]).split())
                origin = _from_country(name, sent.text[who.end() :])
                status = _status(sent.text[who.start() :])
                for number, host in hosts:
                    if not any(c.count == number and c.at == host for c in out):
                        out.append(Cohort(number, name, host, origin, status, doc.evidence(n)))
                return
        if len(found) < 2:
            late = _LATE_COUNT.match(sent.text, who.end())
            found = [(late["num"] or late["num2"] or late["num3"], None)] if late else []
        after = late.end() if late else who.end()
        after += len(sent.text[after:]) - len(sent.text[after:].lstrip(" ,"))
        if not found or _EVENT_TAIL.match(sent.text, after):
            continue  # "students of B, numbering 30, attended the lecture": an audience
        at = None if destinations else _cohort_at(doc, n, start, end)
        if at is None and not destinations:
            continue
        name = " ".join(re.sub(r"^(?:The|the)\s+", "", sent.text[first : who.end()]).split())
        for num, country in found:
            count = parse_count(num)
            if destinations and country is not None:
                at = written_form(country_of(country) or country, country)
            if count is None or is_year(num) or any(c.count == count and c.at == at for c in out):
                continue
            origin = (
                _from_country(name, "")
                if destinations
                else country_of(country)
                if country
                else _from_country(name, sent.text[who.end() :])
            )
            if late is not None and late["num3"] and origin is None and not _ABROAD_WHO.search(name):
                continue  # "students of B reached 250 in the ranking": a growth of a group of no one country
            out.append(Cohort(count, name, at, origin, _status(sent.text[who.start() :]), doc.evidence(n)))
        return


#: A count in brackets: "(120", "(about 45".
_BRACKET_DIGIT = re.compile(r"\(\s*(?:[a-z]+\s+){0,2}\d")


def _hosts_of_the_whole(doc: Doc, out: list[Cohort], n: int) -> None:
    """ "245 Kenyan students study in Estonia. They are spread over A (120), B (80) and C (45).": a list of two or
    more institutions, each with a count in brackets, in the sentence after a cohort (or in its own sentence) are
    its parts, each at its institution, of the whole's people; not when the counts add up to more than the whole.
    A part the sentence's readers put elsewhere ("at the whole's place") is at its institution."""
    here, before = doc.evidence(n), doc.evidence(n - 1) if n > 0 else None
    if (
        not out
        or out[-1].evidence not in (here, before)
        or _BRACKET_DIGIT.search(doc.sentences[n].text) is None
    ):
        return  # no cohort told in this sentence or the one before, or no count in brackets: the common case
    hosts = _hosts_counted(doc, n, 0)
    if len(hosts) < 2:
        return
    total = sum(number for number, _ in hosts)
    wholes = [c for c in out if c.evidence == here and c.count is not None and c.count >= total]
    if not wholes:
        wholes = [c for c in out if c.evidence == before and c.count is not None and c.count >= total][-1:]
    if not wholes:
        return
    whole = max(wholes, key=lambda c: c.count or 0)
    for number, host in hosts:
        if any(c.count == number and c.at == host for c in out):
            continue
        told = next((k for k, c in enumerate(out) if c.evidence == here and c.count == number), None)
        if told is not None:
            out[told] = dataclasses.replace(out[told], at=host)  # the count in brackets after its host
        elif host != whole.at:
            out.append(Cohort(number, whole.who, host, whole.from_country, whole.status, here))


def _hosts_counted(doc: Doc, n: int, pos: int) -> list[tuple[int, str]]:
    """The organisations named after ``pos`` in sentence ``n``, each with a count in brackets after its name: "study
    at A (320), B (45) and C (12)"."""
    sent = doc.sentences[n]
    stop = sent.text.find(";", pos)
    stop = sent.start + (stop if stop >= 0 else len(sent.text))
    found = []
    for m in doc.org_mentions_in(n):
        end = _name_end(doc, m)
        if m.start < sent.start + pos or end is None or end >= stop:
            continue
        bracket = _BRACKET_COUNT.match(doc.text, end)
        if bracket is None or is_year(bracket.group("num")):
            continue
        number = parse_number(bracket.group("num"))
        if number is not None:
            found.append((number, doc.orgs[m.index].name))
    return found


#: A count in brackets after a name: " (320)", " (about 45 students)".
_BRACKET_COUNT = re.compile(
    rf"\s*\(\s*{_ABOUT}(?P<num>\d{{1,3}}(?:,\d{{3}})*|\d+)(?:\s+(?:students|people|persons))?\s*\)"
)


def _went_to_the_list(text: str, first: int, end: int, listed: int) -> bool:
    """True when the countries listed from ``listed`` are where the people told at ``first``-``end`` went: "Kyrgyz
    students study in Turkey (3,200), China (2,500)", "the destinations of Uzbek students are Russia (60,000), ..."."""
    gap = text[end:listed]
    if _STUDY_IN.fullmatch(gap):
        return True
    return "destination" in text[max(0, first - 60) : first].lower() and _ARE_GAP.fullmatch(gap) is not None


#: Between who and a list of countries they went to: " abroad study mostly in", " go to", " are enrolled in".
_STUDY_IN = re.compile(
    r"(?:\s+abroad)?\s*,?\s+(?:(?:are|were|is|currently|now|mostly|mainly|primarily|usually|chiefly|largely)\s+)*"
    r"(?:study|studies|studying|studied|enrolled|go|goes|went|travel(?:l?ed|s)?|choose|chose)\s+"
    r"(?:(?:mostly|mainly|primarily|chiefly|largely)\s+)?(?:in|to)\s+(?:the\s+)?",
    re.I,
)


#: Between "the destinations of ... students" and the list: " are", " include:", " remain".
_ARE_GAP = re.compile(
    r"(?:\s+abroad)?\s+(?:are|were|include|included|remain|remained)\s*:?\s*(?:the\s+)?", re.I
)


def _list_of_parts(doc: Doc, out: list[Cohort], n: int, pos: int) -> None:
    """ "B hosts 300 students; by country: China - 120, Kazakhstan - 45": parts of the cohort just read."""
    sent = doc.sentences[n]
    whole = out[-1] if out and out[-1].evidence == doc.evidence(n) else None
    if whole is None or whole.count is None or whole.from_country is not None:
        return
    parts = [(m["num"] or m["num2"], m["country"]) for m in _COUNTRY_COUNT.finditer(sent.text, pos)]
    counts = [parse_number(num) or 0 for num, _ in parts]
    if len(parts) < 2 or sum(counts) > whole.count:
        return
    for count, (_, country) in zip(counts, parts, strict=True):
        if count and not any(c.count == count and c.at == whole.at for c in out):
            out.append(Cohort(count, whole.who, whole.at, country_of(country), whole.status, doc.evidence(n)))


#: A row of a table of students by country: "| Kazakhstan | 45 |", "Kazakhstan | 45".
_TABLE_ROW = re.compile(
    r"^[ \t]*\|?[ \t]*(?P<country>[A-Z][\w’' .\-]{2,40}?)[ \t]*\|[ \t]*(?P<num>\d{1,3}(?:,\d{3})*|\d+)[ \t]*(?:\||$)",
    re.M,
)


def _table_rows(doc: Doc, out: list[Cohort]) -> None:
    """Rows of a table of students by country, under a line that names who and where."""
    rows = [m for m in _TABLE_ROW.finditer(doc.text) if country_of(m["country"].strip())]
    if len(rows) < 2:
        return
    n = doc.sentence_at(rows[0].start())
    while n > 0 and doc.sentences[n].text.lstrip().startswith("|"):
        n -= 1  # the table's own rows and header, up to the line above it
    # who is told by the table's header row when it has one ("| Country | Students |"), else by the line above
    header = next((k for k in range(n, n + 2) if doc.sentences[k].text.lstrip().startswith("|")), None)
    who = NAMES_PEOPLE.search(doc.sentences[header if header is not None else n].text)
    named = doc.org_mentions_in(n)
    at = doc.orgs[named[0].index].name if named else _main_institution(doc, rows[0].start())
    if at is None or who is None:
        return
    for row in rows:
        count = parse_number(row["num"])
        if count and not is_year(row["num"]):
            k = doc.sentence_at(row.start())
            out.append(
                Cohort(
                    count, who.group(0), at, country_of(row["country"].strip()), "studying", doc.evidence(k)
                )
            )
