"""Cohorts the text names without a number.

"Kazakh students studying in Hong Kong", "students from Egypt who study at B", "the possibility of
studying at Kazakh universities for Egyptian students": one country's group at a place, a cohort of no
count, kept only when no counted cohort of the same origin and place is read.
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts.hosts import _GENERIC_HOSTS
from kgpart.extract.cohorts.words import _DEMONYM, _IRREGULAR_NATIONALS, _NATIONALS, _from_country
from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import city_country, country_of, find_countries
from kgpart.extract.numbers import NUMBER_RE
from kgpart.extract.patterns import AsciiFolded, trie_pattern
from kgpart.extract.record import Cohort

#: The plural group that studies: "students", "PhD students", "citizens" (with an origin only).
_GROUP = (
    r"(?i:(?:(?:international|young|foreign|talented)\s+)?(?:(?:PhD|doctoral|master[’']?s|graduate|undergraduate)\s+)?"
    r"(?:students|undergraduates|postgraduates|schoolchildren|pupils|cadets|citizens|nationals|youth))"
)


#: The letters the words of _GROUP begin with (a test reads them from the pattern).
NO_COUNT_GROUP_FIRST = "cdfgimnpstuy"


#: A study verb after the group: "studying in", "who are enrolled at", "receive education in".
_STUDY = (
    r"(?i:(?:,\s*)?(?:who\s+)?(?:(?:are|were|is|currently|now|also|still|already|will|can|could|would|may)\s+)*"
    r"(?P<verb>study|studies|studying|studied|enrolled|(?:receiv(?:e|es|ing)|get(?:s|ting)?|obtain(?:s|ing)?)"
    r"\s+(?:their\s+|higher\s+)?education|pursu(?:e|es|ing)\s+(?:their\s+)?(?:studies|education|degrees?))"
    r"(?:\s+(?!(?:at|in)\b)[a-z]+){0,2}?\s+(?:at|in)\s+(?:the\s+)?)"  # "study medicine at B"
)


#: "Kazakh students studying in Hong Kong", "students from Egypt who study at B", "Kazakhs enrolled at B".
#: The look-ahead after \b holds the letters its alternatives begin with (a demonym's or a national's capital, a
#: word of _GROUP in either case): at a word's edge the engine tests one class before entering the trees.
_NO_COUNT = re.compile(
    rf"\b(?=[A-Z]|(?i:[{NO_COUNT_GROUP_FIRST}]))"
    rf"(?:(?P<dem>{_DEMONYM})\s+{_GROUP}|(?P<nat>{trie_pattern([*_NATIONALS, *_IRREGULAR_NATIONALS])})"
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
_COUNTED_BEFORE_FOLDED = AsciiFolded(_COUNTED_BEFORE)


#: "at the university": the word after "the" (read by _STUDY), an institution named before.
_THE_HOST = re.compile(r"(?:university|institute|academy)\b(?!\s+(?:of|in)\s)")


_PLACE_WORDS = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,3}")


#: Words one of which every match holds: _NO_COUNT's verb of _STUDY; _CHANCE's first word.
_STUDY_WORDS = ("study", "studie", "enrolled", "education", "pursu")
_CHANCE_WORDS = ("possibilit", "opportunit", "chance")


def _may_hold(lower: str | None, words: tuple[str, ...]) -> bool:
    """False when ``lower``, an ASCII sentence lower-cased, holds none of ``words`` (None: other text, where re.I
    folds letters lower() keeps apart, such as "ſ")."""
    return lower is None or any(word in lower for word in words)


def _countless(doc: Doc, out: list[Cohort], n: int) -> None:
    """A group of one country's students studying at a place, with no number: a cohort of no count."""
    sent = doc.sentences[n]
    lower = sent.text.lower() if sent.text.isascii() else None  # a sentence without the words is not scanned
    for match in _NO_COUNT.finditer(sent.text) if _may_hold(lower, _STUDY_WORDS) else ():
        if _COUNTED_BEFORE_FOLDED.search(sent.text, max(0, match.start() - 40), match.start()):
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
    for match in _CHANCE.finditer(sent.text) if _may_hold(lower, _CHANCE_WORDS) else ():
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
