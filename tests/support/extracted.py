"""What the extractor finds in a short text, in the small shapes the extract tests compare.

The tests under ``tests/extract/<category>/`` write a sentence or two of their own, run the English
extractor on it and compare one part of the record. Each helper here runs ``extract_text`` and returns
that part. The publication date is a keyword (it decides relative dates and which facts are planned or
done); every helper but the topic ones, whose tests give none, needs it, so a test file binds it once::

    from functools import partial
    from support.extracted import cohort_pairs

    _pairs = partial(cohort_pairs, published="2025-11-20")

``lead`` is text put before the test's own (a title line such as ``"News\\n\\n"``, or a sentence that
names a meeting's parties before the topic under test).

Where two test files read a part differently (record order or sorted, with or without a status), both
readings are here under names of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from kgpart.extract import extract_text
from kgpart.extract.cohorts import learned_places
from kgpart.extract.doc import Doc
from kgpart.extract.entities import find_all_orgs, find_all_persons, resolve_acronyms
from kgpart.extract.record import Cohort, Organization, Programme, Record

__all__ = [
    "MEMORANDUM_LEAD",
    "assert_topics",
    "cohort_pairs",
    "cohort_triples",
    "cohort_triples_with_status",
    "cohorts",
    "doc_with_entities",
    "lower_topic_labels",
    "meeting_parties",
    "meeting_party_sets",
    "meeting_tuples",
    "meetings_found",
    "one_org",
    "one_programme",
    "org_names",
    "orgs",
    "partnership_pairs",
    "partnership_statuses",
    "person_aliases",
    "person_names",
    "place_after_repairs",
    "place_repairs_off",
    "programmes",
    "record",
    "sorted_cohort_pairs",
    "sorted_pair",
    "sorted_person_names",
    "topic_labels",
]

Published = dt.date | str | None

MeetingTuple = tuple[list[str], list[str], str | None]


def record(text: str, *, published: Published, lead: str = "") -> Record:
    """The English extractor's record of ``lead + text``.

    >>> [o.name for o in record("Ambassador of Peru Rosa Quispe visited Moi University.", published=None).organizations]
    ['Moi University', 'Embassy of Peru']
    """
    return extract_text(lead + text, published=published)


def doc_with_entities(text: str) -> Doc:
    """The document as the extraction has it when partnerships and topics are read: organisations
    found (acronyms resolved) and people found; the learned models' tests read their candidates from it."""
    doc = Doc.read(text, None)
    mentions = find_all_orgs(doc)
    resolve_acronyms(doc, mentions)
    find_all_persons(doc, mentions)
    return doc


# Cohorts


def place_after_repairs(text: str, count: int, at: str | None, from_country: str | None = None) -> str | None:
    """The place the cohort-place hook (``learned_places.rerank_places``) gives a cohort of ``count`` at ``at``
    told in the last sentence of ``text`` (after a title line)."""
    doc = doc_with_entities("News\n\n" + text)
    cohort = Cohort(count, at=at, from_country=from_country, evidence=doc.evidence(len(doc.sentences) - 1))
    return learned_places.rerank_places(doc, [cohort])[0].at


@contextmanager
def place_repairs_off() -> Iterator[None]:
    """The cohort-place hook without its repairs (the readers' places), for a test to show what they change."""
    learned_places.use_repairs(False)
    try:
        yield
    finally:
        learned_places.use_repairs(True)


def cohorts(text: str, *, published: Published) -> list[Cohort]:
    """The cohorts of ``text``, as records."""
    return record(text, published=published).cohorts


def cohort_triples(text: str, *, published: Published) -> list[tuple[int | None, str | None, str | None]]:
    """Each cohort's (count, at, from_country), in the record's order."""
    return [(c.count, c.at, c.from_country) for c in cohorts(text, published=published)]


def cohort_triples_with_status(
    text: str, *, published: Published
) -> list[tuple[int | None, str | None, str | None, str]]:
    """Each cohort's (count, at, from_country, status), in the record's order."""
    return [(c.count, c.at, c.from_country, c.status) for c in cohorts(text, published=published)]


def cohort_pairs(text: str, *, published: Published) -> list[tuple[int | None, str | None]]:
    """Each cohort's (count, at), in the record's order (a test of it checks the order too)."""
    return [(c.count, c.at) for c in cohorts(text, published=published)]


def sorted_cohort_pairs(text: str, *, published: Published) -> list[tuple[int | None, str | None]]:
    """Each cohort's (count, at), sorted by their text (a test of it ignores the order)."""
    return sorted(cohort_pairs(text, published=published), key=str)


# Meetings


def meeting_tuples(text: str, *, published: Published) -> list[MeetingTuple]:
    """Each meeting's (participants, organizations, date), in the record's order."""
    return [(m.participants, m.organizations, m.date) for m in record(text, published=published).meetings]


def meeting_parties(meeting: MeetingTuple) -> set[str]:
    """The parties (people and organisations) of one meeting given by ``meeting_tuples``."""
    return {*meeting[0], *meeting[1]}


def meeting_party_sets(text: str, *, published: Published) -> list[set[str]]:
    """The parties (people and organisations) of each meeting the extractor finds."""
    return [{*m.participants, *m.organizations} for m in record(text, published=published).meetings]


def meetings_found(text: str, *expected: set[str], published: Published) -> bool:
    """Whether each expected set of parties is within a meeting of its own, and no other meeting is found."""
    found = meeting_party_sets(text, published=published)
    used: set[int] = set()
    for parties in expected:
        hit = next((i for i, f in enumerate(found) if i not in used and parties <= f), None)
        if hit is None:
            return False
        used.add(hit)
    return len(found) == len(expected)


# Organisations


def orgs(text: str, *, published: Published) -> list[Organization]:
    """The organisations of ``text``, as records."""
    return record(text, published=published).organizations


def org_names(text: str, *, published: Published) -> list[str]:
    """The organisations' names, in the record's order."""
    return [o.name for o in orgs(text, published=published)]


def one_org(text: str, name: str, *, published: Published) -> Organization:
    """The one organisation named ``name`` (the test fails, showing every name, if there are 0 or 2+)."""
    found = [o for o in orgs(text, published=published) if o.name == name]
    assert len(found) == 1, org_names(text, published=published)
    return found[0]


# People


def person_names(text: str, *, published: Published, lead: str = "") -> list[str]:
    """The people's names, in the record's order."""
    return [p.name for p in record(text, published=published, lead=lead).persons]


def sorted_person_names(text: str, *, published: Published, lead: str = "") -> list[str]:
    """The people's names, sorted (a test of it ignores the order)."""
    return sorted(person_names(text, published=published, lead=lead))


def person_aliases(text: str, *, published: Published, lead: str = "") -> list[tuple[str, list[str]]]:
    """Each person's (name, aliases), in the record's order."""
    return [(p.name, p.aliases) for p in record(text, published=published, lead=lead).persons]


# Partnerships


def sorted_pair(a: str, b: str) -> tuple[str, ...]:
    """Two parties sorted, as ``partnership_pairs`` and ``partnership_statuses`` give them.

    >>> sorted_pair("Moi University", "Lund University")
    ('Lund University', 'Moi University')
    """
    return tuple(sorted((a, b)))


def partnership_pairs(text: str, *, published: Published) -> set[tuple[str, ...]]:
    """The parties of each partnership, each tuple sorted."""
    return {tuple(sorted(p.between)) for p in record(text, published=published).partnerships}


def partnership_statuses(text: str, *, published: Published) -> dict[tuple[str, ...], str]:
    """Each partnership's sorted parties -> its status ("in force", "proposed", ...)."""
    return {tuple(sorted(p.between)): p.status for p in record(text, published=published).partnerships}


# Programmes


def programmes(text: str, *, published: Published, lead: str = "") -> list[Programme]:
    """The programmes of ``lead + text``, as records."""
    return record(text, published=published, lead=lead).programmes


def one_programme(text: str, *, published: Published, lead: str = "") -> Programme:
    """The one programme of the text (the test fails, showing each one's name, partners and count, if
    there are 0 or 2+)."""
    found = programmes(text, published=published, lead=lead)
    assert len(found) == 1, [(p.name, p.partners, p.participants.count) for p in found]
    return found[0]


# Topics


def topic_labels(text: str, *, lead: str = "", published: Published = None) -> list[str]:
    """The topics' labels of ``lead + text``, in the record's order (no publication date unless given)."""
    return [t.label for t in record(text, published=published, lead=lead).topics]


#: a memorandum's headline and first sentence, before a topic test's own text
MEMORANDUM_LEAD = (
    "Riverside University signs a memorandum with Lakeside University\n\n"
    "Riverside University and Lakeside University signed a memorandum on Monday. "
)


def lower_topic_labels(text: str, *, lead: str = MEMORANDUM_LEAD) -> list[str]:
    """The topics' labels of ``lead + text`` in lower case, in the record's order."""
    return [label.lower() for label in topic_labels(text, lead=lead)]


def assert_topics(
    text: str,
    expected: set[str],
    absent: set[str] | frozenset[str] = frozenset(),
    *,
    lead: str = "",
    published: Published = None,
) -> None:
    """Fail unless every label of ``expected`` is among the topics of ``lead + text`` and none of
    ``absent`` is (the failure shows the labels found)."""
    found = set(topic_labels(text, lead=lead, published=published))
    assert expected <= found, found
    assert not absent & found, found
