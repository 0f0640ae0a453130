"""The learned choice of a programme's count: its model file, its candidates, the hook and its switch.

Every text here is our own writing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from kgpart.errors import ExtractionError
from kgpart.extract import extract_text
from kgpart.extract.programmes import learned_count
from kgpart.extract.programmes.learned_count import FEATURES, CountModel, load_model, shipped_model, use_model

#: A small model of our own: a number "a year" or of teachers is a programme's count, a year never.
_HAND = CountModel(
    {"per_year": 2.0, "staff": 2.0, "year_like": -5.0, "institutions": -3.0},
    bias=-1.0,
    threshold=0.5,
    replace_threshold=3.0,
)


@pytest.fixture(autouse=True)
def _shipped_model_after() -> Iterator[None]:
    yield
    use_model(None)


def _counts(text: str) -> list[int | None]:
    return [p["participants"]["count"] for p in extract_text("Title\n\n" + text).to_dict()["programmes"]]


_MISSED = [
    (
        "Andes Technical University and Kyoto Institute of Technology opened a double degree programme in "
        "robotics. It has room for 14 a year.",
        14,
    ),
    (
        "Baltic State University has signed an exchange programme with Mongolian National University. The "
        "rectors met in May. Each year 12 young teachers will go abroad under it.",
        12,
    ),
    (
        "The University of Tunis and Lyon University launched a dual degree programme in 2024 with 3 partner "
        "universities. About 25 instructors a year will teach in it.",
        25,
    ),
]


@pytest.mark.parametrize(("text", "count"), _MISSED)
def test_the_hook_gives_a_count_the_rules_miss(text: str, count: int) -> None:
    use_model(None, off=True)
    assert _counts(text) == [None]  # the rules alone give none
    use_model(_HAND)
    assert _counts(text) == [count]


@pytest.mark.parametrize(("text", "count"), _MISSED)
def test_switched_off_the_rules_count_stays(text: str, count: int) -> None:
    use_model(_HAND, off=True)
    assert _counts(text) == [None]
    assert learned_count.active_model() is None
    use_model(CountModel(dict(_HAND.weights), _HAND.bias, _HAND.threshold, enabled=False))
    assert learned_count.active_model() is None
    assert _counts(text) == [None]


def test_a_count_the_rules_read_is_replaced_only_above_the_replace_threshold() -> None:
    text = (
        "The University of Tunis and Lyon University launched a dual degree programme, open to 30 applicants. "
        "Some 18 lecturers a year will teach in it."
    )
    use_model(None, off=True)
    assert _counts(text) == [30]
    use_model(_HAND)  # 18 lecturers a year: logit 3.0, not below the replace threshold
    assert _counts(text) == [18]
    use_model(CountModel(dict(_HAND.weights), _HAND.bias, _HAND.threshold, replace_threshold=3.5))
    assert _counts(text) == [30]


def test_candidates_hold_number_words_and_mark_years_and_the_rules_choice() -> None:
    text = (
        "Title\n\nThe University of Tunis and Lyon University launched a dual degree programme in 2024, open "
        "to thirty applicants per year."
    )
    use_model(None, off=True)
    record = extract_text(text)
    (prog,) = record.programmes
    from kgpart.extract.doc import Doc

    doc = Doc.read(text.split("\n\n", 1)[1], None)
    got = {c.value: c.features for c in learned_count.candidates(doc, prog, [prog])}
    assert set(got) >= {2024, 30}
    assert got[2024]["year_like"] == 1.0
    assert got[30]["rule"] == 1.0 and got[30]["per_year"] == 1.0 and got[30]["word_number"] == 1.0


def test_shipped_file_loads_with_one_weight_per_feature() -> None:
    raw = json.loads(resources.files("kgpart").joinpath("data/programme_count_model.json").read_text("utf-8"))
    assert raw["features"] == list(FEATURES)
    model = shipped_model()
    assert set(model.weights) == set(FEATURES)
    assert isinstance(model.enabled, bool)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot read"),
        (
            json.dumps({"features": ["per_year", "staff"], "weights": [1.0], "bias": 0, "threshold": 1}),
            "as many",
        ),
        (json.dumps({"features": ["per_year"], "weights": [1.0], "threshold": 1}), "malformed"),
        (
            json.dumps({"features": ["shoe_size"], "weights": [1.0], "bias": 0, "threshold": 1}),
            "unknown features",
        ),
        (
            json.dumps({"features": [], "weights": [], "bias": 0, "threshold": 1, "enabled": "yes"}),
            "true or false",
        ),
    ],
)
def test_a_broken_model_file_ends_in_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "programme_count_model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ExtractionError, match=message) as caught:
        load_model(path)
    assert str(path) in str(caught.value)
