"""A Russian article -> the same Record an English one gives, evidence spans into the Russian text."""

from __future__ import annotations

import datetime as dt

from kgpart.extract.record import Record, Source
from kgpart.extract.ru.cohorts import find_cohorts
from kgpart.extract.ru.document import RuDoc
from kgpart.extract.ru.english import english_aliases
from kgpart.extract.ru.facts import find_meetings, find_partnerships, find_programmes
from kgpart.extract.ru.orgs import find_orgs, live_orgs
from kgpart.extract.ru.persons import find_persons
from kgpart.extract.ru.topics import find_topics


def extract_russian(
    text: str, *, published: dt.date | None = None, url: str | None = None, title: str | None = None
) -> Record:
    """Read a Russian article's text into a record.

    >>> rec = extract_russian("Ректор Казахского национального университета Жансеит Туймебаев встретился с послом.")
    >>> rec.persons[0].name, rec.persons[0].affiliation
    ('Жансеит Туймебаев', 'Казахский национальный университет')
    """
    doc = RuDoc.read(text, published)
    find_orgs(doc)
    find_persons(doc)
    for org in live_orgs(doc):  # the English names that join it to the same institution in English articles
        org.aliases.extend(english_aliases([org.name, *org.aliases]))
    meetings = find_meetings(doc)
    return Record(
        persons=doc.persons,
        organizations=live_orgs(doc),
        meetings=meetings,
        partnerships=find_partnerships(doc, meetings),
        programmes=find_programmes(doc, meetings),
        cohorts=find_cohorts(doc),
        topics=find_topics(doc),
        source=Source(url, published.isoformat() if published else None, title, "ru"),
    )
