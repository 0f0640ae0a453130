"""Dates in article text, resolved against the publication date (never today)."""

from __future__ import annotations

import datetime as dt
import re

from kgpart.extract.gazetteer import MONTHS, WEEKDAYS

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

#: One alternation for every date form we read; named groups tell which matched.
DATE_RE = re.compile(
    rf"(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
    rf"|(?P<dots>\b[0-3]?\d\.[01]?\d\.\d{{4}}\b)"
    rf"|(?P<mdy>\b{_MONTH}\s+{_DAY}(?:,?\s+(?P<mdy_y>\d{{4}}))?\b)"
    rf"|(?P<dmy>\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<dmy_y>\d{{4}}))?\b)"
    rf"|(?P<weekday>\b(?:(?i:on|last|this|past)\s+)?{_WEEKDAY}\b)"
    r"|(?P<rel>\b(?i:today|yesterday|last week|this week|earlier this week|the day before yesterday)\b)"
)


def _month(word: str) -> int:
    return (
        MONTHS[word.lower().rstrip(".")[:4].rstrip()]
        if word.lower().rstrip(".")[:4] in MONTHS
        else MONTHS[word.lower()[:3]]
    )


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(text: str, year_text: str | None, published: dt.date | None) -> dt.date | None:
    parts = re.findall(r"[A-Za-z]+|\d+", text)
    words = [p for p in parts if p.isalpha() and p.lower() != "of" and p.lower().rstrip(".")[:3] in MONTHS]
    nums = [p for p in parts if p.isdigit() and len(p) <= 2]
    if not words or not nums:
        return None
    month, day = _month(words[0]), int(nums[0])
    if year_text:
        return _safe(int(year_text), month, day)
    if published is None:
        return None
    found = _safe(published.year, month, day)
    # a day-month without a year in a news item is the most recent such day up to publication
    if found and found > published + dt.timedelta(days=2):
        found = _safe(published.year - 1, month, day)
    return found


def _weekday(text: str, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    target = WEEKDAYS[text.split()[-1].lower()]
    back = (published.weekday() - target) % 7
    # "on Monday" in a report published on a Monday most likely means that very day;
    # "last Monday" then means the week before
    if back == 0 and text.split()[0].lower() in ("last", "past"):
        back = 7
    return published - dt.timedelta(days=back)


def _relative(text: str, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    text = text.lower()
    offsets = {"today": 0, "yesterday": 1, "the day before yesterday": 2, "last week": 7}
    if text in offsets:
        return published - dt.timedelta(days=offsets[text])
    return published


def resolve(match: re.Match[str], published: dt.date | None) -> dt.date | None:
    """Turn one DATE_RE match into a date, or None when it cannot be pinned down."""
    text = match.group(0)
    if match.group("iso"):
        y, m, d = (int(x) for x in text.split("-"))
        return _safe(y, m, d)
    if match.group("dots"):
        d, m, y = (int(x) for x in text.split("."))  # day first, as the genre writes it (12.03.2024)
        return _safe(y, m, d)
    if match.group("mdy"):
        return _month_day(match.group("mdy"), match.group("mdy_y"), published)
    if match.group("dmy"):
        return _month_day(match.group("dmy"), match.group("dmy_y"), published)
    if match.group("weekday"):
        return _weekday(text, published)
    if match.group("rel"):
        return _relative(text, published)
    return None


#: "on 5th May", "On the 3rd of June": the date an event took place on.
_ON_BEFORE = re.compile(r"\b[Oo]n\s+(?:the\s+)?$")
#: "since 12 March", "until 2025", "from 1 May": a date that starts or ends a span, not an event's.
_SPAN_BEFORE = re.compile(
    r"\b(?:[Ss]ince|[Uu]ntil|[Ff]rom|[Ss]tarting|[Bb]y|[Bb]efore|[Aa]fter)\s+(?:the\s+)?$"
)
#: What may stand before a date that opens a sentence: "On 5 May, ...", "Today, June 6, 2022, ...".
_LEADING = re.compile(r"\s*(?:(?:[Oo]n|[Tt]oday,?|[Yy]esterday,?)\s*)*")
#: The dash after a dateline's date: "MACAU, May 9 - The consul ...", "Astana, 12 March 2024 – ...".
_DATELINE_DASH = re.compile(r"^\s*(?:\(\w+\)\s*)?[-–—]\s")


def _rank(sentence: str, match: re.Match[str]) -> tuple[bool, bool, bool, bool, bool]:
    """Sort key of a date in a sentence: the event's own date first.

    A date in the dateline ("MACAU, May 9 - ...", or a bare ISO date of the page before the text) comes
    last, then a date that bounds a span ("since 12 March"); a date after "on" comes before others, the
    one that opens the sentence ("On Wednesday, the rector, who signed it on 12 March, met ...") first;
    a calendar date beats "today" or "on Monday".
    """
    before = sentence[max(0, match.start() - 12) : match.start()]
    text = match.group(0)
    dateline = match.start() < 60 and (
        bool(_DATELINE_DASH.match(sentence[match.end() : match.end() + 12])) or bool(match.group("iso"))
    )
    relative = match.group("weekday") is not None or match.group("rel") is not None
    on = text[:3].lower() == "on " or bool(_ON_BEFORE.search(before))
    leading = _LEADING.fullmatch(sentence, 0, match.start()) is not None
    return dateline, bool(_SPAN_BEFORE.search(before)), not on, not leading, relative


_DIGIT = re.compile(r"\d")


def find_date(sentence: str, published: dt.date | None) -> dt.date | None:
    """Return the first date in ``sentence`` that can be resolved.

    >>> find_date("They met on Wednesday.", dt.date(2021, 10, 7))
    datetime.date(2021, 10, 6)
    >>> find_date("On November 20, a delegation came.", dt.date(2019, 11, 22))
    datetime.date(2019, 11, 20)
    """
    if _DIGIT.search(sentence) is None and not ("day" in (low := sentence.lower()) or "week" in low):
        return None  # every form of DATE_RE holds a digit, a weekday, "today", "yesterday" or "week"
    matches = list(DATE_RE.finditer(sentence))
    if len(matches) > 1:
        ranks = {m.start(): _rank(sentence, m) for m in matches}
        matches.sort(key=lambda m: ranks[m.start()])
        if ranks[matches[-1].start()][0] and not matches[-1].group("iso"):
            # "NAIROBI, 12 March 2024 - ... on Monday": the dateline's day is the one "Monday" counts from
            published = resolve(matches[-1], published) or published
    for match in matches:
        found = resolve(match, published)
        if found is not None:
            return found
    return None


#: A date that opens a sentence and is followed by its clause: "On 3 May 2024, ...", "Today, June 6, ...".
_OPENING = re.compile(r"\s*(?:(?:[Oo]n|[Tt]oday,?|[Yy]esterday,?)\s+(?:the\s+)?)?")


def opening_date(sentence: str, published: dt.date | None) -> dt.date | None:
    """The date a sentence opens with when a clause follows it ("On December 3, 2019 Mr. X visited ...").

    A lead sentence so opened tells when the event of the headline above it took place. A line that is
    only a date (the page's publication line) or a dateline ("ASTANA, 5 May - ...") opens no clause.

    >>> opening_date("On 2 November, the department held a meeting.", dt.date(2022, 11, 4))
    datetime.date(2022, 11, 2)
    >>> opening_date("4 November 2022", dt.date(2022, 11, 4)) is None
    True
    """
    lead = _OPENING.match(sentence)
    match = DATE_RE.match(sentence, lead.end() if lead else 0)
    if match is None or match.group("rel"):
        return None
    rest = sentence[match.end() :]
    if not re.match(r",?\s+(?:the\s+|a\s+|an\s+)?[A-Za-z]", rest) or _DATELINE_DASH.match(rest):
        return None
    return resolve(match, published)


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """Accept a date, an ISO string or None; raise ValueError on a malformed string."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value.strip())
