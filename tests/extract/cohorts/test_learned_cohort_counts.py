"""The learned cohort counts (kgpart.extract.cohorts.learned_counts): numbers no cohort or programme of the
record carries, scored by the shipped model, added as cohorts at the place the rules' readers give. Every
text here is our own writing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kgpart.extract import extract_text
from kgpart.extract.cohorts import learned_counts
from kgpart.extract.cohorts.learned_counts import FEATURES, CountModel, candidates, shipped_model
from support.extracted import doc_with_entities

_DATE = "2025-11-20"


@pytest.fixture(autouse=True)
def _shipped() -> Iterator[None]:
    learned_counts.use_model(None)
    yield
    learned_counts.use_model(None)


def _pairs(text: str) -> list[tuple[int | None, str | None]]:
    return [(c.count, c.at) for c in extract_text("News\n\n" + text, published=_DATE).cohorts]


def _rules(text: str) -> list[tuple[int | None, str | None]]:
    learned_counts.use_model(None, off=True)
    try:
        return _pairs(text)
    finally:
        learned_counts.use_model(None)


def test_shipped_model_is_on_and_reads_its_features() -> None:
    model = shipped_model()
    assert model.enabled
    assert set(model.weights) == set(FEATURES)


# -- counts after a country in brackets: "Canada (2,100), Germany (870)" ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghanaian students now study in many places, notably Canada (2,100), Germany (870) and Hungary (430).",
            [(2100, "Canada"), (870, "Germany"), (430, "Hungary")],
        ),
        (
            "Kazakhstani students are spread over many countries: Russia (42,000), Kyrgyzstan (8,500) and the "
            "Czech Republic (1,200), the ministry reported.",
            [(8500, "Kyrgyzstan"), (1200, "Czech Republic")],
        ),
        (
            "Nepali students mostly choose Australia (5,300), Japan (2,750) or Canada (960) for their degrees.",
            [(5300, "Australia"), (2750, "Japan"), (960, "Canada")],
        ),
    ],
)
def test_counts_in_brackets_after_a_country(text: str, expected: list[tuple[int, str]]) -> None:
    assert _rules(text) == []
    assert [p for p in _pairs(text) if p in expected] == expected


# -- a part told after the whole: "Of them, 120 are studying at B" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nazarbayev University has strong ties with Asian partners. Of them, 120 are studying at Seoul "
            "National University this year.",
            (120, "Seoul National University"),
        ),
        (
            "Dozens of Omani students arrived in September. 38 of them enrolled at Sultan Qaboos University.",
            (38, "Sultan Qaboos University"),
        ),
        (
            "Many young Kenyans apply for scholarships abroad. Of these, 75 were studying at the University of "
            "Nairobi last term.",
            (75, "University of Nairobi"),
        ),
    ],
)
def test_a_part_of_them_at_a_named_place(text: str, expected: tuple[int, str]) -> None:
    assert expected not in _rules(text)
    assert expected in _pairs(text)


# -- a count with no noun after it, told by someone: "the consul said that 85 are studying at B" ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The embassy noted that 300 are now enrolled at Ain Shams University.",
            (300, "Ain Shams University"),
        ),
        (
            "The consul said that 85 are currently studying at the University of Bologna.",
            (85, "University of Bologna"),
        ),
        (
            "The attaché added that 140 were admitted to Kyoto University this autumn.",
            (140, "Kyoto University"),
        ),
    ],
)
def test_a_bare_count_that_is_studying_somewhere(text: str, expected: tuple[int, str]) -> None:
    assert expected not in _rules(text)
    assert expected in _pairs(text)


# -- what the model leaves as the rules made it -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 1,500 Chinese students study at the University of Melbourne.",
        "Currently 640 Mongolian students are enrolled at Tomsk State University.",
        "The university signed 12 agreements with partners in 2023 and opened five new laboratories.",
        "The university ranks 45th in the region and received $5 million in grants on 12 May.",
        "Some 30 percent of the students at Ankara University come from 60 countries.",
        "The university maintains ties with more than 400 foreign universities, and 20 students study in Malaysia.",
    ],
)
def test_rules_answer_kept(text: str) -> None:
    assert _pairs(text) == _rules(text)


def test_switched_off_gives_the_rules_answer() -> None:
    text = "The consul said that 85 are currently studying at the University of Bologna."
    learned_counts.use_model(None, off=True)
    assert (85, "University of Bologna") not in _pairs(text)
    learned_counts.use_model(None)
    assert (85, "University of Bologna") in _pairs(text)


def test_a_disabled_model_adds_nothing() -> None:
    data = {
        "enabled": False,
        "bias": 10.0,
        "threshold": 0.0,
        "features": list(FEATURES),
        "weights": [0.0] * len(FEATURES),
    }
    learned_counts.use_model(CountModel.from_dict(data))
    assert (85, "University of Bologna") not in _pairs(
        "The consul said that 85 are currently studying at the University of Bologna."
    )


# -- candidates: which numbers are read at all ---------------------------------------------------------------


def _counts(text: str) -> list[int]:
    return [c.count for c in candidates(doc_with_entities("News\n\n" + text), [], [])]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 the students of Ain Shams University received grants.",  # a year
        "The students of Ain Shams University received $250 in grants.",  # money
        "Some 45% of the students of Ain Shams University are women.",  # a share
        "The students of Ain Shams University arrived on 14 March.",  # a date
        "Ain Shams University, whose students come first, ranks 12th.",  # a rank
        "Students of Ain Shams University took part in 15 projects.",  # a thing counted
        "The students of Ain Shams University spent three years at Cairo University.",  # a time
    ],
)
def test_numbers_that_count_no_one_are_no_candidates(text: str) -> None:
    assert _counts(text) == []


def test_counts_a_record_already_carries_are_no_candidates() -> None:
    from kgpart.extract.record import Cohort

    doc = doc_with_entities(
        "News\n\nThe consul said that 85 are currently studying at the University of Bologna."
    )
    assert [c.count for c in candidates(doc, [], [])] == [85]
    assert candidates(doc, [], [Cohort(85, "students", "University of Bologna")]) == []


# -- a count the rules read and left only for want of a place: the institution told of last --------------


@pytest.mark.parametrize(
    ("text", "count", "place"),
    [
        (
            "Moi University received the delegation on Monday. It enrols about 40,000 students.",
            40000,
            "Moi University",
        ),
        (
            "The University of Ghana has a long tradition. Today, some 38,000 students pursue degrees across its "
            "four colleges.",
            38000,
            "University of Ghana",
        ),
        (
            "The University of Nairobi opened a new library. Nearly 60,000 students use it every week.",
            60000,
            "University of Nairobi",
        ),
    ],
)
def test_a_count_left_without_a_place_takes_the_institution_told_of_last(
    text: str, count: int, place: str
) -> None:
    found = {c.count: c for c in candidates(doc_with_entities("News\n\n" + text), [], [])}
    assert found[count].at == place
    assert found[count].features["rules_read"] == 1.0
    assert found[count].features["fallback"] == 1.0
    assert found[count].features["no_origin"] == 1.0


def test_without_the_fallback_such_a_count_is_no_candidate() -> None:
    text = "Moi University received the delegation on Monday. It enrols about 40,000 students."
    learned_counts.FALLBACK[0] = None
    try:
        assert _counts(text) == []
    finally:
        learned_counts.FALLBACK[0] = "recent"
    assert _counts(text) == [40000]


@pytest.mark.parametrize(
    "text",
    [
        # an audience, a part of them, winners of scholarships, a payroll: the rules' reasons, not a place
        "Kyoto University hosted a public lecture. Some 80 students attended the lecture on Friday.",
        "Kyoto University hosted the visit. About 300 students took part in the ceremony.",
        "Kyoto University hosted the visit. 25 students were awarded government scholarships.",
        "Kyoto University hosted the visit. Many came from Laos; 40 of them are women.",
    ],
)
def test_counts_the_rules_leave_for_another_reason_are_no_candidates(text: str) -> None:
    assert _counts(text) == []


# -- numbers in words -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Universiti Malaya hosted the visit. Of them, twenty are studying medicine.", 20),
        ("Universiti Malaya hosted the visit. The consul said that a hundred are enrolled there.", 100),
        ("Universiti Malaya hosted the visit. Of these, forty-five were studying law.", 45),
    ],
)
def test_numbers_in_words_are_candidates_when_asked(text: str, count: int) -> None:
    assert count not in _counts(text)  # off in the package: they added nothing right on the labelled sets
    learned_counts.WORDS[0] = True
    try:
        found = {c.count: c for c in candidates(doc_with_entities("News\n\n" + text), [], [])}
    finally:
        learned_counts.WORDS[0] = False
    assert found[count].features["in_words"] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Universiti Malaya hosted the visit. The two sides agreed to meet again.",
        "Universiti Malaya hosted the visit. The university opened three laboratories for its students.",
        "Universiti Malaya hosted the visit. Its students can choose among forty partnerships abroad.",
    ],
)
def test_number_words_of_things_are_no_candidates(text: str) -> None:
    learned_counts.WORDS[0] = True
    try:
        assert _counts(text) == []
    finally:
        learned_counts.WORDS[0] = False


# -- a host's total told in an aside about it: a cohort with no origin at that institution -----------------

_VISIT = "The ambassador of Kenya visited the campus on Tuesday. He met the rector and the deans. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ankara University, with a total of 60,000 students in 14 faculties, is among the largest in the region.",
            (60000, "Ankara University"),
        ),
        (
            "The University of Lagos, with a total of 57,000 students across its campuses, hosted the talks.",
            (57000, "University of Lagos"),
        ),
        (
            "Chulalongkorn University, where a total of 37,000 students are enrolled, welcomed the guests.",
            (37000, "Chulalongkorn University"),
        ),
        (
            "The University of Tartu, where a total of 13,000 students study, hosted the meeting.",
            (13000, "University of Tartu"),
        ),
    ],
)
def test_a_hosts_total_in_an_aside_is_a_cohort_there(text: str, expected: tuple[int, str]) -> None:
    assert expected not in _rules(_VISIT + text)
    assert expected in _pairs(_VISIT + text)
