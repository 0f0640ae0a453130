"""Entity resolution: names read in an article -> the graph's canonical entities.

A name joins an existing entity on evidence, and only when exactly one known entity of a fitting
kind, type and country has it: the same label or alias after normalisation; for a person, the
same words in another order, script or spelling, or with a patronymic; for an organisation, the
same key (``namekeys.org_key``: countries as ISO codes, MFA and Foreign Office folded) or the same
words but for status words and eponyms; or a near spelling by a clear margin. Shared words are
not evidence of identity: "University of Antwerp" and "Antwerp Management School" stay two
entities. A weak name (a surname alone, an embassy without its host, a generic name) joins only
what its own article named (``start_article``) or the very same name. Anything else mints a new
entity whose IRI comes from its canonical name, so an alias never mints a second entity; a near
miss is kept as a :class:`Suggestion` for a person to decide (``kgpart entity suggest``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache

import pyoxigraph as ox

from kgpart.ids import mint
from kgpart.ids import normalise_name as _normalise_name
from kgpart.namekeys import (
    HEADS,
    STATUS,
    SUBJECTS,
    OrgKey,
    cyrillic,
    fit_org_alias,
    org_key,
    other_script,
    person_parts,
    stems,
)
from kgpart.store.source import GraphSource
from kgpart.terms import ID_BASE
from kgpart.translit import sound_key

# Types that may stand for one another when an article is vague about what an institution is.
_LOOSE = {"Other", "", None}
# Groups of types an article may use for the same institution.
_KINDRED = (
    {"University", "School", "ResearchInstitute"},
    {"Ministry", "Government"},
    {"Faculty", "Centre", "School"},
)
FUZZY_MIN = 0.9
FUZZY_MARGIN = 0.08
DIFFERING_WORDS_MIN = 0.8  # how alike the words two near-identical names do not share must be
COMMON_WORD = 200  # a word in more names than this ("university") does not pick candidates

_KNOWN_ORGS = """
SELECT ?e ?label ?type ?iso ?parent WHERE {
  ?e a ?t ; rdfs:label ?label .
  VALUES ?t { kgp:University kgp:Embassy kgp:Ministry kgp:Government kgp:ResearchInstitute kgp:Faculty
              kgp:Centre kgp:School kgp:Company kgp:Organization }
  BIND(STRAFTER(STR(?t), "#") AS ?type)
  OPTIONAL { ?e kgp:country/kgp:isoCode ?iso }
  OPTIONAL { ?e kgp:unitOf ?parent }
}"""
_KNOWN_PEOPLE = """
SELECT ?e ?label ?org WHERE { ?e a kgp:Person ; rdfs:label ?label . OPTIONAL { ?e kgp:holds/kgp:postIn ?org } }"""
_KNOWN_COUNTRIES = "SELECT ?e ?label ?iso WHERE { ?e a kgp:Country ; rdfs:label ?label ; kgp:isoCode ?iso }"
_ALIASES = "SELECT ?e ?alias WHERE { ?e skos:altLabel ?alias }"
_ARTICLES_OF = """
SELECT DISTINCT ?name WHERE {
  GRAPH ?g { { ?e ?p ?o } UNION { ?s ?p ?e } }
  ?g kgp:source ?src . OPTIONAL { ?src schema:url ?url } OPTIONAL { ?src rdfs:label ?label }
  FILTER(?g != <https://w3id.org/kgpart/id/graph/entities> && ?g != <https://w3id.org/kgpart/id/graph/reference>)
  BIND(COALESCE(?url, ?label, STR(?src)) AS ?name)
} ORDER BY ?name LIMIT 3"""
SUGGESTIONS_PER_ENTITY = 3
# the articles that name an entity: the graphs that say they mention it or use it in a fact
_NAMED_IN = """
SELECT DISTINCT ?e ?name WHERE {
  GRAPH ?g {
    { ?src kgp:mentions ?e }
    UNION { ?f kgp:participant|kgp:participantOrganization|kgp:party|kgp:partner ?e }
  }
  ?g kgp:source ?s . OPTIONAL { ?s schema:url ?url } OPTIONAL { ?s rdfs:label ?label }
  FILTER(?g != <https://w3id.org/kgpart/id/graph/entities> && ?g != <https://w3id.org/kgpart/id/graph/reference>)
  BIND(COALESCE(?url, ?label, STR(?s)) AS ?name)
}"""


# the queries from_graph reads the graph with (and kgpart.ingest.known, by key, beside an index)
KNOWN_COUNTRIES, KNOWN_ORGS, KNOWN_PEOPLE, KNOWN_ALIASES = (
    _KNOWN_COUNTRIES,
    _KNOWN_ORGS,
    _KNOWN_PEOPLE,
    _ALIASES,
)


def articles_in(kg: GraphSource) -> Callable[[str], list[str]]:
    """The articles of the graph that name an entity (the first three), for a suggestion."""
    return lambda iri: [r["name"].value for r in kg.select(_ARTICLES_OF, e=ox.NamedNode(iri))]


def name_keys(kind: str, name: str, country: str | None) -> list[tuple[str, object]]:
    """Where the resolver indexes one name of an entity: (index, key) pairs, the index one of
    ``keys``, ``words``, ``org_keys``, ``verbatim`` (``Resolver._index``)."""
    key = normalise_name(name)
    found: list[tuple[str, object]] = [("verbatim", (kind, name.casefold())), ("keys", (kind, key))]
    if kind == "person":  # Туймебаев, Tuimebaev and Tuimebayev: one sound key
        found.append(("keys", ("person-sound", sound_key(name))))
        found += [("words", ("person-part", part)) for part in person_parts(name)[0]]
    elif kind == "org":
        okey = org_key(name, country)
        found.append(("org_keys", okey))
        found += [("words", ("org-country", code)) for code in okey.countries]
    found += [("words", (kind, word)) for word in key.split() if len(word) >= 3]
    return found


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """``slugs.normalise_name``, remembered: ingest normalises the same names again and again."""
    return _normalise_name(name)


@dataclass
class Entity:
    """A known or newly minted entity."""

    iri: str
    label: str
    kind: str  # "org", "person" or "country"
    type: str = ""
    country: str | None = None  # ISO code
    parent: str | None = None  # IRI of the organisation it is a unit of
    aliases: set[str] = field(default_factory=set)
    new: bool = False
    stored_aliases: set[str] = field(default_factory=set)  # aliases the graph already records

    def names(self) -> set[str]:
        return {self.label, *self.aliases}


@dataclass(frozen=True)
class Match:
    """How a name was resolved: the entity, and whether it was minted just now."""

    entity: Entity
    how: str  # "exact", "parts" (a person's words), "key" (an organisation's words), "fuzzy" or "new"


@dataclass(frozen=True)
class Suggestion:
    """Two entities that may be one: too little evidence to merge them, enough to ask a person."""

    left: Entity
    right: Entity
    articles: tuple[str, ...] = ()

    def text(self) -> str:
        """``possible same entity: A ~ B (articles X, Y)``."""
        where = f" (articles {', '.join(self.articles)})" if self.articles else ""
        return f"possible same entity: {self.left.label} ~ {self.right.label}{where}"


class Resolver:
    """Resolves organisation, person and country names against a graph (and against itself).

    Examples
    --------
    >>> from kgpart.store.graph import KnowledgeGraph
    >>> r = Resolver.from_graph(KnowledgeGraph.open())
    >>> r.organization("UGhent").entity.label
    'Ghent University'
    """

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.added: list[Entity] = []  # in the order they became known
        self._keys: dict[tuple[str, str], set[str]] = defaultdict(set)
        # word -> entities whose names contain it: fuzzy matching compares only these
        self._words: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._org_keys: dict[OrgKey, set[str]] = defaultdict(set)
        # names as written (case aside): the graph holds one entity per name (check_alias_one_entity)
        self._verbatim: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.article: str | None = None  # the article being resolved, as the summary names it
        self.in_article: set[str] = set()  # entities it has named so far
        self.seen_in: dict[str, list[str]] = defaultdict(list)  # entity -> articles of this run
        self.suggestions: list[Suggestion] = []
        self.articles_of: Callable[[str], list[str]] = lambda iri: []  # articles of the graph

    @classmethod
    def from_graph(cls, kg: GraphSource) -> Resolver:
        """Index the graph's organisations, people and countries with their aliases."""
        resolver = cls()
        for row in kg.select(_KNOWN_COUNTRIES):
            resolver.add(Entity(row["e"].value, row["label"].value, "country", country=row["iso"].value))
        for row in kg.select(_KNOWN_ORGS):
            iso, parent = row.get("iso"), row.get("parent")
            existing = resolver.entities.get(row["e"].value)
            if existing is None or existing.type == "Organization":
                resolver.add(
                    Entity(
                        row["e"].value,
                        row["label"].value,
                        "org",
                        row["type"].value,
                        iso.value if iso else None,
                        parent.value if parent else None,
                    )
                )
        for row in kg.select(_KNOWN_PEOPLE):
            org = row.get("org")
            resolver.add(
                Entity(row["e"].value, row["label"].value, "person", parent=org.value if org else None)
            )
        for row in kg.select(_ALIASES):
            entity = resolver.entities.get(row["e"].value)
            if entity is not None:
                resolver.add_alias(entity, row["alias"].value)
                entity.stored_aliases.add(row["alias"].value)
        resolver.articles_of = articles_in(kg)
        return resolver

    def start_article(self, name: str) -> None:
        """Resolve the names of another article: what one article ties together stays in it."""
        self.article = name
        self.in_article = set()

    def add(self, entity: Entity) -> Entity:
        """Register an entity under its label and aliases."""
        self.entities[entity.iri] = entity
        self.added.append(entity)
        for name in entity.names():
            self._index(entity, name)
        return entity

    def _index(self, entity: Entity, name: str) -> None:
        for dictionary, key in name_keys(entity.kind, name, entity.country):
            getattr(self, f"_{dictionary}")[key].add(entity.iri)

    def add_alias(self, entity: Entity, alias: str) -> None:
        """Record another name of an entity (new aliases go into the article's graph).

        A name that already belongs to another entity is not taken: one name, one entity.
        """
        key = (entity.kind, normalise_name(alias))
        if not key[1] or alias == entity.label or self._keys.get(key, {entity.iri}) - {entity.iri}:
            return
        entity.aliases.add(alias)
        self._index(entity, alias)

    def find(self, kind: str, name: str) -> Entity | None:
        """The one known entity of this kind with exactly this name or alias, without minting."""
        hits = self._keys.get((kind, normalise_name(name)), set())
        return self.entities[next(iter(hits))] if len(hits) == 1 else None

    # -- organisations ---------------------------------------------------------------------

    def organization(
        self,
        name: str,
        *,
        aliases: tuple[str, ...] = (),
        type: str = "",
        country: str | None = None,
        parent: str | None = None,
    ) -> Match:
        """Resolve an organisation, minting it when nothing known matches.

        Aliases that do not fit the name (a place, a parent, a generic name) are left out.
        """
        aliases = tuple(a for a in aliases if fit_org_alias(name, a))
        key = org_key(name)
        if (
            key.head == "embassy" and len(key.countries) == 2
        ):  # the Embassy of A in B is A's, whatever was said
            country = key.countries[0]
        probe = Entity("", name, "org", type, country, parent)
        found = self._match(probe, aliases)
        if found:
            return found
        parent_slug = self.entities[parent].iri.rsplit("/", 1)[1] if parent in self.entities else ""
        iri = self._free_iri(mint("org", parent_slug, name) if parent_slug else mint("org", name), type)
        return self._mint(Entity(iri, name, "org", type or "Other", country, parent, new=True), aliases)

    def person(self, name: str, *, aliases: tuple[str, ...] = (), org: str | None = None) -> Match:
        """Resolve a person: one IRI across articles, spelling variants included."""
        words = set(person_parts(name)[0])
        aliases = tuple(
            a for a in aliases if other_script(name, a) or stems(tuple(words)) & stems(person_parts(a)[0])
        )
        probe = Entity("", name, "person", parent=org)
        found = self._match(probe, aliases)
        if found:
            return found
        iri = self._free_iri(mint("person", name), "")
        return self._mint(Entity(iri, name, "person", parent=org, new=True), aliases)

    def _match(self, probe: Entity, aliases: tuple[str, ...]) -> Match | None:
        """The known entity a name stands for, which then takes the name and aliases as its own."""
        found = (
            self._exact(probe, (probe.label, *aliases))
            or self._sounds_like(probe)
            or self._by_parts(probe)
            or self._by_key(probe)
            or self._fuzzy(probe)
        )
        if found is None:
            return None
        entity, how = found
        for alias in (probe.label, *aliases):
            if alias != entity.label:
                self.add_alias(entity, alias)
        self._seen(entity)
        return Match(entity, how)

    def _mint(self, entity: Entity, aliases: tuple[str, ...]) -> Match:
        """Register a new entity and whichever of its aliases no other entity holds."""
        self.add(entity)
        for alias in aliases:
            self.add_alias(entity, alias)
        self._suggest(entity)
        self._seen(entity)
        return Match(entity, "new")

    def _seen(self, entity: Entity) -> None:
        self.in_article.add(entity.iri)
        if self.article and self.article not in self.seen_in[entity.iri]:
            self.seen_in[entity.iri].append(self.article)

    def country(self, name: str) -> Match | None:
        """Resolve a country by name, alias or demonym; ``None`` when it is not a country."""
        hits = self._keys.get(("country", normalise_name(name)), set())
        if len(hits) == 1:
            return Match(self.entities[next(iter(hits))], "exact")
        code = name if len(name) == 2 and name.isupper() and country_name(name) != name else iso_code(name)
        if code is None:
            return None
        iri = f"{ID_BASE}country/{code}"  # ISO codes stay upper case, as in the curated graph
        if iri in self.entities:
            return Match(self.entities[iri], "exact")
        return Match(self.add(Entity(iri, country_name(code), "country", country=code, new=True)), "new")

    # -- matching ----------------------------------------------------------------------------

    def _exact(self, probe: Entity, names: tuple[str, ...]) -> tuple[Entity, str] | None:
        """The one entity a name (else one of the aliases) belongs to.

        A full name of three words or more is identity enough whatever type the article gave;
        shorter names and acronyms must also fit the type, country and parent.
        """
        for group in ((names[0],), names[1:]):
            candidates: set[str] = set()
            for name in group:
                hits = self._keys.get((probe.kind, normalise_name(name)), set())
                if self._weak_name(probe, name):  # only the article's own, or the very same name
                    hits = (hits & self.in_article) | self._verbatim.get((probe.kind, name.casefold()), set())
                candidates |= hits
            strong = len(group) == 1 and len(normalise_name(group[0]).split()) >= 3
            fitting = [
                self.entities[i]
                for i in sorted(candidates)
                if (strong and self.entities[i].kind == probe.kind) or compatible(probe, self.entities[i])
            ]
            if len(fitting) == 1:
                return fitting[0], "exact"
        return None

    def _sounds_like(self, probe: Entity) -> tuple[Entity, str] | None:
        """The one person whose full name is spelt the same way once transliterated (Cyrillic or
        Latin, the usual variants folded: Гараев = Garaev = Garayev); given name and surname both."""
        key = sound_key(probe.label)
        if probe.kind != "person" or len(key.split()) < 2:
            return None
        hits = self._keys.get(("person-sound", key), set())
        return (self.entities[next(iter(hits))], "fuzzy") if len(hits) == 1 else None

    def _weak_name(self, probe: Entity, name: str) -> bool:
        """A name that is no identity outside the article that uses it: a surname alone, an
        embassy without its host country, a name any institution of its kind could bear."""
        if probe.kind == "person":
            return len(normalise_name(name).split()) < 2
        if probe.kind != "org" or other_script(name, "a"):
            return False
        # "Ministry of Foreign Affairs" is generic even when the article says whose: the name alone
        # must not find the one entity of any country that bears it (the key, with the country, may)
        return org_key(name).generic or _hostless(org_key(name, probe.country))

    def _by_parts(self, probe: Entity) -> tuple[Entity, str] | None:
        """The one person with the same words in another order or with a patronymic (Sarsenov
        Bolat Erlanovich = Bolat Sarsenov); within an article, also a surname or initials."""
        if probe.kind != "person":
            return None
        words, initials = person_parts(probe.label)
        hits = set()
        for iri in self._person_candidates(words):
            entity = self.entities[iri]
            for name in entity.names():
                known, _ = person_parts(name)
                same_words = len(words) >= 2 and set(words) == set(known)
                if same_words or (iri in self.in_article and _shorter_form(words, initials, known)):
                    hits.add(iri)
        return (self.entities[hits.pop()], "parts") if len(hits) == 1 else None

    def _person_candidates(self, words: tuple[str, ...]) -> set[str]:
        found: set[str] = set()
        for word in words:
            hits = self._words.get(("person-part", word), set())
            if len(hits) <= COMMON_WORD:
                found |= hits
        return found

    def _by_key(self, probe: Entity) -> tuple[Entity, str] | None:
        """The one organisation whose name has the same words in another order, synonyms and
        countries folded (Kazakh MFA = Ministry of Foreign Affairs of Kazakhstan), or the same
        words but for status words and words that name it (Volga University = Volga Federal
        University; not Volga Pedagogical University)."""
        key = org_key(probe.label, probe.country)
        if probe.kind != "org" or key.generic or _hostless(key):
            return None
        same = {i for i in self._org_keys.get(key, set()) if compatible(probe, self.entities[i])}
        if same:
            return (self.entities[same.pop()], "key") if len(same) == 1 else None
        hits = {
            e.iri
            for e in self._org_candidates(key)
            if compatible(probe, e)
            and any(_omits(key, org_key(n, e.country)) for n in e.names() if not cyrillic(n))
        }
        return (self.entities[hits.pop()], "key") if len(hits) == 1 else None

    def _org_candidates(self, key: OrgKey) -> list[Entity]:
        found: set[str] = set()
        for word in key.naming:
            hits = self._words.get(("org", word), set())
            if len(hits) <= COMMON_WORD:
                found |= hits
        for code in key.countries[:1]:  # the country a name opens with: few names per country
            hits = self._words.get(("org-country", code), set())
            if len(hits) <= COMMON_WORD * 10:
                found |= hits
        return [self.entities[i] for i in sorted(found)]

    def _suggest(self, entity: Entity) -> None:
        """Note the known entities a new one may be (a person decides, ``kgpart entity suggest``)."""
        if entity.kind == "org":
            key = org_key(entity.label, entity.country)
            others = [
                e
                for e in self._org_candidates(key)
                if not cyrillic(entity.label) and _alike_orgs(entity, key, e)
            ]
        elif entity.kind == "person":
            words, initials = person_parts(entity.label)
            others = [
                self.entities[i]
                for i in sorted(self._person_candidates(words))
                if any(_alike_people(words, initials, n) for n in self.entities[i].names())
            ]
        else:
            return
        for other in [o for o in others if o.iri != entity.iri][:SUGGESTIONS_PER_ENTITY]:
            articles = self.seen_in.get(other.iri) or self.articles_of(other.iri)
            here = [self.article] if self.article else []
            self.suggestions.append(Suggestion(other, entity, tuple(dict.fromkeys([*articles, *here]))))

    def _fuzzy(self, probe: Entity) -> tuple[Entity, str] | None:
        key = normalise_name(probe.label)
        if len(key) < 6 or self._weak_name(
            probe, probe.label
        ):  # acronyms and short names: exactly or not at all
            return None
        countries = org_key(probe.label).countries if probe.kind == "org" else ()
        head = org_key(probe.label).head if probe.kind == "org" else None
        candidates = (self.entities[i] for i in sorted(self._candidates(probe.kind, key)))
        scored = sorted(
            (
                (similarity(key, normalise_name(n)), e.iri)
                for e in candidates
                if compatible(probe, e)
                for n in e.names()
                if probe.kind != "org"
                or (org_key(n).countries == countries and (head is None or org_key(n).head in (head, None)))
            ),
            reverse=True,
        )
        best: dict[str, float] = {}
        for score, iri in scored:
            best.setdefault(iri, score)
        ranked = sorted(best.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < FUZZY_MIN:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_MARGIN:
            return None
        return self.entities[ranked[0][0]], "fuzzy"

    def _candidates(self, kind: str, key: str) -> set[str]:
        """Entities sharing a distinctive word with the name (words in many names do not count)."""
        found: set[str] = set()
        for word in key.split():
            hits = self._words.get((kind, word), set())
            if len(word) >= 3 and len(hits) <= COMMON_WORD:
                found |= hits
        return found

    def _free_iri(self, iri: str, type: str) -> str:
        """A minted IRI that no other entity holds yet."""
        if iri not in self.entities:
            return iri
        n = 2
        while f"{iri}-{n}" in self.entities:
            n += 1
        return f"{iri}-{n}"


def possible_duplicates(kg: GraphSource) -> list[Suggestion]:
    """Pairs of the graph's organisations or people that may be one entity, for a person to decide
    (``kgpart entity suggest``; ``kgpart entity merge`` makes them one).

    >>> from kgpart.store.graph import KnowledgeGraph
    >>> possible_duplicates(KnowledgeGraph.open())
    []
    """
    resolver = Resolver.from_graph(kg)
    articles: dict[str, list[str]] = defaultdict(list)
    for row in kg.select(_NAMED_IN):
        articles[row["e"].value].append(row["name"].value)
    found: list[Suggestion] = []
    for entity in sorted(resolver.entities.values(), key=lambda e: (e.kind, e.label, e.iri)):
        for other in _likely_same(resolver, entity):
            if (entity.label, entity.iri) < (other.label, other.iri):
                named = sorted(set(articles[entity.iri]) | set(articles[other.iri]))
                found.append(Suggestion(entity, other, tuple(named)))
    return found


def _likely_same(resolver: Resolver, entity: Entity) -> list[Entity]:
    """Known entities that may be ``entity``: alike (see ``Resolver._suggest``) or, in a graph
    built before these rules, what the rules would now merge."""
    if entity.kind == "org":
        key = org_key(entity.label, entity.country)
        return [
            e
            for e in resolver._org_candidates(key)
            if e.iri != entity.iri
            and compatible(entity, e)
            and (
                _alike_orgs(entity, key, e)
                or any(key == org_key(n, e.country) or _omits(key, org_key(n, e.country)) for n in e.names())
            )
        ]
    if entity.kind == "person":
        words, initials = person_parts(entity.label)
        return [
            resolver.entities[i]
            for i in sorted(resolver._person_candidates(words))
            if i != entity.iri
            and any(_alike_people(words, initials, n) for n in resolver.entities[i].names())
        ]
    return []


def _hostless(key: OrgKey) -> bool:
    """An embassy or consulate named without the country it is in."""
    return key.head in ("embassy", "consulate") and len(key.countries) < 2


def _shorter_form(words: tuple[str, ...], initials: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """``D. Omarova`` or ``Omarova`` as a later form of ``Dana Omarova`` (initials must fit)."""
    extra = [w for w in known if w not in words]
    if not words or not set(words) < set(known):
        return False
    return all(any(w.startswith(i) for w in extra) for i in initials)


def _omits(a: OrgKey, b: OrgKey) -> bool:
    """One name is the other but for status words and naming words (never a subject or a head),
    with the same countries, the same head and something of its own to go by."""
    from kgpart.extract.countries import city_country

    small, big = sorted((a, b), key=lambda k: len(k.words))
    if a.countries != b.countries or not small.head or small.head != big.head:
        return False
    if not small.words < big.words or not (small.naming or small.countries):
        return False
    extra = [w for w in big.words - small.words if w not in STATUS]
    return not any(w in SUBJECTS or w in HEADS or city_country(w.title()) for w in extra)


def _alike_orgs(entity: Entity, key: OrgKey, other: Entity) -> bool:
    """Worth asking: an organisation of a fitting type, country and head that shares a naming
    word with a new one, and has its words and more (or fewer), or differs by two words at most,
    none a subject (or an embassy without its host)."""
    if other.iri == entity.iri or not compatible(entity, other):
        return False
    for name in other.names():
        okey = org_key(name, other.country)
        if cyrillic(name) or okey.head != key.head or okey.countries[:1] != key.countries[:1]:
            continue
        hostless = key.head in ("embassy", "consulate") and min(len(key.countries), len(okey.countries)) < 2
        if hostless and key.words == okey.words and key.countries:
            return True
        if not key.naming & okey.naming or okey.countries != key.countries:
            continue
        if key.words < okey.words or okey.words < key.words:  # a short form, or a subject apart
            return True
        mine, theirs = key.words - okey.words, okey.words - key.words
        if len(mine | theirs) <= 2 and not (mine | theirs) & SUBJECTS:  # a subject apart: two bodies
            return True
    return False


def _alike_people(words: tuple[str, ...], initials: tuple[str, ...], name: str) -> bool:
    """Worth asking: one person's words within another's (initials fitting), or near spellings."""
    known, known_initials = person_parts(name)
    if not words or not known:
        return False
    if _shorter_form(words, initials, known) or _shorter_form(known, known_initials, words):
        return True
    return len(words) == len(known) >= 2 and similarity(" ".join(words), " ".join(known)) >= 0.85


def compatible(probe: Entity, known: Entity) -> bool:
    """Could these be the same entity? Same kind, fitting types, same country and parent where known."""
    if probe.kind != known.kind:
        return False
    if probe.kind == "org":
        # "Organization" is what an article says when it does not say what kind of body it is
        typed_both = probe.type not in _LOOSE | {"Organization"} and known.type not in _LOOSE | {
            "Organization"
        }
        if (
            typed_both
            and probe.type != known.type
            and not any({probe.type, known.type} <= k for k in _KINDRED)
        ):
            return False
        if probe.country and known.country and probe.country != known.country:
            return False
        if probe.parent and known.parent and probe.parent != known.parent:
            return False
        if probe.parent == known.iri:  # a unit is never its own parent
            return False
    return True


def similarity(a: str, b: str) -> float:
    """Similarity of two whole normalised names (never of a name and a substring of another).

    The words the names do not share must be spelling variants of each other too: "Universty of
    Antwerp" is the University of Antwerp, but "Aaa University" is not "Aab University".
    """
    if a == b:
        return 1.0
    whole = SequenceMatcher(None, a, b).ratio()
    words_a, words_b = a.split(), b.split()
    only_a = " ".join(w for w in words_a if w not in words_b)
    only_b = " ".join(w for w in words_b if w not in words_a)
    if only_a and only_b and SequenceMatcher(None, only_a, only_b).ratio() < DIFFERING_WORDS_MIN:
        return min(whole, SequenceMatcher(None, only_a, only_b).ratio())
    return whole


@cache
def _country_table() -> dict[str, str]:
    import pycountry

    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                table[normalise_name(value)] = c.alpha_2
    for c in pycountry.countries:  # the press's own names ("Russia", "Turkey"), which ISO does not use
        table.setdefault(normalise_name(country_name(c.alpha_2)), c.alpha_2)
    return table


def known_country(name: str) -> tuple[str, str] | None:
    """The IRI and name of the ISO 3166-1 country ``name`` names (a name, demonym or code), for a
    graph that does not describe it: an empty answer, not an unknown name.

    >>> known_country("Türkiye")
    ('https://w3id.org/kgpart/id/country/TR', 'Turkey')
    """
    text = name.strip()
    code = text.upper() if len(text) == 2 and country_name(text.upper()) != text.upper() else iso_code(text)
    return (f"{ID_BASE}country/{code}", country_name(code)) if code else None


def iso_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country name or demonym (``Kazakhstani`` -> ``KZ``)."""
    from kgpart.extract.countries import country_of

    table = _country_table()
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)  # "the UK", "the Netherlands"
    for candidate in (name, bare, country_of(name), country_of(bare)):
        key = normalise_name(candidate or "")
        if key in table:
            return table[key]
        if key.startswith("republic of ") and key.removeprefix("republic of ") in table:
            return table[key.removeprefix("republic of ")]
    return None


def country_name(code: str) -> str:
    """The common English name of a country code."""
    import pycountry

    from kgpart.extract.countries import country_names

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    # the name English news use, as the reference data's labels (Russia, not Russian Federation)
    return country_names().get(country.name) or str(getattr(country, "common_name", None) or country.name)
