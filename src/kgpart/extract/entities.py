"""Fill a Doc with its organisations and people, resolving acronyms, possessives and embassies."""

from __future__ import annotations

import re
from bisect import bisect_left

from kgpart.extract.doc import Doc, Mention, norm
from kgpart.extract.gazetteer import (
    FOREIGN_HEADS,
    ORG_HEADS,
    ORG_WORDS,
    STOP_CAPS,
    city_country,
    country_of,
    demonyms,
    find_countries,
)
from kgpart.extract.orgnames import NAME_FIELDS, canonical_ministry, whole_country
from kgpart.extract.orgnames import state_phrase as _state
from kgpart.extract.orgs import LEGAL_PREFIXES, OrgMention, find_orgs, is_field_word
from kgpart.extract.patterns import AsciiFolded
from kgpart.extract.persons import PersonMention, find_persons
from kgpart.extract.record import KnownEntity
from kgpart.extract.tokens import HONORIFIC_CORES, ROLE_SINGLE, Token, head_type, is_acronym, is_name_word

_DIPLOMAT = re.compile(
    r"\b(?:ambassador|envoy|consul|charg[ée]|attach[ée]|counsell?or|high commissioner|secretary of the embassy)",
    re.IGNORECASE,
)
_CONSUL = re.compile(r"\b(consul(?:[\s\-]+general)?)\b", re.IGNORECASE)
_EMBASSY_WORD = re.compile(r"\b(?:the\s+)?(embassy|consulate)\b", re.IGNORECASE)
_NOT_ORG_ACRONYMS = frozenset(
    [
        "MBA",
        "PhD",
        "MoU",
        "MOU",
        "TOP",
        "AI",
        "IT",
        "ICT",
        "COVID",
        "STEM",
        "GDP",
        "CEO",
        "UAE",
        "USA",
        "UK",
        "US",
        "EU",
        "UN",
        "CIS",
        "SCO",
        "OK",
        "TV",
        "PR",
        "HR",
        "R&D",
        # tests, scores, credits and kinds of thing, not bodies
        "IELTS",
        "TOEFL",
        "GPA",
        "GRE",
        "SAT",
        "ECTS",
        "SDG",
        "SDGs",
        "NGO",
        "NGOs",
        "HEI",
        "HEIs",
        "MOOC",
        "MOOCs",
        "SME",
        "SMEs",
        "FDI",
        "KPI",
        "KPIs",
        "ESG",
        "VR",
        "AR",
        "IoT",
        "CV",
        "QS",
        "BRI",
    ]
)


_UNIT_TYPES = frozenset({"Faculty", "Centre", "School", "ResearchInstitute"})
#: A unit named by the studies of a people: its country is its university's, not that people's.
_FIELD_OF_A_PEOPLE = re.compile(
    r"\b([\w\-]+)\s+(?:Studies|Language|Languages|Literature|Philology|Culture)\b"
)
_UNION_POST = re.compile(r"^(?:EU Delegation|Delegation of (?:the )?(?:EU|European Union))\b")


def _register_mention(doc: Doc, m: OrgMention, n: int) -> int:
    if m.parent is not None and m.name.endswith(" " + m.parent.name):
        # "Education Center at the Embassy of X": the parent first, lest it be read as the unit's short form
        j = _register_mention(doc, m.parent, n)
        m.parent = None
        i = _register_mention(doc, m, n)
        _part_of(doc, i, j)
        return i
    if (
        m.parent is not None
        and m.type in _UNIT_TYPES
        and (k := doc.find_org(m.name)) is not None
        and (owner := doc.orgs[k].part_of) is not None
        and doc.find_org(m.parent.name) != doc.find_org(owner)
    ):
        j = _register_mention(doc, m.parent, n)
        if doc.find_org(owner) != j:
            # "the Faculty of Law of X ... the Faculty of Law of Y": two faculties of one name
            i = doc.add_org(f"{m.name} of {doc.orgs[j].name}", m.type, n, country=m.country)
            if m.name not in doc.orgs[i].aliases:
                doc.orgs[i].aliases.append(m.name)
            doc.mention_org(i, m.start, n)
            _part_of(doc, i, j)
            return i
        m.parent = None
        i = _register_mention(doc, m, n)
        _part_of(doc, i, j)
        return i
    hosted = _hosted_post(doc, m) if m.type == "Embassy" else None
    if hosted is not None:
        doc._index_org(
            hosted, m.name
        )  # "the Embassy in Buenos Aires" after "the Embassy of India in Buenos Aires"
        doc.mention_org(hosted, m.start, n)
        return hosted
    lead = _acronym_lead(doc, m)
    if lead is not None and m.type == "University":
        m.type = "Faculty"  # "Makerere's College of X": a college of the university
    if lead is not None and m.name.split(" ", 1)[0].endswith(("'s", "’s")):
        m.more, m.name = (*m.more, m.name), m.name.split(" ", 1)[1]  # "the Tec's School of X": the school
    elif lead is not None:
        m.more = (*m.more, m.name.split(" ", 1)[1])  # "UTM Centre for X": the unit's own name
    aliases = tuple(a for a in (m.acronym, m.short, *m.more) if a)
    spelt = _state_spelt_out(m.name) if m.type not in ("Embassy", "Ministry") else None
    if spelt is not None:
        aliases = (*aliases, spelt)  # "UAE University" is "United Arab Emirates University"
    bare = _STATE_INITIALS.match(m.name) if m.type not in ("Embassy", "University") else None
    if bare is not None:
        aliases = (*aliases, bare["rest"])  # "the U.S. Department of State" is "the Department of State"
        m.type = "Ministry" if m.type == "Faculty" else m.type  # a state's department, no faculty
    i = doc.add_org(m.name, m.type, n, aliases=aliases, country=m.country)
    if bare is not None and doc.orgs[i].type == "Faculty":
        doc.orgs[i].type = m.type  # "the Department of State" named before "the U.S. Department of State"
    if lead is not None:
        _part_of(doc, i, lead)
    people = _FIELD_OF_A_PEOPLE.search(m.name) if m.country is None and m.type in _UNIT_TYPES else None
    if people is not None and country_of(people.group(1)) is not None:
        doc.orgs[i].country = None  # "Department of Korean Studies": the field's people, not the place
    if m.type == "Embassy" and _UNION_POST.search(m.name):
        doc.orgs[i].country = None  # the European Union's delegation is no state's post
    doc.mention_org(i, m.start, n)
    owner = m.possessor or m.parent_acronym
    if owner:
        parent = doc.find_org(owner)
        if parent is None and is_acronym(owner):
            # "UP's College of Law" after "the University of the Philippines"
            parent = _spelt_out(doc, owner)
            if parent is not None:
                doc._index_org(parent, owner)
        if parent is None:
            parent = doc.add_org(owner, "University" if owner.endswith("U") else "Other", n)
        if doc.orgs[i].type == "University" and m.name.startswith("College of "):
            doc.orgs[i].type = "Faculty"  # a university's college is one of its faculties
        _part_of(doc, i, parent)
    if m.parent is not None:
        j = _register_mention(doc, m.parent, n)
        _part_of(doc, i, j)
    return i


_HOSTED_POST = re.compile(r"^(?:Embassy|High Commission|Consulate(?: General)?) in (?:the )?(?P<place>.+)$")


#: A state's initials before a body's name with its head first: "U.S. Department of State", "UK Home Office".
_STATE_INITIALS = re.compile(
    r"^(?:U\.S\.|US|U\.K\.|UK)\s+(?P<rest>(?:Department|Agency|Office|Council|Embassy)\b.+)$"
)
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")


def _state_spelt_out(name: str) -> str | None:
    """The name with a state's initials written out, when they are its initials: "UAE University" ->
    "United Arab Emirates University", "US Agency for X" -> "United States Agency for X"."""
    if not _CAPITALS.search(name):
        return None  # the common case: no word in capitals
    words = name.split()
    for k, word in enumerate(words):
        if not (len(word) >= 2 and word.isupper() and word.isalpha()):
            continue
        state = country_of(word)
        if state is not None and [w[0] for w in state.split()] == list(word):
            return " ".join([*words[:k], state, *words[k + 1 :]])
    return None


def _hosted_post(doc: Doc, m: OrgMention) -> int | None:
    """The one post of the article in the place "Embassy in X" names (no sender said), if any."""
    match = _HOSTED_POST.match(m.name) if m.type == "Embassy" else None
    if match is None:
        return None
    place = match["place"]
    host = whole_country(place) or city_country(place)
    posts = [
        i
        for i, org in enumerate(doc.orgs)
        if org.type == "Embassy"
        and org.name != m.name
        and (
            any(n.endswith(f" in {place}") for n in (org.name, *org.aliases))
            or (host is not None and org.name.endswith(f" in {_state(host)}"))
        )
    ]
    return posts[0] if len(posts) == 1 else None


def _part_of(doc: Doc, i: int, j: int) -> None:
    """Organisation ``i`` is a unit of ``j``: it lies in ``j``'s country unless its own name says one."""
    doc.orgs[i].part_of = doc.orgs[j].name
    if doc.orgs[i].country is None:
        doc.orgs[i].country = doc.orgs[j].country


def _acronym_lead(doc: Doc, m: OrgMention) -> int | None:
    """ "UTM Centre for Robotics", "KazNU Faculty of Physics": a unit named after the acronym of an
    institution the article has named; that institution's index."""
    if m.type not in _UNIT_TYPES and not (m.type == "University" and " College of " in m.name):
        return None
    if m.parent is not None or m.possessor or " " not in m.name:
        return None
    first, rest = m.name.split(" ", 1)
    if country_of(first) or head_type(rest.split(" ", 1)[0]) is None:
        return None
    if is_acronym(first):
        return doc.find_org(first)
    return _short_lead(doc, first)


def _short_lead(doc: Doc, word: str) -> int | None:
    """ "Ateneo School of Government", "the Tec's School of X": a unit named after the short name of
    the one university the article named in full starting with that word (or its first letters)."""
    word = word.removesuffix("'s").removesuffix("’s")
    if len(word) < 3 or not word[0].isupper() or word in STOP_CAPS or country_of(word) or word in demonyms():
        return None
    found = [
        j
        for j, org in enumerate(doc.orgs)
        if org.type == "University"
        and org.part_of is None
        and " " in org.name
        and org.name.startswith(word)
        and (head_type(lead := org.name.split(" ", 1)[0]) is None or lead in FOREIGN_HEADS)
    ]
    return found[0] if len(found) == 1 else None


#: Short words a sentence writes in lower case unless it is a headline in title case.
_FUNCTION_WORDS = frozenset(
    {"And", "Of", "In", "To", "With", "For", "On", "At", "From", "By", "As", "Into", "Over"}
)


def _title_case(toks: list[Token]) -> bool:
    """ "Ambassador Visits Kyrgyz National University": a headline with every word capitalised, where
    capitals do not mark names."""
    words = []
    for t in toks:
        letter = t.text[:1]
        if letter.isalpha():
            if letter.islower() and len(t.text) > 3:
                return False  # running text (most sentences, told at their first long lower-case word)
            words.append(t)
    if len(words) < 4:
        return False
    return any(t.text in _FUNCTION_WORDS for t in words[1:]) or all(t.cap for t in words)


def _in_the_body(doc: Doc, n: int, mentions: list[OrgMention]) -> list[OrgMention]:
    """The names of a title-case headline that the article also writes elsewhere (the rest of a
    headline's capitalised words are no names: "Visits Kyrgyz National University")."""
    sent = doc.sentences[n]
    rest = doc.text[: sent.start] + "\n" + doc.text[sent.end :]
    return [m for m in mentions if m.name in rest or (m.short is not None and m.short in rest)]


def find_all_orgs(doc: Doc) -> list[list[OrgMention]]:
    """Find and register every organisation name, sentence by sentence."""
    found = [
        find_orgs(sent.text, toks) if toks else []
        for sent, toks in zip(doc.sentences, doc.tokens, strict=True)
    ]
    for n, toks in enumerate(doc.tokens):
        if found[n] and _title_case(toks):
            found[n] = _in_the_body(doc, n, found[n])
    _short_forms(found)
    _branches_apart(found)
    doc.later_forms = suffix_forms(found)
    for n, mentions in enumerate(found):
        for m in mentions:
            if not m.generic:
                _register_mention(doc, m, n)
    _known_orgs(doc)
    # the cues looked for sentence by sentence below, first in the whole text (most articles have none)
    text = doc.text
    plural = "inistries" in text
    fields = any(head in text for head in _SHARED_HEADS) and _SHARED_FIELDS.search(text) is not None
    shared = "niversities" in text or "mbassies of " in text
    regions = any(word in text for word in _LOCAL_WORDS)
    bodies = any(word in text for word in _LOCAL_BODY_WORDS)
    for n, sent in enumerate(doc.sentences) if plural or shared or regions or bodies or fields else ():
        if fields:
            _shared_fields(doc, n)
        if plural and "inistries" in sent.text:
            _plural_ministries(doc, n)
        if shared and ("niversities" in sent.text or "mbassies of " in sent.text):
            _shared_heads(doc, n)
        if regions and any(word in sent.text for word in _LOCAL_WORDS):
            _region_parties(doc, n)
        if bodies and any(word in sent.text for word in _LOCAL_BODY_WORDS):
            _local_bodies(doc, n)
    if "ranch" in text or "ampus of" in text:
        for n, sent in enumerate(doc.sentences):
            if "ranch" in sent.text or "ampus of" in sent.text:
                _branches(doc, n)
    for n, mentions in enumerate(found):
        found[n] = [
            m
            for m in mentions
            if not m.generic or _generic_as_alias(doc, m, n) or _hosted_centre(doc, m, n, mentions)
        ]
    return found


def _branches_apart(found: list[list[OrgMention]]) -> None:
    """ "Inha University in Tashkent" named beside "Inha University" in one sentence is a university of
    its own in the whole article: every mention that has it as another name is named so."""
    campuses = {
        m.name
        for mentions in found
        if len(mentions) > 1
        for m in mentions
        if " in " in m.name and any(o.name == m.name.split(" in ", 1)[0] for o in mentions)
    }
    for mentions in found if campuses else ():
        for m in mentions:
            campus = next((a for a in m.more if a in campuses), None)
            if campus is not None:
                m.more = tuple(a for a in m.more if a != campus)
                m.name = campus


#: "a branch of X in Tashkent", "X's branches in Istanbul and Bishkek", "Branches of the university
#: operate in Y": the institution before or after the word, the cities after "in"; "the Almaty campus of X":
#: a campus only before "of", its city before the word.
_BRANCH = re.compile(r"\b(?P<word>[Bb]ranch(?:es)?|[Cc]ampus(?=\s+of\s))\b(?P<of>\s+of\s+(?:the\s+)?)?")
_BRANCH_CITIES = re.compile(
    r"\s+in\s+(?:the\s+city\s+of\s+)?(?P<a>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)"
    r"(?:(?:,\s+|\s+and\s+)(?P<b>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?))?"
)


def _branches(doc: Doc, n: int) -> None:
    """A branch campus is an organisation of its own: "branch of X in <city>" or "the <city> campus of X", part
    of X, in the city's country (only known cities; "a branch of a bank" or "branches of science" name none)."""
    sent = doc.sentences[n]
    mentions = doc.org_mentions_in(n)
    for match in _BRANCH.finditer(sent.text):
        at = sent.start + match.start()
        parent = _branch_parent(doc, sent.text, match, mentions, at)
        if parent is None:
            continue
        rest = sent.text[match.end() :]
        # a campus's city is the one before the word: "the main campus of X in Almaty" is X's own
        cities = _BRANCH_CITIES.search(rest[:120]) if match["word"][0] in "Bb" else None
        if cities is None:
            _branch_without_city(doc, n, match, parent)
            continue
        for city in (cities["a"], cities["b"]):
            country = city_country(city) if city else None
            if country is None or country_of(city):
                continue
            i = doc.add_org(
                f"branch of {doc.orgs[parent].name} in {city}",
                "University",
                n,
                country=country,
                inferred=True,
                aliases=(
                    f"{doc.orgs[parent].name} in {city}",
                ),  # "Lomonosov Moscow State University in Tashkent"
            )
            _part_of(doc, i, parent)  # no mention: a branch is part of its university, no party beside it


#: The city before "branch": "the Tashkent branch of X".
_CITY_BEFORE = re.compile(r"(?P<city>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)\s+$")


def _branch_without_city(doc: Doc, n: int, match: re.Match[str], parent: int) -> None:
    """ "the Tashkent branch of X", "a branch of X was opened": the branch of a university named right
    after "branch of", an organisation of its own (part of X; in the city's country when a city is
    named before the word). A campus is one only with its city: "the Almaty campus of X", not "the main
    campus of X"."""
    word = match["word"].lower()
    if word not in ("branch", "campus") or not match["of"] or doc.orgs[parent].type != "University":
        return
    text = doc.sentences[n].text
    name = doc.orgs[parent].name
    before = _CITY_BEFORE.search(text[: match.start()])
    city = before["city"] if before is not None else None
    if city is not None and " " in city and city_country(city) is None:
        city = city.split()[-1]  # "The Tashkent"
    country = city_country(city) if city else None
    if city is not None and (country is None or country_of(city)):
        return  # "the Kazakh branch", "the University Branch": no city
    if city is None and (word == "campus" or not text[: match.start()].lower().endswith("the ")):
        return  # "opening a branch of X": a branch to be, not one the article names
    names: tuple[str, ...]
    if city is not None:
        names = (f"{city} {word} of {name}", f"{word} of {name} in {city}", f"{name} in {city}")
    else:
        names = (f"branch of {name}",)
    i = doc.add_org(names[0], "University", n, country=country, inferred=True, aliases=names[1:])
    _part_of(doc, i, parent)


def _branch_parent(doc: Doc, text: str, match: re.Match[str], mentions: list[Mention], at: int) -> int | None:
    """The institution a branch belongs to: named right after "branch of", pointed at by "of the
    university", or named just before with a possessive ("KazNU's branch")."""
    start = doc.sentences[doc.sentence_at(at)].start
    if match["of"]:
        after = start + match.end()
        named = next((m.index for m in mentions if m.start == after), None)
        if named is not None:
            return named
        if text[match.end() : match.end() + 10].lower().startswith("university"):
            recent = doc.recent_org(at, kind="University", window=4)
            if recent is not None and doc.orgs[recent].type == "University":
                return recent
            universities = [i for i, org in enumerate(doc.orgs) if org.type == "University"]
            return universities[0] if len(universities) == 1 else None  # the article's one university
        return None
    before = text[: match.start()].rstrip()
    if before.endswith(("’s", "'s")) or _OPENS_A.search(before):
        # "KazNU's branch in X", "Moscow State University opened a branch in X"
        owner = next((m.index for m in reversed(mentions) if m.start < at), None)
        return owner if owner is not None and doc.orgs[owner].type == "University" else None
    return None


_OPENS_A = re.compile(
    r"\b(?:open|opens|opened|establish|establishes|established|launch|launched)\s+(?:a|its)(?:\s+new)?$"
)


def _hosted_centre(doc: Doc, m: OrgMention, n: int, mentions: list[OrgMention]) -> bool:
    """ "The Kazakhstani Center will be opened at the X University": a centre named by a demonym
    alone is a unit of the university the sentence places it at."""
    words = m.name.split()
    if m.type != "Centre" or len(words) != 2 or words[0] not in demonyms():
        return False
    for host in mentions:
        if host.start <= m.start or host.type != "University" or host.generic:
            continue
        between = doc.text[m.end : host.start]
        if re.search(r"\bat\s+(?:the\s+)?$", between) and len(between) < 80:
            j = doc.find_org(host.name)
            if j is None:
                return False
            i = doc.add_org(m.name, "Centre", n, country=doc.orgs[j].country)
            doc.orgs[i].part_of = doc.orgs[j].name
            doc.mention_org(i, m.start, n)
            return True
    return False


#: "the ministries of education of the two countries", "the education ministries of A and B",
#: "the foreign ministries of both countries": one ministry per country.
_FIELD = r"(?:foreign\s+affairs|higher\s+education|education(?:\s+and\s+science)?|science(?:\s+and\s+(?:higher\s+)?education)?|culture|health|economy|finance|justice|defen[cs]e|labou?r|agriculture|energy|trade|foreign)"
_PLURAL_MINISTRIES = re.compile(
    rf"\b(?:(?P<pre>{_FIELD})\s+)?ministries\s+(?:of\s+(?P<post>{_FIELD})\s+)?"
    r"(?:of|in)\s+(?P<who>(?:the\s+)?(?:two|both)\s+(?:countries|states|sides|nations)|both\s+sides"
    r"|[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*\s+and\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*)",
    re.IGNORECASE,
)


#: A region as a party: "a memorandum with the Kyzylorda region", "cooperation between the Aktobe
#: region and the Gyeonggi Province" (a place the gazetteer knows before a region word in lower case,
#: or any place before one in capitals).
_REGION_PARTY = re.compile(
    r"\b(?P<link>with|between|and)\s+(?:the\s+)?(?P<place>[A-Z][\w’'\-]+)\s+"
    r"(?P<word>region|oblast|province|prefecture|Region|Oblast|Province|Prefecture)\b"
)
#: A city's or a region's own government, named by its place: "the Tashkent city khokimiyat", "the
#: Almaty akimat", "the Samarkand regional administration".
_LOCAL_BODY = re.compile(
    r"\b(?P<place>[A-Z][\w’'\-]+)\s+(?:(?:city|regional|region|oblast|district)\s+)?"
    r"(?:akimat|khokimiyat|hokimiyat|administration|municipality|city\s+hall)\b"
)
_LOCAL_WORDS = (
    " region",
    " oblast",
    " province",
    " prefecture",
    " Region",
    " Oblast",
    " Province",
    " Prefecture",
)
_LOCAL_BODY_WORDS = ("akimat", "hokimiyat", "administration", "municipality", "city hall")


def _region_parties(doc: Doc, n: int) -> None:
    sent = doc.sentences[n]
    for match in _REGION_PARTY.finditer(sent.text):
        if match.group("link") == "and" and "between" not in sent.text[: match.start()]:
            continue  # "students from Almaty and the Kyzylorda region": a place
        country = city_country(match.group("place"))
        if country is None and match.group("word").islower():
            continue
        name = f"{match.group('place')} {match.group('word')}"
        i = doc.add_org(name, "Government", n, country=country, inferred=True)
        doc.mention_org(i, sent.start + match.start("place"), n)


def _local_bodies(doc: Doc, n: int) -> None:
    sent = doc.sentences[n]
    for match in _LOCAL_BODY.finditer(sent.text):
        country = city_country(match.group("place"))
        if country is None:
            continue  # "the Trump administration", "the University administration"
        i = doc.add_org(match.group(0), "Government", n, country=country, inferred=True)
        doc.mention_org(i, sent.start + match.start(), n)


#: One head for two names: "the universities of Oxford and Cambridge", "the Embassies of Kazakhstan
#: and Uzbekistan in Turkey".
_SHARED_HEAD = re.compile(
    r"\b(?P<head>[Uu]niversities|[Ee]mbassies) of (?:the )?(?P<a>[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?)"
    r",? and (?:the )?(?P<b>[A-Z][\w’'\-]+(?: (?:es |de |da |al |el )?[A-Z][\w’'\-]+)?)(?: (?:in|to) (?:the )?(?P<host>[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?))?"
)


_PLACE = r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?"
#: "the universities of Bologna, Padua and Turin": three or more places sharing one head.
_SHARED_LIST = re.compile(
    rf"\b[Uu]niversities of (?:the )?(?P<places>{_PLACE}(?:, {_PLACE})+,? and {_PLACE})"
)
#: "Tsinghua and Peking universities": one-word names before a shared head in lower case.
_STATUS_BEFORE = r"(?: (?:National|State|Technical|Normal|Medical|Polytechnic))?"
_NAMES_BEFORE = re.compile(
    rf"\b(?P<names>[A-Z][\w\-]+{_STATUS_BEFORE}(?:, [A-Z][\w\-]+{_STATUS_BEFORE})*,? and "
    rf"[A-Z][\w\-]+{_STATUS_BEFORE}) [Uu]niversities\b"
)


#: "Tashkent and Samarkand State Universities": cities before a shared capitalised kind of university.
_CITIES_BEFORE = re.compile(
    r"\b(?P<names>[A-Z][\w\-]+(?:, [A-Z][\w\-]+)*,? and [A-Z][\w\-]+) "
    r"(?P<kind>(?:(?:State|National|Technical|Medical|Pedagogical|Agrarian|Polytechnic|Federal|Linguistic) ){1,2})"
    r"Universities\b"
)


def _shared_lists(doc: Doc, n: int) -> None:
    """ "the universities of Bologna, Padua and Turin", "Oxford and Cambridge universities": a
    university for each name, when every name is a city (after "of") or no people's or state's word."""
    sent = doc.sentences[n]
    for match in _SHARED_LIST.finditer(sent.text):
        places = re.split(r",? and |, ", match["places"])
        if all(city_country(p) and not country_of(p) for p in places):
            _add_each(doc, n, sent.start + match.start(), [f"University of {p}" for p in places])
    for match in _CITIES_BEFORE.finditer(sent.text) if "Universities" in sent.text else ():
        names = re.split(r",? and |, ", match["names"])
        if all(city_country(w) and not country_of(w) for w in names):
            at = sent.start + match.start()
            for w in names:  # each named where its city is: two parties, not one place
                at = doc.text.index(w, at)
                _add_each(doc, n, at, [f"{w} {match['kind']}University"])
    for match in _NAMES_BEFORE.finditer(sent.text):
        names = re.split(r",? and |, ", match["names"])
        if not all(_proper_word(w.split()[0]) for w in names):
            continue
        if " " in names[-1] and not any(" " in w for w in names[:-1]):
            status = names[-1].split()[1]  # "Tashkent and Samarkand State universities": one status for all
            names = [w if " " in w else f"{w} {status}" for w in names]
        # "Seoul National and Yonsei universities": a status of the first name is its own
        _add_each(doc, n, sent.start + match.start(), [f"{w} University" for w in names])


def _proper_word(word: str) -> bool:
    """A word that can only be a name: no state, people, field or common capitalised word."""
    return not (
        country_of(word) or word in demonyms() or word in NAME_FIELDS or word in STOP_CAPS or head_type(word)
    )


def _add_each(doc: Doc, n: int, at: int, names: list[str]) -> None:
    for name in names:
        i = doc.add_org(name, "University", n, country=city_country(name.rsplit(" ", 1)[-1]), inferred=True)
        doc.mention_org(i, at, n)


def _shared_heads(doc: Doc, n: int) -> None:
    sent = doc.sentences[n]
    _shared_lists(doc, n)
    for match in _SHARED_HEAD.finditer(sent.text):
        a, b, host = match["a"], match["b"], match["host"]
        if match["head"].lower() == "universities":
            names = [(f"University of {place}", "University", city_country(place)) for place in (a, b)]
            if any(c is None or country_of(place) for (_, _, c), place in zip(names, (a, b), strict=True)):
                continue  # "universities of Kazakhstan and Uzbekistan" are many; "of Science and X" fields
        else:
            states = [country_of(a), country_of(b)]
            where = (country_of(host) or city_country(host)) if host else None
            if None in states or (host and where is None):
                continue
            names = [
                (f"Embassy of {_state(s)}" + (f" in {_state(where)}" if where else ""), "Embassy", s)
                for s in states
                if s is not None
            ]
        for name, kind, country in names:
            i = doc.add_org(name, kind, n, country=country, inferred=True)
            doc.mention_org(i, sent.start + match.start(), n)


#: One plural head before a list of fields: "the Ministries of Education and Health", "the faculties of
#: Law, Economics and Medicine of X University" (each field in capitals).
_FIELD_ITEM = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
_SHARED_FIELDS = re.compile(
    r"\b(?P<head>[Mm]inistries|[Ff]aculties|[Dd]epartments|[Ss]chools) of "
    rf"(?P<items>{_FIELD_ITEM}(?:, {_FIELD_ITEM})*,? and (?:of )?{_FIELD_ITEM})"
    r"(?! [A-Z])(?: of (?:the )?(?P<who>[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)*))?"
)
#: What every match of _SHARED_FIELDS holds: a cheap test before its scan of the whole text.
_SHARED_HEADS = ("inistries of ", "aculties of ", "epartments of ", "chools of ")
_SINGULAR = {
    "ministries": "Ministry",
    "faculties": "Faculty",
    "departments": "Department",
    "schools": "School",
}


def _shared_fields(doc: Doc, n: int) -> None:
    """A body for each field of "the Ministries of Education and Health (of Ghana)": a ministry named
    with its state when the text gives it, like one ministry's name; a faculty without its university."""
    sent = doc.sentences[n]
    for match in _SHARED_FIELDS.finditer(sent.text):
        before = sent.text[: match.start()].split()[-1:]
        if before and before[0][:1].isupper() and before[0] not in STOP_CAPS:
            continue  # "the Indian Institutes of Technology", "Higher Schools of X": one body's name
        items = re.split(r",? and (?:of )?|, ", match["items"])
        if not all(is_field_word(w) for item in items for w in item.split()):
            continue  # "the universities of Bologna and Padua": places, read elsewhere
        head = _SINGULAR[match["head"].lower()]
        who = whole_country(match["who"]) if match["who"] else None
        for item in items:
            name = f"{head} of {item}"
            if head == "Ministry" and who is not None:
                name = f"{name} of {_state(who)}"
            i = doc.add_org(name, head_type(head) or "Other", n, country=who, inferred=True)
            doc.mention_org(i, sent.start + match.start(), n)


def _plural_ministries(doc: Doc, n: int) -> None:
    sent = doc.sentences[n]
    for match in _PLURAL_MINISTRIES.finditer(sent.text):
        field = (match.group("pre") or match.group("post") or "").lower()
        if not field:
            continue
        field = "foreign affairs" if field == "foreign" else " ".join(field.split())
        who = match.group("who")
        if who[:1].isupper() and " and " in who:
            states = list(dict.fromkeys(c for c, *_ in find_countries(who)))
        else:
            states = doc.countries()[:2]
        if len(states) != 2:
            continue
        title = " ".join(w if w == "and" else w.capitalize() for w in field.split())
        for state in states:
            i = doc.add_org(
                f"Ministry of {title} of {_state(state)}", "Ministry", n, country=state, inferred=True
            )
            doc.mention_org(i, sent.start + match.start(), n)


#: Heads of a name that an article may shorten to its first word and the head ("Kazan University").
_SHORTENED_HEADS = frozenset({"University", "Institute", "Academy", "College", "Conservatory"})


#: A name's leading initials: "L.N. ", "M.", "Kh. " of "M.Auezov South Kazakhstan University".
_LEAD_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.\s*)+(?=[A-Z])")


def _sentences_of_names(found: list[list[OrgMention]]) -> dict[str, set[int]]:
    """Each name an organisation is told by (not generic) -> the sentences that tell it."""
    where: dict[str, set[int]] = {}
    for n, mentions in enumerate(found):
        for m in mentions:
            if not m.generic:
                where.setdefault(m.name, set()).add(n)
    return where


def _short_forms(found: list[list[OrgMention]]) -> None:
    """ "Abai University" beside "Abai Kazakh National Pedagogical University": the one longer name of
    the article with the same first word and head; the short name stays an alias."""
    where = _sentences_of_names(found)
    names = set(where)
    _eponym_first(found, names)
    _stateless_ministries(found, names, where)
    _inverted_forms(found, names)
    _partial_forms(found, names, where)
    _tech_forms(found, names, where)
    shorts = [n for n in names if n.count(" ") == 1 and n.rsplit(" ", 1)[1] in _SHORTENED_HEADS]
    if not shorts:
        return
    full: dict[str, str] = {}
    bare = {
        n: _LEAD_INITIALS.sub("", n) if "." in n else n for n in names
    }  # "Gumilyov" of "L.N. Gumilyov ..."
    for short in shorts:
        first, head = short.split(" ")
        longer = [
            n
            for n in names
            if n != short
            and (
                (bare[n].startswith(first + " ") and n.endswith(" " + head) and " of " not in n)
                or n.startswith(short + " of ")  # "Khalifa University of Science and Technology"
            )
        ]
        if len(longer) == 1 and not where[short] & where[longer[0]]:
            full[short] = longer[0]  # named side by side in one sentence, they are two
    for mentions in found:
        for m in mentions:
            if m.name in full and m.short is None:
                m.name, m.short = full[m.name], m.name


_TECH_WORDS = ("Technology", "Technical", "Technological", "Polytechnic")


def _tech_forms(found: list[list[OrgMention]], names: set[str], where: dict[str, set[int]]) -> None:
    """ "Gdansk Tech" beside "Gdansk University of Technology": the one technical school of the
    article whose name starts with the place; the short name stays an alias."""
    techs = [n for n in names if n.endswith(" Tech") and n.count(" ") == 1]
    full: dict[str, str] = {}
    for short in techs:
        place = short.split()[0] + " "
        longer = [n for n in names if n.startswith(place) and n != short and any(w in n for w in _TECH_WORDS)]
        if len(longer) == 1 and not where[short] & where[longer[0]]:
            full[short] = longer[0]
    for mentions in found if full else ():
        for m in mentions:
            if m.name in full and m.short is None:
                m.name, m.short = full[m.name], m.name


#: Types of institutions that headlines and later sentences name by a part of their full name.
_PARTIAL_TYPES = frozenset({"University", "ResearchInstitute", "School"})
#: Small words of names in several languages, left out when two names are compared word for word.
_NAME_LINKS = frozenset(
    [
        "of",
        "the",
        "de",
        "di",
        "do",
        "da",
        "des",
        "du",
        "del",
        "degli",
        "della",
        "dei",
        "y",
        "e",
        "and",
        "named",
        "after",
    ]
)
_UNIVERSITY_WORDS = frozenset(h for h, kind in ORG_HEADS.items() if kind == "University" and h[:1] == "U")


def _name_key(name: str) -> tuple[str, ...]:
    """A name's words without its links, a foreign "Universidad" as "University": "Universidad de
    Buenos Aires" and "University of Buenos Aires" have one key."""
    words = (w.strip(",.") for w in name.split())
    return tuple("University" if w in _UNIVERSITY_WORDS else w for w in words if w and w not in _NAME_LINKS)


def _is_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short``'s words in ``full`` in order, from its first word on (head words of ``full`` all in it)."""
    if len(short) >= len(full) or short[0] != full[0] or short[-1] not in full:
        return False
    rest = iter(full)
    if not all(w in rest for w in short):
        return False
    return all(w in short for w in full if head_type(w))


def _translated(english: str, own: str) -> bool:
    """ "University of Buenos Aires" is the English of "Universidad de Buenos Aires": the own-language name is kept."""
    return english.split()[0] == "University" and own.split()[0] in _UNIVERSITY_WORDS - {"University"}


def _partial_forms(found: list[list[OrgMention]], names: set[str], where: dict[str, set[int]]) -> None:
    """ "Kyrgyz Technical University" in a headline beside "Kyrgyz State Technical University named
    after I.Razzakov", "Pontificia Universidad Católica" beside "... de Chile", "University of Buenos
    Aires" beside "Universidad de Buenos Aires": one institution when exactly one longer name (or one of
    the same words) of the article holds the shorter one's words in order and they never share a
    sentence; the first-named full form is kept and the other stays an alias."""
    keys = {
        m.name: _name_key(m.name)
        for mentions in found
        for m in mentions
        if m.type in _PARTIAL_TYPES and m.name in names
    }
    by_first: dict[str, list[str]] = {}
    for name, key in keys.items():
        if key:
            by_first.setdefault(key[0], []).append(name)
    full: dict[str, str] = {}
    for short, key in keys.items():
        if len(key) < 2 or len(by_first[key[0]]) < 2:
            continue
        longer = [
            n
            for n in by_first[key[0]]
            if n != short and (_is_part(key, k := keys[n]) or (k == key and _translated(short, n)))
        ]
        # one sentence names two institutions side by side, unless one is the other's translation
        # (a bilingual headline: "Universidad de Salamanca / University of Salamanca")
        apart = len(longer) == 1 and (not where[short] & where[longer[0]] or keys[longer[0]] == key)
        if apart and longer[0] not in full:
            full[short] = longer[0]
    for name in keys:
        own, _, eponym = name.partition(" named after ")
        by_eponym = f"{eponym.split()[-1].split('.')[-1]} {own.split()[-1]}" if eponym else ""
        if by_eponym in keys and by_eponym not in full and not where[by_eponym] & where[name]:
            full[by_eponym] = name  # "Buketov University" of "Karaganda University named after E.A. Buketov"
    for mentions in found:
        for m in mentions:
            if m.name in full and m.short is None:
                m.name, m.short = full[m.name], m.name


#: Words before a name that make another institution of it: "New York University" is not "York University".
_PLACE_LEADS = frozenset(
    {"New", "Old", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}
    | {"Central", "Upper", "Lower", "Greater"}
)


def suffix_forms(found: list[list[OrgMention]]) -> dict[str, str]:
    """ "Kazakh National University" named before "Al-Farabi Kazakh National University", "Tomsk State
    University" before "National Research Tomsk State University": one institution when exactly one
    longer name of the article ends in the shorter one, adds to it words that are no place, and never
    shares a sentence with it. Returns short name -> full name; the record merges the two at its end
    (``core._merge_suffix_forms``), after the facts were read with the two names apart (merged before,
    two programmes of one pair told in two sentences, one under each name, were read as one)."""
    where = _sentences_of_names(found)
    names = set(where)
    shorts = [
        m.name
        for mentions in found
        for m in mentions
        if m.type in _PARTIAL_TYPES and m.short is None and m.name in names and " " in m.name
    ]
    full: dict[str, str] = {}
    # the names by last word: a name ending in " " + short ends in short's last word (not every name per short)
    by_last: dict[str, list[str]] = {}
    for name in names:
        by_last.setdefault(name.rsplit(" ", 1)[-1], []).append(name)
    for short in dict.fromkeys(shorts):
        first = short.split()[0]
        if head_type(first) or not first[:1].isupper() or first in ORG_WORDS or first in STOP_CAPS:
            continue  # "University of X", "Open University": no name of its own to start it
        longer = [n for n in by_last.get(short.rsplit(" ", 1)[-1], ()) if n.endswith(" " + short)]
        if len(longer) != 1 or where[short] & where[longer[0]]:
            continue
        lead = longer[0][: -len(short) - 1].split()
        if any(
            w in _PLACE_LEADS or country_of(w) or city_country(w) or not w[:1].isupper() or head_type(w)
            for w in lead
        ):
            continue
        full[short] = longer[0]
    return full


def _stateless_ministries(found: list[list[OrgMention]], names: set[str], where: dict[str, set[int]]) -> None:
    """ "the Ministry of Science and Higher Education" after "... of Kazakhstan": the one state's
    ministry of that name in the article; the bare name stays an alias."""
    for mentions in found:
        for m in mentions:
            if m.type != "Ministry" or m.short is not None or m.country or not _BARE_MINISTRY.match(m.name):
                continue
            longer = [n for n in names if n.startswith(m.name + " of ") and find_countries(n[len(m.name) :])]
            if len(longer) == 1 and not where[m.name] & where[longer[0]]:
                m.name, m.short = longer[0], m.name


_BARE_MINISTRY = re.compile(r"^(?:Federal\s+)?Ministry\s+of\s+[A-Z]")


def _inverted_forms(found: list[list[OrgMention]], names: set[str]) -> None:
    """ "Warsaw University" beside "University of Warsaw": one university; the "of" form kept."""
    for mentions in found:
        for m in mentions:
            words = m.name.split()
            if len(words) == 2 and words[1] in _SHORTENED_HEADS and m.short is None:
                inverted = f"{words[1]} of {words[0]}"
                if inverted in names:
                    m.name, m.short = inverted, m.name


def _eponym_first(found: list[list[OrgMention]], names: set[str]) -> None:
    """ "Kazakh National University named after Al-Farabi" is "Al-Farabi Kazakh National University"
    when the article also names it so: one university, the eponym-first name kept, the other an alias."""
    for mentions in found:
        for m in mentions:
            if not m.short or not m.name.startswith(m.short + " named after "):
                continue
            eponym = m.name[len(m.short) + len(" named after ") :].split()
            for lead in dict.fromkeys(
                (" ".join(eponym), eponym[-1] if eponym else "", eponym[0] if eponym else "")
            ):
                # "named after al-Farabi" beside "Al-Farabi Kazakh National University"
                full = next(
                    (f for w in (lead, lead[:1].upper() + lead[1:]) if (f := f"{w} {m.short}") in names), None
                )
                if lead and full is not None:
                    m.name, m.short = full, m.name
                    break


def _generic_as_alias(doc: Doc, m: OrgMention, n: int) -> bool:
    """ "the Consulate General", "the Peruvian Ministry": another name of the one the article names in full.

    Returns False (the mention names nothing) when the article names no such organisation.
    """
    key = norm(m.name)
    words = m.name.split()
    state = country_of(words[0]) if len(words) == 2 else None
    stem = _ministry_stem(m.name)
    for i, org in enumerate(doc.orgs):
        fuller = norm(org.name).startswith(key + " ") or (
            stem is not None and norm(org.name).startswith(stem)
        )
        same_state = state is not None and org.name.startswith(words[1] + " ") and org.country == state
        if fuller or same_state:
            doc._index_org(i, m.name)
            doc.mention_org(i, m.start, n)
            return True
    return False


def _ministry_stem(name: str) -> str | None:
    """ "Foreign Ministry" -> "ministry of foreign affairs of ", "Education Ministry" -> "ministry of
    education of ": how the canonical name of a state's ministry of those fields begins."""
    words = name.split()
    if len(words) < 2 or words[-1] != "Ministry" or country_of(words[0]):
        return None
    fields = "Foreign Affairs" if words[:-1] == ["Foreign"] else " ".join(words[:-1])
    return f"ministry of {norm(fields)} of "


def _known_orgs(doc: Doc) -> None:
    """Names from the caller's gazetteer of known entities, wherever they occur."""
    for entity in doc.known:
        if entity.kind == "person":
            _known_person(doc, entity)
            continue
        for name in (entity.name, *entity.aliases):
            # the plain substring test is cheap and skips the regex for the many absent names
            if len(name) < 2 or name not in doc.text:
                continue
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
                n = doc.sentence_at(match.start())
                i = doc.add_org(
                    entity.name,
                    entity.type or "Other",
                    n,
                    country=entity.country,
                    aliases=tuple(entity.aliases),
                )
                doc.mention_org(i, match.start(), n)


def _known_person(doc: Doc, entity: KnownEntity) -> None:
    for name in (entity.name, *entity.aliases):
        if name not in doc.text:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text) if len(name) > 2 else ():
            n = doc.sentence_at(match.start())
            i = doc.add_person(entity.name, n)
            for alias in entity.aliases:
                _alias(doc, i, alias)
            doc.person_mentions.append(_mention(match.start(), i, n))


def _initials_match(acronym: str, name: str) -> bool:
    """ "MPU" ~ "Macao Polytechnic University": capitals in order among the words' initials."""
    letters = [c for c in acronym if c.isupper()]
    initials = [w[0].upper() for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha() and w[0].isupper()]
    if len(letters) >= 3 and letters[-1] == "U" and sorted(letters) == sorted(initials):
        return True  # "TSEU" ~ "Tashkent State University of Economics": the acronym of the name in its own language
    if len(letters) >= 3 and letters[0] == "U" and initials.count("U") == 1 and "U" not in letters[1:]:
        # "UNAM" ~ "National Autonomous University of Mexico", "UFMG" ~ "Federal University of Minas
        # Gerais": "Universidad"/"Universidade" first, the other words in the English order
        return letters[1:] == [c for c in initials if c != "U"]
    if (
        len(letters) < 2
        or not initials
        or (letters[-1] != initials[-1] and not name.startswith("University"))
    ):
        return False
    k = 0
    for c in initials:
        if k < len(letters) and c == letters[k]:
            k += 1
    return k == len(letters)


def _acronym_slot(toks: list[Token], k: int) -> bool:
    """An acronym standing where an organisation would: "of KNU", "HNIST President", "Rector QAU"."""
    before = toks[k - 1].text if k else ""
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    if len(after) == 4 and after.isdigit():
        return False  # "EXPO 2025", "ADIPEC 2024": an event of that year
    if after == "named" and k + 2 < len(toks) and toks[k + 2].text == "after":
        return True  # "KazNU named after al-Farabi": an institution named after a person
    if before in ("of", "at") or after in ROLE_SINGLE or before in ROLE_SINGLE:
        return True
    if after in _UNIVERSITY_ACTS and toks[k].core[-1] == "U" and sum(c.isupper() for c in toks[k].core) >= 3:
        return True  # "KazNU will host", "MSU has 300 foreign students": a university's acronym acts
    if toks[k].possessive and after.lower() in _OWNED_WORDS:
        return True  # "UTM's rector", "UTM's ties with Kazakhstan": a body's own
    if before == "(" and after == ")" and k >= 3 and toks[k - 2].text.lower() in _POINTER_WORDS:
        return True  # "the university (UTM)": the acronym of the body the article speaks of
    # "DAAD offers scholarships", "a memorandum with KOICA and TIKA": a body that acts or is a party
    return after in _BODY_VERBS or after == "and" or (before in ("with", "and") and not after[:1].isalpha())


#: What a body's acronym owns: "UTM's rector", "KOICA's programme".
_OWNED_TEXT = """
    rector president vice-rector chancellor vice-chancellor dean provost students delegation faculty campus
    ties partnership cooperation team staff professors researchers graduates programme program office
"""
_OWNED_WORDS = frozenset(_OWNED_TEXT.split())
#: Words a body's acronym follows in brackets: "the university (UTM)", "the agency (KOICA)".
_POINTER_WORDS = frozenset(
    {"university", "institute", "academy", "agency", "foundation", "college", "company"}
)


_SCHOOL_WORDS = frozenset({"university", "college", "academy", "rector", "vice-rector", "provost", "dean"})


def _acronym_kind(toks: list[Token], k: int) -> str:
    """A university when its acronym ends in U or the words around say so ("the university (UTM)",
    "UTM's rector"), else another body."""
    if toks[k].core.endswith("U"):
        return "University"
    near = [toks[x].text.lower() for x in (k - 2, k + 1) if 0 <= x < len(toks)]
    return "University" if any(w in _SCHOOL_WORDS for w in near) else "Other"


def _listed_after_a_name(toks: list[Token], k: int, spans: list[tuple[int, int]]) -> bool:
    """ "Seoul National University, Korea University and KAIST attended": an acronym listed after an
    organisation's name is one more (a university when it ends in U, else a body)."""
    return (
        k >= 2
        and toks[k - 1].text in ("and", ",")
        and any(b == toks[k - 2].end for _, b in spans)
        and (k + 1 == len(toks) or not toks[k + 1].text[:1].isalnum() or toks[k + 1].text in _LISTED_VERBS)
    )  # not "and ERASMUS students": a word of a phrase


#: Words after a university's acronym that make it the subject: "KazNU will host", "SamSU has".
_UNIVERSITY_ACTS = frozenset(
    {"will", "has", "hosts", "is", "was", "admits", "admitted", "trains", "sends", "receives"}
)


#: Verbs whose subject, right before them, is a body: "UNESCO supports", "KOICA provided".
_BODY_VERB_TEXT = """
    signed offers offered provides provided funds funded announced hosted organized organised awarded
    launched opened supports supported invited welcomed grants granted allocated allocates sponsors
    sponsored delivered implements implemented renovated built trained praised donated financed finances
    selected selects equipped handed approved approves accredited established runs covers covered
"""
_BODY_VERBS = frozenset(_BODY_VERB_TEXT.split())
#: What follows a body listed last: "... and KAIST attended".
_LISTED_VERB_TEXT = """
    attended took participated joined were are will have has also agreed met signed presented held
    discussed visited received
"""
_LISTED_VERBS = frozenset(_LISTED_VERB_TEXT.split()) | _BODY_VERBS


def _abbreviated(doc: Doc, acronym: str) -> int | None:
    """The organisation ``acronym`` abbreviates: one whose words' initials it is, else (three letters
    or more) the first it abbreviates in part ("KazNU" of "Al-Farabi Kazakh National University").

    "NU" beside "Nazarbayev University" and "L.N. Gumilyov Eurasian National University" is the first.
    """
    letters = [c for c in acronym if c.isupper()]
    partial = None
    exact: list[int] = []
    for j, org in enumerate(doc.orgs):
        names = [n for n in (org.name, *org.aliases) if _initials_match(acronym, n)]
        if any(_initials(n) == letters for n in names):
            exact.append(j)  # "TSTU" of "Tashkent State Technical University (named after Islam Karimov)"
        if names and partial is None:
            partial = j
    if len(exact) > 1:
        # "UiTM and UTM": of two names with the same initials, the one without a short name yet
        free = [j for j in exact if not any(is_acronym(a) for a in doc.orgs[j].aliases)]
        exact = free or exact
    if exact:
        return exact[0]
    return partial if len(letters) >= 3 else None


def _spelt_out(doc: Doc, acronym: str) -> int | None:
    """The one organisation of the article whose words' initials are exactly ``acronym``'s capitals."""
    letters = [c for c in acronym if c.isupper()]
    found = {
        j
        for j, org in enumerate(doc.orgs)
        for n in (org.name, *org.aliases)
        if n[:1] == letters[0] and _initials(n) == letters
    }
    return found.pop() if len(found) == 1 else None


def _initials(name: str) -> list[str]:
    return [w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]


def _campus_of(doc: Doc, acronym: str, city: str) -> int | None:
    """The organisation named in full with ``city`` at its end, whose other words ``acronym`` abbreviates."""
    letters = [c for c in acronym if c.isupper()]
    for j, org in enumerate(doc.orgs):
        if org.name.endswith(" " + city) and _initials(org.name[: -len(city) - 1]) == letters:
            return j
    return None


def _campus_city(toks: list[Token], k: int) -> str | None:
    """The known city (one or two words) right after the acronym at ``k``, ending the name there."""
    for size in (2, 1):
        end = k + 1 + size
        if end > len(toks) or (end < len(toks) and toks[end].cap and toks[end].core not in STOP_CAPS):
            continue
        words = toks[k + 1 : end]
        if all(t.cap for t in words) and city_country(" ".join(t.core for t in words)) is not None:
            return " ".join(t.core for t in words)
    return None


_INITIALS_ALIAS = re.compile(
    r"^(?:[A-Z][\w\-]*\s+)*(?:[A-Z]{2,}|[A-Z](?:\s+of\s+[A-Z])+)(?:\s+[A-Z][\w\-]*)*$"
)


def _short_names_again(doc: Doc) -> None:
    """ "The U of A will host", "Grenoble INP signed": a short name of several words given in brackets,
    named again later, is a mention of its organisation there."""
    named = {m.start for m in doc.org_mentions}
    if " of " in doc.text:
        _letter_of_letter(doc, named)
    for i, org in enumerate(list(doc.orgs)):
        for alias in org.aliases:
            if " " not in alias or not _INITIALS_ALIAS.match(alias) or alias not in doc.text:
                continue
            for match in re.finditer(rf"(?<![\w\-]){re.escape(alias)}(?![\w\-])", doc.text):
                if match.start() not in named:
                    doc.mention_org(i, match.start(), doc.sentence_at(match.start()))


#: Starts at " of " (a literal the regex engine finds fast); the letter before is checked by hand.
_LETTER_OF_LETTER = re.compile(r" of (?P<b>[A-Z])(?![\w\-])")


def _letter_of_letter(doc: Doc, named: set[int]) -> None:
    """ "the U of A", "U of T": the one "University of Alberta" (or "Toronto") of the article."""
    text = doc.text
    for match in _LETTER_OF_LETTER.finditer(text):
        at = match.start() - 1
        if at < 0 or not text[at].isupper() or (at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-._")):
            continue
        a, b = text[at], match["b"]
        found = {
            i
            for i, org in enumerate(doc.orgs)
            for name in (org.name, *org.aliases)
            if (words := name.split(" of ", 1))[0][:1] == a
            and len(words) == 2
            and words[1][:1] == b
            and head_type(words[0].split()[-1]) == "University"
        }
        if len(found) == 1 and at not in named:
            i = found.pop()
            doc._index_org(i, text[at : match.end()])
            doc.mention_org(i, at, doc.sentence_at(at))


_LEAD_TYPES = frozenset({"University", "School", "ResearchInstitute"})
_BRAND_TYPES = frozenset({"Company", "Other", "University", "ResearchInstitute"})
#: Words right before a lone short name that make it a party or a place of study: "and Sapienza", "at Makerere".
_LEAD_BEFORE = frozenset({"at", "with", "and", "from", "between"})
#: Surname endings: "Nazarbayev University", "Gumilyov": the lone word is more often the person.
_SURNAME_END = re.compile(r"(?:ov|ev|ova|eva|in|ina|uly|uly|kyzy|sky|skiy|ski)$")
_LEAD_AFTER = _BODY_VERBS | frozenset(
    {"will", "has", "have", "is", "was", "and", "hosts", "receives", "sends", "sent"}
)


def _lead_words(doc: Doc) -> dict[str, int]:
    """First words that are a short name of one university of the article: "Sapienza" of "Sapienza
    University of Rome", "Makerere" of "Makerere University" (no place, people's name or common word)."""
    by_word: dict[str, set[int]] = {}
    for i, org in enumerate(doc.orgs):
        if org.type not in _LEAD_TYPES or org.part_of:
            continue
        word = org.name.split()[0]
        if (
            len(word) < 4
            or not word[:1].isupper()
            or not word[1:].islower()
            or word in STOP_CAPS
            or head_type(word)
            or word in NAME_FIELDS
            or country_of(word)
            or city_country(word)
            or word in FOREIGN_HEADS
            or _SURNAME_END.search(word)
        ):
            continue
        by_word.setdefault(word, set()).add(i)
    text = doc.text
    leads = {
        w: i
        for w, found in by_word.items()
        if len(found) == 1 and text.count(w) > text.count(doc.orgs[i := next(iter(found))].name)
    }  # a word found only inside its full names is named nowhere alone
    for i, org in enumerate(doc.orgs):
        if (
            org.type in _BRAND_TYPES
            and " " not in org.name
            and org.name not in leads
            and not is_acronym(org.name)
            and org.name not in STOP_CAPS
            and not (country_of(org.name) or city_country(org.name))
            and text.count(org.name) > 1
        ):
            leads[org.name] = i  # "Embrapa" told once by what it is, then named alone
    return leads


def _token_at(doc: Doc, pos: int) -> tuple[int, int] | None:
    """The sentence and the index in it of the token that starts at ``pos``, if one does."""
    n = doc.sentence_at(pos)
    toks = doc.tokens[n]
    k = bisect_left([t.start for t in toks], pos)
    return (n, k) if k < len(toks) and toks[k].start == pos else None


def _lead_forms(doc: Doc, mentions: list[list[OrgMention]]) -> None:
    """ "Later, Sapienza and ADA University signed", "Makerere will send 12 students": a lone first word
    of one university's name, where a party or a place of study stands, names it. A word that also
    stands beside another name ("President Nazarbayev", "Nursultan Nazarbayev") is a person's."""
    leads = _lead_words(doc)
    if not leads:
        return
    found: list[tuple[str, int, int]] = []
    words = re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, leads)) + r")(?![\w\-])")
    for match in words.finditer(doc.text):  # the words' places, not every token of the article
        at = _token_at(doc, match.start())
        if at is None:
            continue
        n, k = at
        toks = doc.tokens[n]
        tok = toks[k]
        word = tok.core
        if word not in leads or any(m.start <= tok.start < m.end for m in mentions[n]):
            continue
        before = toks[k - 1] if k else None
        after = toks[k + 1] if k + 1 < len(toks) else None
        if (before is not None and before.cap and before.core not in STOP_CAPS) or (
            after is not None and after.cap and not tok.possessive
        ):
            leads[word] = -1  # "Nursultan Nazarbayev", "Makerere Road": another name
            continue
        if (
            (tok.possessive and after is not None and after.text.lower() in _OWNED_WORDS)
            or (before is not None and before.text in _LEAD_BEFORE)
            or (after is not None and after.text in _LEAD_AFTER)
        ):
            found.append((word, tok.start, n))
    for word, start, n in found:
        i = leads[word]
        if i >= 0:
            doc._index_org(i, word)
            doc.mention_org(i, start, n)


#: Head words that "the X" alone may stand for: "the Polytechnic", "the Conservatory".
_POINTER_HEADS = frozenset({"Polytechnic", "Conservatory", "Conservatoire", "Academy", "Lyceum"})


def _head_pointers(doc: Doc, mentions: list[list[OrgMention]]) -> None:
    """ "The Polytechnic will send five professors", "students of the Conservatory": the one
    organisation of the article with that word in its name, named again."""
    heads = {w for w in _POINTER_HEADS if w in doc.text}
    if not heads:
        return
    owners: dict[str, int | None] = {}
    for w in heads:
        found = [i for i, org in enumerate(doc.orgs) if w in org.name.split() and org.part_of is None]
        owners[w] = found[0] if len(found) == 1 else None
    if all(i is None for i in owners.values()):
        return
    for match in _THE_HEAD.finditer(doc.text):
        i = owners.get(match["head"])
        at = _token_at(doc, match.start("head")) if i is not None else None
        if i is None or at is None:
            continue
        n, k = at
        toks = doc.tokens[n]
        if (k + 1 < len(toks) and toks[k + 1].cap) or any(
            m.start <= toks[k].start < m.end for m in mentions[n]
        ):
            continue  # "the Academy of Sciences": a name of its own
        doc.mention_org(i, match.start(), n)


_THE_HEAD = re.compile(r"\b[Tt]he (?P<head>" + "|".join(sorted(_POINTER_HEADS)) + r")\b")


#: An acronym the text gives in brackets after the name of a scheme, not a body: "the Global Korea Scholarship
#: (GKS)", "the Emerging Leaders in the Americas Program (ELAP)", "Indian Technical and Economic Cooperation
#: (ITEC) Programme".
_SCHEME_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&\-]{1,9})\)(?:\s+([A-Z]\w+))?")
_SCHEME_HEAD_TEXT = """
    Scholarship Scholarships Programme Programmes Program Programs Fellowship Fellowships Award Awards Grant Grants
    Scheme Initiative Degree Project
"""
_SCHEME_HEADS = frozenset(_SCHEME_HEAD_TEXT.split())
#: Words of an agency named as a programme: "the United Nations Development Programme (UNDP)", "the World Food
#: Programme (WFP)".
_AGENCY_WORDS = frozenset({"Nations", "World", "UN"})


def _scheme_acronyms(text: str) -> frozenset[str]:
    """Acronyms the text defines for a scholarship, programme or scheme ("Global Korea Scholarship (GKS)", "the
    Indian Technical and Economic Cooperation (ITEC) Programme"): they name no body of their own."""
    if "(" not in text:
        return frozenset()
    found = set()
    for m in _SCHEME_ACRONYM.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()].split()
        if (
            (before and before[-1] in _SCHEME_HEADS) or m.group(2) in _SCHEME_HEADS
        ) and not _AGENCY_WORDS & set(before[-6:]):
            found.add(m.group(1))
    return frozenset(found)


def resolve_acronyms(doc: Doc, mentions: list[list[OrgMention]]) -> None:
    """Link bare acronyms to the organisation they abbreviate, or register them when they stand alone."""
    _short_names_again(doc)
    _lead_forms(doc, mentions)
    _head_pointers(doc, mentions)
    schemes = _scheme_acronyms(doc.text)
    for n, toks in enumerate(doc.tokens):
        spans = [(m.start, m.end) for m in mentions[n]]
        for k, tok in enumerate(toks):
            word = tok.core
            if (
                not is_acronym(word)
                or word in _NOT_ORG_ACRONYMS
                or word in LEGAL_PREFIXES
                or country_of(word)
            ):
                continue
            if any(a <= tok.start < b for a, b in spans):
                continue
            if k > 0 and toks[k - 1].cap and (i := doc.find_org(f"{toks[k - 1].core} {word}")) is not None:
                doc.mention_org(i, toks[k - 1].start, n)  # "Grenoble INP", a short name given before
                continue
            lead = _eponym_lead(toks, k)
            if lead is not None:
                _eponym_acronym(doc, toks, lead, k, n)
                continue
            city = _campus_city(toks, k)
            place = city or (toks[k + 1].core if k + 1 < len(toks) and toks[k + 1].cap else None)
            if place is not None and (i := _campus_of(doc, word, place)) is not None:
                doc._index_org(i, f"{word} {place}")  # "IIT Delhi" of "Indian Institute of Technology Delhi"
                doc.mention_org(i, tok.start, n)
                continue
            if city is not None:  # "KU Leuven", "IIT Delhi", "NYU Abu Dhabi": an institution by its city
                campus = doc.add_org(f"{word} {city}", "University", n, country=city_country(city))
                doc.mention_org(campus, tok.start, n)
                continue
            i = doc.find_org(word)
            if i is None:
                i = _abbreviated(doc, word)
                if i is not None:
                    doc._index_org(i, word)
            if (
                i is None
                and word not in schemes
                and not _in_a_persons_name(toks, k)
                and (_acronym_slot(toks, k) or _listed_after_a_name(toks, k, spans))
            ):
                i = doc.add_org(word, _acronym_kind(toks, k), n)
            if i is not None:
                doc.mention_org(i, tok.start, n)


def _name_shape(core: str) -> bool:
    """A given name or surname as written: "Hiroshi", and two hyphenated parts: "Min-ho", "Kassym-Jomart"."""
    head, _, tail = core.partition("-")
    return (
        head.isalpha()
        and head[:1].isupper()
        and head[1:].islower()
        and (not tail or (tail.isalpha() and len(tail) >= 2 and tail[1:].islower()))
    )


def _person_word(toks: list[Token], x: int) -> bool:
    """A given name or surname written as such ("Adeyemi", "Hiroshi"), no title, head, state or city."""
    if not 0 <= x < len(toks) or toks[x].possessive:
        return False
    core = toks[x].core
    return _name_shape(core) and is_name_word(core) and head_type(core) is None and city_country(core) is None


def _in_a_persons_name(toks: list[Token], k: int) -> bool:
    """Capitals that are part of a person's name, no body's acronym: initials written without dots
    before a surname ("Professor FG Adeyemi"), a surname in capitals after a given name or a title
    ("Mr. Hiroshi FUJITA and", "Dr. McCART and") or before a given name after a title ("Consul
    General SUZUKI Taro and")."""
    word = toks[k].core
    if not word.isalpha():
        return False
    before = toks[k - 1].core if k else ""
    titled = before in HONORIFIC_CORES or before in ROLE_SINGLE
    if _person_word(toks, k + 1) and ((len(word) <= 3 and word.isupper()) or titled):
        return True
    return _person_word(toks, k - 1) or before in HONORIFIC_CORES


#: Initials before a surname: "M.", "L.N.", "Kh.".
_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.)+$")


def _eponym_lead(toks: list[Token], k: int) -> int | None:
    """Where the eponym before a university's acronym starts: "Al-Farabi KazNU", "L.N. Gumilyov ENU",
    "M. Auezov SKU" (one name, its initials before it; an acronym of three capitals or more that ends
    in the U of University). None when no such eponym stands there."""
    word = toks[k].core
    if k == 0 or word[-1] != "U" or sum(c.isupper() for c in word) < 3:
        return None
    eponym = toks[k - 1]
    if not eponym.cap or eponym.possessive or not is_name_word(eponym.core) or country_of(eponym.core):
        return None
    j = k - 1
    while j > 0 and _INITIALS.match(toks[j - 1].text):
        j -= 1
    if j > 0 and toks[j - 1].cap and toks[j - 1].core not in STOP_CAPS:
        return None  # "Dr. Ahmed Al-Farabi KazNU": a person's whole name, or a longer name
    return j


def _eponym_acronym(doc: Doc, toks: list[Token], j: int, k: int, n: int) -> None:
    """Register "Al-Farabi KazNU": the university the article spells out, else the name as written."""
    name = doc.text[toks[j].start : toks[k].start + len(toks[k].core)]
    word = toks[k].core
    i = doc.find_org(name)
    if i is None:
        i = doc.find_org(word)
    if i is None:
        i = _abbreviated(doc, word)
    if i is None:
        i = doc.add_org(name, "University", n)
    doc._index_org(i, name)
    doc._index_org(i, word)
    doc.mention_org(i, toks[j].start, n)


_SENDER_BEFORE = re.compile(r"(?:^|\s)(?:the\s+)?$")
#: Words between a sending state and the title: "Hungary's Extraordinary and Plenipotentiary Ambassador".
#: Words between a sending state and the title: "Hungary's Extraordinary and Plenipotentiary Ambassador".
_TITLE_MODIFIERS = frozenset(
    [
        "and",
        "new",
        "newly",
        "appointed",
        "former",
        "then",
        "honorary",
        "extraordinary",
        "plenipotentiary",
        "acting",
        "deputy",
        "first",
        "second",
        "third",
        "cultural",
        "defence",
        "military",
        "trade",
        "general",
    ]
)


def _sender_before(doc: Doc, pm: PersonMention) -> tuple[str, str] | None:
    """ "Kazakhstan's Ambassador to X", "the Iranian ambassador to X": the state named before the title."""
    if pm.role_start is None:
        return None
    words = doc.text[max(0, pm.role_start - 80) : pm.role_start].split()
    while words and words[-1].strip(",").lower() in _TITLE_MODIFIERS:
        words.pop()
    if not words or not words[-1][:1].isupper():
        return None  # the state's name (or demonym) would be the word just before: a cheap test first
    head = " ".join(words)
    found = find_countries(head)
    if not found or head[found[-1][2] :].strip(" ’'s") or not _SENDER_BEFORE.search(head[: found[-1][1]]):
        return None
    return found[-1][0], re.sub(r"^the\s+", "", found[-1][3])


def _host_in(role: str, sender: str) -> tuple[str | None, str | None, str | None]:
    """Host country, its surface form and a city, from "to Y" / "in Y" / "in <city>" in a title."""
    for match in re.finditer(
        r"\b(?:to|in|at)\s+(?:the\s+)?((?:[A-Z][\w’'.\-]*\s*|of\s+(?=[A-Z])){1,5})", role
    ):
        place = match.group(1).strip()
        found = find_countries(place)
        if found and found[0][1] == 0 and found[0][0] != sender:
            return found[0][0], found[0][3], None
        words = place.split()
        for k in range(len(words), 0, -1):
            city = " ".join(words[:k])
            if city_country(city):
                return city_country(city), None, city
    return None, None, None


#: A country word followed by capitalised words up to an organisation's head: part of that name
#: ("American University of Central Asia", "Korea University"), not the country as a party.
_IN_A_NAME = re.compile(r"(?:\s+[A-Z][\w’'\-.]*){0,3}?\s+(?:" + "|".join(sorted(ORG_HEADS)) + r")\b")


def _countries_as_parties(doc: Doc) -> list[str]:
    """Countries the article names on their own (not inside an organisation's name), most named first."""
    counts: dict[str, int] = {}
    for country, _, end, _ in find_countries(doc.text):
        if not _IN_A_NAME.match(doc.text, end):
            counts[country] = counts.get(country, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


def _home_country(doc: Doc) -> str | None:
    """For a bare "Ambassador X": the most named country that is not the dateline's host."""
    host = doc.dateline_country()
    countries = _countries_as_parties(doc)
    named = [c for c in countries if c != host]
    return named[0] if named and (host or len(countries) >= 2) else None


def _embassy_name(doc: Doc, pm: PersonMention) -> tuple[str, str | None, str] | None:
    """ "Ambassador of X to Y", "X's Ambassador to Y" -> ("Embassy of X in Y", alias as written, X).

    A consul's post is named by its city ("Consulate General of Peru in Lyon").
    """
    role = pm.role or ""
    before = _sender_before(doc, pm)
    countries = find_countries(role)
    if before is not None:
        sender, sender_text = before
    elif countries:
        sender, sender_text = countries[0][0], countries[0][3]
    elif _BARE_TITLE.fullmatch(role.strip()):
        home = _home_country(doc)
        if home is None:
            return None
        sender = sender_text = home
    else:
        return None
    host, host_text, city = _host_in(role, sender)
    consul = _CONSUL.search(role)
    word = (
        "Consulate General"
        if consul and "general" in consul.group(1).lower()
        else ("Consulate" if consul else "Embassy")
    )
    if re.search(r"\bhigh commissioner\b", role, re.IGNORECASE):
        word = "High Commission"
    deputy = word == "High Commission" and _DEPUTY_HIGH.search(role) is not None
    if (consul or deputy) and host is None and city is None:
        # a consul's city that no list knows: "Consul General of X in Phoenix"
        town = _TOWN_AT_END.search(role)
        city = town.group(1) if town and not find_countries(town.group(1)) else None
    if deputy and city:
        word = "Deputy High Commission"  # a post of its own, in a city: "Deputy High Commissioner in Lagos"
    if (consul or deputy) and city:
        name = f"{word} of {_state(sender)} in {city}"
        alias = _written_post(word, sender, sender_text, city)
        return name, alias if alias != name else None, sender
    if host is None and not consul:  # a consulate is named by its city: none said, none guessed
        host = doc.dateline_country() or next((c for c in doc.countries() if c != sender), None)
    if host is None or host == sender:
        bare = f"{word} of {_state(sender)}"
        written = (
            f"{word} of {_with_article(sender_text) if sender_text not in demonyms() else _state(sender)}"
        )
        return bare, written if written != bare else None, sender
    name = f"{word} of {_state(sender)} in {_state(host)}"
    alias = _written_post(word, sender, sender_text, _with_article(host_text) if host_text else _state(host))
    return name, alias if alias != name else None, sender


#: "Deputy High Commissioner": the head of a deputy high commission, a post in a city.
_DEPUTY_HIGH = re.compile(r"\bdeputy\s+high\s+commissioner\b", re.IGNORECASE)
#: The capitalised place after "in" in a title: "... in Phoenix", "... in Ho Chi Minh City".
_TOWN_AT_END = re.compile(r"\bin\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})(?![\w’'\-])")


def _written_post(word: str, sender: str, sender_text: str, host: str) -> str:
    """The post's name with its state as the title writes it: "Consulate General of the Republic of
    Indonesia in Jeddah", "Australian High Commission in India" (a people's adjective leads)."""
    if sender_text in demonyms():
        return f"{sender_text} {word} in {host}"
    return f"{word} of {_with_article(sender_text)} in {host}"


_BARE_TITLE = re.compile(r"(?:the\s+)?(?:Ambassador|Consul(?:\s+General)?)", re.IGNORECASE)


def _post_kind(name: str) -> str:
    """ "consulate", "high commission" or "embassy" (any other post): what kind of post a name names."""
    if "Consulate" in name:
        return "consulate"
    return "high commission" if "High Commission" in name else "embassy"


def _with_article(state: str) -> str:
    """ "the US", "the Republic of Korea", "the Kyrgyz Republic": a state's name as it follows "Embassy of"."""
    state = re.sub(r"^the\s+", "", state)
    if state.startswith(("Republic ", "People", "Kingdom ", "State ", "United ")) or state.endswith(
        " Republic"
    ):
        return f"the {state}"
    return (
        f"the {state}" if is_acronym(state) or _state(country_of(state) or "").startswith("the ") else state
    )


def _diplomat_affiliation(doc: Doc, pm: PersonMention, n: int) -> int | None:
    if not pm.role or not _DIPLOMAT.search(pm.role):
        return None
    if _BARE_TITLE.fullmatch(pm.role.strip()) and pm.role_start is not None:
        # "Ambassador X" in an article that names a post: that post's head ("the EU Delegation ... Ambassador X")
        post = doc.recent_org(pm.role_start, kind="Embassy", window=2)
        if post is not None and doc.orgs[post].type == "Embassy":
            return post
    guess = _embassy_name(doc, pm)
    embassies = [i for i, o in enumerate(doc.orgs) if o.type == "Embassy"]
    if guess is None:
        # "Second Secretary of the Embassy": the embassy already in view
        return embassies[-1] if embassies and _EMBASSY_WORD.search(pm.role) else None
    name, alias, sender = guess
    host = name.partition(" in ")[2]
    # an embassy of the same state named without its host, or with the same host, is the same post
    same = [
        i
        for i in embassies
        if doc.orgs[i].country == sender
        and _post_kind(doc.orgs[i].name) == _post_kind(name)  # a consul is no embassy's
        and (not host or " in " not in doc.orgs[i].name or doc.orgs[i].name.endswith(f" in {host}"))
    ]
    if same:
        if (
            host
            and " in " not in doc.orgs[same[-1]].name
            and _post_kind(doc.orgs[same[-1]].name) == "embassy"
        ):
            doc._index_org(same[-1], name)  # "Embassy of Kenya" and its ambassador "to Kazakhstan": its host
        if alias and alias.split()[0] == doc.orgs[same[-1]].name.split()[0] == name.split()[0]:
            doc._index_org(
                same[-1], alias
            )  # the same kind of post as this title words it ("the Republic of X")
        return same[-1]
    return doc.add_org(name, "Embassy", n, country=sender, inferred=True, aliases=(alias,) if alias else ())


def _named_before_title(doc: Doc, pm: PersonMention, mentions: list[OrgMention]) -> int | None:
    """ "University of Toronto President Meric Gertler": the body named right before a person's title
    is the title's."""
    if pm.role_start is None:
        return None
    for m in mentions:
        if m.end <= pm.role_start and not doc.text[m.end : pm.role_start].strip() and not m.generic:
            return doc.find_org(m.name)
    return None


def _affiliation(doc: Doc, pm: PersonMention, n: int) -> int | None:
    if pm.affiliation is not None and _OF_THE_UNIVERSITY.match(pm.role or "", _title_end(pm.role)):
        # "Rector of the University, member of the Senate of X": the title's own university
        mine = _university_in_view(doc, pm, n)
        if mine is not None:
            return mine
    if pm.affiliation is not None:
        found = doc.find_org(pm.affiliation.name)
        if found is not None:
            return found
    embassy = _diplomat_affiliation(doc, pm, n)
    if embassy is not None:
        return embassy
    if pm.affiliation_acronym:
        found = doc.find_org(pm.affiliation_acronym)
        if found is not None:
            return found
    tail = (pm.role or "").rpartition(" of ")[2]
    if tail and is_acronym(tail.rsplit(" ", 1)[-1]) and (found := doc.find_org(tail)) is not None:
        return found  # "rector of Al-Farabi KazNU": a name with its acronym the title's words end with
    ministry = _ministry(doc, pm, n)
    if ministry is None:
        ministry = _city_government(doc, pm, n)
    return ministry if ministry is not None else _university_in_view(doc, pm, n)


#: A university's own titles: "rector", "the university's president", "its vice-rector".
_CAMPUS_TITLE = re.compile(
    r"^(?:first\s+|acting\s+)?(?:(?:vice|pro|deputy)[\s-]*)?"
    r"(?:rector|prorector|president|provost|chancellor|dean|director)\b",
    re.IGNORECASE,
)
#: Titles only a university gives.
_RECTOR = re.compile(
    r"^(?:first\s+|acting\s+)?(?:(?:vice|pro|deputy)[\s-]*)?(?:rector|prorector|provost|vice[\s-]chancellor)\b",
    re.IGNORECASE,
)
#: The title says whose it is by a pointer to a university already named, not by its name.
_OF_THE_UNIVERSITY = re.compile(r"\s*\bof\s+(?:the|this|our)\s+university\b(?!\s+of)", re.IGNORECASE)
_POINTER_BEFORE = re.compile(r"(?:\b(?:the|this|our)\s+university(?:['’]s)?|\bits)\s*$", re.IGNORECASE)


def _title_end(role: str | None) -> int:
    match = _CAMPUS_TITLE.match(role or "")
    return match.end() if match else 0


def _university_in_view(doc: Doc, pm: PersonMention, n: int) -> int | None:
    """ "The rector of the university", "the university's president", "its vice-rector": the university
    named last before (within a few sentences), else the article's only university."""
    role = pm.role or ""
    if pm.role_start is None or not _CAMPUS_TITLE.match(role):
        return None
    sent = doc.sentences[n]
    before = sent.text[max(0, pm.role_start - sent.start - 30) : pm.role_start - sent.start]
    if not _OF_THE_UNIVERSITY.search(role) and not _POINTER_BEFORE.search(before):
        if " of " in role or not _RECTOR.match(role):
            return None
        # a bare rector's title ("Vice-Rector for Research Anna Berg"): the university named before it
        # in the sentence, else the article's only one
        here = [m.index for m in doc.org_mentions_in(n) if m.start < pm.role_start]
        if here:
            return here[-1] if doc.orgs[here[-1]].type == "University" else None
        if _the_other_side(doc, pm, n):
            return None
    elif before.rstrip().lower().endswith("its"):
        last = doc.recent_org(pm.role_start, kind=None, window=2)  # "its": the body named last
        return last if last is not None and doc.orgs[last].type == "University" else None
    else:
        recent = doc.recent_org(pm.role_start, kind="University", window=3)
        if recent is not None and doc.orgs[recent].type == "University":
            return recent
    universities = [i for i, o in enumerate(doc.orgs) if o.type == "University"]
    return universities[0] if len(universities) == 1 else None


#: Verbs between a titled person and the body of the other side: "Rector X met the President of Y".
_TOWARDS_OTHERS = re.compile(
    r"\b(?:met|meets|meeting|visited|visits|received|receives|hosted|hosts|welcomed|welcomes|"
    r"talks|talked|held|signed|with)\b"
)


def _the_other_side(doc: Doc, pm: PersonMention, n: int) -> bool:
    """ "Rector Ahmad Bakr met ... of Peking University": the university the sentence names after a
    bare title's person, past a verb of meeting, is the other side's, not the person's own (where
    they met, "at X University", is no side)."""
    sent = doc.sentences[n]
    after = [
        m for m in doc.org_mentions_in(n) if m.start >= pm.end and doc.orgs[m.index].type == "University"
    ]
    if not after:
        return False
    between = sent.text[pm.end - sent.start : after[0].start - sent.start]
    return _TOWARDS_OTHERS.search(between) is not None and _WHERE_BEFORE.search(between) is None


#: Where a meeting took place, just before a university's name: "at the", "in".
_WHERE_BEFORE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")


_MINISTER = re.compile(r"^(?:(?:Deputy|Vice|First\s+Deputy)[\s\-]+)?Minister\s+((?:of|for)\s+[A-Z].*)$")
#: "Minister for Education", "Minister of State for Higher Education": the ministry is "of" its fields.
_FOR_FIELDS = re.compile(r"^(?:of\s+State\s+(?:for|in\s+charge\s+of)\s+|for\s+)")
#: Kenya's ministers: "Cabinet Secretary for Education" heads the Ministry of Education.
_CABINET_SECRETARY = re.compile(r"^Secretary\s+(for\s+[A-Z].*)$")


#: A minister's title as the text goes on after it: "Minister of Higher Education and Scientific
#: Research of Egypt" (the title as read may stop at "and").
_MINISTER_TEXT = re.compile(
    r"(?:Minister|Cabinet\s+Secretary)\s+((?:of|for)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:and|of|for|the|&)\s+)*[A-Z][\w’'\-]*)*)"
)


_BARE_MINISTER = re.compile(r"^(?:(?:Deputy|Vice|First\s+Deputy)[\s\-]+)?Minister\b")
_WORD_BEFORE = re.compile(r"([A-Z][\w’'\-.]*)\s+$")


def _minister_lead(text: str, at: int) -> str:
    """ "Kazakh Foreign", "Uzbekistan's", "Foreign": the words before "Minister" at ``at`` that say
    which ministry or whose (fields, a state or demonym), or ""."""
    lead: list[str] = []
    end = at
    while len(lead) < 3 and (match := _WORD_BEFORE.search(text, max(0, end - 40), end)):
        word = match.group(1)
        if word in ("Deputy", "Vice", "First") and not lead:
            end = match.start()
            continue  # "Deputy Foreign Minister": the deputy's ministry is the minister's
        core = re.sub(r"(?:’s|'s)$", "", word)
        if core in NAME_FIELDS and head_type(core) is None:
            lead.insert(0, word)
        elif country_of(core) is not None:
            lead.insert(0, word)
            break  # the state comes first
        else:
            break
        end = match.start()
    return " ".join(lead)


#: A title inside the words after a minister's own: the title ran on into a second person's.
_SECOND_TITLE = re.compile(
    r"\b(?:Ambassador|Minister|Rector|President|Director|Consul|Secretary|Chairman|Chair|Head|Dean|Governor)\b"
)


def _title_to_state(field: str, full: str) -> str:
    """The ministry's fields as the title gives them in the text (``full``), taken on to the first state after
    ``field``: "of Higher Education" in "Minister of Higher Education and Scientific Research of Egypt" -> "of
    Higher Education and Scientific Research of Egypt". A title that runs on into a name and a second title
    ("... of Tajikistan Bahrom Karimzoda and the Ambassador of Japan") stops at its own state."""
    found = find_countries(field)
    if found and found[-1][2] == len(field):
        return field  # the role already ends with its state
    for _country, start, end, _surface in find_countries(full):
        if end > len(field):
            return field if _SECOND_TITLE.search(full, len(field), start) else full[:end]
    return field


def _ministry(doc: Doc, pm: PersonMention, n: int) -> int | None:
    """ "Minister of Foreign Affairs of X" works at the "Ministry of Foreign Affairs of X"; so does
    "X's Foreign Minister" or "the Foreign Minister of X"."""
    role = pm.role or ""
    start = pm.role_start or 0
    cabinet = _CABINET_SECRETARY.match(role) if doc.text[max(0, start - 8) : start] == "Cabinet " else None
    if not _BARE_MINISTER.match(role) and cabinet is None:
        return None
    at = doc.text.find("Minister", start) if cabinet is None else start - 8
    match = _MINISTER.match(role) or cabinet
    field = _FOR_FIELDS.sub("of ", match.group(1)) if match else ""
    if field == "of State":
        return None  # "Minister of State": a rank, no ministry
    whole = _MINISTER_TEXT.match(doc.text, at) if field else None
    full = _FOR_FIELDS.sub("of ", whole.group(1)) if whole is not None else ""
    if len(full) > len(field) and full.startswith(field):
        field = _title_to_state(field, full)
    lead = _minister_lead(doc.text, at) if at >= 0 else ""
    name = f"{lead} Ministry {field}".strip()
    canonical = canonical_ministry(name)  # "of the Republic of X", "Kazakh Foreign": the state's common name
    if canonical is not None:
        alias = (name,) if not lead else ()
        return doc.add_org(canonical[0], "Ministry", n, country=canonical[1], inferred=True, aliases=alias)
    if lead or not field or whole_country(field[3:].removeprefix("the ")) is not None:
        return None  # "Minister of Uzbekistan", "Foreign Minister": no ministry by name
    if doc.find_org(name) is None:
        states = [
            j
            for j, org in enumerate(doc.orgs)
            if org.type == "Ministry" and org.name.startswith(name + " of ")
        ]
        if len(states) == 1:
            return states[0]  # "Minister of Education X" of the one "Ministry of Education of India" named
    return doc.add_org(name, "Ministry", n, inferred=True)


_CITY_HEAD = re.compile(
    r"^(?:(?:deputy|vice)[\s\-]+)?(?:mayor|akim|governor)\s+of\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?(?:\s+(?:region|oblast|province|prefecture|city))?)$",
    re.IGNORECASE,
)


def _city_government(doc: Doc, pm: PersonMention, n: int) -> int | None:
    """ "the mayor of Daejeon", "Akim of the Kyzylorda region": the city or region is a party
    (its government), named as written."""
    match = _CITY_HEAD.match(pm.role or "")
    if match is None:
        return None
    place = match.group("place")
    first = place.split()[0]
    country = city_country(place) or city_country(first)
    if country is None and not re.search(r"\s(?:region|oblast|province|prefecture)$", place, re.IGNORECASE):
        return None  # a place the gazetteer does not know and no region word: not sure it is one
    return doc.add_org(place, "Government", n, country=country, inferred=True)


def find_all_persons(doc: Doc, mentions: list[list[OrgMention]]) -> None:
    """Find and register every person, with role and affiliation; note every mention."""
    titled: set[int] = set()  # where the titles of named people begin
    aliases = [a for o in doc.orgs for a in o.aliases]  # "KAZNU Aliya said": an acronym, no family name
    for n, (sent, toks) in enumerate(zip(doc.sentences, doc.tokens, strict=True)):
        for pm in find_persons(
            sent.text,
            sent.start,
            toks,
            mentions[n],
            known_orgs=[o.name for o in doc.orgs],
            org_aliases=aliases,
        ):
            if pm.role_start is not None:
                titled.add(pm.role_start)
            i = doc.add_person(pm.name, n)
            person = doc.persons[i]
            doc.person_mentions.append(_mention(pm.start, i, n))
            if pm.honorific:
                _alias(doc, i, f"{pm.honorific} {pm.name}")
            if pm.role and not person.role:
                person.role = pm.role
                org = _affiliation(doc, pm, n)
                if pm.affiliation is None:
                    before = _named_before_title(doc, pm, mentions[n])
                    org = before if before is not None else org
                if org is not None:
                    person.affiliation = doc.orgs[org].name
                    doc.mention_org(org, pm.role_start or pm.start, n)
            elif not pm.role and pm.affiliation is not None and not person.affiliation:
                body = doc.find_org(pm.affiliation.name)  # a member named right after the body's name
                person.affiliation = doc.orgs[body].name if body is not None else None
        fold = sent.text.lower()
        if "ambassador" in fold or "consul" in fold or "commissioner" in fold or "affaires" in fold:
            _unnamed_diplomats(doc, n, titled)  # the words every match of _DIPLOMAT_TITLE holds
    _short_mentions(doc)


#: A diplomat's title and the places after it: "the Iranian ambassador to Azerbaijan",
#: "the Consul General of Peru in Lyon".
_DIPLOMAT_TITLE = re.compile(
    r"(?<!former\s)(?<!\bex-)\b(?:ambassador(?:\s+extraordinary\s+and\s+plenipotentiary)?|consul(?:\s+general)?|"
    r"(?:deputy\s+)?high\s+commissioner|charg[ée]\s+d[’']affaires)\b"
    r"(?:\s+(?:of|to|in)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)*",
    re.IGNORECASE,
)
_DIPLOMAT_TITLE_FOLDED = AsciiFolded(_DIPLOMAT_TITLE)


def _unnamed_diplomats(doc: Doc, n: int, titled: set[int]) -> None:
    """A diplomat named by title alone still stands for a post: "the Iranian ambassador to Azerbaijan met ...".

    Only a title that names a state (before it or after "of") gives a post; "the ambassador" alone does not.
    """
    sent = doc.sentences[n]
    for match in _DIPLOMAT_TITLE_FOLDED.finditer(sent.text):
        start = sent.start + match.start()
        if start in titled:
            continue  # the title of a person already read
        role = match.group(0)
        pm = PersonMention("", start, sent.start + match.end(), role=role, role_start=start)
        sender = _sender_before(doc, pm) or next(((c, t) for c, _, _, t in find_countries(role)), None)
        town = (_CONSUL.search(role) or _DEPUTY_HIGH.search(role)) and _TOWN_AT_END.search(role)
        if sender is None or (_host_in(role, sender[0]) == (None, None, None) and not town):
            continue  # a post needs its state and its place: "the ambassador" or "Kazakhstan's ambassador" is no post
        i = _diplomat_affiliation(doc, pm, n)
        if i is not None:
            doc.mention_org(i, start, n)


def _mention(start: int, i: int, n: int) -> Mention:
    return Mention(start, i, n)


def _alias(doc: Doc, i: int, alias: str) -> None:
    person = doc.persons[i]
    if alias != person.name and alias not in person.aliases:
        person.aliases.append(alias)
    doc.person_index.setdefault(norm(alias), i)


def _short_mentions(doc: Doc) -> None:
    """Surname-only and initial forms ("Ambassador Omuraliyev", "K. Baktygulova") of known people."""
    surnames = {p.name.split()[-1]: i for i, p in enumerate(doc.persons) if len(p.name.split()) >= 2}
    # mentions by sentence: the test below looks only at its own sentence (linear, not quadratic, time)
    by_sentence: dict[int, list[Mention]] = {}
    for m in doc.person_mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for n, toks in enumerate(doc.tokens):
        for k, tok in enumerate(toks):
            i = surnames.get(tok.core)
            if i is None or any(
                m.start <= tok.start <= m.start + 60 and m.index == i for m in by_sentence.get(n, ())
            ):
                continue
            prev = toks[k - 1].text if k else ""
            if re.fullmatch(r"[A-Z]\.", prev):
                _alias(doc, i, f"{prev} {tok.core}")
            mention = _mention(tok.start, i, n)
            doc.person_mentions.append(mention)
            by_sentence.setdefault(n, []).append(mention)
