"""Topics from the genre's gazetteer: canonical label -> regex of the ways articles word it.

``convert`` maps the labels to the SKOS scheme; a match written in title case is part of a name
and does not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kgpart.extract.countries import find_countries
from kgpart.extract.doc import Doc
from kgpart.extract.gazetteer import ORG_HEADS
from kgpart.extract.patterns import starts_of
from kgpart.extract.topics.items import ITEM_STOP
from kgpart.extract.topics.words import SCHEME_NAME, Span, in_name, names_no_topic, nationality_word

#: Who is exchanged, one (_PERSON, before "exchange") or many (_PEOPLE, after "exchange of").
_PERSON = r"(?:student|teacher|staff|faculty|lecturer|researcher|scholar|scientist|professor|academic)"
_PEOPLE = (
    r"(?:(?:doctoral|graduate|postgraduate|undergraduate|master['’]?s|young)\s+)?(?:students|teachers|staff|"
    r"faculty(?:\s+members)?|lecturers|researchers|scholars|scientists|professors|undergraduates|postgraduates|"
    r"academics|specialists|academic\s+staff|staff\s+members)"
)

#: Canonical topic label -> regex of its variants.
TOPICS: dict[str, str] = {
    "academic mobility": r"academic\s+mobility|mobility\s+of\s+(?:students|teachers|staff)",
    # people coordinated before or after the exchange: "faculty and student exchanges", "exchange of
    # students and teachers", "mobility of undergraduates and doctoral students" (one topic each)
    # (each branch holds a literal word outside its groups, so the pattern runs only where that word is)
    "staff and student exchange": rf"{_PERSON}s?\s+(?:and|&)\s+{_PERSON}s?\s+exchanges?(?:\s+program(?:me)?s)?|"
    rf"exchanges?\s+of\s+{_PEOPLE}\s+(?:and|&)\s+{_PEOPLE}",
    "staff and student mobility": rf"{_PERSON}s?\s+(?:and|&)\s+{_PERSON}s?\s+mobility|"
    rf"mobility\s+of\s+{_PEOPLE}\s+(?:and|&)\s+{_PEOPLE}",
    # who or what moves: "staff mobility", "virtual mobility", "credit mobility", "outbound mobility"
    "student mobility": r"(?:student|staff|faculty|teacher|lecturer|researcher|credit|virtual|outbound|inbound|"
    r"international|short-term|long-term|blended|physical|doctoral|postgraduate)\s+mobility",
    "joint research": r"joint\s+research(?:\s+projects?)?|research\s+collaboration",
    # "cotutelle theses", "co-tutored doctorates": the French word for a thesis supervised in two universities
    "PhD co-supervision": r"co-?supervision(?:\s+of\s+(?:PhD|doctoral)\s+\w+)?|joint\s+supervision|"
    r"co-?tutelles?(?:\s+(?:theses|thesis|doctorates?|PhDs?|programmes?|agreements?))?|"
    r"co-tutored\s+(?:doctorates?|theses|PhDs?)",
    # "a dual degree program", "double degrees", "a double diploma programme", "joint degree programmes"
    "double-degree programmes": r"(?:launch\s+of\s+new\s+)?(?:double|dual|joint)[\s\-]degrees?(?:\s+program(?:me)?s?)?|"
    r"(?:double|dual|joint)[\s\-]diplomas?(?:\s+program(?:me)?s?)?",
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
    "knowledge transfer": r"knowledge\s+transfer|technology\s+transfer|transfer\s+of\s+(?:knowledge|technolog(?:y|ies))",
    "scholarships": r"scholarships?",
    # places funded by a state for another's citizens: "1,200 quota places", "the quota for technical specialties"
    "scholarship quotas": r"(?:scholarship|state|government|budget|admission)\s+quotas?|quota\s+places|"
    r"quotas?\s+(?:of\s+places\s+)?for\s+(?:[a-z\-]+\s+){0,2}(?:specialties|specialities|students|citizens|applicants)|"
    r"(?:state|budget|government)[\s\-]funded\s+places|tuition[\s\-]free\s+places",
    "joint PhD programmes": r"joint\s+(?:ph\.?d|doctoral)(?:\s+(?:program(?:me)?s?|degrees?|studies))?",
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
    "olympiads": r"(?:international\s+)?olympiads?(?:\s+in\s+(?:[a-z]+ics|[a-z]+logy|[a-z]+istry|programming|robotics))?",
    "investment projects": r"investment\s+projects",
    "development strategy": r"development\s+strategy",
    "career prospects": r"career\s+prospects",
    "industry training": r"[a-z]+-making\s+industry|automotive\s+industry",
    "labour market": r"labou?r\s+market",
    "diplomatic relations": r"(?:\d+(?:st|nd|rd|th)\s+)?anniversary\s+of\s+(?:the\s+establishment\s+of\s+)?diplomatic\s+relations",
    "reforms": r"(?:political\s+and\s+institutional\s+)?reforms\s+(?:and\s+transformations\s+)?",
    "foreign university branches": r"branches\s+of\s+(?:reputable\s+)?foreign\s+universities",
    "branch campuses": r"branch\s+campus(?:es)?",
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
    # fields of academic cooperation the genre names in passing, beside the lists the cues read
    "capacity building": r"capacity[\s\-]building",
    "curriculum development": r"curricul(?:um|a)\s+development|development\s+of\s+(?:joint\s+)?curricula",
    "quality assurance": r"quality\s+assurance|(?:international\s+)?accreditation\s+of\s+(?:educational\s+)?programmes?",
    "distance learning": r"distance\s+(?:learning|education)|online\s+(?:learning|education)|e-learning",
    "vocational education": r"vocational\s+(?:education|training)",
    "staff exchange": r"(?:staff|faculty|teacher|lecturer)s?\s+exchanges?|exchange\s+of\s+(?:staff|teachers|faculty|lecturers)",
    "joint publications": r"joint\s+(?:scientific\s+)?publications?",
    "visiting professors": r"visiting\s+(?:professors|lecturers|scholars)",
    "art exhibitions": r"art\s+exhibitions?",
    "cultural heritage": r"cultural\s+heritage",
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
#: Every keyword of _KEYWORDS: letters a-z only (``_keywords`` reads ``[a-z]{4,}``), so each of its occurrences lies
#: inside one run of such letters of the lower-cased text.
_ALL_KEYWORDS = tuple(sorted({word for words in _KEYWORDS if words for word in words}))
#: A run of letters a-z (the lower-cased text's words, cut at a hyphen, a digit or an apostrophe).
_LETTERS = re.compile(r"[a-z]+")
#: A run of letters -> the keywords it holds (most runs: none). Shared by the articles; cleared when it grows large.
_RUN_KEYWORDS: dict[str, tuple[str, ...]] = {}


def _sentences_holding(doc: Doc, lower: str, word: str) -> set[int]:
    """The sentences in which ``word`` occurs (``lower``: the lower-cased text)."""
    out = set()
    at = lower.find(word)
    while at >= 0:
        out.add(doc.sentence_at(at))
        at = lower.find(word, at + len(word))
    return out


def _keyword_sentences(doc: Doc, lower: str) -> dict[str, set[int]] | None:
    """Keyword -> the sentences holding it (``_sentences_holding`` of each keyword of the text), from one reading of
    each sentence's runs of letters instead of a search of the whole text per keyword.

    A sentence here reaches from its start to the next one's (as ``Doc.sentence_at`` counts a position). None
    where a run of letters crosses from one to the next: the caller then searches keyword by keyword.
    """
    starts = doc.starts
    if len(starts) != len(doc.sentences) or not starts:
        return None
    bounds = [*starts[1:], len(lower)]
    for at in starts[1:]:
        if 0 < at < len(lower) and lower[at - 1 : at + 1].isalpha() and lower[at - 1 : at + 1].isascii():
            return None  # a sentence that begins inside a word (never seen): the old reading
    if len(_RUN_KEYWORDS) > 100_000:
        _RUN_KEYWORDS.clear()
    cache = _RUN_KEYWORDS
    out: dict[str, set[int]] = {}
    begin = 0  # positions before the first sentence's start count as its own (``sentence_at``)
    for n, end in enumerate(bounds):
        for run in _LETTERS.findall(lower, begin, end):
            found = cache.get(run)
            if found is None:
                found = cache[run] = tuple(word for word in _ALL_KEYWORDS if word in run)
            for word in found:
                where = out.get(word)
                if where is None:
                    out[word] = {n}
                else:
                    where.add(n)
        begin = end
    return out


def gazetteer_spans(doc: Doc) -> tuple[list[Span], dict[tuple[int, int], str]]:
    """Spans of the TOPICS patterns outside names, and the label that first matched each span.

    A pattern runs only on the sentences that hold one of its keywords.
    """
    spans: list[Span] = []
    canonical: dict[tuple[int, int], str] = {}
    text = doc.text
    lower = text.lower()
    same = len(lower) == len(text)  # lower() may lengthen a rare letter
    holding: dict[str, set[int]] = {}  # keyword -> sentences that hold it, searched where the index gives way
    by_runs = _keyword_sentences(doc, lower) if same else None  # the keywords of the text only
    for (label, pattern), fast, keywords in zip(_TOPIC_RES, _TOPIC_LOWER, _KEYWORDS, strict=True):
        where: Iterable[int]
        if by_runs is not None and keywords is not None:
            found = [by_runs[k] for k in keywords if k in by_runs]
            if not found:
                continue  # none of its keywords in the text (most patterns)
            where = found[0] if len(found) == 1 else set().union(*found)
        else:
            where = _sentences_to_scan(doc, lower, keywords if same else None, holding)
        scan, regex = (lower, fast) if fast is not None and same else (text, pattern)
        for n in sorted(where):
            sent = doc.sentences[n]
            for match in regex.finditer(scan, sent.start, sent.end):
                start, end = match.span()
                if not in_name(text, start, end) and not names_no_topic(text, start, end):
                    spans.append((start, end, text[start:end], n))
                    canonical.setdefault((start, end), label)
    return spans, canonical


def _sentences_to_scan(
    doc: Doc, lower: str, keywords: tuple[str, ...] | None, holding: dict[str, set[int]]
) -> Iterable[int]:
    """The sentences holding one of ``keywords`` (every sentence when None); ``holding`` caches per keyword."""
    if keywords is None:
        return range(len(doc.sentences))
    where: set[int] = set()
    for k in keywords:
        if k not in holding:
            holding[k] = _sentences_holding(doc, lower, k)
        where |= holding[k]
    return where


#: "opening a branch of Osaka Maritime College", "to establish branches of universities": a campus
#: that a university opens in another place. The opening verb keeps out "the Riga branch of the Academy".
_BRANCH = re.compile(
    r"\b(?:open|opens|opened|opening|establish|establishes|established|establishing|establishment\s+of|"
    r"set\s+up|setting\s+up|launch|launched|launching|create|creating|creation\s+of)\s+(?:of\s+)?"
    r"(?:(?:a|an|the|new|its|their|one|two|three)\s+)*(?P<branch>branch(?P<many>es)?)\s+of\s+"
    r"(?:[^\s.,;:]+\s+){0,6}?(?:universit(?:y|ies)|colleges?|institutes?|academ(?:y|ies)|schools?)\b"
)


def branch_spans(doc: Doc) -> list[Span]:
    """ "the opening of a branch of X University": the topic "branch campus", from "branch" to the name's end."""
    lower = doc.text.lower()
    if "branch" not in lower or len(lower) != len(doc.text):
        return []
    out: list[Span] = []
    for match in _BRANCH.finditer(lower):
        n = doc.sentence_at(match.start("branch"))
        if match.end() <= doc.sentences[n].end:
            label = "branch campuses" if match["many"] else "branch campus"
            out.append((match.start("branch"), match.end(), label, n))
    return out


#: A unit being set up, named in title case, and its field: "the establishment of a Korea-Kenya Centre for Artificial
#: Intelligence", "to open a joint Laboratory of Welding Technologies".
_UNIT_FIELD = re.compile(
    r"(?:Cent(?:re|er)|Laborator(?:y|ies)|Lab|Institute|Hub|Chair|Observatory)\s+(?:for|of|on)\s+"
    r"(?P<field>[A-Z][\w\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w\-]*){0,4})"
)
#: What comes before the unit's name when it is being set up (the name's first words between).
_UNIT_OPENED = re.compile(
    r"(?:\b(?:establish(?:es|ed|ing)?|establishment\s+of|open(?:s|ed|ing)?|opening\s+of|set(?:ting)?\s+up|"
    r"launch(?:es|ed|ing)?|launch\s+of|creat(?:e|es|ed|ing)|creation\s+of|inaugurat(?:e|es|ed|ing)|"
    r"inauguration\s+of)\s+(?:a|an|the)\s+(?:new\s+)?(?:joint\s+)?|\b(?:a|an|the)\s+(?:new\s+)?joint\s+)"
    r"(?:[A-Z][\w\-]*\s+){0,3}$"
)


#: A unit's one word that names no field of its own: "Institute of Technology", "Centre for Excellence".
_NO_UNIT_FIELD = frozenset(
    [
        "technology",
        "science",
        "sciences",
        "arts",
        "studies",
        "research",
        "education",
        "excellence",
        "innovation",
        "development",
        "management",
        "cooperation",
        "partnership",
    ]
)


def new_unit_spans(doc: Doc) -> list[Span]:
    """ "the establishment of a Korea-Kenya Centre for Artificial Intelligence": its field, "artificial intelligence"."""
    text = doc.text
    out: list[Span] = []
    if not any(k in text for k in ("Cent", "Lab", "Institute", "Hub", "Chair", "Observatory")):
        return out
    for match in _UNIT_FIELD.finditer(text):
        if _UNIT_OPENED.search(text[max(0, match.start() - 90) : match.start()]) is None:
            continue
        words = match["field"].split()
        if (
            any(w in ORG_HEADS or (find_countries(w) and not nationality_word(w)) for w in words)
            or (len(words) == 1 and words[0].lower() in _NO_UNIT_FIELD)
            or re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[match.end() : match.end() + 12]) is not None
        ):
            continue  # "a Centre of the University of Ghana", "the Institute of Technology of Cambodia": a name
        label = " ".join(w if nationality_word(w) else w.lower() for w in words)
        start, end = match.span("field")
        out.append((start, end, label, doc.sentence_at(start)))
    return out


#: A laboratory named in lower case by its field: "the university's robotics laboratory", "a welding lab". The
#: laboratory's word is found first (its literal letters let the engine skip ahead), its field read back from it.
_LAB_WORD = re.compile(r"lab(?:orator(?:y|ies)|s)?\b")
_FIELD_BEFORE_LAB = re.compile(
    r"(?:\b(?i:the|a|an|its|their|our|his|her)|['’]s)\s+(?P<field>(?:(?!(?:the|an?|its|their|our|his|her|and|or|of)\s)"
    r"[a-z][a-z\-]+\s+){0,2}[a-z][a-z\-]+)\s+$"
)
#: Words before "laboratory" that tell its kind, size or owner, not its field.
_NO_LAB_FIELD = frozenset(
    [
        "new",
        "modern",
        "joint",
        "research",
        "scientific",
        "university",
        "first",
        "main",
        "well-equipped",
        "equipped",
        "specialized",
        "specialised",
        "computer",
        "language",
        "teaching",
        "training",
        "mobile",
        "virtual",
        "national",
        "international",
        "regional",
        "central",
        "state-of-the-art",
        "innovative",
        "shared",
        "common",
        "own",
        "student",
        "students",
        "digital",
        "open",
        "educational",
        "academic",
        "largest",
        "best",
        "leading",
    ]
)


def lab_field_spans(doc: Doc) -> list[Span]:
    """ "the university's robotics laboratory": the laboratory as written (its field named in it)."""
    text = doc.text
    out: list[Span] = []
    for lab in _LAB_WORD.finditer(text):
        if lab.start() and text[lab.start() - 1].isalnum():
            continue  # "collaboration"
        field = _FIELD_BEFORE_LAB.search(text, max(0, lab.start() - 60), lab.start())
        if field is not None and not _NO_LAB_FIELD.intersection(field["field"].split()):
            start = field.start("field")
            out.append((start, lab.end(), text[start : lab.end()], doc.sentence_at(start)))
    return out


#: Days of a nation's culture, science or language, named in title case: "the Days of Hungarian Science", "a Week of
#: Uzbek Cinema", "the Days of Culture of Uzbekistan in Hungary" (the place it is held in is no part of it).
_CULTURE_DAYS = re.compile(
    r"(?:Days|Week|Month|Year|Festival|Decade)\s+of\s+(?:(?:[A-Z][\w\-]*|and)\s+){0,3}?"
    r"(?:Culture|Science|Education|Cinema|Language|Literature|Music|Arts?|Cuisine|Heritage)(?:\s+and\s+[A-Z][\w\-]*)?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?\b"
)


#: The same in lower case, the nation's word in title case: "a week of Indonesian culture", "a festival of Thai cuisine".
_CULTURE_DAYS_LOWER = re.compile(
    r"\b(?:days|week|month|year|festival|decade|evening|night)\s+of\s+(?:[A-Z][\w\-]*\s+){1,2}"
    r"(?:culture|science|cinema|language|literature|music|arts?|cuisine|heritage|films?|poetry|traditions)\b"
)


_TIMES = ("days", "week", "month", "year", "festival", "decade", "evening", "night")


def culture_days_spans(doc: Doc) -> list[Span]:
    """ "the Days of Hungarian Science": a nation's days of culture, science or language, as written."""
    text = doc.text
    found = list(_CULTURE_DAYS.finditer(text))
    if any(f"{word} of " in text for word in _TIMES):  # the scan only where one may begin (most texts: none)
        found += _CULTURE_DAYS_LOWER.finditer(text)
    return [(m.start(), m.end(), m.group(0), doc.sentence_at(m.start())) for m in found]


#: An education fair named in title case: "a Japan Education Fair", "the Study in Germany Fair", "China Education Expo".
_FAIR = re.compile(
    r"\b(?:[A-Z][\w\-]*\s+){0,3}(?:Education(?:al)?|Study|Universit(?:y|ies)|Higher\s+Education)\s+(?:in\s+[A-Z][\w\-]*\s+)?"
    r"(?:Fair|Expo|Exhibition)s?\b|\bStudy\s+in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+(?:[Ff]airs?|[Ee]xpos?|[Ee]xhibitions?)\b"
)


def fair_spans(doc: Doc) -> list[Span]:
    """ "holding a Japan Education Fair": the fair, as named."""
    text = doc.text
    if " Fair" not in text and "Expo" not in text and "xhibition" not in text and " fair" not in text:
        return []
    return [(m.start(), m.end(), m.group(0), doc.sentence_at(m.start())) for m in _FAIR.finditer(text)]


#: "the colleges will exchange students and staff": the verb's people name the exchange ("student and staff exchange").
_EXCHANGE_PEOPLE = re.compile(
    rf"\bexchang(?:e|es|ed|ing)\s+(?!of\b)(?P<who>{_PEOPLE.lower()}(?:,?\s+(?:and\s+)?{_PEOPLE.lower()}){{0,2}})\b"
)


#: "the two universities will co-supervise theses": the parties' verb names the topic "joint supervision". Not the
#: participle ("the candidates will be jointly supervised", "co-supervised theses"): how a programme's people are
#: supervised is a detail of it, no field (bench/README "Topics (session 18)": 1 right of 9 such labels).
_SUPERVISED = re.compile(r"\b(?:jointly|co-)\s?supervis(?:e|es|ing)\b")


def supervised_spans(doc: Doc) -> list[Span]:
    """ "will jointly supervise", "to co-supervise theses": the topic "joint supervision"."""
    text = doc.text
    out: list[Span] = []
    at = text.find("upervis")
    while at >= 0:
        # the word before "supervise", or "co-" right before it: a scan by str.find, not by the regex
        match = _SUPERVISED.search(text[max(0, at - 9) : at + 12].lower())
        if match is not None:
            start = max(0, at - 9) + match.start()
            out.append((start, at + 12, "joint supervision", doc.sentence_at(start)))
        at = text.find("upervis", at + 7)
    return out


#: Words after which "exchange" is a noun before people ("the exchange students", "incoming exchange students"); a
#: nation's word too ("Canadian exchange students"). After others ("to", "colleges") it is a verb.
_BEFORE_NOUN = frozenset(
    [
        "the",
        "these",
        "those",
        "our",
        "their",
        "its",
        "his",
        "her",
        "of",
        "for",
        "with",
        "more",
        "international",
        "foreign",
        "incoming",
        "outgoing",
        "visiting",
        "many",
        "all",
        "some",
        "both",
        "former",
    ]
)


def exchange_spans(doc: Doc) -> list[Span]:
    """ "to exchange students and lecturers": the topic "student and lecturer exchange"; a longer list as written."""
    lower = doc.text.lower()
    if "exchang" not in lower or len(lower) != len(doc.text):
        return []
    out: list[Span] = []
    for match in _EXCHANGE_PEOPLE.finditer(lower):
        n = doc.sentence_at(match.start())
        before = doc.text[max(0, match.start() - 20) : match.start()].split()
        last = before[-1] if before else ""
        if lower.startswith("exchange ", match.start()) and (
            last.lower() in _BEFORE_NOUN or nationality_word(last)
        ):
            # "Canadian exchange students", "the exchange students": people on an exchange, no verb and no topic
            # (bench/README "Topics (session 18)": 2 right of 8 such labels over the fifteen sets)
            continue
        written = doc.text[match.start("who") : match.end()]
        who = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", written)
        # "student and staff exchange"; a longer list as written: "exchange of faculty members, researchers and students"
        short = len(who) <= 2 and len(" ".join(who).split()) <= 3
        label = f"{' and '.join(map(_singular, who))} exchange" if short else f"exchange of {written}"
        out.append((match.start(), match.end(), label, n))
    return out


def _singular(word: str) -> str:
    """ "students" -> "student": people before "exchange" are named in the singular ("teacher exchange")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "'s", "’s")) else word


#: What people undergo or complete: "37 students have undergone internships", "teachers completed advanced training".
_UNDERGONE = re.compile(
    r"\b(?:undergo|undergoes|undergone|underwent|undergoing|complete|completes|completed|completing|did|done|doing|"
    r"undertake|undertakes|undertook|undertaken|undertaking)\s+(?:an?\s+|their\s+|short-term\s+|long-term\s+)?"
    r"(?P<topic>(?:research\s+|teaching\s+|summer\s+|industrial\s+|clinical\s+)?internships?|traineeships?|"
    r"fellowships?|(?:advanced|professional|language)\s+training|retraining|refresher\s+courses?|study\s+visits?)\b"
)


def undergone_spans(doc: Doc) -> list[Span]:
    """ "have undergone internships", "completed advanced training": the thing undergone, as written."""
    lower = doc.text.lower()
    if len(lower) != len(doc.text) or not any(
        w in lower for w in ("underg", "underw", "complet", " did ", "done", "undert", "doing")
    ):
        return []
    out: list[Span] = []
    for match in _UNDERGONE.finditer(lower):
        start, end = match.span("topic")
        out.append((start, end, doc.text[start:end], doc.sentence_at(start)))
    return out


#: "the 75th anniversary of Al-Farabi Kazakh National University", "the centenary of the faculty".
_ANNIVERSARY = re.compile(
    r"\b(?P<n>\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:tieth|th|first|second|third))[\s\-]+anniversary\s+of\s+(?:the\s+)?"
    r"(?P<what>[^,.;:()\n]{3,80})"
)
#: The kind of an institution, from its name's head: "Al-Farabi Kazakh National University" is a university.
_KIND = re.compile(
    r"\b(University|Institute|College|Academy|Faculty|School|Lyceum|Conservatory|Embassy|Centre|Center)\b"
)


#: A name of one to three words in title case: a person's ("Magtymguly Pyragy").
_TITLED = re.compile(r"[A-Z][\w\-']+(?:\s+[A-Z][\w\-']+){0,2}")


def anniversary_spans(doc: Doc) -> list[Span]:
    """ "the 75th anniversary of X University": the topic "75th anniversary of the university"."""
    text = doc.text
    if "nniversary" not in text:
        return []
    out: list[Span] = []
    for match in _ANNIVERSARY.finditer(text):
        what = match["what"]
        stop = ITEM_STOP.search(what)
        what = what[: stop.start()].strip() if stop else what.strip()
        kind = _KIND.search(what) if what[:1].isupper() else None
        if kind is not None:
            label = f"{match['n']} anniversary of the {kind.group(1).lower()}"
        elif _TITLED.fullmatch(what) and not find_countries(what):
            label = f"{match['n']} anniversary of {what}"  # a poet's or a scholar's: "the 300th anniversary of Abai"
        else:
            continue  # the anniversary of a tie is the gazetteer's ("diplomatic relations") or a cue's
        start = match.start()
        out.append((start, match.start("what") + len(what), label, doc.sentence_at(start)))
    return out


#: The kinds of a named programme, policy or event: 'the "Bolashak" scholarship programme', 'the policy "Nurly Zhol"'.
_NAMED_KIND = (
    r"(?:(?:new|state|national|international|presidential|economic|educational|scholarship|exchange|youth|"
    r"research|development)\s+){0,2}(?:programmes?|programs?|scholarships?|projects?|initiatives?|policy|strategy|"
    r"forums?|festivals?|olympiads?|contests?|competitions?|grants?|(?:education\s+|educational\s+)?(?:fairs?|expos?|"
    r"exhibitions?))"
)
_QUOTED_NAME = r"[\"“](?P<name>[A-Z][^\"“”\n]{1,40}?)[\"”]"
#: A quoted name before its kind, or the kind before the quoted name.
_NAMED = re.compile(
    rf"{_QUOTED_NAME}\s+(?P<kind>{_NAMED_KIND})\b|\b(?P<kind2>{_NAMED_KIND})\s+{_QUOTED_NAME.replace('name', 'name2')}"
)


#: A name in title case, unquoted, before the lower-case kind of a grant: "the Stipendium Hungaricum programme",
#: "the Erasmus+ programme", "the Chevening scholarships".
_TITLED_GRANT = re.compile(
    # after a determiner, a count or a verb of giving: "the Erasmus+ programme", "offers Chevening scholarships"
    r"\b(?:the|a|an|its|their|\d[\d,]*|offers?|offered|provides?|provided|awards?|awarded|receive[sd]?|won|under|through)"
    r"\s+(?P<name>(?:[A-Z][\w\-]*\+?\s+){1,3})"
    # "the Bolashak international scholarship": a word of its reach or sponsor may stand between
    r"(?P<kind>(?:(?:international|presidential|government|state|national|academic|research|study)\s+)?"
    r"(?:scholarships?\s+|exchange\s+|mobility\s+)?(?:programmes?|programs?|scholarships?|fellowships?))\b"
)
#: Words of a name that make it a degree or a body, not a grant's name: "the Master programme", "the University programme".
_NO_GRANT_NAME = frozenset(
    [
        "Master",
        "Master's",
        "Masters",
        "Bachelor",
        "Bachelor's",
        "PhD",
        "Doctoral",
        "MBA",
        "The",
        "This",
        "Our",
        "Its",
    ]
)


_SCHOOL_TYPES = frozenset(["University", "Institute", "Faculty"])


def _acronym(word: str) -> bool:
    """True for a word in capitals only, two letters or more ("DAAD", "JICA", "TÜBİTAK"): a grant's runner or
    sponsor by its acronym ("the DAAD scholarship", "under the JICA programme"), not the grant's own name."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


#: The kinds of _TITLED_GRANT, as every match holds one (the pattern is case-sensitive).
_GRANT_KINDS = ("program", "scholarship", "fellowship")
#: A character no match of _TITLED_GRANT holds (its words, spaces, hyphens, a "+", a number's commas are all).
_NO_GRANT_CHAR = re.compile(r"[^\w\s\-+,]")


def _grant_stretches(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` that hold every match of _TITLED_GRANT, in order, none overlapping: around each kind
    (every match holds one), from just after the last full stop before it to the first character of _NO_GRANT_CHAR
    after it. No match reaches across such a character, and the characters at a stretch's two ends are no word's
    (so ``\\b`` reads there as in the whole text): ``finditer`` over the stretches finds the matches of the whole
    text's scan. Scanning them alone spares the rest of the text."""
    out: list[tuple[int, int]] = []
    reach = 0
    for at in starts_of(text, _GRANT_KINDS):
        if at < reach:
            continue  # inside the stretch before
        cut = _NO_GRANT_CHAR.search(text, at)
        end = cut.start() if cut is not None else len(text)
        out.append((max(reach, text.rfind(".", 0, at) + 1), end))
        reach = end
    return out


def titled_grant_spans(doc: Doc) -> list[Span]:
    """ "the Stipendium Hungaricum programme": a grant named in title case, with its kind."""
    out: list[Span] = []
    if not any(kind in doc.text for kind in ("rogram", "cholarship", "ellowship")):
        return out  # the kinds' common letters, any case of the first: a cheap test first
    # "the UQ programme": a party to the article named by its acronym runs the programme, it does not name it
    schools = {m.start for m in doc.org_mentions if doc.orgs[m.index].type in _SCHOOL_TYPES}
    text = doc.text
    for match in (
        m for begin, end in _grant_stretches(text) for m in _TITLED_GRANT.finditer(text, begin, end)
    ):
        words = match["name"].split()
        if (
            any(w in ORG_HEADS or w in _NO_GRANT_NAME for w in words)
            or all(nationality_word(w) or find_countries(w) for w in words)
            or match.start("name") in schools
            or _acronym(words[0])
        ):
            continue  # "the Kazakh programme", "the DAAD scholarship" is whose, not which
        start = match.start("name")
        out.append((start, match.end(), f"{' '.join(words)} {match['kind']}", doc.sentence_at(start)))
    return out


def named_spans(doc: Doc) -> list[Span]:
    """'the "Bolashak" scholarship programme', 'the new economic policy "Nurly Zhol"': the name and its kind."""
    text = doc.text
    if '"' not in text and "“" not in text:
        return []
    out: list[Span] = []
    for match in _NAMED.finditer(text):
        name, kind = (match["name"], match["kind"]) if match["name"] else (match["name2"], match["kind2"])
        kind = re.sub(r"^new\s+", "", kind)
        out.append((match.start(), match.end(), f"{name} {kind}", doc.sentence_at(match.start())))
    return out


#: Exchange schemes and national study brands known by name alone: "under Erasmus+", "a Fulbright scholar",
#: "the Study in India initiative"; not a body named after the same person ("Erasmus University Rotterdam").
_NAMED_SCHEME = re.compile(
    rf"\b(?:{SCHEME_NAME}|Study\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"(?!\s+(?:University|Universiteit|Medical|MC|School|College|Cent(?:re|er)|Hospital|Foundation|Commission)\b)"
    r"(?![\w+])"
)


def named_scheme_spans(doc: Doc) -> list[Span]:
    """ "students go abroad under Erasmus+", "Study in Russia": an exchange scheme or a study brand named alone."""
    text = doc.text
    if "Erasmus" not in text and "Fulbright" not in text and "Study in" not in text:
        return []
    out: list[Span] = []
    for match in _NAMED_SCHEME.finditer(text):
        start, end = match.span()
        if text[start - 1 : start] in ("-", "'"):
            continue
        out.append((start, end, match.group(0), doc.sentence_at(start)))
    return out
