"""Parts of a cohort: asides, siblings, "of whom", "including", "among them"; shares, ellipses, "respectively".

"90 students from Peru, 40 of them women", "30 students from Ghana and 15 from Togo", "60 international
students, 12 from Ghana", "..., 40 of them at B", ", including 15,000 in Russia" (a part with a place
of a whole with none), "Of the 120 Uzbek students in Korea, 35 study at B", and "Among them, 68 are
from Kyrgyzstan" (the whole told in the sentence before), "..., about 900 of whom attend B", "; 420 have
graduated", "300 of them come from Kazakhstan." (the next sentence), "450 of the 2,000 students at B" (a share
told first). Each part is a cohort of its own. Also the lists of places: "at A, 45 at B and 12 at C", "A has 320
and B 45", "320 Kazakh and 45 Uzbek students", "A and B host 320 and 45 students respectively".
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts.clauses import (
    _ASIDE_FOLDED,
    _INCLUDING_AT,
    _PART_FROM_HEAD,
    _QUALIFIER,
    _clause_end,
)
from kgpart.extract.cohorts.hosts import _host_before
from kgpart.extract.cohorts.places import _place_at
from kgpart.extract.cohorts.words import _WHO, _from_country, _status, is_year
from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import city_country, country_of, demonyms, find_countries, is_demonym
from kgpart.extract.numbers import NUMBER_RE, parse_number
from kgpart.extract.patterns import trie_pattern
from kgpart.extract.record import Cohort

#: "..., 40 of them at B": a part of the cohort just read, at a place of its own.
_OF_THEM = re.compile(
    rf",\s*(?:and\s+)?(?P<num>{NUMBER_RE})\s+of\s+(?:them|whom|which)\b[^.;,]{{0,30}}?\b(?:at|in)\s+(?:the\s+)?",
    re.I,
)


#: ", of whom 200 (study) at B", "; among them 40 at B": a part of the cohort just read, at a place of its own.
_OF_WHOM_AT = re.compile(
    rf",\s*(?:of\s+(?:them|whom|which)|among\s+them)\s+(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    rf"(?P<num>{NUMBER_RE})\b[^.;,]{{0,30}}?\b(?:at|in)\s+(?:the\s+)?",
    re.I,
)


def _asides(doc: Doc, out: list[Cohort], whole: Cohort, n: int, pos: int, stop: int) -> None:
    """ "90 students from Peru, 40 of them women, study at B": the women are a part of the cohort, at its place."""
    sent = doc.sentences[n]
    for match in _ASIDE_FOLDED.finditer(sent.text, pos, min(len(sent.text), stop + 80)):
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
    # "Among B's 12,000 students": the institution's own, by its name
    rf"^(?:Among|Of)\s+(?:the|its|their|our|(?-i:[A-Z])[\w’'\-.& ]{{1,80}}?['’]s)\s+"
    r"(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
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
    # "Among B's 12,000 students": the institution's own, by its name
    rf"^(?:Among|Of)\s+(?:the|its|their|our|(?-i:[A-Z])[\w’'\-.& ]{{1,80}}?['’]s)\s+"
    r"(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
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
    part = Cohort(count, who, at, country, status, doc.evidence(n))
    out.append(part)
    _elsewhere(doc, out, part, n, match.end())  # "Of the 120 ..., 30 study at A and 12 at B"


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
        _more_parts(doc, out, whole, n, part.end())  # "...; 450 are from India and 300 from Nepal"
        return
    match = (
        _OF_THEM.match(sent.text, pos)
        or _INCLUDING_AT.match(sent.text, pos)
        or _OF_WHOM_AT.match(sent.text, pos)
    )
    count = parse_number(match.group("num")) if match else None
    if match is None or count is None:
        _of_them_anywhere(doc, out, whole, n, pos)
        return
    at = _place_at(doc, n, sent.start + match.end())
    if at is None and doc.find_org(whole.at) is not None and _CAMPUS.match(sent.text, match.end()):
        at = whole.at  # "300 students study at B, 35 of them at the Tashkent campus | its branch": B's
    if at is not None:
        out.append(Cohort(count, whole.who, at, whole.from_country, whole.status, doc.evidence(n)))
    else:  # "..., 20 of them in doctoral programmes": no place named, the whole's
        _of_them_anywhere(doc, out, whole, n, pos)


def _share_of(doc: Doc, out: list[Cohort], whole: Cohort, n: int, start: int, end: int) -> None:
    """ "Around 450 of the 2,000 international students at B come from India": the share told before the whole
    (its count at ``start``-``end`` of sentence ``n``) is a part of it, at its place."""
    sent = doc.sentences[n]
    if whole.at is None or whole.count is None or " of " not in sent.text[max(0, start - 12) : start]:
        return
    share = _SHARE_BEFORE.search(sent.text, max(0, start - 40), start)
    count = parse_number(share.group("num")) if share else None
    if count is None or count >= whole.count:
        return
    told = _ARE_FROM.search(sent.text, end)
    found = find_countries(told.group("c")) if told else []
    country = found[0][0] if found and found[0][1] == 0 else whole.from_country
    at = whole.at
    # "B hosts 45 of the 450 Kenyan students in Kazakhstan": the share is B's, the whole the country's
    if share is not None and country_of(at) is not None:
        at = _host_before(doc, n, sent.start + share.start("num")) or at
    out.append(Cohort(count, whole.who, at, country, whole.status, doc.evidence(n)))


#: "450 of the", "about a 120 of its": a share just before a whole's count.
_SHARE_BEFORE = re.compile(
    rf"(?:^|(?<=[\s,;(]))(?:{_QUALIFIER})?(?P<num>{NUMBER_RE})\s+of\s+(?:the|its|their|our|these|those|all)\s+$",
    re.I,
)


#: "... come from India", "... are Chinese": the country of a share.
_ARE_FROM = re.compile(
    r"\b(?:are|were|come|came|hail)\s+(?:from\s+)?(?:the\s+)?(?P<c>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)"
)


def _of_them_anywhere(doc: Doc, out: list[Cohort], whole: Cohort, n: int, pos: int) -> None:
    """ "..., 20 of them in doctoral programmes", "..., about 900 of whom attend B": a part of the cohort just read,
    at the organisation its own clause names, else at the whole's place."""
    sent = doc.sentences[n]
    match = _OF_THEM_ANY.match(sent.text, pos)
    if match is None or whole.at is None or whole.count is None:
        return
    count = parse_number(match.group("num") or match.group("num2") or match.group("num3"))
    if count is None or count >= whole.count:
        return
    stop = _PART_STOP.search(sent.text, match.end())
    end = sent.start + (stop.start() if stop else len(sent.text))
    named = [m for m in doc.org_mentions_in(n) if sent.start + match.end() <= m.start < end]
    clause = doc.text[sent.start + match.end() : end]
    at = doc.orgs[named[0].index].name if named else _country_in(clause)
    status = _status(clause)  # "; 420 have already graduated": the part's own
    status = whole.status if status == "studying" else status
    out.append(Cohort(count, whole.who, at or whole.at, whole.from_country, status, doc.evidence(n)))


def _more_parts(doc: Doc, out: list[Cohort], whole: Cohort, n: int, pos: int) -> None:
    """The next parts of a list of parts by country: "... and 300 from Nepal", ", 120 from Laos"."""
    sent = doc.sentences[n]
    sibling = _SIBLING.match(sent.text, pos)
    while sibling is not None:
        count = parse_number(sibling.group("num"))
        if count is None or whole.count is None or count >= whole.count:
            return
        country = country_of(re.sub(r"^the\s+", "", sibling.group("country")))
        out.append(Cohort(count, whole.who, whole.at, country, whole.status, doc.evidence(n)))
        sibling = _SIBLING.match(sent.text, sibling.end())


def _part_next(doc: Doc, out: list[Cohort], n: int) -> None:
    """A part of the cohort the sentence before told, opening its sentence with its count: "300 of them come from
    Kazakhstan.", "250 are from China (and 100 from India).", "45 of these are women." """
    sent = doc.sentences[n]
    whole = out[-1] if out and n > 0 and out[-1].evidence == doc.evidence(n - 1) else None
    match = _NEXT_PART.match(sent.text)
    if whole is None or match is None or whole.count is None or whole.at is None:
        return
    count = parse_number(match.group("num"))
    if count is None or count >= whole.count or is_year(match.group("num")):
        return
    if match.group("where"):
        found = find_countries(match.group("where"))
        country = found[0][0] if found and found[0][1] == 0 else None
    elif match.group("dem"):
        country = country_of(match.group("dem"))
    elif match.group("of"):
        country = whole.from_country  # "45 of them are women"
    else:
        return
    if country is None and not match.group("of"):
        return
    out.append(Cohort(count, whole.who, whole.at, country, whole.status, doc.evidence(n)))
    _more_parts(doc, out, whole, n, match.end())


def _country_in(text: str) -> str | None:
    """The country a part's clause puts it in: "(study) in Germany"."""
    for country, begin, _, surface in find_countries(text):
        if not is_demonym(surface) and re.search(r"\b(?:in|at|to)\s+(?:the\s+)?$", text[:begin]):
            return country
    city = _IN_A_CITY.search(text)  # "some 300 of whom are in Shanghai": the city, as the text names it
    return city.group(1) if city is not None and city_country(city.group(1)) is not None else None


_IN_A_CITY = re.compile(r"\b(?:in|at)\s+([A-Z][\w’'\-]+)\b(?!\s+[A-Z])")


#: ", 20 of them ...", "; of whom 30 ...", ", among them 12 ...": a part of the cohort just read, its count first or last.
_OF_THEM_ANY = re.compile(
    rf"[,;]\s*(?:and\s+)?(?:(?:{_QUALIFIER})?(?P<num>{NUMBER_RE})\s+of\s+(?:them|whom)"
    rf"|(?:of\s+(?:them|whom)|among\s+them)\s*,?\s+(?:{_QUALIFIER})?(?P<num2>{NUMBER_RE}))\b(?!\s*(?:%|per\s*cent))"
    # "...; 420 have already graduated": a part after a semicolon, told by its verb
    rf"|;\s*(?:{_QUALIFIER})?(?P<num3>{NUMBER_RE})\s+(?=(?:have|had|are|were|will|also|already)\b)",
    re.I,
)


#: A sentence opening on a part of the cohort before: "300 of them come from Kazakhstan", "250 are from China".
_NEXT_PART = re.compile(
    rf"^\W*(?:{_QUALIFIER})?(?P<num>{NUMBER_RE})\s+(?P<of>of\s+(?:them|these|those)\s+)?"
    r"(?:(?:are|were|come|came|hail)\s+from\s+(?:the\s+)?(?P<where>[A-Z][^,;.]{0,40}?)(?=\s+and\s|\s*[,;.]|$)"
    rf"|(?:are|were)\s+(?P<dem>(?-i:{_DEMONYM_WORDS}))\b)?",
    re.I,
)


#: Where a part's own clause ends.
_PART_STOP = re.compile(r"[,;.]|\s(?:and|while|whereas)\s")


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


#: "320 Kazakh students at A, 45 at B and 12 at C": the next count of the list, at a place of its own.
_AND_N_AT = re.compile(
    r"(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+)(?:(?:some|about|around|over|more\s+than|nearly)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?:more\s+)?(?:(?:are|were|study|studied|work|worked)\s+)?(?:at|in)\s+"
    r"(?:the\s+)?",
    re.I,
)


#: "A has 320 students from Ghana and B has 45", "A hosts 320, B 45 and C 12", "A with 320 and B with 45": the
#: next host of the list with its count.
_AND_B_HAS = re.compile(
    r"(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas)\s+)(?:the\s+)?(?P<org>[A-Z][^,;.]{0,80}?)\s+"
    r"(?:(?:(?:also|now|currently)\s+)?(?:has|had|hosts|hosted|welcomed|admitted|enrolled|enrols|enrolls|with)\s+)?"
    r"\(?(?:(?:some|about|around|over|more\s+than|nearly)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)\)?"
    r"(?=\s*(?:[,.;]|$|\s(?:and|while|whereas)\s))",
)


#: "and | while" or a comma with a digit after it: a cheap test before the two patterns.
_AND_A_DIGIT = re.compile(r"(?:\b(?:and|while|whereas)\s|,)[^.;\d]*\d")


def _elsewhere(doc: Doc, out: list[Cohort], first: Cohort, n: int, pos: int) -> None:
    """ "320 Kazakh students at A, 45 at B and 12 at C", "A has 320 students from Ghana and B has 45": the next
    counts of the list with no who of their own, the same people at other places."""
    text = doc.sentences[n].text
    stop = text.find(";", pos, pos + 200)
    stop = min(len(text), pos + 200) if stop < 0 else stop  # the list goes on near the count
    if _AND_A_DIGIT.search(text, pos, stop) is None:
        return  # no count in digits after "and" or a comma: the common case
    start = doc.sentences[n].start
    places = {first.at}
    while True:
        found = _AND_N_AT.search(text, pos, stop)
        if found is not None:
            at = _place_at(doc, n, start + found.end())
        else:
            found = _AND_B_HAS.search(text, pos, stop)
            at = _place_at(doc, n, start + found.start("org")) if found else None
        count = parse_number(found.group("num")) if found else None
        if found is None or at is None or count is None or at in places:
            return
        out.append(Cohort(count, first.who, at, first.from_country, first.status, doc.evidence(n)))
        places.add(at)
        pos = found.end()


#: "320 Kazakh and": a count of people named by their country just before another such count, the noun told once.
_ELLIPTIC = re.compile(
    rf"(?:^|(?<=[\s,;(]))(?:{_QUALIFIER})?(?P<num>{NUMBER_RE})\s+(?P<dem>{_DEMONYM_WORDS})\s*"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)$"
)


def _elliptic(doc: Doc, out: list[Cohort], cohort: Cohort, n: int, start: int) -> None:
    """ "320 Kazakh and 45 Uzbek students study at B": the first count shares the noun of the second."""
    sent = doc.sentences[n]
    if (
        " and " not in sent.text[max(0, start - 8) : start]
        and "," not in sent.text[max(0, start - 4) : start]
    ):
        return
    match = _ELLIPTIC.search(sent.text, max(0, start - 60), start)
    count = parse_number(match.group("num")) if match else None
    if match is None or count is None or is_year(match.group("num")):
        return
    noun = (cohort.who or "students").split()[-1]
    country = country_of(match.group("dem"))
    out.append(
        Cohort(count, f"{match.group('dem')} {noun}", cohort.at, country, cohort.status, doc.evidence(n))
    )


#: "320 and 45 (Kazakh students)", "320, 45 and 12": counts of a list told with "respectively".
_COUNTS_LIST = re.compile(
    rf"(?<![\w,.])(?P<nums>(?:{_QUALIFIER})?(?:{NUMBER_RE})(?:\s*,\s*(?:{_QUALIFIER})?(?:{NUMBER_RE}))*\s*,?\s+and\s+"
    rf"(?:{_QUALIFIER})?(?:{NUMBER_RE}))\s+(?P<who>{_WHO})\b",
    re.I,
)


def _respectively(doc: Doc, out: list[Cohort], n: int) -> None:
    """ "A and B host 320 and 45 Kazakh students respectively": each count at the place of the same rank."""
    sent = doc.sentences[n]
    match = _COUNTS_LIST.search(sent.text)
    if match is None:
        return
    nums = [parse_number(x) for x in re.findall(NUMBER_RE, match.group("nums"))]
    counts = [x for x in nums if x is not None]
    places: list[str] = []
    for m in doc.org_mentions_in(n):
        name = doc.orgs[m.index].name
        if doc.orgs[m.index].type not in ("Ministry", "Embassy", "Government") and name not in places:
            places.append(name)
    if len(places) != len(counts):
        places = []
        for country, _, _, surface in find_countries(sent.text):
            if not is_demonym(surface) and country not in places:
                places.append(country)
    if len(places) != len(counts) or len(counts) < 2:
        return
    who = " ".join(match.group("who").split())
    origin = _from_country(who, sent.text[match.end() :])
    status = _status(sent.text[match.end() :])
    evidence = doc.evidence(n)
    out[:] = [c for c in out if not (c.evidence == evidence and c.count in counts)]
    for count, place in zip(counts, places, strict=True):
        out.append(Cohort(count, who, place, origin, status, evidence))
