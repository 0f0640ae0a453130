"""Programmes and student cohorts: named programmes, "N students from X are studying at Y"."""

from __future__ import annotations

import re
from functools import lru_cache

from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import WHO_WORDS, city_country, country_of, demonyms, find_countries
from kgpart.extract.numbers import NUMBER_RE, parse_number
from kgpart.extract.patterns import trie_pattern
from kgpart.extract.record import Cohort, Participants, Programme
from kgpart.extract.tokens import head_type

#: People named by their country in the plural: "1,000 Estonians", "300 Kenyans", "Pakistanis", "Uzbeks";
#: a demonym ending in a hiss ("Polish", "Swiss", "Chinese", "Kyrgyz") takes no plural "s".
_NATIONALS = sorted(
    {
        f"{d}s"
        for d in demonyms()
        if d.endswith(("an", "i", "k", "h", "t", "o", "e")) and not d.endswith(("sh", "ch", "ese"))
    }
)
#: Who a cohort is beyond the shared list: school pupils, cadets, doctoral candidates.
_MORE_WHO = [
    "academics",
    "learners",
    "engineers",
    "educators",
    "instructors",
    "postdocs",
    "schoolchildren",
    "schoolboys",
    "schoolgirls",
    "cadets",
    "postgraduates",
    "doctoral candidates",
    "doctoral fellows",
]
#: Nationals whose plural is not the demonym with "s": "200 Poles", "300 Turks".
_IRREGULAR_NATIONALS = {
    "Poles": "Polish",
    "Turks": "Turkish",
    "Swedes": "Swedish",
    "Danes": "Danish",
    "Finns": "Finnish",
    "Czechs": "Czech",
    "Britons": "British",
    "Turkmens": "Turkmen",
}
#: Who a cohort is, as one prefix tree of the words (a long alternation is slow to scan).
_WHO_WORDS = trie_pattern([*WHO_WORDS.split("|"), *_NATIONALS, *_IRREGULAR_NATIONALS, *_MORE_WHO], fold=True)
#: A demonym that is its own plural ("600 Vietnamese", "200 Kyrgyz") counts people only before a verb of study:
#: "20 Chinese universities" counts no one.
_SAME_PLURAL = trie_pattern(
    [d for d in demonyms() if d.endswith("ese")] + ["Kyrgyz", "Swiss", "Turkmen"], fold=True
)
_SAME_PLURAL_WHO = (
    rf"(?:{_SAME_PLURAL})(?=\s+(?:(?:are|were|is|currently|now|also|still|have|had|already)\s+)*"
    r"(?:study|studies|studying|studied|enrolled|trained|training|graduated|pursuing|attend|attending)\b)"
)
_WHO = rf"(?:(?:[\w’'\-]+\s+){{0,3}}?(?:{_WHO_WORDS}|{_SAME_PLURAL_WHO}))"
_COHORT = re.compile(
    rf"(?P<pre>\b(?:more\s+than|over|around|about|nearly|almost|some|up\s+to|at\s+least)\s+)?"
    rf"(?<![\w,.])(?P<num>{NUMBER_RE})\s+(?P<who>{_WHO})\b",
    re.IGNORECASE,
)
_AT = re.compile(
    r"\b(?:at|in|to|from)\s+(?:the\s+)?(?P<generic>(?:[A-Z][\w’'\-]*\s+)?(?:universities|institutions|colleges)"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)?"  # "universities of Japan"
    # "leading universities of Japan", "higher education institutions in Japan": a common word needs the country
    r"|(?:leading|top|major|state|public|private|higher\s+education(?:al)?|educational)\s+"
    r"(?:universities|institutions|colleges)\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)\b"
    r"|\b(?P<there>there|(?:this|our|the)\s+(?:educational\s+)?institution|(?:this|our|the)\s+(?:university|institute|academy))\b"
)
_STATUS = [
    ("completed", re.compile(r"\b(?:graduated|completed|finished|have\s+been\s+trained|defended)\b", re.I)),
    ("planned", re.compile(r"\b(?:will|planned|expected|to\s+increase|by\s+20\d\d|plans?)\b", re.I)),
    ("active", re.compile(r"\b(?:continue|continuing|conducting|working|teaching|work)\b", re.I)),
]
_PLANNED_MORE = re.compile(rf"\b(?:increase|grow|rise|reach)\w*\s+to\s+(?P<num>{NUMBER_RE})\b", re.I)
_NOT_COHORT = re.compile(
    r"\b(?:involving|scholarships?\s+to|per\s+(?:year|academic)|each\s+year|delegation\s+(?:of|consisting\s+of))\s*$",
    re.I,
)
#: The wordings of a programme, each with the lower-case cues one of which a sentence must hold for it to be
#: tried (a long alternation costs at every position of the sentence, so only the branches that can match there
#: are compiled into the sentence's pattern). Their order is the pattern's: at one position the first wins.
_PROGRAMME_BRANCHES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("program", "scheme"),
        r"(?:(?:joint|new|the)\s+)?(?:(?:double|dual|two)[\s\-](?:degree|diploma)|joint|exchange|mobility|"
        r"internship|twinning|scholarship|fellowship|split|\d\s*\+\s*\d|training|pathway|study\s+abroad|visiting|"
        r"cotutelle)(?:\s+[\w’'\-]+){0,3}?\s+(?:program(?:me)?s?|schemes?)\b",
    ),
    # a proper name: at each capital it reads up to six words ahead, so only where "Program" is written
    (("Program",), r"(?:[A-Z][\w\-]*\s+){1,6}Program(?:me)?\b"),
    (
        ("program",),
        r"program(?:me)?\s+of\s+(?:[a-z]+\s+){0,2}?(?:mobility|exchange|double[\s\-]degree|internships?)",
    ),
    (
        ("degree", "diploma"),
        r"(?:double|dual|joint)[\s\-](?:(?:master|bachelor|doctoral|PhD|MBA|MSc|BSc)(?:[’']s)?\s+)?(?:degrees?|diplomas?)\b",
    ),
    (("program",), r"(?<=[Tt]he\s)(?:[A-Z][\w\-]*\+?\s+){1,2}program(?:me)?\b"),  # "the Erasmus+ programme"
    # "the Chevening Scholarship", "to offer Chevening scholarships"
    (
        ("scholarship", "fellowship"),
        r"(?<=[Tt]he\s)(?:[A-Z][\w\-]*\s+){1,3}(?:[Ss]cholarships?|[Ff]ellowships?)\b(?!\s+[Pp]rogram)",
    ),
    (
        ("scholarship", "fellowship"),
        r"(?<=[a-z]\s)(?:[A-Z][\w\-]*\s+){1,3}(?:[Ss]cholarships?|[Ff]ellowships?)\b(?!\s+[Pp]rogram)",
    ),
    (
        ("summer", "spring"),
        r"[Ss](?:ummer|pring)\s+(?:[Ss]chool|[Uu]niversity|[Cc]amp|[Cc]ourse|[Aa]cademy|program(?:me)?)s?\b",
    ),
    (("winter",), r"[Ww]inter\s+(?:[Ss]chool|[Cc]ourse|[Cc]amp|program(?:me)?)s?\b"),
    # the European Union's mobility programme, under any of its names
    (
        ("erasmus",),
        r"Erasmus(?!\s+(?:University|Medical|MC|School|College|Hogeschool|of\b))(?:\+|\s+Plus)?(?:\s+Mundus)?"
        r"(?:\s+(?:programme|program|project|mobility|KA\d+))?",
    ),
    # a name in quotes: "the “Study in Japan” programme"
    (
        ("program", "scholarship", "fellowship"),
        r"[“\"‘'][A-Z][^”\"’'.;]{2,50}[”\"’']\s+(?:(?:scholarship|fellowship|exchange)\s+)?"
        r"(?:program(?:me)?|scholarship|fellowship)s?\b",
    ),
    (("internships",), r"(?:research\s+)?internships\s+at"),
    # "a joint institute", "a joint research centre": up to two words between, none a preposition or article
    (
        ("joint",),
        r"[Jj]oint\s+(?:(?!(?:of|at|with|in|by|for|and|or|the|a|an|to|on|from)\b)[\w\-]+\s+){0,2}?"
        r"(?:[Ii]nstitute|[Ll]aborator(?:y|ies)|[Ll]ab|[Cc]entre|[Cc]enter|[Ff]aculty|[Ss]chool|[Cc]ollege)s?\b",
    ),
    (("branch",), r"branch\s+campus(?:es)?"),
    # "a joint MBA", "a dual PhD": a degree told by its name alone
    (
        ("mba", "phd", "llm", "msc", "bsc"),
        r"(?:double|dual|joint)[\s\-](?:E?MBA|PhD|LLM|MSc|BSc)\b"
        r"(?![\s\-]+(?:students?|candidates?|holders?|theses|graduates|alumni))",
    ),
    (("tutelle",), r"co-?tutelles?\b"),
    # "a pathway programme with B": a programme of study run with a partner named next
    (
        ("program",),
        r"\b(?:an?|the|its|their)\s+(?:[\w\-’'+]+\s+){0,2}?"
        r"(?:study|studies|abroad|pathway|master[’']?s|bachelor[’']?s|MBA|EMBA|PhD|doctoral|degree|undergraduate|"
        r"postgraduate|graduate|language|students?|teachers?|faculty|foundation|preparatory|certificate|educational|"
        r"education|academic|visiting\s+\w+)\s+"
        r"program(?:me)?s?(?=\s+(?:with|between|together\s+with|jointly\s+with)\s)",
    ),
)
#: Every branch at once (for tests and readers); find_programmes compiles the sentence's share.
_PROGRAMME = re.compile("(?P<name>" + "|".join(branch for _, branch in _PROGRAMME_BRANCHES) + ")")


def _programme_pattern(text: str, lower: str) -> re.Pattern[str] | None:
    """_PROGRAMME with only the branches whose cues the sentence holds; None when it holds none."""
    present = tuple(
        k
        for k, (cues, _) in enumerate(_PROGRAMME_BRANCHES)
        if any(cue in (text if cue[0].isupper() else lower) for cue in cues)
    )
    return _compiled_programme(present) if present else None


@lru_cache(maxsize=256)
def _compiled_programme(present: tuple[int, ...]) -> re.Pattern[str]:
    return re.compile("(?P<name>" + "|".join(_PROGRAMME_BRANCHES[k][1] for k in present) + ")")


#: "two years at A and two years at B": a split (double-degree) programme.
_SPLIT = re.compile(
    r"(?P<name>\b(?:years?|semesters?)\s+(?:of\s+study\s+)?(?:at|in)\s+(?:the\s+)?[A-Z][^.;]{0,100}?\b"
    r"(?:years?|semesters?)\s+(?:of\s+study\s+)?(?:at|in)\b)"
)
#: "twelve scholarships a year": a scholarship programme with its number of places.
_SCHOLARSHIPS = re.compile(
    rf"(?<![\w,.])(?P<num>{NUMBER_RE})\s+(?:[\w\-]+\s+){{0,2}}?(?P<who>scholarships|fellowships|(?:study\s+)?grants)\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween\s+", re.I)
#: A programme's name in quotes, its quotes dropped.
_QUOTED = re.compile(r"[“\"‘']([^”\"’']+)[”\"’']")
_LEADING_WORD = re.compile(r"^(?:(?:the|The|a|an|its|their)\s+)?(?:new\s+)?")
_TRAILING_AT = re.compile(r"\s+at$")


def _lower_literals(pattern: str) -> str:
    """The pattern's capitals in lower case, group names ("(?P<num>") left alone."""
    return re.sub(
        r"\(\?P[<=]\w+|[A-Z]", lambda m: m.group(0) if m.group(0)[0] == "(" else m.group(0).lower(), pattern
    )


#: A sentence must name who (students, researchers) for _COHORT to match there: a cheap test first.
_WHO_ANY = re.compile(rf"\b(?:{_WHO_WORDS}|{_SAME_PLURAL_WHO})\b", re.IGNORECASE)
#: The same two patterns for lower-cased text, case-sensitive: several times faster to scan. A hit is
#: read again with the original pattern at the same place, so groups keep the article's case.
_WHO_ANY_LOWER = re.compile(_lower_literals(_WHO_ANY.pattern))
_COHORT_LOWER = re.compile(_lower_literals(_COHORT.pattern))
_KINDS = [
    (
        "double-degree",
        r"double|dual|two[\s\-]degree|split|\d\s*\+\s*\d|(?:year|semester)s?\s.*(?:year|semester)|tutelle",
    ),
    ("joint", r"joint|branch"),
    ("exchange", r"exchange|mobility|scholarship|fellowship"),
    ("internship", r"internship"),
    ("joint", r"joint"),
]


#: What an audience comes to: a count of students at a lecture or a ceremony is no cohort.
_EVENT = (
    r"(?:event|lecture|meeting|seminar|ceremony|conference|forum|presentation|session|festival|celebration|"
    r"concert|exhibition|master[\s\-]?class|round[\s\-]?table|competition|olympiad|webinar|workshop|excursion|"
    r"contest|tournament|discussion|briefing|talk|speech|screening|opening|quiz|debate)s?"
)
#: "... attended the lecture", "took part in the seminar": the count is an audience.
_EVENT_TAIL = re.compile(
    r"[^,;.]{0,40}?\b(?:attended|attend|attending|took\s+part\s+in|take\s+part\s+in|taking\s+part\s+in|"
    r"participated\s+in|participate\s+in|gathered\s+(?:at|for|in)|joined|listened\s+to|watched|visited)\s+"
    rf"(?:the\s+|a\s+|an\s+|this\s+|its\s+)?(?:[\w’'\-]+\s+){{0,3}}?{_EVENT}\b",
    re.I,
)
#: "The lecture was attended by 80 students", "met with 50 students", "in front of 200 students".
_EVENT_HEAD = re.compile(
    rf"(?:\b{_EVENT}\s+(?:was\s+|were\s+)?(?:also\s+)?attended\s+by(?:[^.;]{{0,80}}?(?:,|\band))?|"
    r"\b(?:met|meets|meet|meeting|talked|spoke|speaking|conversation)\s+with|\b(?:addressed|greeted|lectured)|"
    r"\bin\s+(?:front\s+of|the\s+presence\s+of)|\b(?:lecture|talk|speech|seminar|master[\s\-]?class)\s+(?:for|to))"
    r"(?:\s+(?:the|some|about|around|over|more\s+than|nearly|almost|up\s+to))*\s*$",
    re.I,
)


def _at_an_event(text: str, start: int, end: int) -> bool:
    """True when a count names an audience ("80 students attended the lecture"), not people studying somewhere."""
    head = text[max(0, start - 60) : start].lower()
    if any(cue in head for cue in _EVENT_HEAD_CUES) and _EVENT_HEAD.search(text, max(0, start - 60), start):
        return True
    tail = text[end : end + 120].lower()
    return any(cue in tail for cue in _EVENT_TAIL_CUES) and _EVENT_TAIL.match(text, end) is not None


#: Words each branch of _EVENT_HEAD / _EVENT_TAIL holds: a cheap test before the patterns.
_EVENT_HEAD_CUES = ("attended", "with", "addressed", "greeted", "lectured", "front", "presence", "for", "to")
_EVENT_TAIL_CUES = ("attend", "part", "participat", "gathered", "joined", "listened", "watched", "visited")


def _kind(text: str) -> str:
    return next((k for k, p in _KINDS if re.search(p, text, re.I)), "other")


def _status(text: str) -> str:
    return next((s for s, p in _STATUS if p.search(text)), "studying")


def _from_country(who: str, after: str) -> str | None:
    match = re.match(r"\s*(?:from|of)\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)", after)
    if match:
        found = find_countries(match.group(1))
        if found:
            return found[0][0]
    for word in who.split():
        word = _IRREGULAR_NATIONALS.get(word.capitalize(), word)
        country = country_of(word) or (country_of(word[:-1]) if word.endswith("s") else None)
        if country:
            return country
    return None


def _cohort_at(doc: Doc, n: int, start: int, end: int) -> str | None:
    """Where a cohort is: an organisation named after it, a generic phrase, or "there"."""
    sent = doc.sentences[n]
    after = [m for m in doc.org_mentions_in(n) if m.start >= end]
    clause_end = _clause_end(sent.text, end - sent.start) + sent.start
    near = [m for m in after if m.start < clause_end]
    # "students of A | from A study at B": A is where they come from; B, when named, is where they are
    places = [m for m in near if not _ORIGIN.search(doc.text, max(sent.start, m.start - 12), m.start)]
    if places:
        return doc.orgs[places[0].index].name
    tail = sent.text[end - sent.start : clause_end - sent.start]
    match = _AT.search(tail)
    if match and match.group("generic"):
        return match.group("generic")
    if match and match.group("there") and not _FROM_THERE.search(tail, 0, match.start()):
        i = doc.recent_org(start)  # "study there", "at the university"; not "teachers of the university"
        return doc.orgs[i].name if i is not None else None
    head = sent.text[: start - sent.start]
    if _THE_UNIVERSITY_HAS.search(head):
        return _main_institution(doc, start)  # "The university, founded in 1918, has 28,000 students"
    it = _IT.search(head)
    if it is not None and _HOST_VERB.match(head[it.end() :]):
        i = doc.recent_org(start)  # "It hosts 45 students": the institution told of just before
        return doc.orgs[i].name if i is not None else None
    host = _host_before(doc, n, start) or _place_ahead(doc, n, start)
    if host is not None:
        return host
    went = _country_went_to(tail)
    if went is not None:
        return went
    if near and re.search(r"\bfor\s+$", head):
        # "B held a winter school for 25 students of A": they come from A, to the subject that opens the sentence
        first = min(doc.org_mentions_in(n), key=lambda m: m.start)
        subject = first.start < start and not doc.text[sent.start : first.start].strip(' "“')
        return doc.orgs[first.index].name if subject and first.index != near[0].index else None
    if near:
        return doc.orgs[near[0].index].name  # "24,000 students of A": no other place named
    return _host_country_before(sent.text[: start - sent.start])


#: "It" as the subject of the verb before a cohort's count: "Currently, it hosts 45 students".
_IT = re.compile(r"(?:^|[,;:]\s*|\band\s+)(?:it|It)\b(?=[^,;]*$)")

#: "teachers of | from the university": where they come from; "graduated from the university" is where they were.
_FROM_THERE = re.compile(r"(?<!graduated\s)(?<!graduate\s)\b(?:of|from)\s+(?:the\s+)?$", re.I)

#: "The university (, founded in 1918,) has": the article's institution as the subject before the count.
_THE_UNIVERSITY_HAS = re.compile(
    r"\b(?:the|this|our)\s+(?:university|institution|institute|academy)\b(?:,[^,]{1,40},)?[^,]{0,30}$", re.I
)


def _main_institution(doc: Doc, pos: int) -> str | None:
    """The institution named most often before ``pos`` (the first named, on a tie): whom "the university" means
    in a press release."""
    counts: dict[int, int] = {}
    for m in doc.org_mentions:
        if m.start < pos and doc.orgs[m.index].type in ("University", "School", "ResearchInstitute"):
            counts[m.index] = counts.get(m.index, 0) + 1
    if not counts:
        i = doc.recent_org(pos)
        return doc.orgs[i].name if i is not None else None
    first: dict[int, int] = {}
    for m in doc.org_mentions:
        first.setdefault(m.index, m.start)
    return doc.orgs[max(counts, key=lambda i: (counts[i], -first[i]))].name


#: What comes just before an organisation that a cohort comes from.
_ORIGIN = re.compile(r"\b(?:of|from)\s+(?:the\s+)?$", re.I)


def _host_country_before(head: str) -> str | None:
    """ "Japan hosts 4,000 students": a country before a verb of hosting."""
    found = find_countries(head)
    if not found:
        return None
    country, _, stop, _ = found[-1]
    return country if _HOST_VERB.match(head[stop:]) else None


def _country_went_to(tail: str) -> str | None:
    """ "... from A study | did internships | are sent to B": the country after in/to, never after from."""
    for country, start, _, _ in find_countries(tail):
        before = tail[max(0, start - 12) : start]
        if re.search(r"\b(?:in|to|visit(?:ed|s|ing)?)\s+(?:the\s+)?$", before) and not re.search(
            r"\bfrom\s+(?:the\s+)?$", before
        ):
            return country
    for city in _IN_CITY.finditer(tail):  # "studied in Cairo": the capital's country
        capital_of = city_country(city.group(1))
        if capital_of is not None:
            return capital_of
    return None


#: "in | to | visited <Capital>", the city's name after the verb.
_IN_CITY = re.compile(r"\b(?:in|to|visit(?:ed|s|ing)?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+[A-Z])")


#: "X hosts | has | enrolls 68 students": the organisation before the count is where they are.
_HOST_VERB = re.compile(
    r"^\s*(?:,[^,]{1,60},\s*)?"
    r"(?:(?:was|is|were|has\s+been)\s+[^,;.]{0,40}?\s+and\s+)?"  # "A was founded in 1960 and has 9,000 students"
    r"(?:(?:currently|now|already|today|also|this\s+year)\s+)?"
    r"(?:(?:has|have|had)\s+(?:already\s+|also\s+)?(?=\w+ed\b))?"  # "has admitted"
    r"(?:hosts|hosted|has|had|have|enrolls|enrolled|enrols|admits|admitted|trains|trained|receives|received|"
    r"welcomes|welcomed|accepts|accepted|educates|educated|teaches|taught|employs|counts|houses|attracts|"
    r"attracted|produced|prepared|graduated|"
    r"(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?(?:training|hosting|educating|teaching|preparing)|"
    r"(?:is|are|was)\s+(?:now\s+|currently\s+)?home\s+to|(?:is|are|was|were)\s+attended\s+by)"
    r"(?:\s+(?:its|their|the))?(?:\s+(?:first|new))?\s*$"
    r"|^\s*(?:,[^,]{1,60},\s*)?(?:(?:also|now|next\s+year|this\s+year)\s+)?"
    r"(?:will|shall|plans?\s+to|planned\s+to|intends?\s+to|(?:is|are)\s+going\s+to|(?:is|are)\s+ready\s+to|"
    r"expects?\s+to|(?:is|are)\s+expected\s+to|is\s+to|are\s+to)\s+(?:also\s+)?"
    r"(?:host|admit|accept|receive|welcome|train|enrol|enroll|educate|take\s+in)(?:\s+(?:its|their|the))?"
    r"(?:\s+(?:first|new))?(?:\s+(?:up\s+to|about|around|some|over|more\s+than))?\s*$",
    re.IGNORECASE,
)


def _host_before(doc: Doc, n: int, start: int) -> str | None:
    before = [m for m in doc.org_mentions_in(n) if m.start < start]
    if not before:
        return None
    last = max(before, key=lambda m: m.start)
    gap = doc.text[last.start : start]
    name = doc.orgs[last.index].name
    for form in sorted([name, *doc.orgs[last.index].aliases], key=len, reverse=True):
        if gap.startswith(form):
            gap = gap[len(form) :]
            break
    else:
        gap = re.sub(r"^[\w’'\-.&]+(?:\s+(?:of\s+|the\s+)*[A-Z][\w’'\-.&]*)*", "", gap)
    return name if _HOST_VERB.match(gap) else None


#: What may stand between "At B" and the count: "At B, 200 students", "At B there are currently 200 students".
_AHEAD_GAP = re.compile(
    r"^\s*,?\s*(?:(?:there\s+(?:are|were)|today|now|currently|at\s+present|presently|this\s+year)\s*,?\s*)*$",
    re.IGNORECASE,
)


def _place_ahead(doc: Doc, n: int, start: int) -> str | None:
    """ "At B, 200 students from Chile study": the institution that opens the sentence after at/in."""
    sent = doc.sentences[n]
    first = min(doc.org_mentions_in(n), key=lambda m: m.start, default=None)
    if first is None or first.start >= start:
        return None
    if not re.fullmatch(r"\s*(?:At|In)\s+(?:the\s+)?", doc.text[sent.start : first.start]):
        return None
    name = doc.orgs[first.index].name
    gap = doc.text[first.start : start]
    for form in sorted([name, *doc.orgs[first.index].aliases], key=len, reverse=True):
        if gap.startswith(form):
            return name if _AHEAD_GAP.match(gap[len(form) :]) else None
    return None


_PART_OF = re.compile(r"\b(?:including|of\s+whom|among\s+them|among\s+whom|of\s+them)\s*$", re.I)


def _clause_end(text: str, pos: int) -> int:
    match = _CLAUSE_END.search(text, pos)
    while match is not None:
        aside = _ASIDE.match(text, match.start())
        if aside is None or aside.group("end") != ",":
            return match.start()
        match = _CLAUSE_END.search(text, aside.end() + 1)  # ", 40 of them women, study at B"
    return len(text)


#: The end of a cohort's clause: a stop, "while", "and this", or ", 40 of them" (a part told next).
#: ", including 200 from": a part of a cohort from one country (the country follows).
#: "..., 12 of whom are from" and "and 20 of them come from": the same, the count first.
_PART_FROM_HEAD = (
    r"(?:,?\s*(?:including|of\s+whom|among\s+them)\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"|(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:{NUMBER_RE})\s+of\s+(?:them|whom)\s))"
    rf"(?P<num>{NUMBER_RE})\s+(?:of\s+(?:them|whom)\s+)?(?:are\s+|come\s+|came\s+|were\s+)?from\s+"
)
#: ", 40 of them women,": an aside on a part of the cohort, closed by a comma; the clause goes on after it.
_ASIDE = re.compile(
    rf",\s*(?P<num>{NUMBER_RE})\s+of\s+(?:them|whom)\s+(?:are\s+|were\s+)?"
    r"(?P<who>(?:female\s+|male\s+)?(?:women|girls|men|boys|females|males))(?=\s*(?P<end>[,.;]|$))",
    re.I,
)
#: ", including 15,000 in Russia": a part of the cohort just read, at a place of its own.
_INCLUDING_AT = re.compile(
    rf",?\s*including\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?(?P<num>{NUMBER_RE})"
    r"(?:\s+[a-z]+){0,2}?\s+(?:at|in)\s+(?:the\s+)?",
    re.I,
)
_CLAUSE_END = re.compile(
    rf"[.;]|,\s*(?:while|and\s+(?:this|the|that))\b|,\s*(?:{NUMBER_RE})\s+of\s+(?:them|whom)\b"
    rf"|{_INCLUDING_AT.pattern.replace('(?P<num>', '(?:')}"
    # ", most of them at B": where a part is, not the whole
    r"|,\s*(?:most|many|half|some|all|the\s+majority|a\s+third|a\s+quarter)\s+of\s+(?:them|whom)\b"
    # ", and 120 students ...": the next count of a list opens a clause of its own
    rf"|(?<!\d),\s*(?:and\s+|while\s+|whereas\s+)?(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?:{NUMBER_RE})\s+(?!(?:from|of|more|in|at)\b)[a-z]"  # ", 20 from Peru" goes on with the same clause
    rf"|{_PART_FROM_HEAD.replace('(?P<num>', '(?:')}",
    re.I,
)
#: "..., 40 of them at B": a part of the cohort just read, at a place of its own.
_OF_THEM = re.compile(
    rf",\s*(?P<num>{NUMBER_RE})\s+of\s+(?:them|whom)\b[^.;,]{{0,30}}?\b(?:at|in)\s+(?:the\s+)?", re.I
)


def find_cohorts(doc: Doc) -> list[Cohort]:
    """Return mobility figures: counts of students or researchers at a place."""
    out: list[Cohort] = []
    lower = doc.text.lower()
    for n, sent in enumerate(doc.sentences):
        previous: Cohort | None = None  # the last cohort of this sentence
        for match in _cohort_matches(sent.text, lower[sent.start : sent.end]):
            count = parse_number(match.group("num"))
            if (
                count is None
                or _NOT_COHORT.search(sent.text[: match.start()])
                or _at_an_event(sent.text, match.start(), match.end())
                or _is_year(match.group("num"))
            ):
                continue
            start, end = sent.start + match.start(), sent.start + match.end()
            thing = _THING_FOR.match(match.group("who"))
            if thing is not None:
                # "500 places for students from Laos": a quota, planned; "14 dormitories for students": no one
                if thing.group("quota"):
                    _quota(doc, out, match, n, thing)
                continue
            at = _cohort_at(doc, n, start, end)
            there = _THERE.match(sent.text, match.end())
            if previous is not None and there and _NEXT_IN_LIST.search(sent.text, 0, match.start()):
                at = previous.at  # "64 teachers trained in Germany, and 120 students studied there"
            if (
                at is None
                and out
                and out[-1].evidence == doc.evidence(n)
                and _PART_OF.search(sent.text[: match.start()])
            ):
                at = out[-1].at  # "over 9,000 students, including some 800 foreign students"
            if at is None and previous is not None and _NEXT_IN_LIST.search(sent.text, 0, match.start()):
                at = previous.at  # "40 teachers went to Japan, 25 students did internships": the same place
            if at is None:
                # "90,000 citizens study abroad, including 15,000 in Russia": the part may have a place
                _part_of_nowhere(doc, out, match, n)
                continue
            stop = _clause_end(sent.text, match.end())
            clause = sent.text[match.start() : stop]
            who = " ".join(match.group("who").split())
            status = _status(clause)
            if status == "studying" and _PLANNED_HEAD.search(sent.text, 0, match.start()):
                status = "planned"  # "B will admit 50 students"
            elif status == "studying" and _DONE_HEAD.search(sent.text, 0, match.start()):
                status = "completed"  # "B has produced 5,000 graduates"
            cohort = Cohort(
                count, who, at, _from_country(who, sent.text[match.end() :]), status, doc.evidence(n)
            )
            out.append(cohort)
            previous = cohort
            _planned(doc, out, cohort, n, match.end())
            _asides(doc, out, cohort, n, match.end(), stop)
            _siblings(doc, out, cohort, n, match.end())
            _part_of_them(doc, out, cohort, n, stop)
        low = lower[sent.start : sent.end]
        if "number of" in low:
            _number_of(doc, out, n)
        if low.startswith(("among ", "of the ", "of its ", "of their ", "of them", "of these")):
            _among(doc, out, n)
        if ("stud" in low or "educat" in low or "enrol" in low) and _NO_COUNT_CUE.search(sent.text):
            _countless(doc, out, n)
    return out


#: "there" in the clause just after a count.
_THERE = re.compile(r"[^,.;]{0,40}?\bthere\b")
#: A count that follows another cohort's clause as the next item of a list: ", 25 students ...", "and 25 ...".
_NEXT_IN_LIST = re.compile(
    r"(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)(?:(?:some|about|around|over|more\s+than|nearly|another)\s+)?$",
    re.I,
)


#: A verb of planning just before a cohort's count: "B will admit | plans to host 50 students".
_PLANNED_HEAD = re.compile(
    r"\b(?:will|shall|plans?\s+to|planned\s+to|intends?\s+to|going\s+to|expected\s+to|is\s+to|are\s+to)\s+"
    r"(?:also\s+)?\w+(?:\s+in)?(?:\s+(?:its|their|the|another|first|new|up\s+to|about|around|some|over|more\s+than))*\s*$",
    re.I,
)


#: A verb of training done just before a cohort's count: "B has produced | trained 5,000 graduates".
_DONE_HEAD = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|also\s+)?(?:produced|prepared|graduated|trained|educated)"
    r"(?:\s+(?:its|their|the|some|about|around|over|more\s+than|nearly|almost))*\s*$",
    re.I,
)


def _asides(doc: Doc, out: list[Cohort], whole: Cohort, n: int, pos: int, stop: int) -> None:
    """ "90 students from Peru, 40 of them women, study at B": the women are a part of the cohort, at its place."""
    sent = doc.sentences[n]
    for match in _ASIDE.finditer(sent.text, pos, min(len(sent.text), stop + 80)):
        count = parse_number(match.group("num"))
        if count is not None and whole.count is not None and count < whole.count:
            who = " ".join(match.group("who").split())
            out.append(Cohort(count, who, whole.at, whole.from_country, whole.status, doc.evidence(n)))
        break


def _siblings(doc: Doc, out: list[Cohort], first: Cohort, n: int, pos: int) -> None:
    """ "30 students from Ghana and 15 from Togo": cohorts like the first, each from its own country."""
    sent = doc.sentences[n]
    match = _FROM_COUNTRY.match(sent.text, pos)
    while match is not None:
        sibling = _SIBLING.match(sent.text, match.end())
        count = parse_number(sibling.group("num")) if sibling else None
        if sibling is None or count is None:
            return
        country = country_of(re.sub(r"^the\s+", "", sibling.group("country")))
        out.append(Cohort(count, first.who, first.at, country, first.status, doc.evidence(n)))
        match = sibling


#: "Among the 300 participants of the summer school, 30 are from Ghana": a part of a group, at its place.
_AMONG = re.compile(
    rf"^(?:Among|Of)\s+(?:the|its|their|our)\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?P<total>{NUMBER_RE})\s+(?P<who>{_WHO})\b[^,;.]{{0,80}},\s*(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?P<num>{NUMBER_RE})\s+(?:are|were|come|came|is|was)\s+from\s+(?:the\s+)?(?P<where>[^,;.]{{1,40}})",
    re.I,
)


#: "Among them, 68 are from Kyrgyzstan": a part of the cohort the sentence before told of.
_AMONG_THEM = re.compile(
    r"^(?:Among|Of)\s+(?:them|these|those|whom)\s*,?\s*(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?P<num>{NUMBER_RE})\s+(?:are|were|come|came|is|was)\s+from\s+(?:the\s+)?(?P<where>[^,;.]{{1,40}})",
    re.I,
)


def _among(doc: Doc, out: list[Cohort], n: int) -> None:
    sent = doc.sentences[n]
    them = _AMONG_THEM.match(sent.text)
    if them is not None:
        _among_them(doc, out, n, them)
        return
    match = _AMONG.match(sent.text)
    if match is None:
        return
    count, total = parse_number(match.group("num")), parse_number(match.group("total"))
    if count is None or total is None or count >= total:
        return
    whole = next((c for c in out if c.evidence == doc.evidence(n) and c.count == total), None)
    at = whole.at if whole else None
    if at is None:
        i = doc.recent_org(sent.start + match.start("num"))
        at = doc.orgs[i].name if i is not None else None
    if at is None:
        return
    found = find_countries(match.group("where"))
    country = found[0][0] if found and found[0][1] == 0 else None
    who = " ".join(match.group("who").split())
    out.append(Cohort(count, who, at, country, "studying", doc.evidence(n)))


def _among_them(doc: Doc, out: list[Cohort], n: int, match: re.Match[str]) -> None:
    """A part of the last cohort, told in the sentence after it, from the country it names."""
    count = parse_number(match.group("num"))
    previous = doc.evidence(n - 1) if n > 0 else None
    whole = out[-1] if out and out[-1].evidence == previous else None
    if count is None or whole is None or whole.count is None or count >= whole.count:
        return
    found = find_countries(match.group("where"))
    country = found[0][0] if found and found[0][1] == 0 else None
    out.append(Cohort(count, whole.who, whole.at, country, whole.status, doc.evidence(n)))


def _part_of_them(doc: Doc, out: list[Cohort], whole: Cohort, n: int, pos: int) -> None:
    """ "..., 40 of them at B": a part of the cohort just read, where the text puts it;
    "..., including 200 from Estonia": a part at the same place, from one country."""
    sent = doc.sentences[n]
    part = _PART_FROM.match(sent.text, pos)
    count = parse_number(part.group("num")) if part else None
    if part is not None and count is not None and whole.at is not None:
        country = country_of(re.sub(r"^the\s+|(?:'s|’s)$", "", part.group("country")))
        out.append(Cohort(count, whole.who, whole.at, country, whole.status, doc.evidence(n)))
        return
    match = _OF_THEM.match(sent.text, pos) or _INCLUDING_AT.match(sent.text, pos)
    count = parse_number(match.group("num")) if match else None
    if match is None or count is None:
        return
    at = _place_at(doc, n, sent.start + match.end())
    if at is not None:
        out.append(Cohort(count, whole.who, at, whole.from_country, whole.status, doc.evidence(n)))


#: Words before who that make the count one of things: "14 dormitories for students", "5 agreements with
#: students"; places and seats for people are a quota.
_THING_FOR = re.compile(
    r"^(?:[\w’'\-]+\s+){0,2}?(?:(?P<quota>places|seats|vacancies|study\s+places)|[\w’'\-]+)\s+"
    r"(?:for|with|to|of|from|at|in|on|by)\s+(?P<who>.+)$",
    re.IGNORECASE,
)
#: A verb that gives places, before their count: "Russia allocated 500 places".
_ALLOCATED = re.compile(
    r"\b(?:allocat\w+|offer\w*|provid\w+|reserv\w+|grant\w*|sets?\s+aside|earmark\w*)\s+"
    r"(?:(?:up\s+to|about|around|some|over|more\s+than|another|an\s+additional|additional)\s+)?$",
    re.IGNORECASE,
)


def _quota(doc: Doc, out: list[Cohort], match: re.Match[str], n: int, thing: re.Match[str]) -> None:
    """ "Russia allocated 500 places for students from Laos": a planned cohort where the places are."""
    sent = doc.sentences[n]
    count = parse_number(match.group("num"))
    if count is None:
        return
    start, end = sent.start + match.start(), sent.start + match.end()
    head = sent.text[: match.start()]
    at = None
    if _ALLOCATED.search(
        head
    ):  # the giver is where the places are; "for students of A" names where they come from
        before = [m for m in doc.org_mentions_in(n) if m.start < start]
        countries = find_countries(head)
        if before:
            at = doc.orgs[max(before, key=lambda m: m.start).index].name
        elif countries:
            at = countries[-1][0]
    at = at or _cohort_at(doc, n, start, end)
    if at is None:
        return
    who = " ".join(thing.group("who").split())
    out.append(
        Cohort(count, who, at, _from_country(who, sent.text[match.end() :]), "planned", doc.evidence(n))
    )


def _part_of_nowhere(doc: Doc, out: list[Cohort], match: re.Match[str], n: int) -> None:
    """A cohort with no place ("study abroad") whose part has one: ", including 15,000 in Russia"."""
    sent = doc.sentences[n]
    if "including" not in sent.text:
        return
    count = parse_number(match.group("num"))
    if count is None:
        return
    stop = _clause_end(sent.text, match.end())
    who = " ".join(match.group("who").split())
    status = _status(sent.text[match.start() : stop])
    whole = Cohort(count, who, None, _from_country(who, sent.text[match.end() :]), status, doc.evidence(n))
    _part_of_them(doc, out, whole, n, stop)


def _part_from_pattern() -> re.Pattern[str]:
    from kgpart.extract.gazetteer import country_regex

    return re.compile(
        rf"{_PART_FROM_HEAD}(?P<country>{country_regex().pattern})"  # case-sensitive: the pattern needs capitals
    )


_PART_FROM = _part_from_pattern()


def _sibling_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from kgpart.extract.gazetteer import country_regex

    country = country_regex().pattern  # case-sensitive: the pattern needs capitals
    return (
        re.compile(rf"\s+from\s+(?:the\s+)?(?:{country})"),
        re.compile(
            rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
            rf"(?P<num>{NUMBER_RE})\s+(?:more\s+)?from\s+(?P<country>(?:the\s+)?(?:{country}))"
        ),
    )


_FROM_COUNTRY, _SIBLING = _sibling_patterns()


def _place_at(doc: Doc, n: int, pos: int) -> str | None:
    """The organisation or country named right at ``pos``."""
    for m in doc.org_mentions_in(n):
        if pos <= m.start <= pos + 4:
            return doc.orgs[m.index].name
    found = find_countries(doc.text[pos : pos + 60])
    return found[0][0] if found and found[0][1] <= 4 else None


#: "The number of <who> (from X) (in | at Y) has reached | exceeds | is N".
_NUMBER_OF = re.compile(
    rf"\bnumber\s+of\s+(?P<who>{_WHO})\b(?P<mid>[^.;]{{0,80}}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:reached|reaches|exceeds|exceeded|is|was|stands\s+at|stood\s+at|amounts\s+to|totals|totalled|"
    r"(?:(?:is|are)\s+expected\s+to|will|should|(?:is|are)\s+planned\s+to|is\s+to)\s+"
    r"(?:reach|exceed|grow\s+to|increase\s+to|rise\s+to|be\s+(?:increased|raised|brought)\s+to)|"
    r"(?:grew|increased|rose|grown|risen)\s+to)\s+(?:(?:more\s+than|over|about|around|almost|nearly|some)\s+)?"
    rf"(?P<num>{NUMBER_RE})\b",
    re.IGNORECASE,
)


def _number_of(doc: Doc, out: list[Cohort], n: int) -> None:
    sent = doc.sentences[n]
    for match in _NUMBER_OF.finditer(sent.text):
        count = parse_number(match.group("num"))
        if count is None or _is_year(match.group("num")):
            continue
        mid_start = sent.start + match.start("mid")
        mid = match.group("mid")
        orgs = [m for m in doc.org_mentions_in(n) if mid_start <= m.start < mid_start + len(mid)]
        places = [m for m in orgs if not _ORIGIN.search(doc.text, max(sent.start, m.start - 12), m.start)]
        at = doc.orgs[places[0].index].name if places else _country_went_to(mid)
        if at is None:
            continue
        who = " ".join(match.group("who").split())
        status = "planned" if re.search(r"\b(?:will|expected|planned)\b", sent.text) else "studying"
        out.append(Cohort(count, who, at, _from_country(who, mid), status, doc.evidence(n)))


def _cohort_matches(text: str, lower: str) -> list[re.Match[str]]:
    """``_COHORT.finditer(text)``, scanned on the lower-cased sentence where that is safe."""
    if len(lower) != len(text):  # lower() lengthened a rare letter: offsets would not agree
        return list(_COHORT.finditer(text)) if _WHO_ANY.search(text) else []
    if _WHO_ANY_LOWER.search(lower) is None:
        return []
    out = []
    for hit in _COHORT_LOWER.finditer(lower):
        match = _COHORT.match(text, hit.start())
        if match is not None:
            out.append(match)
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")


def _is_year(num: str) -> bool:
    return _YEAR.fullmatch(num.strip()) is not None


def _planned(doc: Doc, out: list[Cohort], base: Cohort, n: int, pos: int) -> None:
    """ "... and this number is planned to increase to 150,000": a planned cohort like the one before."""
    sent = doc.sentences[n]
    match = _PLANNED_MORE.search(sent.text, pos)
    if match:
        count = parse_number(match.group("num"))
        if count:
            out.append(Cohort(count, base.who, base.at, base.from_country, "planned", doc.evidence(n)))


def find_programmes(doc: Doc) -> list[Programme]:
    """Return programmes with a kind or a proper name, merged by kind within the article."""
    out: list[Programme] = []
    lower = doc.text.lower()
    for n, sent in enumerate(doc.sentences):
        split = (
            _SPLIT.finditer(sent.text) if sent.text.count("year") + sent.text.count("semester") >= 2 else ()
        )
        words = _PROGRAMME_WORDS.search(lower[sent.start : sent.end])
        if words is None and not split:
            continue  # every branch of _PROGRAMME and _SCHOLARSHIPS holds one of these
        places = _scholarships(doc, n) if words is not None else []
        regex = _programme_pattern(sent.text, lower[sent.start : sent.end]) if words is not None else None
        for match in (*(regex.finditer(sent.text) if regex is not None else ()), *split):
            name = _LEADING_WORD.sub("", match.group("name")).strip()
            name = _QUOTED.sub(r"\1", _TRAILING_AT.sub("", name))
            proper = _NAME_BEFORE.search(sent.text, 0, match.start())
            if proper and not name[:1].isupper() and not any(head_type(w) for w in proper.group(1).split()):
                name = f"{proper.group(1)}{name}"  # "the Stipendium Hungaricum scholarship programme"
            if name[:1].isupper() and any(head_type(w) for w in name.split()[:-1]):
                continue  # "the University programme": a name that names an institution
            if re.match(r"(?:years?|semesters?)\s", name):
                name = "split programme"  # "two years at A and two years at B"
            kind = _kind(name)
            named = name[:1].isupper()  # "Chevening scholarships": a name, not a class
            if name.startswith("branch") and MAYBE_OPENING.search(sent.text, 0, match.start()):
                continue  # "discussed the possibility of opening a branch campus": a topic
            if name.endswith("s") and not named and _TO_CREATE.search(sent.text, 0, match.start()):
                continue  # "to establish exchange programmes": a class of things wished for, not one that runs
            if name.endswith("s") and not named and (not doc.orgs_in(n) or any(p.kind == kind for p in out)):
                # "joint educational programmes" with no partner named, or "new double-degree programmes"
                # beside the one the article told of: a wish or a class, not (more of) a programme
                continue
            partners = _partners(doc, n, sent.start + match.end())
            participants = _participants(
                doc,
                n,
                match.end() if "internship" not in name else match.start(),
                match.start(),
                later=not places,
            )
            if participants.count is None and places:
                participants = places.pop(0).participants  # "200 scholarships under the X programme"
            _merge(out, Programme(name, kind, partners, participants, doc.evidence(n)))
        for place in places:
            _merge(out, place)
    return out


#: An opening only talked of: "the project of opening", "the potential opening of", "the possibility to open".
MAYBE_OPENING = re.compile(
    r"\b(?:project|possibility|possibilities|potential|prospects?|idea|issue|question|feasibility|option)\s+"
    r"(?:of\s+|for\s+|to\s+)?(?:the\s+)?(?:open|establish|launch|creat|set(?:ting)?\s+up)\w*",
    re.IGNORECASE,
)

#: A verb of creating in the clause before a programme in the plural: "would launch joint projects and exchange
#: programmes", "looks forward to establishing student exchange programmes".
_TO_CREATE = re.compile(
    r"\b(?:establish|launch|develop|creat|set(?:ting)?\s+up|open|introduc|organi[sz]|start|initiat)\w*\s+"
    r"[^,;:]{0,80}$",  # case-sensitive: "the Open University" names no verb
)

#: Capitalised words just before a programme's kind: its proper name ("the Stipendium Hungaricum").
_NAME_BEFORE = re.compile(
    r"(?<![\w’'])((?:(?!(?:The|This|That|These|Those|Under|In|Within|Through|For|During|Our|Its|Their|A|An|New)\b)"
    r"[A-Z][\w\-]*\+?\s+){1,3})$"
)

#: What every branch of _PROGRAMME and _SCHOLARSHIPS holds, in lower case (a fast scan of the folded text).
_PROGRAMME_WORDS = re.compile(
    r"program|internships|degree|diploma|summer\s|spring\s|winter\s|scholarship|fellowship|grants|joint|quota|"
    r"branch\s+campus|scheme|dual[\s\-]|double[\s\-]|tutelle|erasmus"
)


def _scholarships(doc: Doc, n: int) -> list[Programme]:
    """ "Twelve scholarships a year": places of a programme, to be told of as one of their own or as the size of the
    programme the sentence names."""
    sent = doc.sentences[n]
    out: list[Programme] = []
    for match in _SCHOLARSHIPS.finditer(sent.text):
        count = parse_number(match.group("num"))
        if count is None or _is_year(match.group("num")):
            continue
        who = " ".join(match.group("who").split())
        if who == "grants" and not _WHO_ANY.search(sent.text):
            continue  # research grants, not places for students
        partners = _partners(doc, n, sent.start + match.end())
        out.append(Programme(who, "exchange", partners, Participants(count, who), doc.evidence(n)))
    for match in _QUOTA.finditer(sent.text):
        count = parse_number(match.group("num"))
        if count is not None and not _is_year(match.group("num")):
            partners = _partners(doc, n, sent.start + match.end())
            who = match.group("who")
            out.append(Programme("quota", "exchange", partners, Participants(count, who), doc.evidence(n)))
    return out


#: "a quota of 30 places for students": the places of a programme of study for another country's students.
_QUOTA = re.compile(
    rf"\bquotas?\s+(?:of|for)\s+(?P<num>{NUMBER_RE})\s+(?P<who>places|seats|grants|scholarships|students)\b",
    re.IGNORECASE,
)


def _partners(doc: Doc, n: int, pos: int) -> list[str]:
    """Organisations of the sentence, those after "between" first; else the article's main one."""
    names = [doc.orgs[i].name for i in doc.orgs_in(n)]
    between = _BETWEEN.search(doc.sentences[n].text, pos - doc.sentences[n].start)
    if between is None and len(names) < 2 and doc.org_mentions:
        # a programme is run by the article's main institution when the sentence names no partners
        counts: dict[int, int] = {}
        for m in doc.org_mentions:
            if doc.orgs[m.index].type in ("University", "School", "ResearchInstitute"):
                counts[m.index] = counts.get(m.index, 0) + 1
        if counts:
            main = doc.orgs[max(counts, key=lambda i: (counts[i], -i))].name
            names += [main] if main not in names else []
    return names


def _participants(doc: Doc, n: int, pos: int, begin: int, *, later: bool = True) -> Participants:
    """Count and kind of participants: just before ("Six researchers completed internships"), or after.

    ``begin`` is where the programme's name starts, ``pos`` where to look for a count after it. With
    ``later``, the next two sentences are read too when they point back to the programme ("The programme
    admits 25 students a year"), never a count of the article at large ("The university has 28,000 students").
    """
    text = doc.sentences[n].text
    head = text[max(0, pos - 120) : pos]
    before = list(_COHORT.finditer(head))
    if before and re.match(r"(?:[\w\s]{0,40})internship", text[pos:], re.I):
        return Participants(parse_number(before[-1].group("num")), " ".join(before[-1].group("who").split()))
    # "Some 40 researchers took part in the summer school": the count is the subject
    lead = list(_COHORT.finditer(text[max(0, begin - 120) : begin]))
    if (
        len({m.group("num") for m in lead})
        == 1  # "14 students and 6 teachers came under the programme": no one count
        and _JOINED.search(text[max(0, begin - 120) : begin][lead[-1].end() :])
        and not _is_year(lead[-1].group("num"))
    ):
        return Participants(parse_number(lead[-1].group("num")), " ".join(lead[-1].group("who").split()))
    for k in range(n, min(n + 3 if later else n + 1, len(doc.sentences))):
        text = doc.sentences[k].text[pos if k == n else 0 :]
        if k > n and not _REFERS_BACK.search(text):
            continue
        match = _COHORT.search(text)
        if match and not _is_year(match.group("num")):
            return Participants(parse_number(match.group("num")), " ".join(match.group("who").split()))
    return Participants()


#: A sentence that goes on about the programme just named: "The programme admits ...", "It enrols ...",
#: "Under the programme, ...", "The agreement provides scholarships to ...".
_REFERS_BACK = re.compile(
    r"\b(?:the|this|that|each|every|its|under\s+the|through\s+the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:program(?:me)?|scheme|course|school|project|initiative|agreement|memorandum|scholarships?|fellowships?)\b"
    r"|^\W*(?:It|They|Its|Participants|Students|Graduates)\b",
    re.IGNORECASE,
)


_JOINED = re.compile(
    r"^[^,;]{0,20}?\b(?:took|take|takes|taking)\s+part\s+in|^[^,;]{0,20}?\b(?:participated|participate|"
    r"participates|enrolled|enrol|enroll|joined|join|attended|attend|completed|study|studied|are|were|"
    r"received|receive|receives|won|win|were\s+awarded|was\s+awarded|"
    r"graduated\s+from|graduate\s+from)\s+"
    r"(?:in|on|at|under)?\s*(?:the|this|a|its|their)?\s*$|^\s*(?:of|in)\s+(?:the\s+)?$"
    r"|^[^;]{0,100}?\b(?:under|within|through|thanks\s+to)\s+(?:the\s+framework\s+of\s+)?"
    r"(?:(?:the|an?|this|its|their)\s*)?$",  # "120 students have studied there under Erasmus+"
    re.IGNORECASE,
)


def _same_sort(old: Programme, new: Programme) -> bool:
    """A double degree or joint programme told twice, or two mentions of one sort of exchange ("exchange
    programme", "the exchange programmes"); not ten scholarships beside an exchange programme."""
    if new.kind in ("double-degree", "joint"):
        return True
    if new.kind == "other":
        return False
    return (
        old.name.split()[-1].rstrip("s") == new.name.split()[-1].rstrip("s") or old.evidence == new.evidence
    )


def _merge(out: list[Programme], new: Programme) -> None:
    for old in out:
        # "Students spend the first year at A and the second at B": how the joint programme told of runs
        split_of = new.name == "split programme" and old.kind in ("joint", "double-degree")
        if split_of and all(p in old.partners for p in new.partners):
            if old.participants.count is None:
                old.participants = new.participants
            return
        if old.kind == new.kind and (old.name == new.name or _same_sort(old, new)):
            old.partners += [p for p in new.partners if p not in old.partners]
            if old.participants.count is None:
                old.participants = new.participants
            return
    out.append(new)


# -- cohorts the text names without a number -------------------------------------------------------

#: A demonym used as an adjective: "Kazakh", "Egyptian", "South Korean" (case as written).
_DEMONYM = trie_pattern(sorted(demonyms()))
#: The plural group that studies: "students", "PhD students", "citizens" (with an origin only).
_GROUP = (
    r"(?i:(?:(?:international|young|foreign|talented)\s+)?(?:(?:PhD|doctoral|master[’']?s|graduate|undergraduate)\s+)?"
    r"(?:students|undergraduates|postgraduates|schoolchildren|pupils|cadets|citizens|nationals|youth))"
)
#: A study verb after the group: "studying in", "who are enrolled at", "receive education in".
_STUDY = (
    r"(?i:(?:,\s*)?(?:who\s+)?(?:(?:are|were|is|currently|now|also|still|already|will|can|could|would|may)\s+)*"
    r"(?P<verb>study|studies|studying|studied|enrolled|(?:receiv(?:e|es|ing)|get(?:s|ting)?|obtain(?:s|ing)?)"
    r"\s+(?:their\s+|higher\s+)?education|pursu(?:e|es|ing)\s+(?:their\s+)?(?:studies|education|degrees?))"
    r"\s+(?:at|in)\s+(?:the\s+)?)"
)
#: "Kazakh students studying in Hong Kong", "students from Egypt who study at B", "Kazakhs enrolled at B".
_NO_COUNT = re.compile(
    rf"\b(?:(?P<dem>{_DEMONYM})\s+{_GROUP}|(?P<nat>{trie_pattern([*_NATIONALS, *_IRREGULAR_NATIONALS])})"
    rf"|{_GROUP}\s+(?i:from|of)\s+(?:the\s+)?(?P<origin>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,2}}))\s+{_STUDY}"
)
#: "the possibility of studying at Kazakh universities for Egyptian students", "opportunities for
#: Kenyan students to study at B": a chance offered, so a planned cohort.
_CHANCE = re.compile(
    rf"(?i:possibilit(?:y|ies)|opportunit(?:y|ies)|chance)\s+(?:(?i:of|for)\s+(?:the\s+)?"
    rf"(?:(?:(?P<dem1>{_DEMONYM})\s+{_GROUP}\s+to\s+study)|(?i:studying))\s+(?:at|in)\s+(?:the\s+)?)"
)
_CHANCE_FOR = re.compile(rf"\s+for\s+(?:the\s+)?(?P<dem2>{_DEMONYM})\s+{_GROUP}\b")
#: A cheap gate before the patterns: a group word the construction needs.
_NO_COUNT_CUE = re.compile(
    r"\b(?:(?i:students|citizens|nationals|pupils|cadets|youth)|[A-Z]\w+s\s+(?:stud|enrol|are\s+stud))"
)
#: A number, or a quantity word, just before the group: the cohort has a count (read above) or a vague one.
_COUNTED_BEFORE = re.compile(
    rf"(?:(?<![\w,.]){NUMBER_RE}|number\s+of|hundreds|thousands|dozens|few)"
    r"\s+(?:of\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,3}$",
    re.I,
)
_PLACE_WORDS = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,3}")
_GENERIC_HOSTS = re.compile(
    rf"(?P<dem>{_DEMONYM})\s+(?:universities|higher\s+education\s+institutions|colleges)\b"
)


def _countless(doc: Doc, out: list[Cohort], n: int) -> None:
    """A group of one country's students studying at a place, with no number: a cohort of no count."""
    sent = doc.sentences[n]
    for match in _NO_COUNT.finditer(sent.text):
        if _COUNTED_BEFORE.search(sent.text, max(0, match.start() - 40), match.start()):
            continue
        if match.group("dem"):
            origin = country_of(match.group("dem"))
        elif match.group("nat"):
            origin = _from_country(match.group("nat"), "")
        else:
            found = find_countries(match.group("origin"))
            origin = found[0][0] if found and found[0][1] == 0 else None
        verb = match.group("verb").lower()
        status = (
            "planned"
            if re.search(r"\b(?:will|can|could|would|may)\b", match.group(0), re.I)
            else ("completed" if verb == "studied" else "studying")
        )
        _add_countless(doc, out, n, origin, match.end(), status)
    for match in _CHANCE.finditer(sent.text):
        dem = match.group("dem1")
        if dem is None:  # "the possibility of studying at B for Egyptian students"
            place_end = _place_end(doc, n, match.end())
            after = _CHANCE_FOR.match(sent.text, place_end) if place_end is not None else None
            dem = after.group("dem2") if after else None
        if dem is not None:
            _add_countless(doc, out, n, country_of(dem), match.end(), "planned")


def _place(doc: Doc, n: int, pos: int) -> tuple[str, int] | None:
    """The place named at ``pos`` of sentence ``n``: an organisation, "Kazakh universities", a country or city."""
    sent = doc.sentences[n]
    for m in doc.org_mentions_in(n):
        if 0 <= m.start - sent.start - pos <= 4:
            name = doc.orgs[m.index].name
            return name, pos + len(name)
    generic = _GENERIC_HOSTS.match(sent.text, pos)
    if generic is not None:
        return generic.group(0), generic.end()
    words = _PLACE_WORDS.match(sent.text, pos)
    if words is None:
        return None
    found = find_countries(words.group(0))
    if found and found[0][1] == 0:
        return found[0][0], pos + found[0][2]
    first = words.group(0).split()
    for k in range(min(3, len(first)), 0, -1):
        city = " ".join(first[:k])
        country = city_country(city)
        if country:  # "studying in Krakow": the city's country, as for counted cohorts
            return country, pos + len(city)
    return None


def _place_end(doc: Doc, n: int, pos: int) -> int | None:
    place = _place(doc, n, pos)
    return place[1] if place else None


def _add_countless(doc: Doc, out: list[Cohort], n: int, origin: str | None, pos: int, status: str) -> None:
    place = _place(doc, n, pos)
    if origin is None or place is None:
        return
    at = place[0]
    if country_of(at) == origin or country_of(at.split()[0]) == origin:
        return  # "Kazakh students studying in Kazakhstan | at Kazakh universities": no mobility
    if any(c.from_country == origin and (c.at or "").lower() == at.lower() for c in out):
        return  # the same group, counted or named already
    out.append(Cohort(None, "students", at, origin, status, doc.evidence(n)))
