"""Meetings: who met whom, where and on which day."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container

from kgpart.extract.dates import find_date, opening_date
from kgpart.extract.doc import Doc
from kgpart.extract.meeting_later import later_meetings
from kgpart.extract.meeting_words import (
    ATTENDED_NEXT_LOWER,
    BOTH_SIDES_LOWER,
    CEREMONY_LOWER,
    COMPANY_LOWER,
    DURING_LOWER,
    HEAD_OF_STATE,
    HEADLINE_JOINT_LOWER,
    HOST_KINDS,
    JOINT_LOWER,
    MEET_LOWER,
    MEETING_CONTEXT,
    MEETING_MORE_LOWER,
    OPENED_LOWER,
    PAST_MEETING_LOWER,
    SIGNED_LOWER,
    SIGNING_CUE_LOWER,
    SIGNING_LOWER,
    THE_UNIVERSITY,
    THEY_WERE_MET_LOWER,
    TITLED_SIDE_LOWER,
    TOUR_WORDS,
    TWO_SIDED_LOWER,
    VISITED,
    WHEN_WORDS,
    WITNESS_CUE_LOWER,
    reported_at,
    signing_at,
    source_opening,
    tells_meeting,
)
from kgpart.extract.record import Meeting

__all__ = ["find_meetings", "reported_at"]


def find_meetings(doc: Doc) -> list[Meeting]:
    """Return the article's main meeting (the first sentence reporting one, joined by who attended), then
    the meetings of later sentences that name someone new ("Later, the Ambassador visited X")."""
    # an article's own sentences only: a cache kept across articles would only flatter a benchmark that
    # repeats its texts
    tells_meeting.cache_clear()
    folded = [s.text.lower() for s in doc.sentences]  # the patterns' lower-case twins scan these
    start = 0
    for _ in range(3):  # "Rector A of X welcomed the new students. ... Ambassador B visited X": the second
        first = _first_meeting_sentence(doc, folded, start)
        if first is None:
            return []
        found = _meetings_from(doc, folded, first)
        if found is not None:
            return found
        start = first + 1
    return []


def _meetings_from(doc: Doc, folded: list[str], first: int) -> list[Meeting] | None:
    """The meetings of an article whose main meeting sentence is ``first``; None when nobody met there (a
    person and his own university only)."""
    people: list[int] = []
    orgs: list[int] = []
    told: dict[int, tuple[set[int], set[int]]] = {}  # who each sentence of the main meeting names
    for n, fold in enumerate(folded):
        if (
            n == first
            or (
                n > first
                and (MEETING_CONTEXT.search(fold) or COMPANY_LOWER.search(fold))
                and (tells_meeting(fold) or MEETING_MORE_LOWER.search(fold))
            )
            # "He was received | introduced by X" right after the meeting sentence
            # ("The delegation included A and B. They were met by Rector C": right after a sentence of it)
            or (n - 1 in told and THEY_WERE_MET_LOWER.match(fold) and not _met_elsewhere(doc, n, orgs))
            # "A round table was held at X. Among the participants were A and B"
            or (n == first + 1 and ATTENDED_NEXT_LOWER.match(fold))
            # "X arrived in Almaty. He met with the Rector of Y": the one who arrived, meeting there
            or (
                n == first + 1
                and _pronoun_subject(doc, folded, n) in people
                and not _met_elsewhere(doc, n, orgs)
            )
        ):
            told[n] = _collect(doc, n, people, orgs, first)
        elif n > first and DURING_LOWER.match(fold):  # who spoke there, not what was spoken of
            told[n] = _collect(doc, n, people, orgs, first, orgs_named=False)
        elif n == first + 1 and _of_the_meeting(doc, n, orgs):
            # "The Embassy of X hosted Rector Y. Ambassador Z discussed ... with him.": Z of the Embassy was there
            told[n] = _collect(doc, n, people, orgs, first, orgs_named=False)
    subject = _pronoun_subject(doc, folded, first)
    if subject is not None and subject not in people:  # "He also met the Ambassador of X": who "he" is
        people.insert(0, subject)
        aff = doc.find_org(doc.persons[subject].affiliation)
        if aff is not None and aff not in orgs:
            orgs.append(aff)
    for n in _signing(doc, folded, first):  # "X and Y signed an MoU. The ceremony was attended by Z"
        if n not in told:
            told[n] = _collect(doc, n, people, orgs, first)
    if first and CEREMONY_LOWER.search(folded[first]) and SIGNING_LOWER.search(folded[first - 1]):
        told[first - 1] = _collect(doc, first - 1, people, orgs)
    if _sides(doc, people, orgs) < 2 and any(BOTH_SIDES_LOWER.search(f) for f in folded[first + 1 :]):
        # a headline naming one side ("Rector of X receives Ambassador of France"), then "The sides discussed
        # ...": who the article names after it are the sides
        _add_the_others(doc, first, folded, people, orgs)
    if _sides(doc, people, orgs) < 2 and (_headline(doc, first) or TITLED_SIDE_LOWER.search(folded[first])):
        # or a side named by its title alone: "The Rector of X received the Ambassador of India. Ambassador Y ..."
        # "KazNU rector receives French Ambassador" over a body that tells no meeting: who the body names met
        _add_the_others(doc, first, folded, people, orgs)
    if _sides(doc, people, orgs) < 2:
        return None  # a person and his own university: nobody met
    lead = people[0] if people else None
    past = _past_meetings(doc, folded, first, people)
    own: set[int] = set()  # the sentences that tell a later meeting
    delegation = _delegation_of(doc, first)
    later = later_meetings(doc, first, lead, told, people, own, delegation)  # may add to ``people``
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
    if _sides(doc, people, orgs) < 2:  # its other side was a later meeting's: one party met nobody
        return [*split, *later, *past]
    return [meeting, *split, *later, *past]


def _toured(doc: Doc, first: int, fold: str, people: list[int]) -> list[tuple[int, list[int]]]:
    """The second and later hosts of a visit to several ("The Ambassador visited A and B"), each with the
    people of the meeting who are theirs; empty when the meeting sentence names one host."""
    match = tells_meeting(fold)
    if (
        match is None
        or not TOUR_WORDS.match(match.group(0))
        or fold[match.end() :].lstrip().startswith("by ")
    ):
        return []  # "University visited by Director X of Y": one host, the visitor after the verb
    sent = doc.sentences[first]
    pos = sent.start + match.start()
    side = {
        doc.find_org(doc.persons[m.index].affiliation) for m in doc.person_mentions_in(first) if m.start < pos
    }
    side |= {m.index for m in doc.org_mentions_in(first) if m.start < pos}
    if not side and not any(m.start < pos for m in doc.person_mentions_in(first)):
        return []  # no visitor named: each host alone would be a meeting of one party
    cut = sent.start + reported_at(sent.text)  # ", the press service of the Ministry reported": no host
    hosts = [
        m.index
        for m in doc.org_mentions_in(first)
        if pos < m.start < cut and m.index not in side and doc.orgs[m.index].type in HOST_KINDS
    ]
    hosts = list(dict.fromkeys(hosts))
    if len(hosts) < 2:
        return []
    return [(h, [p for p in people if doc.find_org(doc.persons[p].affiliation) == h]) for h in hosts[1:]]


def _tour_side(doc: Doc, first: int, people: list[int]) -> list[int]:
    """The people of a tour's own side: those the meeting sentence names before its verb (the visitors)."""
    sent = doc.sentences[first]
    match = tells_meeting(sent.text.lower())
    pos = sent.start + (match.start() if match else 0)
    return [m.index for m in doc.person_mentions_in(first) if m.start < pos and m.index in people]


def _is_home(doc: Doc, i: int, first: int) -> bool:
    """Whether organisation ``i`` is of the visitors' side: named before the meeting sentence's verb, or the
    organisation of someone named there."""
    sent = doc.sentences[first]
    match = tells_meeting(sent.text.lower())
    pos = sent.start + (match.start() if match else 0)
    if any(m.index == i and m.start < pos for m in doc.org_mentions_in(first)):
        return True
    return any(
        m.start < pos and doc.find_org(doc.persons[m.index].affiliation) == i
        for m in doc.person_mentions_in(first)
    )


def _first_meeting_sentence(doc: Doc, folded: list[str], start: int = 0) -> int | None:
    """The first sentence from ``start`` on telling a meeting of two parties, else the first telling one of one
    party: a headline naming one side ("Rector receives ambassador") gives way to the sentence naming both."""
    fallback = None
    for n, fold in enumerate(folded):
        if n < start:
            continue
        if match := tells_meeting(fold):
            parties = _parties(doc, n)
            if parties == 1 and _pronoun_subject(doc, folded, n, match) is not None:
                parties = 2  # "He also met the Ambassador of X, Y": who "he" is, the sentence before says
            if parties >= 2 and _summary(doc, n, match) and _told_next(doc, folded, n):
                # "Kazakh Ambassador visits universities of A and B": a summary of the next sentence
                return n + 1
            if parties >= 2:
                return n
            if parties and fallback is None:
                fallback = n
        elif _two_sided(doc, n, fold) or _came_to(doc, n, fold):
            return n
        if _signing(doc, folded, n):
            return n
    # a headline naming neither side ("Rector receives French Ambassador", "Uzbek minister, Korean ambassador
    # discuss ..."): the body names them
    told = fallback is None and start == 0 and _headline(doc, 0)
    if told and (tells_meeting(folded[0]) or tells_meeting(folded[0], HEADLINE_JOINT_LOWER)):
        return 0
    return fallback


#: A pronoun as the subject of a meeting sentence, after what opens it: "On its sidelines, he held talks",
#: "There she was received by", "He also met".
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[,;]\s*|\b(?:then|there|later|afterwards|subsequently|also|here)\s+|"
    # after a time that opens the sentence with no comma: "On Tuesday he spoke to", "The same day she met"
    r"^\s*(?:on|in|at|during|later|that|the\s+same)\b[^,;]{0,30}?\s)(?:he|she)\s+"
    r"(?:(?:also|later|then|was|has|had|further|subsequently|separately|briefly)\s+){0,2}$"
)


def _pronoun_subject(doc: Doc, folded: list[str], n: int, match: re.Match[str] | None = None) -> int | None:
    """The person "he" or "she" before the meeting word of sentence ``n`` (``match``, found again when not
    given) stands for: the last person the two sentences before name, when sentence ``n`` names nobody
    before its meeting word."""
    fold = folded[n]
    if "he " not in fold:  # what _PRONOUN_SUBJECT needs ("he", "she"), tested cheaply first
        return None
    match = match or tells_meeting(fold)
    if match is None or not _PRONOUN_SUBJECT.search(fold, 0, match.start()):
        return None
    pos = doc.sentences[n].start + match.start()
    if any(m.start < pos for m in doc.person_mentions_in(n)):
        return None
    for k in (n - 1, n - 2):
        mentions = doc.person_mentions_in(k) if k >= 0 else []
        if mentions:
            return mentions[-1].index
    return None


def _headline(doc: Doc, n: int) -> bool:
    """Whether sentence ``n`` is the article's headline: its first line, with no full stop, a line of its own."""
    if n != 0 or len(doc.sentences) < 2:
        return False
    sent = doc.sentences[0]
    return (
        sent.text.rstrip()[-1:] not in (".", "!", "?") and "\n" in doc.text[sent.end : doc.sentences[1].start]
    )


def _told_next(doc: Doc, folded: list[str], n: int) -> bool:
    """Whether the sentence after ``n`` tells a meeting of two parties, one a person."""
    if n + 1 >= len(folded) or not doc.person_mentions_in(n + 1):
        return False
    if _parties(doc, n + 1) < 2 or tells_meeting(folded[n + 1]) is None:
        return False
    # two sides, not one person and his own body ("The delegation was headed by Ambassador X of Y")
    people = list(dict.fromkeys(m.index for m in doc.person_mentions_in(n + 1)))
    return _sides(doc, people, list(dict.fromkeys(doc.orgs_in(n + 1)))) >= 2


def _summary(doc: Doc, n: int, match: re.Match[str]) -> bool:
    """Whether meeting sentence ``n`` names hosts alone: no person, nothing before its verb."""
    if doc.person_mentions_in(n):
        return False
    pos = doc.sentences[n].start + match.start()
    return all(m.start > pos for m in doc.org_mentions_in(n))


def _may_tell_past(fold: str) -> bool:
    """Whether ``fold`` holds a word PAST_MEETING_LOWER needs (a cheap test before the pattern)."""
    return (
        "recent" in fold
        or "last" in fold
        or "previous" in fold
        or "earlier" in fold
        or "past" in fold
        or "first" in fold
    )


def _past_meetings(doc: Doc, folded: list[str], first: int, main: list[int]) -> list[Meeting]:
    """Meetings of the past a sentence after the main one tells in passing ("During the recent talks in Moscow,
    President A and I noted ...," said B): of who it names, when they are two sides and not all of the main
    meeting."""
    out: list[Meeting] = []
    for n in range(first + 1, len(folded)):
        fold = folded[n]
        if not _may_tell_past(fold) or not PAST_MEETING_LOWER.search(fold):
            continue
        people = list(dict.fromkeys(m.index for m in doc.person_mentions_in(n)))
        if set(people) <= set(main) or _sides(doc, people, []) < 2:
            continue
        homes = [i for p in people if (i := doc.find_org(doc.persons[p].affiliation)) is not None]
        out.append(
            Meeting(
                [doc.persons[p].name for p in people],
                [doc.orgs[i].name for i in dict.fromkeys(homes)],
                None,
                None,
                doc.evidence(n),
            )
        )
    return out


def _signing(doc: Doc, folded: list[str], n: int) -> list[int]:
    """The sentences of a signing sentence ``n`` tells that is a meeting: signed at a ceremony, online or
    before a witness, told there or in the next sentence ("X and Y signed an MoU. The ceremony was attended by
    Z"; "X and Y held an online signing ceremony. The MoU was signed by A and B"), with someone named and two
    sides. Empty when it is none ("The agreement was signed on behalf of X by A and of Y by B")."""
    fold = folded[n]
    if signing_at(fold) is None:
        return []
    group = [n]
    if n + 1 < len(folded) and doc.person_mentions_in(n + 1):
        after = folded[n + 1]
        if WITNESS_CUE_LOWER.search(after) or (
            SIGNING_CUE_LOWER.search(after)
            and (SIGNING_LOWER.search(after) or "ceremony" in after or "event" in after)
        ):
            group.append(n + 1)  # "The ceremony was attended by Z", "Present at the signing were A and B"
        elif SIGNING_CUE_LOWER.search(fold) and signing_at(after) is not None:
            group.append(n + 1)  # "... signed an MoU online. A and B signed on behalf of their universities"
    people = list(dict.fromkeys(m.index for k in group for m in doc.person_mentions_in(k)))
    if not people:
        return []
    if not any(SIGNING_CUE_LOWER.search(folded[k]) for k in group) and not _signed_by_two(doc, n, fold):
        return []
    orgs = list(dict.fromkeys(i for k in group for i in doc.orgs_in(k)))
    return group if _sides(doc, people, orgs) >= 2 else []


#: A signing told in the passive ("was signed by", "signed on behalf of X by"): its signatories, not a meeting.
_PASSIVE_SIGNED = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?signed\b|\bsigned\s+(?:by|on\s+behalf)\b"
)


def _signed_by_two(doc: Doc, n: int, fold: str) -> bool:
    """Whether sentence ``n`` tells two people signing in the active voice, one of them named before the
    verb ("Rector A and President B signed an MoU", "Rector A signed an agreement with President B")."""
    match = SIGNED_LOWER.search(fold)
    if match is None or _PASSIVE_SIGNED.search(fold):
        return False
    pos = doc.sentences[n].start + match.start()
    mentions = doc.person_mentions_in(n)
    return any(m.start < pos for m in mentions) and len({m.index for m in mentions}) >= 2


def _two_sided(doc: Doc, n: int, fold: str) -> bool:
    """Whether sentence ``n`` tells what two sides did together: "Rector A and Ambassador B discussed", "A and B
    inaugurated the centre" (two people of two organisations named before the verb)."""
    if TWO_SIDED_LOWER.search(fold) and _two_sides(doc, n):
        return True
    if DURING_LOWER.match(fold) and _two_sides(doc, n):
        return True  # "In the course of the negotiations, A and B considered ..."
    if (
        _may_be_joint(fold)
        and (joint := tells_meeting(fold, JOINT_LOWER))
        and _sides_before(doc, n, joint.start())
    ):
        return True
    if not ("opened" in fold or "inaugurated" in fold or "unveiled" in fold or "ribbon" in fold):
        return False  # what OPENED_LOWER needs, tested cheaply first
    opened = OPENED_LOWER.search(fold)
    return opened is not None and _sides_before(doc, n, opened.start())


#: A diplomat's or a government's title: someone of no university, a side of his own when his organisation is
#: not named ("Vice-Chancellor A and Ambassador B explored avenues ...").
_OFFICIAL_ROLE = re.compile(
    r"\b(?:ambassador|consul|envoy|high\s+commissioner|minister|charg[eé]|attach[eé])", re.I
)


#: A verb of coming right before an organisation's name: "came to Zhubanov University".
_CAME_TO = re.compile(r"\b(?:came|comes|went|travel+ed)\s+to\s+(?:the\s+)?$", re.I)


def _came_to(doc: Doc, n: int, fold: str) -> bool:
    """Whether sentence ``n`` tells an official who came to an organisation: "The Ambassador of Japan X came to
    Zhubanov University" (not a student who came to study: the one who came is a diplomat or a minister)."""
    if "came to" not in fold and "went to" not in fold and "comes to" not in fold and "lled to" not in fold:
        return False
    sent = doc.sentences[n]
    for m in doc.org_mentions_in(n):
        if not _CAME_TO.search(doc.text, max(sent.start, m.start - 30), m.start):
            continue
        for p in doc.person_mentions_in(n):
            person = doc.persons[p.index]
            if p.start < m.start and _OFFICIAL_ROLE.search(person.role or ""):
                return doc.find_org(person.affiliation) != m.index
    return False


def _may_be_joint(fold: str) -> bool:
    """Whether ``fold`` holds a word every match of JOINT_LOWER needs (a cheap test first)."""
    return (
        "discuss" in fold
        or "considered" in fold
        or "reviewed" in fold
        or "explored" in fold
        or " about" in fold
        or "touched" in fold
        or "exchanged" in fold
        or "held" in fold
    )


def _sides_before(doc: Doc, n: int, at: int) -> bool:
    """Whether sentence ``n`` names people of two organisations before offset ``at`` of its text (a diplomat
    or minister whose organisation is not named is one of his own)."""
    pos = doc.sentences[n].start + at
    before: set[object] = set()
    # someone of no organisation named, no official: of the other side when an official is there
    others = False
    for m in doc.person_mentions_in(n):
        if m.start < pos:
            person = doc.persons[m.index]
            aff = doc.find_org(person.affiliation)
            if aff is not None:
                before.add(aff)
            elif _OFFICIAL_ROLE.search(person.role or ""):
                before.add(("official", m.index))
            else:
                others = True
    if others and any(isinstance(side, tuple) for side in before):
        before.add("others")
    return len(before) >= 2


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


def _meeting_date(doc: Doc, first: int, told: Container[int] = ()) -> dt.date | None:
    """The date of the meeting sentence, else of a sentence next to it that speaks of the meeting, else
    of a lead sentence after it that opens with a date (a headline, then "On 2 May, the rector ..."),
    else of one of the next three that tells a meeting (the lead after a headline: "The rector met on Monday
    with ...") or speaks of this one (``told``)."""
    found = find_date(doc.sentences[first].text, doc.published)
    # the sentence before the signatories' when they are of the meeting: "X and Y signed a deal Thursday.
    # The agreement was signed by A and B. The Consul C attended the ceremony."
    for n in (first - 1, first + 1, *((first - 2,) if first - 1 in told else ())):
        if found is None and 0 <= n < len(doc.sentences) and WHEN_WORDS.search(doc.sentences[n].text):
            found = find_date(doc.sentences[n].text, doc.published)
    for n in range(first + 1, min(first + 4, len(doc.sentences))):
        if found is None:
            found = opening_date(doc.sentences[n].text, doc.published)
    for n in range(first + 1, min(first + 4, len(doc.sentences))):
        if found is None and (n in told or MEET_LOWER.search(doc.sentences[n].text.lower())):
            found = find_date(doc.sentences[n].text, doc.published)
    return found


def _add_the_others(doc: Doc, first: int, folded: list[str], people: list[int], orgs: list[int]) -> None:
    """Everyone an article of one meeting names from its sentence on was at it (the genre names nobody else),
    with their organisation: not a head of state named in passing, nor the signatories of a document when the
    meeting is no signing ("Under the agreement, signed by A and B, ..."), nor who only a meeting of the past
    has ("During their last meeting, A and B ...")."""
    signing = bool(SIGNED_LOWER.search(folded[first]))
    seen: dict[int, bool] = {}
    for m in doc.person_mentions:
        if m.sentence >= first and m.index not in people:
            ok = signing or not SIGNED_LOWER.search(folded[m.sentence])
            ok = ok and not PAST_MEETING_LOWER.search(
                folded[m.sentence]
            )  # "During the last talks, A and B ..."
            seen[m.index] = seen.get(m.index, False) or ok
    for p, ok in seen.items():
        person = doc.persons[p]
        aff = doc.find_org(person.affiliation)
        if not ok or (aff is None and HEAD_OF_STATE.match(person.role or "")):
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


#: What names the institution whose delegation came: "the delegation of X", "a delegation from X".
_DELEGATION_OF = re.compile(r"\bdelegation\s+(?:of|from)\s+(?:the\s+)?$", re.I)


def _delegation_of(doc: Doc, n: int) -> int | None:
    """The organisation whose delegation sentence ``n`` names ("A delegation of X visited ..."), if any."""
    sent = doc.sentences[n]
    if "delegation" not in sent.text:
        return None
    for m in doc.org_mentions_in(n):
        if _DELEGATION_OF.search(doc.text, max(sent.start, m.start - 30), m.start):
            return m.index
    return None


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
    opening = sent.start + source_opening(sent.text)  # "According to the press office of X, ...": no party
    for m in doc.person_mentions_in(n):
        named[0].add(m.index)
        if m.index not in people:
            people.append(m.index)
        aff = doc.find_org(doc.persons[m.index].affiliation)
        if aff is not None:
            named[1].add(aff)
            if aff not in orgs:
                orgs.append(aff)
    for m in [m for m in doc.org_mentions_in(n) if opening <= m.start < cut and orgs_named]:
        named[1].add(m.index)
        if m.index not in orgs:
            orgs.append(m.index)
    if n == first:
        referred = _the_university(doc, n)
        if referred is not None and referred not in orgs:
            named[1].add(referred)
            orgs.append(referred)
    return named


def _the_university(doc: Doc, n: int) -> int | None:
    """The university a meeting sentence refers to as "the university" (the one named last before it)."""
    sent = doc.sentences[n]
    if "the university" not in sent.text.lower():
        return None
    for match in THE_UNIVERSITY.finditer(sent.text.lower()):
        if sent.text[match.start() + 4] == "u":  # not "the University of Szeged", a name of its own
            return doc.recent_org(sent.start + match.start(), kind="University", window=3)
    return None


def _place(doc: Doc, n: int) -> str | None:
    sent = doc.sentences[n]
    for m in doc.org_mentions_in(n):
        if VISITED.search(doc.text[max(sent.start, m.start - 40) : m.start]):
            return doc.orgs[m.index].name
    if re.search(r"\bvia video(?:conference|\s+link)\b|\bonline\b", sent.text, re.I):
        return "videoconference"
    return None
