"""Topics from what is studied or taught: "a joint master's programme in public health", "courses in
cybersecurity", "training of specialists in nuclear medicine": the field after "in".

A place is no field ("a degree in Japan", "courses in Riga"): a field is written in lower case, or in
title case of two words or more that hold no place or institution ("a dual degree in Business
Administration", read in lower case).
"""

from __future__ import annotations

import re

from kgpart.extract.countries import city_country, find_countries
from kgpart.extract.doc import Doc
from kgpart.extract.topics.adjectives import adjective_fields
from kgpart.extract.topics.items import FIELD_ACRONYMS, clean_item, drop_leading
from kgpart.extract.topics.keyed import KeyedPattern
from kgpart.extract.topics.lists import two_fields_apart
from kgpart.extract.topics.words import Span, nationality_word

_STUDIED_IN = re.compile(
    r"\b(?:(?:programmes?|programs?|degrees?|courses?|master['’]?s|bachelor['’]?s|doctorates?|majors?|diplomas?|"
    r"speciali[sz]ations?|specialities|specialties|training|qualifications?|curricul(?:um|a)|modules?|"
    r"internships?|retraining|traineeships?|fellowships?|residenc(?:y|ies)|placements?|"
    # a degree by its abbreviation: "an MSc in petroleum geoscience", "a dual MBA in energy management"
    r"(?:e?mba|msc|bsc|ma|ba|phd|llm|mphil|meng|beng|dba|mph|dphil)s?|"
    # whom a party trains in a field: "to train students in robotics", "trains nurses in intensive care"
    r"train(?:s|ed|ing)?\s+(?:[\w\-,]+\s+){0,5}?(?:students|specialists|teachers|staff|engineers|doctors|nurses|"
    r"personnel|cadres|professionals|officials|graduates|technicians|researchers|scientists|lecturers|diplomats|"
    r"journalists|farmers|managers|experts)|"
    r"specialists|experts|professionals|study|trained|educated|"
    # a sentence that opens with the students of a field: "Students in mining engineering at X will ..."
    r"students(?:(?<=^students)|(?<=\nstudents)|(?<=[.!?]\sstudents))|"
    # a degree named with its field: "a Master of Science in Renewable Energy", "the Bachelor of Arts in Law"
    r"(?:master|bachelor|doctor)\s+of\s+(?:science|arts|engineering|philosophy|laws|education|"
    r"business\s+administration|public\s+health))\s+in\s+|"
    # what students study: "will study computer science in Tallinn", "to major in economics"
    r"(?:(?:to|will|can|could|may|would|shall|must)\s+study|studying|major(?:s|ing)?\s+in|"
    r"speciali[sz](?:e|es|ing)\s+in)\s+"
    r"(?!(?:at|in|on|abroad|for|there|with|under|a|an|the|this|these|together|well|hard|to|here|and|or|full|part|visits?|trips?|tours?)\b))",
    re.I,
)
#: On the lower-cased text, tried only at the words whose first letters may begin one of its two branches
#: (``\b(?:A|B)``, one \b for both, is the shape KeyedPattern reads): same matches, the scan ~40 % faster.
_STUDIED_IN_LOWER = KeyedPattern(_STUDIED_IN.pattern, letters=12)
#: Where the field's words end: a preposition, a clause, a verb, a new item.
_FIELD_END = re.compile(
    r"\s+(?:in|on|at|to|for|from|with|by|as|between|under|through|which|that|who|will|would|is|are|was|were|"
    r"has|have|can|could|may|might|must|should|shall|received|graduated|began|started|opened|attracted|enrolled|admitted|(?:(?:starting|beginning|commencing|from)\s+)?(?:every|each|next|last|this|per)\s+(?:year|semester|term|month)|"
    r"and\s+(?:the|a|an|will|is|are|to|also)|and\s+[a-z]+\s+(?:a|an|the|its|their|new)|from)\b|"
    r"\s*[,.;:()\"“”]|$",
    re.I,
)


_INSTITUTION = re.compile(
    r"\b(?:Universit(?:y|ies)|Colleges?|Institutes?|Academ(?:y|ies)|Schools?|Centres?|Centers?|"
    r"Ministry|Embassy|Faculty|Department)\b"
)


#: What "in" opens that is no field: "in line with", "in cooperation with", "in order to", "in particular".
_NO_FIELD_AFTER_IN = re.compile(
    r"(?:line|accordance|connection|order|addition|particular|general|total|turn|fact|response|support|demand|need|"
    r"place|progress|time|person|advance|"
    r"cooperation|collaboration|partnership|charge|favou?r|terms|view|case|"
    # a list the cues read: "programmes in fields such as X and Y"
    r"(?:various\s+|different\s+|many\s+)?(?:fields|areas|spheres|disciplines|subjects|specialties|specialities|"
    r"sectors)\s+(?:such|like|including))\b",
    re.I,
)


#: What a person holds or earned: their own degree ("holds a master's degree in economics", "graduated with a degree").
_ONES_OWN_DEGREE = re.compile(
    r"\b(?:holds?|holding|earned|obtained|graduated\s+with|(?:who|he|she)\s+(?:has|had))\s+(?:an?|the|his|her)\s+"
    r"(?:[\w'’\-]+\s+){0,2}$",
    re.I,
)


def studies_spans(doc: Doc) -> list[Span]:
    """The fields after "a programme, degree, course or training in", each within its sentence."""
    text = doc.text
    lower = text.lower()
    # one case-sensitive scan of the lower-cased text is about 3x faster than an IGNORECASE one
    scan, regex = (lower, _STUDIED_IN_LOWER) if len(lower) == len(text) else (text, _STUDIED_IN)
    out: list[Span] = []
    for match in regex.finditer(scan):
        n = doc.sentence_at(match.start())
        end_of_sentence = doc.sentences[n].end
        if match.end() >= end_of_sentence:
            continue
        if _NO_FIELD_AFTER_IN.match(text, match.end()):
            continue  # "curricula in line with the standards", "training in cooperation with"
        if _ONES_OWN_DEGREE.search(text, max(0, match.start() - 50), match.start()):
            continue  # "she holds a PhD in chemistry": a person's own degree, no field of the ties
        stop = _FIELD_END.search(text, match.end(), min(end_of_sentence, match.end() + 80))
        words = text[match.end() : stop.start() if stop else match.end()]
        field = _field(words, titled=_DEGREE_NAME.search(scan, match.start(), match.end()) is not None)
        if field:
            # "specialists in cybersecurity and artificial intelligence": two fields
            pieces = two_fields_apart(field)
            if len(pieces) == 1:
                out.append((match.end(), match.end() + len(words), field, n))
            else:
                at = text.find(pieces[1], match.end(), match.end() + len(words))
                out.append((match.end(), max(at - 1, match.end() + 1), pieces[0], n))
                out.append((max(at, match.end() + 1), match.end() + len(words), pieces[1], n))
    return out


#: A degree named in title case: its field may be one title-case word ("a Bachelor of Engineering in Mechatronics").
_DEGREE_NAME = re.compile(r"(?:master|bachelor|doctor)\s+of\s", re.I)


def _field(words: str, *, titled: bool = False) -> str | None:
    """The field named by ``words`` ("the field of public health", "Business Administration"), or None.

    ``titled``: the words follow a degree's name, so one title-case word is a field too ("Mechatronics").
    """
    if re.match(r"the\s+(?!fields?\s+of\b)", words, re.I):
        return None  # "a course in the curriculum", "training at the university": a setting, not a field
    words = drop_leading(words, 3)
    parts = words.split()
    if not parts or len(parts) > 5:
        return None
    if all(p[:1].isupper() or p in ("and", "of", "&") for p in parts):
        if titled and len(parts) == 1 and nationality_word(words):
            return f"{words} language"  # "a Bachelor of Arts in Spanish"
        if (len(parts) < 2 and not titled) or _INSTITUTION.search(words) is not None or _place(words, parts):
            return None  # "a degree in Japan", "courses in New Zealand"
        words = words.lower()
    elif any(p[:1].isupper() and p not in FIELD_ACRONYMS for p in parts):
        return None
    return clean_item(words)


def _place(words: str, parts: list[str]) -> bool:
    """True when title-case words name a country or a known city."""
    return bool(find_countries(words)) or any(city_country(p) for p in parts)


#: The sector people are trained for: "the training of engineering personnel for the energy sector",
#: "specialists for the oil and gas industry" (the people before " for ", the sector after it).
_TRAINED = frozenset(
    [
        "specialists",
        "personnel",
        "engineers",
        "professionals",
        "experts",
        "cadres",
        "workforce",
        "staff",
        "graduates",
        "technicians",
    ]
)
_SECTOR_AFTER_FOR = re.compile(
    r"(?:the\s+|its\s+|their\s+)?(?:(?:[A-Z][\w\-]*|country|region|republic)['’]s\s+)?"
    r"(?P<field>(?!(?:national|whole|real|entire|country|region|future|priority|key|strategic|other|various|all|leading|"
    r"relevant|important|different|many|these|those|such)\b)[a-z][a-z\-]+(?:\s+and\s+[a-z][a-z\-]+)?"
    r"(?:\s+[a-z][a-z\-]+)?\s+(?:sector|industry|industries|sectors))\b"
)


def trained_for_spans(doc: Doc) -> list[Span]:
    """ "specialists for the oil and gas industry": the sector, as written."""
    text = doc.text
    out: list[Span] = []
    at = text.find(" for ")
    while at >= 0:
        word = text[text.rfind(" ", 0, at) + 1 : at]
        if word in _TRAINED and (match := _SECTOR_AFTER_FOR.match(text, at + 5)) is not None:
            start, end = match.span("field")
            out.append((start, end, text[start:end], doc.sentence_at(start)))
        at = text.find(" for ", at + 5)
    return out


#: Words before "sector" that name an owner, a size or a pointer, no field: "the private sector", "the whole industry".
_NO_SECTOR = (
    r"(?:private|public|state|governmental|non-governmental|non-profit|nonprofit|non-state|corporate|business|real|"
    r"formal|informal|third|voluntary|whole|entire|national|country|region|same|other|various|different|many|all|"
    r"key|priority|strategic|relevant|important|leading|new|this|that|these|those|such|every|each|respective)\b"
)
#: A sector or an industry named by its field: "the oil and gas sector", "the energy and mining sectors",
#: "the automotive industry".
_SECTOR = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|an?)\s+(?P<field>(?:(?!"
    + _NO_SECTOR
    + r")[a-z][a-z\-]+(?:,\s*|\s+)(?:and\s+)?){0,3}?"
    r"(?!" + _NO_SECTOR + r")[a-z][a-z\-]+)\s+(?P<head>sectors?|industry|industries)\b"
)


def sector_spans(doc: Doc) -> list[Span]:
    """ "the oil and gas sector", "the automotive industry": the sector as written; "the energy and mining
    sectors": each field; "the agricultural sector": the field's noun (agriculture)."""
    text = doc.text
    out: list[Span] = []
    if "sector" not in text and "industr" not in text:
        return out
    for match in _SECTOR.finditer(text):
        field, head = match["field"], match["head"]
        start, end = match.span("field")
        n = doc.sentence_at(start)
        if clean_item(field) != field:
            continue  # "the university sector", "the sector of services": no field of its own
        nouns = adjective_fields(field)
        if nouns is None and not head.endswith("s"):
            out.append((start, match.end(), text[start : match.end()], n))
            continue
        # each field its own span: spans of one range would be one topic
        parts = [(m.start(), m.end()) for m in _WORDS.finditer(text, start, end)]
        labels = nouns or [text[a:b] for a, b in parts]
        if len(labels) == len(parts):
            out += [(a, b, label, n) for (a, b), label in zip(parts, labels, strict=True)]
    return out


#: A field's words between the joins of a list; "oil and gas" is one field.
_WORDS = re.compile(r"oil\s+and\s+gas\b|\b(?!and\b)[a-z][a-z\-]*(?:\s+(?!and\b)[a-z][a-z\-]*)*")


#: How a language is taught or read: "Swahili courses", "Urdu teaching", "Japanese language classes" (the language's
#: word read back from the head); "courses of Arabic and French", "a teacher of Hindi", "lessons in Turkish" (read on
#: after it). One scan of the lower-cased text finds the heads of both; its literal first letters let the engine skip.
_LANGUAGE_HEAD = re.compile(
    r"(?P<head>courses|classes|lessons|teaching|literature|learning|teachers?|lecturers?|instructors?|tutors?|study|"
    r"tuition)\b(?:\s+(?P<prep>of|in)\s+(?:the\s+)?)?"
)
#: The heads a language's word stands before ("Swahili courses"), and those a language follows with "in".
_HEADS_AFTER_A_LANGUAGE = frozenset(["courses", "classes", "lessons", "teaching", "literature", "learning"])
_HEADS_IN_A_LANGUAGE = frozenset(["courses", "classes", "lessons", "tuition"])
_HEAD_WORD = re.compile(r"\b(?:courses|classes|lessons|teaching|literature|learning)\b")
_LANGUAGE_BEFORE = re.compile(r"\b(?P<lang>[A-Z][a-z]+)\s+(?:language\s+)?$")
#: "in English" after courses is mostly the language they are taught in, not their field: left out.
_LANGUAGES_AFTER = re.compile(
    r"(?!English\b)[A-Z][a-z]+(?:\s+language)?(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z][a-z]+(?:\s+language)?)*(?!\s*[A-Z\-])"
)
_LANGUAGE_WORD = re.compile(r"[A-Z][a-z]+")


def language_spans(doc: Doc) -> list[Span]:
    """ "Swahili courses", "Urdu teaching", "courses of Arabic and French", "a teacher of Hindi": languages, as written.

    The spans of languages before their head come first, then those after it.
    """
    text = doc.text
    lower = text.lower()
    if len(lower) != len(
        text
    ):  # a rare letter lengthened by lower(): the heads before a language, on the text
        return [span for h in _HEAD_WORD.finditer(text) for span in _language_before(doc, h.start(), h.end())]
    before: list[Span] = []
    after: list[Span] = []
    for head in _LANGUAGE_HEAD.finditer(lower):
        start, word_end = head.start(), head.end("head")
        if start and (lower[start - 1].isalnum() or lower[start - 1] == "_"):
            continue  # inside a word
        if head["head"] in _HEADS_AFTER_A_LANGUAGE and text[start:word_end] == head["head"]:
            before += _language_before(doc, start, word_end)
        prep = head["prep"]
        if prep and head["head"] != "literature" and (prep == "of" or head["head"] in _HEADS_IN_A_LANGUAGE):
            after += _languages_after(doc, head.end())
    return before + after


def _language_before(doc: Doc, start: int, end: int) -> list[Span]:
    """The language's word before a lower-case head at start..end ("Swahili courses"), not inside a name."""
    text = doc.text
    match = _LANGUAGE_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return []
    begin = match.start()
    word = _WORD_BEFORE.search(text, max(0, begin - 40), begin)
    if nationality_word(match["lang"]) and (word is None or not word[1][:1].isupper() or word[1] in _OPENERS):
        return [(begin, end, text[begin:end], doc.sentence_at(begin))]
    return []


def _languages_after(doc: Doc, at: int) -> list[Span]:
    """The languages at ``at``, after a head of teaching ("courses of Arabic and French")."""
    langs = _LANGUAGES_AFTER.match(doc.text, at)
    if langs is None or not all(nationality_word(word) for word in _LANGUAGE_WORD.findall(langs.group(0))):
        return []
    return [(langs.start(), langs.end(), langs.group(0), doc.sentence_at(langs.start()))]


#: The word before a match; one in title case ("Tokyo Korean Language Courses") makes the match part of a name.
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_OPENERS = frozenset(["The", "A", "An", "Its", "Their", "Our", "His", "Her", "New", "Free", "Online"])
