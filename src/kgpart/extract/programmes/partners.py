"""Who runs a programme: its partners, from its sentence, its neighbours and the article's ties.

``run_by`` gives the first pass the organisations of a sentence (else the article's main institution);
``sides_before`` the two institutions named just before (else the two sides of the article's meeting),
which ``partners_by_noun`` gives a programme told with "the two universities"; ``partner_told_later``
takes a partner from the next sentences ("It is run together with B"). ``partners_from_ties`` runs
after partnerships are found: a programme with one partner or none takes the parties of the tie it
belongs to.
"""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc
from kgpart.extract.programmes.wordings import REFERS_BACK, UNDER_IT
from kgpart.extract.record import Meeting, Partnership, Programme
from kgpart.extract.tokens import head_type

_BETWEEN = re.compile(r"\bbetween\s+", re.I)
_INSTITUTIONS = frozenset({"University", "School", "ResearchInstitute"})


def run_by(doc: Doc, n: int, pos: int, given: bool = False) -> list[str]:
    """Organisations of the sentence, those after "between" first; else the article's main one. Places ``given``
    (scholarships, fellowships, grants, places, quotas) in a sentence naming their giver, a state body, an embassy or a
    fund but no institution, are the giver's alone: "The Embassy of Japan will award 25 scholarships" is not the
    article's university's too. A backer of the sentence ("with the support of the Ministry", "in the presence of the
    Embassy") is none of two or more others' partners (``_without_backers``)."""
    names = _run_by(doc, n, pos, given)
    return _without_backers(doc, n, names) if len(names) >= 3 else names


#: The words right before an organisation named as a backer, not a doer: "with the (financial) support of (the)",
#: "in the presence of", "under the auspices | patronage of", "with the assistance of".
_BACKER = re.compile(
    r"\b(?:support|presence|auspices|patronage|assistance)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _without_backers(doc: Doc, n: int, names: list[str]) -> list[str]:
    """``names`` less the organisations sentence ``n`` names only as backers, when two or more others are left."""
    text, base = doc.sentences[n].text, doc.sentences[n].start
    backed: dict[str, bool] = {}
    for m in doc.org_mentions_in(n):
        name = doc.orgs[m.index].name
        backer = _BACKER.search(text, max(0, m.start - base - 40), m.start - base) is not None
        backed[name] = backed.get(name, True) and backer
    kept = [name for name in names if not backed.get(name, False)]
    return kept if len(kept) >= 2 else names


def _run_by(doc: Doc, n: int, pos: int, given: bool) -> list[str]:
    """``run_by`` before its backers are taken out."""
    names = [doc.orgs[i].name for i in doc.orgs_in(n)]
    between = _BETWEEN.search(doc.sentences[n].text, pos - doc.sentences[n].start)
    if between is not None:
        # "a double degree agreement between A and B, in the presence of the Minister": A and B run it
        at = doc.sentences[n].start + between.end()
        parties = [doc.orgs[m.index].name for m in doc.org_mentions_in(n) if at <= m.start <= at + 200]
        if len(set(parties)) >= 2:
            return list(dict.fromkeys(parties))
    paired = _each_with_its_partner(doc, n, pos) if between is None and len(names) >= 2 else None
    if paired is not None:
        return paired
    if between is None and n > 0 and _IT_DOES.search(doc.sentences[n].text):
        # "A signed agreements with B and C. With B, it will launch a double degree": "it" is the institution the
        # sentence before opens on
        first = next((m for m in doc.org_mentions_in(n - 1) if doc.orgs[m.index].type in _INSTITUTIONS), None)
        if first is not None and first.start - doc.sentences[n - 1].start < 12:
            names += [doc.orgs[first.index].name] if doc.orgs[first.index].name not in names else []
    giver_only = given and bool(names) and all(doc.orgs[i].type not in _INSTITUTIONS for i in doc.orgs_in(n))
    if between is None and len(names) < 2 and doc.org_mentions and not giver_only:
        # a programme is run by the article's main institution when the sentence names no partners
        counts: dict[int, int] = {}
        for m in doc.org_mentions:
            if doc.orgs[m.index].type in ("University", "School", "ResearchInstitute"):
                counts[m.index] = counts.get(m.index, 0) + 1
        if counts:
            main = doc.orgs[max(counts, key=lambda i: (counts[i], -i))].name
            names += [main] if main not in names else []
    return names


#: " with (the) " right after a programme's name, perhaps past its field: "an exchange programme with B", "a double
#: degree in law with B".
_WITH_AFTER = re.compile(r"(?:\s+(?:in|on)\s+[\w\s\-’']{1,60}?)?\s+with\s+(?:the\s+)?")
#: " with (the) " just before a name: a partner of a programme told before it, not a subject.
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")


def _each_with_its_partner(doc: Doc, n: int, pos: int) -> list[str] | None:
    """ "The university implements a double degree with B and an exchange programme with C": in a sentence naming
    two or more organisations, the programme ending at ``pos`` followed by "with C" is run by C and the sentence's
    subjects (the organisations named before it not themselves after "with", else the article's main institution),
    not by every organisation of the sentence."""
    text = doc.sentences[n].text
    base = doc.sentences[n].start
    with_ = _WITH_AFTER.match(text, pos - base)
    if with_ is None:
        return None
    mentions = doc.org_mentions_in(n)
    partner = next((m for m in mentions if m.start == base + with_.end()), None)
    if partner is None:
        return None
    subjects = [
        m
        for m in mentions
        if m.start < pos and m.index != partner.index and not _WITH_BEFORE.search(text, 0, m.start - base)
    ]
    if subjects:
        return list(
            dict.fromkeys([*(doc.orgs[m.index].name for m in subjects), doc.orgs[partner.index].name])
        )
    else:
        counts: dict[int, int] = {}
        for m in doc.org_mentions:
            if doc.orgs[m.index].type in _INSTITUTIONS:
                counts[m.index] = counts.get(m.index, 0) + 1
        if not counts:
            return None
        subject = doc.orgs[max(counts, key=lambda i: (counts[i], -i))].name
    partner_name = doc.orgs[partner.index].name
    return [subject, partner_name] if subject != partner_name else None


#: The article's institution as the subject pronoun: "it will launch", "it also runs".
_IT_DOES = re.compile(
    r"\b(?:[Ii]t|[Tt]he\s+university)\s+(?:will|would|has|had|is|was|also|plans|intends|signed|launched|opened|runs|offers|"
    r"agreed)\b"
)


def sides_before(doc: Doc, n: int, meetings: list[Meeting]) -> list[str]:
    """The two institutions named in the three sentences before ``n``, else the two sides of the meeting."""
    sides: list[str] = []
    for m in sorted(doc.org_mentions, key=lambda m: -m.start):
        if m.sentence < n and m.sentence >= n - 3:
            org = doc.orgs[m.index]
            if org.type in _INSTITUTIONS and org.name not in sides and not org.part_of:
                sides.append(org.name)
    if len(sides) != 2 and meetings:
        sides = [name for name in meetings[0].organizations if doc.find_org(name) is not None]
    return list(reversed(sides))


def partners_by_noun(doc: Doc, n: int, here: list[Programme], meetings: list[Meeting]) -> None:
    """ "The two universities will launch a joint programme": the two institutions named just before."""
    sides = sides_before(doc, n, meetings)
    if len(sides) != 2:
        return
    for prog in here:
        if len(prog.partners) < 2:
            prog.partners += [s for s in sides if s not in prog.partners]


#: "The programme is run together with B", "Its partner is B", "in partnership with B": the partner named next.
_WITH_PARTNER = re.compile(
    r"\b(?:(?:together|jointly|in\s+(?:cooperation|partnership|collaboration|conjunction))\s+with|"
    # "The programme, run with B, ..."
    r"(?:run|offered|delivered|organi[sz]ed|taught|implemented|conducted|developed|designed|created|established)\s+"
    r"(?:together\s+|jointly\s+)?with|"
    r"(?:partner|partners|partner\s+(?:university|institution))\s+(?:is|are|will\s+be)|co-?organi[sz]ed\s+by)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: A sentence that opens on the partner: "The partner institution is B", "Its partner university will be B".
_PARTNER_FIRST = re.compile(
    r"^\W*(?:The|Its|Their)\s+(?:(?:foreign|overseas|international|European|Asian|African|American)\s+)?partner\b"
)


#: The partner as the subject: "B will be the partner institution", "B is its partner" (read from B's mention on).
_PARTNER_AFTER = re.compile(
    r"[^,;]{0,100}?[A-Za-z)]\s+(?:is|will\s+be|was|becomes|has\s+become)\s+(?:the|its|their)\s+(?:[\w\-]+\s+)?partner\b"
)


def partner_told_later(doc: Doc, prog: Programme) -> None:
    """ "A launched a double-degree programme. It is run together with B.": the partner in the next two sentences
    that point back to the programme."""
    n = doc.sentence_at(prog.evidence.start) if prog.evidence else 0
    for k in range(n + 1, min(n + 3, len(doc.sentences))):
        sent = doc.sentences[k]
        # "B will be the partner institution": the partner as the subject, named just before
        after = [m for m in doc.org_mentions_in(k) if _PARTNER_AFTER.match(doc.text, m.start, m.start + 140)]
        if not REFERS_BACK.search(sent.text) and not _PARTNER_FIRST.match(sent.text) and not after:
            continue
        for m in doc.org_mentions_in(k):
            name = doc.orgs[m.index].name
            if name not in prog.partners and (
                m in after or _WITH_PARTNER.search(doc.text, max(sent.start, m.start - 60), m.start)
            ):
                prog.partners.append(name)
                return


#: Kinds two institutions run together: a double degree or a joint programme has two sides.
TWO_SIDED = frozenset({"double-degree", "joint"})


#: How far back (characters) the agreement a sentence points to (``UNDER_IT``) may be told.
_TIE_REACH = 600


def partners_from_ties(programmes: list[Programme], partnerships: list[Partnership]) -> None:
    """A double-degree, joint or exchange programme told with one partner or none takes the other from the article's
    tie: the one partnership of its partner, or the article's only partnership; another programme run by one
    institution takes the other institution of its one tie. A programme of any kind told as the content of an
    agreement ("Under the agreement, ...") takes that agreement's parties."""
    if not partnerships:
        return
    for prog in programmes:
        tie = _tie_pointed_to(prog, partnerships)
        if tie is not None:
            prog.partners += [name for name in tie.between if name not in prog.partners]
    for prog in programmes:
        # a programme of another kind run by one institution ("the MIT visiting students programme") is the tie's
        # too when the tie is between two institutions; a scholarship or places stay their giver's, unless the giver is
        # an institution whose one tie was told before them (``_given_after_its_tie``)
        run_by_one = (
            len(prog.partners) == 1 and prog.kind in ("other", "internship") and not _GIVEN.search(prog.name)
        )
        two_sided = _two_sided(prog)
        given_by_one = not two_sided and len(prog.partners) == 1 and _GIVEN.search(prog.name) is not None
        if not (two_sided or run_by_one or given_by_one) or len(prog.partners) >= 2:
            continue
        if prog.partners:
            ties = [p for p in partnerships if prog.partners[0] in p.between]
        else:
            ties = partnerships if len(partnerships) == 1 else []
        if given_by_one and not (len(ties) == 1 and _given_after_its_tie(prog, ties[0])):
            continue
        if len(ties) == 1 and (prog.kind in TWO_SIDED or all(map(_an_institution, ties[0].between))):
            prog.partners += [name for name in ties[0].between if name not in prog.partners]


def _given_after_its_tie(prog: Programme, tie: Partnership) -> bool:
    """ "A signed a memorandum with B. [...] A will award 20 scholarships a year.": places or scholarships given by an
    institution (not a state body, an embassy or a fund) told after its one tie, with another institution, are that
    tie's. Told before the tie ("A offers 20 scholarships a year. A also signed a memorandum with B.") they stay the
    giver's. Over the thirteen labelled sets (session 16) this gave 11 programmes a second partner, 10 of them one the
    gold programme of both partners has."""
    return (
        _an_institution(prog.partners[0])
        and tie.evidence is not None
        and prog.evidence is not None
        and tie.evidence.start <= prog.evidence.start
    )


def _an_institution(name: str) -> bool:
    """A university, school or institute by the head words of its name (an exchange runs between such)."""
    return any(head_type(w) in _INSTITUTIONS for w in name.split())


def _two_sided(prog: Programme) -> bool:
    """A double degree, a joint programme or an exchange runs between two sides; a scholarship has a giver."""
    return prog.kind in TWO_SIDED or (
        prog.kind == "exchange" and _EXCHANGE_NAME.search(prog.name) is not None
    )


_EXCHANGE_NAME = re.compile(r"exchange|mobility|Erasmus|Mevlana", re.IGNORECASE)
#: Programmes one side gives: places, scholarships, grants, quotas.
_GIVEN = re.compile(r"scholarship|fellowship|grant|places|quota|stipend", re.IGNORECASE)


def _tie_pointed_to(prog: Programme, partnerships: list[Partnership]) -> Partnership | None:
    """The partnership told last before (or in) a programme's sentence that says it follows from an agreement."""
    ev = prog.evidence
    if ev is None or not UNDER_IT.search(ev.sentence):
        return None
    before = [
        p
        for p in partnerships
        if p.evidence is not None
        and ev.start - _TIE_REACH <= p.evidence.start <= ev.start
        and len(p.between) == 2
    ]
    return max(before, key=lambda p: p.evidence.start if p.evidence else 0, default=None)


def institutions_of_its_sentence(doc: Doc, programmes: list[Programme]) -> None:
    """A programme told as run by two or more institutions is run by every university, school or institute its
    sentence names: "The Faculty of Law of Ghent University, Leiden University and KU Leuven launched a joint master's
    programme" is Ghent University's too, named inside its faculty's name (or by an alias no mention was read for). A
    sentence with "with" is left as read ("A and B will launch a double degree with C, which D accredited"), and so is
    a programme of one partner (an institution named beside it may have another role)."""
    institutions = [o for o in doc.orgs if o.type in _INSTITUTIONS]
    for prog in programmes:
        if prog.evidence is None or len(prog.partners) < 2 or " with " in prog.evidence.sentence:
            continue
        sentence = prog.evidence.sentence
        for org in institutions:
            if org.name not in prog.partners and any(
                _named_in(name, sentence) for name in (org.name, *org.aliases)
            ):
                prog.partners.append(org.name)


def _named_in(name: str, sentence: str) -> bool:
    """``name`` occurs in ``sentence`` as whole words."""
    at = sentence.find(name) if name else -1
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not sentence[at - 1].isalnum()) and (
            end == len(sentence) or not sentence[end].isalnum()
        ):
            return True
        at = sentence.find(name, at + 1)
    return False
