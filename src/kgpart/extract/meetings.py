"""Meetings: who met whom, where and on which day."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container

from kgpart.extract.dates import find_date, opening_date
from kgpart.extract.doc import Doc
from kgpart.extract.record import Meeting

_MEET = re.compile(
    r"\b(?:met\s+with|meets\s+with|met|meets|held\s+(?:a\s+|separate\s+|several\s+|a\s+series\s+of\s+)?(?:meetings?|talks|negotiations|consultations)|"
    r"meeting\s+with|received|receives|welcomed|welcomes|visited|visits|hosted|hosts|talks\s+with|"
    r"paid\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:visit|call)|paid\s+(?:visit|call)|"
    r"(?:courtesy|introductory|farewell)\s+(?:call|visit)|called\s+on|"
    r"was\s+received|were\s+received|headed\s+by|has\s+visit|"
    # a diplomat before a university's students: "gave an open lecture", "conducted a master class",
    # "addressed the students of", "spoke to students of"
    r"(?:delivered|gave|held|conducted)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:lecture|speech|talk|master[\s\-]?class|seminar|workshop|presentation|briefing)|"
    r"(?:addressed|spoke\s+to|talked\s+to|lectured)\s+(?:the\s+)?(?:students|faculty|staff|teachers|audience)|"
    r"(?:meeting|talks)\s+(?:was|were)\s+(?:organi[sz]ed|arranged)|"
    r"toured|led\s+by|conferred\s+with|exchanged\s+views|talked\s+with|spoke\s+with|interacted\s+with|"
    r"(?:was|were)\s+(?:a\s+)?guests?\s+of|"
    r"(?:meeting|talks|ceremony|event|round\s*table)\s*,?\s+(?:held\s+|was\s+held\s+)?with\s+the\s+participation\s+of|"
    r"(?:meeting|talks|negotiations)\s+(?:was|were)\s+held|(?:meeting|talks|negotiations|consultations)\s+(?:took\s+place|between)|"
    # "During the reception of the delegation of X, Rector Y spoke"
    r"reception\s+of\s+(?:the\s+|a\s+)?delegation|"
    r"(?:meeting|talks|event|visit|lecture|ceremony|seminar|conference|forum|workshop|round\s*table|opening|"
    r"exhibition|presentation|celebration|festival|webinar|session)\s+(?:was\s+|were\s+)?attended\s+by|"
    # a signing before a witness is a meeting of the signatories and the witness (alone, it is none)
    r"in\s+the\s+(?:presence|attendance)\s+of|witnessed\s+by|"
    r"(?:online|virtual|video|bilateral|working|official)\s+(?:meeting|call|talks)|video[\s\-]?conference|"
    # "led a delegation to X", "headed a five-member delegation on a visit to X"
    r"(?:led|headed)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?delegation\s+(?:on\s+a\s+visit\s+)?to|"
    r"meeting\s+of\b(?=[^.]{0,160}\bwith\b)|visit\s+of\b|arrived\s+(?:at|in|on)|"
    r"(?:tele)?phone\s+(?:call|conversation|talks?)|"
    r"had\s+(?:a\s+)?(?:meeting|talks|conversation)|held\s+(?:a\s+)?(?:video\s*conference|round\s*table)|"
    r"(?:attended|participated\s+in|took\s+part\s+in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:meeting|event|talks|opening|ceremony|celebration|presentation|round\s*table))\b",
    re.IGNORECASE,
)
_MEETING_MORE = re.compile(
    r"\b(?:attended|participated|took\s+part|welcomed|welcoming|received|receiving|greeted|included|consisted\s+of|"
    r"comprised|accompanied\s+by|represented\s+by|present\s+(?:were|was)|(?:were|was)\s+(?:also\s+)?present)\b",
    re.IGNORECASE,
)
#: A sentence that names who came along joins the meeting without naming it.
_COMPANY = re.compile(
    r"\b(?:accompanied\s+by|delegation\s+(?:included|consisted\s+of|comprised)|"
    # "The university side was represented by A and B", "Also present were A and B"
    r"(?:side|sides|party|parties)\s+(?:was|were)\s+represented\s+by|(?:also\s+)?present\s+(?:were|was)|"
    r"(?:was|were)\s+(?:also\s+)?present)\b",
    re.I,
)
#: The sides of a meeting spoken of together: "The sides discussed", "the two parties agreed".
_BOTH_SIDES_LOWER = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:sides|parties)\b")
#: A later sentence joins the meeting when it speaks of it.
_MEETING_CONTEXT = re.compile(r"\b(?:meeting|delegation|event|visit|guests?|talks|ceremony)\b")
#: The next sentence when its subject is the guests of the meeting: "They were welcomed by the Rector, X".
_THEY_WERE_MET_LOWER = re.compile(
    r"\s*(?:they|he|she)\s+(?:was|were)\s+(?:\w+\s+)?(?:welcomed|received|greeted|hosted|introduced|met)\b"
)
#: A later sentence that opens inside the meeting joins it whatever its verb: "During the meeting, X presented".
_DURING_LOWER = re.compile(
    r"\s*(?:during|in\s+the\s+course\s+of|at)\s+the\s+(?:meeting|talks|visit|ceremony)\b"
)
#: A signing told the sentence before a witness's ("The agreement was signed by A and B. The Consul C attended
#: the ceremony."): the signatories are of the meeting too.
_SIGNED_LOWER = re.compile(r"\bsigned\b")
_CEREMONY_LOWER = re.compile(r"\b(?:ceremony|signing|witnessed|presence)\b")
#: Case-sensitive twins of the patterns for lower-cased text: several times faster to scan.
_MEET_LOWER = re.compile(_MEET.pattern)
_MEETING_MORE_LOWER = re.compile(_MEETING_MORE.pattern)
_COMPANY_LOWER = re.compile(_COMPANY.pattern)
_REPORTED = re.compile(
    r",?\s*(?:\w+\s+)?(?:reports|reported|cites|citing|according to|press service)\b.*$", re.IGNORECASE
)
#: Words one of which every match of _REPORTED holds (a cheap test on the folded text first).
_REPORTED_WORDS = ("report", "cites", "citing", "according", "press service")


def reported_at(text: str) -> int:
    """Where "..., the ministry reports" / "according to X" begins in ``text`` (its length when nowhere)."""
    fold = text.casefold()
    if not any(w in fold for w in _REPORTED_WORDS):
        return len(text)
    reported = _REPORTED.search(text)
    return reported.start() if reported else len(text)


#: What makes a meeting word tell a meeting yet to come ("will hold talks with", "proposed to hold a meeting
#: with", "invited the rector to visit", "suggested organising a visit of"): no meeting of the article.
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|going\s+to|(?:plans?|planned|planning|intends?|intended|proposed|suggested|offered|"
    r"expected|scheduled|agreed|decided|invited\s+(?:\w+\s+){0,3}?|is|are)\s+to|"
    r"(?:proposed|suggested|planned|discussed|considered|agreed\s+on)\s+(?:holding|organi[sz]ing|arranging))"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


#: What is received that is no guest: "received scholarships from", "receives 500 applications".
_THING_RECEIVED = re.compile(
    r"\s+(?:(?:a|an|the|its|their|\d[\d,]*|more\s+than\s+\d+|over\s+\d+|[\w\-]+)\s+){0,2}?"
    r"(?:scholarships?|grants?|awards?|funding|funds|applications?|certificates?|diplomas?|prizes?|orders?|"
    r"medals?|degrees?|support|equipment|books|donations?|accreditation|letters?|approval|recognition|status|"
    r"invitations?|titles?|assistance|financing|investments?|places|quotas?)\b",
    re.IGNORECASE,
)


#: The first words of an object of a verb that is no guest.
_OBJECT_HEAD = r"\s+(?:(?:a|an|the|this|these|its|their|his|her|\d[\d,]*|[\w\-]+)\s+){0,2}?"
#: What is welcomed, met, hosted or visited that is no guest: "welcomed the decision", "met the requirements",
#: "hosted an international conference", "visited the stand of X" (by a crowd at a fair).
_THING_OF = {
    "welc": re.compile(
        _OBJECT_HEAD
        + r"(?:decisions?|initiatives?|proposals?|ideas?|news|moves?|steps?|efforts|opening|launch|"
        r"applications?|submissions?|nominations?|establishment|creation|results?|progress|plans?)\b"
    ),
    "met": re.compile(
        _OBJECT_HEAD
        + r"(?:requirements?|criteria|standards?|needs|expectations|demands?|targets?|conditions|"
        r"deadlines?|goals?|quotas?)\b"
    ),
    "host": re.compile(
        _OBJECT_HEAD
        + r"(?:conferences?|forums?|summits?|olympiads?|exhibitions?|fairs?|competitions?|festivals?|"
        r"webinars?|workshops?|seminars?|contests?|championships?|games|congress(?:es)?|symposi(?:um|a)|"
        r"hackathons?|schools?|courses?)\b"
    ),
    "visi": re.compile(_OBJECT_HEAD + r"(?:stands?|booths?|pavilions?|web\s*sites?|pages?|portals?)\b"),
}
#: An event before "hosted by" or "led by": no guest and no delegation ("The Olympiad, hosted by X", "The
#: consortium, led by X").
_EVENT_BEFORE = re.compile(
    r"\b(?:conference|forum|summit|olympiad|exhibition|fair|competition|festival|webinar|workshop|seminar|"
    r"contest|championship|games|congress|symposium|hackathon|consortium|project|programme|program|initiative|"
    r"network|alliance|team|study|research|school|course|group|centre|center|laboratory|lab|council|committee)"
    r"s?\s*,?\s*(?:(?:which|that)\s+(?:was|is|were|are)\s+)?(?:(?:jointly|co|also)[\s\-])?$"
)


def _thing_met(fold: str, match: re.Match[str]) -> bool:
    """Whether the object of the meeting word ``match`` is a thing, not a guest: "received a grant",
    "welcomed the decision", "hosted a conference", "met the requirements", "The Olympiad, hosted by X"."""
    word = match.group(0)
    if word[:7] in ("receive", "Receive"):
        return _THING_RECEIVED.match(fold, match.end()) is not None
    thing = _THING_OF.get(word[:4]) or _THING_OF.get(word[:3])
    if thing is not None and word[-1] != "y" and thing.match(fold, match.end()):
        return True
    word = word.lower()
    passive = word.endswith(" by") or (word == "hosted" and fold.startswith(" by ", match.end()))
    if passive and (word[:4] in ("host", "head") or word[:3] == "led"):
        return _EVENT_BEFORE.search(fold.lower(), max(0, match.start() - 60), match.start()) is not None
    return False


#: Words one of which every match of _FUTURE_BEFORE holds (a cheap test first).
_FUTURE_CUES = ("will", "would", "shall", "to ", "holding", "organi", "arranging")


def _tells_meeting(fold: str, pattern: re.Pattern[str] = _MEET_LOWER) -> re.Match[str] | None:
    """The first match of ``pattern`` in the lower-cased sentence that tells a meeting held: not one to come,
    not a thing received."""
    for match in pattern.finditer(fold):
        start = match.start()
        window = fold[max(0, start - 60) : start]
        if any(w in window for w in _FUTURE_CUES) and _FUTURE_BEFORE.search(fold, max(0, start - 60), start):
            continue
        if _thing_met(fold, match):
            continue
        return match
    return None


_VISITED = re.compile(r"\b(?:visited|visit\s+to|arrived\s+at|at\s+the\s+campus\s+of)\s+(?:the\s+)?$", re.I)


def find_meetings(doc: Doc) -> list[Meeting]:
    """Return the article's main meeting (the first sentence reporting one, joined by who attended), then
    the meetings of later sentences that name someone new ("Later, the Ambassador visited X")."""
    folded = [s.text.lower() for s in doc.sentences]  # the patterns' lower-case twins scan these
    first = _first_meeting_sentence(doc, folded)
    if first is None:
        return []
    people: list[int] = []
    orgs: list[int] = []
    told: dict[int, tuple[set[int], set[int]]] = {}  # who each sentence of the main meeting names
    for n, fold in enumerate(folded):
        if (
            n == first
            or (
                n > first
                and (_MEETING_CONTEXT.search(fold) or _COMPANY_LOWER.search(fold))
                and (_tells_meeting(fold) or _MEETING_MORE_LOWER.search(fold))
            )
            # "He was received | introduced by X" right after the meeting sentence
            or (n == first + 1 and _THEY_WERE_MET_LOWER.match(fold) and not _met_elsewhere(doc, n, orgs))
        ):
            told[n] = _collect(doc, n, people, orgs, first)
        elif n > first and _DURING_LOWER.match(fold):  # who spoke there, not what was spoken of
            told[n] = _collect(doc, n, people, orgs, first, orgs_named=False)
        elif n == first + 1 and _of_the_meeting(doc, n, orgs):
            # "The Embassy of X hosted Rector Y. Ambassador Z discussed ... with him.": Z of the Embassy was there
            told[n] = _collect(doc, n, people, orgs, first, orgs_named=False)
    if first and _CEREMONY_LOWER.search(folded[first]) and _SIGNED_LOWER.search(folded[first - 1]):
        told[first - 1] = _collect(doc, first - 1, people, orgs)
    if _sides(doc, people, orgs) < 2 and any(_BOTH_SIDES_LOWER.search(f) for f in folded[first + 1 :]):
        # a headline naming one side ("Rector of X receives Ambassador of France"), then "The sides discussed
        # ...": who the article names after it are the sides
        _add_the_others(doc, first, folded, people, orgs)
    if _sides(doc, people, orgs) < 2:
        return []  # a person and his own university: nobody met
    lead = people[0] if people else None
    own: set[int] = set()  # the sentences that tell a later meeting
    later = _later_meetings(doc, first, lead, told, people, own)  # may add to ``people``
    _leave_later(doc, told, own - {first}, lead, people, orgs)
    tour = _toured(doc, first, folded[first], people)
    if not later and not tour:
        _add_the_others(doc, first, folded, people, orgs)
    date = _meeting_date(doc, first, told)
    when = date.isoformat() if date else None
    split = []
    for host, guests in tour:  # the hosts after the first are meetings of their own
        orgs.remove(host)
        people[:] = [p for p in people if p not in guests]
        names = [doc.persons[i].name for i in dict.fromkeys([*_tour_side(doc, first, people), *guests])]
        homes = [doc.orgs[i].name for i in orgs if i not in [h for h, _ in tour] and _is_home(doc, i, first)]
        place = doc.orgs[host].name if "meetings" not in folded[first] else None  # "visited A and B"
        split.append(Meeting(names, [*homes, doc.orgs[host].name], when, place, doc.evidence(first)))
    meeting = Meeting(
        [doc.persons[i].name for i in people],
        [doc.orgs[i].name for i in orgs],
        when,
        _place(doc, first),
        doc.evidence(first),
    )
    return [meeting, *split, *later]


#: The words of a meeting sentence that tell a visit to each of several hosts: "visited A and B", "held
#: meetings with the rectors of A and B".
_TOUR_WORDS = re.compile(r"visited|visits|toured|paid\s|held\s+(?:separate\s+|several\s+)?meetings")
#: Kinds of organisation that host a meeting of their own on a tour (a faculty is shown round, not met).
_HOST_KINDS = frozenset({"University", "ResearchInstitute", "Ministry", "Government", "Company", "Embassy"})


def _toured(doc: Doc, first: int, fold: str, people: list[int]) -> list[tuple[int, list[int]]]:
    """The second and later hosts of a visit to several ("The Ambassador visited A and B"), each with the
    people of the meeting who are theirs; empty when the meeting sentence names one host."""
    match = _tells_meeting(fold)
    if (
        match is None
        or not _TOUR_WORDS.match(match.group(0))
        or fold[match.end() :].lstrip().startswith("by ")
    ):
        return []  # "University visited by Director X of Y": one host, the visitor after the verb
    pos = doc.sentences[first].start + match.start()
    side = {
        doc.find_org(doc.persons[m.index].affiliation) for m in doc.person_mentions_in(first) if m.start < pos
    }
    side |= {m.index for m in doc.org_mentions_in(first) if m.start < pos}
    if not side and not any(m.start < pos for m in doc.person_mentions_in(first)):
        return []  # no visitor named: each host alone would be a meeting of one party
    sent = doc.sentences[first]
    cut = sent.start + reported_at(sent.text)  # ", the press service of the Ministry reported": no host
    hosts = [
        m.index
        for m in doc.org_mentions_in(first)
        if pos < m.start < cut and m.index not in side and doc.orgs[m.index].type in _HOST_KINDS
    ]
    hosts = list(dict.fromkeys(hosts))
    if len(hosts) < 2:
        return []
    return [(h, [p for p in people if doc.find_org(doc.persons[p].affiliation) == h]) for h in hosts[1:]]


def _tour_side(doc: Doc, first: int, people: list[int]) -> list[int]:
    """The people of a tour's own side: those the meeting sentence names before its verb (the visitors)."""
    sent = doc.sentences[first]
    match = _tells_meeting(sent.text.lower())
    pos = sent.start + (match.start() if match else 0)
    return [m.index for m in doc.person_mentions_in(first) if m.start < pos and m.index in people]


def _is_home(doc: Doc, i: int, first: int) -> bool:
    """Whether organisation ``i`` is of the visitors' side: named before the meeting sentence's verb, or the
    organisation of someone named there."""
    sent = doc.sentences[first]
    match = _tells_meeting(sent.text.lower())
    pos = sent.start + (match.start() if match else 0)
    if any(m.index == i and m.start < pos for m in doc.org_mentions_in(first)):
        return True
    return any(
        m.start < pos and doc.find_org(doc.persons[m.index].affiliation) == i
        for m in doc.person_mentions_in(first)
    )


def _first_meeting_sentence(doc: Doc, folded: list[str]) -> int | None:
    """The first sentence telling a meeting of two parties, else the first telling one of one party: a
    headline naming one side ("Rector receives ambassador") gives way to the sentence naming both."""
    fallback = None
    for n, fold in enumerate(folded):
        if match := _tells_meeting(fold):
            parties = _parties(doc, n)
            if parties >= 2 and _summary(doc, n, match) and _told_next(doc, folded, n):
                # "Kazakh Ambassador visits universities of A and B": a summary of the next sentence
                return n + 1
            if parties >= 2:
                return n
            if parties and fallback is None:
                fallback = n
        elif _TWO_SIDED_LOWER.search(fold) and _two_sides(doc, n):
            return n
    return fallback


def _told_next(doc: Doc, folded: list[str], n: int) -> bool:
    """Whether the sentence after ``n`` tells a meeting of two parties, one a person."""
    if n + 1 >= len(folded) or not doc.person_mentions_in(n + 1):
        return False
    return _parties(doc, n + 1) >= 2 and _tells_meeting(folded[n + 1]) is not None


def _summary(doc: Doc, n: int, match: re.Match[str]) -> bool:
    """Whether meeting sentence ``n`` names hosts alone: no person, nothing before its verb."""
    if doc.person_mentions_in(n):
        return False
    pos = doc.sentences[n].start + match.start()
    return all(m.start > pos for m in doc.org_mentions_in(n))


#: Verbs that tell a meeting only when the sentence names both sides: "Rector A and Ambassador B discussed".
_TWO_SIDED_LOWER = re.compile(
    r"\b(?:discussed|exchanged\s+views|agreed\s+to|agreed\s+on|agreed\s+with|(?:was|were)\s+agreed\s+(?:by|between)|"
    # "Ambassador X, together with Rector Y, opened the centre": an event of the two
    r"(?:together|jointly)\s+with|"
    # "Rector X thanked Ambassador Y for the visit", "Ambassador X presented books to Rector Y during his visit",
    # "Rector X briefed the visiting Ambassador Y"
    r"for\s+(?:the|his|her|their|this)\s+(?:[\w\-]+\s+)?(?:visit|hospitality|welcome|reception)|"
    r"during\s+(?:the|his|her|their|a|an)\s+(?:[\w\-]+\s+)?visit|"
    # "Ambassador X presented the Order of Y to Rector Z", "handed over computers to Rector Z"
    r"presented\s+(?:[\w\-]+\s+){1,6}?to|handed\s+(?:over\s+)?(?:[\w\-]+\s+){1,6}?to|"
    r"the\s+visiting\s+(?:ambassador|consul|minister|delegation|guests?|envoy|diplomat|rector|president|"
    r"vice[\s\-]chancellor|high\s+commissioner))\b"
)


def _two_sides(doc: Doc, n: int) -> bool:
    """Whether sentence ``n`` names a person and someone of another side (another organisation or person)."""
    mentions = doc.person_mentions_in(n)
    if not mentions:
        return False
    sides = {("org", i) for i in doc.orgs_in(n)}
    referred = _the_university(doc, n)
    if referred is not None:
        sides.add(("org", referred))
    for m in mentions:
        aff = doc.find_org(doc.persons[m.index].affiliation)
        sides.add(("org", aff) if aff is not None else ("person", m.index))
    return len(sides) >= 2


_MET_LATER = re.compile(
    r"\b(?:met\s+with|met|(?:held|had)\s+(?:a\s+)?(?:separate\s+)?(?:meeting|talks|conversation)\s+with|"
    r"(?P<visit>visited|toured|paid\s+(?:a|an)\s+(?:\w+\s+)?visit\s+to)|"
    # "He was received by Rector X", "The Minister also received the Ambassador of Y, Z": only with a
    # person named after the verb ("received a grant from X" is no meeting)
    r"(?P<host>(?:was|were)\s+(?:(?:also|later|then|warmly|cordially)\s+)?(?:received|welcomed|hosted|greeted)\s+by|received|welcomed|hosted))\s+(?:the\s+)?",
    re.I,
)


#: Its case-sensitive twin for lower-cased text (several times faster; offsets kept when the length is).
_MET_LATER_LOWER = re.compile(_MET_LATER.pattern)
#: What opens a sentence before the institution it took place at: "At X, ...", "During the visit to X, ...".
_AT_HOST = re.compile(r"\s*(?:At|In|During\s+(?:the|his|her|their|a)\s+visit\s+to)\s+(?:the\s+)?")
#: Words one of which every match of _MET_LATER holds (a cheap test first).
_LATER_WORDS = (
    "met",
    "meeting",
    "talks",
    "conversation",
    "visit",
    "toured",
    "received",
    "welcomed",
    "hosted",
    "greeted",
)


def _later_meetings(
    doc: Doc,
    first: int,
    lead: int | None,
    told: dict[int, tuple[set[int], set[int]]],
    main: list[int],
    own: set[int] | None = None,
) -> list[Meeting]:
    """ "Later, the Ambassador met with the Rector of Y, Z": a meeting of its own when it names someone new.

    New means named by no other sentence of the main meeting. A visit to several institutions ("visited
    A and B") is a meeting with each. Someone of an organisation already there whom a party of the main
    meeting met ("The Ambassador met with the President of X, Y") joins ``main``, the main meeting's people.
    """
    out: list[Meeting] = []
    for n in range(first + 1, len(doc.sentences)):
        sent = doc.sentences[n]
        if not any(w in sent.text for w in _LATER_WORDS):
            continue  # what _MET_LATER needs, tested cheaply first
        if not doc.person_mentions_in(n) and not doc.org_mentions_in(n):
            continue  # names no one: nothing new to tell
        fold = sent.text.lower()
        if n in told and _THEY_WERE_MET_LOWER.match(fold):
            continue  # "He was received by the Rector": the guest of the main meeting, met there
        if len(fold) != len(sent.text):  # offsets are kept only when lower-casing keeps the length
            fold = sent.text
        match = _tells_meeting(fold, _MET_LATER_LOWER if fold is not sent.text else _MET_LATER)
        if match is None:
            continue
        pos = sent.start + match.start()
        cut = sent.start + reported_at(sent.text)
        before = [m for m in doc.person_mentions_in(n) if m.start < pos]
        if before:
            visitor = before[-1].index
        elif lead is not None and _VISITOR_WORDS.search(sent.text[: match.start()]):
            visitor = lead
        else:
            continue
        met = [m.index for m in doc.person_mentions_in(n) if pos < m.start < cut]
        if match.group("host") and not met:
            continue
        hosts = [m.index for m in doc.org_mentions_in(n) if pos < m.start < cut]
        hosts += [  # "At Tsinghua University, the delegation was received by ...": where it took place
            m.index
            for m in doc.org_mentions_in(n)
            if m.start < pos and _AT_HOST.fullmatch(doc.text, sent.start, m.start)
        ]
        hosts += [i for p in met if (i := doc.find_org(doc.persons[p].affiliation)) is not None]
        hosts = list(dict.fromkeys(hosts))
        people = {i for k, (p, _) in told.items() if k != n for i in p}
        orgs = {i for k, (_, o) in told.items() if k != n for i in o}
        # someone named by title alone and no place ("The guests were received by Rector X", "He was received
        # by Vice-President Y", "The delegation, headed by Z, was received by Rector X") was met at the main
        # meeting's place: the main meeting told again
        received_by = match.group("host") is not None and match.group("host")[:3] in ("was", "wer")
        unplaced = not hosts and (n in told or (not before and received_by))
        if set(hosts) <= orgs and all(p in people or doc.persons[p].affiliation or unplaced for p in met):
            if visitor in main:  # nobody new (someone of an organisation already there): the main meeting
                main.extend(p for p in dict.fromkeys(met) if p not in main)
            continue
        if not met and all(doc.orgs[h].type in _UNIT_KINDS for h in hosts):
            continue  # "also visited the Faculty of Law and the students' society": a tour of the host
        if visitor in main and hosts and all(_unit_of(doc, h, orgs) for h in hosts):
            main.extend(p for p in dict.fromkeys(met) if p not in main)
            continue  # "also visited the Faculty of X, where he met with Dean Y": the host's own unit
        home = doc.find_org(doc.persons[visitor].affiliation)
        date = find_date(sent.text, doc.published)
        when = date.isoformat() if date else None
        groups = [(met, hosts)]
        if match.group("visit") and len(hosts) > 1:
            groups = [([p for p in met if doc.find_org(doc.persons[p].affiliation) == h], [h]) for h in hosts]
        for hosts_met, host_orgs in groups:
            names = [doc.persons[i].name for i in dict.fromkeys([visitor, *hosts_met])]
            places = [
                doc.orgs[i].name for i in dict.fromkeys([*([home] if home is not None else []), *host_orgs])
            ]
            place = doc.orgs[host_orgs[0]].name if match.group("visit") and len(host_orgs) == 1 else None
            out.append(Meeting(names, places, when, place, doc.evidence(n)))
            if own is not None:
                own.add(n)
    return out


def _unit_of(doc: Doc, i: int, orgs: set[int]) -> bool:
    """Whether organisation ``i`` is a faculty, centre or school of the main meeting's host or of no one named."""
    org = doc.orgs[i]
    if org.type not in ("Faculty", "Centre", "School"):
        return False
    whole = doc.find_org(org.part_of) if org.part_of else None
    return whole is None or whole in orgs


#: Kinds of the units a guest is shown round (faculties, centres, a students' society, a park): no meeting of
#: their own when nobody of them is named.
_UNIT_KINDS = frozenset({"Faculty", "Centre", "School", "Other"})

#: Who a later sentence's visitor is when not named: the lead of the main meeting.
_VISITOR_WORDS = re.compile(
    r"\b(?:the\s+)?(?:ambassador|consul(?:\s+general)?|diplomat|envoy|delegation|guests?|minister|he|she)\b",
    re.I,
)


_WHEN_WORDS = re.compile(
    r"\b(?:meeting|visit|talks|took\s+place|was\s+held|were\s+held|event|signed|signing|ceremony)\b", re.I
)


def _meeting_date(doc: Doc, first: int, told: Container[int] = ()) -> dt.date | None:
    """The date of the meeting sentence, else of a sentence next to it that speaks of the meeting, else
    of a lead sentence after it that opens with a date (a headline, then "On 2 May, the rector ..."),
    else of one of the next three that tells a meeting (the lead after a headline: "The rector met on Monday
    with ...") or speaks of this one (``told``)."""
    found = find_date(doc.sentences[first].text, doc.published)
    # the sentence before the signatories' when they are of the meeting: "X and Y signed a deal Thursday.
    # The agreement was signed by A and B. The Consul C attended the ceremony."
    for n in (first - 1, first + 1, *((first - 2,) if first - 1 in told else ())):
        if found is None and 0 <= n < len(doc.sentences) and _WHEN_WORDS.search(doc.sentences[n].text):
            found = find_date(doc.sentences[n].text, doc.published)
    for n in range(first + 1, min(first + 4, len(doc.sentences))):
        if found is None:
            found = opening_date(doc.sentences[n].text, doc.published)
    for n in range(first + 1, min(first + 4, len(doc.sentences))):
        if found is None and (n in told or _MEET_LOWER.search(doc.sentences[n].text.lower())):
            found = find_date(doc.sentences[n].text, doc.published)
    return found


#: The title of a head of state or government named in passing ("the address of the President of X").
_HEAD_OF_STATE = re.compile(
    r"(?:the\s+)?(?:president|prime\s+minister|king|queen|emir|sultan|crown\s+prince)\b", re.I
)


def _add_the_others(doc: Doc, first: int, folded: list[str], people: list[int], orgs: list[int]) -> None:
    """Everyone an article of one meeting names from its sentence on was at it (the genre names nobody else),
    with their organisation: not a head of state named in passing, nor the signatories of a document when the
    meeting is no signing ("Under the agreement, signed by A and B, ...")."""
    signing = bool(_SIGNED_LOWER.search(folded[first]))
    seen: dict[int, bool] = {}
    for m in doc.person_mentions:
        if m.sentence >= first and m.index not in people:
            ok = signing or not _SIGNED_LOWER.search(folded[m.sentence])
            seen[m.index] = seen.get(m.index, False) or ok
    for p, ok in seen.items():
        person = doc.persons[p]
        aff = doc.find_org(person.affiliation)
        if not ok or (aff is None and _HEAD_OF_STATE.match(person.role or "")):
            continue
        people.append(p)
        if aff is not None and aff not in orgs:
            orgs.append(aff)


def _leave_later(
    doc: Doc,
    told: dict[int, tuple[set[int], set[int]]],
    own: set[int],
    lead: int | None,
    people: list[int],
    orgs: list[int],
) -> None:
    """Take out of the main meeting who only a sentence of a later meeting names ("On 4 April, the Ambassador
    held a meeting with the Rector of B, Y" speaks of a meeting, yet of another one)."""
    for n in own & told.keys():
        others = [named for k, named in told.items() if k not in own]
        keep_people = {i for p, _ in others for i in p} | ({lead} if lead is not None else set())
        keep_orgs: set[int | None] = {i for _, o in others for i in o}
        if lead is not None:
            keep_orgs.add(doc.find_org(doc.persons[lead].affiliation))
        people[:] = [p for p in people if p in keep_people or p not in told[n][0]]
        orgs[:] = [i for i in orgs if i in keep_orgs or i not in told[n][1]]


def _met_elsewhere(doc: Doc, n: int, orgs: list[int]) -> bool:
    """Whether "He was received by X" (sentence ``n``) names a host of an organisation new to a meeting that has
    two organisations already ("visited A, where he met Rector B. He was later received by the Minister of C")."""
    if len(orgs) < 2:
        return False
    theirs = {doc.find_org(doc.persons[m.index].affiliation) for m in doc.person_mentions_in(n)}
    return any(i is not None and i not in orgs for i in theirs)


def _of_the_meeting(doc: Doc, n: int, orgs: list[int]) -> bool:
    """Whether sentence ``n`` names someone of an organisation the meeting already has."""
    return any(doc.find_org(doc.persons[m.index].affiliation) in orgs for m in doc.person_mentions_in(n))


def _sides(doc: Doc, people: list[int], orgs: list[int]) -> int:
    """How many parties the people and organisations make: an organisation one of the people is of is none
    of its own ("the rector of X" and X are one party)."""
    theirs = {doc.find_org(doc.persons[p].affiliation) for p in people}
    return len(people) + sum(1 for i in orgs if i not in theirs)


def _parties(doc: Doc, n: int) -> int:
    return len({m.index for m in doc.person_mentions_in(n)}) + len(doc.orgs_in(n))


def _collect(
    doc: Doc, n: int, people: list[int], orgs: list[int], first: int = -1, *, orgs_named: bool = True
) -> tuple[set[int], set[int]]:
    """Add who sentence ``n`` names to ``people`` and ``orgs``; return them. The meeting's own sentence
    (``first``) also names the university it calls "the university"; without ``orgs_named`` only the people
    and the organisations they are of are added."""
    sent = doc.sentences[n]
    named: tuple[set[int], set[int]] = (set(), set())
    cut = sent.start + reported_at(sent.text)
    for m in doc.person_mentions_in(n):
        named[0].add(m.index)
        if m.index not in people:
            people.append(m.index)
        aff = doc.find_org(doc.persons[m.index].affiliation)
        if aff is not None:
            named[1].add(aff)
            if aff not in orgs:
                orgs.append(aff)
    for m in [m for m in doc.org_mentions_in(n) if m.start < cut and orgs_named]:
        named[1].add(m.index)
        if m.index not in orgs:
            orgs.append(m.index)
    if n == first:
        referred = _the_university(doc, n)
        if referred is not None and referred not in orgs:
            named[1].add(referred)
            orgs.append(referred)
    return named


#: "the university", "the provost of the university": a university named before, not again.
_THE_UNIVERSITY = re.compile(r"\bthe\s+university\b(?!['’]s\s+(?:own|new))")


def _the_university(doc: Doc, n: int) -> int | None:
    """The university a meeting sentence refers to as "the university" (the one named last before it)."""
    sent = doc.sentences[n]
    if "the university" not in sent.text.lower():
        return None
    for match in _THE_UNIVERSITY.finditer(sent.text.lower()):
        if sent.text[match.start() + 4] == "u":  # not "the University of Szeged", a name of its own
            return doc.recent_org(sent.start + match.start(), kind="University", window=3)
    return None


def _place(doc: Doc, n: int) -> str | None:
    sent = doc.sentences[n]
    for m in doc.org_mentions_in(n):
        if _VISITED.search(doc.text[max(sent.start, m.start - 40) : m.start]):
            return doc.orgs[m.index].name
    if re.search(r"\bvia video(?:conference|\s+link)\b|\bonline\b", sent.text, re.I):
        return "videoconference"
    return None
