"""Student cohorts and counts of people: "N students from X are studying at Y", with or without a number.

The readers of each wording live in the modules of this package; callers import from here.
"""

from __future__ import annotations

from kgpart.extract.cohorts.find import find_cohorts
from kgpart.extract.cohorts.words import NAMES_PEOPLE, PEOPLE_COUNT, is_year, parse_count

__all__ = ["NAMES_PEOPLE", "PEOPLE_COUNT", "find_cohorts", "is_year", "parse_count"]
