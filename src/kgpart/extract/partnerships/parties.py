"""The parties of a clause: its subject, the institutions it lists as objects, one named by its kind.

All readers share these helpers, and `_add` that records a pair as a partnership, so they sit
below the readers and import none of them."""

from __future__ import annotations

import functools
import re

from kgpart.extract.doc import Doc, Mention
from kgpart.extract.gazetteer import ORG_HEADS
from kgpart.extract.partnerships.vocabulary import (
    _GOVERNED,
    _INSTITUTION_TYPE_NAMES,
    _INSTITUTION_TYPES,
    _ROLE_WORDS,
    is_plural_name,
)
from kgpart.extract.record import Partnership

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
    r"(?:\s+(?:this|last|in\s+the\s+past|over\s+the\s+past)\s+(?:\w+\s+)?(?:years?|months?|semesters?)|\s+(?:in|since)\s+(?:19|20)\d\d)?"
)


_GENERIC_LEAD = re.compile(
    rf"^\s*(?:the\s+)?{_GENERIC_ITEM}(?:\s*,\s*(?:and\s+)?{_GENERIC_ITEM}|\s+and\s+{_GENERIC_ITEM})*"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|,?\s+(?:including|such\s+as|among\s+them|notably|in\s+particular|namely|"
    r"particularly|especially)\s+(?:with\s+)?)(?:the\s+)?$"
)


_LIST_GAP = re.compile(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:in|since)\s+(?:19|20)\d\d\s*)?"  # "with A in 2019 and with B in 2021"
    # "between A, Belgium, and B, Kenya": a place in commas after a name, before "and"
    r"(?:,\s*[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}(?=\s*,|\s+(?:and|&)\s))?"
    # the rest of a name read short ("University of Tunis El Manar and B"), before a comma or "and"
    r"(?:(?:[A-Z][\w\-’']+\s*){1,2}(?=,|and\s|&))?"
    r"(?:(?:in|from)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s*)?"  # "with A in Japan, B in Korea"
    # "A, B, as well as C", "with A and also with C"
    r"(?:(?:,|and|,\s*and|,?\s*as\s+well\s+as|&)\s*(?:also\s+)?"
    r"(?:the\s+following(?:\s+[a-z]+){0,2}\s*:\s*)?"  # "between A and the following universities: B, C"
    # "a memorandum with A and an agreement (on mobility) with B"
    r"(?:(?:a|an|another|the)\s+(?:[\w\-]+\s+){0,2}?(?:memorand\w*|agreements?|MoUs?|accords?|contracts?)\s+"
    r"(?:(?:on|for|of|in)\s+(?:[a-z][\w\-]*\s+){1,3})?)?(?:with\s+)?)?(?:the\s+)?"
    # "with Japan's B and Korea's C": a country's possessive before a name
    r"(?:[A-Z][a-z]+[’']s\s+)?$"
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


def top_institution(doc: Doc, i: int) -> int:
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
    we = _WE.search(clause[-60:])
    if we is not None and not any(m.start >= pos - 60 + we.start() for m in before):
        # "'We have signed an MoU with B,' said X, rector of A": the speaker's institution
        speaker = _speaker_org(doc, n)
        if speaker is not None:
            return speaker
    people = [m for m in doc.person_mentions_in(n) if m.start < pos]
    reported = list(_REPORTED_THAT.finditer(clause))
    if reported and people:
        # "Rector X of C noted that A has been cooperating with B": the reported clause's own subject
        said = sent.start + reported[-1].end()
        in_clause = [m for m in before if m.start >= said]
        acting = [m for m in in_clause if not _is_object(doc, in_clause, m)]
        if acting and all(p.start < said for p in people):
            return min(acting, key=lambda m: m.start).index
    if people and (not before or min(p.start for p in people) < min(m.start for m in before)):
        aff = doc.find_org(doc.persons[min(people, key=lambda m: m.start).index].affiliation)
        if aff is not None:
            return aff
    if before:
        # "A cooperates with B and C, and plans to sign ... with D": B and C are objects, not the subject
        subjects = [m for m in before if not _is_object(doc, before, m)]
        if subjects:
            return max(subjects, key=lambda m: m.start).index
        # "... students study at A, and the university has ...": the university is A, named as a place
        last = max(before, key=lambda m: m.start)
        gap = doc.text[_mention_end(doc, last.index, last.start) : pos]
        top = top_institution(doc, last.index)
        if _THE_INSTITUTION_AFTER.match(gap) and doc.orgs[top].type in _INSTITUTION_TYPES:
            return top
        return None
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
        r"\b(?:the|this)\s+(?:[A-Z][\w\-]+\s+)?(?:university|institution|school|academy)\b|(?:^|[,;:]\s*)(?:it|its)\b"
        # "The delegation signed ...", "On Tuesday it signed ...": the institution the sentences before are about
        r"|^\s*the\s+(?:university[’']s\s+)?delegation\b"
        r"|^\s*(?:on|in|last|this|later|then|earlier|today|yesterday|recently|also|now|during)\b[^,;.]{0,30}?\s(?:it|its)\b",
        clause,
        re.I,
    ):
        return _recent_subject(doc, n)
    people = [m for m in doc.person_mentions_in(n) if m.start < pos]
    if people:
        return doc.find_org(doc.persons[max(people, key=lambda m: m.start).index].affiliation)
    if _HE_SHE.match(clause):
        return _last_speaker_org(doc, sent.start, n)
    opening = _TITLE_OPENS.match(clause)
    if (
        opening is not None
    ):  # "The Korean Mayor expressed his readiness to ...": the post's holder named before
        return _titled_org(doc, opening.group("title"), sent.start, n)
    return None


#: A speaker's own institution as the actor: "we", "our university" (the last words before the verb).
_WE = re.compile(
    r"(?:^|[^\w\-’'])(?:we|our\s+(?:[\w\-]+\s+)?(?:university|institution|institute|academy|college|school|faculty))\b"
    r"(?:\s+(?:have|has|had|will|would|are|were|also|already|now|recently|jointly|successfully|have\s+been|"
    r"are\s+now|closely|actively|\w+ly))*"
    # "we are proud / happy / ready to partner with B"
    r"(?:\s+(?:proud|happy|glad|delighted|pleased|honou?red|keen|eager|ready|going|want|hope|plan|intend|wish|aim|"
    r"continue|seek)\s+to)?\s*$",
    re.I,
)


def _speaker_org(doc: Doc, n: int) -> int | None:
    """The institution of the one who speaks in sentence ``n``: a person named in it, else the last one named
    in the three sentences before ("..., he said")."""
    for m in doc.person_mentions_in(n):
        aff = doc.find_org(doc.persons[m.index].affiliation)
        if aff is not None:
            return aff
    sent = doc.sentences[n]
    quoted = '"' in sent.text or "”" in sent.text
    said = _SAID_BY_POST.search(sent.text) if quoted and " of " in sent.text else None
    if said is not None:  # '"Our cooperation with B opens new doors," noted the rector of A'
        found = _first_object(doc, n, sent.start + said.end())
        if found is not None:
            return found[0]
    return _last_speaker_org(doc, sent.start, n)


#: A verb of speech after a quote, and a post held at the institution named next: 'noted the rector of A'.
_SAID_BY_POST = re.compile(
    rf"\b(?:said|says|noted|notes|stated|added|stressed|emphasi[sz]ed|underlined|remarked|explained)\s+(?:the\s+)?"
    rf"{_ROLE_WORDS}\s+of\s+(?:the\s+)?",
    re.I,
)


#: A verb of speech and its "that": what follows is a clause with a subject of its own.
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|noted|notes|stated|states|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underlines|"
    r"recalled|recalls|added|adds|announced|announces|reported|reports)\s+that\s+",
    re.I,
)


#: A new clause whose subject is "the university" right after an institution named as a place.
_THE_INSTITUTION_AFTER = re.compile(
    r"\s*[,;]\s*(?:and|while|whereas|but)?\s*(?:the|this)\s+(?:university|institution|institute|academy|college|school)\b",
    re.I,
)


#: A sentence whose subject is a post, maybe after a nationality: "The Korean Mayor expressed ...", "The rector noted".
#: Not an envoy's or a minister's: the cooperation they offer is their country's, not a tie of their office.
_TITLE_OPENS = re.compile(
    r"\W*the\s+(?:[A-Z][a-z]+\s+)?(?P<title>(?:vice-|deputy\s+)?(?:rector|president|chancellor|provost|dean|director|"
    r"mayor|governor|akim))\b(?!\s+of\b)",
    re.I,
)


#: "the embassy", "the ministry" as the actor of a clause.
_THE_BODY = re.compile(r"\bthe\s+(?:embassy|consulate|ministry)\b(?!\s+of\b)", re.I)


def _recent_subject(doc: Doc, n: int) -> int | None:
    """The institution "the university" or "it" stands for: the subject of the sentences just before (the one
    an article is about), not any university named last ("A renewed its agreement with B. The university also
    intends to ..." is A)."""
    for k in range(n - 1, max(-1, n - 4), -1):
        mentions = doc.org_mentions_in(k)
        lead = doc.text[doc.starts[k] : mentions[0].start] if mentions else ""
        if mentions and len(lead) <= 40 and not _GOVERNED.search(lead):
            top = top_institution(doc, mentions[0].index)
            if doc.orgs[top].type in _INSTITUTION_TYPES and not is_plural_name(doc.orgs[top].name):
                return top
    # no sentence just before opens with an institution: the one the article is about so far (named at least
    # twice before and more often than any other), else the last named
    home = _home_institution(doc, doc.starts[n], strict=True)
    return home if home is not None else doc.recent_org(doc.starts[n])


def _home_institution(doc: Doc, before: int | None = None, *, strict: bool = False) -> int | None:
    """The institution the article is about: the one named most often (the first named of those), counting
    the names before ``before`` if given; ``strict``: only one named twice or more and more often than any other."""
    counts: dict[int, int] = {}
    for m in doc.org_mentions:
        top = top_institution(doc, m.index)
        if doc.orgs[top].type in _INSTITUTION_TYPES and (before is None or m.start < before):
            counts[top] = counts.get(top, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if strict and (ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0])):
        return None
    return max(counts, key=lambda i: counts[i])


#: A preposition or verb whose object a name is ("with B", "visited B"); "of" and "from" are left out: the rector
#: of A, a delegation from A act for A.
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|to|at|between|among|including|such\s+as|visited|met|welcomed|received|hosted|hosts|houses|housed)\s+(?:the\s+)?$",
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
    # a post with no name: "the rector of A visited ... The rector signed", the institution after "<title> of"
    for k in range(n - 1, max(-1, n - 4), -1):
        for m in reversed(doc.org_mentions_in(k)):
            lead = doc.text[max(doc.starts[k], m.start - 40) : m.start].lower()
            if re.search(rf"\b{re.escape(title)}\s+of\s+(?:the\s+)?$", lead):
                return m.index
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

    ``strict``: the first one must start at ``pos`` ("with the rector of A" lists no organisation), or after
    unnamed ones ("with 50 universities in Russia, including A").
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
        if (
            not out
            and (strict or len(gap) > 40)
            and gap.strip()
            and gap.strip().lower() != "both"  # "with both A and B"
            and not _GENERIC_LEAD.match(gap)
        ):
            break
        if not out and _GAP_CLAUSE.search(gap):
            break  # "cooperates with many universities, hosted the B delegation": a new clause, not a list
        if m.index not in out:
            out.append(m.index)
        last_end = _mention_end(doc, m.index, m.start)
    return out


def _mention_end(doc: Doc, i: int, start: int) -> int:
    """Where the name of organisation ``i`` written at ``start`` ends: its longest name or alias written there."""
    org = doc.orgs[i]
    text = doc.text
    for name in _written_forms(org.name, *org.aliases):
        if text.startswith(name, start):
            return start + len(name)
    match = re.match(r"[\w’'\-.&]+", doc.text[start:])
    return start + (match.end() if match else 1)


@functools.lru_cache(maxsize=4096)
def _written_forms(*names: str) -> tuple[str, ...]:
    """An organisation's names and aliases as they may be written, the longest first: each, and each without its
    country ("Kazakhstan's Ministry of Science" for "Ministry of Science of Kazakhstan")."""
    forms = [*names, *(name.rsplit(" of ", 1)[0] for name in names if name.count(" of ") > 1)]
    return tuple(sorted(forms, key=len, reverse=True))


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


def _named_at(doc: Doc, m: Mention) -> bool:
    org = doc.orgs[m.index]
    return any(doc.text.startswith(name, m.start) for name in (org.name, *org.aliases))


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


#: "the university" (or "the rector of the university") where the party is named by its kind.
_THE_KIND = re.compile(r"\bthe\s+(?:university|institute|academy|embassy|consulate)\b", re.I)


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


def _first_object(doc: Doc, n: int, pos: int) -> tuple[int, int] | None:
    """The organisation named first right after ``pos`` in sentence ``n``, and where its name ends."""
    objects = _objects(doc, n, pos, strict=True)
    if not objects:
        return None
    mention = min((m for m in doc.org_mentions_in(n) if m.index == objects[0]), key=lambda m: m.start)
    return objects[0], _mention_end(doc, objects[0], mention.start)


def _both_institutions(doc: Doc, a: int | None, b: int | None) -> bool:
    return (
        a is not None
        and b is not None
        and all(doc.orgs[top_institution(doc, i)].type in _INSTITUTION_TYPES for i in (a, b))
    )


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


def _add(
    doc: Doc, out: list[Partnership], a: int | None, b: int | None, kind: str, status: str, n: int
) -> None:
    if a is None or b is None:
        return
    a, b = top_institution(doc, a), top_institution(doc, b)
    if a == b:
        return
    x, y = doc.orgs[a].name, doc.orgs[b].name
    # the pair tied already, in either order (each tie compared as it stands, not sorted again on every call)
    for p in out:
        if len(p.between) == 2 and (
            (p.between[0] == x and p.between[1] == y) or (p.between[0] == y and p.between[1] == x)
        ):
            return
    out.append(Partnership([x, y], kind, status, doc.evidence(n)))
