"""The wordings programmes are told in: the first pass's tables, and the cues the passes share.

The first pass (``find``) reads a programme's names from ``_PROGRAMME_BRANCHES``, compiling per sentence
only the branches whose cue words it holds, after a cheap scan for any of them (``PROGRAMME_WORDS``);
``SPLIT``, ``SCHOLARSHIPS`` and ``QUOTA`` give split years and places counted. ``kind_of`` tells a
name's kind. The cues after them are read by more than one pass: a sentence that points back to the
programme just named (``REFERS_BACK``), a programme only wished for or talked of (``TO_CREATE``,
``TO_TALK_OF``, ``MAYBE_OPENING``), one told as an agreement's content (``UNDER_IT``). They live here so
that each pass reads the same wording the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgpart.extract.numbers import NUMBER_RE

#: A word in lower case between a programme's proper name and its kind: "the Bolashak international scholarship".
_SORT = (
    r"(?:international|presidential|government|governmental|state|national|merit|excellence|graduate|"
    r"postgraduate|doctoral|postdoctoral|research|study|academic|educational|youth|leadership|talent)"
)
#: The wordings of a programme, each with the lower-case cues one of which a sentence must hold for it to be
#: tried (a long alternation costs at every position of the sentence, so only the branches that can match there
#: are compiled into the sentence's pattern). Their order is the pattern's: at one position the first wins.
_PROGRAMME_BRANCHES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("program", "scheme"),
        r"(?:(?:joint|new|the)\s+)?(?:(?:double|dual|two)[\s\-](?:degree|diploma)|joint|exchange|mobility|"
        r"internship|twinning|scholarship|fellowship|split|\d\s*\+\s*\d|training|pathway|study\s+abroad|visiting(?=[\s\-])|"
        r"cotutelle|sandwich|capacity[\s\-]building)(?:[\s\-]+[\w’']+){0,3}?[\s\-]+(?:program(?:me)?s?|schemes?)\b",
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
    # "the Erasmus+ programme", "the Bolashak international programme"
    # "its ITEC programme", "India's ITEC programme": a proper name after a possessive
    (
        ("program",),
        rf"(?=[A-Z])(?:(?<=[Tt]he\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=[’']s\s))(?:[A-Z][\w\-]*\+?\s+){{1,3}}"
        # "the Science without Borders programme", "the Mobility for Students (AIMS) programme"
        r"(?:(?:of|for|in|without|and|on)\s+(?:[A-Z][\w\-]*\+?\s+){1,2})?(?:\([A-Z][\w\-+]{1,10}\)\s+)?"
        rf"(?:{_SORT}\s+)?program(?:me)?\b",
    ),
    # "the Chevening Scholarship", "the Bolashak international scholarship", "to offer Chevening scholarships"
    (
        ("scholarship", "fellowship"),
        rf"(?=[A-Z])(?<=[Tt]he\s)(?:[A-Z][\w\-]*\s+){{1,3}}(?:{_SORT}\s+)?(?:[Ss]cholarships?|[Ff]ellowships?)\b"
        r"(?!\s+[Pp]rogram)",
    ),
    (
        ("scholarship", "fellowship"),
        # not "five PhD scholarships": places by their level, counted by SCHOLARSHIPS
        r"(?<=[a-z]\s)(?!(?:PhD|MSc|MA|BSc|BA|MBA|Master[’']?s?|Bachelor[’']?s?|Doctoral|Postdoctoral)\s+[SsFf])"
        r"(?:[A-Z][\w\-]*\s+){1,3}(?:[Ss]cholarships?|[Ff]ellowships?)\b(?!\s+[Pp]rogram)",
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
    # "sends 12 students on internships to B": internships at, or to, a place named
    (("internships",), r"(?:research\s+)?internships\s+(?:at|to(?=\s+(?:the\s+)?[A-Z]))"),
    # "a 2+2 arrangement", "a 3+1 pathway", "a 1+1 master's track": a double degree told by its years at each side
    (
        ("+",),
        r"\b[1-4]\s*\+\s*[1-4]\s+(?:[\w’'\-]+\s+){0,2}?(?:arrangement|pathway|track|model|formula|option|"
        r"course|degree)s?\b",
    ),
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
    # "a joint master's in data science": a degree told by its level alone
    (
        tuple(
            f"{kind}{sep}{level}"
            for kind in ("joint", "dual", "double")
            for sep in " -"
            for level in ("master", "bachelor")
        ),
        r"(?:double|dual|joint)[\s\-](?:master|bachelor)[’']?s\b(?!\s+(?:and\s+)?(?:[\w\-’']+\s+)?"
        r"(?:students?|graduates|holders|candidates|degrees?|diplomas?|program(?:me)?s?|courses?|level|theses|thesis))",
    ),
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


def _branches_of_cues(upper: bool) -> dict[str, frozenset[int]]:
    """Each cue (in capitals when ``upper``, else in lower case) with the branches it opens."""
    found: dict[str, set[int]] = {}
    for k, (cues, _) in enumerate(_PROGRAMME_BRANCHES):
        for cue in cues:
            if cue[0].isupper() == upper:
                found.setdefault(cue, set()).add(k)
    return {cue: frozenset(ks) for cue, ks in found.items()}


#: Each distinct cue once, with its branches: a sentence is scanned once per cue, not once per branch and cue.
_LOWER_CUES = _branches_of_cues(False)
_UPPER_CUES = _branches_of_cues(True)


def programme_pattern(text: str, lower: str) -> re.Pattern[str] | None:
    """_PROGRAMME with only the branches whose cues the sentence holds; None when it holds none."""
    present: set[int] = set()
    for cue, branches in _LOWER_CUES.items():
        if cue in lower:
            present |= branches
    for cue, branches in _UPPER_CUES.items():
        if cue in text:
            present |= branches
    return _compiled_programme(tuple(sorted(present))) if present else None


@lru_cache(maxsize=256)
def _compiled_programme(present: tuple[int, ...]) -> re.Pattern[str]:
    return re.compile("(?P<name>" + "|".join(_PROGRAMME_BRANCHES[k][1] for k in present) + ")")


#: What every branch of _PROGRAMME and SCHOLARSHIPS holds, in lower case (a fast scan of the folded text), but "2+2"
#: (a digit at every position would slow the scan: find_programmes looks for it only where a "+" is).
PROGRAMME_WORDS = re.compile(
    r"program|internships|degree|diploma|summer\s|spring\s|winter\s|scholarship|fellowship|grants|joint|quota|"
    r"branch\s+campus|scheme|dual[\s\-]|double[\s\-]|tutelle|erasmus|places|seats"
)


#: "two years at A and two years at B": a split (double-degree) programme.
SPLIT = re.compile(
    r"(?P<name>\b(?:years?|semesters?)\s+(?:of\s+study\s+)?(?:at|in)\s+(?:the\s+)?[A-Z][^.;]{0,100}?\b"
    r"(?:years?|semesters?)\s+(?:of\s+study\s+)?(?:at|in)\b)"
)
#: "twelve scholarships a year": a scholarship programme with its number of places.
SCHOLARSHIPS = re.compile(
    rf"(?<![\w,.])(?P<num>{NUMBER_RE})\s+(?:[\w\-]+\s+){{0,2}}?(?P<who>scholarships|fellowships|(?:study\s+)?grants"
    # "30 fully funded places", "ten tuition-free places"
    r"|(?:fully[\s\-]|state[\s\-]|government[\s\-]|publicly\s+)?funded\s+(?:study\s+)?places"
    r"|(?:tuition[\s\-]free|free\s+study)\s+places)\b",
    re.IGNORECASE,
)


#: "a quota of 30 places for students": the places of a programme of study for another country's students.
QUOTA = re.compile(
    rf"\bquotas?\s+(?:of|for)\s+(?P<num>{NUMBER_RE})\s+(?P<who>places|seats|grants|scholarships|students)\b",
    re.IGNORECASE,
)


#: "The quota of Russian government scholarships for Uzbekistan is 600 places", "the quota for Tajikistan was raised to
#: 1,000": a quota told as a total, its number after the verb.
QUOTA_TOLD = re.compile(
    r"\bquotas?\s+(?:of|for)\s+[^,;.]{1,80}?\s+(?:is|was|will\s+be|stands\s+at|stood\s+at|amounts\s+to|amounted\s+to|"
    r"totals|totall?ed|reached|(?:is|was)\s+set\s+at|"
    r"(?:(?:is|was|has\s+been|will\s+be)\s+)?(?:raised|increased|expanded|set|brought)\s+to|rose\s+to)\s+"
    rf"(?:up\s+to\s+)?(?P<num>{NUMBER_RE})\b(?:\s+(?P<who>places|seats|scholarships|grants|students))?"
    r"(?!\s*(?:%|per\s*cent))",
    re.IGNORECASE,
)


#: "the Government allocates 250 places for citizens of X", "Russia has allocated 1,200 quota places for ...",
#: "B reserved 20 seats annually for students of C": places given to people, a programme with their number.
PLACES_GIVEN = re.compile(
    r"\b(?:allocat\w*|offer\w*|provid\w*|reserv\w*|grant(?:s|ed|ing)?|sets?\s+aside|earmark\w*)\s+"
    r"(?:(?:up\s+to|about|around|some|over|more\s+than|another|an\s+additional)\s+)?"
    rf"(?P<num>{NUMBER_RE})\s+(?:[\w\-]+\s+){{0,2}}?(?P<who>places|seats)\b"
    r"(?:\s+(?:annually|yearly|each\s+year|every\s+year|a\s+year))?\s+(?:for|to)\s"
    r"(?=[^.;,]{0,60}?\b(?-i:[A-Z]))",  # for people of somewhere named: "300 places for students" of a hall are no one's
    re.IGNORECASE,
)


#: Places counted with no giving verb: "15 places are available", "20 exchange places per year", "12 places in its
#: master's programmes" (``find`` reads them only in an article that tells of no programme otherwise).
PLACES_COUNTED = re.compile(
    rf"(?<![\w,.+\-])(?P<num>{NUMBER_RE})\s+(?:(?:more|additional|extra|new|free|funded|fully|partially|"
    r"tuition[\w\-]*|budget|state[\w\-]*|government[\w\-]*|study|training|exchange|scholarship|grant|master[\w’']*|"
    r"doctoral|PhD|bachelor[\w’']*|university|quota)\s+){0,3}(?:places|slots)\b",
    re.IGNORECASE,
)
#: Places that are no one's given places: a rise in a ranking, the room of a hall, prizes, contests, sites.
NOT_PLACES_GIVEN = re.compile(
    r"(?i:\brank|ranking|rating|league|\bclimb|\brose\b|\bmoved\s+up|\bjump|\bpositions?\b|\bhall\b|auditorium|"
    r"capacity|\bbeds?\b|dormitor|hostel|parking|library|\brooms?\b|accommodat|\bprizes?\b|\bmedals?\b|\bwon\b|"
    r"\bfirst\s+places|\bin\s+\d+\s+places|\btop\s+\w+\s+places|podium|contest|competition|olympiad|championship|"
    r"tournament|places\s+of\s+(?:worship|interest)|\bcars?\b|vehicles?)"
)
#: Places counted alone are places to study only in a sentence that tells of people or of study.
PLACES_TO_STUDY = re.compile(
    r"(?i:students?|applicants?|graduates?|scholars?|trainees?|researchers?|stud(?:y|ies|ying)|exchange|master|"
    r"bachelor|doctoral|PhD|tuition|funded|budget|quota|academic|semester|program|scheme|citizens|nationals|youth)"
)


#: "for participants | students of the (new) programme": places within a programme told of.
FOR_ITS_PEOPLE = re.compile(
    r"\s+(?:annually\s+|(?:each|every|a|per)\s+year\s+)?for\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:participants|students|members|"
    r"trainees)\s+of\s+(?:the|this|that|our|its)\s+(?:new\s+|joint\s+)?(?:program(?:me)?|degree|course|scheme)\b",
    re.IGNORECASE,
)


_KINDS = [
    (
        "double-degree",
        r"double|dual|two[\s\-]degree|split|\d\s*\+\s*\d|(?:year|semester)s?\s.*(?:year|semester)|tutelle",
    ),
    ("joint", r"joint|branch"),
    ("exchange", r"exchange|mobility|scholarship|fellowship|sandwich"),
    ("internship", r"internship"),
    ("joint", r"joint"),
]


def kind_of(text: str) -> str:
    """The kind a programme's name tells: double-degree, joint, exchange, internship, else other."""
    return next((k for k, p in _KINDS if re.search(p, text, re.I)), "other")


# -- cues the passes share ------------------------------------------------------------------------

#: A sentence that goes on about the programme just named: "The programme admits ...", "It enrols ...",
#: "Under the programme, ...", "The agreement provides scholarships to ...".
REFERS_BACK = re.compile(
    r"\b(?:the|this|that|each|every|its|under\s+the|through\s+the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:program(?:me)?s?|schemes?|course|school|project|initiative|agreement|memorandum|protocol|scholarships?|fellowships?"
    r"|degree(?!\s+of))\b"
    r"|^\W*(?:It|They|Its|Participants|Students|Graduates)\b",
    re.IGNORECASE,
)


#: A verb of creating in the clause before a programme in the plural: "would launch joint projects and exchange
#: programmes", "looks forward to establishing student exchange programmes".
TO_CREATE = re.compile(
    r"\b(?:establish|launch|develop|creat|set(?:ting)?\s+up|open|introduc|organi[sz]|start|initiat)\w*\s+"
    r"[^,;:]{0,80}$",  # case-sensitive: "the Open University" names no verb
)


#: A verb of talk or of wishing in the sentence before a programme in the plural: "discussed student exchange
#: programmes", "agreed to expand exchange programmes", "explored opportunities for joint programmes".
TO_TALK_OF = re.compile(
    r"\b(?:discuss|explor|expand|implement|promot|strengthen|consider|intensif|increas|broaden|extend|"
    r"opportunit|possibilit|prospect|potential)\w*\s+[^;:]{0,120}$",
    re.IGNORECASE,
)


#: The areas an agreement covers, listed, just before a programme in the plural: "a memorandum covering academic exchange,
#: joint research and double degree programmes". A list of what may come, not a programme that runs.
AREAS_LISTED = re.compile(
    r"\b(?:cover(?:s|ed|ing)?|provid(?:es|ed|ing)\s+for|envisag(?:es|ed|ing)|includ(?:es|ed|ing)|such\s+as|"
    r"(?:areas?|fields?|spheres?)\s+(?:of|like|such\s+as|including))\s+[^.;:]{0,120}(?:,|\band)\s+(?:[\w\-’']+\s+){0,3}$",
    re.IGNORECASE,
)


#: Programmes in the plural counted or told with partners of a whole country: "runs 15 double degree programmes", "has joint
#: programmes with universities in Germany and France". A class of programmes, not one.
COUNTED_CLASS_BEFORE = re.compile(
    # not "two double degree programmes": a pair told of, each a programme
    rf"(?:\b(?!(?:one|two|three|[1-3])\s)(?:{NUMBER_RE}|several|many|numerous|dozens\s+of|a\s+number\s+of|a\s+range\s+of)\s+"
    r"(?:(?:new|such|joint|active|international|foreign)\s+){0,2})$",
    re.IGNORECASE,
)
WITH_A_COUNTRY_AFTER = re.compile(
    r"\s+(?:in\s+[\w\s]{1,30}?\s+)?with\s+(?:(?:leading|top|partner|foreign|various|several|many|\d+)\s+)?"
    r"(?:universities|institutions|partners|schools)\s+(?:in|of|from|across|around|abroad)\b",
    re.IGNORECASE,
)


#: An opening only talked of: "the project of opening", "the potential opening of", "the possibility to open".
MAYBE_OPENING = re.compile(
    r"\b(?:project|possibility|possibilities|potential|prospects?|idea|issue|question|feasibility|option)\s+"
    r"(?:of\s+|for\s+|to\s+)?(?:the\s+)?(?:open|establish|launch|creat|set(?:ting)?\s+up)\w*",
    re.IGNORECASE,
)


#: A programme told as the content of the agreement just signed: "Under the agreement, ...", "According to this
#: document, ...", "The memorandum provides for ...".
UNDER_IT = re.compile(
    r"\b(?:under|according\s+to|within|in\s+(?:line|accordance)\s+with|as\s+part\s+of|thanks\s+to|through)\s+"
    r"(?:the\s+framework\s+of\s+)?(?:the|this|that|these|its)\s+(?:signed\s+|new\s+)?"
    r"(?:agreements?|memorand(?:um|a)|MoUs?|documents?|accords?|deal|treaty|protocol)\b"
    r"|\b(?:the|this)\s+(?:agreement|memorandum|MoU|document|accord)\s+(?:also\s+)?"
    r"(?:provides|envisages|foresees|stipulates|allows|includes|covers|opens|paves|enables)",
    re.IGNORECASE,
)
