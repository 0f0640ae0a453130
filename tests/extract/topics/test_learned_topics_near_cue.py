"""The topic model's cheap passes over an article its rules read well: only the candidates near a list cue
("in the fields of", "such as", "including", "cooperation in") of such a sentence, or only those of the
sentences that hold one of the rules' labels. Every text here is our own writing."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from kgpart.extract.topics.learned import FEATURES, TopicModel, add_learned_topics, candidates, load_model
from support.extracted import doc_with_entities

_TEXT = (
    "Ghana's envoy at the university\n\n"
    "The rector of the university received the Ambassador of Ghana on Tuesday. "
    "At the meeting, cocoa farming and coastal erosion came up over lunch at the faculty club. "
    "The two sides agreed on cooperation in the fields of seed banks, irrigation, crop insurance and soil testing. "
    "Later the guests visited the botanical garden and the new greenhouse wing."
)

#: The rules' labels of a well-read article (at the cap or above).
_RULES = [("seed banks", 3), ("irrigation", 3), ("marine biology", 3), ("forestry", 3)]


def _model(**kw: object) -> TopicModel:
    """Adds any candidate after a list cue (and some others), at most ten, below four rule labels."""
    weights = dict.fromkeys(FEATURES, 0.0)
    weights.update({"cue_near": 4.0, "cue_far": 4.0, "len2": 1.0})
    model = TopicModel(weights, -2.5, 0.0, {}, 10, enabled=True, max_rules=4)
    return replace(model, **kw)  # type: ignore[arg-type]


def test_the_near_pass_keeps_only_candidates_after_a_list_cue() -> None:
    doc = doc_with_entities(_TEXT)
    full = {c.text for c in candidates(doc, _RULES)}
    near = {c.text for c in candidates(doc, _RULES, near_only=True)}
    assert {"crop insurance", "soil testing"} <= near
    assert "cocoa farming" in full and "cocoa farming" not in near  # no list cue in its sentence
    assert "botanical garden" not in near
    assert near <= full


def test_the_near_pass_gives_the_full_passs_features_but_many() -> None:
    doc = doc_with_entities(_TEXT)
    full = {c.text: c.features for c in candidates(doc, _RULES)}
    for cand in candidates(doc, _RULES, near_only=True):
        assert "many" not in cand.features
        assert cand.features == {k: v for k, v in full[cand.text].items() if k != "many"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides discussed cocoa farming, coastal erosion and fish stocks.",
        "The envoy named priorities such as cocoa farming, coastal erosion and fish stocks.",
        "Both universities agreed to collaborate on cocoa farming, coastal erosion and fish stocks.",
    ],
)
def test_each_list_cue_opens_the_near_pass(sentence: str) -> None:
    doc = doc_with_entities(f"Talks\n\nThe rector met the Ambassador of Ghana. {sentence}")
    near = {c.text for c in candidates(doc, [("fish stocks", 2)], near_only=True)}
    assert {"cocoa farming", "coastal erosion"} <= near


def test_a_well_read_article_gets_the_near_candidates_only_when_the_model_says_so() -> None:
    doc = doc_with_entities(_TEXT)
    assert add_learned_topics(doc, _RULES, _model()) == _RULES  # at the cap: nothing added
    added = [label for label, _ in add_learned_topics(doc, _RULES, _model(beyond="near"))[len(_RULES) :]]
    assert {"crop insurance", "soil testing"} <= set(added)
    assert "cocoa farming" not in added and "botanical garden" not in added


def test_below_the_cap_the_full_pass_still_reads_every_cue_sentence() -> None:
    doc = doc_with_entities(_TEXT)
    rules = _RULES[:1]
    eager = _model(beyond="near", weights={**dict.fromkeys(FEATURES, 0.0), "len2": 4.0})
    added = [label for label, _ in add_learned_topics(doc, rules, eager)[1:]]
    assert {"cocoa farming", "botanical garden"} <= set(added)


def test_the_model_file_says_which_cheap_pass_runs() -> None:
    data = {"features": ["len1"], "weights": [1.0], "bias": 0, "threshold": 0}
    assert load_model(json.dumps(data)).beyond == ""
    assert load_model(json.dumps({**data, "beyond": "rule"})).beyond == "rule"


def test_the_rule_pass_reads_only_the_sentences_of_the_rules_labels() -> None:
    doc = doc_with_entities(_TEXT)
    full = {c.text: c.features for c in candidates(doc, _RULES)}
    cands = candidates(doc, _RULES, rule_only=True)
    assert {c.n for c in cands} == {3}  # the sentence of the rules' labels
    rule = {c.text: c.features for c in cands}
    assert {"crop insurance", "soil testing"} <= set(rule)
    for text, features in rule.items():
        assert features == {k: v for k, v in full[text].items() if k != "many"}
    # a label of the rules in the sentence of the meeting: its candidates too
    both = {c.text for c in candidates(doc, [*_RULES, ("coastal erosion", 2)], rule_only=True)}
    assert "cocoa farming" in both and "botanical garden" not in both


def test_a_well_read_article_gets_the_rule_sentences_candidates_when_the_model_says_so() -> None:
    doc = doc_with_entities(_TEXT)
    eager = _model(beyond="rule", weights={**dict.fromkeys(FEATURES, 0.0), "len2": 4.0})
    rules = [*_RULES, ("coastal erosion", 2)]
    added = [label for label, _ in add_learned_topics(doc, rules, eager)[len(rules) :]]
    assert {"cocoa farming", "crop insurance", "soil testing"} <= set(added)
    assert "botanical garden" not in added


def test_the_rule_pass_stops_at_the_models_most_rule_labels() -> None:
    doc = doc_with_entities(_TEXT)
    rules = [*_RULES, ("coastal erosion", 2)]  # five labels
    weights = {**dict.fromkeys(FEATURES, 0.0), "len2": 4.0}
    assert len(add_learned_topics(doc, rules, _model(beyond="rule", beyond_max=6, weights=weights))) > len(
        rules
    )
    assert add_learned_topics(doc, rules, _model(beyond="rule", beyond_max=5, weights=weights)) == rules
    data = {"features": ["len1"], "weights": [1.0], "bias": 0, "threshold": 0}
    assert load_model(json.dumps(data)).beyond_max == 1000
    assert load_model(json.dumps({**data, "beyond_max": 6})).beyond_max == 6
