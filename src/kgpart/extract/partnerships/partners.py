"""Readers that name partners with the word partner, member or together: "A's partners include B, C",
"B is one of A's partners", membership of a network, "A, together with B, ...", and a list of
partners cut off by a stray full stop."""

from __future__ import annotations

import re
from itertools import pairwise

from kgpart.extract.doc import Doc, Mention
from kgpart.extract.partnerships.kinds import tie_kind, tie_status
from kgpart.extract.partnerships.parties import (
    _add,
    _first_object,
    _home_institution,
    _is_object,
    _mention_end,
    _objects,
    _recent_subject,
    _speaker_org,
    _subject,
    top_institution,
)
from kgpart.extract.partnerships.vocabulary import _INSTITUTION_TYPES
from kgpart.extract.patterns import AsciiFolded
from kgpart.extract.record import Partnership

#: What may stand between the names of a list cut off by a stray full stop ("... with A, B. C, D, as well as
#: research centres."): commas, "and", "as well as", and a last unnamed item.
_LIST_REST = re.compile(
    # an unnamed item after a comma or "and" ("..., and research centres"), no predicate ("B hosted the forum")
    r"^\s*(?:(?:[,;]\s*)?(?:(?:and|&|as\s+well\s+as)\s+)?"
    r"|[,;]\s*(?:(?:and|&|as\s+well\s+as)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,8}"
    r"|(?:and|&|as\s+well\s+as)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,8})[\s.;]*$"
)


def _list_continued(doc: Doc, out: list[Partnership], n: int) -> None:
    """A sentence that is only a list of institutions, after a sentence whose tie ended with a list of partners
    at its very end: the sentence splitter cut the list at a full stop inside it ("Kazakh National University.")."""
    mentions = doc.org_mentions_in(n)
    prev = doc.sentences[n - 1]
    ties = [p for p in out if p.evidence is not None and p.evidence.start == prev.start]
    if not mentions or not ties or doc.person_mentions_in(n):
        return
    last = doc.org_mentions_in(n - 1)
    if not last or _mention_end(doc, last[-1].index, last[-1].start) < prev.end - 2:
        return  # the sentence before ends with a name, cut there
    pieces, at = [], doc.starts[n]
    for m in mentions:
        pieces.append(doc.text[at : m.start])
        at = max(at, _mention_end(doc, m.index, m.start))
    pieces.append(doc.text[at : doc.sentences[n].end])
    if not all(_LIST_REST.match(piece) for piece in pieces):
        return
    partner = doc.orgs[last[-1].index].name
    for tie in ties:
        if partner in tie.between:
            subject = doc.find_org(next(name for name in tie.between if name != partner))
            for m in mentions:
                _add(doc, out, subject, m.index, tie.kind, tie.status, n)
            return


#: "A joined the B network", "A is a full member of B", "A, a member of B, ...": membership of a network.
_MEMBER = re.compile(
    r"\b(?:(?:joined|joins|join|joining)|(?:is|are|was|were|became|become|has\s+become|have\s+become|remains|remained)\s+"
    r"(?:(?:also|now|already|still)\s+)?"
    r"(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+)?members?\s+of|,\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?member\s+of|"
    r"(?:admitted|accepted)\s+(?:as\s+(?:a|an)\s+(?:[\w\-]+\s+)?member\s+)?(?:to|into))\s+(?:the\s+)?",
    re.I,
)
_MEMBER_FOLDED = AsciiFolded(_MEMBER)


#: What a university is a member of: a network, not another university ("joined the University of X" is a person's move).
_NETWORK = re.compile(
    r"\b(?:network|consortium|association|alliance|group|league|union|federation|council|forum|club|initiative|"
    r"platform|coalition|society|organi[sz]ation|guild|conference|community)\b",
    re.I,
)


#: "Students of A joined ...": A names whose people joined, not who joined.
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)


_WILL_JOIN = re.compile(
    r"\b(?:will|would|shall|plan\w*|intend\w*|appl(?:y|ied|ies)|seek\w*|hope\w*|invited|wish\w*|to)\s+$"
)


def _membership(doc: Doc, out: list[Partnership], n: int) -> None:
    """An institution's membership of a network or consortium named in the article."""
    sent = doc.sentences[n]
    for match in _MEMBER_FOLDED.finditer(sent.text):
        pos = sent.start + match.start()
        found = _first_object(doc, n, sent.start + match.end())
        if found is None or not _NETWORK.search(doc.orgs[found[0]].name + doc.text[found[1] : found[1] + 12]):
            continue
        if any(m.start < pos for m in doc.person_mentions_in(n)):
            continue  # a person joined it, or speaks of it
        mentions = [m for m in doc.org_mentions_in(n) if m.start < pos]
        members = [
            m.index
            for m in mentions
            if not _is_object(doc, mentions, m) and not _OF_BEFORE.search(doc.text, sent.start, m.start)
        ][-3:]
        if not mentions:  # "The university is also a member of B": the institution the article is about
            subject = _subject(doc, n, pos)
            members = [subject] if subject is not None else []
        wish = _WILL_JOIN.search(sent.text, max(0, match.start() - 30), match.start())
        for member in members:
            if doc.orgs[top_institution(doc, member)].type in _INSTITUTION_TYPES:
                _add(doc, out, member, found[0], "membership", "proposed" if wish else "existing", n)


#: "A’s partners include B and C"; "among the partners of A are B and C".
_PARTNERS_INCLUDE = re.compile(
    r"(?P<own>[’']s\s+|\b(?:its|their)\s+)?(?:(?:main|key|strategic|foreign|international|long-?standing|major|leading|new|"
    r"current|existing|recent)\s+)?"
    r"(?:partners|partner\s+(?:universities|institutions|schools))\s+(?:(?:this|last)\s+year\s+|in\s+(?:19|20)\d\d\s+|"
    r"(?:in|from)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+)?(?:include|includes|included|are|were|such\s+as|"
    r"comprise|:)\s*(?:the\s+)?"
    r"|\b(?:among\s+(?:the\s+|its\s+)?)?(?:partners|partner\s+(?:universities|institutions))\s+of\s+(?:the\s+)?(?P<of>)"
    # "A has partners such as B and C", "hosts students from partner universities such as B"
    r"|\b(?P<has>has|have|had|hosts|welcomes|from|with)\s+(?:[\w\-]+\s+){0,3}?(?:partners|partner\s+(?:universities|"
    r"institutions|schools))\s*,?\s+(?:such\s+as|including|like|among\s+them|notably)\s+(?:the\s+)?",
    re.I,
)


def _opening_subject(doc: Doc, n: int) -> int | None:
    """Whose "its partners" are: the institution that opens the sentence before ("A has 400 agreements. Its
    partners include ..."), else the article's own institution (not a partner named last)."""
    if n:
        mentions = doc.org_mentions_in(n - 1)
        if mentions and _PLAIN_OPENING.fullmatch(doc.text, doc.starts[n - 1], mentions[0].start):
            return top_institution(doc, mentions[0].index)
    home = _home_institution(doc, strict=True)
    return home if home is not None else doc.recent_org(doc.starts[n])


_PLAIN_OPENING = re.compile(r"\W*(?:the\s+)?")


#: What may open a sentence before its bare "partners include": "The", "Current", "Other", "Key".
_BARE_OPENING = re.compile(r"\W*(?:(?:the|current|other|its|their|our|today|now|these)\s+)?", re.I)


_ARE = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:are|is|include|includes|included|were)\s+(?:the\s+)?", re.I)


def _partners_include(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    for match in _PARTNERS_INCLUDE.finditer(sent.text):
        pos = sent.start + match.start()
        if match.group("of") is not None:
            owners = _objects(doc, n, sent.start + match.end(), strict=True)
            if not owners:
                continue
            are = _ARE.match(doc.text, _mention_end(doc, owners[0], sent.start + match.end()))
            objs = _objects(doc, n, are.end(), strict=True) if are else []
            owner: int | None = owners[0]
        elif match.group("has") is not None:
            owner = _subject(doc, n, pos)
            objs = _objects(doc, n, sent.start + match.end(), strict=True)
        elif match.group("own") is None:
            # "Partner institutions include B and C" opening a sentence: the partners of the institution in view
            # ("the partner universities of A include B" is read by _PARTNER_OF)
            if not _BARE_OPENING.fullmatch(sent.text[: match.start()]):
                continue
            owner = _recent_subject(doc, n)
            objs = _objects(doc, n, sent.start + match.end(), strict=True)
        else:
            before = [m for m in doc.org_mentions_in(n) if m.start < pos]
            # "Its partners include", "the university's partners include": the institution named before
            owner = max(before, key=lambda m: m.start).index if before else _opening_subject(doc, n)
            objs = _objects(doc, n, sent.start + match.end(), strict=True)
        for obj in objs:
            _add(doc, out, owner, obj, "cooperation", "existing", n)


#: "A, together with B, launched a course": a joint deed of two institutions named side by side.
_TOGETHER = re.compile(r"^\s*,?\s*(?:together|along|jointly|in\s+tandem)\s+with\s+(?:the\s+)?$", re.I)


_JOINT_DEED = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:has|have|had|will|would|also|jointly|recently|successfully|is|are|was|were|"
    r"plans?\s+to|intends?\s+to)\s+)*"
    r"(?:launch|organi[sz]|open|establish|found|creat|develop|implement|host|held|hold|run|ran|conduct|offer|set\w*\s+up|"
    r"start|introduc|sign|initiat|co-?organi[sz]|carr(?:y|ied|ies)\s+out)\w*\b",
    re.I,
)


#: "Together with B and C, A launched ...", "Jointly with B, A opened ...": the partners fronted.
_FRONTED_TOGETHER = re.compile(
    r"\W*(?:(?:in\s+(?:19|20)\d\d|this\s+\w+|last\s+\w+)\s*,?\s*)?(?:together|jointly|along)\s+with\s+(?:the\s+)?",
    re.I,
)


#: Between the last partner fronted and the main clause's subject: "Together with B and C, (the) A launched".
_MAIN_SUBJECT = re.compile(r"\s*,\s*(?:the\s+)?")


def _fronted_together(doc: Doc, out: list[Partnership], n: int, mentions: list[Mention]) -> None:
    """ "Together with B and C, A launched ...": the partners listed before the main clause's subject A, the
    name after a comma with the deed right after it (the list reader may take it for one more item)."""
    sent = doc.sentences[n]
    if len(mentions) < 2 or not _FRONTED_TOGETHER.fullmatch(doc.text, sent.start, mentions[0].start):
        return
    for k in range(1, len(mentions)):
        subject = mentions[k]
        before = _mention_end(doc, mentions[k - 1].index, mentions[k - 1].start)
        if not _MAIN_SUBJECT.fullmatch(doc.text, before, subject.start):
            continue
        if not _JOINT_DEED.match(doc.text[_mention_end(doc, subject.index, subject.start) : sent.end]):
            continue
        listed = {m.index for m in mentions[:k]}
        for b in _objects(doc, n, mentions[0].start):
            if b in listed and b != subject.index:
                _add(doc, out, subject.index, b, "cooperation", tie_status(sent.text), n)
        return


def _together_with(doc: Doc, out: list[Partnership], n: int) -> None:
    """ "A, together with B, launched ...": both named right at "together with", and a deed after them."""
    sent = doc.sentences[n]
    mentions = doc.org_mentions_in(n)
    _fronted_together(doc, out, n, mentions)
    for a, b in pairwise(mentions):
        a_end = _mention_end(doc, a.index, a.start)
        if a.index == b.index or not _TOGETHER.match(doc.text[a_end : b.start]):
            continue
        if _JOINT_DEED.match(doc.text[_mention_end(doc, b.index, b.start) : sent.end]):
            _add(doc, out, a.index, b.index, "cooperation", tie_status(sent.text), n)


#: "A's partner university, B": the owner, then the partner in apposition (or a list of them).
_OWN_PARTNER = re.compile(
    # "A's partner universities — B, C and D — ...", "A's partners: B and C"
    r"^[’']s\s+(?:[\w\-]+\s+){0,2}?(?:partners?|sister)(?:\s+(?:universit(?:y|ies)|institutions?|schools?|colleges?))?"
    r"\s*(?:,|:|[–—]|\s-)?\s*"
    r"(?:the\s+)?$",
    re.I,
)


#: "B is one of A's strategic partners": B, a copula, then A and this after it.
_IS_ONES = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:is|are|was|were|has\s+been|have\s+been|remains|became|has\s+become)\s+"
    r"(?:one\s+of\s+|among\s+)?(?:the\s+)?$",
    re.I,
)


_CHOSEN_AS = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:was|were|has\s+been|have\s+been|is|are)\s+(?:selected|chosen|named|accepted|"
    r"approved|confirmed|admitted)\s+as\s+(?:the\s+)?$",
    re.I,
)


_ONES_PARTNER = re.compile(r"[’']s\s+(?:[\w\-]+\s+){0,2}?partners?\b", re.I)


#: "A considers B (as) a prospective partner".
_CONSIDERS = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:\w+\s+)?(?:considers?|considered|sees|saw|regards?|regarded|views?|viewed|"
    r"select(?:s|ed)?|cho(?:se|sen|oses)|named|welcomed|accepted|admitted)\s+"
    r"(?:the\s+)?$",
    re.I,
)


#: "A was chosen by B as a partner": the passive of _CONSIDERS.
_CHOSEN_BY = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:was|were|has\s+been|have\s+been)\s+(?:chosen|selected|named|accepted|approved|"
    r"considered|seen|regarded)\s+by\s+(?:the\s+)?$",
    re.I,
)


_AS_PARTNER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:as\s+(?:(?:a|an|its|their|the|one\s+of\s+its)\s+)?|(?:a|an|its|their|the|one\s+of\s+its)\s+)"
    r"(?:[\w\-]+\s+){0,3}?partners?\b",
    re.I,
)


#: "A welcomed a delegation from its partner (university,) B".
_ITS_PARTNER = re.compile(
    r"\b(?:(?:its|their)\s+(?:[\w\-]+\s+){0,2}?|(?:from|with)\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+)?)"
    r"partners?(?:\s+(?:universit(?:y|ies)|institutions?|schools?|colleges?))?"
    r"\s*,?\s*(?:the\s+)?",
    re.I,
)


def _partner_named(doc: Doc, out: list[Partnership], n: int) -> None:
    """ "A's partner university, B"; "B is one of A's strategic partners"; "A considers B a prospective partner"."""
    sent = doc.sentences[n]
    for match in _ITS_PARTNER.finditer(sent.text):
        subject = _subject(doc, n, sent.start + match.start())
        for obj in _objects(doc, n, sent.start + match.end(), strict=True):
            _add(doc, out, subject, obj, "cooperation", "existing", n)
    for match in _COUNTS.finditer(sent.text):  # "A counts B and C among its partners"
        objs = _objects(doc, n, sent.start + match.end(), strict=True)
        last = [
            m
            for m in doc.org_mentions_in(n)
            if objs and m.index == objs[-1] and m.start >= sent.start + match.end()
        ]
        if last and _AMONG_PARTNERS.match(doc.text, _mention_end(doc, objs[-1], last[0].start)):
            subject = _subject(doc, n, sent.start + match.start())
            for obj in objs:
                _add(doc, out, subject, obj, "cooperation", "existing", n)
    for m in doc.org_mentions_in(n):
        end = _mention_end(doc, m.index, m.start)
        apposed = _APPOSED_PARTNER.match(doc.text[end : end + 60])
        if apposed is not None:  # "visited B, its partner since 1995"
            owner = _subject(doc, n, m.start)
            if owner is None and "which" in apposed.group(0):
                # "The centre was built with the support of B, which has been a partner since 2008": the
                # institution of the sentences before
                owner = _recent_subject(doc, n) if n else None
            _add(doc, out, owner, m.index, "cooperation", "existing", n)
        elif _OUR_PARTNER.match(doc.text, end):  # "'B is our strategic partner,' said X of A"
            _add(doc, out, _speaker_org(doc, n), m.index, "cooperation", "existing", n)
    for a, b in pairwise(doc.org_mentions_in(n)):
        a_end = _mention_end(doc, a.index, a.start)
        gap = doc.text[a_end : b.start]
        b_end = _mention_end(doc, b.index, b.start)
        if _COMMA_ONLY.match(gap) and _OWNERS_PARTNER.match(doc.text, b_end):
            # "B, A's long-standing partner, ...": the partner first, its owner in the apposition
            _add(doc, out, a.index, b.index, "cooperation", "existing", n)
        elif _OWN_PARTNER.match(gap):
            for obj in _objects(doc, n, b.start, strict=True):
                _add(doc, out, a.index, obj, "cooperation", "existing", n)
        elif (_IS_ONES.match(gap) or _CHOSEN_AS.match(gap)) and _ONES_PARTNER.match(doc.text, b_end):
            # "B is one of A's partners", "B was selected as A's partner"
            _add(doc, out, a.index, b.index, "cooperation", "existing", n)
        elif _PARTNERS_VERB.match(gap):  # "A partners B on malaria research" (partner as a transitive verb)
            _add(doc, out, a.index, b.index, "cooperation", tie_status(sent.text), n)
        elif (_CONSIDERS.match(gap) or _CHOSEN_BY.match(gap)) and _AS_PARTNER.match(doc.text, b_end):
            _add(doc, out, a.index, b.index, "cooperation", tie_status(doc.text[b_end : sent.end]), n)


#: "B is our strategic partner", "B has been one of our oldest partners": the speaker's institution's partner.
_OUR_PARTNER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:is|are|was|were|has\s+been|have\s+been|remains|became|has\s+become)\s+"
    r"(?:(?:one\s+of|among)\s+)?our\s+(?:[\w\-]+\s+){0,2}?partners?\b",
    re.I,
)


_COMMA_ONLY = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:the\s+)?$")


#: "A's (long-standing / oldest / strategic) partner (university)" after "B, ".
_OWNERS_PARTNER = re.compile(
    r"[’']s?\s+(?:[\w\-]+\s+){0,3}?partner(?:\s+(?:university|institution|school|college))?\b(?!s)", re.I
)


_COUNTS = re.compile(r"\b(?:counts?|counted|numbers?|numbered)\s+(?:the\s+)?", re.I)


_AMONG_PARTNERS = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*among\s+(?:its|their|the\s+university[’']s)\s+(?:[\w\-]+\s+){0,2}?partners\b",
    re.I,
)


#: "A partners B", "A has partnered B", "A to partner B": the verb with its object, no "with".
_PARTNERS_VERB = re.compile(
    r"^\s*(?:(?:has|have|had|is|are|was|were|will|would|to|also|recently|now)\s+)*(?:partners|partnered|partnering|partner)"
    r"\s+(?:the\s+)?$",
    re.I,
)


_APPOSED_PARTNER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,\s+(?:its|their|which\s+(?:has|had)\s+(?:long\s+)?been\s+(?:a|an|its|their))\s+"
    r"(?:[\w\-]+\s+){0,2}?partner(?:\s+(?:university|institution|school))?\b",
    re.I,
)


#: A sentence that names only the partner of a tie told just before: "The partner is B", "The agreement is with B".
_PARTNER_NEXT = re.compile(
    r"^\W*(?:the|its|their)\s+(?:(?:new|newest|latest|other|foreign|main|key|strategic|oldest|first)\s+)?"
    # "The partner is B", "The partner university, B, will host ...": the partner named in apposition
    r"(?:partners?(?:\s+(?:universit(?:y|ies)|institutions?|schools?|colleges?))?\s*(?:\s(?:is|are|was|were|will\s+be)|,)"
    r"|(?:agreements?|memorand(?:um|a)|MoUs?|accords?|deals?|contracts?|partnership)\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:signed\s+|concluded\s+)?with)\s+(?:the\s+)?",
    re.I,
)


_TIE_TOLD = re.compile(
    r"\b(?:agreements?|memorand(?:um|a)|MoUs?|accords?|deals?|contracts?|partnerships?)\b", re.I
)


def _partner_next(doc: Doc, out: list[Partnership], n: int) -> None:
    """ "A has signed a new agreement. The partner is B.": the tie's owner opens the sentence before, which
    names no other institution."""
    if not n:
        return
    sent = doc.sentences[n]
    match = _PARTNER_NEXT.match(sent.text)
    if match is None:
        return
    objs = _objects(doc, n, sent.start + match.end(), strict=True)
    before = {top_institution(doc, m.index) for m in doc.org_mentions_in(n - 1)}
    owned = match.group(0).lstrip(" \"“'‘").lower().startswith(("its ", "their "))
    if not objs or len(before) != 1 or not (owned or _TIE_TOLD.search(doc.sentences[n - 1].text)):
        return  # "Its new partner is B" names the tie itself; "The partner is B" needs one told just before
    owner = before.pop()
    for obj in objs:
        _add(
            doc,
            out,
            owner,
            obj,
            tie_kind(doc.sentences[n - 1].text),
            tie_status(doc.sentences[n - 1].text),
            n - 1,
        )


#: A tie of the sentence's institution with a partner it does not name yet: "A signed a memorandum with a
#: Japanese partner", "A has a new partner", "A has more than 60 partners abroad", "A cooperates with many
#: foreign universities". The partner (or a list of them) is named in the sentence after.
_UNNAMED_PARTNER = re.compile(
    r"\b(?:with|has|have|had|gained|found|welcomed|acquired)\s+(?:(?:a|an|another|one|its|their)\s+)"
    r"(?:(?:new|newest|long-standing|longstanding|foreign|strategic|first|major|leading)\s+)*(?:[A-Z][\w\-]+\s+)?"
    r"(?:partners?(?:\s+(?:universit(?:y|ies)|institutions?))?|universit(?:y|ies)|institutions?|counterparts?|colleges?)\b"
    r"|\b(?:many|several|numerous|dozens\s+of|hundreds\s+of|\d+|more\s+than\s+\d+|over\s+\d+|about\s+\d+)\s+"
    r"(?:(?:foreign|international|overseas|partner|strategic|[A-Z][\w\-]+)\s+){0,2}"
    r"(?:partners|partner\s+universities|universities|institutions)\b",
)


#: The opening of a sentence that lists the partners just told of: "Among them are B and C", "They include B".
_NAMED_NEXT_LIST = re.compile(
    r"^\W*(?:among\s+(?:them|these|those|the(?:m|se)\s+partners)(?:\s+(?:are|is|were|was))?\s*:?|"
    r"(?:they|these|those)\s+(?:include|included|are|were)\s*:?|"
    r"(?:one|the\s+(?:latest|newest|first|oldest)|the\s+largest)\s+(?:of\s+them\s+)?(?:is|was)|"
    r"(?:it|this)\s+is)\s+(?:the\s+)?",
    re.I,
)


#: Where a partner named alone in the next sentence is the tie's other side: the tie named again, or what the
#: partner does under it ("Under the memorandum, B will host ...", "B signed an agreement with it").
_TIE_AGAIN = re.compile(
    r"\b(?:memorand\w*|MoUs?|agreements?|accords?|document|partner\w*|exchanges?|cooperat\w*|collaborat\w*|"
    r"with\s+it|host\w*|students|lecturers|teachers)\b",
    re.I,
)


def _unnamed_partner_next(doc: Doc, out: list[Partnership], n: int) -> None:
    """ "A signed a memorandum with a Japanese partner. Under the memorandum, B will host ...", "A has more than
    60 partners abroad. Among them are B and C.": the partner a sentence does not name, named in the next one.
    The sentence before names one institution only (the tie's owner); a list needs an opening that points back
    ("Among them are", "They include"); a partner named alone, the tie told again beside it."""
    prev = doc.sentences[n - 1]
    before = {top_institution(doc, m.index) for m in doc.org_mentions_in(n - 1)}
    if len(before) != 1:
        return
    owner = next(iter(before))
    if doc.orgs[owner].type not in _INSTITUTION_TYPES or _UNNAMED_PARTNER.search(prev.text) is None:
        return
    sent = doc.sentences[n]
    listed = _NAMED_NEXT_LIST.match(sent.text)
    if listed is not None:
        objs = [
            i
            for i in _objects(doc, n, sent.start + listed.end(), strict=True)
            if top_institution(doc, i) != owner
        ]
    else:
        news = [
            t
            for t in dict.fromkeys(top_institution(doc, m.index) for m in doc.org_mentions_in(n))
            if t != owner
        ]
        objs = news if len(news) == 1 and _TIE_AGAIN.search(sent.text) else []
    for obj in objs:
        if doc.orgs[top_institution(doc, obj)].type in _INSTITUTION_TYPES:
            _add(doc, out, owner, obj, tie_kind(prev.text), tie_status(prev.text), n)


#: "The parties are A and B", "The signatories to the memorandum were A and B".
_PARTIES_ARE = re.compile(
    r"^\W*the\s+(?:parties|signatories)(?:\s+(?:to|of)\s+the\s+[\w\-]+(?:\s+of\s+[\w\-]+)?)?\s+(?:are|were)\s+(?:the\s+)?",
    re.I,
)


def _parties_are(doc: Doc, out: list[Partnership], n: int) -> None:
    """ "An agreement on cooperation has been signed. The parties are A and B.": the two named in apposition
    to the parties of a tie told in the sentence (or the one before)."""
    sent = doc.sentences[n]
    match = _PARTIES_ARE.match(sent.text)
    if match is None:
        return
    told = sent.text if _TIE_TOLD.search(sent.text) else doc.sentences[n - 1].text if n else ""
    objs = _objects(doc, n, sent.start + match.end(), strict=True)
    if len(objs) == 2 and _TIE_TOLD.search(told):
        _add(doc, out, objs[0], objs[1], tie_kind(told), tie_status(told), n)


#: "... under a long-running partnership", "Under the agreement, ...": something done under a tie the sentence
#: does not name the other side of (no "with B", no "between").
_UNDER_A_TIE = re.compile(
    r"\b(?:under|within(?:\s+the\s+framework\s+of)?|as\s+part\s+of|thanks\s+to|through)\s+(?:a|an|the|their|this|its)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:partnership|agreement|memorandum|MoU|accord)\b(?!\s+(?:with|between|of|among)\b)",
    re.I,
)


def _under_tie_next(doc: Doc, out: list[Partnership], n: int) -> None:
    """ "Kabul University's faculty of agriculture received new equipment. The equipment was provided by Purdue
    University under a long-running partnership.": the one institution of the sentence and the one of the
    sentence before, which opens it (its subject), are the tie's two sides."""
    mentions = doc.org_mentions_in(n)
    tops = {top_institution(doc, m.index) for m in mentions}
    before = {top_institution(doc, m.index) for m in doc.org_mentions_in(n - 1)}
    if len(tops) != 1 or len(before) != 1 or tops == before:
        return
    sent = doc.sentences[n]
    if _UNDER_A_TIE.search(sent.text) is None:
        return
    (here,), (there,) = tops, before
    if _recent_subject(doc, n) != there:
        return
    if doc.orgs[here].type in _INSTITUTION_TYPES and doc.orgs[there].type in _INSTITUTION_TYPES:
        _add(doc, out, there, here, tie_kind(sent.text), "existing", n)
