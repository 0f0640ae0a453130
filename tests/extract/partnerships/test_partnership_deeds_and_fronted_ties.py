"""Partnerships (session 16): sentences written for these tests.

A deed the sides of a meeting agree on ("the parties agreed to hold Days of Science") ties two institutions
that met, not an embassy or a ministry and the university it visited; talks held with an embassy or a
ministry are a meeting, not a tie; a tie fronted before the main clause ("Under an agreement with B, A
sends ...") ties B with the main clause's subject, not with a list "B, A" read after "with"; and the pair
model adds no pair of a school or of a research institute of no known country (a unit, most often).
"""

from __future__ import annotations

from functools import partial

import pytest

from kgpart.extract.partnerships.learned import FEATURES, PairModel, add_learned_pairs, candidates
from kgpart.extract.record import Partnership
from support.extracted import doc_with_entities, partnership_statuses

U, V, W = "Universidade Federal do Pará", "University of Dodoma", "Chulalongkorn University"
UV = tuple(sorted((U, V)))

_partnerships = partial(partnership_statuses, published="2025-09-15")

EMBASSY_VISIT = (
    f"The Ambassador of Tanzania to Brazil Halima Mrisho visited {U} on Thursday and met its rector."
)
MINISTRY_VISIT = (
    f"Officials of the Ministry of Education of Tanzania held talks with the leadership of {U} on Thursday."
)
TWO_MET = f"The rector of {U} Paulo Serrão received the Vice-Chancellor of {V} Amina Kessy on Thursday."


@pytest.mark.parametrize("first", [EMBASSY_VISIT, MINISTRY_VISIT])
@pytest.mark.parametrize(
    "second",
    [
        "Following the visit, the parties agreed to hold a week of Tanzanian culture at the university in May.",
        "At the end of the talks, both sides agreed to implement the proposals step by step.",
        "The parties decided to organise a joint photo exhibition in the spring.",
    ],
)
def test_a_deed_agreed_on_with_an_embassy_or_a_ministry_ties_no_one(first: str, second: str) -> None:
    assert _partnerships(f"{first} {second}") == {}


@pytest.mark.parametrize(
    "second",
    [
        "Following the visit, the parties agreed to hold a joint summer school in May.",
        "At the end of the meeting, both sides agreed to implement the proposals step by step.",
    ],
)
def test_a_deed_agreed_on_by_two_institutions_that_met_ties_them(second: str) -> None:
    assert set(_partnerships(f"{TWO_MET} {second}")) == {UV}


@pytest.mark.parametrize(
    "text",
    [
        f"{U} held talks with the Embassy of Tanzania in Brazil on academic exchanges.",
        f"{U} is in negotiations with the Ministry of Education of Tanzania on scholarships for its students.",
        f"Talks are under way with the Embassy of Tanzania in Brazil, the rector of {U} said.",
    ],
)
def test_talks_with_an_embassy_or_a_ministry_are_no_tie(text: str) -> None:
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        f"{U} held talks with {V} on a joint master's programme in forestry.",
        f"{U} is in negotiations with {V} on a double degree.",
    ],
)
def test_talks_of_two_institutions_are_a_tie_to_come(text: str) -> None:
    assert _partnerships(text) == {UV: "proposed"}


@pytest.mark.parametrize(
    "text",
    [
        f"Under an agreement with {V}, {U} sends ten students to Dodoma every year.",
        f"Under the memorandum with {V}, {U} has hosted 40 Tanzanian students since 2021.",
        f"Within the framework of the agreement with {V}, {U} hosts five lecturers a year.",
        f"As part of its partnership with {V}, {U} will open a Swahili course.",
        f"Thanks to the cooperation with {V}, {U} now teaches Swahili.",
    ],
)
def test_a_tie_fronted_before_the_main_clause(text: str) -> None:
    assert set(_partnerships(text)) == {UV}


def test_a_fronted_tie_with_two_partners_and_the_subject_after_them() -> None:
    text = f"Under the exchange agreement with {V} and {W}, {U} hosts ten students every year."
    assert set(_partnerships(text)) == {UV, tuple(sorted((U, W)))}


def test_a_fronted_tie_whose_list_has_no_main_clause_subject() -> None:
    # "B, C and D" is a list of partners: no party of the sentence opens a main clause
    text = f"Under the exchange agreement with {V}, {W} and {U}, students travel for one semester."
    assert _partnerships(text) == {}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            f"The School of Tropical Nursing presented joint research with {V} at the forum.",
            "School of Tropical Nursing",
        ),
        (
            f"The Institute of River Ecology presented joint research with {V} at the forum.",
            "Institute of River Ecology",
        ),
    ],
)
def test_the_pair_model_adds_no_pair_of_a_school_or_of_an_institute_of_no_country(
    text: str, unit: str
) -> None:
    doc = doc_with_entities(text)
    names = {doc.orgs[c.a].name for c in candidates(doc, [])} | {
        doc.orgs[c.b].name for c in candidates(doc, [])
    }
    assert names == {unit, V}
    eager = PairModel(
        dict.fromkeys(FEATURES, 0.0), 10.0, 0.0, mode="union", enabled=True
    )  # would add any pair
    found: list[Partnership] = []
    add_learned_pairs(doc, found, eager)
    assert found == []
    # a university beside the same partner is still added by such a model
    doc = doc_with_entities(f"The University of Belém presented joint research with {V} at the forum.")
    add_learned_pairs(doc, found, eager)
    assert [sorted(p.between) for p in found] == [sorted(["University of Belém", V])]


@pytest.mark.parametrize(
    "text",
    [
        f"The memorandum was signed by the Rector of {U} Paulo Serrão and the Ambassador of Tanzania to Brazil "
        "Halima Mrisho.",
        f"The agreement was signed by the Ambassador of Tanzania to Brazil Halima Mrisho and the Rector of {U} "
        "Paulo Serrão.",
    ],
)
def test_an_ambassador_among_the_signers_makes_no_tie_of_the_embassy(text: str) -> None:
    assert _partnerships(text) == {}


def test_two_heads_of_institutions_signing_tie_them() -> None:
    text = (
        f"The memorandum was signed by the Rector of {U} Paulo Serrão and the Vice-Chancellor of the {V} "
        "Amina Kessy."
    )
    assert set(_partnerships(text)) == {UV}
