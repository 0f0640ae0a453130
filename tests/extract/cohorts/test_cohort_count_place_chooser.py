"""The optional chooser of the place of a count the cohort count model adds (``CountModel.place``, session 15):
a model file's "place" (weights over ``learned_places.FEATURES``) is read, and a chooser that prefers another
candidate place by more than its margin puts that place; none, or one that is disabled, leaves the count's own
place. Measured in leave-one-set-out it lost against the own place (bench/README.md, session 15), so the shipped
file has none. Every text is our own."""

from __future__ import annotations

from typing import Any

from kgpart.extract.cohorts import learned_counts
from kgpart.extract.cohorts.learned_counts import CountModel, candidates, chosen_place, place_candidates
from kgpart.extract.cohorts.learned_places import FEATURES as PLACE_FEATURES
from kgpart.extract.cohorts.learned_places import PlaceModel
from support.extracted import doc_with_entities

_TEXT = (
    "Brenton Institute of Technology signed an agreement with Moi University on Monday. "
    "Moi University received the delegation. It enrols about 40,000 students."
)


def _file(place: dict[str, Any] | None) -> dict[str, Any]:
    data: dict[str, Any] = {"bias": 0.0, "threshold": -10.0, "features": ["fallback"], "weights": [0.0]}
    if place is not None:
        data["place"] = place
    return data


def _chooser(threshold: float, enabled: bool = True, **weights: float) -> dict[str, Any]:
    return {
        "enabled": enabled,
        "bias": 0.0,
        "threshold": threshold,
        "features": list(PLACE_FEATURES),
        "weights": [weights.get(f, 0.0) for f in PLACE_FEATURES],
    }


def _candidate() -> tuple[Any, Any]:
    doc = doc_with_entities("News\n\n" + _TEXT)
    found = {c.count: c for c in candidates(doc, [], [])}
    return doc, found[40000]


def test_a_model_file_without_a_chooser_or_with_a_disabled_one_has_none() -> None:
    assert CountModel.from_dict(_file(None)).place is None
    assert CountModel.from_dict(_file(_chooser(0.0, enabled=False))).place is None
    model = CountModel.from_dict(_file(_chooser(1.5, hub=2.0)))
    assert isinstance(model.place, PlaceModel) and model.place.threshold == 1.5


def test_the_own_place_comes_first_among_the_candidates() -> None:
    doc, cand = _candidate()
    places = place_candidates(doc, cand)
    assert cand.at == "Moi University"  # the institution told of last
    assert places[0].name == "Moi University" and places[0].features.get("rule") == 1.0
    assert "Brenton Institute of Technology" in [p.name for p in places]


def test_the_chooser_puts_another_place_only_past_its_margin() -> None:
    doc, cand = _candidate()
    # a chooser that likes institutions named before the sentence before, and dislikes the own place
    prefers = {"earlier": 3.0, "rule": -1.0}
    assert chosen_place(doc, cand, PlaceModel.from_dict(_chooser(0.5, **prefers))) == (
        "Brenton Institute of Technology"
    )
    assert chosen_place(doc, cand, PlaceModel.from_dict(_chooser(10.0, **prefers))) == "Moi University"


def test_the_hook_uses_the_chooser_of_its_model() -> None:
    prefers = {"earlier": 3.0, "rule": -1.0}
    doc = doc_with_entities("News\n\n" + _TEXT)
    learned_counts.use_model(CountModel.from_dict(_file(_chooser(0.5, **prefers))))
    try:
        added = learned_counts.add_learned_counts(doc, [], [])
    finally:
        learned_counts.use_model(None)
    assert [(c.count, c.at) for c in added] == [(40000, "Brenton Institute of Technology")]
