"""Programmes: dual degrees, exchanges, scholarships, joint institutes, with their partners and counts.

Two passes. ``find_programmes`` reads the wordings of a programme sentence by sentence ("a double-degree
programme", "the Erasmus+ programme", "twelve scholarships a year", "two years at A and two at B") and merges
what one article tells of twice. ``complete_programmes`` then adds what that pass leaves out or leaves
incomplete; each of its rules is anchored on a cue word tested cheaply on the lower-cased sentence first:

- a proper name ending in Program(me), Scholarship or Fellowship, with a possessive or a body's
  name inside it ("the Bolashak President's Programme", "the Chinese Government Scholarship Program");
- places offered to a number of people: "scholarships to 25 students", "fellowships for ten researchers";
- a double degree told without the word: "diplomas of both universities", "two diplomas";
- a branch campus being opened: "a branch of A will open in Astana", "A opened its branch in Astana";
- a joint institute named as an organisation: "the Joint Institute of A and B";
- partners given as "the two universities" / "the sides": the two institutions named just before,
  or the two sides of the article's meeting;
- a programme with no count takes the one count of people its sentence gives.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import WHO_WORDS
from kgpart.extract.numbers import NUMBER_RE, parse_number
from kgpart.extract.patterns import trie_pattern
from kgpart.extract.quantities import NAMES_PEOPLE, PEOPLE_COUNT, is_year
from kgpart.extract.record import Meeting, Participants, Partnership, Programme
from kgpart.extract.tokens import head_type

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
        r"internship|twinning|scholarship|fellowship|split|\d\s*\+\s*\d|training|pathway|study\s+abroad|visiting|"
        r"cotutelle|sandwich|capacity[\s\-]building)(?:\s+[\w’'\-]+){0,3}?\s+(?:program(?:me)?s?|schemes?)\b",
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
    rf"(?<![\w,.])(?P<num>{NUMBER_RE})\s+(?:[\w\-]+\s+){{0,2}}?(?P<who>scholarships|fellowships|(?:study\s+)?grants"
    # "30 fully funded places", "ten tuition-free places"
    r"|(?:fully[\s\-]|state[\s\-]|government[\s\-]|publicly\s+)?funded\s+(?:study\s+)?places"
    r"|(?:tuition[\s\-]free|free\s+study)\s+places)\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween\s+", re.I)
#: A programme's name in quotes, its quotes dropped.
_QUOTED = re.compile(r"[“\"‘']([^”\"’']+)[”\"’']")
_LEADING_WORD = re.compile(r"^(?:(?:the|The|a|an|its|their)\s+)?(?:new\s+)?")
_TRAILING_AT = re.compile(r"\s+at$")


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


def _kind(text: str) -> str:
    return next((k for k, p in _KINDS if re.search(p, text, re.I)), "other")


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
            if _AGENCY_OR_POLICY.match(name):
                continue  # "the World Food Programme" is an agency, "the State Programme for ..." a policy
            if name[:1].isupper() and _inside_org(
                doc, n, sent.start + match.start(), sent.start + match.end()
            ):
                continue  # "the Commonwealth Scholarship Commission": a body's name, not a programme
            if re.match(r"(?:years?|semesters?)\s", name):
                name = "split programme"  # "two years at A and two years at B"
            kind = _kind(name)
            named = name[:1].isupper()  # "Chevening scholarships": a name, not a class
            if name.startswith("branch") and MAYBE_OPENING.search(sent.text, 0, match.start()):
                continue  # "discussed the possibility of opening a branch campus": a topic
            wished = _TO_CREATE.search(sent.text, 0, match.start()) or _TO_TALK_OF.search(
                sent.text, 0, match.start()
            )
            if name.endswith("s") and not named and wished:
                continue  # "to establish exchange programmes": a class of things wished for, not one that runs
            if name.endswith("s") and not named and (not doc.orgs_in(n) or any(p.kind == kind for p in out)):
                # "joint educational programmes" with no partner named, or "new double-degree programmes"
                # beside the one the article told of: a wish or a class, not (more of) a programme
                continue
            partners = _run_by(doc, n, sent.start + match.end())
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
        if places and regex is not None and not any(regex.finditer(sent.text)) and out:
            places = _places_told_again(doc, n, places, out[-1])
        for place in places:
            _merge(out, place)
    return out


def _inside_org(doc: Doc, n: int, start: int, end: int) -> bool:
    """True when characters ``start``-``end`` of the article lie inside a longer name of an organisation."""
    for m in doc.org_mentions_in(n):
        if m.start > start:
            continue
        org = doc.orgs[m.index]
        if any(
            doc.text.startswith(form, m.start) and m.start + len(form) > end
            for form in (org.name, *org.aliases)
        ):
            return True
    return False


def _places_told_again(doc: Doc, n: int, places: list[Programme], last: Programme) -> list[Programme]:
    """ "Each year the programme offers 200 scholarships": the places of the programme of the sentences just
    before (its count, when it has none), not a programme of their own."""
    if last.evidence is None or not n - 2 <= doc.sentence_at(last.evidence.start) < n:
        return places
    if not _REFERS_BACK.search(doc.sentences[n].text):
        return places
    if last.participants.count is None:
        last.participants = places[0].participants
    return [p for p in places if p.participants.count != last.participants.count]


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

#: Names ending in Programme that are no programme of study: United Nations agencies, and a state's policy
#: named by its level alone ("the State Programme for the Development of Education").
_AGENCY_OR_POLICY = re.compile(
    r"(?:United\s+Nations|UN|World\s+Food)\b|(?:State|National|Government|Federal|Regional|Presidential)\s+"
    r"Program(?:me)?$"
)

#: A verb of talk or of wishing in the sentence before a programme in the plural: "discussed student exchange
#: programmes", "agreed to expand exchange programmes", "explored opportunities for joint programmes".
_TO_TALK_OF = re.compile(
    r"\b(?:discuss|explor|expand|implement|promot|strengthen|consider|intensif|increas|broaden|extend|"
    r"opportunit|possibilit|prospect|potential)\w*\s+[^;:]{0,120}$",
    re.IGNORECASE,
)

#: Capitalised words just before a programme's kind: its proper name ("the Stipendium Hungaricum").
_NAME_BEFORE = re.compile(
    r"(?<![\w’'])((?:(?!(?:The|This|That|These|Those|Under|In|Within|Through|For|During|Our|Its|Their|A|An|New)\b)"
    r"[A-Z][\w\-]*\+?\s+){1,3})$"
)

#: What every branch of _PROGRAMME and _SCHOLARSHIPS holds, in lower case (a fast scan of the folded text).
_PROGRAMME_WORDS = re.compile(
    r"program|internships|degree|diploma|summer\s|spring\s|winter\s|scholarship|fellowship|grants|joint|quota|"
    r"branch\s+campus|scheme|dual[\s\-]|double[\s\-]|tutelle|erasmus|(?:funded|free)\s+(?:study\s+)?places"
)


def _scholarships(doc: Doc, n: int) -> list[Programme]:
    """ "Twelve scholarships a year": places of a programme, to be told of as one of their own or as the size of the
    programme the sentence names."""
    sent = doc.sentences[n]
    out: list[Programme] = []
    for match in _SCHOLARSHIPS.finditer(sent.text):
        count = parse_number(match.group("num"))
        if count is None or is_year(match.group("num")):
            continue
        who = " ".join(match.group("who").split())
        if who == "grants" and not NAMES_PEOPLE.search(sent.text):
            continue  # research grants, not places for students
        partners = _run_by(doc, n, sent.start + match.end())
        out.append(Programme(who, "exchange", partners, Participants(count, who), doc.evidence(n)))
    for match in _QUOTA.finditer(sent.text):
        count = parse_number(match.group("num"))
        if count is not None and not is_year(match.group("num")):
            partners = _run_by(doc, n, sent.start + match.end())
            who = match.group("who")
            out.append(Programme("quota", "exchange", partners, Participants(count, who), doc.evidence(n)))
    return out


#: "a quota of 30 places for students": the places of a programme of study for another country's students.
_QUOTA = re.compile(
    rf"\bquotas?\s+(?:of|for)\s+(?P<num>{NUMBER_RE})\s+(?P<who>places|seats|grants|scholarships|students)\b",
    re.IGNORECASE,
)


def _run_by(doc: Doc, n: int, pos: int) -> list[str]:
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
    before = list(PEOPLE_COUNT.finditer(head))
    if before and re.match(r"(?:[\w\s]{0,40})internship", text[pos:], re.I):
        return Participants(parse_number(before[-1].group("num")), " ".join(before[-1].group("who").split()))
    # "Some 40 researchers took part in the summer school": the count is the subject
    lead = list(PEOPLE_COUNT.finditer(text[max(0, begin - 120) : begin]))
    if (
        len({m.group("num") for m in lead})
        == 1  # "14 students and 6 teachers came under the programme": no one count
        and _JOINED.search(text[max(0, begin - 120) : begin][lead[-1].end() :])
        and not is_year(lead[-1].group("num"))
    ):
        return Participants(parse_number(lead[-1].group("num")), " ".join(lead[-1].group("who").split()))
    for k in range(n, min(n + 3 if later else n + 1, len(doc.sentences))):
        text = doc.sentences[k].text[pos if k == n else 0 :]
        if (
            k == n
        ):  # "... under mobility programmes, and 45 Korean students study at B": another clause's count
            text = text[: m.start()] if (m := _NEXT_CLAUSE.search(text)) else text
        back = _REFERS_BACK.search(text) if k > n else None
        if k > n and (back is None or _NAMED_WORD.search(back.group(0))):
            continue  # no pointing back, or to another programme by its name ("the Global Korea Scholarship")
        match = PEOPLE_COUNT.search(text)
        while match is not None and is_year(match.group("num")):
            match = PEOPLE_COUNT.search(text, match.end("num"))  # "in 2026 with 12 students": not the year
        if match:
            return Participants(parse_number(match.group("num")), " ".join(match.group("who").split()))
    return Participants()


#: A capitalised word after the first: a name inside "the Global Korea Scholarship".
_NAMED_WORD = re.compile(r"\s[A-Z]")

#: Where the clause of a programme's name ends: ", and 45 students ...", "; ...", ", while ...".
_NEXT_CLAUSE = re.compile(r";|,\s+(?:and|while|whereas|but)\s")

#: A sentence that goes on about the programme just named: "The programme admits ...", "It enrols ...",
#: "Under the programme, ...", "The agreement provides scholarships to ...".
_REFERS_BACK = re.compile(
    r"\b(?:the|this|that|each|every|its|under\s+the|through\s+the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:program(?:me)?s?|schemes?|course|school|project|initiative|agreement|memorandum|scholarships?|fellowships?"
    r"|degree(?!\s+of))\b"
    r"|^\W*(?:It|They|Its|Participants|Students|Graduates)\b",
    re.IGNORECASE,
)


_JOINED = re.compile(
    r"^[^,;]{0,20}?\b(?:took|take|takes|taking)\s+part\s+in|^[^,;]{0,20}?\b(?:participated|participate|"
    r"participates|enrolled|enrol|enroll|joined|join|attended|attend|completed|study|studied|are|were|"
    r"received|receive|receives|won|win|were\s+awarded|was\s+awarded|"
    r"graduated\s+from|graduate\s+from)\s+"
    r"(?:in|on|at|under)?\s*(?:the|this|a|its|their)?\s*$|^\s*(?:of|in)\s+(?:the\s+)?$"
    # "120 students have studied there under Erasmus+", "... study in Korea under academic mobility programmes"
    r"|^[^;]{0,100}?\b(?:under|within|through|thanks\s+to)\s+(?:the\s+framework\s+of\s+)?"
    r"(?:(?:the|an?|this|its|their)\s*)?(?:(?:academic|student|international|staff|faculty)\s+)?$",
    re.IGNORECASE,
)


def _same_sort(old: Programme, new: Programme) -> bool:
    """A double degree or joint programme told twice, or two mentions of one sort of exchange ("exchange
    programme", "the exchange programmes"); not ten scholarships beside an exchange programme."""
    if new.kind in ("double-degree", "joint"):
        return True
    if new.kind == "other":
        return False
    if old.evidence == new.evidence:
        return True  # "the X programme provides 30 scholarships": the places of the programme named
    if (old.name[:1].isupper() or new.name[:1].isupper()) and not (
        _norm(old.name) in _norm(new.name) or _norm(new.name) in _norm(old.name)
    ):
        return False  # "the Global Korea Scholarship programme" beside "mobility programmes": two programmes
    return old.name.split()[-1].rstrip("s") == new.name.split()[-1].rstrip("s")


#: A joint programme named by its kind alone, which may be a double degree told of before.
_GENERIC_JOINT = re.compile(r"joint\s+(?:degree\s+|educational\s+|study\s+)?program(?:me)?", re.IGNORECASE)


def _merge(out: list[Programme], new: Programme) -> None:
    for old in out:
        # "Students spend the first year at A and the second at B": how the joint programme told of runs
        split_of = new.name == "split programme" and old.kind in ("joint", "double-degree")
        # "The joint programme will start with 12 students": the double degree told of, in other words
        again = old.kind == "double-degree" and new.kind == "joint" and _GENERIC_JOINT.fullmatch(new.name)
        if (split_of or again) and all(p in old.partners for p in new.partners):
            if old.participants.count is None:
                old.participants = new.participants
            return
        if old.kind == new.kind and (old.name == new.name or _same_sort(old, new)):
            old.partners += [p for p in new.partners if p not in old.partners]
            if old.participants.count is None:
                old.participants = new.participants
            return
    out.append(new)


# -- what the first pass leaves out or incomplete --------------------------------------------------

_WHO = trie_pattern(WHO_WORDS.split("|"), fold=True)
#: "25 students", "up to eight young researchers": a count of people, the number first.
_COUNT = re.compile(
    rf"(?<![\w,.+])(?P<num>{NUMBER_RE})\s+(?:[\w\-’']+\s+){{0,2}}?(?P<who>{_WHO})\b",
    re.IGNORECASE,
)
#: A year or a date is not a count: "since 2015 students", "in 2020 graduates".
_YEAR = re.compile(r"(?:19|20)\d\d")

#: Words one of which every rule below needs (one scan of the lower-cased sentence).
_CUES = re.compile(
    trie_pattern(
        [
            "program",
            "scholarship",
            "fellowship",
            "grant",
            "diploma",
            "degree",
            "branch",
            "joint",
            "the two",
            "sides",
            "parties",
            "mobility",
            "exchange",
            "each",
            "cohort",
            "intake",
            "batch",
            "the first",
            "agreement",
            "memorand",
            "document",
        ]
    )
)
#: "Within the framework of academic mobility, 15 students ...": an exchange told without "programme", with a count.
_MOBILITY = re.compile(
    r"\b(?:under|within|through|via|as\s+part\s+of|in\s+the\s+framework\s+of|within\s+the\s+framework\s+of)\s+"
    r"(?:the\s+|an?\s+)?(?:academic\s+|student\s+|staff\s+|international\s+)?(?:mobility|exchange)\b"
    r"(?!\s+(?:program|programme|scheme|agreement|memorandum))",
    re.IGNORECASE,
)

#: "the exchange of ten students a year", "exchanges of up to 5 teachers", "will exchange 100 students annually":
#: people counted, so an exchange that runs.
_EXCHANGE_OF = re.compile(
    r"\b(?:exchanges?\s+of|(?:will|to|shall|would|annually|(?:agreed|plan|plans|intend|intends)\s+to)\s+exchange)\s+"
    r"(?:(?:up\s+to|about|around|some|at\s+least|more\s+than)\s+)?"
    rf"(?P<num>{NUMBER_RE})\s+(?P<who>(?:[\w\-’']+\s+){{0,2}}?{_WHO})\b",
    re.IGNORECASE,
)

#: "the Bolashak President's Program", "the Chinese Government Scholarship Program"; an apostrophe the text's encoding
#: lost to "?" is still one ("President?s").
_NAMED = re.compile(
    r"(?<![\w’'])(?P<name>(?:[A-Z][\w\-+]*(?:[’'?]s)?\s+){1,5}(?:Program(?:me)?|Scholarships?|Fellowships?)(?:\s+Program(?:me)?)?)\b"
)
#: "on Nordic Horizon scholarships": two capitalised words or more before a kind in lower case.
_NAMED_LOWER = re.compile(
    r"(?<![\w’'])(?P<name>(?:[A-Z][\w\-+]*\s+){2,5}(?:programmes|programme|programs|program|scholarships?|fellowships?))\b"
)
#: "a Joint Master's Degree", "dual PhD programme": degrees in any case.
_DEGREE = re.compile(
    r"\b(?P<name>(?P<kind>double|dual|joint)[\s\-](?:(?:master|bachelor|doctoral|phd|mba|msc|bsc)(?:[’']s)?\s+)?"
    r"(?:(?:degrees?|diplomas?)(?:\s+programs?|\s+programmes?)?|programs?|programmes?))\b",
    re.IGNORECASE,
)
_KIND_WORD = re.compile(r"(?i:program|scholarship|fellowship)")
_NAME_STOP = frozenset(
    {"The", "This", "That", "These", "Under", "In", "Within", "Through", "For", "During", "A", "An"}
)

#: "offers scholarships to 25 students", "fellowships for ten researchers".
_PLACES_FOR = re.compile(
    r"\b(?P<kind>scholarships?|fellowships?|grants?|places)\s+(?:to|for)\s+"
    r"(?:(?:up\s+to|more\s+than|over|about|some|nearly|around|at\s+least)\s+)?"
    rf"(?P<num>{NUMBER_RE})\s+(?:[\w\-’']+\s+){{0,2}}?(?P<who>{_WHO})\b",
    re.IGNORECASE,
)

#: "50 Ghanaian students received scholarships", "ten researchers were awarded fellowships": the places, counted
#: by whom they went to.
_AWARDED = re.compile(
    rf"(?<![\w,.])(?P<num>{NUMBER_RE})\s+(?:[\w\-’']+\s+){{0,2}}?(?P<who>{_WHO})\s+(?:(?:of|from)\s+[A-Z][^,;.]{{0,60}}?\s+)?"
    r"(?:have\s+|has\s+|had\s+|will\s+)?"
    r"(?:also\s+)?(?:received|receive|won|win|been\s+awarded|were\s+awarded|be\s+awarded|were\s+granted|"
    r"been\s+granted|be\s+granted|obtained|got|get)\s+(?:(?:full|partial|fully[\s\-]funded|government|state|"
    r"the|these|\w+[’']s)\s+)*(?P<kind>scholarships?|fellowships?|(?:study\s+|education\s+)?grants?)\b",
    re.IGNORECASE,
)

#: "fellowships for students of A", "scholarships to Kenyan students": places offered with no count.
_PLACES_FOR_ANY = re.compile(
    r"\b(?P<kind>scholarships?|fellowships?|(?:study|education|tuition)\s+grants?)\s+(?:to|for)\s+"
    rf"(?:the\s+|its\s+|their\s+)?(?:[\w\-’']+\s+){{0,3}}?(?P<who>{_WHO})\b",
    re.IGNORECASE,
)

#: A double degree without the word: "diplomas of both universities", "two diplomas".
_TWO_DIPLOMAS = re.compile(
    r"\b(?:(?:diplomas?|degrees?)\s+(?:from|of)\s+both\b|two\s+diplomas\b|two\s+degrees\b|"
    r"(?:diplomas?|degrees?)\s+of\s+(?:the\s+)?two\s+(?:universities|institutions|partner\s+universities)|"
    # "a diploma from A and a diploma from B", "a degree of A and another of B"
    r"\b(?:diploma|degree)\s+(?:from|of)\s+[^.;]{3,90}?\band\s+(?:a|an|another|one|the\s+other)\s+"
    r"(?:(?:diploma|degree)\s+)?(?:from|of)\s)",
    re.IGNORECASE,
)

#: "a branch of A (will be) opened", "A will open its branch (campus) in C".
_BRANCH_OF = re.compile(r"\bbranch(?:es)?\s+(?:campus\s+)?of\s+(?:the\s+)?", re.IGNORECASE)
_BRANCH_OPEN = re.compile(
    r"\b(?:open\w*|establish\w*|launch\w*|set\s+up|creat\w*|inaugurat\w*)\s+(?:a|an|its|their|the)\s+"
    r"(?:new\s+)?branch(?:\s+campus)?\b",
    re.IGNORECASE,
)
_OPENING = re.compile(r"\b(?:open\w*|establish\w*|launch\w*|set\s+up|creat\w*|inaugurat\w*)\b", re.IGNORECASE)

#: An organisation that is itself a joint programme: "the Joint Institute of A and B".
_JOINT_BODY = re.compile(
    r"\bJoint\s+(?:[A-Z][\w\-]*\s+){0,3}(?:Institute|Centre|Center|School|College|Laboratory|University)\b"
)

#: Partners given by a noun: "the two universities", "the sides", "the parties".
_THE_PARTNERS = re.compile(
    r"\bthe\s+(?:two\s+)?(?:universities|institutions|sides|parties|partners)\b|\bthe\s+two\s+(?:schools|academies|institutes)\b",
    re.IGNORECASE,
)
_INSTITUTIONS = frozenset({"University", "School", "ResearchInstitute"})
#: Kinds an article tells of once, perhaps in several wordings.
_ONCE = frozenset({"double-degree"})


def complete_programmes(doc: Doc, found: list[Programme], meetings: list[Meeting]) -> list[Programme]:
    """Return ``found`` with the programmes it missed added and its partners and counts completed."""
    out = list(found)
    by_sentence: dict[int, list[Programme]] = {}
    for prog in out:
        if prog.evidence is not None:
            by_sentence.setdefault(doc.sentence_at(prog.evidence.start), []).append(prog)
    lower = doc.text.lower()
    if len(lower) != len(doc.text):
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in doc.text)  # keep the offsets
    cued = _cued_sentences(doc, lower)
    for n, sent in enumerate(doc.sentences):
        if n not in by_sentence and n not in cued:
            continue
        low = lower[sent.start : sent.end]
        here = by_sentence.setdefault(n, [])
        new: list[Programme] = []
        if "program" in low or "scholarship" in low or "fellowship" in low:
            new += _named(doc, n, here)
        if "scholarship" in low or "fellowship" in low or "grant" in low or "places" in low:
            _places_for(doc, n, here, new, out)
        if "diploma" in low or "degree" in low:
            new += _two_diplomas(doc, n, here, out) or _degrees(doc, n, here, out)
        if ("mobility" in low or "exchange" in low) and not any(p.kind == "exchange" for p in here):
            new += _mobility(doc, n)
        if "each" in low and not here:
            new += _each_side(doc, n)
        if "branch" in low:
            new += _branches(doc, n, here)
        if "joint" in low:
            new += _joint_bodies(doc, n, here, out) + _jointly_by(doc, n, here)
        if not here and not new and ("the " in low or "this " in low):
            new += _told_again(doc, n, out, meetings)
        if (
            not here
            and not new
            and ("agreement" in low or "memorand" in low or "document" in low or "mou" in low)
        ):
            new += _people_under_agreement(doc, n)
        if new and not here and out:
            new = _told_of_before(doc, n, new, out[-1])
        for prog in new:
            _add(out, here, prog)
        if here and _THE_PARTNERS.search(sent.text):
            _partners_by_noun(doc, n, here, meetings)
        for prog in here:
            if prog.participants.count is None:
                _count_of_sentence(doc, n, prog)
        if here and " and " in low:
            _each_way(doc, n, here, out)
    for prog in out:
        if len(prog.partners) < 2 and prog.evidence is not None:
            _partner_told_later(doc, prog)
    return out


#: "The programme is run together with B", "Its partner is B", "in partnership with B": the partner named next.
_WITH_PARTNER = re.compile(
    r"\b(?:(?:together|jointly|in\s+(?:cooperation|partnership|collaboration|conjunction))\s+with|"
    r"(?:partner|partners|partner\s+(?:university|institution))\s+(?:is|are|will\s+be)|co-?organi[sz]ed\s+by)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _partner_told_later(doc: Doc, prog: Programme) -> None:
    """ "A launched a double-degree programme. It is run together with B.": the partner in the next two sentences
    that point back to the programme."""
    n = doc.sentence_at(prog.evidence.start) if prog.evidence else 0
    for k in range(n + 1, min(n + 3, len(doc.sentences))):
        sent = doc.sentences[k]
        if not _REFERS_BACK.search(sent.text):
            continue
        for m in doc.org_mentions_in(k):
            name = doc.orgs[m.index].name
            if name not in prog.partners and _WITH_PARTNER.search(
                doc.text, max(sent.start, m.start - 60), m.start
            ):
                prog.partners.append(name)
                return


def _cued_sentences(doc: Doc, lower: str) -> set[int]:
    """Numbers of the sentences holding a cue word: one scan of the article, on from a sentence's end at each hit."""
    cued: set[int] = set()
    hit = _CUES.search(lower)
    while hit is not None:
        n = doc.sentence_at(hit.start())
        cued.add(n)
        hit = _CUES.search(lower, max(doc.sentences[n].end, hit.end()))
    return cued


def _told_of_before(doc: Doc, n: int, new: list[Programme], last: Programme) -> list[Programme]:
    """ "Each year the programme offers scholarships to students from X": what a sentence pointing back to the
    programme of the two sentences before tells is that programme's, not a programme of its own."""
    if last.evidence is None or not n - 2 <= doc.sentence_at(last.evidence.start) < n:
        return new
    back = _REFERS_BACK.search(doc.sentences[n].text)
    if back is None or back.start() > 40:
        return new
    for prog in new:
        last.partners += [p for p in prog.partners if p not in last.partners]
        if last.participants.count is None and prog.participants.count is not None:
            last.participants = prog.participants
    return []


def _add(out: list[Programme], here: list[Programme], prog: Programme) -> None:
    """Add ``prog``, or merge it into one the article told of already: of the same kind in the sentence,
    of the same name, or of the same kind anywhere when that kind is one the article runs once (a double
    degree, a joint programme, told of again in other words)."""
    for old in [*here, *out]:
        same_kind = old.kind == prog.kind and (old in here or prog.kind in _ONCE)
        if same_kind or _norm(prog.name) in _norm(old.name) or _norm(old.name) in _norm(prog.name):
            old.partners += [p for p in prog.partners if p not in old.partners]
            if old.participants.count is None and prog.participants.count is not None:
                old.participants = prog.participants
            return
    out.append(prog)
    here.append(prog)


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", name.casefold()).split())


def _partners(doc: Doc, n: int, skip: int | None = None) -> list[str]:
    return [doc.orgs[i].name for i in doc.orgs_in(n) if i != skip]


def _named(doc: Doc, n: int, here: list[Programme]) -> list[Programme]:
    """Proper names of programmes with a possessive or a body's name inside them."""
    out: list[Programme] = []
    text = doc.sentences[n].text
    matches = []
    for cue in _KIND_WORD.finditer(text):
        # the capitalised words just before each kind word, not a scan from every capital of the sentence
        begin = max(0, cue.start() - 90)
        for regex in (_NAMED, _NAMED_LOWER):
            match = regex.search(text, begin, cue.end() + 10)
            while match is not None and match.end("name") < cue.end():
                match = regex.search(text, match.end(), cue.end() + 10)
            if match is not None:
                matches.append(match)
    for match in matches:
        words = match.group("name").split()
        while words and words[0] in _NAME_STOP:
            words.pop(0)
        if len(words) < 2:
            continue
        kind_at = next(
            k for k, w in enumerate(words) if w.lower().startswith(("program", "scholarship", "fellowship"))
        )
        if kind_at == 0 or (head_type(words[kind_at - 1]) and words[kind_at].lower().startswith("program")):
            continue  # "the University Programme": an institution's programme without a name of its own
        name = " ".join(words)
        if _AGENCY_OR_POLICY.match(name):
            continue
        if _inside_org(
            doc, n, doc.sentences[n].start + match.start("name"), doc.sentences[n].start + match.end("name")
        ):
            continue
        if any(_norm(name) in _norm(p.name) or _norm(p.name) in _norm(name) for p in [*here, *out]):
            continue
        kind = "exchange" if re.search(r"scholarship|fellowship|exchange|mobility", name, re.I) else "other"
        out.append(Programme(name, kind, _partners(doc, n), Participants(), doc.evidence(n)))
    return out


def _places_for(doc: Doc, n: int, here: list[Programme], new: list[Programme], out: list[Programme]) -> None:
    """ "scholarships to 25 students": the count of a programme of the sentence, or one of its own."""
    text = doc.sentences[n].text
    for match in [*_PLACES_FOR.finditer(text), *_AWARDED.finditer(text)]:
        count = parse_number(match.group("num"))
        if count is None or _YEAR.fullmatch(match.group("num").strip()):
            continue
        who = " ".join(match.group("who").split())
        target = next((p for p in [*here, *new] if p.participants.count is None), None)
        if target is not None:
            target.participants = Participants(count, who)
        elif not any(p.participants.count == count for p in out):
            kind = match.group("kind").lower()
            new.append(
                Programme(kind, "exchange", _partners(doc, n), Participants(count, who), doc.evidence(n))
            )
    if here or new:
        return
    # "the organisation of fellowships for students of A": a programme told without its size
    offered = _PLACES_FOR_ANY.search(doc.sentences[n].text)
    if offered is not None:
        kind = " ".join(offered.group("kind").lower().split())
        who = " ".join(offered.group("who").split())
        new.append(Programme(kind, "exchange", _partners(doc, n), Participants(None, who), doc.evidence(n)))


#: "diplomas from A and B": two institutions named after degrees in the plural (checked against the mentions).
_DIPLOMAS_OF = re.compile(
    r"\b(?:diplomas|degrees)\s+(?:from|of)\s+(?:both\s+)?(?:the\s+)?[A-Z][^.;]{2,90}?\s+and\s+(?:the\s+)?[A-Z]"
)


def _two_diplomas(doc: Doc, n: int, here: list[Programme], out: list[Programme]) -> list[Programme]:
    if any(p.kind == "double-degree" for p in here):
        return []
    partners = _partners(doc, n)
    if any(p.kind in _TWO_SIDED and all(name in p.partners for name in partners) for p in out):
        return []  # "Graduates receive diplomas from both universities": what the joint programme told of gives
    sent = doc.sentences[n]
    if not _TWO_DIPLOMAS.search(sent.text):
        match = _DIPLOMAS_OF.search(sent.text)
        if match is None:
            return []
        begin, end = sent.start + match.start(), sent.start + match.end()
        if sum(begin <= m.start < end for m in doc.org_mentions_in(n)) < 2:
            return []  # "degrees of Master and Doctor": no two institutions
    return [Programme("double degree", "double-degree", partners, Participants(), doc.evidence(n))]


def _degrees(doc: Doc, n: int, here: list[Programme], out: list[Programme]) -> list[Programme]:
    """A double, dual or joint degree the first pass missed ("the Joint Master's Degree in X").

    Not "new double-degree programmes" beside the one the article told of, nor degrees in the plural with no
    partner named: a class, not a programme."""
    for match in _DEGREE.finditer(doc.sentences[n].text):
        kind = "joint" if match.group("kind").lower() == "joint" else "double-degree"
        plural = match.group("name").endswith("s") and not match.group("name").endswith("’s")
        if plural and not doc.orgs_in(n):
            continue  # "branches operate here, including dual-degree programs": a class, with no partner named
        text = doc.sentences[n].text
        if plural and (
            _TO_CREATE.search(text, 0, match.start()) or _TO_TALK_OF.search(text, 0, match.start())
        ):
            continue  # "discussed ... double-degree programmes": a wish, not a programme that runs
        if not any(p.kind == kind for p in (out if plural else here)):
            return [Programme(match.group("name"), kind, _partners(doc, n), Participants(), doc.evidence(n))]
    return []


def _mobility(doc: Doc, n: int) -> list[Programme]:
    """An exchange told without "programme" is one when the sentence counts who took part in it."""
    text = doc.sentences[n].text
    counted = _EXCHANGE_OF.search(text)
    if (
        counted is not None
        and (count := parse_number(counted.group("num")))
        and not is_year(counted.group("num"))
    ):
        who = " ".join(counted.group("who").split())  # "the exchange of ten students a year"
        return [
            Programme("exchange", "exchange", _partners(doc, n), Participants(count, who), doc.evidence(n))
        ]
    if _MOBILITY.search(text) is None:
        return []
    prog = Programme("academic mobility", "exchange", _partners(doc, n), Participants(), doc.evidence(n))
    _count_of_sentence(doc, n, prog)
    return [prog] if prog.participants.count is not None else []


#: "five students from each university will spend a semester at the partner institution": an exchange.
_FROM_EACH = re.compile(
    rf"(?<![\w,.])(?P<num>{NUMBER_RE})\s+(?:[\w\-’']+\s+){{0,2}}?(?P<who>{_WHO})\s+(?:from|of)\s+each\s+"
    r"(?:university|side|institution|partner|school|country|party)\b",
    re.IGNORECASE,
)


def _each_side(doc: Doc, n: int) -> list[Programme]:
    """So many people from each side going to the other: an exchange, with its partners and count."""
    match = _FROM_EACH.search(doc.sentences[n].text)
    count = parse_number(match.group("num")) if match else None
    if match is None or count is None or _YEAR.fullmatch(match.group("num").strip()):
        return []
    who = " ".join(match.group("who").split())
    return [Programme("exchange", "exchange", _partners(doc, n), Participants(count, who), doc.evidence(n))]


def _branches(doc: Doc, n: int, here: list[Programme]) -> list[Programme]:
    """A branch campus being opened: "a branch of A will open in C", "A opened its branch in C"."""
    sent = doc.sentences[n]
    if any("branch" in p.name.lower() for p in here):
        return []
    if not _OPENING.search(sent.text):
        return []  # "branches of the university operate in ...": told of, not opened here
    if MAYBE_OPENING.search(sent.text):
        return []  # "discussed the possibility of opening a branch": a topic, not a campus
    owner: int | None = None
    match = _BRANCH_OF.search(sent.text)
    if match is not None:
        pos = sent.start + match.end()
        owner = next((m.index for m in doc.org_mentions_in(n) if pos <= m.start <= pos + 2), None)
    else:
        opened = _BRANCH_OPEN.search(sent.text)
        if opened is not None:
            pos = sent.start + opened.start()
            before = [m for m in doc.org_mentions_in(n) if m.start < pos]
            owner = max(before, key=lambda m: m.start).index if before else None
    if owner is None:
        return []
    partners = [doc.orgs[owner].name, *(name for name in _partners(doc, n) if name != doc.orgs[owner].name)]
    return [
        Programme(f"branch of {doc.orgs[owner].name}", "joint", partners, Participants(), doc.evidence(n))
    ]


def _joint_bodies(doc: Doc, n: int, here: list[Programme], out: list[Programme]) -> list[Programme]:
    """An organisation named "Joint ... Institute" is a joint programme of the others the sentence names."""
    found = []
    for i in doc.orgs_in(n):
        name = doc.orgs[i].name
        if not _JOINT_BODY.search(name) or any(p.name == name for p in out):
            continue
        partners = _partners(doc, n, skip=i)
        if any(p.kind == "joint" and set(partners) <= set(p.partners) for p in here):
            continue
        found.append(Programme(name, "joint", partners, Participants(), doc.evidence(n)))
    return found


#: "a master's programme offered jointly by A and B", "the course, jointly run by A and B".
_JOINTLY_BY = re.compile(
    r"\b(?:(?:offered|run|taught|delivered|organi[sz]ed|implemented|conducted|designed|developed|launched|"
    r"created|established|held|hosted|awarded)\s+jointly|jointly\s+(?:offered|run|taught|delivered|organi[sz]ed|"
    r"implemented|conducted|designed|developed|launched|created|established|held|hosted|awarded))\s+by\s",
    re.IGNORECASE,
)
#: The programme such a sentence tells of, before the verb: "the new bachelor's programme in data science".
_OFFERED_THING = re.compile(
    r"\b(?P<name>(?:(?:summer|winter|master[’']?s|bachelor[’']?s|doctoral|PhD|MBA|degree|training|exchange|"
    r"study|educational|undergraduate|postgraduate|graduate|language|certificate)\s+)?"
    r"(?:program(?:me)?|degree|course|school|diploma|MBA))\b(?=[^.;]{0,80}$)",
    re.IGNORECASE,
)


def _jointly_by(doc: Doc, n: int, here: list[Programme]) -> list[Programme]:
    """ "The master's programme in logistics, offered jointly by A and B": a joint programme of A and B."""
    sent = doc.sentences[n]
    by = _JOINTLY_BY.search(sent.text)
    if by is None:
        return []
    things = list(_OFFERED_THING.finditer(sent.text, 0, by.start()))
    pos = sent.start + by.end()
    partners = [doc.orgs[m.index].name for m in doc.org_mentions_in(n) if m.start >= pos]
    if not things or len(partners) < 2:
        return []
    for prog in here:
        prog.partners += [p for p in partners if p not in prog.partners]
    if here:
        return []
    return [Programme(things[-1].group("name"), "joint", partners, Participants(), doc.evidence(n))]


#: A sentence that opens on a programme told of before: "The programme will admit 20 students a year",
#: "The new degree will enrol 30 students", "Since 2015, the programme has graduated 120 students". The verb
#: takes people in; a programme of a visit takes no one.
_TOLD_AGAIN = re.compile(
    r"^\W*(?:[A-Z][^,.;]{0,60},\s*)?(?:the|this)\s+(?:(?:new|joint|double|dual|two-year|four-year|one-year)[\s\-]+)*"
    r"(?P<name>(?:(?:master[’']?s|bachelor[’']?s|doctoral|degree|exchange|scholarship)\s+)?"
    r"(?:program(?:me)?|degree|scheme))\s+(?:(?:will|would|is\s+to|shall|can|also|now|already|annually|currently)\s+)*"
    r"(?:admits?|admitted|enrol(?:l|ls|s)?|enrolled|accepts?|accepted|hosts?|hosted|trains?|trained|covers?|"
    r"covered|involves?|involved|welcomes?|welcomed|takes?\s+in|took\s+in|brings?|brought|"
    r"(?:is|are|was|were)\s+(?:open|designed|intended)\s+(?:to|for)|has\s+(?:already\s+|so\s+far\s+)?(?:admitted|"
    r"enrolled|trained|involved|welcomed|hosted|brought|graduated|produced|had|benefited))\b",
    re.IGNORECASE,
)


#: "The first cohort of 15 students will begin in the autumn", "The first 20 students will start in January": the
#: size of the programme told of just before.
_FIRST_INTAKE = re.compile(
    r"^\W*the\s+(?:first|initial|inaugural|pilot|next|new)\s+(?:(?:cohort|intake|group|batch|class)\s+(?:of\s+)?)?(?=\w)",
    re.IGNORECASE,
)


def _told_again(doc: Doc, n: int, out: list[Programme], meetings: list[Meeting]) -> list[Programme]:
    """ "The programme will admit 20 students": the count of the programme told of in the sentences just
    before; when none was, a programme of the two institutions named just before (an agreement's)."""
    sent = doc.sentences[n]
    match = _TOLD_AGAIN.match(sent.text) or _FIRST_INTAKE.match(sent.text)
    if match is None:
        return []
    counted = [
        m
        for m in _COUNT.finditer(sent.text, match.end())
        if not _YEAR.fullmatch(m.group("num").strip()) and parse_number(m.group("num"))
    ]
    if not counted:
        return []
    participants = Participants(
        parse_number(counted[0].group("num")), " ".join(counted[0].group("who").split())
    )
    before = [p for p in out if p.evidence is not None and n - 3 <= doc.sentence_at(p.evidence.start) < n]
    if before:
        if before[-1].participants.count is None:
            before[-1].participants = participants
        return []
    sides = _sides_before(doc, n, meetings)
    if len(sides) != 2 or match.re is _FIRST_INTAKE:
        return []  # "the first cohort of 15 students" tells the size of a programme named before, never one of its own
    name = match.group("name").lower()
    kind = "double-degree" if name == "degree" else _kind(name)
    return [Programme(name, kind, sides, participants, doc.evidence(n))]


def _sides_before(doc: Doc, n: int, meetings: list[Meeting]) -> list[str]:
    """The two institutions named in the three sentences before ``n``, else the two sides of the meeting."""
    sides: list[str] = []
    for m in sorted(doc.org_mentions, key=lambda m: -m.start):
        if m.sentence < n and m.sentence >= n - 3:
            org = doc.orgs[m.index]
            if org.type in _INSTITUTIONS and org.name not in sides and not org.part_of:
                sides.append(org.name)
    if len(sides) != 2 and meetings:
        sides = [name for name in meetings[0].organizations if doc.find_org(name) is not None]
    return list(reversed(sides))


#: People counted who go somewhere to study: "25 students ... will study at the partner universities every year".
_GO_TO_STUDY = re.compile(
    rf"(?<![\w,.+])(?P<num>{NUMBER_RE})\s+(?:[\w\-’']+\s+){{0,2}}?(?P<who>{_WHO})\b[^.;]{{0,80}}?\b"
    r"(?:will\s+|can\s+|may\s+|are\s+to\s+|shall\s+|would\s+)(?:be\s+able\s+to\s+)?(?:annually\s+|each\s+year\s+)?"
    r"(?:study|spend|take\s+part|participate|be\s+exchanged|undergo|do\s+internships|receive\s+(?:training|education)|"
    r"go\s+to\s+study|be\s+admitted|be\s+trained|come\s+to\s+study)\b",
    re.IGNORECASE,
)


def _people_under_agreement(doc: Doc, n: int) -> list[Programme]:
    """ "Under the agreement, 25 students from X will study at the partner universities every year": an exchange
    the agreement sets up, with its count; its parties come from the agreement (partners_from_ties)."""
    text = doc.sentences[n].text
    if _UNDER_IT.search(text) is None:
        return []
    match = _GO_TO_STUDY.search(text)
    if match is None or is_year(match.group("num")) or not parse_number(match.group("num")):
        return []
    who = " ".join(match.group("who").split())
    people = Participants(parse_number(match.group("num")), who)
    return [Programme("exchange", "exchange", _partners(doc, n), people, doc.evidence(n))]


#: "20 students from Kazakhstan and 20 (students) from Korea": one flow each way.
_EACH_WAY = re.compile(
    rf"(?<![\w,.])(?P<n1>{NUMBER_RE})\s+(?P<who>(?:[\w\-’']+\s+){{0,2}}?(?:{_WHO})\s+)(?:from|of|to)\s+(?:the\s+)?[A-Z][^,;.]{{1,60}}?"
    rf"\s+and\s+(?P<n2>{NUMBER_RE})\s+(?:[\w\-’']+\s+){{0,3}}?(?:from|of|to)\s+(?:the\s+)?[A-Z]"
)


def _each_way(doc: Doc, n: int, here: list[Programme], out: list[Programme]) -> None:
    """A programme whose sentence counts people going each way ("20 students from Kazakhstan and 20 from Korea
    study under the scholarship programme") is told as one programme per flow, each with its count."""
    match = _EACH_WAY.search(doc.sentences[n].text)
    if match is None:
        return
    first, second = parse_number(match.group("n1")), parse_number(match.group("n2"))
    if first is None or second is None or _YEAR.fullmatch(match.group("n2").strip()):
        return
    for prog in list(here):
        if prog.participants.count is None:  # "15 students from A and 10 from B": no one count was taken
            prog.participants = Participants(first, " ".join(match.group("who").split()))
        if prog.participants.count == first:
            other = Programme(
                prog.name,
                prog.kind,
                list(prog.partners),
                Participants(second, prog.participants.who),
                prog.evidence,
            )
            out.append(other)
            here.append(other)
            return


def _partners_by_noun(doc: Doc, n: int, here: list[Programme], meetings: list[Meeting]) -> None:
    """ "The two universities will launch a joint programme": the two institutions named just before."""
    sides = _sides_before(doc, n, meetings)
    if len(sides) != 2:
        return
    for prog in here:
        if len(prog.partners) < 2:
            prog.partners += [s for s in sides if s not in prog.partners]


def _count_of_sentence(doc: Doc, n: int, prog: Programme) -> None:
    """A programme with no count takes the count of people its sentence gives, when it gives one."""
    counts = [
        m
        for m in _COUNT.finditer(doc.sentences[n].text)
        if not _YEAR.fullmatch(m.group("num").strip()) and parse_number(m.group("num"))
    ]
    if len({parse_number(m.group("num")) for m in counts}) == 1:
        prog.participants = Participants(
            parse_number(counts[0].group("num")), " ".join(counts[0].group("who").split())
        )


#: Kinds two institutions run together: a double degree or a joint programme has two sides.
_TWO_SIDED = frozenset({"double-degree", "joint"})


#: A programme told as the content of the agreement just signed: "Under the agreement, ...", "According to this
#: document, ...", "The memorandum provides for ...".
_UNDER_IT = re.compile(
    r"\b(?:under|according\s+to|within|in\s+(?:line|accordance)\s+with|as\s+part\s+of|thanks\s+to|through)\s+"
    r"(?:the\s+framework\s+of\s+)?(?:the|this|that|these|its)\s+(?:signed\s+|new\s+)?"
    r"(?:agreements?|memorand(?:um|a)|MoUs?|documents?|accords?|deal|treaty|protocol)\b"
    r"|\b(?:the|this)\s+(?:agreement|memorandum|MoU|document|accord)\s+(?:also\s+)?"
    r"(?:provides|envisages|foresees|stipulates|allows|includes|covers|opens|paves|enables)",
    re.IGNORECASE,
)
#: How far back (characters) the agreement such a sentence points to may be told.
_TIE_REACH = 600


def partners_from_ties(programmes: list[Programme], partnerships: list[Partnership]) -> None:
    """A double-degree, joint or exchange programme told with one partner or none takes the other from the article's
    tie: the one partnership of its partner, or the article's only partnership; another programme run by one
    institution takes the other institution of its one tie. A programme of any kind told as the content of an
    agreement ("Under the agreement, ...") takes that agreement's parties."""
    if not partnerships:
        return
    for prog in programmes:
        tie = _tie_pointed_to(prog, partnerships)
        if tie is not None:
            prog.partners += [name for name in tie.between if name not in prog.partners]
    for prog in programmes:
        # a programme of another kind run by one institution ("the MIT visiting students programme") is the tie's
        # too when the tie is between two institutions; a scholarship or places stay their giver's
        run_by_one = (
            len(prog.partners) == 1 and prog.kind in ("other", "internship") and not _GIVEN.search(prog.name)
        )
        if not (_two_sided(prog) or run_by_one) or len(prog.partners) >= 2:
            continue
        if prog.partners:
            ties = [p for p in partnerships if prog.partners[0] in p.between]
        else:
            ties = partnerships if len(partnerships) == 1 else []
        if len(ties) == 1 and (prog.kind in _TWO_SIDED or all(map(_an_institution, ties[0].between))):
            prog.partners += [name for name in ties[0].between if name not in prog.partners]


def _an_institution(name: str) -> bool:
    """A university, school or institute by the head words of its name (an exchange runs between such)."""
    return any(head_type(w) in _INSTITUTIONS for w in name.split())


def _two_sided(prog: Programme) -> bool:
    """A double degree, a joint programme or an exchange runs between two sides; a scholarship has a giver."""
    return prog.kind in _TWO_SIDED or (
        prog.kind == "exchange" and _EXCHANGE_NAME.search(prog.name) is not None
    )


_EXCHANGE_NAME = re.compile(r"exchange|mobility|Erasmus|Mevlana", re.IGNORECASE)
#: Programmes one side gives: places, scholarships, grants, quotas.
_GIVEN = re.compile(r"scholarship|fellowship|grant|places|quota|stipend", re.IGNORECASE)


def _tie_pointed_to(prog: Programme, partnerships: list[Partnership]) -> Partnership | None:
    """The partnership told last before (or in) a programme's sentence that says it follows from an agreement."""
    ev = prog.evidence
    if ev is None or not _UNDER_IT.search(ev.sentence):
        return None
    before = [
        p
        for p in partnerships
        if p.evidence is not None
        and ev.start - _TIE_REACH <= p.evidence.start <= ev.start
        and len(p.between) == 2
    ]
    return max(before, key=lambda p: p.evidence.start if p.evidence else 0, default=None)
