"""Turn an article into a Record: the pipeline from text to entities to facts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

from kgpart.errors import ExtractionError
from kgpart.extract.article import MAX_BYTES, Article, read_article, text_to_article
from kgpart.extract.cohorts import find_cohorts
from kgpart.extract.cohorts.learned_counts import add_learned_counts
from kgpart.extract.cohorts.learned_places import rerank_places
from kgpart.extract.cohorts.plans import without_programme_plans
from kgpart.extract.count_owner import own_counts
from kgpart.extract.dates import parse_published
from kgpart.extract.doc import Doc
from kgpart.extract.entities import find_all_orgs, find_all_persons, resolve_acronyms
from kgpart.extract.furniture import drop_boilerplate_only, without_furniture
from kgpart.extract.gazetteer import country_of
from kgpart.extract.meetings import find_meetings
from kgpart.extract.orgnames import PLACED_TYPES, drop_meeting_only_governments, long_form_posts, placed_form
from kgpart.extract.partnerships import find_partnerships, programme_partnerships
from kgpart.extract.partnerships.second_ties import second_ties
from kgpart.extract.programmes import complete_programmes, find_programmes, partners_from_ties
from kgpart.extract.programmes.learned_counts import assign_learned_counts
from kgpart.extract.programmes.learned_filter import keep_likely_programmes
from kgpart.extract.programmes.learned_partners import add_learned_partners
from kgpart.extract.programmes.names import without_cohort_counts_told_again, without_ties_as_programmes
from kgpart.extract.record import KnownEntity, Partnership, Record, Source
from kgpart.extract.ru import SUPPORTED, describe, detect_language
from kgpart.extract.script import describe_script, foreign_script
from kgpart.extract.topics import find_topics


def _record(
    article: Article,
    url: str | None,
    published: dt.date | None,
    known: Iterable[KnownEntity] | None,
    lang: str = "en",
) -> Record:
    published = published or article.published
    if lang == "ru":
        from kgpart.extract.ru.core import extract_russian

        return extract_russian(article.text, published=published, url=url or article.url, title=article.title)
    # a list of other stories' headlines is no part of the article ("Related news", "Read also: ...")
    doc = Doc.read(without_furniture(article.text), published, tuple(known or ()))
    mentions = find_all_orgs(doc)
    resolve_acronyms(doc, mentions)
    find_all_persons(doc, mentions)
    meetings = find_meetings(doc)
    programmes = complete_programmes(doc, find_programmes(doc), meetings)
    partnerships = find_partnerships(doc, meetings)
    second = second_ties(doc, partnerships)  # added last, after the programmes took partners from the ties
    partners_from_ties(programmes, partnerships)
    programmes = add_learned_partners(doc, programmes, partnerships)
    programmes, gifts = assign_learned_counts(doc, keep_likely_programmes(doc, programmes))
    cohorts = own_counts(doc, programmes, find_cohorts(doc), gifts)
    # a programme's planned places told with no origin are no cohort: asked once the places are final
    cohorts = without_programme_plans(rerank_places(doc, add_learned_counts(doc, programmes, cohorts)))
    record = Record(
        persons=doc.persons,
        organizations=doc.orgs,
        meetings=meetings,
        partnerships=programme_partnerships(
            partnerships, programmes, {o.name: o.type for o in doc.orgs}, second
        ),
        # after the ties derived from them: a joint body or a branch with no people counted, a visit of teachers or
        # an agreement's uncounted mobility is a tie, not a programme; after the cohorts: a pair's later programme
        # holding only a cohort's count from another sentence goes
        programmes=without_ties_as_programmes(without_cohort_counts_told_again(programmes, cohorts)),
        cohorts=cohorts,
        topics=find_topics(doc),
        source=Source(url or article.url, published.isoformat() if published else None, article.title, "en"),
    )
    _merge_suffix_forms(record, doc.later_forms)
    drop_boilerplate_only(record, doc)
    drop_meeting_only_governments(record)
    _fill_countries(record, doc.dateline_country())
    _long_form_aliases(record)
    _placed_aliases(record, article.text)
    return record


def _placed_aliases(record: Record, text: str) -> None:
    """A centre or institute the text writes with its place ("the Korean Education Centre in Kazakhstan")
    also carries that form as an alias."""
    for org in record.organizations:
        if org.type in PLACED_TYPES and " in " in text:
            form = placed_form(org.name, text)
            if form is not None and form not in org.aliases:
                org.aliases.append(form)


def _merge_suffix_forms(record: Record, forms: dict[str, str]) -> None:
    """A short name of the record and the full name that ends in it (``entities.suffix_forms``) are one
    organisation: the full one keeps the short as an alias, and every fact names it by the full one. A
    tie of the one with the other goes; so does a tie that becomes a second of its pair and kind."""
    by_name = {o.name: o for o in record.organizations}
    forms = {s: f for s, f in forms.items() if s in by_name and f in by_name}
    if not forms:
        return
    for short, full in forms.items():
        org, into = by_name[short], by_name[full]
        into.aliases.extend(a for a in (short, *org.aliases) if a not in into.aliases and a != full)
        into.country = into.country or org.country
        into.part_of = into.part_of or org.part_of
    record.organizations = [o for o in record.organizations if o.name not in forms]

    def named(name: str | None) -> str | None:
        return forms.get(name, name) if name else name

    def unique(names: list[str]) -> list[str]:
        return list(dict.fromkeys(forms.get(n, n) for n in names))

    for org in record.organizations:
        org.part_of = named(org.part_of)
        if org.part_of == org.name:
            org.part_of = None
    for person in record.persons:
        person.affiliation = named(person.affiliation)
    for meeting in record.meetings:
        meeting.organizations = unique(meeting.organizations)
    for prog in record.programmes:
        prog.partners = unique(prog.partners)
    for cohort in record.cohorts:
        cohort.at = named(cohort.at)
    ties: list[Partnership] = []
    for tie in record.partnerships:
        renamed = any(n in forms for n in tie.between)
        tie.between = unique(tie.between)
        if len(tie.between) < 2:
            continue
        if renamed and any(sorted(t.between) == sorted(tie.between) and t.kind == tie.kind for t in ties):
            continue
        ties.append(tie)
    record.partnerships = ties


def _long_form_aliases(record: Record) -> None:
    """A post's name with its states' official long names, an alias as formal texts write it."""
    for org in record.organizations:
        if org.type == "Embassy":
            org.aliases.extend(a for a in long_form_posts(org.name) if a not in org.aliases)


#: Types of organisation that belong to a state: with no country in the name, the dateline's.
_NATIONAL_BODIES = frozenset({"Government", "Ministry", "Other"})


#: A Cyrillic letter, or a lead byte of UTF-8 Cyrillic misread as Latin-1 ("Ð", "Ñ").
_CYRILLIC_OR_LEAD = re.compile(r"[\u0400-\u04ffÐÑ]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _language(text: str) -> str:
    """``detect_language``, answered at once for text with no Cyrillic in it (the English articles)."""
    if text.isascii() or _CYRILLIC_OR_LEAD.search(text) is None:
        return "en" if _LATIN_LETTER.search(text) else "unknown"
    return detect_language(text)


def _fill_countries(record: Record, dateline: str | None = None) -> None:
    """A faculty or centre lies in its university's country; a national body named without its
    country ("the Higher Education Council") in the country of the article's dateline."""
    by_name = {o.name: o for o in record.organizations}
    for org in record.organizations:
        if org.country is None and dateline and org.type in _NATIONAL_BODIES:
            org.country = dateline
        parent = by_name.get(org.part_of or "")
        if org.country is None and parent is not None:
            org.country = parent.country
        if org.country and not country_of(org.country):
            org.country = None


def extract_text(
    text: str,
    *,
    url: str | None = None,
    published: dt.date | str | None = None,
    known: Iterable[KnownEntity] | None = None,
    kind: str = "txt",
    lang: str = "auto",
) -> Record:
    """Extract a record from article text (plain text by default; ``kind`` may be "md" or "html").

    Never raises on odd text: an article with nothing recognisable gives an empty record.
    ``lang`` is "en", "ru" or "auto" (detected; text in neither language is read as English).

    >>> rec = extract_text("Ambassador of Kazakhstan to Belgium Anna Berg met the Rector of Ghent University.")
    >>> rec.persons[0].name, rec.persons[0].affiliation
    ('Anna Berg', 'Embassy of Kazakhstan in Belgium')
    >>> sorted(org.name for org in rec.organizations)
    ['Embassy of Kazakhstan in Belgium', 'Ghent University']
    """
    article = text_to_article(text, kind=kind)
    found = _language(article.text) if lang == "auto" else lang
    return _record(article, url, parse_published(published), known, "ru" if found == "ru" else "en")


def extract_article(
    path: Path | str,
    *,
    url: str | None = None,
    published: dt.date | str | None = None,
    known: Iterable[KnownEntity] | None = None,
    max_bytes: int = MAX_BYTES,
    lang: str = "auto",
) -> Record:
    """Read an article file (.txt, .md, .html) and extract its record.

    ``lang`` is "en", "ru" or "auto": detected per article from its script and commonest words.
    Raises ExtractionError (a ValueError) naming the file when it is empty, binary, not UTF-8,
    over ``max_bytes``, in a language kgpart does not read (named: "the text is in Chinese"), or
    names no organisation or person.
    """
    path = Path(path)
    article = read_article(path, max_bytes=max_bytes)
    return extract_parsed(article, path, url=url, published=published, known=known, lang=lang)


def extract_parsed(
    article: Article,
    path: Path | str,
    *,
    url: str | None = None,
    published: dt.date | str | None = None,
    known: Iterable[KnownEntity] | None = None,
    lang: str = "auto",
) -> Record:
    """:func:`extract_article` of an article already read from ``path`` (``read_article``), for a
    caller that needs its text too (an ingest): the same record, the same errors naming ``path``."""
    path = Path(path)
    if not article.text.strip():
        raise ExtractionError(f"{path}: no article text (markup only)")
    script = foreign_script(article.text) if lang == "auto" else None
    if script is not None:
        raise ExtractionError(f"{path}: {describe_script(script)}")
    found = _language(article.text) if lang == "auto" else lang
    if found not in SUPPORTED:
        raise ExtractionError(f"{path}: {describe(found)}")
    record = _record(article, url, parse_published(published), known, found)
    if not record.organizations and not record.persons:
        raise ExtractionError(f"{path}: no recognisable organisation or person in the article")
    return record
