"""The topic model's cheap pass over an article its rules read well: only the candidates of the lead sentence
("lead"), or of the headline and the first N sentences ("earlyN"), where a news story names what it is about. Every text here is our own
writing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kgpart.extract.topics.learned import (
    FEATURES,
    TopicModel,
    add_learned_topics,
    candidates,
    shipped_model,
)
from support.extracted import doc_with_entities

_TEXT = (
    "Lake Volta fisheries on the agenda in Accra\n\n"
    "The rector of the university received the Ambassador of Ghana to discuss cooperation in inland fisheries. "
    "The two sides also spoke of cooperation in seed banks, irrigation and crop insurance. "
    "Later they agreed on joint research in coastal erosion and river pollution. "
    "The guests visited the botanical garden and the new greenhouse wing."
)

#: The rules' labels of a well-read article (at the cap or above).
_RULES = [("seed banks", 2), ("irrigation", 2), ("crop insurance", 2), ("coastal erosion", 3)]


def _model(**kw: object) -> TopicModel:
    """Adds any two-word candidate, at most ten, below four rule labels."""
    weights = dict.fromkeys(FEATURES, 0.0)
    weights.update({"len2": 4.0})
    model = TopicModel(weights, -2.5, 0.0, {}, 10, enabled=True, max_rules=4)
    return replace(model, **kw)  # type: ignore[arg-type]


def _added(model: TopicModel, rules: list[tuple[str, int]]) -> list[tuple[str, int]]:
    doc = doc_with_entities(_TEXT)
    return add_learned_topics(doc, rules, model)[len(rules) :]


def test_an_article_at_the_cap_gets_nothing_without_a_cheap_pass() -> None:
    assert _added(_model(), _RULES) == []


@pytest.mark.parametrize(("beyond", "last"), [("early1", 1), ("early2", 2), ("early3", 3)])
def test_the_lead_pass_reads_the_headline_and_the_first_sentences_only(beyond: str, last: int) -> None:
    added = _added(_model(beyond=beyond), _RULES)
    assert added, beyond
    assert {n for _, n in added} <= set(range(last + 1))
    assert ("inland fisheries", 1) in added


def test_the_lead_alone_gives_the_leads_candidates_only() -> None:
    added = _added(_model(beyond="lead"), _RULES)
    assert ("inland fisheries", 1) in added
    assert {n for _, n in added} == {1}  # not the headline's "lake volta fisheries"


def test_the_lead_pass_adds_nothing_a_rule_label_covers() -> None:
    added = _added(_model(beyond="early3"), _RULES)
    assert not {label for label, _ in added} & {label for label, _ in _RULES}


def test_the_lead_pass_stops_at_the_cheap_passs_own_cap() -> None:
    assert _added(_model(beyond="early1", beyond_max=4), _RULES) == []
    assert _added(_model(beyond="early1", beyond_max=5), _RULES)


def test_the_lead_pass_gives_the_full_passs_candidates_of_those_sentences() -> None:
    doc = doc_with_entities(_TEXT)
    full = {(c.text, c.n) for c in candidates(doc, _RULES) if c.n <= 1}
    lead = {(c.text, c.n) for c in candidates(doc, _RULES, only={0, 1})}
    assert lead == full


def test_the_shipped_model_reads_the_lead_of_an_article_at_its_cap() -> None:
    model = shipped_model()
    assert model.beyond == "early2"
    assert model.max_rules == 4
