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


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


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


def find_date(sentence: str, published: dt.date | None) -> dt.date | None:
    """Return the first date in ``sentence`` that can be resolved.

    >>> find_date("They met on Wednesday.", dt.date(2021, 10, 7))
    datetime.date(2021, 10, 6)
    >>> find_date("On November 20, a delegation came.", dt.date(2019, 11, 22))
    datetime.date(2019, 11, 20)
    """
    matches = list(DATE_RE.finditer(sentence))
    # an explicit calendar date beats "today" or "on Monday" in the same sentence
    matches.sort(key=lambda m: m.group("weekday") is not None or m.group("rel") is not None)
    for match in matches:
        found = resolve(match, published)
        if found is not None:
            return found
    return None


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """Accept a date, an ISO string or None; raise ValueError on a malformed string."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value.strip())
