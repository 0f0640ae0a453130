"""The topic model's cheaper candidate pass gives what the slower one gave: one scan of a sentence for its six cue
groups finds the groups the six searches find (and a sentence ``_CUE`` passes), and the fused margin of a candidate
is the float of ``margin(lexicon_features(...))``. Every text here is our own writing."""

from __future__ import annotations

import pytest

from kgpart.extract.topics.learned import (
    _CUE,
    _CUE_GROUPS,
    _CUE_SCAN,
    FEATURES,
    TopicModel,
    candidates,
    lexicon_features,
    shipped_model,
)
from support.extracted import doc_with_entities

_SENTENCES = [
    "The sides discussed cooperation in soil science and water engineering.",
    "The sides talked over joint projects in mining, such as ore sorting.",
    "Such  as\nthis, the mount was climbed by the visiting delegation.",
    "An MoU on fisheries was signed; the mou was short.",
    "The mouse laboratory opened at the research centre in spring.",
    "According to the rector, the master's course in nursing begins in May.",
    "They met to review the school's artificial  intelligence programme.",
    "Nothing here names a cue at all, only a quiet walk in the park.",
    "The partnership covers agricultural technologies and health care.",
    "Delegates attended the forum and a visit to the engineering faculty.",
    "The focus is on domains including energy and medical sciences.",
    "A PhD and a bachelor degree in the field of exchange studies.",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_one_scan_finds_the_groups_of_six_searches(text: str) -> None:
    fold = text.casefold()
    found = {m.lastgroup for m in _CUE_SCAN.finditer(fold)}
    assert bool(found) == (_CUE.search(fold) is not None)
    assert found - {"other"} == {name for name, pattern in _CUE_GROUPS if pattern.search(fold)}


_TEXT = (
    "Soil and water on the agenda in Nakuru\n\n"
    "The rector of the university received the Ambassador of Kenya to discuss cooperation in soil microbiology. "
    "The two sides also spoke of joint work on drip irrigation, crop insurance and dairy value chains. "
    "Later they agreed on research in coastal erosion and river pollution, such as sediment transport."
)


def test_the_fused_margin_is_the_same_float() -> None:
    doc = doc_with_entities(_TEXT)
    model = shipped_model()
    cands = candidates(doc, [("crop insurance", 2)])
    assert len(cands) > 5
    for cand in cands:
        assert model.candidate_margin(cand) == model.margin(lexicon_features(cand, model.lexicon))
    # a model whose lexicon knows the words, the pairs and a whole phrase
    lexicon = {
        "soil": 1.25,
        "microbiology": 0.7,
        "drip irrigation": 2.1,
        "coastal": -0.3,
        "sediment transport": 0.9,
    }
    weights = {name: 0.1 * (k % 7) - 0.25 for k, name in enumerate(FEATURES)}
    other = TopicModel(weights, -1.5, 0.0, lexicon)
    for cand in cands:
        assert other.candidate_margin(cand) == other.margin(lexicon_features(cand, other.lexicon))
