"""Topics from lists: the items after a cue or before one, cleared of words that name nothing.

After: "cooperation in the fields of X, Y and Z", "discussed X and Y", "briefed ... about",
"main areas will be". Before: "X, Y and Z were discussed / will be implemented". An item loses
its determiners, process nouns ("the launch of") and praise ("leading").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import ORG_HEADS
from kgpart.extract.topics.words import ADJECTIVE_ENDS, PRAISE, Span

_CUE = re.compile(
    r"\b(?:(?:cooperation|collaboration|partnership|exchange|views|interaction)\s+(?:in|on)\s+(?:the\s+)?"
    r"(?:fields?|areas?|spheres?|domains?)\s+of|in\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of|"
    r"exchanged\s+views\s+on|discuss(?:ed|ing)?(?:\s+the)?|(?:talked|spoke)\s+about|touched\s+upon|"
    r"(?:topics|agenda|issues)(?:\s+[\w’'\-]+){0,4}?\s+(?:included|includes|include|covered)|importance\s+of|"
    r"(?:briefed|informed)(?:\s+[\w’'\-]+){0,8}?\s+(?:about|on)|"
    r"(?:cooperation|collaboration)\s+in|initiatives\s+in|issues\s+of|prospects\s+(?:for|of)|"
    r"focus(?:ed|es)?\s+on|in\s+(?:such\s+)?(?:areas|fields|spheres|directions)\s+(?:as|such\s+as|including)|"
    r"main\s+(?:areas|directions|fields|topics)(?:\s+of\s+\w+)?\s+(?:will\s+be|are|were|include)|"
    r"(?:proposals?\s+(?:were|was)\s+(?:made|put\s+forward)|agreed|intends?|intended|plans?|planned|decided|"
    r"proposed|suggested|offered|ready|readiness|willingness)(?=\s+to\s+[a-z]+\s+[a-z])|"
    r"interested\s+in|interest\s+in|interest\s+(?:was|were)\s+(?:also\s+)?expressed\s+in|"
    r"(?:special\s+|particular\s+)?attention\s+(?:was|were)\s+(?:also\s+)?(?:paid|given|drawn)\s+to|"
    r"paid\s+(?:special\s+|particular\s+)?attention\s+to)\s+",
    re.IGNORECASE,
)
#: "X, Y and Z were discussed": the list comes before the verb.
_CUE_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|has\s+been|will\s+be)\s+(?:also\s+)?(?:discussed|considered|raised|addressed|"
    r"touched\s+upon|implemented|developed|expanded|deepened|strengthened)\b",
    re.I,
)
_CUE_LOWER = re.compile(_CUE.pattern)
_CUE_AFTER_LOWER = re.compile(_CUE_AFTER.pattern)
_ITEM_STOP = re.compile(
    r"[.;:()\"“”]|\b(?:between|with|which|that|who|as\s+well\s+as|so\s+as|aimed|in\s+order|"
    r"during|within|for\s+the|of\s+the\s+two|and\s+the\s+(?:two|parties|sides)|by|under|via|through|"
    r"carried\s+out|using|were|was|will|would|is|are|said|says|noted|added|stressed|emphasi[sz]ed|according|"
    # a participle that tells what the item holds or whom it serves: "an art exhibition featuring works of ..."
    r"in\s+the\s+(?:universities|institutions|countries|cities|regions)|featuring|involving|dedicated|devoted|related|organi[sz]ed\s+by|held\s+(?:at|in|on))\b",
    re.I,
)
#: What an item (or a topic) may start with that names nothing: determiners, process nouns, cues.
DROP = re.compile(
    r"^(?:to\s+(?!the\b)[a-z]+(?:\s+(?:out|up|on))?|(?:carry\s+out|conduct|hold|organi[sz]e|arrange|"
    r"develop|expand|establish|create|launch|implement|publish|promote|improve|strengthen|deepen|open|"
    r"(?:collaborate|cooperate|participate|engage|collaborating|cooperating|participating|engaging)\s+in|"
    r"establishing|creating|organi[sz]ing|holding|launching|opening|conducting|implementing|promoting|improving)|the|a|an|of|in|on|for|to|with|about|and|or|a\s+number\s+of|proposals?\s+(?:for|on)|(?:cooperation|collaboration|partnership|interaction)\s+(?:in|on)|its|their|current|further|"
    r"future|possible|new|issues\s+of|ways\s+of|prospects\s+for|state\s+and\s+prospects\s+for|expanding|"
    r"deepening|developing|strengthening|(?:development|launch|organi[sz]ation|implementation|expansion|"
    r"strengthening|promotion|establishment|holding|opening)\s+of|main(?:\s+(?:provisions|points)\s+of)?|"
    r"(?:such\s+)?(?:fields?|areas?|spheres?|directions?|domains?)\s+(?:of|as|such\s+as|including)|"
    r"(?:such\s+)?(?:fields?|areas?|spheres?|directions?)\s+as|"
    # "specific steps to launch", "measures for": the way to a field, not a field
    r"(?:specific\s+|concrete\s+|practical\s+|further\s+|next\s+|possible\s+)?(?:steps|measures|mechanisms)\s+(?:to|for|of)|"
    r"launch|arrange|hold)\s+",
    re.I,
)
INNER_DROP = re.compile(r"\b(?:the\s+)?establishment\s+of\s+", re.I)
_BAD_ITEM = re.compile(
    r"\b(?:current\s+state|prospects|issues|ways|possibilities|opportunities|it|them|this|these|those|"
    r"other|they|we|he|she|its|their|future|parties|sides|countries|achievements|results|proposals|plans|matters|questions|"
    r"details|information|meeting|visit|addition|also|steps?|impressions|involvement|gifts|souvenirs)\b|^(?:cooperation|collaboration|partnership|"
    r"relations|ties|interaction|work|development|university|universities|activities|activity|connections|contacts|"
    r"links)$",
    re.I,
)


#: "research field", "educational sphere": the word that says the rest is a field.
_FIELD_WORD_AFTER = re.compile(r"(?<=\w)\s+(?:field|sphere|area|domain)$", re.I)
#: What the parties did at the meeting, not a field: "exchanged memorable gifts", "signed a memorandum".
_DONE_AT_A_MEETING = re.compile(
    r"(?:exchanged|signed|visited|handed|presented|awarded|received|expressed|thanked|toured|planted|took)\s",
    re.I,
)
#: A link qualified by manner, not by field: "active cooperation", "promising areas of cooperation".
_MANNER_OF_LINK = re.compile(
    r"(?:(?:active|close|closer|fruitful|effective|successful|mutually\s+beneficial|long-term|promising|"
    r"productive|comprehensive|constructive|further|continued|deeper|broader)\s+)+"
    r"(?:areas?\s+of\s+|directions?\s+of\s+)?(?:cooperation|collaboration|partnership|interaction|relations|ties)$"
    r"|(?:\w+\s+)?(?:areas?|directions?|spheres?|forms?)\s+of\s+(?:cooperation|collaboration|interaction)$",
    re.I,
)
#: Praise of the people a field trains: "training of (highly) qualified specialists" is training of specialists.
_PEOPLE_PRAISE = re.compile(r"\b(?:highly\s+)?(?:qualified|competent|skilled|talented|gifted)\s+", re.I)
#: Fields of study written as acronyms.
_FIELD_ACRONYMS = frozenset({"IT", "ICT", "AI", "STEM", "R&D"})


@lru_cache(maxsize=16384)
def _clean(item: str) -> str | None:
    """An item as a topic: no determiners, process nouns or praise; None when it names nothing."""
    stop = _ITEM_STOP.search(item)
    item = item[: stop.start()] if stop else item
    item = re.sub(
        r"\s+(?:together|jointly|as\s+well|in\s+(?:cooperation|collaboration|partnership))$",
        "",
        item.strip(" ,-"),
    )
    for _ in range(4):
        item = DROP.sub("", item)
    item = _PEOPLE_PRAISE.sub("", PRAISE.sub("", INNER_DROP.sub("", item))).strip(" ,-")
    item = _FIELD_WORD_AFTER.sub("", item)  # "the research field" is research
    if item in _FIELD_ACRONYMS:
        return item  # "cooperation in agriculture, medicine and IT" ("IT" is no pronoun here)
    words = item.split()
    if (
        not words
        or _BAD_ITEM.search(item)
        or _DONE_AT_A_MEETING.match(item)
        or _MANNER_OF_LINK.match(item)
        or not item[:1].isalpha()
        or (len(words) == 1 and item.endswith("ly"))
    ):
        return None
    if item[:1].islower():
        return item if len(words) <= 4 else None
    # a title ("State of the Nation Address") may be longer than a plain phrase
    return item if len(words) <= 6 and proper_topic(item) else None


def proper_topic(item: str) -> bool:
    """A capitalised item is a topic when it names a thing, not a place or body: "State of the Nation Address"."""
    words = item.split()
    return (
        len(words) >= 3
        and any(w.islower() for w in words)
        and words[-1][:1].isupper()
        and not any(w in ORG_HEADS for w in words)
    )


def _items(phrase: str, base: int) -> list[tuple[str, int, int]]:
    """Split "higher education, scientific research, and academic mobility" into (item, start, end)."""
    return [(item, base + start, base + end) for item, start, end in _split_items(phrase)]


def _long_pair(part: str) -> list[str]:
    """ "desert ecology and water management": two phrases of two words or more, too long as one.

    Not when the first ends in an adjective ("international cultural and educational exchange").
    """
    pieces = re.split(r"\s+(?:and|or)\s+", part)
    if (
        len(pieces) == 2
        and len(part.split()) > 4
        and all(len(p.split()) >= 2 for p in pieces)
        and not pieces[0].endswith(ADJECTIVE_ENDS)
        and _ITEM_STOP.search(part) is None
        and _clean(part) is None
    ):
        return pieces
    return [part]


@lru_cache(maxsize=16384)
def _split_items(phrase: str) -> tuple[tuple[str, int, int], ...]:
    """The items of a listed phrase with their offsets in it."""
    out = []
    pos = 0
    # "X, Y and Z" is a list of three; a lone "X and Y" ("education and science") names one field
    # "to carry out X, to publish Y and to hold Z": each "to <verb>" starts an item
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=to\s+[a-z]+\s)", phrase)
    if len(parts) > 1:
        parts[-1:] = re.split(r"\s+(?:and|or)\s+(?=\w+(?:\s+\w+)?$)", parts[-1])
    # ... unless the pair is too long for one topic ("desert ecology and water management")
    parts = [piece for part in parts for piece in _long_pair(part)]
    for part in parts:
        at = phrase.find(part, pos)
        pos = at + len(part) if at >= 0 else pos
        item = _clean(part)
        if item is None:
            continue
        off = phrase.find(item.split()[0], max(at, 0))
        out.append((item, max(off, 0), max(at, 0) + len(part)))
    return tuple(out)


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
    text, out = doc.text, []
    for match in cues:
        n = doc.sentence_at(match.start())
        end = doc.sentences[n].end
        if match.end() > end:
            continue
        # a list is read for at most _LIST_CHARS: long runs without a stop cost linear time, not quadratic
        reach = min(end, match.end() + _LIST_CHARS)
        stop = _ITEM_STOP.search(text, match.end(), reach)
        phrase = text[match.end() : stop.start() if stop else reach]
        if stop is None and reach < end:
            phrase = phrase[: max(phrase.rfind(","), 0)]  # no item cut in half
        out += [(start, stop_at, item, n) for item, start, stop_at in _items(phrase, match.end())]
    return out


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
        if whole and head[:1].isupper() and head[1:2].islower():
            head = head[:1].lower() + head[1:]  # a sentence's capital, not a name's
        # the list begins after the last clause break
        begin = max(head.rfind(";"), head.rfind(":")) + 1
        if begin == 0 and not whole:
            begin = head.find(",") + 1  # no item cut in half
        out += [(start, end, item, n) for item, start, end in _items(head[begin:], head_start + begin)]
    return out
