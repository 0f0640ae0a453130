"""The second pass: what the first pass leaves out or leaves incomplete, added and completed.

Only the sentences holding a cue word (``_CUES``, one scan of the article) or a programme are read.
In each, the rules of ``missed`` whose cue the sentence holds add programmes, merged into those the
article told of (``_add``), or given to the programme just before when the sentence points back to it;
a sentence with no programme of its own may complete the one just before (``later``: its count, its
room, its partners);
then the programmes of the sentence take partners given as "the two universities" / "the sides", the
one count of people the sentence gives, and one programme per flow of people counted each way. Last, a
programme with fewer than two partners takes one told in the next sentences.
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts import parse_count
from kgpart.extract.doc import Doc
from kgpart.extract.patterns import trie_pattern
from kgpart.extract.programmes import later, missed
from kgpart.extract.programmes.counts import COUNT, YEAR, count_of_sentence, each_way, has_room_word
from kgpart.extract.programmes.names import another_pair, norm
from kgpart.extract.programmes.partners import (
    TWO_SIDED,
    institutions_of_its_sentence,
    partner_told_later,
    partners_by_noun,
    sides_before,
)
from kgpart.extract.programmes.wordings import REFERS_BACK
from kgpart.extract.record import Meeting, Participants, Programme

#: Words one of which every rule of this pass needs (one scan of the lower-cased sentence).
_CUES = re.compile(
    trie_pattern(
        [
            "program",
            "scholarship",
            "fellowship",
            "grant",
            "awards",
            "diploma",
            "degree",
            "branch",
            "joint",
            "scheme",
            "the lab",
            "the centre",
            "the center",
            "the institute",
            "the school",
            "course",
            "initiative",
            "the two",
            "joint supervision",
            "supervise",
            "training of",
            "foundation year",
            "preparatory",
            "stay",
            "study visit",
            "secondment",
            "preparation of",
            "visiting professor",
            "visiting lecturer",
            "visiting scholar",
            "visiting researcher",
            "visiting fellow",
            "visiting teacher",
            "visiting faculty",
            "collaborat",
            "sides",
            "parties",
            "mobility",
            "exchange",
            "each",
            "both sides",
            "both universities",
            "both institutions",
            "both partners",
            "both parties",
            "cohort",
            "intake",
            "batch",
            "the first",
            "agreement",
            "memorand",
            "document",
            "protocol",
            "selected",
            "admitted",
            "enrol",
            "recruited",
            "chosen",
            "will attend",
            "spend",
            "travel",
            "benefit",
            "nominated",
            "will join",
            "to join",
            "have joined",
            "has joined",
            "take part",
            "taken part",
            "taking part",
            "participat",
            "participants",
            "took part",
            "attended",
            "graduated",
            "registered",
            "signed up",
            "places",
            "seats",
            "slots",
            "vacanc",
            "openings",
            "capacity",
            "capped",
            "limited to",
            "the number of",
            "support",
            "fund",
            "sponsor",
            "financ",
        ]
    )
)


#: Partners given by a noun: "the two universities", "the sides", "the parties".
_THE_PARTNERS = re.compile(
    r"\bthe\s+(?:two\s+)?(?:universities|institutions|sides|parties|partners)\b|\bthe\s+two\s+(?:schools|academies|institutes)\b"
    r"|\bboth\s+(?:universities|institutions|sides|parties|partners|schools)\b",
    re.IGNORECASE,
)


#: Names of programmes of mobility whatever their kind: "Erasmus+", "Mevlana".
_MOBILITY_NAME = re.compile(r"(?i:erasmus|mevlana|mobility|exchange)")

#: Verbs of a body taking people in, for a sentence with no cue word after a programme's (lower case).
_TAKERS = re.compile(
    r"will\s+(?:\w+\s+)?(?:admit|accept|enrol|select|recruit|host|receive|welcome|take\s+in|train)\b"
)

#: "exchange" as a verb: "the universities will exchange ten students", "agreed to exchange".
_EXCHANGE_VERB = re.compile(
    r"\b(?:will|shall|would|to|can|may|also)\s+(?:also\s+|jointly\s+)?exchange\b", re.IGNORECASE
)

#: Who runs a programme of study with another.
_INSTITUTIONS = frozenset({"University", "School", "ResearchInstitute"})

#: Kinds an article tells of once, perhaps in several wordings.
_ONCE = frozenset({"double-degree"})

#: A joint programme of study by its name: "joint master's programme", "joint degree", "joint PhD" (not a joint summer
#: school, laboratory or centre).
_JOINT_DEGREE = re.compile(r"(?i:master|bachelor|degree|ph\.?d|doctora|diploma)")


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
        low = lower[sent.start : sent.end]
        if n not in by_sentence and n not in cued:
            if " will " in low and (by_sentence.get(n - 1) or by_sentence.get(n - 2)) and _TAKERS.search(low):
                later.admitted_next(doc, n, out)  # "The universities will admit up to 20 students a year."
            continue
        here = by_sentence.setdefault(n, [])
        new: list[Programme] = []
        if "program" in low or "scholarship" in low or "fellowship" in low:
            new += missed.named(doc, n, here)
        if (
            not here
            and not new
            and ("similar" in low or "same" in low)
            and ("program" in low or "scheme" in low)
        ):
            new += missed.similar(doc, n, out)
        if (
            "scholarship" in low
            or "fellowship" in low
            or "grant" in low
            or "places" in low
            or "awards" in low
        ):
            missed.places_for(doc, n, here, new, out)
        if "diploma" in low or "degree" in low:
            new += missed.two_diplomas(doc, n, here, out) or missed.degrees(doc, n, here, out)
            if here and missed.TWO_DIPLOMAS.search(sent.text):
                _is_the_double_degree(here, out)
        if (
            ("mobility" in low or "exchange" in low)
            and not any(p.kind == "exchange" or _MOBILITY_NAME.search(p.name) for p in here)
            and not (any(p.kind in TWO_SIDED for p in here) and _EXCHANGE_VERB.search(sent.text))
        ):
            # "Within the Erasmus+ programme, A and B will exchange 16 students": that programme's exchange; "Under the
            # double degree, the universities will exchange ten students a year": the double degree's flow
            new += missed.mobility(doc, n)
        if ("each" in low or "both" in low) and not here:
            new += _flow_of_the_last(doc, n, out, missed.each_side(doc, n))
        if "branch" in low:
            new += missed.branches(doc, n, here)
        if "initiative" in low:
            new += missed.initiative(doc, n, here)
        if "course" in low and not new:
            new += missed.courses(doc, n, here)
        if (
            not here
            and not new
            and (
                "joint supervision" in low
                or "supervise" in low
                or "training of" in low
                or "foundation year" in low
                or "preparatory" in low
                or "stay" in low
                or "study visit" in low
                or "secondment" in low
                or "preparation of" in low
            )
        ):
            new += missed.stays(doc, n, here)
        if "visiting" in low:
            new += missed.visiting(doc, n, here)
        if "joint" in low:
            new += missed.joint_bodies(doc, n, here, out) + missed.jointly_by(doc, n, here)
        elif "together" in low:
            new += missed.jointly_by(doc, n, here)
        if not here and not new and ("the " in low or "this " in low or "first " in low or "each " in low):
            new += later.told_again(doc, n, out, meetings)
            if "collaborat" in low or "partnership" in low or "cooperation" in low or "joint " in low:
                new += later.collaboration(doc, n, out)
        if not here and not new:
            later.admitted_next(doc, n, out)
            if any(p.participants.count is None for p in out) and has_room_word(low):
                later.room_next(doc, n, out)
        if (
            not here
            and not new
            and ("support" in low or "fund" in low or "sponsor" in low or "financ" in low)
        ):
            new += missed.funded(doc, n)
        if (
            not here
            and not new
            and (
                "agreement" in low
                or "memorand" in low
                or "document" in low
                or "mou" in low
                or "protocol" in low
            )
        ):
            new += missed.people_under_agreement(doc, n)
        earlier = [p for p in out if p.evidence is not None and doc.sentence_at(p.evidence.start) < n]
        if new and not here and earlier:
            new = _told_of_before(doc, n, new, earlier[-1])
        for prog in new:
            _add(doc, out, here, prog)
        if here and _PLACES_FIRST.match(sent.text):
            _places_told_before(doc, n, here, out)
        if here and _THE_PARTNERS.search(sent.text):
            partners_by_noun(doc, n, here, meetings)
        for prog in here:
            if prog.participants.count is None:
                count_of_sentence(doc, n, prog)
                if prog.participants.count is not None and any(
                    p is not prog and p.participants.count == prog.participants.count for p in here
                ):
                    # "A will host a summer school for 30 students, while B will launch a dual degree": the count is
                    # the other programme's of the sentence
                    prog.participants = Participants()
        if here and n > 0 and _THEY_FIRST.match(sent.text):
            _count_told_before(doc, n, here)
        if here and " and " in low:
            each_way(doc, n, here, out)
    for prog in out:
        if len(prog.partners) < 2 and prog.evidence is not None:
            partner_told_later(doc, prog)
            if len(prog.partners) < 2:
                _sides_of_the_visit(doc, prog)
    institutions_of_its_sentence(doc, out)
    return out


def _sides_of_the_visit(doc: Doc, prog: Programme) -> None:
    """ "A delegation of A visited B. During the visit, a double degree programme was launched.": a programme run by
    two sides, told in a sentence that names no organisation, is run by the two institutions of the three sentences before;
    a scholarship, given by one side, is not."""
    two_sided = prog.kind in TWO_SIDED or (prog.kind == "exchange" and _MOBILITY_NAME.search(prog.name))
    if not two_sided or prog.evidence is None:
        return
    n = doc.sentence_at(prog.evidence.start)
    if doc.orgs_in(n):
        return  # "B launched a double degree": its partner is told elsewhere (a tie), or not at all
    # the institutions just named, not the sides of a meeting told far before
    sides = sides_before(doc, n, [])
    found = [doc.find_org(side) for side in sides]
    if any(i is None or doc.orgs[i].type not in _INSTITUTIONS for i in found):
        return  # the sides of a meeting with an embassy: the embassy runs no programme of study
    if len(sides) == 2 and all(p in sides for p in prog.partners):
        prog.partners += [s for s in sides if s not in prog.partners]


#: A sentence opening on places told just before: "The places are funded under the Stipendium Hungaricum programme".
_PLACES_FIRST = re.compile(
    r"^\W*(?:The|These|Those|Such|All)\s+(?:[\w\-]+\s+){0,2}?(?:places|scholarships|grants|fellowships|quotas?|seats)\b"
)
#: The names a first pass gives places counted with no programme named: "places", "scholarships", "quota".
_GENERIC_PLACES = frozenset({"places", "scholarships", "grants", "fellowships", "quota", "seats"})


def _places_told_before(doc: Doc, n: int, here: list[Programme], out: list[Programme]) -> None:
    """ "Hungary offers 250 places to citizens of Kazakhstan. The places are funded under the Stipendium Hungaricum
    programme.": the places counted in one of the two sentences before are the named programme's, not a programme of
    their own."""
    named = [p for p in here if p.name[:1].isupper() and p.participants.count is None]
    before = [
        p
        for p in out
        if p.evidence is not None
        and n - 2 <= doc.sentence_at(p.evidence.start) < n
        and p.name.split()[-1].lower() in _GENERIC_PLACES
        and p.participants.count is not None
    ]
    if len(named) != 1 or len(before) != 1:
        return
    named[0].participants = before[0].participants
    named[0].partners += [p for p in before[0].partners if p not in named[0].partners]
    out.remove(before[0])


#: A sentence opening on the people the sentence before counted: "They will be the first participants of ...".
_THEY_FIRST = re.compile(
    r"^\W*(?:They|All\s+of\s+them|(?:The|These|Those)\s+(?:young\s+|selected\s+|first\s+)?(?:students|researchers|"
    r"scholars|fellows|participants|trainees|teachers))\b"
)
#: Where the people the sentence before counted are the ones "they" point to: its subject ("Thirty students from B will
#: ...") or those it took in ("A selected 16 students"); not the size of a body ("A and B have 30,000 students").
_TAKEN_IN_BEFORE = re.compile(
    r"(?:^\W*(?:[A-Z][^,.;]{0,40},\s*)?|\b(?:selected|welcomed|admitted|received|hosted|sent|enrolled|accepted|chose|"
    r"nominated|recruited|awarded)\s+)(?:(?:up\s+to|about|some|over|more\s+than|a\s+total\s+of|a\s+group\s+of)\s+)?$"
)


def _count_told_before(doc: Doc, n: int, here: list[Programme]) -> None:
    """ "Thirty students from B will study at A. They will be the first participants of a new double degree programme.":
    the one count of people of the sentence before is the count of the programme told with no count of its own."""
    text = doc.sentences[n - 1].text
    counts = {
        parse_count(m.group("num")): m
        for m in COUNT.finditer(text)
        if not YEAR.fullmatch(m.group("num").strip()) and parse_count(m.group("num"))
    }
    todo = [p for p in here if p.participants.count is None]
    if len(counts) != 1 or len(todo) != 1:
        return
    count, match = next(iter(counts.items()))
    if not _TAKEN_IN_BEFORE.search(text, 0, match.start()):
        return
    todo[0].participants = Participants(count, " ".join(match.group("who").split()))


def _cued_sentences(doc: Doc, lower: str) -> set[int]:
    """Numbers of the sentences holding a cue word: one scan of the article, on from a sentence's end at each hit."""
    cued: set[int] = set()
    hit = _CUES.search(lower)
    while hit is not None:
        n = doc.sentence_at(hit.start())
        cued.add(n)
        hit = _CUES.search(lower, max(doc.sentences[n].end, hit.end()))
    return cued


#: An exchange named by its own vehicle: "the exchange agreement", "a mobility programme".
_OWN_EXCHANGE = re.compile(
    r"\b(?:exchange|mobility)\s+(?:agreement|memorandum|accord|programme|program|scheme)\b", re.I
)


def _told_of_before(doc: Doc, n: int, new: list[Programme], last: Programme) -> list[Programme]:
    """ "Each year the programme offers scholarships to students from X": what a sentence pointing back to the
    programme of the two sentences before tells is that programme's, not a programme of its own."""
    if last.evidence is None or not n - 2 <= doc.sentence_at(last.evidence.start) < n:
        return new
    if last.participants.count is not None and all(
        prog.participants.count == last.participants.count and set(prog.partners) <= set(last.partners)
        for prog in new
    ):
        # "According to the document, 25 students will be admitted to the programme each year": the count the programme
        # before took from this sentence, not a programme of its own
        return []
    back = REFERS_BACK.search(doc.sentences[n].text)
    if back is None or back.start() > 40:
        return new
    if last.kind != "exchange" and _OWN_EXCHANGE.search(doc.sentences[n].text):
        return new  # "... builds on the exchange agreement, under which 120 students ...": that exchange's, not the school's
    if last.participants.count is not None and any(
        prog.participants.count not in (None, last.participants.count) for prog in new
    ):
        # "... said the school builds on the exchange agreement, under which 120 students have studied": a count the
        # programme before has another of, so another programme
        return new
    if any(p not in last.partners for prog in new for p in prog.partners):
        # "The agreement with C provides for the exchange of 10 students": a partner the programme before does not
        # have, so another programme
        return new
    for prog in new:
        last.partners += [p for p in prog.partners if p not in last.partners]
        if last.participants.count is None and prog.participants.count is not None:
            last.participants = prog.participants
    return []


def _flow_of_the_last(doc: Doc, n: int, out: list[Programme], flows: list[Programme]) -> list[Programme]:
    """ "The agreement establishes a double degree. Each year ten students from each university will spend two
    semesters at the partner institution.": the flow of the two-sided programme of the two sentences before (its
    count), not an exchange of its own."""
    earlier = [p for p in out if p.evidence is not None and doc.sentence_at(p.evidence.start) < n]
    if not flows or not earlier:
        return flows
    last = earlier[-1]
    # "A and B signed an agreement on student exchange. Eight students from each university will take part.": the
    # exchange told, counted
    runs_both_ways = last.kind in TWO_SIDED or (last.kind == "exchange" and _MOBILITY_NAME.search(last.name))
    if not runs_both_ways or last.evidence is None or doc.sentence_at(last.evidence.start) < n - 2:
        return flows
    if not all(p in last.partners for p in flows[0].partners):
        return flows
    if last.participants.count is None:
        last.participants = flows[0].participants
    return []


def _is_the_double_degree(here: list[Programme], out: list[Programme]) -> None:
    """ "Students of the Advanced Programme in X spend their final year in B and receive degrees from both
    institutions": a programme of its own name told as a double degree is the double degree (or joint programme)
    the article told of with a partner of the sentence, not a second programme."""
    for prog in list(here):
        if prog.kind != "other" or not prog.partners:
            continue
        # the one two-sided programme sharing a partner (the other may be named by a short form here: "Grenoble INP")
        targets = [
            p for p in out if p.kind in TWO_SIDED and p is not prog and set(p.partners) & set(prog.partners)
        ]
        if len(targets) != 1:
            continue
        target = targets[0]
        if target.participants.count is None:
            target.participants = prog.participants
        out.remove(prog)
        here.remove(prog)


def _add(doc: Doc, out: list[Programme], here: list[Programme], prog: Programme) -> None:
    """Add ``prog``, or merge it into one the article told of already: of the same kind in the sentence,
    of the same name, or of the same kind anywhere when that kind is one the article runs once (a double
    degree, a joint programme, told of again in other words)."""
    for old in [*here, *out]:
        if another_pair(doc, old, prog):
            continue  # a second programme of the kind, run by another pair
        same_kind = old.kind == prog.kind and (old in here or prog.kind in _ONCE or _joint_degrees(old, prog))
        if same_kind or norm(prog.name) in norm(old.name) or norm(old.name) in norm(prog.name):
            old.partners += [p for p in prog.partners if p not in old.partners]
            if old.participants.count is None and prog.participants.count is not None:
                old.participants = prog.participants
            return
    out.append(prog)
    here.append(prog)


def _joint_degrees(old: Programme, new: Programme) -> bool:
    """True when ``old`` and ``new`` are both joint degrees of study ("A and B launched a joint master's programme in
    law. [...] Graduates will receive a joint degree."): the article's joint degree told again in other words, as a
    double degree is, unless a second of the kind (``another_pair``, asked first)."""
    return (
        old.kind == new.kind == "joint"
        and _JOINT_DEGREE.search(old.name) is not None
        and _JOINT_DEGREE.search(new.name) is not None
    )
