"""Counts of people that are no cohort, and the tests that set them aside.

An audience at an event ("80 students attended the lecture"), an institution's own size ("employs
2,300 staff", "45,000 alumni"), a programme's numbers ("the mobility of 12 students", "12 graduates were
awarded scholarships", "25 students every year"), places for people ("500 places for students") and
"50 of them" (a part, read with its whole). ``find_cohorts`` asks these before it reads a place.
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts.clauses import _clause_end
from kgpart.extract.cohorts.words import _from_country
from kgpart.extract.patterns import AsciiFolded

_NOT_COHORT = re.compile(
    r"\b(?:involving|scholarships?\s+to|per\s+(?:year|academic)|each\s+year|delegation\s+(?:of|consisting\s+of)|"
    # "the mobility | exchange of 12 students", "will support | fund 10 researchers": a programme's numbers
    r"(?:(?:mobility|exchanges?)\s+of|(?:support|fund|sponsor|financ)\w*(?:\s+the\s+\w+\s+of)?)"
    r"(?:\s+(?:up\s+to|about|around|some|over|more\s+than))?)\s*$",
    re.I,
)
_NOT_COHORT_FOLDED = AsciiFolded(_NOT_COHORT)


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
    rf"(?:\b{_EVENT}(?:\s+(?:at|in|of|on)\s+[^,;.]{{1,60}}?)?\s+(?:was\s+|were\s+)?(?:also\s+)?attended\s+by"
    r"(?:[^.;]{0,80}?(?:,|\band))?|"
    r"\b(?:met|meets|meet|meeting|talked|spoke|speaking|conversation)\s+with|\b(?:addressed|greeted|lectured|met)|"
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
_EVENT_HEAD_CUES = (
    "attended",
    "with",
    "addressed",
    "greeted",
    "lectured",
    "met",
    "front",
    "presence",
    "for",
    "to",
)


_EVENT_TAIL_CUES = ("attend", "part", "participat", "gathered", "joined", "listened", "watched", "visited")


#: Who an institution counts as its size: its staff, its employees, its alumni.
_A_TOTAL = re.compile(
    r"\b(?:staff|staff\s+members|members\s+of\s+staff|employees|alumni|professors|lecturers|faculty\s+members|"
    r"academics|researchers|scientists|teachers)$",
    re.I,
)


#: "has | employs | counts 2,300 (staff)", "a staff of 2,300", "with 2,300": the count is the institution's own.
_PAYROLL_HEAD = re.compile(
    r"\b(?:has|have|had|employs|employed|employing|counts|boasts|with|totals?|of)\s+"
    r"(?:(?:about|around|some|over|more\s+than|nearly|almost|a\s+total\s+of)\s+)?$",
    re.I,
)


def _alumni_or_payroll(text: str, match: re.Match[str]) -> bool:
    """True when a count of staff or alumni with no country is the institution's size, not people who moved."""
    who = match.group("who")
    if not _A_TOTAL.search(who) or _from_country(who, text[match.end() :]):
        return False
    if who.lower().endswith("alumni"):
        return True
    head = text[max(0, match.start() - 40) : match.start("num")]
    return _PAYROLL_HEAD.search(head) is not None


#: Who a programme counts but a cohort does not: officials and professionals on short courses.
_NOT_STUDENTS = re.compile(r"\b(?:officials|professionals)\b", re.IGNORECASE)


#: After a count: "were awarded | have received | won (government) scholarships": winners of places.
_AWARDED = re.compile(
    r"[^,;.]{0,40}?\b(?:(?:were|have\s+been|had\s+been|will\s+be|are)\s+(?:awarded|granted|offered|given)|"
    r"(?:have\s+|had\s+)?(?:received|won|obtained|secured|got)|will\s+(?:receive|get))\s+"
    r"(?:[\w’'\-]+\s+){0,4}?(?:scholarships?|fellowships?|grants?|stipends?|bursaries)\b",
    re.IGNORECASE,
)
_AWARDED_FOLDED = AsciiFolded(_AWARDED)


#: What makes a yearly flow a programme's places: the programme, its agreement, or the giver's sponsoring (also
#: ``plans``: a planned intake's sentence names a programme or an agreement).
A_PROGRAMME = re.compile(
    r"(?i:program|scholarship|fellowship|grant|protocol|agreement|memorand|\bMoU|sponsor|quota|exchange|mobility)"
)


#: A flow each year: "every (academic) year", "each year", "annually", "per year", "per annum".
_EACH_YEAR = re.compile(
    r"\b(?:(?:every|each|per)\s+(?:academic\s+)?year|annually|yearly|per\s+annum)\b", re.IGNORECASE
)
_EACH_YEAR_FOLDED = AsciiFolded(_EACH_YEAR)


#: "12 students a year": the count's own rate, just after who.
_A_YEAR = re.compile(r"\s+a\s+year\b", re.IGNORECASE)


#: A sentence opening on the year's rate, the count in the clause after it.
_EACH_YEAR_OPENS = re.compile(
    r"\W*(?:(?:Every|Each)\s+(?:academic\s+)?year|Annually|Yearly)\s*,[^,;:]*$", re.IGNORECASE
)


def _yearly(text: str, start: int, end: int) -> bool:
    """True when a count is of people each year ("sends 25 students every year", "Each year, 60 students are
    admitted", "12 students a year"): the places of a programme, a flow, not people at a place."""
    if "ear" not in text and "nnual" not in text and "annum" not in text:
        return False  # no year named: the common case, at no cost
    if _A_YEAR.match(text, end):
        return True
    opened = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start))
    head = text[opened + 1 : start]
    if _EACH_YEAR_FOLDED.search(head) or _EACH_YEAR_OPENS.match(text, 0, start):
        return True  # "Each year, 60 students are admitted"
    comma = text.find(",", end)
    stop = min(_clause_end(text, end), comma if comma >= 0 else len(text))
    return (
        _EACH_YEAR_FOLDED.search(text, end, stop) is not None
    )  # "and their number grows every year": the whole


#: Who a count names when it is a part of the cohort before: "50 of them are girls".
_OF_THEM_WHO = re.compile(r"of\s+(?:them|whom|these|those)\b", re.IGNORECASE)


#: Words before who that make the count one of things: "14 dormitories for students", "5 agreements with
#: students", "500 places (annually) for students" (a programme's places).
_THING_FOR = re.compile(
    r"^(?:[\w’'\-]+\s+){0,2}?(?:(?:places|seats|vacancies|study\s+places)(?:\s+(?:annually|yearly))?"
    r"|(?!members\b|group\b|cohort\b|contingent\b|batch\b|team\b)[\w’'\-]+)\s+"
    r"(?:for|with|to|of|from|at|in|on|by)\s+(?P<who>.+)$",
    re.IGNORECASE,
)
_THING_FOR_FOLDED = AsciiFolded(_THING_FOR)


#: A programme, by its noun: "the double degree programme", "the Erasmus+ exchange", "the summer school".
_PROGRAMME_NOUN = (
    r"(?:programmes?|programs?|schemes?|exchanges?|scholarships?|fellowships?|Erasmus\+?|"
    r"(?:summer|winter|spring|autumn)\s+(?:school|camp|academy|institute)s?)"
)


#: A programme as the subject whose verb takes the count: "the programme will cover | has involved 50",
#: "the summer school at B brought together 40".
_PROGRAMME_TAKES = re.compile(
    rf"(?:^\W*|\b(?:the|this|its|their|our|a|an)\s+)(?:[\w’'+\-]+\s+){{0,4}}?{_PROGRAMME_NOUN}\b"
    # "the summer school at B": the programme's place or owners between it and its verb
    r"(?:\s+(?:at|of|in|for|with|between|organi[sz]ed\s+by|run\s+by)\s+(?:(?!\band\b)[^,;.]){1,60}?)?"
    r"\s+(?:(?:will|has|have|had|is\s+to|already|also)\s+)*"
    r"(?:(?:(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+)?(?:attended\s+by|joined\s+by|"
    r"(?:awarded|granted|given|offered)\s+to)|consist(?:s|ed)?\s+of|compris(?:e|es|ed)|cover(?:s|ed)?|involv(?:e|es|ed)|includ(?:e|es|ed)|benefit(?:s|ed|ted)?|(?:bring|brings|brought)\s+together|"
    r"enrol(?:l|s|ls|led)?|admit(?:s|ted)?|select(?:s|ed)?|attract(?:s|ed)?|gather(?:s|ed)?|unit(?:e|es|ed)|"
    r"host(?:s|ed)?|welcom(?:e|es|ed)|sen[dt]s?|train(?:s|ed)?|allow(?:s|ed)|enabl(?:e|es|ed)|support(?:s|ed)?|"
    r"offer(?:s|ed)?|provid(?:e|es|ed)|fund(?:s|ed)?)"
    r"(?:\s+(?:up\s+to|about|around|some|over|more\s+than|nearly|almost|at\s+least))?\s*$",
    re.IGNORECASE,
)


#: A programme's people told after the count: "took part in | joined the summer school", "enrolled in the double
#: degree programme" (its places; "study at B under the programme" is a cohort at B).
_IN_A_PROGRAMME_AFTER = re.compile(
    r"(?P<joined>[^,;]{0,80}?\b(?:(?:took|take|taking)\s+part\s+in|participat(?:e|es|ed|ing)\s+in|joined|"
    r"attend(?:s|ed|ing)?|benefit(?:ed|ted)\s+from|(?:were|have\s+been|had\s+been|will\s+be)\s+selected\s+for)\s+"
    r"(?:(?:the|this|a|an|its|their)\s+)?(?:(?!(?:under|at|in|within|through|with|for)\b)[\w’'+\-]+\s+){0,5}?"
    rf"{_PROGRAMME_NOUN}\b)"
    r"|[^,;]{0,80}?\b(?:enrolled|admitted|accepted|studying|study|studies)\s+(?:in|on|to|into)\s+"
    r"(?:the|this|a|an|its|their)\s+(?:[\w’'+\-]+\s+){0,2}?"
    r"(?:double|dual|joint|twinning|exchange|mobility|scholarship|Erasmus\+?)\b"
    # "40 participants of the summer school", "25 students of | in the double degree programme"
    r"|\s+(?:of|in|on)\s+(?:the|this|its|their)\s+(?:(?!(?:under|at|in|within|through|with|for)\b)[\w’'+\-]+\s+)"
    rf"{{0,4}}?{_PROGRAMME_NOUN}\b",
    re.IGNORECASE,
)


#: The words of _PROGRAMME_NOUN, lower-cased: a cheap test on the sentence before the patterns.
_PROGRAMME_CUES = (
    "program",
    "scheme",
    "exchange",
    "scholarship",
    "fellowship",
    "erasmus",
    " school",
    " camp",
)


#: What opens the clause of a count: "while", "whereas", ", and", ", but" (or a semicolon).
_CLAUSE_OPENERS = (" while ", " whereas ", ", and ", ", but ")


def _names_a_programme(low: str) -> bool:
    """True when the lower-cased sentence ``low`` names a programme's noun: a cheap test before _a_programme_s."""
    return any(cue in low for cue in _PROGRAMME_CUES)


def _a_programme_s(text: str, low: str, span: tuple[int, int, int], origin: str | None) -> bool:
    """True when the count of sentence ``text`` at ``span`` (its start, its end and its clause's end) is a
    programme's participants: the programme takes it ("the scholarship programme will cover 50 students", "the
    summer school brought together 40"), or people of no one country take part in it ("120 students of A took
    part in the summer school", "enrolled in the double degree programme"); asked only of a sentence that
    ``_names_a_programme``. People who take part in a programme at a place it names ("took part in the mobility
    programme at B"), or from one country (``origin``), are a cohort, and so are people studying at a place under
    a programme. ``low`` is ``text`` lower-cased."""
    start, end, stop = span
    head_from = max(low.rfind(";", 0, start), *(low.rfind(w, 0, start) for w in _CLAUSE_OPENERS), 0)
    if any(cue in low[head_from:start] for cue in _PROGRAMME_CUES) and _PROGRAMME_TAKES.search(
        text, head_from, start
    ):
        return True
    if origin is not None or not any(cue in low[end:stop] for cue in _PROGRAMME_CUES):
        return False
    found = _IN_A_PROGRAMME_AFTER.match(text, end, stop)
    # "took part in the mobility programme at B": people at B, a cohort there
    return found is not None and not (found.group("joined") and _AT_A_PLACE.match(text, found.end(), stop))


#: A place right after the programme people took part in: " at B", "(exchange) programme in Japan".
_AT_A_PLACE = re.compile(r"(?:\s+[\w’'+\-]+){0,2}?\s+(?:at|in)\s+(?:the\s+)?[A-Z]")
