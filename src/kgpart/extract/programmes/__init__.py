"""Programmes: dual degrees, exchanges, scholarships, joint institutes, with their partners and counts.

Two passes. ``find_programmes`` (``find``) reads the wordings of a programme sentence by sentence ("a
double-degree programme", "the Erasmus+ programme", "twelve scholarships a year", "two years at A and two
at B") and merges what one article tells of twice. ``complete_programmes`` (``complete``) then adds what
that pass leaves out or leaves incomplete, with the rules of ``missed`` and, for what the sentences
after a programme's tell of it (a count, the room, a partner), of ``later``, each anchored on a cue word
tested cheaply on the lower-cased sentence first. Once partnerships are found, ``partners_from_ties``
(``partners``) gives a programme told with one partner or none the parties of its tie.

The modules under them: ``wordings`` (the tables of wordings and the cues the passes share), ``names``
(when a name is no programme's, two names one programme's, and two of a kind two programmes), ``counts`` (how
many people a programme takes) and ``partners`` (who runs it). Whether a count read both here and as a cohort is
the programme's or the cohort's is decided after both are found, by ``kgpart.extract.count_owner``.
"""

from __future__ import annotations

from kgpart.extract.programmes.complete import complete_programmes
from kgpart.extract.programmes.find import find_programmes
from kgpart.extract.programmes.partners import partners_from_ties
from kgpart.extract.programmes.wordings import MAYBE_OPENING

__all__ = ["MAYBE_OPENING", "complete_programmes", "find_programmes", "partners_from_ties"]
