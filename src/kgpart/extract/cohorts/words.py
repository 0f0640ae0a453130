"""The shared vocabulary of cohorts: who is counted and how a count is written.

The words that name people who study or work abroad (students, researchers, "Kenyans", "600 Vietnamese
studying"), counts in digits, words or dozens (``COUNT_RE``, ``parse_count``), ``PEOPLE_COUNT`` (a count
of people with the approximation before it) and its fast lower-case scan (``_cohort_matches``),
``NAMES_PEOPLE`` as a cheap test, ``is_year``, a cohort's status and the country its people come from,
and the few patterns of place and origin ("at the university", "from B", "went abroad") that several
readers of this package share. The programmes readers import the public names from here.
"""

from __future__ import annotations

import re

from kgpart.extract.gazetteer import WHO_WORDS, country_of, demonyms, find_countries
from kgpart.extract.numbers import NUMBER_RE, parse_number
from kgpart.extract.patterns import AsciiFolded, trie_pattern
from kgpart.extract.topics.keyed import first_letter_gate

#: People named by their country in the plural: "1,000 Estonians", "300 Kenyans", "Pakistanis", "Uzbeks";
#: a demonym ending in a hiss ("Polish", "Swiss", "Chinese", "Kyrgyz") takes no plural "s".
_NATIONALS = sorted(
    {
        f"{d}s"
        for d in demonyms()
        if d.endswith(("an", "i", "k", "h", "t", "o", "e")) and not d.endswith(("sh", "ch", "ese"))
    }
)


#: Who a cohort is beyond the shared list: school pupils, cadets, doctoral candidates.
_MORE_WHO = [
    "academics",
    "learners",
    "youths",
    "engineers",
    "educators",
    "instructors",
    "postdocs",
    "schoolchildren",
    "schoolboys",
    "schoolgirls",
    "cadets",
    "postgraduates",
    "doctoral candidates",
    "doctoral fellows",
    "staff",
    "members of staff",
    "scholarship holders",
    "civil servants",
    "girls",
    "nurses",
    "doctors",
    "physicians",
    "foreigners",
    "officials",
    "professionals",
    "women",
    "officers",
    "servicemen",
    "midshipmen",
    "diplomats",
    "journalists",
]


#: Nationals whose plural is not the demonym with "s": "200 Poles", "300 Turks".
_IRREGULAR_NATIONALS = {
    "Poles": "Polish",
    "Turks": "Turkish",
    "Swedes": "Swedish",
    "Danes": "Danish",
    "Finns": "Finnish",
    "Czechs": "Czech",
    "Britons": "British",
    "Turkmens": "Turkmen",
}


#: Who a cohort is, as one prefix tree of the words (a long alternation is slow to scan).
_WHO_WORDS = trie_pattern([*WHO_WORDS.split("|"), *_NATIONALS, *_IRREGULAR_NATIONALS, *_MORE_WHO], fold=True)


#: A demonym that is its own plural ("600 Vietnamese", "200 Kyrgyz") counts people only before a verb of study:
#: "20 Chinese universities" counts no one.
_SAME_PLURAL = trie_pattern(
    [d for d in demonyms() if d.endswith("ese")] + ["Kyrgyz", "Swiss", "Turkmen"], fold=True
)


_SAME_PLURAL_WHO = (
    rf"(?:{_SAME_PLURAL})(?=\s+(?:(?:are|were|is|currently|now|also|still|have|had|already)\s+)*"
    r"(?:study|studies|studying|studied|enrolled|trained|training|graduated|pursuing|attend|attending)\b)"
)


#: "people | youth" count people who study only before a verb of study ("2,000 people from Afghanistan are
#: studying", "1,000 Kazakh youth study"): "5,000 people visited China", "12 youth centres" count no cohort.
_PEOPLE_WHO = (
    r"(?:people|persons|youth)(?=(?:\s+from\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)?\s+"
    r"(?:(?:are|were|is|currently|now|also|still|have|had|already)\s+)*"
    r"(?:study|studies|studying|studied|enrolled|trained|training|graduated|pursuing|receiving)\b)"
)


#: Up to three words before who ("Kazakh PhD students"), none a number or "and": "12 faculties and 300 professors"
#: counts the faculties.
#: Two words of a kind joined by "and" before who ("bachelor's and master's", "undergraduate and postgraduate"); the
#: first is no plural ("12 faculties and students" counts the faculties) and no number follows "and".
_AND_KIND = (
    r"(?:[\w\-]+[’']s|[\w\-]*[a-rt-z])\s+and\s+(?!\d)[\w’'\-]+\s+"  # no capital escapes: see _lower_literals
)


_WHO = (
    rf"(?:(?:{_AND_KIND}|(?:(?!\d|and\s)[\w’'\-]+\s+){{0,3}}?)"
    rf"(?:{_WHO_WORDS}|{_SAME_PLURAL_WHO}|{_PEOPLE_WHO}))"
)


#: Counts told in dozens or as "a hundred | a thousand", which NUMBER_RE does not read: "two dozen", "a thousand".
_ROUND_COUNT = (
    r"(?:(?:two|three|four|five|six|several|half\s+a)\s+dozen|a\s+(?:hundred|thousand))(?!\s+(?:and|of)\b)"
)


#: A count of people: in digits, in words or in round words.
COUNT_RE = rf"(?:{_ROUND_COUNT}|{NUMBER_RE})"


_DOZENS = {"a": 12, "two": 24, "three": 36, "four": 48, "five": 60, "six": 72, "half": 6}


def parse_count(text: str) -> int | None:
    """The integer a count of people tells: ``parse_number``, and "two dozen" (24), "a thousand" (1000).

    >>> parse_count("two dozen"), parse_count("a thousand"), parse_count("1,245")
    (24, 1000, 1245)
    """
    if text[:1].isdigit():
        return parse_number(text)  # the common case: digits
    words = text.lower().split()
    if words[-1:] == ["dozen"] and len(words) > 1:
        return _DOZENS.get(words[0])  # "several dozen": no number
    if len(words) == 2 and words[0] == "a" and words[1] in ("hundred", "thousand"):
        return 100 if words[1] == "hundred" else 1000
    return parse_number(text)


_PRE = (
    r"\b(?:more\s+than|(?:well\s+|just\s+)?over|around|about|roughly|approximately|nearly|almost|some|"
    r"up\s+to|upwards\s+of|at\s+least|close\s+to|an\s+estimated|in\s+excess\s+of)\s+"
)


_COUNT_WHO = rf"(?<![\w,.+])(?P<num>{COUNT_RE})(?:-(?:strong|member|person))?\s+(?P<who>{_WHO})\b"


PEOPLE_COUNT = re.compile(rf"(?P<pre>{_PRE})?{_COUNT_WHO}", re.IGNORECASE)


_AT = re.compile(
    # "at various | 12 universities in Poland": how many is no part of the place
    r"\b(?:at|in|to|from)\s+(?:the\s+)?(?:(?:various|several|different|many|numerous|\d+)\s+)?"
    # "Kyrgyz medical universities": a country's universities of one kind
    r"(?P<generic>(?:[A-Z][\w’'\-]*\s+(?:(?:medical|technical|pedagogical|agricultural|state|public|private|"
    r"leading|top|major|higher\s+education(?:al)?)\s+)?)?(?:universities|institutions|colleges)"
    # "universities of | across Japan", "Chinese institutions of higher learning"
    r"(?:\s+(?:of|in|across|throughout)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?"
    r"|\s+of\s+higher\s+(?:learning|education))?"
    # "leading universities of Japan", "higher education institutions in Japan": a common word needs the country
    r"|(?:leading|top|major|state|public|private|partner|foreign|higher\s+education(?:al)?|educational)\s+"
    r"(?:universities|institutions|colleges)\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)\b"
    r"|\b(?P<there>there|here|with\s+us|(?:this|our|the)\s+(?:higher\s+)?(?:education(?:al)?\s+)?institution|(?:this|our|the)\s+(?:(?P<partner>partner|host)\s+|[A-Z][a-z]+\s+)?(?:university|institute|academy|college|campus|University|Institute|Academy|College)(?!\s+of\b))\b"
)


_STATUS = [
    (
        "completed",
        re.compile(
            r"\b(?:graduated|completed|finished|have\s+been\s+trained|defended|did|underwent|undergone)\b",
            re.I,
        ),
    ),
    ("planned", re.compile(r"\b(?:will|planned|expected|to\s+increase|by\s+20\d\d|plans?)\b", re.I)),
    ("active", re.compile(r"\b(?:continue|continuing|conducting|working|teaching|work)\b", re.I)),
]
_STATUS_FOLDED = [(status, AsciiFolded(pattern)) for status, pattern in _STATUS]


def _lower_literals(pattern: str) -> str:
    """The pattern's capitals in lower case, group names ("(?P<num>") left alone."""
    return re.sub(
        r"\(\?P[<=]\w+|[A-Z]", lambda m: m.group(0) if m.group(0)[0] == "(" else m.group(0).lower(), pattern
    )


#: A sentence must name who (students, researchers) for PEOPLE_COUNT to match there: a cheap test first.
NAMES_PEOPLE = re.compile(rf"\b(?:{_WHO_WORDS}|{_SAME_PLURAL_WHO})\b", re.IGNORECASE)


#: "people | youth" before a verb of study, lower-cased: the rest of the cheap test (a third branch in
#: NAMES_PEOPLE slows its scan of every sentence).
_PEOPLE_LOWER = re.compile(_lower_literals(rf"\b{_PEOPLE_WHO}"))


#: The same two patterns for lower-cased text, case-sensitive: several times faster to scan. A hit is
#: read again with the original pattern at the same place, so groups keep the article's case.
#: ``_WHO_ANY_LOWER`` has a look-ahead after its \b for the letters its words begin with (all but "x"), read from the
#: pattern by ``first_letter_gate``: at a word's edge the engine tests one class before entering the tree (~20 %
#: faster); the same matches.
_WHO_ANY_LOWER = re.compile(first_letter_gate(_lower_literals(NAMES_PEOPLE.pattern)))


_COHORT_LOWER = re.compile(_lower_literals(_COUNT_WHO))  # the words before the count are looked for at a hit


#: The words before a count ("more than", "an estimated"), at the end of the text before a hit.
_PRE_BEFORE = re.compile(rf"(?:{_PRE})$", re.IGNORECASE)
_PRE_BEFORE_FOLDED = AsciiFolded(_PRE_BEFORE)


def _status(text: str) -> str:
    lower = text.lower()
    return next((s for s, p in _STATUS_FOLDED if p.search(text, lower=lower)), "studying")


def _from_country(who: str, after: str) -> str | None:
    match = re.match(r"\s*(?:from|of)\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)", after)
    if match:
        found = find_countries(match.group(1))
        if found:
            return found[0][0]
    for word in who.split():
        word = _IRREGULAR_NATIONALS.get(word.capitalize(), word)
        country = country_of(word) or (country_of(word[:-1]) if word.endswith("s") else None)
        if country:
            return country
    return None


#: A cohort that left its institution: "went abroad", "were sent to", "did internships abroad".
_GONE = re.compile(
    r"\b(?:abroad|overseas|went|travel(?:l?ed|s)?|(?:were|was|been|be)\s+sent|left|go|going)\b", re.I
)


#: What comes just before an organisation that a cohort comes from ("graduated from A" is where they were, and "the
#: medical faculty of A" is A).
_ORIGIN = re.compile(
    r"(?<!graduated\s)(?<!graduate\s)(?<!faculty\s)(?<!department\s)(?<!campus\s)(?<!branch\s)\b(?:of|from)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def _cohort_matches(text: str, lower: str) -> list[re.Match[str]]:
    """``PEOPLE_COUNT.finditer(text)``, scanned on the lower-cased sentence where that is safe."""
    if len(lower) != len(text):  # lower() lengthened a rare letter: offsets would not agree
        return list(PEOPLE_COUNT.finditer(text)) if _names_people(text, text.lower()) else []
    if not _names_people(None, lower):
        return []
    out = []
    for hit in _COHORT_LOWER.finditer(lower):
        pre = (
            _PRE_BEFORE_FOLDED.search(lower, max(0, hit.start() - 30), hit.start(), lower=lower)
            if lower[hit.start() - 1 : hit.start()] == " "
            else None
        )
        match = PEOPLE_COUNT.match(text, pre.start() if pre else hit.start())
        if match is not None:
            out.append(match)
    return out


def _names_people(text: str | None, lower: str) -> bool:
    """True when a sentence (``lower``: lower-cased; ``text``: as written, when its case must be kept) names who a
    cohort is: the cheap test before the scan for counts."""
    if (NAMES_PEOPLE.search(text) if text is not None else _WHO_ANY_LOWER.search(lower)) is not None:
        return True
    return ("people" in lower or "youth" in lower or "persons" in lower) and _PEOPLE_LOWER.search(
        lower
    ) is not None


_YEAR = re.compile(r"(?:19|20)\d\d")


def is_year(num: str) -> bool:
    return _YEAR.fullmatch(num.strip()) is not None


#: A demonym used as an adjective: "Kazakh", "Egyptian", "South Korean" (case as written).
_DEMONYM = trie_pattern(sorted(demonyms()))


def written_form(country: str, surface: str) -> str:
    """``surface`` (a country as a text writes it: "Korea", "the UK", "Türkiye") without "the", when the graph reads
    it as the same country as our name ``country`` (kgpart.resolve.iso_code); else ``country``.

    >>> written_form("United Kingdom", "the UK"), written_form("South Korea", "Korea")
    ('UK', 'Korea')
    """
    form = surface.removeprefix("the ")
    if form == country:
        return country
    from kgpart.resolve import iso_code  # the graph's own reading of a country's name

    code = iso_code(form)
    return form if code is not None and iso_code(country) in (None, code) else country
