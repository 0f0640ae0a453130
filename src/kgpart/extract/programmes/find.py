"""The first pass: programmes read sentence by sentence from the wordings of their names.

"a double-degree programme", "the Erasmus+ programme", "twelve scholarships a year", "two years at A
and two at B": each match becomes a programme with its partners (``partners.run_by``) and count
(``counts.participants_near``), unless it names an institution, an agency or a body, or tells of a
class of programmes only wished for; what the article tells of twice is merged (``_merge``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kgpart.extract.cohorts import NAMES_PEOPLE, is_year
from kgpart.extract.doc import Doc
from kgpart.extract.numbers import NUMBER_RE, parse_number
from kgpart.extract.patterns import starts_of
from kgpart.extract.programmes.counts import participants_near
from kgpart.extract.programmes.names import AGENCY_OR_POLICY, another_pair, inside_org, norm
from kgpart.extract.programmes.partners import run_by
from kgpart.extract.programmes.wordings import (
    AREAS_LISTED,
    COUNTED_CLASS_BEFORE,
    FOR_ITS_PEOPLE,
    MAYBE_OPENING,
    NOT_PLACES_GIVEN,
    PLACES_COUNTED,
    PLACES_GIVEN,
    PLACES_TO_STUDY,
    PROGRAMME_WORDS,
    QUOTA,
    QUOTA_TOLD,
    REFERS_BACK,
    SCHOLARSHIPS,
    SPLIT,
    TO_CREATE,
    TO_TALK_OF,
    WITH_A_COUNTRY_AFTER,
    kind_of,
    programme_pattern,
)
from kgpart.extract.record import Participants, Programme
from kgpart.extract.tokens import head_type

#: "a 2+2 arrangement": years at each side, a wording of a programme with none of PROGRAMME_WORDS in it.
_YEARS_AT_EACH = re.compile(r"\d\s*\+\s*\d")

#: A programme's name in quotes, its quotes dropped.
_QUOTED = re.compile(r"[“\"‘']([^”\"’']+)[”\"’']")
_LEADING_WORD = re.compile(r"^(?:(?:the|The|a|an|its|their)\s+)?(?:new\s+)?")
_TRAILING_AT = re.compile(r"\s+(?:at|to)$")


#: Capitalised words just before a programme's kind: its proper name ("the Stipendium Hungaricum").
_NAME_BEFORE = re.compile(
    r"(?<![\w’'])((?:(?!(?:The|This|That|These|Those|Under|In|Within|Through|For|During|Our|Its|Their|A|An|New)\b)"
    r"[A-Z][\w\-]*\+?\s+){1,3})$"
)


#: A joint body (not a programme of study): "a joint laboratory", "a joint research centre".
_BODY = re.compile(r"(?i:institute|laborator|lab\b|centre|center)")
#: People counted, then "under | within the framework of" just before a programme's name.
_COUNTED_UNDER = re.compile(
    r"\d[\d,.]*\s+[^.;]{0,120}?\b(?:under|within|through)\s+(?:the\s+framework\s+of\s+)?(?:the\s+)?"
    r"(?:[\w\-]+\s+){0,2}$"
)
#: People counted for whom a programme is held, just after its name: " on sustainable mining for 30 students".
_FOR_PEOPLE_COUNTED = re.compile(
    rf"(?:\s+[\w\-]+){{0,5}}?\s+for\s+(?:(?:up\s+to|about|some|around)\s+)?(?:{NUMBER_RE})\s+(?:[\w\-]+\s+){{0,2}}?"
    r"(?:students|participants|researchers|scholars|pupils|schoolchildren|teachers|young\s+people)\b",
    re.IGNORECASE,
)
#: A programme for teaching staff: "a visiting professor scheme", "a staff exchange".
_STAFF = re.compile(r"(?i:visiting|professor|lecturer|teacher|staff|faculty)")
#: A season's school or course: "summer school", "winter school".
_SEASON = re.compile(r"(?i:summer|winter|spring)\s")
#: A body only proposed: a verb of talk or wish in the sentence, then "the establishment of | to set up" just before.
_ONLY_PROPOSED = re.compile(
    r"\b(?:discuss|explor|consider|propos|prospect|possibilit|potential|idea|plan|intend|intention|wish|interest|"
    r"suggest)\w*\b[^.;]*\b(?:establish\w*|creat\w*|open\w*|set(?:ting)?\s+up|launch\w*|organi[sz]\w*|hold\w*)\s+(?:of\s+)?"
    r"(?:a|an|the)\s+(?:new\s+)?$",
    re.IGNORECASE,
)


#: A word each branch of PROGRAMME_WORDS holds as written ("summer" of "summer\s", "branch" of "branch\s+campus").
_PROGRAMME_STEMS = (
    "program",
    "internships",
    "degree",
    "diploma",
    "summer",
    "spring",
    "winter",
    "scholarship",
    "fellowship",
    "grants",
    "joint",
    "quota",
    "branch",
    "scheme",
    "dual",
    "double",
    "tutelle",
    "erasmus",
    "places",
    "seats",
)


def find_programmes(doc: Doc) -> list[Programme]:
    """Return programmes with a kind or a proper name, merged by kind within the article."""
    out: list[Programme] = []
    told: set[int] = set()  # the sentences that tell of a programme
    lower = doc.text.lower()
    # where a word of _PROGRAMME_STEMS begins: a sentence holding none has no match of PROGRAMME_WORDS
    stems = starts_of(lower, _PROGRAMME_STEMS)
    for n, sent in enumerate(doc.sentences):
        split = (
            SPLIT.finditer(sent.text) if sent.text.count("year") + sent.text.count("semester") >= 2 else ()
        )
        low = lower[sent.start : sent.end]
        k = bisect_left(stems, sent.start)
        words = (PROGRAMME_WORDS.search(low) if k < len(stems) and stems[k] < sent.end else None) or (
            _YEARS_AT_EACH.search(low) if "+" in low else None
        )
        if words is None and not split:
            continue  # every branch of _PROGRAMME and SCHOLARSHIPS holds one of these
        places = _scholarships(doc, n, low) if words is not None else []
        regex = programme_pattern(sent.text, low) if words is not None else None
        for match in (*(regex.finditer(sent.text) if regex is not None else ()), *split):
            name = _LEADING_WORD.sub("", match.group("name")).strip()
            name = _QUOTED.sub(r"\1", _TRAILING_AT.sub("", name))
            proper = _NAME_BEFORE.search(sent.text, 0, match.start())
            if proper and not name[:1].isupper() and not any(head_type(w) for w in proper.group(1).split()):
                name = f"{proper.group(1)}{name}"  # "the Stipendium Hungaricum scholarship programme"
            if name[:1].isupper() and any(head_type(w) not in (None, "Other") for w in name.split()[:-1]):
                # "the University programme": a name that names an institution; but "the El-Yurt Umidi Foundation
                # programme" is a funder's programme
                continue
            if AGENCY_OR_POLICY.match(name):
                continue  # "the World Food Programme" is an agency, "the State Programme for ..." a policy
            if name[:1].isupper() and inside_org(
                doc, n, sent.start + match.start(), sent.start + match.end()
            ):
                continue  # "the Commonwealth Scholarship Commission": a body's name, not a programme
            if re.match(r"(?:years?|semesters?)\s", name):
                name = "split programme"  # "two years at A and two years at B"
            kind = kind_of(name)
            named = name[:1].isupper()  # "Chevening scholarships": a name, not a class
            plural = name.endswith("s") and not name.endswith(("'s", "’s"))  # not "a joint master's"
            if name.startswith("branch") and MAYBE_OPENING.search(sent.text, 0, match.start()):
                continue  # "discussed the possibility of opening a branch campus": a topic
            wished = TO_CREATE.search(sent.text, 0, match.start()) or TO_TALK_OF.search(
                sent.text, 0, match.start()
            )
            if (
                ((kind == "joint" and _BODY.search(name)) or _SEASON.search(name))
                and _ONLY_PROPOSED.search(sent.text, 0, match.start())
                and not _FOR_PEOPLE_COUNTED.match(sent.text, match.end())
            ):
                # "discussed the establishment of a joint laboratory | the organisation of a summer school": a body or an
                # event wished for, not one that runs; but one planned "for 30 students" is told with its size
                continue
            if (
                plural
                and not named
                and " and " in name
                and _COUNTED_UNDER.search(sent.text, 0, match.start())
            ):
                continue  # "32 students study in Hungary under mobility and degree programmes": a class, how they came
            if plural and not named and _a_class(sent.text, match.start(), match.end()):
                continue  # "runs 15 double degree programmes", "joint programmes with universities in Germany"
            if plural and not named and (wished or AREAS_LISTED.search(sent.text, 0, match.start())):
                # "to establish exchange programmes": a class of things wished for, not one that runs; "a memorandum
                # covering academic exchange, joint research and double degree programmes": an area of an agreement
                continue
            if plural and not named and (not doc.orgs_in(n) or any(p.kind == kind for p in out)):
                # "joint educational programmes" with no partner named, or "new double-degree programmes"
                # beside the one the article told of: a wish or a class, not (more of) a programme
                continue
            partners = run_by(doc, n, sent.start + match.end(), given=GIVEN_NAME.search(name) is not None)
            participants = participants_near(
                doc,
                n,
                match.end() if "internship" not in name else match.start(),
                match.start(),
                later=not places,
                staff=_STAFF.search(name) is not None,
            )
            if (
                participants.count is None
                and places
                and _places_in_clause(sent.text, match.start(), match.end())
            ):
                participants = places.pop(0).participants  # "200 scholarships under the X programme"
            elif participants.count is not None:
                # "the X programme provides 30 scholarships": the places are the named programme's count
                places = [p for p in places if p.participants.count != participants.count]
            told.add(n)
            _merge(out, Programme(name, kind, partners, participants, doc.evidence(n)), doc)
        if places and regex is not None and not any(regex.finditer(sent.text)) and out:
            places = _places_told_again(doc, n, places, out[-1])
        for place in places:
            _merge(out, place, doc)
    # places counted with no giving verb ("This year 15 places are available for students from X", "ten slots per
    # semester"): a programme of their own (a scheme's or a partner's places) in a sentence that tells of no programme,
    # unless a programme with no count was told in the two sentences before (then they are its count, given later)
    # or a programme already holds their count. Session 15 read them only in an article of no other programme.
    uncounted = [
        doc.sentence_at(p.evidence.start) for p in out if p.participants.count is None and p.evidence
    ]
    for n, sent in enumerate(doc.sentences):
        low = lower[sent.start : sent.end]
        if (
            ("places" in low or "slots" in low)
            and n not in told
            and not any(0 < n - k <= 2 for k in uncounted)
        ):
            for place in _scholarships(doc, n, low, loose=True):
                if all(p.participants.count != place.participants.count for p in out):
                    _merge(out, place, doc)
    return out


def _places_in_clause(text: str, start: int, end: int) -> bool:
    """True unless ``text`` is split by semicolons and the clause of ``start``-``end`` counts no places: "A offers 30
    scholarships; A and B also run a joint master's programme" gives the programme no places."""
    if ";" not in text:
        return True
    clause = text[text.rfind(";", 0, start) + 1 : (text.find(";", end) + 1 or len(text) + 1) - 1]
    return any(regex.search(clause) for regex in (SCHOLARSHIPS, QUOTA, QUOTA_TOLD, PLACES_GIVEN))


def _a_class(text: str, start: int, end: int) -> bool:
    """True when the programmes in the plural at ``start``-``end`` of ``text`` are counted or run with a country's
    universities: a class of programmes, not one."""
    return bool(
        COUNTED_CLASS_BEFORE.search(text, max(0, start - 40), start) or WITH_A_COUNTRY_AFTER.match(text, end)
    )


def _places_told_again(doc: Doc, n: int, places: list[Programme], last: Programme) -> list[Programme]:
    """ "Each year the programme offers 200 scholarships": the places of the programme of the sentences just
    before (its count, when it has none), not a programme of their own."""
    if last.evidence is None or not n - 2 <= doc.sentence_at(last.evidence.start) < n:
        return places
    if not REFERS_BACK.search(doc.sentences[n].text) and not _more_of_its_places(doc, n, places, last):
        return places
    if last.participants.count is None:
        last.participants = places[0].participants
    return [p for p in places if p.participants.count != last.participants.count]


#: A programme of places given: scholarships, fellowships, grants.
_PLACES_GIVEN_NAME = re.compile(r"(?i:scholarship|fellowship|grant|stipend)")


def _more_of_its_places(doc: Doc, n: int, places: list[Programme], last: Programme) -> bool:
    """ "The Government launched the Abai scholarship scheme. Fifty scholarships will be awarded each year.": places of
    the sort of the scholarship programme just told, with no count of its own, in a sentence naming no other
    organisation, are its places."""
    return (
        last.participants.count is None
        and _PLACES_GIVEN_NAME.search(last.name) is not None
        and all(_PLACES_GIVEN_NAME.search(p.participants.who or "") for p in places)
        and all(doc.orgs[i].name in last.partners for i in doc.orgs_in(n))
    )


#: A programme of places one side gives, by its name: scholarships, fellowships, grants, stipends, places, quotas.
GIVEN_NAME = re.compile(r"(?i:scholarship|fellowship|grant|stipend|\bplaces\b|\bquota)")


def _scholarships(doc: Doc, n: int, low: str, loose: bool = False) -> list[Programme]:
    """ "Twelve scholarships a year": places of a programme, to be told of as one of their own or as the size of the
    programme the sentence names. ``loose``: also places counted with no giving verb ("15 places are available")."""
    sent = doc.sentences[n]
    out: list[Programme] = []
    # each pattern tries a number at every position: only where one of its words is
    counted = "scholarships" in low or "fellowships" in low or "grants" in low or "places" in low
    for match in SCHOLARSHIPS.finditer(sent.text) if counted else ():
        count = parse_number(match.group("num"))
        if count is None or is_year(match.group("num")):
            continue
        who = " ".join(match.group("who").split())
        if FOR_ITS_PEOPLE.match(sent.text, match.end()):
            continue  # "five scholarships for participants of the new programme": help within it, not a programme
        if who == "grants" and not NAMES_PEOPLE.search(sent.text):
            continue  # research grants, not places for students
        partners = run_by(doc, n, sent.start + match.end(), given=True)
        out.append(Programme(who, "exchange", partners, Participants(count, who), doc.evidence(n)))
    quotas = [*QUOTA.finditer(sent.text), *QUOTA_TOLD.finditer(sent.text)] if "uota" in sent.text else []
    for match in quotas:
        count = parse_number(match.group("num"))
        if (
            count is not None
            and not is_year(match.group("num"))
            and all(p.participants.count != count for p in out)
        ):
            partners = run_by(doc, n, sent.start + match.end(), given=True)
            who = match.group("who") or "places"
            out.append(Programme("quota", "exchange", partners, Participants(count, who), doc.evidence(n)))
    for match in PLACES_GIVEN.finditer(sent.text) if "places" in low or "seats" in low else ():
        count = parse_number(match.group("num"))
        if count is None or is_year(match.group("num")) or any(p.participants.count == count for p in out):
            continue  # "allocated 30 fully funded places": read above as funded places
        partners = run_by(doc, n, sent.start + match.end(), given=True)
        out.append(Programme("places", "exchange", partners, Participants(count, "places"), doc.evidence(n)))
    if loose and not out and PLACES_TO_STUDY.search(sent.text) and not NOT_PLACES_GIVEN.search(sent.text):
        # "This year 15 places are available for students from X", in an article naming no programme: places given
        for match in PLACES_COUNTED.finditer(sent.text):
            count = parse_number(match.group("num"))
            if (
                count is None
                or is_year(match.group("num"))
                or any(p.participants.count == count for p in out)
            ):
                continue
            partners = run_by(doc, n, sent.start + match.end(), given=True)
            out.append(
                Programme("places", "exchange", partners, Participants(count, "places"), doc.evidence(n))
            )
    return out


def _same_sort(old: Programme, new: Programme) -> bool:
    """A double degree or joint programme told twice, or two mentions of one sort of exchange ("exchange
    programme", "the exchange programmes"); not ten scholarships beside an exchange programme."""
    if new.kind in ("double-degree", "joint"):
        return True
    if new.kind == "other":
        return False
    both_named = old.name[:1].isupper() and new.name[:1].isupper()
    if old.evidence == new.evidence and not (both_named and norm(old.name) != norm(new.name)):
        # "the X programme provides 30 scholarships": the places of the programme named; but "the KOICA Fellowship
        # Programme and the Global Korea Scholarship" are two
        return True
    if (old.name[:1].isupper() or new.name[:1].isupper()) and not (
        norm(old.name) in norm(new.name) or norm(new.name) in norm(old.name)
    ):
        return False  # "the Global Korea Scholarship programme" beside "mobility programmes": two programmes
    return old.name.split()[-1].rstrip("s") == new.name.split()[-1].rstrip("s")


#: A joint programme named by its kind alone, which may be a double degree told of before.
_GENERIC_JOINT = re.compile(r"joint\s+(?:degree\s+|educational\s+|study\s+)?program(?:me)?", re.IGNORECASE)


def _merge(out: list[Programme], new: Programme, doc: Doc) -> None:
    """Add ``new`` to ``out``, or merge it into the programme it tells of again."""
    for old in out:
        if another_pair(doc, old, new):
            continue  # "A runs a double degree with B. It also launched one with C.": two programmes
        if _same(old, new):
            if _in_headline(doc, old) and new.evidence is not None:
                # "A and B launch dual degree" over the story: the story's sentence is where the programme is told,
                # and where the sentences after it point back to
                old.evidence = new.evidence
            return
    out.append(new)


def _in_headline(doc: Doc, prog: Programme) -> bool:
    """True when ``prog`` is told in the article's headline (a first line with no full stop)."""
    ev = prog.evidence
    return (
        ev is not None
        and doc.sentence_at(ev.start) == 0
        and not ev.sentence.rstrip().endswith((".", "!", "?"))
    )


def _same(old: Programme, new: Programme) -> bool:
    """Merge ``new`` into ``old`` when it tells of it again (completing partners and count); say whether it did."""
    # "Students spend the first year at A and the second at B": how the joint programme told of runs
    split_of = new.name == "split programme" and old.kind in ("joint", "double-degree")
    # "The joint programme will start with 12 students": the double degree told of, in other words
    again = old.kind == "double-degree" and new.kind == "joint" and _GENERIC_JOINT.fullmatch(new.name)
    if (split_of or again) and all(p in old.partners for p in new.partners):
        if old.participants.count is None:
            old.participants = new.participants
        return True
    named = old.name[:1].isupper() or new.name[:1].isupper()
    if (
        old.evidence == new.evidence
        and named
        and new.participants.count in (None, old.participants.count)
        and (norm(old.name) in norm(new.name) or norm(new.name) in norm(old.name))
    ):
        # "Erasmus Mundus joint master's degrees": a name read twice, once inside the longer one
        if len(new.name) > len(old.name):
            old.name, old.kind = new.name, new.kind
        old.partners += [p for p in new.partners if p not in old.partners]
        return True
    if (
        old.evidence == new.evidence
        and named
        and new.participants.count is not None
        and new.participants.count == old.participants.count
    ):
        # "Within the Bolashak programme, 30 young scientists will undergo internships at B": one programme counted once
        old.partners += [p for p in new.partners if p not in old.partners]
        return True
    if old.kind == new.kind and (old.name == new.name or _same_sort(old, new)):
        old.partners += [p for p in new.partners if p not in old.partners]
        if old.participants.count is None:
            old.participants = new.participants
        return True
    return False
