"""Quotas: places set aside for people of one origin, a cohort that is planned.

"Russia has allocated 1,000 state-funded places for students from Kazakhstan", "B reserved 20 places for
students of A", "a quota of 30 places for students from Kenya", "the quota for Tajik citizens at Russian
universities has been raised to 1,200". The convention of the record: a quota of places with no programme
behind it is a cohort with the status "planned"; places of a named or described programme ("under the
Stipendium programme", "the grant programme provides 50 places") are the programme's, and are left to it.
Where the places are: an institution or a generic place told after "at | in", else the giver (an institution
or a country) told before the count.
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts.words import _AT, _from_country, is_year, parse_count
from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import WHO_WORDS, demonyms, find_countries
from kgpart.extract.numbers import NUMBER_RE
from kgpart.extract.record import Cohort

#: Words of places in a lower-cased sentence: the cheap test before the patterns.
QUOTA_CUES = ("places", "seats", "slots", "vacancies", "quota", "scholarships", "stipends")


#: Who places are for: "students from Kazakhstan", "the citizens of Tajikistan", "Kenyan students", "young people".
_FOR_WHO = rf"(?:for|to)\s+(?:the\s+)?(?P<who>(?:[\w’'\-]+\s+){{0,2}}?(?:{WHO_WORDS}|youth))\b"


_QUAL = r"(?:(?:up\s+to|about|around|some|over|more\s+than|nearly|almost|an\s+additional|additional)\s+)?"


#: "1,000 state-funded places for students from Kazakhstan", "a quota of 30 places for", "20 seats annually to";
#: scholarships and stipends set aside alike: "50 government scholarships to Zambian students" (session 18).
_PLACES_FOR = re.compile(
    rf"(?<![\w,.])(?P<num>{NUMBER_RE})\s+(?:(?:[\w’'\-]+\s+){{0,3}}?(?:places|seats|slots|vacancies|scholarships|stipends)"
    r"|quota\s+places)"
    rf"(?:\s+(?:annually|yearly|each\s+year|every\s+year))?(?P<at>\s+(?:at|in)\s+(?:the\s+)?[^,.;]{{3,60}}?)?"
    rf"\s+{_FOR_WHO}",
    re.IGNORECASE,
)


#: "the quota for Tajik citizens (at Russian universities) has been raised to | was set at | amounted to 1,200".
_QUOTA_RAISED = re.compile(
    rf"\bquota\s+(?:of\s+(?:[\w\-]+\s+)?places\s+)?{_FOR_WHO}(?P<mid>[^.;]{{0,60}}?)\s+"
    r"(?:(?:(?:has|have|had)\s+been\s+|was\s+|were\s+|is\s+|will\s+be\s+)?"
    r"(?:raised|increased|expanded|set|fixed|amounted|totall?ed|is|was|stands|stood)\s+)?(?:to|at)\s+"
    rf"{_QUAL}(?P<num>{NUMBER_RE})(?!\s*(?:%|per\s*cent))\b",
    re.IGNORECASE,
)


#: A room's or a building's places: "a hall with 120 seats", "the dormitory has 300 places".
_CAPACITY = re.compile(
    r"\bwith\s+(?:\d[\d,]*|up\s+to)\s|\b(?:halls?|dormitor(?:y|ies)|hostels?|residences?|auditori(?:um|ums|a)|"
    r"buildings?|librar(?:y|ies)|canteens?|classrooms?|laborator(?:y|ies)|stadiums?|buses|flights?|planes?)\b",
    re.IGNORECASE,
)


#: A programme named or described in the sentence: its places are its own ("under the Stipendium programme",
#: "the grant programme provides 50 places", "Chevening scholarships").
_PROGRAMME_HERE = re.compile(
    r"\b(?:programmes?|programs?|schemes?|exchanges?|Erasmus|initiative|project)\b"
    r"|\b(?:under|within|as\s+part\s+of|through)\s+(?:the\s+)?(?:framework\s+of\s+(?:the\s+)?)?(?-i:[A-Z])"
    r"|(?-i:[A-Z])[\w’'\-]+\s+(?:scholarships?|fellowships?|grants?)\b",
    re.IGNORECASE,
)


def _quotas(doc: Doc, out: list[Cohort], n: int) -> None:
    """The planned cohorts of places set aside in sentence ``n`` that names no programme."""
    sent = doc.sentences[n]
    matches = [*_PLACES_FOR.finditer(sent.text), *_QUOTA_RAISED.finditer(sent.text)]
    if not matches or _names_a_programme(sent.text) or _CAPACITY.search(sent.text):
        return
    for match in matches:
        count = parse_count(match.group("num"))
        if count is None or is_year(match.group("num")):
            continue
        if _A_GRANT.search(match.group(0)) and (
            _EVERY_YEAR.search(sent.text) or _a_body_gives(doc, n, match)
        ):
            # "China provides 150 scholarships annually", "the Embassy of Japan will award 25 scholarships": a
            # scheme's yearly flow, or an embassy's or a fund's grants, are the programme's (programmes.names)
            continue
        who = " ".join(match.group("who").split())
        tail = sent.text[match.end("who") :]
        at = _where(doc, n, match)
        if at is None or any(c.count == count and c.at == at for c in out):
            continue
        out.append(Cohort(count, who, at, _from_country(who, tail), "planned", doc.evidence(n)))


#: Places that are a grant: scholarships or stipends (session 18), not seats.
_A_GRANT = re.compile(r"\b(?:scholarships|stipends)\b", re.IGNORECASE)


#: A flow every year: "annually", "every | each | per year", "a year".
_EVERY_YEAR = re.compile(r"\b(?:annually|yearly|(?:every|each|per|a)\s+year)\b", re.IGNORECASE)


def _a_body_gives(doc: Doc, n: int, match: re.Match[str]) -> bool:
    """True when an embassy or a body of no state and no hosting (a fund, a foundation, an agency) is named before the
    count of sentence ``n``: the grants are that body's scheme, a programme. A government's or a ministry's are a
    quota, like its places ("The Government of Hungary will provide 120 scholarships for Kenyan students")."""
    start = doc.sentences[n].start + match.start()
    return any(doc.orgs[m.index].type in _OWN_SCHEMES for m in doc.org_mentions_in(n) if m.start < start)


#: Givers whose scholarships are a scheme of their own (organisation types of ``orgs``: a fund or a foundation is
#: "Other"); measured on the fifteen sets against no such test and against governments and ministries too
#: (bench/README, "Cohort recall (session 18)").
_OWN_SCHEMES = frozenset({"Embassy", "Other"})


def _names_a_programme(text: str) -> bool:
    """True when ``text`` names a programme, not only by the demonym of a quota ("Hungarian scholarships")."""
    return any(found.group(0).split()[0] not in _NOT_A_NAME for found in _PROGRAMME_HERE.finditer(text))


def _where(doc: Doc, n: int, match: re.Match[str]) -> str | None:
    """Where the places are: "at B", "in Russian universities", else the giver named before the count."""
    sent = doc.sentences[n]
    if match.re is _PLACES_FOR and match.group("at"):
        told = _told_between(doc, n, match.start("at"), match.end("at"))
        if told is not None:
            return told
    stop = _STOP.search(sent.text, match.end("who"))
    end = stop.start() if stop else len(sent.text)
    after = [m for m in doc.org_mentions_in(n) if sent.start + match.end("who") <= m.start < sent.start + end]
    if after and re.search(r"\b(?:at|in)\s+(?:the\s+)?$", doc.text[after[0].start - 8 : after[0].start]):
        return doc.orgs[after[0].index].name
    tail = sent.text[match.end("who") : end]
    generic = _AT.search(tail)
    if generic is not None and generic.group("generic"):
        return generic.group("generic")
    head = sent.text[: match.start()]
    before = [m for m in doc.org_mentions_in(n) if m.start < sent.start + match.start()]
    giver = next((m for m in before if doc.orgs[m.index].type in _HOSTS), None)
    if giver is not None:
        return doc.orgs[giver.index].name
    named = [
        (country, surface) for country, _, _, surface in find_countries(head) if surface not in _DEMONYMS
    ]
    origin = _from_country(match.group("who"), tail)
    named = [(country, surface) for country, surface in named if country != origin]
    return named[-1][0] if named else None


#: Organisations that host people (not a ministry or an embassy, whose country gives the places).
_HOSTS = frozenset({"University", "School", "ResearchInstitute", "College", "Academy"})


#: The end of the clause of the places: a stop, a semicolon, "while".
_STOP = re.compile(r"[.;]|,\s*(?:while|and\s+(?:this|the))\b")


_DEMONYMS = frozenset(demonyms())


#: Capitalised words before "scholarships" that name no programme: "Hungarian | Government scholarships".
_NOT_A_NAME = _DEMONYMS | {"Government", "State", "The", "Presidential"}


def _told_between(doc: Doc, n: int, begin: int, end: int) -> str | None:
    """The place of "N places at B | in Russian universities | in Poland for ...": an institution, a generic phrase or a
    country told between the places and the people (``begin``, ``end``: offsets in sentence ``n``)."""
    sent = doc.sentences[n]
    inside = [m for m in doc.org_mentions_in(n) if sent.start + begin <= m.start < sent.start + end]
    if inside:
        return doc.orgs[inside[0].index].name
    text = sent.text[begin:end]
    generic = _AT.search(text)
    if generic is not None and generic.group("generic"):
        return generic.group("generic")
    named = [country for country, _, _, surface in find_countries(text) if surface not in _DEMONYMS]
    return named[0] if named else None
