"""The learned choice of a programme's count (kgpart.extract.programmes.learned_counts): the shipped model gives a
programme the room or intake told in the sentence after it ("The double degree has 16 places"), keeps the rules'
count where the text gives no better one, never takes a span of time, a sum of money or a number of agreements
for people, never gives one programme's count to another; the switch turns it off. Every text is our own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources

import pytest

from kgpart.extract import extract_text
from kgpart.extract.programmes import learned_counts
from kgpart.extract.programmes.learned_counts import (
    FEATURES,
    Candidate,
    CountModel,
    _mentions,
    choose,
    shipped_model,
)


@pytest.fixture(autouse=True)
def _shipped() -> Iterator[None]:
    learned_counts.use_model(None)
    yield
    learned_counts.use_model(None)


def _counts(text: str) -> list[tuple[tuple[str, ...], int | None]]:
    record = extract_text("News\n\n" + text, published="2025-11-20")
    return [(tuple(sorted(p.partners)), p.participants.count) for p in record.programmes]


def _count_of(text: str, partners: tuple[str, str]) -> int | None:
    found = [c for p, c in _counts(text) if p == tuple(sorted(partners))]
    assert len(found) == 1, _counts(text)
    return found[0]


# -- the room or intake told in the sentence after the programme's -------------------------------------------

ROOM_NEXT = [
    (
        "Satbayev University and Politecnico di Milano signed a double degree agreement in petroleum engineering. "
        "The double degree will offer 16 places for the coming academic year. Politecnico di Milano has 47,000 "
        "students.",
        ("Satbayev University", "Politecnico di Milano"),
        16,
    ),
    (
        "Ain Shams University and the University of Pecs launched a joint master's programme in dentistry. "
        "The joint master's programme offers 14 seats in its first year. "
        "The university said 5,000 foreign students study in Pecs.",
        ("Ain Shams University", "University of Pecs"),
        14,
    ),
    (
        "Yerevan State University and the University of Lyon opened a double degree in French law. "
        "The double degree comes with 25 places, the dean said. The partners first met in 2016.",
        ("Yerevan State University", "University of Lyon"),
        25,
    ),
    (
        "The University of Cape Coast and Hanyang University signed a memorandum of understanding to launch a "
        "student exchange programme. The exchange will offer 12 places each semester for undergraduates of both "
        "universities. The rector said 300 students already study engineering at Hanyang University.",
        ("University of Cape Coast", "Hanyang University"),
        12,
    ),
    (
        "The American University in Cairo and Sciences Po signed a dual degree agreement in political science. "
        "The dual degree has room for 10 seats in its first year. The agreement runs for five years.",
        ("American University in Cairo", "Sciences Po"),
        10,
    ),
]


@pytest.mark.parametrize(("text", "partners", "count"), ROOM_NEXT)
def test_room_told_in_the_next_sentence_is_the_programmes_count(
    text: str, partners: tuple[str, str], count: int
) -> None:
    assert _count_of(text, partners) == count


@pytest.mark.parametrize(("text", "partners", "count"), ROOM_NEXT)
def test_the_switch_turned_off_gives_the_rules_answer_back(
    text: str, partners: tuple[str, str], count: int
) -> None:
    learned_counts.use_model(None, off=True)
    assert _count_of(text, partners) != count  # the rules read no count there


# -- the rules' count kept -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "partners", "count"),
    [
        (
            "Riverside University and Lakeshore University of Technology signed an agreement on a double degree "
            "programme in civil engineering on Monday. Under the programme, Lakeshore University of Technology will "
            "admit up to 20 students from Riverside University each year. The two universities have cooperated "
            "since 2011.",
            ("Riverside University", "Lakeshore University of Technology"),
            20,
        ),
        (
            "Mahidol University and the National University of Laos launched a scholarship scheme for young "
            "lecturers. The scheme will fund 15 Lao lecturers annually. Mahidol University was founded in 1943.",
            ("Mahidol University", "National University of Laos"),
            15,
        ),
        (
            "Belarusian State University has sent 120 students abroad since 2018. BSU and Fudan University signed "
            "a new agreement on a joint master's programme in economics. The programme will accept 15 students "
            "from each side.",
            ("Belarusian State University", "Fudan University"),
            30,  # 15 from each side: both sides' people
        ),
        (
            "Kenyatta University and Tampere University agreed to start a joint exchange programme in public health. "
            "Each year, the programme will provide 8 slots for nurses from Kenyatta University. Tampere University "
            "hosts 1,200 international students.",
            ("Kenyatta University", "Tampere University"),
            8,
        ),
    ],
)
def test_the_rules_count_is_kept_where_the_text_gives_no_better_one(
    text: str, partners: tuple[str, str], count: int
) -> None:
    assert _count_of(text, partners) == count
    learned_counts.use_model(None, off=True)
    assert _count_of(text, partners) == count


@pytest.mark.parametrize(
    "after",
    [
        "Currently 150 Nepali students study at Lakeshore University.",
        "A further 12 students will join next year.",
        "The new dormitory of Lakeshore University has 400 places.",
        "Some 60 students have already applied.",
        "Separately, Harbour College will admit 300 students from Chile next year.",
        "The ceremony was attended by 80 students and staff.",
        "The programme is taught by 14 professors.",
        "The partners serve 30,000 students in all.",
    ],
)
def test_a_programme_without_a_count_takes_none_of_these_from_the_next_sentence(after: str) -> None:
    text = f"Riverside University and Lakeshore University opened a double degree in economics. {after}"
    assert _count_of(text, ("Lakeshore University", "Riverside University")) is None


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "The University of Ghana and the University of Edinburgh started a joint fellowship programme for "
            "early-career researchers. The programme is funded with 2 million dollars over 5 years. "
            "It covers 3 research areas.",
            ("University of Ghana", "University of Edinburgh"),
        ),
        (
            "Tashkent State Technical University and Bauman Moscow State Technical University agreed on a double "
            "degree programme in robotics. The agreement runs for 5 years and covers 4 engineering fields. "
            "The partners will meet again in 2026.",
            ("Bauman Moscow State Technical University", "Tashkent State Technical University"),
        ),
        (
            "Kyoto University and Gadjah Mada University agreed on a joint doctoral programme in volcanology. "
            "The two universities have signed 6 agreements since 2004, and the programme lasts 3 years.",
            ("Gadjah Mada University", "Kyoto University"),
        ),
    ],
)
def test_no_count_of_people_stays_no_count(text: str, partners: tuple[str, str]) -> None:
    assert _count_of(text, partners) is None


# -- the pieces -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("The scheme, worth $5 million since 2019, takes 20 students.", {20}),
        ("In 2024, 35% of the 40 places went to women.", {40}),
        ("The programme runs for 4 years and offers 12 places, 3 agreements in all.", {12}),
        ("Twenty-five Omani students and 3 teachers will travel in 2026.", {25, 3}),
    ],
)
def test_years_money_shares_and_things_are_no_candidates(sentence: str, counts: set[int]) -> None:
    assert {m.value for m in _mentions(sentence)} == counts


def test_a_count_another_programme_holds_is_never_given() -> None:
    model = CountModel(dict.fromkeys(FEATURES, 0.0) | {"n_places": 5.0}, 0.0, 1.0)
    rule = Candidate(None, -1, None, {"none": 1.0, "rule": 1.0})
    places = Candidate(30, 1, None, {"n_places": 1.0})
    assert choose(model, [places, rule]) is places
    assert choose(model, [places, rule], {30}) is None


def test_in_fill_mode_a_programme_with_a_count_keeps_it_and_its_own_sentence_gives_none() -> None:
    weights = dict.fromkeys(FEATURES, 0.0) | {"n_places": 5.0}
    fill = CountModel(weights, 0.0, 1.0, mode="fill")
    ruled = Candidate(12, 0, None, {"rule": 1.0})
    places = Candidate(30, 1, None, {}, ({"n_places": 1.0}, {"d1": 1.0}))
    assert choose(CountModel(weights, 0.0, 1.0), [places, ruled]) is places
    assert choose(fill, [places, ruled]) is None
    none = Candidate(None, -1, None, {"none": 1.0, "rule": 1.0})
    assert choose(fill, [places, none]) is places
    own = Candidate(30, 0, None, {}, ({"n_places": 1.0}, {"d0": 1.0}))
    assert choose(fill, [own, none]) is None
    vetoed = Candidate(30, 1, None, {}, ({"n_places": 1.0, "v_cohort": 1.0}, {"d1": 1.0}))
    assert choose(fill, [vetoed, none]) is None


def test_a_candidate_must_beat_the_rules_choice_by_the_margin() -> None:
    model = CountModel(dict.fromkeys(FEATURES, 0.0) | {"n_places": 2.0, "rule": 1.5}, 0.0, 1.0)
    rule = Candidate(12, 0, None, {"rule": 1.0})
    places = Candidate(30, 1, None, {"n_places": 1.0})
    assert choose(model, [places, rule]) is None  # 2.0 - 1.5 < 1.0
    model.threshold = 0.25
    assert choose(model, [places, rule]) is places


def test_the_shipped_model_is_enabled_and_says_what_it_learned_from() -> None:
    data = json.loads(
        resources.files("kgpart").joinpath("data/programme_count_model.json").read_text(encoding="utf-8")
    )
    assert data["enabled"] is True
    assert data["trained_on"]
    assert list(data["features"]) == list(FEATURES)
    assert shipped_model().enabled
