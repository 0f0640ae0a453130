"""The learned check of cohort places (kgpart.extract.cohort_places): its hook, its switch, its file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kgpart.extract import cohort_places, extract_text
from kgpart.extract.cohort_places import (
    FEATURES,
    CohortPlaceModelError,
    PlaceModel,
    load_model,
    shipped_model,
)

#: The rules read the country after "in" as the place; the sentence after tells it is the university's campus.
TEXT = (
    "Ghanaian ambassador at Daugava\n\n"
    "Daugava Technical University welcomed the Ambassador of Ghana on Monday. The rector said 45 Ghanaian "
    "students now study in Latvia, all of them on his campus."
)

#: The same construction with other names: a Kazakh delegation at a Georgian university.
TEXT_2 = (
    "Delegation in Tbilisi\n\n"
    "Kartli State University received a delegation of the Embassy of Kazakhstan. Its rector noted that 120 Kazakh "
    "students study in Georgia, every one of them in his classrooms."
)

#: A model that prefers the article's main university, named the sentence before, to a country the rules chose.
MODEL = PlaceModel({"org_vs_country": 2.0, "hub": 1.0, "prev_sentence": 1.0, "university": 1.0}, -2.0, 0.5)


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    yield
    cohort_places.use_model(None)


def _places(text: str) -> list[tuple[int | None, str | None]]:
    return [(c.count, c.at) for c in extract_text(text).cohorts]


@pytest.mark.parametrize(
    ("text", "rules", "fixed"),
    [
        (TEXT, (45, "Latvia"), (45, "Daugava Technical University")),
        (TEXT_2, (120, "Georgia"), (120, "Kartli State University")),
    ],
)
def test_hook_replaces_a_place_the_model_is_sure_of(
    text: str, rules: tuple[int, str], fixed: tuple[int, str]
) -> None:
    cohort_places.use_model(None, off=True)
    assert _places(text) == [rules]
    cohort_places.use_model(MODEL)
    assert _places(text) == [fixed]


def test_below_the_threshold_the_rules_keep_their_place() -> None:
    cohort_places.use_model(PlaceModel(dict(MODEL.weights), MODEL.bias, 5.0))
    assert _places(TEXT) == [(45, "Latvia")]


def test_a_disabled_model_changes_nothing() -> None:
    cohort_places.use_model(PlaceModel(dict(MODEL.weights), MODEL.bias, MODEL.threshold, enabled=False))
    assert _places(TEXT) == [(45, "Latvia")]
    assert cohort_places.active_model() is None


def test_candidates_of_a_cohort_name_the_rules_choice_and_the_university() -> None:
    from kgpart.extract.cohorts import find_cohorts
    from kgpart.extract.doc import Doc
    from kgpart.extract.entities import find_all_orgs, find_all_persons, resolve_acronyms

    doc = Doc.read(TEXT.split("\n\n", 1)[1], None)
    mentions = find_all_orgs(doc)
    resolve_acronyms(doc, mentions)
    find_all_persons(doc, mentions)
    (cohort,) = find_cohorts(doc)
    cands = {c.name: c.features for c in cohort_places.candidates(doc, cohort)}
    assert cands["Latvia"]["rule"] == 1.0 and cands["Latvia"]["in_before"] == 1.0
    assert cands["Daugava Technical University"]["org_vs_country"] == 1.0
    assert cands["Daugava Technical University"]["prev_sentence"] == 1.0


def test_shipped_model_file_is_readable_and_fits_the_features() -> None:
    model = shipped_model()
    assert set(model.weights) == set(FEATURES)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON"),
        (
            json.dumps({"features": ["hub"], "weights": [1.0, 2.0], "bias": 0, "threshold": 0}),
            "2 weights for 1",
        ),
        (json.dumps({"features": ["hub"], "weights": [1.0], "threshold": 0}), "unreadable"),
        (
            json.dumps({"features": ["nonsense"], "weights": [1.0], "bias": 0, "threshold": 0}),
            "unknown features",
        ),
    ],
)
def test_a_broken_model_file_ends_in_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "cohort_place_model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CohortPlaceModelError, match=message) as caught:
        load_model(path)
    assert str(path) in str(caught.value)
