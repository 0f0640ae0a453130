"""The learned check of more partners of the rules' programmes (programmes/learned_partners.py).

With the shipped weights, a programme one side gives ("X University grants scholarships to 10 Ghanaian
students") told after the two institutions renewed their tie takes the other institution, the subject of
the article, as its second partner; a programme whose partners are all told keeps them; a ministry or an
embassy of the giver's country is not added; the switch turns the model off (the rules' partners back).
The texts are our own.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from importlib import resources

import pytest

from kgpart.extract import extract_text
from kgpart.extract.article import text_to_article
from kgpart.extract.doc import Doc
from kgpart.extract.entities import find_all_orgs, find_all_persons, resolve_acronyms
from kgpart.extract.meetings import find_meetings
from kgpart.extract.partnerships import find_partnerships
from kgpart.extract.programmes import (
    complete_programmes,
    find_programmes,
    learned_partners,
    partners_from_ties,
)
from kgpart.extract.programmes.learned_partners import (
    FEATURES,
    PartnerModel,
    candidates,
    chosen,
    shipped_model,
)
from kgpart.extract.record import Partnership, Programme

_DATE = "2025-03-01"


def _weights_on() -> PartnerModel:
    """The shipped weights, threshold and cap, enabled."""
    model = shipped_model()
    return PartnerModel(model.weights, model.bias, model.threshold, True, model.per_programme)


@pytest.fixture(autouse=True)
def _shipped_weights() -> Iterator[None]:
    learned_partners.use_model(_weights_on())
    yield
    learned_partners.use_model(None)


def _partners(text: str) -> list[tuple[str, list[str]]]:
    record = extract_text(text, published=_DATE)
    return [(p.name, sorted(p.partners)) for p in record.programmes]


def _off(text: str) -> list[tuple[str, list[str]]]:
    learned_partners.use_model(None, off=True)
    try:
        return _partners(text)
    finally:
        learned_partners.use_model(_weights_on())


def _hook_input(text: str) -> tuple[Doc, list[Programme], list[Partnership]]:
    """The document, programmes and partnerships the hook is given (the extraction's steps before it)."""
    article = text_to_article(text)
    doc = Doc.read(article.text, dt.date.fromisoformat(_DATE))
    mentions = find_all_orgs(doc)
    resolve_acronyms(doc, mentions)
    find_all_persons(doc, mentions)
    meetings = find_meetings(doc)
    programmes = complete_programmes(doc, find_programmes(doc), meetings)
    partnerships = find_partnerships(doc, meetings)
    partners_from_ties(programmes, partnerships)
    return doc, programmes, partnerships


# -- the shipped file ----------------------------------------------------------------------------


def test_shipped_model_loads() -> None:
    data = json.loads(
        resources.files("kgpart").joinpath("data/programme_partner_model.json").read_text(encoding="utf-8")
    )
    assert set(data["trained_on"]) == {"A", "C", "H", "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8"}
    assert set(data["features"]) <= set(FEATURES)
    assert len(data["features"]) == len(data["weights"])
    model = shipped_model()
    assert model.per_programme >= 1
    # the article's subject, a university, one of another country are likelier partners; one of the
    # partners' own country, or one more for a programme of a state body, less likely
    assert model.weights["in_title"] > 0
    assert model.weights["other_country"] > 0
    assert model.weights["org_university"] > 0
    assert model.weights["same_country"] < 0
    assert model.weights["partner_state"] < 0


# -- one side's scholarships told just before a renewed tie: the other institution added ----------
# (told after the tie, the rules give them the other institution themselves: partners._given_after_its_tie)

RENEWED_TIE = [
    (
        "University of Ghana renews Dutch partnership\n\n"
        "ACCRA, 5 March - Wageningen University of the Netherlands grants full scholarships to 10 Ghanaian "
        "agriculture students each year. The University of Ghana and Wageningen University renewed their "
        "partnership on Tuesday. The University of Ghana has sent more than 150 students to the Netherlands since "
        "2012.",
        "University of Ghana",
        "Wageningen University of the Netherlands",
    ),
    (
        "Universidad Nacional de Colombia renews German partnership\n\n"
        "BOGOTA, 8 July - The Technical University of Munich of Germany grants research scholarships to 6 "
        "Colombian engineering students each year. The Universidad Nacional de Colombia and the Technical "
        "University of Munich renewed their partnership on Friday. The Universidad Nacional de Colombia has "
        "sent more than 90 students to Germany since 2015.",
        "Universidad Nacional de Colombia",
        "Technical University of Munich of Germany",
    ),
    (
        "Kyrgyz State Technical University renews Turkish partnership\n\n"
        "BISHKEK, 19 September - Ankara University of Turkey grants scholarships to 25 Kyrgyz engineering "
        "students each year. Kyrgyz State Technical University and Ankara University renewed their partnership "
        "on Wednesday. Kyrgyz State Technical University has sent more than 300 students to Turkey "
        "since 2005.",
        "Kyrgyz State Technical University",
        "Ankara University of Turkey",
    ),
    (
        "Hanoi University of Science and Technology renews French partnership\n\n"
        "HANOI, 2 February - The University of Lyon of France grants excellence scholarships to 12 Vietnamese "
        "engineering students each year. Hanoi University of Science and Technology and the University of Lyon "
        "renewed their partnership on Monday. Hanoi University of Science and Technology has sent more "
        "than 200 students to France since 2010.",
        "Hanoi University of Science and Technology",
        "University of Lyon of France",
    ),
]


@pytest.mark.parametrize(("text", "home", "giver"), RENEWED_TIE)
def test_the_tied_institution_of_the_title_joins_one_sides_scholarships(
    text: str, home: str, giver: str
) -> None:
    assert _off(text) == [("scholarships", [giver])]
    assert _partners(text) == [("scholarships", sorted([home, giver]))]


@pytest.mark.parametrize(("text", "home", "giver"), RENEWED_TIE[:1])
def test_the_candidate_carries_the_tie_the_title_and_the_two_countries(
    text: str, home: str, giver: str
) -> None:
    doc, programmes, partnerships = _hook_input(text)
    cands = candidates(doc, programmes, partnerships)
    assert [doc.orgs[c.org].name for c in cands] == [home]
    f = cands[0].features
    for name in ("tied", "sole_tied", "only_tie", "in_title", "org_university", "partners_1", "one_tied"):
        assert f.get(name) == 1.0, name
    assert not f.get("same_country")
    assert not f.get("partners_2")
    assert set(f) <= set(FEATURES)


def test_the_switch_off_leaves_the_programme_with_its_giver() -> None:
    text, _, giver = RENEWED_TIE[0]
    learned_partners.use_model(None, off=True)
    assert _partners(text) == [("scholarships", [giver])]
    learned_partners.use_model(None)
    model = learned_partners.active_model()
    assert model is None or model.enabled


# -- what the model leaves as the rules made it -------------------------------------------------

KEPT = [
    # both partners told with the programme
    "New internship programme\n\nACCRA, 3 March - The University of Ghana has partnered with the University "
    "of Leeds. The Leeds-Ghana internship programme will place 15 graduates in laboratories each year, the "
    "university said.",
    "Nairobi university opens exchange with Belgian partner\n\nNAIROBI, 4 May - Kenyatta University and Ghent "
    "University signed a memorandum of understanding on Tuesday. The new exchange programme will send 12 "
    "students to Ghent every year.",
    # a ministry of the giver's own country praising it is no partner of its scholarships
    "Ministry praises Tashkent university\n\nTASHKENT, 1 March - The Ministry of Higher Education of "
    "Uzbekistan praised Tashkent State University of Economics for its international ties. Tashkent State "
    "University of Economics offers 40 scholarships for students from Afghanistan. The Ministry of Higher "
    "Education of Uzbekistan will support the programme.",
    # an embassy hosting alumni is no partner of a university's scholarships
    "Embassy of Japan hosts alumni\n\nDHAKA, 6 June - The Embassy of Japan in Dhaka hosted alumni of the MEXT "
    "scholarship. The University of Tokyo offers 5 scholarships to students from Bangladesh every year. The "
    "Embassy of Japan said the programme would continue.",
    # a foundation administering one scholarship and a ministry funding another
    "Scholarships for Kyrgyz students\n\nBISHKEK, 2 June - The Ministry of Education of Hungary will fund 50 "
    "scholarships for Kyrgyz students. The Stipendium Hungaricum scholarship programme is administered by the "
    "Tempus Public Foundation, and the students will study at the University of Debrecen.",
]


@pytest.mark.parametrize("text", KEPT)
def test_programmes_keep_the_rules_partners(text: str) -> None:
    assert _partners(text) == _off(text)


@pytest.mark.parametrize("text", KEPT[2:])
def test_state_bodies_foundations_and_embassies_are_no_candidates(text: str) -> None:
    doc, programmes, partnerships = _hook_input(text)
    assert programmes
    cands = candidates(doc, programmes, partnerships)
    assert all(
        doc.orgs[c.org].type in ("University", "School", "ResearchInstitute", "Faculty", "Centre")
        for c in cands
    )


# -- the cap per programme ----------------------------------------------------------------------


def test_a_programme_takes_at_most_its_cap_the_best_first() -> None:
    text = (
        "Three universities\n\nNAIROBI, 4 May - Kenyatta University, Moi University and Egerton University "
        "met in Nakuru on Monday. Ghent University of Belgium grants 10 scholarships to Kenyan students."
    )
    doc, programmes, partnerships = _hook_input(text)
    cands = [c for c in candidates(doc, programmes, partnerships) if doc.orgs[c.org].type == "University"]
    assert len(cands) >= 2
    # a model weighing only mentions: each candidate scores above a very low threshold
    model = PartnerModel({"mentions": 1.0}, 0.0, -5.0, True, 1)
    picked = chosen(model, cands)
    assert len(picked) == 1
    assert model.margin(picked[0].features) == max(model.margin(c.features) for c in cands)
    assert len(chosen(PartnerModel(model.weights, 0.0, -5.0, True, 2), cands)) == 2
    # above the threshold only: none
    assert chosen(PartnerModel(model.weights, 0.0, 5.0, True, 2), cands) == []
