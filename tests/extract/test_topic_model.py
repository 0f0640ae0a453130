"""The learned source of topic labels: its shipped weights, its candidates, its switch and what it adds.

Every text here is our own writing."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from kgpart.extract import extract_text
from kgpart.extract.topics import find_topics, learned
from kgpart.extract.topics.learned import (
    FEATURES,
    MAX_PER_ARTICLE,
    MAX_PER_SENTENCE,
    MAX_WORDS,
    TopicModel,
    add_learned_topics,
    candidates,
    lexicon_features,
    load_model,
    shipped_model,
)
from support.extracted import doc_with_entities


def _labels(text: str) -> list[str]:
    return [t if isinstance(t, str) else t["label"] for t in extract_text(text).to_dict()["topics"]]


def _enabled() -> TopicModel:
    """The shipped weights, switched on (whatever the shipped file says)."""
    m = shipped_model()
    return TopicModel(m.weights, m.bias, m.threshold, m.lexicon, max(m.max_added, 2), enabled=True)


_RELEASE = (
    "Lakeshore University and Andes Mountain University sign a memorandum\n\n"
    "Lakeshore University and Andes Mountain University signed a memorandum of understanding on Monday. "
    "The rectors talked about glacier monitoring and seismic hazard mapping, and the two sides will "
    "prepare a joint summer course next year. Lakeshore University has trained geologists since 1961."
)

#: A field the rules' constructions do not read ("talked over X"; "joint work on X" the rules now read: field_runs);
#: the model adds it.
_VISIT = (
    "Steppe Technical University hosts envoy\n\n"
    "The Ambassador of Peru visited Steppe Technical University on Friday. The guests were shown the new "
    "laboratories, and the parties talked over volcanic soil chemistry."
)


def test_shipped_file_loads_with_one_weight_per_feature() -> None:
    raw = json.loads(resources.files("kgpart").joinpath("data/topic_model.json").read_text(encoding="utf-8"))
    model = shipped_model()
    if raw["enabled"]:
        assert raw["features"] == list(FEATURES)
        assert set(model.weights) == set(FEATURES)
        assert model.lexicon
        assert model.max_added >= 1
    assert all(isinstance(v, float) for v in model.lexicon.values())


def test_the_hook_adds_labels_the_rules_miss_and_the_switch_takes_them_away() -> None:
    learned.use_model(None, off=True)
    try:
        rules_only = _labels(_VISIT)
        rules_release = _labels(_RELEASE)
    finally:
        learned.use_model(None)
    learned.use_model(_enabled())
    try:
        with_model = _labels(_VISIT)
        release = _labels(_RELEASE)
    finally:
        learned.use_model(None)
    assert "volcanic soil chemistry" not in rules_only
    assert "volcanic soil chemistry" in with_model
    assert with_model[: len(rules_only)] == rules_only  # the rules' labels first, unchanged
    # the rules read the fields of the release: the model adds nothing they cover
    assert "glacier monitoring" in rules_release
    assert all(x in release for x in rules_release)
    assert not any("glacier" in x or "seismic" in x for x in release[len(rules_release) :])


def test_the_shipped_model_is_on_and_hooked() -> None:
    assert shipped_model().enabled  # switched on by session 11's leave-one-set-out (bench/README.md)
    assert "volcanic soil chemistry" in _labels(_VISIT)


def test_an_off_switch_or_a_disabled_file_adds_nothing() -> None:
    doc = doc_with_entities(_RELEASE)
    rules = [("geology", 1)]
    off = TopicModel(dict.fromkeys(FEATURES, 0.0), -5.0, 0.0, {}, 3, enabled=True)
    assert add_learned_topics(doc, rules, off) == rules
    disabled = TopicModel(dict.fromkeys(FEATURES, 0.0), 5.0, 0.0, {}, 3, enabled=False)
    learned.use_model(disabled)
    try:
        assert learned.active_model() is None
        assert add_learned_topics(doc, rules) == rules
    finally:
        learned.use_model(None)
    learned.use_model(None, off=True)
    try:
        assert learned.active_model() is None
        assert [t.label for t in find_topics(doc)] == [
            t.label for t in find_topics(doc_with_entities(_RELEASE))
        ]
    finally:
        learned.use_model(None)


def test_a_model_adds_at_most_its_number_and_nothing_a_rule_label_covers() -> None:
    doc = doc_with_entities(_RELEASE)
    eager = TopicModel(dict.fromkeys(FEATURES, 0.0), 5.0, 0.0, {}, 2, enabled=True)
    out = add_learned_topics(doc, [("glacier monitoring", 1)], eager)
    assert len(out) == 3
    added = [label.lower() for label, _ in out[1:]]
    assert all("glacier monitoring" not in x and x not in "glacier monitoring" for x in added)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not JSON"),
        ('["a", "list"]', "JSON object"),
        ('{"features": ["len1"], "weights": [1.0, 2.0], "bias": 0, "threshold": 0}', "as many weights"),
        ('{"features": ["shoe_size"], "weights": [1.0], "bias": 0, "threshold": 0}', "unknown features"),
        ('{"features": ["len1"], "weights": [1.0], "threshold": 0}', "bad or missing field"),
        ('{"features": ["len1"], "weights": ["heavy"], "bias": 0, "threshold": 0}', "bad or missing field"),
    ],
)
def test_a_bad_model_file_ends_in_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(ValueError, match="topic model") as caught:
        load_model(text)
    assert message in str(caught.value)


def test_candidates_come_only_from_sentences_with_a_cue() -> None:
    doc = doc_with_entities("Weather\n\nThe weather was cold and windy in the hills on Tuesday morning.")
    assert candidates(doc, []) == []
    doc = doc_with_entities("Talks\n\nThe two universities discussed coastal erosion on Tuesday.")
    assert "coastal erosion" in [c.text for c in candidates(doc, [])]


def test_candidates_are_runs_of_at_most_four_words_between_stop_words() -> None:
    doc = doc_with_entities(
        "Fields\n\nThe partners will cooperate in deep sea mineral resource exploration and in soil science, "
        "with a focus on wheat."
    )
    texts = [c.text for c in candidates(doc, [])]
    assert "soil science" in texts
    assert "wheat" in texts
    assert all(len(t.split()) <= MAX_WORDS for t in texts)
    # a run of five words is no label; its last three words are a candidate (the head of a long noun phrase)
    assert "mineral resource exploration" in texts and not any("deep" in t for t in texts)
    assert not any(t.lower().startswith(("the ", "in ", "with ")) for t in texts)


def test_candidates_have_limits_per_sentence_and_per_article() -> None:
    fields = ", ".join(f"field{chr(97 + k // 26)}{chr(97 + k % 26)}" for k in range(40))
    doc = doc_with_entities(f"List\n\nThe agreement covers {fields}.")
    assert len(candidates(doc, [])) == MAX_PER_SENTENCE
    sentence = (
        "The agreement covers geology, botany, hydrology, forestry, zoology, ecology, optics and acoustics. "
    )
    doc = doc_with_entities("Long\n\n" + sentence * 40)
    assert len(candidates(doc, [])) == MAX_PER_ARTICLE


def test_features_of_a_candidate() -> None:
    doc = doc_with_entities(
        "Talks\n\nLakeshore University discussed cooperation in water management with the Nordic Institute of "
        "Marine Research."
    )
    cands = {c.text: c for c in candidates(doc, [("water management", 1)])}
    water = cands["water management"].features
    assert water["prev_in"] == 1.0 and water["len2"] == 1.0 and water["rule_sentence"] == 1.0
    assert water["cue_discuss"] == 1.0 and water["cue_tie"] == 1.0
    assert water.get("in_org", 0.0) == 0.0
    assert "Marine Research" not in cands  # words of a name
    lex = lexicon_features(cands["water management"], {"water": 1.5, "management": -0.5})
    assert (
        lex["lex_max"] == 1.5 and lex["lex_min"] == -0.5 and lex["lex_last"] == -0.5 and lex["unknown"] == 0.0
    )


def test_records_stay_deterministic() -> None:
    learned.use_model(_enabled())
    try:
        first = extract_text(_RELEASE).to_dict()
        assert extract_text(_RELEASE).to_dict() == first
    finally:
        learned.use_model(None)
