"""Topics from lists: the items after a cue or before one, cleared of words that name nothing.

After: "cooperation in the fields of X, Y and Z", "discussed X and Y", "briefed ... about",
"main areas will be". Before: "X, Y and Z were discussed / will be implemented". An item loses
its determiners, process nouns ("the launch of") and praise ("leading") (``items``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kgpart.extract.countries import city_country, find_countries
from kgpart.extract.doc import Doc
from kgpart.extract.sentences import Sentence
from kgpart.extract.topics.compounds import link_of_manner
from kgpart.extract.topics.items import BARE_VERB, DROP, FOR_PEOPLE, GERUND, ITEM_STOP, clean_item
from kgpart.extract.topics.words import ADJECTIVE_ENDS, FIELD_NOUN_ENDS, Span, nationality_word, only_people

_CUE = re.compile(
    r"\b(?:(?:cooperation|collaboration|partnership|exchange|views|interaction)\s+(?:in|on)\s+(?:the\s+)?"
    r"(?:fields?|areas?|spheres?|domains?)\s+of|in\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of|"
    r"exchanged\s+views\s+on|(?:exchanged|shared)\s+(?:their\s+)?(?:ideas|opinions|experiences?|expertise|"
    r"knowledge)\s+(?:on|about|in)|(?:discussions?|talks|consultations|negotiations|dialogue)\s+(?:on|about)|"
    r"reached\s+(?:a\s+|an\s+)?(?:consensus|agreement|understanding)\s+on|"
    r"discuss(?:ed|ing)?(?:\s+the)?|(?:talked|spoke)\s+about|touched\s+(?:up)?on|"
    r"told(?:\s+[\w’'\-]+){0,6}?\s+about|agreed\s+(?:on|upon)|"
    # a list after a colon: "cooperation will focus on three areas: X, Y and Z"
    r"(?:areas|fields|directions|topics|priorities|spheres)(?:\s+of\s+\w+)?\s*:|"
    r"pave[sd]?\s+the\s+way\s+(?:for|to)|lays?\s+the\s+(?:foundation|groundwork)\s+for|"
    # what an agreement is on: "signed an agreement on student exchange", "a memorandum for cooperation in"
    r"(?:agreement|memorandum(?:\s+of\s+understanding)?|mou|accord|protocol)(?:\s+\([^)]{1,20}\))?\s+(?:on|for)|"
    r"(?:topics|agenda|issues)(?:\s+[\w’'\-]+){0,4}?\s+(?:included|includes|include|covered)|importance\s+of|"
    r"(?:briefed|informed)(?:\s+[\w’'\-]+){0,8}?\s+(?:about|on)|"
    r"(?:cooperation|collaboration)\s+in|initiatives\s+in|issues\s+of|prospects\s+(?:for|of)|"
    r"focus(?:ed|es)?\s+on|in\s+(?:such\s+)?(?:areas|fields|spheres|directions)\s+(?:as|such\s+as|including)|"
    r"(?:main|key|priority|primary|principal)\s+(?:areas|directions|fields|topics)(?:\s+of\s+\w+)?\s+"
    r"(?:will\s+be|are|were|include|included)|"
    # what a meeting was about: "the talks focused on X", "the discussions centred on Y"
    r"(?:meeting|talks|discussions?|conversation|negotiations|visit|session)\s+(?:also\s+)?(?:covered|concerned|"
    r"touched\s+(?:on|upon)|cent(?:red|ered)\s+(?:on|around)|revolved\s+around|dealt\s+with)|"
    r"cent(?:red|ered)\s+on|"
    r"(?:proposals?\s+(?:were|was)\s+(?:made|put\s+forward)|agreed|intends?|intended|plans?|planned|decided|"
    r"propose|proposes|suggest|suggests|"
    r"needs?|necessity|(?:agreement|memorandum(?:\s+of\s+understanding)?|mou|accord)(?:\s+\([^)]{1,20}\))?|"
    r"proposed|suggested|offered|ready|readiness|willingness|aspirations?|desire|wish|intention|keen|eager|"
    r"committed|expected|designed|intended|meant)(?=\s+to\s+(?!be\s)[a-z]+\s+[a-z])|"
    r"interested\s+in|interest\s+in|interest\s+(?:was|were)\s+(?:also\s+)?expressed\s+in|"
    r"(?:special\s+|particular\s+)?attention\s+(?:was|were)\s+(?:also\s+)?(?:paid|given|drawn)\s+to|"
    r"paid\s+(?:special\s+|particular\s+)?attention\s+to|"
    # "collaboration between the two institutions in research and teaching": the fields after the parties
    r"(?:cooperation|collaboration|partnership)\s+between\s+[^,.;:()]{3,80}?\s+in(?:\s+the\s+(?:fields?|areas?)\s+of)?|"
    # the verbs of working together: "will collaborate on X", "agreed to work together in Y"
    r"(?:cooperat|collaborat)(?:e|es|ed|ing)\s+(?:in|on|across)|(?:cooperation|collaboration)\s+on|"
    # "cooperation regarding X", "partner in terms of Y", "issues related to Z"
    r"(?:cooperation|collaboration|partnership|partners?|issues|matters|questions|interaction)\s+(?:regarding|"
    r"concerning|related\s+to|relating\s+to|with\s+regard\s+to|in\s+terms\s+of)|"
    # a field singled out after a tie: "collaboration between the universities, especially in robotics"
    r"(?:especially|particularly|notably|mainly|primarily)\s+in(?:\s+the\s+(?:fields?|areas?|spheres?)\s+of)?|"
    # what is studied, and what an event is on: "postgraduate studies in X and Y", "a conference on Z"
    r"(?:studies|courses|programmes|programs|degrees|training|specialists|experts|research|projects?)\s+in|"
    r"(?:conferences?|forums?|seminars?|symposi(?:um|a)|workshops?|schools?|webinars?|lectures?|round\s+tables?|"
    r"exhibitions?|olympiads?|competitions?|contests?)\s+(?:on|about|devoted\s+to|dedicated\s+to)|"
    r"work(?:s|ed|ing)?\s+together\s+(?:in|on)|"
    # what a document holds: "the memorandum covers X", "the agreement provides for Y"
    r"(?:memorandum|agreement|mou|accord|document|partnership|cooperation|collaboration|programme|program|project|"
    r"course|curriculum|initiative)(?:\s+[\w’'\-]+){0,4}?\s+"
    r"(?:(?:will\s+)?(?:cover|provide\s+for|envisage|include|involve|encompass|stipulate|facilitate|enable|"
    r"promote|foster|support|encourage|outline|span|allow|permit)|covers|allows|permits|covered|covering|outlines|spans|sets\s+out|provides\s+for|provided\s+for|envisages|envisaged|includes|"
    r"included|involves|encompasses|stipulates|facilitates|enables|promotes|fosters|supports|encourages)|"
    r"(?:areas?|fields?|spheres?|directions?)(?:\s+[\w\-]+)?\s+(?:of|for)\s+(?:cooperation|collaboration|"
    r"(?:mutual\s+|common\s+)?interest)\s+"
    r"(?:include|includes|included|such\s+as|including|like|are|were|will\s+be)|"
    r"(?:fields?|areas?|disciplines|subjects|specialities|specialties|majors|directions|spheres)"
    r"(?:\s+of\s+(?:activity|work|research|study|studies|training|expertise|speciali[sz]ation))?,?\s+"
    r"(?:such\s+as|like|being|include|includes|included|including|namely)|enroll?(?:ed|s|ing)?\s+in|"
    # what a report or a presentation was on: "heard a report on the university's research activity"
    r"(?:report|presentation|briefing)s?\s+(?:on|about)|"
    # an aim: "the memorandum aims to foster X", "the purpose of the agreement is to develop Y"
    r"(?:aims?|aimed|purpose(?:\s+of\s+(?:the\s+|this\s+)?[\w\-]+)?\s+is|goal(?:\s+of\s+(?:the\s+|this\s+)?[\w\-]+)?\s+is|"
    r"in\s+order|seeks?|hopes?|wants?)(?=\s+to\s+[a-z]+\s+[a-z])|"
    # the aim of a tie, not of a reform: "a partnership aimed at advancing science"
    r"(?:memorandum|agreement|mou|partnership|cooperation|collaboration|programme|program|project|initiative)"
    r"(?:\s+[\w’'\-]+){0,3}?\s+(?:(?:is\s+|was\s+|are\s+)?aimed|aims?)\s+at|"
    r"(?:with\s+(?:an?\s+|special\s+|particular\s+)?)?emphasis\s+(?:was\s+)?(?:placed\s+|put\s+)?on|"
    r"(?:opportunities|possibilities|potential|ways)\s+(?:for|of)\s+(?:further\s+)?(?:cooperation|collaboration)\s+(?:in|on)|"
    r"(?:opportunities|potential|prospects)\s+in|"
    # the fields of a tie: "to strengthen ties in higher education", "close relations in trade and energy"
    r"(?:ties|relations|relationships?|links|contacts|partnerships?|exchanges)\s+in(?:\s+the\s+(?:fields?|areas?|spheres?)\s+of)?|"
    # what students study: "Indian students mainly study medicine, engineering and management"
    r"(?:students|graduates|cadets|trainees|they|who)\s+(?:[a-z]+ly\s+|will\s+|can\s+|to\s+)?(?:study|studied|choose|"
    r"chose|pursue|pursued|major\s+in|speciali[sz]e\s+in)(?!\s+(?:the|a|an|in|at|abroad|there|here|under|for|with|"
    r"hard|well|together|online|remotely|free|full-time|part-time)\b)|"
    # the fields students prefer: "the most popular fields of study among Nigerian students are X, Y and Z"
    r"(?:popular|sought[\s\-]after|in[\s\-]demand|preferred|chosen|attractive)\s+(?:fields|subjects|specialities|"
    r"specialties|majors|programmes|programs|disciplines|courses|areas)(?:\s+of\s+study)?"
    r"(?:\s+(?:among|for|with)\s+[^,.;:]{3,40}?)?\s+(?:are|were|include|included|being)|"
    # the help given in a field: "assistance in teacher training", "help with curriculum reform"
    r"(?:fields|areas|strengths|disciplines|subjects|sectors|industries|topics|specialities|specialties|majors|"
    r"directions|spheres|technologies|sciences)(?:\s+[\w’'\-]+){0,8}?,?\s+such\s+as|"
    r"(?:partnership|cooperation|collaboration|ties|relations|links)\s+through|"
    # what is invested in, what "it" (the agreement) will support: "investing heavily in X", "It will also support Y"
    r"invest(?:s|ed|ing|ments?)?\s+(?:heavily\s+|significantly\s+)?in|"
    r"(?:it|this|which)\s+will\s+(?:also\s+)?(?:support|include|cover|facilitate|enable|promote|involve|focus\s+on)|"
    r"such\s+(?:specialties|specialities|fields|areas|subjects|disciplines|majors|spheres|directions|programmes|"
    r"programs|courses|sectors|industries|topics)\s+as|"
    # the plan of an agreement with a party: "signed an agreement with X University to launch a joint programme"
    r"(?:agreement|memorandum(?:\s+of\s+understanding)?|mou|accord)\s+with\s+[^.;:]{3,80}?(?=\s+to\s+[a-z]+\s+[a-z])|"
    r"(?:assistance|support|help)\s+(?:in|with)|(?:joint\s+|their\s+|our\s+)?efforts\s+(?:in|on)|contribut(?:e|es|ed|ing)\s+to|"
    # the fields of a tie with a party: "cooperation with Japanese universities in robotics"
    r"(?:cooperation|collaboration|partnerships?|ties|links|(?:cooperat|collaborat)(?:e|es|ed|ing)|work(?:s|ed|ing)?)\s+with\s+"
    r"[^,.;:()]{3,80}?\s+(?:in|on)(?:\s+the\s+(?:fields?|areas?|spheres?)\s+of)?|"
    # what research is on: "joint research on vaccines", "studies into ageing", "research related to water"
    r"(?:research|studies|investigations)\s+(?:on|into|related\s+to)|"
    # what a party is strong in: "the university's expertise in geosciences", "research priorities in water"
    r"(?<!years\sof\s)(?<!extensive\s)(?<!professional\s)(?<!personal\s)(?:expertise|experience|achievements|"
    r"strengths?|excellence|capabilities|advances|priorities|leader|careers?)\s+in|"
    r"(?:new\s+)?opportunities\s+for|"
    # a joint unit's field: "a joint laboratory for materials science", "a research centre on AI"
    r"(?P<unit>(?:joint|research|new)\s+(?:laborator(?:y|ies)|labs?|cent(?:re|er)s?|institutes?|hubs?)\s+(?:for|of|on|in)))\s+"
    # "partnerships in line with the strategy", "cooperation in turn": what "in" opens here is no field
    r"(?!(?:line|accordance|connection|order|addition|particular|general|turn|fact|response|return|recent|past|"
    r"the\s+(?:past|last|coming|next))\b|\d)",
    re.IGNORECASE,
)
#: "X, Y and Z were discussed": the list comes before the verb.
_CUE_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|has\s+been|will\s+be)\s+(?:also\s+)?(?:discussed|considered|raised|addressed|"
    r"touched\s+upon|implemented|developed|expanded|deepened|strengthened|identified\s+as)\b|"
    # "X and Y are among the priority areas", "X was also on the agenda"
    r"\s+(?:are|is|were|was|will\s+be|remain|remains)\s+(?:also\s+)?(?:among\s+)?(?:the\s+)?(?:priority|key|main|"
    r"promising|important|priorities|on\s+the\s+agenda)\b",
    re.I,
)
#: On the lower-cased text; the look-ahead for a letter lets the engine skip the other positions fast (0.39 -> 0.23
#: ms per article of 1.3 KB, same matches).
_CUE_LOWER = re.compile(r"(?=[a-z])" + _CUE.pattern)
_CUE_AFTER_LOWER = re.compile(_CUE_AFTER.pattern)


def _items(phrase: str, base: int) -> list[tuple[str, int, int]]:
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
    """ "cybersecurity and artificial intelligence" as two items; any other item as it is."""
    pieces = item.split(" and ")
    return pieces if len(pieces) == 2 and _two_fields(pieces[0], pieces[1]) else [item]


def _two_fields(left: str, right: str) -> bool:
    """ "agriculture and veterinary medicine": a noun that names a field, then a phrase naming another.

    Not "mechanical and civil engineering" (an adjective) nor "education and science reforms" (a shared head).
    """
    first, words = _dropped(left).split(), right.split()
    return (
        len(first) == 1
        and 2 <= len(words) <= 3
        and first[0].islower()
        and (first[0].endswith(FIELD_NOUN_ENDS) or first[0] in _FIELD_WORDS)
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
    """True for a word that modifies the head after "and": "cultural", "master's" ("master's and doctoral programmes")."""
    return word.islower() and word.endswith((*ADJECTIVE_ENDS, "'s", "’s"))


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
    r"(?P<head>.*?\b(?:research|cooperation|collaboration|partnership|projects?|training|programmes?|programs?|"
    r"courses?|degrees?|specialists|personnel|experts|professionals|schools|internships|scholarships|grants|"
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


_LINKS = frozenset(["cooperation", "collaboration", "partnership"])


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
    for _ in range(4):
        text = DROP.sub("", text)
    return text


def _joins_people_or_objects(left: str, right: str) -> bool:
    """True when "and" joins the people or things of one phrase: "exchange of lecturers and researchers",
    "publication of books and teaching aids"."""
    return only_people(right) or (re.search(r"\bof\s+[\w\-]+$", left) is not None and len(right.split()) <= 2)


def _last_items(part: str) -> list[str]:
    """The last part of a list, "X and Y" split in two unless "and" joins adjectives or people.

    "marine biology and short-term study visits" is two items; "scientific and practical conferences"
    and "exchange of students and teachers" are one.
    """
    match = re.search(r"\s+(?:and|or)\s+(?=[\w\-]+(?:\s+[\w\-]+){0,2}\s*$)", part)
    if match is None:
        return [part]
    left, right = part[: match.start()], part[match.end() :]
    last = left.split()[-1] if left.split() else ""
    if _modifier(last) or _joins_people_or_objects(left, right):
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
    for segment in _SEGMENT_BREAK.split(phrase):
        items = [segment] if _shared_by_adjectives(segment) else _ITEM_BREAK.split(segment)
        if len(items) > 1:
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


_ITEM_BREAK = re.compile(
    rf",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=to\s+[a-z]+\s)|\s+(?:and|or)\s+(?={GERUND}\s)", re.I
)
#: "..., as well as Y", "X, including Y and Z": what follows is a list of its own.
_SEGMENT_BREAK = re.compile(
    r"(?:,\s*|\s+)(?:as\s+well\s+as|including|especially|particularly|notably|in\s+particular,?|mainly|"
    r"primarily|such\s+as)\s+",
    re.I,
)
#: "to open X, to organise Y and to translate Z": items that each start with a verb of their own.
_PARALLEL = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:to\s+[a-z]+|{GERUND})\s)|(?:,\s*(?:and\s+)?|\s+and\s+)(?={BARE_VERB}\s)",
    re.I,
)
_LEADS_PARALLEL = re.compile(rf"\s*(?:to\s+[a-z]+|{GERUND})\s", re.I)

_BETWEEN = re.compile(
    r"(?:to\s+[a-z]+\s+)?(?:the\s+)?(?:cooperation|collaboration|partnership|ties)\s+between\s+[^,.;:()]{3,80}?\s+in\s+"
    r"(?:the\s+(?:fields?|areas?|spheres?)\s+of\s+)?",
    re.I,
)

#: How far a list is read after (or before) its cue.
_LIST_CHARS = 300


def cue_spans(doc: Doc) -> list[Span]:
    """The items listed after a cue, then those listed before "were discussed"."""
    text = doc.text
    lower = text.lower()
    # one scan of the whole text per cue regex, case-sensitive on the lower-cased text: 3x faster
    same = len(lower) == len(text)
    cue, cue_after, scan = (_CUE_LOWER, _CUE_AFTER_LOWER, lower) if same else (_CUE, _CUE_AFTER, text)
    return _items_after(doc, cue.finditer(scan)) + _items_before(doc, cue_after.finditer(scan))


def _items_after(doc: Doc, cues: Iterator[re.Match[str]]) -> list[Span]:
    """The items of the list that follows each cue, up to a stop word or the sentence's end."""
    text, out = _unquoted(doc.text), []
    for match in cues:
        n = doc.sentence_at(match.start())
        end = doc.sentences[n].end
        if match.end() > end or (
            match["unit"] and not text[match.start("unit") : match.end("unit")].islower()
        ):
            continue  # "the Research Institute for Social Development": a name, not a unit's field
        # a list is read for at most _LIST_CHARS: long runs without a stop cost linear time, not quadratic
        reach = min(end, match.end() + _LIST_CHARS)
        # "to promote collaboration between A and B in X": the list begins after the parties
        between = _BETWEEN.match(text, match.end(), reach)
        first = between.end() if between else match.end()
        for begin, phrase in _phrases(text, first, reach, reach < end):
            if re.match(r"(?:the\s+)?[A-Z]", phrase) and (
                _DOCUMENT_TITLE.fullmatch(text, match.start(), match.end())
                or _headline(text, doc.sentences[n])
            ):
                # "an Agreement on Cooperation in the Field of Youth Policy", "Japan, Peru Discuss Cooperation In Mining"
                phrase = _title_lowered(phrase)
            out += [(start, stop_at, item, n) for item, start, stop_at in _items(phrase, begin)]
    return out


#: A document's name in title case, whose words after "on" name its field: "Memorandum of Understanding on".
_DOCUMENT_TITLE = re.compile(
    r"(?:Agreement|Memorandum(?:\s+of\s+Understanding)?|MoU|MOU|Protocol|Accord|Treaty|Declaration|Programme|Program)"
    r"\s+(?:on|for)\s+"
)


def _title_lowered(phrase: str) -> str:
    """The words of a title in lower case, but acronyms, nations' words and places ("IT", "Kazakh", "Japan")."""
    return re.sub(
        r"[A-Z][a-z][\w\-]*",
        lambda m: m.group(0) if nationality_word(m.group(0)) or _place(m.group(0)) else m.group(0).lower(),
        phrase,
    )


def _place(word: str) -> bool:
    """True for a country's or a known city's name."""
    return bool(find_countries(word)) or city_country(word) is not None


def _headline(text: str, sentence: Sentence) -> bool:
    """True for a line in title case without a closing stop: "Japan, Peru Discuss Cooperation In Mining"."""
    line = text[sentence.start : sentence.end].rstrip()
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return (
        not line.endswith((".", "!", "?"))
        and len(words) >= 3
        and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
    )


#: A short quoted name used as a modifier: 'the "Turkish language" discipline', 'a “Green Campus” project'.
_QUOTED_MODIFIER = re.compile(r"[\"“]([\w\- ]{2,40})[\"”](?=\s+[a-z])")


def _unquoted(text: str) -> str:
    """``text`` with the quotes around a quoted modifier made spaces (same length): the item goes on past them."""
    if '"' not in text and "“" not in text:
        return text
    return _QUOTED_MODIFIER.sub(lambda m: f" {m.group(1)} ", text)


def _phrases(text: str, begin: int, reach: int, cut: bool) -> list[tuple[int, str]]:
    """The listed phrase after a cue at ``begin``, up to a stop word; a list of plans, one per plan.

    "to open X with Y, to organise Z": a stop ends its own plan, not the next one. ``cut``: the
    list may go on past ``reach``, so its last item, perhaps cut in half, is left out.
    """
    ends = [reach]
    if _LEADS_PARALLEL.match(text, begin):
        ends = [m.start() for m in _PARALLEL.finditer(text, begin, reach)] + [reach]
    out = []
    for k, end in enumerate(ends):
        start = begin if k == 0 else _PARALLEL.match(text, ends[k - 1]).end()  # type: ignore[union-attr]
        stop = ITEM_STOP.search(text, start, end)
        phrase = text[start : stop.start() if stop else end]
        if stop is None and cut and end == reach:
            phrase = phrase[: max(phrase.rfind(","), 0)]  # no item cut in half
        out.append((start, phrase))
        if stop is not None and len(ends) == 1:
            # "discussed the agreements reached during the visit, including X, Y and Z": the list goes on
            goes_on = _NEXT_ITEM.match(text, stop.start(), reach) or _LIST_GOES_ON.search(
                text, stop.start(), reach
            )
            if goes_on is not None:
                out += _phrases(text, goes_on.end(), reach, cut)
            break
    return out


#: After a stop, a list that goes on: ", including X and Y", ", as well as Z"; or, a few words on, another item
#: of process nouns: "the opening of a centre at the university, the organisation of Olympiads".
_LIST_GOES_ON = re.compile(
    r",\s*(?:including|in\s+particular,?|such\s+as|as\s+well\s+as|notably|especially|particularly)\s+", re.I
)
_NEXT_ITEM = re.compile(r"[^,.;:()]{0,50}?,\s*(?:and\s+)?(?=(?:the\s+)?[a-z]+\s+of\s)", re.I)


def _items_before(doc: Doc, cues: Iterator[re.Match[str]]) -> list[Span]:
    """The items of the list before "were discussed", from the sentence's last clause break on."""
    text, out = doc.text, []
    done = -1
    for after in cues:
        n = doc.sentence_at(after.start())
        if n == done:
            continue
        done = n
        head_start = max(doc.sentences[n].start, after.start() - _LIST_CHARS)
        head = text[head_start : after.start()]
        whole = head_start == doc.sentences[n].start
        first = head.split()[0] if head.split() else ""
        if whole and head[:1].isupper() and head[1:2].islower() and first[1:].islower():
            head = head[:1].lower() + head[1:]  # a sentence's capital, not a name's
        # the list begins after the last clause break
        begin = max(head.rfind(";"), head.rfind(":")) + 1
        if begin == 0 and not whole:
            begin = head.find(",") + 1  # no item cut in half
        out += [(start, end, item, n) for item, start, end in _items(head[begin:], head_start + begin)]
    return out
