"""The learned topic model's wider candidates, its richer features and its second half that drops the rules'
weakest labels (kgpart.extract.topics.learned). Every text here is our own writing."""

from __future__ import annotations

import json

import pytest

from kgpart.extract import extract_text
from kgpart.extract.topics import learned
from kgpart.extract.topics.learned import (
    DROP_FEATURES,
    FEATURES,
    Candidate,
    DropModel,
    TopicModel,
    add_learned_topics,
    candidates,
    label_features,
    lexicon_features,
    load_model,
    shipped_model,
)
from support.extracted import doc_with_entities


def _cands(text: str, rules: list[tuple[str, int]] | None = None) -> dict[str, Candidate]:
    return {c.text: c for c in candidates(doc_with_entities(text), rules or [])}


def _labels(text: str) -> list[str]:
    return [t if isinstance(t, str) else t["label"] for t in extract_text(text).to_dict()["topics"]]


def _only(weights: dict[str, float], bias: float, threshold: float = 0.0, most: int = 100) -> TopicModel:
    return TopicModel({k: weights.get(k, 0.0) for k in FEATURES}, bias, threshold, {}, most, enabled=True)


# -- candidates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "field", "generic"),
    [
        ("The parties discussed food security issues.", "food security", "issues"),
        (
            "The envoy and the rector discussed higher education matters on Monday.",
            "higher education",
            "matters",
        ),
        ("They spoke about prospects of the renewable energy sector.", "renewable energy", "sector"),
        ("The sides discussed the oil and gas sphere.", "gas", "sphere"),
        ("Both sides praised their hydrology cooperation.", "hydrology", "cooperation"),
        ("The talks dealt with aviation safety prospects.", "aviation safety", "prospects"),
    ],
)
def test_a_run_ending_in_a_generic_word_gives_the_field_before_it(
    sentence: str, field: str, generic: str
) -> None:
    cands = _cands("Talks\n\n" + sentence)
    assert field in cands
    assert cands[field].features["generic_head"] == 1.0
    assert cands[field].features["next_coop"] == 1.0
    assert not any(generic in c for c in cands)


def test_a_run_of_generic_words_only_gives_nothing() -> None:
    cands = _cands("Talks\n\nThe sides discussed cooperation prospects and partnership issues.")
    assert not any(w in c for c in cands for w in ("prospects", "issues", "cooperation", "partnership"))


def test_a_long_lower_case_run_gives_its_last_three_words() -> None:
    cands = _cands("Talks\n\nThe partners will cooperate in deep sea mineral resource exploration.")
    assert "mineral resource exploration" in cands
    assert cands["mineral resource exploration"].features["cut"] == 1.0
    assert "deep sea mineral resource exploration" not in cands


def test_a_long_run_with_a_capital_gives_nothing() -> None:
    cands = _cands(
        "Talks\n\nThe partners met at Lake Victoria Basin Water Research Station on Monday to cooperate."
    )
    assert not any("Station" in c or "Research" in c for c in cands)


@pytest.mark.parametrize(
    "sentence",
    [
        "Agricultural engineering graduates are in demand.",
        "Doctors trained in tropical medicine work in the north.",
        "The new building will house a centre for applied sciences.",
    ],
)
def test_a_word_of_a_field_makes_a_sentence_a_cue(sentence: str) -> None:
    assert candidates(doc_with_entities("News\n\n" + sentence), [])


def test_sentences_without_any_cue_still_give_nothing() -> None:
    assert (
        candidates(
            doc_with_entities("Weather\n\nThe weather was cold and windy in the hills on Tuesday."), []
        )
        == []
    )


# -- features ------------------------------------------------------------------------------------------


def test_a_field_word_at_the_head_or_inside() -> None:
    cands = _cands("Talks\n\nThe sides discussed marine biology, biology teaching and wheat.")
    assert cands["marine biology"].features.get("field_head") == 1.0
    assert cands["biology teaching"].features.get("field_word") == 1.0
    assert "field_head" not in cands["biology teaching"].features
    assert "field_head" not in cands["wheat"].features and "field_word" not in cands["wheat"].features


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("The universities will cooperate in areas such as robotics, geodesy and forestry.", "geodesy"),
        (
            "The universities agreed on cooperation in dairy farming, viticulture and beekeeping.",
            "viticulture",
        ),
        ("They will run joint projects including cattle breeding, orchards and fish farming.", "orchards"),
    ],
)
def test_a_list_item_near_a_list_cue(sentence: str, item: str) -> None:
    f = _cands("Memorandum\n\n" + sentence)[item].features
    assert f["list_both"] == 1.0 and f["prev_list"] == 1.0 and f["next_list"] == 1.0
    assert f["cue_near"] == 1.0


def test_an_item_far_from_the_cue_is_far() -> None:
    sentence = (
        "The universities agreed on cooperation in teaching, and after a long tour of the new library building "
        "and the sports grounds with the guests, both rectors also praised the campus gardens and the orchards."
    )
    f = _cands("Memorandum\n\n" + sentence)["orchards"].features
    assert "cue_near" not in f
    assert f["cue_far"] == 1.0


def test_title_repeats_and_names() -> None:
    text = (
        "Cocoa processing on the agenda of talks in Accra\n\n"
        "The rector of Coastal University met the Minister of Trade of Ghana in Accra. "
        "The sides discussed cocoa processing and training. Cocoa processing is a priority for Ghana."
    )
    cands = candidates(doc_with_entities(text), [])
    body = [c for c in cands if c.n > 0 and c.text.lower() == "cocoa processing"]
    assert body and all(c.features["in_title"] == 1.0 for c in body)
    assert all(c.features["freq"] >= 0.6 for c in body)  # three times in the text
    accra = [c for c in cands if c.text == "Accra" and c.n > 0]
    assert accra and accra[0].features["name_like"] == 1.0


def test_a_list_neighbour_of_a_rule_label() -> None:
    text = "Talks\n\nThe sides discussed seed banks, irrigation and crop insurance."
    cands = _cands(text, [("irrigation", 1)])
    assert cands["seed banks"].features.get("rule_sibling") == 1.0
    assert cands["crop insurance"].features.get("rule_sibling") == 1.0
    far = _cands(
        "Talks\n\nThe sides discussed seed banks. Irrigation was not discussed.", [("Irrigation", 2)]
    )
    assert "rule_sibling" not in far["seed banks"].features


def test_the_lexicon_reads_word_pairs_and_whole_phrases() -> None:
    cand = _cands("Talks\n\nThe sides discussed solar water heating.")["solar water heating"]
    f = lexicon_features(
        cand, {"solar water": 1.2, "water heating": 0.4, "solar water heating": 2.0, "solar": 0.3}
    )
    assert f["lex_pair"] == 1.2 and f["lex_phrase"] == 2.0 and f["lex_max"] == 0.3
    short = _cands("Talks\n\nThe sides discussed wind power.")["wind power"]
    f = lexicon_features(short, {"wind power": 0.9})
    assert f["lex_pair"] == 0.9 and f["lex_phrase"] == 0.9
    one = _cands("Talks\n\nThe sides discussed geodesy.")["geodesy"]
    assert "lex_pair" not in lexicon_features(one, {"geodesy": 1.0})


def test_features_of_the_rules_labels() -> None:
    text = (
        "Seismology at the heart of talks\n\n"
        "The rector met the Ambassador of Chile. The sides discussed seismology and several disciplines. "
        "Seismology is taught at both universities."
    )
    doc = doc_with_entities(text)
    feats = {c.text: c.features for c in label_features(doc, [("seismology", 2), ("several disciplines", 2)])}
    seis, several = feats["seismology"], feats["several disciplines"]
    assert seis["in_title"] == 1.0 and seis["freq"] >= 0.6 and seis["found"] == 1.0
    assert seis["field_head"] == 1.0 and seis["len1"] == 1.0 and seis["siblings"] == 0.25
    assert several["len2"] == 1.0 and "in_title" not in several and "field_head" not in several
    assert seis["cue_discuss"] == 1.0 and several["position"] == 0.5


# -- the hook: adding by the model's threshold, dropping ----------------------------------------------------


_FIELDS = (
    "Talks\n\nThe rector met the Ambassador of Peru. The sides discussed seed banks, irrigation, crop insurance, "
    "soil testing, grain storage and pest control."
)


def test_the_number_added_is_the_models_not_a_small_cap() -> None:
    doc = doc_with_entities(_FIELDS)
    eager = _only({"list_both": 3.0, "rule_sibling": 1.0}, -1.0)
    out = add_learned_topics(doc, [("irrigation", 2)], eager)
    added = [label for label, _ in out[1:]]
    assert {"seed banks", "crop insurance", "soil testing", "grain storage"} <= set(added)
    strict = _only({"list_both": 3.0, "rule_sibling": 1.0}, -1.0, threshold=3.5)
    assert add_learned_topics(doc, [("irrigation", 2)], strict) == [("irrigation", 2)]


def _dropper(threshold: float = 0.0) -> TopicModel:
    drop = DropModel(
        {"generic_word": -3.0, "field_head": 1.0, "lex_min": 1.0}, 0.5, threshold, {"several": -1.0}
    )
    return TopicModel(dict.fromkeys(FEATURES, 0.0), -9.0, 0.0, {}, 0, enabled=True, drop=drop)


def test_the_drop_model_takes_away_the_rules_weakest_labels() -> None:
    text = (
        "Talks\n\nThe rector met the Ambassador of Chile. The sides discussed seismology, cooperation issues "
        "and several disciplines."
    )
    doc = doc_with_entities(text)
    rules = [("seismology", 2), ("cooperation issues", 2), ("several disciplines", 2)]
    assert add_learned_topics(doc, rules, _dropper()) == [("seismology", 2)]
    # a threshold no label is under: the rules' labels all stay, in their order
    assert add_learned_topics(doc, rules, _dropper(-10.0)) == rules


def test_a_model_without_a_drop_part_keeps_every_rule_label() -> None:
    doc = doc_with_entities(_FIELDS)
    rules = [("irrigation", 2), ("pest control", 2)]
    assert add_learned_topics(doc, rules, _only({}, -9.0))[: len(rules)] == rules


def test_a_model_file_with_a_drop_part_loads_and_a_bad_one_fails_clearly() -> None:
    data = {
        "features": ["len1"],
        "weights": [1.0],
        "bias": 0,
        "threshold": 0,
        "drop": {
            "features": ["generic_word"],
            "weights": [-2.0],
            "bias": 1.0,
            "threshold": -0.5,
            "lexicon": {},
        },
    }
    model = load_model(json.dumps(data))
    assert (
        model.drop is not None
        and model.drop.weights == {"generic_word": -2.0}
        and model.drop.threshold == -0.5
    )
    data["drop"] = {"features": ["shoe_size"], "weights": [1.0], "bias": 0, "threshold": 0}
    with pytest.raises(ValueError, match="unknown drop features"):
        load_model(json.dumps(data))
    data["drop"] = {"features": ["len1"], "weights": [1.0], "bias": 0}
    with pytest.raises(ValueError, match="bad or missing field in 'drop'"):
        load_model(json.dumps(data))


def test_the_shipped_file_names_the_features_of_both_parts() -> None:
    model = shipped_model()
    assert set(model.weights) <= set(FEATURES)
    if model.drop is not None:
        assert set(model.drop.weights) <= set(DROP_FEATURES)


def test_the_switch_turns_the_whole_model_off() -> None:
    learned.use_model(_dropper())
    try:
        assert learned.active_model() is not None
    finally:
        learned.use_model(None, off=True)
    try:
        assert learned.active_model() is None
        text = "Talks\n\nThe rector met the Ambassador of Chile. The sides discussed seismology and several disciplines."
        off = _labels(text)
    finally:
        learned.use_model(None)
    learned.use_model(_dropper())
    try:
        dropped = _labels(text)
    finally:
        learned.use_model(None)
    assert "several disciplines" in off
    assert "several disciplines" not in dropped and "seismology" in dropped


# -- the shipped model on clear constructions -------------------------------------------------------------


_LEAD = "Talks\n\nThe rector received the Ambassador of Kenya. "


def _with_and_without(text: str) -> tuple[list[str], list[str]]:
    learned.use_model(None, off=True)
    try:
        off = _labels(text)
    finally:
        learned.use_model(None)
    return _labels(text), off


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("The parties discussed food security issues.", "food security"),
        (
            "The sides discussed food security issues and the training of veterinary specialists.",
            "food security",
        ),
        ("The talks touched upon public health matters and vaccine research.", "public health"),
    ],
)
def test_the_shipped_model_reads_the_field_before_a_generic_word(sentence: str, field: str) -> None:
    on, off = _with_and_without(_LEAD + sentence)
    assert field not in off
    assert field in on
    assert on[: len(off)] == off  # the rules' labels first, unchanged


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "They exchanged views on desert ecology and water resource management.",
            ["desert ecology", "water resource management"],
        ),
        (
            "The talks focused on nuclear medicine and radiation safety.",
            ["nuclear medicine", "radiation safety"],
        ),
        (
            "The sides discussed student exchange, joint research and academic mobility.",
            ["student exchange", "joint research", "academic mobility"],
        ),
        ("The meeting was devoted to wildlife conservation.", ["wildlife conservation"]),
    ],
)
def test_the_shipped_model_keeps_the_rules_answer_where_they_read_the_fields(
    sentence: str, labels: list[str]
) -> None:
    on, off = _with_and_without(_LEAD + sentence)
    assert off == labels
    assert on == labels
