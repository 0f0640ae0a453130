"""What the programme trainers share: the scorer's categories and one article's counts per category.

(They lived in train_pair_model.py until 1b04b0a folded its scorer loop into ``scored_category``; the
programme partner and filter trainers still need the per-article counts of every category.)
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

#: The scorer's categories, in its order.
CATEGORIES = ("persons", "organizations", "meetings", "partnerships", "programmes", "cohorts", "topics")


def category_counts(
    sc: ModuleType, gold: dict[str, Any], record: dict[str, Any]
) -> dict[str, tuple[int, int, int]]:
    """(tp, pred, gold) per category, as the scorer counts one article."""
    aliases = sc.Aliases()
    sc.register(aliases, gold)
    sc.register(aliases, record)
    out = {}
    for c in CATEGORIES:
        tp, pred, ngold, _, _ = sc.score(sc.items(gold, c, aliases), sc.items(record, c, aliases), aliases)
        out[c] = (tp, pred, ngold)
    return out
