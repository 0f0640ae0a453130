"""A listed phrase split into items: "X, Y and Z", a lone pair that names one field or two ("science and
education", "agriculture and veterinary medicine"), adjectives sharing a head ("academic, research and innovative
activity"), an activity and the fields it is in ("joint research in X and Y"), people joined to their exchange
("the exchange of students, teachers and researchers"). ``cues`` finds the lists; ``items`` judges each item.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgpart.extract.topics.compounds import link_of_manner
from kgpart.extract.topics.items import (
    FIELD_ACRONYMS,
    FOR_PEOPLE,
    GERUND,
    ITEM_STOP,
    clean_item,
    drop_leading,
)
from kgpart.extract.topics.words import ADJECTIVE_ENDS, FIELD_NOUN_ENDS, nationality_word, only_people


def list_items(phrase: str, base: int) -> list[tuple[str, int, int]]:
    """Split "higher education, scientific research, and academic mobility" into (item, start, end)."""
    return [(item, base + start, base + end) for item, start, end in _split_items(phrase)]


#: A plain phrase of two parts is at most this long (``items._most_words``).
_MOST_PAIR_WORDS = 6


def _long_pair(part: str) -> list[str]:
    """ "desert ecology and water management": two phrases of two words or more, too long as one.

    Not when the first ends in an adjective ("international cultural and educational exchange").
    """
    if "," in part and _shared_by_adjectives(part):
        return [part]  # "academic, research and innovative activity"
    pieces = re.split(r"\s+(?:and|or)\s+", part)
    if len(pieces) == 2 and _OF_A_PLACE.search(part):
        return [part]  # "the history and culture of Uzbekistan"
    if len(pieces) > 2 and clean_item(part) is None:
        return _joined_pieces(pieces)  # "the exchange of staff and students and joint field trips"
    if len(pieces) == 2 and (
        _two_fields(pieces[0], pieces[1])
        # too long for one topic, two good ones: "credit transfer and mutual recognition of diplomas"
        or (
            len(_dropped(part).split()) > _MOST_PAIR_WORDS
            and clean_item(part) is None
            and all(map(clean_item, pieces))
        )
    ):
        return pieces
    if (
        len(pieces) == 2
        and len(part.split()) > 4
        and all(len(p.split()) >= 2 for p in pieces)
        and not _modifier(pieces[0].split()[-1])
        and ITEM_STOP.search(part) is None
        and not _joins_people_or_objects(pieces[0], pieces[1])
        and not link_of_manner(f"{_dropped(pieces[0])} {pieces[1]}")
        and ((cleaned := clean_item(part)) is None or len(cleaned.split()) >= 5)
    ):
        return pieces
    return [part]


#: Heads two fields share: "education and science reforms", "culture and higher education" name one thing.
_SHARED_HEADS = frozenset(
    [
        "reforms",
        "reform",
        "programmes",
        "programs",
        "projects",
        "cooperation",
        "collaboration",
        "policy",
        "policies",
        "sector",
        "sectors",
        "exchange",
        "exchanges",
        "centres",
        "centers",
        "technologies",
        "sciences",
        "studies",
        "systems",
        "system",
        "development",
        "education",
        "research",
        "relations",
        "ties",
        "industry",
        "industries",
        "issues",
        "courses",
        "degrees",
        "institutions",
        "activities",
        "affairs",
    ]
)


#: Fields named by one noun without a field's ending: "research and staff training" is two topics.
_FIELD_WORDS = frozenset(
    [
        "research",
        "medicine",
        "energy",
        "health",
        "healthcare",
        "tourism",
        "transport",
        "trade",
        "law",
        "business",
        "mining",
        "finance",
        "logistics",
        "science",
        "art",
        "arts",
        "music",
        "sport",
        "sports",
        "design",
    ]
)


def two_fields_apart(item: str) -> list[str]:
    """ "cybersecurity and artificial intelligence", "water engineering and coastal resilience" as two items;
    any other item as it is."""
    pieces = _long_pair(item)
    return pieces if len(pieces) == 2 else [item]


#: Heads of a discipline of two words: "mechanical engineering", "marine biology", "data science".
_DISCIPLINE_HEADS = frozenset(
    [
        "engineering",
        "science",
        "sciences",
        "medicine",
        "energy",
        "health",
        "technology",
        "technologies",
        "management",
        "law",
        "agriculture",
        "mining",
        "food",
        "research",
        "studies",
    ]
)
#: Endings of a discipline named by one word: "geophysics", "oceanography", "metallurgy", "chemistry", "agronomy".
_DISCIPLINE_ENDS = ("logy", "ics", "graphy", "urgy", "istry", "nomy", "sophy")
_DISCIPLINE_WORDS = frozenset(
    [
        "medicine",
        "agriculture",
        "pharmacy",
        "nursing",
        "architecture",
        "law",
        "mining",
        "forestry",
        "dentistry",
    ]
)


def _discipline(word: str) -> bool:
    """True for a one-word discipline: "metallurgy", "geophysics", "pharmacy"."""
    return (
        word.endswith(_DISCIPLINE_ENDS)
        or word in _DISCIPLINE_WORDS
        or (len(word) > 8 and word.endswith("culture"))
    )


def _two_fields(left: str, right: str) -> bool:
    """ "agriculture and veterinary medicine": a noun that names a field, then a phrase naming another;
    "mechanical engineering and metallurgy": a discipline of two words, then one of one.

    Not "mechanical and civil engineering" (an adjective) nor "education and science reforms" (a shared head),
    nor "education measurement and assessment" (the first word shared by the two after it).
    """
    first, words = _dropped(left).split(), right.split()
    if (first and first[-1] in FIELD_ACRONYMS and right.islower()) or (
        words and words[0] in FIELD_ACRONYMS and len(words) == 1 and _dropped(left).islower()
    ):
        return True  # "IT and agriculture", "robotics and AI": an acronym names a field of its own
    if (
        len(first) == 2
        and len(words) == 1
        and all(w.islower() for w in first + words)
        and (first[1] in _DISCIPLINE_HEADS or _discipline(first[1]))
        and _discipline(words[0])
    ):
        return True
    return (
        len(first) == 1
        and 2 <= len(words) <= 3
        and first[0].islower()
        and (first[0].endswith(FIELD_NOUN_ENDS) or first[0] in _FIELD_WORDS or _discipline(first[0]))
        and words[-1].lower() not in _SHARED_HEADS
        and not words[-1].endswith(ADJECTIVE_ENDS)
        and all(w.islower() for w in words)
        and not only_people(right)
    )


#: Adjectives listed before one head: "academic, research and innovative activity".
_ADJECTIVES_AND_HEAD = re.compile(
    r"(?:^|(?<=\s))(?P<first>[a-z\-]+),\s+(?:[a-z\-]+,\s+){0,3}[a-z\-]+,?\s+(?:and|or)\s+(?P<last>[a-z\-]+)\s+"
    r"(?P<head>[a-z\-]+)\s*$"
)


def _shared_by_adjectives(segment: str) -> bool:
    """True for "scientific, technical and cultural cooperation": one head after a list of adjectives.

    Not "trade, economic and cultural spheres": there the head names nothing and each adjective is a field.
    """
    match = _ADJECTIVES_AND_HEAD.search(segment)
    return (
        match is not None
        and match["first"].endswith(ADJECTIVE_ENDS)
        and match["last"].endswith(ADJECTIVE_ENDS)
        and _SPHERES.fullmatch(match["head"]) is None
    )


_SPHERES = re.compile(r"fields|spheres|areas|domains|sectors|industries|directions")


def _modifier(word: str) -> bool:
    """True for a word that modifies the head after "and": "cultural", "master's" ("master's and doctoral programmes"),
    a nation's ("the Belarusian and Turkmen languages")."""
    return (word.islower() and word.endswith((*ADJECTIVE_ENDS, "'s", "’s"))) or nationality_word(word)


def _joined_pieces(pieces: list[str]) -> list[str]:
    """The pieces of "X and Y and Z", those that join people or objects of one phrase put back together."""
    out = [pieces[0]]
    for piece in pieces[1:]:
        if _joins_people_or_objects(out[-1], piece):
            out[-1] = f"{out[-1]} and {piece}"
        else:
            out.append(piece)
    # a bare word between two "and"s ("priorities and strategy and its ties") is no item of its own
    return out if all(len(p.split()) >= 2 for p in out) else [" and ".join(pieces)]


#: An activity and the fields it is in: "joint research in X", "training of specialists in Y", "a double degree
#: programme in Z", "bilateral cooperation in the areas of W".
_ACTIVITY_IN = re.compile(
    r"(?P<head>.*?\b(?:research|cooperation|collaboration|partnerships?|activit(?:y|ies)|initiatives|projects?|training|programmes?|programs?|"
    r"courses?|degrees?|specialists|personnel|experts|professionals|schools?|internships|scholarships|grants|"
    r"conferences?|seminars?|workshops?|webinars?|forums?|lectures?|modules?|innovation|"
    r"students|graduates|"
    r"studies|relations|ties|links))\s+(?:in|on)\s+(?:the\s+)?"
    r"(?:(?:fields?|areas?|spheres?|domains?)\s+of\s+)?(?P<rest>(?:[a-z][\w\-]*|[A-Z]{2,5}\b)(?:,?\s+[\w\-]+){0,8})",
)


def _activity_and_fields(part: str) -> list[str]:
    """ "joint research in agriculture and veterinary medicine": "joint research", "agriculture", "veterinary medicine".

    The activity stays only when it says more than one word ("research in X" is X).
    """
    match = _ACTIVITY_IN.fullmatch(part.strip())
    if match is None or ITEM_STOP.search(match["rest"]) is not None:
        return [part]
    head, rest = match["head"], match["rest"]
    fields = _ITEM_BREAK.split(rest)
    fields[-1:] = _last_items(fields[-1])
    fields = [piece for f in fields for piece in _long_pair(f)]
    # "the current state of cooperation" names no field; "bilateral cooperation" is a compound's (compounds)
    lead = _dropped(head).split()
    return ([head] if len(lead) > 1 and lead[-1].lower() not in _LINKS else []) + fields


#: Heads that say only that something is done in the fields: "exchange activities in culture" is culture.
_LINKS = frozenset(
    ["cooperation", "collaboration", "partnership", "partnerships", "activities", "activity", "initiatives"]
)


#: A phrase ending in people whom a field concerns: "the exchange of students", "mobility of staff".
_OF_PEOPLE = re.compile(r"\b(?:of|exchanges?|mobility)\s+(?:[\w\-]+\s+)?[\w\-]+\s*$", re.I)


def _people_joined(parts: list[str]) -> list[str]:
    """The people listed after "exchange of students" joined to it: "exchange of students, teachers and researchers"."""
    out: list[str] = []
    for part in parts:
        if out and only_people(part) and _OF_PEOPLE.search(out[-1]) and only_people(out[-1].split()[-1]):
            out[-1] = f"{out[-1].rstrip()}, {part.strip()}"
        else:
            out.append(part)
    return out


def _dropped(text: str) -> str:
    """``text`` without the determiners, verbs and process nouns it starts with."""
    return drop_leading(text, 4)


def _joins_people_or_objects(left: str, right: str) -> bool:
    """True when "and" joins the people or things of one phrase: "exchange of lecturers and researchers",
    "publication of books and teaching aids"; not a place's name and another field: "unification of Korea and
    regional security"; two languages taught: "the teaching of Swahili and Korean"."""
    return (
        only_people(right)
        or (re.search(r"\bof\s+[a-z][\w\-]*$", left) is not None and len(right.split()) <= 2)
        or (_LANGUAGE_OF.search(left) is not None and re.fullmatch(r"[A-Z][\w\-]+", right) is not None)
    )


_LANGUAGE_OF = re.compile(
    r"\b(?:teaching|study|studying|learning|instruction|knowledge|translation)\s+of\s+[A-Z][\w\-]*$"
)


#: Two things of one place: "history and culture of Uzbekistan" (``tidy`` makes it Uzbek history and culture).
_OF_A_PLACE = re.compile(r"\b[a-z]+ and [a-z]+ of (?:the )?[A-Z][\w\-]+(?: [A-Z][\w\-]+)?$")


_DETERMINER = re.compile(r"(?:the|a|an|its|their|our)\s", re.I)
#: "and the" before an item of more than three words: the first "and" that opens a phrase of its own.
_AND_THE = re.compile(r"\s+and\s+(?=(?:the|a|an)\s+[\w\-]+(?:\s+[\w\-]+){2})")


def _last_items(part: str) -> list[str]:
    """The last part of a list, "X and Y" split in two unless "and" joins adjectives or people.

    "marine biology and short-term study visits" is two items; "scientific and practical conferences"
    and "exchange of students and teachers" are one; "and the" opens an item of its own ("joint research and
    the teaching of Arabic and French").
    """
    opens = _AND_THE.search(part)
    if opens is not None and opens.start() > 0:
        return [part[: opens.start()], *_last_items(part[opens.end() :])]
    match = re.search(r"\s+(?:and|or)\s+(?=[\w\-]+(?:\s+[\w\-]+){0,2}\s*$)", part)
    if match is None:
        return [part]
    left, right = part[: match.start()], part[match.end() :]
    last = left.split()[-1] if left.split() else ""
    if (
        # a determiner after "and" opens a phrase of its own: "hydropower and the Chinese language"
        (_modifier(last) and _DETERMINER.match(right) is None)
        or _joins_people_or_objects(left, right)
        or _OF_A_PLACE.fullmatch(f"{last} and {right}")
    ):
        return [part]
    return [left, right]


@lru_cache(maxsize=16384)
def _split_items(phrase: str) -> tuple[tuple[str, int, int], ...]:
    """The items of a listed phrase with their offsets in it."""
    out = []
    pos = 0
    # "X, Y and Z" is a list of three; a lone "X and Y" ("education and science") names one field
    # "to carry out X, to publish Y and to hold Z": each "to <verb>" starts an item
    # "and organising Z" starts an item too; "..., as well as Y", "..., including Y and Z" a list of its own
    parts = []
    if " for " in phrase:  # blanked, same length: the offsets hold
        phrase = FOR_PEOPLE.sub(lambda m: " " * len(m.group(0)), phrase)
    if " other" in phrase:  # "X, Y and other fields of mutual interest": the list ends at Y (same length)
        phrase = _AND_OTHER.sub(lambda m: " " * len(m.group(0)), phrase)
    if "rang" in phrase:  # "(areas) ranging from X to Y": two items, X and Y (same length)
        phrase = _RANGE.sub(lambda m: " " * len(m["lead"]) + m["first"] + ",   ", phrase)
    for segment in _SEGMENT_BREAK.split(phrase):
        items = [segment] if _shared_by_adjectives(segment) else _ITEM_BREAK.split(segment)
        # a lone "x and the Y of Z" is two items too (not "Latvia and a degree in ...": a place first)
        if len(items) > 1 or (items[-1].strip()[:1].islower() and _AND_THE.search(items[-1])):
            if len(items) > 2 and " and " in items[-2] and clean_item(items[-1]) is None:
                # "X, Y and Z, the two universities announced": the list ended before its last comma
                items[-2:-1] = _last_items(items[-2])
            else:
                items[-1:] = _last_items(items[-1])
        parts += items
    # "the exchange of students, teachers and researchers": the people listed after the first are its own
    parts = _people_joined(parts)
    # ... unless the pair is too long for one topic ("desert ecology and water management")
    parts = [piece for part in parts for piece in _long_pair(part)]
    # "joint research in agriculture and veterinary medicine": the activity and each field it is in
    parts = [piece for part in parts for piece in _activity_and_fields(part)]
    for part in parts:
        at = phrase.find(part, pos)
        pos = at + len(part) if at >= 0 else pos
        item = clean_item(part)
        if item is None:
            continue
        off = phrase.find(item.split()[0], max(at, 0))
        out.append((item, max(off, 0), max(at, 0) + len(part)))
    return tuple(out)


#: The tail of a list that names no field of its own: "and other areas (of mutual interest)", "among others".
_AND_OTHER = re.compile(
    r",?\s+(?:and|or)\s+(?:many\s+|various\s+|some\s+|a\s+number\s+of\s+)?other\s+(?:[a-z\-]+\s+)?(?:fields|areas|"
    r"spheres|sectors|directions|domains|disciplines|sciences|subjects|topics|issues|matters|industries|specialties|"
    r"specialities|branches|fields|projects)\b.*$|,?\s+(?:and|among)\s+others\b.*$",
    re.I,
)
_RANGE = re.compile(r"(?P<lead>^.*?\brang(?:e|es|ed|ing)\s+from\s+)(?P<first>.+?)\s+to\s+", re.I)
_ITEM_BREAK = re.compile(
    rf",\s*(?:and\s+|or\s+)?|\s+and\s+(?=in\s+[a-z])|\s+(?:and|or)\s+(?=to\s+[a-z]+\s)|\s+(?:and|or)\s+(?={GERUND}\s)",
    re.I,
)
#: "..., as well as Y", "X, including Y and Z": what follows is a list of its own.
_SEGMENT_BREAK = re.compile(
    r"(?:,\s*|\s+)(?:as\s+well\s+as|including|especially|particularly|notably|in\s+particular,?|mainly|"
    r"primarily|such\s+as)\s+",
    re.I,
)


#: An item beside a topic in a list: one to three words in lower case.
_SIBLING = r"[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2}?"
#: The next item after a topic: a comma or "and"/"or", the item, then the list's end or its next joint.
_NEXT_SIBLING = re.compile(
    rf"(?P<join>\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<item>{_SIBLING})"
    r"(?=\s*(?:,|\band\b|\bor\b|[.;:)!?]|$)|\s+(?:at|in|to|for|with|from|on|by|as|among|between|under|during)\b)"
)
#: Words before a list's first item that make it no item: a determiner ("the visit, agriculture").
_NO_LIST_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|its|their|our|his|her|my|your|each|every|other)|[^\w\s,]|^)\s*$",
    re.I,
)
#: Words that are no part of an item named beside a field: verbs, pronouns, determiners.
_NO_SIBLING_WORD = frozenset(
    [
        "a",
        "an",
        "the",
        "its",
        "their",
        "our",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "will",
        "would",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "also",
        "which",
        "who",
        "whom",
        "other",
        "others",
        "more",
        "many",
        "all",
        "both",
        "some",
        "such",
        "said",
        "signed",
        "agreed",
        "discussed",
        "noted",
        "added",
        "well",
    ]
)
#: A list holds no more items beside the topic than this.
_MOST_SIBLINGS = 5


#: A list goes on at a position: a comma, "and" or "or" next (match at the position, with an end bound).
LIST_ON = re.compile(r"\s*(?:,|and\b|or\b)")


def sibling_items(
    text: str, start: int, end: int, low: int, high: int, known: frozenset[int] | set[int] = frozenset()
) -> list[tuple[str, int, int]]:
    """The items listed beside a topic at start..end within low..high: "medicine" in "in medicine, dentistry and
    pharmacy" has "dentistry" and "pharmacy"; "in engineering, medicine and law" "engineering" before it too.

    Each is one to three words in lower case that ``clean_item`` keeps as written; the list ends at "and"/"or".
    An item that starts at one of ``known`` (a topic found already) is passed over, not given again.
    """
    out: list[tuple[str, int, int]] = []
    pos = end
    while len(out) < _MOST_SIBLINGS:
        match = _NEXT_SIBLING.match(text, pos, high)
        if match is None or (match.start("item") not in known and not _sibling(match["item"])):
            break
        if match.start("item") not in known:
            out.append((match["item"], match.start("item"), match.end("item")))
        pos = match.end("item")
        if "and" in match["join"] or "or" in match["join"]:
            break
    if out or LIST_ON.match(text, end, high) is not None:
        at = start  # a list goes on after the topic: the word before it is an item too
        for _ in range(_MOST_SIBLINGS):
            word = _word_before_comma(text, low, at)
            if word is None:
                break
            first, last = word
            if first not in known and (
                not _sibling(text[first:last])
                or _NO_LIST_BEFORE.search(text[max(low, first - 20) : first]) is not None
            ):
                break
            if first not in known:
                out.append((text[first:last], first, last))
            at = first
    return out


#: Endings of a noun that names a discipline or a field of work: "dentistry", "nursing", "agronomy", "food technology".
FIELD_ENDS = (*FIELD_NOUN_ENDS, "ing", "try", "cy", "ry", "my", "ine", "ure", "urgy")


def _word_before_comma(text: str, low: int, at: int) -> tuple[int, int] | None:
    """Start and end of the word in lower case before a comma before ``at`` ("law, medicine"), None when there is none."""
    k = at - 1
    while k > low and text[k] == " ":
        k -= 1
    if k <= low or text[k] != ",":
        return None
    k -= 1
    while k > low and text[k] == " ":
        k -= 1
    last = k + 1
    while k >= low and (text[k].isalpha() or text[k] == "-"):
        k -= 1
    first = k + 1
    if (
        last - first < 2
        or not text[first].islower()
        or (k >= low and (text[k].isalnum() or text[k] in "_'’"))
    ):
        return None
    return first, last


#: Nouns of fields that end like no field's noun of FIELD_ENDS: "in agriculture, energy and trade".
_SIBLING_HEADS = frozenset(
    [
        "energy",
        "health",
        "healthcare",
        "law",
        "water",
        "trade",
        "design",
        "transport",
        "sport",
        "sports",
        "art",
        "arts",
        "food",
        "business",
        "climate",
        "space",
        "media",
        "language",
        "languages",
        "music",
        "theatre",
        "cinema",
        "film",
        "fisheries",
        "defence",
        "defense",
        "tourism",
        "sciences",
        "studies",
    ]
)


@lru_cache(maxsize=16384)
def _sibling(item: str) -> bool:
    """True for an item a list may hold beside a field: a field's noun last ("dentistry", "food technology"), no
    verb or determiner, kept as written by ``clean_item``."""
    words = item.split()
    return (
        (words[-1].endswith(FIELD_ENDS) or words[-1] in _SIBLING_HEADS)
        and not any(w in _NO_SIBLING_WORD for w in words)
        and clean_item(item) == item
    )
