"""A programme the article tells as planned ("will launch", "plan to open", "agreed to establish") takes no count of
people who have already taken part in something ("So far, 120 students have studied at B under the exchange
agreement", "Since 2015, 60 students have completed internships at B"): they came before the programme exists, under
another scheme. People already taken into the planned programme ("20 students have already been selected for it") and
a running programme's own total ("So far, 120 students have studied under the programme") still count. Every text is
our own."""

from __future__ import annotations

from functools import partial

import pytest

from support.extracted import programmes

A, B = "Lakeshore University of Technology", "Marmara Polytechnic Institute"
C, D = "Northern Steppe University", "University of Porto Alegre"

_programmes = partial(programmes, published="2025-11-20", lead="News\n\n")


def _counts_of(text: str, word: str) -> list[int | None]:
    """The counts of the programmes whose name holds ``word``."""
    return [p.participants.count for p in _programmes(text) if word in p.name.lower()]


PAST_PEOPLE = [
    (
        f"{A} and {B} will launch a double degree programme in economics. The rectors signed the agreement on Monday. "
        f"So far, 120 students have studied at {B} under the exchange agreement.",
        "double degree",
        120,
    ),
    (
        f"{C} and {D} will launch a double degree in civil engineering next year. The two universities have worked "
        f"together since 2012. To date, 85 students have studied at {D} under the exchange agreement.",
        "double degree",
        85,
    ),
    (
        f"{A} and {D} plan to open a joint master's programme in hydrology. Under the current exchange agreement, "
        f"45 students have already spent a semester at {D}.",
        "master",
        45,
    ),
    (
        f"{C} and {B} agreed to establish a dual degree programme in logistics. Since 2016, 70 students have "
        "taken part in the exchange under the agreement.",
        "dual degree",
        70,
    ),
    (
        f"{B} and {A} are to launch a double degree programme in chemistry in 2026. Over the past five years, "
        "150 students have gone on exchange under the memorandum.",
        "double degree",
        150,
    ),
    (
        f"{D} and {C} will introduce a joint degree programme in agronomy. Thus far, 38 students have completed "
        "internships under the cooperation agreement.",
        "joint degree",
        38,
    ),
    (
        f"{A} and {B} will launch a double degree programme in economics. Since 2018, the exchange has brought 120 "
        f"students to {B}.",
        "double degree",
        120,
    ),
]


@pytest.mark.parametrize(("text", "word", "past"), PAST_PEOPLE)
def test_a_planned_programme_takes_no_count_of_people_who_already_took_part(
    text: str, word: str, past: int
) -> None:
    """The people of a running total told after a planned programme are no participants of it."""
    found = _counts_of(text, word)
    assert found, [(p.name, p.participants.count) for p in _programmes(text)]
    assert past not in found


TAKEN_IN = [
    (
        f"{A} and {B} will launch a double degree programme in economics. So far, 20 students have been selected "
        "for the programme.",
        "double degree",
        20,
    ),
    (
        f"{C} and {D} will launch a joint master's programme in law next year. Twelve students have already enrolled "
        "in the programme.",
        "master",
        12,
    ),
    (
        f"{A} and {D} launched a double degree programme in finance in 2015. So far, 140 students have studied "
        "under the programme.",
        "double degree",
        140,
    ),
]


@pytest.mark.parametrize(("text", "word", "count"), TAKEN_IN)
def test_people_taken_into_the_programme_or_a_running_total_still_count(
    text: str, word: str, count: int
) -> None:
    """Intake of the planned programme, and the running total of a programme that runs, are the programme's."""
    assert count in _counts_of(text, word), [(p.name, p.participants.count) for p in _programmes(text)]
