"""The last-resort reading of a sentence that names two institutions and a tie but matched no reader.

It runs only when nothing else found a partnership in the sentence, and demands a tie shape
between the two names, so it is kept apart from the precise readers."""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc, Mention
from kgpart.extract.partnerships.kinds import tie_kind, tie_status
from kgpart.extract.partnerships.parties import _add, _mention_end, _named_at, _objects, top_institution
from kgpart.extract.partnerships.vocabulary import _GOVERNED, _INSTITUTION_TYPES, _ROLE_WORDS, is_plural_name
from kgpart.extract.record import Partnership

#: A word of a tie somewhere in a (folded) sentence: what the last-resort reading needs.
_FALLBACK_CUE = re.compile(
    r"memorand|\bmous?\b|agree|accord\b|treat(?:y|ies)|letters? of intent|protocol|road ?-?map|\bpacts?\b|"
    r"\bdeals?\b|partner|cooperat|co-operat|collaborat|consorti|network|twinn|allian|joint|exchange|"
    r"\bsign(?:s|ed|ing)?\b|\binked\b|concluded|\bti(?:es|ed|e)[\s\-]up\b|tie-up|\bhands\b|\bteam(?:s|ed|ing)?\s+up|"
    r"\bforces\b|co-?organi[sz]|co-?host|co-?found|co-?supervis|co-?author|co-?taught|co-?deliver|jointly|\bties\b|\brelations\b|\blinks\b|erasmus"
)

#: ``_FALLBACK_CUE``'s words that need no word boundary ("jointly" is "joint"'s), for ``in``: a C string search
#: each, where the pattern tries its forty branches at every character.
_FALLBACK_LITERALS = (
    "memorand",
    "agree",
    "treaty",
    "treaties",
    "letter of intent",
    "letters of intent",
    "protocol",
    "partner",
    "cooperat",
    "co-operat",
    "collaborat",
    "consorti",
    "network",
    "twinn",
    "allian",
    "joint",
    "exchange",
    "concluded",
    "tie-up",
    "erasmus",
)

#: The rest of ``_FALLBACK_CUE``'s branches.
_FALLBACK_REST = re.compile(
    r"\b(?:(?:mous?|pacts?|deals?|sign(?:s|ed|ing)?|inked|ti(?:es|ed|e)[\s\-]up|hands|forces|ties|relations|links)\b"
    r"|team(?:s|ed|ing)?\s+up)|accord\b|road ?-?map|co-?(?:organi[sz]|host|found|supervis|author|taught|deliver)"
)


def has_fallback_cue(fold: str) -> bool:
    """Whether ``_FALLBACK_CUE.search(fold)`` finds a word of a tie: its branches split into the plain words,
    tested with ``in``, and the rest (~4x faster on a sentence holding none)."""
    for word in _FALLBACK_LITERALS:
        if word in fold:
            return True
    return _FALLBACK_REST.search(fold) is not None


#: A signing (not a talk of cooperation): enough for a party that is no institution (an embassy, a ministry).
_FALLBACK_SIGNED = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|concluded?|seal(?:s|ed)|renew(?:s|ed)?|entered\s+into)\b[^.;]{0,80}?"
    r"(?:memorand|\bmous?\b|agreement|accord\b|treat|letters? of intent|protocol|road ?-?map|\bpacts?\b|contract)"
    r"|(?:memorand\w*|\bmous?|agreements?|accords?|treat(?:y|ies)|letters? of intent|protocols?|road ?-?maps?|pacts?|"
    r"contracts?)\b[^.;]{0,60}?\b(?:signed|inked|concluded|sealed|renewed)\b"
)


#: Words before a name that make it a witness or helper of a tie, not a party to it.
_NOT_PARTY = re.compile(
    r"(?:presence\s+of|attended\s+by|witness(?:ed)?\s+by|support\s+of|assistance\s+of|auspices\s+of|"
    r"patronage\s+of|(?<!joint\s)initiative\s+of|invitation\s+of|facilitated\s+by|brokered\s+by|(?<!co-)(?<!co)(?<!jointly\s)organi[sz]ed\s+by|"
    r"sponsored\s+by|funded\s+by|financed\s+by|help\s+of|mediation\s+of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$",
    re.I,
)


#: Stretches a tie of the sentence's two names cannot be in: a relative clause ("A, which cooperates with many
#: partners, ..."), and the generic "international cooperation" of an office or a title.
_ASIDE = re.compile(
    r",\s+(?:which|who|whose|where|whereas|while)\b[^,;]*(?:,|$)|\binternational\s+(?:cooperation|relations|collaboration|"
    r"partnerships?|affairs)\b|\bexchang\w*\s+(?:of\s+)?(?:views|opinions|ideas|greetings|gifts|souvenirs|experiences?|"
    r"information|pleasantries)\b|\b(?:department|office|division|directorate|vice-rector|vice-president|director|head|dean|"
    r"unit|centre|center)\s+(?:of|for)\s+(?:[\w\-]+\s+){0,3}?(?:cooperation|relations|partnerships?|collaboration)\b",
    re.I,
)


#: Who acts for the institution named after "of": "the rector of A", "a delegation of A".
_AGENT_OF = re.compile(
    r"\b(?:rectors?|presidents?|vice-chancellors?|chancellors?|heads?|directors?|deans?|representatives?|delegations?|"
    r"leadership|management|teams?|scientists|researchers|experts|officials|administration|board|provost|chairman|"
    r"staff|faculty|(?:vice-|pro-)?rectors?)\s+of\s+(?:the\s+)?$",
    re.I,
)


#: "During his visit to B, ...": the host fronted, the visitor after the comma.
_VISIT_TO = re.compile(
    r"^\W*(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|as\s+part\s+of)\s+(?:his|her|their|the|a)\s+"
    r"(?:[\w\-]+\s+)?visit\s+to\s+(?:the\s+)?$",
    re.I,
)


#: Two people coordinated, each named with the institution of the title: "... of A Anna Berg and President of B".
_PEOPLE_COORDINATED = re.compile(
    rf"^\s*,?(?:\s+[A-Z][\w\-’'.]*){{1,4}}\s*,?\s+(?:and|&)\s+(?:the\s+)?{_ROLE_WORDS}\s+of\s+(?:the\s+)?$",
    re.I,
)


_COORDINATED = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:and|&)\s+(?:the\s+)?$", re.I)


#: "... with B", or "... with (the) President of B" (the tie with the person's institution).
_WITH_END = re.compile(rf"^[^;:]{{0,80}}?\bwith\s+(?:the\s+)?(?:{_ROLE_WORDS}\s+of\s+(?:the\s+)?)?$", re.I)


#: "A and B ... cooperate with many partners": a tie of theirs with someone else.
_TIE_WITH_OTHERS = re.compile(
    r"\b(?:cooperat\w*|collaborat\w*|partner\w*|agreements?|memorand\w*|mous?|ties|relations|exchanges?)\s+with\s+"
    r"(?!(?:a|an|each\s+other|one\s+another)\b)",
    re.I,
)


#: "The two institutions, A and B, ...": the pair named in apposition; "jointly run by A and B".
_PAIR_LEAD = re.compile(
    r"(?:\b(?:the\s+two|both)\s+(?:universities|institutions|schools|partners|sides|parties)\s*,\s*(?:the\s+)?|"
    r"\bjointly\s+(?:[\w\-]+\s+){0,2}?by\s+(?:the\s+)?|\bjoint\s+(?:[\w\-]+\s+){1,2}?of\s+(?:the\s+)?|"
    r"\bco-?(?:organi[sz]ed|hosted|founded|funded|supervised|authored|taught|led|run|managed|delivered)\s+by\s+(?:the\s+)?|"
    # "The centre was set up by A and B": a body the two founded
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[\w\-]+\s+){0,2}?(?:established|founded|set\s+up|created)"
    r"(?:\s+in\s+\d{4})?\s+by\s+(?:the\s+)?)"
    # "jointly supervised by professors of A and B": the people of the two
    r"(?:(?:professors|researchers|scientists|staff|teams|experts|specialists|teachers|academics|lecturers)\s+"
    r"(?:of|from)\s+(?:the\s+)?)?$",
    re.I,
)


#: "In partnership with B, A launched ...": the partner fronted, the actor after the comma.
_FRONTED = re.compile(
    r"^\W*(?:in|through)\s+(?:close\s+|joint\s+)?(?:partnership|collaboration|cooperation|co-operation|association)\s+"
    r"with\s+(?:the\s+)?$",
    re.I,
)


_COMMA_GAP = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:the\s+)?$")


#: "under the exchange agreement", "within the framework of the memorandum": something done under a tie.
_UNDER_TIE = re.compile(
    r"\b(?:under|within(?:\s+the\s+framework\s+of)?|in\s+the\s+framework\s+of|as\s+part\s+of|thanks\s+to|through|"
    r"in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to)\s+(?:the|an?|their|this|that)\s+(?:[\w\-+]+\s+){0,3}?"
    r"(?:agreements?|memorand\w*|MoUs?|accords?|partnership|cooperation|programmes?|programs?|treaty|protocol|arrangements?|"
    # "as part of the Erasmus+ exchange", "through the student exchange"
    r"exchanges?|projects?)\b"
    r"(?!\s+(?:with|of)\b|\s+between\s+(?!the\s+two\b|both\b))"
    # "ten students of A are studying at B on exchange"
    r"|\b(?:stud(?:y|ies|ied|ying)|spen(?:d|ds|t|ding)|train(?:s|ed|ing)?|intern\w*|teach(?:es|ing)?|taught|lectur\w*)\b"
    r"[^.;,]{0,60}?\b(?:on|via)\s+(?:an?\s+)?(?:academic\s+|student\s+)?exchange\b(?!\s+(?:of|with|rates?)\b)",
    re.I,
)


#: "The centre was set up by A and B": what stands in for a tie word in two_parties (the pair still needs
#: _PAIR_LEAD's shape "founded by A and B").
FOUNDED_BY = re.compile(r"\b(?:established|founded|set\s+up|created)(?:\s+in\s+\d{4})?\s+by\s", re.I)


def _aside_mask(text: str) -> str:
    """``text`` with its asides (relative clauses, "international cooperation") blanked, offsets kept."""
    return _ASIDE.sub(lambda m: " " * len(m.group(0)), text)


def names_two_institutions(doc: Doc, n: int) -> bool:
    """Whether sentence ``n`` names two organisations (as their top institutions): what
    ``two_parties`` needs before its patterns can find anything (a cheap test: the cue pattern
    is the costliest scan of the partnership pass)."""
    tops = set()
    for m in doc.org_mentions_in(n):
        tops.add(top_institution(doc, m.index))
        if len(tops) > 1:
            return True
    return False


def two_parties(doc: Doc, out: list[Partnership], n: int) -> None:
    """The last resort for a sentence that speaks of a tie which no reading above found, when it names
    exactly two institutions in one of the shapes of a tie: "A <verb> ... with B" ("A ties up with B"),
    "A and B <predicate of a tie>" ("A and B join hands"), "the two institutions, A and B, will ...",
    "jointly run by A and B", "In partnership with B, A ...", and "students of A ... at B under the
    agreement". A party that is no institution (an embassy, a ministry, a city) only where an agreement
    is signed; a name in a relative clause, or after "in the presence of", is no party.
    """
    sent = doc.sentences[n]
    masked = _aside_mask(sent.text)
    if not has_fallback_cue(masked.casefold()) and not (" by " in masked and FOUNDED_BY.search(masked)):
        return
    first: dict[int, Mention] = {}
    # a name as written first ("rector of the University of X" may be noted where the title begins)
    mentions = sorted(doc.org_mentions_in(n), key=lambda m: (not _named_at(doc, m), m.start))
    for m in mentions:
        top = top_institution(doc, m.index)
        if top in first or masked[m.start - sent.start] == " " or is_plural_name(doc.orgs[top].name):
            continue
        if _NOT_PARTY.search(doc.text, max(sent.start, m.start - 60), m.start):
            continue
        first[top] = m
    if len(first) > 2:
        _subject_with_list(doc, out, n, masked, sorted(first.items(), key=lambda item: item[1].start))
    if len(first) != 2:
        return
    (a, ma), (b, mb) = sorted(first.items(), key=lambda item: item[1].start)
    if not all(doc.orgs[i].type in _INSTITUTION_TYPES for i in (a, b)) and not _FALLBACK_SIGNED.search(
        masked.casefold()
    ):
        return
    if _UNDER_TIE.search(masked):  # a tie in force that something is done under, whatever is planned under it
        _add(doc, out, a, b, tie_kind(masked), "existing", n)
    elif _tie_shape(doc, masked, sent.start, ma, mb):
        status = "proposed" if _IN_TALKS.search(masked) else tie_status(masked)
        _add(doc, out, a, b, tie_kind(masked), status, n)


def _subject_with_list(
    doc: Doc, out: list[Partnership], n: int, masked: str, parties: list[tuple[int, Mention]]
) -> None:
    """ "A ties up with B, C and D": the first name as the actor, a list of institutions after a "with" whose
    verb phrase names the tie."""
    base = doc.starts[n]
    (a, ma), (_, mb) = parties[0], parties[1]
    if _GOVERNED.search(masked[: ma.start - base][-40:]):
        return
    gap = masked[_mention_end(doc, a, ma.start) - base : mb.start - base]
    if _WITH_END.match(gap) is None or "," in gap or not has_fallback_cue(gap.casefold()):
        return
    objs = _objects(doc, n, mb.start)
    if len(objs) == len(parties) - 1 and all(
        doc.orgs[top_institution(doc, i)].type in _INSTITUTION_TYPES for i in [a, *objs]
    ):
        for obj in objs:
            _add(doc, out, a, obj, tie_kind(masked), tie_status(masked), n)


def _tie_shape(doc: Doc, masked: str, base: int, ma: Mention, mb: Mention) -> bool:
    """Whether the names at ``ma`` and ``mb`` (in that order) stand in one of two_parties' shapes."""
    lead = masked[: ma.start - base]
    a_end = _mention_end(doc, ma.index, ma.start) - base
    gap = masked[a_end : mb.start - base]
    rest = masked[_mention_end(doc, mb.index, mb.start) - base :].split(";")[0]
    if _FRONTED.match(lead):
        return _COMMA_GAP.match(gap) is not None
    if _VISIT_TO.match(lead):  # "During her visit to B, A's rector signed an agreement"
        return gap.lstrip().startswith(",") and _FALLBACK_SIGNED.search(masked.casefold()) is not None
    if _MET_OBJECT.search(lead[-30:]):
        return False  # "The mayor visited A and signed an agreement with B": A is the visit's object, not an actor
    governed = _GOVERNED.search(lead[-40:])
    if _COORDINATED.match(gap) and _PAIR_LEAD.search(lead[-60:]):
        return True
    agent = (
        governed is not None and governed.group("of") and _AGENT_OF.search(lead[-60:])
    ) or _DELEGATION_FROM.search(lead[-40:])
    if governed is not None and not agent:
        return False
    if _THANKED.match(gap):  # "The rector of A thanked B for the long-standing cooperation"
        return _FOR_TIE.match(rest) is not None
    if _PEOPLE_COORDINATED.match(gap):  # "Rector of A X and President of B Y discussed academic exchanges"
        return has_fallback_cue(rest[:90].casefold()) and _TIE_WITH_OTHERS.search(rest) is None
    if _COORDINATED.match(gap):
        # the tie in the predicate's first words ("join hands", "held a joint conference"), not a far noun
        # ("both improved their scores in ... research collaboration")
        return has_fallback_cue(rest[:50].casefold()) and _TIE_WITH_OTHERS.search(rest) is None
    if _OFFERED.match(gap):  # "A offered B cooperation in ...", "A invited B to join the consortium"
        return has_fallback_cue(rest[:80].casefold())
    if _MEET_VERB.search(gap) and (_PURPOSE_TIE.match(rest) or _AND_SIGNED.match(rest)):
        return True  # "A welcomed X, rector of B, to discuss a student exchange programme", "visited B and signed ..."
    if _WITH_END.match(gap) is None or "," in gap:
        return False
    # the tie in the verb before "with" ("ties up with B") or in a purpose after B ("met with B to discuss ...")
    if has_fallback_cue(gap.casefold()) or _PURPOSE_TIE.match(rest) is not None:
        return True
    # "discussed with B the possibility of joint research": the tie is the talk's object, after B
    return _TALK.search(gap) is not None and has_fallback_cue(rest[:80].casefold())


#: "... thanked (the leadership of) B", "expressed gratitude to B": what the tie is thanked for follows B.
_THANKED = re.compile(
    r"^\s*(?:,[^,;]{1,60},\s*)?(?:thanked|thanks|expressed\s+(?:(?:his|her|their|its|deep|sincere)\s+)*(?:gratitude|appreciation)\s+"
    r"to)\s+(?:the\s+)?(?:(?:leadership|management|rector|president|administration|team|staff)\s+of\s+(?:the\s+)?)?$",
    re.I,
)


#: "... for the long-standing cooperation", "for its support in developing the programmes".
_FOR_TIE = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?,?\s*for\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,3}?(?:cooperation|co-operation|"
    r"collaboration|partnership|joint\s+\w+|support\s+(?:in|of|for)\s+(?:the\s+)?(?:developing|development|launch|opening|"
    r"creation|joint))\b",
    re.I,
)


_MEET_VERB = re.compile(
    r"\b(?:met|meets|welcomed|welcomes|received|receives|hosted|hosts|visited|visits)\b", re.I
)


_MET_OBJECT = re.compile(
    r"\b(?:met|meets|welcomed|welcomes|received|receives|hosted|hosts|visited|visits)\s+(?:with\s+)?(?:the\s+)?$",
    re.I,
)


_DELEGATION_FROM = re.compile(
    r"\b(?:delegations?|officials|representatives|teams?|heads|leaders|rectors|presidents)\s+(?:from|of)\s+(?:the\s+)?$",
    re.I,
)


_AND_SIGNED = re.compile(
    r"^[^;,]{0,30}?\band\s+(?:signed|concluded|inked|sealed|agreed\s+(?:on|to)|discussed)\b[^;]{0,60}?(?:memorand|\bmous?\b|"
    r"agreement|accord|protocol|road\s*-?map|cooperat|collaborat|partner|joint|exchange)",
    re.I,
)


_OFFERED = re.compile(
    r"^\s*(?:has\s+|have\s+)?(?:offered|offers|invited|invites|proposed\s+to|suggested\s+to|urged|encouraged)\s+(?:the\s+)?$",
    re.I,
)


#: Talks of a tie not yet made ("is in talks with B about", "negotiations").
_IN_TALKS = re.compile(r"\b(?:talks|negotiat\w*|consultations)\b", re.I)


_TALK = re.compile(r"\b(?:discuss|agree|negotiat|talks|consult)", re.I)


#: "... with B to discuss joint research": a purpose clause that names the tie.
_PURPOSE_TIE = re.compile(
    # "... with the President of B, Meric Gertler, to discuss": the person named in apposition first
    r"^\s*(?:,\s*(?:[A-Z][\w.\-’']*\s+){0,3}[A-Z][\w.\-’']*\s*(?=,))?,?[^,;]{0,30}?\bto\s+(?:discuss|explore|sign|develop|expand|strengthen|establish|launch|consider|deepen|promote|"
    r"boost|enhance|foster|set\s+up|create|open|start|build|finali[sz]e|prepare|draft|review|renew|extend|implement)\b"
    r"[^,;]{0,60}?(?:memorand|\bmous?\b|agreement|partner|"
    r"cooperat|co-operat|collaborat|joint|exchange|ties|relations|links|allian|consorti|network)",
    re.I,
)
