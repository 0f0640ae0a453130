"""Partnerships: which organisations cooperate, have signed or plan an agreement.

The readers of each wording live in the modules of this package; callers import from here.
"""

from __future__ import annotations

from kgpart.extract.partnerships.find import find_partnerships
from kgpart.extract.partnerships.programme_ties import programme_partnerships

__all__ = ["find_partnerships", "programme_partnerships"]
