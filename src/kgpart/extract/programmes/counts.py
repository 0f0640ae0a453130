"""How many people a programme takes, and who they are.

``participants_near`` reads the count the first pass gives a programme (before its name, after it, or
in the next sentences that point back to it); ``count_of_sentence`` is the one count of people a
sentence gives; ``each_way`` splits a programme whose sentence counts people going each way into one
programme per flow. ``COUNT`` and ``YEAR`` are shared with the rules that find missed programmes.
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts import PEOPLE_COUNT, is_year, parse_count
from kgpart.extract.cohorts.words import COUNT_RE
from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import WHO_WORDS
from kgpart.extract.numbers import NUMBER_RE, parse_number
from kgpart.extract.patterns import AsciiFolded, trie_pattern
from kgpart.extract.programmes.wordings import REFERS_BACK
from kgpart.extract.record import Participants, Programme

#: Who a programme counts: the shared words, and a few a programme's pages use ("eight candidates will be selected").
WHO = trie_pattern(
    [
        *WHO_WORDS.split("|"),
        "candidates",
        "learners",
        "academics",
        # people a training or scholarship scheme takes who are not students: "25 Tanzanian officials"
        "officials",
        "civil servants",
        "engineers",
        "nurses",
        "doctors",
        "diplomats",
        "schoolchildren",
        "cadets",
        "professionals",
        "managers",
        # a scheme for women or girls: "a scholarship programme for 25 Afghan women"
        "women",
        "girls",
    ],
    fold=True,
)
#: People told by their nation: "40 Kenyans", "60 Uzbeks", "25 Kazakhs", "30 Pakistanis", "12 Vietnamese".
NATIONALS = r"(?-i:[A-Z][a-z]{2,}(?:ans|is|eks|iks|aks|hs|ese))"
#: "25 students", "up to eight young researchers": a count of people, the number first.
COUNT = re.compile(
    rf"(?<![\w,.+])(?P<num>{COUNT_RE})\s+(?:(?-i:[A-Z])[a-z]+\s+(?:and|or)\s+)?(?:[\w\-’']+\s+){{0,2}}?(?P<who>{WHO})\b",
    re.IGNORECASE,
)
#: A year or a date is not a count: "since 2015 students", "in 2020 graduates".
YEAR = re.compile(r"(?:19|20)\d\d")


#: The second figure of a range after a count's first: "20 to 25 students", "between 20 and 25 students".
_RANGE_END = re.compile(
    rf"\s*(?:-|–|to|or)\s*(?P<num>{NUMBER_RE})\b|\s+and\s+(?P<num2>{NUMBER_RE})\b", re.IGNORECASE
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


#: PEOPLE_COUNT scanned through its case-sensitive twin on the lower-cased text (the same matches, ~1.6x faster).
_PEOPLE_COUNT_FOLDED = AsciiFolded(PEOPLE_COUNT)


#: People counted on each side of a two-sided programme: "up to six students from each side", "five a year each
#: way", "ten in each direction", "eight candidates of each university", "four per side" (never "from both": a total).
_EACH_SIDE = re.compile(
    r"\s+(?:[\w\-’']+\s+){0,4}?(?:(?:from|of|at|on|in|by)\s+each\s+(?:side|university|institution|partner|party)|"
    r"per\s+(?:side|university|institution|partner|party)|each\s+way|in\s+each\s+direction)\b",
    re.IGNORECASE,
)


#: A count of people on each side anywhere in a sentence: "(up to) five students from each university".
_EACH_SIDE_COUNT = re.compile(rf"(?<![\w,.+])(?P<num>{COUNT_RE})(?={_EACH_SIDE.pattern})", re.IGNORECASE)


def both_sides(doc: Doc, programmes: list[Programme]) -> None:
    """A programme whose count was read as the people of one side ("Up to five students from each university will
    spend a semester abroad", "five each way") counts both sides' people: twice the number, or the total its
    sentence tells. Read in the programme's sentence, the one before and the two after, whatever rule took the count."""
    for prog in programmes:
        count = prog.participants.count
        if count is None or prog.evidence is None:
            continue
        n = doc.sentence_at(prog.evidence.start)
        for k in range(max(0, n - 1), min(n + 3, len(doc.sentences))):
            text = doc.sentences[k].text
            if "each" not in text and " per " not in text:
                continue
            told = [m for m in _EACH_SIDE_COUNT.finditer(text) if not is_year(m.group("num"))]
            if any(upper_count(text, m) == count for m in told):
                prog.participants = Participants(total_in(text) or 2 * count, prog.participants.who)
                break


def upper_count(text: str, match: re.Match[str]) -> int | None:
    """The count of ``match`` (its group ``num`` in ``text``), or the top of the range it opens: a programme "for 20 to
    25 students" or "between 20 and 25 students" takes up to 25, as one "for up to 25 students" does."""
    end = _RANGE_END.match(text, match.end("num"))
    if end is not None and (end.group("num") or _BETWEEN_BEFORE.search(text, 0, match.start("num"))):
        top = parse_number(end.group("num") or end.group("num2"))
        if top is not None and not is_year(end.group("num") or end.group("num2")):
            return top
    return parse_count(match.group("num"))  # "two dozen students": 24


#: How many a programme takes when it is told as room rather than people: "up to 40 places a year", "enrolment is
#: capped at 30", "a capacity of 25", "the first intake of 25".
_CAPACITY = re.compile(
    rf"(?<![\w,.+])(?P<num>{NUMBER_RE})\s+(?:(?:additional|new|study|funded|fully[\s\-]funded|tuition[\s\-]free|free|"
    r"student|training|scholarship)\s+){0,2}(?:places|seats|slots|spots|openings|vacancies)\b"
    # "five PhD positions", "ten doctoral studentships"
    rf"|(?<![\w,.+])(?P<num4>{NUMBER_RE})\s+(?:(?:new|funded|fully[\s\-]funded|co-?funded)\s+)?"
    r"(?:PhD|doctoral|postdoctoral|research)\s+(?:positions|places|studentships|posts)\b"
    r"|\b(?:enrolment|enrollment|intake|admissions?|capacity|places|seats|(?:the\s+)?number\s+of\s+(?:places|participants|students|"
    r"seats|trainees))\s+(?:(?:is|are|will\s+be|has\s+been|was|shall\s+be)\s+)?(?:capped|limited|set|fixed|restricted)"
    rf"\s+(?:at|to)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?(?P<num2>{NUMBER_RE})\b"
    rf"|\b(?:capacity|intake|cohort|batch|group|class|enrolment|enrollment)\s+of\s+(?:up\s+to\s+|about\s+|some\s+)?"
    rf"(?P<num3>{NUMBER_RE})\b(?!\s*(?:%|per\s*cent|years?|months?|weeks?|days?|hours?|credits?|(?-i:[A-Z])))"
    # "The number of participants will be 30"
    # "the number of scholarships was increased to 100"
    r"|\bnumber\s+of\s+(?:places|participants|students|seats|trainees|scholarships|grants|fellowships|quota\s+places)\s+"
    r"(?:is|will\s+be|was|would\s+be|shall\s+be|has\s+been|have\s+been)\s+"
    rf"(?:(?:increased|raised|expanded|brought|set)\s+to\s+)?(?:up\s+to\s+)?(?P<num5>{NUMBER_RE})\b(?!\s*(?:%|per\s*cent))"
    # "the number of Chinese government scholarships for Mongolian students has reached 300", "the quota of places for
    # citizens of X was raised to 1,200": places (never students: a university's size) told as a total
    r"|\b(?:number|quota)\s+of\s+(?:[\w\-’']+\s+){0,3}?(?:places|seats|scholarships|grants|fellowships|stipends)\s+"
    r"(?:(?:for|to|under|within|in|from)\s+[^,;.]{1,80}?\s+)?"
    r"(?:(?:is|was|will\s+be|are|were)\s+(?=\d)|(?:(?:has|have|had|is|was|will|has\s+been|have\s+been|was|were|"
    r"will\s+be)\s+)?(?:increased|raised|expanded|brought|set|grown|risen|reached|rose|grew|totall?ed|amounted\s+to|"
    r"amounts\s+to|stands\s+at|stood\s+at|totals)\s+)(?:to\s+)?(?:up\s+to\s+)?"
    rf"(?P<num6>{NUMBER_RE})\b(?!\s*(?:%|per\s*cent))"
    # "a 25-strong first cohort", "a 30-student double degree programme"
    rf"|(?<![\w,.+])(?P<num7>{NUMBER_RE})-(?:strong|students?|places?|seats?)\s+(?:[\w\-’']+\s+){{0,3}}?"
    r"(?:cohort|intake|group|batch|class|program(?:me)?|course|degree|school)\b",
    re.IGNORECASE,
)
#: Words one of which every branch of _CAPACITY holds, in lower case (``in`` is far cheaper than a pattern).
ROOM_CUES = (
    "places",
    "seats",
    "slots",
    "spots",
    "openings",
    "vacanc",
    "positions",
    "studentship",
    "posts",
    "capped",
    "limited",
    "fixed",
    "restricted",
    "capacity",
    "intake",
    "cohort",
    "batch",
    "group",
    "class",
    "enrol",
    "number of",
    "quota",
    "-strong",
    "-student",
)


def has_room_word(low: str) -> bool:
    """True when the lower-cased ``low`` holds a word of room (``ROOM_CUES``)."""
    return any(cue in low for cue in ROOM_CUES)


#: More on top of a count told before: "a further 12 places", "another 10".
_MORE = re.compile(r"\b(?:further|another|additional|extra|more)\s+$", re.IGNORECASE)


def capacity_of(text: str) -> Participants | None:
    """The one room a sentence gives a programme ("up to 40 places a year", "a first intake of 25"), if it gives one."""
    if not has_room_word(text.lower()):
        return None  # the pattern tries a number at every position: only where one of its words is
    found = set()
    who = None
    for match in _CAPACITY.finditer(text):
        group = next(g for g in ("num", "num2", "num3", "num4", "num5", "num6", "num7") if match.group(g))
        if is_year(match.group(group)) or _MORE.search(text, 0, match.start(group)):
            continue
        count = parse_number(match.group(group))
        if count:
            found.add(count)
            who = "places" if group == "num" else "PhD places" if group == "num4" else None
    if len(found) != 1:
        return None
    return Participants(found.pop(), who)


#: A total told beside each side's share: "12 in all", "a total of 12", "12 altogether".
_TOTAL = re.compile(
    rf"\b(?:a\s+total\s+of|in\s+total|altogether)\s+(?P<num>{NUMBER_RE})\b"
    rf"|(?<![\w,.+])(?P<num2>{NUMBER_RE})\s+(?:[\w\-]+\s+){{0,2}}?(?:in\s+all|in\s+total|altogether)\b",
    re.IGNORECASE,
)


#: A share of each side after a count: "six students from each university", "six per side".
_PER_SIDE = re.compile(
    r"\s+(?:(?:from|of)\s+(?:each|both)|per|a)\s+(?:side|university|institution|partner|country|party)\b"
)


def total_in(text: str) -> int | None:
    """The total a sentence gives beside each side's share ("six from each university, 12 in all"), if any."""
    if "total" not in text and " all" not in text and "altogether" not in text:
        return None
    match = _TOTAL.search(text)
    if match is None:
        return None
    num = match.group("num") or match.group("num2")
    return None if is_year(num) else parse_number(num)


#: A count written out and repeated in figures: "twenty (20) students", "five (5) scholarships".
_FIGURES_AFTER = re.compile(r"(?<=[a-z])\s\(\d[\d,]{0,6}\)(?=\s)")


def plain(text: str) -> str:
    """``text`` with figures repeating a count written out blanked, its length kept: "twenty (20) students" is read
    as "twenty students" and every offset into it stays right."""
    if "(" not in text:
        return text
    return _FIGURES_AFTER.sub(lambda m: " " * len(m.group()), text)


#: A programme told as planned: "will launch a double degree", "plan to open", "agreed to establish", "are to launch",
#: "a joint programme to be launched next year", "the double degree will start in 2026".
_PLANNED = re.compile(
    r"\b(?:will|shall|plans?\s+to|planning\s+to|planned\s+to|intends?\s+to|intending\s+to|aims?\s+to|agreed\s+to|"
    r"agree\s+to|are\s+to|is\s+to|(?:expected|set|due|going|preparing|decided|ready|about)\s+to|to\s+be)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:launch|establish|open|creat|start|introduc|set\s+up|develop|implement|begin|initiat)\w*\b",
    re.IGNORECASE,
)
#: People who took part in something before: "have studied", "took part", "have already spent a semester", "have
#: completed internships", "have gone on exchange", "the exchange has brought 120 students" (never "will be trained":
#: to come).
_TOOK_PART = re.compile(
    r"\b(?:studied|took\s+part|taken\s+part|participated|completed|benefit+ed|went|gone|travell?ed|visited|spent|"
    r"(?<!\bbe\s)trained|graduated|underwent|undergone|interned)\b"
    # what a scheme that runs has done: "the exchange has brought 120 students to B", "it has hosted 40 fellows"
    r"|\b(?:has|have|had)\s+(?:already\s+|so\s+far\s+)?(?:brought|sent|hosted|welcomed|received|produced|supported|"
    r"funded|involved)\b",
    re.IGNORECASE,
)
#: People taken into a programme, or a future: "have been selected for", "have enrolled", "have signed up", "will".
_TAKEN_OR_TO_COME = re.compile(
    r"\b(?:selected|admitted|enrol+ed|accepted|chosen|nominated|recruited|registered|signed\s+up|applied|"
    r"shortlisted|will|shall|would|are\s+to|is\s+to|to\s+be)\b",
    re.IGNORECASE,
)


def planned_at(text: str, begin: int) -> bool:
    """True when the words around a programme whose name starts at ``begin`` in ``text`` tell it as planned, not
    running ("A and B will launch a double degree", "a joint master's programme to be launched in 2026")."""
    return _PLANNED.search(text, max(0, begin - 120), begin + 100) is not None


def took_part_before(text: str) -> bool:
    """True when ``text`` tells of people who have already taken part in something ("So far, 120 students have
    studied at B under the exchange agreement"), not of people taken in or to come."""
    return _TOOK_PART.search(text) is not None and _TAKEN_OR_TO_COME.search(text) is None


def participants_near(
    doc: Doc, n: int, pos: int, begin: int, *, later: bool = True, staff: bool = False
) -> Participants:
    """Count and kind of participants: just before ("Six researchers completed internships"), or after.

    ``begin`` is where the programme's name starts, ``pos`` where to look for a count after it. With
    ``later``, the next two sentences are read too when they point back to the programme ("The programme
    admits 25 students a year"), never a count of the article at large ("The university has 28,000 students"), nor
    of its teachers ("15 professors will teach in it") unless the programme is one of ``staff`` (visiting professors).
    """
    text = plain(doc.sentences[n].text)
    if (chosen := taken_of_a_pool(text)) is not None:
        return Participants(chosen, None)  # "Of the 40 who applied to the X programme, 12 ..."
    head = text[max(0, pos - 120) : pos]
    before = list(_PEOPLE_COUNT_FOLDED.finditer(head))
    if before and re.match(r"(?:[\w\s]{0,40})internship", text[pos:], re.I):
        return Participants(upper_count(head, before[-1]), " ".join(before[-1].group("who").split()))
    # "35 Kenyan students study at B, 12 of them under the X programme": the share the programme brought
    if count := share_before(text, begin):
        return Participants(count, None)
    # "Some 40 researchers took part in the summer school": the count is the subject
    lead_text = text[max(0, begin - 120) : begin]
    lead = [m for m in _PEOPLE_COUNT_FOLDED.finditer(lead_text) if not _a_pool(lead_text, m)]
    if (
        len({m.group("num") for m in lead})
        == 1  # "14 students and 6 teachers came under the programme": no one count
        and _JOINED.search(text[max(0, begin - 120) : begin][lead[-1].end() :])
        and not is_year(lead[-1].group("num"))
    ):
        return Participants(upper_count(lead_text, lead[-1]), " ".join(lead[-1].group("who").split()))
    for k in range(n, min(n + 3 if later else n + 1, len(doc.sentences))):
        text = plain(doc.sentences[k].text)[pos if k == n else 0 :]
        if (
            k == n
        ):  # "... under mobility programmes, and 45 Korean students study at B": another clause's count
            text = text[: m.start()] if (m := _NEXT_CLAUSE.search(text)) else text
        back = REFERS_BACK.search(text) if k > n else None
        if k > n and (back is None or _NAMED_WORD.search(back.group(0))):
            continue  # no pointing back, or to another programme by its name ("the Global Korea Scholarship")
        if k > n and took_part_before(text) and planned_at(doc.sentences[n].text, begin):
            continue  # "A and B will launch a double degree. So far, 120 students have studied at B under ...": before it
        if k > n and (chosen := taken_of_a_pool(text)) is not None:
            return Participants(chosen, None)  # "Out of 150 applicants, 20 were selected for the programme"
        match = _PEOPLE_COUNT_FOLDED.search(text)
        while match is not None and (
            is_year(match.group("num"))
            or _a_pool(text, match)
            or (not staff and _made_or_taught_by(text, match))
            or _AUDIENCE_BEFORE.search(text, max(0, match.start() - 40), match.start())
            or _of_a_body(text, match)
            or _AUDIENCE_AFTER.match(text, match.end())
            or (k > n and _UNDER_WHICH_BEFORE.search(text, max(0, match.start() - 40), match.start()))
        ):
            # "15 professors will teach in the programme": its staff, not its participants; "a ceremony attended by
            # 200 students": an audience
            match = _PEOPLE_COUNT_FOLDED.search(
                text, match.end("num")
            )  # "in 2026 with 12 students": not the year
        if match:
            # "Six students from each university will join it, 12 in all": the total
            total = total_in(text) if k > n or _PER_SIDE.match(text, match.end()) else None
            return Participants(total or upper_count(text, match), " ".join(match.group("who").split()))
    return Participants()


#: The people taken in, of more who applied, told in one sentence: "Of the 25 students who applied to the double degree
#: programme, 12 were admitted".
_OF_THOSE_WHO_APPLIED = re.compile(
    r"^\W*(?:Of|Out\s+of|From|Among)\s+(?:the\s+|some\s+|about\s+|over\s+)?[^,;.]{1,40}?\b(?:applicants|candidates|"
    rf"who\s+applied|nominees|applications)\b[^,;.]{{0,120}},\s*(?P<num>{COUNT_RE})\s+(?:[\w\-]+\s+){{0,2}}?(?:were|have\s+been|"
    r"will\s+be|are|got)\s+(?:admitted|selected|accepted|enrolled|chosen|shortlisted|offered\s+places)\b",
    re.IGNORECASE,
)
#: The openers of a sentence that tells of a pool first ("Of ...", "Out of ...", "From ...", "Among ..."), lower-cased.
_POOL_OPENERS = ("of ", "out of ", "from ", "among ")


def taken_of_a_pool(text: str) -> int | None:
    """The count of people taken of a pool told first ("Of the 40 applicants, 12 were admitted", "Out of 150
    applicants, 20 students were selected for the programme"), if ``text`` tells one."""
    if not text.lstrip(" \"'“(").lower().startswith(_POOL_OPENERS):
        return None
    chosen = _OF_THOSE_WHO_APPLIED.match(text)
    if chosen is None or is_year(chosen.group("num")):
        return None
    return parse_count(chosen.group("num")) or None


#: People a programme chose from, not those it took: "150 applicants", "from | out of | among 150 candidates".
_POOL_WHO = re.compile(r"(?:applicants|applications)$", re.IGNORECASE)
_POOL_CANDIDATES = re.compile(r"(?:candidates|nominees)$", re.IGNORECASE)
_POOL_BEFORE = re.compile(
    r"\b(?:out\s+of|of|from|among|from\s+among)\s+(?:(?:some|about|around|over|more\s+than|nearly|almost|the)\s+)?$",
    re.IGNORECASE,
)


def _a_pool(text: str, match: re.Match[str]) -> bool:
    """True when the people counted by ``match`` are a pool the programme chose from: applicants ("drew 150
    applicants"), or candidates after "of | out of | from | among" ("20 were chosen out of 150 candidates")."""
    who = match.group("who").rstrip()
    if _POOL_WHO.search(who):
        return True
    return bool(_POOL_CANDIDATES.search(who)) and bool(
        _POOL_BEFORE.search(text, max(0, match.start() - 30), match.start())
    )


#: Holding or receiving a programme's award: "hold", "received", "have been awarded".
_HOLD = (
    r"hold|holds|holding|held|receive|receives|receiving|received|won|win|got|get|"
    r"(?:were|are|have\s+been|had\s+been)\s+awarded|(?:have|had)\s+(?:received|won|got|been\s+given)"
)

#: A share of people counted before, brought by the programme named next: "12 of them under the", "of whom 12 on the";
#: held or received: "12 of them hold scholarships under the", "12 of them are recipients of the", "of whom 12 received
#: the", "Of the 35 Kazakh students at B, 12 receive the".
_SHARE_UNDER = re.compile(
    rf"(?:\b(?P<num>{COUNT_RE})\s+of\s+(?:them|these|those|whom)|\bof\s+whom\s+(?P<num2>{COUNT_RE})"
    rf"|^\W*(?:Of|Among)\s+(?:the|these|those)\s+[^,;.]{{1,80}}?,\s*(?P<num3>{COUNT_RE})"
    # "Among them, 12 hold the X" (the total told in the sentence before); "..., including 12 under the X programme"
    rf"|^\W*(?:Of|Among)\s+(?:them|these|those|whom),?\s*(?P<num4>{COUNT_RE})|\bincluding\s+(?P<num5>{COUNT_RE})"
    # "Twelve of the 35 Kazakh students at B hold the X", "20 of the 150 applicants were admitted to the X"
    rf"|\b(?P<num6>{COUNT_RE})\s+of\s+(?:the|these|those)\s+[^,;.]{{1,80}}?)\s+"
    r"(?:(?:now|currently|also|still)\s+)?"
    r"(?:(?:(?:are|were|have\s+been|study|studying|studied|came|arrived)\s+)*(?:under|within|through|on|via|thanks\s+to)"
    r"|(?:are|were|have\s+been|being)\s+(?:funded|sponsored|supported|financed)\s+(?:by|through|under)"
    r"|(?:are|were|have\s+been|will\s+be)\s+(?:admitted|selected|accepted|enrolled|chosen)\s+(?:to|for|into|in|on)"
    rf"|(?:{_HOLD})\s+(?:[\w\-]+\s+){{0,2}}?(?:scholarships?|grants?|stipends?|fellowships?|places|awards?|funding)\s+"
    r"(?:under|within|through|of|from|on|via|by)"
    r"|(?:as|are|were|being|became|become)\s+(?:the\s+)?(?:holders|recipients|beneficiaries|fellows|scholars|grantees|"
    r"winners|laureates)\s+of"
    rf"|{_HOLD})\s+"
    r"(?:the\s+framework\s+of\s+)?(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)


def share_before(text: str, at: int) -> int | None:
    """The share of people counted before that a programme whose name starts at ``at`` in ``text`` brought or
    holds ("35 Kenyan students study at B, 12 of them under the X programme", "Of the 35 Kazakh students at B, 12
    receive the X"), if the words before its name tell one."""
    opens = text[:3] in ("Of ", "Amo")
    if at <= 0 or not (opens or " of " in text[:at] or "including" in text[:at]):
        return None
    share = _SHARE_UNDER.search(text, 0 if opens else max(0, at - 100), at)
    if share is None:
        return None
    num = next(g for g in share.group("num", "num2", "num3", "num4", "num5", "num6") if g)
    return None if is_year(num) else parse_count(num)


#: A count in a relative clause of another noun: "the exchange agreement, under which 120 students ...".
_UNDER_WHICH_BEFORE = re.compile(
    r"\b(?:under|through|thanks\s+to|within)\s+which\s+(?:(?:about|some|around|over|more\s+than|nearly)\s+)?$",
    re.IGNORECASE,
)

#: The size of a body, not of a programme: "B, which has 25,000 students", "home to 40,000 students", "a wider partnership
#: involving 12 universities and 5,000 students".
_OF_A_BODY = re.compile(
    r"(?:(?:(?-i:[A-Z])[\w\-.)]*|universit(?:y|ies)|institutes?|colleges?|academ(?:y|ies)|schools?|facult(?:y|ies)|campus(?:es)?|"
    r"countr(?:y|ies)|city|region)\s*,\s*(?:(?:which|that)\s+(?:now\s+|currently\s+|already\s+)?(?:has|had|have|hosts|"
    r"counts|boasts|unites|enrols|enrolls|educates|trains|employs|brings\s+together))|\bhome\s+to)\s+"
    r"(?:(?:(?!,\s)[^.;]){0,60}?\s+and\s+)?(?:(?:about|some|around|over|more\s+than|nearly|almost|a\s+total\s+of)\s+)?$"
    r"|\b(?:partnership|network|consortium|alliance|association)\s+(?:involving|of|with|uniting|that\s+unites|"
    r"comprising|which\s+includes|including)\s+(?:(?!,\s)[^.;]){0,60}$",
    re.IGNORECASE,
)

#: An audience counted: "attended by about 200 students", "200 students attended | gathered | were present".
_AUDIENCE_BEFORE = re.compile(
    r"\b(?:(?:attended|watched|witnessed|joined)\s+by|in\s+(?:the\s+)?presence\s+of|before\s+an\s+audience\s+of|"
    r"in\s+front\s+of|(?:presented|introduced|explained|shown)\s+to)\s+(?:(?:about|some|around|over|more\s+than|nearly)\s+)?$"
    # "a ceremony attended by 300 guests, including 150 students"
    r"|\b(?:attended|watched|witnessed)\s+by\s+[^.;]{1,40}?,?\s+(?:including|among\s+them|of\s+whom)\s+"
    r"(?:(?:about|some|around|over|more\s+than|nearly)\s+)?$",
    re.IGNORECASE,
)
_AUDIENCE_AFTER = re.compile(
    r"\s+(?:(?:and|as\s+well\s+as)\s+[^,;.]{1,40}?\s+)?(?:(?:attended|joined)\s+(?:the|a|an|this)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:ceremony|lecture|meeting|event|conference|forum|signing|presentation|seminar|opening|concert|festival|briefing)"
    r"|gathered|were\s+present|filled|listened|watched)\b",
    re.IGNORECASE,
)


#: A size in apposition before the count: "A, with a total of 12,000 students, launched ...".
_WITH_SIZE = re.compile(
    r"(?:(?-i:[A-Z])[\w\-.)]*|universit(?:y|ies)|institutes?|colleges?|academ(?:y|ies)|schools?)\s*,\s*(?:with|having|"
    r"boasting)\s+(?:(?:a\s+total\s+of|about|some|around|over|more\s+than|nearly|almost)\s+)?$",
    re.IGNORECASE,
)


def _of_a_body(text: str, match: re.Match[str]) -> bool:
    """True when the people counted by ``match`` are the size of a body ("B, which has 25,000 students", "B, with
    12,000 students, launched"), not those a programme takes."""
    return bool(
        _OF_A_BODY.search(text, max(0, match.start() - 100), match.start())
        or (
            _WITH_SIZE.search(text, max(0, match.start() - 60), match.start())
            and text[match.end() : match.end() + 2].lstrip().startswith(",")
        )
    )


def _made_or_taught_by(text: str, match: re.Match[str]) -> bool:
    """True when the people counted by ``match`` teach, made or run the programme ("15 professors will teach",
    "taught by 15 professors", "with 15 teachers and 40 students"): its staff, not its participants."""
    return bool(
        _TEACHING.match(text, match.end())
        or _BY_STAFF_BEFORE.search(text, max(0, match.start() - 40), match.start())
        or (_STAFF_WHO.search(match.group("who")) and _PEOPLE_AFTER.match(text, match.end()))
    )


#: People who made or run a programme: "taught | developed | organised by 15 professors".
_BY_STAFF_BEFORE = re.compile(
    r"\b(?:taught|developed|designed|run|led|supervised|organi[sz]ed|created|delivered|prepared|staffed)\s+by\s+"
    r"(?:(?:about|some|around|over|more\s+than|nearly|up\s+to)\s+)?$",
    re.IGNORECASE,
)
#: Who teaches: staff counted beside the students a programme takes ("with 15 teachers and 40 students").
_STAFF_WHO = re.compile(
    r"(?i:professors|teachers|lecturers|faculty|staff|employees|volunteers|tutors|supervisors)"
)
#: A count of learners after staff counted, in the same clause.
_PEOPLE_AFTER = re.compile(
    r"[^.;]{0,60}?\b\d[\d,]*\s+(?:[\w\-]+\s+)?(?:students|participants|trainees|schoolchildren|pupils|learners)\b"
    r"|[^.;]{0,60}?\b(?:[a-z]+ty(?:-[a-z]+)?|ten|eleven|twelve|[a-z]+teen)\s+(?:[\w\-]+\s+)?(?:students|participants|"
    r"trainees|pupils)\b",
    re.IGNORECASE,
)

#: People who teach in a programme rather than take part: "15 professors will teach (in the programme)".
_TEACHING = re.compile(
    r"\s+(?:(?:from|of)\s+[^,;.]{1,60}?\s+)?(?:will\s+|would\s+|are\s+to\s+|also\s+)*(?:teach|lecture|supervise|"
    r"deliver|give\s+lectures|be\s+involved\s+in\s+teaching)\w*\b",
    re.IGNORECASE,
)

#: A capitalised word after the first: a name inside "the Global Korea Scholarship".
_NAMED_WORD = re.compile(r"\s[A-Z]")

#: Where the clause of a programme's name ends: ", and 45 students ...", "; ...", ", while ...".
_NEXT_CLAUSE = re.compile(
    r";|,\s+(?:and|while|whereas|but)\s"
    # the next programme of a list: "a double degree programme, a joint summer school and an exchange for 20 students"
    r"|(?:,|\s+and)\s+(?:a|an)\s+(?:[\w\-’'+]+\s+){0,3}?(?:program(?:me)?|school|scheme|exchange|degree|course)\b"
)


_JOINED = re.compile(
    r"^[^,;]{0,20}?\b(?:took|take|takes|taking)\s+part\s+in|^[^,;]{0,20}?\b(?:participated|participate|"
    r"participates|enrolled|enrol|enroll|joined|join|attended|attend|completed|study|studied|are|were|"
    r"received|receive|receives|won|win|were\s+awarded|was\s+awarded|benefit(?:ed|ted)?|"
    r"graduated\s+from|graduate\s+from)\s+"
    r"(?:in|on|at|under)?\s*(?:the|this|a|its|their)?\s*$|^\s*(?:of|in)\s+(?:the\s+)?$"
    # "Twenty students were selected for the exchange programme (from 150 applicants)"
    r"|^[^,;]{0,20}?\b(?:were|was|have\s+been|has\s+been|had\s+been|will\s+be|are)\s+(?:selected|chosen|admitted|"
    r"accepted|nominated|shortlisted)\s+(?:for|to|into|in|on)\s+(?:the|this|a|an|its|their)?\s*$"
    # "120 students have studied there under Erasmus+", "... study in Korea under academic mobility programmes"
    r"|^[^;]{0,100}?\b(?:under|within|through|thanks\s+to)\s+(?:the\s+framework\s+of\s+)?"
    r"(?:(?:the|an?|this|its|their)\s*)?(?:(?:academic|student|international|staff|faculty)\s+)?$",
    re.IGNORECASE,
)


def count_of_sentence(doc: Doc, n: int, prog: Programme) -> None:
    """A programme with no count takes the count of people its sentence gives, when it gives one."""
    text = plain(doc.sentences[n].text)
    at = text.find(prog.name)
    if count := share_before(text, at):
        # "35 Kenyan students study at B, 12 of them under the X programme"
        prog.participants = Participants(count, None)
        return
    if (chosen := taken_of_a_pool(text)) is not None:
        prog.participants = Participants(chosen, None)  # "Out of 150 applicants, 20 were selected for the X"
        return
    counts = [
        m
        for m in COUNT.finditer(text)
        if not YEAR.fullmatch(m.group("num").strip())
        and parse_count(m.group("num"))
        and not _a_pool(text, m)
        and not _AUDIENCE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        and not _of_a_body(text, m)
        and not (prog.kind != "other" and _made_or_taught_by(text, m))
    ]
    if len({parse_count(m.group("num")) for m in counts}) == 1:
        prog.participants = Participants(
            upper_count(text, counts[0]), " ".join(counts[0].group("who").split())
        )
    elif not counts and (room := capacity_of(text)) is not None:
        prog.participants = room  # "a double degree with up to 40 places a year"


#: "20 students from Kazakhstan and 20 (students) from Korea": one flow each way.
_EACH_WAY = re.compile(
    rf"(?<![\w,.])(?P<n1>{NUMBER_RE})\s+(?P<who>(?:[\w\-’']+\s+){{0,2}}?(?:{WHO})\s+)(?:from|of|to)\s+(?:the\s+)?[A-Z][^,;.]{{1,60}}?"
    rf"\s+and\s+(?P<n2>{NUMBER_RE})\s+(?:[\w\-’']+\s+){{0,3}}?(?:from|of|to)\s+(?:the\s+)?[A-Z]"
)


def each_way(doc: Doc, n: int, here: list[Programme], out: list[Programme]) -> None:
    """A programme whose sentence counts people going each way ("20 students from Kazakhstan and 20 from Korea
    study under the scholarship programme") is told as one programme per flow, each with its count."""
    match = _EACH_WAY.search(doc.sentences[n].text)
    if match is None:
        return
    first, second = parse_number(match.group("n1")), parse_number(match.group("n2"))
    if first is None or second is None or YEAR.fullmatch(match.group("n2").strip()):
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
