"""Rules for what the sentences after a programme's tell of it: its count, its room, its partners.

A programme is often introduced in one sentence and counted in a later one. Each rule here is called by
``complete.complete_programmes`` on a sentence that holds no programme of its own, and completes the
programme of the sentences just before (or, for a first cohort, the one two-sided programme told):

- the programme named again with people it takes in ("The programme will admit 30 students", "Under the
  programme, 20 students ...", "The first intake of 25 ...");
- people counted as the subject ("Twenty students have enrolled so far", "Up to 15 students will be chosen
  each year", "Thirty students, 15 from each university, will take part"), or the body that takes them in
  ("The universities will admit up to 20 students a year", "B will accept 15 students from A", B a partner);
- the room it has ("up to 40 places a year", "Enrolment is capped at 30", "The number of participants will
  be 30");
- its partners ("The programme is a collaboration between A and B").
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts import is_year, parse_count
from kgpart.extract.cohorts.words import COUNT_RE
from kgpart.extract.doc import Doc
from kgpart.extract.numbers import NUMBER_RE
from kgpart.extract.programmes.counts import (
    COUNT,
    WHO,
    YEAR,
    capacity_of,
    planned_at,
    took_part_before,
    upper_count,
)
from kgpart.extract.programmes.partners import TWO_SIDED, sides_before
from kgpart.extract.programmes.wordings import REFERS_BACK, kind_of
from kgpart.extract.record import Meeting, Participants, Programme

#: A sentence that opens on a programme told of before: "The programme will admit 20 students a year",
#: "The new degree will enrol 30 students", "Since 2015, the programme has graduated 120 students". The verb
#: takes people in; a programme of a visit takes no one.
_TOLD_AGAIN = re.compile(
    r"^\W*(?:[A-Z][^,.;]{0,60},\s*)?(?:the|this)\s+(?:(?:new|joint|double|dual|two-year|four-year|one-year)[\s\-]+)*"
    r"(?P<name>(?:(?:master[’']?s|bachelor[’']?s|doctoral|degree|exchange|scholarship)\s+)?"
    r"(?:program(?:me)?|degree|scheme|(?P<body>laborator(?:y|ies)|lab|centre|center|institute|school|course|initiative)))\s+"
    r"(?:(?:will|would|is\s+to|shall|can|also|now|already|annually|currently|each\s+year|every\s+year)\s+)*"
    r"(?:admits?|admitted|enrol(?:l|ls|s)?|enrolled|accepts?|accepted|hosts?|hosted|trains?|trained|covers?|"
    r"covered|involves?|involved|welcomes?|welcomed|takes?\s+in|took\s+in|brings?|brought|allows?|allowed|enables?|"
    r"enabled|sends?|sent|supports?|supported|funds?|funded|sponsors?|sponsored|serves?|served|"
    r"(?:is|are|was|were)\s+(?:open|designed|intended)\s+(?:to|for)|has\s+(?:already\s+|so\s+far\s+)?(?:admitted|"
    r"enrolled|trained|involved|welcomed|hosted|brought|graduated|produced|had|benefited))\b",
    re.IGNORECASE,
)


#: "The first cohort of 15 students will begin in the autumn", "The first 20 students will start in January": the
#: size of the programme told of just before.
_FIRST_INTAKE = re.compile(
    r"^\W*(?:(?:[A-Z][^,.;]{0,40},\s*)?(?:the|a|an|its)\s+(?:first|initial|inaugural|pilot)|the\s+(?:next|new)"
    r"|(?=(?:each|every)\s+(?:cohort|intake|group|batch|class)))\s*"  # "Each intake will comprise 20 students"
    r"(?:(?:each|every)\s+)?(?:(?:cohort|intake|group|batch|class|enrolment|enrollment)\s+(?:of\s+)?)?(?=\w)",
    re.IGNORECASE,
)


_INTAKE_WORD = re.compile(r"(?i:cohort|intake|group|batch|class|enrol)")


def _first_cohort_anywhere(doc: Doc, n: int, out: list[Programme]) -> None:
    """ "Applications open in September, and eight candidates will be selected for the first cohort": the one count of
    people of a sentence naming a first cohort is the size of the one two-sided programme told before with none."""
    text = doc.sentences[n].text
    low = text.lower()
    if (
        not any(word in low for word in ("first", "initial", "inaugural", "pilot"))
        or _FIRST_OF_ANY.search(text) is None
    ):
        return
    counted = [
        m
        for m in COUNT.finditer(text)
        if not YEAR.fullmatch(m.group("num").strip()) and parse_count(m.group("num"))
    ]
    told = [p for p in out if p.kind in TWO_SIDED and p.participants.count is None]
    if len({parse_count(m.group("num")) for m in counted}) != 1 or len(told) != 1:
        return
    ev = told[0].evidence
    if ev is not None and doc.sentence_at(ev.start) < n:
        told[0].participants = Participants(
            upper_count(text, counted[0]), " ".join(counted[0].group("who").split())
        )


#: A first cohort named anywhere in a sentence.
_FIRST_OF_ANY = re.compile(
    r"\b(?:first|initial|inaugural|pilot)\s+(?:cohort|intake|batch|group|class)\b", re.I
)

#: A sentence that opens "Under the programme, ...": what follows is the programme's.
_UNDER_PROGRAMME = re.compile(
    r"^\W*(?:[A-Z][^,.;]{0,40},\s*)?(?:under|within|through|as\s+part\s+of)\s+(?:the\s+framework\s+of\s+)?"
    r"(?:the|this)\s+(?:new\s+|joint\s+)?(?P<name>program(?:me)?|scheme)\b\s*,?",
    re.IGNORECASE,
)


#: "The programme is a collaboration between A and B": the partners of the programme of the sentence before (or of
#: the one this sentence names).
_COLLABORATION = re.compile(
    r"^\W*(?:The|This|That|It|Its)\s+(?:new\s+)?(?:[\w\-’']+\s+){0,3}?(?P<name>program(?:me)?|degree|course|school|scheme)?"
    r"\s*(?:is|will\s+be|was|has\s+been)\s+(?:run\s+as\s+|offered\s+as\s+)?(?:a|an)\s+(?:joint\s+)?"
    r"(?:collaboration|partnership|cooperation|joint\s+(?:initiative|project|undertaking|effort|venture))\s+"
    r"(?:between|of|with)\s",
)


def collaboration(doc: Doc, n: int, out: list[Programme]) -> list[Programme]:
    """ "The programme is a collaboration between A and B": A and B run the programme told just before, or the one the
    sentence names when none was told."""
    sent = doc.sentences[n]
    match = _COLLABORATION.match(sent.text)
    if match is None:
        return []
    pos = sent.start + match.end()
    partners = list(dict.fromkeys(doc.orgs[m.index].name for m in doc.org_mentions_in(n) if m.start >= pos))
    if not partners:
        return []
    last = _last_alone(doc, n, out)
    if last is not None:
        last.partners += [p for p in partners if p not in last.partners]
        return []
    if match.group("name") is None or len(partners) < 2:
        return []
    return [Programme(match.group("name").lower(), "joint", partners, Participants(), doc.evidence(n))]


def told_again(doc: Doc, n: int, out: list[Programme], meetings: list[Meeting]) -> list[Programme]:
    """ "The programme will admit 20 students": the count of the programme told of in the sentences just
    before; when none was, a programme of the two institutions named just before (an agreement's)."""
    sent = doc.sentences[n]
    match = (
        _TOLD_AGAIN.match(sent.text) or _FIRST_INTAKE.match(sent.text) or _UNDER_PROGRAMME.match(sent.text)
    )
    if match is None:
        _first_cohort_anywhere(doc, n, out)
        _body_has(doc, n, out)
        return []
    counted = [
        m
        for m in COUNT.finditer(sent.text, match.end())
        if not YEAR.fullmatch(m.group("num").strip()) and parse_count(m.group("num"))
    ]
    room = None if counted else capacity_of(sent.text)
    if not counted and (
        room is None
        or match.re is not _FIRST_INTAKE
        or not _INTAKE_WORD.search(sent.text, 0, match.end() + 25)  # "The first 18-student cohort"
    ):
        # "The new hall has 300 places" is room of no intake; "The programme offers 40 places" is read by room_next
        return []
    participants = (
        Participants(upper_count(sent.text, counted[0]), " ".join(counted[0].group("who").split()))
        if counted
        else room or Participants()
    )
    before = [p for p in out if p.evidence is not None and n - 3 <= doc.sentence_at(p.evidence.start) < n]
    if not before and match.re is _FIRST_INTAKE:
        # "The first intake of 20 students is planned for 2025": the new programme the article told of, however far
        # back it was first named (a headline), when it is the one programme of two sides with no count
        told = [p for p in out if p.kind in TWO_SIDED and p.participants.count is None]
        ev = told[0].evidence if len(told) == 1 else None
        before = told if ev is not None and doc.sentence_at(ev.start) < n else []
    if before:
        if before[-1].participants.count is None:
            before[-1].participants = participants
        return []
    sides = sides_before(doc, n, meetings)
    if len(sides) != 2 or match.re is _FIRST_INTAKE or match.groupdict().get("body"):
        # "The laboratory will host ten PhD students": the places of a joint body told of just before, never a programme
        # of its own
        return []  # "the first cohort of 15 students" tells the size of a programme named before, never one of its own
    name = match.group("name").lower()
    kind = "double-degree" if name == "degree" else kind_of(name)
    return [Programme(name, kind, sides, participants, doc.evidence(n))]


#: A joint body told just before, counted by who it has: "The institute currently has 600 students".
_BODY_HAS = re.compile(
    r"^\W*(?:[A-Z][^,.;]{0,40},\s*)?(?:the|this)\s+(?:joint\s+|new\s+)?(?P<head>institute|centre|center|laboratory|lab|"
    r"campus|faculty|college)\s+(?:(?:currently|now|already|today|also)\s+)*(?:has|counts|unites|brings\s+together)\s",
    re.IGNORECASE,
)


def _body_has(doc: Doc, n: int, out: list[Programme]) -> None:
    """ "A and B opened a joint institute of engineering. The institute currently has 600 students.": the one count of
    people of the sentence is the joint body's, when the programme just before is that body (not "The institute has
    12,000 students" after a double degree of an institute named so: its size)."""
    text = doc.sentences[n].text
    match = _BODY_HAS.match(text)
    last = _last_alone(doc, n, out) if match is not None else None
    if last is None or last.participants.count is not None or match is None:
        return
    if match.group("head").lower() not in last.name.lower():
        return
    counted = {
        parse_count(m.group("num")): m
        for m in COUNT.finditer(text, match.end())
        if not YEAR.fullmatch(m.group("num").strip()) and parse_count(m.group("num"))
    }
    if len(counted) == 1:
        count, found = next(iter(counted.items()))
        last.participants = Participants(count, " ".join(found.group("who").split()))


#: A sentence that opens on people counted as taken in: "Up to 15 students will be selected each year", "Twenty
#: students have enrolled so far", "Each year, 12 students will take part". Not "A further 12 students will join": more
#: people on top of a count told before.
_ADMITTED = re.compile(
    r"^\W*(?:[A-Z][^,.;]{0,40},\s*|(?:Currently|Now|Today|At\s+present|This\s+year|So\s+far|To\s+date)\s+)?"
    r"(?:(?:up\s+to|about|around|some|over|more\s+than|at\s+least|a\s+maximum\s+of|a\s+total\s+of|as\s+many\s+as|"
    r"an?\s+(?:group|batch|team)\s+of)\s+)?"
    rf"(?P<num>{COUNT_RE})\s+(?P<who>(?:[\w\-’']+\s+){{0,2}}?{WHO})\s*"
    # "Thirty students, 15 from each university, will ...", "Forty students from B will ..."
    r"(?:[,(–—]\s*[^,;()–—]{1,50}[,)–—]\s*|\s(?:from|of)\s+(?:the\s+)?(?:each\s+|both\s+)?"
    rf"(?:[A-Z\d]|(?:{NUMBER_RE}|several|many)\s)[^,;.]{{0,60}}?\s+|\s(?:in\s+total|in\s+all)\s+|\s)"
    r"(?:(?:a|per|each|every)\s+(?:year|semester|intake)\s+|annually\s+)?"
    # "More than 80 participants from 15 countries attended.": people who took part, told with no auxiliary, the
    # sentence ending there (not "attended the opening ceremony": an audience)
    r"(?:(?:attended|took\s+part|participated|enrolled|registered|signed\s+up)(?=\s*(?:[.;]|$|,?\s+(?:in|this|last|"
    r"so\s+far|to\s+date)\b))|"  # (the group closes after the verbs below)
    r"(?:will|are|were|can|may|shall|is|would|have|has|had)\s+(?:(?:each|every)\s+year\s+|annually\s+|already\s+|so\s+far\s+)?"
    r"(?:(?:expected|set|due|planned|scheduled|likely)\s+to\s+)?(?:be\s+able\s+to\s+)?(?:be\s+|been\s+)?"
    r"(?:the\s+first\s+to\s+\w+|selected|chosen|admitted|enrolled|enrol|enroll|accepted|recruited|nominated|join|joined|"
    r"take\s+part|taken\s+part|taking\s+part|participate|participated|participating|joining|signed\s+up|"
    r"registered|start|started|begin|begun|sent|"
    r"study|studied|benefit|benefited|benefitted|receive|received|awarded|trained|hosted|be\s+able\s+to\s+study|graduated|"
    r"spend|spent|go|went|gone|travel|travelled|traveled|come|came|leave|left|move|moved|"
    r"attend(?!\w*\s+(?:the|a|an|this)\s+(?:[\w\-]+\s+){0,2}?(?:ceremony|lecture|meeting|event|conference|forum|"
    r"signing|presentation|seminar|opening|concert|festival))\w*))\b",
    re.IGNORECASE,
)


#: A sentence whose subject takes people in: "The universities will admit up to 20 students a year", "Starting next
#: year, B will accept 15 students from A" (B one of the programme's partners), "Each side will host ten students".
_TAKES_IN = re.compile(
    r"^\W*(?:[A-Z][^,.;]{0,40},\s*)?(?:(?:the|both|each|every|all)\s+(?:two\s+|three\s+|partner\s+)?(?:universities|"
    r"university|institutions|institution|sides|side|partners|partner|parties|schools)|they|it|(?-i:[A-Z])[^,.;\d]{2,80}?)\s+"
    r"will\s+(?:(?:each|every)\s+year\s+|annually\s+|initially\s+|jointly\s+|also\s+)?"
    r"(?:admit|accept|enrol|enroll|select|recruit|host|receive|welcome|take\s+in|train)\s+"
    r"(?:(?:up\s+to|about|around|some|at\s+least|a\s+maximum\s+of|as\s+many\s+as|a\s+total\s+of)\s+)?"
    rf"(?P<num>{COUNT_RE})\s+(?P<who>(?:[\w\-’']+\s+){{0,2}}?{WHO})\b",
    re.IGNORECASE,
)


_FROM = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?$")


#: "Of the 40 applicants, 12 were admitted": the people taken in, of more who applied.
_OF_THE_APPLICANTS = re.compile(
    rf"^\W*Of\s+(?:the\s+)?(?:[\w,’']+\s+){{1,3}}?(?P<who>applicants|candidates|students|nominees),\s*(?P<num>{NUMBER_RE})\s+"
    r"(?:were|have\s+been|will\s+be|are)\s+(?:admitted|selected|accepted|enrolled|chosen|shortlisted)\b",
    re.IGNORECASE,
)


def admitted_next(doc: Doc, n: int, out: list[Programme]) -> None:
    """ "A establishes a double degree with B. Up to 15 students will be selected each year.": the count of the
    programme of the two sentences just before, when it has none (the nearest one, when it is alone in its sentence).
    Counts are read as the cohort readers read them: "Some two dozen students are expected to take part" is 24."""
    text = doc.sentences[n].text
    match = _ADMITTED.match(text) or _OF_THE_APPLICANTS.match(text)
    takers: set[str] = set()
    if match is None and " will " in text:
        match = _TAKES_IN.match(text)
        takers = {doc.orgs[i].name for i in doc.orgs_in(n)}
    if match is None or is_year(match.group("num")) or not parse_count(match.group("num")):
        return
    for k in (n - 1, n - 2):
        before = [p for p in out if p.evidence is not None and doc.sentence_at(p.evidence.start) == k]
        if before:
            break
    if takers and (len(before) != 1 or not takers <= set(before[0].partners)):
        return  # "C will admit 30 students from D": people another body takes in, not the programme's
    if len(before) == 1 and before[0].participants.count is None:
        if took_part_before(text) and _planned(doc, before[0]):
            return  # "A and B will launch a double degree. So far, 120 students have studied at B": people before it
        who = " ".join(match.group("who").split())
        before[0].participants = Participants(upper_count(doc.sentences[n].text, match), who)
        if len(before[0].partners) == 1:
            # "A will host a summer school. Forty students from B will attend.": B is the other side
            at = doc.sentences[n].start + match.end("who")
            sent_from = [m for m in doc.org_mentions_in(n) if at <= m.start <= at + 12]
            if sent_from and _FROM.match(doc.text, at, sent_from[0].start):
                name = doc.orgs[sent_from[0].index].name
                before[0].partners += [name] if name not in before[0].partners else []


def _planned(doc: Doc, prog: Programme) -> bool:
    """True when the sentence of ``prog`` tells it as planned ("A and B will launch a double degree")."""
    if prog.evidence is None:
        return False
    text = doc.sentences[doc.sentence_at(prog.evidence.start)].text
    return planned_at(text, max(text.find(prog.name), 0))


def _last_alone(doc: Doc, n: int, out: list[Programme]) -> Programme | None:
    """The programme told alone in the nearest of the two sentences before ``n``, when there is one."""
    for k in (n - 1, n - 2):
        before = [p for p in out if p.evidence is not None and doc.sentence_at(p.evidence.start) == k]
        if before:
            return before[0] if len(before) == 1 else None
    return None


def room_next(doc: Doc, n: int, out: list[Programme]) -> None:
    """ "A and B set up a double degree. The programme offers up to 40 places a year." / "Enrolment is capped at 30.":
    the room a sentence pointing back gives the programme of the two sentences before, when it has no count."""
    text = doc.sentences[n].text
    last = _last_alone(doc, n, out)
    if last is None or last.participants.count is not None:
        return
    room = capacity_of(text)
    if room is None:
        return
    back = REFERS_BACK.search(text)
    head = last.name.split()[-1].lower()
    if (
        (back is None or back.start() > 40)
        and not _ROOM_FIRST.match(text)
        and f"the {head}" not in text.lower()
        and not _FIRST_OF.search(text)
    ):
        return  # no pointing back: not the programme's, nor "the laboratory" of "a joint laboratory"
    last.participants = room


#: The size of a first intake, anywhere in the sentence: "Classes begin in September with a first intake of 25".
_FIRST_OF = re.compile(
    r"\b(?:first|initial|inaugural|pilot|opening)\s+(?:intake|cohort|batch|group|class)\s+of\b", re.IGNORECASE
)

#: A sentence that opens on a programme's room: "Enrolment is capped at 30", "Up to 40 places are available", "The first
#: intake of 25 arrives in September".
_ROOM_FIRST = re.compile(
    r"^\W*(?:[A-Z][^,.;]{0,40},\s*)?(?:(?:the|its|each|every|a|an)\s+)?(?:(?:first|initial|inaugural|pilot|annual|yearly)\s+)?"
    r"(?:enrolment|enrollment|intake|admissions?|capacity|number\s+of|cohort|batch|places|seats|(?:up\s+to|about|some)\s+"
    r"\S+\s+(?:[\w\-]+\s+){0,2}?(?:places|seats|slots|spots|openings|vacancies)|\S+\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:places|seats|slots|spots|openings|vacancies)"
    # "Applications are invited for 20 places", "There will be 25 places for the first intake"
    r"|applications?\s+(?:are|is|will\s+be)\s+(?:now\s+)?(?:invited|accepted|open)|there\s+(?:are|is|will\s+be))\b",
    re.IGNORECASE,
)
