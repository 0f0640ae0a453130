"""The learned keep/drop check of the rules' programmes (programmes/learned_filter.py). The shipped file
is off (``"enabled": false``: out of fold it did not beat the rules), so the record is the rules'; with
its weights turned on, the model drops a second programme told of the same two partners of one country
with no count of its own, keeps what it has no reason to drop, never drops a programme the record
derives a partnership from, and the switch turns it off (the rules' programmes back)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources

import pytest

from kgpart.extract import extract_text
from kgpart.extract.programmes import find_programmes, learned_filter
from kgpart.extract.programmes.learned_filter import FEATURES, FilterModel, shipped_model
from support.extracted import doc_with_entities

_DATE = "2025-03-01"


def _weights_on() -> FilterModel:
    """The shipped weights and threshold, enabled."""
    model = shipped_model()
    return FilterModel(model.weights, model.bias, model.threshold, enabled=True)


@pytest.fixture(autouse=True)
def _shipped_weights() -> Iterator[None]:
    learned_filter.use_model(_weights_on())
    yield
    learned_filter.use_model(None)


def _programmes(text: str) -> list[tuple[str, tuple[str, ...]]]:
    record = extract_text(text, published=_DATE)
    return [(p.name, tuple(sorted(p.partners))) for p in record.programmes]


def _names(text: str) -> list[str]:
    return [name for name, _ in _programmes(text)]


def test_shipped_model_loads_and_is_off() -> None:
    data = json.loads(
        resources.files("kgpart").joinpath("data/programme_filter_model.json").read_text(encoding="utf-8")
    )
    assert data["enabled"] is False
    assert set(data["trained_on"]) == {"A", "C", "H", "G1", "G2", "G3", "G4", "G5", "G6"}
    assert set(data["features"]) <= set(FEATURES)
    model = shipped_model()
    assert model.weights["duplicate_uncounted"] < 0
    assert model.weights["count"] > 0


def test_the_shipped_file_leaves_the_rules_programmes() -> None:
    text, _ = SECOND_UNCOUNTED[0]
    learned_filter.use_model(None)
    assert len(_names(text)) == 2


def test_a_model_file_with_a_weight_missing_is_refused() -> None:
    with pytest.raises(ValueError):
        FilterModel.from_dict(
            {"features": ["count", "first"], "weights": [1.0], "bias": 0.0, "threshold": 0.0}
        )


# A second programme of the same two partners (one country), told after the first with no count.
SECOND_UNCOUNTED = [
    (
        "Staff exchange\n\nMANILA - The University of the Philippines and Ateneo de Manila University started a staff "
        "exchange programme for 12 lecturers. The University of the Philippines and Ateneo de Manila University also "
        "host a summer school on marine science.",
        "exchange programme",
    ),
    (
        "Exchange launched\n\nSEOUL - Korea University and Yonsei University launched a joint exchange programme for "
        "40 engineering students this spring. Students of Korea University and Yonsei University may also join "
        "summer internships at both campuses.",
        "joint exchange programme",
    ),
    (
        "Academic ties\n\nCAIRO - Cairo University and Ain Shams University signed an agreement on academic mobility. "
        "Cairo University will send 10 students a year to Ain Shams University. Cairo University and Ain Shams "
        "University will also hold a winter school.",
        "academic mobility",
    ),
]


@pytest.mark.parametrize(("text", "first"), SECOND_UNCOUNTED)
def test_a_second_uncounted_programme_of_the_same_partners_is_dropped(text: str, first: str) -> None:
    assert _names(text) == [first]


@pytest.mark.parametrize(("text", "first"), SECOND_UNCOUNTED)
def test_the_switch_gives_the_rules_programmes_back(text: str, first: str) -> None:
    learned_filter.use_model(None, off=True)
    names = _names(text)
    assert first in names
    assert len(names) == 2


@pytest.mark.parametrize(("text", "first"), SECOND_UNCOUNTED)
def test_a_model_not_enabled_drops_nothing(text: str, first: str) -> None:
    model = _weights_on()
    learned_filter.use_model(FilterModel(model.weights, model.bias, model.threshold, enabled=False))
    assert len(_names(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # one programme with its partners and count: nothing to drop
        "New exchange\n\nALMATY - Satbayev University and the Technical University of Munich launched a student "
        "exchange programme in 2023. Twelve students took part in the first year.",
        "Exchange agreement\n\nACCRA - The University of Ghana and Zhejiang University signed a student exchange "
        "agreement on Tuesday. Under the agreement, 15 students from each university will spend a semester at the "
        "partner university.",
        "Cooperation grows\n\nASTANA - Nazarbayev University also runs an exchange programme with Duke University.",
        "Scholarships\n\nBISHKEK - The Embassy of Hungary announced 50 Stipendium Hungaricum scholarships for "
        "students of Kyrgyz National University.",
        "Double degree\n\nNAIROBI - Kenyatta University and the University of Leeds signed a double degree agreement "
        "on Monday. Under the agreement, 20 students a year will spend two years at each university.",
    ],
)
def test_the_rules_answer_is_kept_where_there_is_no_reason_to_drop(text: str) -> None:
    learned_filter.use_model(None, off=True)
    rules = _programmes(text)
    learned_filter.use_model(_weights_on())
    assert rules
    assert _programmes(text) == rules


@pytest.mark.parametrize(
    "text",
    [
        # a double degree of two universities is a partnership of the record: never dropped
        "Degrees\n\nSEOUL - Korea University and Yonsei University launched an exchange programme for 40 engineering "
        "students. Korea University and Yonsei University will also open a double degree programme in robotics.",
        "Degrees\n\nLAGOS - The University of Lagos and Ahmadu Bello University began a staff exchange programme for "
        "25 lecturers. The University of Lagos and Ahmadu Bello University later agreed on a dual degree in law.",
    ],
)
def test_a_programme_the_record_takes_a_partnership_from_is_kept(text: str) -> None:
    learned_filter.use_model(None, off=True)
    rules = _programmes(text)
    learned_filter.use_model(_weights_on())
    kept = _programmes(text)
    assert any("degree" in name for name, _ in rules)
    assert [p for p in rules if "degree" in p[0]] == [p for p in kept if "degree" in p[0]]


def test_features_are_one_per_programme_and_name_the_later_duplicate() -> None:
    text, _ = SECOND_UNCOUNTED[0]
    doc = doc_with_entities(text)
    progs = find_programmes(doc)
    feats = learned_filter.features(doc, progs)
    assert len(feats) == len(progs) == 2
    assert all(set(f) == set(FEATURES) for f in feats)
    assert sorted(f["duplicate_uncounted"] for f in feats) == [0.0, 1.0]
