"""The merge step: the four sources' spans become one list of topics.

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

from kgpart.extract.countries import city_country, country_of
from kgpart.extract.doc import Doc
from kgpart.extract.furniture import boilerplate_start
from kgpart.extract.numbers import UNIT_WORDS
from kgpart.extract.record import Topic
from kgpart.extract.topics import learned
from kgpart.extract.topics.bullets import bullet_spans
from kgpart.extract.topics.compounds import (
    bloc_spans,
    compound_spans,
    head_in_field_spans,
    related_spans,
    sphere_spans,
)
from kgpart.extract.topics.cues import cue_spans
from kgpart.extract.topics.disciplines import discipline_spans
from kgpart.extract.topics.gazetteer import (
    anniversary_spans,
    branch_spans,
    culture_days_spans,
    exchange_spans,
    fair_spans,
    gazetteer_spans,
    lab_field_spans,
    named_scheme_spans,
    named_spans,
    new_unit_spans,
    supervised_spans,
    titled_grant_spans,
    undergone_spans,
)
from kgpart.extract.topics.lists import FIELD_ENDS, LIST_ON, sibling_items
from kgpart.extract.topics.salient import abroad_people_spans, named_plan_spans, named_scholarship_spans
from kgpart.extract.topics.scheme import scheme_spans
from kgpart.extract.topics.studies import (
    language_spans,
    sector_spans,
    studies_spans,
    trained_for_spans,
)
from kgpart.extract.topics.tidy import content_stems, distribute, surface
from kgpart.extract.topics.words import PEOPLE, Span

#: A scheme label this long ("training of highly qualified professionals") that no other source
#: finds, in a sentence naming none of the article's organisations or people, is a phrase of
#: background prose, not a topic of the meeting. Shorter labels ("digital technology") stand alone.
_SCHEME_ALONE_WORDS = 3


def find_topics(doc: Doc) -> list[Topic]:
    """Return the article's topics as written.

    Four sources, one span each: the genre's gazetteer (TOPICS), the scheme's labels matched on
    word stems, "<field> cooperation" compounds, and the items listed after cues ("cooperation in
    the fields of", "discussed", "X and Y were discussed"). Where spans overlap the longest wins;
    a topic whose words all appear in another one adds nothing ("cultural exchanges" beside
    "cultural and educational exchange", "scholarship" beside "scholarships").
    """
    spans, canonical = gazetteer_spans(doc)
    spans = sphere_spans(doc) + spans  # first: it wins a tie with the list item of the same words
    spans += compound_spans(doc)
    spans += head_in_field_spans(doc)
    spans += related_spans(doc)
    spans += bloc_spans(doc)
    spans += cue_spans(doc)
    spans += branch_spans(doc)
    spans += exchange_spans(doc)
    spans += supervised_spans(doc)
    spans += new_unit_spans(doc)
    spans += lab_field_spans(doc)
    spans += culture_days_spans(doc)
    spans += fair_spans(doc)
    spans += undergone_spans(doc)
    spans += anniversary_spans(doc)
    spans += named_spans(doc)
    spans += titled_grant_spans(doc)
    spans += named_scheme_spans(doc)
    spans += studies_spans(doc)
    spans += trained_for_spans(doc)
    spans += sector_spans(doc)
    spans += language_spans(doc)
    spans += bullet_spans(doc)
    spans += discipline_spans(doc)
    spans += named_scholarship_spans(doc)
    spans += abroad_people_spans(doc)
    spans += named_plan_spans(doc)
    spans += _agreed_scheme_spans(doc, spans)
    tail = min(page_tail(doc.text), boilerplate_start(doc.text))
    profiles = profile_sentences(doc)
    text = doc.text
    spans = [s for s in spans if s[0] < tail and s[3] not in profiles and not _frame_of_fields(text, s)]
    spans += [s for s in _siblings(doc, spans) if not _frame_of_fields(text, s)]
    kept = _without_general_forms(_longest(spans, doc.text), canonical)
    labels = _labels(kept)
    skip = profiles | {n for n, s in enumerate(doc.sentences) if s.start >= tail}
    # a field right after "in" or "on" that the rules' sources missed ("research in petroleum engineering")
    labels += learned.field_runs(doc, labels, skip)
    # last: the learned labels no rule gave (off: unchanged), never from the tail, boilerplate or a profile
    ruled = len(labels)
    labels = learned.add_learned_topics(doc, labels, skip=skip)
    if len(labels) > ruled:
        labels = _without_learned_frames(doc, labels, ruled)
    labels = [(label, n) for label, n in labels if _LEVEL_ONLY.fullmatch(label) is None]
    if any(may_name_no_field(label) for label, _ in labels):
        labels = _without_counts_or_no_field(labels)
    return [Topic(label, doc.evidence(n)) for label, n in labels]


_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
_BULLET = re.compile(r"\s*(?:[-•*–·▪]|\d+[.)])\s")
#: A line of the page's tail is a headline or a tag: no longer than this.
_TAIL_LINE_WORDS = 15
#: A tail of one line is a tag ("Higher education"), no longer than this.
_TAG_WORDS = 4


def page_tail(text: str) -> int:
    r"""Where the page's tail begins: the lines after the article that are no sentences (other stories' headlines,
    a category tag, "Read more", a translator's credit); ``len(text)`` when there is none.

    >>> text = "The rector met the envoy.\n\nRead more\nIran and Peru discuss gas cooperation\n"
    >>> text[page_tail(text):].split("\n")[1]
    'Read more'
    """
    lines = text.split("\n")
    k, run, longest = len(lines), 0, 0
    while k > 0:
        line = lines[k - 1].strip()
        if line and (
            _SENTENCE_END.search(line) or len(line.split()) > _TAIL_LINE_WORDS or _BULLET.match(lines[k - 1])
        ):
            break
        if line:
            run, longest = run + 1, max(longest, len(line.split()))
        k -= 1
    if run == 0 or k == 0 or (run == 1 and longest > _TAG_WORDS) or lines[k - 1].rstrip().endswith(":"):
        return len(text)
    return sum(len(line) + 1 for line in lines[:k])


#: A sentence that presents an institution, not the news: its founding, its rank.
_PROFILE = re.compile(
    r"\b(?:(?:[Ff]ounded|[Ee]stablished)\s+in\s+\d{4}|is\s+ranked|ranked\s+(?:among|in\s+the\s+top|\d)|"
    r"ranks\s+(?:among|\d)|(?:QS|Times\s+Higher\s+Education)\s+(?:World\s+)?(?:University\s+)?Rankings?|"
    # its size: "one of the largest universities in Portugal", "has 12 faculties and offers 150 degree programmes"
    r"one\s+of\s+the\s+(?:largest|oldest|leading|biggest|top)\s+(?:[\w\-]+\s+){0,3}(?:universities|institutions)|"
    r"(?:has|with|offers|enrol+s|hosts)\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?\d[\d,]*\s+"
    r"(?:[\w\-]+\s+)?(?:faculties|schools|colleges|campuses|institutes|departments|(?:degree\s+)?programmes|"
    r"(?:degree\s+)?programs))"
)
#: Words of the news in a sentence: one that holds them presents no institution only.
_NEWS = re.compile(
    r"cooperat|collaborat|partner|agreement|memorand|mou\b|exchange|joint|signed|visit|discuss"
)


def profile_sentences(doc: Doc) -> set[int]:
    """The sentences that present an institution ("Founded in 1904, the university is ranked among the top 100"):
    its fields there are no topics of the news."""
    text = doc.text
    lower = text.lower()
    if len(lower) != len(text):
        lower = text  # a letter whose lower case is longer: offsets must hold (the words are then found less often)
    # the sentences holding a word of _PROFILE, found by str.find: one regex scan of the text costs 8x more;
    # a count of faculties or programmes has its number within a few words before
    candidates: set[int] = set()
    for word in _PROFILE_WORDS + _SIZE_WORDS:
        at = lower.find(word)
        while at >= 0:
            if word in _PROFILE_WORDS or _DIGIT.search(lower, max(0, at - 24), at) is not None:
                candidates.add(doc.sentence_at(at))
            at = lower.find(word, at + len(word))
    out: set[int] = set()
    for n in candidates:
        sentence = doc.sentences[n]
        if (
            _NEWS.search(lower, sentence.start, sentence.end) is None
            and _PROFILE.search(text, sentence.start, sentence.end) is not None
        ):
            out.add(n)
    return out


_DIGIT = re.compile(r"\d")
#: A word each branch of _PROFILE holds, in lower case; the words of its size branch apart.
_PROFILE_WORDS = (
    "founded in",
    "established in",
    "rank",
    "one of the l",
    "one of the o",
    "one of the b",
    "one of the t",
)
_SIZE_WORDS = ("facult", "school", "college", "campus", "institute", "department", "program")


#: Research done together, said before the fields it is in: "joint research in X and Y" is X and Y.
_FRAME = re.compile(r"joint\s+research", re.I)
#: What follows a frame when fields follow it: "in", "on" or "into" and a word in lower case.
_FIELDS_AFTER = re.compile(
    r"\s+(?:in|on|into)\s+(?:the\s+(?:fields?|areas?|spheres?|domains?)\s+of\s+)?(?!the\b|this\b|that\b|these\b|"
    r"their\b|its\b|our\b|a\b|an\b|which\b|\d)[a-z]"
)


def _frame_of_fields(text: str, span: Span) -> bool:
    """True for a span that is only the frame of the fields after it: "joint research" in "joint research in X"."""
    start, end = span[0], span[1]
    return (
        text[start] in "jJ"  # the cheap test first: this runs on every span
        and end - start < 40
        and _FRAME.fullmatch(text, start, end) is not None
        and _FIELDS_AFTER.match(text, end, end + 60) is not None
    )


def _without_learned_frames(doc: Doc, labels: list[tuple[str, int]], ruled: int) -> list[tuple[str, int]]:
    """The labels without those the model added after the rules' ``ruled`` first that are only the frame of the
    fields read after them in their sentence ("joint research" of "joint research in X and Y", which the rules
    leave out as a frame, ``_frame_of_fields``)."""
    out = labels[:ruled]
    for label, n in labels[ruled:]:
        if _FRAME.fullmatch(label) is not None:
            sentence = doc.sentences[n]
            text = doc.text
            if any(
                _FIELDS_AFTER.match(text, m.end(), m.end() + 60) is not None
                for m in _FRAME.finditer(text, sentence.start, sentence.start + len(sentence.text))
            ):
                continue
        out.append((label, n))
    return out


#: A topic whose list items beside it are read: no longer than this many words ("in sustainable water resources
#: management, hydrology and ecology": four).
_SIBLING_OF_WORDS = 4


def _siblings(doc: Doc, spans: list[Span]) -> list[Span]:
    """The items listed beside a topic found ("in medicine, dentistry and pharmacy": dentistry beside medicine)."""
    text = doc.text
    out: list[Span] = []
    known = {s[0] for s in spans}
    for start, end, raw, n in spans:
        # a list goes on after the topic: a comma, "and" or "or" next (cheap tests first)
        if text[end : end + 1] != "," and (
            text[end : end + 1] != " " or LIST_ON.match(text, end, end + 6) is None
        ):
            continue
        words = raw.split()
        if len(words) > _SIBLING_OF_WORDS or not raw[:1].islower() or "," in raw or " and " in raw:
            continue
        sentence = doc.sentences[n]
        for item, s, e in sibling_items(text, start, end, sentence.start, sentence.end, known):
            out.append((s, e, item, n))
    return out


def _agreed_scheme_spans(doc: Doc, others: list[Span]) -> list[Span]:
    """The scheme's labels within one sentence; a long one only beside a name or another source's span."""
    text = doc.text
    named = {m.sentence for m in doc.org_mentions} | {m.sentence for m in doc.person_mentions}
    found = sorted((s[0], s[1]) for s in others)
    longest = max((e - s for s, e in found), default=0)
    out: list[Span] = []
    for start, end in scheme_spans(doc):
        n = doc.sentence_at(start)
        if end <= doc.sentences[n].end and (
            n in named
            or len(text[start:end].split()) < _SCHEME_ALONE_WORDS
            or _overlaps(found, longest, start, end)
        ):
            out.append((start, end, text[start:end], n))
    return out


def _overlaps(spans: list[tuple[int, int]], longest: int, start: int, end: int) -> bool:
    """True when one of the sorted ``spans`` (none longer than ``longest``) shares a character with start..end."""
    low, high = bisect_left(spans, (start - longest, -1)), bisect_left(spans, (end, -1))
    return any(start < e for _, e in spans[low:high])


def _longest(spans: list[Span], text: str) -> list[Span]:
    """The spans in text order, each dropped that lies inside one kept before it (the longer).

    Two that share words ("academic exchange" and "exchange of students") are one topic, the words of both.
    """
    kept: list[Span] = []
    reach = -1
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[1] <= reach:
            continue
        last = kept[-1] if kept else None
        if last is not None and span[0] < reach and span[3] == last[3]:
            kept[-1] = (last[0], span[1], text[last[0] : span[1]], last[3])
        else:
            kept.append(span)
        reach = span[1]
    return kept


def _without_general_forms(kept: list[Span], canonical: dict[tuple[int, int], str]) -> list[Span]:
    """Drop a gazetteer topic whose label's stems are a part of another gazetteer topic's label found.

    "reforms" beside "draft of the new Constitution" (constitutional reform): the general variant
    of a topic the article also names in its specific form adds nothing.
    """
    labels = {content_stems(canonical[s[0], s[1]]) for s in kept if (s[0], s[1]) in canonical}
    return [
        s
        for s in kept
        if (s[0], s[1]) not in canonical
        or not any(content_stems(canonical[s[0], s[1]]) < other for other in labels)
    ]


#: A joint programme named by its level alone ("a joint master's programme") is a programme of the record, not a
#: field: the field is what it is in ("a joint master's programme in data science" is data science).
_LEVEL_ONLY = re.compile(
    r"(?:new\s+)?joint\s+(?:master['’]?s?|bachelor['’]?s?|doctoral|graduate|postgraduate|undergraduate)"
    r"(?:\s+degree)?\s+program(?:me)?s?",
    re.I,
)


#: A number in a label, in digits (not a year) or in words: "200", "five", "hundreds".
_NUMBER = r"(?:(?!(?:19|20)\d\d\b)\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundreds?)\b"
#: A level of study, or two, with no field: "bachelor's degrees", "master's and doctoral studies".
_LEVEL = (
    r"(?:bachelor|master|doctoral|phd|doctorate)(?:['’]?s)?(?:\s+(?:and|or)\s+(?:bachelor|master|doctoral|phd|doctorate)"
    r"(?:['’]?s)?)?(?:\s+(?:degrees?|studies))?"
)
#: A level of study in a place: "master's and doctoral studies in Japan" (not "master's degrees in Data Science").
_LEVEL_IN = re.compile(rf"{_LEVEL}\s+in\s+(?P<place>(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*))?)", re.I)
#: The number words "one" to "ten", as a regex alternation.
_ONE_TO_TEN = "|".join(UNIT_WORDS[1:11])
#: The branches of _NO_FIELD that hold at a label's start.
_NO_FIELD_AT_START = (
    r"^(?:fall|spring|autumn|summer|winter)\s+(?:19|20)\d\d$|"
    r"^(?:supported|hoped|proposed|founded|planned|offered|implemented|signed|agreed|discussed|launched|held|"
    r"established|announced|noted|said)$|"
    r"^(?:general|institutional|overall)\s+(?:cooperation|collaboration|exchanges?|relations|ties|links|contacts)$|"
    r"^similar\s|"
    # what a grant or a stay pays for: "the scholarship covers tuition, accommodation and a monthly stipend" (not
    # "tuition fees", a matter of policy that talks discuss)
    r"^(?:covering\s+)?(?:(?:monthly|annual|full|free|partial)\s+)?(?:tuition|accommodation|stipends?|"
    r"allowances?|(?:health|medical)\s+insurance|airfares?|air\s+tickets?|(?:travel|living)\s+(?:costs|expenses)|meals)"
    r"(?:\s+of\s.*)?$|^conditions\s+of\s+accommodation\b|"
    # a level of study alone: "students will pursue bachelor's degrees", "master's and doctoral studies"
    rf"^{_LEVEL}$|"
    # a span of time: "one year in Almaty", "the first five years", "before the end of the year"
    rf"^(?:first|next|last|coming|past|another|\d+|{_ONE_TO_TEN})\s+(?:[\w\-]+\s+)?"
    r"(?:years?|months?|weeks?|semesters?|decades?)(?:\s+(?:in|of)\s.*)?$|^(?:before|by|until|after)\s+the\s+end\s+of\b|"
    # a word of no field read alone after an infinitive, in lower case: "ready to do more", "meant to change that";
    # "general" of "cooperation in general"
    r"(?-i:^(?:more|less|much|further|up|first|later|again|together|that|this|it|so|general|extend|prepare|change|double|expand|"
    r"strengthen|develop|continue|improve|increase|deepen|boost|including|proposals?)$)|"
    # an act, not its field: a verb of doing first, in lower case ("connecting the university with industry",
    # "co-funding the summer school", "promised to facilitate contacts")
    r"(?-i:^(?:connecting|bringing|co-?\s?funding|describing|expanding|increasing|strengthening|promoting|enhancing|"
    r"improving|boosting|deepening|fostering|encouraging|facilitating|establishing|launching|signing|attracting|"
    r"welcoming|implementing|introducing|exploring|discussing|ensuring|promised|encouraged|pledged|vowed)\s)|"
    # a number of no field: "the highest number", "whose number"
    r"^(?:[\w\-]+\s+)?number$"
)
#: The branches of _NO_FIELD found anywhere in a label.
_NO_FIELD_INSIDE = (
    rf"\b(?:more\s+than|over|up\s+to|about|another|to)\s+{_NUMBER}|\b\d[\d,]*\s+(?:places|seats|quotas?)$|"
    # a person's office or a press item: "the ambassador", "the Deputy Minister of Education", "the press release"
    r"(?:^|\s)(?:ambassadors?|ministers?|consuls?|envoys?|presidents?)$|\bminister\s+of\b|\bvice[\s\-]president\s+for\b|"
    r"\bpress\s+(?:office|release)$"
)
#: A label that names no field, whatever source gave it: a count ("more than 200 programmes", "Mongolia 10 places",
#: "a quota raised to 250", "another five years"), a term ("fall 2027"), a verb alone ("proposed"), a tie of no field
#: ("general cooperation", "institutional ties"), a pointer to another thing ("a similar arrangement"), what a grant
#: pays for ("tuition"), a level of study alone, a span of time, an act or an office rather than its field.
_NO_FIELD = re.compile(f"{_NO_FIELD_AT_START}|{_NO_FIELD_INSIDE}", re.I)

#: The time a tie has lasted, after its field: "partners in engineering for decades" is engineering.
_FOR_TIME = re.compile(
    r"\s+for\s+(?:(?:many|several|some|the\s+past|\d+|two|three|four|five|ten)\s+)?(?:years|decades|months)$",
    re.I,
)


#: How many of a thing a label counts, its field after it: "exchange of up to ten students" is exchange of students.
_COUNTED = re.compile(
    rf"\b(?:more\s+than|over|up\s+to|about|some|nearly|almost|at\s+least)\s+{_NUMBER}\s+(?=[^\W\d])", re.I
)


#: Whether ``_without_counts_or_no_field`` has work: a label that _COUNTED, _NO_FIELD_INSIDE or _FOR_TIME finds
#: anywhere, in one scan instead of three.
_COUNTED_OR_NO_FIELD = re.compile(
    f"(?:{_COUNTED.pattern})|(?:{_NO_FIELD_INSIDE})|(?:{_FOR_TIME.pattern})", re.I
)
#: Its branches that hold at a label's start, tried there only (``match``): one scan of every branch at every
#: position costs three times as much.
_NO_FIELD_FIRST = re.compile(f"(?:{_NO_FIELD_AT_START})|(?:{_LEVEL_IN.pattern})", re.I)


def may_name_no_field(label: str) -> bool:
    """Whether ``_without_counts_or_no_field`` may change or drop the label (False: it keeps it as it is)."""
    return _NO_FIELD_FIRST.match(label) is not None or _COUNTED_OR_NO_FIELD.search(label) is not None


def _without_counts_or_no_field(labels: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The labels without the counts they tell, the time after a field (_FOR_TIME) and those that name no field
    (_NO_FIELD); a label that is one word once its count is gone ("more than 200 programmes") is gone too."""
    out: list[tuple[str, int]] = []
    for label, n in labels:
        bare = _COUNTED.sub("", label)
        if bare != label and len(bare.split()) < 2:
            continue
        bare = _FOR_TIME.sub("", bare)
        level = _LEVEL_IN.fullmatch(bare)
        if level is not None and (country_of(level["place"]) or city_country(level["place"])):
            continue
        if _NO_FIELD.search(bare) is None and all(bare.lower() != other.lower() for other, _ in out):
            out.append((bare, n))
    return out


def _labels(kept: list[Span]) -> list[tuple[str, int]]:
    """(label, sentence) of each topic as tidied, none whose content stems another one holds."""
    found: list[tuple[frozenset[str], str, int]] = []
    for _start, _end, raw, n in kept:
        for label in _two_fields(distribute(surface(raw))):
            content = content_stems(label)
            if (
                not label
                or not content
                or _LEVEL_ONLY.fullmatch(label)
                or any(content <= other for other, _, _ in found)
            ):
                continue
            found = [f for f in found if not f[0] < content]
            found.append((content, label, n))
    return [(label, n) for _, label, n in found]


#: Fields so broad that a pair of them is one field of its own: "science and education", "research and development".
_BROAD = frozenset(
    [
        "science",
        "sciences",
        "education",
        "culture",
        "technology",
        "technologies",
        "research",
        "development",
        "teaching",
        "innovation",
        "innovations",
    ]
)
_PAIR = re.compile(r"(?P<a>[^,]+?) and (?P<b>[^,]+)")
#: A modifier's ending: "cultural and educational exchange" shares its head, one kind of exchange.
_ADJECTIVE = ("al", "ic", "ive", "ous", "ary", "ful", "ible", "able", "ian", "ese", "ish")
#: A pair of phrases this long at most splits into two fields: "renewable energy and water security".
_PAIR_PHRASE_WORDS = 3


@lru_cache(maxsize=16384)
def _two_fields(labels: tuple[str, ...]) -> tuple[str, ...]:
    """ "medicine and pharmacy", "renewable energy and water security": two fields, each its own topic.

    A pair stays one where it is one field ("science and education", "oil and gas"), where its first part is a
    modifier of a shared head ("cultural and educational exchange"), a plural pair ("competitions and forums") or
    names people ("students and teachers").
    """
    out: list[str] = []
    for label in labels:
        match = _PAIR.fullmatch(label)
        if match is None or not _apart(match["a"].split(), match["b"].split()) or PEOPLE.search(label):
            out.append(label)
        else:
            out += [match["a"], match["b"]]
    return tuple(out)


def _apart(a: list[str], b: list[str]) -> bool:
    """True when the two sides of "a and b" name a field each."""
    if a[-1].endswith(_ADJECTIVE) or "and" in b or "of" in a or "of" in b:
        return False
    if len(a) == 1 and 1 < len(b) <= _PAIR_PHRASE_WORDS and b[0].endswith(_ADJECTIVE):
        # a field's noun beside a field named by an adjective and its noun: "tourism and cultural exchange"
        return a[0].endswith(FIELD_ENDS) or a[0].lower() in _BROAD or a[0].lower() in _FIELD_HEADS
    if len(a) == 1 and len(b) == 1:
        # two nouns of fields, neither broad, not a plural pair: "medicine and pharmacy", "geology and mining"
        return (
            a[0].lower() not in _BROAD
            and b[0].lower() not in _BROAD
            and not (a[0].endswith("s") and b[0].endswith("s"))
            and a[0].endswith(FIELD_ENDS)
            and b[0].endswith(FIELD_ENDS)
        )
    # two phrases of two words or more, each ending in a field's noun: "renewable energy and water security"
    return (
        1 < len(a) <= _PAIR_PHRASE_WORDS
        and 1 < len(b) <= _PAIR_PHRASE_WORDS
        and _field_head(a[-1])
        and _field_head(b[-1])
    )


#: Nouns of fields that end like no other field's noun.
_FIELD_HEADS = frozenset(["energy", "health", "safety", "law", "security", "water", "agriculture"])


def _field_head(word: str) -> bool:
    """True for the last word of a phrase that names a field: "(renewable) energy", "(food) security"."""
    return word.lower() in _FIELD_HEADS or (
        word.endswith(FIELD_ENDS) and not word.endswith(("s", "'s", "’s"))
    )
