"""Where a cohort is when the host is told before the count.

A subject with a verb of hosting ("B hosts | has | will admit 68 students", "B, which hosts ...", "B's
75 students"), an opening place ("At B, 200 students ..."), the head of an institution telling of its
own people ("The rector of B said 42 students ..."), "sent 30 and received 25", generic hosts ("Uzbek
universities host ..."), a country that hosts, and "the university" as the institution the article is
about (``_main_institution``).
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts.destinations import _country_went_to
from kgpart.extract.cohorts.words import _AT, _DEMONYM, _GONE
from kgpart.extract.doc import Doc, Mention
from kgpart.extract.gazetteer import find_countries
from kgpart.extract.numbers import NUMBER_RE

#: "The university (, founded in 1918,) has": the article's institution as the subject before the count.
_THE_UNIVERSITY_HAS = re.compile(
    r"\b(?:the|this|our)\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:university|institution|institute|academy|campus)\b"
    r"(?!\s+(?:of\b|(?-i:[A-Z])))"
    r"(?:,[^,]{1,40},|,\s*(?:which|that|where)\b)?[^,]{0,30}$",
    re.I,
)


#: "Its 42 students", "At the university, 42 students": the institution told of just before, by a pronoun or a noun.
_ITS_OR_AT_IT = re.compile(
    r"^\W*(?:(?:Its|Their)\s+|"
    r"(?:At|In)\s+(?:the|this|our)\s+(?:university|institute|academy|college)\s*,?\s*"
    r"(?:(?:there\s+(?:are|were)|today|now|currently|at\s+present)\s*,?\s*)*)$",
    re.I,
)


def _main_institution(doc: Doc, pos: int) -> str | None:
    """The institution named most often before ``pos`` (on a tie, the one a visit went to, else the first named):
    whom "the university" means in a press release."""
    counts: dict[int, int] = {}
    for m in doc.org_mentions:
        if m.start < pos and doc.orgs[m.index].type in ("University", "School", "ResearchInstitute"):
            counts[m.index] = counts.get(m.index, 0) + 1
    if not counts:
        i = doc.recent_org(pos)
        return doc.orgs[i].name if i is not None else None
    first: dict[int, int] = {}
    visited: set[int] = set()
    for m in doc.org_mentions:
        first.setdefault(m.index, m.start)
        if m.start < pos and _VISITED.search(doc.text, max(0, m.start - 20), m.start):
            visited.add(m.index)  # "The delegation of A visited B": the article is B's
    return doc.orgs[max(counts, key=lambda i: (counts[i], i in visited, -first[i]))].name


#: Just before the institution a visit went to: "visited (the)", "paid a visit to (the)".
_VISITED = re.compile(r"\b(?:visited|visit\s+to|visits)\s+(?:the\s+)?$", re.I)


def _host_country_before(head: str) -> str | None:
    """ "Japan hosts 4,000 students": a country before a verb of hosting."""
    found = find_countries(head)
    if not found:
        return None
    country, _, stop, _ = found[-1]
    return country if _HOST_VERB.match(head[stop:]) else None


#: "X hosts | has | enrolls 68 students": the organisation before the count is where they are.
_HOST_VERB = re.compile(
    r"^\s*(?:,[^,]{1,60},\s*)?"
    # "A was founded in 1960 and has 9,000 students", "A signed an agreement with the embassy and hosts 45"
    r"(?:[a-z][^,;.]{0,60}?\s+and\s+)?"
    r"(?:alone\s+)?(?:(?:currently|now|already|today|also|this\s+year)\s+)?"
    r"(?:(?:has|have|had)\s+(?:already\s+|also\s+)?(?=\w+ed\b))?"  # "has admitted"
    r"(?:(?:is|are|was|were)\s+(?:proud|pleased|happy|delighted|glad)\s+to\s+(?=welcome|host|receive)|)"
    # "thanked B for hosting 45 students": the host thanked
    r"(?:for\s+(?:hosting|training|educating|receiving|welcoming|admitting|accepting|teaching)|"
    r"hosts|host|hosted|has|had|have|enrol|enroll|admit|accept|receive|welcome|train|educate|enrolls|enrolled|enrols|admits|admitted|trains|trained|receives|received|"
    r"welcomes|welcomed|accepts|accepted|educates|educated|teaches|taught|employs|counts|houses|attracts|"
    r"attracted|produced|prepared|graduated|"
    r"(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?(?:training|hosting|educating|teaching|preparing)|"
    r"(?:(?:is|are|was|has\s+become|became|becomes)\s+)?(?:now\s+|currently\s+|also\s+)?"
    r"(?:a\s+(?:second\s+|new\s+)?)?home\s+(?:to|for)|(?:is|are|was|were)\s+attended\s+by)"
    # "A has 45 faculties, 12,000 students": other things counted first
    rf"(?:\s+(?:(?:about|over|some|more\s+than)\s+)?(?:{NUMBER_RE})\s+[a-z]+(?:\s+[a-z]+)?,)*"
    r"(?:\s+(?:its|their|the|a))?(?:\s+(?:first|new|next))?(?:\s+(?:cohort|intake|group|batch|total)\s+of)?\s*$"
    r"|^\s*(?:,[^,]{1,60},\s*)?(?:(?:also|now|next\s+year|this\s+year)\s+)?"
    r"(?:will|shall|plans?\s+to|planned\s+to|intends?\s+to|(?:is|are)\s+going\s+to|(?:is|are)\s+ready\s+to|"
    r"expects?\s+to|(?:is|are)\s+expected\s+to|is\s+to|are\s+to)\s+(?:also\s+)?"
    r"(?:host|admit|accept|receive|welcome|train|enrol|enroll|educate|take\s+in)(?:\s+(?:its|their|the|a))?"
    r"(?:\s+(?:first|new|next))?(?:\s+(?:cohort|intake|group|batch)\s+of)?(?:\s+(?:up\s+to|about|around|some|over|more\s+than))?\s*$",
    re.IGNORECASE,
)


#: "The rector of B said (that)": the head of an institution telling of its own people.
_HEAD_SAID = re.compile(
    r"\b(?:rector|vice-rector|president|vice-chancellor|chancellor|director|dean|head|provost|spokes(?:person|man|woman)|"
    r"representatives?)\s+of\s+(?:the\s+)?$",
    re.I,
)


_SAID_GAP = re.compile(
    r"^[^.;]{0,30}?\b(?:said|says|noted|notes|reported|stated|told|added|announced|informed|explained|stressed)\s+"
    r"(?:[\w\s]{0,20}?\s)?(?:that\s+)?(?:(?:currently|today|now|at\s+present|this\s+year),?\s+)*$",
    re.I,
)


#: A verb of saying just before the count: a cheap test before _SAID_GAP.
_SAID = re.compile(
    r"\b(?:said|says|noted|notes|reported|stated|told|added|announced|informed|explained|stressed)\b"
)


#: A verb of study in a cohort's clause, with no place after it: "had enrolled (this year)", "are studying".
_STUDIES = re.compile(
    r"^\s+(?:[\w\s]{0,30}?\s)?(?:study|studies|studying|enrolled|enrol(?:l)?ed|admitted|trained)\b", re.I
)


def _told_by_its_head(doc: Doc, n: int, start: int, tail: str) -> str | None:
    """ "The rector of B said 42 students from Chile had enrolled this year": they are at B."""
    if not _STUDIES.match(tail) or not _SAID.search(doc.text, max(doc.sentences[n].start, start - 50), start):
        return None
    before = [m for m in doc.org_mentions_in(n) if m.start < start]
    if not before or _GONE.search(tail) or _country_went_to(tail) or _AT.search(tail):
        return None  # "said 42 of its students study in Germany | abroad": elsewhere
    last = max(before, key=lambda m: m.start)
    org = doc.orgs[last.index]
    gap = doc.text[last.start : start]
    form = next(
        (f for f in sorted([org.name, *org.aliases], key=len, reverse=True) if gap.startswith(f)), None
    )
    if form is None or not _SAID_GAP.match(gap[len(form) :]):
        return None
    head_start = doc.sentences[n].start
    return org.name if _HEAD_SAID.search(doc.text, max(head_start, last.start - 40), last.start) else None


#: "B sent 30 students to A and received 25 (Japanese students)": the second verb's count is at the subject.
_AND_RECEIVED = re.compile(
    r"\b(?:and|while)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:received|hosted|welcomed|admitted|accepted)\s+"
    r"(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?$",
    re.I,
)


#: What may stand before a sentence's subject: "Since 2019", "Last year,", "In total,".
_SUBJECT_OPENER = re.compile(
    r"\W*(?:(?:Since|In|By|Last|This|Over|During)\b[^,;]{0,30}?,?\s+)?(?:the\s+)?$", re.I
)


def _opening_mention(doc: Doc, n: int, pos: int) -> Mention | None:
    """The mention of the organisation that opens sentence ``n`` as its subject, when it is named before ``pos``."""
    first = min(doc.org_mentions_in(n), key=lambda m: m.start, default=None)
    if (
        first is None
        or first.start >= pos
        or not _SUBJECT_OPENER.fullmatch(doc.text, doc.sentences[n].start, first.start)
    ):
        return None
    return first


def _subject(doc: Doc, n: int, pos: int) -> str | None:
    """The organisation that opens sentence ``n`` as its subject, when it is named before ``pos``."""
    first = _opening_mention(doc, n, pos)
    return doc.orgs[first.index].name if first is not None else None


def _subject_host(doc: Doc, n: int, start: int) -> str | None:
    """ "A, which cooperates with B, hosts 25 students", "A has agreements with B and C and hosts 60": the subject
    that opens the sentence hosts them, past an aside or a clause that names other organisations."""
    first = _opening_mention(doc, n, start)
    if first is None:
        return None
    end = _name_end(doc, first)
    if end is None:
        return None
    aside = _SUBJECT_ASIDE.match(doc.text, end, start)
    if aside is None or not _HOST_VERB.match(doc.text[aside.end() : start]):
        return None
    return doc.orgs[first.index].name


#: What may stand between a subject and its verb of hosting: ", which cooperates with B,", ", a partner of B,", " has
#: agreements with B and C and".
_SUBJECT_ASIDE = re.compile(
    r"\s*,\s*(?:which|that|a|an|the|one|founded|located|established|known|together|along|in)\b[^;:()]{0,160}?,"
    r"|\s+(?:has|have|had|signed|maintains|cooperates|works)\b[^;:,()]{0,160}?\s+and(?=\s)"
)


def _name_end(doc: Doc, m: Mention) -> int | None:
    """Where the name of the organisation mentioned at ``m`` ends (its longest form written there)."""
    org = doc.orgs[m.index]
    form = next(
        (
            f
            for f in sorted([org.name, *org.aliases], key=len, reverse=True)
            if doc.text.startswith(f, m.start)
        ),
        None,
    )
    return m.start + len(form) if form is not None else None


def _received_after_sending(doc: Doc, n: int, start: int) -> str | None:
    """ "B has sent 30 students to Japan and received 25 Japanese students": the 25 are at B."""
    sent = doc.sentences[n]
    if not _AND_RECEIVED.search(doc.text, max(sent.start, start - 60), start):
        return None
    return _subject(doc, n, start)


def _host_before(doc: Doc, n: int, start: int) -> str | None:
    """The organisation named last before the count at ``start`` (a text offset) in sentence ``n``, when the text
    between makes it the count's host: its verb ("B hosts 45"), a seat then the verb ("B in Poland hosts"), a
    relative clause ("visited B, where 42 students study", "B's 75 students"), or "B with 320 students" (people who
    came from elsewhere, or "at B with"); the subject when a helper stands between ("A, in cooperation with B,
    trains 45"). None otherwise, and for a programme of the two ("The joint programme of A and B enrols 40")."""
    before = [m for m in doc.org_mentions_in(n) if m.start < start]
    if not before:
        return None
    last = max(before, key=lambda m: m.start)
    if (
        len(before) > 1
        and "with " in doc.text[max(0, last.start - 12) : last.start]
        and _WITH_PARTNER.search(doc.text, max(0, last.start - 40), last.start)
    ):
        # "A, in cooperation with B, trains 45 engineers": A, the subject, hosts them; B helps
        host = _with_partner(
            doc, max((m for m in before if m is not last), key=lambda m: m.start), last, start
        )
        if host is not None:
            return host
    gap = doc.text[last.start : start]
    name = doc.orgs[last.index].name
    for form in sorted([name, *doc.orgs[last.index].aliases], key=len, reverse=True):
        if gap.startswith(form):
            gap = gap[len(form) :]
            break
    else:
        gap = re.sub(r"^[\w’'\-.&]+(?:\s+(?:of\s+|the\s+)*[A-Z][\w’'\-.&]*)*", "", gap)
    if gap.startswith((" (", ")")):  # "B (TLU) enrolled 45": its acronym or seat, then its verb
        gap = _BRACKET.sub("", gap, count=1)
    if " with" in gap[:8] and _WITH_COUNT.fullmatch(gap):
        # "study at A with 320 students", "A, with 900 students from Pakistan,": A's, when the count is of movers
        at_it = re.search(r"\b(?:at|in)\s+(?:the\s+)?$", doc.text[max(0, last.start - 8) : last.start])
        return name if at_it or _MOVERS.match(doc.text, start) else None
    seat = _IN_SEAT.match(gap) if gap.startswith(" in ") else None
    if seat is not None:  # "B in Poland hosts 45 students": the seat between the host and its verb
        gap = gap[seat.end() :]
    if not _HOST_VERB.match(gap):
        relative = _RELATIVE.match(gap)
        if relative is None:
            return None
        # "visited B, where 42 students from Chile study"; "visited B, which hosts 42 students"; "B's 75 students"
        if not (relative.group("where") or relative.group("own")) and not _HOST_VERB.match(
            gap[relative.end() :]
        ):
            return None
    if _PROGRAMME_OF.search(doc.text, doc.sentences[n].start, last.start):
        return None  # "The joint programme of A and B enrols 40 students": the programme's count, at neither
    return name


#: A bracket after an institution's name, or its closing bracket when the acronym inside is the mention read:
#: "B (TLU)", "B (Estonia)".
_BRACKET = re.compile(r"^(?:\s*\([^()]{1,40}\)|\))")


#: "A with", "A, with (some)": an institution and the count it holds.
_WITH_COUNT = re.compile(
    r"\s*,?\s+with\s+(?:(?:some|about|around|over|more\s+than|nearly|almost)\s+)?", re.IGNORECASE
)


#: A count of people who came from elsewhere: "900 students from Pakistan", "900 international | Kenyan students".
_MOVERS = re.compile(
    r"(?:(?:some|about|around|over|more\s+than|nearly|almost)\s+)?[\d,.]+\s+(?:(?:international|foreign|overseas|exchange|[A-Z][a-z]+)\s+\w+|\w+\s+from\s+(?:the\s+)?[A-Z])"
)


#: The seat told after an institution's name: " in Poland", " in Nizhny Novgorod".
_IN_SEAT = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?(?=\s+[a-z])")


#: Just before a partner named between the host and its verb: "A, in cooperation with | together with B, trains".
_WITH_PARTNER = re.compile(
    r"\b(?:in\s+(?:cooperation|collaboration|partnership)\s+with|together\s+with|jointly\s+with|along\s+with)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _with_partner(doc: Doc, host: Mention, partner: Mention, start: int) -> str | None:
    """``host``'s name when the text from it to the count at ``start`` is "A, in cooperation with B, <verb of
    hosting>"."""
    host_end, partner_end = _name_end(doc, host), _name_end(doc, partner)
    if host_end is None or partner_end is None:
        return None
    if not _WITH_GAP.fullmatch(doc.text, host_end, partner.start):
        return None
    return doc.orgs[host.index].name if _HOST_VERB.match(doc.text[partner_end:start].lstrip(",")) else None


#: What lies between a host and the partner named before its verb: ", in cooperation with the".
_WITH_GAP = re.compile(rf"\s*,?\s*{_WITH_PARTNER.pattern[:-1]}", re.IGNORECASE)


#: A relative clause on the institution just named: "B, which (currently) hosts", "B, where (there are) 42 ...".
_RELATIVE = re.compile(
    r"(?:\s*\([^()]{1,20}\)|\))?\s*,\s*(?:which|that)\b"
    r"|(?:\s*\([^()]{1,20}\)|\))?\s*(?:,\s*(?P<where>where|whose)|(?P<own>['’]s))\s+"
    r"(?:(?:there\s+(?:are|were)|currently|now|today|at\s+present)\s+)*$"
    # "visited B, home to 75 students"
    r"|(?:\s*\([^()]{1,20}\)|\))?\s*,(?=\s+(?:now\s+|currently\s+)?(?:a\s+(?:second\s+|new\s+)?)?home\s)",
    re.IGNORECASE,
)


#: A programme named before the institutions that run it: "the joint master's programme of | between A and".
_PROGRAMME_OF = re.compile(r"(?i:program(?:me)?|degree|scheme)\s+(?:of|between|with)\s+(?:the\s+)?[^,;]*$")


def _generic_host_before(head: str) -> str | None:
    """ "Uzbek universities currently host 1,200 students": a generic host as the subject of a verb of hosting."""
    if "universit" not in head and "institutions" not in head and "colleges" not in head:
        return None
    for match in _GENERIC_HOSTS.finditer(head):
        if _HOST_VERB.match(head[match.end() :]):
            return match.group(0)
    return None


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


_GENERIC_HOSTS = re.compile(
    # "Kazakhstan's universities": a country's own, by the possessive of its name
    rf"(?:(?P<dem>{_DEMONYM})|(?:(?:South|North|New|Saudi|Sri|Costa|El|East|West)\s+)?[A-Z][a-z]+['’]s)\s+(?:universities|higher\s+education\s+institutions|colleges)\b"
)


#: "Studying at B are 25 students": a verb of study and its place before the count, the verb "to be" after it.
_STUDYING_AT = re.compile(
    r"\b(?:studying|enrolled|training|working|employed|registered|pursuing\s+(?:their\s+)?(?:studies|degrees))\s+"
    r"(?:at|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: The verbs of _STUDYING_AT without their first letter (either case): a cheap test first.
_STUDYING_WORDS = ("tudying", "nrolled", "raining", "orking", "mployed", "egistered", "ursuing")


_ARE = re.compile(r"\s+(?:(?:currently|now|today|at\s+present|this\s+year)\s+)?(?:are|were|is)\s+"
                  r"(?:(?:currently|now|already)\s+)?$", re.IGNORECASE)  # fmt: skip


def _inverted(doc: Doc, n: int, start: int) -> str | None:
    """ "Studying at B are 25 students from Ghana": the institution named after a verb of study before the count."""
    sent_start = doc.sentences[n].start
    head = doc.text[sent_start:start]
    if not any(verb in head for verb in _STUDYING_WORDS):
        return None  # the common case, at the cost of a few substring tests
    before = [m for m in doc.org_mentions_in(n) if m.start < start]
    if not before:
        return None
    last = max(before, key=lambda m: m.start)
    if not _STUDYING_AT.search(doc.text, max(sent_start, last.start - 40), last.start):
        return None
    org = doc.orgs[last.index]
    gap = doc.text[last.start : start]
    form = next(
        (f for f in sorted([org.name, *org.aliases], key=len, reverse=True) if gap.startswith(f)), None
    )
    return org.name if form is not None and _ARE.fullmatch(gap, len(form)) else None
