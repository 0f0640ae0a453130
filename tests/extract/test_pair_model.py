"""The learned check of partnership pairs: its shipped weights, its features and what it adds.

Every text here is our own writing."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from kgpart.extract import extract_text
from kgpart.extract.doc import Doc
from kgpart.extract.partnerships import learned
from kgpart.extract.partnerships.learned import (
    FEATURES,
    PairModel,
    add_learned_pairs,
    candidates,
    shipped_model,
)
from kgpart.extract.record import Partnership
from support.extracted import doc_with_entities


def _pairs(doc: Doc) -> dict[frozenset[str], learned.Candidate]:
    return {frozenset((doc.orgs[c.a].name, doc.orgs[c.b].name)): c for c in candidates(doc, [])}


def test_shipped_weights_load_with_one_weight_per_feature() -> None:
    raw = json.loads(resources.files("kgpart").joinpath("data/pair_model.json").read_text(encoding="utf-8"))
    assert raw["features"] == list(FEATURES)
    model = shipped_model()
    assert set(model.weights) == set(FEATURES)
    assert model.mode in ("union", "rerank")
    assert all(isinstance(w, float) for w in model.weights.values())


@pytest.mark.parametrize(
    ("tie", "no_tie"),
    [
        (
            "Nairobi Technical University signed a memorandum of understanding with the University of Porto "
            "on joint research.",
            "In the new world ranking, Nairobi Technical University placed ahead of the University of Porto.",
        ),
        (
            "Riverside University has launched a double degree in marine biology with Lund University.",
            "Riverside University and Lund University won awards in the robotics competition.",
        ),
        (
            "The University of Valparaiso renewed its student exchange agreement with Gdansk University of "
            "Technology.",
            "The rector of the University of Valparaiso was formerly a lecturer at Gdansk University of Technology.",
        ),
    ],
)
def test_a_clear_tie_is_a_candidate_and_the_same_names_in_no_tie_are_none(tie: str, no_tie: str) -> None:
    (with_tie,) = candidates(doc_with_entities(tie), [])
    assert with_tie.features["tie_between"] == 1.0
    assert candidates(doc_with_entities(no_tie), []) == []  # no word of a tie: no pair to score
    names = frozenset(
        (doc_with_entities(tie).orgs[with_tie.a].name, doc_with_entities(tie).orgs[with_tie.b].name)
    )
    assert names in {frozenset(p["between"]) for p in extract_text(tie).to_dict()["partnerships"]}
    assert extract_text(no_tie).partnerships == []


@pytest.mark.parametrize(
    "text",
    [
        "In the ranking of partner universities, the University of Porto placed ahead of Nairobi Technical "
        "University.",
        "Lund University and the University of Valparaiso, partners in the network, won awards in the robotics "
        "competition.",
    ],
)
def test_two_universities_in_a_ranking_or_contest_score_below_the_threshold(text: str) -> None:
    doc = doc_with_entities(text)
    model = shipped_model()
    cands = candidates(doc, [])
    assert cands, "the two universities make a candidate pair"
    for cand in cands:
        assert cand.features["negative"] == 1.0
        assert model.margin(cand.features) < model.threshold


def test_a_faculty_beside_its_university_is_a_unit_not_a_party() -> None:
    doc = doc_with_entities(
        "Students of the Faculty of Law discussed the exchange agreement with the rector of Riverside University."
    )
    (cand,) = candidates(doc, [])
    assert cand.features["unit"] == 1.0


_RELEASE = (
    "Riverside University widens its European ties\n\n"
    "Riverside University has launched a double degree in marine biology with the University of Porto. "
    "Riverside University hosted the signing on Monday. "
    "It is the third such programme of Riverside University with European partners, after earlier ones "
    "with Gdansk University of Technology and the University of Valparaiso."
)


def test_the_model_adds_a_pair_of_a_release_the_rules_leave_out() -> None:
    doc = doc_with_entities(_RELEASE)
    found: list[Partnership] = []
    model = shipped_model()
    pairs = _pairs(doc)
    hub_pair = pairs[frozenset(("Riverside University", "Gdansk University of Technology"))]
    assert model.margin(hub_pair.features) >= model.threshold
    add_learned_pairs(doc, found, model)
    added = {frozenset(p.between) for p in found}
    assert frozenset(("Riverside University", "Gdansk University of Technology")) in added
    # the two partners listed together are no pair of each other
    assert frozenset(("Gdansk University of Technology", "University of Valparaiso")) not in added


def test_an_off_switch_adds_nothing() -> None:
    doc = doc_with_entities(_RELEASE)
    found: list[Partnership] = []
    off = PairModel(dict.fromkeys(FEATURES, 0.0), -5.0, 0.0, mode="union", enabled=True)
    add_learned_pairs(doc, found, off)
    assert found == []
    learned.use_model(None, off=True)
    try:
        assert learned.active_model() is None
        add_learned_pairs(doc, found)
        assert found == []
    finally:
        learned.use_model(None)


def test_records_stay_deterministic() -> None:
    first = extract_text(_RELEASE).to_dict()
    for _ in range(3):
        assert extract_text(_RELEASE).to_dict() == first
    doc_a, doc_b = doc_with_entities(_RELEASE), doc_with_entities(_RELEASE)
    assert [(c.a, c.b, c.features) for c in candidates(doc_a, [])] == [
        (c.a, c.b, c.features) for c in candidates(doc_b, [])
    ]


def test_the_extraction_runs_the_active_model_after_the_rules() -> None:
    pair = frozenset(("Riverside University", "Gdansk University of Technology"))
    learned.use_model(None, off=True)
    try:
        rules_only = {frozenset(p["between"]) for p in extract_text(_RELEASE).to_dict()["partnerships"]}
    finally:
        learned.use_model(None)
    model = shipped_model()
    learned.use_model(PairModel(model.weights, model.bias, model.threshold, mode=model.mode, enabled=True))
    try:
        with_model = {frozenset(p["between"]) for p in extract_text(_RELEASE).to_dict()["partnerships"]}
    finally:
        learned.use_model(None)
    assert pair not in rules_only
    assert pair in with_model
    assert rules_only < with_model


@pytest.mark.parametrize(
    "text",
    [
        "A dispute between Fjordheim University and Steppe Technical University was settled last year.",
        "The debate between Fjordheim University and Steppe Technical University drew a crowd.",
    ],
)
def test_a_sentence_with_no_word_of_a_tie_gives_no_candidate(text: str) -> None:
    assert candidates(doc_with_entities(text), []) == []
    assert extract_text(text).partnerships == []


@pytest.mark.parametrize(
    "text",
    [
        "The Korean mayor visited Fjordheim University and signed an agreement with the rector of Steppe "
        "Technical University.",
        "Fjordheim University, which cooperates with many universities, hosted the Steppe Technical University "
        "delegation.",
    ],
)
def test_the_model_never_adds_a_pair_whose_party_was_visited(text: str) -> None:
    doc = doc_with_entities(text)
    (cand,) = candidates(doc, [])
    assert cand.vetoed
    eager = PairModel(
        dict.fromkeys(FEATURES, 0.0), 10.0, 0.0, mode="union", enabled=True
    )  # would add any pair
    found: list[Partnership] = []
    add_learned_pairs(doc, found, eager)
    assert found == []
    (tie,) = candidates(
        doc_with_entities("Fjordheim University signed an agreement with Steppe Technical University."), []
    )
    assert not tie.vetoed


#: The main institution named three times, then a foreign partner named alone in a sentence of a tie.
_ACROSS = (
    "Fjordheim University opens a new office for international students\n\n"
    "Fjordheim University opened an office for international students on Tuesday. "
    "The rector of Fjordheim University said the office would serve 400 guests a year. "
    "Fjordheim University has students from 60 countries. "
    "A memorandum of understanding with the University of Cape Coast was also signed at the ceremony."
)


def test_the_main_institution_and_a_partner_named_alone_in_a_sentence_of_a_tie_make_a_pair_across_sentences() -> (
    None
):
    doc = doc_with_entities(_ACROSS)
    pair = _pairs(doc)[frozenset(("Fjordheim University", "University of Cape Coast"))]
    assert pair.features["cross"] == 1.0
    assert pair.features["cross_with"] == 1.0  # "with the" right before the partner's name
    assert pair.features["cross_hub_before"] == 1.0  # the main institution is named in the sentence before
    # a pair across sentences has weights of its own: none of the features of two names in one sentence
    assert not {k for k, v in pair.features.items() if v and not k.startswith("cross") and k != "rule"}


@pytest.mark.parametrize(
    "sentence",
    [
        # no word of a tie in the partner's sentence
        "Guests from the University of Cape Coast toured the campus.",
        # the partner is no institution (a ministry of the same state is no foreign partner)
        "A memorandum of understanding with the Ministry of Education was also signed at the ceremony.",
        # two other institutions named together: their own pair, not the main institution's
        "Earlier, Lagos State University signed a similar memorandum with the University of Cape Coast.",
    ],
)
def test_no_pair_across_sentences_without_a_tie_a_lone_institution_or_one_named_alone(sentence: str) -> None:
    text = _ACROSS.rsplit(". ", 1)[0] + ". " + sentence
    doc = doc_with_entities(text)
    assert all(not c.features.get("cross") for c in candidates(doc, []))


def test_a_pair_named_together_keeps_its_sentence_and_not_the_one_across() -> None:
    doc = doc_with_entities(
        _ACROSS
        + " Fjordheim University signed a student exchange agreement with the University of Cape Coast."
    )
    pair = _pairs(doc)[frozenset(("Fjordheim University", "University of Cape Coast"))]
    assert not pair.features.get("cross")
    assert pair.features["tie_between"] == 1.0


def test_the_shipped_model_adds_the_pair_across_sentences() -> None:
    doc = doc_with_entities(_ACROSS)
    found: list[Partnership] = []
    add_learned_pairs(doc, found, shipped_model())
    assert {frozenset(p.between) for p in found} == {
        frozenset(("Fjordheim University", "University of Cape Coast"))
    }
    assert found[0].evidence is not None and "Cape Coast" in found[0].evidence.sentence


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("Fjordheim University and Steppe Technical University signed a memorandum on Monday.", 1.0),
        (
            "Under the new agreement, Fjordheim University and Steppe Technical University will share labs.",
            1.0,
        ),
        (
            "Fjordheim University, founded in the north of the country in 1901, and Steppe Technical University, "
            "the oldest school of the steppe region, spoke at a forum that ended with a talk on the cooperation of "
            "national academies.",
            0.0,
        ),
    ],
)
def test_a_word_of_a_tie_right_before_or_after_a_name_is_near_it(text: str, near: float) -> None:
    (pair,) = candidates(doc_with_entities(text), [])
    assert pair.features["tie_between"] == 0.0
    assert pair.features["tie_near"] == near
