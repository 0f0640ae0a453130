"""Student cohorts and counts of people: "N students from X are studying at Y", with or without a number."""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc, Mention
from kgpart.extract.gazetteer import WHO_WORDS, city_country, country_of, demonyms, find_countries
from kgpart.extract.numbers import NUMBER_RE, parse_number
from kgpart.extract.patterns import trie_pattern
from kgpart.extract.record import Cohort, Organization

#: People named by their country in the plural: "1,000 Estonians", "300 Kenyans", "Pakistanis", "Uzbeks";
#: a demonym ending in a hiss ("Polish", "Swiss", "Chinese", "Kyrgyz") takes no plural "s".
_NATIONALS = sorted(
    {
        f"{d}s"
        for d in demonyms()
        if d.endswith(("an", "i", "k", "h", "t", "o", "e")) and not d.endswith(("sh", "ch", "ese"))
    }
)
#: Who a cohort is beyond the shared list: school pupils, cadets, doctoral candidates.
_MORE_WHO = [
    "academics",
    "learners",
    "engineers",
    "educators",
    "instructors",
    "postdocs",
    "schoolchildren",
    "schoolboys",
    "schoolgirls",
    "cadets",
    "postgraduates",
    "doctoral candidates",
    "doctoral fellows",
    "staff",
    "members of staff",
    "scholarship holders",
    "civil servants",
    "girls",
    "nurses",
    "doctors",
    "physicians",
    "foreigners",
    "officials",
    "professionals",
    "women",
    "officers",
    "servicemen",
    "midshipmen",
    "diplomats",
    "journalists",
]
#: Nationals whose plural is not the demonym with "s": "200 Poles", "300 Turks".
_IRREGULAR_NATIONALS = {
    "Poles": "Polish",
    "Turks": "Turkish",
    "Swedes": "Swedish",
    "Danes": "Danish",
    "Finns": "Finnish",
    "Czechs": "Czech",
    "Britons": "British",
    "Turkmens": "Turkmen",
}
#: Who a cohort is, as one prefix tree of the words (a long alternation is slow to scan).
_WHO_WORDS = trie_pattern([*WHO_WORDS.split("|"), *_NATIONALS, *_IRREGULAR_NATIONALS, *_MORE_WHO], fold=True)
#: A demonym that is its own plural ("600 Vietnamese", "200 Kyrgyz") counts people only before a verb of study:
#: "20 Chinese universities" counts no one.
_SAME_PLURAL = trie_pattern(
    [d for d in demonyms() if d.endswith("ese")] + ["Kyrgyz", "Swiss", "Turkmen"], fold=True
)
_SAME_PLURAL_WHO = (
    rf"(?:{_SAME_PLURAL})(?=\s+(?:(?:are|were|is|currently|now|also|still|have|had|already)\s+)*"
    r"(?:study|studies|studying|studied|enrolled|trained|training|graduated|pursuing|attend|attending)\b)"
)
#: Up to three words before who ("Kazakh PhD students"), none a number or "and": "12 faculties and 300 professors"
#: counts the faculties.
_WHO = rf"(?:(?:(?!\d|and\s)[\w’'\-]+\s+){{0,3}}?(?:{_WHO_WORDS}|{_SAME_PLURAL_WHO}))"
#: Counts told in dozens or as "a hundred | a thousand", which NUMBER_RE does not read: "two dozen", "a thousand".
_ROUND_COUNT = (
    r"(?:(?:two|three|four|five|six|several|half\s+a)\s+dozen|a\s+(?:hundred|thousand))(?!\s+(?:and|of)\b)"
)
#: A count of people: in digits, in words or in round words.
COUNT_RE = rf"(?:{_ROUND_COUNT}|{NUMBER_RE})"
_DOZENS = {"a": 12, "two": 24, "three": 36, "four": 48, "five": 60, "six": 72, "half": 6}


def parse_count(text: str) -> int | None:
    """The integer a count of people tells: ``parse_number``, and "two dozen" (24), "a thousand" (1000).

    >>> parse_count("two dozen"), parse_count("a thousand"), parse_count("1,245")
    (24, 1000, 1245)
    """
    if text[:1].isdigit():
        return parse_number(text)  # the common case: digits
    words = text.lower().split()
    if words[-1:] == ["dozen"] and len(words) > 1:
        return _DOZENS.get(words[0])  # "several dozen": no number
    if len(words) == 2 and words[0] == "a" and words[1] in ("hundred", "thousand"):
        return 100 if words[1] == "hundred" else 1000
    return parse_number(text)


_PRE = (
    r"\b(?:more\s+than|(?:well\s+|just\s+)?over|around|about|roughly|approximately|nearly|almost|some|"
    r"up\s+to|upwards\s+of|at\s+least|close\s+to|an\s+estimated|in\s+excess\s+of)\s+"
)
_COUNT_WHO = rf"(?<![\w,.+])(?P<num>{COUNT_RE})(?:-(?:strong|member|person))?\s+(?P<who>{_WHO})\b"
PEOPLE_COUNT = re.compile(rf"(?P<pre>{_PRE})?{_COUNT_WHO}", re.IGNORECASE)
_AT = re.compile(
    r"\b(?:at|in|to|from)\s+(?:the\s+)?(?P<generic>(?:[A-Z][\w’'\-]*\s+)?(?:universities|institutions|colleges)"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)?"  # "universities of Japan"
    # "leading universities of Japan", "higher education institutions in Japan": a common word needs the country
    r"|(?:leading|top|major|state|public|private|higher\s+education(?:al)?|educational)\s+"
    r"(?:universities|institutions|colleges)\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)\b"
    r"|\b(?P<there>there|here|with\s+us|(?:this|our|the)\s+(?:higher\s+)?(?:education(?:al)?\s+)?institution|(?:this|our|the)\s+(?:(?P<partner>partner|host)\s+|[A-Z][a-z]+\s+)?(?:university|institute|academy|college|campus|University|Institute|Academy|College)(?!\s+of\b))\b"
)
_STATUS = [
    (
        "completed",
        re.compile(
            r"\b(?:graduated|completed|finished|have\s+been\s+trained|defended|did|underwent|undergone)\b",
            re.I,
        ),
    ),
    ("planned", re.compile(r"\b(?:will|planned|expected|to\s+increase|by\s+20\d\d|plans?)\b", re.I)),
    ("active", re.compile(r"\b(?:continue|continuing|conducting|working|teaching|work)\b", re.I)),
]
_PLANNED_MORE = re.compile(rf"\b(?:increase|grow|rise|reach)\w*\s+to\s+(?P<num>{NUMBER_RE})\b", re.I)
_NOT_COHORT = re.compile(
    r"\b(?:involving|scholarships?\s+to|per\s+(?:year|academic)|each\s+year|delegation\s+(?:of|consisting\s+of)|"
    # "the mobility | exchange of 12 students", "will support | fund 10 researchers": a programme's numbers
    r"(?:(?:mobility|exchanges?)\s+of|(?:support|fund|sponsor|financ)\w*(?:\s+the\s+\w+\s+of)?)"
    r"(?:\s+(?:up\s+to|about|around|some|over|more\s+than))?)\s*$",
    re.I,
)


def _lower_literals(pattern: str) -> str:
    """The pattern's capitals in lower case, group names ("(?P<num>") left alone."""
    return re.sub(
        r"\(\?P[<=]\w+|[A-Z]", lambda m: m.group(0) if m.group(0)[0] == "(" else m.group(0).lower(), pattern
    )


#: A sentence must name who (students, researchers) for PEOPLE_COUNT to match there: a cheap test first.
NAMES_PEOPLE = re.compile(rf"\b(?:{_WHO_WORDS}|{_SAME_PLURAL_WHO})\b", re.IGNORECASE)
#: The same two patterns for lower-cased text, case-sensitive: several times faster to scan. A hit is
#: read again with the original pattern at the same place, so groups keep the article's case.
_WHO_ANY_LOWER = re.compile(_lower_literals(NAMES_PEOPLE.pattern))
_COHORT_LOWER = re.compile(_lower_literals(_COUNT_WHO))  # the words before the count are looked for at a hit
#: The words before a count ("more than", "an estimated"), at the end of the text before a hit.
_PRE_BEFORE = re.compile(rf"(?:{_PRE})$", re.IGNORECASE)

#: What an audience comes to: a count of students at a lecture or a ceremony is no cohort.
_EVENT = (
    r"(?:event|lecture|meeting|seminar|ceremony|conference|forum|presentation|session|festival|celebration|"
    r"concert|exhibition|master[\s\-]?class|round[\s\-]?table|competition|olympiad|webinar|workshop|excursion|"
    r"contest|tournament|discussion|briefing|talk|speech|screening|opening|quiz|debate)s?"
)
#: "... attended the lecture", "took part in the seminar": the count is an audience.
_EVENT_TAIL = re.compile(
    r"[^,;.]{0,40}?\b(?:attended|attend|attending|took\s+part\s+in|take\s+part\s+in|taking\s+part\s+in|"
    r"participated\s+in|participate\s+in|gathered\s+(?:at|for|in)|joined|listened\s+to|watched|visited)\s+"
    rf"(?:the\s+|a\s+|an\s+|this\s+|its\s+)?(?:[\w’'\-]+\s+){{0,3}}?{_EVENT}\b",
    re.I,
)
#: "The lecture was attended by 80 students", "met with 50 students", "in front of 200 students".
_EVENT_HEAD = re.compile(
    rf"(?:\b{_EVENT}(?:\s+(?:at|in|of|on)\s+[^,;.]{{1,60}}?)?\s+(?:was\s+|were\s+)?(?:also\s+)?attended\s+by"
    r"(?:[^.;]{0,80}?(?:,|\band))?|"
    r"\b(?:met|meets|meet|meeting|talked|spoke|speaking|conversation)\s+with|\b(?:addressed|greeted|lectured|met)|"
    r"\bin\s+(?:front\s+of|the\s+presence\s+of)|\b(?:lecture|talk|speech|seminar|master[\s\-]?class)\s+(?:for|to))"
    r"(?:\s+(?:the|some|about|around|over|more\s+than|nearly|almost|up\s+to))*\s*$",
    re.I,
)


def _at_an_event(text: str, start: int, end: int) -> bool:
    """True when a count names an audience ("80 students attended the lecture"), not people studying somewhere."""
    head = text[max(0, start - 60) : start].lower()
    if any(cue in head for cue in _EVENT_HEAD_CUES) and _EVENT_HEAD.search(text, max(0, start - 60), start):
        return True
    tail = text[end : end + 120].lower()
    return any(cue in tail for cue in _EVENT_TAIL_CUES) and _EVENT_TAIL.match(text, end) is not None


#: Words each branch of _EVENT_HEAD / _EVENT_TAIL holds: a cheap test before the patterns.
_EVENT_HEAD_CUES = (
    "attended",
    "with",
    "addressed",
    "greeted",
    "lectured",
    "met",
    "front",
    "presence",
    "for",
    "to",
)
_EVENT_TAIL_CUES = ("attend", "part", "participat", "gathered", "joined", "listened", "watched", "visited")


def _status(text: str) -> str:
    return next((s for s, p in _STATUS if p.search(text)), "studying")


def _from_country(who: str, after: str) -> str | None:
    match = re.match(r"\s*(?:from|of)\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)", after)
    if match:
        found = find_countries(match.group(1))
        if found:
            return found[0][0]
    for word in who.split():
        word = _IRREGULAR_NATIONALS.get(word.capitalize(), word)
        country = country_of(word) or (country_of(word[:-1]) if word.endswith("s") else None)
        if country:
            return country
    return None


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
    # "students of A | from A study at B": A is where they come from; B, when named, is where they are
    origins = {m.index for m in near if _ORIGIN.search(doc.text, max(sent.start, m.start - 12), m.start)}
    places = [
        m
        for m in near
        if m.index not in origins
        and doc.orgs[m.index].type not in _NO_PLACE_TYPES
        and not _PARTNER_NOT_PLACE.search(doc.text, end, m.start)
    ]  # "(NAWA)" after "of the Polish ... Agency" is it again
    tail = sent.text[end - sent.start : clause_end - sent.start]
    if places:
        # "study in Kazakhstan, mainly at A and B": the country is where the whole is, A and B where parts are
        before = tail[: places[0].start - end]
        mainly = _MAINLY.search(before)
        went = _country_went_to(before[: mainly.start()]) if mainly else None
        return went or doc.orgs[places[0].index].name
    if _OF_ITS.match(doc.text, start, end):
        owners = [m for m in doc.org_mentions_in(n) if m.start < start]
        if owners:  # "the rector of B said 36 of its students are from Chile"
            return doc.orgs[max(owners, key=lambda m: m.start).index].name
    short = _AT_SHORT.search(tail)
    if short is not None and (named := _university_called(doc, short.group(1))) is not None:
        return named  # "1,400 students are enrolled at Birmingham": the University of Birmingham told of
    match = _AT.search(tail)
    if match and match.group("generic"):
        return match.group("generic")
    if match and match.group("there") and not _FROM_THERE.search(tail, 0, match.start()):
        if match.group("partner"):  # "students of A will study at the partner university": not A
            return _partner_university(doc, n, start)
        i = doc.recent_org(start)  # "study there", "at the university"; not "teachers of the university"
        return doc.orgs[i].name if i is not None else None
    head = sent.text[: start - sent.start]
    if _THE_UNIVERSITY_HAS.search(head):
        return _main_institution(doc, start)  # "The university, founded in 1918, has 28,000 students"
    it = _IT.search(head)
    if (it is not None and _HOST_VERB.match(head[it.end() :])) or _ITS_OR_AT_IT.match(head):
        i = doc.recent_org(start)  # "It hosts 45 students": the institution told of just before
        return doc.orgs[i].name if i is not None else None
    host = (
        _host_before(doc, n, start)
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
    return _host_country_before(sent.text[: start - sent.start])


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


def _home_institution(doc: Doc, n: int, start: int, end: int, near: list[Mention]) -> int | None:
    """The institution whose people a cohort is: "18 IITH students", "18 students of A"."""
    for m in doc.org_mentions_in(n):
        if start <= m.start < end:
            return m.index
    if near and _HOME_OF.fullmatch(doc.text, end, near[0].start):
        return near[0].index
    return None


def _university_of_city(doc: Doc, tail: str, home: int) -> str | None:
    """ "18 students of A studied in Szeged": the one university of the article named after that city (A's
    partner there); a country, or a city no university of the article is named after, stays the place."""
    for city in _IN_CITY.finditer(tail):
        word = city.group(1)
        if city_country(word) is None:
            continue  # "enrolled in Engineering courses": no city
        found = {
            i
            for i, org in enumerate(doc.orgs)
            if org.type == "University" and i != home and re.search(rf"\b{re.escape(word)}\b", org.name)
        }
        if found:
            return doc.orgs[found.pop()].name if len(found) == 1 else None
    return None


def _partner_named_here(doc: Doc, n: int, country: str, home: int) -> str | None:
    """ "the UQ programme builds on an exchange under which 18 IITH students studied in Brisbane": the one other
    university the sentence names in the country the cohort went to."""
    found = {
        i
        for i in doc.orgs_in(n)
        if i != home and doc.orgs[i].type == "University" and _org_country(doc.orgs[i]) == country
    }
    return doc.orgs[found.pop()].name if len(found) == 1 else None


def _org_country(org: Organization) -> str | None:
    """An organisation's country: as known, else told by its name ("University of Szeged": Hungary)."""
    if org.country:
        return org.country
    found = find_countries(org.name)
    if found:
        return found[0][0]
    return next((c for word in re.findall(r"[A-Z][a-z]+", org.name) if (c := city_country(word))), None)


#: "36 of its | our students": the institution named before owns them.
_OF_ITS = re.compile(rf"(?:[^\d]*\s)?(?:{NUMBER_RE})\s+of\s+(?:its|our|their)\s", re.I)


#: "hosts 85 students from Chile, and holds exchange agreements with B (and C)": B is a partner, not the place;
#: "study at B": the place however far after.
_PARTNER_NOT_PLACE = re.compile(
    r"\b(?:with|between|(?:program(?:me)?s?|degrees?)\s+of)\s(?![^,;]*\b(?:at|in)\s+(?:the\s+)?$)[^;]*$",
    re.IGNORECASE,
)


def _without_seats(doc: Doc, tail: str, end: int, near: list[Mention]) -> str:
    """``tail`` (the text from ``end``) with each organisation named in it and its seat ("from Mohammed V University in
    Rabat": Rabat is where the university is, not where the people go) blanked out."""
    for m in near:
        lo = m.start - end
        org = doc.orgs[m.index]
        form = next(
            (f for f in sorted([org.name, *org.aliases], key=len, reverse=True) if tail.startswith(f, lo)),
            None,
        )
        if lo < 0 or form is None:
            continue
        seat = _SEAT.match(tail, lo + len(form))
        hi = seat.end() if seat else lo + len(form)
        tail = tail[:lo] + " " * (hi - lo) + tail[hi:]
    return tail


#: The seat after an institution's name: " in Rabat", ", Lahore".
_SEAT = re.compile(r"(?:\s+in|,)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?")


#: Bodies that are no place of study: "according to the Ministry of Higher Education", "the Embassy said".
_NO_PLACE_TYPES = frozenset({"Ministry", "Embassy", "Government"})


#: "at Birmingham": one capitalised word after "at" (a university's short name; "in Birmingham" is the city).
_AT_SHORT = re.compile(r"\bat\s+([A-Z][\w’'\-]+)\b(?!\s+[A-Z])")


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


#: "students of A": A is where they study; "students from A" only says where they come from; "students on
#: scholarships of A" names no place.
_HOME_OF = re.compile(r"\s+(?:and\s+[^,;]{1,40}?\s+)?of\s+(?:the\s+)?", re.I)  # "... and 800 teachers of A"
#: A cohort that left its institution: "went abroad", "were sent to", "did internships abroad".
_GONE = re.compile(
    r"\b(?:abroad|overseas|went|travel(?:l?ed|s)?|(?:were|was|been|be)\s+sent|left|go|going)\b", re.I
)


#: Words that single out a part of a cohort's places: "in Kazakhstan, mainly at A and B".
_MAINLY = re.compile(
    r",?\s*\b(?:mainly|mostly|primarily|chiefly|largely|in\s+particular|especially|including)\b[^,;]*$"
)

#: "It" as the subject of the verb before a cohort's count: "Currently, it hosts 45 students".
_IT = re.compile(r"(?:^|[,;:]\s*|\band\s+)(?:it|It)\b(?=[^,;]*$)")

#: "teachers of | from the university": where they come from; "graduated from the university" is where they were.
_FROM_THERE = re.compile(r"(?<!graduated\s)(?<!graduate\s)\b(?:of|from)\s+(?:the\s+)?$", re.I)

#: "The university (, founded in 1918,) has": the article's institution as the subject before the count.
_THE_UNIVERSITY_HAS = re.compile(
    r"\b(?:the|this|our)\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:university|institution|institute|academy|campus)\b"
    r"(?!\s+(?:of\b|(?-i:[A-Z])))"
    r"(?:,[^,]{1,40},|,\s*(?:which|that|where)\b)?[^,]{0,30}$",
    re.I,
)
#: "Its 42 students", "At the university, 42 students": the institution told of just before, by a pronoun or a noun.
_ITS_OR_AT_IT = re.compile(
    r"^\W*(?:(?:Its|Their)\s+|(?:At|In)\s+(?:the|this|our)\s+(?:university|institute|academy|college)\s*,?\s*"
    r"(?:(?:there\s+(?:are|were)|today|now|currently|at\s+present)\s*,?\s*)*)$",
    re.I,
)


def _main_institution(doc: Doc, pos: int) -> str | None:
    """The institution named most often before ``pos`` (on a tie, the one a visit went to, else the first named):
    whom "the university" means in a press release."""
    counts: dict[int, int] = {}
    for m in doc.org_mentions:
        if m.start < pos and doc.orgs[m.index].type in ("University", "School", "ResearchInstitute"):
            counts[m.index] = counts.get(m.index, 0) + 1
    if not counts:
        i = doc.recent_org(pos)
        return doc.orgs[i].name if i is not None else None
    first: dict[int, int] = {}
    visited: set[int] = set()
    for m in doc.org_mentions:
        first.setdefault(m.index, m.start)
        if m.start < pos and _VISITED.search(doc.text, max(0, m.start - 20), m.start):
            visited.add(m.index)  # "The delegation of A visited B": the article is B's
    return doc.orgs[max(counts, key=lambda i: (counts[i], i in visited, -first[i]))].name


#: Just before the institution a visit went to: "visited (the)", "paid a visit to (the)".
_VISITED = re.compile(r"\b(?:visited|visit\s+to|visits)\s+(?:the\s+)?$", re.I)


#: What comes just before an organisation that a cohort comes from ("graduated from A" is where they were).
_ORIGIN = re.compile(r"(?<!graduated\s)(?<!graduate\s)\b(?:of|from)\s+(?:the\s+)?$", re.I)


def _host_country_before(head: str) -> str | None:
    """ "Japan hosts 4,000 students": a country before a verb of hosting."""
    found = find_countries(head)
    if not found:
        return None
    country, _, stop, _ = found[-1]
    return country if _HOST_VERB.match(head[stop:]) else None


def _country_went_to(tail: str) -> str | None:
    """ "... from A study | did internships | are sent to B": the country after in/to, never after from."""
    for country, start, _, _ in find_countries(tail):
        before = tail[max(0, start - 12) : start]
        if re.search(r"\b(?:in|to|visit(?:ed|s|ing)?)\s+(?:the\s+)?$", before) and not re.search(
            r"\bfrom\s+(?:the\s+)?$", before
        ):
            return country
    for city in _IN_CITY.finditer(tail):  # "studied in Cairo": the capital's country
        capital_of = city_country(city.group(1))
        if capital_of is not None:
            return capital_of
    return None


#: "in | to | visited <Capital>", the city's name after the verb.
_IN_CITY = re.compile(r"\b(?:in|to|visit(?:ed|s|ing)?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+[A-Z])")


#: "X hosts | has | enrolls 68 students": the organisation before the count is where they are.
_HOST_VERB = re.compile(
    r"^\s*(?:,[^,]{1,60},\s*)?"
    r"(?:(?:was|is|were|has\s+been)\s+[^,;.]{0,40}?\s+and\s+)?"  # "A was founded in 1960 and has 9,000 students"
    r"(?:(?:currently|now|already|today|also|this\s+year)\s+)?"
    r"(?:(?:has|have|had)\s+(?:already\s+|also\s+)?(?=\w+ed\b))?"  # "has admitted"
    r"(?:(?:is|are|was|were)\s+(?:proud|pleased|happy|delighted|glad)\s+to\s+(?=welcome|host|receive)|)"
    r"(?:hosts|host|hosted|has|had|have|enrol|enroll|admit|accept|receive|welcome|train|educate|enrolls|enrolled|enrols|admits|admitted|trains|trained|receives|received|"
    r"welcomes|welcomed|accepts|accepted|educates|educated|teaches|taught|employs|counts|houses|attracts|"
    r"attracted|produced|prepared|graduated|"
    r"(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?(?:training|hosting|educating|teaching|preparing)|"
    r"(?:(?:is|are|was|has\s+become|became|becomes)\s+)?(?:now\s+|currently\s+|also\s+)?"
    r"(?:a\s+(?:second\s+|new\s+)?)?home\s+(?:to|for)|(?:is|are|was|were)\s+attended\s+by)"
    # "A has 45 faculties, 12,000 students": other things counted first
    rf"(?:\s+(?:(?:about|over|some|more\s+than)\s+)?(?:{NUMBER_RE})\s+[a-z]+(?:\s+[a-z]+)?,)*"
    r"(?:\s+(?:its|their|the|a))?(?:\s+(?:first|new|next))?(?:\s+(?:cohort|intake|group|batch|total)\s+of)?\s*$"
    r"|^\s*(?:,[^,]{1,60},\s*)?(?:(?:also|now|next\s+year|this\s+year)\s+)?"
    r"(?:will|shall|plans?\s+to|planned\s+to|intends?\s+to|(?:is|are)\s+going\s+to|(?:is|are)\s+ready\s+to|"
    r"expects?\s+to|(?:is|are)\s+expected\s+to|is\s+to|are\s+to)\s+(?:also\s+)?"
    r"(?:host|admit|accept|receive|welcome|train|enrol|enroll|educate|take\s+in)(?:\s+(?:its|their|the|a))?"
    r"(?:\s+(?:first|new|next))?(?:\s+(?:cohort|intake|group|batch)\s+of)?(?:\s+(?:up\s+to|about|around|some|over|more\s+than))?\s*$",
    re.IGNORECASE,
)


#: "The rector of B said (that)": the head of an institution telling of its own people.
_HEAD_SAID = re.compile(
    r"\b(?:rector|vice-rector|president|vice-chancellor|chancellor|director|dean|head|provost|spokes(?:person|man|woman)|"
    r"representatives?)\s+of\s+(?:the\s+)?$",
    re.I,
)
_SAID_GAP = re.compile(
    r"^[^.;]{0,30}?\b(?:said|says|noted|notes|reported|stated|told|added|announced|informed|explained|stressed)\s+"
    r"(?:[\w\s]{0,20}?\s)?(?:that\s+)?(?:(?:currently|today|now|at\s+present|this\s+year),?\s+)*$",
    re.I,
)
#: A verb of saying just before the count: a cheap test before _SAID_GAP.
_SAID = re.compile(
    r"\b(?:said|says|noted|notes|reported|stated|told|added|announced|informed|explained|stressed)\b"
)
#: A verb of study in a cohort's clause, with no place after it: "had enrolled (this year)", "are studying".
_STUDIES = re.compile(
    r"^\s+(?:[\w\s]{0,30}?\s)?(?:study|studies|studying|enrolled|enrol(?:l)?ed|admitted|trained)\b", re.I
)


def _told_by_its_head(doc: Doc, n: int, start: int, tail: str) -> str | None:
    """ "The rector of B said 42 students from Chile had enrolled this year": they are at B."""
    if not _STUDIES.match(tail) or not _SAID.search(doc.text, max(doc.sentences[n].start, start - 50), start):
        return None
    before = [m for m in doc.org_mentions_in(n) if m.start < start]
    if not before or _GONE.search(tail) or _country_went_to(tail) or _AT.search(tail):
        return None  # "said 42 of its students study in Germany | abroad": elsewhere
    last = max(before, key=lambda m: m.start)
    org = doc.orgs[last.index]
    gap = doc.text[last.start : start]
    form = next(
        (f for f in sorted([org.name, *org.aliases], key=len, reverse=True) if gap.startswith(f)), None
    )
    if form is None or not _SAID_GAP.match(gap[len(form) :]):
        return None
    head_start = doc.sentences[n].start
    return org.name if _HEAD_SAID.search(doc.text, max(head_start, last.start - 40), last.start) else None


#: "B sent 30 students to A and received 25 (Japanese students)": the second verb's count is at the subject.
_AND_RECEIVED = re.compile(
    r"\b(?:and|while)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:received|hosted|welcomed|admitted|accepted)\s+"
    r"(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?$",
    re.I,
)
#: What may stand before a sentence's subject: "Since 2019", "Last year,", "In total,".
_SUBJECT_OPENER = re.compile(
    r"\W*(?:(?:Since|In|By|Last|This|Over|During)\b[^,;]{0,30}?,?\s+)?(?:the\s+)?$", re.I
)


def _subject(doc: Doc, n: int, pos: int) -> str | None:
    """The organisation that opens sentence ``n`` as its subject, when it is named before ``pos``."""
    sent = doc.sentences[n]
    first = min(doc.org_mentions_in(n), key=lambda m: m.start, default=None)
    if (
        first is None
        or first.start >= pos
        or not _SUBJECT_OPENER.fullmatch(doc.text, sent.start, first.start)
    ):
        return None
    return doc.orgs[first.index].name


def _received_after_sending(doc: Doc, n: int, start: int) -> str | None:
    """ "B has sent 30 students to Japan and received 25 Japanese students": the 25 are at B."""
    sent = doc.sentences[n]
    if not _AND_RECEIVED.search(doc.text, max(sent.start, start - 60), start):
        return None
    return _subject(doc, n, start)


#: After a cohort, a bare count of more of the same: "and received 25.", "A further 20 will arrive".
_BARE_RECEIVED = re.compile(
    r"\s+and\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:received|hosted|welcomed|admitted|accepted)\s+"
    rf"(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?(?P<num>{COUNT_RE})"
    r"(?=\s*(?:[.;,]|$|\s+(?:in\s+return|in\s+turn|from|since|last|this|over)\b))",
    re.I,
)
_FURTHER = re.compile(
    rf"\b(?:a\s+further|another|an\s+additional)\s+(?P<num>{COUNT_RE})\s+"
    r"(?=(?:will|are|were|have|has|had|is|should|would|arrive[sd]?|join(?:ed)?|came|come|began|begin|start(?:ed)?)\b)",
    re.I,
)


#: Words one of _BARE_RECEIVED or _FURTHER needs: a cheap test first.
_MORE_CUES = re.compile(r"received|hosted|welcomed|admitted|accepted|further|another|additional")


def _more_of_the_same(doc: Doc, out: list[Cohort], n: int, first: int) -> None:
    """Bare counts that add to the cohort just read: "... and received 25.", "A further 20 will arrive"."""
    sent = doc.sentences[n]
    last = out[-1] if out else None
    if last is None or last.evidence not in (doc.evidence(n), doc.evidence(n - 1) if n > 0 else None):
        return
    for match in _FURTHER.finditer(sent.text):
        count = parse_count(match.group("num"))
        if count is not None and not is_year(match.group("num")):
            status = (
                "planned"
                if re.search(r"\b(?:will|next|expected)\b", sent.text[match.end() :])
                else last.status
            )
            out.append(Cohort(count, last.who, last.at, last.from_country, status, doc.evidence(n)))
    if last.evidence != doc.evidence(n) or len(out) == first:
        return
    received = _BARE_RECEIVED.search(sent.text)
    at = _subject(doc, n, sent.start + received.start()) if received else None
    count = parse_count(received.group("num")) if received else None
    if at is None or count is None or at == last.at:
        return
    found = find_countries(last.at or "")
    origin = found[0][0] if found and found[0][1] == 0 else None
    out.append(Cohort(count, last.who, at, origin, last.status, doc.evidence(n)))


def _host_before(doc: Doc, n: int, start: int) -> str | None:
    before = [m for m in doc.org_mentions_in(n) if m.start < start]
    if not before:
        return None
    last = max(before, key=lambda m: m.start)
    gap = doc.text[last.start : start]
    name = doc.orgs[last.index].name
    for form in sorted([name, *doc.orgs[last.index].aliases], key=len, reverse=True):
        if gap.startswith(form):
            gap = gap[len(form) :]
            break
    else:
        gap = re.sub(r"^[\w’'\-.&]+(?:\s+(?:of\s+|the\s+)*[A-Z][\w’'\-.&]*)*", "", gap)
    if not _HOST_VERB.match(gap):
        relative = _RELATIVE.match(gap)
        if relative is None:
            return None
        # "visited B, where 42 students from Chile study"; "visited B, which hosts 42 students"; "B's 75 students"
        if not (relative.group("where") or relative.group("own")) and not _HOST_VERB.match(
            gap[relative.end() :]
        ):
            return None
    if _PROGRAMME_OF.search(doc.text, doc.sentences[n].start, last.start):
        return None  # "The joint programme of A and B enrols 40 students": the programme's count, at neither
    return name


#: A relative clause on the institution just named: "B, which (currently) hosts", "B, where (there are) 42 ...".
_RELATIVE = re.compile(
    r"(?:\s*\([^()]{1,20}\)|\))?\s*,\s*(?:which|that)\b"
    r"|(?:\s*\([^()]{1,20}\)|\))?\s*(?:,\s*(?P<where>where|whose)|(?P<own>['’]s))\s+"
    r"(?:(?:there\s+(?:are|were)|currently|now|today|at\s+present)\s+)*$"
    # "visited B, home to 75 students"
    r"|(?:\s*\([^()]{1,20}\)|\))?\s*,(?=\s+(?:now\s+|currently\s+)?(?:a\s+(?:second\s+|new\s+)?)?home\s)",
    re.IGNORECASE,
)
#: A programme named before the institutions that run it: "the joint master's programme of | between A and".
_PROGRAMME_OF = re.compile(r"(?i:program(?:me)?|degree|scheme)\s+(?:of|between|with)\s+(?:the\s+)?[^,;]*$")


def _generic_host_before(head: str) -> str | None:
    """ "Uzbek universities currently host 1,200 students": a generic host as the subject of a verb of hosting."""
    if "universit" not in head and "institutions" not in head and "colleges" not in head:
        return None
    for match in _GENERIC_HOSTS.finditer(head):
        if _HOST_VERB.match(head[match.end() :]):
            return match.group(0)
    return None


#: What may stand between "At B" and the count: "At B, 200 students", "At B there are currently 200 students".
_AHEAD_GAP = re.compile(
    r"^\s*,?\s*(?:(?:there\s+(?:are|were)|today|now|currently|at\s+present|presently|this\s+year)\s*,?\s*)*$",
    re.IGNORECASE,
)


def _place_ahead(doc: Doc, n: int, start: int) -> str | None:
    """ "At B, 200 students from Chile study": the institution that opens the sentence after at/in."""
    sent = doc.sentences[n]
    first = min(doc.org_mentions_in(n), key=lambda m: m.start, default=None)
    if first is None or first.start >= start:
        return None
    if not re.fullmatch(r"\s*(?:At|In)\s+(?:the\s+)?", doc.text[sent.start : first.start]):
        return None
    name = doc.orgs[first.index].name
    gap = doc.text[first.start : start]
    for form in sorted([name, *doc.orgs[first.index].aliases], key=len, reverse=True):
        if gap.startswith(form):
            return name if _AHEAD_GAP.match(gap[len(form) :]) else None
    return None


_PART_OF = re.compile(r"\b(?:including|of\s+whom|of\s+which|among\s+them|among\s+whom|of\s+them)\s*$", re.I)


def _clause_end(text: str, pos: int) -> int:
    match = _CLAUSE_END.search(text, pos)
    while match is not None:
        aside = _ASIDE.match(text, match.start())
        if aside is None or aside.group("end") != ",":
            return match.start()
        match = _CLAUSE_END.search(text, aside.end() + 1)  # ", 40 of them women, study at B"
    return len(text)


#: The end of a cohort's clause: a stop, "while", "and this", or ", 40 of them" (a part told next).
#: ", including 200 from": a part of a cohort from one country (the country follows).
#: "..., 12 of whom are from" and "and 20 of them come from": the same, the count first.
_PART_FROM_HEAD = (
    r"(?:,?\s*(?:including|of\s+whom|of\s+which|among\s+them)\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"|(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:{NUMBER_RE})\s+of\s+(?:them|whom|which)\s))"
    rf"(?P<num>{NUMBER_RE})\s+(?:of\s+(?:them|whom|which)\s+)?(?:are\s+|come\s+|came\s+|were\s+)?from\s+"
)
#: ", 40 of them women,": an aside on a part of the cohort, closed by a comma; the clause goes on after it.
_ASIDE = re.compile(
    rf",\s*(?:and\s+)?(?P<num>{NUMBER_RE})\s+of\s+(?:them|whom|which)\s+(?:are\s+|were\s+)?"
    r"(?P<who>(?:female\s+|male\s+)?(?:women|girls|men|boys|females|males))(?=\s*(?P<end>[,.;]|$))",
    re.I,
)
#: ", including 15,000 in Russia": a part of the cohort just read, at a place of its own.
_INCLUDING_AT = re.compile(
    rf",?\s*including\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?(?P<num>{NUMBER_RE})"
    r"(?:\s+[a-z]+){0,2}?\s+(?:at|in)\s+(?:the\s+)?",
    re.I,
)
_CLAUSE_END = re.compile(
    rf"[.;]|,\s*(?:according\s+to|as\s+reported\s+by|citing)\b|,\s*(?:while|and\s+(?:this|the|that))\b|,\s*(?:and\s+)?(?:{NUMBER_RE})\s+of\s+(?:them|whom|which)\b"
    # ", of whom 200 at B": a part told after the whole
    rf"|,\s*(?:of\s+(?:them|whom|which)|among\s+them)\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?(?:{NUMBER_RE})\b"
    rf"|{_INCLUDING_AT.pattern.replace('(?P<num>', '(?:')}"
    # ", most of them at B": where a part is, not the whole
    r"|,\s*(?:most|many|half|some|all|the\s+majority|a\s+third|a\s+quarter)\s+of\s+(?:them|whom|which)\b"
    # ", and 120 students ...": the next count of a list opens a clause of its own
    rf"|(?<!\d),\s*(?:and\s+|while\s+|whereas\s+)?(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?:{NUMBER_RE})\s+(?!(?:from|of|more|in|at)\b)[a-z]"  # ", 20 from Peru" goes on with the same clause
    rf"|{_PART_FROM_HEAD.replace('(?P<num>', '(?:')}"
    r"|,\s*(?:and\s+)?(?:another|a\s+further|an\s+additional)\s+\w",  # ", and another 20 will come": more, later
    re.I,
)
#: ", including 1,100 from India,": a part from one country told as an aside closed by a comma.
_PART_ASIDE = re.compile(
    rf",\s*including\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?(?:{NUMBER_RE})\s+(?:[a-z]+\s+)?"
    r"(?:from|of)\s+(?:the\s+)?[A-Z][^,;.]{0,40},",
)
#: "..., 40 of them at B": a part of the cohort just read, at a place of its own.
_OF_THEM = re.compile(
    rf",\s*(?:and\s+)?(?P<num>{NUMBER_RE})\s+of\s+(?:them|whom|which)\b[^.;,]{{0,30}}?\b(?:at|in)\s+(?:the\s+)?",
    re.I,
)


#: What joins the next count of a list: ", ", " and ", ", and ".
_AND_MORE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:up\s+to|about|around|some|over|more\s+than)\s+)?")
#: ", of whom 200 (study) at B", "; among them 40 at B": a part of the cohort just read, at a place of its own.
_OF_WHOM_AT = re.compile(
    rf",\s*(?:of\s+(?:them|whom|which)|among\s+them)\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?P<num>{NUMBER_RE})\b[^.;,]{{0,30}}?\b(?:at|in)\s+(?:the\s+)?",
    re.I,
)


def find_cohorts(doc: Doc) -> list[Cohort]:
    """Return mobility figures: counts of students or researchers at a place."""
    out: list[Cohort] = []
    lower = doc.text.lower()
    for n, sent in enumerate(doc.sentences):
        first = len(out)  # where this sentence's cohorts begin
        previous: Cohort | None = None  # the last cohort of this sentence
        not_people_end = -1  # where the last count that is no cohort ("the mobility of 12 students") ended
        for match in _cohort_matches(sent.text, lower[sent.start : sent.end]):
            count = parse_count(match.group("num"))
            if _NOT_COHORT.search(sent.text, max(0, match.start() - 80), match.start()) or (
                not_people_end >= 0 and _AND_MORE.fullmatch(sent.text, not_people_end, match.start())
            ):
                not_people_end = match.end()  # "... of 12 students and 4 staff members": both the programme's
                continue
            if (
                count is None
                or _at_an_event(sent.text, match.start(), match.end())
                or is_year(match.group("num"))
            ):
                continue
            if _OF_THEM_WHO.match(match.group("who")):
                continue  # "50 of them are girls": a part, read with the whole (_asides)
            start, end = sent.start + match.start(), sent.start + match.end()
            if _THING_FOR.match(match.group("who")) is not None:
                # "14 dormitories for students": no one; "500 places for students from Laos": the places of a
                # programme (read with the programmes), not people at a place yet
                continue
            if _alumni_or_payroll(sent.text, match):
                continue  # "B employs 2,300 staff", "B has 45,000 alumni": the institution's size, no mobility
            if _NOT_STUDENTS.search(match.group("who")):
                continue  # "40 officials attended courses in India": counted for a programme, not students at a place
            if _AWARDED.match(sent.text, match.end()):
                continue  # "12 graduates were awarded MEXT scholarships": the places of a programme, not a cohort
            if _yearly(sent.text, match.start(), match.end()) and _A_PROGRAMME.search(sent.text):
                continue  # "25 students will be sent to B every year": a programme's yearly places, not a cohort
            at = _cohort_at(doc, n, start, end)
            there = _THERE.match(sent.text, match.end())
            if previous is not None and there and _NEXT_IN_LIST.search(sent.text, 0, match.start()):
                at = previous.at  # "64 teachers trained in Germany, and 120 students studied there"
            if (
                at is None
                and out
                and out[-1].evidence == doc.evidence(n)
                and _PART_OF.search(sent.text[: match.start()])
            ):
                at = out[-1].at  # "over 9,000 students, including some 800 foreign students"
            if at is None and previous is not None and _NEXT_IN_LIST.search(sent.text, 0, match.start()):
                at = previous.at  # "40 teachers went to Japan, 25 students did internships": the same place
            if at is None:
                # "90,000 citizens study abroad, including 15,000 in Russia": the part may have a place
                _part_of_nowhere(doc, out, match, n)
                continue
            stop = _clause_end(sent.text, match.end())
            clause = sent.text[match.start() : stop]
            who = " ".join(match.group("who").split())
            status = _status(clause)
            if status == "studying" and _PLANNED_HEAD.search(sent.text, 0, match.start()):
                status = "planned"  # "B will admit 50 students"
            elif status == "studying" and _DONE_HEAD.search(sent.text, 0, match.start()):
                status = "completed"  # "B has produced 5,000 graduates"
            cohort = Cohort(
                count, who, at, _from_country(who, sent.text[match.end() :]), status, doc.evidence(n)
            )
            out.append(cohort)
            previous = cohort
            _planned(doc, out, cohort, n, match.end())
            _asides(doc, out, cohort, n, match.end(), stop)
            _siblings(doc, out, cohort, n, match.end())
            _parts_from(doc, out, cohort, n, match.end())
            _part_of_them(doc, out, cohort, n, stop)
        low = lower[sent.start : sent.end]
        if "number of" in low or "contingent of" in low:
            _number_of(doc, out, n)
            _raise_number(doc, out, n)
        if _LATE_CUES.search(low):
            _late_counts(doc, out, n)
        recent = (
            out[-1].evidence if out else None
        )  # more of the same needs a cohort of this or the last sentence
        if (
            recent is not None
            and recent.start >= doc.sentences[max(0, n - 1)].start
            and _MORE_CUES.search(low)
        ):
            _more_of_the_same(doc, out, n, first)
        if low.startswith(("among ", "of the ", "of its ", "of their ", "of them", "of these")):
            _among(doc, out, n)
        if ("stud" in low or "educat" in low or "enrol" in low) and _NO_COUNT_CUE.search(sent.text):
            _countless(doc, out, n)
    if "|" in doc.text:
        _table_rows(doc, out)
    # "the situation of Indonesian students at B" beside "1,100 Indonesian students study at B": one group, counted
    counted = {(c.at, c.from_country) for c in out if c.count is not None}
    kept = [c for c in out if c.count is not None or (c.at, c.from_country) not in counted]
    # one figure read twice in one sentence ("1,500 are Chinese citizens": a count and a part) is one cohort
    seen: set[tuple[int | None, str | None, str | None, int]] = set()
    unique = []
    for c in kept:
        key = (c.count, c.at, c.from_country, c.evidence.start if c.evidence else -1)
        if c.count is None or key not in seen:
            unique.append(c)
            seen.add(key)
    return unique


#: Who an institution counts as its size: its staff, its employees, its alumni.
_A_TOTAL = re.compile(
    r"\b(?:staff|staff\s+members|members\s+of\s+staff|employees|alumni|professors|lecturers|faculty\s+members|"
    r"academics|researchers|scientists|teachers)$",
    re.I,
)
#: "has | employs | counts 2,300 (staff)", "a staff of 2,300", "with 2,300": the count is the institution's own.
_PAYROLL_HEAD = re.compile(
    r"\b(?:has|have|had|employs|employed|employing|counts|boasts|with|totals?|of)\s+"
    r"(?:(?:about|around|some|over|more\s+than|nearly|almost|a\s+total\s+of)\s+)?$",
    re.I,
)


def _alumni_or_payroll(text: str, match: re.Match[str]) -> bool:
    """True when a count of staff or alumni with no country is the institution's size, not people who moved."""
    who = match.group("who")
    if not _A_TOTAL.search(who) or _from_country(who, text[match.end() :]):
        return False
    if who.lower().endswith("alumni"):
        return True
    head = text[max(0, match.start() - 40) : match.start("num")]
    return _PAYROLL_HEAD.search(head) is not None


#: Who a programme counts but a cohort does not: officials and professionals on short courses.
_NOT_STUDENTS = re.compile(r"\b(?:officials|professionals)\b", re.IGNORECASE)
#: After a count: "were awarded | have received | won (government) scholarships": winners of places.
_AWARDED = re.compile(
    r"[^,;.]{0,40}?\b(?:(?:were|have\s+been|had\s+been|will\s+be|are)\s+(?:awarded|granted|offered|given)|"
    r"(?:have\s+|had\s+)?(?:received|won|obtained|secured|got)|will\s+(?:receive|get))\s+"
    r"(?:[\w’'\-]+\s+){0,4}?(?:scholarships?|fellowships?|grants?|stipends?|bursaries)\b",
    re.IGNORECASE,
)
#: What makes a yearly flow a programme's places: the programme, its agreement, or the giver's sponsoring.
_A_PROGRAMME = re.compile(
    r"(?i:program|scholarship|fellowship|grant|protocol|agreement|memorand|\bMoU|sponsor|quota|exchange|mobility)"
)
#: A flow each year: "every (academic) year", "each year", "annually", "per year", "per annum".
_EACH_YEAR = re.compile(
    r"\b(?:(?:every|each|per)\s+(?:academic\s+)?year|annually|yearly|per\s+annum)\b", re.IGNORECASE
)
#: "12 students a year": the count's own rate, just after who.
_A_YEAR = re.compile(r"\s+a\s+year\b", re.IGNORECASE)
#: A sentence opening on the year's rate, the count in the clause after it.
_EACH_YEAR_OPENS = re.compile(
    r"\W*(?:(?:Every|Each)\s+(?:academic\s+)?year|Annually|Yearly)\s*,[^,;:]*$", re.IGNORECASE
)


def _yearly(text: str, start: int, end: int) -> bool:
    """True when a count is of people each year ("sends 25 students every year", "Each year, 60 students are
    admitted", "12 students a year"): the places of a programme, a flow, not people at a place."""
    if "ear" not in text and "nnual" not in text and "annum" not in text:
        return False  # no year named: the common case, at no cost
    if _A_YEAR.match(text, end):
        return True
    opened = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start))
    head = text[opened + 1 : start]
    if _EACH_YEAR.search(head) or _EACH_YEAR_OPENS.match(text, 0, start):
        return True  # "Each year, 60 students are admitted"
    comma = text.find(",", end)
    stop = min(_clause_end(text, end), comma if comma >= 0 else len(text))
    return _EACH_YEAR.search(text, end, stop) is not None  # "and their number grows every year": the whole


#: Who a count names when it is a part of the cohort before: "50 of them are girls".
_OF_THEM_WHO = re.compile(r"of\s+(?:them|whom|these|those)\b", re.IGNORECASE)

#: "there" in the clause just after a count.
_THERE = re.compile(r"[^,.;]{0,40}?\bthere\b")
#: A count that follows another cohort's clause as the next item of a list: ", 25 students ...", "and 25 ...".
_NEXT_IN_LIST = re.compile(
    r"(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|,?\s+(?:in\s+addition\s+to|as\s+well\s+as|besides|along\s+with)\s+)"
    r"(?:(?:some|about|around|over|more\s+than|nearly|another)\s+)?$",
    re.I,
)


#: A verb of planning just before a cohort's count: "B will admit | plans to host 50 students".
_PLANNED_HEAD = re.compile(
    r"\b(?:will|shall|plans?\s+to|planned\s+to|intends?\s+to|going\s+to|expected\s+to|is\s+to|are\s+to|ready\s+to)\s+"
    r"(?:also\s+)?\w+(?:\s+in)?(?:\s+(?:its|their|the|another|first|new|up\s+to|about|around|some|over|more\s+than))*\s*$",
    re.I,
)


#: A verb of training done just before a cohort's count: "B has produced | trained 5,000 graduates".
_DONE_HEAD = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|also\s+)?(?:produced|prepared|graduated|trained|educated)"
    r"(?:\s+(?:its|their|the|some|about|around|over|more\s+than|nearly|almost))*\s*$",
    re.I,
)


def _asides(doc: Doc, out: list[Cohort], whole: Cohort, n: int, pos: int, stop: int) -> None:
    """ "90 students from Peru, 40 of them women, study at B": the women are a part of the cohort, at its place."""
    sent = doc.sentences[n]
    for match in _ASIDE.finditer(sent.text, pos, min(len(sent.text), stop + 80)):
        count = parse_number(match.group("num"))
        if count is not None and whole.count is not None and count < whole.count:
            who = " ".join(match.group("who").split())
            out.append(Cohort(count, who, whole.at, whole.from_country, whole.status, doc.evidence(n)))
        break


def _siblings(doc: Doc, out: list[Cohort], first: Cohort, n: int, pos: int) -> None:
    """ "30 students from Ghana and 15 from Togo": cohorts like the first, each from its own country."""
    sent = doc.sentences[n]
    match = _FROM_COUNTRY.match(sent.text, pos)
    while match is not None:
        sibling = _SIBLING.match(sent.text, match.end())
        count = parse_number(sibling.group("num")) if sibling else None
        if sibling is None or count is None:
            return
        country = country_of(re.sub(r"^the\s+", "", sibling.group("country")))
        out.append(Cohort(count, first.who, first.at, country, first.status, doc.evidence(n)))
        match = sibling


def _parts_from(doc: Doc, out: list[Cohort], whole: Cohort, n: int, pos: int) -> None:
    """ "60 international students, 12 from Ghana (and 8 from Togo)": parts of a cohort of no one country."""
    if whole.from_country is not None or whole.count is None:
        return
    sent = doc.sentences[n]
    part = _SIBLING.match(sent.text, pos)
    while part is not None:
        count = parse_number(part.group("num"))
        if count is None or count >= whole.count:
            return
        country = country_of(re.sub(r"^the\s+", "", part.group("country")))
        out.append(Cohort(count, whole.who, whole.at, country, whole.status, doc.evidence(n)))
        part = _SIBLING.match(sent.text, part.end())


#: "Among the 300 participants of the summer school, 30 are from Ghana": a part of a group, at its place.
#: Demonyms as written ("Chinese", "South Korean"), for "1,500 are Chinese".
_DEMONYM_WORDS = trie_pattern(sorted(demonyms()))
_AMONG = re.compile(
    rf"^(?:Among|Of)\s+(?:the|its|their|our)\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?P<total>{NUMBER_RE})\s+(?P<who>{_WHO})\b[^,;.]{{0,80}},\s*(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?P<num>{NUMBER_RE})\s+(?:are|were|come|came|is|was)\s+"
    rf"(?:from\s+(?:the\s+)?(?P<where>[^,;.]{{1,40}})|(?P<dem>(?-i:{_DEMONYM_WORDS}))(?:\s+(?:citizens|nationals))?\s*(?:[,;.]|$))",
    re.I,
)


#: "Among them, 68 are from Kyrgyzstan": a part of the cohort the sentence before told of.
_AMONG_THEM = re.compile(
    r"^(?:Among|Of)\s+(?:them|these|those|whom)\s*,?\s*(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?P<num>{NUMBER_RE})\s+(?:are|were|come|came|is|was)\s+from\s+(?:the\s+)?(?P<where>[^,;.]{{1,40}})",
    re.I,
)


#: "Of the 120 Uzbek students in Korea, 35 study at B": a part of a group, at a place of its own.
_AMONG_AT = re.compile(
    rf"^(?:Among|Of)\s+(?:the|its|their|our)\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?P<total>{NUMBER_RE})\s+(?P<who>{_WHO})\b[^,;.]{{0,80}},\s*(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?P<num>{NUMBER_RE})\s+(?:of\s+them\s+)?(?:(?:are|were|is|was)\s+)?(?:(?:currently|now)\s+)?"
    r"(?:stud(?:y|ies|ying|ied)|enrolled|attend(?:s|ing)?|train(?:s|ed|ing)?|work(?:s|ing)?)\s+(?:at|in)\s+(?:the\s+)?",
    re.I,
)


def _among_at(doc: Doc, out: list[Cohort], n: int, match: re.Match[str]) -> None:
    sent = doc.sentences[n]
    count, total = parse_number(match.group("num")), parse_number(match.group("total"))
    at = _place_at(doc, n, sent.start + match.end())
    if count is None or total is None or count >= total or at is None:
        return
    whole = next((c for c in out if c.evidence == doc.evidence(n) and c.count == total), None)
    who = " ".join(match.group("who").split())
    country = whole.from_country if whole else _from_country(who, "")
    status = whole.status if whole else "studying"
    out.append(Cohort(count, who, at, country, status, doc.evidence(n)))


def _among(doc: Doc, out: list[Cohort], n: int) -> None:
    sent = doc.sentences[n]
    them = _AMONG_THEM.match(sent.text)
    if them is not None:
        _among_them(doc, out, n, them)
        return
    part_at = _AMONG_AT.match(sent.text)
    if part_at is not None:
        _among_at(doc, out, n, part_at)
        return
    match = _AMONG.match(sent.text)
    if match is None:
        return
    count, total = parse_number(match.group("num")), parse_number(match.group("total"))
    if count is None or total is None or count >= total:
        return
    whole = next((c for c in out if c.evidence == doc.evidence(n) and c.count == total), None)
    at = whole.at if whole else None
    if at is None:
        i = doc.recent_org(sent.start + match.start("num"))
        at = doc.orgs[i].name if i is not None else None
    if at is None:
        return
    found = find_countries(match.group("where") or "")
    country = found[0][0] if found and found[0][1] == 0 else None
    if match.group("dem"):  # "Of the 2,800 foreign students at B, 1,500 are Chinese"
        country = country_of(match.group("dem"))
    who = " ".join(match.group("who").split())
    out.append(Cohort(count, who, at, country, "studying", doc.evidence(n)))


def _among_them(doc: Doc, out: list[Cohort], n: int, match: re.Match[str]) -> None:
    """A part of the last cohort, told in the sentence after it, from the country it names."""
    count = parse_number(match.group("num"))
    previous = doc.evidence(n - 1) if n > 0 else None
    whole = out[-1] if out and out[-1].evidence == previous else None
    if count is None or whole is None or whole.count is None or count >= whole.count:
        return
    found = find_countries(match.group("where"))
    country = found[0][0] if found and found[0][1] == 0 else None
    out.append(Cohort(count, whole.who, whole.at, country, whole.status, doc.evidence(n)))


def _part_of_them(doc: Doc, out: list[Cohort], whole: Cohort, n: int, pos: int) -> None:
    """ "..., 40 of them at B": a part of the cohort just read, where the text puts it;
    "..., including 200 from Estonia": a part at the same place, from one country."""
    sent = doc.sentences[n]
    part = _PART_FROM.match(sent.text, pos)
    count = parse_number(part.group("num")) if part else None
    if part is not None and count is not None and whole.at is not None:
        country = country_of(re.sub(r"^the\s+|(?:'s|’s)$", "", part.group("country")))
        out.append(Cohort(count, whole.who, whole.at, country, whole.status, doc.evidence(n)))
        return
    match = (
        _OF_THEM.match(sent.text, pos)
        or _INCLUDING_AT.match(sent.text, pos)
        or _OF_WHOM_AT.match(sent.text, pos)
    )
    count = parse_number(match.group("num")) if match else None
    if match is None or count is None:
        return
    at = _place_at(doc, n, sent.start + match.end())
    if at is None and doc.find_org(whole.at) is not None and _CAMPUS.match(sent.text, match.end()):
        at = whole.at  # "300 students study at B, 35 of them at the Tashkent campus | its branch": B's
    if at is not None:
        out.append(Cohort(count, whole.who, at, whole.from_country, whole.status, doc.evidence(n)))


#: Words before who that make the count one of things: "14 dormitories for students", "5 agreements with
#: students", "500 places (annually) for students" (a programme's places).
_THING_FOR = re.compile(
    r"^(?:[\w’'\-]+\s+){0,2}?(?:(?:places|seats|vacancies|study\s+places)(?:\s+(?:annually|yearly))?"
    r"|(?!members\b|group\b|cohort\b|contingent\b|batch\b|team\b)[\w’'\-]+)\s+"
    r"(?:for|with|to|of|from|at|in|on|by)\s+(?P<who>.+)$",
    re.IGNORECASE,
)


#: A part of the institution just named: "the Tashkent campus", "its branch in Tashkent", "the main campus".
_CAMPUS = re.compile(r"(?:its\s+|their\s+)?(?:[\w’'\-]+\s+)?(?:campus|branch|faculty|school)\b")


def _part_of_nowhere(doc: Doc, out: list[Cohort], match: re.Match[str], n: int) -> None:
    """A cohort with no place ("study abroad") whose part has one: ", including 15,000 in Russia"."""
    sent = doc.sentences[n]
    if "including" not in sent.text:
        return
    count = parse_number(match.group("num"))
    if count is None:
        return
    stop = _clause_end(sent.text, match.end())
    who = " ".join(match.group("who").split())
    status = _status(sent.text[match.start() : stop])
    whole = Cohort(count, who, None, _from_country(who, sent.text[match.end() :]), status, doc.evidence(n))
    _part_of_them(doc, out, whole, n, stop)


def _part_from_pattern() -> re.Pattern[str]:
    from kgpart.extract.gazetteer import country_regex

    return re.compile(
        rf"{_PART_FROM_HEAD}(?P<country>{country_regex().pattern})"  # case-sensitive: the pattern needs capitals
    )


_PART_FROM = _part_from_pattern()


def _sibling_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from kgpart.extract.gazetteer import country_regex

    country = country_regex().pattern  # case-sensitive: the pattern needs capitals
    return (
        re.compile(rf"\s+from\s+(?:the\s+)?(?:{country})"),
        re.compile(
            rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
            rf"(?P<num>{NUMBER_RE})\s+(?:more\s+)?from\s+(?P<country>(?:the\s+)?(?:{country}))"
        ),
    )


_FROM_COUNTRY, _SIBLING = _sibling_patterns()


def _place_at(doc: Doc, n: int, pos: int) -> str | None:
    """The organisation or country named right at ``pos``."""
    for m in doc.org_mentions_in(n):
        if pos <= m.start <= pos + 4:
            return doc.orgs[m.index].name
    found = find_countries(doc.text[pos : pos + 60])
    return found[0][0] if found and found[0][1] <= 4 else None


#: "The number | contingent of <who> (from X) (in | at Y) has reached | exceeds | is N"; the contingent is the
#: word of texts translated from Russian.
_NUMBER_OF = re.compile(
    rf"\b(?:number|contingent)\s+of\s+(?P<who>{_WHO})\b(?P<mid>[^.;]{{0,80}}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:reached|reaches|exceeds|exceeded|is|was|stands\s+at|stood\s+at|amounts\s+to|totals|totalled|"
    r"(?:(?:is|are)\s+expected\s+to|will|should|(?:is|are)\s+planned\s+to|is\s+to)\s+"
    r"(?:reach|exceed|grow\s+to|increase\s+to|rise\s+to|be\s+(?:increased|raised|brought)\s+to)|"
    r"(?:grew|increased|rose|grown|risen|climbed|jumped|doubled|tripled|trebled|quadrupled)"
    r"(?:\s+from\s+[^.;]{1,30}?)?\s+to)\s+(?:(?:more\s+than|over|about|around|almost|nearly|some)\s+)?"
    rf"(?P<num>{NUMBER_RE})\b",
    re.IGNORECASE,
)


#: "B plans to increase the number of Chinese students to 500": a planned cohort at the subject.
_RAISE_NUMBER = re.compile(
    r"\b(?:increas\w*|rais\w*|bring\w*|grow\w*|doubl\w*|expand\w*)\s+the\s+number\s+of\s+"
    rf"(?P<who>{_WHO})\b(?P<mid>[^.;]{{0,60}}?)\s+to\s+(?:(?:more\s+than|over|about|around|at\s+least)\s+)?"
    rf"(?P<num>{NUMBER_RE})\b",
    re.IGNORECASE,
)


def _raise_number(doc: Doc, out: list[Cohort], n: int) -> None:
    sent = doc.sentences[n]
    for match in _RAISE_NUMBER.finditer(sent.text):
        count = parse_number(match.group("num"))
        if count is None or is_year(match.group("num")):
            continue
        mid_start = sent.start + match.start("mid")
        mid = match.group("mid")
        inside = [m for m in doc.org_mentions_in(n) if mid_start <= m.start < mid_start + len(mid)]
        places = [m for m in inside if not _ORIGIN.search(doc.text, max(sent.start, m.start - 12), m.start)]
        before = [m for m in doc.org_mentions_in(n) if m.start < sent.start + match.start()]
        head = sent.text[: match.start()]
        if places:
            at: str | None = doc.orgs[places[0].index].name
        else:
            at = _country_went_to(mid) or _generic_at(mid)
        if at is None and before:
            at = doc.orgs[max(before, key=lambda m: m.start).index].name  # "B plans to increase ..."
        if at is None and _THE_UNIVERSITY_HAS.search(head):
            at = _main_institution(doc, sent.start + match.start())
        if at is None:
            continue
        who = " ".join(match.group("who").split())
        out.append(Cohort(count, who, at, _from_country(who, mid), "planned", doc.evidence(n)))


#: A count told after who: "students at B, numbering 45,", "Rwandan students at B now number 45", "the student
#: community at B numbers 45", "students at B (45 in total)".
_LATE_COUNT = re.compile(
    r"(?:\s+(?:community|body|population|contingent|group))?(?P<mid>[^.;()]{0,80}?)"
    r"(?:,?\s+(?:(?:now|currently|today|already|this\s+year)\s+)?(?:numbering|number|numbers|numbered)\s+"
    rf"(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?(?!one\b)(?P<num>{COUNT_RE})\b(?!\s*(?:%|per\s*cent))"
    # "the Kazakh student community at B has grown to 250": a growth told of the group, the count at its end
    r"|,?\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|already\s+)?(?:(?:grown|grew|increased|risen|rose|climbed|doubled|"
    r"tripled)(?:\s+from\s+[^.;]{1,30}?)?\s+to|reached)\s+(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?"
    rf"(?P<num3>{COUNT_RE})(?![,.\u00a0\u202f ]?\d)(?=\s*(?:[.,;)]|$|\s+(?:in|this|last|by|since|over|people|persons|students|and)\b))"
    r"|\s*\(\s*(?:(?:about|around|some|over|more\s+than|nearly|almost)\s+)?"
    rf"(?P<num2>{NUMBER_RE})(?:\s+(?:in\s+total|in\s+all|people|persons))?\s*\))",
    re.I,
)


def _country_list_pattern() -> re.Pattern[str]:
    from kgpart.extract.gazetteer import country_regex

    return re.compile(
        rf"(?P<country>{country_regex().pattern})(?:\s*\(\s*(?P<num>\d{{1,3}}(?:,\d{{3}})*|\d+)\s*\)"
        r"|\s*[:\u2013\u2014-]\s*(?P<num2>\d{1,3}(?:,\d{3})*|\d+)(?!\s*(?:%|per\s*cent)|[\w\u2013-])(?:\s+students)?)"
    )


#: "students from Rwanda (45), Uganda (30) and Kenya (12)": a count in brackets after each country.
_COUNTRY_COUNT = _country_list_pattern()
#: Who the late counts are of: the cohort words with no count before them.
_LATE_WHO = re.compile(rf"\b(?:{_WHO_WORDS})\b", re.I)
#: Words that open who before its noun: "Rwandan exchange students", "international students".
_LEAD_WORDS = re.compile(r"(?:(?:[A-Z][\w’'\-]*|international|foreign|exchange|young|visiting)\s+){1,3}$")
_NUMBER_OF_BEFORE = re.compile(r"\b(?:number|contingent)\s+of\s+(?:the\s+|its\s+|our\s+|their\s+)?$", re.I)
_COUNTED_JUST_BEFORE = re.compile(rf"(?:{COUNT_RE})\s+(?:[\w’'\-]+\s+){{0,3}}$", re.I)


#: Who is from abroad though of no one country: "international | foreign students".
_ABROAD_WHO = re.compile(r"\b(?:international|foreign|overseas|exchange)\b", re.I)
#: Words one branch of _LATE_COUNT or _COUNTRY_COUNT needs: a cheap test first.
_LATE_CUES = re.compile(
    r"[(:\u2013]| - |number|grown|grew|increased|risen|rose|climbed|doubled|tripled|reached"
)


def _late_counts(doc: Doc, out: list[Cohort], n: int) -> None:
    """Cohorts whose count follows who: "numbering 45", "(45 in total)", "from Rwanda (45), Uganda (30)"."""
    sent = doc.sentences[n]
    for who in _LATE_WHO.finditer(sent.text):
        lead = _LEAD_WORDS.search(sent.text, max(0, who.start() - 60), who.start())
        first = lead.start() if lead else who.start()  # "Rwandan exchange students": who with its words
        if _NUMBER_OF_BEFORE.search(sent.text, max(0, first - 40), first):
            continue  # "the number of Kazakh students ... has reached 250": read by _number_of
        if _COUNTED_JUST_BEFORE.search(sent.text, max(0, first - 40), first):
            _list_of_parts(doc, out, n, who.end())  # "hosts 300 students; by country: China - 120, ..."
            continue
        if _at_an_event(sent.text, first, who.end()):
            continue
        start, end = sent.start + first, sent.start + who.end()
        found: list[tuple[str, str | None]] = []
        late: re.Match[str] | None = None
        if "(" in sent.text[who.end() :] or ":" in sent.text[who.end() :]:
            stop = _clause_end(sent.text, who.end())
            found = [
                (m["num"] or m["num2"], m["country"])
                for m in _COUNTRY_COUNT.finditer(sent.text, who.end(), stop)
            ]
        if len(found) < 2:
            late = _LATE_COUNT.match(sent.text, who.end())
            found = [(late["num"] or late["num2"] or late["num3"], None)] if late else []
        after = late.end() if late else who.end()
        after += len(sent.text[after:]) - len(sent.text[after:].lstrip(" ,"))
        if not found or _EVENT_TAIL.match(sent.text, after):
            continue  # "students of B, numbering 30, attended the lecture": an audience
        at = _cohort_at(doc, n, start, end)
        if at is None:
            continue
        name = " ".join(re.sub(r"^(?:The|the)\s+", "", sent.text[first : who.end()]).split())
        for num, country in found:
            count = parse_count(num)
            if count is None or is_year(num) or any(c.count == count and c.at == at for c in out):
                continue
            origin = country_of(country) if country else _from_country(name, sent.text[who.end() :])
            if late is not None and late["num3"] and origin is None and not _ABROAD_WHO.search(name):
                continue  # "students of B reached 250 in the ranking": a growth of a group of no one country
            out.append(Cohort(count, name, at, origin, _status(sent.text[who.start() :]), doc.evidence(n)))
        return


def _list_of_parts(doc: Doc, out: list[Cohort], n: int, pos: int) -> None:
    """ "B hosts 300 students; by country: China - 120, Kazakhstan - 45": parts of the cohort just read."""
    sent = doc.sentences[n]
    whole = out[-1] if out and out[-1].evidence == doc.evidence(n) else None
    if whole is None or whole.count is None or whole.from_country is not None:
        return
    parts = [(m["num"] or m["num2"], m["country"]) for m in _COUNTRY_COUNT.finditer(sent.text, pos)]
    counts = [parse_number(num) or 0 for num, _ in parts]
    if len(parts) < 2 or sum(counts) > whole.count:
        return
    for count, (_, country) in zip(counts, parts, strict=True):
        if count and not any(c.count == count and c.at == whole.at for c in out):
            out.append(Cohort(count, whole.who, whole.at, country_of(country), whole.status, doc.evidence(n)))


#: A row of a table of students by country: "| Kazakhstan | 45 |", "Kazakhstan | 45".
_TABLE_ROW = re.compile(
    r"^[ \t]*\|?[ \t]*(?P<country>[A-Z][\w’' .\-]{2,40}?)[ \t]*\|[ \t]*(?P<num>\d{1,3}(?:,\d{3})*|\d+)[ \t]*(?:\||$)",
    re.M,
)


def _table_rows(doc: Doc, out: list[Cohort]) -> None:
    """Rows of a table of students by country, under a line that names who and where."""
    rows = [m for m in _TABLE_ROW.finditer(doc.text) if country_of(m["country"].strip())]
    if len(rows) < 2:
        return
    n = doc.sentence_at(rows[0].start())
    while n > 0 and doc.sentences[n].text.lstrip().startswith("|"):
        n -= 1  # the table's own rows and header, up to the line above it
    # who is told by the table's header row when it has one ("| Country | Students |"), else by the line above
    header = next((k for k in range(n, n + 2) if doc.sentences[k].text.lstrip().startswith("|")), None)
    who = NAMES_PEOPLE.search(doc.sentences[header if header is not None else n].text)
    named = doc.org_mentions_in(n)
    at = doc.orgs[named[0].index].name if named else _main_institution(doc, rows[0].start())
    if at is None or who is None:
        return
    for row in rows:
        count = parse_number(row["num"])
        if count and not is_year(row["num"]):
            k = doc.sentence_at(row.start())
            out.append(
                Cohort(
                    count, who.group(0), at, country_of(row["country"].strip()), "studying", doc.evidence(k)
                )
            )


def _generic_at(text: str) -> str | None:
    match = _AT.search(text)
    return match.group("generic") if match and match.group("generic") else None


def _number_of_host(doc: Doc, n: int, pos: int, who: str, mid: str) -> str | None:
    """Where "the number of (its) students" is when no place follows it: "At B, the number ...", "B said the
    number of its students ...", "the number of students at the university ..."."""
    sent = doc.sentences[n]
    head = doc.text[sent.start : pos]
    before = [m for m in doc.org_mentions_in(n) if m.start < pos]
    there = _AT.search(mid)
    if there is not None and there.group("there") and not there.group("partner"):
        i = doc.recent_org(pos)  # "the number of Rwandan students at the university"
        return doc.orgs[i].name if i is not None else None
    opening = _NUMBER_AHEAD.match(head)
    if opening is not None and before:
        first = min(before, key=lambda m: m.start)
        if first.start - sent.start == opening.end("at"):
            return doc.orgs[first.index].name
    if before and re.match(r"(?:its|our|their)\s", who, re.I):
        return doc.orgs[max(before, key=lambda m: m.start).index].name
    return _main_institution(doc, pos) if _THE_UNIVERSITY_HAS.search(head) else None


#: "At B, the number of": what may stand between the opening place and the count's phrase.
_NUMBER_AHEAD = re.compile(r"\W*(?:At|In)\s+(?:the\s+)?(?P<at>)[^,;]{2,80},\s*(?:the\s+)?(?:total\s+)?$")


def _number_of(doc: Doc, out: list[Cohort], n: int) -> None:
    sent = doc.sentences[n]
    for match in _NUMBER_OF.finditer(sent.text):
        count = parse_number(match.group("num"))
        if count is None or is_year(match.group("num")):
            continue
        mid_start = sent.start + match.start("mid")
        mid = match.group("mid")
        orgs = [m for m in doc.org_mentions_in(n) if mid_start <= m.start < mid_start + len(mid)]
        places = [m for m in orgs if not _ORIGIN.search(doc.text, max(sent.start, m.start - 12), m.start)]
        at = doc.orgs[places[0].index].name if places else (_country_went_to(mid) or _generic_at(mid))
        if at is None:
            at = _number_of_host(doc, n, sent.start + match.start(), match.group("who"), mid)
        if at is None:
            continue
        who = " ".join(match.group("who").split())
        status = "planned" if re.search(r"\b(?:will|expected|planned)\b", sent.text) else "studying"
        out.append(Cohort(count, who, at, _from_country(who, mid), status, doc.evidence(n)))


def _cohort_matches(text: str, lower: str) -> list[re.Match[str]]:
    """``PEOPLE_COUNT.finditer(text)``, scanned on the lower-cased sentence where that is safe."""
    if len(lower) != len(text):  # lower() lengthened a rare letter: offsets would not agree
        return list(PEOPLE_COUNT.finditer(text)) if NAMES_PEOPLE.search(text) else []
    if _WHO_ANY_LOWER.search(lower) is None:
        return []
    out = []
    for hit in _COHORT_LOWER.finditer(lower):
        pre = (
            _PRE_BEFORE.search(lower, max(0, hit.start() - 30), hit.start())
            if lower[hit.start() - 1 : hit.start()] == " "
            else None
        )
        match = PEOPLE_COUNT.match(text, pre.start() if pre else hit.start())
        if match is not None:
            out.append(match)
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")


def is_year(num: str) -> bool:
    return _YEAR.fullmatch(num.strip()) is not None


def _planned(doc: Doc, out: list[Cohort], base: Cohort, n: int, pos: int) -> None:
    """ "... and this number is planned to increase to 150,000": a planned cohort like the one before."""
    sent = doc.sentences[n]
    match = _PLANNED_MORE.search(sent.text, pos)
    if match:
        count = parse_number(match.group("num"))
        if count:
            out.append(Cohort(count, base.who, base.at, base.from_country, "planned", doc.evidence(n)))


# -- cohorts the text names without a number -------------------------------------------------------

#: A demonym used as an adjective: "Kazakh", "Egyptian", "South Korean" (case as written).
_DEMONYM = trie_pattern(sorted(demonyms()))
#: The plural group that studies: "students", "PhD students", "citizens" (with an origin only).
_GROUP = (
    r"(?i:(?:(?:international|young|foreign|talented)\s+)?(?:(?:PhD|doctoral|master[’']?s|graduate|undergraduate)\s+)?"
    r"(?:students|undergraduates|postgraduates|schoolchildren|pupils|cadets|citizens|nationals|youth))"
)
#: A study verb after the group: "studying in", "who are enrolled at", "receive education in".
_STUDY = (
    r"(?i:(?:,\s*)?(?:who\s+)?(?:(?:are|were|is|currently|now|also|still|already|will|can|could|would|may)\s+)*"
    r"(?P<verb>study|studies|studying|studied|enrolled|(?:receiv(?:e|es|ing)|get(?:s|ting)?|obtain(?:s|ing)?)"
    r"\s+(?:their\s+|higher\s+)?education|pursu(?:e|es|ing)\s+(?:their\s+)?(?:studies|education|degrees?))"
    r"(?:\s+(?!(?:at|in)\b)[a-z]+){0,2}?\s+(?:at|in)\s+(?:the\s+)?)"  # "study medicine at B"
)
#: "Kazakh students studying in Hong Kong", "students from Egypt who study at B", "Kazakhs enrolled at B".
_NO_COUNT = re.compile(
    rf"\b(?:(?P<dem>{_DEMONYM})\s+{_GROUP}|(?P<nat>{trie_pattern([*_NATIONALS, *_IRREGULAR_NATIONALS])})"
    rf"|{_GROUP}\s+(?i:from|of)\s+(?:the\s+)?(?P<origin>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,2}}))\s+{_STUDY}"
)
#: "the possibility of studying at Kazakh universities for Egyptian students", "opportunities for
#: Kenyan students to study at B": a chance offered, so a planned cohort.
_CHANCE = re.compile(
    rf"(?i:possibilit(?:y|ies)|opportunit(?:y|ies)|chance)\s+(?:(?i:of|for)\s+(?:the\s+)?"
    rf"(?:(?:(?P<dem1>{_DEMONYM})\s+{_GROUP}\s+to\s+study)|(?i:studying))\s+(?:at|in)\s+(?:the\s+)?)"
)
_CHANCE_FOR = re.compile(rf"\s+for\s+(?:the\s+)?(?P<dem2>{_DEMONYM})\s+{_GROUP}\b")
#: A cheap gate before the patterns: a group word the construction needs.
_NO_COUNT_CUE = re.compile(
    r"\b(?:(?i:students|citizens|nationals|pupils|cadets|youth)|[A-Z]\w+s\s+(?:stud|enrol|are\s+stud))"
)
#: A number just before the group: the cohort has a count, read above ("hundreds of" gives none: a cohort here).
_COUNTED_BEFORE = re.compile(
    rf"(?:(?<![\w,.]){NUMBER_RE}|number\s+of|few)"  # "hundreds of Kazakh students": no number, a cohort
    r"\s+(?:of\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,3}$",
    re.I,
)
#: "at the university": the word after "the" (read by _STUDY), an institution named before.
_THE_HOST = re.compile(r"(?:university|institute|academy)\b(?!\s+(?:of|in)\s)")
_PLACE_WORDS = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,3}")
_GENERIC_HOSTS = re.compile(
    rf"(?P<dem>{_DEMONYM})\s+(?:universities|higher\s+education\s+institutions|colleges)\b"
)


def _countless(doc: Doc, out: list[Cohort], n: int) -> None:
    """A group of one country's students studying at a place, with no number: a cohort of no count."""
    sent = doc.sentences[n]
    for match in _NO_COUNT.finditer(sent.text):
        if _COUNTED_BEFORE.search(sent.text, max(0, match.start() - 40), match.start()):
            continue
        if match.group("dem"):
            origin = country_of(match.group("dem"))
        elif match.group("nat"):
            origin = _from_country(match.group("nat"), "")
        else:
            found = find_countries(match.group("origin"))
            origin = found[0][0] if found and found[0][1] == 0 else None
        verb = match.group("verb").lower()
        status = (
            "planned"
            if re.search(r"\b(?:will|can|could|would|may)\b", match.group(0), re.I)
            else ("completed" if verb == "studied" else "studying")
        )
        _add_countless(doc, out, n, origin, match.end(), status)
    for match in _CHANCE.finditer(sent.text):
        dem = match.group("dem1")
        if dem is None:  # "the possibility of studying at B for Egyptian students"
            place_end = _place_end(doc, n, match.end())
            after = _CHANCE_FOR.match(sent.text, place_end) if place_end is not None else None
            dem = after.group("dem2") if after else None
        if dem is not None:
            _add_countless(doc, out, n, country_of(dem), match.end(), "planned")


def _place(doc: Doc, n: int, pos: int) -> tuple[str, int] | None:
    """The place named at ``pos`` of sentence ``n``: an organisation, "Kazakh universities", a country or city."""
    sent = doc.sentences[n]
    for m in doc.org_mentions_in(n):
        if 0 <= m.start - sent.start - pos <= 4:
            name = doc.orgs[m.index].name
            return name, pos + len(name)
    generic = _GENERIC_HOSTS.match(sent.text, pos)
    if generic is not None:
        return generic.group(0), generic.end()
    the_host = _THE_HOST.match(sent.text, pos)
    if (
        the_host is not None and sent.text[max(0, pos - 4) : pos].lower() == "the "
    ):  # "study medicine at the university": the one told of just before
        i = doc.recent_org(sent.start + pos)
        return (doc.orgs[i].name, the_host.end()) if i is not None else None
    words = _PLACE_WORDS.match(sent.text, pos)
    if words is None:
        return None
    found = find_countries(words.group(0))
    if found and found[0][1] == 0:
        return found[0][0], pos + found[0][2]
    first = words.group(0).split()
    for k in range(min(3, len(first)), 0, -1):
        city = " ".join(first[:k])
        country = city_country(city)
        if country:  # "studying in Krakow": the city's country, as for counted cohorts
            return country, pos + len(city)
    return None


def _place_end(doc: Doc, n: int, pos: int) -> int | None:
    place = _place(doc, n, pos)
    return place[1] if place else None


def _add_countless(doc: Doc, out: list[Cohort], n: int, origin: str | None, pos: int, status: str) -> None:
    place = _place(doc, n, pos)
    if origin is None or place is None:
        return
    at = place[0]
    if country_of(at) == origin or country_of(at.split()[0]) == origin:
        return  # "Kazakh students studying in Kazakhstan | at Kazakh universities": no mobility
    if any(c.from_country == origin and (c.at or "").lower() == at.lower() for c in out):
        return  # the same group, counted or named already
    out.append(Cohort(None, "students", at, origin, status, doc.evidence(n)))
