"""Programmes the first pass (quantities.find_programmes) leaves out or leaves incomplete.

Each rule is anchored on a cue word tested cheaply on the lower-cased sentence first:

- a proper name ending in Program(me), Scholarship or Fellowship, with a possessive or a body's
  name inside it ("the Bolashak President's Programme", "the Chinese Government Scholarship Program");
- places offered to a number of people: "scholarships to 25 students", "fellowships for ten researchers";
- a double degree told without the word: "diplomas of both universities", "two diplomas";
- a branch campus being opened: "a branch of A will open in Astana", "A opened its branch in Astana";
- a joint institute named as an organisation: "the Joint Institute of A and B";
- partners given as "the two universities" / "the sides": the two institutions named just before,
  or the two sides of the article's meeting;
- a programme with no count takes the one count of people its sentence gives.
"""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import WHO_WORDS
from kgpart.extract.numbers import NUMBER_RE, parse_number
from kgpart.extract.patterns import trie_pattern
from kgpart.extract.quantities import MAYBE_OPENING
from kgpart.extract.record import Meeting, Participants, Partnership, Programme
from kgpart.extract.tokens import head_type

_WHO = trie_pattern(WHO_WORDS.split("|"), fold=True)
#: "25 students", "up to eight young researchers": a count of people, the number first.
_COUNT = re.compile(
    rf"(?<![\w,.])(?P<num>{NUMBER_RE})\s+(?:[\w\-’']+\s+){{0,2}}?(?P<who>{_WHO})\b",
    re.IGNORECASE,
)
#: A year or a date is not a count: "since 2015 students", "in 2020 graduates".
_YEAR = re.compile(r"(?:19|20)\d\d")

#: Words one of which every rule below needs (one scan of the lower-cased sentence).
_CUES = re.compile(
    r"program|scholarship|fellowship|grant|diploma|degree|branch|joint|the two|sides|parties|mobility|exchange|each"
)
#: "Within the framework of academic mobility, 15 students ...": an exchange told without "programme", with a count.
_MOBILITY = re.compile(
    r"\b(?:under|within|through|via|as\s+part\s+of|in\s+the\s+framework\s+of|within\s+the\s+framework\s+of)\s+"
    r"(?:the\s+|an?\s+)?(?:academic\s+|student\s+|staff\s+|international\s+)?(?:mobility|exchange)\b"
    r"(?!\s+(?:program|programme|scheme|agreement|memorandum))",
    re.IGNORECASE,
)

#: "the Bolashak President's Program", "the Chinese Government Scholarship Program"; an apostrophe the text's encoding
#: lost to "?" is still one ("President?s").
_NAMED = re.compile(
    r"(?<![\w’'])(?P<name>(?:[A-Z][\w\-+]*(?:[’'?]s)?\s+){1,5}(?:Program(?:me)?|Scholarships?|Fellowships?)(?:\s+Program(?:me)?)?)\b"
)
#: "on Nordic Horizon scholarships": two capitalised words or more before a kind in lower case.
_NAMED_LOWER = re.compile(
    r"(?<![\w’'])(?P<name>(?:[A-Z][\w\-+]*\s+){2,5}(?:programmes|programme|programs|program|scholarships?|fellowships?))\b"
)
#: "a Joint Master's Degree", "dual PhD programme": degrees in any case.
_DEGREE = re.compile(
    r"\b(?P<name>(?P<kind>double|dual|joint)[\s\-](?:(?:master|bachelor|doctoral|phd|mba|msc|bsc)(?:[’']s)?\s+)?"
    r"(?:(?:degrees?|diplomas?)(?:\s+programs?|\s+programmes?)?|programs?|programmes?))\b",
    re.IGNORECASE,
)
_KIND_WORD = re.compile(r"(?i:program|scholarship|fellowship)")
_NAME_STOP = frozenset(
    {"The", "This", "That", "These", "Under", "In", "Within", "Through", "For", "During", "A", "An"}
)

#: "offers scholarships to 25 students", "fellowships for ten researchers".
_PLACES_FOR = re.compile(
    r"\b(?P<kind>scholarships?|fellowships?|grants?|places)\s+(?:to|for)\s+"
    r"(?:(?:up\s+to|more\s+than|over|about|some|nearly|around|at\s+least)\s+)?"
    rf"(?P<num>{NUMBER_RE})\s+(?:[\w\-’']+\s+){{0,2}}?(?P<who>{_WHO})\b",
    re.IGNORECASE,
)

#: "fellowships for students of A", "scholarships to Kenyan students": places offered with no count.
_PLACES_FOR_ANY = re.compile(
    r"\b(?P<kind>scholarships?|fellowships?|(?:study|education|tuition)\s+grants?)\s+(?:to|for)\s+"
    rf"(?:the\s+|its\s+|their\s+)?(?:[\w\-’']+\s+){{0,3}}?(?P<who>{_WHO})\b",
    re.IGNORECASE,
)

#: A double degree without the word: "diplomas of both universities", "two diplomas".
_TWO_DIPLOMAS = re.compile(
    r"\b(?:(?:diplomas?|degrees?)\s+(?:from|of)\s+both\b|two\s+diplomas\b|two\s+degrees\b|"
    r"(?:diplomas?|degrees?)\s+of\s+(?:the\s+)?two\s+(?:universities|institutions|partner\s+universities)|"
    # "a diploma from A and a diploma from B", "a degree of A and another of B"
    r"\b(?:diploma|degree)\s+(?:from|of)\s+[^.;]{3,90}?\band\s+(?:a|an|another|one|the\s+other)\s+"
    r"(?:(?:diploma|degree)\s+)?(?:from|of)\s)",
    re.IGNORECASE,
)

#: "a branch of A (will be) opened", "A will open its branch (campus) in C".
_BRANCH_OF = re.compile(r"\bbranch(?:es)?\s+(?:campus\s+)?of\s+(?:the\s+)?", re.IGNORECASE)
_BRANCH_OPEN = re.compile(
    r"\b(?:open\w*|establish\w*|launch\w*|set\s+up|creat\w*|inaugurat\w*)\s+(?:a|an|its|their|the)\s+"
    r"(?:new\s+)?branch(?:\s+campus)?\b",
    re.IGNORECASE,
)
_OPENING = re.compile(
    r"\b(?:project|possibility|possibilities|potential|prospects?|idea|issue|question|feasibility|option)\s+"
    r"(?:of\s+|for\s+|to\s+)?(?:the\s+)?(?:open|establish|launch|creat|set(?:ting)?\s+up)\w*",
    re.IGNORECASE,
)
_OPENING = re.compile(r"\b(?:open\w*|establish\w*|launch\w*|set\s+up|creat\w*|inaugurat\w*)\b", re.IGNORECASE)

#: An organisation that is itself a joint programme: "the Joint Institute of A and B".
_JOINT_BODY = re.compile(
    r"\bJoint\s+(?:[A-Z][\w\-]*\s+){0,3}(?:Institute|Centre|Center|School|College|Laboratory|University)\b"
)

#: Partners given by a noun: "the two universities", "the sides", "the parties".
_THE_PARTNERS = re.compile(
    r"\bthe\s+(?:two\s+)?(?:universities|institutions|sides|parties|partners)\b|\bthe\s+two\s+(?:schools|academies|institutes)\b",
    re.IGNORECASE,
)
_INSTITUTIONS = frozenset({"University", "School", "ResearchInstitute"})
#: Kinds an article tells of once, perhaps in several wordings.
_ONCE = frozenset({"double-degree"})


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
    cued = {doc.sentence_at(m.start()) for m in _CUES.finditer(lower)}  # one scan of the article
    for n, sent in enumerate(doc.sentences):
        if n not in by_sentence and n not in cued:
            continue
        low = lower[sent.start : sent.end]
        here = by_sentence.setdefault(n, [])
        new: list[Programme] = []
        if "program" in low or "scholarship" in low or "fellowship" in low:
            new += _named(doc, n, here)
        if "scholarship" in low or "fellowship" in low or "grant" in low or "places" in low:
            _places_for(doc, n, here, new, out)
        if "diploma" in low or "degree" in low:
            new += _two_diplomas(doc, n, here, out) or _degrees(doc, n, here, out)
        if ("mobility" in low or "exchange" in low) and not any(p.kind == "exchange" for p in here):
            new += _mobility(doc, n)
        if "each" in low and not here:
            new += _each_side(doc, n)
        if "branch" in low:
            new += _branches(doc, n, here)
        if "joint" in low:
            new += _joint_bodies(doc, n, here, out)
        for prog in new:
            _add(out, here, prog)
        if here and _THE_PARTNERS.search(sent.text):
            _partners_by_noun(doc, n, here, meetings)
        for prog in here:
            if prog.participants.count is None:
                _count_of_sentence(doc, n, prog)
    return out


def _add(out: list[Programme], here: list[Programme], prog: Programme) -> None:
    """Add ``prog``, or merge it into one the article told of already: of the same kind in the sentence,
    of the same name, or of the same kind anywhere when that kind is one the article runs once (a double
    degree, a joint programme, told of again in other words)."""
    for old in [*here, *out]:
        same_kind = old.kind == prog.kind and (old in here or prog.kind in _ONCE)
        if same_kind or _norm(prog.name) in _norm(old.name) or _norm(old.name) in _norm(prog.name):
            old.partners += [p for p in prog.partners if p not in old.partners]
            if old.participants.count is None and prog.participants.count is not None:
                old.participants = prog.participants
            return
    out.append(prog)
    here.append(prog)


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", name.casefold()).split())


def _partners(doc: Doc, n: int, skip: int | None = None) -> list[str]:
    return [doc.orgs[i].name for i in doc.orgs_in(n) if i != skip]


def _named(doc: Doc, n: int, here: list[Programme]) -> list[Programme]:
    """Proper names of programmes with a possessive or a body's name inside them."""
    out: list[Programme] = []
    text = doc.sentences[n].text
    matches = []
    for cue in _KIND_WORD.finditer(text):
        # the capitalised words just before each kind word, not a scan from every capital of the sentence
        begin = max(0, cue.start() - 90)
        for regex in (_NAMED, _NAMED_LOWER):
            match = regex.search(text, begin, cue.end() + 10)
            while match is not None and match.end("name") < cue.end():
                match = regex.search(text, match.end(), cue.end() + 10)
            if match is not None:
                matches.append(match)
    for match in matches:
        words = match.group("name").split()
        while words and words[0] in _NAME_STOP:
            words.pop(0)
        if len(words) < 2:
            continue
        kind_at = next(
            k for k, w in enumerate(words) if w.lower().startswith(("program", "scholarship", "fellowship"))
        )
        if kind_at == 0 or (head_type(words[kind_at - 1]) and words[kind_at].lower().startswith("program")):
            continue  # "the University Programme": an institution's programme without a name of its own
        name = " ".join(words)
        if any(_norm(name) in _norm(p.name) or _norm(p.name) in _norm(name) for p in [*here, *out]):
            continue
        kind = "exchange" if re.search(r"scholarship|fellowship|exchange|mobility", name, re.I) else "other"
        out.append(Programme(name, kind, _partners(doc, n), Participants(), doc.evidence(n)))
    return out


def _places_for(doc: Doc, n: int, here: list[Programme], new: list[Programme], out: list[Programme]) -> None:
    """ "scholarships to 25 students": the count of a programme of the sentence, or one of its own."""
    for match in _PLACES_FOR.finditer(doc.sentences[n].text):
        count = parse_number(match.group("num"))
        if count is None or _YEAR.fullmatch(match.group("num").strip()):
            continue
        who = " ".join(match.group("who").split())
        target = next((p for p in [*here, *new] if p.participants.count is None), None)
        if target is not None:
            target.participants = Participants(count, who)
        elif not any(p.participants.count == count for p in out):
            kind = match.group("kind").lower()
            new.append(
                Programme(kind, "exchange", _partners(doc, n), Participants(count, who), doc.evidence(n))
            )
    if here or new:
        return
    # "the organisation of fellowships for students of A": a programme told without its size
    offered = _PLACES_FOR_ANY.search(doc.sentences[n].text)
    if offered is not None:
        kind = " ".join(offered.group("kind").lower().split())
        who = " ".join(offered.group("who").split())
        new.append(Programme(kind, "exchange", _partners(doc, n), Participants(None, who), doc.evidence(n)))


#: "diplomas from A and B": two institutions named after degrees in the plural (checked against the mentions).
_DIPLOMAS_OF = re.compile(
    r"\b(?:diplomas|degrees)\s+(?:from|of)\s+(?:both\s+)?(?:the\s+)?[A-Z][^.;]{2,90}?\s+and\s+(?:the\s+)?[A-Z]"
)


def _two_diplomas(doc: Doc, n: int, here: list[Programme], out: list[Programme]) -> list[Programme]:
    if any(p.kind == "double-degree" for p in here):
        return []
    partners = _partners(doc, n)
    if any(p.kind in _TWO_SIDED and all(name in p.partners for name in partners) for p in out):
        return []  # "Graduates receive diplomas from both universities": what the joint programme told of gives
    sent = doc.sentences[n]
    if not _TWO_DIPLOMAS.search(sent.text):
        match = _DIPLOMAS_OF.search(sent.text)
        if match is None:
            return []
        begin, end = sent.start + match.start(), sent.start + match.end()
        if sum(begin <= m.start < end for m in doc.org_mentions_in(n)) < 2:
            return []  # "degrees of Master and Doctor": no two institutions
    return [Programme("double degree", "double-degree", partners, Participants(), doc.evidence(n))]


def _degrees(doc: Doc, n: int, here: list[Programme], out: list[Programme]) -> list[Programme]:
    """A double, dual or joint degree the first pass missed ("the Joint Master's Degree in X").

    Not "new double-degree programmes" beside the one the article told of, nor degrees in the plural with no
    partner named: a class, not a programme."""
    for match in _DEGREE.finditer(doc.sentences[n].text):
        kind = "joint" if match.group("kind").lower() == "joint" else "double-degree"
        plural = match.group("name").endswith("s") and not match.group("name").endswith("’s")
        if plural and not doc.orgs_in(n):
            continue  # "branches operate here, including dual-degree programs": a class, with no partner named
        if not any(p.kind == kind for p in (out if plural else here)):
            return [Programme(match.group("name"), kind, _partners(doc, n), Participants(), doc.evidence(n))]
    return []


def _mobility(doc: Doc, n: int) -> list[Programme]:
    """An exchange told without "programme" is one when the sentence counts who took part in it."""
    text = doc.sentences[n].text
    if _MOBILITY.search(text) is None:
        return []
    prog = Programme("academic mobility", "exchange", _partners(doc, n), Participants(), doc.evidence(n))
    _count_of_sentence(doc, n, prog)
    return [prog] if prog.participants.count is not None else []


#: "five students from each university will spend a semester at the partner institution": an exchange.
_FROM_EACH = re.compile(
    rf"(?<![\w,.])(?P<num>{NUMBER_RE})\s+(?:[\w\-’']+\s+){{0,2}}?(?P<who>{_WHO})\s+(?:from|of)\s+each\s+"
    r"(?:university|side|institution|partner|school|country|party)\b",
    re.IGNORECASE,
)


def _each_side(doc: Doc, n: int) -> list[Programme]:
    """So many people from each side going to the other: an exchange, with its partners and count."""
    match = _FROM_EACH.search(doc.sentences[n].text)
    count = parse_number(match.group("num")) if match else None
    if match is None or count is None or _YEAR.fullmatch(match.group("num").strip()):
        return []
    who = " ".join(match.group("who").split())
    return [Programme("exchange", "exchange", _partners(doc, n), Participants(count, who), doc.evidence(n))]


def _branches(doc: Doc, n: int, here: list[Programme]) -> list[Programme]:
    """A branch campus being opened: "a branch of A will open in C", "A opened its branch in C"."""
    sent = doc.sentences[n]
    if any("branch" in p.name.lower() for p in here):
        return []
    if not _OPENING.search(sent.text):
        return []  # "branches of the university operate in ...": told of, not opened here
    if MAYBE_OPENING.search(sent.text):
        return []  # "discussed the possibility of opening a branch": a topic, not a campus
    owner: int | None = None
    match = _BRANCH_OF.search(sent.text)
    if match is not None:
        pos = sent.start + match.end()
        owner = next((m.index for m in doc.org_mentions_in(n) if pos <= m.start <= pos + 2), None)
    else:
        opened = _BRANCH_OPEN.search(sent.text)
        if opened is not None:
            pos = sent.start + opened.start()
            before = [m for m in doc.org_mentions_in(n) if m.start < pos]
            owner = max(before, key=lambda m: m.start).index if before else None
    if owner is None:
        return []
    partners = [doc.orgs[owner].name, *(name for name in _partners(doc, n) if name != doc.orgs[owner].name)]
    return [
        Programme(f"branch of {doc.orgs[owner].name}", "joint", partners, Participants(), doc.evidence(n))
    ]


def _joint_bodies(doc: Doc, n: int, here: list[Programme], out: list[Programme]) -> list[Programme]:
    """An organisation named "Joint ... Institute" is a joint programme of the others the sentence names."""
    found = []
    for i in doc.orgs_in(n):
        name = doc.orgs[i].name
        if not _JOINT_BODY.search(name) or any(p.name == name for p in out):
            continue
        partners = _partners(doc, n, skip=i)
        if any(p.kind == "joint" and set(partners) <= set(p.partners) for p in here):
            continue
        found.append(Programme(name, "joint", partners, Participants(), doc.evidence(n)))
    return found


def _partners_by_noun(doc: Doc, n: int, here: list[Programme], meetings: list[Meeting]) -> None:
    """ "The two universities will launch a joint programme": the two institutions named just before."""
    sides: list[str] = []
    for m in sorted(doc.org_mentions, key=lambda m: -m.start):
        if m.sentence < n and m.sentence >= n - 3:
            org = doc.orgs[m.index]
            if org.type in _INSTITUTIONS and org.name not in sides and not org.part_of:
                sides.append(org.name)
    if len(sides) != 2 and meetings:
        sides = [name for name in meetings[0].organizations if doc.find_org(name) is not None]
    if len(sides) != 2:
        return
    for prog in here:
        if len(prog.partners) < 2:
            prog.partners += [s for s in reversed(sides) if s not in prog.partners]


def _count_of_sentence(doc: Doc, n: int, prog: Programme) -> None:
    """A programme with no count takes the count of people its sentence gives, when it gives one."""
    counts = [
        m
        for m in _COUNT.finditer(doc.sentences[n].text)
        if not _YEAR.fullmatch(m.group("num").strip()) and parse_number(m.group("num"))
    ]
    if len({parse_number(m.group("num")) for m in counts}) == 1:
        prog.participants = Participants(
            parse_number(counts[0].group("num")), " ".join(counts[0].group("who").split())
        )


#: Kinds two institutions run together: a double degree or a joint programme has two sides.
_TWO_SIDED = frozenset({"double-degree", "joint"})


#: A programme told as the content of the agreement just signed: "Under the agreement, ...", "According to this
#: document, ...", "The memorandum provides for ...".
_UNDER_IT = re.compile(
    r"\b(?:under|according\s+to|within|in\s+(?:line|accordance)\s+with|as\s+part\s+of|thanks\s+to|through)\s+"
    r"(?:the\s+framework\s+of\s+)?(?:the|this|that|these|its)\s+(?:signed\s+|new\s+)?"
    r"(?:agreements?|memorand(?:um|a)|MoUs?|documents?|accords?|deal|treaty|protocol)\b"
    r"|\b(?:the|this)\s+(?:agreement|memorandum|MoU|document|accord)\s+(?:also\s+)?"
    r"(?:provides|envisages|foresees|stipulates|allows|includes|covers|opens|paves|enables)",
    re.IGNORECASE,
)
#: How far back (characters) the agreement such a sentence points to may be told.
_TIE_REACH = 600


def partners_from_ties(programmes: list[Programme], partnerships: list[Partnership]) -> None:
    """A double-degree or joint programme told with one partner or none takes the other from the article's
    tie: the one partnership of its partner, or the article's only partnership. A programme of any kind told
    as the content of an agreement ("Under the agreement, ...") takes that agreement's parties."""
    if not partnerships:
        return
    for prog in programmes:
        tie = _tie_pointed_to(prog, partnerships)
        if tie is not None:
            prog.partners += [name for name in tie.between if name not in prog.partners]
    for prog in programmes:
        if prog.kind not in _TWO_SIDED or len(prog.partners) >= 2:
            continue
        if prog.partners:
            ties = [p for p in partnerships if prog.partners[0] in p.between]
        else:
            ties = partnerships if len(partnerships) == 1 else []
        if len(ties) == 1:
            prog.partners += [name for name in ties[0].between if name not in prog.partners]


def _tie_pointed_to(prog: Programme, partnerships: list[Partnership]) -> Partnership | None:
    """The partnership told last before (or in) a programme's sentence that says it follows from an agreement."""
    ev = prog.evidence
    if ev is None or not _UNDER_IT.search(ev.sentence):
        return None
    before = [
        p
        for p in partnerships
        if p.evidence is not None
        and ev.start - _TIE_REACH <= p.evidence.start <= ev.start
        and len(p.between) == 2
    ]
    return max(before, key=lambda p: p.evidence.start if p.evidence else 0, default=None)
