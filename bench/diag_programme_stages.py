"""Where along the pipeline a gold programme is lost: aggregate counts by stage (session 17).

Extracts every article of the named labelled sets in this process (the package on PYTHONPATH), recording the
programmes after each step of ``core._record`` that makes or changes them, and matches each step's programmes to
the gold as the scorer does (partners alias-aware by the final record's names; the count when the gold has one).
Prints COUNTS BY CLASS only, never a name, a sentence or an article (G2 ... may be measured, not read).

    PYTHONPATH=SNAP/src python bench/diag_programme_stages.py G2 G3 ...

The held-out set is refused (labelled_sets.set_name).

Steps: find (find_programmes), complete (complete_programmes), ties (partners_from_ties), learned partners,
filter (keep_likely_programmes), learned counts (assign_learned_counts), ownership (own_counts, which may drop a
programme or give it a count), final (the record). For each gold programme missed at the end: the last step at
which a programme matched it ("lost at"), or "never"; and the first step covering its partners. Also the
programmes the steps add or drop that match nothing (extras by step).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labelled_sets import articles, extract, gold_of, scorer, set_name

import kgpart.extract.core as core

STEPS = ["find", "complete", "ties", "learned partners", "filter", "learned counts", "ownership", "final"]
_seen: dict[str, list[tuple[tuple[str, ...], int | None]]] = {}
_progs: list[Any] = []


def _snap(step: str, programmes: list[Any]) -> None:
    _seen[step] = [(tuple(p.partners), p.participants.count) for p in programmes]


def _hook() -> None:
    find, complete, ties = core.find_programmes, core.complete_programmes, core.partners_from_ties
    learned, keep, counts, own = (
        core.add_learned_partners,
        core.keep_likely_programmes,
        core.assign_learned_counts,
        core.own_counts,
    )

    def find_(doc: Any) -> Any:
        out = find(doc)
        _snap("find", out)
        return out

    def complete_(doc: Any, found: Any, meetings: Any) -> Any:
        out = complete(doc, found, meetings)
        _snap("complete", out)
        return out

    def ties_(programmes: Any, partnerships: Any) -> None:
        ties(programmes, partnerships)
        _snap("ties", programmes)

    def learned_(doc: Any, programmes: Any, partnerships: Any) -> Any:
        out = learned(doc, programmes, partnerships)
        _snap("learned partners", out)
        return out

    def keep_(doc: Any, programmes: Any) -> Any:
        out = keep(doc, programmes)
        _snap("filter", out)
        return out

    def counts_(doc: Any, programmes: Any) -> Any:
        out = counts(doc, programmes)
        _snap("learned counts", out[0])
        _progs[:] = [out[0]]
        return out

    def own_(doc: Any, programmes: Any, cohorts: Any, gifts: Any = ()) -> Any:
        out = own(doc, programmes, cohorts, gifts)
        _snap("ownership", programmes)
        return out

    core.find_programmes = find_
    core.complete_programmes = complete_
    core.partners_from_ties = ties_
    core.add_learned_partners = learned_
    core.keep_likely_programmes = keep_
    core.assign_learned_counts = counts_
    core.own_counts = own_


def _matched(sc: Any, g_items: list[Any], p_items: list[Any], aliases: Any) -> set[int]:
    used: set[int] = set()
    hit_gold: set[int] = set()
    for gi, g in enumerate(g_items):
        hit = next((i for i, p in enumerate(p_items) if i not in used and sc.match(g, p, aliases)), None)
        if hit is not None:
            used.add(hit)
            hit_gold.add(gi)
    return hit_gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="+", type=set_name)
    args = ap.parse_args(argv)
    sc = scorer()
    _hook()
    out: Counter[str] = Counter()
    for name in args.sets:
        for text in articles(name):
            _seen.clear()
            pred = extract(sc, text)[1]
            gold = gold_of(text)
            aliases = sc.Aliases()
            sc.register(aliases, gold)
            sc.register(aliases, pred)
            g_items = sc.items(gold, "programmes", aliases)
            _seen["final"] = [p for _, p in sc.items(pred, "programmes", aliases)]
            by_step = {
                step: _matched(sc, g_items, [("prog", x) for x in _seen.get(step, [])], aliases)
                for step in STEPS
            }
            for step in STEPS:
                out[f"matched at {step:>16}"] += len(by_step[step])
                out[f"predicted at {step:>16}"] += len(_seen.get(step, []))
            for gi, (_, (gp, _gc)) in enumerate(g_items):
                out["gold"] += 1
                if gi in by_step["final"]:
                    continue
                last = next((s for s in reversed(STEPS) if gi in by_step[s]), None)
                out[f"missed: last matched at {last or 'never'}"] += 1
                if last is None:
                    covering = next(
                        (
                            s
                            for s in STEPS
                            if any(
                                all(any(aliases.same(x, y) for y in pp) for x in gp)
                                for pp, _ in _seen.get(s, [])
                            )
                        ),
                        None,
                    )
                    out[f"missed never matched: first covered at {covering or 'never'}"] += 1
    for key, value in sorted(out.items()):
        print(f"{value:>5} {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
