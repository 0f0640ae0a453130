"""Where a cohort is (``_cohort_at``): the decision over every way a text tells a place.

An organisation named after the count (not one its people come from, nor a partner or ministry), a
short name ("at Birmingham"), a generic phrase ("at Japanese universities"), "there" or "at the partner
university", then the hosts told before the count (``hosts``), the country or city it went to
(``destinations``), "students of A", and a country that hosts. Also the place named right at a
position (``_place_at``), which the readers of parts use.
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts.clauses import _PART_ASIDE, _clause_end
from kgpart.extract.cohorts.destinations import (
    _HOME_OF,
    _country_went_to,
    _home_institution,
    _partner_named_here,
    _university_of_city,
    _without_seats,
)
from kgpart.extract.cohorts.hosts import (
    _HEAD_SAID,
    _HOST_VERB,
    _ITS_OR_AT_IT,
    _THE_UNIVERSITY_HAS,
    _generic_host_before,
    _host_before,
    _host_country_before,
    _inverted,
    _main_institution,
    _name_end,
    _place_ahead,
    _received_after_sending,
    _subject_host,
    _told_by_its_head,
)
from kgpart.extract.cohorts.words import _AT, _GONE, _ORIGIN, written_form
from kgpart.extract.doc import Doc, Mention
from kgpart.extract.gazetteer import country_of, find_countries, is_demonym
from kgpart.extract.numbers import NUMBER_RE


def _cohort_at(doc: Doc, n: int, start: int, end: int) -> str | None:
    """Where a cohort is: an organisation named after it, a generic phrase, or "there"."""
    sent = doc.sentences[n]
    after = [m for m in doc.org_mentions_in(n) if m.start >= end]
    clause_end = _clause_end(sent.text, end - sent.start)
    part = _PART_ASIDE.match(sent.text, clause_end)
    if part is not None:  # "3,200 students, including 1,100 from India, study at B": B is past the part
        clause_end = _clause_end(sent.text, part.end())
    clause_end += sent.start
    near = [m for m in after if m.start < clause_end]
    # "students of A | from A (and B) study at C": A and B are where they come from; C, when named, where they are
    origins = _origins(doc, near, sent.start)
    next_subject = next((m for m in near if m.index not in origins and _opens_a_clause(doc, m)), None)
    if next_subject is not None:  # "A has 320 students from Ghana and B has 45": B opens a clause of its own
        clause_end = next_subject.start
        near = [m for m in near if m.start < clause_end]
    places = [
        m
        for m in near
        if m.index not in origins
        and doc.orgs[m.index].type not in _NO_PLACE_TYPES
        and not _PARTNER_NOT_PLACE.search(doc.text, end, m.start)
        and not _BY_NOT_PLACE.search(doc.text, max(end, m.start - 12), m.start)
    ]  # "(NAWA)" after "of the Polish ... Agency" is it again
    tail = sent.text[end - sent.start : clause_end - sent.start]
    if places:
        return _first_place(doc, start, tail[: places[0].start - end], places[0])
    # "the rector of B said 36 of its students are from Chile"; "12 of its lecturers teach in Laos" is Laos
    if _OF_ITS.match(doc.text, start, end) and not _country_went_to(tail):
        owners = [m for m in doc.org_mentions_in(n) if m.start < start]
        if owners:
            return doc.orgs[max(owners, key=lambda m: m.start).index].name
    short = _AT_SHORT.search(tail)
    if short is not None and (named := _university_called(doc, short.group(1))) is not None:
        return named  # "1,400 students are enrolled at Birmingham": the University of Birmingham told of
    if _UNIT_WORD.search(tail) is not None and (told := _at_the_unit(doc, start, tail)) is not None:
        return told  # "45 students study at the centre": the centre told of, not the university told of last
    match = _AT.search(tail)
    if match and match.group("there") and _FROM_THERE.search(tail, 0, match.start()):
        # "students of the university are studying at Chinese universities": whose they are, then where
        match = _AT.search(tail, match.end()) or match
    if match and match.group("generic") and match.group("generic") not in _BARE_GENERIC:
        return match.group("generic")  # "at Japanese universities"; "at several institutions" names no place
    if match and match.group("there") and not _FROM_THERE.search(tail, 0, match.start()):
        if match.group("partner"):  # "students of A will study at the partner university": not A
            return _partner_university(doc, n, start)
        i = doc.recent_org(start)  # "study there", "at the university"; not "teachers of the university"
        if match.group("there") in ("there", "There"):
            # "Kenyans increasingly choose Kazakhstan: 450 now study there": a country told after the institution
            country = _country_told_since(doc, n, start, i, hosts=True)
            if country is not None:
                return country
        return doc.orgs[i].name if i is not None else None
    if "its " in tail and _AT_ITS_PART.search(tail):  # "120 students are enrolled in its programmes"
        i = doc.recent_org(start)
        return doc.orgs[i].name if i is not None else None
    head = sent.text[: start - sent.start]
    decided, told = _told_by_a_word(doc, n, start, head, tail)
    if decided:
        return told
    host = (
        _host_before(doc, n, start)
        or _subject_host(doc, n, start)
        or _inverted(doc, n, start)
        or _told_by_its_head(doc, n, start, tail)
        or _received_after_sending(doc, n, start)
        or _place_ahead(doc, n, start)
        or _generic_host_before(head)
    )
    if host is not None:
        return host
    went = _country_went_to(_without_seats(doc, tail, end, near))
    if went is not None:
        home = _home_institution(doc, n, start, end, near)
        if home is None:
            return went
        return _university_of_city(doc, tail, home) or _partner_named_here(doc, n, went, home) or went
    if near and re.search(r"\bfor\s+$", head):
        # "B held a winter school for 25 students of A": they come from A, to the subject that opens the sentence
        first = min(doc.org_mentions_in(n), key=lambda m: m.start)
        subject = first.start < start and not doc.text[sent.start : first.start].strip(' "“')
        return doc.orgs[first.index].name if subject and first.index != near[0].index else None
    if near and _HOME_OF.fullmatch(doc.text, end, near[0].start):
        if not _GONE.search(tail):
            return doc.orgs[near[0].index].name  # "24,000 students of A": no other place named
        return None  # "students of A went abroad": A is where they left, the place is not named
    return (
        _host_country_before(head)
        or (_country_opens(head) if not _GONE.search(tail) and _plain_who(doc.text[start:end]) else None)
        or _host_told_just_before(doc, n, start, tail)
    )


def _country_opens(head: str) -> str | None:
    """ "In South Korea, 5,000 Uzbek students are enrolled": the country that opens the sentence before the count."""
    if "In " not in head and "in " not in head:
        return None
    generic = _GENERIC_OPENS.match(head) if "universities" in head or "institutions" in head else None
    if generic is not None and _COUNTRY_GAP.fullmatch(head, generic.end()):
        return generic.group("generic")  # "In Korean universities, 5,000 Uzbek students": as written
    found = find_countries(head)
    if not found:
        return None
    country, begin, stop, surface = found[0]
    if is_demonym(surface) or not _IN_COUNTRY_OPENS.fullmatch(head, 0, begin):
        return None
    return written_form(country, surface) if _COUNTRY_GAP.fullmatch(head, stop) else None


def _plain_who(text: str) -> bool:
    """True when a count's words (``text``: "about 5,000 Uzbek students") hold no plural or verb before the noun
    who: "300 companies employ Kazakh graduates" counts companies."""
    words = text.split()
    first = next((i for i, w in enumerate(words) if w[:1].isdigit()), 0)
    return not any(
        w.lower() in _VERBS_OF_HIRING or (w.islower() and w.endswith("s") and not w.endswith(("'s", "’s")))
        for w in words[first + 1 : -1]
    )


_VERBS_OF_HIRING = frozenset(
    {"employ", "employs", "hire", "hires", "have", "has", "host", "hosts", "train", "trains"}
)


#: What opens a sentence before "In <country>": "Today, in", "Currently in", "At present, in".
_IN_COUNTRY_OPENS = re.compile(
    r"\W*(?:(?:Today|Currently|Now|At\s+present|This\s+year|Meanwhile|Overall|As\s+of\s+today|At\s+the\s+moment)"
    r"\s*,?\s*)?(?:In|in)\s+(?:the\s+)?"
)


#: "In Korean universities | Polish higher education institutions" opening the sentence.
_GENERIC_OPENS = re.compile(
    _IN_COUNTRY_OPENS.pattern
    + r"(?P<generic>(?-i:[A-Z])[\w’'\-]+\s+(?:universities|(?:higher\s+education\s+)?institutions|colleges))"
)


#: What may stand between "In <country>" and the count: ", there are currently", " alone,", " today".
_COUNTRY_GAP = re.compile(
    r"\s*(?:alone)?\s*,?\s*(?:(?:there\s+(?:are|were)|today|now|currently|at\s+present|presently|this\s+year|alone)"
    r"\s*,?\s*)*(?:(?:some|about|around|over|more\s+than|nearly|almost|approximately|roughly)\s+)?",
    re.I,
)


def _first_place(doc: Doc, start: int, before: str, first: Mention) -> str | None:
    """Where a cohort is when an organisation ``first`` is named after its count (``before``: the text between)."""
    # "study in Kazakhstan, mainly at A and B": the country is where the whole is, A and B where parts are
    mainly = _MAINLY.search(before) or _PART_COUNTED.search(before)
    whole = before[: mainly.start()] if mainly else None
    went = (_country_went_to(whole) or _generic_at(whole)) if whole else None
    if went is None and before.endswith(" its "):  # "study at its Faculty of Medicine": the host told of
        i = doc.recent_org(start)
        return doc.orgs[i].name if i is not None else None
    return went or doc.orgs[first.index].name


def _told_by_a_word(doc: Doc, n: int, start: int, head: str, tail: str) -> tuple[bool, str | None]:
    """Where a cohort is when a word before its count tells of a place named elsewhere: "At Marlowe,", "the
    university has", "the centre has" (the unit told of: session 18), "It hosts", "There,", "We host". Returns whether
    a word decided, and the place."""
    opens = _AT_SHORT_OPENS.match(head) if head.startswith("At ") else None
    if opens is not None and (named := _university_called(doc, opens.group(1))) is not None:
        return True, named  # "At Marlowe, 35 Kenyan students ...": the University of Marlowe told of
    unit = (_THE_UNIT_HAS.search(head) or _AT_THE_UNIT_OPENS.match(head)) if _UNIT_WORD.search(head) else None
    if unit is not None and (told := _unit_told_of(doc, start, unit.group("unit"))) is not None:
        # "The centre currently has 45 students": the centre told of, not the main institution
        return True, _abroad(doc, told, tail) or told
    if _THE_UNIVERSITY_HAS.search(head):
        # "The university, founded in 1918, has 28,000 students"; "'Our university hosts 30 ...,' said the rector of B"
        host = _main_institution(doc, start) or _speaker(doc, n)
        return True, _abroad(doc, host, tail) or host
    it = _IT.search(head)
    if (
        (it is not None and _HOST_VERB.match(head[it.end() :]))
        or _ITS_OR_AT_IT.match(head)
        or (_THERE_OPENS.match(head) and _STAY.match(tail))  # "There, 120 students attend courses"
    ):
        i = doc.recent_org(start)  # "It hosts 45 students": the institution told of just before
        # "The minister visited Poland. There, 300 ...": a country named in a sentence after the institution
        host = _country_told_since(doc, n, start, i) or (doc.orgs[i].name if i is not None else None)
        # "It has 45 students studying in Germany": where its people are ("There, 45 ..." is the place itself)
        pronoun = it is not None or _ITS_OR_AT_IT.match(head) is not None
        return True, (_abroad(doc, host, tail) if pronoun else None) or host
    we = _WE.search(head) if "we " in head or "We " in head else None
    if (
        we is not None
        and _HOST_VERB.match(head[we.end() :])
        and not (_GONE.search(tail) or _country_went_to(tail))
    ):
        return True, _speaker(doc, n) or _main_institution(
            doc, start
        )  # "'We host 30 students,' said the rector of B"
    return False, None


#: A cheap test for ``_THE_UNIT_HAS``, ``_AT_THE_UNIT_OPENS`` and ``_AT_THE_UNIT``: a word of a unit in the text
#: before (after) the count. No ``\b``, and the first letter as a class: the engine then skips to a possible first
#: letter (~40 % faster); it finds the word wherever those patterns could.
_UNIT_WORD = re.compile(r"[FfCcIiSs](?:aculty|ent(?:re|er)|nstitute|chool)", re.I)


#: The unit words of ``_THE_UNIT_HAS``, ``_AT_THE_UNIT_OPENS`` and ``_AT_THE_UNIT`` (the keys of ``_UNIT_TYPES``).
_UNIT = r"(?P<unit>faculty|centre|center|institute|school)"

#: "the centre | faculty | institute (, founded in 2019,) hosts | has": a unit told of before, as the subject of the
#: verb before the count (not "the Faculty of Law", a name; not "the institute at Hallford").
_THE_UNIT_HAS = re.compile(
    rf"\b(?:the|this|our|its)\s+{_UNIT}\b"
    r"(?!\s+(?:of\b|at\b|(?-i:[A-Z])))"
    r"(?:,[^,]{1,40},|,\s*(?:which|that|where)\b)?[^,]{0,30}$",
    re.I,
)

#: "At | In the centre, (today) 45 students": a sentence opened by a unit told of before, the count next.
_AT_THE_UNIT_OPENS = re.compile(
    rf"\W*(?:At|In)\s+(?:the|this|our)\s+{_UNIT}\s*,?\s*"
    r"(?:(?:there\s+(?:are|were)|today|now|currently|at\s+present)\s*,?\s*)*$",
    re.I,
)

#: "(study) at | in the centre" after the count: a unit told of before (not "the centre of", a name's start).
_AT_THE_UNIT = re.compile(
    rf"\b(?:at|in)\s+(?:the|this|our|its)\s+{_UNIT}\b(?!\s+of\b)",
    re.I,
)


def _at_the_unit(doc: Doc, start: int, tail: str) -> str | None:
    """ "45 students study at the centre": the unit told of before the count (``_unit_told_of``), when the count's
    clause places its people at "the centre | faculty | institute" before any other place of ``_AT``."""
    unit = _AT_THE_UNIT.search(tail)
    if unit is None:
        return None
    if _AT.search(tail, 0, unit.start()) is not None:
        return None  # "45 students study at Chinese universities and at the centre": the first place
    return _unit_told_of(doc, start, unit.group("unit"))


#: The types of organisation a unit word names.
_UNIT_TYPES = {
    "faculty": ("Faculty",),
    "centre": ("Centre",),
    "center": ("Centre",),
    "institute": ("ResearchInstitute", "Centre"),
    "school": ("School", "Faculty"),
}


def _unit_told_of(doc: Doc, pos: int, word: str) -> str | None:
    """The unit "the centre | faculty | institute" means before ``pos``: the organisation of that kind whose name has
    the word ("Centre for Korean Studies", "Confucius Institute") named last before it; None when there is none."""
    low = word.lower()
    forms = ("centre", "center") if low in ("centre", "center") else (low,)
    types = _UNIT_TYPES[low]
    best = None
    for m in doc.org_mentions:  # not in text order
        org = doc.orgs[m.index]
        if (
            m.start < pos
            and (best is None or m.start > best.start)
            and org.type in types
            and any(f in org.name.lower().split() for f in forms)
        ):
            best = m
    return doc.orgs[best.index].name if best is not None else None


def _abroad(doc: Doc, host: str | None, tail: str) -> str | None:
    """ "The university has 45 students studying in Germany": the country after "in | to" in the count's clause
    (as written; not after "from", not a demonym), when it is not the host's own country ("The university has
    28,000 students studying in Kazakhstan" stays at the Kazakh university)."""
    if " in " not in tail and " to " not in tail:
        return None
    i = doc.find_org(host)
    own = doc.orgs[i].country if i is not None else None
    for country, begin, stop, surface in find_countries(tail):
        if (
            not is_demonym(surface)
            and not _OWNS.match(tail, stop)  # "came to Germany's partner schools"
            and _IN_OR_TO.search(tail, max(0, begin - 12), begin)
            and country != own
            and (i is not None or country_of(host or "") is None)
        ):
            return written_form(country, surface)
    return None


#: Right before a country a cohort is in: "(studying) in | to (the)".
_IN_OR_TO = re.compile(r"\b(?:in|to)\s+(?:the\s+)?$")


def _host_told_just_before(doc: Doc, n: int, start: int, tail: str) -> str | None:
    """ "The delegation visited B. Currently, 45 students from Ghana are enrolled.": the one university the
    sentence before (or this one, before the count) names, when the count's clause tells of study and names no
    place at all."""
    # "Among the newcomers, 45 students come from Kenya": the intake told of just before, by where they come from
    among = _FROM_ONLY.match(tail) and _AMONG_NEW.match(doc.text, doc.sentences[n].start, start)
    if not (_ENROLLED.match(tail) or among) or _GONE.search(tail):
        return None
    if _WIDER.search(doc.text, doc.sentences[n].start, start):
        return None  # "Across the country, 3,000 students ...": a wider place than the university
    if doc.orgs_in(n) and any(m.start >= start for m in doc.org_mentions_in(n)):
        return None  # an organisation after the count that is no place: its people, a partner
    found = {
        m.index
        for m in doc.org_mentions
        if n - 1 <= m.sentence <= n and m.start < start and doc.orgs[m.index].type == "University"
    }
    return doc.orgs[found.pop()].name if len(found) == 1 else None


#: "Among the newcomers | this year's new students,": the intake the sentence before told of.
_AMONG_NEW = re.compile(
    r"\W*(?:Among|Of)\s+(?:the|these|this\s+year['’]s|its)\s+(?:new\s+(?:students|intake|arrivals|entrants)|"
    r"newcomers|newly\s+(?:admitted|enrolled)\s+students|freshmen|first-year\s+students)\s*,\s*$"
)


#: The count's clause tells only where its people come from: "come | are from Kenya".
_FROM_ONLY = re.compile(
    r"(?:\s+students)?\s+(?:come|came|are|were|hail)\s+from\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?\s*$"
)


#: Words of a place wider than an institution before the count: "across the country", "in total", "nationwide".
_WIDER = re.compile(
    r"\b(?:country|countries|nationwide|across|whole|total|overall|abroad|republic|region|city|world)\b", re.I
)


#: A verb of study in the count's clause and nothing after it but time: "are (currently) enrolled (this year)".
_ENROLLED = re.compile(
    r"(?:\s+from\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)?"  # "from Ghana": where they come from
    r"\s+(?:(?:are|were|is|have\s+been|had\s+been)\s+)?(?:currently\s+|now\s+|already\s+|also\s+)?"
    r"(?:enrolled|studying|study|registered|pursuing\s+(?:their\s+)?(?:studies|degrees))"
    r"(?:\s+(?:this|last|next)\s+(?:year|semester|term)|\s+(?:today|now|at\s+present))?\s*$"
)


def _country_told_since(doc: Doc, n: int, pos: int, org: int | None, *, hosts: bool = False) -> str | None:
    """The country last named (by its name, not a demonym) before ``pos`` in sentence ``n`` or the sentences
    after the one that last named organisation ``org``: what "there" or "it" then means. With ``hosts`` (session 20,
    "450 Kenyan students study there"), not one after "from | of": where people come from ("a delegation from Kenya")."""
    since = max((m.sentence for m in doc.org_mentions if m.index == org and m.start < pos), default=n - 2)
    found = None
    for k in range(max(since + 1, n - 2), n + 1):
        sent = doc.sentences[k]
        text = sent.text if k < n else sent.text[: pos - sent.start]
        if k < n and org is not None and _IT_STANDS.match(text):
            continue  # "Founded in 1816, it is the largest university in Poland": where the institution stands
        for country, begin, stop, surface in find_countries(text):
            if not is_demonym(surface) and not _A_SIDE.search(text, 0, begin) and not _OWNS.match(text, stop):
                if hosts and _FROM_THERE.search(text, 0, begin):
                    continue  # "a delegation from Kenya": where people come from, not where "there" is
                found = written_form(country, surface)  # "Korea": as the text writes it
    return found


#: A sentence whose subject is the institution told of before: "It is ...", "Founded in 1816, it ...",
#: "The university ranks ...". A country it names is where the institution stands, not a place of its own.
_IT_STANDS = re.compile(
    r"\W*(?:[^,.;]{0,40},\s*)?(?:[Ii]t|(?:The|the)\s+(?:university|institute|academy|college|school|campus))\s"
)


#: A country told as one side of a relation, not a place: "cooperation between Kenya and Belgium", "ties with
#: Poland", "thanked Poland for"; or in a diplomat's title: "the ambassador to | of Poland", "accredited in Poland".
_A_SIDE = re.compile(
    r"(?:\bbetween\s+(?:[^,;]{0,40}?\band\s+)?(?:the\s+)?|\b(?:with|thanked|thanks|praised|praises|congratulated)\s+"
    r"(?:the\s+)?|\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul|[Ee]mbassy|[Cc]onsulate|accredited)\s+(?:[Gg]eneral\s+)?"
    r"(?:of|to|in)\s+(?:the\s+)?)$"
)


#: "Germany's industry": the country owns what the sentence speaks of.
_OWNS = re.compile(r"['’]s?\b")


def _origins(doc: Doc, near: list[Mention], floor: int) -> set[int]:
    """The organisations of ``near`` that people come from: after "of | from", or listed with one ("from A and B")."""
    origins: set[int] = set()
    last_end = -1  # where the name of the last origin ended
    for m in near:
        if _ORIGIN.search(doc.text, max(floor, m.start - 12), m.start) or (
            last_end >= 0 and _AND_GAP.fullmatch(doc.text, last_end, m.start)
        ):
            origins.add(m.index)
            end = _name_end(doc, m)
            last_end = end if end is not None else -1
        else:
            last_end = -1
    return origins


#: What joins two names of a list: ", ", " and ", ", and ".
_AND_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _opens_a_clause(doc: Doc, m: Mention) -> bool:
    """True when the organisation named at ``m`` follows "and | while | but" and is the subject of a verb:
    "A has 320 students from Ghana and B has 45"."""
    if not _AND_BEFORE.search(doc.text, max(0, m.start - 12), m.start):
        return False
    end = _name_end(doc, m)
    return end is not None and _VERB_AFTER.match(doc.text, end) is not None


_AND_BEFORE = re.compile(r"(?:\band|\bwhile|\bwhereas|\bbut|,)\s+(?:the\s+)?$")


#: A verb right after an organisation's name: it is the subject of a clause.
_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|now|currently|already|still|alone|itself|too)\s+)?(?:has|have|had|hosts|hosted|is|are|was|were|will|welcomes|"
    r"welcomed|admits|admitted|enrols|enrolls|enrolled|educates|trains|trained|counts|receives|received|accepts|"
    r"accepted)\b"
    # "A has 320 students from Ghana, B 45 and C with 12": the next item of a list of hosts and counts
    r"|\s+(?:with\s+)?\(?(?:(?:some|about|around|over|more\s+than|nearly)\s+)?\d[\d,]*\)?(?=\s*(?:[,.;]|$|\s(?:and|while)\s))"
)


def _partner_university(doc: Doc, n: int, pos: int) -> str | None:
    """The university told of last before ``pos`` that sentence ``n`` does not name: "the partner university"."""
    here = set(doc.orgs_in(n))
    best = None
    for m in doc.org_mentions:
        if (
            m.start < pos
            and m.sentence >= n - 4
            and m.index not in here
            and doc.orgs[m.index].type == "University"
        ):
            best = m if best is None or m.start > best.start else best
    return doc.orgs[best.index].name if best is not None else None


#: "36 of its | our students": the institution named before owns them.
_OF_ITS = re.compile(rf"(?:[^\d]*\s)?(?:{NUMBER_RE})\s+of\s+(?:its|our|their)\s", re.I)


#: "hosts 85 students from Chile, and holds exchange agreements with B (and C)": B is a partner, not the place;
#: "study at B": the place however far after.
_PARTNER_NOT_PLACE = re.compile(
    r"\b(?:with|between|(?:program(?:me)?s?|degrees?)\s+of)\s(?![^,;]*\b(?:at|in)\s+(?:the\s+)?$)[^;]*$",
    re.IGNORECASE,
)


#: Who sends, selects or pays for a cohort, not where it is: "45 students sponsored by B", "engineers for B".
#: ("left for B" is where they went.)
_BY_NOT_PLACE = re.compile(
    r"(?:\bby|(?<!\bleft\s)(?<!\bleave\s)(?<!\bleaves\s)(?<!\bleaving\s)(?<!\bheaded\s)(?<!\bbound\s)\bfor)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: Bodies that are no place of study: "according to the Ministry of Higher Education", "the Embassy said".
_NO_PLACE_TYPES = frozenset({"Ministry", "Embassy", "Government"})


#: "at Birmingham": one capitalised word after "at" (a university's short name; "in Birmingham" is the city).
_AT_SHORT = re.compile(r"\bat\s+([A-Z][\w’'\-]+)\b(?!\s+[A-Z])")


#: "At Marlowe, (today)": a sentence opened by "at" and one capitalised word, the count next.
_AT_SHORT_OPENS = re.compile(
    r"At\s+([A-Z][\w’'\-]+)\s*,\s*(?:(?:today|now|currently|at\s+present|this\s+year)\s*,?\s*)*$"
)


def _university_called(doc: Doc, word: str) -> str | None:
    """The one university of the article named "University of <word>" or "<word> University"."""
    found = {
        org.name
        for org in doc.orgs
        if org.type == "University"
        and re.fullmatch(
            rf"(?:The\s+)?(?:University\s+of\s+{re.escape(word)}|{re.escape(word)}\s+University)", org.name
        )
    }
    return found.pop() if len(found) == 1 else None


#: A part counted after the whole's place (session 18): "450 Kenyan students study in Kazakhstan, with | including 45
#: at A", "..., 45 of them at A": A is the part's place, the country the whole's.
_PART_COUNTED = re.compile(
    r",\s*(?:with\s+|including\s+|and\s+)?(?:(?:some|about|around|over|more\s+than|nearly|almost)\s+)?"
    r"\d[\d,]*\s[^,;]*$"
)


#: Words that single out a part of a cohort's places: "in Kazakhstan, mainly at A and B", "at Czech universities such as A".
_MAINLY = re.compile(
    r",?\s*\b(?:mainly|mostly|primarily|chiefly|largely|in\s+particular|especially|including|notably|such\s+as|"
    r"like|for\s+example|for\s+instance|e\.g\.)(?!\w)[^,;]*$"
)


#: "It" as the subject of the verb before a cohort's count: "Currently, it hosts 45 students".
_IT = re.compile(r"(?:^|[,;:]\s*|\band\s+)(?:it|It)\b(?=[^,;]*$)")


#: "at | in | on its faculty | campus | programmes": a part of the institution told of just before.
_AT_ITS_PART = re.compile(
    r"\b(?:at|in|on|into)\s+its\s+(?:[\w’'\-]+\s+){0,2}?(?:facult(?:y|ies)|campus(?:es)?|programmes?|programs?|"
    r"departments?|schools?|courses|laborator(?:y|ies)|classrooms|dormitor(?:y|ies)|branch(?:es)?|institutes?|"
    r"colleges?|Faculty|School|Department|Institute|College)\b"
)


#: "There," or "Here," opening the sentence before the count: the place told of just before.
_THERE_OPENS = re.compile(
    r"\W*(?:There|Here)\s*,\s*(?:(?:today|now|currently|some|about|over|more\s+than)\s+)*$"
)


#: A verb of studying or staying after the count's who: "There, 120 students attend courses | study | work".
_STAY = re.compile(
    r"\s+(?:[\w’'\-]+\s+){0,4}?(?:study|studies|studying|studied|are|were|is|enrolled|pursu\w*|train\w*|work\w*|"
    r"live|living|attend|attends|attending|receiv\w+\s+(?:their\s+)?education|undergo\w*|do\s+research|conduct\w*)\b"
)


#: "We" as the subject of the verb before a cohort's count: "'Today we host 45 students,' the rector said".
_WE = re.compile(r"(?:^|[,;:“\"]\s*|\band\s+)(?:we|We)\b(?=[^,;]*$)")


def _speaker(doc: Doc, n: int) -> str | None:
    """The institution whose head speaks in sentence ``n``: "..., said the rector of B"."""
    sent = doc.sentences[n]
    for m in doc.org_mentions_in(n):
        if _HEAD_SAID.search(doc.text, max(sent.start, m.start - 40), m.start):
            return doc.orgs[m.index].name
    return None


#: "teachers of | from the university": where they come from; "graduated from the university" is where they were.
_FROM_THERE = re.compile(r"(?<!graduated\s)(?<!graduate\s)\b(?:of|from)\s+(?:the\s+)?$", re.I)


def _place_at(doc: Doc, n: int, pos: int) -> str | None:
    """The organisation or country named right at ``pos``; "(at) this university": the one told of before."""
    for m in doc.org_mentions_in(n):
        if pos <= m.start <= pos + 4:
            return doc.orgs[m.index].name
    if _THIS_UNIVERSITY.match(doc.text, pos):
        i = doc.recent_org(pos)
        return doc.orgs[i].name if i is not None else None
    found = find_countries(doc.text[pos : pos + 60])
    return found[0][0] if found and found[0][1] <= 4 else None


#: "(the) university", "this institute", "our academy": the institution told of before, by a common noun.
_THIS_UNIVERSITY = re.compile(
    r"(?:the\s+|this\s+|our\s+)?(?:university|institute|academy|college)\b(?!\s+of\b)"
)


def _generic_at(text: str) -> str | None:
    match = _AT.search(text)
    generic = match.group("generic") if match else None
    return generic if generic not in _BARE_GENERIC else None


#: A generic place with nothing to say whose: no place at all.
_BARE_GENERIC = frozenset({None, "universities", "institutions", "colleges"})
