"""Where a cohort went: the country or city after "in | to | visited", and its university.

"18 students of A studied in Szeged": the cohort's home institution, the country it went to (never the
one it came from, nor the seat of a university named on the way: "from B in Rabat"), and the one
university of the article in that city or country, when the text lets us name it.
"""

from __future__ import annotations

import re

from kgpart.extract.doc import Doc, Mention
from kgpart.extract.gazetteer import city_country, find_countries
from kgpart.extract.record import Organization


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


#: "students of A": A is where they study; "students from A" only says where they come from; "students on
#: scholarships of A" names no place.
_HOME_OF = re.compile(r"\s+(?:and\s+[^,;]{1,40}?\s+)?of\s+(?:the\s+)?", re.I)  # "... and 800 teachers of A"


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
