"""An extraction record -> one named graph of RDF with its provenance, and entity descriptions.

The source's graph holds the article's facts (meetings, partnerships, programmes, cohorts) and
for each fact its evidence: the sentence and its character span. Entities the graph did not know
yet (and new aliases of known ones) are described once, in the shared entities graph, so a
label never appears in two graphs (union queries would count it twice) and retracting a source
never leaves another source's facts pointing at an unlabelled entity.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import pyoxigraph as ox

from kgpart.extract import Record
from kgpart.extract.record_reader import MAX_SENTENCE
from kgpart.ids import mint
from kgpart.resolve import Entity, Match, Resolver, normalise_name
from kgpart.terms import ENTITIES_GRAPH, ID_BASE, KGT, PREFIXES, REFERENCE_GRAPH, kgp_iri

RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
XSD = PREFIXES["xsd"]
POST_CLASSES = (
    ("vice-rector", "ViceRector"),
    ("vice rector", "ViceRector"),
    ("prorector", "ViceRector"),
    ("ambassador", "Ambassador"),
    ("rector", "Rector"),
    ("president", "Rector"),
    ("dean", "Dean"),
    ("minister", "Minister"),
    ("director", "Director"),
    # posts read from Russian articles ("проректор" before "ректор", which it contains)
    ("проректор", "ViceRector"),
    ("посол", "Ambassador"),
    ("ректор", "Rector"),
    ("декан", "Dean"),
    ("министр", "Minister"),
    ("директор", "Director"),
)
PARTNERSHIP_STATUS = {"existing": "Active", "active": "Active", "proposed": "Proposed", "agreed": "Agreed"}
COHORT_STATUS = {"studying": "Active", "active": "Active", "completed": "Completed", "planned": "Planned"}
MEETING_KINDS = (
    ("sign", "SignAgreement"),
    ("memorand", "SignAgreement"),
    ("visit", "MakeVisit"),
    ("received", "HostVisit"),
    ("welcomed", "HostVisit"),
)


def kgp(term: str) -> ox.NamedNode:
    return ox.NamedNode(kgp_iri(term))


def iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def text(value: str) -> ox.Literal:
    return ox.Literal(value)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def name_literal(value: str) -> ox.Literal:
    """A name as an article wrote it: tagged ``@ru`` when written in Cyrillic (read from a Russian
    article), ``@en`` otherwise (an English article's, or a transliteration), so queries and pages
    can pick a language.

    >>> name_literal("Казахский национальный университет").language, name_literal("Ghent University").language
    ('ru', 'en')
    """
    return ox.Literal(value, language="ru" if _CYRILLIC.search(value) else "en")


def typed(value: str | int, datatype: str) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD + datatype))


@dataclass
class SourceInfo:
    """What is known about an article besides its text."""

    slug: str
    title: str
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    content_hash: str = ""
    language: str | None = None  # the language the article was read in ("en", "ru")
    extracted_by: str = "kgpart"
    ingested_at: str | None = None
    fingerprint: str | None = None  # of the article's words (extract.article.text_fingerprint)
    reviewed: bool = False  # a person reviewed it (kgpart add): pinned against machine extractions

    @property
    def graph_iri(self) -> str:
        return f"{ID_BASE}graph/{self.slug}"

    @property
    def source_iri(self) -> str:
        return f"{ID_BASE}source/{self.slug}"


@dataclass
class Conversion:
    """The quads of one source's graph, with what was new and what had to be left out."""

    quads: list[ox.Quad] = field(default_factory=list)
    entity_quads: list[ox.Quad] = field(default_factory=list)
    new_entities: list[str] = field(default_factory=list)
    facts: int = 0
    warnings: list[str] = field(default_factory=list)


class GraphBuilder:
    """Collects the triples of one named graph and remembers which entities it described."""

    def __init__(self, source: SourceInfo, resolver: Resolver, reference: set[str]) -> None:
        self.source = source
        self.resolver = resolver
        self.reference = reference
        self.graph = iri(source.graph_iri)
        self.entities_graph = iri(ENTITIES_GRAPH)
        self.out = Conversion()
        self._seen: set[ox.Quad] = set()
        self._described: set[str] = set()

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        """A fact of the source."""
        self._put(self.out.quads, ox.Quad(s, p, o, self.graph))

    def add_entity(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        """Part of an entity's description."""
        self._put(self.out.entity_quads, ox.Quad(s, p, o, self.entities_graph))

    def _put(self, target: list[ox.Quad], quad: ox.Quad) -> None:
        if quad not in self._seen:  # Oxigraph terms compare by kind, value, datatype and language
            self._seen.add(quad)
            target.append(quad)

    def describe(self, entity: Entity) -> ox.NamedNode:
        """Describe an entity (or only its new aliases, when the graph already describes it)."""
        node = iri(entity.iri)
        # before the check below: a later name of the same article may have given it an alias
        for alias in sorted(entity.aliases - entity.stored_aliases):
            self.add_entity(node, iri(PREFIXES["skos"] + "altLabel"), name_literal(alias))
        if entity.iri in self._described:
            return node
        self._described.add(entity.iri)
        if entity.iri in self.reference:
            return node
        if entity.new:
            self.out.new_entities.append(entity.iri)
        cls = {
            "org": entity.type if entity.type not in ("Other", "") else "Organization",
            "person": "Person",
            "country": "Country",
        }[entity.kind]
        self.add_entity(node, RDF_TYPE, kgp(cls))
        self.add_entity(node, iri(PREFIXES["rdfs"] + "label"), name_literal(entity.label))
        for alias in sorted(entity.stored_aliases):
            self.add_entity(node, iri(PREFIXES["skos"] + "altLabel"), name_literal(alias))
        if entity.kind == "country":
            self.add_entity(node, kgp("isoCode"), text(entity.country or ""))
        elif entity.kind == "org":
            self._describe_org(node, entity)
        return node

    def mention(self, entity: Entity) -> ox.NamedNode:
        """Describe an entity the article names and link the article to it, in the article's graph."""
        node = self.describe(entity)
        self.add(iri(self.source.source_iri), kgp("mentions"), node)
        return node

    def _describe_org(self, node: ox.NamedNode, entity: Entity) -> None:
        if entity.country:
            country = self.resolver.country(entity.country)
            if country:
                self.add_entity(node, kgp("country"), self.describe(country.entity))
        if entity.parent and entity.parent in self.resolver.entities:
            self.add_entity(node, kgp("unitOf"), self.describe(self.resolver.entities[entity.parent]))

    def evidence(self, fact: ox.NamedNode, ev: object) -> None:
        """Point a fact at the sentence it came from (or, lacking one, at the source as a whole)."""
        start, end, sentence = getattr(ev, "start", 0), getattr(ev, "end", 0), getattr(ev, "sentence", "")
        node = iri(f"{ID_BASE}evidence/{self.source.slug}-{start}-{end}")
        self.add(fact, kgp("evidence"), node)
        self.add(node, RDF_TYPE, kgp("Evidence"))
        self.add(node, kgp("source"), iri(self.source.source_iri))
        self.add(node, kgp("charStart"), typed(start, "integer"))
        self.add(node, kgp("charEnd"), typed(end, "integer"))
        if sentence:  # a run-on "sentence" (a page without full stops) is cut: the span locates it
            cut = sentence if len(sentence) <= MAX_SENTENCE else sentence[: MAX_SENTENCE - 1] + "…"
            self.add(node, kgp("sentence"), text(cut))


def convert(
    record: Record, source: SourceInfo, resolver: Resolver, *, reference: Iterable[str] = ()
) -> Conversion:
    """Turn a record into the quads of its source's named graph, resolving every name.

    ``reference`` lists IRIs the reference graph describes; they are not described again.
    """
    if source.language is None:
        source = dataclasses.replace(source, language=record.source.language)
    b = GraphBuilder(source, resolver, set(reference))
    resolver.start_article(source.url or source.slug)  # what one article ties together stays in it
    _provenance(b)
    orgs = _organizations(b, record)
    people = _persons(b, record, orgs)
    topics = _topics(b, record)
    _meetings(b, record, orgs, people, topics)
    _partnerships(b, record, orgs)
    _programmes(b, record, orgs)
    _cohorts(b, record, orgs)
    if b.out.facts == 0:  # an article that adds nothing says so, rather than passing silently
        b.out.warnings.append(no_fact_reason(record, left_out=len(b.out.warnings)))
    return b.out


def no_fact_reason(record: Record, *, left_out: int = 0) -> str:
    """Why a record gave no fact: what it names, and that nothing relates them (or all was left out).

    >>> no_fact_reason(Record(), left_out=2)
    'no fact: the 2 found were all left out (see the warnings above)'
    """
    if left_out:
        return f"no fact: the {left_out} found were all left out (see the warnings above)"
    return (
        f"no fact: the article names {len(record.organizations)} organisation(s) and "
        f"{len(record.persons)} person(s) but no meeting, partnership, programme or cohort was found between them"
    )


def _provenance(b: GraphBuilder) -> None:
    s, g, dc = b.source, b.graph, PREFIXES["dcterms"]
    src = iri(s.source_iri)
    b.add(g, RDF_TYPE, kgp("FactGraph"))
    b.add(g, kgp("source"), src)
    b.add(g, kgp("extractedBy"), text(s.extracted_by))
    if s.content_hash:
        b.add(g, kgp("contentHash"), text(s.content_hash))
    if s.fingerprint:
        b.add(g, kgp("textFingerprint"), text(s.fingerprint))
    if s.reviewed:
        b.add(g, kgp("reviewed"), typed("true", "boolean"))
    if s.ingested_at:
        b.add(g, iri(PREFIXES["prov"] + "generatedAtTime"), typed(s.ingested_at, "dateTime"))
    b.add(src, RDF_TYPE, kgp("Source"))
    b.add(src, iri(PREFIXES["rdfs"] + "label"), text(s.title))
    if s.url:
        b.add(src, iri(PREFIXES["schema"] + "url"), text(s.url))
    if s.published:
        b.add(src, iri(dc + "issued"), typed(s.published, "date"))
    if s.language:
        b.add(src, iri(dc + "language"), text(s.language))
    publisher = b.resolver.find("org", s.publisher) if s.publisher else None
    b.add(src, iri(dc + "publisher"), b.describe(publisher) if publisher else text(s.publisher or "unknown"))


def _organizations(b: GraphBuilder, record: Record) -> dict[str, Entity]:
    """Resolve every organisation (parents first, so units can point at them)."""
    found: dict[str, Entity] = {}
    pending = list(record.organizations)
    for org in sorted(pending, key=lambda o: o.part_of is not None):
        part_of = (
            org.part_of if org.part_of and normalise_name(org.part_of) != normalise_name(org.name) else None
        )
        parent = found.get(normalise_name(part_of)) if part_of else None
        if part_of and parent is None:
            parent = b.resolver.organization(part_of).entity
        country = b.resolver.country(org.country) if org.country else None
        match = b.resolver.organization(
            org.name,
            aliases=tuple(org.aliases),
            type=org.type,
            country=country.entity.country if country else None,
            parent=parent.iri if parent else None,
        )
        for name in (org.name, *org.aliases):
            found[normalise_name(name)] = match.entity
        russian_name(b, match.entity, org.name)
        b.mention(match.entity)
    return found


def russian_name(b: GraphBuilder, entity: Entity, name: str) -> None:
    """A Russian article's name (in the nominative) of an entity labelled in another language, as
    its ``skos:prefLabel@ru``: the name ``kgpart viz --lang ru`` shows (its altLabels also hold the
    name's inflected forms)."""
    if _CYRILLIC.search(name) and not _CYRILLIC.search(entity.label):
        b.add_entity(iri(entity.iri), iri(PREFIXES["skos"] + "prefLabel"), name_literal(name))


def lookup(orgs: dict[str, Entity], b: GraphBuilder, name: str | None) -> Entity | None:
    """The organisation a record names, resolving names the organisation list missed."""
    if not name:
        return None
    return orgs.get(normalise_name(name)) or b.resolver.organization(name).entity


def _persons(b: GraphBuilder, record: Record, orgs: dict[str, Entity]) -> dict[str, Entity]:
    people: dict[str, Entity] = {}
    for person in record.persons:
        org = lookup(orgs, b, person.affiliation)
        match = b.resolver.person(person.name, aliases=tuple(person.aliases), org=org.iri if org else None)
        people[normalise_name(person.name)] = match.entity
        russian_name(b, match.entity, person.name)
        node = b.mention(match.entity)
        if person.role and org:
            post = iri(
                mint("post", person.role, org.label)
                if org.label.lower() not in person.role.lower()
                else mint("post", person.role)
            )
            b.add_entity(node, kgp("holds"), post)
            b.add_entity(post, RDF_TYPE, kgp(post_class(person.role)))
            b.add_entity(post, iri(PREFIXES["rdfs"] + "label"), name_literal(person.role))
            b.add_entity(post, kgp("postIn"), b.mention(org))
    return people


def post_class(role: str) -> str:
    """The post class a role names (``Vice-Rector for Research`` -> ``ViceRector``)."""
    lowered = role.lower()
    return next((cls for word, cls in POST_CLASSES if word in lowered), "Post")


def _topics(b: GraphBuilder, record: Record) -> list[ox.NamedNode]:
    """Topics of the scheme by label or alias; others become topics of this source."""
    scheme = topic_index()
    nodes = []
    for topic in record.topics:
        key = normalise_name(canonical_topic(topic.label))
        if key in scheme:
            nodes.append(iri(scheme[key]))
            continue
        node = iri(str(KGT) + "extracted/" + mint("t", topic.label).rsplit("/", 1)[1])
        b.add(node, RDF_TYPE, kgp("Topic"))
        b.add(node, iri(PREFIXES["rdfs"] + "label"), name_literal(topic.label))
        nodes.append(node)
    return list(dict.fromkeys(nodes))


_TOPIC_INDEX: dict[str, str] = {}


@cache
def _topic_patterns() -> list[tuple[str, re.Pattern[str]]]:
    from kgpart.extract.topics import TOPICS

    return [(label, re.compile(pattern, re.IGNORECASE)) for label, pattern in TOPICS.items()]


def canonical_topic(label: str) -> str:
    """The extractor's canonical name for a topic as an article words it ("dual-degree programs")."""
    if normalise_name(label) in topic_index():
        return label
    return next((canon for canon, pattern in _topic_patterns() if pattern.search(label)), label)


def topic_index() -> dict[str, str]:
    """Normalised topic labels and alternative labels -> topic IRIs, from ``ontology/topics.ttl``."""
    if not _TOPIC_INDEX:
        from kgpart.store.folder import ontology_dir

        data = (ontology_dir() / "topics.ttl").read_bytes()
        for quad in ox.parse(data, format=ox.RdfFormat.TURTLE):
            if isinstance(quad.subject, ox.NamedNode) and quad.predicate.value.endswith(
                ("#label", "#prefLabel", "#altLabel")
            ):
                _TOPIC_INDEX.setdefault(normalise_name(quad.object.value), quad.subject.value)
    return _TOPIC_INDEX


def _fact(b: GraphBuilder, kind: str, ident: object, cls: str, ev: object) -> ox.NamedNode:
    node = iri(f"{ID_BASE}{kind}/{b.source.slug}-{ident}")
    b.add(node, RDF_TYPE, kgp(cls))
    b.evidence(node, ev)
    b.out.facts += 1
    return node


def _meetings(
    b: GraphBuilder,
    record: Record,
    orgs: dict[str, Entity],
    people: dict[str, Entity],
    topics: list[ox.NamedNode],
) -> None:
    for n, meeting in enumerate(record.meetings, start=1):
        persons = [people.get(normalise_name(p)) or b.resolver.person(p).entity for p in meeting.participants]
        parties = [e for e in (lookup(orgs, b, o) for o in meeting.organizations) if e]
        if len({e.iri for e in persons + parties}) < 2:
            b.out.warnings.append(f"meeting {n} left out: it names fewer than two parties")
            continue
        node = _fact(b, "meeting", n, "Meeting", meeting.evidence)
        label = " meets ".join(e.label for e in (persons or parties)[:2])
        b.add(node, iri(PREFIXES["rdfs"] + "label"), text(label))
        b.add(node, kgp("meetingKind"), kgp(meeting_kind(meeting.evidence)))
        for person in persons:
            b.add(node, kgp("participant"), b.mention(person))
        for org in parties:
            b.add(node, kgp("participantOrganization"), b.mention(org))
        if meeting.date:
            b.add(node, kgp("date"), typed(meeting.date[:10], "date"))
        if meeting.place:
            b.add(node, kgp("place"), text(meeting.place))
        for topic in topics:
            b.add(node, kgp("discussed"), topic)


def meeting_kind(ev: object) -> str:
    """The CAMEO-aligned kind of a meeting, from the verbs of its sentence (consult by default)."""
    sentence = (getattr(ev, "sentence", "") or "").lower()
    return next((kind for cue, kind in MEETING_KINDS if cue in sentence), "Consult")


def _partnerships(b: GraphBuilder, record: Record, orgs: dict[str, Entity]) -> None:
    for n, partnership in enumerate(record.partnerships, start=1):
        parties = list({e.iri: e for e in (lookup(orgs, b, o) for o in partnership.between) if e}.values())
        if len(parties) < 2:
            b.out.warnings.append(f"partnership {n} left out: it names fewer than two organisations")
            continue
        node = _fact(b, "partnership", n, "Partnership", partnership.evidence)
        b.add(node, iri(PREFIXES["rdfs"] + "label"), text(" and ".join(p.label for p in parties)))
        b.add(node, kgp("partnershipKind"), text(partnership.kind or "cooperation"))
        b.add(node, kgp("status"), kgp(PARTNERSHIP_STATUS.get(partnership.status, "Active")))
        for party in parties:
            b.add(node, kgp("party"), b.mention(party))


def _programmes(b: GraphBuilder, record: Record, orgs: dict[str, Entity]) -> None:
    for n, programme in enumerate(record.programmes, start=1):
        partners = list({e.iri: e for e in (lookup(orgs, b, o) for o in programme.partners) if e}.values())
        if not partners:
            b.out.warnings.append(f"programme {n} left out: it names no partner")
            continue
        # The source's own programme: another article's report of it is linked (rules/same_fact.ru).
        node = _fact(b, "programme", n, "Programme", programme.evidence)
        b.add(node, iri(PREFIXES["rdfs"] + "label"), name_literal(programme.name))
        b.add(node, kgp("programmeKind"), text(programme.kind if programme.kind in _KINDS else "other"))
        for partner in partners:
            b.add(node, kgp("partner"), b.mention(partner))
        count = programme.participants.count
        if count is not None and count >= 0:
            cohort = _fact(b, "cohort", f"programme-{n}", "StudentCohort", programme.evidence)
            b.add(
                cohort,
                iri(PREFIXES["rdfs"] + "label"),
                text(f"{count} {programme.participants.who or 'students'}"),
            )
            b.add(cohort, kgp("count"), typed(count, "integer"))
            b.add(cohort, kgp("who"), text(programme.participants.who or "students"))
            b.add(cohort, kgp("status"), kgp("Active"))
            for partner in partners:
                b.add(cohort, kgp("at"), iri(partner.iri))
            b.add(node, kgp("cohort"), cohort)


_KINDS = ("double-degree", "joint", "exchange", "internship", "other")


def _cohorts(b: GraphBuilder, record: Record, orgs: dict[str, Entity]) -> None:
    for n, cohort in enumerate(record.cohorts, start=1):
        country = b.resolver.country(cohort.at) or generic_country(b, cohort.at) if cohort.at else None
        at = None if country else lookup(orgs, b, cohort.at)
        if at is None and country is None:
            b.out.warnings.append(f"cohort {n} left out: it does not say where its members are")
            continue
        node = _fact(b, "cohort", n, "StudentCohort", cohort.evidence)
        who = cohort.who or "students"
        where = at.label if at else country.entity.label if country else ""
        # A cohort the text names without a number has no kgp:count (never a made-up 0).
        size = f"{cohort.count} " if cohort.count is not None else ""
        b.add(node, iri(PREFIXES["rdfs"] + "label"), text(f"{size}{who} at {where}"))
        if cohort.count is not None:
            b.add(node, kgp("count"), typed(cohort.count, "integer"))
        b.add(node, kgp("who"), text(who))
        b.add(node, kgp("status"), kgp(COHORT_STATUS.get(cohort.status, "Active")))
        if at:
            b.add(node, kgp("at"), b.mention(at))
        elif country:
            b.add(node, kgp("inCountry"), b.mention(country.entity))
        origin = b.resolver.country(cohort.from_country) if cohort.from_country else None
        if origin:
            b.add(node, kgp("fromCountry"), b.mention(origin.entity))
        if b.source.published:
            b.add(node, kgp("asOf"), typed(b.source.published, "date"))


#: The plural of a kind of school (a place of study in general, not one institution).
_SCHOOLS = (
    r"(?:universities|institutions|colleges|schools|campuses|institutes|academies)"
    r"(?:\s+of\s+higher\s+(?:education|learning))?"
)

#: "Kazakhstani universities", "Kyrgyz medical universities", "Russian higher educational institutions".
_GENERIC_BEFORE = re.compile(rf"^(?:the\s+)?([A-Z][\w’'-]+)\s+(?:[a-z][\w-]*\s+){{0,3}}{_SCHOOLS}$")

#: "universities of China", "higher education institutions in Russia", "various universities across Poland".
_GENERIC_AFTER = re.compile(
    rf"^(?:the\s+)?(?:[a-z0-9][\w-]*\s+){{0,4}}{_SCHOOLS}\s+(?:of|in|across|throughout)\s+(?:the\s+)?(.+)$"
)


def generic_country(b: GraphBuilder, place: str) -> Match | None:
    """``Kazakhstani universities`` or ``universities of China`` is a country's universities in
    general, not an institution: the cohort is in that country."""
    place = place.strip()
    found = _GENERIC_BEFORE.match(place) or _GENERIC_AFTER.match(place)
    return b.resolver.country(found.group(1)) if found else None


def reference_iris(kg_quads: Iterable[ox.Quad]) -> set[str]:
    """IRIs described (typed) in the reference graph."""
    return {
        q.subject.value
        for q in kg_quads
        if isinstance(q.subject, ox.NamedNode)
        and getattr(q.graph_name, "value", None) == REFERENCE_GRAPH
        and q.predicate == RDF_TYPE
    }
