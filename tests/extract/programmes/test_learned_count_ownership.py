"""Who owns a count once the learned programme-count model has spoken (kgpart.extract.programmes.learned_counts,
kgpart.extract.count_owner): in "guarded" mode the model may change a count of the rules only when that count has
a weak wording and never to a vetoed one; a count the model gives a programme with a margin that reaches the
model's ``drop_threshold`` takes away the cohort of the same count in the sentence it was read from. Every text is
our own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kgpart.extract import extract_text
from kgpart.extract.programmes import learned_counts
from kgpart.extract.programmes.learned_counts import FEATURES, Candidate, CountModel, choose, may_replace


@pytest.fixture(autouse=True)
def _shipped() -> Iterator[None]:
    learned_counts.use_model(None)
    yield
    learned_counts.use_model(None)


WEIGHTS = dict.fromkeys(FEATURES, 0.0) | {"n_places": 5.0}


def _guarded(replace: float | None, when: str = "weak") -> CountModel:
    return CountModel(WEIGHTS, 0.0, 1.0, mode="guarded", replace_threshold=replace, replace_when=when)


def _ruled(**features: float) -> Candidate:
    return Candidate(12, 0, "students", {"rule": 1.0}, (dict(features), {"d0": 1.0}))


PLACES = Candidate(30, 1, "places", {}, ({"n_places": 1.0}, {"d1": 1.0}))
NONE = Candidate(None, -1, None, {"none": 1.0, "rule": 1.0})


def test_guarded_mode_with_no_margin_to_replace_is_fill_mode() -> None:
    model = _guarded(None)
    assert choose(model, [PLACES, _ruled(v_cohort=1.0)]) is None
    assert choose(model, [PLACES, NONE]) is PLACES
    own = Candidate(30, 0, None, {}, ({"n_places": 1.0}, {"d0": 1.0}))
    assert choose(model, [own, NONE]) is None


@pytest.mark.parametrize("weak", ["v_cohort", "n_staff", "v_event", "q_about", "other_evidence", "large"])
def test_a_weak_count_of_the_rules_gives_way_to_a_clear_one(weak: str) -> None:
    assert choose(_guarded(1.0), [PLACES, _ruled(**{weak: 1.0})]) is PLACES


@pytest.mark.parametrize(
    "features",
    [
        {},  # a plain count of the rules
        {"rule_unseen": 1.0},  # a count the rules work out ("six from each side": 12; "20-25": 25)
        {"n_students": 1.0, "q_upto": 1.0},
    ],
)
def test_a_plain_or_worked_out_count_of_the_rules_stays(features: dict[str, float]) -> None:
    ruled = Candidate(12, 0, "students", {"rule": 1.0} | features, ({}, {"d0": 1.0}))
    assert choose(_guarded(1.0), [PLACES, ruled]) is None


def test_only_a_vetoed_count_of_the_rules_gives_way_when_so_set() -> None:
    assert not may_replace("veto", [_ruled(q_about=1.0)])
    assert may_replace("weak", [_ruled(q_about=1.0)])
    assert may_replace("veto", [_ruled(v_event=1.0)])
    assert may_replace("any", [_ruled()])
    assert choose(_guarded(1.0, "veto"), [PLACES, _ruled(q_about=1.0)]) is None


@pytest.mark.parametrize("veto", ["v_cohort", "n_staff", "v_applied", "q_further", "other_org"])
def test_a_vetoed_candidate_never_takes_the_place_of_the_rules_count(veto: str) -> None:
    vetoed = Candidate(30, 1, "places", {}, ({"n_places": 1.0, veto: 1.0}, {"d1": 1.0}))
    assert choose(_guarded(1.0), [vetoed, _ruled(v_cohort=1.0)]) is None


def test_the_model_file_gives_the_guarded_settings() -> None:
    data = {
        "features": list(FEATURES),
        "weights": [0.0] * len(FEATURES),
        "bias": 0.0,
        "threshold": 0.75,
        "mode": "guarded",
        "replace_threshold": 1.5,
        "replace_when": "veto",
        "drop_threshold": 2.0,
    }
    model = CountModel.from_dict(data)
    assert (model.mode, model.replace_threshold, model.replace_when, model.drop_threshold) == (
        "guarded",
        1.5,
        "veto",
        2.0,
    )
    plain = CountModel.from_dict({k: v for k, v in data.items() if "_" not in k or k == "features"})
    assert (plain.replace_threshold, plain.drop_threshold) == (None, None)


# -- a count the model gives, and the cohort of the same count in that sentence ---------------------------------

TOLD_LATER = [
    (
        "Makerere University and Ghent University signed an agreement on a double degree programme in agronomy. "
        "The programme starts in September. Teaching will be in English. In 2026 Ghent University will receive 15 "
        "students from Uganda.",
        15,
    ),
    (
        "The University of Nairobi and Lund University launched a joint master's programme in water management. "
        "Classes begin in the autumn. The degree lasts two years. Lund University will host 12 Kenyan students next "
        "year.",
        12,
    ),
    (
        "Kazakh-British Technical University and the University of Bologna opened a dual degree in geophysics. "
        "Lectures will be given in English. Both sides praised the agreement. Next year the University of Bologna "
        "will welcome 20 students from Kazakhstan.",
        20,
    ),
]


def _found(text: str) -> tuple[list[int | None], list[int | None]]:
    record = extract_text("News\n\n" + text, published="2025-11-20")
    return [p.participants.count for p in record.programmes], [c.count for c in record.cohorts]


def _giving(drop: float | None) -> CountModel:
    weights = dict.fromkeys(FEATURES, 0.0) | {"n_students": 3.0, "n_people": 2.0}
    return CountModel(weights, 0.0, 1.0, mode="fill", drop_threshold=drop)


@pytest.mark.parametrize(("text", "count"), TOLD_LATER)
def test_a_count_the_model_owns_takes_the_cohort_of_its_sentence(text: str, count: int) -> None:
    learned_counts.use_model(None, off=True)
    assert _found(text) == ([None], [count])  # the rules: a planned cohort, a programme with no count
    learned_counts.use_model(_giving(None))
    assert _found(text) == ([count], [count])  # given, but not owned: the cohort stays
    learned_counts.use_model(_giving(2.0))
    assert _found(text) == ([count], [])  # given with a margin of 5 >= 2: the count is the programme's alone
    learned_counts.use_model(_giving(6.0))
    assert _found(text) == ([count], [count])  # a margin of 5 < 6: the cohort stays
