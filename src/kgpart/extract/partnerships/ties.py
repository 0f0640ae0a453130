"""Readers of a tie named by its noun or verb with both parties in the sentence: "an agreement between
A and B", "A signed a memorandum with B", "A and B signed", "A's partnership with B", "with which"."""

from __future__ import annotations

import re
from itertools import pairwise

from kgpart.extract.doc import Doc
from kgpart.extract.partnerships.kinds import tie_kind, tie_status
from kgpart.extract.partnerships.parties import (
    _add,
    _between_pairs,
    _by_noun,
    _first_object,
    _home_institution,
    _is_object,
    _mention_end,
    _named_at,
    _objects,
    _recent_subject,
    _speaker_after,
    _speaker_org,
    _subject,
    top_institution,
)
from kgpart.extract.partnerships.partners import _partners_include
from kgpart.extract.partnerships.vocabulary import (
    _GOVERNED,
    _INSTITUTION_TYPES,
    _ROLE_WORDS,
    _TIE,
    _TIE_BEFORE,
    contains_any,
)
from kgpart.extract.patterns import AsciiFolded, trie_pattern
from kgpart.extract.record import Partnership

#: "The embassy and the university agreed to cooperate": two institutions named by their kinds.
_KINDS_PAIR = re.compile(
    r"\b(?:the|both\s+the)\s+(?:university|institute|academy|embassy|consulate|ministry)\s+and\s+(?:the\s+)?"
    r"(?:university|institute|academy|embassy|consulate|ministry)\b",
    re.I,
)
_KINDS_PAIR_FOLDED = AsciiFolded(_KINDS_PAIR)


def _kinds_pair(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    for match in _KINDS_PAIR_FOLDED.finditer(sent.text):
        if not _PAIR_VERB_FOLDED.match(sent.text[match.end() :]):
            continue
        pos = sent.start + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
        first, after = _by_noun(doc, n, pos)
        second, _ = _by_noun(doc, n, after, (first,) if first is not None else ())
        if first is not None and second is not None:
            status = tie_status(sent.text[match.end() :])
            _add(doc, out, first, second, tie_kind(sent.text[match.end() :]), status, n)


#: "..., and C signed one with D": "one" for the tie just named.
_SIGNED_ONE = re.compile(
    r"\b(?:signed|signs|concluded|inked|will\s+sign|plans\s+to\s+sign|has\s+one|have\s+one)\s+"
    r"(?:a\s+similar\s+one|one|another(?:\s+one)?|similar\s+ones)\s+with\s+(?:the\s+)?",
    re.I,
)


#: What _TIE_OF needs, tested on the folded sentence first.
_TIE_OF_WORDS = (
    "ship of",
    "tion of",
    "ment of",
    "ments of",
    "um of",
    "ing of",
    "mou of",
    "mous of",
    "ance of",
    "nda of",
)


#: What _TIE_OF needs for a joint thing of two ("the joint laboratory of A and B"): one word of each tuple.
_JOINT_OF_WORDS = ("joint", "network", "degree", "exchange", "mobility", "dual", "double", "diploma")


_THING_OF_WORDS = (
    "gramme of",
    "grammes of",
    "gram of",
    "grams of",
    "re of",
    "er of",
    "res of",
    "ers of",
    "ory of",
    "ries of",
    "lab of",
    "labs of",
    "ute of",
    "utes of",
    "lty of",
    "ties of",
)


#: "the strategic partnership of A and B": a tie whose two holders follow "of".
_TIE_OF = re.compile(
    r"\b(?:partnership|cooperation|collaboration|agreements?|memorand(?:um|a)(?:\s+of\s+(?:understanding|cooperation))?|"
    r"MoUs?|alliance|"
    # "the network programme of A and B", "the joint laboratory of A and B"
    r"(?:joint|network|double[\s\-]+degree|dual[\s\-]+degree|exchange|mobility|double|dual|(?:two|double|dual)-diploma)\s+"
    r"(?:[\w\-’']+\s+){0,2}?(?:programmes?|programs?|"
    r"cent(?:re|er)s?|laborator(?:y|ies)|labs?|institutes?|facult(?:y|ies)))\s+of\s+(?:the\s+)?",
    re.I,
)


_OF_WITH = re.compile(r"\s+with\s+(?:the\s+)?", re.I)


#: "<tie> between A and B" (the nouns that need a party on each side); the exchange of people between two
#: institutions ("student exchange between A and B") ties them too, an exchange of views does not; so
#: does work done together ("joint projects / research / events between A and B").
_MOBILITY = (
    r"(?:(?:student|staff|academic|faculty|teacher|researcher|lecturer)s?\s+(?:exchanges?|mobility)|"
    r"(?:exchanges?|mobility)\s+of\s+(?:students|staff|teachers|faculty|researchers|scholars|lecturers))"
)


_JOINT_WORK = (
    r"joint\s+(?:[a-z][\w\-]*\s+){0,2}?(?:projects?|events?|research|activities|initiatives|studies)"
)


_TIE_BETWEEN = re.compile(
    rf"\b(?:{_TIE}|{_MOBILITY}|{_JOINT_WORK}|relations|ties|links|contacts|exchanges|credit\s+transfer|transfer\s+(?:of\s+)?credits)"
    r"\b(?:[^.;]{0,60}?\bbetween|"
    # "an agreement among A, B and C" (not "agreements with many universities, among them A and B")
    r"[^.;,]{0,60}?\bamong(?:st)?(?!\s+(?:them|others|other|which|those|these|its|their)\b))\s+(?:the\s+)?",
    re.IGNORECASE,
)
_TIE_BETWEEN_FOLDED = AsciiFolded(_TIE_BETWEEN)


#: "signed | concluded | has (had) | will sign ... <tie> with B".
_TIE_WITH = re.compile(
    r"\b(?:signed|signs|sign|signing|concluded|concludes|conclude|has|have|had|renewed|renews|extended|reached|"
    r"established|establish|entered\s+into|adopted|adoption|inked|inks|sealed|announced|announces|forged|forges|formed|"
    r"forms|launched|launches|started|initiated|built|created|held|hosted|holds|hosts|runs|run|ran|offers|offered|"
    r"maintains|maintained|maintain|enjoys|enjoyed|operates|operated|operating|implements|implemented|implementing|running|offering|conducts|conducted|conducting|"
    r"resulted\s+in|results\s+in|led\s+to|produced|yielded|granted|awarded)\s+(?:(?:a|an|the|its|their|new|[\w\-]+)\s+){0,4}?"
    rf"{_TIE}(?:\s+(?:relations|relationship|ties|links))?"
    # "an agreement on student exchange with B": what the tie is about, a few lower-case words
    # "... agreements on student exchange, joint research and staff training with B"
    r"(?:\s+(?:on|for|in|of|about)\s+(?:[a-z][\w\-’']*,?\s+){0,8}?[a-z][\w\-’']*)?"
    # "a memorandum of understanding, the first of its kind, with B": an aside in commas
    r"(?:\s*,\s+(?:the|a|an|its|their)\s+[^,;.]{1,40},)?"
    # "more than 100 agreements, including with B and C"
    r"(?:\s*,?\s+(?:including|notably|in\s+particular|especially|among\s+others))?"
    # not "in line / accordance / compliance with B": a model followed, no partner
    r"(?<!\bline)(?<!accordance)(?<!compliance)(?<!keeping)\s+with\s+(?:the\s+)?",
    re.IGNORECASE,
)
_TIE_WITH_FOLDED = AsciiFolded(_TIE_WITH)


#: What may follow "A and B" to make them partners: a verb of a tie, alone or after an auxiliary.
_PAIR_VERB = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,;]{1,60},\s*)?"
    # "A's and B's rectors signed": the two institutions' officers
    r"(?:[’']s\s+(?:[\w\-]+\s+)?(?:rectors|presidents|heads|leaders|vice-chancellors|chancellors|directors|deans|"
    r"representatives|delegations|officials)\s+)?(?:(?:have|has|had|will|would|also|both|jointly|recently|already|today|officially|"
    r"been|successfully|formally|long|now|are|were|closely|actively)\s+)*(?:signed|sign|inks?|inked|seals?|sealed|concluded|conclude|agreed|agrees?\s+(?:to|on)|unite|"
    r"reached\s+(?:an?\s+)?(?:agreement|understanding|accord)|"
    r"cooperat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing)|joined\s+forces|work(?:ed|ing)?\s+(?:closely\s+)?together|"
    r"(?:implement\w*|conduct\w*|carr(?:y|ied|ies)\s+out|run|ran|develop\w*)\s+(?:a\s+|several\s+|many\s+)?joint|"
    r"partner|engaged\s+in\s+(?:a|an|the)?[\w\s\-]{0,30}?(?:partnership|cooperation)|intend|plan|launch|launched|"
    r"established|establish|renewed|run|offer|set\s+up|"
    # "A and B opened a Korean language centre": a place the two run, not an event they opened
    r"open(?:s|ed)?\s+(?:(?:a|an|the|their|its|new|first|second|joint)\s+)*(?:[\w\-]+\s+){0,3}?(?:cent(?:re|er)s?|"
    r"laborator(?:y|ies)|labs?|institutes?|schools?|offices?|campus(?:es)?|facult(?:y|ies)|departments?|hubs?|"
    r"academ(?:y|ies)|corners?|classrooms?|programmes?|programs?|courses?|branch(?:es)?)\b|"
    r"(?:are|were|became|become|remain(?:ed)?|been)\s+(?:[\w\-]+\s+){0,2}?(?:partners|sister\s+(?:universities|institutions|schools))|"
    # a verb that makes a tie only with its noun: "announced a strategic partnership", "renewed their agreement"
    r"(?:announce[sd]?|forge[sd]?|form(?:s|ed)?|exchanged|extend(?:s|ed)?|renew(?:s|ed)?|launch(?:es|ed)?|initiated)\s+"
    r"(?:(?:a|an|the|their|new)\s+)?(?:[\w\-]+\s+){0,2}?(?:partnerships?|agreements?|alliances?|memorand\w*|MoUs?|accords?)|"
    # "celebrated ten years of partnership", "marked the 10th anniversary of their cooperation"
    r"(?:celebrat\w*|mark(?:s|ed)?)\s+(?:[\w\-]+\s+){1,4}?of\s+(?:their\s+)?(?:[\w\-]+\s+)?"
    r"(?:partnership|cooperation|collaboration|agreement)|"
    # "marked the 10th anniversary of their Confucius Institute": a body the two run together
    r"(?:celebrat\w*|mark(?:s|ed)?)\s+(?:[\w\-]+\s+){1,4}?of\s+their\s+(?:joint\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:institute|cent(?:re|er)|programme|program|laboratory|school|faculty)|"
    r"co-?(?:organi[sz]\w*|host\w*|found\w*)|jointly\s+(?:organi[sz]\w*|host\w*|found\w*|run|ran|offer\w*|deliver\w*|develop\w*|supervis\w*|manag\w*|"
    r"teach\w*|taught|fund\w*|lead\w*|led|launch\w*|train\w*|coordinat\w*|operat\w*|establish\w*|creat\w*|design\w*|"
    r"implement\w*|conduct\w*|award\w*|set\s+up|open\w*)|"
    r"(?:have|has)\s+(?:a\s+)?(?:[\w\-]+\s+){0,3}?(?:history|tradition|record)\s+of\s+(?:cooperation|partnership|collaboration)|"
    r"discuss(?:ed)?\s+(?:[\w\-]+\s+){0,5}?(?:signing|memorand\w*|agreements?|cooperation|partnership)|"
    # "A and B strengthen ties", "A, B explore collaboration in AI"
    r"(?:strengthen|deepen|expand|boost|enhance|forge|bolster|cement|explore|discuss)\w*\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:ties|cooperation|collaboration|partnerships?|relations|links)|"
    # "A and B reaffirmed their commitment to scientific cooperation", "expressed their interest in a joint programme"
    r"(?:reaffirm|confirm|express|declar|state|voic)\w*\s+(?:their\s+|a\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:commitment|interest|"
    r"intention|readiness|desire|willingness)\s+(?:to|in)\s+(?:[\w\-]+\s+){0,4}?(?:cooperat\w*|collaborat\w*|partnership|"
    r"work(?:ing)?\s+together|joint)|"
    # "A and B have an agreement on ...", "have enjoyed a partnership since 2007"
    r"(?:have|has|had|enjoy|enjoyed|maintain|maintained)\s+(?:(?:a|an|the|[\w\-]+)\s+){0,3}?"
    r"(?:agreements?|memorand\w*|MoUs?|partnerships?|accords?|contracts?|relationships?|relations|ties|links)|"
    # "A and B are planning to sign", "are set to launch", "will exchange students"
    r"(?:are|were)\s+(?:planning|going|expected|set|preparing|about|ready|due|in\s+talks)\s+to\s+(?:sign|conclude|establish|launch|open|"
    r"set\s+up|create|exchange)|exchange|"
    # "A and B have been exchanging lecturers for five years"
    r"exchang(?:ing|ed)\s+(?:[\w\-]+\s+)?(?:students|lecturers|staff|teachers|researchers|scholars|faculty|professors|"
    r"academics|delegations|interns)|"
    # "A and B's partnership started in 2019"
    r"[’']s\s+(?:[\w\-]+\s+){0,2}?(?:partnership|cooperation|collaboration|agreement|memorandum|relations|ties)|"
    # a headline's infinitive: "A and B to sign MoU", "A and B to deepen ties"
    r"to\s+(?:sign|ink|conclude|launch|open|establish|set\s+up|create|cooperate|collaborate|partner|develop|offer|"
    r"exchange|deepen|expand|strengthen|team\s+up|join\s+forces))\b",
    re.IGNORECASE,
)
_PAIR_VERB_FOLDED = AsciiFolded(_PAIR_VERB)


#: A headline joins its two parties with a comma: "A, B sign MoU" (a verb in the present, right after B).
_HEADLINE_LINK = re.compile(r"^\s*,\s*(?:the\s+)?$")


_HEADLINE_VERB = re.compile(
    r"^\s*(?:sign|ink|seal|agree|partner|team\s+up|join\s+forces|launch|renew|collaborate|cooperate|unite)s?\b|"
    r"^\s*(?:strengthen|deepen|expand|boost|enhance|forge|bolster|cement|explore|discuss)(?:es|s)?\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:ties|cooperation|collaboration|partnerships?|relations|links)\b|"
    r"^\s*to\s+\w",
    re.I,
)


_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)


#: "... signed agreements with C": a third party after the verb of two subjects.
_WITH_THIRD = re.compile(
    r"[^;.]{0,60}?\b(?<!line\s)(?<!accordance\s)(?<!compliance\s)(?<!keeping\s)(?<!connection\s)(?<!comparison\s)"
    r"with\s+(?:the\s+)?(?!each\s+other|one\s+another)"
)


#: "A–B partnership": two names joined by a dash before the noun of their tie.
_DASH_LINK = re.compile(r"^\s*[–—-]\s*(?:the\s+)?$")


_DASH_TIE = re.compile(
    r"^\s*(?:[\w\-]+\s+){0,2}?(?:partnership|cooperation|collaboration|agreement|MoU|memorandum|deal|alliance|ties|"
    r"relations|exchange\s+programme|joint\s+(?:programme|program|degree|research|laboratory|centre|center|institute))\b",
    re.I,
)


#: "A and B", "A (Japan) and the B", "Kazakhstan's A and Hungary's B" (a country's possessive before the name).
_PAIR_LINK = re.compile(
    r"^(?:[’']s)?\s*(?:\([^()]{1,20}\)\s*)?(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w\-]+[’']s\s+)?$"
)


#: "the ministries of education of A and B": one plural head for two bodies, both named at its start.
_PLURAL_PAIR = re.compile(
    r"(?:ministries|embassies|universities|academies|governments)\s+(?:of\s+[a-z][\w\s,]{0,40}?\s+)?of\s+(?:the\s+)?"
    r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*"
)


def _ties(doc: Doc, out: list[Partnership], n: int) -> None:
    """Agreements and partnerships of named institutions: "between A and B", "A signed ... with B", "A and B signed"."""
    sent = doc.sentences[n]
    fold = sent.text.casefold()
    for match in _TIE_BETWEEN_FOLDED.finditer(sent.text) if "between" in fold or "among" in fold else ():
        # "between the university and B", "between the university and the embassy"
        first, after = _by_noun(doc, n, sent.start + match.end()) if "between the" in fold else (None, 0)
        if first is not None:
            second, _ = _by_noun(doc, n, after)
            rest = [second] if second is not None else _objects(doc, n, after, strict=True)
            first, _ = _by_noun(doc, n, sent.start + match.end(), tuple(rest))  # not the party named after it
            pairs = [[first, obj] for obj in rest] if first is not None else []
        elif "among" in match.group(0).lower() and not _objects(
            doc, n, sent.start + match.end(), strict=True
        ):
            pairs = []  # "cooperation among universities of the region, including A and B": a group, no tie of two
        else:
            pairs = _between_pairs(doc, n, sent.start + match.end())
        status = tie_status(sent.text) if pairs else ""
        for a, b in pairs:
            _add(doc, out, a, b, tie_kind(match.group(0)), status, n)
    for match in _TIE_WITH_FOLDED.finditer(sent.text) if " with " in fold else ():
        objs = _objects(doc, n, sent.start + match.end())
        if not objs:
            named, _ = _by_noun(doc, n, sent.start + match.end())  # "signed a memorandum with the embassy"
            objs = [named] if named is not None else []
        if not objs:
            continue
        subject = _subject(doc, n, sent.start + match.start())
        status = tie_status(sent.text[: match.end()])
        if subject is None:
            subject = _main_subject(doc, n, match.start(), objs)
        if subject is None and _OFFICER_OPENS.fullmatch(sent.text, 0, match.start()):
            # "Rector Lenar Safin signed a memorandum with B": the officer of the institution in view
            subject = _recent_subject(doc, n)
        for obj in objs:
            _add(doc, out, subject, obj, tie_kind(match.group(0)), status, n)
    for match in (
        _TIE_OF.finditer(sent.text)
        if " of " in fold
        and (
            contains_any(fold, _TIE_OF_WORDS)
            or (contains_any(fold, _JOINT_OF_WORDS) and contains_any(fold, _THING_OF_WORDS))
        )
        else ()
    ):
        objs = _objects(doc, n, sent.start + match.end(), strict=True)
        for obj in (
            objs[1:2] if len(objs) == 2 else ()
        ):  # "the partnership of A and B" (two, not a list of members)
            _add(doc, out, objs[0], obj, tie_kind(match.group(0)), tie_status(sent.text), n)
        found = _first_object(doc, n, sent.start + match.end()) if len(objs) == 1 else None
        with_ = _OF_WITH.match(doc.text[found[1] : found[1] + 12]) if found is not None else None
        if found is not None and with_ is not None:  # "collaboration of A with B, C and D"
            for obj in _objects(doc, n, found[1] + with_.end()):
                _add(doc, out, found[0], obj, tie_kind(match.group(0)), tie_status(sent.text), n)
    for match in _SIGNED_ONE.finditer(sent.text) if "one with" in fold else ():
        if _TIE_BEFORE.search(sent.text, 0, match.start()) is None:
            continue  # "one" stands for a tie named before it
        subject = _subject(doc, n, sent.start + match.start())
        for obj in _objects(doc, n, sent.start + match.end(), strict=True):
            _add(doc, out, subject, obj, "agreement", tie_status(sent.text[: match.end()]), n)
    coop_with = " with " in fold and _COOP_NOUN_WITH.search(fold) is not None
    for match in _IN_COOPERATION.finditer(sent.text) if coop_with else ():
        subject = _subject(doc, n, sent.start + match.start())
        for obj in _objects(doc, n, sent.start + match.end()):
            _add(doc, out, subject, obj, "cooperation", tie_status(sent.text), n)
    for match in _PARTNER_OF.finditer(sent.text) if "partner" in fold or "sister" in fold else ():
        pos = sent.start + match.start()
        before = [m for m in doc.org_mentions_in(n) if m.start < pos]
        owners = _objects(doc, n, sent.start + match.end())
        if match.group("include"):
            # "the partner universities of A include B, C": A is named in the phrase, the rest after it
            owner = _objects(doc, n, sent.start + match.start("include"))
            for obj in owners if owner else []:
                _add(doc, out, owner[0], obj, "cooperation", "existing", n)
        elif before and owners:
            _add(doc, out, max(before, key=lambda m: m.start).index, owners[0], "cooperation", "existing", n)
        elif (
            before
        ):  # "B, a long-standing partner of the university": the article's university, else the one before B
            partner = max(before, key=lambda m: m.start).index
            by_kind, _ = _by_noun(doc, n, sent.start + match.end(), (partner,))
            home = _home_institution(doc, strict=True)
            if by_kind is not None and home is not None and home != top_institution(doc, partner):
                by_kind = home
            _add(doc, out, partner, by_kind, "cooperation", "existing", n)
    if " with " in fold and contains_any(fold, _PASSIVE_SIGNING_WITH):
        _signed_with(doc, out, n)
    if _RELATION_WORDS.search(fold):
        for match in _RELATIONS_WITH_FOLDED.finditer(sent.text):
            subject = _subject(doc, n, sent.start + match.start())
            if match.group(0)[0] in "’'":  # "A's links with B": A, named right before
                owner = [
                    m.index
                    for m in doc.org_mentions_in(n)
                    if _mention_end(doc, m.index, m.start) == sent.start + match.start()
                ]
                subject = owner[0] if owner else subject
            for obj in _objects(doc, n, sent.start + match.end(), strict=True):
                _add(doc, out, subject, obj, "cooperation", tie_status(sent.text), n)
    if "partner" in fold:
        _partners_include(doc, out, n)
    if " with " in fold:
        _tie_noun_with(doc, out, n)
        if "which " in fold or "that " in fold:
            _which_signed(doc, out, n)
    if "linked" in fold or "bound" in fold or "connected" in fold:
        _linked(doc, out, n)
    if "partner" in fold and _PARTNER_LIST.search(sent.text):
        for match in _PARTNER_LIST.finditer(sent.text):
            subject = _subject(doc, n, sent.start + match.start())
            for obj in _objects(doc, n, sent.start + match.end(), strict=True):
                _add(doc, out, subject, obj, "cooperation", "existing", n)


#: A phrase fronted before the main clause: "After signing a memorandum with B, A launched ...".
_FRONTED_PHRASE = re.compile(
    r"\W*(?:after|having|following|upon|on|since|before|by|when|while|through|in)\s+[^,;]*$", re.I
)


def _main_subject(doc: Doc, n: int, at: int, objs: list[int]) -> int | None:
    """The institution opening the main clause after a phrase fronted before it, when the tie at ``at``
    (offset in the sentence) with ``objs`` is in that phrase: "Having signed an agreement with B, A now ...".
    A subject read as the last of ``objs`` ("with B in 2019, A now sends") is taken out of them."""
    sent = doc.sentences[n]
    if _FRONTED_PHRASE.match(sent.text[:at]) is None:
        return None
    ends = {m.index: (m.start, _mention_end(doc, m.index, m.start)) for m in doc.org_mentions_in(n)}
    if (
        len(objs) > 1
        and "," in doc.text[ends[objs[-2]][1] : ends[objs[-1]][0]]
        and _PREDICATE.match(doc.text, ends[objs[-1]][1])
    ):
        return objs.pop()
    last = max(ends[i][1] for i in objs)
    comma = sent.text.find(",", last - sent.start)
    if comma < 0:
        return None
    for m in doc.org_mentions_in(n):
        if m.start > sent.start + comma:
            lead = doc.text[sent.start + comma + 1 : m.start]
            return m.index if _CLAUSE_OPENING.fullmatch(lead) else None
    return None


#: A verb phrase right after a name: the name opens a clause ("A now sends", "A will open", "A launched").
_PREDICATE = re.compile(r"\s+(?:\([^()]{1,20}\)\s+)?(?!and\b|or\b|in\b|of\b|at\b|for\b)[a-z]+")


#: A clause opened by a university's officer, named or not: "Rector Lenar Safin", "Later the rector".
_OFFICER_OPENS = re.compile(
    r"\W*(?:(?:later|then|also|afterwards|meanwhile|today|yesterday|on\s+\w+|in\s+\w+)\s*,?\s+)?(?:the\s+)?"
    r"(?:(?:vice-|pro-|deputy\s+)?(?:rector|president|vice-chancellor|chancellor|provost)\b)"
    r"(?:\s+[A-Z][\w\-’'.]*){0,3}\s*,?\s*(?:(?:also|then|later|personally|has|have|had|will|would)\s+)*",
    re.I,
)


#: What may stand between the comma after a fronted phrase and the main clause's subject.
_CLAUSE_OPENING = re.compile(rf"\s*(?:the\s+)?(?:{_ROLE_WORDS}\s+of\s+(?:the\s+)?)?", re.I)


#: "A has 100 partner universities, among them B and C".
_PARTNER_LIST = re.compile(
    r"\bpartner(?:s|\s+(?:universities|institutions|organi[sz]ations))\b[^.;]{0,20}?,?\s+"
    r"(?:among\s+them|including|notably|in\s+particular)\s+(?:the\s+)?",
    re.I,
)


#: A tie as a noun with its partner: "A's partnership with B", "a memorandum of cooperation with B was signed".
_TIE_NOUN_WITH = re.compile(
    rf"(?:(?:(?P<own>[’']s|\bits|\btheir|\bour)|\b(?:a|an|the))\s+|^)(?:(?!(?:its|their|our)\s)[\w\-]+\s+){{0,2}}?{_TIE}"
    r"(?:\s+(?:on|for|in|of|about)\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*)?\s+with\s+(?:the\s+)?",
    re.I,
)
_TIE_NOUN_WITH_FOLDED = AsciiFolded(_TIE_NOUN_WITH)


#: What makes a tie told as a noun a fact of the sentence: it was signed, began, dates back.
_TIE_NOUN_FACT = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:under\s+(?:negotiation|discussion|preparation|consideration)|being\s+"
    r"(?:negotiated|prepared|drafted|discussed))\b|"
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|already\s+|recently\s+|officially\s+)?"
    r"(?:signed|concluded|established|renewed|extended|inked)|\bbegan\b|"
    # "an agreement with B will be signed / is expected to be signed (by A)": a tie to come
    r"\b(?:will|would|shall|to)\s+be\s+(?:signed|concluded|renewed|extended)\b|"
    r"\bstarted\b|\bdates?\s+back\b|\bsince\b|\bgoes\s+back\b",
    re.I,
)


#: "the renewal / extension / implementation of the agreement with B": a tie that exists (it is renewed).
_RENEWAL_OF = re.compile(
    r"\b(?:renewal|extension|prolongation|implementation|anniversary|renewing|extending|prolonging|implementing)\s+of\s+$",
    re.I,
)


#: What the tie with B holds, right after B: "The agreement with B covers / provides for / runs until ...".
_TIE_CONTENT = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:,[^,;]{1,60},\s*)?(?:also\s+|already\s+)?"
    r"(?:covers|provides|envisages|envisions|foresees|includes|allows|enables|runs|opens|gives|offers|focuses|"
    r"stipulates|sets\s+out|outlines|calls\s+for|lasts|is\s+valid|expires|concerns|involves|supports|paves|"
    # "Joint research with B will focus on catalysis"
    r"(?:will|would|is\s+to|are\s+to|is\s+expected\s+to|should)\s+(?:also\s+)?(?:cover|provide|focus|include|allow|"
    r"enable|run|open|start|begin|last|concern|involve|support|give|offer))\b",
    re.I,
)


_BY = re.compile(r"\bby\s+(?:the\s+)?")


#: "Under the agreement with B, ...": a tie in force that something is done under.
_UNDER = re.compile(
    r"\b(?:under|within(?:\s+the\s+framework\s+of)?|in\s+the\s+framework\s+of|as\s+part\s+of|thanks\s+to|"
    r"in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to)\s+(?:the|an?)\s+(?:[\w\-]+\s+){0,2}?"
    rf"{_TIE}",
    re.I,
)


#: A phrase of the tie fronted before the main clause: "Through its partnership with B, A offers ...".
_FRONTED = re.compile(r"\W*(?:[\w\-]+\s+){1,3}", re.I)


_BY_RIGHT = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*by\s+(?:the\s+)?")


def _tie_nouns_before_with(text: str) -> list[re.Match[str]]:
    """The matches of _TIE_NOUN_WITH, looked for only in the few words before each " with " (a scan of
    the whole sentence tries the pattern at every article)."""
    found: list[re.Match[str]] = []
    at = text.find(" with ")
    while at >= 0:
        match = _TIE_NOUN_WITH_FOLDED.search(text, max(0, at - 100), at + 11)
        if match is not None and (not found or match.start() >= found[-1].end()):
            found.append(match)
        at = text.find(" with ", at + 6)
    return found


def _tie_noun_with(doc: Doc, out: list[Partnership], n: int) -> None:
    """ "A's partnership with B dates back to 2005"; "a memorandum with B was signed (by A)"."""
    sent = doc.sentences[n]
    text = sent.text
    for match in _tie_nouns_before_with(text):
        rest = text[match.end() :]
        lead = text[max(0, match.start() - 40) : match.start()] + match.group(0)[:30]
        under = _UNDER.search(lead) if not match.group("own") else None
        objs = _objects(doc, n, sent.start + match.end(), strict=True)
        if not objs:
            continue
        renewed = _RENEWAL_OF.search(text, max(0, match.start() - 30), match.start()) is not None
        if match.group("own") is None and under is None and not renewed and not _TIE_NOUN_FACT.search(rest):
            last = max((m for m in doc.org_mentions_in(n) if m.index == objs[-1]), key=lambda m: m.start)
            # "the agreement with B covers ...", or the tie's noun opening the sentence ("Joint research with B will")
            the = match.group(0)[:4].lower() == "the " or match.start() == 0
            if not the or not _TIE_CONTENT.match(doc.text, _mention_end(doc, objs[-1], last.start)):
                continue  # "an agreement with B" merely named, not said to exist
        own = (match.group("own") or "").lower()
        subject = _subject(doc, n, sent.start + match.start() + (0 if own else 1))
        if own == "our":  # "'Our partnership with B goes back to 2001,' said X of A": the speaker's
            speaker = _speaker_org(doc, n)
            subject = speaker if speaker is not None else subject
        by = _BY.search(rest)
        if by is not None:
            signers = _objects(doc, n, sent.start + match.end() + by.end(), strict=True)
            subject = signers[0] if signers else subject
        fronted = own in ("its", "their") and _FRONTED.fullmatch(text[: match.start()]) is not None
        if subject is None and (under is not None or fronted) and len(objs) > 1:
            # "Under an agreement with B, A sends ...": the list read after "with" ran into the main
            # clause's subject, named after a comma and followed by its verb
            ends = {m.index: (m.start, _mention_end(doc, m.index, m.start)) for m in doc.org_mentions_in(n)}
            if "," in doc.text[ends[objs[-2]][1] : ends[objs[-1]][0]] and _PREDICATE.match(
                doc.text, ends[objs[-1]][1]
            ):
                subject = objs.pop()
        if subject is None and (under is not None or fronted):
            # "Under the agreement with B, students of A ...": the institution of the main clause
            later = [
                m.index
                for m in doc.org_mentions_in(n)
                if m.start > sent.start + match.end() and m.index not in objs
            ]
            subject = later[0] if later else None
        if subject is None or subject in objs:
            # "The partnership with B dates back to 2001, A said": the speaker; else the institution in view
            said = _speaker_after(doc, n, objs)
            subject = said if said is not None else _recent_subject(doc, n)
        status = "existing" if under is not None else tie_status(sent.text)
        for obj in objs:
            _add(doc, out, subject, obj, tie_kind(match.group(0)), status, n)


#: A cheap test for _exist_with on the folded sentence (one prefix tree of the words: only whether it matches is asked).
_EXIST_WORDS = re.compile(
    trie_pattern(
        [
            "exist",
            "in place",
            "in force",
            "jointly",
            "together",
            "talks",
            "negotiations",
            "discussions",
            "consultations",
            "planned",
            "envisaged",
            "foreseen",
            "co-",
            "being prepared",
            "being negotiated",
            "being drafted",
            "under negotiation",
            "under discussion",
            "under preparation",
        ]
    )
)


#: "..., established (in 2013) with B": what _DONE_WITH's participle needs, tested after a cheap word test.
_FOUNDED_WORDS = ("established", "founded", "set up", "created", "opened", "launched")


_FOUNDED_WITH = re.compile(r"(?:established|founded|set up|created|opened|launched)(?: in \d{4})? with")


#: "Similar agreements exist with B and C": ties of the institution in view.
_EXIST_WITH = re.compile(
    rf"\b{_TIE}\s+(?:already\s+|also\s+)?(?:exists?|existed|(?:is|are|was|were)\s+(?:already\s+|also\s+)?in\s+(?:place|force)|"
    # "Similar agreements are planned with B and C": ties to come
    r"(?P<planned>(?:is|are)\s+(?:also\s+)?(?:planned|envisaged|foreseen|being\s+(?:prepared|negotiated|drafted)|"
    r"under\s+(?:negotiation|discussion|preparation))))"
    r"\s+with\s+(?:the\s+)?",
    re.I,
)


#: "The programme is run jointly with B", "... was organised in partnership with B": something of the
#: institution in view done with B.
_DONE_WITH = re.compile(
    r"(?:\b(?:is|are|was|were|be|been)\s+|,\s*)(?:also\s+|now\s+)?(?:run|offered|delivered|taught|organi[sz]ed|developed|conducted|opened|"
    r"held|implemented|hosted|created|designed|launched|established|set\s+up|supervised|awarded|managed|co-?funded)\s+"
    r"(?:jointly|together|in\s+(?:close\s+)?(?:partnership|cooperation|collaboration))\s+with\s+(?:the\s+)?"
    # "The Confucius Institute at A, established with B in 2013, ...": a participle in commas
    r"|,\s*(?:(?:jointly|originally|first)\s+)?(?:established|founded|set\s+up|created|opened|launched)\s+"
    r"(?:in\s+(?:19|20)\d\d\s+)?with\s+(?:the\s+)?"
    # "The chair is funded by X and co-hosted with B", "a summer school co-organised with B"
    r"|\bco-(?:hosted|organi[sz]ed|funded|run|delivered|supervised|founded|taught|led|managed|sponsored)\s+with\s+(?:the\s+)?",
    re.I,
)


_BY_BEFORE = re.compile(r"\bby\s", re.I)


#: "A has initiated talks with B (on ...)", "A is in negotiations with B": a tie in the making.
_TALKS_WITH = re.compile(
    r"\b(?:initiated|held|holds|hold|holding|began|begun|begins|started|starts|opened|opens|launched|entered\s+(?:into\s+)?|"
    r"(?:is|are|was|were)\s+(?:now\s+|currently\s+|already\s+)?in)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:talks|negotiations|discussions|consultations)\s+with\s+(?:the\s+)?"
    # "Negotiations are under way with B"
    r"|\b(?:talks|negotiations|discussions|consultations)\s+(?:are|is|were)\s+(?:now\s+|currently\s+|also\s+)?"
    r"(?:under\s*way|ongoing|in\s+progress|being\s+held)\s+with\s+(?:the\s+)?",
    re.I,
)


#: Bodies of a state: talks held with one are a meeting, not a tie to come (session 16: of the pairs the
#: labelled sets gave so, none was gold; bench/README.md, "Partnerships (session 16)").
_STATE_SIDES = frozenset({"Embassy", "Ministry", "Government"})


#: "at (the)" right before a name: the place of the thing told in the clause.
_AT_BEFORE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$", re.I)


def _hosted_at(doc: Doc, n: int, pos: int) -> int | None:
    """The institution named last before ``pos`` as the place of something ("a centre at A, to be run jointly
    with B"), if nothing but a comma stands between its name and ``pos``."""
    before = [m for m in doc.org_mentions_in(n) if m.start < pos]
    if not before:
        return None
    last = max(before, key=lambda m: m.start)
    if not _AT_BEFORE.search(doc.text, max(0, last.start - 10), last.start):
        return None
    if doc.text[_mention_end(doc, last.index, last.start) : pos].strip(" ,") not in (
        "",
        "to",
        "which",
        "that",
    ):
        return None
    top = top_institution(doc, last.index)
    return top if doc.orgs[top].type in (*_INSTITUTION_TYPES, "Faculty", "Centre", "School") else None


def _exist_with(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    for rx, kind in ((_EXIST_WITH, ""), (_DONE_WITH, "cooperation"), (_TALKS_WITH, "other")):
        for match in rx.finditer(sent.text):
            objs = _objects(doc, n, sent.start + match.end(), strict=True)
            if not objs:
                continue
            subject = _subject(doc, n, sent.start + match.start())
            if match.group(0)[:3].lower() == "co-" and _BY_BEFORE.search(sent.text, 0, match.start()):
                subject = None  # "funded by X and co-hosted with B": X is the funder, the thing is the one in view's
            host = _hosted_at(doc, n, sent.start + match.start()) if rx is _DONE_WITH else None
            if (
                host is not None
            ):  # "a centre at A, to be developed jointly with B": A's tie, not the proposer's
                subject = host
            if subject is not None and doc.orgs[top_institution(doc, subject)].type in ("Faculty", "Centre"):
                subject = _home_institution(
                    doc, strict=True
                )  # a faculty or centre of no named university: the article's
            if subject is None or subject in objs:
                said = _speaker_after(doc, n, objs)
                subject = said if said is not None else _recent_subject(doc, n)
            if rx is _TALKS_WITH:
                if subject is not None and any(
                    doc.orgs[top_institution(doc, i)].type in _STATE_SIDES for i in (subject, *objs)
                ):
                    continue  # talks with an embassy or a ministry: a meeting of the two, not a tie
                status = "proposed"
            else:
                planned = rx is _EXIST_WITH and match.group("planned") is not None
                status = "proposed" if planned else "existing" if rx is _EXIST_WITH else tie_status(sent.text)
            for obj in objs:
                _add(doc, out, subject, obj, kind or tie_kind(match.group(0)), status, n)


#: "A works / has worked with B": said of an institution named right before the verb (a person's work with
#: someone is no tie of two institutions).
_WORKS_WITH = re.compile(
    r"\b(?:works|worked|(?:has|have|had)\s+(?:long\s+|also\s+|already\s+)?worked)\s+(?:closely\s+|successfully\s+)?"
    r"(?:(?:for\s+(?:many|several|some|a\s+few|more\s+than\s+\w+|over\s+\w+|\w+)\s+(?:years|decades)|since\s+\d{4})\s+)?"
    r"with\s+(?:the\s+)?",
    re.I,
)


#: What may stand between the institution and "works with": "(NTU)", "also", "has long", ", since 2015,".
_RIGHT_BEFORE = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,;]{1,30},\s*)?(?:(?:also|now|already|long|still|closely|currently)\s+)*",
    re.I,
)


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|from|at|by|with|for|to|in|and|&)\s+(?:the\s+)?$", re.I)


def _works_with(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    mentions = doc.org_mentions_in(n)
    for match in _WORKS_WITH.finditer(sent.text):
        pos = sent.start + match.start()
        subject = next(
            (
                m.index
                for m in reversed(mentions)
                if m.start < pos
                and _RIGHT_BEFORE.fullmatch(doc.text, _mention_end(doc, m.index, m.start), pos)
            ),
            None,
        )
        if subject is None or doc.orgs[top_institution(doc, subject)].type not in _INSTITUTION_TYPES:
            continue
        at = max(m.start for m in mentions if m.index == subject and m.start < pos)
        if _PREPOSITION_BEFORE.search(doc.text, max(sent.start, at - 40), at):
            continue  # "Professor X of A has worked with B": a person's work
        for obj in _objects(doc, n, sent.start + match.end(), strict=True):
            _add(doc, out, subject, obj, "cooperation", tie_status(sent.text), n)


#: Cheap tests on the folded sentence before the scans below.
_COOP_NOUN_WITH = re.compile(r"(?:cooperation|collaboration|partnership|conjunction|association) with")


_RELATION_WORDS = re.compile(r"ties|relation|links|contacts")


#: "Memoranda were signed with B and C": the signer is the clause's subject or the institution in view.
#: "... were signed / concluded with B": the verbs of a signing told in the passive.
_PASSIVE_SIGNING_WITH = ("signed with", "concluded with", "inked with", "sealed with", "renewed with")


_SIGNED_WITH = re.compile(
    rf"\b{_TIE}\b(?:[^.;]{{0,60}}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+|\s*,\s*|\s+)(?:also\s+|recently\s+)?"
    # "The agreements, signed with B, C and D, cover ...": the participle right after the tie's noun
    r"(?:signed|concluded|inked|sealed|renewed)\s+with\s+(?:the\s+)?",
    re.I,
)


#: "A maintains close ties with B", "A has long-standing relations with B".
_RELATIONS_WITH = re.compile(
    r"(?:\b(?:maintains?|maintained|has|have|had|establish\w*|develop\w*|strengthen\w*|expand\w*|deepen\w*|broaden\w*|"
    r"intensif\w*|foster\w*|builds?|built|enjoys?)\s+|[’']s\s+)(?:[\w\-]+\s+){0,3}?(?:ties|relations|links|contacts|relationships?)"
    r"\s+with\s+(?:the\s+)?",
    re.I,
)
_RELATIONS_WITH_FOLDED = AsciiFolded(_RELATIONS_WITH)


def _signed_with(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    for match in _SIGNED_WITH.finditer(sent.text):
        objs = _objects(doc, n, sent.start + match.end())
        subject = _subject(doc, n, sent.start + match.start())
        if objs:  # "... were signed with B and C by A"
            mention = max((m for m in doc.org_mentions_in(n) if m.index == objs[-1]), key=lambda m: m.start)
            by = _BY_RIGHT.match(doc.text, _mention_end(doc, objs[-1], mention.start))
            signers = _objects(doc, n, by.end(), strict=True) if by is not None else []
            subject = signers[0] if signers else subject
        if subject is None or subject in objs:
            # "Agreements were signed with B and C, the press service of A reported"; else the institution the
            # sentences before are about ("A and B signed a memorandum. Similar memoranda were signed with C")
            said = _speaker_after(doc, n, objs)
            subject = said if said is not None else _recent_subject(doc, n)
        for obj in objs:
            _add(doc, out, subject, obj, tie_kind(match.group(0)), "agreed", n)


#: "A, in (close) cooperation with B, ...": the two work together.
_IN_COOPERATION = re.compile(
    r"\b(?:in|through)\s+(?:close\s+|joint\s+|active\s+)?(?:cooperation|collaboration|partnership|conjunction|association)"
    r"\s+with\s+(?:the\s+)?",
    re.I,
)


#: "B is a (strategic) partner of A"; "the partner universities of A include B".
_PARTNER_OF = re.compile(
    r"(?:\b(?:is|are|was|became|become|has\s+become|has\s+been|have\s+been|remains|remained)|,)\s+"
    r"(?:a|an|the|one\s+of\s+the|among\s+the)?\s*(?:[\w\-]+\s+){0,2}?"
    r"(?:partners?|sister\s+(?:university|universities|institution|institutions|cit(?:y|ies)))"
    r"(?:\s+(?:university|universities|institution|institutions))?\s+of\s+(?:the\s+)?"
    r"|\bpartner\s+(?:universities|institutions|schools)\s+of\s+(?:the\s+)?(?P<include>[^.;]{0,120}?\binclude\b)?",
    re.I,
)


def _pair_subjects(doc: Doc, out: list[Partnership], n: int) -> None:
    """ "A and B signed / have been engaged in a partnership / intend to ...": two named subjects."""
    sent = doc.sentences[n]
    mentions = doc.org_mentions_in(n)
    if len(mentions) < 2:
        return
    if len(mentions) > 2:
        _listed_subjects(doc, out, n)
    for a, b in pairwise(mentions):
        if a.index == b.index or b.start - a.start > 200:
            continue
        plural = _PLURAL_PAIR.match(doc.text, a.start) if a.start == b.start else None
        if plural is not None:  # "The ministries of education of A and B signed a plan"
            clause = doc.text[plural.end() : sent.end]
            if _PAIR_VERB_FOLDED.match(clause):
                _add(doc, out, a.index, b.index, tie_kind(clause), tie_status(clause), n)
            continue
        gap = doc.text[_mention_end(doc, a.index, a.start) : b.start]
        linked = _PAIR_LINK.match(gap)
        b_end = _mention_end(doc, b.index, b.start)
        clause = doc.text[b_end : sent.end]
        if _DASH_LINK.match(gap) and _DASH_TIE.match(clause):  # "A–B partnership to boost ..."
            _add(doc, out, a.index, b.index, tie_kind(clause), tie_status(clause), n)
            continue
        if not linked and not _HEADLINE_LINK.match(gap):
            continue
        if not linked and not _HEADLINE_VERB.match(clause):
            continue
        verb = _PAIR_VERB_FOLDED.match(clause)
        if verb and _WITH_BEFORE.search(doc.text, max(sent.start, a.start - 12), a.start):
            continue  # "Memoranda with A and B were signed": the two are one party's partners, not each other's
        if verb:
            status = "proposed" if verb.group(0).lstrip().lower().startswith("to ") else tie_status(clause)
            with_ = _WITH_THIRD.match(clause, verb.end())
            third = _objects(doc, n, b_end + with_.end(), strict=True) if with_ else []
            # "A and B both signed agreements with C": each of them with C, not with each other
            for party in (a.index, b.index) if third else ():
                for obj in third:
                    _add(doc, out, party, obj, tie_kind(clause), status, n)
            if not third:
                _add(doc, out, a.index, b.index, tie_kind(clause), status, n)


#: "..., B, with which a memorandum was signed", "B, with which it has an exchange agreement": a tie told in a
#: relative clause of B; the other party is the clause's subject.
_WITH_WHICH = re.compile(
    rf"^\s*(?:\([^()]{{1,30}}\)\s*)?,?\s+with\s+(?:which|whom)\s+(?:(?:it|they|the\s+\w+|we|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,6}})\s+(?:\w+\s+){{0,2}}?"
    rf"(?:signed|concluded|inked|has|have|had|cooperates?|cooperated|collaborated|partners?|partnered|works?|worked)\b|"
    rf"(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){{0,3}}?{_TIE}[^.;]{{0,80}}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:signed|concluded|inked|renewed|established)\b)",
    re.I,
)


def _with_which(doc: Doc, out: list[Partnership], n: int) -> None:
    for m in doc.org_mentions_in(n):
        end = _mention_end(doc, m.index, m.start)
        match = _WITH_WHICH.match(doc.text[end : end + 200])
        if match is not None and _named_at(doc, m):
            # "B, with whom A has cooperated since 2001": A named in the clause; else the sentence's subject
            inside = [k.index for k in doc.org_mentions_in(n) if end < k.start < end + match.end()]
            subject = inside[0] if inside else _subject(doc, n, m.start)
            _add(doc, out, subject, m.index, tie_kind(match.group(0)), tie_status(match.group(0)), n)


#: "The agreement, which A signed with B in 2021, ...": the tie named first, its two parties in the relative
#: clause after it.
_WHICH = re.compile(rf"\b{_TIE}\s*,?\s+(?:which|that)\s+(?:the\s+)?", re.I)


_SIGNED_THERE_WITH = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:has|have|had|recently|also|first|originally|once)\s+)*(?:signed|concluded|inked|"
    r"sealed|renewed|extended|reached|entered\s+into)\s+(?:(?:in|on|last)\s+[\w\s]{1,20}?\s+)?with\s+(?:the\s+)?",
    re.I,
)


def _which_signed(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    for match in _WHICH.finditer(sent.text):
        pos = sent.start + match.end()
        first = next((m for m in doc.org_mentions_in(n) if m.start == pos), None)
        if first is None:
            continue
        signed = _SIGNED_THERE_WITH.match(doc.text, _mention_end(doc, first.index, first.start))
        for obj in _objects(doc, n, signed.end(), strict=True) if signed is not None else ():
            _add(doc, out, first.index, obj, tie_kind(match.group(0)), tie_status(sent.text), n)


#: "A is linked to B by an exchange agreement", "A and B are bound by a memorandum": the tie after "by".
_LINKED_TO = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:is|are|was|were|has\s+been|have\s+been|remains?|also|closely|long)\s+)+"
    r"(?:linked|bound|connected|tied)\s+(?:to|with)\s+(?:the\s+)?$",
    re.I,
)


_BY_TIE = re.compile(
    rf"\s*(?:\([^()]{{1,20}}\)\s*)?,?\s*(?:by|through|via)\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w\-]+\s+){{0,3}}?"
    rf"(?:{_TIE}|ties|links|relations)\b",
    re.I,
)


def _linked(doc: Doc, out: list[Partnership], n: int) -> None:
    for a, b in pairwise(doc.org_mentions_in(n)):
        gap = doc.text[_mention_end(doc, a.index, a.start) : b.start]
        if _LINKED_TO.match(gap) and _BY_TIE.match(doc.text, _mention_end(doc, b.index, b.start)):
            status = tie_status(doc.sentences[n].text)
            _add(doc, out, a.index, b.index, tie_kind(doc.sentences[n].text), status, n)


#: "A will provide B with scholarships", "A pledged to support B in training nurses": help one institution
#: gives another (read only between two institutions: a state's body that funds a university is its donor).
_GIVES = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:will|would|shall|has|have|had|also|is|are|to|continues?\s+to|further)\s+)*"
    r"(?:(?:pledged|promised|agreed|offered|undertook|undertakes|plans?|intends?|is\s+ready|are\s+ready|expressed\s+"
    r"(?:its\s+|their\s+)?readiness)\s+to\s+)?(?:(?P<give>provide[sd]?|supply|supplie[sd]|equip(?:s|ped)?)|"
    r"(?P<help>support(?:s|ed)?|help(?:s|ed)?|assist(?:s|ed)?))\s+(?:the\s+)?$",
    re.I,
)


_GIVE_WHAT = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?with\b", re.I)


_HELP_IN = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:in|with|to)\s+[a-z]", re.I)


def _gives(doc: Doc, out: list[Partnership], n: int) -> None:
    mentions = doc.org_mentions_in(n)
    for a, b in pairwise(mentions):
        match = _GIVES.match(doc.text[_mention_end(doc, a.index, a.start) : b.start])
        if match is None or a.index == b.index:
            continue
        after = _GIVE_WHAT if match.group("give") else _HELP_IN
        if not after.match(doc.text, _mention_end(doc, b.index, b.start)):
            continue
        lead = doc.text[max(doc.starts[n], a.start - 40) : a.start]
        if (
            _is_object(doc, mentions, a)
            or _GOVERNED.search(lead)
            or not all(
                doc.orgs[top_institution(doc, i)].type in _INSTITUTION_TYPES for i in (a.index, b.index)
            )
        ):
            continue
        _add(doc, out, a.index, b.index, "other", tie_status(doc.sentences[n].text), n)


#: "The university also agreed with B on a summer school": a deal, not an opinion shared ("agreed with B that").
_AGREED_WITH = re.compile(r"\bagree[sd]\s+with\s+(?:the\s+)?", re.I)


_ON_WHAT = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:on|upon|to)\s+(?!the\s+need\b|the\s+importance\b)", re.I)


def _agreed_with(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    for match in _AGREED_WITH.finditer(sent.text):
        found = _first_object(doc, n, sent.start + match.end())
        if found is None or not _ON_WHAT.match(doc.text, found[1]):
            continue
        subject = _subject(doc, n, sent.start + match.start())
        if subject is None or doc.orgs[top_institution(doc, subject)].type not in _INSTITUTION_TYPES:
            continue
        _add(doc, out, subject, found[0], "agreement", tie_status(sent.text), n)


#: What may open a sentence before a list of subjects: "On Monday, ", "Earlier, the ".
_LIST_OPENING = re.compile(
    r"\W*(?:(?:on|in|last|this|earlier|today|yesterday)\b[^,;]{0,20},\s*)?(?:the\s+)?", re.I
)


def _listed_subjects(doc: Doc, out: list[Partnership], n: int) -> None:
    """ "A, B and C signed a trilateral memorandum", "A and B, as well as C, signed ...": each pair of a list of
    three or more institutions opening the sentence, before the verb of a tie (not one "with D")."""
    sent = doc.sentences[n]
    first = doc.org_mentions_in(n)[0]
    if not _LIST_OPENING.fullmatch(doc.text, sent.start, first.start):
        return
    listed = _objects(doc, n, first.start, strict=True)
    if len(listed) < 3:
        return
    last = max((m for m in doc.org_mentions_in(n) if m.index == listed[-1]), key=lambda m: m.start)
    clause = doc.text[_mention_end(doc, last.index, last.start) : sent.end]
    verb = _PAIR_VERB_FOLDED.match(clause)
    if verb is None or _WITH_THIRD.match(clause, verb.end()):
        return
    status = tie_status(clause)
    for k, a in enumerate(listed):
        for b in listed[k + 1 :]:
            _add(doc, out, a, b, tie_kind(clause), status, n)


#: Graduates or students of a programme awarded degrees of two institutions: "Graduates receive a bachelor's
#: degree from A and a master's degree from B", "students of A can receive a second diploma from B" (a
#: person's own degrees, "He holds a degree from A and one from B", are no tie: the subject is a group).
_DEGREES_FROM = re.compile(
    r"\b(?:graduates|students|participants|alumni)\b[^.;]{0,80}?\b(?:receive|obtain|earn|get|gain|award|grant)\w*\s+"
    r"(?:(?:a|an|the|two|both|their)\s+)?(?:[\w\-’']+\s+){0,3}?(?:diplomas?|degrees?)\s+(?:from|of)\s+(?:both\s+)?(?:the\s+)?",
    re.I,
)


#: "... from A and a master's degree from B": the second degree's institution after the first's.
_AND_DEGREE_FROM = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,?\s+and\s+(?:(?:a|an|the)\s+(?:[\w\-’']+\s+){0,3}?(?:diploma|degree)\s+(?:from|of)\s+)?"
    r"(?:the\s+)?$",
    re.I,
)


#: "Students of A ... a second / double diploma from B": the students' own institution and the other.
_STUDENTS_OF = re.compile(r"\b(?:students|graduates)\s+(?:of|from)\s+(?:the\s+)?$", re.I)


_SECOND_DEGREE = re.compile(
    r"\b(?:second|double|dual|joint|two)\s+(?:diplomas?|degrees?)\s+(?:from|of)\s+", re.I
)


def _degrees_from(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    match = _DEGREES_FROM.search(sent.text)
    if match is None:
        return
    mentions = [m for m in doc.org_mentions_in(n) if m.start >= sent.start + match.end()]
    if len(mentions) >= 2 and mentions[0].start == sent.start + match.end():
        a, b = mentions[0], mentions[1]
        gap = doc.text[_mention_end(doc, a.index, a.start) : b.start]
        if _AND_DEGREE_FROM.match(gap) and top_institution(doc, a.index) != top_institution(doc, b.index):
            _add(doc, out, a.index, b.index, "double-degree", "existing", n)
        return
    second = _SECOND_DEGREE.search(match.group(0))
    if second is None or len(mentions) != 1 or mentions[0].start != sent.start + match.end():
        return
    own = [
        m
        for m in doc.org_mentions_in(n)
        if m.start < sent.start + match.start() + 40
        and _STUDENTS_OF.search(doc.text, max(0, m.start - 20), m.start)
    ]
    if own and top_institution(doc, own[0].index) != top_institution(doc, mentions[0].index):
        _add(doc, out, own[0].index, mentions[0].index, "double-degree", "existing", n)
