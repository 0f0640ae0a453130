"""One name for a state's body however an article words it: embassies, consulates and ministries.

"Embassy of the Republic of Indonesia in Tashkent" and "the Indonesian Embassy in Uzbekistan" are one
post; "the Kazakh Foreign Ministry", "Kazakhstan's MFA" and "the Ministry of Foreign Affairs of the
Republic of Kazakhstan" one ministry. The canonical name uses the state's common name; the words as
written stay aliases (the caller keeps them).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgpart.extract.gazetteer import ORG_WORDS, city_country, country_names, country_of, find_countries
from kgpart.extract.record import Record

_ARTICLE_STATES = re.compile(
    r"^(?:United |Netherlands$|Philippines$|Czech Republic$|Dominican Republic$|Gambia$|Bahamas$|Maldives$)"
)


_CAPITAL_THE = re.compile(r"(^|\bof )The ")


def state_phrase(country: str) -> str:
    """A country as it follows "Embassy of": "the United Arab Emirates", "the Netherlands"."""
    return f"the {country}" if _ARTICLE_STATES.match(country) else country


def whole_country(text: str) -> str | None:
    """The country ``text`` names from its first to its last character ("the Republic of Korea",
    "The Gambia": a state whose own name has the article, written with a capital)."""
    text = _CAPITAL_THE.sub(r"\1the ", text)
    found = find_countries(text)
    if len(found) == 1 and found[0][1] == 0 and found[0][2] == len(text):
        return found[0][0]
    return None


def host_phrase(place: str, *, consulate: bool) -> str:
    """Where a post is, as its canonical name says it: the state, or a consulate's city.

    An embassy "in Tashkent" is the embassy in Uzbekistan (one embassy per state and host state); a
    consulate is named by its city.
    """
    country = whole_country(place)
    if country is None and not consulate:
        country = city_country(place)
    return state_phrase(country) if country else place


def _post_of(general: str) -> str:
    """The start of a diplomatic post's name, its kind and "of" ("Embassy of ", "Deputy High Commission of "),
    with ``general`` the pattern of what stands between "Consulate" and "General"."""
    return rf"^(?P<post>Embassy|(?:Deputy )?High Commission|Consulate{general}General|Consulate) of "


#: A post's name as an article writes it: "Consulate-General of X in Y", "Embassy of X to the Y".
_POST_NAME = re.compile(_post_of(r"[ \-]") + r"(?P<sender>.+?)(?: (?:in|to) (?:the )?(?P<place>.+))?$")


_LONG_FORM_STARTS = (
    "Republic of",
    "Kingdom of",
    "Federal Republic",
    "People's Republic",
    "Islamic Republic",
    "Socialist Republic",
    "United Republic",
    "State of",
    "Sultanate of",
)


@lru_cache(maxsize=512)
def long_forms(state: str) -> tuple[str, ...]:
    """A state's official long names, as formal texts name it: "Republic of Korea" of "South Korea",
    "Kyrgyz Republic" of "Kyrgyzstan", "Russian Federation" of "Russia" (none for "Japan")."""
    return tuple(
        sorted(
            name
            for name, short in country_names().items()
            if short == state
            and name != state
            and "," not in name
            and len(name.split()) <= 6
            and (name.startswith(_LONG_FORM_STARTS) or name.endswith(("Republic", "Federation")))
        )
    )


#: A post's name with its sender and its host ("Embassy of South Korea in Kazakhstan"), to spell each by its long name.
_POST_STATES = re.compile(_post_of(" ") + r"(?:the )?(?P<sender>.+?) in (?:the )?(?P<host>.+)$")


def long_form_posts(name: str) -> list[str]:
    """ "Embassy of South Korea in Kazakhstan" as a formal text names it too: "Embassy of the Republic
    of Korea in Kazakhstan", "... in the Republic of Kazakhstan", "Embassy of the Republic of Korea in
    the Republic of Kazakhstan" (each state by its common or its long name)."""
    match = _POST_STATES.match(name)
    if match is None:
        return []
    post, sender, host = match["post"], match["sender"], match["host"]
    senders = [sender, *(f"the {x}" for x in long_forms(sender))]
    hosts = [host, *(f"the {x}" for x in long_forms(host))]
    if len(senders) == len(hosts) == 1:
        return []
    return [f"{post} of {a} in {b}" for a in senders for b in hosts if (a, b) != (sender, host)]


def canonical_post(name: str) -> str | None:
    """ "Embassy of the Republic of Indonesia in Tashkent" -> "Embassy of Indonesia in Uzbekistan".

    The states by their common names and an embassy's city by its state, so that one post named in
    several ways (and by a diplomat's title) is one organisation; "Embassy of the State of Qatar"
    (no host said) is "Embassy of Qatar". None when nothing changes or a state is not known.

    >>> canonical_post("Embassy of the Republic of Korea in Tashkent")
    'Embassy of South Korea in Uzbekistan'
    """
    match = _POST_NAME.match(name)
    if match is None:
        return None
    sender = whole_country(match["sender"])
    if sender is None:
        return None
    canonical = f"{match['post'].replace('-', ' ')} of {state_phrase(sender)}"
    if match["place"]:
        town = match["post"].startswith(("Consulate", "Deputy"))  # posts named by their city
        canonical += f" in {host_phrase(match['place'], consulate=town)}"
    return canonical if canonical != name else None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Capitalised fields of study and work beyond ORG_WORDS, as lists in a body's name give them.
NAME_FIELDS = ORG_WORDS | _words(
    """
    Sociology Psychology Philology Linguistics Literature Journalism Biology Geography Philosophy Pedagogy
    Ecology Environment Statistics Informatics Theology Anthropology Archaeology Astronomy Geodesy
    Oceanography Economy Youth Family Labour Labor Welfare Protection Employment Sustainable Climate
    Heritage Innovation Innovations Digitalization Communications Communication Media Higher Mass Life
    Earth Fine Modern Ancient Classical Area Literatures Cultures Translation Tourism Hospitality
    Coordination Integration Investment Investments Reform Reforms Planning Quality Assurance
    Accreditation Standards Testing Assessment Evaluation Monitoring Security Defense Defence Emergency
    Emergencies Situations Sciences Literature Language Languages Practical Methodological Production
    Invalids Community Justice Interior Women Children Gender Veterans Housing Urban Rural Infrastructure
    Knowledge Skills Solidarity Entrepreneurship Enterprise Enterprises Religious Migration Population
    Livestock Wildlife Sanitation Diseases Infectious Genomics Biomedical Nutrition Hygiene Teaching
    Learning Vocational Care Worship Aid Relief Mechanization Engineers
    """
)

#: What stands before "Ministry" or in its place: "Foreign Ministry", "MFA", "Foreign Office".
_FOREIGN_BODY = re.compile(r"^(?:(?:Federal\s+)?Foreign\s+(?:Ministry|Office)|MFA)$")
_MINISTRY_OF = re.compile(r"^(?P<federal>Federal\s+)?Ministry\s+of\s+(?:the\s+)?(?P<fields>[A-Z].*)$")
_FIELDS_MINISTRY = re.compile(r"^(?P<federal>Federal\s+)?(?P<fields>[A-Z][\w\s,&\-]*?)\s+Ministry$")
_LEAD_POSSESSIVE = re.compile(r"(?:’s|'s|’|')?\s+")


def _fields_ok(fields: str) -> bool:
    """ "Science and Higher Education", "Education, Culture, Research and Technology": a field list."""
    words = fields.replace(",", " ").split()
    return bool(words) and all(w in NAME_FIELDS or w in ("and", "&") for w in words)


def _state_around(name: str) -> tuple[str, str] | None:
    """The state a body's name says it belongs to (before it or after its last "of") and the rest."""
    found = find_countries(name)
    lead = found[0] if found and found[0][1] == 0 else None
    body, state = name, None
    if lead is not None:
        rest = _LEAD_POSSESSIVE.match(name, lead[2])
        if rest is None:
            return None
        body, state = name[rest.end() :], lead[0]
    for match in re.finditer(r"\s+(?:of|in)\s+", body):  # the longest tail: "of the Republic of Korea"
        tail = whole_country(body[match.end() :])
        if tail is not None:
            if state is not None and tail != state:
                return None
            body, state = body[: match.start()], tail
            break
    return (state, body) if state is not None and body != name else None


def canonical_ministry(name: str) -> tuple[str, str] | None:
    """The canonical name of a state's ministry and its state, or None when ``name`` is none or is it.

    "Kazakh Foreign Ministry", "Kazakhstan's MFA", "Foreign Ministry of the Republic of Kazakhstan"
    -> "Ministry of Foreign Affairs of Kazakhstan"; "the Egyptian Ministry of Higher Education" ->
    "Ministry of Higher Education of Egypt".

    >>> canonical_ministry("Uzbek Education Ministry")
    ('Ministry of Education of Uzbekistan', 'Uzbekistan')
    """
    found = _state_around(name)
    if found is None:
        return None
    state, body = found
    federal = ""
    if _FOREIGN_BODY.match(body):
        fields = "Foreign Affairs"
    elif match := _MINISTRY_OF.match(body) or _FIELDS_MINISTRY.match(body):
        federal, fields = match["federal"] or "", match["fields"]
        fields = "Foreign Affairs" if fields == "Foreign" else fields
        if not _fields_ok(fields) and match.re is _FIELDS_MINISTRY:
            return None  # "Kazakh Kazakhstan Temir Zholy Ministry": not a list of fields
    else:
        return None
    canonical = f"{federal}Ministry of {fields} of {state_phrase(state)}"
    return (canonical, state) if canonical != name else None


#: Words that make the place before them an area ("Almaty Region"), no city.
_AREA_WORDS = frozenset(
    {
        "Region",
        "Regional",
        "Oblast",
        "Province",
        "District",
        "Area",
        "County",
        "State",
        "Governorate",
        "Territory",
    }
)
#: A place right after a name: "in (the) City|Country", one or two capitalised words.
_IN_PLACE = re.compile(r" in (?:the )?([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)")

#: Types of organisation an article may name with its place ("the Korean Education Centre in Kazakhstan").
PLACED_TYPES = frozenset({"Centre", "Other", "ResearchInstitute"})


def placed_form(name: str, text: str) -> str | None:
    """ "Korean Education Centre in Kazakhstan": the name as the text first writes it with the city or
    country it lies in after "in", an alias the gold and formal texts give it (a person's name written right
    after a one-word place is no part of it: "in Almaty Kim Ji-hoon"); None when the text writes no such place
    right after it ("in Almaty Region", "in cooperation with" are none)."""
    at = text.find(name + " in ")
    if at < 0:
        return None
    match = _IN_PLACE.match(text, at + len(name))
    if match is None:
        return None
    place = match.group(1)
    if not (country_of(place) or city_country(place)):
        # "in Almaty Kim Ji-hoon": the place is the first word, a person's name follows ("in Almaty Region"
        # is a region, no place of it)
        place, _, after = place.partition(" ")
        if not after or after in _AREA_WORDS or not (country_of(place) or city_country(place)):
            return None
    return name + match.group(0)[: match.start(1) - match.start(0)] + place


def drop_meeting_only_governments(record: Record) -> None:
    """A state's government that the record names only among a meeting's organisations ("On behalf of the
    Government of Japan, the Ambassador met the Rector of X") is the state an envoy speaks for, not a side of
    the meeting or a body of the news: it is dropped, from the meeting too. One that takes part in a tie, a
    programme or a cohort, or has people or parts of its own, stays; so does a seat of government where the
    meeting is held ("received at the Akorda")."""
    met = {n for m in record.meetings for n in m.organizations}
    if not met:
        return
    used = record.org_names_in_facts(meetings=False)
    drop = {
        o.name
        for o in record.organizations
        if o.type == "Government" and "Government" in o.name and o.name in met and o.name not in used
    }
    if not drop:
        return
    record.organizations = [o for o in record.organizations if o.name not in drop]
    for meeting in record.meetings:
        meeting.organizations = [n for n in meeting.organizations if n not in drop]
