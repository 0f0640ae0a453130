"""Cooperation topics, as the article words them.

Four sources, each giving spans of the text:

- the genre's gazetteer (TOPICS: canonical label -> regex of variants; ``convert`` maps labels
  to the scheme with it);
- the SKOS scheme's own labels (``ontology/topics.ttl``), matched on crude word stems so that
  plurals, "programme"/"program" and "-isation"/"-ization" meet, skipping words of praise
  ("branches of leading foreign universities"), never inside a title-case name;
- "<field> cooperation | collaboration | exchange | ties | relations" compounds whose modifiers
  name fields ("cultural and humanitarian cooperation", "research collaboration");
- the items of a list after a cue ("cooperation in the fields of", "discussed", "briefed ...
  about", "main areas will be") or before one ("X, Y and Z were discussed / will be
  implemented"), cleared of determiners, process nouns ("the launch of") and praise.

Overlapping spans keep the longest; a topic whose content stems all occur in another adds
nothing, nor does a gazetteer topic whose label is the general form of another one found
("reforms" beside "constitutional reform"); a scheme label of three words or more, in a sentence
naming no organisation or person, counts only where another source agrees; "agro and
engineering technologies" (two nouns, one head) gives two topics.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import pairwise

from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import ORG_HEADS
from kgpart.extract.record import Topic

#: Canonical topic label -> regex of its variants.
TOPICS: dict[str, str] = {
    "academic mobility": r"academic\s+mobility|mobility\s+of\s+(?:students|teachers|staff)",
    "joint research": r"joint\s+research(?:\s+projects?)?|research\s+collaboration",
    "PhD co-supervision": r"co-?supervision(?:\s+of\s+(?:PhD|doctoral)\s+\w+)?|joint\s+supervision",
    "double-degree programmes": r"(?:launch\s+of\s+new\s+)?(?:double|dual)[\s\-]degree\s+program(?:me)?s",
    "biotechnology": r"biotechnolog\w*",
    "agricultural sciences": r"agricultur\w+\s+sciences?|agro(?:\s+and\s+engineering)?\s*-?technolog\w*",
    "artificial intelligence": r"artificial\s+intelligence",
    "digitalisation": r"digitali[sz]ation",
    "transport and logistics": r"transport\s+and\s+logistics",
    "higher education": r"(?<=in\s)higher\s+education|higher\s+education\s+cooperation",
    "scientific research": r"scientific\s+research",
    "science and education": r"science\s+and\s+education|education\s+and\s+science",
    "science and technology": r"science\s+and\s+technology",
    "student exchange": r"student\s+exchanges?|exchange\s+of\s+students|students?\s+exchange",
    "academic collaboration": r"academic\s+collaboration",
    "innovation": r"(?<=,\s)innovation\b|(?<=and\s)innovation(?=[,.])",
    "knowledge transfer": r"knowledge\s+transfer",
    "scholarships": r"scholarships?",
    "personnel training": r"personnel\s+training|training\s+of\s+(?:skilled\s+|qualified\s+)?(?:personnel|specialists)",
    "technical education": r"technical\s+(?:and\s+vocational\s+)?educat\w+",
    "language teaching": r"[a-z]+\s+language\s+(?:teaching|courses|learning)|(?<=the\s)[A-Z]\w+\s+[Ll]anguage",
    "foreign languages": r"foreign\s+languages?",
    "cultural exchange": r"cultural\s+(?:and\s+\w+\s+)?exchanges?",
    "educational cooperation": r"educational\s+cooperation",
    "scientific cooperation": r"scientific\s+cooperation|cooperation\s+in\s+the\s+scientific\s+direction",
    "bilateral cooperation": r"bilateral\s+cooperation",
    "humanitarian cooperation": r"cultural\s+and\s+humanitarian\s+cooperation|humanitarian\s+cooperation",
    "educational relations": r"educational\s+and\s+cultural\s+(?:relationships|relations|ties)",
    "academic visits": r"teacher-student\s+visits|(?:faculty|student|teacher)s?\s+and\s+students?\s+visits?",
    "olympiads": r"(?:international\s+)?olympiads?",
    "investment projects": r"investment\s+projects",
    "development strategy": r"development\s+strategy",
    "career prospects": r"career\s+prospects",
    "industry training": r"[a-z]+-making\s+industry|automotive\s+industry",
    "labour market": r"labou?r\s+market",
    "diplomatic relations": r"(?:\d+(?:st|nd|rd|th)\s+)?anniversary\s+of\s+(?:the\s+establishment\s+of\s+)?diplomatic\s+relations",
    "reforms": r"(?:political\s+and\s+institutional\s+)?reforms\s+(?:and\s+transformations\s+)?",
    "foreign university branches": r"branches\s+of\s+(?:reputable\s+)?foreign\s+universities",
    "engineering": r"engineering\s+technolog\w+",
    "medicine": r"\bmedic(?:ine|al\s+education)\b",
    "climate and environment": r"climate\s+change|environmental\s+protection",
    "constitutional reform": r"constitutional\s+reform|new\s+constitution|draft\s+(?:of\s+the\s+)?(?:new|updated)\s+constitution",
    "academic conferences": r"(?:international\s+)?academic\s+conferences",
    "joint webinars": r"joint\s+webinars?",
    "sports events": r"sports?\s+events|events\s+of\s+sports",
    "summer schools": r"summer\s+schools?",
    "teaching in English": r"(?:teaching|taught)\s+in\s+English|English-medium",
    "outflow of young people": r"outflow\s+of\s+(?:young\s+people|youth|talent)|brain\s+drain",
}
_TOPIC_RES = [(label, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for label, pattern in TOPICS.items()]
#: The same patterns for the lower-cased text, case-sensitive (about 3x faster), where no upper-case
#: letter in a pattern needs the original case; None where one does ("PhD", "[A-Z]").
_TOPIC_LOWER = [
    None if re.search(r"[A-Z]", pattern.replace("\\", "")) else re.compile(rf"\b(?:{pattern})\b")
    for pattern in TOPICS.values()
]


def _branches(pattern: str) -> list[str]:
    """Top-level alternatives of a regex source."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and pattern[i - 1] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


def _keywords(pattern: str) -> tuple[str, ...] | None:
    """A literal word each alternative needs, to skip patterns whose words are absent (None: always run)."""
    words = []
    for branch in _branches(pattern):
        # only words outside every group are sure to be there ("(?:double|dual)" may be either)
        plain = branch
        while (inner := re.sub(r"\((?:[^()\\]|\\.)*\)[?*+]?", " ", plain)) != plain:
            plain = inner
        plain = re.sub(r"\\[a-zA-Z]|\[[^\]]*\]|\w[?*]", " ", plain)
        literals = [w for w in re.findall(r"[a-z]{4,}", plain.lower())]
        if not literals:
            return None
        words.append(max(literals, key=len))
    return tuple(words)


_KEYWORDS = [_keywords(pattern) for pattern in TOPICS.values()]

# -- word stems: "programs" and "programmes", "digitalization" and "digitalisation" meet ----------

_SPELLING = (
    ("programme", "program"),
    ("isation", "ization"),
    ("labour", "labor"),
    ("centre", "center"),
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, deterministic stem: lower case, one spelling, no plural ending.

    >>> [stem(w) for w in ("Programmes", "programs", "digitalisation", "universities", "classes", "campus")]
    ['program', 'program', 'digitalization', 'university', 'class', 'campus']
    """
    w = word.lower().replace("’", "'").removesuffix("'s")
    for a, b in _SPELLING:
        w = w.replace(a, b)
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics")):
        return w
    if w.endswith("ional"):
        return w[:-2]  # "educational" and "education" name one field
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


_WORD = re.compile(r"[^\W\d_]+(?:['’][a-z]+)?")


def _words(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) of each word; a hyphen joins nothing ("double-degree" is two words)."""
    return [(stem(m.group(0)), m.start(), m.end()) for m in _WORD.finditer(text)]


# -- the SKOS scheme's own vocabulary --------------------------------------------------------------

#: Single words of the scheme that name a topic only where the article lists areas of cooperation.
_GENERIC = frozenset(
    stem(w)
    for w in [
        "science",
        "technology",
        "innovation",
        "mobility",
        "transport",
        "languages",
        "conferences",
        "climate",
        "grants",
        "internships",
        "engineering",
        "education",
        "training",
        "research",
        "exchange",
    ]
)
#: "institutions of higher education": the field names a kind of institution, not a topic.
_NOT_AFTER = re.compile(
    r"\b(?:institutions?|establishments?|diplomas?|degrees?|systems?|ministry|minister|"
    r"organi[sz]ations?|schools?|universit(?:y|ies)|cent(?:er|re)s?|quality)\s+of\s+(?:the\s+)?$",
    re.I,
)


def _scheme_labels() -> list[str]:
    """Preferred and alternative labels of the topic scheme (ontology/topics.ttl)."""
    from kgpart.store.folder import ontology_dir

    try:
        data = (ontology_dir() / "topics.ttl").read_text(encoding="utf-8")
    except OSError:
        return []
    labels: list[str] = []
    for line in data.splitlines():
        if re.match(r"\s*(?:skos:prefLabel|skos:altLabel|rdfs:label)\b", line):
            labels += re.findall(r'"([^"]+)"@en', line)
    return labels


@lru_cache(maxsize=1)
def _scheme_index() -> dict[str, list[tuple[str, ...]]]:
    """First stem -> stem sequences of the scheme's labels, longest first."""
    index: dict[str, set[tuple[str, ...]]] = {}
    for label in _scheme_labels():
        stems = tuple(s for s, _, _ in _words(label))
        if not stems or (len(stems) == 1 and (stems[0] in _GENERIC or len(stems[0]) < 4)):
            continue
        index.setdefault(stems[0], set()).add(stems)
    return {k: sorted(v, key=len, reverse=True) for k, v in index.items()}


def _scheme_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the scheme's labels in the text, matched stem by stem; never inside a name.

    The sentence tokens' first letters find the few places a label may start; only there are
    words stemmed.
    """
    text = doc.text
    cache = _FIRST_WORD
    if len(cache) > 100_000:
        cache.clear()
    out: list[tuple[int, int]] = []
    reach = -1
    for sent in doc.tokens:
        for k, token in enumerate(sent):
            entry = cache.get(token.text)
            if entry is None:
                entry = cache[token.text] = _first_word(token.text)
            if entry is _NO_LABEL or token.start < reach:
                continue
            candidates, seconds = entry
            if seconds and k + 1 < len(sent):
                # most first words ("students") are not followed by their label's second word
                nxt = sent[k + 1].text
                word = _WORD.match(nxt)
                if word is None or (stem(word.group(0)) not in seconds and nxt.lower() not in _PRAISE_WORDS):
                    continue
            reach = max(reach, _scheme_match(text, token.start, candidates, out))
    return out


_NO_LABEL: tuple[list[tuple[str, ...]], frozenset[str]] = ([], frozenset())
#: Token text -> (the scheme labels that may start with it, their second words; empty when a
#: one-word label is among them or the token holds a hyphen). Most tokens: _NO_LABEL.
_FIRST_WORD: dict[str, tuple[list[tuple[str, ...]], frozenset[str]]] = {}


def _first_word(token: str) -> tuple[list[tuple[str, ...]], frozenset[str]]:
    first = _WORD.match(token)
    candidates = _scheme_index().get(stem(first.group(0)), []) if first else []
    if not candidates:
        return _NO_LABEL
    if "-" in token or any(len(c) == 1 for c in candidates):
        return candidates, frozenset()
    return candidates, frozenset(c[1] for c in candidates)


def _scheme_match(
    text: str, begin: int, candidates: list[tuple[str, ...]], out: list[tuple[int, int]]
) -> int:
    """Match the longest label of ``candidates`` at ``begin``; append its span; return where it ends (or -1)."""
    reach = -1
    first = _WORD.match(text, begin)
    if first is not None:
        words = [(candidates[0][0], first.start(), first.end())]
        if len(candidates[0]) > 1:
            for m in _WORD.finditer(text, first.end(), first.end() + 40 * len(candidates[0])):
                w = stem(m.group(0))
                if w not in _PRAISE_WORDS:
                    words.append((w, m.start(), m.end()))
                if len(words) == len(candidates[0]):
                    break
        for stems in candidates:
            k = len(stems)
            if tuple(w[0] for w in words[:k]) == stems and _joined(text, words[:k]):
                start, end = words[0][1], words[k - 1][2]
                reach = end
                if (
                    not _in_name(text, start, end)
                    and text[words[k - 1][1] : end].lower() not in ("program", "programme")
                    and _NOT_AFTER.search(text, max(0, start - 40), start) is None
                ):
                    out.append((start, end))
                break
    return reach


def _in_name(text: str, start: int, end: int) -> bool:
    """A match written in title case inside a sentence is part of a name ("Institute of Science and Technology")."""
    words = text[start:end].split()
    titled = all(w[:1].isupper() or w in ("and", "of", "&") for w in words) and not text[start:end].isupper()
    return (titled and start > 0 and text[start - 2 : start].strip() not in ("", ".", ":")) or text[
        end : end + 1
    ] == "-"


def _joined(text: str, words: list[tuple[str, int, int]]) -> bool:
    """True when only spaces or hyphens separate the words ("science, and innovation" is a list)."""
    for a, b in pairwise(words):
        gap = text[a[2] : b[1]]
        if gap != " " and gap != "-" and _PRAISE.sub("", gap).strip(" -"):
            return False
    return True


# -- "scientific and cultural cooperation": a field named by the words before a cooperation noun ---

_FIELD_HEAD = re.compile(r"\b(?:cooperation|collaboration|exchanges?|ties|relations|relationships)\b")
#: The one or two words before the head ("cultural and humanitarian"), read back from the head.
_FIELD_MODS = re.compile(r"\b(?P<mod>(?:[a-z][a-z\-]+,?\s+(?:and\s+)?)?[a-z][a-z\-]+)\s+$")
_FIELD_NOUNS = frozenset(
    ["research", "student", "students", "youth", "science", "education", "sports", "language", "staff"]
)
_NOT_FIELD = frozenset(
    [
        "mutual",
        "practical",
        "potential",
        "special",
        "official",
        "total",
        "real",
        "final",
        "initial",
        "personal",
        "several",
        "further",
        "international",
        "long-term",
        "inter-university",
        "interuniversity",
        "close",
        "closer",
        "fruitful",
        "future",
        "such",
        "this",
        "that",
        "their",
        "its",
        "our",
        "and",
        "the",
        "of",
        "in",
        "with",
        "between",
    ]
)


def _is_field_word(word: str) -> bool:
    return word not in _NOT_FIELD and (word in _FIELD_NOUNS or word.endswith(("al", "ic", "ary")))


def _compound_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """ "cultural and humanitarian cooperation", "bilateral cooperation", "research collaboration"."""
    out: list[tuple[int, int]] = []
    reach = 0
    for head in _FIELD_HEAD.finditer(text):
        # the head names the kind of link; the words before it, if they name fields, the topic
        match = _FIELD_MODS.search(text, max(reach, head.start() - 60), head.start())
        reach = head.end()
        if match is None:
            continue
        mods = re.findall(r"[a-z][a-z\-]+", match.group("mod"))
        if " and " in match.group("mod") and not _is_field_word(mods[0]):
            # "inter-university and scientific ties": a coordination that does not start with a
            # field names the link, not a field; its last word alone would be a fragment
            continue
        mods = [m for m in mods if m != "and"]
        # keep the longest tail of modifiers that all name fields
        while mods and not all(_is_field_word(m) for m in mods):
            mods = mods[1:]
        if not mods:
            continue
        start = (
            match.start("mod") + match.group("mod").rfind(mods[0]) if len(mods) == 1 else match.start("mod")
        )
        if len(mods) > 1 and not _is_field_word(match.group("mod").split()[0].strip(",")):
            continue
        out.append((offset + start, offset + head.end()))
    return out


# -- phrases listed after a cue: "cooperation in the fields of X, Y and Z", "discussed X and Y" -------

_CUE = re.compile(
    r"\b(?:(?:cooperation|collaboration|partnership|exchange|views|interaction)\s+(?:in|on)\s+(?:the\s+)?"
    r"(?:fields?|areas?|spheres?|domains?)\s+of|in\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of|"
    r"exchanged\s+views\s+on|discuss(?:ed|ing)?(?:\s+the)?|(?:talked|spoke)\s+about|touched\s+upon|"
    r"(?:topics|agenda|issues)(?:\s+[\w’'\-]+){0,4}?\s+(?:included|includes|include|covered)|importance\s+of|"
    r"(?:briefed|informed)(?:\s+[\w’'\-]+){0,8}?\s+(?:about|on)|"
    r"(?:cooperation|collaboration)\s+in|initiatives\s+in|issues\s+of|prospects\s+(?:for|of)|"
    r"focus(?:ed|es)?\s+on|in\s+(?:such\s+)?(?:areas|fields|spheres|directions)\s+(?:as|such\s+as|including)|"
    r"main\s+(?:areas|directions|fields|topics)(?:\s+of\s+\w+)?\s+(?:will\s+be|are|were|include))\s+",
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
    r"carried\s+out|using|were|was|will|would|is|are|said|says|noted|added|stressed|emphasi[sz]ed|according)\b",
    re.I,
)
_DROP = re.compile(
    r"^(?:the|a|an|of|in|on|for|to|with|about|and|or|a\s+number\s+of|proposals?\s+(?:for|on)|cooperation\s+(?:in|on)|its|their|current|further|"
    r"future|possible|new|issues\s+of|ways\s+of|prospects\s+for|state\s+and\s+prospects\s+for|expanding|"
    r"deepening|developing|strengthening|(?:development|launch|organi[sz]ation|implementation|expansion|"
    r"strengthening|promotion|establishment|holding|opening)\s+of|main(?:\s+(?:provisions|points)\s+of)?|"
    r"(?:such\s+)?(?:fields?|areas?|spheres?|directions?|domains?)\s+(?:of|as|such\s+as|including)|"
    r"(?:such\s+)?(?:fields?|areas?|spheres?|directions?)\s+as)\s+",
    re.I,
)
#: Words that praise rather than name: "branches of reputable foreign universities".
_PRAISE = re.compile(
    r"\b(?:reputable|leading|prestigious|renowned|well-known|top|best|major|key|important|various|numerous)\s+",
    re.I,
)
_PRAISE_WORDS = frozenset(
    [
        "reputable",
        "leading",
        "prestigious",
        "renowned",
        "well",
        "known",
        "top",
        "best",
        "major",
        "key",
        "important",
        "various",
        "numerous",
    ]
)
_INNER_DROP = re.compile(r"\b(?:the\s+)?establishment\s+of\s+", re.I)
_BAD_ITEM = re.compile(
    r"\b(?:current\s+state|prospects|issues|ways|possibilities|opportunities|it|them|this|these|those|"
    r"other|they|we|he|she|parties|sides|countries|achievements|results|proposals|plans|matters|questions|"
    r"details|information|meeting|visit|addition|also|steps?)\b|^(?:cooperation|collaboration|partnership|"
    r"relations|ties|interaction|work)$",
    re.I,
)


@lru_cache(maxsize=16384)
def _clean(item: str) -> str | None:
    """An item as a topic: no determiners, process nouns or praise; None when it names nothing."""
    stop = _ITEM_STOP.search(item)
    item = item[: stop.start()] if stop else item
    item = item.strip(" ,-")
    for _ in range(4):
        item = _DROP.sub("", item)
    item = _PRAISE.sub("", _INNER_DROP.sub("", item)).strip(" ,-")
    words = item.split()
    if not words or _BAD_ITEM.search(item) or not item[:1].isalpha():
        return None
    if item[:1].islower():
        return item if len(words) <= 4 else None
    # a title ("State of the Nation Address") may be longer than a plain phrase
    return item if len(words) <= 6 and _proper_topic(item) else None


def _proper_topic(item: str) -> bool:
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
        and not pieces[0].endswith(_ADJECTIVE_ENDS)
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
    parts = re.split(r",\s*(?:and\s+|or\s+)?", phrase)
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


def _cue_items(doc: Doc) -> list[tuple[str, int, int, int]]:
    """(item, start, end, sentence) of the items listed after a cue, or before "were discussed"."""
    text, out = doc.text, []
    lower = text.lower()
    # one scan of the whole text per cue regex, case-sensitive on the lower-cased text: 3x faster
    same = len(lower) == len(text)
    cue, cue_after, scan = (_CUE_LOWER, _CUE_AFTER_LOWER, lower) if same else (_CUE, _CUE_AFTER, text)
    for match in cue.finditer(scan):
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
        out += [(*item, n) for item in _items(phrase, match.end())]
    done = -1
    for after in cue_after.finditer(scan):
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
        out += [(*item, n) for item in _items(head[begin:], head_start + begin)]
    return out


@lru_cache(maxsize=16384)
def _surface(text: str) -> str:
    """The words as written, tidied: a topic reads like the article names it."""
    text = " ".join(text.split()).strip(" ,.")
    text = _PRAISE.sub("", _INNER_DROP.sub("", text))
    for _ in range(3):
        text = _DROP.sub("", text)
    titled = text[:2].istitle() or (text[:1].isupper() and text[1:2].islower())
    return text[:1].lower() + text[1:] if titled and not _proper_topic(text) else text


_FUNCTION = frozenset(stem(w) for w in ["and", "or", "of", "the", "in", "for", "on", "to", "a", "an", "with"])


_SHARED_HEAD = re.compile(r"^(?P<a>[a-z][\w\-]*) and (?P<b>[a-z][\w\-]*) (?P<head>[a-z][\w\-]*[^s\W]s)$")
#: Endings of adjectives: "technical and vocational education" is one kind of education.
#: Endings of nouns that name a field by themselves: "hydrology and nuclear physics" is two fields.
_FIELD_NOUN_ENDS = (
    "logy",
    "ics",
    "ism",
    "ity",
    "ment",
    "tion",
    "sion",
    "ture",
    "ance",
    "ence",
    "ship",
    "ness",
    "phy",
)
_ADJECTIVE_ENDS = ("al", "ic", "ive", "ary", "ous", "ful", "an", "ese", "ish", "ible", "able", "er")


@lru_cache(maxsize=16384)
def _distribute(label: str) -> tuple[str, ...]:
    """ "agro and engineering technologies" names two fields: the head is shared by two nouns.

    Adjectives stay together ("cultural and educational exchanges" is one kind of exchange).
    """
    match = _SHARED_HEAD.match(label)
    if (
        match is None
        or match["a"].endswith(_ADJECTIVE_ENDS + _FIELD_NOUN_ENDS)
        or match["b"].endswith(_ADJECTIVE_ENDS)
    ):
        return (label,)
    return (f"{match['a']} {match['head']}", f"{match['b']} {match['head']}")


@lru_cache(maxsize=16384)
def _content(label: str) -> frozenset[str]:
    return frozenset(s for s, _, _ in _words(label) if s not in _FUNCTION)


#: A scheme label this long ("training of highly qualified professionals") that no other source
#: finds, in a sentence naming none of the article's organisations or people, is a phrase of
#: background prose, not a topic of the meeting. Shorter labels ("digital technology") stand alone.
_SCHEME_ALONE_WORDS = 3


def _overlaps(spans: list[tuple[int, int]], longest: int, start: int, end: int) -> bool:
    """True when one of the sorted ``spans`` (none longer than ``longest``) shares a character with start..end."""
    low, high = bisect_left(spans, (start - longest, -1)), bisect_left(spans, (end, -1))
    return any(start < e for _, e in spans[low:high])


def _sentences_holding(doc: Doc, lower: str, word: str) -> set[int]:
    out = set()
    at = lower.find(word)
    while at >= 0:
        out.add(doc.sentence_at(at))
        at = lower.find(word, at + len(word))
    return out


def find_topics(doc: Doc) -> list[Topic]:
    """Return the article's topics as written.

    Four sources, one span each: the genre's gazetteer (TOPICS), the scheme's labels matched on
    word stems, "<field> cooperation" compounds, and the items listed after cues ("cooperation in
    the fields of", "discussed", "X and Y were discussed"). Where spans overlap the longest wins;
    a topic whose words all appear in another one adds nothing ("cultural exchanges" beside
    "cultural and educational exchange", "scholarship" beside "scholarships").
    """
    spans: list[tuple[int, int, str, int]] = []
    canonical: dict[tuple[int, int], str] = {}  # gazetteer span -> its label in TOPICS
    text = doc.text
    lower = text.lower()
    sentences = doc.sentences
    same = len(lower) == len(text)  # lower() may lengthen a rare letter
    holding: dict[str, set[int]] = {}  # keyword -> sentences that hold it
    for (label, pattern), fast, keywords in zip(_TOPIC_RES, _TOPIC_LOWER, _KEYWORDS, strict=True):
        if keywords is None or not same:
            where: set[int] | range = range(len(sentences))
        else:
            where = set()
            for k in keywords:
                if k not in holding:
                    holding[k] = _sentences_holding(doc, lower, k)
                where |= holding[k]
        scan, regex = (lower, fast) if fast is not None and same else (text, pattern)
        for n in sorted(where):
            sent = sentences[n]
            for match in regex.finditer(scan, sent.start, sent.end):
                start, end = match.span()
                if not _in_name(text, start, end):
                    spans.append((start, end, text[start:end], n))
                    canonical.setdefault((start, end), label)
    for start, end in _compound_spans(text):
        n = doc.sentence_at(start)
        if end <= doc.sentences[n].end:
            spans.append((start, end, text[start:end], n))
    for item, start, end, n in _cue_items(doc):
        spans.append((start, end, item, n))
    named = {m.sentence for m in doc.org_mentions} | {m.sentence for m in doc.person_mentions}
    others = sorted((s[0], s[1]) for s in spans)
    longest = max((e - s for s, e in others), default=0)
    for start, end in _scheme_spans(doc):
        n = doc.sentence_at(start)
        if end <= doc.sentences[n].end and (
            n in named
            or len(text[start:end].split()) < _SCHEME_ALONE_WORDS
            or _overlaps(others, longest, start, end)
        ):
            spans.append((start, end, text[start:end], n))
    kept: list[tuple[int, int, str, int]] = []
    reach = -1
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[1] > reach:
            kept.append(span)
            reach = span[1]
        elif span[0] >= kept[-1][0] and span[1] <= kept[-1][1]:
            continue
    # "reforms" beside "draft of the new Constitution" (constitutional reform): the general variant
    # of a gazetteer topic the article also names in its specific form adds nothing
    labels = {_content(canonical[s[0], s[1]]) for s in kept if (s[0], s[1]) in canonical}
    kept = [
        s
        for s in kept
        if (s[0], s[1]) not in canonical
        or not any(_content(canonical[s[0], s[1]]) < other for other in labels)
    ]
    found: list[tuple[frozenset[str], str, int]] = []
    for _start, _end, raw, n in kept:
        for label in _distribute(_surface(raw)):
            content = _content(label)
            if not label or not content:
                continue
            if any(content <= other for other, _, _ in found):
                continue
            found = [f for f in found if not f[0] < content]
            found.append((content, label, n))
    return [Topic(label, doc.evidence(n)) for _, label, n in found]
