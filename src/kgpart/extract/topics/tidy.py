"""A topic's label as the article words it: tidied, split where two fields share a head, its content stems."""

from __future__ import annotations

import re
from functools import lru_cache

from kgpart.extract.countries import country_of, demonyms
from kgpart.extract.topics.adjectives import adjective_fields, link_in_spheres
from kgpart.extract.topics.items import (
    FIELD_WORD_AFTER,
    INNER_DROP,
    drop_leading,
    national_field,
    proper_topic,
)
from kgpart.extract.topics.words import (
    ADJECTIVE_ENDS,
    FIELD_NOUN_ENDS,
    PEOPLE,
    PRAISE,
    SCHEME_NAME,
    nationality_word,
    only_people,
    stem,
    stem_words,
)

#: A reform or a policy and the field it is in: "the state policy in the sphere of education", "reforms in science".
_FIELD_FIRST = re.compile(
    r"^(?:the\s+)?(?:(?:large-scale|wide-ranging|far-reaching|comprehensive|ongoing|major|sweeping|systemic)\s+)?"
    r"(?P<mod>(?:state|national|public|government|new|educational|language|youth|migration)\s+)?"
    r"(?P<head>reforms?|polic(?:y|ies)|strateg(?:y|ies)|legislation)"
    r"(?:\s+(?:(?:being|currently)\s+)?(?:carried\s+out|implemented|undertaken|conducted|pursued))?"
    r"\s+in\s+(?:the\s+)?(?:national\s+)?"
    r"(?:(?:fields?|spheres?|areas?|domains?)\s+of\s+)?(?P<field>[a-z][a-z\-]+(?:,?\s+(?:and\s+)?[a-z][a-z\-]+){0,3}?)"
    r"(?:\s+(?:spheres?|fields?|areas?|sectors?|domains?|systems?))?$"
)


#: Words after "reforms in" that name no field: a place or a pointer ("reforms in the country").
_NO_FIELD_FIRST = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "which",
        "our",
        "their",
        "its",
        "country",
        "countries",
        "region",
        "regions",
        "republic",
        "city",
        "cities",
        "world",
        "state",
        "states",
    ]
)


def _field_first(match: re.Match[str]) -> str:
    """The field before its head, as English compounds it: "state education policy", "education and science reforms"."""
    field = match["field"]
    if only_people(field) or field.split()[0] in _NO_FIELD_FIRST:
        return match.group(0)
    return f"{match['mod'] or ''}{field} {match['head']}"


#: What a nation has, and the nation after "of": "the history and culture of Korea", "the foreign policy of Chile".
_OF_A_NATION = re.compile(
    r"^(?:the\s+)?(?P<head>(?:(?:foreign|economic|education|educational|language|national|cultural|historical)\s+)?"
    r"(?:culture|history|language|languages|literature|unification|reunification|economy|policy|heritage|traditions|"
    r"art|music|cuisine|independence|philosophy|civili[sz]ation|diaspora|system)"
    r"(?:,?\s+(?:and\s+)?(?:culture|history|language|literature|traditions|art|music|heritage|education))*)"
    r"\s+of\s+(?:the\s+)?(?P<place>(?:Republic\s+of\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$"
)


def _nation_first(match: re.Match[str]) -> str:
    """The nation's word before what it has: "Korean unification", "Chilean foreign policy"."""
    demonym = _demonym_of(country_of(match["place"]) or "")
    return f"{demonym} {match['head']}" if demonym else match.group(0)


@lru_cache(maxsize=256)
def _demonym_of(country: str) -> str | None:
    """The first demonym listed for a country: Kazakhstan is Kazakh, South Korea Korean."""
    return next((d for d, c in demonyms().items() if c == country and " " not in d), None)


#: A grant's name before its kind: "Erasmus+ programme" keeps its capital.
_GRANT_NAME = re.compile(
    r"[A-Z][\w\-]*\+?\s+(?:(?:international|presidential|government|state|national|academic|research|study)\s+)?"
    r"(?:scholarships?\s+|exchange\s+|mobility\s+)?(?:programmes?|programs?|scholarships?|fellowships?)$"
)


_SCHEME = re.compile(rf"(?:{SCHEME_NAME})(?!\w)")


#: Teaching and the language it is in: "teaching in English", "courses taught in French".
_IN_A_LANGUAGE = re.compile(
    r"^(?:(?P<noun>teaching|instruction|education|courses|classes)(?:\s+taught)?|taught)\s+in\s+"
    r"(?P<lang>English|French|German|Russian|Spanish|Chinese|Arabic|Turkish|Korean|Japanese|Kazakh|Uzbek|"
    r"Portuguese|Italian)$"
)


def _medium(match: re.Match[str]) -> str:
    """The language as English names the medium: "English-medium teaching", "French-medium courses"."""
    return f"{match['lang']}-medium {match['noun'] or 'teaching'}"


@lru_cache(maxsize=16384)
def surface(text: str) -> str:
    """The words as written, tidied: a topic reads like the article names it."""
    text = " ".join(text.split()).strip(" ,.")
    # "(the) cooperation in the economic sphere" is economic cooperation
    text = link_in_spheres(re.sub(r"^(?:the|further)\s+", "", text)) or text
    text = _FIELD_FIRST.sub(_field_first, text)  # "reforms in education" are education reforms
    text = _OF_A_NATION.sub(_nation_first, text)  # "the unification of Korea" is Korean unification
    text = PRAISE.sub("", INNER_DROP.sub("", text))
    text = drop_leading(text, 3)
    if len(text.split()) <= 3:
        text = FIELD_WORD_AFTER.sub("", text)  # "the scientific direction" is the scientific field
    titled = text[:2].istitle() or (text[:1].isupper() and text[1:2].islower())
    first = text.split()[0] if text.split() else ""
    # "Korean studies" keeps its capital, and so does "PhD co-supervision" (a capital inside the word)
    words = text.split()
    keep = (
        proper_topic(text)
        or national_field(words)
        or all(
            nationality_word(w.strip(",")) or w in ("and", "or") for w in words
        )  # "Hindi", "Arabic and French"
        or any(c.isupper() for c in first[1:])
        or _SCHEME.match(text) is not None  # a scheme's name: "Erasmus+", "Fulbright"
        or _GRANT_NAME.match(text) is not None  # "Erasmus+ programme", "Chevening scholarships"
        or (
            len(words) > 1 and words[1][:1].isupper()
        )  # a name of two words first: "Nurly Zhol economic policy"
    )
    text = text[:1].lower() + text[1:] if titled and not keep else text
    return _IN_A_LANGUAGE.sub(_medium, text)  # "teaching in English" is English-medium teaching


#: Words that name no content: "education and science" and "science of education" share it.
_FUNCTION = frozenset(stem(w) for w in ["and", "or", "of", "the", "in", "for", "on", "to", "a", "an", "with"])

#: "agro and engineering technologies": two words and the plural head they share.
_SHARED_HEAD = re.compile(r"^(?P<a>[a-z][\w\-]*) and (?P<b>[a-z][\w\-]*) (?P<head>[a-z][\w\-]*[^s\W]s)$")


@lru_cache(maxsize=16384)
def distribute(label: str) -> tuple[str, ...]:
    """ "agro and engineering technologies" names two fields: the head is shared by two nouns.

    Adjectives stay together ("cultural and educational exchanges" is one kind of exchange); adjectives
    alone, their head ("spheres") dropped, are the fields' nouns ("trade and economic" is trade, economy).
    """
    fields = adjective_fields(label)
    if fields is not None:
        return fields
    match = _SHARED_HEAD.match(label)
    if (
        match is None
        or match["a"].endswith(ADJECTIVE_ENDS + FIELD_NOUN_ENDS)
        or match["b"].endswith(ADJECTIVE_ENDS)
        or PEOPLE.search(match["b"]) is not None  # "faculty and student exchanges": one exchange of both
        or (
            match["a"].endswith("s") and not match["a"].endswith("ss")
        )  # "books and teaching aids": a plural heads itself
    ):
        return (label,)
    return (f"{match['a']} {match['head']}", f"{match['b']} {match['head']}")


@lru_cache(maxsize=16384)
def content_stems(label: str) -> frozenset[str]:
    """The stems of a label's words, function words left out."""
    return frozenset(s for s, _, _ in stem_words(label) if s not in _FUNCTION)
