"""A deterministic synthetic partnership graph in kgpart's ontology, for benchmarks and scale tests.

The graph has the layout of ``graph/``: ``reference.trig`` (countries, universities with faculties
and centres, embassies, people and their posts) and one ``sources/synth-NNNNNN.trig`` per invented
article, each its own named graph with provenance (``kgp:extractedBy "synth"``) and evidence nodes.
Universities are drawn by preferential attachment, so a few hubs gather most meetings and
partnerships (a heavy-tailed degree distribution, as in real partner networks). IRIs are minted
from unique generated names: the same seed and size give byte-identical files.

Examples
--------
>>> summary = synthesize(5_000, "synthetic", seed=1)
>>> summary.triples >= 4_500
True
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from kgpart.errors import OutputError
from kgpart.store.files import write_atomic

_CONSONANTS = "bdfgklmnprstvzhj"
_VOWELS = "aeiou"
# Consonant-vowel pairs: any sequence of them splits one way only, so distinct numbers give distinct words.
_SYLLABLES = [c + v for c in _CONSONANTS for v in _VOWELS]
_FIRST = ["Aida", "Marat", "Lukas", "Aigerim", "Tomas", "Elena", "Jonas", "Dana", "Peter", "Saule", "Ines"]
_DISCIPLINES = ["Engineering", "Medicine", "Sciences", "Economics", "Law", "Agriculture", "Arts"]
_CENTRES = ["Logistics", "Energy", "Data Science", "Area Studies", "Biotechnology"]
_TOPICS = [
    "academic-mobility", "joint-research", "phd-co-supervision", "double-degree-programmes",
    "joint-educational-programmes", "higher-education", "science-and-innovation", "specialist-training",
    "research-internships", "academic-events", "branch-campuses", "biotechnology", "agricultural-sciences",
    "artificial-intelligence", "digitalisation", "transport-and-logistics", "engineering", "medicine",
    "language-and-culture", "business-and-management", "energy-and-environment", "scholarships",
]  # fmt: skip
_KINDS = ["double-degree", "joint", "exchange", "internship", "other"]
_PREFIXES = """@prefix kgp: <https://w3id.org/kgpart/ontology#> .
@prefix kgt: <https://w3id.org/kgpart/topic/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix graph: <https://w3id.org/kgpart/id/graph/> .
@prefix source: <https://w3id.org/kgpart/id/source/> .
@prefix country: <https://w3id.org/kgpart/id/country/> .
@prefix inst: <https://w3id.org/kgpart/id/org/> .
@prefix person: <https://w3id.org/kgpart/id/person/> .
@prefix post: <https://w3id.org/kgpart/id/post/> .
@prefix meeting: <https://w3id.org/kgpart/id/meeting/> .
@prefix partnership: <https://w3id.org/kgpart/id/partnership/> .
@prefix programme: <https://w3id.org/kgpart/id/programme/> .
@prefix cohort: <https://w3id.org/kgpart/id/cohort/> .
@prefix evidence: <https://w3id.org/kgpart/id/evidence/> .
"""
# A university with its units and people costs ~25 triples, an article ~60: the reference graph
# holds about an eighth of the triples, as in a real news-fed graph.
_TRIPLES_PER_UNIVERSITY = 200


def word(number: int) -> str:
    """A pronounceable name, different for every number (``word(0) == "Daba"``)."""
    n, out = number + len(_SYLLABLES), ""
    while n:
        n, r = divmod(n, len(_SYLLABLES))
        out = _SYLLABLES[r] + out
    return out.capitalize()


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass
class _Org:
    iri: str  # prefixed name, e.g. inst:university-of-daba
    label: str
    country: str
    head: str = ""  # the person who speaks for it (rector or ambassador)
    units: list[str] = field(default_factory=list)


@dataclass
class _World:
    """Everything the reference graph describes, and the attachment list for hubs."""

    rng: random.Random
    countries: list[tuple[str, str]] = field(default_factory=list)
    universities: list[_Org] = field(default_factory=list)
    embassies: dict[str, list[_Org]] = field(default_factory=dict)  # by host country
    attach: list[int] = field(default_factory=list)  # university indexes, one per unit of degree
    lines: list[str] = field(default_factory=list)
    people: int = 0

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"    {s} {p} {o} .\n")

    def hub(self) -> _Org:
        """A university drawn with probability proportional to its fitness plus its degree.

        Fitness is Pareto-distributed (a few famous universities) and every link makes a
        university likelier to get the next one: a heavy tail, as in real partner networks.
        """
        index = self.rng.choice(self.attach)
        self.attach.append(index)
        return self.universities[index]


@dataclass(frozen=True)
class SynthSummary:
    """What :func:`synthesize` wrote."""

    folder: Path
    triples: int
    sources: int
    universities: int


def synthesize(n_triples: int, output: str | Path, *, seed: int = 0) -> SynthSummary:
    """Write a synthetic graph of about ``n_triples`` triples (in the files) to ``output``.

    Parameters
    ----------
    n_triples
        The size to aim for; the files hold within a few percent of it (at least ~300).
    output
        A folder to create (or replace if it holds a previous synthetic graph).
    seed
        The random seed: the same seed and size give byte-identical files.

    Raises
    ------
    OutputError
        When ``output`` exists and is not an empty folder or a synthetic graph.
    """
    folder = _prepare(Path(output))
    world = _World(random.Random(seed))
    _reference(world, max(4, n_triples // _TRIPLES_PER_UNIVERSITY))
    reference = world.lines
    write_atomic(folder / "reference.trig", _trig("reference", reference))
    count, sources = len(reference), 0
    while count < n_triples:
        sources += 1
        world.lines = []
        _article(world, sources)
        write_atomic(folder / "sources" / f"synth-{sources:06d}.trig", _trig(_source(sources), world.lines))
        count += len(world.lines)
    return SynthSummary(folder, count, sources, len(world.universities))


def _prepare(folder: Path) -> Path:
    if folder.exists():
        if not folder.is_dir():
            raise OutputError(f"cannot write a synthetic graph to {folder}: not a folder")
        if any(folder.iterdir()) and not (folder / "sources" / "synth-000001.trig").exists():
            raise OutputError(f"cannot write a synthetic graph to {folder}: the folder is not empty")
        shutil.rmtree(folder)
    try:
        (folder / "sources").mkdir(parents=True)
    except OSError as exc:
        raise OutputError(f"cannot create {folder}: {exc.strerror or exc}") from exc
    return folder


def _trig(name: str, lines: list[str]) -> str:
    return f"{_PREFIXES}\ngraph:{name} {{\n{''.join(lines)}}}\n"


def _source(number: int) -> str:
    return f"synth-{number:06d}"


def _reference(world: _World, n_universities: int) -> None:
    """Countries, universities (by a Zipf law over countries), their units, embassies and people."""
    import pycountry

    world.add("graph:reference", "a", "kgp:FactGraph")
    world.add("graph:reference", "kgp:source", "source:reference")
    world.add("graph:reference", "kgp:extractedBy", '"synth"')
    world.add("source:reference", "a", "kgp:Source")
    world.add("source:reference", "rdfs:label", '"Synthetic reference entities"')
    world.add("source:reference", "dcterms:publisher", '"kgpart synth"')
    every = sorted((c.alpha_2, c.name) for c in pycountry.countries)
    picked = world.rng.sample(every, min(len(every), max(3, n_universities // 8)))
    world.countries = sorted(picked)
    for code, name in world.countries:
        world.add(f"country:{code}", "a", "kgp:Country")
        world.add(f"country:{code}", "rdfs:label", _lit(name))
        world.add(f"country:{code}", "kgp:isoCode", _lit(code))
    weights = [1.0 / (rank + 1) for rank in range(len(world.countries))]
    homes = world.rng.choices(world.countries, weights=weights, k=n_universities)
    for index, (code, _) in enumerate(homes):
        _university(world, index, code)
    for host_index, (host, _) in enumerate(world.countries):
        for home, home_name in world.rng.sample(world.countries, min(3, len(world.countries))):
            if home != host:
                _embassy(world, home, home_name, host, host_index)


def _university(world: _World, index: int, country: str) -> None:
    city = word(index)
    uni = _Org(f"inst:university-of-{city.lower()}", f"University of {city}", country)
    world.add(uni.iri, "a", "kgp:University")
    world.add(uni.iri, "rdfs:label", _lit(uni.label))
    world.add(uni.iri, "skos:altLabel", _lit(f"{city} Univ."))
    world.add(uni.iri, "kgp:country", f"country:{country}")
    uni.head = _person(world, "Rector", f"Rector of {uni.label}", uni.iri)
    disciplines, centres = world.rng.sample(_DISCIPLINES, 2), world.rng.sample(_CENTRES, 1)
    for unit_index in range(world.rng.choice((0, 1, 1, 2, 3))):
        uni.units.append(_unit(world, uni, unit_index, disciplines, centres))
    fitness = min(int(world.rng.paretovariate(1.1)), 500)
    world.attach.extend([len(world.universities)] * fitness)
    world.universities.append(uni)


def _unit(world: _World, uni: _Org, index: int, disciplines: list[str], centres: list[str]) -> str:
    if index % 2 == 0:
        cls, name = "Faculty", f"Faculty of {disciplines[index // 2]}, {uni.label}"
    else:
        cls, name = "Centre", f"Centre for {centres[index // 2]}, {uni.label}"
    iri = f"{uni.iri}-{index}"
    world.add(iri, "a", f"kgp:{cls}")
    world.add(iri, "rdfs:label", _lit(name))
    world.add(iri, "kgp:country", f"country:{uni.country}")
    world.add(iri, "kgp:unitOf", uni.iri)
    if cls == "Faculty":
        _person(world, "Dean", f"Dean of the {name}", iri)
    return iri


def _embassy(world: _World, home: str, home_name: str, host: str, host_index: int) -> None:
    iri = f"inst:embassy-{home.lower()}-in-{host.lower()}"
    label = f"Embassy of {home_name} in {world.countries[host_index][1]}"
    emb = _Org(iri, label, home)
    world.add(iri, "a", "kgp:Embassy")
    world.add(iri, "rdfs:label", _lit(label))
    world.add(iri, "kgp:country", f"country:{home}")
    world.add(iri, "kgp:hostCountry", f"country:{host}")
    emb.head = _person(
        world, "Ambassador", f"Ambassador of {home_name} to {world.countries[host_index][1]}", iri
    )
    world.embassies.setdefault(host, []).append(emb)


def _person(world: _World, cls: str, post_label: str, org: str) -> str:
    """A person holding a post in ``org``; the name is unique, so no alias clashes."""
    world.people += 1
    number = world.people
    name = f"{_FIRST[number % len(_FIRST)]} {word(number + 1000)}"
    person, post = f"person:{name.lower().replace(' ', '-')}", f"post:p{number}"
    world.add(person, "a", "kgp:Person")
    world.add(person, "rdfs:label", _lit(name))
    world.add(person, "kgp:holds", post)
    world.add(post, "a", f"kgp:{cls}")
    world.add(post, "rdfs:label", _lit(post_label))
    world.add(post, "kgp:postIn", org)
    return person


@dataclass
class _Article:
    """One invented article: its graph, source and the evidence spans handed out so far."""

    world: _World
    name: str
    offset: int = 0

    def evidence(self, fact: str) -> None:
        start, end = self.offset, self.offset + self.world.rng.randrange(60, 240)
        self.offset = end + 1
        node = f"evidence:{self.name}-{start}-{end}"
        self.world.add(fact, "kgp:evidence", node)
        self.world.add(node, "a", "kgp:Evidence")
        self.world.add(node, "kgp:source", f"source:{self.name}")
        self.world.add(node, "kgp:charStart", str(start))
        self.world.add(node, "kgp:charEnd", str(end))


def _article(world: _World, number: int) -> None:
    """A meeting at a hub university, and the partnerships, programmes and cohorts it reports."""
    art = _Article(world, _source(number))
    rng, graph, src = world.rng, f"graph:{art.name}", f"source:{art.name}"
    year, month, day = 2015 + rng.randrange(11), 1 + rng.randrange(12), 1 + rng.randrange(28)
    world.add(graph, "a", "kgp:FactGraph")
    world.add(graph, "kgp:source", src)
    world.add(graph, "kgp:extractedBy", '"synth"')
    world.add(src, "a", "kgp:Source")
    world.add(src, "schema:url", _lit(f"https://news.example.org/synth/{number}"))
    world.add(src, "dcterms:issued", f'"{year}-{month:02d}-{min(day + 2, 28):02d}"^^xsd:date')
    uni = world.hub()
    world.add(src, "rdfs:label", _lit(f"Article {number}: news from the {uni.label}"))
    _meeting(art, uni, f"{year}-{month:02d}-{day:02d}")
    for index in range(rng.choice((0, 1, 1, 2))):
        _partnership(art, uni, world.hub(), index)
    if rng.random() < 0.4:
        _programme(art, uni, world.hub(), f"{year}-{month:02d}-{day:02d}")


def _meeting(art: _Article, uni: _Org, day: str) -> None:
    world, rng = art.world, art.world.rng
    guests = world.embassies.get(uni.country) or [world.universities[0]]
    guest = guests[rng.randrange(len(guests))]
    meeting = f"meeting:{art.name}-1"
    world.add(meeting, "a", "kgp:Meeting")
    world.add(meeting, "rdfs:label", _lit(f"{guest.label} meets {uni.label}"))
    world.add(meeting, "kgp:date", f'"{day}"^^xsd:date')
    world.add(meeting, "kgp:meetingKind", rng.choice(("kgp:Consult", "kgp:MakeVisit", "kgp:HostVisit")))
    for party in dict.fromkeys((guest.head, uni.head)):
        world.add(meeting, "kgp:participant", party)
    world.add(meeting, "kgp:participantOrganization", guest.iri)
    world.add(meeting, "kgp:participantOrganization", uni.iri)
    topics = sorted({_TOPICS[min(int(rng.paretovariate(1.2)) - 1, 21)] for _ in range(rng.randint(1, 4))})
    for topic in topics:
        world.add(meeting, "kgp:discussed", f"kgt:{topic}")
    art.evidence(meeting)
    if rng.random() < 0.5 and guest.iri != uni.iri:
        proposal = f"partnership:{art.name}-p1"
        world.add(meeting, "kgp:proposed", proposal)
        _parties(art, proposal, f"Cooperation in {topics[0]} (proposed)", (guest.iri, uni.iri), topics[0])
        world.add(proposal, "kgp:status", "kgp:Proposed")


def _parties(art: _Article, iri: str, label: str, parties: tuple[str, str], topic: str) -> None:
    world = art.world
    world.add(iri, "a", "kgp:Partnership")
    world.add(iri, "rdfs:label", _lit(label))
    for party in parties:
        world.add(iri, "kgp:party", party)
    world.add(iri, "kgp:concerns", f"kgt:{topic}")
    art.evidence(iri)


def _partnership(art: _Article, uni: _Org, other: _Org, index: int) -> None:
    if other.iri == uni.iri:
        return
    rng = art.world.rng
    side = uni.units[rng.randrange(len(uni.units))] if uni.units and rng.random() < 0.3 else uni.iri
    iri = f"partnership:{art.name}-e{index}"
    topic = _TOPICS[rng.randrange(len(_TOPICS))]
    _parties(art, iri, f"{uni.label} and {other.label} ({index})", (side, other.iri), topic)
    art.world.add(iri, "kgp:status", rng.choice(("kgp:Active", "kgp:Agreed")))
    art.world.add(iri, "kgp:partnershipKind", _lit(topic.replace("-", " ")))


def _programme(art: _Article, uni: _Org, other: _Org, day: str) -> None:
    world, rng = art.world, art.world.rng
    kind = rng.choice(_KINDS)
    prog, cohort = f"programme:{art.name}-1", f"cohort:{art.name}-c1"
    world.add(prog, "a", "kgp:Programme")
    world.add(prog, "rdfs:label", _lit(f"{uni.label} {kind} programme ({art.name})"))
    world.add(prog, "kgp:programmeKind", _lit(kind))
    world.add(prog, "kgp:level", _lit(rng.choice(("bachelor", "master", "doctoral"))))
    for partner in dict.fromkeys((uni.iri, other.iri)):
        world.add(prog, "kgp:partner", partner)
    world.add(prog, "kgp:cohort", cohort)
    art.evidence(prog)
    count = int(rng.paretovariate(1.5) * 4)
    world.add(cohort, "a", "kgp:StudentCohort")
    world.add(cohort, "rdfs:label", _lit(f"{count} students from {other.country} at {uni.label}"))
    world.add(cohort, "kgp:count", str(count))
    world.add(cohort, "kgp:who", _lit(rng.choice(("students", "PhD candidates", "researchers"))))
    world.add(cohort, "kgp:fromCountry", f"country:{other.country}")
    world.add(cohort, "kgp:at", uni.iri)
    world.add(cohort, "kgp:status", rng.choice(("kgp:Active", "kgp:Completed", "kgp:Planned")))
    world.add(cohort, "kgp:asOf", f'"{day}"^^xsd:date')
    art.evidence(cohort)
