"""The ontology, the Python names declared for it, and the topic scheme stay in step."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kgpart.extract.record import ORG_TYPES
from kgpart.store.folder import ontology_dir
from kgpart.terms import KGP, KGT, kgp_iri
from kgpart.vocab import ORG_CLASSES

STANDARD = (
    "https://schema.org/",
    "http://www.w3.org/ns/org#",
    "http://www.w3.org/ns/prov#",
    "http://www.w3.org/2004/02/skos/core#",
    "http://xmlns.com/foaf/0.1/",
)


def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "kgpart.ttl")


def declared_terms(graph: rdflib.Graph) -> set[str]:
    ns = str(KGP)
    return {str(s).removeprefix(ns) for s in graph.subjects() if str(s).startswith(ns)}


def test_python_names_and_ontology_terms_match_both_ways() -> None:
    in_python = {name for name in KGP.__annotations__}
    assert declared_terms(ontology()) == in_python


def test_ontology_iris_are_built_from_declared_names_only() -> None:
    assert kgp_iri("partnersWith") == str(KGP.partnersWith)
    with pytest.raises(ValueError, match="'partnerWith' is not a term of the kgpart ontology"):
        kgp_iri("partnerWith")


def test_every_class_and_property_has_a_label_and_a_comment() -> None:
    graph = ontology()
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    for kind in kinds:
        for term in graph.subjects(RDF.type, kind):
            assert graph.value(term, RDFS.label), f"{term} has no rdfs:label"
            assert graph.value(term, RDFS.comment), f"{term} has no rdfs:comment"


def test_every_class_reaches_a_standard_vocabulary() -> None:
    graph = ontology()
    for cls in graph.subjects(RDF.type, OWL.Class):
        supers = {str(s) for s in graph.transitive_objects(cls, RDFS.subClassOf)}
        assert any(s.startswith(STANDARD) for s in supers), f"{cls} is not aligned to a standard vocabulary"


def test_network_edges_are_declared_as_the_design_says() -> None:
    graph = ontology()
    assert (KGP.partnersWith, RDF.type, OWL.SymmetricProperty) in graph
    assert (
        KGP.partOf,
        RDFS.subPropertyOf,
        rdflib.URIRef("http://www.w3.org/ns/org#subOrganizationOf"),
    ) in graph
    for edge in (KGP.meets, KGP.partnersWith, KGP.involves, KGP.partOf):
        assert (edge, RDF.type, OWL.ObjectProperty) in graph


def test_meeting_kinds_carry_cameo_codes() -> None:
    graph = ontology()
    codes = {str(graph.value(k, KGP.cameoCode)) for k in graph.subjects(RDF.type, KGP.MeetingKind)}
    assert {"040", "042", "043", "057"} <= codes


def test_topic_scheme_has_the_cooperation_topics_with_alternative_labels() -> None:
    topics = rdflib.Graph().parse(ontology_dir() / "topics.ttl")
    labels = {str(topics.value(t, SKOS.prefLabel)) for t in topics.subjects(SKOS.inScheme, KGT[""])}
    assert {
        "academic mobility",
        "joint research",
        "PhD co-supervision",
        "double-degree programmes",
        "biotechnology",
        "agricultural sciences",
        "artificial intelligence",
        "digitalisation",
        "transport and logistics",
    } <= labels
    for topic in topics.subjects(SKOS.inScheme, KGT[""]):
        assert topics.value(topic, RDFS.label) and topics.value(topic, RDFS.comment)
        assert list(topics.objects(topic, SKOS.altLabel)), f"{topic} has no alternative label"


def test_record_organisation_types_are_the_ontology_classes() -> None:
    # The record's OrgType Literal must spell the classes out for the type checker; this keeps it
    # in step with vocab.ORG_CLASSES, which code branches on, and with the ontology itself.
    assert (*ORG_CLASSES, "Other") == ORG_TYPES
    graph = ontology()
    assert all((KGP[name], RDF.type, OWL.Class) in graph for name in ORG_CLASSES)
