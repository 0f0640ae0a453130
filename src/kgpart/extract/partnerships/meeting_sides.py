"""Readers of a tie between parties named by reference to a meeting: "the parties signed", "the two
universities", "both sides agreed", cooperation discussed with a guest, support for a host."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgpart.extract.doc import Doc
from kgpart.extract.partnerships.kinds import _PROPOSED, tie_kind, tie_status
from kgpart.extract.partnerships.parties import (
    _add,
    _by_noun,
    _first_object,
    _objects,
    _recent_subject,
    _speaker_org,
    _subject,
    top_institution,
)
from kgpart.extract.partnerships.vocabulary import _INSTITUTION_TYPES, _TIE, contains_any
from kgpart.extract.patterns import AsciiFolded
from kgpart.extract.record import Meeting, Partnership

_COOP_WITH = re.compile(
    r"\b(?:cooperation|collaboration|partnerships?|collaborating|cooperating)\s+with\s+(?:the\s+)?",
    re.IGNORECASE,
)
_COOP_WITH_FOLDED = AsciiFolded(_COOP_WITH)
_PROPOSED_FOLDED = AsciiFolded(_PROPOSED)


#: "The sides discussed support for B", "assistance ... to ensure the development of B": the help a side of the
#: meeting (not an embassy: it speaks for its state) may give to an institution, a proposal.
_SUPPORT_FOR = re.compile(
    r"\b(?:support|assistance|help)\s+(?:[^.;]{0,60}?\s)?(?:for|to)\s+(?:ensure\s+)?(?:the\s+)?(?:(?:further\s+)?"
    r"(?:development|growth|activities|work)\s+of\s+)?(?:the\s+)?",
    re.I,
)


_FROM_KIND = re.compile(
    r"\bfrom\s+(?:the\s+side\s+of\s+)?(?P<kind>the\s+(?:ministry|university|institute|academy))\b", re.I
)


_DISCUSSED = re.compile(
    r"\b(?:discuss\w*|agreed|consider\w*|propos\w*|promis\w*|talk\w*|raised|touched)\b", re.I
)


def _support_for(doc: Doc, out: list[Partnership], n: int, meetings: list[Meeting]) -> None:
    sent = doc.sentences[n]
    if not _DISCUSSED.search(sent.text) or not _just_after(doc, n, meetings, 6):
        return
    for match in _SUPPORT_FOR.finditer(sent.text):
        found = _first_object(doc, n, sent.start + match.end())
        if found is None:
            continue
        helped = top_institution(doc, found[0])
        named = [
            top_institution(doc, m.index)
            for m in doc.org_mentions_in(n)
            if sent.start + match.start() <= m.start < sent.start + match.end()
            and top_institution(doc, m.index) != helped
        ]
        side = _FROM_KIND.search(match.group(0))
        if side is not None:  # "assistance from the ministry to ..."
            by_kind, _ = _by_noun(doc, n, sent.start + match.start() + side.start("kind"), (helped,))
            named += [by_kind] if by_kind is not None else []
        if named:
            _add(doc, out, named[0], helped, "other", "proposed", n)
            continue
        givers = [
            i
            for name in meetings[0].organizations
            if (i := _top_of(doc, name)) is not None
            and i != helped
            and doc.orgs[i].type not in ("Embassy", "Government")
        ]
        if len(set(givers)) == 1:
            _add(doc, out, givers[0], helped, "other", "proposed", n)


#: Titles that stand for the two sides of a meeting: "the Rector and the Ambassador signed".
_ROLE = r"(?:vice-|deputy\s+)?(?:rector|ambassador|president|director|minister|dean|consul|chairman|head|provost|chancellor)s?\b"


_THE_PARTIES = re.compile(
    r"(?:\b(?:the|both)\s+(?:two\s+)?(?:parties|sides|universities|institutions|partners|rectors|heads|delegations|leaders|presidents|"
    r"interlocutors)\b|"
    r"\bthe\s+(?:guests\s+and\s+the\s+hosts|hosts\s+and\s+the\s+guests)\b|(?P<they>\bthey\b)|"
    rf"\bthe\s+{_ROLE}\s+and\s+the\s+{_ROLE})[^.;]{{0,40}}?"
    r"\b(?:sign\w*|conclu\w*|agreed\s+on|adopt\w*|exchang\w*)\s+(?:(?:a|an|the|\w+)\s+){0,3}?"
    r"(?:memorand(?:um|a)|MoU|agreements?|accords?|contracts?|letters?\s+of\s+intent)\b",
    re.I,
)
_THE_PARTIES_FOLDED = AsciiFolded(_THE_PARTIES)


#: A signing in the passive that names no party ("a memorandum of understanding was signed", "between the two
#: universities"); and what makes the parties states, not the meeting's sides.
_SIGNED_UNNAMED = re.compile(
    r"\b(?:memorand(?:um|a)|MoUs?|agreements?|accords?|contracts?|letters?\s+of\s+intent|road\s*-?maps?|"
    # "a roadmap for 2024-2025 was signed", "an action plan for joint research was adopted"
    r"(?:action|joint|work|working)\s+plans?|plans?\s+of\s+(?:action|joint\s+\w+)|protocols?)\b[^.;]{0,80}?"
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:signed|reached|concluded|inked|adopted|approved)\b"
    # "the visit resulted in the signing of a memorandum"
    r"|\bthe\s+signing\s+of\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:memorand(?:um|a)|MoUs?|agreements?|accords?|"
    r"contracts?|letters?\s+of\s+intent)\b",
    re.I,
)


_NO_STATES = re.compile(r"\b(?:countries|states|governments|ministr\w+|nations|cities|regions)\b", re.I)


_UNNAMED_WORDS = re.compile(r"signed|signing of|reached|concluded|inked|adopted|approved")


_PARTIES_WORDS = ("sign", "conclu", "exchang", "adopt", "agreed on", "reached", "inked")


def _the_parties(doc: Doc, out: list[Partnership], n: int, meetings: list[Meeting]) -> None:
    """ "The parties agreed to sign a memorandum": the two sides of the article's meeting."""
    text = doc.sentences[n].text
    fold = text.casefold()
    if not meetings or not contains_any(fold, _PARTIES_WORDS):
        return  # what _THE_PARTIES needs, tested cheaply first
    match = _THE_PARTIES_FOLDED.search(text)
    if match is not None and match.group("they") is not None and not _just_after(doc, n, meetings, 2):
        match = None  # "they" only for the sides of a meeting told just before
    if match is None and _UNNAMED_WORDS.search(fold) and _NO_STATES.search(text) is None:
        # "At the end of the meeting, a memorandum was signed": the sides of the meeting just told of
        match = _SIGNED_UNNAMED.search(text)
        if match is not None and not _just_after(doc, n, meetings, 6):
            return
    if match is None:
        return
    sides: list[int] = []
    for name in meetings[0].organizations:
        i = doc.find_org(name)
        if i is not None and top_institution(doc, i) not in sides:
            sides.append(top_institution(doc, i))
    # "... visited B, where the two sides signed ...": names in the sentence only of the meeting's two sides
    if any(top_institution(doc, i) not in sides for i in doc.orgs_in(n)):
        return
    if len(sides) == 2:
        _add(doc, out, sides[0], sides[1], tie_kind(match.group(0)), tie_status(doc.sentences[n].text), n)


def sentences_after_meeting(doc: Doc, meetings: list[Meeting]) -> range:
    """The sentences at most six after the article's main meeting (where _meeting_institutions may find its
    two sides); none if the article tells of no meeting."""
    ev = meetings[0].evidence if meetings else None
    if ev is None:
        return range(0)
    k = doc.sentence_at(ev.start)
    return range(k, k + 7)


def _just_after(doc: Doc, n: int, meetings: list[Meeting], window: int) -> bool:
    """Whether sentence ``n`` comes at most ``window`` sentences after the main meeting's."""
    ev = meetings[0].evidence if meetings else None
    return ev is not None and 0 <= n - doc.sentence_at(ev.start) <= window


#: "The two universities intend to open a joint laboratory": the two institutions just named.
_THE_TWO = re.compile(
    r"\bthe\s+two\s+(?:universities|institutions|schools|academies|institutes)\b[^.;]{0,40}?"
    r"\b(?:intend\w*|plan\w*|agreed|will|decided|are\s+going|hope|aim|have\s+agreed)\s+to\s+(?:jointly\s+)?"
    r"(?:launch|open|develop|establish|create|start|implement|set\s+up|run|organi[sz]e|hold|exchange|sign|conclude|prepare|"
    r"draft|offer|introduce|explore|expand|deepen|strengthen)\b",
    re.I,
)


def _the_two(doc: Doc, out: list[Partnership], n: int, meetings: Sequence[Meeting] = ()) -> None:
    sent = doc.sentences[n]
    match = _THE_TWO.search(sent.text)
    if match is None:
        return
    named = _two_in_view(doc, n)
    if len(named) != 2:
        # more institutions in view: the two of a meeting told in the sentence just before ("... where he met the
        # leadership of B. The two institutions agreed to ...")
        named = _met_just_before(doc, n, meetings)
    if len(named) != 2:
        named = _two_leading(doc)
    if len(named) == 2:
        _add(doc, out, named[1], named[0], tie_kind(sent.text), tie_status(sent.text), n)


def _met_just_before(doc: Doc, n: int, meetings: Sequence[Meeting]) -> list[int]:
    """The two institutions of the meeting told in sentence ``n - 1``, if it names exactly two."""
    if n == 0:
        return []
    prev = doc.sentences[n - 1].start
    for meeting in meetings:
        if meeting.evidence is None or meeting.evidence.start != prev:
            continue
        found = [doc.find_org(name) for name in meeting.organizations]
        tops = list(dict.fromkeys(top_institution(doc, i) for i in found if i is not None))
        tops = [i for i in tops if doc.orgs[i].type in _INSTITUTION_TYPES]
        if len(tops) == 2:
            return tops
    return []


def _two_in_view(doc: Doc, n: int) -> list[int]:
    """The institutions named in the three sentences before sentence ``n``, the latest first."""
    sent = doc.sentences[n]
    named: list[int] = []
    for m in sorted(doc.org_mentions, key=lambda m: -m.start):
        if m.start < sent.start and m.sentence >= n - 3:
            top = top_institution(doc, m.index)
            if doc.orgs[top].type in _INSTITUTION_TYPES and top not in named:
                named.append(top)
    return named


#: The two sides named by a plural after being named each: "both universities", "the two sides", "the parties".
_SIDES_REF = (
    r"(?:\b(?:the\s+two|both(?:\s+the)?)\s+(?:universities|institutions|schools|academies|institutes|sides|parties|partners)"
    r"|\bthe\s+(?:sides|parties|partners|interlocutors)"
    # "the universities have cooperated since": the two just named (not "the universities of Kenya")
    r"|\bthe\s+(?:universities|institutions)(?!\s+(?:of|in|from)\b)"
    r"|\bthe\s+(?:guests|visitors)\s+and\s+(?:the\s+)?hosts|\bthe\s+hosts\s+and\s+(?:the\s+)?(?:guests|visitors)"
    # the people who sat at the table, for the two institutions of the meeting just told
    r"|\bthe\s+(?:two\s+)?(?:rectors|presidents|heads|delegations?|guests|visitors)|\bthey)\b"
)


#: What two institutions do together: a joint programme, centre or research, an exchange of people, a double degree.
_JOINT_THINGS = (
    r"joint\s+(?:[\w\-]+\s+){0,2}?(?:programs?|programmes?|research|projects?|cent(?:re|er)s?|laborator(?:y|ies)|labs?|"
    r"institutes?|facult(?:y|ies)|schools?|courses?|conferences?|symposi(?:um|a)|supervision|publications?|degrees?)|"
    r"academic\s+mobility|(?:student|academic|staff|teacher|faculty)s?\s+exchanges?|"
    r"exchang\w*\s+(?:of\s+)?(?:students|staff|teachers|lecturers|researchers|scholars|faculty)|"
    r"(?:double|dual)[\s\-]+(?:degrees?|diplomas?)"
)


#: "Both sides expressed interest in deepening cooperation", "the two institutions have cooperated since 2012",
#: "relations between the two universities": a tie of the two, not with a third party ("cooperation with B").
_SIDES_TIE = re.compile(
    rf"{_SIDES_REF}[^.;]{{0,80}}?\b(?P<tie>cooperat\w*|collaborat\w*|partnership|relations|ties|memorand\w*|agreements?|"
    rf"MoUs?|work(?:ed|ing|s)?\s+(?:closely\s+)?together|(?P<joint>{_JOINT_THINGS})|"
    # "the universities have been partners since 2008", "both institutions are long-standing partners"
    r"(?:been|are|were|became|become|remain(?:ed|s)?)\s+(?:[\w\-]+\s+){0,2}?partners)\b"
    r"(?!\s+(?:with|between)\b(?!\s+(?:each\s+other|one\s+another)))"
    rf"|\b(?:cooperation|collaboration|partnership|relations|ties|{_TIE})\s+between\s+"
    r"(?:the\s+two|both(?:\s+the)?)\s+(?:universities|institutions|schools|academies|institutes|sides|parties)\b"
    # "both universities agreed to develop joint programmes": a joint undertaking of the two
    rf"|{_SIDES_REF}[^.;]{{0,40}}?\b(?:intend\w*|plan\w*|(?P<agreed>agreed|decided)|will|are\s+going|hope|aim|"
    r"have\s+agreed)\s+to\s+(?:\w+ly\s+)?(?:launch|open|develop|establish|create|start|implement|set\s+up|run|organi[sz]e|"
    r"hold|exchange|sign|conclude|form)\b"
    # "the meeting focused on joint supervision": what the meeting's two sides spoke of
    r"|(?P<talk>\bthe\s+(?:meeting|talks|visit|negotiations)\s+(?:focused|centred|centered|concentrated|was\s+devoted|"
    r"were\s+devoted|dealt|touched|discussed|considered|addressed|reviewed)\b[^.;]{0,60}?\b(?:cooperat\w*|collaborat\w*|partnership|joint\s+(?:[\w\-]+\s+)?"
    r"(?:programs?|programmes?|research|projects?|supervision)|academic\s+mobility|exchanges?)\b)",
    re.I,
)


#: "Issues of academic mobility were discussed", "It was agreed to open a joint laboratory": what the meeting's
#: two sides spoke of, told with no subject (apart from _SIDES_TIE: a pattern that opens with "they" or a word
#: list of its own slows the scan of every sentence).
_TALKED = re.compile(
    rf"\b(?:issues|questions|prospects|matters|possibilit(?:y|ies)|ways|opportunities|areas)\s+(?:of|for|to)\b"
    rf"[^.;]{{0,80}}?\b(?:cooperat\w*|collaborat\w*|partnership|{_JOINT_THINGS})\b[^.;]{{0,80}}?\b(?:were|was)\s+"
    r"(?:discussed|considered|raised|reviewed)\b"
    rf"|\b(?:it\s+was\s+(?:agreed|decided)|(?:an\s+)?agreement\s+was\s+reached)\s+(?:to|on)\b[^.;]{{0,60}}?"
    rf"\b(?:cooperat\w*|collaborat\w*|partnership|{_JOINT_THINGS})\b",
    re.I,
)


#: A plural that stands for the sides of the meeting rather than for two institutions named just before.
_MEETING_SIDES = re.compile(r"\b(?:sides|parties|interlocutors|guests|hosts|visitors)\b", re.I)


#: People at the table who stand for the two institutions of the meeting just told (and only for them).
_AT_TABLE = re.compile(r"\b(?:rectors|presidents|heads|delegations?|guests|visitors|they)\b", re.I)


def _both_sides(doc: Doc, out: list[Partnership], n: int, meetings: list[Meeting]) -> None:
    """ "Both sides expressed interest in deepening cooperation": the two institutions the article met or named.

    Only institutions (universities, schools, institutes): an embassy or a ministry across the table talks
    of its country's cooperation, not of a partnership of its own.
    """
    sent = doc.sentences[n]
    if doc.org_mentions_in(n):
        _the_two_named(doc, out, n)
        return
    match = _SIDES_TIE.search(sent.text)
    if match is None:
        fold = sent.text.casefold()
        talked = _TALKED.search(sent.text) if "was " in fold or "were " in fold else None
        named = _meeting_institutions(doc, n, meetings) if talked is not None else []
        if len(named) == 2:
            _add(doc, out, named[0], named[1], tie_kind(sent.text), tie_status(sent.text), n)
        return
    talk = match.group("talk") is not None
    table = _AT_TABLE.search(match.group(0))
    if table is not None and table.group(0).lower() == "they" and not _just_after(doc, n, meetings, 2):
        return  # "they" only for the sides of a meeting told just before
    sides = talk or table is not None or _MEETING_SIDES.search(match.group(0)) is not None
    named = _meeting_institutions(doc, n, meetings) if sides else []
    if (talk or table is not None or (sides and match.group("joint"))) and len(named) != 2:
        return  # "the parties discussed joint programmes": of the meeting's two institutions only
    near = _just_after(doc, n, meetings, 6) or (meetings and _OF_THE_MEETING.search(sent.text))
    if len(named) != 2 and sides and match.group("agreed") and near:
        # "the parties agreed to implement the proposals" after a meeting of other than two institutions (an
        # embassy and a university): a deed of the meeting, no partnership of its sides (1 of the 8 pairs read
        # so in the thirteen labelled sets was gold; bench/README.md, "Partnerships (session 16)")
        return
    if len(named) != 2:
        named = _two_in_view(doc, n)[::-1]
    if len(named) != 2:
        named = _meeting_institutions(doc, n, meetings)
    if len(named) != 2:
        # more institutions in view (a guest of an earlier visit named in between): the article's two leading ones
        named = _two_leading(doc)
    if len(named) == 2:
        _add(doc, out, named[0], named[1], tie_kind(sent.text), tie_status(sent.text), n)


def _two_leading(doc: Doc) -> list[int]:
    """The two institutions (top-level) the article names most, when no third is named as often as the second:
    the sides of "the parties" or "the two universities" when the sentences before name more than two (bench/README.md,
    "Partnership recall (session 17)")."""
    counts: dict[int, int] = {}
    for m in doc.org_mentions:
        top = top_institution(doc, m.index)
        if doc.orgs[top].type in _INSTITUTION_TYPES:
            counts[top] = counts.get(top, 0) + 1
    if len(counts) < 2:
        return []
    ranked = sorted(counts, key=lambda i: -counts[i])
    if len(ranked) > 2 and counts[ranked[1]] <= counts[ranked[2]]:
        return []
    return ranked[:2]


#: "<tie> between the two universities" in the sentence that names the two: "X of A received Y of B and
#: discussed expanding cooperation between the two universities".
_BETWEEN_THE_TWO = re.compile(
    rf"\b(?:cooperation|collaboration|partnership|relations|ties|links|contacts|exchanges|{_TIE}|{_JOINT_THINGS}|"
    r"joint\s+(?:[\w\-]+\s+){0,2}?(?:research|projects?|activities|initiatives|studies))\s+between\s+"
    r"(?:the\s+two|both(?:\s+the)?)\s+(?:universities|institutions|schools|academies|institutes)\b",
    re.I,
)


#: "..., the rector of A noted that the universities have been cooperating since 2010": the two named before
#: the plural as the subject of a tie of their own.
_PLURAL_TIED = re.compile(
    r"\b(?:the\s+two|both(?:\s+the)?|the)\s+(?:universities|institutions|schools|academies|institutes)\b"
    r"(?!\s+(?:of|in|from|across|around)\b)[^.;]{0,40}?\b(?:(?:have|has|had)\s+(?:long\s+|already\s+)?been\s+"
    r"(?:cooperating|collaborating|working\s+together|partners)|(?:have|had)\s+(?:long\s+)?(?:cooperated|collaborated|"
    r"worked\s+together)|cooperate|collaborate|(?:are|were|became|remain)\s+(?:[\w\-]+\s+){0,2}?partners)\b"
    r"(?!\s+with\b)",
    re.I,
)


def _the_two_named(doc: Doc, out: list[Partnership], n: int) -> None:
    """The tie "between the two universities" of the two institutions the sentence names before it, or the
    plural as the tie's subject ("... noted that the universities have cooperated since 2010")."""
    sent = doc.sentences[n]
    fold = sent.text.casefold()
    match = None
    if "between the two" in fold or "between both" in fold:
        match = _BETWEEN_THE_TWO.search(sent.text)
    if match is None and (
        "universities" in fold or "institutions" in fold or "schools" in fold or "acade" in fold
    ):
        match = _PLURAL_TIED.search(sent.text)
    if match is None:
        return
    named = list(
        dict.fromkeys(
            top_institution(doc, m.index)
            for m in doc.org_mentions_in(n)
            if m.start < sent.start + match.start()
        )
    )
    if len(named) == 2 and all(doc.orgs[i].type in _INSTITUTION_TYPES for i in named):
        _add(doc, out, named[0], named[1], tie_kind(match.group(0)), tie_status(sent.text), n)


#: "'Our two institutions have worked together since 2005,' said X of A, welcoming the delegation of B".
_OUR_TWO = re.compile(
    r"\bour\s+two\s+(?:universities|institutions|schools|academies|institutes)\b[^.;]{0,80}?\b(?:cooperat\w*|"
    rf"collaborat\w*|partnership|relations|ties|work(?:ed|ing|s)?\s+(?:closely\s+)?together|{_JOINT_THINGS})",
    re.I,
)


def _our_two(doc: Doc, out: list[Partnership], n: int) -> None:
    """The speaker's institution and the one other institution the sentence names."""
    if _OUR_TWO.search(doc.sentences[n].text) is None:
        return
    speaker = _speaker_org(doc, n)
    others = {top_institution(doc, m.index) for m in doc.org_mentions_in(n)} - {
        top_institution(doc, speaker) if speaker is not None else -1
    }
    if speaker is not None and len(others) == 1 and doc.orgs[next(iter(others))].type in _INSTITUTION_TYPES:
        _add(doc, out, speaker, others.pop(), "cooperation", tie_status(doc.sentences[n].text), n)


#: "The ambassador proposed to open a Hungarian centre at the university", "The embassy will assist the university
#: in ...": one side of the meeting just told offers the other a deed of the two.
_SIDE_OFFERS = re.compile(
    r"^\W*(?:(?:at|during|in|after|following)\b[^,;]{0,40},\s*)?(?:the|its|his|her)\s+(?:ambassador|embassy|consul(?:\s+general)?|"
    r"consulate|rector|president|vice-chancellor|guests?|delegation|minister|ministry|university|hosts?)\b[^.;]{0,40}?"
    r"\b(?:proposed|offered|suggested|promised|pledged|agreed|(?:expressed|confirmed)\s+(?:his|her|its|their\s+)?"
    r"(?:readiness|willingness)|(?:is|was|are|were)\s+ready|will)\s+(?:to\s+)?(?:\w+\s+){0,2}?"
    r"(?:open|launch|organi[sz]|hold|establish|creat|set\s+up|send|provid|support|assist|help|host|develop|implement|"
    r"sign|conclud|introduc|arrang|fund|grant)\w*\b",
    re.I,
)


def _side_offers(doc: Doc, out: list[Partnership], n: int, meetings: list[Meeting]) -> None:
    """The two organisations of the meeting told at most three sentences before, when one offers the other a deed."""
    if not _just_after(doc, n, meetings, 3) or _SIDE_OFFERS.match(doc.sentences[n].text) is None:
        return
    sides = list(
        dict.fromkeys(i for name in meetings[0].organizations if (i := _top_of(doc, name)) is not None)
    )
    named = {top_institution(doc, m.index) for m in doc.org_mentions_in(n)}
    if len(sides) == 2 and named <= set(sides):
        _add(doc, out, sides[0], sides[1], "other", "proposed", n)


#: A sentence that speaks of the meeting ("at the end of the meeting, the parties agreed to ...").
_OF_THE_MEETING = re.compile(r"\b(?:the|this)\s+(?:meeting|talks|visit|negotiations|conversation)\b", re.I)


def _top_of(doc: Doc, name: str) -> int | None:
    i = doc.find_org(name)
    return top_institution(doc, i) if i is not None else None


def _meeting_institutions(doc: Doc, n: int, meetings: list[Meeting]) -> list[int]:
    """The two institutions of the meeting told just before sentence ``n`` (none if a state's body sat there)."""
    # the latest meeting told at or before sentence n (an article of several visits: the one just told)
    told = [
        (k, m)
        for m in meetings
        if m.evidence is not None and 0 <= n - (k := doc.sentence_at(m.evidence.start)) <= 6
    ]
    if not told or (
        meetings[0].evidence is None or not 0 <= n - doc.sentence_at(meetings[0].evidence.start) <= 6
    ):
        return []
    meeting = max(told, key=lambda t: t[0])[1]
    sides: list[int] = []
    for name in meeting.organizations:
        i = doc.find_org(name)
        if i is None:
            continue
        top = top_institution(doc, i)
        if doc.orgs[top].type in ("Embassy", "Ministry", "Government"):
            return []
        if doc.orgs[top].type in _INSTITUTION_TYPES and top not in sides:
            sides.append(top)
    return sides


def _proposals(doc: Doc, out: list[Partnership], n: int, meetings: list[Meeting]) -> None:
    """ "cooperation with X was discussed", "looks forward to collaborating with X"."""
    sent = doc.sentences[n]
    for match in _COOP_WITH_FOLDED.finditer(sent.text):
        if not _PROPOSED_FOLDED.search(sent.text):
            continue
        objs = _objects(doc, n, sent.start + match.end())
        subject = _subject(doc, n, sent.start + match.start())
        if subject is None or subject in objs:
            subject = _host(doc, meetings, sent.start)
        if (
            subject is None or subject in objs
        ):  # "Partnerships with B were discussed": the institution in view
            subject = _recent_subject(doc, n)
        for obj in objs[:3]:
            _add(doc, out, subject, obj, "other", "proposed", n)


def _host(doc: Doc, meetings: list[Meeting], pos: int) -> int | None:
    """The institution a meeting took place with: of its institutions, the one named last before ``pos``;
    else its first organisation that is no embassy."""
    sides = {
        i for meeting in meetings for name in meeting.organizations if (i := doc.find_org(name)) is not None
    }
    named = [
        m
        for m in doc.org_mentions
        if m.start < pos and m.index in sides and doc.orgs[m.index].type in _INSTITUTION_TYPES
    ]
    if named:
        return max(named, key=lambda m: m.start).index
    for meeting in meetings:
        for name in meeting.organizations:
            i = doc.find_org(name)
            if i is not None and doc.orgs[i].type != "Embassy":
                return i
    return None
