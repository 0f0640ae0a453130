"""The keep/drop check of the rules' programmes (programmes/learned_filter.py). The shipped file (session 14)
weighs one feature, a twin: a programme of exactly the partners of one told before it, with no count of its
own, not told as another one ("also", "another", "in addition"), not a school, course or internship, not
scholarships beside a degree, and not a second programme of a name of its own. Such a one is dropped; a
programme the record derives a partnership from never is; the switch turns the check off (the rules'
programmes back)."""

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

ELEVEN = {"A", "C", "H", "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8"}


@pytest.fixture(autouse=True)
def _shipped() -> Iterator[None]:
    learned_filter.use_model(None)  # the shipped file
    yield
    learned_filter.use_model(None)


def _programmes(text: str) -> list[tuple[str, int | None]]:
    record = extract_text(text, published=_DATE)
    return [(p.name, p.participants.count) for p in record.programmes]


def test_shipped_model_is_the_twin_rule_and_enabled() -> None:
    data = json.loads(
        resources.files("kgpart").joinpath("data/programme_filter_model.json").read_text(encoding="utf-8")
    )
    assert data["enabled"] is True
    assert set(data["trained_on"]) == ELEVEN
    assert data["features"] == ["twin_uncounted"]
    model = shipped_model()
    assert model.weights["twin_uncounted"] < 0
    assert model.margin({"twin_uncounted": 0.0}) >= model.threshold > model.margin({"twin_uncounted": 1.0})


def test_a_model_file_with_a_weight_missing_is_refused() -> None:
    with pytest.raises(ValueError):
        FilterModel.from_dict(
            {"features": ["count", "first"], "weights": [1.0], "bias": 0.0, "threshold": 0.0}
        )


# The programme of a pair told again (another word for it, the partners in the other order) with no count.
TOLD_AGAIN = [
    (
        "Exchange with Korea\n\nTASHKENT - Tashkent State Technical University and Kyungpook National University "
        "agreed on an exchange programme for 15 students. The mobility scheme of Kyungpook National University and "
        "Tashkent State Technical University covers tuition and housing.",
        ("exchange programme", 15),
    ),
    (
        "Nairobi and Leeds\n\nNAIROBI - The University of Nairobi and the University of Leeds started a student "
        "exchange programme with 20 places. The exchange scheme of the University of Leeds and the University of "
        "Nairobi is the first of its kind in East Africa.",
        ("exchange programme", 20),
    ),
    (
        "Chile and Spain\n\nSANTIAGO - The University of Chile and the University of Salamanca have run an exchange "
        "programme for 8 students every semester. Last week the rectors of the University of Salamanca and the "
        "University of Chile reviewed the exchange scheme.",
        ("exchange programme", 8),
    ),
    (
        "Mobility\n\nBAKU - ADA University and the University of Bologna will exchange 30 students a year under a "
        "new mobility programme. The academic mobility scheme of ADA University and the University of Bologna was "
        "signed in Rome.",
        ("mobility programme", 30),
    ),
    (
        "Scholarships\n\nACCRA - The University of Ghana and McGill University created a scholarship programme for "
        "25 students. The scholarship scheme of McGill University and the University of Ghana is funded by a "
        "private donor.",
        ("scholarship programme", 25),
    ),
]


@pytest.mark.parametrize(("text", "first"), TOLD_AGAIN)
def test_a_programme_told_again_with_no_count_is_dropped(text: str, first: tuple[str, int]) -> None:
    assert _programmes(text) == [first]


@pytest.mark.parametrize(("text", "first"), TOLD_AGAIN)
def test_the_switch_gives_the_rules_programmes_back(text: str, first: tuple[str, int]) -> None:
    learned_filter.use_model(None, off=True)
    found = _programmes(text)
    assert first in found
    assert len(found) == 2


@pytest.mark.parametrize(("text", "first"), TOLD_AGAIN)
def test_a_model_not_enabled_drops_nothing(text: str, first: tuple[str, int]) -> None:
    model = shipped_model()
    learned_filter.use_model(FilterModel(model.weights, model.bias, model.threshold, enabled=False))
    assert len(_programmes(text)) == 2


# A second programme of the same pair: told as another one, or an activity of its own (a school, internships).
SECOND_PROGRAMME = [
    "Two programmes\n\nSANTIAGO - The University of Chile and the University of Salamanca have run an exchange "
    "programme for 8 students every semester. The University of Chile and the University of Salamanca hold a "
    "summer school in Spanish language every July.",
    "Two programmes\n\nSANTIAGO - The University of Chile and the University of Salamanca have run an exchange "
    "programme for 8 students every semester. The two universities have also launched an internship programme for "
    "young lawyers.",
    "Staff exchange\n\nMANILA - The University of the Philippines and Ateneo de Manila University started a staff "
    "exchange programme for 12 lecturers. The University of the Philippines and Ateneo de Manila University also "
    "host a summer school on marine science.",
    "Exchange launched\n\nSEOUL - Korea University and Yonsei University launched a joint exchange programme for 40 "
    "engineering students this spring. Students of Korea University and Yonsei University may also join summer "
    "internships at both campuses.",
    "Exchange and more\n\nBAKU - ADA University and the University of Bologna run an exchange programme for 30 "
    "students a year. In addition, ADA University and the University of Bologna offer a mobility scheme for "
    "doctoral researchers.",
    "Exchange and more\n\nBAKU - ADA University and the University of Bologna run an exchange programme for 30 "
    "students a year. ADA University and the University of Bologna have another exchange scheme for doctoral "
    "researchers.",
    # scholarships of the pair beside its degree
    "Degree and scholarships\n\nHANOI - Vietnam National University and the University of Bordeaux opened a double "
    "degree programme in chemistry for 40 students. The University of Bordeaux and Vietnam National University "
    "grant Merit scholarships to the best students of the programme.",
    "Joint master's and fellowships\n\nNAIROBI - Strathmore University and the University of Edinburgh launched a "
    "joint master's programme in data science for 25 students. Strathmore University and the University of "
    "Edinburgh fund Digital fellowships for its lecturers.",
]


@pytest.mark.parametrize("text", SECOND_PROGRAMME)
def test_a_second_programme_of_the_pair_is_kept(text: str) -> None:
    learned_filter.use_model(None, off=True)
    rules = _programmes(text)
    learned_filter.use_model(None)
    assert len(rules) == 2
    assert _programmes(text) == rules


@pytest.mark.parametrize(
    "text",
    [
        # one programme with its partners and count: nothing to drop
        "New exchange\n\nALMATY - Satbayev University and the Technical University of Munich launched a student "
        "exchange programme in 2023. Twelve students took part in the first year.",
        "Exchange agreement\n\nACCRA - The University of Ghana and Zhejiang University signed a student exchange "
        "agreement on Tuesday. Under the agreement, 15 students from each university will spend a semester at the "
        "partner university.",
        "Scholarships\n\nBISHKEK - The Embassy of Hungary announced 50 Stipendium Hungaricum scholarships for "
        "students of Kyrgyz National University.",
        # two programmes of names of their own, one giver
        "Korean scholarships\n\nNAIROBI - The Embassy of Korea said 15 officials of the University of Nairobi joined "
        "the KOICA Fellowship Programme this year. The University of Nairobi also promoted the Global Korea "
        "Scholarship among its graduates.",
        "Korean scholarships\n\nNAIROBI - Fifteen lecturers of the University of Nairobi joined the KOICA Fellowship "
        "Programme this year. Graduates of the University of Nairobi may apply for the Global Korea Scholarship.",
    ],
)
def test_the_rules_answer_is_kept_where_there_is_no_twin(text: str) -> None:
    learned_filter.use_model(None, off=True)
    rules = _programmes(text)
    learned_filter.use_model(None)
    assert rules
    assert _programmes(text) == rules


@pytest.mark.parametrize(
    "text",
    [
        # a double degree of two universities is a partnership of the record: never dropped
        "Degrees\n\nSEOUL - Korea University and Yonsei University launched a double degree programme in robotics "
        "for 20 students. The joint degree programme of Korea University and Yonsei University is taught in English.",
        "Degrees\n\nLAGOS - The University of Lagos and Ahmadu Bello University agreed on a dual degree in law for "
        "25 students. The University of Lagos and Ahmadu Bello University will launch the joint programme in 2026.",
    ],
)
def test_a_programme_the_record_takes_a_partnership_from_is_kept(text: str) -> None:
    learned_filter.use_model(None, off=True)
    rules = _programmes(text)
    learned_filter.use_model(None)
    assert _programmes(text) == rules


def test_features_are_one_per_programme_and_name_the_later_twin() -> None:
    text, _ = TOLD_AGAIN[1]
    doc = doc_with_entities(text)
    progs = find_programmes(doc)
    feats = learned_filter.features(doc, progs)
    assert len(feats) == len(progs) == 2
    assert all(set(f) == set(FEATURES) for f in feats)
    order = learned_filter.told_order(progs)
    assert [feats[k]["twin_uncounted"] for k in order] == [0.0, 1.0]
    assert learned_filter.told_twins(progs)[order[1]] == [order[0]]
