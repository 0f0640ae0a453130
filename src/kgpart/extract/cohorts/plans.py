"""Planned places and running totals of a programme or an agreement: no cohort.

A cohort is a mobility figure: so many people from somewhere at a place. A future intake that a programme or an
agreement is to send or take ("Under the agreement, 15 students will be sent to Norway next year", "the scheme will
admit 10 students to Japanese universities") and that names neither where the people come from nor an institution
that takes them is the programme's places, a plan, not people counted at a place: ``without_programme_plans`` drops
such a cohort (status planned, no country of origin, a place that is a country, an unnamed group of institutions or
none, and a sentence naming a programme or an agreement). A plan with the people's country ("20 students from
Kenya will study in Norway") stays a cohort; so does, for now, one with the institution that takes them ("20
students of A will study at B": measured in session 19, see bench/README "Cohort precision (session 19)").

A scheme's running total ("So far, 120 students have studied at B under the exchange agreement", "To date, 45
researchers have taken part in the mobility programme") is the scheme's record, a past figure the gold keeps as a
quantity or the programme's participants, not people at a place now: it goes too, whatever its place or origin.
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts.not_cohorts import A_PROGRAMME
from kgpart.extract.countries import country_of
from kgpart.extract.patterns import AsciiFolded
from kgpart.extract.record import Cohort

#: "so far", "thus far", "to date" (not "up to date"): a total run up since a scheme began.
_SO_FAR = re.compile(r"\b(?:so|thus)\s+far\b|(?<!\bup\s)\bto\s+date\b", re.IGNORECASE)
_SO_FAR_FOLDED = AsciiFolded(_SO_FAR)


def without_programme_plans(cohorts: list[Cohort]) -> list[Cohort]:
    """``cohorts`` without a programme's or an agreement's planned places told with no origin and no institution,
    and without a scheme's running total."""
    return [c for c in cohorts if not _a_programme_plan(c) and not _a_running_total(c)]


def _a_programme_plan(cohort: Cohort) -> bool:
    """Whether ``cohort`` is planned places with no origin, at a country, a group of institutions or nowhere, in a
    sentence naming a programme or an agreement (``A_PROGRAMME``)."""
    if cohort.status != "planned" or cohort.from_country is not None or cohort.evidence is None:
        return False
    at = cohort.at
    unplaced = not at or at[:1].islower() or country_of(at) is not None
    return unplaced and A_PROGRAMME.search(cohort.evidence.sentence) is not None


def _a_running_total(cohort: Cohort) -> bool:
    """Whether ``cohort`` is read in a sentence telling a total so far ("so far", "to date") of a programme, an
    agreement, a scholarship or an exchange (``A_PROGRAMME``)."""
    if cohort.evidence is None:
        return False
    sentence = cohort.evidence.sentence
    return _SO_FAR_FOLDED.search(sentence) is not None and A_PROGRAMME.search(sentence) is not None
