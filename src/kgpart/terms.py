"""IRIs of the kgpart ontology and of the entities kgpart mints, and the prefixes users get for free."""

from __future__ import annotations

import re
from typing import Any

ONTOLOGY_IRI = "https://w3id.org/kgpart/ontology"
# The namespace of the ontology's terms as a string; KGP below is the same namespace for rdflib.
KGP_IRI = ONTOLOGY_IRI + "#"
ID_BASE = "https://w3id.org/kgpart/id/"
KGT_IRI = "https://w3id.org/kgpart/topic/"
SCHEMA_IRI = "https://schema.org/"

# Graphs that hold the vocabulary rather than facts; loaded beside the facts so labels resolve.
ONTOLOGY_GRAPH = ID_BASE + "graph/ontology"
TOPICS_GRAPH = ID_BASE + "graph/topics"
REFERENCE_GRAPH = ID_BASE + "graph/reference"
# Entities that ingest found (and new aliases of known ones), each described once.
ENTITIES_GRAPH = ID_BASE + "graph/entities"


class _Terms:
    """Terms of the kgpart ontology (``ontology/kgpart.ttl``); a test keeps both in step. They
    are :data:`KGP` for rdflib (made when first used: rdflib takes 0.2-0.5 s to import, and a
    command that never touches rdflib should not pay for it)."""

    # Classes
    Organization: object
    University: object
    Embassy: object
    Ministry: object
    Government: object
    ResearchInstitute: object
    Faculty: object
    Centre: object
    School: object
    Company: object
    Person: object
    Post: object
    Ambassador: object
    Rector: object
    ViceRector: object
    Dean: object
    Minister: object
    Director: object
    Country: object
    Meeting: object
    MeetingKind: object
    Partnership: object
    Programme: object
    Figure: object
    StudentCohort: object
    Topic: object
    Status: object
    Source: object
    FactGraph: object
    Evidence: object
    # Properties of the detail
    country: object
    hostCountry: object
    unitOf: object
    isoCode: object
    holds: object
    postIn: object
    accreditedTo: object
    participant: object
    participantOrganization: object
    host: object
    date: object
    place: object
    meetingKind: object
    cameoCode: object
    discussed: object
    proposed: object
    party: object
    partnershipKind: object
    status: object
    concerns: object
    partner: object
    programmeKind: object
    level: object
    cohort: object
    count: object
    countQualifier: object
    who: object
    measure: object
    at: object
    inCountry: object
    fromCountry: object
    activity: object
    subsetOf: object
    asOf: object
    targetYear: object
    # Provenance
    evidence: object
    source: object
    sentence: object
    charStart: object
    charEnd: object
    extractedBy: object
    contentHash: object
    textFingerprint: object
    reviewed: object
    mentions: object
    sameFactAs: object
    # The network, derived from the detail
    meets: object
    partnersWith: object
    involves: object
    partOf: object
    studiesAt: object
    studiesIn: object
    comesFrom: object
    locatedIn: object
    # Controlled values
    Proposed: object
    Agreed: object
    Active: object
    Completed: object
    Planned: object
    StatusScheme: object
    MeetingKindScheme: object
    Consult: object
    MakeVisit: object
    HostVisit: object
    SignAgreement: object


_KGP_TERMS = frozenset(_Terms.__annotations__)

# rdflib namespaces of the ontology (KGP, the terms of :class:`_Terms`), of the entities (KGR) and
# of the topics (KGT): declared here, made by ``__getattr__`` below when first used.
KGP: Any
KGR: Any
KGT: Any


def __getattr__(name: str) -> Any:
    """``KGP``, ``KGR`` and ``KGT``, rdflib namespaces, made (and rdflib imported) on first use."""
    if name not in ("KGP", "KGR", "KGT"):  # "__path__" and the like, which imports ask for
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rdflib import Namespace
    from rdflib.namespace import DefinedNamespace, DefinedNamespaceMeta

    value: Any
    if name == "KGP":
        body = {"__doc__": _Terms.__doc__, "__annotations__": dict(_Terms.__annotations__)}
        value = DefinedNamespaceMeta(
            "KGP", (DefinedNamespace,), {**body, "_NS": Namespace(KGP_IRI), "_fail": True}
        )
    else:
        value = Namespace(ID_BASE if name == "KGR" else KGT_IRI)
    globals()[name] = value
    return value


def kgp_iri(name: str) -> str:
    """The full IRI of a term the ontology declares (see :class:`KGP`), as a string.

    IRIs of the ontology's terms are built here, not by ``KGP_IRI + name``, so that a misspelt
    name fails where it is written instead of matching nothing.

    Raises
    ------
    ValueError
        ``name`` is not a term of :class:`KGP`.

    Examples
    --------
    >>> kgp_iri("partnersWith")
    'https://w3id.org/kgpart/ontology#partnersWith'
    """
    if name not in _KGP_TERMS:
        raise ValueError(f"{name!r} is not a term of the kgpart ontology (kgpart.terms.KGP)")
    return KGP_IRI + name


# Pre-bound in every query so ad-hoc SPARQL needs no PREFIX lines.
PREFIXES: dict[str, str] = {
    "kgp": KGP_IRI,
    "kgr": ID_BASE,
    "kgt": KGT_IRI,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": SCHEMA_IRI,
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "sh": "http://www.w3.org/ns/shacl#",
}


def expand_prefixed(value: str) -> str:
    """The full IRI of ``<iri>`` or of a prefixed name of :data:`PREFIXES`; any other text as given.

    The local part may hold ``/`` (``kgr:org/ghent-university``, as kgpart shows IRIs) or SPARQL's
    escaped ``\\/``, so a name copied from a table or from a query works where an IRI is asked for.

    >>> expand_prefixed("kgr:org/ghent-university")
    'https://w3id.org/kgpart/id/org/ghent-university'
    >>> expand_prefixed("Ghent University")
    'Ghent University'
    """
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    prefix, sep, local = text.partition(":")
    if (
        sep
        and prefix in PREFIXES
        and local
        and not local.startswith("//")
        and not any(c.isspace() for c in local)
    ):
        return PREFIXES[prefix] + re.sub(r"\\(.)", r"\1", local)
    return value


# Prefixes for writing TriG files: one per kind of minted IRI keeps local names readable
# (``inst:ghent-university`` rather than ``kgr:org\/ghent-university``).
ID_KINDS = {
    "graph": "graph",
    "source": "source",
    "country": "country",
    "inst": "org",
    "person": "person",
    "post": "post",
    "meeting": "meeting",
    "partnership": "partnership",
    "programme": "programme",
    "cohort": "cohort",
    "figure": "figure",
    "evidence": "evidence",
}
WRITE_PREFIXES: dict[str, str] = {
    **{k: v for k, v in PREFIXES.items() if k not in ("owl", "sh", "foaf", "org")},
    **{prefix: f"{ID_BASE}{kind}/" for prefix, kind in ID_KINDS.items()},
}
