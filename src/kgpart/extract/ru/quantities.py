"""Numbers and dates written in Russian: "более 300", "восемь", "в среду", "31 мая".

Dates resolve against the publication date, never against today.
"""

from __future__ import annotations

import datetime as dt
import re

from kgpart.extract.ru.lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS
from kgpart.extract.ru.nlp import lemma

_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+")
_MONTH_WORDS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_DAY_MONTH = re.compile(rf"\b([0-3]?\d)\s+({_MONTH_WORDS})(?:\s+(\d{{4}})\s*(?:г\.|года)?)?", re.I)
_NUMERIC_DATE = re.compile(r"\b([0-3]\d)\.([01]\d)\.(\d{4})\b")
_WEEKDAY = re.compile(
    r"\bв[о]?\s+(?:(минувш\w+|прошл\w+|эт[оиу]\w*|нынешн\w+|следующ\w+|предстоящ\w+|ближайш\w+)\s+)?"
    r"(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b",
    re.I,
)
_RELATIVE = re.compile(r"\b(сегодня|вчера|позавчера)\b", re.I)


def number_at(words: list[str]) -> int | None:
    """The number the words spell: "300", "1 200", "восемь", "двадцать пять", "тысяча"."""
    if not words:
        return None
    if _NUMBER.fullmatch(words[0]):
        value = int(re.sub(r"\D", "", words[0]))
        if len(words) > 1 and lemma(words[1]) in ("тысяча", "тыс."):
            value *= 1000
        return value
    total, seen = 0, False
    for word in words:
        value = NUMBER_WORDS.get(lemma(word), 0)
        if not value:
            break
        total = total * value if value == 1000 and total else total + value
        seen = True
    return total if seen else None


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def date_in(sentence: str, published: dt.date | None) -> str | None:
    """The date a sentence gives, as ISO 8601, resolved against the publication date."""
    if match := _NUMERIC_DATE.search(sentence):
        found = _safe(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        return found.isoformat() if found else None
    if match := _DAY_MONTH.search(sentence):
        return _day_month(match, published)
    if published is None:
        return None
    if match := _WEEKDAY.search(sentence):
        return _weekday(match, published).isoformat()
    if match := _RELATIVE.search(sentence):
        days = {"сегодня": 0, "вчера": 1, "позавчера": 2}[match.group(1).lower()]
        return (published - dt.timedelta(days=days)).isoformat()
    return None


def _weekday(match: re.Match[str], published: dt.date) -> dt.date:
    """ "в среду": the most recent Wednesday up to publication; "в прошлую среду": before it;
    "в следующую среду": the next one after it."""
    which, wanted = (match.group(1) or "").lower(), WEEKDAYS[lemma(match.group(2))]
    if which.startswith(("следующ", "предстоящ", "ближайш")):
        return published + dt.timedelta(days=(wanted - published.weekday()) % 7 or 7)
    back = (published.weekday() - wanted) % 7
    if which.startswith(("минувш", "прошл")):
        back = back or 7  # a past week's day, not the day of publication
    return published - dt.timedelta(days=back)


def _day_month(match: re.Match[str], published: dt.date | None) -> str | None:
    day, month = int(match.group(1)), MONTHS[lemma(match.group(2))]
    if match.group(3):
        found = _safe(int(match.group(3)), month, day)
        return found.isoformat() if found else None
    if published is None:
        return None
    found = _safe(published.year, month, day)
    if found and found > published + dt.timedelta(days=2):
        found = _safe(published.year - 1, month, day)
    return found.isoformat() if found else None
