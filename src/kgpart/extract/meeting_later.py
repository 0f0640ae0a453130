"""Meetings told after the main one: "Later, the Ambassador met with the Rector of Y", "On 4 April, he visited
Z, where he was received by ..."."""

from __future__ import annotations

import re

from kgpart.extract.dates import find_date
from kgpart.extract.doc import Doc
from kgpart.extract.meeting_words import (
    AT_HOST,
    LATER_WORDS,
    LEAD_TITLE,
    MET_LATER,
    MET_LATER_LOWER,
    THEY_WERE_MET_LOWER,
    UNIT_KINDS,
    VISITOR_WORDS,
    reported_at,
    tells_meeting,
)
from kgpart.extract.record import Meeting


def later_meetings(
    doc: Doc,
    first: int,
    lead: int | None,
    told: dict[int, tuple[set[int], set[int]]],
    main: list[int],
    own: set[int] | None = None,
    guests: int | None = None,
) -> list[Meeting]:
    """ "Later, the Ambassador met with the Rector of Y, Z": a meeting of its own when it names someone new.

    New means named by no other sentence of the main meeting. A visit to several institutions ("visited
    A and B") is a meeting with each. Someone of an organisation already there whom a party of the main
    meeting met ("The Ambassador met with the President of X, Y") joins ``main``, the main meeting's people.
    ``guests`` is the institution whose delegation the main meeting names ("The delegation of X met ... Later
    it held talks with Y"): the visitor of a later sentence that calls it "it", "they" or "the guests".
    """
    out: list[Meeting] = []
    for n in range(first + 1, len(doc.sentences)):
        sent = doc.sentences[n]
        if not any(w in sent.text for w in LATER_WORDS):
            continue  # what MET_LATER needs, tested cheaply first
        if not doc.person_mentions_in(n) and not doc.org_mentions_in(n):
            continue  # names no one: nothing new to tell
        fold = sent.text.lower()
        if n in told and THEY_WERE_MET_LOWER.match(fold):
            continue  # "He was received by the Rector": the guest of the main meeting, met there
        if len(fold) != len(sent.text):  # offsets are kept only when lower-casing keeps the length
            fold = sent.text
        match = tells_meeting(fold, MET_LATER_LOWER if fold is not sent.text else MET_LATER)
        if match is None:
            continue
        pos = sent.start + match.start()
        cut = sent.start + reported_at(sent.text)
        before = [m for m in doc.person_mentions_in(n) if m.start < pos]
        visitor: int | None
        if before:
            visitor = before[-1].index
        elif guests is not None and _the_guests(doc, lead, guests, sent.text[: match.start()]):
            visitor = None  # "Later it held talks with Y": the delegation, no one of it named
        elif (titled := _titled(doc, main, sent.text[: match.start()])) is not None:
            visitor = titled  # "Rector X met Ambassador Y. Then the Ambassador visited Z": Y, not the lead
        elif lead is not None and _the_lead(doc, lead, sent.text[: match.start()]):
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
            if m.start < pos and AT_HOST.fullmatch(doc.text, sent.start, m.start)
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
        if not met and all(_shown_round(doc, h, orgs) for h in hosts):
            continue  # "also visited the Faculty of Law and the students' society": a tour of the host
        if visitor in main and hosts and all(_unit_of(doc, h, orgs) for h in hosts):
            main.extend(p for p in dict.fromkeys(met) if p not in main)
            continue  # "also visited the Faculty of X, where he met with Dean Y": the host's own unit
        if (
            not met
            and len(hosts) == 1
            and (match.group("visit") or match.group(0)[:3].lower() == "met")
            and not _its_people(doc, n, hosts[0])
        ):
            # "Later, the Ambassador visited Y", "He also met with Y": one more stop of the visit, nobody there
            # named (talks held with Y stay a meeting: the partnerships read the institutions of the latest one)
            continue
        home = doc.find_org(doc.persons[visitor].affiliation) if visitor is not None else guests
        date = find_date(sent.text, doc.published)
        when = date.isoformat() if date else None
        groups = [(met, hosts)]
        if match.group("visit") and len(hosts) > 1:
            groups = [([p for p in met if doc.find_org(doc.persons[p].affiliation) == h], [h]) for h in hosts]
        for hosts_met, host_orgs in groups:
            names = [doc.persons[i].name for i in dict.fromkeys([visitor, *hosts_met]) if i is not None]
            places = [
                doc.orgs[i].name for i in dict.fromkeys([*([home] if home is not None else []), *host_orgs])
            ]
            place = doc.orgs[host_orgs[0]].name if match.group("visit") and len(host_orgs) == 1 else None
            out.append(Meeting(names, places, when, place, doc.evidence(n)))
            if own is not None:
                own.add(n)
    return out


#: A unit named without its university: "the College of Engineering", "the School of Law".
#: People of a host told as a body, unnamed: "met the leadership of Y", "the rector and staff of Y".
_PEOPLE_OF = re.compile(
    r"\b(?:leadership|management|administration|rectorate|leaders|heads|officials|staff|faculty)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _its_people(doc: Doc, n: int, host: int) -> bool:
    """ "She met the leadership of Osaka University": the stop met Y's people, a meeting of its own."""
    sent = doc.sentences[n]
    return any(
        _PEOPLE_OF.search(doc.text, max(sent.start, m.start - 40), m.start)
        for m in doc.org_mentions_in(n)
        if m.index == host
    )


_UNIT_NAME = re.compile(r"(?:College|School|Faculty|Department|Institute)\s+of\b")


def _shown_round(doc: Doc, i: int, orgs: set[int]) -> bool:
    """Whether organisation ``i``, visited with nobody of it named, is a place of the host a guest is shown
    round: a unit, a unit named without its university ("the College of Engineering"), or a body named after
    an organisation of the meeting ("Makerere University Hospital")."""
    org = doc.orgs[i]
    if org.type in UNIT_KINDS or _UNIT_NAME.match(org.name):
        return True
    return any(j != i and doc.orgs[j].name in org.name for j in orgs)


#: How a later sentence calls a delegation no one of which it names: "it", "they", "the delegation", "the guests".
_GUESTS_WORDS = re.compile(r"\b(?:it|they|(?:the\s+)?(?:delegation|guests|visitors))\b", re.I)


def _the_guests(doc: Doc, lead: int | None, guests: int, opening: str) -> bool:
    """Whether the opening of a sentence before its meeting word speaks of the delegation of ``guests`` and
    the main meeting's lead is no one of it (then the lead is their host, not the visitor)."""
    if not _GUESTS_WORDS.search(opening):
        return False
    return lead is None or doc.find_org(doc.persons[lead].affiliation) != guests


#: A title a later sentence calls someone of the main meeting by: "the Ambassador", "the rector", "the minister".
_TITLE_SUBJECT = re.compile(
    r"\bthe\s+(ambassador|consul|minister|rector|president|vice[\s\-]chancellor|provost|dean|director|"
    r"chancellor|high\s+commissioner|envoy|diplomat)\b",
    re.I,
)
#: What a title a sentence uses stands for in a role: an envoy or a diplomat is an ambassador.
_TITLE_ROLE = {"envoy": "ambassador", "diplomat": "ambassador", "vice chancellor": "vice chancellor"}


def _titled(doc: Doc, main: list[int], opening: str) -> int | None:
    """The one person of the main meeting whose title the opening of a later sentence calls its subject by
    ("the Ambassador" when one person of the meeting is an ambassador); None when none or several are."""
    title = _TITLE_SUBJECT.search(opening)
    if title is None:
        return None
    word = title.group(1).lower().replace("-", " ")
    word = _TITLE_ROLE.get(word, word)
    holders = [
        p for p in dict.fromkeys(main) if word in (doc.persons[p].role or "").lower().replace("-", " ")
    ]
    if word == "president" or word == "chancellor":  # not the vice-president, nor the vice-chancellor
        holders = [
            p for p in holders if f"vice {word}" not in (doc.persons[p].role or "").lower().replace("-", " ")
        ]
    return holders[0] if len(holders) == 1 else None


def _the_lead(doc: Doc, lead: int, opening: str) -> bool:
    """Whether the opening of a sentence before its meeting word speaks of the main meeting's lead: "the
    Ambassador", "he", "the head of the diplomatic mission", or the lead's own title ("Then the rector")."""
    if VISITOR_WORDS.search(opening):
        return True
    title = LEAD_TITLE.search(opening)
    role = (doc.persons[lead].role or "").lower().replace("-", " ")
    return title is not None and title.group(1).lower().replace("-", " ") in role


def _unit_of(doc: Doc, i: int, orgs: set[int]) -> bool:
    """Whether organisation ``i`` is a faculty, centre or school of the main meeting's host or of no one named."""
    org = doc.orgs[i]
    if org.type not in ("Faculty", "Centre", "School"):
        return False
    whole = doc.find_org(org.part_of) if org.part_of else None
    return whole is None or whole in orgs
