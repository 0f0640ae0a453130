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

Two more figures that are no people at a place (session 21): a tie's yearly flow with no origin ("A will send 10
students to B every year": the places of the tie, not a quota for people of one country, which stays a planned
cohort); and the teaching staff of an exchange ("Within the Erasmus+ project, 12 students and 6 staff of A will
visit B": the exchange's participants on short visits). A national target ("to increase the number of
international students to 150,000 by 2029") stays a planned cohort: so the founding article's gold (seed000) has
it, though the genre sets' writers were told to keep targets as quantities.
"""

from __future__ import annotations

import re

from kgpart.extract.cohorts.not_cohorts import _EACH_YEAR_FOLDED, A_PROGRAMME
from kgpart.extract.countries import country_of
from kgpart.extract.patterns import AsciiFolded
from kgpart.extract.record import Cohort

#: "so far", "thus far", "to date" (not "up to date"): a total run up since a scheme began.
_SO_FAR = re.compile(r"\b(?:so|thus)\s+far\b|(?<!\bup\s)\bto\s+date\b", re.IGNORECASE)
_SO_FAR_FOLDED = AsciiFolded(_SO_FAR)


#: "12 students a year" (not "spend a year", "for a year", "in a year", "over a year", "more than a year").
_A_YEAR = re.compile(
    r"(?<!\bspend\s)(?<!\bspent\s)(?<!\bfor\s)(?<!\bin\s)(?<!\bover\s)(?<!\bthan\s)(?<!\bwithin\s)"
    r"(?<!\bafter\s)(?<!\bhalf\s)\ba\s+year\b",
    re.IGNORECASE,
)

#: Who teaches or works at a university: its staff, not its students.
_TEACHING_STAFF = re.compile(
    r"\b(?:staff|employees|teachers?|lecturers?|professors?|instructors?|faculty|academics?|teaching)\b",
    re.IGNORECASE,
)

#: An exchange of people between institutions: "exchange", "mobility", "Erasmus+".
_AN_EXCHANGE = re.compile(r"(?i:exchange|mobility|erasmus)")


def without_programme_plans(cohorts: list[Cohort]) -> list[Cohort]:
    """``cohorts`` without a programme's or an agreement's planned places told with no origin and no institution,
    without a scheme's running total, a tie's yearly flow and an exchange's teaching staff."""
    return [
        c
        for c in cohorts
        if not _a_programme_plan(c)
        and not _a_running_total(c)
        and not _a_yearly_flow(c)
        and not _staff_of_an_exchange(c)
    ]


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


def _a_yearly_flow(cohort: Cohort) -> bool:
    """Whether ``cohort`` is a planned flow each year with no origin ("A will send 10 students to B every year",
    "B will host 12 students a year from A"): a tie's places. With the people's country ("B will admit 15 students
    from Kenya annually") it is a quota, a planned cohort."""
    if cohort.status != "planned" or cohort.from_country is not None or cohort.evidence is None:
        return False
    sentence = cohort.evidence.sentence
    return _EACH_YEAR_FOLDED.search(sentence) is not None or _A_YEAR.search(sentence) is not None


def _staff_of_an_exchange(cohort: Cohort) -> bool:
    """Whether ``cohort`` counts teaching staff in a sentence of an exchange or mobility ("12 students and 6 staff
    of A will visit B within the Erasmus+ project", "Under the exchange, 8 lecturers of A taught at B"): the
    exchange's participants on a short visit, not people at a place."""
    if cohort.evidence is None or not cohort.who or _TEACHING_STAFF.search(cohort.who) is None:
        return False
    return _AN_EXCHANGE.search(cohort.evidence.sentence) is not None
