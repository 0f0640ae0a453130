"""Partnerships: which organisations cooperate, have signed or plan an agreement."""

from __future__ import annotations

import re
from itertools import pairwise

from kgpart.extract.doc import Doc, Mention
from kgpart.extract.gazetteer import ORG_HEADS
from kgpart.extract.meetings import reported_at
from kgpart.extract.record import Meeting, Partnership, Programme

_COOP = re.compile(
    r"\b(?:(?:closely|actively|already|also|successfully|fruitfully|still|currently)\s+)*"
    r"(?:cooperates|collaborates|cooperated|collaborated|cooperate|collaborate|cooperating|collaborating|partners|partnered|"
    r"partner|twinned|"
    r"team(?:s|ed|ing)?\s+up|join(?:s|ed|ing)?\s+forces|(?:readiness|ready|willing\w*|plan\w*|intend\w*|agreed|decided|hope\w*|want\w*|aim\w*|continue\w*|seek\w*|"
    r"eager)\s+to\s+work|"
    r"work(?:s|ed)?\s+(?:closely|together)|"
    r"(?:is|are|has\s+been|have\s+been)\s+(?:already\s+)?(?:working|cooperating|collaborating|partnering))"
    r"(?:\s+(?:closely|actively|together|jointly|successfully|fruitfully))?\s+with\b",
    re.IGNORECASE,
)
_SIGNED_BETWEEN = re.compile(
    r"\b(?:memorandum|agreement|MoU|accord|contract|treaty|road\s*-?map|protocol|declaration)\b[^.]{0,80}?\bsigned\s+between\b",
    re.IGNORECASE,
)
_SIGNED = re.compile(
    r"\b(?:signed|inked|sealed|concluded)\s+(?:a|an|the)\s+[^.]{0,60}?(?:agreement|memorandum|MoU|accord|contract|"
    r"road\s*-?map|protocol|documents?|pact|deal)\b",
    re.IGNORECASE,
)
_PROPOSED = re.compile(
    r"\b(?:will|would|plan(?:s|ned)?\s+to|intend\w*|looks?\s+forward|looking\s+forward|propos\w*|prospects?|"
    r"interest\w*|ready|readiness|willing\w*|seek\w*|wish\w*|strengthen\w*|deepen\w*|intensif\w*|broaden\w*|"
    r"discuss\w*|consider\w*|explor\w*|future|potential|eager|hope[sd]?|expand\w*|agreed\s+to|suggest\w*)\b",
    re.IGNORECASE,
)
#: A post that names its holder's institution after "of": "Vice-Chancellor of A".
_ROLE_WORDS = (
    r"\b(?:vice-|deputy\s+|pro-)?(?:rector|vice-chancellor|chancellor|president|director|dean|head|provost|chairman|"
    r"chairperson|minister|ambassador|consul(?:\s+general)?|secretary)"
)
_COOP_WITH = re.compile(
    r"\b(?:cooperation|collaboration|partnership|collaborating|cooperating)\s+with\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: Unnamed parties listed before the named ones: "with more than 50 foreign universities, including B",
#: "with 13 colleges, 5 companies and B" (lower-case phrases, a number or a quantity word first).
_GENERIC_ITEM = (
    r"(?:(?:(?:more\s+than|over|about|some|nearly|almost|around|dozens\s+of|a\s+number\s+of)\s+)?"
    r"(?:\d[\d,]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|other|leading|foreign)\s+)"
    r"(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*"
    # "Japanese universities", "leading Korean research centres": a plural of a country's institutions
    r"|(?:(?:leading|top|major|other)\s+)?[A-Z][a-z]+\s+(?:universities|institutions|higher\s+education\s+institutions|"
    r"schools|colleges|partners|research\s+(?:centres|centers|institutes))"
    r")(?:\s+(?:in|of|from)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?"
)
_GENERIC_LEAD = re.compile(
    rf"^\s*(?:the\s+)?{_GENERIC_ITEM}(?:\s*,\s*(?:and\s+)?{_GENERIC_ITEM}|\s+and\s+{_GENERIC_ITEM})*"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|,?\s+(?:including|such\s+as|among\s+them|notably|in\s+particular|namely|"
    r"particularly|especially)\s+(?:with\s+)?)(?:the\s+)?$"
)
_LIST_GAP = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:in|since)\s+(?:19|20)\d\d\s*)?"  # "with A in 2019 and with B in 2021"
    r"(?:(?:in|from)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s*)?"  # "with A in Japan, B in Korea"
    r"(?:(?:,|and|,\s*and|as\s+well\s+as|&)\s*"
    r"(?:the\s+following(?:\s+[a-z]+){0,2}\s*:\s*)?"  # "between A and the following universities: B, C"
    # "a memorandum with A and an agreement (on mobility) with B"
    r"(?:(?:a|an|another|the)\s+(?:[\w\-]+\s+){0,2}?(?:memorand\w*|agreements?|MoUs?|accords?|contracts?)\s+"
    r"(?:(?:on|for|of|in)\s+(?:[a-z][\w\-]*\s+){1,3})?)?(?:with\s+)?)?(?:the\s+)?$"
)
#: After a list item joined by ", and": a verb that makes it the subject of a new clause
#: ("A signed an MoU with B, and C signed one with D").
_NEW_CLAUSE = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:has|have|had|will|would|also|signed|signs|concluded|inked|agreed|plans?|intends?|"
    r"hosted|opened|launched|established)\b",
    re.I,
)
_GAP_CLAUSE = re.compile(r",\s+(?:[a-z]+ed|has|have|had|is|are|was|were|will|would|said|says|hosts|opens)\b")
_SUCH_AS = re.compile(r"\bsuch\s+(?P<what>[\w\s\-]{0,60}?)\s*as\s+(?P<list>[A-Z][^.;:]*)")
_COMPANY_WORDS = re.compile(
    r"(?:compan|automaker|firm|corporation|manufacturer|enterprise|bank|business)", re.I
)


def _top(doc: Doc, i: int) -> int:
    """Climb part_of to the institution itself (a faculty's partnerships are its university's)."""
    seen = {i}
    while doc.orgs[i].part_of and doc.orgs[i].type in ("Faculty", "Centre", "School", "Other"):
        j = doc.find_org(doc.orgs[i].part_of)
        if j is None or j in seen:
            break
        seen.add(j)
        i = j
    return i


def _subject(doc: Doc, n: int, pos: int) -> int | None:
    """The organisation acting before ``pos``: named in the clause, or "the university" earlier."""
    sent = doc.sentences[n]
    before = [m for m in doc.org_mentions_in(n) if m.start < pos]
    clause = doc.text[sent.start : pos]
    people = [m for m in doc.person_mentions_in(n) if m.start < pos]
    if people and (not before or min(p.start for p in people) < min(m.start for m in before)):
        aff = doc.find_org(doc.persons[min(people, key=lambda m: m.start).index].affiliation)
        if aff is not None:
            return aff
    if before:
        # "A cooperates with B and C, and plans to sign ... with D": B and C are objects, not the subject
        subjects = [m for m in before if not _is_object(doc, before, m)]
        return max(subjects, key=lambda m: m.start).index if subjects else None
    titled = _TITLE_SUBJECT.search(clause)
    if titled is not None and not people:
        # "the rector signed ...": the institution of the rector named before
        found = _titled_org(doc, titled.group("title"), sent.start, n)
        if found is not None:
            return found
    body = list(_THE_BODY.finditer(clause))
    if body:  # "the ambassador said the embassy is ready to ...": the embassy named before
        found, _ = _by_noun(doc, n, sent.start + body[-1].start())
        if found is not None:
            return found
    if re.search(
        r"\b(?:the|this)\s+(?:[A-Z][\w\-]+\s+)?(?:university|institution|school|academy)\b|(?:^|[,;:]\s*)(?:it|its)\b",
        clause,
        re.I,
    ):
        return _recent_subject(doc, n)
    people = [m for m in doc.person_mentions_in(n) if m.start < pos]
    if people:
        return doc.find_org(doc.persons[max(people, key=lambda m: m.start).index].affiliation)
    if _HE_SHE.match(clause):
        return _last_speaker_org(doc, sent.start, n)
    return None


#: "the embassy", "the ministry" as the actor of a clause.
_THE_BODY = re.compile(r"\bthe\s+(?:embassy|consulate|ministry)\b(?!\s+of\b)", re.I)
#: A plural of institutions: the actor of "are ready to cooperate with the university" is not the one named before.
_GENERIC_PLURAL = re.compile(
    r"\b(?:universities|institutions|schools|companies|scientists|students|researchers|colleges|centres|centers|"
    r"organi[sz]ations|businesses|firms)\b",
    re.I,
)


def _recent_subject(doc: Doc, n: int) -> int | None:
    """The institution "the university" or "it" stands for: the subject of the sentences just before (the one
    an article is about), not any university named last ("A renewed its agreement with B. The university also
    intends to ..." is A)."""
    for k in range(n - 1, max(-1, n - 4), -1):
        mentions = doc.org_mentions_in(k)
        lead = doc.text[doc.starts[k] : mentions[0].start] if mentions else ""
        if mentions and len(lead) <= 40 and not _GOVERNED.search(lead):
            top = _top(doc, mentions[0].index)
            if doc.orgs[top].type in _INSTITUTION_TYPES and not doc.orgs[top].name.endswith("ies"):
                return top
    return doc.recent_org(doc.starts[n])


#: A preposition or verb whose object a name is ("with B", "visited B"); "of" and "from" are left out: the rector
#: of A, a delegation from A act for A.
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|to|at|between|among|including|such\s+as|visited|met|welcomed|received|hosted)\s+(?:the\s+)?$",
    re.I,
)
_LIST_BEFORE = re.compile(r"(?:,|\band|&)\s*(?:the\s+)?$", re.I)


def _is_object(doc: Doc, mentions: list[Mention], m: Mention) -> bool:
    """Whether the name at ``m`` is the object of a preposition or verb, itself or as an item of a list."""
    if _NEW_CLAUSE.match(doc.text, _mention_end(doc, m.index, m.start)):
        return False  # "..., and C signed one with D": C opens a clause of its own
    earlier = [e for e in mentions if e.start < m.start]
    start = _mention_end(doc, earlier[-1].index, earlier[-1].start) if earlier else doc.starts[m.sentence]
    gap = doc.text[start : m.start]
    if _OBJECT_BEFORE.search(gap[-40:]):
        return True
    if earlier and _LIST_GAP.match(gap) and _LIST_BEFORE.search(gap):
        return _is_object(doc, mentions, earlier[-1])
    return False


#: A clause whose subject is a post held by someone named before: "Later the rector signed ...".
_TITLE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:later|then|also|afterwards|during\s+the\s+\w+),?\s+)the\s+"
    r"(?P<title>(?:vice-|deputy\s+)?(?:rector|president|chancellor|provost|dean|director|ambassador|consul(?:\s+general)?))"
    r"(?:\s+(?:also|then|later|personally))?\s*$",
    re.I,
)


def _titled_org(doc: Doc, title: str, pos: int, n: int) -> int | None:
    """The institution of the person holding ``title`` named last before ``pos`` (in the five sentences before)."""
    title = title.lower()
    for m in sorted(doc.person_mentions, key=lambda m: -m.start):
        if m.start < pos and m.sentence >= n - 5:
            person = doc.persons[m.index]
            role = (person.role or "").lower()
            if role.startswith(title) or f" {title}" in role or role.startswith(title.replace("-", " ")):
                return doc.find_org(person.affiliation)
    return None


#: A clause whose subject is a person named before: "He said the university signed ...".
_HE_SHE = re.compile(r"\s*(?:[A-Z][\w ,]{0,30},\s*|(?:[\w\-’']+\s+){1,4}?)?(?:he|she)\b", re.I)


def _last_speaker_org(doc: Doc, pos: int, n: int) -> int | None:
    """The institution of the person named last before ``pos``, in the three sentences before."""
    before = [m for m in doc.person_mentions if m.start < pos and m.sentence >= n - 3]
    if not before:
        return None
    return doc.find_org(doc.persons[max(before, key=lambda m: m.start).index].affiliation)


def _objects(doc: Doc, n: int, pos: int, *, strict: bool = False) -> list[int]:
    """Organisations listed right after ``pos`` ("with A, B, and C").

    ``strict``: the first one must start at ``pos`` ("with the rector of A" lists no organisation).
    """
    after = [m for m in doc.org_mentions_in(n) if m.start >= pos]
    out: list[int] = []
    last_end = pos
    for m in after:
        if m.index in out and m.start < last_end + 4:
            continue  # "Vilnius University (VU)": the acronym of the one just listed
        gap = doc.text[last_end : m.start]
        if out and not _LIST_GAP.match(gap):
            break
        if out and "," in gap and _NEW_CLAUSE.match(doc.text, _mention_end(doc, m.index, m.start)):
            break
        if not out and ((strict and gap.strip()) or (len(gap) > 40 and not _GENERIC_LEAD.match(gap))):
            break
        if not out and _GAP_CLAUSE.search(gap):
            break  # "cooperates with many universities, hosted the B delegation": a new clause, not a list
        if m.index not in out:
            out.append(m.index)
        last_end = _mention_end(doc, m.index, m.start)
    return out


def _mention_end(doc: Doc, i: int, start: int) -> int:
    org = doc.orgs[i]
    for name in sorted([org.name, *org.aliases], key=len, reverse=True):
        if doc.text.startswith(name, start):
            return start + len(name)
    match = re.match(r"[\w’'\-.&]+", doc.text[start:])
    return start + (match.end() if match else 1)


def _such_as(doc: Doc, n: int, pos: int) -> list[int]:
    """ "such South Korean automakers as A and B": names without a head noun become organisations."""
    sent = doc.sentences[n]
    match = _SUCH_AS.search(sent.text, pos - sent.start)
    if not match:
        return []
    kind = "Company" if _COMPANY_WORDS.search(match.group("what")) else "Other"
    for head, head_kind in ORG_HEADS.items():
        if head.lower() in match.group("what").lower():
            kind = head_kind
    out = []
    items = re.split(
        r",\s*(?:and\s+)?|\s+and\s+",
        re.split(r",\s+(?:while|which|who|where)\b|\s+while\b", match.group("list"))[0],
    )
    known = {m.start: m.index for m in doc.org_mentions_in(n)}
    for item in items:
        item = re.sub(r"^the\s+", "", item.strip())
        at = sent.start + sent.text.find(item, match.start("list"))
        if item and at in known:
            out.append(known[at])  # a name read already ("such as the Institute of Marine Science")
        elif re.fullmatch(r"[A-Z][\w\-’'&]*(?:\s+[A-Z][\w\-’'&]*){0,3}", item):
            i = doc.add_org(item, kind, n)
            doc.mention_org(i, sent.start + sent.text.find(item), n)
            out.append(i)
    return out


def _status(text: str) -> str:
    return "proposed" if _PROPOSED.search(text) else "existing"


def find_partnerships(doc: Doc, meetings: list[Meeting]) -> list[Partnership]:
    """Return partnerships stated in the article: cooperation, signed agreements, proposals."""
    out: list[Partnership] = []
    for n, sent in enumerate(doc.sentences):
        found_before = len(out)
        # cheap tests of words each pattern needs (on the case-folded sentence) before the scans
        fold = sent.text.casefold()
        has_with = "with" in fold
        coop_word = has_with and any(w in fold for w in _COOP_STEMS)
        for match in _COOP.finditer(sent.text) if coop_word else ():
            pos = sent.start + match.start()
            subject = _subject(doc, n, pos)
            before = sent.text[: match.start()]
            objects = _such_as(doc, n, sent.start + match.end()) or _objects(doc, n, sent.start + match.end())
            if not objects and not _GENERIC_PLURAL.search(before):
                # "the embassy is ready to cooperate with the university": the one named before
                named, _ = _by_noun(
                    doc, n, sent.start + match.end() + 1, (subject,) if subject is not None else ()
                )
                objects = [named] if named is not None else []
            wish = _WISH.search(
                sent.text[: match.end()]
            )  # "readiness to work with B": the wish inside the match
            status = "proposed" if wish or before.endswith(" to ") else "existing"
            for obj in objects:
                _add(doc, out, subject, obj, "cooperation", status, n)
        if _TIE_WORDS.search(fold):
            _ties(doc, out, n)
            _the_parties(doc, out, n, meetings)
        if (
            " and " in fold or "&" in fold or (", " in fold and len(fold) < 120)
        ):  # a headline: "A, B sign MoU"
            _pair_subjects(doc, out, n)
        if "the two " in fold:
            _the_two(doc, out, n)
        if (
            "the two " in fold
            or "both " in fold
            or "the sides" in fold
            or "the parties" in fold
            or "the partners" in fold
            or "interlocutors" in fold
            or "the universities" in fold
            or "the institutions" in fold
            or "the guests" in fold
            or "the hosts" in fold
            or "the meeting" in fold
            or "the talks" in fold
            or "the visit" in fold
        ):
            _both_sides(doc, out, n, meetings)
        if "signed" in fold or "inked" in fold or "sealed" in fold:
            _signed(doc, out, n)
        if "agreed" in fold:
            _agreed_by(doc, out, n)
        if "visit" in fold and " to " in fold:
            _visited_to_sign(doc, out, n)
        if "branch" in fold:
            _branch_at(doc, out, n)
        if " with " in fold and (
            "together" in fold or "along" in fold or "jointly" in fold or "tandem" in fold
        ):
            _together_with(doc, out, n)
        if "partner" in fold:
            _partner_named(doc, out, n)
        if coop_word:
            _proposals(doc, out, n, meetings)
        if "with which" in fold:
            _with_which(doc, out, n)
        if "member" in fold or "join" in fold:
            _membership(doc, out, n)
        if " and the " in fold:
            _kinds_pair(doc, out, n)
        if meetings and ("support" in fold or "assistance" in fold):
            _support_for(doc, out, n, meetings)
        if n and len(out) == found_before:
            _list_continued(doc, out, n)
        if len(out) == found_before and _FALLBACK_CUE.search(fold):
            _two_parties(doc, out, n)
    return out


#: What may stand between the names of a list cut off by a stray full stop ("... with A, B. C, D, as well as
#: research centres."): commas, "and", "as well as", and a last unnamed item.
_LIST_REST = re.compile(
    r"^[\s,;]*(?:(?:and|&|as\s+well\s+as)\s+)?(?:[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,8})?[\s.;]*$"
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
    for match in _MEMBER.finditer(sent.text):
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
            if doc.orgs[_top(doc, member)].type in _INSTITUTION_TYPES:
                _add(doc, out, member, found[0], "membership", "proposed" if wish else "existing", n)


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
        helped = _top(doc, found[0])
        named = [
            _top(doc, m.index)
            for m in doc.org_mentions_in(n)
            if sent.start + match.start() <= m.start < sent.start + match.end()
            and _top(doc, m.index) != helped
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


#: "The embassy and the university agreed to cooperate": two institutions named by their kinds.
_KINDS_PAIR = re.compile(
    r"\b(?:the|both\s+the)\s+(?:university|institute|academy|embassy|consulate|ministry)\s+and\s+(?:the\s+)?"
    r"(?:university|institute|academy|embassy|consulate|ministry)\b",
    re.I,
)


def _kinds_pair(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    for match in _KINDS_PAIR.finditer(sent.text):
        if not _PAIR_VERB.match(sent.text[match.end() :]):
            continue
        pos = sent.start + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
        first, after = _by_noun(doc, n, pos)
        second, _ = _by_noun(doc, n, after, (first,) if first is not None else ())
        if first is not None and second is not None:
            status = _tie_status(sent.text[match.end() :])
            _add(doc, out, first, second, _kind(sent.text[match.end() :]), status, n)


#: A word of a tie somewhere in a (folded) sentence: what the last-resort reading needs.
_FALLBACK_CUE = re.compile(
    r"memorand|\bmous?\b|agree|accord\b|treat(?:y|ies)|letters? of intent|protocol|road ?-?map|\bpacts?\b|"
    r"\bdeals?\b|partner|cooperat|co-operat|collaborat|consorti|network|twinn|allian|joint|exchange|"
    r"\bsign(?:s|ed|ing)?\b|\binked\b|concluded|\bti(?:es|ed|e)[\s\-]up\b|tie-up|\bhands\b|\bteam(?:s|ed|ing)?\s+up|"
    r"\bforces\b|co-?organi[sz]|co-?host|co-?found|jointly|\bties\b|\brelations\b|\blinks\b"
)
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
    r"patronage\s+of|(?<!joint\s)initiative\s+of|invitation\s+of|facilitated\s+by|brokered\s+by|(?<!co-)(?<!co)organi[sz]ed\s+by|"
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
#: The word before a name that makes it an object, not an actor ("students from A", "ranked ahead of A").
_GOVERNED = re.compile(
    r"\b(?:with|to|at|from|by|for|in|into|on|about|over|under|via|include[sd]?|including|as|among|than|like|and|or|"
    r"(?<!the\s)(?<!two\s)(?<!both\s)(?P<of>of))\s+(?:the\s+)?$|[,&]\s*(?:the\s+)?$",
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
    r"\bjointly\s+(?:[\w\-]+\s+){0,2}?by\s+(?:the\s+)?|\bjoint\s+(?:[\w\-]+\s+){1,2}?of\s+(?:the\s+)?|\bco-?(?:organi[sz]ed|hosted|founded|funded)\s+by\s+(?:the\s+)?)$",
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
    r"\b(?:under|within(?:\s+the\s+framework\s+of)?|in\s+the\s+framework\s+of|as\s+part\s+of|thanks\s+to|"
    r"in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to)\s+(?:the|an?|their|this|that)\s+(?:[\w\-+]+\s+){0,3}?"
    r"(?:agreements?|memorand\w*|MoUs?|accords?|partnership|cooperation|programmes?|programs?|treaty|protocol)\b"
    r"(?!\s+(?:with|of)\b|\s+between\s+(?!the\s+two\b|both\b))",
    re.I,
)


def _aside_mask(text: str) -> str:
    """``text`` with its asides (relative clauses, "international cooperation") blanked, offsets kept."""
    return _ASIDE.sub(lambda m: " " * len(m.group(0)), text)


def _two_parties(doc: Doc, out: list[Partnership], n: int) -> None:
    """The last resort for a sentence that speaks of a tie which no reading above found, when it names
    exactly two institutions in one of the shapes of a tie: "A <verb> ... with B" ("A ties up with B"),
    "A and B <predicate of a tie>" ("A and B join hands"), "the two institutions, A and B, will ...",
    "jointly run by A and B", "In partnership with B, A ...", and "students of A ... at B under the
    agreement". A party that is no institution (an embassy, a ministry, a city) only where an agreement
    is signed; a name in a relative clause, or after "in the presence of", is no party.
    """
    sent = doc.sentences[n]
    masked = _aside_mask(sent.text)
    if not _FALLBACK_CUE.search(masked.casefold()):
        return
    first: dict[int, Mention] = {}
    # a name as written first ("rector of the University of X" may be noted where the title begins)
    mentions = sorted(doc.org_mentions_in(n), key=lambda m: (not _named_at(doc, m), m.start))
    for m in mentions:
        top = _top(doc, m.index)
        if top in first or masked[m.start - sent.start] == " " or doc.orgs[top].name.endswith("ies"):
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
        _add(doc, out, a, b, _kind(masked), "existing", n)
    elif _tie_shape(doc, masked, sent.start, ma, mb):
        status = "proposed" if _IN_TALKS.search(masked) else _tie_status(masked)
        _add(doc, out, a, b, _kind(masked), status, n)


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
    if _WITH_END.match(gap) is None or "," in gap or _FALLBACK_CUE.search(gap.casefold()) is None:
        return
    objs = _objects(doc, n, mb.start)
    if len(objs) == len(parties) - 1 and all(
        doc.orgs[_top(doc, i)].type in _INSTITUTION_TYPES for i in [a, *objs]
    ):
        for obj in objs:
            _add(doc, out, a, obj, _kind(masked), _tie_status(masked), n)


def _named_at(doc: Doc, m: Mention) -> bool:
    org = doc.orgs[m.index]
    return any(doc.text.startswith(name, m.start) for name in (org.name, *org.aliases))


def _tie_shape(doc: Doc, masked: str, base: int, ma: Mention, mb: Mention) -> bool:
    """Whether the names at ``ma`` and ``mb`` (in that order) stand in one of _two_parties' shapes."""
    lead = masked[: ma.start - base]
    a_end = _mention_end(doc, ma.index, ma.start) - base
    gap = masked[a_end : mb.start - base]
    rest = masked[_mention_end(doc, mb.index, mb.start) - base :].split(";")[0]
    if _FRONTED.match(lead):
        return _COMMA_GAP.match(gap) is not None
    if _VISIT_TO.match(lead):  # "During her visit to B, A's rector signed an agreement"
        return gap.lstrip().startswith(",") and _FALLBACK_SIGNED.search(masked.casefold()) is not None
    governed = _GOVERNED.search(lead[-40:])
    if _COORDINATED.match(gap) and _PAIR_LEAD.search(lead[-60:]):
        return True
    agent = (
        governed is not None and governed.group("of") and _AGENT_OF.search(lead[-60:])
    ) or _DELEGATION_FROM.search(lead[-40:])
    if governed is not None and not agent:
        return False
    if _PEOPLE_COORDINATED.match(gap):  # "Rector of A X and President of B Y discussed academic exchanges"
        return (
            _FALLBACK_CUE.search(rest[:90].casefold()) is not None and _TIE_WITH_OTHERS.search(rest) is None
        )
    if _COORDINATED.match(gap):
        # the tie in the predicate's first words ("join hands", "held a joint conference"), not a far noun
        # ("both improved their scores in ... research collaboration")
        return (
            _FALLBACK_CUE.search(rest[:50].casefold()) is not None and _TIE_WITH_OTHERS.search(rest) is None
        )
    if _OFFERED.match(gap):  # "A offered B cooperation in ...", "A invited B to join the consortium"
        return _FALLBACK_CUE.search(rest[:80].casefold()) is not None
    if _MEET_VERB.search(gap) and (_PURPOSE_TIE.match(rest) or _AND_SIGNED.match(rest)):
        return True  # "A welcomed X, rector of B, to discuss a student exchange programme", "visited B and signed ..."
    if _WITH_END.match(gap) is None or "," in gap:
        return False
    # the tie in the verb before "with" ("ties up with B") or in a purpose after B ("met with B to discuss ...")
    if _FALLBACK_CUE.search(gap.casefold()) is not None or _PURPOSE_TIE.match(rest) is not None:
        return True
    # "discussed with B the possibility of joint research": the tie is the talk's object, after B
    return _TALK.search(gap) is not None and _FALLBACK_CUE.search(rest[:80].casefold()) is not None


_MEET_VERB = re.compile(
    r"\b(?:met|meets|welcomed|welcomes|received|receives|hosted|hosts|visited|visits)\b", re.I
)
_DELEGATION_FROM = re.compile(r"\bdelegations?\s+(?:from|of)\s+(?:the\s+)?$", re.I)
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
    r"^\s*,?[^,;]{0,30}?\bto\s+(?:discuss|explore|sign|develop|expand|strengthen|establish|launch|consider|deepen|promote|"
    r"boost|enhance|foster|set\s+up|create|open|start|build)\b[^,;]{0,60}?(?:memorand|\bmous?\b|agreement|partner|"
    r"cooperat|co-operat|collaborat|joint|exchange|ties|relations|links|allian|consorti|network)",
    re.I,
)


#: Words before "cooperate with" that make it a wish, not a fact.
_WISH = re.compile(
    r"\b(?:will|would|forward|plan|intend|ready|readiness|willing|eager|interest|hope|seek|wish|want|aim|desire|propos)",
    re.I,
)

#: A sentence must hold one of these for _ties to look at it (a cheap test on the folded text).
_TIE_WORDS = re.compile(
    r"memorand|mou|agreement|accord|contract|treat|letter|partner|cooperat|collaborat|deal|ties|relation|links|contacts|allian|"
    r"ceremon|map|protocol|declaration| and "
)

#: One of these is in every match of _COOP and of _COOP_WITH (both also end in "with").
_COOP_STEMS = (
    "cooperat",
    "collaborat",
    "partner",
    "working",
    "to work",
    "closely with",
    "together with",
    "twinned",
    "team",
    "forces",
)


#: "The memorandum was signed by A and B" / "by the Rector of A, X, and the President of B, Y".
_SIGNED_BY = re.compile(
    r"\b(?:memorand(?:um|a)|MoUs?|agreements?|accords?|contracts?|treat(?:y|ies)|letters?\s+of\s+intent|"
    r"road\s*-?maps?|protocols?|(?:joint\s+)?declarations?(?:\s+of\s+intent)?|documents?|pacts?)\b"
    r"[^.;]{0,80}?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:signed|inked|sealed)\s+"
    r"(?:by|on\s+behalf\s+of)\s+",
    re.IGNORECASE,
)


def _signed_by(doc: Doc, out: list[Partnership], n: int) -> bool:
    """The parties of a passive signing: the institutions after "by", or those of the people named there."""
    sent = doc.sentences[n]
    match = _SIGNED_BY.search(sent.text)
    if match is None:
        # "Signed by A and B, the memorandum provides for ...": the participle first, the tie after
        match = _SIGNED_BY_FIRST.match(sent.text)
        if match is None or _TIE_BEFORE.search(sent.text, match.end()) is None:
            return False
    pos = sent.start + match.end()
    parties: list[int] = []
    for m in doc.person_mentions_in(n):
        aff = doc.find_org(doc.persons[m.index].affiliation) if m.start >= pos else None
        if aff is not None and _top(doc, aff) not in parties:
            parties.append(_top(doc, aff))
    behalf = [
        m.index
        for m in doc.org_mentions_in(n)
        if m.start >= pos
        and (
            _ON_BEHALF.search(doc.text, max(0, m.start - 30), m.start)
            # "by Professor X, Vice-Chancellor of A, and Dr Y, President of B": the signers' institutions
            or _SIGNER_OF.search(doc.text, max(pos, m.start - 40), m.start)
        )
    ]
    for i in [*_objects(doc, n, pos), *behalf]:
        if _top(doc, i) not in parties:
            parties.append(_top(doc, i))
    if len(parties) >= 2:
        _add(
            doc,
            out,
            parties[0],
            parties[1],
            _kind(match.group(0)) if match.re is _SIGNED_BY else _kind(sent.text),
            "agreed",
            n,
        )
    return True


#: A signer's post or name just before the institution: "Vice-Chancellor of A", "Rector Ali Hassan of A".
_SIGNER_OF = re.compile(rf"(?:{_ROLE_WORDS}|\b[A-Z][\w\-’']+)\s+of\s+(?:the\s+)?$")
_SIGNED_BY_FIRST = re.compile(
    r"\s*(?:signed|inked|sealed)\s+(?:on\s+\w+\s+|in\s+\w+\s+)?by\s+(?:the\s+)?", re.I
)
#: "signed by X on behalf of A and Y on behalf of B": each party right after "on behalf of".
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?$", re.I)


#: "between A and B, and between C and D": a further pair of the same tie.
_AND_BETWEEN = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|while)\s+(?:also\s+)?between\s+(?:the\s+)?", re.I)


def _between_pairs(doc: Doc, n: int, pos: int) -> list[list[int]]:
    """The parties after "between" at ``pos``: the first with each other one, then each further
    "and between C and D" pair."""
    pairs: list[list[int]] = []
    objs = _objects(doc, n, pos)
    while len(objs) >= 2:
        pairs += [[objs[0], obj] for obj in objs[1:]]
        last = [m for m in doc.org_mentions_in(n) if m.start >= pos and m.index == objs[-1]]
        more = _AND_BETWEEN.match(doc.text, _mention_end(doc, objs[-1], last[0].start)) if last else None
        if more is None:
            break
        pos = more.end()
        objs = _objects(doc, n, pos, strict=True)
    return pairs


#: "The opening of the centre was agreed by A('s rector) with B", "... was agreed between A and B".
_AGREED_BY = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+agreed\s+(?:upon\s+)?(?P<by>by|between)\s+(?:the\s+)?",
    re.I,
)
_WITH = re.compile(r"\swith\s")
_AND = re.compile(r"\s(?:and|&)\s")
#: "the university" (or "the rector of the university") where the party is named by its kind.
_THE_KIND = re.compile(r"\bthe\s+(?:university|institute|academy|embassy|consulate)\b", re.I)


def _agreed_by(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    match = _AGREED_BY.search(sent.text)
    if match is None:
        return
    pos = sent.start + match.end()
    if match.group("by").lower() == "between":
        for a, b in _between_pairs(doc, n, pos):
            _add(doc, out, a, b, _kind(sent.text), "agreed", n)
        return
    link = _WITH.search(sent.text, match.end()) or _AND.search(sent.text, match.end())
    if link is None:
        return
    first = _party_in(doc, n, pos, sent.start + link.start())
    exclude = (first,) if first is not None else ()
    second = _party_in(doc, n, sent.start + link.end(), sent.start + reported_at(sent.text), exclude)
    _add(doc, out, first, second, _kind(sent.text), "agreed", n)


def _party_in(doc: Doc, n: int, start: int, end: int, exclude: tuple[int, ...] = ()) -> int | None:
    """The institution a stretch of a sentence names: by name, by a person of it, or as "the university"."""
    orgs = [m.index for m in doc.org_mentions_in(n) if start <= m.start < end]
    people = [m.index for m in doc.person_mentions_in(n) if start <= m.start < end]
    for p in people:
        aff = doc.find_org(doc.persons[p].affiliation)
        orgs += [aff] if aff is not None else []
    if orgs:
        return orgs[0]
    kind = _THE_KIND.search(doc.text, start, end)
    return _by_noun(doc, n, kind.start(), exclude)[0] if kind else None


#: "A delegation of B visited A to sign a memorandum": the visitor's institution and the host sign.
_VISITED_HOST = re.compile(r"\bvisit(?:ed|s|ing)?\s+(?:the\s+)?", re.I)
_TO_SIGN = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:on|last|this|in)\s+\w+\s+)?(?:in\s+order\s+)?to\s+"
    r"(?:sign|ink|conclude|renew|extend)\b",
    re.I,
)


def _visited_to_sign(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    for match in _VISITED_HOST.finditer(sent.text):
        found = _first_object(doc, n, sent.start + match.end())
        if found is None:
            continue
        host, after = found
        subject = _subject(doc, n, sent.start + match.start())
        if _TO_DISCUSS.match(doc.text, after) and _both_institutions(doc, subject, host):
            _add(doc, out, subject, host, "other", "proposed", n)
        elif _TO_SIGN.match(doc.text, after):
            status = "proposed" if _WILL_VISIT.search(sent.text) else "agreed"
            _add(doc, out, subject, host, _kind(sent.text), status, n)


def _first_object(doc: Doc, n: int, pos: int) -> tuple[int, int] | None:
    """The organisation named first right after ``pos`` in sentence ``n``, and where its name ends."""
    objects = _objects(doc, n, pos, strict=True)
    if not objects:
        return None
    mention = min((m for m in doc.org_mentions_in(n) if m.index == objects[0]), key=lambda m: m.start)
    return objects[0], _mention_end(doc, objects[0], mention.start)


#: "visited B to discuss cooperation": a proposal, read only between two institutions (an envoy's visit to
#: discuss cooperation speaks for the country's universities).
_TO_DISCUSS = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:on|last|this|in)\s+\w+\s+)?(?:\([^()]{1,20}\)\s*)?(?:in\s+order\s+)?"
    r"to\s+(?:discuss|explore|strengthen|expand|deepen|develop)\s+(?:[\w\-]+\s+){0,6}?"
    r"(?:cooperation|collaboration|partnership|ties|relations)\b",
    re.I,
)


def _both_institutions(doc: Doc, a: int | None, b: int | None) -> bool:
    return (
        a is not None
        and b is not None
        and all(doc.orgs[_top(doc, i)].type in _INSTITUTION_TYPES for i in (a, b))
    )


_WILL_VISIT = re.compile(
    r"\b(?:will|would|shall|plan\w*|intend\w*|expected|is\s+to|are\s+to|to\s+visit)\b", re.I
)


#: "a branch of A at B": a campus one institution opens in another's house.
_BRANCH_OF = re.compile(r"\bbranch(?:es)?\s+(?:campus\s+)?of\s+(?:the\s+)?", re.I)
_AT_HOST = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:will|would|is\s+to|to)\s+(?:be\s+)?(?:open(?:ed)?|set\s+up|established)\s+)?"
    r"(?:at|on\s+the\s+(?:campus|premises|basis)\s+of|within|inside)\s+(?:the\s+)?",
    re.I,
)


def _branch_at(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    for match in _BRANCH_OF.finditer(sent.text):
        found = _first_object(doc, n, sent.start + match.end())
        if found is None:
            continue
        owner, after = found
        at = _AT_HOST.match(doc.text, after)
        hosts = _objects(doc, n, at.end(), strict=True) if at is not None else []
        if hosts:
            _add(doc, out, owner, hosts[0], "other", _tie_status(sent.text), n)


def _signed(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    if _signed_by(doc, out, n):
        return
    between = _SIGNED_BETWEEN.search(sent.text)
    if between:
        for pair in _between_pairs(doc, n, sent.start + between.end()):
            _add(doc, out, pair[0], pair[1], _kind(between.group(0)), "agreed", n)
        return
    signed = _SIGNED.search(sent.text)
    if signed and not any(p.evidence is not None and p.evidence.start == sent.start for p in out):
        # the last resort for a signing whose parties no other reading of this sentence found
        parties: list[int] = []
        for m in doc.person_mentions_in(n):
            aff = doc.find_org(doc.persons[m.index].affiliation)
            if aff is not None and aff not in parties:
                parties.append(aff)
        mentions = doc.org_mentions_in(n)
        subjects = [
            m.index for m in mentions if not _is_object(doc, mentions, m)
        ]  # "worked with B; ... signed"
        parties += [i for i in dict.fromkeys(subjects) if i not in parties]
        if len(parties) == 2:  # with more, who signed with whom is not told this way
            _add(doc, out, parties[0], parties[1], _kind(signed.group(0)), "agreed", n)


_INSTITUTION_TYPE_NAMES = ("University", "School", "ResearchInstitute")

#: Nouns of a formal tie; "letter of intent" and "memorandum of understanding" as one phrase.
_TIE = (
    r"(?:memorand(?:um|a)(?:\s+of\s+(?:understanding|cooperation))?|MoUs?|MOUs?|agreements?|accords?|"
    r"contracts?|treat(?:y|ies)|letters?\s+of\s+intent|partnerships?|cooperation|collaboration|deals?|alliances?|"
    r"road\s*-?maps?|protocols?\s+(?:of|on)\s+\w+|(?:joint\s+)?declarations?\s+of\s+intent|"
    r"signing\s+ceremon(?:y|ies)|pacts?|(?:similar\s+)?documents|"
    # a programme two institutions run together: "exchange programmes with B", "a double degree programme with B"
    r"(?:exchange|mobility|twinning|double[\s\-]+degree|dual[\s\-]+degree|joint(?:[\s\-]+degree)?)\s+"
    r"(?:(?:master|bachelor|doctoral|PhD|study|studies|degree)[’'s]*\s+)?(?:programmes?|programs?))"
)
#: "..., and C signed one with D": "one" for the tie just named.
_SIGNED_ONE = re.compile(
    r"\b(?:signed|signs|concluded|inked|will\s+sign|plans\s+to\s+sign|has\s+one|have\s+one)\s+"
    r"(?:a\s+similar\s+one|one|another(?:\s+one)?|similar\s+ones)\s+with\s+(?:the\s+)?",
    re.I,
)
_TIE_BEFORE = re.compile(rf"\b{_TIE}\b", re.I)
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
#: "the strategic partnership of A and B": a tie whose two holders follow "of".
_TIE_OF = re.compile(
    r"\b(?:partnership|cooperation|collaboration|agreements?|memorand(?:um|a)(?:\s+of\s+(?:understanding|cooperation))?|"
    r"MoUs?|alliance)\s+of\s+(?:the\s+)?",
    re.I,
)
_OF_WITH = re.compile(r"\s+with\s+(?:the\s+)?", re.I)
#: "<tie> between A and B" (the nouns that need a party on each side); the exchange of people between two
#: institutions ("student exchange between A and B") ties them too, an exchange of views does not.
_MOBILITY = (
    r"(?:(?:student|staff|academic|faculty|teacher|researcher|lecturer)s?\s+(?:exchanges?|mobility)|"
    r"(?:exchanges?|mobility)\s+of\s+(?:students|staff|teachers|faculty|researchers|scholars|lecturers))"
)
_TIE_BETWEEN = re.compile(
    rf"\b(?:{_TIE}|{_MOBILITY}|relations|ties|links|contacts|exchanges)\b[^.;]{{0,60}}?\bbetween\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: "signed | concluded | has (had) | will sign ... <tie> with B".
_TIE_WITH = re.compile(
    r"\b(?:signed|signs|sign|signing|concluded|concludes|conclude|has|have|had|renewed|renews|extended|reached|"
    r"established|establish|entered\s+into|adopted|adoption|inked|inks|sealed|announced|announces|forged|forges|formed|"
    r"forms|launched|launches|started|initiated|built|created|held|hosted|holds|hosts|runs|run|ran|offers|offered|"
    r"operates|operated|implements|implemented)\s+(?:(?:a|an|the|its|their|new|\w+)\s+){0,4}?"
    rf"{_TIE}(?:\s+(?:relations|relationship|ties|links))?"
    # "an agreement on student exchange with B": what the tie is about, a few lower-case words
    r"(?:\s+(?:on|for|in|of|about)\s+(?:[a-z][\w\-’']*\s+){0,4}?[a-z][\w\-’']*)?\s+with\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: What may follow "A and B" to make them partners: a verb of a tie, alone or after an auxiliary.
_PAIR_VERB = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,;]{1,60},\s*)?(?:(?:have|has|had|will|would|also|jointly|recently|already|today|officially|"
    r"been|successfully|formally|long|now|are|were|closely|actively)\s+)*(?:signed|sign|inked|sealed|concluded|conclude|agreed|"
    r"reached\s+(?:an?\s+)?(?:agreement|understanding|accord)|"
    r"cooperat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing)|joined\s+forces|work(?:ed|ing)?\s+(?:closely\s+)?together|"
    r"(?:implement\w*|conduct\w*|carr(?:y|ied|ies)\s+out|run|ran|develop\w*)\s+(?:a\s+|several\s+|many\s+)?joint|"
    r"partner|engaged\s+in\s+(?:a|an|the)?[\w\s\-]{0,30}?(?:partnership|cooperation)|intend|plan|launch|launched|"
    r"established|establish|renewed|run|offer|set\s+up|"
    r"(?:are|were|became|become|remain(?:ed)?|been)\s+(?:[\w\-]+\s+){0,2}?(?:partners|sister\s+(?:universities|institutions|schools))|"
    # a verb that makes a tie only with its noun: "announced a strategic partnership", "renewed their agreement"
    r"(?:announce[sd]?|forge[sd]?|form(?:s|ed)?|exchanged|extend(?:s|ed)?|renew(?:s|ed)?|launch(?:es|ed)?|initiated)\s+"
    r"(?:(?:a|an|the|their|new)\s+)?(?:[\w\-]+\s+){0,2}?(?:partnerships?|agreements?|alliances?|memorand\w*|MoUs?|accords?)|"
    # "celebrated ten years of partnership", "marked the 10th anniversary of their cooperation"
    r"(?:celebrat\w*|mark(?:s|ed)?)\s+(?:[\w\-]+\s+){1,4}?of\s+(?:their\s+)?(?:[\w\-]+\s+)?"
    r"(?:partnership|cooperation|collaboration|agreement)|"
    r"co-?(?:organi[sz]\w*|host\w*|found\w*)|jointly\s+(?:organi[sz]\w*|host\w*|found\w*|run|ran|offer\w*)|"
    r"(?:have|has)\s+(?:a\s+)?(?:[\w\-]+\s+){0,3}?(?:history|tradition|record)\s+of\s+(?:cooperation|partnership|collaboration)|"
    r"discuss(?:ed)?\s+(?:[\w\-]+\s+){0,5}?(?:signing|memorand\w*|agreements?|cooperation|partnership)|"
    # "A and B have an agreement on ...", "have enjoyed a partnership since 2007"
    r"(?:have|has|had|enjoy|enjoyed|maintain|maintained)\s+(?:(?:a|an|the|[\w\-]+)\s+){0,3}?"
    r"(?:agreements?|memorand\w*|MoUs?|partnerships?|accords?|contracts?|relationships?|relations|ties|links)|"
    # "A and B are planning to sign", "are set to launch", "will exchange students"
    r"(?:are|were)\s+(?:planning|going|expected|set|preparing|about|ready|due)\s+to\s+(?:sign|conclude|establish|launch|open|"
    r"set\s+up|create|exchange)|exchange|"
    # "A and B's partnership started in 2019"
    r"[’']s\s+(?:[\w\-]+\s+){0,2}?(?:partnership|cooperation|collaboration|agreement|memorandum|relations|ties)|"
    # a headline's infinitive: "A and B to sign MoU", "A and B to deepen ties"
    r"to\s+(?:sign|ink|conclude|launch|open|establish|set\s+up|create|cooperate|collaborate|partner|develop|offer|"
    r"exchange|deepen|expand|strengthen|team\s+up|join\s+forces))\b",
    re.IGNORECASE,
)
#: A headline joins its two parties with a comma: "A, B sign MoU" (a verb in the present, right after B).
_HEADLINE_LINK = re.compile(r"^\s*,\s*(?:the\s+)?$")
_HEADLINE_VERB = re.compile(
    r"^\s*(?:sign|ink|seal|agree|partner|team\s+up|join\s+forces|launch|renew)s?\b|^\s*to\s+\w", re.I
)
_PAIR_LINK = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?(?:and|&)\s+(?:the\s+)?$")
_PROPOSED_TIE = re.compile(
    r"\b(?:will|would|shall|intend\w*|plan\w*|to\s+sign|agreed\s+to\s+sign|decided\s+to|propos\w*|going\s+to|ready|willing|"
    r"set\s+to|due\s+to|about\s+to|"
    r"interest\w*|eager|wish\w*|seek\w*|willing\w*|readiness|exchanged\s+views|"
    r"prepar\w*|draft\w*|expect\w*|aim\w*|hope\w*|discuss\w*|consider\w*|explor\w*|possible|potential|prospective)\b",
    re.IGNORECASE,
)
_AGREED_TIE = re.compile(
    r"\b(?:signed|signs|signing|concluded|concludes|agreed|renewed|entered|inked|inks|sealed|adopted|adoption|reached|"
    r"exchanged|extended|forged|announced|launched|formed)\b",
    re.I,
)
_EXISTING_TIE = re.compile(r"\b(?:since|has\s+had|have\s+had|has\s+been|have\s+been|long|existing)\b", re.I)
#: Their case-sensitive twins, for lower-cased text: several times faster to scan.
_PROPOSED_TIE_LOWER = re.compile(_PROPOSED_TIE.pattern)
_AGREED_TIE_LOWER = re.compile(_AGREED_TIE.pattern)
_EXISTING_TIE_LOWER = re.compile(_EXISTING_TIE.pattern)


def _tie_status(text: str) -> str:
    """Proposed (will, intend, to sign), agreed (signed, concluded) or existing (has had, since)."""
    fold = text.lower()
    if _PROPOSED_TIE_LOWER.search(fold):
        return "proposed"
    if _EXISTING_TIE_LOWER.search(fold):
        return "existing"
    return "agreed" if _AGREED_TIE_LOWER.search(fold) else "existing"


def _clause_of(text: str, start: int, end: int) -> str:
    """The clause around ``start``-``end``: from the last break before it to the next one after."""
    left = max(text.rfind(";", 0, start), text.rfind(". ", 0, start))
    right = min((i for i in (text.find(";", end), text.find(". ", end)) if i >= 0), default=len(text))
    return text[left + 1 : right]


#: An institution named by its kind after being named in full: "the university", "the embassy".
_BY_NOUN = re.compile(
    r"(?:the\s+)?(?P<noun>university|institute|academy|embassy|consulate|ministry)\b(?!\s+of\b|[’']s\b)"
    r"(?P<and>\s+(?:and|&)\s+(?:the\s+)?)?",
    re.I,
)
_NOUN_TYPES = {
    "university": _INSTITUTION_TYPE_NAMES,
    "institute": _INSTITUTION_TYPE_NAMES,
    "academy": _INSTITUTION_TYPE_NAMES,
    "embassy": ("Embassy",),
    "consulate": ("Embassy",),
    "ministry": ("Ministry",),
}


def _by_noun(doc: Doc, n: int, pos: int, exclude: tuple[int, ...] = ()) -> tuple[int | None, int]:
    """The institution "the university" at ``pos`` stands for (the last of its kind named in the sentences
    before), and where the words after it ("and ...") begin."""
    match = _BY_NOUN.match(doc.text, pos)
    if match is None:
        return None, pos
    types = _NOUN_TYPES[match.group("noun").lower()]
    near = [
        m
        for m in doc.org_mentions
        if m.start < pos
        and m.sentence >= n - 4
        and doc.orgs[m.index].type in types
        and m.index not in exclude
    ]
    best = max(near, key=lambda m: m.start) if near else None
    if best is None:
        # "the embassy" of an ambassador named before: the institution of the person's title
        for m in sorted(doc.person_mentions, key=lambda m: -m.start):
            aff = doc.find_org(doc.persons[m.index].affiliation)
            if (
                m.start < pos
                and m.sentence >= n - 4
                and aff is not None
                and aff not in exclude
                and doc.orgs[aff].type in types
            ):
                return aff, match.end()
    return (best.index if best else None), match.end()


def _ties(doc: Doc, out: list[Partnership], n: int) -> None:
    """Agreements and partnerships of named institutions: "between A and B", "A signed ... with B", "A and B signed"."""
    sent = doc.sentences[n]
    fold = sent.text.casefold()
    for match in _TIE_BETWEEN.finditer(sent.text) if "between" in fold else ():
        # "between the university and B", "between the university and the embassy"
        first, after = _by_noun(doc, n, sent.start + match.end()) if "between the" in fold else (None, 0)
        if first is not None:
            second, _ = _by_noun(doc, n, after)
            rest = [second] if second is not None else _objects(doc, n, after, strict=True)
            first, _ = _by_noun(doc, n, sent.start + match.end(), tuple(rest))  # not the party named after it
            pairs = [[first, obj] for obj in rest] if first is not None else []
        else:
            pairs = _between_pairs(doc, n, sent.start + match.end())
        status = _tie_status(sent.text)
        for a, b in pairs:
            _add(doc, out, a, b, _kind(match.group(0)), status, n)
    for match in _TIE_WITH.finditer(sent.text) if " with " in fold else ():
        subject = _subject(doc, n, sent.start + match.start())
        status = _tie_status(sent.text[: match.end()])
        objs = _objects(doc, n, sent.start + match.end())
        if not objs:
            named, _ = _by_noun(doc, n, sent.start + match.end())  # "signed a memorandum with the embassy"
            objs = [named] if named is not None else []
        for obj in objs:
            _add(doc, out, subject, obj, _kind(match.group(0)), status, n)
    for match in (
        _TIE_OF.finditer(sent.text) if " of " in fold and any(w in fold for w in _TIE_OF_WORDS) else ()
    ):
        objs = _objects(doc, n, sent.start + match.end(), strict=True)
        for obj in (
            objs[1:2] if len(objs) == 2 else ()
        ):  # "the partnership of A and B" (two, not a list of members)
            _add(doc, out, objs[0], obj, _kind(match.group(0)), _tie_status(sent.text), n)
        found = _first_object(doc, n, sent.start + match.end()) if len(objs) == 1 else None
        with_ = _OF_WITH.match(doc.text[found[1] : found[1] + 12]) if found is not None else None
        if found is not None and with_ is not None:  # "collaboration of A with B, C and D"
            for obj in _objects(doc, n, found[1] + with_.end()):
                _add(doc, out, found[0], obj, _kind(match.group(0)), _tie_status(sent.text), n)
    for match in _SIGNED_ONE.finditer(sent.text) if "one with" in fold else ():
        if _TIE_BEFORE.search(sent.text, 0, match.start()) is None:
            continue  # "one" stands for a tie named before it
        subject = _subject(doc, n, sent.start + match.start())
        for obj in _objects(doc, n, sent.start + match.end(), strict=True):
            _add(doc, out, subject, obj, "agreement", _tie_status(sent.text[: match.end()]), n)
    coop_with = " with " in fold and _COOP_NOUN_WITH.search(fold) is not None
    for match in _IN_COOPERATION.finditer(sent.text) if coop_with else ():
        subject = _subject(doc, n, sent.start + match.start())
        for obj in _objects(doc, n, sent.start + match.end()):
            _add(doc, out, subject, obj, "cooperation", _tie_status(sent.text), n)
    for match in _PARTNER_OF.finditer(sent.text) if "partner" in fold else ():
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
    if "signed with" in fold:
        _signed_with(doc, out, n)
    if _RELATION_WORDS.search(fold):
        for match in _RELATIONS_WITH.finditer(sent.text):
            subject = _subject(doc, n, sent.start + match.start())
            for obj in _objects(doc, n, sent.start + match.end(), strict=True):
                _add(doc, out, subject, obj, "cooperation", _tie_status(sent.text), n)
    if "partner" in fold:
        _partners_include(doc, out, n)
    if " with " in fold:
        _tie_noun_with(doc, out, n)
    if "partner" in fold and _PARTNER_LIST.search(sent.text):
        for match in _PARTNER_LIST.finditer(sent.text):
            subject = _subject(doc, n, sent.start + match.start())
            for obj in _objects(doc, n, sent.start + match.end(), strict=True):
                _add(doc, out, subject, obj, "cooperation", "existing", n)


#: "A has 100 partner universities, among them B and C".
_PARTNER_LIST = re.compile(
    r"\bpartner(?:s|\s+(?:universities|institutions|organi[sz]ations))\b[^.;]{0,20}?,?\s+"
    r"(?:among\s+them|including|notably|in\s+particular)\s+(?:the\s+)?",
    re.I,
)
#: A tie as a noun with its partner: "A's partnership with B", "a memorandum of cooperation with B was signed".
_TIE_NOUN_WITH = re.compile(
    rf"(?:(?:(?P<own>[’']s|\bits|\btheir)|\b(?:a|an|the))\s+|^)(?:[\w\-]+\s+){{0,2}}?{_TIE}"
    r"(?:\s+(?:on|for|in|of|about)\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*)?\s+with\s+(?:the\s+)?",
    re.I,
)
#: What makes a tie told as a noun a fact of the sentence: it was signed, began, dates back.
_TIE_NOUN_FACT = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:signed|concluded|established|renewed|extended)|\bbegan\b|"
    r"\bstarted\b|\bdates?\s+back\b|\bsince\b|\bgoes\s+back\b",
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
_BY_RIGHT = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*by\s+(?:the\s+)?")


def _tie_nouns_before_with(text: str) -> list[re.Match[str]]:
    """The matches of _TIE_NOUN_WITH, looked for only in the few words before each " with " (a scan of
    the whole sentence tries the pattern at every article)."""
    found: list[re.Match[str]] = []
    at = text.find(" with ")
    while at >= 0:
        match = _TIE_NOUN_WITH.search(text, max(0, at - 100), at + 11)
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
        if match.group("own") is None and under is None and not _TIE_NOUN_FACT.search(rest):
            continue  # "an agreement with B" merely named, not said to exist
        objs = _objects(doc, n, sent.start + match.end(), strict=True)
        if not objs:
            continue
        subject = _subject(doc, n, sent.start + match.start() + (0 if match.group("own") else 1))
        by = _BY.search(rest)
        if by is not None:
            signers = _objects(doc, n, sent.start + match.end() + by.end(), strict=True)
            subject = signers[0] if signers else subject
        if subject is None and under is not None:
            # "Under the agreement with B, students of A ...": the institution of the main clause
            later = [
                m.index
                for m in doc.org_mentions_in(n)
                if m.start > sent.start + match.end() and m.index not in objs
            ]
            subject = later[0] if later else None
        if subject is None or subject in objs:
            # "The partnership with B dates back to 2001, A said": the speaker; else the institution in view
            subject = _speaker_after(doc, n, objs) or doc.recent_org(sent.start)
        status = "existing" if under is not None else _tie_status(sent.text)
        for obj in objs:
            _add(doc, out, subject, obj, _kind(match.group(0)), status, n)


#: A sentence that ends by naming who said it: ", A said.", ", the rector of A noted."
_SAID_END = re.compile(
    r",\s+[^,;]{0,80}?\b(?:said|says|noted|notes|stated|announced|reported|added|stressed)\W*$", re.I
)


def _speaker_after(doc: Doc, n: int, exclude: list[int]) -> int | None:
    """The institution of the speaker named at the end of sentence ``n`` (by name or by a person of it)."""
    sent = doc.sentences[n]
    said = _SAID_END.search(sent.text)
    if said is None:
        return None
    return _party_in(doc, n, sent.start + said.start(), sent.end, tuple(exclude))


#: Cheap tests on the folded sentence before the scans below.
_COOP_NOUN_WITH = re.compile(r"(?:cooperation|collaboration|partnership) with")
_RELATION_WORDS = re.compile(r"ties|relation|links|contacts")
#: "Memoranda were signed with B and C": the signer is the clause's subject or the institution in view.
_SIGNED_WITH = re.compile(
    rf"\b{_TIE}\b[^.;]{{0,60}}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?signed\s+with\s+(?:the\s+)?",
    re.I,
)
#: "A maintains close ties with B", "A has long-standing relations with B".
_RELATIONS_WITH = re.compile(
    r"\b(?:maintains?|maintained|has|have|had|establish\w*|develop\w*|strengthen\w*|expand\w*|deepen\w*|broaden\w*|"
    r"intensif\w*|foster\w*|builds?|built|enjoys?)\s+(?:[\w\-]+\s+){0,3}?(?:ties|relations|links|contacts|relationships?)"
    r"\s+with\s+(?:the\s+)?",
    re.I,
)
#: "A’s partners include B and C"; "among the partners of A are B and C".
_PARTNERS_INCLUDE = re.compile(
    r"(?P<own>[’']s\s+|\b(?:its|their)\s+)?(?:(?:main|key|strategic|foreign|international|long-?standing|major|leading)\s+)?"
    r"(?:partners|partner\s+(?:universities|institutions|schools))\s+(?:include|includes|included|are|were|such\s+as|"
    r"comprise|:)\s*(?:the\s+)?"
    r"|\b(?:among\s+(?:the\s+|its\s+)?)?(?:partners|partner\s+(?:universities|institutions))\s+of\s+(?:the\s+)?(?P<of>)"
    # "A has partners such as B and C", "hosts students from partner universities such as B"
    r"|\b(?P<has>has|have|had|hosts|welcomes|from|with)\s+(?:[\w\-]+\s+){0,3}?(?:partners|partner\s+(?:universities|"
    r"institutions|schools))\s*,?\s+(?:such\s+as|including|like|among\s+them|notably)\s+(?:the\s+)?",
    re.I,
)
_ARE = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:are|is|include|includes|included|were)\s+(?:the\s+)?", re.I)


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
            subject = doc.recent_org(sent.start)
        for obj in objs:
            _add(doc, out, subject, obj, _kind(match.group(0)), "agreed", n)


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
        else:
            if match.group("own") is None:
                continue  # "the partner universities of A include B" is read by _PARTNER_OF
            before = [m for m in doc.org_mentions_in(n) if m.start < pos]
            # "Its partners include", "the university's partners include": the institution named before
            owner = max(before, key=lambda m: m.start).index if before else doc.recent_org(sent.start)
            objs = _objects(doc, n, sent.start + match.end(), strict=True)
        for obj in objs:
            _add(doc, out, owner, obj, "cooperation", "existing", n)


#: "A, in (close) cooperation with B, ...": the two work together.
_IN_COOPERATION = re.compile(
    r"\b(?:in|through)\s+(?:close\s+|joint\s+|active\s+)?(?:cooperation|collaboration|partnership)\s+with\s+(?:the\s+)?",
    re.I,
)
#: "A, together with B, launched a course": a joint deed of two institutions named side by side.
_TOGETHER = re.compile(r"^\s*,?\s*(?:together|along|jointly|in\s+tandem)\s+with\s+(?:the\s+)?$", re.I)
_JOINT_DEED = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:has|have|had|will|would|also|jointly|recently|successfully|is|are|was|were|"
    r"plans?\s+to|intends?\s+to)\s+)*"
    r"(?:launch|organi[sz]|open|establish|found|creat|develop|implement|host|held|hold|run|ran|conduct|offer|set\w*\s+up|"
    r"start|introduc|sign|initiat|co-?organi[sz]|carr(?:y|ied|ies)\s+out)\w*\b",
    re.I,
)


def _together_with(doc: Doc, out: list[Partnership], n: int) -> None:
    """ "A, together with B, launched ...": both named right at "together with", and a deed after them."""
    sent = doc.sentences[n]
    mentions = doc.org_mentions_in(n)
    for a, b in pairwise(mentions):
        a_end = _mention_end(doc, a.index, a.start)
        if a.index == b.index or not _TOGETHER.match(doc.text[a_end : b.start]):
            continue
        if _JOINT_DEED.match(doc.text[_mention_end(doc, b.index, b.start) : sent.end]):
            _add(doc, out, a.index, b.index, "cooperation", _tie_status(sent.text), n)


#: "A's partner university, B": the owner, then the partner in apposition (or a list of them).
_OWN_PARTNER = re.compile(
    r"^[’']s\s+(?:[\w\-]+\s+){0,2}?partners?(?:\s+(?:universit(?:y|ies)|institutions?|schools?|colleges?))?\s*,?\s*"
    r"(?:the\s+)?$",
    re.I,
)
#: "B is one of A's strategic partners": B, a copula, then A and this after it.
_IS_ONES = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:is|are|was|were|has\s+been|have\s+been|remains|became|has\s+become)\s+"
    r"(?:one\s+of\s+|among\s+)?(?:the\s+)?$",
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
    for m in doc.org_mentions_in(n):
        end = _mention_end(doc, m.index, m.start)
        if _APPOSED_PARTNER.match(doc.text[end : end + 60]):  # "visited B, its partner since 1995"
            _add(doc, out, _subject(doc, n, m.start), m.index, "cooperation", "existing", n)
    for a, b in pairwise(doc.org_mentions_in(n)):
        a_end = _mention_end(doc, a.index, a.start)
        gap = doc.text[a_end : b.start]
        b_end = _mention_end(doc, b.index, b.start)
        if _OWN_PARTNER.match(gap):
            for obj in _objects(doc, n, b.start, strict=True):
                _add(doc, out, a.index, obj, "cooperation", "existing", n)
        elif _IS_ONES.match(gap) and _ONES_PARTNER.match(doc.text, b_end):
            _add(doc, out, a.index, b.index, "cooperation", "existing", n)
        elif (_CONSIDERS.match(gap) or _CHOSEN_BY.match(gap)) and _AS_PARTNER.match(doc.text, b_end):
            _add(doc, out, a.index, b.index, "cooperation", _tie_status(doc.text[b_end : sent.end]), n)


_APPOSED_PARTNER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,\s+(?:its|their)\s+(?:[\w\-]+\s+){0,2}?partner(?:\s+(?:university|institution|school))?\b",
    re.I,
)
#: "B is a (strategic) partner of A"; "the partner universities of A include B".
_PARTNER_OF = re.compile(
    r"(?:\b(?:is|are|was|became|become|has\s+become|has\s+been|have\s+been|remains|remained)|,)\s+"
    r"(?:a|an|the|one\s+of\s+the)?\s*(?:[\w\-]+\s+){0,2}?"
    r"partners?(?:\s+(?:university|universities|institution|institutions))?\s+of\s+(?:the\s+)?"
    r"|\bpartner\s+(?:universities|institutions|schools)\s+of\s+(?:the\s+)?(?P<include>[^.;]{0,120}?\binclude\b)?",
    re.I,
)


#: Titles that stand for the two sides of a meeting: "the Rector and the Ambassador signed".
_ROLE = r"(?:vice-|deputy\s+)?(?:rector|ambassador|president|director|minister|dean|consul|chairman|head|provost|chancellor)s?\b"
_THE_PARTIES = re.compile(
    r"(?:\b(?:the|both)\s+(?:two\s+)?(?:parties|sides|universities|institutions|partners|rectors|heads|delegations|"
    r"interlocutors)\b|"
    r"\bthe\s+(?:guests\s+and\s+the\s+hosts|hosts\s+and\s+the\s+guests)\b|(?P<they>\bthey\b)|"
    rf"\bthe\s+{_ROLE}\s+and\s+the\s+{_ROLE})[^.;]{{0,40}}?"
    r"\b(?:sign\w*|conclu\w*|agreed\s+on|adopt\w*|exchang\w*)\s+(?:(?:a|an|the|\w+)\s+){0,3}?"
    r"(?:memorand(?:um|a)|MoU|agreements?|accords?|contracts?|letters?\s+of\s+intent)\b",
    re.I,
)


#: A signing in the passive that names no party ("a memorandum of understanding was signed", "between the two
#: universities"); and what makes the parties states, not the meeting's sides.
_SIGNED_UNNAMED = re.compile(
    r"\b(?:memorand(?:um|a)|MoUs?|agreements?|accords?|contracts?|letters?\s+of\s+intent)\b[^.;]{0,80}?"
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:signed|reached|concluded|inked)\b"
    # "the visit resulted in the signing of a memorandum"
    r"|\bthe\s+signing\s+of\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:memorand(?:um|a)|MoUs?|agreements?|accords?|"
    r"contracts?|letters?\s+of\s+intent)\b",
    re.I,
)
_NO_STATES = re.compile(r"\b(?:countries|states|governments|ministr\w+|nations|cities|regions)\b", re.I)


_UNNAMED_WORDS = re.compile(r"signed|signing of|reached|concluded|inked")


def _the_parties(doc: Doc, out: list[Partnership], n: int, meetings: list[Meeting]) -> None:
    """ "The parties agreed to sign a memorandum": the two sides of the article's meeting."""
    text = doc.sentences[n].text
    fold = text.casefold()
    if not meetings or not any(
        w in fold for w in ("sign", "conclu", "exchang", "adopt", "agreed on", "reached", "inked")
    ):
        return  # what _THE_PARTIES needs, tested cheaply first
    match = _THE_PARTIES.search(text)
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
        if i is not None and _top(doc, i) not in sides:
            sides.append(_top(doc, i))
    # "... visited B, where the two sides signed ...": names in the sentence only of the meeting's two sides
    if any(_top(doc, i) not in sides for i in doc.orgs_in(n)):
        return
    if len(sides) == 2:
        _add(doc, out, sides[0], sides[1], _kind(match.group(0)), _tie_status(doc.sentences[n].text), n)


def _just_after(doc: Doc, n: int, meetings: list[Meeting], window: int) -> bool:
    """Whether sentence ``n`` comes at most ``window`` sentences after the main meeting's."""
    ev = meetings[0].evidence if meetings else None
    return ev is not None and 0 <= n - doc.sentence_at(ev.start) <= window


#: "The two universities intend to open a joint laboratory": the two institutions just named.
_THE_TWO = re.compile(
    r"\bthe\s+two\s+(?:universities|institutions|schools|academies|institutes)\b[^.;]{0,40}?"
    r"\b(?:intend\w*|plan\w*|agreed|will|decided|are\s+going|hope|aim|have\s+agreed)\s+to\s+(?:jointly\s+)?"
    r"(?:launch|open|develop|establish|create|start|implement|set\s+up|run|organi[sz]e|hold|exchange|sign|conclude)\b",
    re.I,
)
_INSTITUTION_TYPES = frozenset(_INSTITUTION_TYPE_NAMES)


def _the_two(doc: Doc, out: list[Partnership], n: int) -> None:
    sent = doc.sentences[n]
    match = _THE_TWO.search(sent.text)
    if match is None:
        return
    named = _two_in_view(doc, n)
    if len(named) == 2:
        _add(doc, out, named[1], named[0], _kind(sent.text), _tie_status(sent.text), n)


def _two_in_view(doc: Doc, n: int) -> list[int]:
    """The institutions named in the three sentences before sentence ``n``, the latest first."""
    sent = doc.sentences[n]
    named: list[int] = []
    for m in sorted(doc.org_mentions, key=lambda m: -m.start):
        if m.start < sent.start and m.sentence >= n - 3:
            top = _top(doc, m.index)
            if doc.orgs[top].type in _INSTITUTION_TYPES and top not in named:
                named.append(top)
    return named


#: The two sides named by a plural after being named each: "both universities", "the two sides", "the parties".
_SIDES_REF = (
    r"(?:\b(?:the\s+two|both(?:\s+the)?)\s+(?:universities|institutions|schools|academies|institutes|sides|parties|partners)"
    r"|\bthe\s+(?:sides|parties|partners|interlocutors)"
    # "the universities have cooperated since": the two just named (not "the universities of Kenya")
    r"|\bthe\s+(?:universities|institutions)(?!\s+(?:of|in|from)\b)"
    r"|\bthe\s+(?:guests|visitors)\s+and\s+(?:the\s+)?hosts|\bthe\s+hosts\s+and\s+(?:the\s+)?(?:guests|visitors))\b"
)
#: "Both sides expressed interest in deepening cooperation", "the two institutions have cooperated since 2012",
#: "relations between the two universities": a tie of the two, not with a third party ("cooperation with B").
_SIDES_TIE = re.compile(
    rf"{_SIDES_REF}[^.;]{{0,80}}?\b(?P<tie>cooperat\w*|collaborat\w*|partnership|relations|ties|memorand\w*|agreements?|"
    r"MoUs?|work(?:ed|ing|s)?\s+(?:closely\s+)?together|(?P<joint>joint\s+(?:[\w\-]+\s+)?(?:programs?|programmes?|research|"
    r"projects?)|academic\s+mobility|(?:student|academic|staff)\s+exchanges?))\b"
    r"(?!\s+(?:with|between)\b(?!\s+(?:each\s+other|one\s+another)))"
    rf"|\b(?:cooperation|collaboration|partnership|relations|ties|{_TIE})\s+between\s+"
    r"(?:the\s+two|both(?:\s+the)?)\s+(?:universities|institutions|schools|academies|institutes|sides|parties)\b"
    # "both universities agreed to develop joint programmes": a joint undertaking of the two
    rf"|{_SIDES_REF}[^.;]{{0,40}}?\b(?:intend\w*|plan\w*|(?P<agreed>agreed|decided)|will|are\s+going|hope|aim|"
    r"have\s+agreed)\s+to\s+(?:\w+ly\s+)?(?:launch|open|develop|establish|create|start|implement|set\s+up|run|organi[sz]e|"
    r"hold|exchange|sign|conclude|form)\b"
    # "the meeting focused on joint supervision": what the meeting's two sides spoke of
    r"|(?P<talk>\bthe\s+(?:meeting|talks|visit|negotiations)\s+(?:focused|centred|centered|concentrated|was\s+devoted|"
    r"were\s+devoted|dealt|touched)\b[^.;]{0,60}?\b(?:cooperat\w*|collaborat\w*|partnership|joint\s+(?:[\w\-]+\s+)?"
    r"(?:programs?|programmes?|research|projects?|supervision)|academic\s+mobility|exchanges?)\b)",
    re.I,
)
#: A plural that stands for the sides of the meeting rather than for two institutions named just before.
_MEETING_SIDES = re.compile(r"\b(?:sides|parties|interlocutors|guests|hosts|visitors)\b", re.I)


def _both_sides(doc: Doc, out: list[Partnership], n: int, meetings: list[Meeting]) -> None:
    """ "Both sides expressed interest in deepening cooperation": the two institutions the article met or named.

    Only institutions (universities, schools, institutes): an embassy or a ministry across the table talks
    of its country's cooperation, not of a partnership of its own.
    """
    sent = doc.sentences[n]
    match = _SIDES_TIE.search(sent.text)
    if match is None or doc.orgs_in(n):
        return
    talk = match.group("talk") is not None
    sides = talk or _MEETING_SIDES.search(match.group(0)) is not None
    named = _meeting_institutions(doc, n, meetings) if sides else []
    if (talk or (sides and match.group("joint"))) and len(named) != 2:
        return  # "the parties discussed joint programmes": of the meeting's two institutions only
    near = _just_after(doc, n, meetings, 6) or (meetings and _OF_THE_MEETING.search(sent.text))
    if len(named) != 2 and sides and match.group("agreed") and near:
        # "the parties agreed to implement the proposals": a deed agreed on binds any two sides, an embassy too
        named = list(
            dict.fromkeys(i for name in meetings[0].organizations if (i := _top_of(doc, name)) is not None)
        )
    if len(named) != 2:
        named = _two_in_view(doc, n)[::-1]
    if len(named) != 2:
        named = _meeting_institutions(doc, n, meetings)
    if len(named) == 2:
        _add(doc, out, named[0], named[1], _kind(sent.text), _tie_status(sent.text), n)


#: A sentence that speaks of the meeting ("at the end of the meeting, the parties agreed to ...").
_OF_THE_MEETING = re.compile(r"\b(?:the|this)\s+(?:meeting|talks|visit|negotiations|conversation)\b", re.I)


def _top_of(doc: Doc, name: str) -> int | None:
    i = doc.find_org(name)
    return _top(doc, i) if i is not None else None


def _meeting_institutions(doc: Doc, n: int, meetings: list[Meeting]) -> list[int]:
    """The two institutions of the meeting told just before sentence ``n`` (none if a state's body sat there)."""
    ev = meetings[0].evidence if meetings else None
    if ev is None or not 0 <= n - doc.sentence_at(ev.start) <= 6:
        return []
    sides: list[int] = []
    for name in meetings[0].organizations:
        i = doc.find_org(name)
        if i is None:
            continue
        top = _top(doc, i)
        if doc.orgs[top].type in ("Embassy", "Ministry", "Government"):
            return []
        if doc.orgs[top].type in _INSTITUTION_TYPES and top not in sides:
            sides.append(top)
    return sides


def _pair_subjects(doc: Doc, out: list[Partnership], n: int) -> None:
    """ "A and B signed / have been engaged in a partnership / intend to ...": two named subjects."""
    sent = doc.sentences[n]
    mentions = doc.org_mentions_in(n)
    if len(mentions) < 2:
        return
    for a, b in pairwise(mentions):
        if a.index == b.index or b.start - a.start > 200:
            continue
        gap = doc.text[_mention_end(doc, a.index, a.start) : b.start]
        linked = _PAIR_LINK.match(gap)
        if not linked and not _HEADLINE_LINK.match(gap):
            continue
        clause = doc.text[_mention_end(doc, b.index, b.start) : sent.end]
        if not linked and not _HEADLINE_VERB.match(clause):
            continue
        verb = _PAIR_VERB.match(clause)
        if verb:
            status = "proposed" if verb.group(0).lstrip().lower().startswith("to ") else _tie_status(clause)
            _add(doc, out, a.index, b.index, _kind(clause), status, n)


def _kind(text: str) -> str:
    text = text.lower()
    if "memorand" in text or "mou" in text:
        return "MoU"
    if "agreement" in text:
        return "agreement"
    # a programme the two run: the kind of the programme
    if re.search(r"\b(?:double|dual)[\s\-]+degree", text):
        return "double-degree"
    if re.search(r"\bjoint[\s\-]+(?:degree|programme|program)", text):
        return "joint"
    if "membership" in text or "member of" in text:
        return "membership"
    return "exchange" if re.search(r"\bexchange\s+(?:programme|program)", text) else "other"


def _proposals(doc: Doc, out: list[Partnership], n: int, meetings: list[Meeting]) -> None:
    """ "cooperation with X was discussed", "looks forward to collaborating with X"."""
    sent = doc.sentences[n]
    for match in _COOP_WITH.finditer(sent.text):
        if not _PROPOSED.search(sent.text):
            continue
        objs = _objects(doc, n, sent.start + match.end())
        subject = _subject(doc, n, sent.start + match.start())
        if subject is None or subject in objs:
            subject = _host(doc, meetings, sent.start)
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


def _add(
    doc: Doc, out: list[Partnership], a: int | None, b: int | None, kind: str, status: str, n: int
) -> None:
    if a is None or b is None:
        return
    a, b = _top(doc, a), _top(doc, b)
    if a == b:
        return
    pair = sorted([doc.orgs[a].name, doc.orgs[b].name])
    for p in out:
        if sorted(p.between) == pair:
            return
    out.append(Partnership([doc.orgs[a].name, doc.orgs[b].name], kind, status, doc.evidence(n)))


def _between_the_two(sentence: str, partners: list[str]) -> bool:
    """Whether "between" in ``sentence`` names the two partners ("between Saudi and Kenyan universities,
    including scholarships at A and B" is no programme between A and B)."""
    at = sentence.find("between ")
    while at >= 0:
        after = sentence[at + 8 : at + 8 + 30 + sum(len(p) for p in partners)]
        if all(p in after for p in partners):
            return True
        at = sentence.find("between ", at + 8)
    return False


#: A programme still to come: "will launch", "plan to open", "talks on a joint degree".
_PROGRAMME_PLANNED = re.compile(
    r"\b(?:will|launch(?!ed)|plan|intend|propos|discuss|talks|negotiat|consider|explor|prepar)", re.I
)
#: Programmes that two institutions cannot run without partnering: both award or teach the degree.
_PARTNERED_KINDS = frozenset({"double-degree", "joint"})
_INSTITUTIONS = frozenset({"University", "School", "ResearchInstitute", "Faculty", "Centre"})


def programme_partnerships(
    found: list[Partnership], programmes: list[Programme], types: dict[str, str] | None = None
) -> list[Partnership]:
    """Add to ``found``: a programme "between A and B" is also a partnership of A and B.

    So is a double-degree or joint programme of exactly two institutions (``types`` maps an
    organisation's name to its type), wherever the article names them.
    """
    out = list(found)
    types = types or {}
    for prog in programmes:
        if any(sorted(p.between) == sorted(prog.partners) for p in out):
            continue
        ev = prog.evidence
        two_institutions = (
            prog.kind in _PARTNERED_KINDS
            and len(prog.partners) == 2
            and all(types.get(name) in _INSTITUTIONS for name in prog.partners)
        )
        if (
            len(prog.partners) == 2
            and ev
            and (two_institutions or _between_the_two(ev.sentence, prog.partners))
        ):
            status = "proposed" if _PROGRAMME_PLANNED.search(ev.sentence) else "existing"
            out.append(Partnership(list(prog.partners), prog.kind, status, ev))
    return out


#: "..., B, with which a memorandum was signed", "B, with which it has an exchange agreement": a tie told in a
#: relative clause of B; the other party is the clause's subject.
_WITH_WHICH = re.compile(
    rf"^\s*(?:\([^()]{{1,30}}\)\s*)?,?\s+with\s+which\s+(?:(?:it|they|the\s+\w+|we)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:signed|concluded|inked|has|have|had|cooperates?|cooperated|partners?|partnered|works?|worked)\b|"
    rf"(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){{0,3}}?{_TIE}[^.;]{{0,80}}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:signed|concluded|inked|renewed|established)\b)",
    re.I,
)


def _with_which(doc: Doc, out: list[Partnership], n: int) -> None:
    for m in doc.org_mentions_in(n):
        end = _mention_end(doc, m.index, m.start)
        match = _WITH_WHICH.match(doc.text[end : end + 200])
        if match is not None and _named_at(doc, m):
            subject = _subject(doc, n, m.start)
            _add(doc, out, subject, m.index, _kind(match.group(0)), _tie_status(match.group(0)), n)
