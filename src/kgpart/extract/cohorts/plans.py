"""Planned places of a programme or an agreement, told with no one's origin: no cohort.

A cohort is a mobility figure: so many people from somewhere at a place. A future intake that a programme or an
agreement is to send or take ("Under the agreement, 15 students will be sent to Norway next year", "the scheme will
admit 10 students to Japanese universities") and that names neither where the people come from nor an institution
that takes them is the programme's places, a plan, not people counted at a place: ``without_programme_plans`` drops
such a cohort (status planned, no country of origin, a place that is a country, an unnamed group of institutions or
none, and a sentence naming a programme or an agreement). A plan with the people's country ("20 students from
Kenya will study in Norway") or the institution that takes them ("20 students of A will study at B") stays a cohort.
"""

from __future__ import annotations

from kgpart.extract.cohorts.not_cohorts import A_PROGRAMME
from kgpart.extract.countries import country_of
from kgpart.extract.record import Cohort


def without_programme_plans(cohorts: list[Cohort]) -> list[Cohort]:
    """``cohorts`` without a programme's or an agreement's planned places told with no origin and no institution."""
    return [c for c in cohorts if not _a_programme_plan(c)]


def _a_programme_plan(cohort: Cohort) -> bool:
    """Whether ``cohort`` is planned places with no origin, at a country, a group of institutions or nowhere, in a
    sentence naming a programme or an agreement (``A_PROGRAMME``)."""
    if cohort.status != "planned" or cohort.from_country is not None or cohort.evidence is None:
        return False
    at = cohort.at
    unplaced = not at or at[:1].islower() or country_of(at) is not None
    return unplaced and A_PROGRAMME.search(cohort.evidence.sentence) is not None
